"""Offline lint of .github/workflows/*.yml (make lint-workflows; CI runs it).

actionlint itself ships as a binary downloaded from GitHub, which this project's machines cannot
reach (the release workflow runs the real actionlint on GitHub's runners). Offline, this checks
what it can, with tools from PyPI and Debian:
1. the file against GitHub's workflow JSON schema (check-jsonschema's vendored copy);
2. every `run:` script with shellcheck, as actionlint does (`${{ ... }}` replaced by a
   placeholder; bash unless the step, job or workflow says otherwise; PowerShell is skipped);
3. `needs:` names existing jobs, without cycles;
4. `runs-on:` uses a GitHub-hosted label this project means to use;
5. `${{ }}` expressions use only known contexts, and `env.X` names a variable that is set.
Exit status 1 with one line per problem.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
RUNNER_LABELS = {
    "ubuntu-22.04",
    "ubuntu-24.04",
    "ubuntu-latest",
    "windows-2022",
    "windows-2025",
    "windows-latest",
    "macos-14",
    "macos-15",
    "macos-latest",
}
CONTEXTS = {
    "github",
    "env",
    "vars",
    "job",
    "jobs",
    "steps",
    "runner",
    "secrets",
    "strategy",
    "matrix",
    "needs",
    "inputs",
}
FUNCTIONS = {
    "contains",
    "startsWith",
    "endsWith",
    "format",
    "join",
    "toJSON",
    "fromJSON",
    "hashFiles",
    "success",
    "always",
    "cancelled",
    "failure",
}
# The shellcheck findings actionlint also leaves out in `run:` scripts (its defaults), and
# SC2154: variables such as GITHUB_REF_NAME come from the runner.
SHELLCHECK_EXCLUDES = "SC1091,SC2194,SC2050,SC2154,SC2157"
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.DOTALL)


def schema_problems(path: Path) -> list[str]:
    """check-jsonschema with the GitHub workflow schema it ships."""
    tool = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(tool), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 0:
        return []
    return [f"{path.name}: schema: {line}" for line in result.stdout.splitlines() if line.strip()]


def _shell(step: dict[str, Any], job: dict[str, Any], workflow: dict[str, Any]) -> str:
    for scope in (
        step,
        job.get("defaults", {}).get("run", {}),
        workflow.get("defaults", {}).get("run", {}),
    ):
        if scope.get("shell"):
            return str(scope["shell"])
    runs_on = str(job.get("runs-on", ""))
    return "pwsh" if runs_on.startswith("windows") else "bash"


def shell_problems(path: Path, workflow: dict[str, Any]) -> list[str]:
    """shellcheck every bash `run:` script."""
    if not shutil.which("shellcheck"):
        return [f"{path.name}: shellcheck is not installed (make package-setup installs it)"]
    problems = []
    for job_id, job in workflow.get("jobs", {}).items():
        for index, step in enumerate(job.get("steps", [])):
            script = step.get("run")
            if not script or not _shell(step, job, workflow).startswith("bash"):
                continue
            text = EXPRESSION.sub("GHA_EXPRESSION", script)
            result = subprocess.run(
                ["shellcheck", "--norc", "-s", "bash", "-e", SHELLCHECK_EXCLUDES, "-f", "gcc", "-"],
                input=text,
                capture_output=True,
                text=True,
                check=False,
            )
            name = step.get("name") or step.get("uses") or f"step {index + 1}"
            for line in result.stdout.splitlines():
                problems.append(f"{path.name}: {job_id} / {name}: {line.split(':', 3)[-1].strip()}")
    return problems


def structure_problems(path: Path, workflow: dict[str, Any]) -> list[str]:
    """needs, runs-on labels and expression contexts."""
    problems = []
    jobs = workflow.get("jobs", {})
    for job_id, job in jobs.items():
        needs = job.get("needs", [])
        for need in [needs] if isinstance(needs, str) else needs:
            if need not in jobs:
                problems.append(f"{path.name}: {job_id}: needs unknown job {need!r}")
        label = job.get("runs-on")
        if isinstance(label, str) and "${{" not in label and label not in RUNNER_LABELS:
            problems.append(f"{path.name}: {job_id}: unexpected runs-on label {label!r}")
    seen: set[str] = set()

    def visit(job_id: str, chain: tuple[str, ...]) -> None:
        if job_id in chain:
            problems.append(f"{path.name}: needs cycle: {' -> '.join((*chain, job_id))}")
            return
        if job_id in seen or job_id not in jobs:
            return
        seen.add(job_id)
        needs = jobs[job_id].get("needs", [])
        for need in [needs] if isinstance(needs, str) else needs:
            visit(need, (*chain, job_id))

    for job_id in jobs:
        visit(job_id, ())
    problems += expression_problems(path, workflow)
    return problems


def expression_problems(path: Path, workflow: dict[str, Any]) -> list[str]:
    """Unknown contexts or functions, and env.X that no env block of the workflow sets."""
    defined_env = set(workflow.get("env", {}))
    for job in workflow.get("jobs", {}).values():
        defined_env |= set(job.get("env", {}))
        for step in job.get("steps", []):
            defined_env |= set(step.get("env", {}))
    problems = []
    text = path.read_text(encoding="utf-8")
    # `if:` values are expressions even without ${{ }}.
    bare_ifs = re.findall(r"^\s*(?:-\s*)?if:\s*(?!\$\{\{)(.+)$", text, re.MULTILINE)
    for expression in [m.group(1) for m in EXPRESSION.finditer(text)] + bare_ifs:
        stripped = re.sub(r"'[^']*'", "''", expression)
        for name in re.findall(r"(?<![\w.\-])([A-Za-z_][\w-]*)\s*(?=[.(\[])", stripped):
            if name not in CONTEXTS and name not in FUNCTIONS:
                problems.append(
                    f"{path.name}: unknown context or function {name!r} in {expression.strip()!r}"
                )
        for variable in re.findall(r"\benv\.([A-Za-z_]\w*)", stripped):
            if variable not in defined_env:
                problems.append(f"{path.name}: env.{variable} is never set")
    return problems


def main() -> int:
    """Lint every workflow; print problems; exit 1 if there are any."""
    if not WORKFLOWS:
        print("no workflows found")
        return 1
    problems: list[str] = []
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        problems += schema_problems(path)
        problems += shell_problems(path, workflow)
        problems += structure_problems(path, workflow)
        runs = sum(
            1
            for job in workflow.get("jobs", {}).values()
            for step in job.get("steps", [])
            if "run" in step
        )
        print(f"{path.relative_to(ROOT)}: {len(workflow.get('jobs', {}))} jobs, {runs} run scripts")
    for problem in problems:
        print(problem)
    print("workflow lint: " + (f"{len(problems)} problems" if problems else "no problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
