"""The command line: version, help, the example case, and usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app import __version__
from app.core.case import case_from_dict

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m app ARGS` as a user would, with the test environment."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mail-mamori {__version__}"


def test_help_is_japanese_by_default_and_english_on_request() -> None:
    ja = run_cli("--help")
    assert ja.returncode == 0
    assert "ウィザード" in ja.stdout
    assert "case" in ja.stdout
    en = run_cli("--lang", "en", "--help")
    assert "Without arguments the wizard opens" in en.stdout


def test_case_example_prints_a_loadable_case() -> None:
    result = run_cli("case", "example")
    assert result.returncode == 0, result.stderr
    case = case_from_dict(json.loads(result.stdout))
    assert case.organisation.domain_ascii == "example.co.jp"
    assert case.incident.timeline


def test_unknown_command_is_bad_input_with_a_japanese_message() -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 2
    assert "コマンドラインの指定に誤りがあります" in result.stderr


def test_japanese_help_fits_the_terminal_width() -> None:
    """argparse wraps by counting characters, so Japanese help lines (two columns per
    character) came out up to twice as wide as the terminal."""
    import os
    import unicodedata

    def width(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)

    for command in ((), ("blacklist",), ("password",), ("spf", "eval"), ("report",)):
        for lang in ("ja", "en"):
            result = subprocess.run(
                [sys.executable, "-m", "app", "--lang", lang, *command, "--help"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                encoding="utf-8",
                env={**os.environ, "COLUMNS": "70"},
                timeout=60,
                check=False,
            )
            assert result.returncode == 0, result.stderr
            # Usage lines are argparse's own layout of ASCII option names.
            body = result.stdout.split("\n\n", 1)[1]
            too_wide = [line for line in body.splitlines() if width(line) > 70]
            assert not too_wide, (command, lang, too_wide)


def test_lang_may_follow_the_command() -> None:
    # It used to be refused as an "unrecognized argument" (in English, as asked).
    result = run_cli("case", "example", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["format"] == "mail-mamori-case"
    helped = run_cli("password", "--help", "--lang=en")
    assert helped.returncode == 0 and "standard input" in helped.stdout
    bad = run_cli("case", "example", "--lang", "fr")
    assert bad.returncode == 2 and "使い方:" in bad.stderr


def test_japanese_usage_continuation_lines_line_up() -> None:
    # argparse indents them by len("使い方: "), three columns short of what the prefix takes.
    for lang, prefix in (("ja", "使い方: "), ("en", "usage: ")):
        lines = run_cli("--lang", lang, "blacklist", "--help").stdout.splitlines()
        first = lines[0]
        assert first.startswith(prefix + "mail-mamori blacklist [")
        column = len(prefix) + (3 if lang == "ja" else 0) + len("mail-mamori blacklist ")
        assert lines[1][:column].strip() == "" and lines[1][column] == "[", (lang, lines[:2])
