"""`mail-mamori blacklist` end to end: a real subprocess against the loopback DNS server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.dnsbl_lists import list_by_id
from tests.dns_server import DnsTestServer
from tests.dnsbl_zones import SUFFIX, list_domain, list_ip, publish_healthy, test_lists

ROOT = Path(__file__).resolve().parents[1]
KEY = "abcdefghijklmnopqrstuvwxyz"


def cli(
    server: DnsTestServer, *args: str, env: dict[str, str] | None = None, lang: str = "ja"
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.pop("MAIL_MAMORI_DQS_KEY", None)
    # Never the developer's real password store: keyring's own "fail" backend by default.
    environment["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    environment.update(env or {})
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--lang",
            lang,
            "blacklist",
            *args,
            "--resolver",
            server.address,
            "--zone-suffix",
            SUFFIX,
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


@pytest.fixture
def server(dns_server: DnsTestServer) -> DnsTestServer:
    lists = test_lists()
    publish_healthy(dns_server, lists)
    list_ip(
        dns_server,
        list_by_id(lists, "spamhaus-zen"),
        "203.0.113.25",
        "127.0.0.3",
        txt="https://check.spamhaus.org/query/ip/203.0.113.25",
    )
    list_ip(dns_server, list_by_id(lists, "spamcop"), "203.0.113.25")
    list_domain(dns_server, list_by_id(lists, "spamhaus-dbl"), "example.co.jp", "127.0.1.102")
    dns_server.add_record("example.co.jp", "MX", "10 mail.example.co.jp.")
    dns_server.add_record("mail.example.co.jp", "A", "203.0.113.25")
    dns_server.add_record("example.co.jp", "TXT", "v=spf1 ip4:203.0.113.26 ~all")
    return dns_server


def test_json_output_follows_the_contract_and_lists_derived_addresses(server) -> None:  # type: ignore[no-untyped-def]
    done = cli(server, "example.co.jp", "198.51.100.7", "--json", "--timeout", "1")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= {"targets", "lists", "resolver", "checked_at"}
    assert data["resolver"] == server.address
    targets = {t["target"]: t for t in data["targets"]}
    assert list(targets) == ["example.co.jp", "203.0.113.25", "203.0.113.26", "198.51.100.7"]
    assert targets["example.co.jp"]["kind"] == "domain"
    assert targets["203.0.113.25"]["kind"] == "ip"
    assert targets["203.0.113.25"]["derived_from"] == "example.co.jp"
    assert targets["198.51.100.7"]["derived_from"] is None
    zen = next(r for r in targets["203.0.113.25"]["results"] if r["list_id"] == "spamhaus-zen")
    assert zen["status"] == "listed" and zen["codes"] == ["127.0.0.3"]
    assert zen["zone"] == "zen.spamhaus.org" and zen["delist_url"].startswith("https://")
    assert "CSS" in zen["meaning"] and zen["reason"] is None
    dbl = targets["example.co.jp"]["results"][0]
    assert dbl["list_id"] == "spamhaus-dbl" and dbl["status"] == "listed"
    # Domains only on domain lists, IPs only on IP lists.
    assert all(
        r["list_id"] in {"spamhaus-dbl", "uribl", "surbl", "sem-uribl", "rbljp-url"}
        for r in targets["example.co.jp"]["results"]
    )
    assert not any(r["list_id"] == "spamhaus-dbl" for r in targets["198.51.100.7"]["results"])
    assert all(entry["healthy"] is True for entry in data["lists"])
    assert data["dqs"] is False and data["dqs_key_source"] == "none"


def test_the_table_is_readable_japanese(server) -> None:  # type: ignore[no-untyped-def]
    done = cli(server, "２０３．０．１１３．２５")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "ブラックリスト確認" in out
    assert "■ 203.0.113.25" in out
    assert "× 掲載" in out and "○ 掲載なし" in out
    assert "Spamhaus ZEN" in out and "CSS" in out
    english = cli(server, "203.0.113.25", lang="en").stdout
    assert "× listed" in english and "Summary:" in english


def test_bad_input_exits_2_with_a_japanese_message(server) -> None:  # type: ignore[no-untyped-def]
    done = cli(server, "192.168.1.1")
    assert done.returncode == 2
    assert "192.168.1.1" in done.stderr and "プライベート" in done.stderr
    assert cli(server, "203.0.113.25", "--timeout", "0").returncode == 2
    assert cli(server, "example.co.jo").returncode == 2
    # The message names what is wrong once (it read 「対象「999.1.1.1」: 「999.1.1.1」は…」).
    done = cli(server, "999.1.1.1")
    assert done.returncode == 2 and done.stderr.count("999.1.1.1") == 1, done.stderr


def test_nothing_answering_exits_3_and_never_says_clean(server) -> None:  # type: ignore[no-untyped-def]
    server.drop(".", subtree=True)
    done = cli(server, "203.0.113.25", "--json", "--timeout", "0.2")
    assert done.returncode == 3
    data = json.loads(done.stdout)
    statuses = {r["status"] for t in data["targets"] for r in t["results"]}
    assert statuses == {"not_tested"}
    assert {r["reason"] for t in data["targets"] for r in t["results"]} == {"timeout"}
    assert "DNS" in done.stderr


def test_every_list_failing_its_self_test_exits_3_not_0(server) -> None:  # type: ignore[no-untyped-def]
    """The DNS server answers, but no list passes its self-test, so no answer is used: a
    script read exit 0 as "checked" although not one list was."""
    server.clear_records()  # every answer is "not listed", the test entries included
    done = cli(server, "203.0.113.25", "--no-lookup", "--json")
    assert done.returncode == 3, done.stderr
    data = json.loads(done.stdout)  # the results are still printed
    assert {r["reason"] for t in data["targets"] for r in t["results"]} == {"list_unhealthy"}
    assert "--resolver" in done.stderr and "mail-mamori:" in done.stderr
    assert "チェックできませんでした" in done.stderr, done.stderr


def test_one_list_checked_is_still_exit_0(server) -> None:  # type: ignore[no-untyped-def]
    lists = test_lists()
    server.clear_records()
    publish_healthy(server, [list_by_id(lists, "spamcop")])
    done = cli(server, "203.0.113.25", "--no-lookup", "--json")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)["targets"][0]["results"]
    assert {r["status"] for r in results} == {"not_listed", "not_tested"}


def test_the_dqs_key_comes_from_the_environment_and_never_shows(server) -> None:  # type: ignore[no-untyped-def]
    lists = test_lists()
    zen = list_by_id(lists, "spamhaus-zen").with_dqs(KEY)
    from tests.dnsbl_zones import publish_probes

    publish_probes(server, zen)
    list_ip(server, zen, "203.0.113.25", "127.0.0.4")
    done = cli(server, "203.0.113.25", "--json", env={"MAIL_MAMORI_DQS_KEY": KEY})
    assert done.returncode == 0, done.stderr
    assert KEY not in done.stdout and KEY not in done.stderr
    data = json.loads(done.stdout)
    zen_result = next(r for r in data["targets"][0]["results"] if r["list_id"] == "spamhaus-zen")
    assert zen_result["zone"] == "zen.dq.spamhaus.net" and zen_result["codes"] == ["127.0.0.4"]
    assert data["dqs"] is True and data["dqs_key_source"] == "env"
    assert any(q.name.startswith(f"25.113.0.203.{KEY}.zen.dq") for q in server.queries())


def test_the_dqs_key_comes_from_the_password_store(server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "keyring.json"
    store.write_text(json.dumps({"mail-mamori/spamhaus-dqs": KEY}), encoding="utf-8")
    lists = test_lists()
    from tests.dnsbl_zones import publish_probes

    publish_probes(server, list_by_id(lists, "spamhaus-zen").with_dqs(KEY))
    done = cli(
        server,
        "203.0.113.25",
        "--json",
        env={
            "PYTHON_KEYRING_BACKEND": "tests.keyring_backends.FileKeyring",
            "MAIL_MAMORI_TEST_KEYRING": str(store),
            "PYTHONPATH": str(ROOT),
        },
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dqs_key_source"] == "keyring"
    assert KEY not in done.stdout


def test_no_dns_server_at_all_exits_3(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """A computer without any DNS configuration (the OS has no resolver to offer)."""
    import app.core.dns_client as dns_client
    from app.cli import main
    from app.core.errors import CheckError
    from app.core.resolver import NO_SYSTEM_DNS

    def no_servers(*_args: object) -> tuple[tuple[str, int], ...]:
        raise CheckError(NO_SYSTEM_DNS)

    monkeypatch.setattr(dns_client, "system_nameservers", no_servers)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("MAIL_MAMORI_DQS_KEY", raising=False)
    assert main(["blacklist", "203.0.113.25"]) == 3
    assert "DNS" in capsys.readouterr().err


def test_a_huge_pasted_target_is_not_repeated_whole(server) -> None:  # type: ignore[no-untyped-def]
    # The whole paste used to be quoted in the message: 100 KB on the terminal.
    done = cli(server, "a" * 100_000)
    assert done.returncode == 2
    assert len(done.stderr) < 500, len(done.stderr)
    assert "長すぎます" in done.stderr and "Traceback" not in done.stderr
    english = cli(server, "b" * 100_000, lang="en")
    assert english.returncode == 2 and len(english.stderr) < 500
    assert "too long" in english.stderr


def test_an_address_typed_and_found_from_the_domain_is_checked_once(server) -> None:  # type: ignore[no-untyped-def]
    # The mail server's IP typed next to the domain whose MX it is: it used to be two targets,
    # each with every result twice, and the summary counted each listing four times.
    done = cli(server, "203.0.113.25", "example.co.jp", "--json", "--timeout", "1")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    values = [t["target"] for t in data["targets"]]
    assert values == ["203.0.113.25", "example.co.jp", "203.0.113.26"]
    first = data["targets"][0]
    assert first["origins"] == ["entered", "mx:mail.example.co.jp"]
    assert len({r["list_id"] for r in first["results"]}) == len(first["results"])
    assert data["summary"]["listed"] == 3  # ZEN and SpamCop for the address, DBL for the domain
    text = cli(server, "203.0.113.25", "example.co.jp", "--timeout", "1").stdout
    assert text.count("■ 203.0.113.25") == 1
    assert text.count("Spamhaus ZEN ") == 2  # the address and the SPF address, once each
    assert "まとめ: 掲載 3、" in text


def test_table_layout_in_japanese_and_a_timeout_limit(server) -> None:  # type: ignore[no-untyped-def]
    text = cli(server, "example.co.jp", "--timeout", "1").stdout
    # Places an address was found are joined with 、 in Japanese, and no line ends in padding.
    assert "■ 203.0.113.25 (IP アドレス、メールサーバ (MX) mail.example.co.jp)" in text
    assert not [line for line in text.splitlines() if line != line.rstrip()]
    english = cli(server, "example.co.jp", "--timeout", "1", lang="en").stdout
    assert "■ 203.0.113.25 (IP address, mail server (MX) mail.example.co.jp)" in english
    # A huge --timeout (a typo) would let an unanswered query wait for ever: refused like spf's.
    for value in ("1e9", "inf", "61"):
        done = cli(server, "203.0.113.25", "--timeout", value)
        assert done.returncode == 2 and "60" in done.stderr, value


def test_not_tested_reasons_say_what_settings_means_on_the_command_line(server) -> None:  # type: ignore[no-untyped-def]
    server.servfail("7.100.51.198." + list_by_id(test_lists(), "spamcop").zone)
    text = cli(server, "198.51.100.7", "--timeout", "1").stdout
    assert "？ 確認できず" in text
    assert "--resolver HOST[:PORT]" in text and "MAIL_MAMORI_DQS_KEY" in text
    english = cli(server, "198.51.100.7", "--timeout", "1", lang="en").stdout
    assert "On the command line, “Settings” means --resolver" in english
    # English gets half-width marks and bullets, not the Japanese ？ and ・.
    assert "? not tested" in english and "- DNS server failure: " in english
    assert not {"？", "－", "・"} & set(english), english


def test_a_domain_whose_addresses_could_not_be_looked_up_is_not_summed_up_as_complete(
    server,
) -> None:  # type: ignore[no-untyped-def]
    server.servfail("broken.example.jp", subtree=True)
    text = cli(server, "broken.example.jp", "--timeout", "1").stdout
    summary = text[text.index("まとめ:") :]
    assert "⚠ broken.example.jp のアドレスをすべては調べられなかった" in summary
    english = cli(server, "broken.example.jp", "--timeout", "1", lang="en").stdout
    assert "⚠ Not every address of broken.example.jp could be looked up" in english
    fine = cli(server, "example.co.jp", "--timeout", "1").stdout
    assert "⚠" not in fine[fine.index("まとめ:") :]
    # The JSON says it too: the checks that ran are complete, the targets are not.
    broken = json.loads(cli(server, "broken.example.jp", "--timeout", "1", "--json").stdout)
    assert broken["targets_complete"] is False and broken["lookups"][0]["problems"]
    whole = json.loads(cli(server, "example.co.jp", "--timeout", "1", "--json").stdout)
    assert whole["targets_complete"] is True


def test_a_pasted_list_of_targets_is_read_as_several(server) -> None:  # type: ignore[no-untyped-def]
    done = cli(server, "203.0.113.25, 198.51.100.7", "--json", "--timeout", "1")
    assert done.returncode == 0, done.stderr
    assert [t["target"] for t in json.loads(done.stdout)["targets"]] == [
        "203.0.113.25",
        "198.51.100.7",
    ]
    bad = cli(server, "203.0.113.25,192.168.1.10", "--timeout", "1")
    assert bad.returncode == 2
    assert "192.168.1.10" in bad.stderr and "Traceback" not in bad.stderr


def test_lists_failing_for_one_reason_share_one_explanation(server) -> None:  # type: ignore[no-untyped-def]
    """Every list failing its self-test printed the same explanation once per list (14-19
    lines) before the summary: it is said once, with the lists' names together."""
    server.clear_records()  # no list answers its test entries
    lists = test_lists()
    for lang, problem, said in (
        ("ja", "リストが動作確認に合格しませんでした", "回答を使わなかったリスト:"),
        ("en", "The list did not pass its self-test", "Lists whose answers were not used:"),
    ):
        done = cli(server, "203.0.113.25", "example.co.jp", "--no-lookup", lang=lang)
        assert done.returncode == 3, done.stderr  # nothing could be checked
        out = done.stdout
        assert said in out
        section = out.split(said, 1)[1]
        assert section.count(problem) == 1, out
        named = next(line for line in section.splitlines() if "Spamhaus ZEN" in line)
        assert all(lst.name in named for lst in lists), named
        assert len(out.splitlines()) < 45, out
    data = json.loads(cli(server, "203.0.113.25", "--no-lookup", "--json").stdout)
    # The JSON keeps one entry per list, each with its own problem.
    assert len(data["lists"]) == len([x for x in lists if x.kind.value == "ip"])
    assert all(entry["problem"] and entry["healthy"] is False for entry in data["lists"])
