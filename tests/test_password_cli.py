"""`mail-mamori password` end to end, in a subprocess, with the password on standard input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.password_helpers import assert_secret_absent

ROOT = Path(__file__).resolve().parents[1]
SENTINEL = "Zq7-Sentinel?Wx4_Pk9!"  # strong, and easy to grep for


def run(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=data,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def output(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode("utf-8") + result.stderr.decode("utf-8")


def test_json_verdict_for_the_seed_case() -> None:
    secret = "Info2025!"
    result = run("password", "--user", "info@example.co.jp", "--json", stdin=secret + "\n")
    assert result.returncode == 0
    assert_secret_absent(secret, output(result), "the command's output")
    data = json.loads(result.stdout)
    assert data["acceptable"] is False
    assert data["score"] == 0
    assert "equals_username" in data["failed"]
    assert data["matched_tokens"] == ["info"]
    assert all(isinstance(line, str) for line in data["advice"])
    assert "ユーザー名" in " ".join(data["advice"])  # Japanese by default


def test_strong_password_in_english_text_output() -> None:
    result = run(
        "--lang", "en", "password", "--user", "info@example.co.jp", "--host", "microsoft365",
        stdin=SENTINEL + "\n",
    )  # fmt: skip
    assert result.returncode == 0
    text = output(result)
    assert_secret_absent(SENTINEL, text, "the command's output")
    assert "This password meets every rule." in text
    assert "4 of 4" in text


def test_context_words_and_staff_names() -> None:
    secret = "Sakura-Yamada-Qx7!w"
    result = run(
        "password", "--context", "sakura 1987", "--staff", "山田 太郎", "--company", "Kikaku",
        "--json", stdin=secret,
    )  # fmt: skip
    assert result.returncode == 0
    assert_secret_absent(secret, output(result), "the command's output")
    data = json.loads(result.stdout)
    assert "contains_context" in data["failed"]
    assert set(data["matched_tokens"]) >= {"sakura"}


def test_exactly_one_trailing_newline_is_removed() -> None:
    one = json.loads(run("password", "--json", stdin=SENTINEL + "\r\n").stdout)
    assert one["acceptable"] is True and one["length"] == len(SENTINEL)
    two = json.loads(run("password", "--json", stdin=SENTINEL + "\n\n").stdout)
    assert "control_char" in two["failed"]


def test_full_width_input() -> None:
    result = run("password", "--json", stdin="ｐａｓｓｗｏｒｄ１２３\n")
    data = json.loads(result.stdout)
    assert "fullwidth" in data["failed"]
    assert any("半角で入力" in line for line in data["advice"])


def test_non_utf8_input_is_decoded_not_rejected() -> None:
    result = run("password", "--json", stdin="パスワード".encode("cp932"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["acceptable"] is False


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        pytest.param(("password",), "", id="no-input"),
        pytest.param(("password",), "\n", id="only-newline"),
        pytest.param(("password", "--host", "nope"), "x", id="unknown-host"),
        pytest.param(("password", "--max-length", "0"), "x", id="bad-max-length"),
        pytest.param(("password", "--generate", "--length", "2"), "", id="bad-length"),
        pytest.param(("password",), "x" * 100_001, id="huge-input"),
    ],
)
def test_bad_input_exits_2_with_a_message(args: tuple[str, ...], stdin: str) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == 2
    assert result.stderr.strip()
    assert result.stdout == b""


def test_generate_respects_host_and_maximum() -> None:
    result = run("password", "--generate", "--max-length", "12")
    assert result.returncode == 0
    password = result.stdout.decode().strip()
    assert len(password) == 12
    data = json.loads(run("password", "--generate", "--host", "microsoft365", "--json").stdout)
    assert len(data["password"]) == 16
    assert data["grouped"].replace(" ", "") == data["password"]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("password", SENTINEL), id="positional"),
        pytest.param(("password", "--json", SENTINEL), id="after-option"),
        pytest.param(("password", "--password", SENTINEL), id="option"),
        pytest.param(("password", f"--password={SENTINEL}"), id="option-equals"),
        pytest.param(("password", "-p", SENTINEL), id="short-option"),
        pytest.param(("password", "-" + SENTINEL), id="dash-leading"),
        pytest.param(("password", "--" + SENTINEL), id="double-dash-leading"),
        pytest.param(("password", "--json", "-" + SENTINEL), id="dash-leading-after-option"),
        pytest.param(("-" + SENTINEL, "password"), id="dash-leading-before-command"),
        pytest.param(("password", f"--json={SENTINEL}"), id="flag-with-value"),
        pytest.param(("password", f"-h{SENTINEL}"), id="glued-to-help"),
        pytest.param(("password", f"--h={SENTINEL}"), id="ambiguous-abbreviation"),
        pytest.param(("password", "--host", SENTINEL), id="as-host"),
        pytest.param(("password", "--max-length", SENTINEL), id="as-max-length"),
        pytest.param(("password", "--generate", "--length", SENTINEL), id="as-length"),
        pytest.param(("--lang", SENTINEL, "password"), id="as-language"),
    ],
)
def test_a_password_on_the_command_line_is_refused_and_not_echoed(args: tuple[str, ...]) -> None:
    result = run(*args, stdin=SENTINEL)
    assert result.returncode == 2
    assert_secret_absent(SENTINEL, output(result), "the command's output")
    # Parts of it are not shown either (argparse quotes "-Zq7..." or 'Zq7...').
    assert_secret_absent(SENTINEL[:8], output(result), "the command's output")
    assert "コマンドライン" in result.stderr.decode()
    english = run("--lang", "en", *args)
    assert english.returncode == 2
    assert_secret_absent(SENTINEL[:8], output(english), "the English output")
    assert "command line" in english.stderr.decode()
    assert "standard input" in english.stderr.decode()


def test_help_offers_no_password_option() -> None:
    assert b"--password" not in run("password", "--help").stdout


def test_text_output_names_failed_rules_in_words_without_internal_codes() -> None:
    """「短すぎる (too_short)」 showed a program's name to a shop owner; the codes are for
    scripts, in --json."""
    secret = "Kq3"  # not "abc": the advice's own example names that sequence
    text = output(run("password", stdin=secret + "\n"))
    assert_secret_absent(secret, text, "the command's output")
    assert "短すぎる" in text
    assert "too_short" not in text and not re.search(r"\([a-z_]+\)", text)
    data = json.loads(run("password", "--json", stdin=secret + "\n").stdout)
    assert "too_short" in data["failed"]


def test_strength_and_length_lines_follow_the_japanese_spacing_style() -> None:
    """A half-width space between Japanese and numbers, and before "(" (「4文字(16文字以上が
    必要)」 read unlike every other line of the output)."""
    text = output(run("password", stdin="Kq3\n"))
    assert "文字数: 3 文字 (16 文字以上が必要)" in text
    assert re.search(r"強度: [0-4]/4 \(", text)
    limited = output(run("password", "--max-length", "20", stdin="Kq3\n"))
    assert "(16 文字以上、20 文字以下)" in limited


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
@pytest.mark.parametrize(("key", "code"), [(b"\x04", 2), (None, 130)])
def test_ctrl_d_or_ctrl_c_at_the_prompt_ends_its_line(key: bytes | None, code: int) -> None:
    """On a terminal the prompt's line was left open: the message after Ctrl-D, or the shell's
    prompt after Ctrl-C, came right behind "パスワード (画面には表示されません): "."""
    import pty
    import select
    import signal
    import time

    master, slave = pty.openpty()
    # Started with Ctrl-C's default action even when the tests run with SIGINT ignored (as a
    # background job of a script: `make test &`). An ignored SIGINT is inherited, Python then
    # installs no handler, and the signal below was ignored: 30 s, then a failure.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        # A new session has no controlling terminal: getpass prompts on the pty given as stdin.
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "password"],
            cwd=ROOT,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 30
    try:
        while "画面には表示されません".encode() not in seen and time.monotonic() < deadline:
            if select.select([master], [], [], 0.2)[0]:
                seen += os.read(master, 4096)
        if key is None:  # Ctrl-C: the pty is not a controlling terminal, so signal directly
            process.send_signal(signal.SIGINT)
        else:
            os.write(master, key)
        assert process.wait(timeout=30) == code
        while select.select([master], [], [], 0.2)[0]:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
    text = seen.decode("utf-8", errors="replace").replace("\r", "")
    after_prompt = text[text.index("画面には表示されません") :]
    assert "\n" in after_prompt, text  # the line is ended
    assert after_prompt.split("\n", 1)[0].rstrip().endswith(":"), text  # nothing behind it


def test_a_huge_standard_input_is_refused_with_a_readable_limit() -> None:
    result = run("--lang", "en", "password", stdin="x" * 100_001)
    assert result.returncode == 2
    assert "longer than 100,000 bytes" in output(result) and "Traceback" not in output(result)
