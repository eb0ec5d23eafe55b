"""The command line as a consultant scripts it: real subprocesses against the loopback DNS
server, checking what a script relies on (exit codes, where the advice points)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dns_server import DnsTestServer

ROOT = Path(__file__).resolve().parents[1]
Z = "spftest.example"

# Runs the CLI with every non-loopback connection, datagram and name lookup refused, so that
# a test of "which DNS server is used" can never reach a real one.
GUARDED = (
    "import sys\n"
    "from tests.loopback_guard import loopback_only\n"
    "from app.cli import main\n"
    "with loopback_only() as attempts:\n"
    "    code = main(sys.argv[1:])\n"
    "if attempts:\n"
    "    sys.stderr.write('NON-LOOPBACK TRAFFIC: %r\\n' % attempts)\n"
    "sys.exit(code)\n"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`mail-mamori ARGS` in a subprocess that can only reach loopback."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop("MAIL_MAMORI_DQS_KEY", None)
    return subprocess.run(
        [sys.executable, "-c", GUARDED, *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "command",
    [
        ["blacklist", "203.0.113.25"],
        ["spf", "check", f"good.{Z}"],
        ["dmarc", "check", f"good.{Z}"],
        ["dkim", "check", f"good.{Z}"],
    ],
)
def test_an_empty_resolver_is_bad_input_not_the_system_dns(command: list[str]) -> None:
    # `--resolver "$DNS"` with DNS unset: the consultant asked for a particular server, so
    # quietly asking this computer's DNS servers instead would answer another question.
    done = run(*command, "--resolver", "", "--timeout", "0.5")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "DNS サーバが入力されていません" in done.stderr
    assert "NON-LOOPBACK" not in done.stderr
    assert done.stdout == ""
