"""The command line on output that is not UTF-8: a Japanese Windows writes a redirected
`mail-mamori ... > result.txt` in cp932, `LC_ALL=C` may give ASCII. Each command still prints
its whole result (never a traceback), and `--json` stays valid JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.dns_server import DnsTestServer

ROOT = Path(__file__).resolve().parents[1]
Z = "spftest.example"


def run_bytes(encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m app ARGS` with standard output and error in `encoding` (as Python picks the
    locale's encoding for a pipe)."""
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = encoding
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_text_output_on_cp932_shows_the_result_with_look_alike_marks(
    dns_server: DnsTestServer,
) -> None:
    done = run_bytes("cp932", "spf", "check", f"multiple.{Z}", "--resolver", dns_server.address)
    assert b"Traceback" not in done.stderr, done.stderr.decode("cp932", "replace")
    assert done.returncode == 0
    text = done.stdout.decode("cp932")  # readable where the console's code page is 932
    assert "× [multiple_records] SPF レコードが 2 つあります" in text
    assert "include の構成" in text  # the output went on to the end


def test_json_on_cp932_is_valid_ascii_json_with_the_japanese_intact(
    dns_server: DnsTestServer,
) -> None:
    done = run_bytes(
        "cp932", "spf", "check", f"multiple.{Z}", "--resolver", dns_server.address, "--json"
    )
    assert done.returncode == 0, done.stderr.decode("cp932", "replace")
    assert done.stdout.isascii()  # the same bytes in cp932, UTF-8 or anything else
    data = json.loads(done.stdout)
    assert data["errors"][0]["title"] == "SPF レコードが 2 つあります"


def test_blacklist_table_and_warnings_on_cp932(dns_server: DnsTestServer) -> None:
    # Every list unanswered: the table's ⚠ lines and the reasons section are printed.
    done = run_bytes(
        "cp932",
        "blacklist",
        "203.0.113.25",
        "--resolver",
        dns_server.address,
        "--zone-suffix",
        "nothing-here.test",
        "--timeout",
        "0.5",
    )
    assert b"Traceback" not in done.stderr
    assert done.returncode == 3  # not one list could be checked
    text = done.stdout.decode("cp932")
    # One ⚠ (！ in cp932) per problem, the lists it applies to named under it.
    assert "\n  ！ " in text and "Spamhaus ZEN、" in text
    assert "まとめ: 掲載 0" in text


def test_ascii_output_switches_to_utf8_for_messages_and_help(dns_server: DnsTestServer) -> None:
    bad = run_bytes("ascii", "spf", "check", "exmaple.co.jo", "--resolver", dns_server.address)
    assert bad.returncode == 2
    assert b"Traceback" not in bad.stderr
    assert "exmaple.co.jp ではありませんか" in bad.stderr.decode("utf-8")
    helped = run_bytes("ascii", "--help")
    assert helped.returncode == 0
    assert "ウィザード" in helped.stdout.decode("utf-8")
