"""Section 8 of the report: the account audit from page 3, verdicts only."""

from __future__ import annotations

from dataclasses import replace
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
    # The scorecard names the still-active former staff account as the accounts problem, as
    # something to do; it is not counted among the passwords not checked.
    assert "退職者1件のアカウントを削除・停止" in text
    assert "不合格2件" in text
    assert "利用中のアカウント5件のパスワードの確認結果:合格2件、不合格2件、未確認1件。" in text
    assert "まだ使える状態の退職者のアカウント(1件)は、パスワードの件数に含めていません" in text
    # tanaka@'s row: no check needed, it is to be deleted.
    assert "退職不要(削除・停止の対象)" in text


def test_deleted_or_disabled_accounts_are_counted_nowhere(tmp_path: Path) -> None:
    case = example_case()
    inventory = case.accounts.inventory
    tanaka = inventory.find("tanaka@example.co.jp")
    assert tanaka is not None
    case.accounts.inventory = inventory.with_account(replace(tanaka, active=False))
    text = _text(case, tmp_path)
    assert "退職者1件のアカウントを削除・停止" not in text
    assert "パスワードの件数に含めていません" not in text
    assert "削除・停止済みのアカウント(1件)は数えていません。" in text
    assert "利用中のアカウント5件のパスワードの確認結果:合格2件、不合格2件、未確認1件。" in text


def test_an_empty_inventory_is_reported_as_not_audited(tmp_path: Path) -> None:
    case = example_case()
    case.accounts = AccountsSection()
    text = _text(case, tmp_path)
    assert "パスワードとメールアカウントの監査はまだ行われていません" in text
