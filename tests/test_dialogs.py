"""The wizard's dialogs and message boxes: what their buttons say, that they fit the screen,
that none of them drops the owner's input."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QWidget

from app.core import dqs_key
from app.core.case import save_case
from app.core.example_case import example_case
from tests.test_dnsbl_targets import BOUNCE
from tests.test_wizard_shell import (
    _click_in_next_message_box,
    go_to_situation,
    situation,
    type_text,
)


def _mnemonics(root: QWidget) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        match = re.search(r"&([^&])", widget.text().replace("&&", ""))
        if match:
            owners.setdefault(match.group(1).lower(), []).append(widget.text())
    return owners


# -- closing when the case cannot be saved ---------------------------------------------------


def _input_that_cannot_be_saved(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A company name typed on page 1, and a case file that cannot be written: a file where
    its folder should be (「同じ名前のファイル」, not 'File exists')."""
    go_to_situation(qtbot, wizard)
    type_text(qtbot, situation(wizard).company, "株式会社やまだ商店")
    blocker = tmp_path / "cases"
    blocker.write_text("not a folder", encoding="utf-8")
    wizard.case_path = blocker / "yamada.mamori.json"


def test_closing_when_the_case_cannot_be_saved_asks_first_and_loses_nothing(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _input_that_cannot_be_saved(qtbot, wizard, tmp_path)
    seen: list[str] = []
    buttons: list[list[str]] = []
    _click_in_next_message_box(qtbot, "開いたままにする", seen, buttons)
    wizard.reject()  # the Close button
    assert wizard.isVisible()  # it used to close, and the company name was gone
    assert "保存できませんでした" in seen[0] and "同じ名前のファイルがすでにあります" in seen[0]
    assert "File exists" not in seen[0]
    assert "失われます" in seen[0]
    assert any("保存せずに閉じる" in b for b in buttons[0])
    assert situation(wizard).company.text() == "株式会社やまだ商店"

    # Once the disk is fixed, closing saves the case and closes without a question.
    saved = tmp_path / "ok.mamori.json"
    wizard.case_path = saved
    wizard.reject()
    assert not wizard.isVisible()
    assert "株式会社やまだ商店" in saved.read_text(encoding="utf-8")


def test_the_owner_may_still_close_without_saving(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _input_that_cannot_be_saved(qtbot, wizard, tmp_path)
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "保存せずに閉じる", seen)
    wizard.close()  # the window's X
    assert seen and not wizard.isVisible()


def _back_to_welcome_after_a_failed_save(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Input typed, the save when going back fails (warned once), the owner is on page 0."""
    _input_that_cannot_be_saved(qtbot, wizard, tmp_path)
    _click_in_next_message_box(qtbot, "OK", [])
    wizard.back()
    assert wizard.currentPage().key == "welcome"


@pytest.mark.parametrize("how", ["new", "open"])
def test_starting_or_opening_another_case_after_a_failed_save_asks_and_keeps_the_input(
    qtbot, wizard, tmp_path: Path, how: str
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.mamori.json"
    save_case(example_case(), other)
    _back_to_welcome_after_a_failed_save(qtbot, wizard, tmp_path)
    welcome = wizard.page_by_key("welcome")
    seen: list[str] = []
    buttons: list[list[str]] = []
    _click_in_next_message_box(qtbot, "この事案を残す", seen, buttons)
    if how == "new":
        qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    else:
        welcome.open_path(other)
    # It used to replace the case at once: the company name was gone, with no file holding it.
    assert seen, "no question was asked"
    assert "保存できませんでした" in seen[0] and "失われます" in seen[0]
    assert any("破棄して続ける" in b for b in buttons[0])
    assert wizard.currentPage() is welcome
    assert situation(wizard).company.text() == "株式会社やまだ商店"
    assert wizard.case.organisation.company == "株式会社やまだ商店"

    # Discarding is still possible, on purpose.
    _click_in_next_message_box(qtbot, "破棄して続ける", [])
    if how == "new":
        qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
        assert situation(wizard).company.text() == ""
    else:
        welcome.open_path(other)
        assert situation(wizard).company.text() == example_case().organisation.company
    assert wizard.currentPage() is situation(wizard)


def test_once_the_disk_is_fixed_a_new_case_needs_no_question(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _back_to_welcome_after_a_failed_save(qtbot, wizard, tmp_path)
    saved = tmp_path / "fixed.mamori.json"
    wizard.case_path = saved
    qtbot.mouseClick(wizard.page_by_key("welcome").new_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is situation(wizard)  # saved on the way: nothing to ask
    assert "株式会社やまだ商店" in saved.read_text(encoding="utf-8")
    assert situation(wizard).company.text() == ""


def test_starting_a_new_case_with_text_that_cannot_be_saved_asks_first(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.company, "株式会社テスト")
    type_text(qtbot, page.contact_email.edit, "taro.example.co.jp")  # no @
    wizard.back()
    seen: list[str] = []
    buttons: list[list[str]] = []
    _click_in_next_message_box(qtbot, "戻って直す", seen, buttons)
    qtbot.mouseClick(wizard.page_by_key("welcome").new_button, Qt.MouseButton.LeftButton)
    assert seen and page.contact_email.edit.accessibleName() in seen[0]
    assert "新しい事案" in seen[0]
    assert any("破棄して続ける" in b for b in buttons[0])
    assert wizard.currentPage() is page
    assert page.contact_email.text() == "taro.example.co.jp"
    assert wizard.focusWidget() is page.contact_email.edit


def test_a_paste_too_large_for_the_case_file_is_explained_and_kept(
    qtbot, wizard, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import app.core.case as case_module
    from app.core.case import load_case

    monkeypatch.setattr(case_module, "MAX_CASE_BYTES", 200_000)
    go_to_situation(qtbot, wizard)
    type_text(qtbot, situation(wizard).company, "株式会社やまだ商店")
    wizard.store_from_pages()
    assert wizard.autosave()
    path = wizard.case_path
    assert path is not None and load_case(path).organisation.company == "株式会社やまだ商店"
    report = wizard.page_by_key("report")
    huge = "2026-11-14 02:13 ログ\n" * 20_000
    report.log_excerpt.setPlainText(huge)  # pasted on step 5, then back on step 1
    wizard.store_from_pages()
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "OK", seen)
    wizard.back()  # saves
    # It used to be saved, and the case file then refused to open ("too large"): all was lost.
    assert seen and "保存できませんでした" in seen[0] and "ログの抜粋" in seen[0]
    assert report.log_excerpt.toPlainText() == huge
    assert load_case(path).organisation.company == "株式会社やまだ商店"
    # Shortened, it is saved again.
    report.log_excerpt.setPlainText(huge[:1000])
    wizard.store_from_pages()
    assert wizard.autosave()
    assert load_case(path).report.log_excerpt == huge[:1000].strip()


# -- the bounce dialog (page 2) --------------------------------------------------------------


def test_the_bounce_dialog_button_says_add_and_keeps_a_useless_paste_open(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.blacklist_widgets import ReceivedDialog

    dialog = ReceivedDialog(("example.co.jp",), wizard)
    qtbot.addWidget(dialog)
    dialog.show()
    add = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert add.text() == "チェックしたアドレスを追加(&A)"
    # A paste without Received lines: the button used to close the dialog, add nothing and
    # drop the paste without the explanation ever being seen.
    dialog.text.setPlainText("お世話になっております。メールが届きません。")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert "Received" in dialog.problem.text() and dialog.problem.isVisible()
    # Everything unticked: stays open too, and says why.
    dialog.text.setPlainText(BOUNCE)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    for row in range(dialog.found.rowCount()):
        item = dialog.found.item(row, 0)
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "チェックの付いたアドレスがない" in dialog.problem.text()
    dialog.read()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.selected_targets()


def test_the_bounce_dialog_button_in_english(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.blacklist_widgets import ReceivedDialog

    wizard.set_language("en")
    dialog = ReceivedDialog((), wizard)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == (
        "&Add the ticked addresses"
    )
    assert all(len(texts) == 1 for texts in _mnemonics(dialog).values())


# -- the account dialog (page 3) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "add", "save"),
    [("ja", "一覧に追加(&T)", "変更を保存(&C)"), ("en", "Add to the lis&t", "Save &changes")],
)
def test_the_account_dialog_button_says_add_or_save(
    qtbot, wizard, lang: str, add: str, save: str
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.account_dialog import AccountDialog

    wizard.set_language(lang)
    account = example_case().accounts.inventory.accounts[0]
    for original, expected in ((None, add), (account, save)):
        dialog = AccountDialog(original, [], wizard)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == expected
        clashes = {k: v for k, v in _mnemonics(dialog).items() if len(v) > 1}
        assert clashes == {}
        dialog.reject()


# -- the import report (page 3) --------------------------------------------------------------


def test_a_failed_import_report_is_as_tall_as_its_text(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.account_dialog import MessageListDialog

    dialog = MessageListDialog(wizard)
    qtbot.addWidget(dialog)
    dialog.show_messages(
        "取り込めませんでした", "「bin.csv」からは何も取り込んでいません。", [], ""
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    # The lone sentence used to float in the middle of a 320 px window.
    assert dialog.summary.geometry().top() < 30
    assert dialog.height() < 200
    dialog.show_messages("取り込み完了", "1 行に問題があります。", ["3 行目: …"], "問題のある行")
    assert dialog.details.isVisible() and dialog.height() >= 320
    # A reason of two lines (the real one for a binary file): the dialog was sized for the
    # text wrapped at half its width, and the two lines floated in a window three times taller.
    dialog.show_messages(
        "取り込めませんでした",
        "「bin.csv」からは何も取り込んでいません。CSV ファイルではないようです (文字以外のデータが"
        "含まれています)。コントロールパネルから書き出した CSV ファイルを選んでください。",
        [],
        "",
    )
    summary = dialog.summary
    line = summary.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: summary.height() - summary.heightForWidth(summary.width()) < line)
    assert summary.heightForWidth(summary.width()) > line  # it does take two lines
    assert summary.geometry().top() < 30


# -- the PDF preview (page 5) ----------------------------------------------------------------


def _shown_preview(qtbot, wizard, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The preview of the example case's Japanese PDF, shown on screen."""
    from app.core.report_review import write_report
    from app.ui.widgets.pdf_preview import PdfPreviewDialog

    path = tmp_path / "report.pdf"
    write_report(example_case(), path, lang="ja")
    dialog = PdfPreviewDialog(path, wizard)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_pdf_preview_fits_on_the_screen(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown_preview(qtbot, wizard, tmp_path)
    available = dialog.screen().availableGeometry()
    # 900 px was taller than a 768 px laptop screen: Close and Print were off the bottom.
    assert dialog.height() <= available.height() * 0.9
    assert dialog.width() <= max(available.width(), dialog.minimumSizeHint().width())
    assert dialog.open_button.text() == "PDF ビューアで開く(&V)"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_pdf_preview_toolbar_fits_a_small_window_with_every_function(
    qtbot, wizard, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    wizard.set_language(lang)
    dialog = _shown_preview(qtbot, wizard, tmp_path)
    # The toolbar needed 847 px in Japanese: wider than a 1366x768 laptop at 125 % gives the
    # dialog, or than an 800 px window.
    assert dialog.minimumSizeHint().width() <= 760
    toolbar = [
        dialog.previous_button,
        dialog.next_button,
        dialog.page_label,
        dialog.page,
        dialog.page_count_label,
        dialog.zoom_out_button,
        dialog.zoom_label,
        dialog.zoom_in_button,
        dialog.fit_width_button,
        dialog.fit_page_button,
    ]
    for width in (760, 800):
        dialog.resize(width, 600)
        qtbot.waitUntil(lambda width=width: dialog.width() == width)
        right = 0
        for widget in toolbar:
            # All there, left to right, none squeezed below the room its text needs.
            assert widget.isVisible()
            assert widget.x() >= right
            assert widget.width() >= widget.sizeHint().width()
            right = widget.x() + widget.width()
        assert right <= dialog.width()
    buttons = [w for w in toolbar if isinstance(w, QAbstractButton)]
    for button in buttons:
        assert button.accessibleName() and button.toolTip(), button.text()
    # The zoom buttons show only − and +: their names and tooltips say it, with the keys.
    zoom_in = "拡大" if lang == "ja" else "Zoom in"
    assert dialog.zoom_in_button.accessibleName() == zoom_in
    assert "Ctrl++" in dialog.zoom_in_button.toolTip()
    assert "Ctrl+-" in dialog.zoom_out_button.toolTip()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    before = dialog.effective_zoom()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.effective_zoom() == pytest.approx(before * 1.25)
    dialog.close()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_pdf_preview_zooms_from_the_keyboard_with_the_keys_its_buttons_name(
    qtbot, wizard, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """The compact − and + buttons lost 「拡大(&I)」/「縮小(&O)」: the owner zooms with the
    keys that their tooltips and accessible descriptions name, wherever the focus is."""
    wizard.set_language(lang)
    dialog = _shown_preview(qtbot, wizard, tmp_path)
    for button, keys in (
        (dialog.zoom_in_button, "Ctrl++"),
        (dialog.zoom_out_button, "Ctrl+-"),
        (dialog.fit_width_button, "Ctrl+0"),
    ):
        assert keys in button.toolTip()
        assert button.accessibleDescription() == keys
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    control = Qt.KeyboardModifier.ControlModifier
    presses = [
        (Qt.Key.Key_Plus, 1.25),
        (Qt.Key.Key_Minus, 1 / 1.25),
        # The + key without Shift, as in browsers: = on a US keyboard, ; on a Japanese one.
        (Qt.Key.Key_Equal, 1.25),
        (Qt.Key.Key_Semicolon, 1.25),
    ]
    for focus in (dialog.view, dialog.page, dialog.close_button):
        focus.setFocus()
        qtbot.waitUntil(focus.hasFocus)
        for key, factor in presses:
            before = dialog.effective_zoom()
            qtbot.keyClick(focus, key, control)
            assert dialog.effective_zoom() == pytest.approx(before * factor), (focus, key)
        qtbot.keyClick(focus, Qt.Key.Key_0, control)
        assert dialog.fit_width_button.isChecked()
    dialog.close()


# -- Settings --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_settings_without_a_password_store_have_no_mnemonic_twice(qtbot, wizard, lang: str) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import SettingsDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    dqs_key.set_session_key(None)
    try:
        wizard.set_language(lang)
        dialog = SettingsDialog(wizard.settings, wizard)
        qtbot.addWidget(dialog)
        dialog.show()
        section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
        qtbot.waitUntil(lambda: not section.busy, timeout=5000)
        section.key.setText("abcdefghijklmnopqrstuvwxyz")
        section.save()
        qtbot.waitUntil(lambda: section.session_button.isVisible(), timeout=5000)
        # 「キーを保存(&S)」 and 「今回だけ使う(&S)」 shared Alt+S ('Save key' / 'session').
        clashes = {k: v for k, v in _mnemonics(dialog).items() if len(v) > 1}
        assert clashes == {}
        dialog.reject()
    finally:
        dqs_key.set_session_key(None)
        keyring.set_keyring(previous)
        QApplication.processEvents()


def _settings_dialog(qtbot, wizard, lang: str):  # type: ignore[no-untyped-def]
    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import SettingsDialog

    wizard.set_language(lang)
    dialog = SettingsDialog(wizard.settings, wizard)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
    qtbot.waitUntil(lambda: not section.busy, timeout=5000)
    return dialog, section


def _bottom(widget: QWidget, dialog: QWidget) -> int:
    return widget.mapTo(dialog, widget.rect().bottomLeft()).y()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_settings_dialog_is_as_big_as_its_content(qtbot, wizard, lang: str) -> None:  # type: ignore[no-untyped-def]
    dialog, section = _settings_dialog(qtbot, wizard, lang)
    # The sections' texts arrive from tasks (the DNS servers, the password store's answer).
    qtbot.waitUntil(lambda: all(s.height() >= s.heightForWidth(s.width()) for s in dialog.sections))
    # Where the screen has room, all of it is in sight: nothing to scroll.
    assert dialog.scroll_area.verticalScrollBar().maximum() == 0
    # A fixed 680x600 left a third of it empty at 1x; now no more than a line of spare room,
    # and it fits the 1093x614 (logical) of a 1366x768 laptop at 125 %, with the title bar.
    assert dialog.height() <= dialog.needed_height(dialog.width()) + 20
    assert dialog.width() <= 1093 * 0.9 and dialog.height() <= 614 * 0.85
    ok = dialog.findChild(QDialogButtonBox)
    assert _bottom(ok, dialog) <= dialog.height()
    # The hint in the key field says where the key comes from: all of it is readable.
    hint = section.key.fontMetrics().horizontalAdvance(section.key.placeholderText())
    assert section.key.width() > hint
    dialog.reject()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_key_buttons_go_under_the_field_when_the_settings_are_narrow(
    qtbot, wizard, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """Side by side, the key's field and buttons made the dialog scroll sideways below about
    630 px; now the buttons fold under the field, and come back beside it when there is room."""
    dialog, section = _settings_dialog(qtbot, wizard, lang)
    row = (section.key_label, section.key, section.save_button, section.forget_button)
    hint = section.key.fontMetrics().horizontalAdvance(section.key.placeholderText())

    def on_one_line() -> bool:
        return len({w.mapTo(dialog, w.rect().center()).y() for w in row}) == 1

    assert on_one_line()  # opened where the screen has room
    dialog.resize(480, dialog.height())
    viewport = dialog.scroll_area.viewport()

    def folded() -> None:
        assert dialog.scroll_area.horizontalScrollBar().maximum() == 0
        for widget in row:
            assert widget.mapTo(viewport, widget.rect().topRight()).x() <= viewport.width()
        assert section.save_button.y() > section.key.geometry().bottom()
        assert section.key.width() > hint
        assert section.height() >= section.heightForWidth(section.width())

    qtbot.waitUntil(folded)
    # Tab still goes field, Save, Remove, in reading order.
    section.key.setFocus()
    qtbot.keyClick(section.key, Qt.Key.Key_Tab)
    assert section.save_button.hasFocus()
    dialog.resize(900, dialog.height())
    qtbot.waitUntil(on_one_line)
    dialog.reject()


def test_the_settings_dialog_grows_when_a_section_shows_more(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    dialog, section = _settings_dialog(qtbot, wizard, "ja")
    before = dialog.height()
    section._show("キーを保存できませんでした。" * 8, problem=True)
    section.session_button.show()
    qtbot.waitUntil(lambda: dialog.height() > before)
    qtbot.waitUntil(lambda: _bottom(section, dialog) <= dialog.height())
    assert section.height() >= section.heightForWidth(section.width())
    assert _bottom(dialog.findChild(QDialogButtonBox), dialog) <= dialog.height()
    dialog.reject()


def test_settings_are_as_tall_as_their_sections_and_grow_with_them(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import SettingsDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = SettingsDialog(wizard.settings, wizard)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
        qtbot.waitUntil(lambda: not section.busy, timeout=5000)

        def roomy() -> bool:
            return (
                dialog.height() >= dialog.needed_height(dialog.width())
                and dialog.scroll_area.verticalScrollBar().maximum() == 0
            )

        # No longer a fixed 600 px (taller than a laptop at 125 % leaves), nor squeezed.
        qtbot.waitUntil(roomy)
        assert dialog.height() < 600
        # Exactly as tall as the sections need now: the dialog does not shrink when a text
        # gets shorter (the password store's state, read after opening), so it may have room
        # to spare, and whether the message below needs more room would depend on timing.
        dialog.resize(dialog.width(), dialog.needed_height(dialog.width()))
        qtbot.waitUntil(roomy)
        before = dialog.height()
        # A problem saving the key: a message of several lines and one more button appear.
        section.key.setText("abcdefghijklmnopqrstuvwxyz")
        section.save()
        qtbot.waitUntil(lambda: section.session_button.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: dialog.height() > before and roomy())
        button = section.session_button
        assert button.height() >= button.sizeHint().height()
        assert section.message.height() >= section.message.heightForWidth(section.message.width())
        dialog.reject()
    finally:
        dqs_key.set_session_key(None)
        keyring.set_keyring(previous)
        QApplication.processEvents()


# -- message boxes ---------------------------------------------------------------------------


def _custom_buttons_of_next_box(qtbot, found: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    """Note the texts of the next box's own (non-standard) buttons, then close it."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QMessageBox

    def look(left: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(25, lambda: look(left - 1))
            return
        found.append(
            [
                b.text()
                for b in box.buttons()
                if box.standardButton(b) == QMessageBox.StandardButton.NoButton
                # Qt's own details button (「詳細を表示...」) is not ours to label.
                and b.text() != QCoreApplication.translate("QMessageBox", "Show Details...")
            ]
        )
        box.done(0)

    QTimer.singleShot(25, look)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_button_of_the_wizards_questions_has_a_mnemonic(
    qtbot, wizard, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    from app.core.case import save_case
    from app.ui.errors import show_unexpected_error

    wizard.set_language(lang)
    found: list[list[str]] = []
    junk = tmp_path / "junk.mamori.json"
    junk.write_text("this is not json", encoding="utf-8")
    _custom_buttons_of_next_box(qtbot, found)
    wizard.open_case(junk)
    damaged = tmp_path / "damaged.mamori.json"
    save_case(example_case(), damaged)
    save_case(example_case(), damaged)
    damaged.write_text("{", encoding="utf-8")
    _custom_buttons_of_next_box(qtbot, found)
    wizard.open_case(damaged)
    page = wizard.pages[1]
    wizard.unsaved_input = lambda: [(page, ["x"])]
    for finishing in (False, True):
        _custom_buttons_of_next_box(qtbot, found)
        wizard._may_close(finishing=finishing)
    del wizard.unsaved_input
    wizard.case = example_case()
    wizard.load_into_pages()
    _custom_buttons_of_next_box(qtbot, found)
    wizard.page_by_key("report").confirm_finish()
    _custom_buttons_of_next_box(qtbot, found)
    show_unexpected_error("ValueError: test")
    assert len(found) == 6 and all(found)
    for texts in found:
        assert all("&" in text for text in texts), texts


# -- a laptop screen at 125 % ----------------------------------------------------------------

# Opens the wizard (a first start: no saved window size) and each of its larger dialogs with the
# example case, and prints their sizes and the screen's. Runs in its own interpreter: Qt reads
# QT_SCALE_FACTOR and the offscreen screen's size only at start-up.
_LAPTOP_PROBE = r"""
import json, sys
import keyring
from keyring.backends import fail
from PySide6.QtCore import QSettings
from app.core.example_case import example_case
from app.core.report_review import write_report
from app.ui.application import create_application
from app.ui.i18n import language_manager
from app.ui.settings import AppSettings
from app.ui.settings_dialog import SettingsDialog
from app.ui.widgets.account_dialog import AccountDialog, MessageListDialog, OwnerDialog
from app.ui.widgets.blacklist_widgets import ReceivedDialog
from app.ui.widgets.pdf_preview import PdfPreviewDialog
from app.ui.wizard import MamoriWizard

keyring.set_keyring(fail.Keyring())
app = create_application()
out = {}
for lang in ("ja", "en"):
    languages = language_manager(app)
    languages.set_language(lang)
    settings = AppSettings(QSettings(sys.argv[1] + "/settings.ini", QSettings.Format.IniFormat))
    wizard = MamoriWizard(settings, languages)
    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.show()
    app.processEvents()
    pdf = sys.argv[1] + f"/report-{lang}.pdf"
    write_report(example_case(), pdf, lang=lang)
    account = example_case().accounts.inventory.accounts[0]
    report = MessageListDialog(wizard)
    report.show_messages("t", "s", ["3 行目: …"] * 3, "d")
    windows = {
        "wizard": wizard,
        "settings": SettingsDialog(settings, wizard),
        "bounce": ReceivedDialog(("example.co.jp",), wizard),
        "preview": PdfPreviewDialog(__import__("pathlib").Path(pdf), wizard),
        "account": AccountDialog(account, [], wizard),
        "import report": report,
        "owner of several": OwnerDialog(30, "", ["山田 太郎"], wizard),
    }
    for name, window in windows.items():
        window.show()
        app.processEvents()
        out[f"{name} ({lang})"] = {
            "size": [window.width(), window.height()],
            "minimum": [window.minimumSize().width(), window.minimumSize().height()],
        }
        if window is not wizard:
            window.hide()
    wizard.tasks.cancel_all()
    wizard.tasks.wait_idle(5000)
available = app.primaryScreen().availableGeometry()
print("SIZES " + json.dumps({"available": [available.width(), available.height()], "windows": out}))
sys.stdout.flush()
import os
os._exit(0)  # the wizard's close-time questions are for people
"""


def _probe_on_a_laptop_screen(tmp_path: Path, scale: str, probe: str, tag: str) -> Any:
    """Run `probe` in a Python of its own on an offscreen 1366x768 screen at `scale` (the
    scale is read once, at start-up), with its own settings folders, and return the JSON it
    printed after `tag`."""
    import json
    import os
    import subprocess
    import sys

    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "laptop", "width": 1366, "height": 768, "dpr": 1}]}),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_SCALE_FACTOR=scale,
        **{var: str(tmp_path / var.lower()) for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")},
        **{var: str(tmp_path / var.lower()) for var in ("XDG_STATE_HOME", "XDG_CACHE_HOME")},
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith(tag + " "))
    return json.loads(line[len(tag) + 1 :])


def test_the_wizard_and_its_dialogs_fit_a_1366x768_laptop_at_125_percent(tmp_path: Path) -> None:
    from app.ui.widgets.layout import WINDOW_FRAME

    found = _probe_on_a_laptop_screen(tmp_path, "1.25", _LAPTOP_PROBE, "SIZES")
    # 1366x768 at 125 % is 1093x614 logical pixels. The offscreen screen has no task bar;
    # Windows' takes 48 of them, and each window's title bar and frame take their share.
    assert found["available"] == [1093, 614]
    task_bar = 48
    frame_w, frame_h = WINDOW_FRAME.width(), WINDOW_FRAME.height()
    too_large = []
    for name, window in found["windows"].items():
        width, height = window["size"]
        least_w, least_h = window["minimum"]
        # The window as opened fits the free screen (the wizard: all of it; a dialog: also
        # with the task bar there), and nothing forces it to be larger than a screen with a
        # task bar.
        room_h = 614 - (0 if name.startswith("wizard") else task_bar)
        if width + frame_w > 1093 or height + frame_h > room_h:
            too_large.append((name, "opened at", window["size"]))
        if least_w + frame_w > 1093 or least_h + frame_h > 614 - task_bar:
            too_large.append((name, "at least", window["minimum"]))
    assert too_large == []


# -- a screen too small for the Settings dialog ----------------------------------------------

# Opens Settings in each language, as it is and with a long problem message in the key section,
# and prints what the owner can see and reach. Its own interpreter: the screen is set at start-up.
_SMALL_SCREEN_PROBE = r"""
import json, sys
import keyring
from keyring.backends import fail
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea
from app.ui.application import create_application
from app.ui.dqs_settings import DqsKeySection
from app.ui.i18n import language_manager
from app.ui.settings import AppSettings
from app.ui.settings_dialog import SettingsDialog
from app.ui.wizard import MamoriWizard

keyring.set_keyring(fail.Keyring())
app = create_application()
available = app.primaryScreen().availableGeometry()
out = {"available": [available.width(), available.height()], "dialogs": {}}


def settle():
    for _ in range(10):
        app.processEvents()


def in_sight(widget, area):
    viewport = area.viewport()
    shown = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(shown)


for lang in ("ja", "en"):
    languages = language_manager(app)
    languages.set_language(lang)
    settings = AppSettings(QSettings(sys.argv[1] + "/settings.ini", QSettings.Format.IniFormat))
    wizard = MamoriWizard(settings, languages)
    dialog = SettingsDialog(settings, wizard)
    dialog.show()
    section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
    while section.busy:
        settle()
    for state in ("opened", "long message", "480 px wide"):
        if state == "long message":
            section._show(("キーを保存できませんでした。" if lang == "ja" else "No. ") * 30, problem=True)
            section.session_button.show()
        if state == "480 px wide":
            dialog.resize(480, dialog.height())
        settle()
        area = dialog.findChild(QScrollArea)
        buttons = dialog.findChild(QDialogButtonBox)
        fact = {
            "size": [dialog.width(), dialog.height()],
            "minimum": [dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height()],
            "buttons in sight": all(
                b.isVisible() and dialog.rect().contains(QRect(b.mapTo(dialog, QPoint(0, 0)), b.size()))
                for b in buttons.buttons()
            ),
            "scrolls": area is not None and area.verticalScrollBar().maximum() > 0,
            "sections whole": all(s.height() >= s.heightForWidth(s.width()) for s in dialog.sections),
            "sideways": area.horizontalScrollBar().maximum() if area is not None else 0,
            # The key's hint and its buttons, all of them within the visible width.
            "key row in sight": area is not None and all(
                0 <= w.mapTo(area.viewport(), QPoint(0, 0)).x()
                and w.mapTo(area.viewport(), QPoint(w.width(), 0)).x() <= area.viewport().width()
                for w in (section.key_label, section.key, section.save_button, section.forget_button)
            ),
            "hint whole": section.key.width()
            > section.key.fontMetrics().horizontalAdvance(section.key.placeholderText()),
        }
        if area is not None:
            last = section.session_button
            area.ensureWidgetVisible(last)
            settle()
            fact["last in sight"] = in_sight(last, area)
            area.ensureWidgetVisible(dialog.sections[0])
            settle()
            fact["first in sight again"] = in_sight(dialog.sections[0].use_system, area)
        out["dialogs"][f"{lang}, {state}"] = fact
    dialog.reject()
    wizard.tasks.cancel_all()
    wizard.tasks.wait_idle(5000)
print("FACTS " + json.dumps(out))
sys.stdout.flush()
import os
os._exit(0)  # the wizard's close-time questions are for people
"""


def test_the_settings_scroll_with_their_buttons_in_sight_on_a_small_screen(tmp_path: Path) -> None:
    """1366x768 at 200 % is 683x384 logical pixels (at 150 %, 910x512, with the key section's
    message showing): the sections' texts were cut off at the dialog's bottom edge, and the
    dialog, as tall as its content, could not be made to show them.

    Below about 630 px of width (the dialog opens 614 px wide here) the key's row, field and
    two buttons side by side, made the dialog scroll sideways; its buttons now go under the
    field, down to 480 px."""
    from app.ui.widgets.layout import WINDOW_FRAME

    found = _probe_on_a_laptop_screen(tmp_path, "2", _SMALL_SCREEN_PROBE, "FACTS")
    assert found["available"] == [683, 384]
    room_w, room_h = 683 - WINDOW_FRAME.width(), 384 - WINDOW_FRAME.height()
    wrong = []
    for name, fact in found["dialogs"].items():
        width, height = fact["size"]
        least_w, least_h = fact["minimum"]
        if width > room_w or height > room_h or least_w > room_w or least_h > room_h:
            wrong.append((name, "larger than the screen", fact))
        # OK and Cancel stay in sight; the sections scroll, none of them squeezed, down to
        # the last button and back up.
        for want in (
            "buttons in sight",
            "scrolls",
            "sections whole",
            "last in sight",
            "first in sight again",
            "key row in sight",
            "hint whole",
        ):
            if not fact.get(want):
                wrong.append((name, want, fact))
        # Up and down only: nothing is out of sight to the right.
        if fact["sideways"]:
            wrong.append((name, "scrolls sideways", fact))
    assert found["dialogs"]["en, 480 px wide"]["size"][0] == 480
    assert wrong == []


def test_the_account_note_says_it_is_printed_in_the_report(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """Notes are printed in the report's account table, which goes to the vendor: the empty
    field says so, and that a password never belongs there."""
    from app.ui.widgets.account_dialog import AccountDialog

    dialog = AccountDialog(None, [], wizard)
    qtbot.addWidget(dialog)
    assert "報告書" in dialog.note.placeholderText()
    assert "パスワードは書かないで" in dialog.note.placeholderText()
    dialog.reject()
