"""Section 7 of the report: blacklist results from page 2; a failed check is never "clean"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.core.dnsbl_history import BlacklistSection
from app.core.example_case import example_case
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
    assert "未確認:DNSサーバがブロック" in text


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
