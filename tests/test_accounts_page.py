"""Page 3 パスワードとアカウント, driven like a user would: the list, CSV files, the password check,
the generator and the clipboard. Test passwords never reach assertion output (password_helpers)."""

from __future__ import annotations

import re
import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
    QWizard,
)

from app.core.accounts_csv import import_csv
from app.core.case import load_case
from app.core.example_case import example_case
from app.core.normalize import JST
from app.ui.secret_clipboard import KDE_PASSWORD_HINT, WINDOWS_PRIVACY_FORMATS, secret_mime_data
from app.ui.widgets.status_icons import StatusKind
from tests.password_helpers import assert_secret_absent, assert_secret_equal
from tests.test_wizard_shell import _click_in_next_message_box, type_text

ONLY_THIS_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)

STRONG = "Kx7-mQ2!vR9_pL4?wT"  # random-looking, 18 characters, all four kinds
OTHER_STRONG = "Tz4!nB8-qW3_hJ6?rV"


def open_accounts_page(qtbot, wizard):  # type: ignore[no-untyped-def]
    """The example case, then Next until page 3 (as a user continuing a saved case would)."""
    wizard.case = example_case()
    wizard.load_into_pages()
    page = wizard.page_by_key("accounts")
    while wizard.currentPage() is not page:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, "could not reach the accounts page"
    return page


def select(page, address: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).text() == address:
            # This row only, whatever modifier key an earlier test's key click left
            # pressed (the list takes several rows with Ctrl or Shift).
            page.table.setCurrentCell(row, 0, ONLY_THIS_ROW)
            assert page.selected_address() == address
            return
    raise AssertionError(f"{address} not in the table")


def table_addresses(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def wait_for_verdict(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.current_verdict() is not None, timeout=10_000)
    return page.current_verdict()


def test_the_example_inventory_is_shown_with_verdicts_as_icon_and_text(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    assert page.title() == "パスワードとアカウント"
    assert table_addresses(page) == [
        "info@example.co.jp",
        "yamada@example.co.jp",
        "sato@example.co.jp",
        "tanaka@example.co.jp",
        "recruit@example.co.jp",
        "old-shop@example.co.jp",
    ]
    verdicts = [page.table.item(r, 5) for r in range(6)]
    assert verdicts[0].text() == "合格 (強い)"
    assert verdicts[2].text() == "不合格: 短すぎる ほか 1 件"
    # The most telling rule is named first: recruit@'s password was its own user name.
    assert verdicts[4].text() == "不合格: ユーザー名と同じ ほか 2 件"
    assert verdicts[5].text() == "未確認"
    assert verdicts[3].text() == "不要 (削除・停止の対象)"  # tanaka@ left: as in the report
    assert all(not item.icon().isNull() for item in verdicts)
    assert page.table.item(3, 2).text() == "退職"
    assert not page.table.item(3, 2).icon().isNull()  # departed and still active: warning
    summary = page.summary.text()
    # old-shop@ only: tanaka@ left, and is to be deleted rather than checked (next line).
    assert "まだ確認していないアカウントが 1 件あります。" in summary
    assert "退職者の分を除く" in summary
    assert "退職した人のアカウントが 1 件、まだ使える状態です" in summary
    # The first account is selected, with what to do about it.
    assert page.selected_address() == "info@example.co.jp"
    assert "共有" in page.recommendation_text.text()
    # The audit may stay incomplete: Next (here Finish, the last page in this branch) works.
    forward = wizard.button(QWizard.WizardButton.NextButton)
    if not forward.isVisible():
        forward = wizard.button(QWizard.WizardButton.FinishButton)
    assert forward.isEnabled()


def test_departed_accounts_get_delete_and_forward_recommendations(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "tanaka@example.co.jp")
    text = page.recommendation_text.text()
    assert "削除" in text
    assert "sato@example.co.jp" in text  # the successor the mail is forwarded to
    assert "退職" in page.detail_text.text()


def test_add_edit_and_remove_accounts_by_hand(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.address.edit, "ＳＡＬＥＳ＠Ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
    type_text(qtbot, dialog.owner, "鈴木 一郎")
    dialog.status.setCurrentIndex(dialog.status.findData("departed"))
    type_text(qtbot, dialog.forward.edit, "sato@example.co.jp")
    dialog.accept()
    assert not dialog.isVisible()
    assert table_addresses(page)[-1] == "sales@example.co.jp"
    added = wizard.case.accounts.inventory.find("sales@example.co.jp")
    assert added is not None and added.owner == "鈴木 一郎" and added.status.value == "departed"
    assert page.selected_address() == "sales@example.co.jp"

    # A duplicate or a broken address keeps the dialog open with a Japanese explanation.
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    type_text(qtbot, dialog.address.edit, "INFO@example.co.jp")
    dialog.accept()
    assert dialog.isVisible()
    message = dialog.address.message.text()
    assert "info@example.co.jp はすでに一覧にあります" in message
    # It says what to do: the owner wanted to change that entry, not add a second one.
    assert "一覧で info@example.co.jp の行を選び" in message and "「編集」" in message, message
    # Qt keeps a window at least as tall as its layout needs at the minimum width, where the
    # message wraps to more lines: that room to spare opened gaps between the date and the
    # forwarding fields and their labels. Taller than needed, the fields stay as they are.
    qtbot.waitUntil(lambda: dialog.address.message.isVisible())
    dialog.resize(dialog.width(), dialog.height() + 120)
    dialog.layout().activate()  # the geometry the next paint shows
    for field in (dialog.changed, dialog.forward):
        assert field.height() == field.edit.height(), (field.height(), field.edit.height())
    dialog.address.edit.clear()
    type_text(qtbot, dialog.address.edit, "info@@example.co.jp")
    type_text(qtbot, dialog.changed.edit, "2026-02-30")
    dialog.accept()
    assert dialog.isVisible()
    assert "@ がちょうど 1 つ" in dialog.address.message.text()
    assert dialog.address.text() == "info@@example.co.jp"  # what was typed stays to be fixed
    _click_in_next_message_box(qtbot, "破棄して閉じる", [])
    dialog.reject()
    assert not dialog.isVisible()
    assert len(table_addresses(page)) == 7
    # After the question box the offscreen platform activates no window: the list's keys
    # (Enter, Delete) below need the wizard active, as it is on a desktop.
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)

    # Edit: the verdict of the account is kept, the owner changes.
    select(page, "recruit@example.co.jp")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.address.text() == "recruit@example.co.jp"
    type_text(qtbot, dialog.owner, "佐藤 花子")
    type_text(qtbot, dialog.changed.edit, "2026/11/17")
    dialog.accept()
    recruit = wizard.case.accounts.inventory.find("recruit@example.co.jp")
    assert recruit.owner == "佐藤 花子"
    assert recruit.password_changed_on.isoformat() == "2026-11-17"
    assert recruit.verdict is not None and not recruit.verdict.acceptable

    # Remove (keyboard: Delete in the table); the host's mailbox is not touched, and it says so.
    select(page, "old-shop@example.co.jp")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "old-shop@example.co.jp" not in table_addresses(page)
    assert "サーバに残っています" in page.list_status.text()
    assert wizard.case.accounts.inventory.find("old-shop@example.co.jp") is None


def _broken_csv() -> str:
    return (
        "メールアドレス,氏名,状態,パスワード変更日\r\n"
        "info@example.co.jp,山田 太郎 (代表),共有,2026/11/16\r\n"  # line 2: known, updated
        "これはアドレスではありません,誰か,在籍,\r\n"  # line 3: skipped
        "suzuki@example.co.jp,鈴木 一郎,退職,2026/13/45\r\n"  # line 4: kept, date dropped
        "kobayashi@example.co.jp,小林 次郎,在籍,2025/04/01\r\n"  # line 5: good
        "suzuki@example.co.jp,鈴木 一郎,退職,\r\n"  # line 6: duplicate
    )


@pytest.mark.parametrize("encoding", ["cp932", "utf-8-sig", "utf-8"])
def test_importing_a_control_panel_csv_keeps_good_rows_and_names_bad_lines(
    qtbot, wizard, tmp_path: Path, encoding: str
) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    path = tmp_path / "accounts.csv"
    path.write_bytes(_broken_csv().encode(encoding))
    page.import_file(path)
    qtbot.waitUntil(lambda: page.import_report is not None and page.import_report.isVisible())
    report = page.import_report.text()
    assert (
        "「accounts.csv」から 3 件のアカウントを読み込みました (新規 2 件・更新 1 件)。" in report
    )
    assert "3 行目" in report and "4 行目" in report and "6 行目" in report
    assert ("Shift_JIS" in report) == (encoding == "cp932")
    addresses = table_addresses(page)
    assert "suzuki@example.co.jp" in addresses and "kobayashi@example.co.jp" in addresses
    assert len(addresses) == 8
    suzuki = wizard.case.accounts.inventory.find("suzuki@example.co.jp")
    assert suzuki.status.value == "departed" and suzuki.password_changed_on is None
    # The existing info@ takes the file's owner and keeps its verdict (the file has none).
    info = wizard.case.accounts.inventory.find("info@example.co.jp")
    assert info.owner == "山田 太郎 (代表)" and info.verdict.acceptable
    assert wizard.case.accounts.imported_from == "accounts.csv"
    page.import_report.accept()


def test_the_line_under_the_list_describes_the_last_change_only(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "old-shop@example.co.jp")
    page.remove_selected()
    assert "サーバに残っています" in page.list_status.text()
    path = tmp_path / "accounts.csv"
    path.write_bytes(_broken_csv().encode("utf-8"))
    page.import_file(path)
    qtbot.waitUntil(lambda: page.import_report is not None and page.import_report.isVisible())
    page.import_report.accept()
    # The import has its own report; the removal's message no longer stands under the list.
    assert page.list_status.text() == "" and not page.list_status.isVisible()


def test_a_password_column_is_ignored_and_the_user_is_told(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    secret = "Panel-Export-Secret-42"
    path = tmp_path / "with-passwords.csv"
    path.write_text(f"メールアドレス,パスワード\nnew@example.co.jp,{secret}\n", encoding="utf-8")
    page.import_file(path)
    qtbot.waitUntil(lambda: page.import_report is not None and page.import_report.isVisible())
    assert "パスワードの列" in page.import_report.text()
    assert_secret_absent(secret, page.import_report.text(), "the import report")
    wizard.validateCurrentPage()  # store and save
    assert_secret_absent(secret, wizard.case_path.read_text(encoding="utf-8"), "the case file")


def test_an_unreadable_file_changes_nothing_and_says_why(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 40)
    page.import_file(path)
    qtbot.waitUntil(lambda: page.import_report is not None and page.import_report.isVisible())
    assert "何も読み込んでいません" in page.import_report.text()
    assert len(table_addresses(page)) == 6


def test_export_writes_excel_friendly_csv_that_imports_again(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    path = tmp_path / "out.csv"
    assert page.export_file(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel in Japan reads it as UTF-8
    assert "メールアドレス" in data.decode("utf-8-sig")
    again = import_csv(data)
    assert [a.address for a in again.accounts] == table_addresses(page)
    assert "パスワードは含まれていません" in page.list_status.text()


def test_the_user_name_as_password_gets_the_specific_japanese_message(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "recruit@example.co.jp")
    qtbot.keyClicks(page.password, "recruit")
    verdict = wait_for_verdict(qtbot, page)
    assert not verdict.acceptable
    assert "equals_username" in verdict.failed
    assert (
        "ユーザー名 (メールアドレス) の「recruit」と同じか、ほとんど同じです"
        in page.advice_text.text()
    )
    assert "ユーザー名と同じ" in page.failed_text.text()
    assert "このパスワードは使わないでください" in page.verdict_text.text()
    # Colour and text together: one red segment, and the word for it.
    assert page.strength_bar.filled == 1
    assert page.strength_bar.colour().name() == "#c62828"
    # In words, without a score to decode (it said 「とても弱い (0/4)」).
    assert page.strength_text.text() == "強さ: とても弱い"
    assert "とても弱い" in page.strength_bar.accessibleDescription()


def test_a_strong_password_is_acceptable_with_a_full_green_bar(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "yamada@example.co.jp")
    qtbot.keyClicks(page.password, STRONG)
    verdict = wait_for_verdict(qtbot, page)
    assert verdict.acceptable and verdict.score == 4
    assert page.strength_bar.filled == 4
    assert page.strength_bar.colour().name() == "#2e7d32"
    assert page.strength_text.text() == "強さ: 強い"
    assert "すべての条件を満たしています" in page.verdict_text.text()
    assert page.failed_text.isHidden()
    assert page.mark_button.isEnabled()


def test_the_strength_is_said_in_words_in_english_too(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    wizard.set_language("en")
    # The switch wipes the password field when it reaches the page: typed after that.
    qtbot.waitUntil(lambda: page.title() == "Passwords and accounts")
    select(page, "yamada@example.co.jp")
    qtbot.keyClicks(page.password, STRONG)
    wait_for_verdict(qtbot, page)
    assert page.strength_text.text() == "Strength: Strong"


def test_the_list_s_tooltip_says_the_strength_in_words(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """The verdict cell's tooltip said 「強さ 4/4」, a score the owner had to decode."""
    page = open_accounts_page(qtbot, wizard)
    tips = [page.table.item(r, 5).toolTip() for r in range(page.table.rowCount())]
    assert "強さ: 強い。" in tips[0], tips[0]
    assert not any("/4" in tip for tip in tips), tips


def test_a_result_for_older_input_is_dropped(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    qtbot.keyClicks(page.password, "abc")
    assert page.current_verdict() is None  # nothing for "abc" yet: the debounce is running
    stale_generation = page._generation
    qtbot.keyClicks(page.password, "-" + STRONG)
    verdict = wait_for_verdict(qtbot, page)
    assert verdict.length == len("abc-" + STRONG)
    # A late answer for "abc" (the worker was slow) must not replace the current one.
    from app.core.password_policy import evaluate

    page._verdict_arrived(stale_generation, evaluate("abc"))
    assert page.current_verdict() is verdict
    assert page.strength_text.text() == "強さ: 強い"


def test_the_same_password_for_two_mailboxes_is_caught_in_memory(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "info@example.co.jp")
    qtbot.keyClicks(page.password, STRONG)
    wait_for_verdict(qtbot, page)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    assert page.password.text() == ""  # recorded: the field is emptied
    select(page, "yamada@example.co.jp")
    qtbot.keyClicks(page.password, STRONG)
    verdict = wait_for_verdict(qtbot, page)
    assert "reused" in verdict.failed
    assert "別のアカウントと同じ" in page.failed_text.text()
    # Back on info@ itself the password is not "reused" (it is that account's own).
    select(page, "info@example.co.jp")
    verdict = wait_for_verdict(qtbot, page)
    assert "reused" not in verdict.failed
    # Nothing of it is in the case: only verdicts and dates.
    wizard.validateCurrentPage()
    assert_secret_absent(STRONG, wizard.case_path.read_text(encoding="utf-8"), "the case file")


def test_marking_changed_stores_the_verdict_and_date_only(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "sato@example.co.jp")
    qtbot.keyClicks(page.password, OTHER_STRONG)
    wait_for_verdict(qtbot, page)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    sato = wizard.case.accounts.inventory.find("sato@example.co.jp")
    assert sato.password_changed_on == datetime.now(JST).date()
    assert sato.verdict.acceptable and sato.verdict.failed == ()
    assert page.table.item(2, 5).text() == "合格 (強い)"
    assert "パスワードそのものは保存していません" in page.mark_status.text()
    assert page.password.text() == "" and not page.mark_button.isEnabled()
    saved = wizard.case_path.read_text(encoding="utf-8")
    assert_secret_absent(OTHER_STRONG, saved, "the case file")
    assert (
        load_case(wizard.case_path).accounts.inventory.find("sato@example.co.jp").verdict.acceptable
    )


def test_a_weak_password_can_be_recorded_but_says_it_failed(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "old-shop@example.co.jp")
    qtbot.keyClicks(page.password, "oldshop2019")
    wait_for_verdict(qtbot, page)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    account = wizard.case.accounts.inventory.find("old-shop@example.co.jp")
    assert account.verdict is not None and not account.verdict.acceptable
    assert "不合格です" in page.mark_status.text()


def test_generate_shows_groups_of_four_and_copy_clears_the_clipboard(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    page.clipboard_clear_seconds = 0.2
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.generated.text()), timeout=10_000)
    grouped = page.generated.text()
    assert re.fullmatch(r"(\S{4} ){3}\S{4}", grouped), "expected four groups of four"
    assert_secret_equal(page.password.text(), grouped.replace(" ", ""), "the generated password")
    verdict = wait_for_verdict(qtbot, page)
    assert verdict.acceptable
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert_secret_equal(clipboard.text(), page.password.text(), "the clipboard")
    assert "0 秒後" in page.clipboard_status.text() or "秒後" in page.clipboard_status.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)
    assert page.clipboard_status.text() == "クリップボードからパスワードを消去しました。"


def test_the_clipboard_is_left_alone_if_the_user_copied_something_else(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    page.clipboard_clear_seconds = 0.2
    qtbot.keyClicks(page.password, STRONG)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("お客様への返信文")
    qtbot.waitUntil(lambda: not page.secret_clipboard.pending, timeout=5000)
    assert clipboard.text() == "お客様への返信文"
    assert "そのままにしました" in page.clipboard_status.text()


def test_a_copied_password_outlives_leaving_the_page_but_not_the_app(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    qtbot.keyClicks(page.password, STRONG)
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    wizard.back()
    assert page.password.text() == ""
    clipboard = QGuiApplication.clipboard()
    # The user may still be pasting into the control panel: the timer decides, not the page.
    assert_secret_equal(clipboard.text(), STRONG, "the clipboard after leaving the page")
    wizard.close()
    assert clipboard.text() == ""


def test_copy_shortcut_in_the_shown_field_also_uses_the_timed_clipboard(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    qtbot.keyClicks(page.password, STRONG)
    page.show_password.setChecked(True)
    assert page.password.echoMode() == QLineEdit.EchoMode.Normal
    page.password.selectAll()
    qtbot.keyClick(page.password, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert page.secret_clipboard.pending
    assert_secret_equal(QGuiApplication.clipboard().text(), STRONG, "the clipboard")
    page.secret_clipboard.clear_now()
    assert QGuiApplication.clipboard().text() == ""


def test_leaving_the_page_empties_the_field_and_its_undo_history(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    qtbot.keyClicks(page.password, STRONG)
    page.show_password.setChecked(True)
    wizard.back()
    assert page.password.text() == ""
    assert page.password.echoMode() == QLineEdit.EchoMode.Password  # hidden again by default
    assert not page.show_password.isChecked()
    page.password.setEchoMode(QLineEdit.EchoMode.Normal)
    assert not page.password.isUndoAvailable()
    page.password.undo()
    assert page.password.text() == ""
    page.password.setEchoMode(QLineEdit.EchoMode.Password)


def test_switching_the_language_empties_the_field(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    qtbot.keyClicks(page.password, STRONG)
    wizard.set_language("en")
    qtbot.waitUntil(lambda: page.title() == "Passwords and accounts")
    assert page.password.text() == ""
    assert page.table.item(0, 5).text() == "Passed (Strong)"
    wizard.set_language("ja")
    qtbot.waitUntil(lambda: page.title() == "パスワードとアカウント")


def test_full_width_input_is_explained(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    page.show_password.setChecked(True)  # the IME can come back when the password is shown
    type_text(qtbot, page.password, "ｐａｓｓｗｏｒｄ１２３")
    verdict = wait_for_verdict(qtbot, page)
    assert "fullwidth" in verdict.failed
    assert "半角" in page.advice_text.text()


def test_the_password_field_is_reached_with_its_mnemonic(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.password


def test_clipboard_data_is_marked_as_secret_for_each_platform() -> None:
    windows = secret_mime_data("x", platform="win32")
    assert windows.text() == "x"
    for mime_type, value in WINDOWS_PRIVACY_FORMATS.items():
        assert windows.hasFormat(mime_type)
        assert bytes(windows.data(mime_type)) == value
    assert bytes(
        windows.data('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"')
    ) == (b"\x00\x00\x00\x00")
    linux = secret_mime_data("x", platform="linux")
    assert bytes(linux.data(KDE_PASSWORD_HINT)) == b"secret"
    assert not any(linux.hasFormat(m) for m in WINDOWS_PRIVACY_FORMATS)
    mac = secret_mime_data("x", platform="darwin")
    assert mac.formats() == ["text/plain"]


def test_status_icons_are_distinct_images(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.status_icons import status_icon

    images = {kind: status_icon(kind).pixmap(16, 16).toImage() for kind in StatusKind}
    assert all(not image.isNull() for image in images.values())
    kinds = list(images)
    for i, a in enumerate(kinds):
        for b in kinds[i + 1 :]:
            assert images[a] != images[b]


def test_departed_staff_actions_and_review_time_are_saved(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    page.departed_actions.clear()
    page.departed_actions.setFocus()
    type_text(qtbot, page.departed_actions, "11/20 に tanaka@ を削除しました(山田)")
    before = datetime.now(JST).replace(microsecond=0)
    assert wizard.validateCurrentPage()
    saved = load_case(wizard.case_path).accounts
    assert saved.departed_actions == "11/20 に tanaka@ を削除しました(山田)"
    assert saved.reviewed_at is not None and saved.reviewed_at >= before


def test_the_word_lists_are_loaded_in_the_background_when_the_page_is_first_shown(
    qtbot, wizard, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    import app.ui.pages.accounts as accounts_page

    calls: list[bool] = []
    monkeypatch.setattr(
        accounts_page,
        "load_dictionaries",
        lambda: calls.append(threading.current_thread() is threading.main_thread()),
    )
    open_accounts_page(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == [False]  # once, and not on the GUI thread


def test_showing_the_password_keeps_input_methods_from_learning_it(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    page.show_password.setChecked(True)
    hints = page.password.inputMethodHints()
    assert hints & Qt.InputMethodHint.ImhSensitiveData
    assert hints & Qt.InputMethodHint.ImhNoPredictiveText
    page.show_password.setChecked(False)
    assert page.password.echoMode() == QLineEdit.EchoMode.Password


def test_import_is_offered_again_when_the_file_dialog_is_cancelled(
    qtbot, wizard, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    asked: list[bool] = []

    def cancelled_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(True)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled_dialog)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert page.import_button.isEnabled()


@pytest.mark.parametrize("which", ["import", "generate"])
def test_import_and_generate_are_offered_again_after_a_running_task_is_cancelled(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:  # type: ignore[no-untyped-def]
    import app.ui.pages.accounts as accounts_module

    page = open_accounts_page(qtbot, wizard)
    release = threading.Event()
    started = threading.Event()

    def held(*_args: object, **_kwargs: object) -> object:
        # Holds the worker until the test has cancelled the task, so the cancel always lands
        # while the work is still running.
        started.set()
        release.wait(10)
        return None  # dropped: the task was cancelled

    if which == "import":
        monkeypatch.setattr(accounts_module, "_read_csv_file", held)
        button = page.import_button
        path = tmp_path / "accounts.csv"
        path.write_text("メールアドレス\nnew@example.co.jp\n", encoding="utf-8")
        page.import_file(path)
    else:
        monkeypatch.setattr(accounts_module, "generate_password", held)
        button = page.generate_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set)
    assert not button.isEnabled()  # busy: a second click would start the same work again
    wizard.start_new_case()  # cancels every running task (as opening another case does)
    release.set()
    qtbot.waitUntil(lambda: wizard.tasks.active_count() == 0)
    assert button.isEnabled()
    assert page.generated.text() == ""


def test_misused_accounts_from_step_1_are_in_the_list_once(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from tests.test_wizard_shell import go_to_situation, situation, type_text

    go_to_situation(qtbot, wizard)
    first = situation(wizard)
    type_text(qtbot, first.domain.edit, "example.co.jp")
    first.accounts.setPlainText("ｉｎｆｏ＠example.co.jp")
    page = wizard.page_by_key("accounts")
    while wizard.currentPage() is not page:
        wizard.next()
    assert "info@example.co.jp" in table_addresses(page)
    account = wizard.case.accounts.inventory.find("info@example.co.jp")
    assert account is not None and account.verdict is None
    assert account.note == "不正利用されたアカウント"
    row = table_addresses(page).index("info@example.co.jp")
    assert "不正利用されたアカウント" in page.table.item(row, 0).toolTip()
    # Deleted by the owner: going back and forth does not bring it back.
    select(page, "info@example.co.jp")
    page.remove_selected()
    wizard.back()
    wizard.back()
    while wizard.currentPage() is not page:
        wizard.next()
    assert "info@example.co.jp" not in table_addresses(page)
    assert wizard.case.accounts.affected_offered == ["info@example.co.jp"]


def test_english_summary_says_enabled_not_still_working(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """“Still working” reads like the person still works here; an account is enabled."""
    wizard.set_language("en")
    wizard.case = example_case()
    wizard.load_into_pages()
    page = wizard.page_by_key("accounts")
    wizard.go_to_page("accounts")
    qtbot.waitUntil(lambda: "accounts (" in page.summary.text())
    text = page.summary.text()
    assert "still work" not in text
    assert re.search(r"\d+ accounts \(\d+ enabled\)", text)
    assert re.search(r"Departed staff accounts still enabled: \d+\.", text)


def test_by_keyboard_generate_keeps_the_focus_on_its_button(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    # The button is disabled while the password is made; Qt handed its focus on to the field
    # below (「行った対応」), where the next keys pressed went.
    page = open_accounts_page(qtbot, wizard)
    page.generate_button.setFocus()
    qtbot.keyClick(page.generate_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(page.password.text()), timeout=10000)
    assert QApplication.focusWidget() is page.generate_button


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5, 1.75, 2.0])
def test_status_icons_are_drawn_at_the_screens_size_not_scaled(qtbot, scale: float) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.status_icons import _draw, status_pixmap

    device = round(16 * scale)
    for kind in StatusKind:
        pixmap = status_pixmap(kind, 16, scale)
        assert pixmap.width() == device
        # The 125 % icon was the 24 px drawing shrunk to 20 px: blurred edges.
        assert (
            pixmap.toImage().convertToFormat(_draw(kind, device).toImage().format())
            == _draw(kind, device).toImage()
        ), (kind, scale)


def test_an_account_removed_by_mistake_comes_back_with_what_was_entered(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    # The Delete key takes a row off in one press; its owner, status and notes were lost.
    page = open_accounts_page(qtbot, wizard)
    before = table_addresses(page)
    removed = wizard.case.accounts.inventory.find("old-shop@example.co.jp")
    select(page, "old-shop@example.co.jp")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "old-shop@example.co.jp" not in table_addresses(page)
    assert page.undo_button.isVisible()
    assert page.undo_button.text() == "元に戻す(&U)"
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)
    assert table_addresses(page) == before  # at its old place
    assert wizard.case.accounts.inventory.find("old-shop@example.co.jp") == removed
    assert page.selected_address() == "old-shop@example.co.jp"
    assert "戻しました" in page.list_status.text()
    assert not page.undo_button.isVisible()


def test_the_undo_offer_ends_with_the_next_change(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "old-shop@example.co.jp")
    page.remove_selected()
    assert page.undo_button.isVisible()
    select(page, "info@example.co.jp")
    page.remove_selected()
    page.undo()  # brings back the last one only
    addresses = table_addresses(page)
    assert "info@example.co.jp" in addresses
    assert "old-shop@example.co.jp" not in addresses
    page.load_case(wizard.case)
    assert not page.undo_button.isVisible()


def test_an_unreadable_change_date_is_explained_for_a_date_and_shown_whole(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    page.add_account()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.address.edit, "kobayashi@example.co.jp")
    type_text(qtbot, dialog.changed.edit, "去年の春")
    dialog.changed.edit.editingFinished.emit()
    type_text(qtbot, dialog.forward.edit, "tanaka@")
    dialog.forward.edit.editingFinished.emit()
    message = dialog.changed.message
    # Asked for a date (not a time), and told the field may stay empty.
    assert "日付として読み取れません" in message.text()
    assert "空欄" in message.text() and "時刻" not in message.text()
    # Every line of both messages is on screen: the dialog grew instead of cutting them.
    for label in (message, dialog.forward.message):
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()))
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    _click_in_next_message_box(qtbot, "破棄して閉じる", [])
    dialog.reject()
    assert not dialog.isVisible()


def test_a_full_width_address_is_shown_half_width_on_leaving_and_ctrl_z_brings_it_back(
    qtbot, wizard
) -> None:  # type: ignore[no-untyped-def]
    # Typed full-width, the field kept 「ｔａｎａｋａ＠…」 while the hint under it said the
    # address is saved as tanaka@…: the owner could not tell which one was right.
    page = open_accounts_page(qtbot, wizard)
    page.add_account()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    typed = "ｋｏｂａｙａｓｈｉ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ"
    type_text(qtbot, dialog.address.edit, typed)
    dialog.address.edit.editingFinished.emit()  # the cursor leaves the field
    assert dialog.address.text() == "kobayashi@example.co.jp"
    assert not dialog.address.message.isVisible()  # nothing left to explain
    type_text(qtbot, dialog.forward.edit, "ｓａｔｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
    dialog.forward.edit.editingFinished.emit()
    assert dialog.forward.text() == "sato@example.co.jp"
    qtbot.keyClick(dialog.address.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.address.text() == typed
    # What is saved does not depend on how it is shown.
    dialog.accept()
    assert wizard.case.accounts.inventory.find("kobayashi@example.co.jp") is not None


# -- several accounts at once ------------------------------------------------------------------


def _row_rect_centre(page, address: str):  # type: ignore[no-untyped-def]
    row = table_addresses(page).index(address)
    return page.table.visualRect(page.table.model().index(row, 0)).center()


def _status_action(page, label: str):  # type: ignore[no-untyped-def]
    assert page.bulk_button.menu() is page.bulk_menu  # the button opens the menu
    assert page.status_menu.menuAction() in page.bulk_menu.actions()
    return next(a for a in page.status_menu.actions() if a.text() == label)


def test_several_accounts_get_one_status_and_one_undo_puts_them_back(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    # After importing 30 accounts, each one's status was set in its own dialog.
    page = open_accounts_page(qtbot, wizard)
    before = wizard.case.accounts.inventory
    select(page, "sato@example.co.jp")
    page.table.setFocus()
    for _ in range(2):
        qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = ["sato@example.co.jp", "tanaka@example.co.jp", "recruit@example.co.jp"]
    assert page.selected_addresses() == chosen
    assert page.detail_box.title() == "選択中のアカウント: 3 件"
    assert not page.edit_button.isEnabled() and page.bulk_button.isEnabled()

    _status_action(page, "退職(&D)").trigger()
    inventory = wizard.case.accounts.inventory  # what the report reads: changed at once
    for address in chosen:
        account = inventory.find(address)
        assert account is not None and account.status.value == "departed"
        # Each keeps its own password verdict and dates.
        assert account.verdict == before.find(address).verdict  # type: ignore[union-attr]
        row = table_addresses(page).index(address)
        assert page.table.item(row, 2).text() == "退職"
    assert inventory.find("info@example.co.jp") == before.find("info@example.co.jp")
    assert "在籍 1 件・退職 3 件・共有 1 件" in page.summary.text()
    assert "(3 件) の区分を「退職」にしました" in page.list_status.text()
    assert page.selected_addresses() == chosen  # still selected for the next change

    # One step back, by keyboard, and the summary follows.
    assert page.undo_button.isVisible()
    assert page.undo_button.accessibleName() == "選択したアカウントへの変更を元に戻す"
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)
    assert wizard.case.accounts.inventory == before
    assert "在籍 2 件・退職 1 件・共有 2 件" in page.summary.text()
    assert "元に戻しました" in page.list_status.text()
    assert not page.undo_button.isVisible()
    assert page.selected_addresses() == chosen

    # Ctrl+Z in the list undoes too.
    _status_action(page, "共有(&H)").trigger()
    assert wizard.case.accounts.inventory != before
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert wizard.case.accounts.inventory == before


def test_owner_of_every_account_is_set_by_keyboard_from_the_list(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    before = wizard.case.accounts.inventory
    # Enter on one account edits it, as before.
    select(page, "yamada@example.co.jp")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.isVisible()
    assert page.dialog.address.text() == "yamada@example.co.jp"
    page.dialog.reject()

    # Ctrl+A, then Enter: what can be done to all of them.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_addresses()) == 6
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    menu = page.context_menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_U)  # 利用者を設定(&U)…
    qtbot.waitUntil(lambda: page.owner_dialog is not None and page.owner_dialog.isVisible())
    dialog = page.owner_dialog
    assert not menu.isVisible()
    assert "6 件" in dialog.hint.text()
    dialog.owner.clear()
    type_text(qtbot, dialog.owner, "山田 太郎")
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    inventory = wizard.case.accounts.inventory
    assert {a.owner for a in inventory.accounts} == {"山田 太郎"}
    assert [a.verdict for a in inventory.accounts] == [a.verdict for a in before.accounts]
    assert [a.status for a in inventory.accounts] == [a.status for a in before.accounts]
    # recruit@ (shared) now has a responsible person: that open item is gone.
    assert "責任者が決まっていない共有アカウント" not in page.summary.text()
    assert "利用者を 山田 太郎 にしました" in page.list_status.text()


def test_accounts_chosen_with_ctrl_click_are_marked_disabled_from_the_context_menu(
    qtbot, wizard
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QContextMenuEvent

    page = open_accounts_page(qtbot, wizard)
    viewport = page.table.viewport()
    qtbot.mouseClick(
        viewport, Qt.MouseButton.LeftButton, pos=_row_rect_centre(page, "tanaka@example.co.jp")
    )
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        _row_rect_centre(page, "old-shop@example.co.jp"),
    )
    assert page.selected_addresses() == ["tanaka@example.co.jp", "old-shop@example.co.jp"]
    # The menu key (as the window system delivers it): the menu opens by the current row.
    centre = viewport.rect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        centre,
        viewport.mapToGlobal(centre),
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)
    menu = page.context_menu
    qtbot.waitUntil(menu.isVisible)
    assert not page.edit_action.isEnabled()  # editing is for one account
    qtbot.keyClick(menu, Qt.Key.Key_D)  # 削除・停止済みにする(&D)
    inventory = wizard.case.accounts.inventory
    assert not inventory.find("tanaka@example.co.jp").active  # type: ignore[union-attr]
    assert not inventory.find("old-shop@example.co.jp").active  # type: ignore[union-attr]
    assert inventory.find("info@example.co.jp").active  # type: ignore[union-attr]
    # The departed account no longer counts as still working; nothing was done at the host.
    assert "退職した人のアカウントが" not in page.summary.text()
    assert "コントロールパネル" in page.list_status.text()
    row = table_addresses(page).index("tanaka@example.co.jp")
    assert page.table.item(row, 3).text() == "無効"
    # Still selected: only what would change something is offered.
    assert not page.disable_action.isEnabled() and page.enable_action.isEnabled()


def test_a_password_is_never_recorded_for_several_accounts(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "sato@example.co.jp")
    qtbot.keyClicks(page.password, STRONG)
    wait_for_verdict(qtbot, page)
    assert page.mark_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(page.selected_addresses()) == 2
    assert not page.mark_button.isEnabled()
    page.mark_changed()  # even if asked: no account is the one the password is for
    assert wizard.case.accounts.inventory == example_case().accounts.inventory
    assert "1 件ずつ" in page.password_hint.text()


def _answer_next_removal_box(page, seen: list[str], press) -> None:  # type: ignore[no-untyped-def]
    """Answer the question asked before several accounts leave the list (bounded retries)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def attempt(left: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(25, lambda: attempt(left - 1))
            return
        seen.append(box.text() + "\n" + box.informativeText())
        press(box)

    QTimer.singleShot(25, lambda: attempt(200))


def test_several_selected_accounts_are_removed_at_once_after_asking(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    # 「一覧から外す」 and Delete took the current account only, or nothing with several selected.
    from PySide6.QtTest import QTest

    page = open_accounts_page(qtbot, wizard)
    before = wizard.case.accounts.inventory
    order = table_addresses(page)
    select(page, "sato@example.co.jp")
    page.table.setFocus()
    for _ in range(2):
        qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = ["sato@example.co.jp", "tanaka@example.co.jp", "recruit@example.co.jp"]
    assert page.selected_addresses() == chosen
    assert page.remove_button.isEnabled() and page.remove_action.isEnabled()

    # Asked first; Enter takes the default, which keeps them.
    seen: list[str] = []
    _answer_next_removal_box(page, seen, lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "選択した 3 件のアカウントを一覧から外しますか?" in seen[0]
    assert all(address in seen[0] for address in chosen)
    assert "「元に戻す」ですべて戻せます" in seen[0]
    assert wizard.case.accounts.inventory == before
    assert page.selected_addresses() == chosen

    # Removed together when the owner says so.
    def remove(box) -> None:  # type: ignore[no-untyped-def]
        next(b for b in box.buttons() if b.text() == "外す(&R)").click()

    _answer_next_removal_box(page, seen, remove)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    left = wizard.case.accounts.inventory
    assert [a.address for a in left.accounts] == [a for a in order if a not in chosen]
    assert table_addresses(page) == [a for a in order if a not in chosen]
    assert "3 件のアカウントを一覧から外しました" in page.list_status.text()
    assert len(page.selected_addresses()) == 1  # the keyboard stays in the list

    # One undo step puts all three back where they were, with everything entered about them.
    assert page.undo_button.accessibleName() == "一覧から外したアカウントを元に戻す"
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)
    assert wizard.case.accounts.inventory == before
    assert table_addresses(page) == order
    assert page.selected_addresses() == chosen
    assert "3 件のアカウントを一覧に戻しました" in page.list_status.text()


def test_one_selected_account_is_removed_without_asking(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "tanaka@example.co.jp")
    page.remove_selected()  # a question here would block this test
    assert "tanaka@example.co.jp" not in table_addresses(page)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_long_address_or_owner_leaves_the_status_and_verdict_in_sight(
    qtbot, wizard, language: str
) -> None:  # type: ignore[no-untyped-def]
    """Imported from a control panel, 「長谷川 真由美子 (営業部 第二課 課長代理)」 and a 60-character
    address sized their columns to their text: the status, the change date and the verdict
    moved out of the table's view, behind a sideways scroll bar the owner never noticed."""
    from app.core.accounts import Account, AccountInventory, AccountStatus

    long_address = "staff00-very-long-mailbox-name@example-company-long-domain.co.jp"
    long_owner = "長谷川 真由美子 (営業部 第二課 課長代理・採用担当)"
    page = open_accounts_page(qtbot, wizard)
    wizard.languages.set_language(language)
    inventory = wizard.case.accounts.inventory
    extra = Account(address=long_address, owner=long_owner, status=AccountStatus.DEPARTED)
    page._set_inventory(AccountInventory(accounts=(*inventory.accounts, extra)))
    table = page.table

    def all_columns_in_view() -> None:
        widths = [table.columnWidth(c) for c in range(table.columnCount())]
        assert sum(widths) <= table.viewport().width(), widths
        assert table.horizontalScrollBar().maximum() == 0
        # The verdict keeps room for its text, and the long row's text wraps instead of
        # being cut: every word of the owner is still in its cell.
        assert widths[-1] >= table.viewport().width() * 0.2, widths
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == long_address)
        assert table.item(row, 1).text() == long_owner
        assert table.rowHeight(row) > table.rowHeight(0)

    qtbot.waitUntil(all_columns_in_view)


def test_importing_the_same_file_again_says_the_accounts_are_already_there(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An owner unsure whether the import worked imports the file again: the report said
    「3 件のアカウントを読み込みました (新規 0 件・更新 0 件)」, and where the three went was
    anybody's guess."""
    page = open_accounts_page(qtbot, wizard)
    path = tmp_path / "accounts.csv"
    path.write_bytes(_broken_csv().encode("utf-8"))
    for _ in range(2):
        page.import_file(path)
        qtbot.waitUntil(lambda: page.import_report is not None and page.import_report.isVisible())
        report = page.import_report.text()
        page.import_report.accept()
        page.import_report = None
    assert "(新規 0 件・更新 0 件・一覧と同じ内容のため変更なし 3 件)" in report
    assert len(table_addresses(page)) == 8


def test_escape_in_the_account_dialog_asks_before_discarding_what_was_typed(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """Escape (like Cancel and the window's X) threw away everything typed in the dialog
    without a word. With something typed it asks, and a second Escape or Enter keeps editing;
    with nothing typed, or an edit left unchanged, it closes at once."""
    page = open_accounts_page(qtbot, wizard)
    page.add_account()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.address.edit, Qt.Key.Key_Escape)  # nothing typed: no question
    qtbot.waitUntil(lambda: not dialog.isVisible())

    page.add_account()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.address.edit, "kobayashi@example.co.jp")
    type_text(qtbot, dialog.owner, "小林 誠")
    seen: list[str] = []
    buttons: list[list[str]] = []
    defaults: list[str] = []
    anchor = QWidget()
    qtbot.addWidget(anchor)

    def keep_editing() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, anchor, keep_editing)
            return
        seen.append(box.windowTitle() + "\n" + box.text() + "\n" + box.informativeText())
        buttons.append([b.text() for b in box.buttons()])
        defaults.append(box.defaultButton().text())
        assert box.escapeButton() is box.defaultButton()
        box.escapeButton().click()

    QTimer.singleShot(50, anchor, keep_editing)
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "変更を破棄しますか" in seen[0] and "追加せずに" in seen[0], seen
    assert defaults == ["編集を続ける(&K)"], (defaults, buttons)
    assert dialog.isVisible()  # kept, with what was typed
    assert dialog.address.text() == "kobayashi@example.co.jp" and dialog.owner.text() == "小林 誠"

    # The Cancel button asks too; discarding closes without adding anything.
    _click_in_next_message_box(qtbot, "破棄して閉じる", seen)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(seen) == 2
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert wizard.case.accounts.inventory.find("kobayashi@example.co.jp") is None

    # Editing: opened and closed without a change, nothing is asked.
    select(page, "yamada@example.co.jp")
    page.edit_selected()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(seen) == 2
