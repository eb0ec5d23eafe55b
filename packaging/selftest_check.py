"""Run a build's `--self-test` and judge its output the same way on every OS.

    python packaging/selftest_check.py COMMAND [ARGS...]     e.g. dist/mail-mamori/mail-mamori --self-test

Passes when every check line is ✓ or !, with one exception: a check whose part of the app is not
in this source tree yet (the password checker and the report are developed on other branches)
may fail with the self-test's own "not part of this build" line; it is reported as pending. Once
that module exists here, its check must pass like every other. Exit status 0 or 1.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_CHECKS = 9
# Check name (Japanese, the self-test's default language) -> the module it needs.
PENDING_MODULES = {
    "パスワードの判定": "app/core/password_policy.py",
    "PDF の報告書": "app/core/report/__init__.py",
}
NOT_IN_BUILD = "含まれていない"


def judge(stdout: str, returncode: int, label: str) -> list[str]:
    """Problems with a self-test run (empty: it passed). Prints what is pending."""
    lines = [line for line in stdout.splitlines() if line[:2] in ("✓ ", "✗ ", "! ")]
    if len(lines) != EXPECTED_CHECKS:
        return [f"{label}: {len(lines)} check lines, expected {EXPECTED_CHECKS}"]
    problems, pending = [], []
    for line in lines:
        if not line.startswith("✗"):
            continue
        name = line[2:].split(":", 1)[0]
        module = PENDING_MODULES.get(name)
        if module and not (ROOT / module).exists() and NOT_IN_BUILD in line:
            pending.append(f"{name} (waiting for {module})")
        else:
            problems.append(f"{label}: {line}")
    if not problems and returncode != (1 if pending else 0):
        problems.append(f"{label}: exit code {returncode}")
    if pending and not problems:
        print(f"-> tolerated, not yet merged into this tree: {', '.join(pending)}")
    return problems


def run_and_judge(command: list[str], label: str, **kwargs: object) -> tuple[list[str], str]:
    """Run the self-test command, print its output, judge it: (problems, its stdout)."""
    print("$ " + " ".join(command), flush=True)
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )
    print(result.stdout.rstrip())
    if result.stderr.strip():
        print("(stderr)\n" + result.stderr.rstrip())
    return judge(result.stdout, result.returncode, label), result.stdout


def main() -> int:
    """CLI: run the command given, offscreen unless QT_QPA_PLATFORM says otherwise."""
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("PYTHONIOENCODING", "utf-8")
    problems, _ = run_and_judge(sys.argv[1:], "self-test", env=env, timeout=300)
    for problem in problems:
        print(f"FAILED: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
