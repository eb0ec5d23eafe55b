"""Section 7 of the report: blacklist results from page 2; a failed check is never "clean"."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest

from app.core.dnsbl_history import BlacklistSection
from app.core.example_case import example_case
from app.core.normalize import JST
from app.core.report.flowables import AreaStatus
from app.core.report.sections.blacklist import score
from tests.report_support import build, page_texts


def _text(case, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    path, _ = build(case, tmp_path)
    return "".join(page_texts(path)).replace("\n", "").replace(" ", "")


def test_listings_changes_and_removal_pages_are_reported(tmp_path: Path) -> None:
    text = _text(example_case(), tmp_path)
    assert "最新の確認での掲載と確認できなかったリスト" in text
    assert "Barracuda" in text and "203.0.113.25" in text
    assert "前回の確認からの変化" in text
    assert "解除" in text
    # Removal pages are printed whole, never broken inside the URL.
    assert "https://www.barracudacentral.org/rbl/removal-request" in text
    assert "このパソコンの設定" in text  # the resolver is named in Japanese
    assert "件のリストに掲載" in text  # the scorecard


def test_the_removal_requests_the_owner_prepared_are_named_with_their_times(
    tmp_path: Path,
) -> None:
    case = example_case()
    section = _section_7(_text(case, tmp_path))
    # The example's owner wrote their own version of the Barracuda request and copied it.
    assert "解除の申請が必要な掲載と、その申請状況" in section
    assert "自動作成の文をご本人が補足・修正(最終変更2026-11-1709:50)" in section
    assert "申請フォーム用にコピー(2026-11-1709:52)" in section
    # The English text itself is the owner's working copy, not part of the Japanese report.
    assert "YamadaShoten" not in section and "Removalrequestfor" not in section


def test_each_listing_says_when_its_removal_was_requested_or_that_it_was_not(
    tmp_path: Path,
) -> None:
    case = example_case()
    section = _section_7(_text(case, tmp_path))
    # Nothing marked as sent yet: every listing that needs a request says so, and the old
    # "whether it was sent is not recorded" is gone.
    assert "送信したかどうかは記録されません" not in section
    table = section[section.index("分かりません):") :]
    assert "Barracuda(BRBL)203.0.113.25未申請" in table
    assert "SpamhausZEN203.0.113.25未申請" in table
    assert "申請日" not in table

    # The owner marked Barracuda as sent on page 2 (with the list's ticket number), and PSBL,
    # whose listing ended at the latest check.
    case.blacklist.mark_sent("barracuda", "203.0.113.25", date(2026, 11, 18), "BR-4471", _AT)
    case.blacklist.mark_sent("psbl", "203.0.113.25", date(2026, 11, 16), "", _AT)
    section = _section_7(_text(case, tmp_path))
    table = section[section.index("分かりません):") :]
    assert "Barracuda(BRBL)203.0.113.25申請日2026-11-18メモ:BR-4471" in table
    assert "SpamhausZEN203.0.113.25未申請" in table  # the other listings that need a request
    assert "PSBL203.0.113.25申請済み11/16解除" in section  # 7.2: requested, then delisted

    english = _section_7_en(case, tmp_path)
    assert "Requestedon2026-11-18" in english and "Notrequested" in english
    assert "requested11/16delisted" in english


_AT = datetime(2026, 11, 18, 10, 0, tzinfo=JST)


def _section_7_en(case, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    path, _ = build(case, tmp_path, lang="en")
    text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
    start = text.rindex("7.Blacklistlistings")
    return text[start : text.index("8.Passwordandaccount", start)]


def _section_7(text: str) -> str:
    return text[text.index("7.ブラックリスト掲載状況") : text.index("8.パスワード")]


def test_a_run_where_nothing_could_be_tested_is_not_reported_as_clean(tmp_path: Path) -> None:
    case = example_case()
    run = case.blacklist.latest()
    assert run is not None
    untested = [
        dataclasses.replace(r, status="not_tested", reason="resolver_blocked") for r in run.results
    ]
    case.blacklist = BlacklistSection(
        targets=case.blacklist.targets, runs=[dataclasses.replace(run, results=untested)]
    )
    text = _text(case, tmp_path)
    assert "どのリストも確認できず" in text
    assert "掲載なし(" not in text
    assert "確認できず:DNSサーバがブロック" in text
    # 「未確認」 means "not run yet" in this report (its legend says so), never "could not be
    # checked".
    section = text[text.index("7.ブラックリスト掲載状況") : text.index("8.パスワード")]
    assert "未確認" not in section


def test_no_run_means_not_checked(tmp_path: Path) -> None:
    case = example_case()
    case.blacklist = BlacklistSection()
    text = _text(case, tmp_path)
    assert "ブラックリストの確認はまだ行われていません" in text


def test_a_skipped_check_says_why(tmp_path: Path) -> None:
    case = example_case()
    case.blacklist = BlacklistSection(skipped_reason="ベンダーがすでに確認済みのため")
    text = _text(case, tmp_path)
    assert "確認を省略した理由" in text
    assert "ベンダーがすでに確認済みのため" in text


# -- what may be called a clean result -----------------------------------------------------------


def _case_with_results(statuses: list[str]):  # type: ignore[no-untyped-def]
    """The example case whose latest run checked one target (the example's first) and got
    `statuses` from as many lists."""
    case = example_case()
    run = case.blacklist.latest()
    assert run is not None
    template = run.results[0]
    results = [
        dataclasses.replace(template, status=s, reason=None, codes=[], list_id=f"l{i}")
        for i, s in enumerate(statuses)
    ]
    targets = [t for t in run.targets if t.value == template.target]
    case.blacklist = BlacklistSection(
        targets=case.blacklist.targets,
        runs=[dataclasses.replace(run, targets=targets, results=results)],
    )
    return case


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], AreaStatus.FAILED),
        (["unsupported", "unsupported"], AreaStatus.FAILED),
        (["not_tested", "unsupported"], AreaStatus.FAILED),
        (["future_status"], AreaStatus.FAILED),
        (["not_listed", "future_status"], AreaStatus.WARNING),
        (["not_listed", "not_tested"], AreaStatus.WARNING),
        (["not_listed", "policy"], AreaStatus.WARNING),
        (["not_listed", "unsupported"], AreaStatus.OK),
        (["not_listed", "listed", "future_status"], AreaStatus.PROBLEM),
    ],
)
def test_ok_needs_a_not_listed_answer_and_nothing_else(
    statuses: list[str], expected: AreaStatus
) -> None:
    assert score(_case_with_results(statuses)).status is expected


def test_ok_needs_a_not_listed_answer_for_every_target() -> None:
    # The example's run checked a domain and an IP address.
    case = example_case()
    run = case.blacklist.latest()
    assert run is not None
    assert {t.kind for t in run.targets} == {"domain", "ip"}
    domain = next(t.value for t in run.targets if t.kind == "domain")
    ip = next(t.value for t in run.targets if t.kind == "ip")
    template = run.results[0]

    def result(target: str, kind: str, status: str, list_id: str):  # type: ignore[no-untyped-def]
        return dataclasses.replace(
            template,
            target=target,
            target_kind=kind,
            status=status,
            reason=None,
            codes=[],
            list_id=list_id,
        )

    both = [result(domain, "domain", "not_listed", "d1"), result(ip, "ip", "not_listed", "i1")]
    # The IP address only met lists that cannot check it (an IPv6 address, say).
    ip_unsupported = [
        result(domain, "domain", "not_listed", "d1"),
        result(ip, "ip", "unsupported", "i1"),
    ]
    # No result at all for the IP address.
    ip_missing = [result(domain, "domain", "not_listed", "d1")]
    expected = {
        "both": AreaStatus.OK,
        "ip_unsupported": AreaStatus.WARNING,
        "ip_missing": AreaStatus.WARNING,
    }
    for name, results in {
        "both": both,
        "ip_unsupported": ip_unsupported,
        "ip_missing": ip_missing,
    }.items():
        case.blacklist = BlacklistSection(runs=[dataclasses.replace(run, results=results)])
        item = score(case)
        assert item.status is expected[name], name
        if expected[name] is AreaStatus.WARNING:
            assert "not checked by any list" in item.detail.render("en")


def test_an_unknown_status_is_printed_as_not_tested(tmp_path: Path) -> None:
    case = _case_with_results(["not_listed", "future_status"])
    text = _text(case, tmp_path)  # used to raise ValueError
    assert "future_status" in text
    assert "不明な結果" in text
    assert "確認できずとして扱います" in text


def test_a_run_with_no_results_is_not_reported_as_clean(tmp_path: Path) -> None:
    text = _text(_case_with_results([]), tmp_path)
    assert "どのリストも確認できず" in text
    assert "掲載なし(" not in text


def test_a_run_for_another_domain_is_not_a_result_for_the_current_one(tmp_path: Path) -> None:
    case = example_case()
    case.organisation.domain = case.organisation.domain_ascii = "example-shop.jp"
    item = score(case)
    assert item.status is AreaStatus.NOT_CHECKED
    assert "example.co.jp" in item.detail.render("en")
    assert "another domain" in item.detail.render("en")
    text = _text(case, tmp_path)
    assert "example-shop.jp" in text
    assert "確認し直す必要があります" in text
    # A run that checked addresses only is never "for another domain".
    run = case.blacklist.latest()
    assert run is not None
    ip_only = dataclasses.replace(
        run,
        targets=[t for t in run.targets if t.kind == "ip"],
        results=[r for r in run.results if r.target_kind == "ip"],
    )
    case.blacklist = BlacklistSection(runs=[ip_only])
    assert score(case).status is not AreaStatus.NOT_CHECKED
    # Spelling differences (case, a final dot) are the same domain.
    case = example_case()
    case.organisation.domain = "EXAMPLE.co.jp."
    assert score(case).status is not AreaStatus.NOT_CHECKED


def test_unicode_and_a_label_forms_of_one_domain_match() -> None:
    case = example_case()
    run = case.blacklist.latest()
    assert run is not None
    # The run stored only the A-label form; the case only the Unicode form.
    targets = [
        dataclasses.replace(t, value="xn--r8jz45g.jp", display="") if t.kind == "domain" else t
        for t in run.targets
    ]
    case.blacklist = BlacklistSection(runs=[dataclasses.replace(run, targets=targets)])
    case.organisation.domain = "例え.jp"
    case.organisation.domain_ascii = ""
    assert score(case).status is not AreaStatus.NOT_CHECKED
    case.organisation.domain = "別の例.jp"
    assert score(case).status is AreaStatus.NOT_CHECKED


# -- a run of addresses only: the addresses are checked, the domain is not --------------------


def _addresses_only(case, statuses: list[str] | None = None):  # type: ignore[no-untyped-def]
    """`case` whose latest run checked its IP address only (the owner removed the domain row);
    with `statuses`, the address got those answers from as many lists."""
    run = case.blacklist.latest()
    assert run is not None
    results = [r for r in run.results if r.target_kind == "ip"]
    if statuses is not None:
        results = [
            dataclasses.replace(results[0], status=s, reason=None, codes=[], list_id=f"l{i}")
            for i, s in enumerate(statuses)
        ]
    ip_only = dataclasses.replace(
        run, targets=[t for t in run.targets if t.kind == "ip"], results=results
    )
    case.blacklist = BlacklistSection(runs=[*case.blacklist.runs[:-1], ip_only])
    return case


@pytest.mark.parametrize(
    ("statuses", "expected", "gap"),
    [
        (None, AreaStatus.PROBLEM, "Domain example.co.jp not checked"),  # the example's listings
        (["not_listed"], AreaStatus.WARNING, "Domain example.co.jp not checked"),
        (
            ["not_listed", "not_tested"],
            AreaStatus.WARNING,
            "Domain example.co.jp not checked; 1 could not be checked",
        ),
        (["not_tested"], AreaStatus.FAILED, None),
    ],
)
def test_a_run_of_addresses_only_never_claims_the_domain(
    statuses: list[str] | None, expected: AreaStatus, gap: str | None
) -> None:
    from app.core.report_review import Coverage, review_case

    case = _addresses_only(example_case(), statuses)
    item = score(case)
    assert item.status is expected
    assert (item.gap.render("en") if item.gap is not None else None) == gap
    if expected is AreaStatus.WARNING:
        assert item.detail == item.gap  # the scorecard line itself names the domain
    review = next(i for i in review_case(case) if i.key == "blacklist")
    if gap is not None:
        # The review lists the section as partly done, with the same words, and sends the
        # owner back to page 2.
        assert review.coverage is Coverage.PARTLY
        assert [f.page for f in review.fixes] == ["blacklist"]
        assert "ドメイン example.co.jp は未確認" in review.notes[0].render("ja")


def test_the_section_says_the_domain_was_left_out_and_why(tmp_path: Path) -> None:
    case = _addresses_only(example_case(), ["not_listed"])
    case.blacklist.skipped_reason = "ドメインはホームページの会社が確認済み"
    text = _text(case, tmp_path)
    assert (
        "この確認はIPアドレスだけを対象にしており、ドメインexample.co.jpは含まれていません" in text
    )
    assert "ドメインを確認しなかった理由ドメインはホームページの会社が確認済み" in text
    assert "確認を省略した理由" not in text
    assert "ドメインexample.co.jpは未確認" in text  # the scorecard
    assert "掲載なし(" not in text  # never the clean word


def test_an_earlier_reason_is_not_printed_once_a_run_covers_the_domain(tmp_path: Path) -> None:
    case = example_case()
    case.blacklist.skipped_reason = "ドメインはホームページの会社が確認済み"
    text = _text(case, tmp_path)
    assert "ドメインはホームページの会社が確認済み" not in text
    assert "ドメインを確認しなかった理由" not in text and "確認を省略した理由" not in text


def test_english_wording_of_runs_counts_and_change_headers(tmp_path: Path) -> None:
    case = example_case()
    path, _ = build(case, tmp_path, name="en.pdf", lang="en")
    text = "".join(page_texts(path))
    assert "1 policy listings" not in text
    assert "DNS server: this computer's setting" in text
    assert "DNS server this computer" not in text
    # The times of the two compared checks sit on their own line under the column headers.
    assert "Previous\n(2026-11-17 09:15)" in text or "Previous \n(2026-11-17 09:15)" in text
    ja_path, _ = build(case, tmp_path, name="ja.pdf")
    assert "前回\n(2026-11-17 09:15)" in "".join(page_texts(ja_path))


def test_a_listing_on_a_list_not_asked_before_says_so_in_7_2(tmp_path: Path) -> None:
    case = example_case()
    previous, latest = case.blacklist.previous(), case.blacklist.latest()
    assert previous is not None and latest is not None
    zen = [r for r in latest.results if r.list_id == "spamhaus-zen"]
    assert zen and zen[0].status == "listed"
    # Spamhaus was not on the previous check's list at all (e.g. added to the lists since).
    previous.results = [r for r in previous.results if r.list_id != "spamhaus-zen"]
    section = _section_7(_text(case, tmp_path))
    changes = section[section.index("前回の確認からの変化") :]
    assert "前回の確認に含まれず" in changes and "確認なし" not in changes
    # 「対象外」 is the run lines' word for a list that does not handle the target's kind.
    assert "対象外" not in changes
    path, _ = build(case, tmp_path, name="en.pdf", lang="en")
    english = " ".join("".join(page_texts(path)).split())
    assert "not in the previous check" in english


def test_removal_pages_keep_each_list_name_on_one_line(tmp_path: Path) -> None:
    # The label column was 38 mm: 「UCEPROTECT Level」 on one line and 「1」 on the next.
    path, _ = build(example_case(), tmp_path)
    lines = [line.strip() for page in page_texts(path) for line in page.splitlines()]
    start = lines.index("解除の申請先")
    block = lines[start : start + 12]
    assert "UCEPROTECT Level 1" in block and "UCEPROTECT Level 3" in block, block
    assert "1" not in block and "3" not in block, block


def test_the_cover_shows_lists_not_tested_next_to_the_listings(tmp_path: Path) -> None:
    # With a listing the card said only 「4 件のリストに掲載」: the lists that could not be
    # asked were missing from the cover although the check left them open.
    case = example_case()
    run = case.blacklist.latest()
    assert run is not None
    clean = [i for i, r in enumerate(run.results) if r.status == "not_listed"][:3]
    results = [
        dataclasses.replace(r, status="not_tested", reason="timeout") if i in clean else r
        for i, r in enumerate(run.results)
    ]
    case.blacklist = BlacklistSection(
        targets=case.blacklist.targets,
        runs=[*case.blacklist.runs[:-1], dataclasses.replace(run, results=results)],
    )
    path, _ = build(case, tmp_path)
    cover = page_texts(path)[0].replace("\n", "").replace(" ", "")
    assert "4件のリストに掲載" in cover
    assert "確認できず3件" in cover
    # The passwords card: two failed and one account not checked.
    assert "不合格2件" in cover and "未確認1件" in cover


def test_run_lines_read_without_parentheses_inside_parentheses(tmp_path: Path) -> None:
    # 「… 09:15 (JST) (DNS サーバ: このパソコンの設定 (192.0.2.53)): 掲載 7 件」 nested three
    # pairs of parentheses and closed with 「)):」.
    path, _ = build(example_case(), tmp_path)
    text = " ".join(" ".join(page_texts(path)).split())
    assert (
        "2026年11月17日 09:15 (JST)、DNS サーバ: このパソコンの設定 (192.0.2.53)。掲載 7 件、"
        in text
    )
    assert ")):" not in text
    # The notes after the counts follow 「。」 directly, without a half-width space.
    case = example_case()
    case.blacklist.runs[-1] = dataclasses.replace(case.blacklist.runs[-1], dqs=True, rewriting=True)
    path, _ = build(case, tmp_path, name="dqs.pdf")
    text = "".join(" ".join(page_texts(path)).split())
    assert "対象外0件。SpamhausにはDQSキー" in text.replace(" ", "")
    raw = " ".join(" ".join(page_texts(path)).split())
    assert "件。 Spamhaus" not in raw and "。 DNS サーバが一部" not in raw
