"""Section 9 of the report: SPF, DKIM and DMARC from page 4, records printed verbatim."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.core.dkim import check_dkim
from app.core.dns_client import DnsClient
from app.core.example_case import example_case
from app.core.sender_auth import SenderAuthSection
from tests.dns_server import DnsTestServer
from tests.report_support import build, page_texts


def _text(case, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    path, _ = build(case, tmp_path)
    return "".join(page_texts(path)).replace("\n", "").replace(" ", "")


def test_records_problems_and_recommendations_are_reported(tmp_path: Path) -> None:
    case = example_case()
    check = case.sender_auth.latest_check
    assert check is not None and check.records
    text = _text(case, tmp_path)
    for record in check.records:
        assert record.replace(" ", "") in text  # verbatim, as published
    assert case.sender_auth.recommendation is not None
    assert case.sender_auth.recommendation.record.replace(" ", "") in text
    assert "9.1SPF" in text and "9.2DKIM" in text and "9.3DMARC" in text
    assert "SPFレコードが2つあります" in text
    assert "レコードに誤り" in text  # scorecard: a permerror is a problem, never "OK"
    # The plain statement that SPF does not stop a stolen password is always there.
    assert "盗まれたパスワード" in text


def test_nothing_checked_says_so_and_keeps_the_statement(tmp_path: Path) -> None:
    case = example_case()
    case.sender_auth = SenderAuthSection()
    text = _text(case, tmp_path)
    assert "SPF・DKIM・DMARCの確認はまだ行われていません" in text
    assert "盗まれたパスワード" in text


def test_a_finding_code_from_a_newer_version_is_shown_not_a_crash(tmp_path: Path) -> None:
    import json

    from app.core.case import case_from_dict, case_to_dict
    from app.core.findings import Finding, Severity

    data = json.loads(json.dumps(case_to_dict(example_case())))
    future = {"code": "spf_future_check", "severity": "warning", "args": {"x": "1"}}
    data["sender_auth"]["spf_checks"][-1]["findings"].append(future)
    data["sender_auth"]["dmarc"]["findings"].append({**future, "code": "dmarc_future"})
    case = case_from_dict(data)
    text = _text(case, tmp_path)
    assert "spf_future_check" in text and "dmarc_future" in text
    finding = Finding("spf_future_check", Severity.WARNING)
    assert "spf_future_check" in finding.title.render("ja")
    assert "newer version" in finding.message.render("en")
    assert finding.to_dict("ja")["code"] == "spf_future_check"


def test_checks_for_another_domain_are_not_results_for_the_current_one(tmp_path: Path) -> None:
    from app.core.report.flowables import AreaStatus
    from app.core.report.sections.sender_auth import dmarc_score, spf_score

    case = example_case()
    case.organisation.domain = case.organisation.domain_ascii = "example-shop.jp"
    for item in (spf_score(case), dmarc_score(case)):
        assert item.status is AreaStatus.NOT_CHECKED
        assert "example.co.jp" in item.detail.render("en")
    text = _text(case, tmp_path)
    # Every subsection (SPF, DKIM, DMARC) says the check must be repeated for the new domain.
    assert text.count("確認し直す必要があります") >= 3
    assert "example-shop.jp" in text


def test_before_and_after_compares_only_checks_of_the_current_domain(tmp_path: Path) -> None:
    """After the owner corrects the domain on page 1 and checks again, the old domain's record
    is no "before" of the new one's: the vendor would read a change that never happened."""
    import dataclasses
    from datetime import timedelta

    case = example_case()
    section = case.sender_auth
    old = section.latest_check
    assert old is not None and old.checked_at is not None
    new_record = "v=spf1 include:newshop.example -all"

    def new_domain_check(days: int, record: str) -> object:
        return dataclasses.replace(
            old,
            domain="example-shop.jp",
            domain_ascii="example-shop.jp",
            record=record,
            records=(record,),
            checked_at=old.checked_at + timedelta(days=days),  # type: ignore[operator]
        )

    case.organisation.domain = case.organisation.domain_ascii = "example-shop.jp"
    section.add_spf_check(new_domain_check(1, new_record))  # type: ignore[arg-type]
    text = _text(case, tmp_path)
    assert new_record.replace(" ", "") in text
    # One check of the new domain: nothing to compare, so no before/after table at all.
    assert "公開前と公開後" not in text and "最初の確認" not in text

    # A re-check of the new domain is compared with the new domain's first check only.
    published = "v=spf1 include:newshop.example ip4:198.51.100.25 -all"
    section.add_spf_check(new_domain_check(2, published))  # type: ignore[arg-type]
    text = _text(case, tmp_path)
    table = text[text.index("公開前と公開後") :]
    assert "最初の確認(2026-11-19" in table and "最新の確認(2026-11-20" in table
    assert new_record.replace(" ", "") in table and published.replace(" ", "") in table
    assert "xserver" not in table  # the old domain's record is not the "before"


def test_dkim_key_table_prints_words_not_codes(tmp_path: Path) -> None:
    case = example_case()
    dkim = case.sender_auth.dkim
    assert dkim is not None and dkim.keys and dkim.keys[0].status == "ok"
    for lang, state in (("ja", "使用可能"), ("en", "usable")):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        text = "".join(page_texts(path))
        dkim_part = text[text.index("9.2") : text.index("9.3")]
        assert "RSA" in dkim_part and "rsa" not in dkim_part
        assert state in dkim_part
        assert not any(line.rstrip().endswith(" ok") for line in dkim_part.splitlines())


def test_marks_are_japanese_in_japanese_and_readable_in_english(tmp_path: Path) -> None:
    from app.core.report.fonts import covered_code_points

    case = example_case()
    texts = {}
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        text = "".join(page_texts(path))
        texts[lang] = text[text.rindex("9.1") : text.rindex("9.2")]
    assert "○" in texts["ja"] and "△" in texts["ja"] and "×" in texts["ja"]
    assert "○" not in texts["en"] and "△" not in texts["en"]
    assert "✓ The record is valid SPF" in texts["en"]
    assert "! “?all” gives no protection" in texts["en"]
    assert ord("✓") in covered_code_points()  # prints as a tick, not the missing-glyph box


def test_dmarc_problems_come_before_the_record_they_point_to(tmp_path: Path) -> None:
    # The DMARC finding says "publish the first record below"; the report printed the
    # recommended record above it. Now the problems come first, as in 9.1 SPF.
    case = example_case()
    dmarc = case.sender_auth.dmarc
    assert dmarc is not None and dmarc.findings and dmarc.recommended
    for lang, pointer, recommended in (
        ("ja", "下の最初のレコードを登録してください", "推奨するレコード"),
        ("en", "Publishthefirstrecordbelow", "Recommendedrecord"),
    ):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
        dmarc_part = text[text.index("9.3DMARC") :]
        assert pointer in dmarc_part
        assert dmarc_part.index(pointer) < dmarc_part.index(recommended)
        assert dmarc_part.index(recommended) < dmarc_part.index(dmarc.recommended.replace(" ", ""))
        # The DMARC problems have the same caption as the SPF ones.
        problems = "見つかった問題" if lang == "ja" else "Problemsfound"
        assert text.count(problems) == 2
        assert dmarc_part.index(problems) < dmarc_part.index(pointer)
        # The result row says where things stand; only the problem says what is missing
        # (both said 「DMARC レコードがありません」).
        state, missing = (
            ("未設定(レコードなし)", "DMARCレコードがありません")
            if lang == "ja"
            else ("Notsetupyet(norecord)", "ThereisnoDMARCrecord")
        )
        assert state in dmarc_part
        assert dmarc_part.count(missing) == 1


def test_the_recommendation_says_whether_to_publish_it_where_and_why(tmp_path: Path) -> None:
    # The vendor and the owner need the verdict page 4 shows (a record that failed its own
    # checks is no record to publish as it is), where it goes, and why terms changed.
    import dataclasses

    case = example_case()
    rec = case.sender_auth.recommendation
    assert rec is not None and rec.verified and not rec.no_change_needed
    text = _text(case, tmp_path)
    assert "確認済みです。現在のレコードの代わりにこのレコードを登録してください。" in text
    assert "登録先" in text and "ホスト名:空欄のまま" in text  # the Xserver panel's field
    assert "新しく追加せず、今のレコードを書き換えてください" in text
    assert "変更点とその理由" in text
    assert "「ptr」を削除しました" in text and "「?all」を「~all」に置き換えました" in text
    assert "確認できていない点があります" not in text

    case.sender_auth.recommendation = dataclasses.replace(rec, verified=False)
    text = _text(case, tmp_path)
    assert "確認できていない点があります" in text
    assert "確認済みです。現在のレコード" not in text


def test_a_published_value_not_read_as_spf_is_printed_not_called_missing(
    tmp_path: Path,
) -> None:
    import dataclasses

    from app.core.spf.check import SpfStatus

    case = example_case()
    published = "v=spf1\u3000include:_spf.google.com ~all"
    check = case.sender_auth.latest_check
    assert check is not None
    case.sender_auth.spf_checks = [
        dataclasses.replace(
            check,
            status=SpfStatus.NONE,
            record=None,
            records=(),
            strings=(),
            findings=(),
            tree=None,
            unrecognised=(published,),
        )
    ]
    path, _ = build(case, tmp_path)
    raw = "".join(page_texts(path))
    spf_part = raw[raw.index("9.1 SPF") : raw.index("9.2 DKIM")]
    assert "include:_spf.google.com" in spf_part
    flat_part = spf_part.replace("\n", "").replace(" ", "")
    assert "SPFとして読み取られないため" in flat_part
    assert "(公開されていません)" not in flat_part


def test_the_dns_server_row_starts_with_a_capital_in_english(tmp_path: Path) -> None:
    case = example_case()
    assert case.sender_auth.spf_checks
    checks = case.sender_auth.spf_checks
    checks[-1] = dataclasses.replace(checks[-1], resolver="system (192.0.2.53)")
    texts = {}
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        texts[lang] = "".join(page_texts(path))
    # Section 9's table cell; section 7's run line has it mid-sentence, in lower case.
    section = texts["en"][texts["en"].index("9.1") :]
    assert "This computer's setting (192.0.2.53)" in section
    assert "this computer's setting (192.0.2.53)" not in section
    assert "このパソコンの設定 (192.0.2.53)" in texts["ja"]


def test_a_domain_that_does_not_exist_is_reported_as_such_not_as_missing_records(
    tmp_path: Path,
) -> None:
    """ "No SPF record" / "not set up yet" for a mistyped domain told the vendor to publish
    records on a name that does not exist."""
    from app.core.spf.check import SpfStatus
    from app.core.spf.codes import warning

    case = example_case()
    check = case.sender_auth.latest_check
    dmarc = case.sender_auth.dmarc
    assert check is not None and dmarc is not None
    missing = warning("domain_not_found", domain=check.domain_ascii)
    case.sender_auth.spf_checks = [
        dataclasses.replace(
            check, status=SpfStatus.NONE, record=None, records=(), findings=(missing,), tree=None
        )
    ]
    case.sender_auth.dmarc = dataclasses.replace(dmarc, domain_exists=False)
    path, _ = build(case, tmp_path)
    raw = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
    spf_part = raw[raw.index("9.1SPF") : raw.index("9.2DKIM")]
    dmarc_part = raw[raw.index("9.3DMARC") :]
    for part in (spf_part, dmarc_part):
        assert "ドメインがDNSに存在しません(つづりの確認が必要)" in part
    assert "SPFレコードがありません" not in spf_part
    assert "未設定(レコードなし)" not in dmarc_part


def test_a_recommendation_for_a_domain_without_spf_does_not_send_the_reader_to_a_current_one(
    tmp_path: Path,
) -> None:
    # Nothing published yet: 「現在のレコードの代わりに」 and 「今のレコードを書き換えて」 sent the
    # owner and the vendor looking for a record that does not exist.
    case = example_case()
    rec = case.sender_auth.recommendation
    assert rec is not None
    case.sender_auth.recommendation = dataclasses.replace(
        rec, existing=None, existing_status="none"
    )
    text = _text(case, tmp_path)
    assert "このドメインにはまだSPFレコードがないため、このレコードを登録してください。" in text
    assert "TXTレコードとして新しく追加します" in text
    assert "現在のレコードの代わり" not in text and "今のレコードを書き換えて" not in text


def test_the_dkim_key_s_name_is_printed_in_the_records_font(tmp_path: Path) -> None:
    """「default._domainkey.example.co.jp」 in the Japanese font lost its underscore on paper."""
    from pypdf import PdfReader

    case = example_case()
    dkim = case.sender_auth.dkim
    assert dkim is not None and dkim.keys and "_domainkey" in dkim.keys[0].name
    path, _ = build(case, tmp_path)
    mono: list[str] = []

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        name = str(font.get("/BaseFont", "")) if font is not None else ""  # type: ignore[attr-defined]
        if "DejaVuSansMono" in name:
            mono.append(text)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    assert dkim.keys[0].name in "".join(mono).replace("\n", "")


def test_a_failed_lookup_is_marked_could_not_tell_not_wrong(tmp_path: Path) -> None:
    """Page 4 labels a failed lookup 「？ 確認できず」; the report printed it with × (wrong) next
    to advice saying it is not a problem with the record."""
    import json

    from app.core.case import case_from_dict, case_to_dict

    data = json.loads(json.dumps(case_to_dict(example_case())))
    failed = {
        "code": "dns_error",
        "severity": "error",
        "domain": "example.co.jp",
        "args": {"name": "_spf.down.example", "status": "servfail"},
    }
    data["sender_auth"]["spf_checks"][-1]["findings"].append(failed)
    case = case_from_dict(data)
    texts = {}
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        texts[lang] = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
    assert "？DNSの問い合わせに失敗しました(_spf.down.example)" in texts["ja"], texts["ja"]
    assert "×DNSの問い合わせ" not in texts["ja"]
    assert "?ADNSlookupfailed(_spf.down.example)" in texts["en"]


def test_dkim_lookups_failing_on_every_selector_are_one_problem(
    tmp_path: Path, dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    """A DNS server answering SERVFAIL made section 9.2 print 「DNS の問い合わせに失敗しました」
    once per selector tried: 11 identical rows, a page and a half."""
    dns_server.servfail("example.co.jp", subtree=True)
    case = example_case()
    dkim = check_dkim("example.co.jp", dns_client)
    case = dataclasses.replace(case, sender_auth=dataclasses.replace(case.sender_auth, dkim=dkim))
    for lang, failed in (("ja", "DNSの問い合わせに失敗しました"), ("en", "DNSlookupsfailed")):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
        part = text[text.index("9.2") : text.index("9.3")]
        assert part.count(failed) == 1, part
        assert "default,google,selector1,selector2,s1,s2,k1,k2,k3,dkim,mail" in part
