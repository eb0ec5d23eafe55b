"""`mail-mamori spf|dmarc|dkim ...` end to end, as a consultant would script them, against the
loopback DNS server."""

from __future__ import annotations

import json

from tests.dns_server import DnsTestServer
from tests.test_cli_basics import run_cli

Z = "spftest.example"


def test_spf_check_json_has_the_contract_keys(dns_server: DnsTestServer) -> None:
    result = run_cli("spf", "check", f"void3.{Z}", "--resolver", dns_server.address, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for key in (
        "domain",
        "record",
        "result",
        "lookups",
        "void_lookups",
        "errors",
        "warnings",
        "tree",
    ):
        assert key in data
    assert data["result"] == "permerror"
    assert data["void_lookups"] == 3
    assert {"code", "message"} <= set(data["errors"][0])
    assert any(e["code"] == "too_many_void_lookups" for e in data["errors"])
    # Japanese by default, English on request.
    assert "存在しない" in json.dumps(data, ensure_ascii=False)
    assert dns_server.queries(f"void3.{Z}", "TXT")


def test_spf_check_text_in_japanese(dns_server: DnsTestServer) -> None:
    result = run_cli("spf", "check", f"multiple.{Z}", "--resolver", dns_server.address)
    assert result.returncode == 0, result.stderr
    assert "SPF レコードが 2 つあります" in result.stdout
    assert "[multiple_records]" in result.stdout


def test_spf_check_of_a_domain_that_does_not_exist_asks_for_its_spelling(
    dns_server: DnsTestServer,
) -> None:
    result = run_cli("spf", "check", f"exampel.{Z}", "--resolver", dns_server.address)
    assert result.returncode == 0, result.stderr
    assert f"ドメイン exampel.{Z} が DNS に存在しません" in result.stdout
    assert "つづりを確認" in result.stdout
    assert "[no_record]" not in result.stdout and "推奨レコード" not in result.stdout


def test_dmarc_check_of_a_domain_that_does_not_exist_asks_for_its_spelling(
    dns_server: DnsTestServer,
) -> None:
    # _dmarc.<domain> answers NXDOMAIN for most domains without DMARC; only the domain's own
    # NXDOMAIN means a mistyped or unregistered domain, where publishing a record is no help.
    args = ("dmarc", "check", f"exampel.{Z}", "--resolver", dns_server.address)
    ja = run_cli(*args)
    assert ja.returncode == 0, ja.stderr
    assert f"ドメイン exampel.{Z} が DNS に存在しません" in ja.stdout
    assert "つづりを確認" in ja.stdout
    assert "[dmarc_domain_not_found]" in ja.stdout
    assert "[dmarc_no_record]" not in ja.stdout and "推奨レコード" not in ja.stdout
    # The result line too (it said 「DMARC はまだ設定されていません」, as if to publish one).
    assert "このドメインは DNS に存在しません。" in ja.stdout
    spf = run_cli("spf", "check", f"exampel.{Z}", "--resolver", dns_server.address)
    assert "このドメインは DNS に存在しません。" in spf.stdout, spf.stdout
    en = run_cli("--lang", "en", *args)
    assert f"The domain exampel.{Z} does not exist in DNS" in en.stdout
    assert "spelling" in en.stdout and "Recommended record" not in en.stdout
    data = json.loads(run_cli(*args, "--json").stdout)
    assert data["domain_exists"] is False
    assert (data["result"], data["next_step"], data["recommended"]) == (
        "none",
        "check_domain",
        None,
    )
    assert [w["code"] for w in data["warnings"]] == ["dmarc_domain_not_found"]
    assert data["next_step_message"]
    # A domain that exists but has no DMARC record still gets the first record to publish.
    plain = json.loads(
        run_cli(
            "dmarc", "check", f"norecord.{Z}", "--resolver", dns_server.address, "--json"
        ).stdout
    )
    assert plain["domain_exists"] is True
    assert (plain["next_step"], [w["code"] for w in plain["warnings"]]) == (
        "publish_none",
        ["dmarc_no_record"],
    )
    assert plain["recommended"].startswith("v=DMARC1; p=none")


def test_spf_eval_json(dns_server: DnsTestServer) -> None:
    result = run_cli(
        "--lang",
        "en",
        "spf",
        "eval",
        "--ip",
        "203.0.113.5",
        "--sender",
        f"info@good.{Z}",
        "--helo",
        "mail.example.jp",
        "--resolver",
        dns_server.address,
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["result"], data["mechanism"], data["lookups"]) == (
        "pass",
        f"include:_spf.prov.{Z}",
        1,
    )


def test_spf_generate_merges_and_verifies(dns_server: DnsTestServer) -> None:
    result = run_cli(
        "spf",
        "generate",
        f"multiple.{Z}",
        "--outbound-ip",
        "192.0.2.25",
        "--ip4",
        "198.51.100.7",
        "--all=-all",
        "--resolver",
        dns_server.address,
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["record"] == (f"v=spf1 include:_spf.prov.{Z} ip4:192.0.2.25 ip4:198.51.100.7 -all")
    assert data["verified"] is True
    text = run_cli(
        "spf",
        "generate",
        f"new.{Z}",
        "--provider",
        "google_workspace",
        "--resolver",
        dns_server.address,
    )
    assert text.returncode == 0, text.stderr
    record = next(line for line in text.stdout.splitlines() if line.startswith("推奨レコード"))
    # Google's include does not answer on this server, so it is not recommended.
    assert record == "推奨レコード: v=spf1 ~all"
    assert "_spf.google.com に SPF レコードがありません" in text.stdout


def test_dmarc_and_dkim_check(dns_server: DnsTestServer) -> None:
    result = run_cli("dmarc", "check", f"good.{Z}", "--resolver", dns_server.address, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["result"], data["policy"], data["next_step"]) == ("valid", "none", "quarantine")
    dkim = run_cli("dkim", "check", f"good.{Z}", "--resolver", dns_server.address, "--json")
    assert dkim.returncode == 0, dkim.stderr
    assert json.loads(dkim.stdout)["result"] == "not_found"


def test_exit_codes_for_bad_input_and_unreachable_dns(dns_server: DnsTestServer) -> None:
    bad = run_cli("spf", "check", "example..jp", "--resolver", dns_server.address)
    assert bad.returncode == 2
    assert "example..jp" in bad.stderr
    bad_ip = run_cli(
        "spf", "eval", "--ip", "999.1.1.1", "--sender", "a@b.jp", "--resolver", dns_server.address
    )
    assert bad_ip.returncode == 2
    dns_server.drop(f"good.{Z}", subtree=True)
    down = run_cli(
        "spf", "check", f"good.{Z}", "--resolver", dns_server.address, "--timeout", "0.3", "--json"
    )
    assert down.returncode == 3
    assert json.loads(down.stdout)["result"] == "temperror"


def test_dkim_header_file_problems_are_bad_input_without_a_traceback(
    dns_server: DnsTestServer, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no-such-header.txt"
    common = ("dkim", "check", f"good.{Z}", "--resolver", dns_server.address)
    result = run_cli(*common, "--header-file", str(missing))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("mail-mamori: ")
    assert f"ヘッダーのファイル「{missing}」が見つかりません" in result.stderr
    english = run_cli("--lang", "en", *common, "--header-file", str(missing))
    assert english.returncode == 2
    assert f"The header file “{missing}” was not found." in english.stderr
    folder = run_cli("--lang", "en", *common, "--header-file", str(tmp_path))
    assert folder.returncode == 2
    assert "Traceback" not in folder.stderr
    assert "is a folder" in folder.stderr
    assert not dns_server.queries()  # bad input: nothing was looked up


def test_dkim_invalid_selectors_are_bad_input(dns_server: DnsTestServer) -> None:
    common = ("dkim", "check", f"good.{Z}", "--resolver", dns_server.address)
    for selector in ("bad selector", "a..b", "-s1", "s1-", "ｓ１!", "x" * 64):
        result = run_cli("--lang", "en", *common, f"--selector={selector}")
        assert result.returncode == 2, (selector, result.stdout)
        assert "Traceback" not in result.stderr
        assert "is not a valid DKIM selector" in result.stderr, selector
    pasted = run_cli(*common, "--selector", f"s1._domainkey.good.{Z}")
    assert pasted.returncode == 2
    assert "._domainkey より前" in pasted.stderr
    assert not dns_server.queries()
    # Full-width input is folded and upper case is fine: these are valid.
    ok = run_cli(*common, "--selector", "Ｓ１", "--selector", "mail.2026", "--json")
    assert ok.returncode == 0, ok.stderr
    tried = json.loads(ok.stdout)["selectors_tried"]
    assert "s1" in tried and "mail.2026" in tried


def test_dkim_check_refuses_a_header_file_over_the_limit(
    dns_server: DnsTestServer, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from app.core.dkim import MAX_HEADER

    big = tmp_path / "header.txt"
    big.write_text(f"DKIM-Signature: d=good.{Z}; s=x\n" + "a" * MAX_HEADER, encoding="utf-8")
    result = run_cli(
        "dkim", "check", f"good.{Z}", "--resolver", dns_server.address, "--header-file", str(big)
    )
    assert result.returncode == 2, result.stderr
    assert "長すぎ" in result.stderr
    assert not dns_server.queries(f"x._domainkey.good.{Z}", "TXT")


def test_spf_eval_text_follows_the_language(dns_server: DnsTestServer) -> None:
    args = ("spf", "eval", "--ip", "192.0.2.99", "--sender", f"info@multiple.{Z}")
    args += ("--resolver", dns_server.address)
    japanese = run_cli(*args)
    assert japanese.returncode == 0, japanese.stderr
    assert "has 2 SPF records" not in japanese.stdout  # the English detail of before
    detail = [line for line in japanese.stdout.splitlines() if f"multiple.{Z}" in line]
    assert any("SPF レコード" in line and "2" in line for line in detail), japanese.stdout
    english = run_cli("--lang", "en", *args)
    assert english.returncode == 0, english.stderr
    assert f"multiple.{Z} has 2 SPF records" in english.stdout
    # JSON keeps the English detail (a stable contract) and adds the message in the language.
    data = json.loads(run_cli(*args, "--json").stdout)
    assert data["detail"] == f"multiple.{Z} has 2 SPF records"
    assert "SPF レコード" in data["message"]


def test_spf_eval_folds_full_width_input_instead_of_answering_none(
    dns_server: DnsTestServer,
) -> None:
    # With the IME on, the sender used to be looked up as typed: "none" (no SPF record), a
    # wrong answer for a domain that has one.
    result = run_cli(
        *(
            "spf",
            "eval",
            "--ip",
            "１９２．０．２．２５",
            "--sender",
            "ｉｎｆｏ＠ｇｏｏｄ．ｓｐｆｔｅｓｔ．ｅｘａｍｐｌｅ",
        ),
        *("--resolver", dns_server.address, "--json"),
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["result"] == "pass" and data["domain"] == f"good.{Z}"


def test_spf_eval_refuses_a_sender_without_a_usable_domain(dns_server: DnsTestServer) -> None:
    for sender in ("@@", "info@example.co.jo", "info@localhost"):
        result = run_cli(
            *("spf", "eval", "--ip", "192.0.2.25", "--sender", sender),
            *("--resolver", dns_server.address),
        )
        assert result.returncode == 2, (sender, result.stdout)
        assert "--sender のドメインを確認できません" in result.stderr
        assert result.stdout == ""
    english = run_cli(
        *("--lang", "en", "spf", "eval", "--ip", "192.0.2.25", "--sender", "info@example.co.jo"),
        *("--resolver", dns_server.address),
    )
    assert english.returncode == 2
    assert "The domain of --sender cannot be checked" in english.stderr
    assert "example.co.jp" in english.stderr  # the suggestion
    # A DNS name with an underscore is still evaluated (check_host may look it up).
    underscore = run_cli(
        *("spf", "eval", "--ip", "203.0.113.5", "--sender", f"info@_spf.prov.{Z}"),
        *("--resolver", dns_server.address, "--json"),
    )
    assert underscore.returncode == 0 and json.loads(underscore.stdout)["result"] == "pass"


def test_spf_check_accepts_include_targets_with_an_underscore(dns_server: DnsTestServer) -> None:
    result = run_cli("spf", "check", f"_spf.prov.{Z}", "--resolver", dns_server.address, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["result"] == "valid"
    host = run_cli("spf", "check", f"a_b.{Z}", "--resolver", dns_server.address)
    assert host.returncode == 2 and "「_」" in host.stderr


def test_spf_generate_refuses_an_unknown_provider(dns_server: DnsTestServer) -> None:
    result = run_cli(
        "spf", "generate", f"good.{Z}", "--provider", "xsever", "--resolver", dns_server.address
    )
    assert result.returncode == 2
    assert "xserver" in result.stderr and result.stdout == ""
    assert not dns_server.queries(f"good.{Z}")


def test_dmarc_text_shows_every_record_and_idn_domains_readably(
    dns_server: DnsTestServer,
) -> None:
    two = run_cli("dmarc", "check", f"two.{Z}", "--resolver", dns_server.address)
    assert two.returncode == 0, two.stderr
    assert "DMARC レコード: v=DMARC1; p=none\n" in two.stdout
    assert "DMARC レコード: v=DMARC1; p=reject\n" in two.stdout
    idn = run_cli("spf", "check", f"日本語.{Z}", "--resolver", dns_server.address)
    assert idn.returncode == 0, idn.stderr
    assert f"ドメイン: 日本語.{Z} (xn--wgv71a119e.{Z})" in idn.stdout


def test_help_of_spf_and_dmarc_describes_every_argument() -> None:
    # DOMAIN, --ip, --sender and --helo used to be listed with no explanation at all.
    for command, ja, en in (
        (("spf", "check"), ["確認するドメイン (例: example.co.jp"], ["the domain, e.g."]),
        (
            ("spf", "eval"),
            [
                "メールを送信したサーバの IP アドレス",
                "エンベロープの送信者",
                "HELO/EHLO で名乗った",
            ],
            ["the IP address the mail comes from", "the envelope sender", "gave in HELO/EHLO"],
        ),
        (("spf", "generate"), ["レコードを作成するドメイン"], ["the domain the record is for"]),
        (("dmarc", "check"), ["_dmarc レコードを確認するドメイン"], ["whose _dmarc record"]),
    ):
        japanese = " ".join(run_cli(*command, "--help").stdout.split())
        english = " ".join(run_cli("--lang", "en", *command, "--help").stdout.split())
        assert all(text in japanese for text in ja), japanese
        assert all(text in english for text in en), english


def test_text_output_says_where_the_wizards_settings_and_recommendation_are(
    dns_server: DnsTestServer,
) -> None:
    # The shared advice says "the recommended record below" and "in Settings": neither exists
    # on the command line, so the text output names the command and the option.
    two = run_cli("spf", "check", f"multiple.{Z}", "--resolver", dns_server.address)
    assert f"mail-mamori spf generate multiple.{Z}" in two.stdout
    dns_server.servfail(f"good.{Z}", subtree=True)
    for command in (("spf", "check"), ("dmarc", "check")):
        down = run_cli(*command, f"good.{Z}", "--resolver", dns_server.address)
        assert down.returncode == 3
        assert "--resolver HOST[:PORT] で別の DNS サーバを指定できます" in down.stdout
        english = run_cli("--lang", "en", *command, f"good.{Z}", "--resolver", dns_server.address)
        assert "choose another DNS server with --resolver" in english.stdout


def test_text_output_says_what_its_numbers_and_codes_mean(dns_server: DnsTestServer) -> None:
    """`spf check` printed 「(1, ok)」 in its include tree, `dmarc check` called
    _dmarc.<domain> a 「ドメイン」, and the Japanese `spf eval` verdict began with 「pass:」."""
    resolver = ("--resolver", dns_server.address)
    tree = run_cli("spf", "check", f"good.{Z}", *resolver)
    assert tree.returncode == 0, tree.stderr
    lines = tree.stdout.split("include の構成", 1)[1].splitlines()
    # Counted as on page 4: each row with the records below it (and its include itself).
    assert f"  good.{Z}  (DNS の参照 1 回、✔ レコードあり)" in lines, lines
    assert f"    include:_spf.prov.{Z}  (DNS の参照 1 回、✔ レコードあり)" in lines, lines
    assert "下の" in lines[0], lines[0]  # the heading says what the count includes
    assert not any(", ok)" in line or ", none)" in line for line in lines), lines
    english = run_cli("--lang", "en", "spf", "check", f"good.{Z}", *resolver).stdout
    assert f"  good.{Z}  (DNS lookups: 1, ✔ found)" in english, english
    dmarc = run_cli("dmarc", "check", f"good.{Z}", *resolver).stdout
    assert f"レコード名: _dmarc.good.{Z}" in dmarc and "ドメイン: _dmarc" not in dmarc, dmarc
    english = run_cli("--lang", "en", "dmarc", "check", f"good.{Z}", *resolver).stdout
    assert f"Record name: _dmarc.good.{Z}" in english, english
    args = ("spf", "eval", "--ip", "203.0.113.5", "--sender", f"info@good.{Z}", *resolver)
    verdict = run_cli(*args).stdout
    assert "判定: 合格: " in verdict and "pass" not in verdict, verdict
    assert json.loads(run_cli(*args, "--json").stdout)["result"] == "pass"
    assert "Result: pass: " in run_cli("--lang", "en", *args).stdout


def test_dkim_text_output_names_failed_selectors_once(dns_server: DnsTestServer) -> None:
    """Every selector failing on a broken DNS server printed 11 identical errors."""
    dns_server.servfail(f"good.{Z}", subtree=True)
    text = run_cli("dkim", "check", f"good.{Z}", "--resolver", dns_server.address)
    assert text.returncode == 3, text.stderr
    assert text.stdout.count("✖") == 1, text.stdout
    assert "[dkim_lookups_failed]" in text.stdout and "[dns_error]" not in text.stdout
    assert "default, google, selector1" in text.stdout
    assert "--resolver" in text.stdout  # the hint to try another DNS server stays
    data = json.loads(
        run_cli("dkim", "check", f"good.{Z}", "--resolver", dns_server.address, "--json").stdout
    )
    assert [e["code"] for e in data["errors"]] == ["dns_error"] * 11  # the JSON contract
