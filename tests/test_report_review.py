"""Page 5's core: the review of the case, PDF file names, freshness, writing, evidence progress."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.core.accounts import Account
from app.core.case import Case, case_from_dict, case_to_dict, load_case, save_case
from app.core.dmarc import DmarcStatus
from app.core.errors import InputError
from app.core.example_case import example_case
from app.core.report.flowables import AreaStatus, ScoreItem
from app.core.report.sections import blacklist, sender_auth
from app.core.report_details import CreatedReport, HashCancelled, Vendor, hash_evidence
from app.core.report_review import (
    Coverage,
    content_fingerprint,
    review_case,
    suggested_report_name,
    with_pdf_suffix,
    write_report,
)


def _by_key(case: Case) -> dict[str, object]:
    return {item.key: item for item in review_case(case)}


def test_review_follows_the_report_sections_in_print_order() -> None:
    numbers = [item.number for item in review_case(Case())]
    assert numbers == [f"{n}." for n in range(1, 14)]


def test_an_empty_case_is_missing_everywhere_with_a_place_to_fix_it() -> None:
    for item in review_case(Case()):
        assert item.coverage is Coverage.MISSING, item.key
        assert item.fixes, item.key
    items = _by_key(Case())
    contact = items["contact"]
    pages = {(fix.page, fix.tab) for fix in contact.fixes}  # type: ignore[attr-defined]
    assert pages == {("situation", ""), ("report", "vendor")}
    assert [f.page for f in items["blacklist"].fixes] == ["blacklist"]  # type: ignore[attr-defined]


def test_the_example_case_is_filled_except_one_privacy_answer_and_the_audit() -> None:
    items = _by_key(example_case())
    coverage = {key: item.coverage for key, item in items.items()}  # type: ignore[attr-defined]
    assert coverage["privacy"] is Coverage.PARTLY
    # Two of the example's accounts have no password check and two no clear owner.
    assert coverage["audit"] is Coverage.PARTLY
    filled = {k for k, v in coverage.items() if v is Coverage.FILLED}
    assert filled == {
        "summary",
        "discovery",
        "timeline",
        "system",
        "accounts",
        "volume",
        "blacklist",
        "sender_auth",
        "actions",
        "open",
        "contact",
    }
    (fix,) = items["privacy"].fixes  # type: ignore[attr-defined]
    assert (fix.page, fix.tab) == ("report", "privacy")
    assert fix.missing[0].render("ja") == "未回答 1 問 (全 7 問)"
    notes = [n.render("ja") for n in items["audit"].notes]  # type: ignore[attr-defined]
    # The account audit of page 3 is in the example: its scorecard states reach the review,
    # with what is still open. Of the two accounts without a check, tanaka@ belongs to someone
    # who left: it is to be deleted, not checked, so only old-shop@ is still open.
    assert notes == [
        "パスワード: 要対応 (残り: 未確認 1 件)",
        "アカウント: 要対応 (残り: 要確認 2 件)",
    ]


def test_a_partly_filled_section_lists_only_what_is_missing() -> None:
    case = Case()
    case.report.vendor = Vendor(name="株式会社セキュア相談室")
    contact = _by_key(case)["contact"]
    assert contact.coverage is Coverage.PARTLY  # type: ignore[attr-defined]
    missing = {
        m.render("ja")
        for fix in contact.fixes  # type: ignore[attr-defined]
        for m in fix.missing
    }
    assert "依頼先" not in missing
    assert {"依頼の種類", "お願いしたいこと", "会社名"} <= missing


def test_check_sections_follow_the_report_scorecard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        blacklist,
        "score",
        lambda case: ScoreItem(blacklist.AREA, AreaStatus.PROBLEM, blacklist.AREA),
    )
    item = _by_key(Case())["blacklist"]
    assert item.coverage is Coverage.FILLED  # type: ignore[attr-defined]
    assert item.fixes == ()  # type: ignore[attr-defined]
    monkeypatch.setattr(
        blacklist,
        "score",
        lambda case: ScoreItem(blacklist.AREA, AreaStatus.FAILED, blacklist.AREA),
    )
    assert _by_key(Case())["blacklist"].coverage is Coverage.MISSING  # type: ignore[attr-defined]


def test_a_section_the_review_cannot_read_counts_as_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(case: Case) -> ScoreItem:
        raise AttributeError("a newer blacklist model")

    monkeypatch.setattr(blacklist, "score", broken)
    item = _by_key(Case())["blacklist"]
    assert item.coverage is Coverage.MISSING  # type: ignore[attr-defined]
    assert "読み取れません" in item.notes[0].render("ja")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("company", "domain", "lang", "expected"),
    [
        ("株式会社やまだ商店", "", "ja", "インシデント報告書_株式会社やまだ商店_2026-11-18.pdf"),
        ("A/B:C*社 <本店>", "", "ja", "インシデント報告書_ABC社_本店_2026-11-18.pdf"),
        ("", "example.co.jp", "ja", "インシデント報告書_example.co.jp_2026-11-18.pdf"),
        ("", "", "ja", "インシデント報告書_2026-11-18.pdf"),
        ("やまだ商店", "", "en", "Incident-report_やまだ商店_2026-11-18.pdf"),
        ("..\\..\\etc", "", "ja", "インシデント報告書_etc_2026-11-18.pdf"),
    ],
)
def test_suggested_report_names_are_safe(
    company: str, domain: str, lang: str, expected: str
) -> None:
    case = Case()
    case.organisation.company = company
    case.organisation.domain = domain
    assert suggested_report_name(case, lang, date(2026, 11, 18)) == expected


def test_pdf_suffix_is_added_once() -> None:
    assert with_pdf_suffix(Path("/x/報告書")) == Path("/x/報告書.pdf")
    assert with_pdf_suffix(Path("/x/a.PDF")) == Path("/x/a.PDF")
    assert with_pdf_suffix(Path("/x/v1.2")) == Path("/x/v1.2.pdf")


def test_fingerprint_ignores_save_time_and_the_pdf_record_but_not_content() -> None:
    case = example_case()
    before = content_fingerprint(case)
    case.updated_at = case.updated_at.replace(year=2027)
    case.report.last_pdf = CreatedReport(path="/tmp/x.pdf", pages=3, fingerprint=before)
    assert content_fingerprint(case) == before
    case.report.vendor.name = "別の会社"
    assert content_fingerprint(case) != before


def test_write_report_records_what_was_written(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "報告書.pdf"
    info, record = write_report(case, path, lang="en")
    assert path.read_bytes().startswith(b"%PDF-")
    assert record.path == str(path)
    assert record.pages == info.pages and record.size_bytes == path.stat().st_size
    assert record.lang == "en"
    assert record.fingerprint == content_fingerprint(case)


def test_write_report_explains_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        write_report(example_case(), tmp_path / "missing-folder" / "r.pdf")
    text = caught.value.message.render("ja")
    assert "「r.pdf」として保存できませんでした" in text


def test_a_case_saved_before_last_pdf_existed_still_opens(tmp_path: Path) -> None:
    data = case_to_dict(example_case())
    del data["report"]["last_pdf"]
    case = case_from_dict(data)
    assert case.report.last_pdf is None
    case.report.last_pdf = CreatedReport(path="r.pdf", pages=7, fingerprint="abc")
    save_case(case, tmp_path / "c.mamori.json")
    assert load_case(tmp_path / "c.mamori.json").report.last_pdf == case.report.last_pdf


def test_hash_evidence_reports_progress_up_to_the_whole_file(tmp_path: Path) -> None:
    data = bytes(range(256)) * 12_000  # about 3 MB: several chunks
    path = tmp_path / "maillog"
    path.write_bytes(data)
    seen: list[tuple[int, int]] = []
    item = hash_evidence(path, progress=lambda done, total: seen.append((done, total)))
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert len(seen) >= 3
    assert seen[-1] == (len(data), len(data))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_hash_evidence_stops_when_cancelled_and_gives_no_value(tmp_path: Path) -> None:
    path = tmp_path / "big.log"
    path.write_bytes(b"x" * 3_000_000)
    cancel = threading.Event()

    def stop_after_first(done: int, total: int) -> None:
        cancel.set()

    with pytest.raises(HashCancelled):
        hash_evidence(path, progress=stop_after_first, cancel=cancel)


def test_review_items_compare_equal_for_the_same_case() -> None:
    # The page re-renders the review only when it changed.
    assert review_case(example_case()) == review_case(example_case())
    changed = example_case()
    changed.report = replace(changed.report, questions=[])
    assert review_case(changed) != review_case(example_case())


# -- a check that left parts open is "partly", whatever its worst result ----------------------


def _blacklist_statuses(case: Case, statuses: list[str]) -> None:
    """The latest run answered `statuses` for its first target (the only target kept)."""
    import dataclasses

    from app.core.dnsbl_history import BlacklistSection

    run = case.blacklist.latest()
    assert run is not None
    template = run.results[0]
    results = [
        dataclasses.replace(template, status=s, reason=None, codes=[], list_id=f"l{i}")
        for i, s in enumerate(statuses)
    ]
    targets = [t for t in run.targets if t.value == template.target]
    case.blacklist = BlacklistSection(
        runs=[dataclasses.replace(run, targets=targets, results=results)]
    )


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["not_listed", "not_listed"], Coverage.FILLED),
        (["not_listed", "policy"], Coverage.FILLED),  # a warning, but a complete check
        (["not_listed", "not_tested"], Coverage.PARTLY),
        (["listed", "not_tested"], Coverage.PARTLY),
        (["not_tested", "not_tested"], Coverage.MISSING),
    ],
)
def test_a_blacklist_run_with_untested_lists_is_partly_checked(
    statuses: list[str], expected: Coverage
) -> None:
    case = example_case()
    _blacklist_statuses(case, statuses)
    item = _by_key(case)["blacklist"]
    assert item.coverage is expected  # type: ignore[attr-defined]
    if expected is Coverage.PARTLY:
        assert [f.page for f in item.fixes] == ["blacklist"]  # type: ignore[attr-defined]
        # The review says what is still open, not only the scorecard's word.
        note = item.notes[0].render("ja")  # type: ignore[attr-defined]
        assert "確認できず 1 件" in note


def test_accounts_with_unchecked_passwords_or_unclear_owners_are_partly_checked() -> None:
    from app.core.accounts import AccountInventory, AccountStatus

    case = example_case()
    section = case.accounts
    verdict = next(
        a.verdict
        for a in section.inventory.accounts
        if a.verdict is not None and a.verdict.acceptable
    )
    clean = tuple(
        replace(a, status=AccountStatus.IN_SERVICE, owner=a.owner or "山田 太郎", verdict=verdict)
        for a in section.inventory.accounts
    )

    def audit(accounts: tuple[Account, ...]) -> object:
        case.accounts = replace(section, inventory=AccountInventory(accounts))
        return _by_key(case)["audit"]

    assert audit(clean).coverage is Coverage.FILLED  # type: ignore[attr-defined]
    # One password not checked yet: the scorecard says WARNING, the review "partly".
    item = audit((replace(clean[0], verdict=None), *clean[1:]))
    assert item.coverage is Coverage.PARTLY  # type: ignore[attr-defined]
    assert "未確認 1 件" in item.notes[0].render("ja")  # type: ignore[attr-defined]
    # An owner still to clarify.
    item = audit((replace(clean[0], status=AccountStatus.UNKNOWN), *clean[1:]))
    assert item.coverage is Coverage.PARTLY  # type: ignore[attr-defined]
    assert "要確認 1 件" in item.notes[1].render("ja")  # type: ignore[attr-defined]


def test_former_staff_accounts_are_an_action_item_not_unchecked_passwords() -> None:
    from app.core.accounts import AccountInventory, AccountStatus
    from app.core.report.sections import accounts

    case = example_case()
    section = case.accounts
    verdict = next(
        a.verdict
        for a in section.inventory.accounts
        if a.verdict is not None and a.verdict.acceptable
    )
    staff = (
        Account("yamada@example.co.jp", "山田 太郎", AccountStatus.IN_SERVICE, verdict=verdict),
        Account("info@example.co.jp", "山田 太郎", AccountStatus.SHARED, verdict=verdict),
    )
    still_active = Account("tanaka@example.co.jp", "田中 一郎", AccountStatus.DEPARTED)
    gone = Account("ito@example.co.jp", "伊藤", AccountStatus.DEPARTED, active=False)

    def with_accounts(*extra: Account) -> Case:
        case.accounts = replace(section, inventory=AccountInventory((*staff, *extra)))
        return case

    # A former employee's account that still works, never checked: the passwords of the
    # accounts in use are all fine; the account itself is the thing to do.
    case = with_accounts(still_active, gone)
    password = accounts.password_score(case)
    assert password.status is AreaStatus.OK and password.gap is None
    assert password.detail.render("ja") == "2 件すべて合格"
    account = accounts.account_score(case)
    assert account.status is AreaStatus.PROBLEM and account.gap is None
    assert account.detail.render("ja") == "退職者 1 件のアカウントを削除・停止"
    assert account.detail.render("en") == "Delete or disable the accounts of former staff (1)"
    # The review: the audit is complete, and it says what it found, not "not checked".
    item = _by_key(case)["audit"]
    assert item.coverage is Coverage.FILLED  # type: ignore[attr-defined]
    notes = [n.render("ja") for n in item.notes]  # type: ignore[attr-defined]
    assert notes == ["パスワード: 問題なし", "アカウント: 要対応"]
    assert "未確認" not in " ".join(notes)
    # Even a weak password on it is beside the point: the account is to go.
    weak = replace(verdict, acceptable=False, score=0, failed=("equals_username",))
    case = with_accounts(replace(still_active, verdict=weak))
    assert accounts.password_score(case).status is AreaStatus.OK
    # Deleted or disabled: it counts nowhere.
    case = with_accounts(gone)
    assert accounts.account_score(case).status is AreaStatus.OK
    assert accounts.password_score(case).detail.render("en") == "All 2 passed"
    # With nothing left but former staff's accounts, no password is left to judge.
    case.accounts = replace(section, inventory=AccountInventory((still_active, gone)))
    assert accounts.password_score(case).detail.render("en") == "No account in use"
    assert accounts.account_score(case).status is AreaStatus.PROBLEM


def test_a_complete_check_with_a_weak_result_stays_filled() -> None:
    case = example_case()
    dmarc = case.sender_auth.dmarc
    assert dmarc is not None
    case.sender_auth.dmarc = replace(dmarc, status=DmarcStatus.VALID, policy="none")
    assert sender_auth.dmarc_score(case).status is AreaStatus.WARNING
    assert _by_key(case)["sender_auth"].coverage is Coverage.FILLED  # type: ignore[attr-defined]


# -- what a check found is told apart from whether it is complete -----------------------------


def test_the_example_checks_are_complete_and_say_they_found_something() -> None:
    items = _by_key(example_case())
    for key in ("blacklist", "sender_auth"):
        item = items[key]
        assert item.coverage is Coverage.FILLED, key  # type: ignore[attr-defined]
        # Listed on lists / SPF error: complete, but not a clean result.
        assert item.finding is AreaStatus.PROBLEM, key  # type: ignore[attr-defined]
    # Sections that are not checks never carry a finding.
    assert items["summary"].finding is None  # type: ignore[attr-defined]
    assert all(item.finding is None for item in review_case(Case()))


@pytest.mark.parametrize(
    ("statuses", "coverage", "finding"),
    [
        (["not_listed", "not_listed"], Coverage.FILLED, None),
        (["not_listed", "policy"], Coverage.FILLED, AreaStatus.WARNING),
        (["listed", "not_listed"], Coverage.FILLED, AreaStatus.PROBLEM),
        # A gap stays a gap; what was found is kept beside it.
        (["listed", "not_tested"], Coverage.PARTLY, AreaStatus.PROBLEM),
        (["not_tested", "not_tested"], Coverage.MISSING, None),
    ],
)
def test_a_blacklist_finding_is_kept_beside_its_coverage(
    statuses: list[str], coverage: Coverage, finding: AreaStatus | None
) -> None:
    case = example_case()
    _blacklist_statuses(case, statuses)
    item = _by_key(case)["blacklist"]
    assert item.coverage is coverage  # type: ignore[attr-defined]
    assert item.finding is finding  # type: ignore[attr-defined]


def test_the_worst_finding_of_two_areas_counts() -> None:
    case = example_case()
    dmarc = case.sender_auth.dmarc
    assert dmarc is not None
    case.sender_auth.dmarc = replace(dmarc, status=DmarcStatus.VALID, policy="none")
    assert sender_auth.dmarc_score(case).status is AreaStatus.WARNING
    assert sender_auth.spf_score(case).status is AreaStatus.PROBLEM
    assert _by_key(case)["sender_auth"].finding is AreaStatus.PROBLEM  # type: ignore[attr-defined]


# -- the privacy answers say how many are still unanswered, unmistakably ----------------------


def _privacy_missing(case: Case, lang: str) -> list[str]:
    item = _by_key(case)["privacy"]
    return [m.render(lang) for fix in item.fixes for m in fix.missing]  # type: ignore[attr-defined]


def test_unanswered_privacy_questions_are_counted_as_unanswered() -> None:
    from app.core.report_details import Answer, ImpactAnswer

    # None answered: all seven are open ("7 問中 7 問の回答" read as "all answered").
    assert _privacy_missing(Case(), "ja")[0] == "未回答 7 問 (全 7 問)"
    assert _privacy_missing(Case(), "en")[0] == "7 of 7 questions unanswered"
    # Some answered.
    case = example_case()
    assert _privacy_missing(case, "ja") == ["未回答 1 問 (全 7 問)"]
    assert _privacy_missing(case, "en") == ["1 of 7 questions unanswered"]
    # All answered: nothing about the questions is listed.
    impact = case.report.personal_data
    for name in (
        "in_mailbox",
        "could_be_read",
        "sensitive",
        "secondary_damage",
        "notified",
        "published",
        "reported_to_ppc",
    ):
        setattr(impact, name, ImpactAnswer(Answer.NO))
    assert _privacy_missing(case, "ja") == []
    assert _by_key(case)["privacy"].coverage is Coverage.FILLED  # type: ignore[attr-defined]


def test_a_save_that_fails_for_another_reason_does_not_say_to_close_a_program(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "report.pdf"
    folder.mkdir()  # a folder of that name: closing programs would not help
    with pytest.raises(InputError) as caught:
        write_report(example_case(), folder, lang="ja")
    text = caught.value.message.render("en")
    assert "could not be saved as “report.pdf”" in text
    assert "close it" not in text and "Choose another folder or name" in text
