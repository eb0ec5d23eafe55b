"""The command line as a consultant scripts it: real subprocesses against the loopback DNS
server, checking what a script relies on (exit codes, where the advice points)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.dns_server import DnsTestServer
from tests.dnsbl_zones import SUFFIX, publish_healthy, test_lists

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


def test_spf_generate_says_which_option_gives_the_server_name(dns_server: DnsTestServer) -> None:
    # The shared note asks for the server name "on the Situation page", which a command
    # line does not have.
    args = ("spf", "generate", f"good.{Z}", "--provider", "xserver")
    done = run(*args, "--resolver", dns_server.address)
    assert done.returncode == 0, done.stderr
    assert "サーバ名を --server-name NAME で指定して" in done.stdout
    named = run(*args, "--server-name", "sv1234.xserver.jp", "--resolver", dns_server.address)
    assert "a:sv1234.xserver.jp" in named.stdout
    assert "--server-name" not in named.stdout


def test_dkim_not_found_says_how_to_give_a_header_on_the_command_line(
    dns_server: DnsTestServer,
) -> None:
    done = run("dkim", "check", f"good.{Z}", "--resolver", dns_server.address)
    assert done.returncode == 0, done.stderr
    assert "[dkim_not_found]" in done.stdout
    assert "--header-file FILE で指定してください" in done.stdout
    data = json.loads(
        run("dkim", "check", f"good.{Z}", "--resolver", dns_server.address, "--json").stdout
    )
    assert data["result"] == "not_found"


def test_blacklist_says_a_mistyped_domain_does_not_exist(dns_server: DnsTestServer) -> None:
    # exampel.co.jp passes every spelling check but is not in DNS. It used to get "no MX
    # record: mail goes to the domain's own address, which is checked" and a clean summary.
    # The lists answer their self-test, so the exit code is about the domain alone.
    publish_healthy(dns_server, test_lists())
    lists = ("--zone-suffix", SUFFIX)
    done = run(
        "blacklist", "exampel.co.jp", "--resolver", dns_server.address, "--timeout", "1", *lists
    )
    assert done.returncode == 0, done.stderr
    assert "exampel.co.jp は DNS に存在しない" in done.stdout
    assert "MX レコードがありません" not in done.stdout
    last = done.stdout.rstrip().splitlines()[-1]
    assert last.startswith("⚠ exampel.co.jp は DNS に存在しません")
    data = json.loads(
        run(
            "--lang",
            "en",
            "blacklist",
            "exampel.co.jp",
            "--resolver",
            dns_server.address,
            "--json",
            *lists,
        ).stdout
    )
    (lookup,) = data["lookups"]
    assert lookup["exists"] is False
    assert "does not exist in DNS" in lookup["notes"][0]


def test_blacklist_lookup_of_an_existing_domain_says_it_exists(dns_server: DnsTestServer) -> None:
    dns_server.add_record("shop.example.jp", "A", "198.51.100.20")
    done = run("blacklist", "shop.example.jp", "--resolver", dns_server.address, "--json")
    (lookup,) = json.loads(done.stdout)["lookups"]
    assert lookup["exists"] is True
    assert lookup["addresses"] == ["198.51.100.20"]


def test_a_resolver_failing_every_query_is_not_called_silent(dns_server: DnsTestServer) -> None:
    # SERVFAIL for everything: exit 3 as when nothing answers, but the message must not send
    # the user to check a network connection that works.
    dns_server.servfail(".", subtree=True)
    done = run("blacklist", "203.0.113.25", "--resolver", dns_server.address, "--json")
    assert done.returncode == 3
    data = json.loads(done.stdout)
    assert data["summary"]["not_tested"] == len(data["targets"][0]["results"])
    assert {r["reason"] for r in data["targets"][0]["results"]} == {"servfail"}
    assert "エラー (SERVFAIL や REFUSED など) を返した" in done.stderr
    assert "返ってこなかった" not in done.stderr


def test_spf_eval_of_a_bounce_blames_helo_not_sender(dns_server: DnsTestServer) -> None:
    # An empty sender (a bounce) checks the --helo name; a mistyped one is what to fix.
    done = run(
        *("spf", "eval", "--ip", "192.0.2.25", "--sender", "", "--helo", "mail.example.co.jo"),
        *("--resolver", dns_server.address),
    )
    assert done.returncode == 2
    assert "--helo の名前を確認できません" in done.stderr
    assert "mail.example.co.jp ではありませんか" in done.stderr
    assert "--sender" not in done.stderr
    assert not dns_server.queries()  # nothing was looked up


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_report_into_a_pipe_writes_through_it_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    # Like `-o /dev/null`: the atomic rename replaced the device itself with a regular file
    # (as root, /dev/null became a PDF). A named pipe stands in for the device here.
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:  # blocks until the writer opens the pipe
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    done = run("report", "--example", "-o", str(fifo), "--generated-at", "2026-11-18 17:30")
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the pipe was replaced by a file"
    reader.join(60)
    assert done.returncode == 0, done.stderr
    assert received and received[0].startswith(b"%PDF-")


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_report_over_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    target = tmp_path / "shared" / "report.pdf"
    target.write_bytes(b"old")
    link = tmp_path / "latest.pdf"
    link.symlink_to(target)
    done = run("report", "--example", "-o", str(link), "--generated-at", "2026-11-18 17:30")
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in (tmp_path / "shared").iterdir()) == ["report.pdf"]


def test_password_length_without_generate_is_bad_input() -> None:
    # `password --length 20` meant "generate one": it used to check stdin (or wait at the
    # prompt) and drop the length without a word.
    done = run("password", "--length", "20", stdin="Tr0ub4dor&3-horse-battery\n")
    assert done.returncode == 2
    assert "--length は --generate と一緒に使います" in done.stderr
    assert done.stdout == ""
    made = run("password", "--generate", "--length", "20", "--json")
    assert made.returncode == 0 and json.loads(made.stdout)["length"] == 20
