"""The report as the security vendor reads it: an empty field or a failed lookup is never
printed as a fact ("no record published", "start unknown", a blank cell)."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

import pytest

from app.core.accounts import AccountsSection
from app.core.case import Case
from app.core.dkim import check_dkim
from app.core.dmarc import check_dmarc
from app.core.dns_client import DnsClient
from app.core.example_case import example_case
from app.core.normalize import JST
from app.core.report_details import ReportDetails
from app.core.sender_auth import SenderAuthSection
from app.core.spf.check import SpfStatus, check_spf
from tests.dns_server import DnsTestServer
from tests.report_support import build, page_texts


def _text(case: Case, tmp_path: Path, lang: str = "ja") -> str:
    path, _ = build(case, tmp_path, f"report-{lang}.pdf", lang=lang)
    return "".join(page_texts(path)).replace("\n", "").replace(" ", "")


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


# -- 9: a lookup that failed read nothing --------------------------------------------------------


def _failed_lookups_case(dns_server: DnsTestServer, dns_client: DnsClient) -> Case:
    """The example case whose page 4 checks all got SERVFAIL from the (loopback) DNS server."""
    dns_server.servfail("example.co.jp", subtree=True)
    case = example_case()
    spf = check_spf("example.co.jp", dns_client)
    assert spf.status is SpfStatus.TEMPERROR  # the real checker's result, not a made-up one
    case.sender_auth = SenderAuthSection(
        spf_checks=[spf],
        dmarc=check_dmarc("example.co.jp", dns_client),
        dkim=check_dkim("example.co.jp", dns_client, selectors=["default"]),
    )
    return case


@pytest.mark.parametrize(
    ("lang", "spf", "dkim", "dmarc", "none_published", "not_read", "lookups", "no_key"),
    [
        (
            "ja",
            "9.1SPF",
            "9.2DKIM",
            "9.3DMARC",
            "(公開されていません)",
            "(DNSの問い合わせに失敗したため、読み取れませんでした)",
            "DNSの参照回数",
            "?、?ビット",
        ),
        (
            "en",
            "9.1SPF",
            "9.2DKIM",
            "9.3DMARC",
            "(nonepublished)",
            "(couldnotberead:theDNSlookupfailed)",
            "DNSlookups",
            "?,?bits",
        ),
    ],
)
def test_a_failed_lookup_is_not_reported_as_a_record_that_is_not_published(
    tmp_path: Path,
    dns_server: DnsTestServer,
    dns_client: DnsClient,
    lang: str,
    spf: str,
    dkim: str,
    dmarc: str,
    none_published: str,
    not_read: str,
    lookups: str,
    no_key: str,
) -> None:
    """「現在のレコード: (公開されていません)」 under 「確認できませんでした」 told the vendor the
    domain has no SPF and no DMARC record, which nobody checked; 「DNS の参照回数 0 回」 read as
    a record that needs no lookups, and a DKIM key never read was 「?、? ビット」."""
    text = _text(_failed_lookups_case(dns_server, dns_client), tmp_path, lang)
    spf_part = _between(text, spf, dkim)
    dkim_part = _between(text, dkim, dmarc)
    dmarc_part = _between(text, dmarc, "10.")
    for part in (spf_part, dmarc_part):
        assert none_published not in part
        assert not_read in part
    assert lookups not in spf_part
    assert no_key not in dkim_part


def test_a_domain_without_records_still_says_none_published(tmp_path: Path) -> None:
    # The example's DMARC lookup answered: there really is no record.
    text = _text(example_case(), tmp_path)
    assert "(公開されていません)" in _between(text, "9.3DMARC", "10.")
    assert "読み取れませんでした" not in text


# -- 1 and 6: an empty start field is "not entered", not "unknown" -------------------------------


def _page_1_only() -> Case:
    """The example as it is after page 1: the timeline names the start, page 5 is empty."""
    case = example_case()
    case.report = ReportDetails()
    return case


@pytest.mark.parametrize(
    ("lang", "entered", "unknown", "see_timeline"),
    [
        ("ja", "送信が始まった日時は未入力", "不明", "3.の時系列を参照"),
        ("en", "whenthesendingbeganhasnotbeenentered", "notknown", "seethetimelinein3."),
    ],
)
def test_the_summary_does_not_call_a_start_left_empty_unknown(
    tmp_path: Path, lang: str, entered: str, unknown: str, see_timeline: str
) -> None:
    """The owner wrote 「迷惑メール大量送信が始まる」 at 2026-11-14 02:13 in the timeline; the
    summary above it said the start was not known."""
    case = _page_1_only()
    summary = _between(_text(case, tmp_path, lang), "1.", "2.")
    assert entered in summary and see_timeline in summary
    assert unknown not in summary

    case.incident.timeline = []
    summary = _between(_text(case, tmp_path, lang), "1.", "2.")
    assert entered in summary and see_timeline not in summary


def test_a_period_with_only_its_end_does_not_call_the_start_unknown(tmp_path: Path) -> None:
    case = example_case()
    case.report.spam_period_start = None
    volume = _between(_text(case, tmp_path), "6.送信量", "7.")
    assert "(開始日時は未入力)" in volume and "不明" not in volume


# -- 5: what was done about each misused account -------------------------------------------------


def test_a_misused_account_shows_its_audit_state_under_the_owners_note(tmp_path: Path) -> None:
    case = example_case()
    text = _text(case, tmp_path)
    section = _between(text, "5.不正利用されたアカウント", "6.送信量")
    assert "パスワードがユーザー名と同じだった。" in section  # the owner's note stays
    assert "8.の一覧:パスワードの確認○合格4/4、変更日2026-11-16" in section

    english = _between(_text(case, tmp_path, "en"), "5.Misusedaccounts", "6.Volume")
    assert "Accountlist(8.):passwordcheck○Passed4/4;passwordchanged2026-11-16" in english


def test_a_misused_account_already_deleted_says_so(tmp_path: Path) -> None:
    case = example_case()
    inventory = case.accounts.inventory
    info = inventory.find("info@example.co.jp")
    assert info is not None
    case.accounts.inventory = inventory.with_account(dataclasses.replace(info, active=False))
    section = _between(_text(case, tmp_path), "5.不正利用されたアカウント", "6.送信量")
    assert "8.の一覧:削除・停止済み" in section


def test_a_misused_account_with_nothing_known_reads_not_entered(tmp_path: Path) -> None:
    """After page 1 only, the account's cell was empty and the suspected cause row was not
    printed at all: the vendor could not tell "nothing done" from "nothing written"."""
    case = _page_1_only()
    case.accounts = AccountsSection()
    section = _between(_text(case, tmp_path), "5.不正利用されたアカウント", "6.送信量")
    assert "info@example.co.jp未入力" in section
    assert "推定される原因未入力" in section
    english = _between(_text(case, tmp_path, "en"), "5.Misusedaccounts", "6.Volume")
    assert "info@example.co.jpNotentered" in english
    assert "SuspectedcauseNotentered" in english


def test_no_misused_account_prints_no_cause_row(tmp_path: Path) -> None:
    case = _page_1_only()
    case.incident.affected_accounts = []
    case.incident.noticed_at = datetime(2026, 11, 16, 9, 40, tzinfo=JST)
    section = _between(_text(case, tmp_path), "5.不正利用されたアカウント", "6.送信量")
    assert "推定される原因" not in section


# -- 11: a number of people written in words is an answer ----------------------------------------


def test_people_written_in_the_note_are_not_called_unanswered(tmp_path: Path) -> None:
    """The example's owner wrote 「アドレス帳に約 300 件」 and left the number empty: the answer
    column said 「未回答」 right next to it."""
    case = example_case()
    rows = _between(_text(case, tmp_path), "影響を受けた可能性のある人数", "要配慮個人情報")
    assert rows == "影響を受けた可能性のある人数補足を参照アドレス帳に約300件"
    english = _between(_text(case, tmp_path, "en"), "Howmanypeople", "Dothedata")
    assert english == "Howmanypeoplecouldbeaffected?Seenotesアドレス帳に約300件"

    case.report.personal_data.people_count_note = ""
    rows = _between(_text(case, tmp_path), "影響を受けた可能性のある人数", "要配慮個人情報")
    assert rows == "影響を受けた可能性のある人数未回答"


# -- 9.1: the same word as the scorecard, and whole sentences ------------------------------------


def test_a_broken_spf_record_is_named_as_the_scorecard_names_it(tmp_path: Path) -> None:
    """The cover said 「レコードに誤り」 and 9.1 「壊れています (permerror)。受信側では無視されます」
    (a second word for the same state, and a sentence without its 。); the lookups cell ended
    its second sentence without 。 too."""
    text = _text(example_case(), tmp_path)
    cover, spf = text[: text.index("1.概要")], _between(text, "9.1SPF", "9.2DKIM")
    assert "レコードに誤り" in cover
    assert "結果レコードに誤りがあり(permerror)、受信側では無視されます" in spf
    assert "壊れています" not in spf
    assert "すべての項目を数えた最大値です。" in spf
