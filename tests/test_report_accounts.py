"""Section 8 of the report: the account audit from page 3, verdicts only."""

from __future__ import annotations

from pathlib import Path

from app.core.accounts import AccountsSection
from app.core.example_case import example_case
from tests.report_support import build, page_texts


def _text(case, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    path, _ = build(case, tmp_path)
    return "".join(page_texts(path)).replace("\n", "").replace(" ", "")


def test_the_audit_table_lists_every_account_with_its_verdict(tmp_path: Path) -> None:
    text = _text(example_case(), tmp_path)
    for address in ("tanaka@example.co.jp", "recruit@example.co.jp", "info@example.co.jp"):
        assert address in text
    assert "アカウントは全部で6件です" in text
    assert "不合格:短すぎる" in text
    assert "退職者・利用者不明のアカウント" in text
    # The scorecard names the still-active former staff account as the accounts problem.
    assert "退職者1件が有効のまま" in text
    assert "不合格2件" in text


def test_an_empty_inventory_is_reported_as_not_audited(tmp_path: Path) -> None:
    case = example_case()
    case.accounts = AccountsSection()
    text = _text(case, tmp_path)
    assert "パスワードとメールアカウントの監査はまだ行われていません" in text
