"""argparse's own words in the command line's language."""

from __future__ import annotations

import argparse

import pytest

from app.cli import main
from app.core.i18n import set_language


@pytest.fixture(autouse=True)
def _japanese_afterwards() -> object:
    yield
    set_language("ja")  # main() sets the process language from --lang


def test_help_is_japanese_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("使い方: mail-mamori report")
    assert "オプション:" in out and "このヘルプを表示して終了する" in out
    assert "usage" not in out and "show this help" not in out and "options:" not in out


def test_usage_errors_are_japanese_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "次の引数が必要です: -o/--output" in err
    assert "required" not in err
    with pytest.raises(SystemExit):
        main(["blacklist", "check", "--timeout", "abc", "example.jp"])
    assert "'abc' は正しい値ではありません" in capsys.readouterr().err


def test_english_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "report", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: mail-mamori report")
    assert "show this help message and exit" in out


def test_argparse_is_given_back_its_own_lookups() -> None:
    # pytest and any other user of argparse in the process must not get our catalogue.
    before = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    # `mail-mamori case example | head` printed a BrokenPipeError traceback most times.
    import subprocess
    import sys

    for _ in range(5):
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "--lang", "en", "case", "example"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(10)
        process.stdout.close()  # what `head -c 10` does once it has enough
        err = process.stderr.read().decode()
        process.wait(timeout=60)
        assert "Traceback" not in err and "BrokenPipeError" not in err
        assert process.returncode in (0, 141)
