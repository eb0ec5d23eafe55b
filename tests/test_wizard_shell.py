"""The wizard shell and pages 0-1, driven like a user would: clicks, typing, keyboard."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QWidget,
    QWizard,
)

from app.core.case import backup_path, case_to_json, load_case, save_case
from app.core.example_case import example_case
from app.core.paths import default_case_dir


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user: key presses for ASCII, an input-method commit for Japanese/full-width."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def forward_button(wizard: QWizard) -> QAbstractButton:
    """Next, or Finish on the last page."""
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    return nxt if nxt.isVisible() else wizard.button(QWizard.WizardButton.FinishButton)


def situation(wizard):  # type: ignore[no-untyped-def]
    return wizard.page_by_key("situation")


def go_to_situation(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    welcome = wizard.page_by_key("welcome")
    qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is situation(wizard)


def test_welcome_page_is_japanese_with_japanese_standard_buttons(wizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.currentPage()
    assert page.key == "welcome"
    assert page.title() == "メールまもりへようこそ"
    assert "次へ" in wizard.button(QWizard.WizardButton.NextButton).text()
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "閉じる"
    assert "パスワードはどこにも保存しません" in page.privacy_text.text()


def test_language_switch_changes_every_text_and_is_remembered(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.currentPage()
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: page.title() == "Welcome to Mail Mamori")
    assert "Next" in wizard.button(QWizard.WizardButton.NextButton).text()
    assert situation(wizard).title() == "Situation"
    assert wizard.settings.language == "en"
    page.language.setCurrentIndex(page.language.findData("ja"))
    qtbot.waitUntil(lambda: page.title() == "メールまもりへようこそ")
    assert situation(wizard).title() == "状況の確認"


def test_next_waits_for_a_valid_domain_and_typing_is_never_lost(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    assert not forward_button(wizard).isEnabled()
    type_text(qtbot, page.domain.edit, "example.co.jo")
    page.domain.edit.editingFinished.emit()
    assert not forward_button(wizard).isEnabled()
    assert "example.co.jp ではありませんか" in page.domain.message.text()
    assert page.domain.text() == "example.co.jo"  # the typo stays for the user to fix
    page.domain.edit.clear()
    type_text(qtbot, page.domain.edit, "ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
    assert forward_button(wizard).isEnabled()


def test_invalid_fields_block_next_with_japanese_messages_and_keep_the_text(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.company, "株式会社テスト")
    type_text(qtbot, page.contact_email.edit, "taro.example.co.jp")
    type_text(qtbot, page.noticed_at.edit, "2026-02-30 10:00")
    page.accounts.setPlainText("info@example.co.jp\nsales@@example.co.jp")
    page.timeline.add_row("2026-11-31 10:00", "パスワード変更", "山田")
    assert not wizard.validateCurrentPage()
    assert wizard.currentPage() is page
    assert "@ がちょうど 1 つ" in page.contact_email.message.text()
    assert "2026年2月30日は存在しない日付です" in page.noticed_at.message.text()
    assert "2 行目" in page.accounts_problems.text()
    assert "1 行目" in page.timeline.problems.text()
    assert page.contact_email.text() == "taro.example.co.jp"
    assert page.noticed_at.text() == "2026-02-30 10:00"
    assert page.timeline.table.item(0, 1).text() == "パスワード変更"
    assert page.company.text() == "株式会社テスト"
    # Fix everything: the page can be left and the case is saved with normalised values.
    page.contact_email.set_text("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
    page.noticed_at.set_text("2026年11月16日 9時40分")
    page.accounts.setPlainText("info@example.co.jp\nsales@example.co.jp")
    page.timeline.table.item(0, 0).setText("2026-11-16 10:05")
    assert wizard.validateCurrentPage()
    assert wizard.case_path is not None and wizard.case_path.is_file()
    saved = load_case(wizard.case_path)
    assert saved.organisation.contact.email == "taro@example.co.jp"
    assert saved.incident.noticed_at.isoformat() == "2026-11-16T09:40:00+09:00"
    assert saved.incident.affected_accounts == ["info@example.co.jp", "sales@example.co.jp"]
    assert saved.incident.timeline[0].event == "パスワード変更"


def test_idn_domain_is_stored_with_its_punycode_form(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "例え。ｊｐ")
    page.domain.edit.editingFinished.emit()
    assert "xn--r8jz45g.jp" in page.domain.message.text()
    assert wizard.validateCurrentPage()
    assert wizard.case.organisation.domain == "例え.jp"
    assert wizard.case.organisation.domain_ascii == "xn--r8jz45g.jp"


def test_a_saved_case_reopens_with_every_field(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "saved.mamori.json"
    save_case(example_case(), path)
    wizard.page_by_key("welcome").open_path(path)
    page = situation(wizard)
    assert wizard.currentPage() is page
    assert page.company.text() == "株式会社やまだ商店"
    assert page.domain.text() == "example.co.jp"
    assert page.provider.currentData() == "xserver"
    assert page.noticed_at.text() == "2026-11-16 09:40"
    assert page.volume.text() == "320000"
    assert page.volume_estimated.isChecked()
    assert page.timeline.table.rowCount() == len(example_case().incident.timeline)
    assert wizard.settings.recent_cases[0] == path
    assert "株式会社やまだ商店" in wizard.windowTitle()


def _click_in_next_message_box(  # type: ignore[no-untyped-def]
    qtbot, button_text: str, seen: list[str], buttons: list[list[str]] | None = None
) -> None:
    # The polling ends with the test (pytest-qt deletes the anchor): one that never saw its
    # box must not answer a box of a later test.
    anchor = QWidget()
    qtbot.addWidget(anchor)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, anchor, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        if buttons is not None:
            buttons.append([button.text() for button in box.buttons()])
        for button in box.buttons():
            if button_text in button.text():
                button.click()
                return
        box.reject()

    QTimer.singleShot(50, anchor, click)


def test_a_damaged_case_offers_the_backup(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "damaged.mamori.json"
    save_case(example_case(), path)
    save_case(example_case(), path)
    path.write_text('{"format": "mail-mamori-case", "version": 2, "organ', encoding="utf-8")
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "バックアップを開く", seen)
    wizard.page_by_key("welcome").open_path(path)
    assert "壊れているため開けません" in seen[0]
    assert "バックアップ" in seen[0]
    assert situation(wizard).company.text() == "株式会社やまだ商店"
    assert path.with_name(path.name + ".damaged").is_file()
    assert backup_path(path).is_file()
    # The backup's content replaces the damaged file at the next save: the damaged file is
    # the version this window saw, not another window's save.
    wizard.next()
    assert wizard.case_path == path
    assert load_case(path).organisation.company == "株式会社やまだ商店"


def test_a_damaged_case_without_backup_is_explained_and_nothing_changes(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "junk.mamori.json"
    path.write_text("this is not json", encoding="utf-8")
    seen: list[str] = []
    buttons: list[list[str]] = []
    _click_in_next_message_box(qtbot, "閉じる", seen, buttons)
    wizard.page_by_key("welcome").open_path(path)
    assert "壊れているため開けません" in seen[0]
    # The owner is told what to do next, and where the saved cases are; no lone Cancel.
    assert "新しく始めるか、別の事案ファイルを開いてください" in seen[0]
    assert str(default_case_dir()) in seen[0]
    assert "キャンセル" not in buttons[0]
    assert "閉じる" in buttons[0] and "保存フォルダを開く(&O)" in buttons[0]
    assert wizard.currentPage().key == "welcome"
    assert path.read_text(encoding="utf-8") == "this is not json"


def test_a_damaged_case_without_backup_offers_the_folder_of_saved_cases(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "junk.mamori.json"
    path.write_text("this is not json", encoding="utf-8")

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def handle(self, url: QUrl) -> None:
            self.urls.append(url)

    catcher = Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    try:
        _click_in_next_message_box(qtbot, "保存フォルダを開く", [])
        wizard.page_by_key("welcome").open_path(path)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in catcher.urls] == [default_case_dir()]
    assert wizard.currentPage().key == "welcome"


def test_a_value_of_the_wrong_kind_is_explained_in_japanese(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wrong.mamori.json"
    data = json.loads(case_to_json(example_case()))
    data["accounts"]["inventory"]["accounts"][2]["status"] = "社長"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "閉じる", seen)
    wizard.page_by_key("welcome").open_path(path)
    assert wizard.currentPage().key == "welcome"
    message = seen[0]
    assert "「パスワードとアカウント」の画面のアカウント一覧の 3 番目" in message
    assert "「社長」は、このバージョンで選べる値のどれにも当たりません" in message
    assert "accounts.inventory.accounts[2].status" in message
    # No English besides the file name and the technical path kept for the vendor.
    rest = (
        message.replace(path.name, "")
        .replace("accounts.inventory.accounts[2].status", "")
        .replace(str(default_case_dir()), "")
    )
    assert not re.search("[A-Za-z]", rest), rest


def test_the_case_names_the_steps_as_the_step_list_does() -> None:
    import dataclasses
    import typing

    from app.core.case import SECTION_STEPS, Case
    from app.ui.pages import PAGES

    steps = {spec.module: spec.step for spec in PAGES}
    for key, step in SECTION_STEPS.values():
        assert steps[key] == step
    # Every section of the case that a step fills in is named by its step; the rest
    # (format, version, dates, ...) is the file's own information.
    hints = typing.get_type_hints(Case)
    sections = {name for name, hint in hints.items() if dataclasses.is_dataclass(hint)}
    assert sections == {
        "organisation",
        "incident",
        "blacklist",
        "accounts",
        "sender_auth",
        "report",
    }
    assert sections <= set(SECTION_STEPS)


def test_two_new_cases_of_the_same_moment_get_two_files(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    paths = []
    created = None
    for company in ("一件目の会社", "二件目の会社"):
        wizard.go_to_page("welcome")
        go_to_situation(qtbot, wizard)
        if created is None:
            created = wizard.case.created_at
        else:
            wizard.case.created_at = created  # begun in the same second as the first one
        page = situation(wizard)
        type_text(qtbot, page.domain.edit, "example.co.jp")
        type_text(qtbot, page.company, company)
        qtbot.mouseClick(forward_button(wizard), Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is not page
        paths.append(wizard.case_path)
    assert paths[0] != paths[1]
    assert load_case(paths[0]).organisation.company == "一件目の会社"
    assert load_case(paths[1]).organisation.company == "二件目の会社"
    assert paths[1].name.endswith("-2.mamori.json")


def test_closing_saves_what_was_typed(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.company, "閉じる前の会社")
    wizard.close()
    assert wizard.case_path is not None
    assert load_case(wizard.case_path).organisation.company == "閉じる前の会社"
    assert wizard.settings.geometry is not None


def test_closing_saves_a_case_without_domain_or_company(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.contact_name, "山田 太郎")
    type_text(qtbot, page.how_detail, "FTP にログインできなかった")
    wizard.close()
    assert wizard.case_path is not None
    # Without a domain the file still gets a usable name.
    assert wizard.case_path.name.startswith("case-")
    saved = load_case(wizard.case_path)
    assert saved.organisation.contact.name == "山田 太郎"
    assert saved.incident.how_noticed_detail == "FTP にログインできなかった"


def test_nothing_entered_writes_no_file(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    wizard.back()
    wizard.close()
    assert wizard.case_path is None
    assert not list(default_case_dir().glob("*"))


def _inputs(page: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QTableWidget, QAbstractButton)
    return [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(page)]


def _reached_by_arrows(widget: QWidget) -> bool:
    """An unchecked choice of a radio group: Tab goes to the checked one, the arrow keys
    from there to this one (the keyboard convention of radio groups)."""
    group = widget.group() if isinstance(widget, QRadioButton) else None
    checked = group.checkedButton() if group is not None else None
    return checked is not None and bool(checked.focusPolicy() & Qt.FocusPolicy.TabFocus)


@pytest.mark.parametrize("key", ["welcome", "situation", "blacklist", "accounts", "sender_auth"])
def test_every_control_has_an_accessible_name_and_takes_keyboard_focus(wizard, key: str) -> None:  # type: ignore[no-untyped-def]
    page = wizard.page_by_key(key)
    wizard.show()
    unnamed = []
    unfocusable = []
    for widget in _inputs(page):
        # Qt's own parts of scroll areas and tables are not controls of the page.
        if type(widget).__name__ == "QScrollBar" or widget.objectName().startswith("qt_"):
            continue
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        if not name.strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not _reached_by_arrows(widget):
            unfocusable.append(type(widget).__name__)
    assert unnamed == []
    assert unfocusable == []


def test_the_whole_first_step_works_by_keyboard_alone(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    welcome = wizard.page_by_key("welcome")
    welcome.new_button.setFocus()
    qtbot.keyClick(welcome.new_button, Qt.Key.Key_Space)
    page = situation(wizard)
    assert wizard.currentPage() is page
    page.company.setFocus()
    type_text(qtbot, QApplication.focusWidget(), "キーボード商会")
    # Alt+D is the mnemonic of ドメイン名 (&D): it moves the focus to the domain field.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.domain.edit
    type_text(qtbot, page.domain.edit, "example.co.jp")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.provider
    assert forward_button(wizard).isEnabled()


def test_unhandled_error_shows_a_friendly_japanese_dialog_with_the_log_path(
    qtbot, wizard, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from app.ui.errors import install_exception_hooks

    # Put back afterwards even if this test fails: left installed, the hooks turn any error in
    # a later test's thread (the DNS test server's, a worker's) into a modal box nobody closes.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_exception_hooks()
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "OK", seen)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "予期しない問題が発生しました" in seen[0]
    assert str(app_home) in seen[0]
    log_text = (app_home / "mail-mamori.log").read_text(encoding="utf-8")
    assert "boom in a slot" in log_text


def test_case_json_written_by_the_wizard_is_valid(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    type_text(qtbot, situation(wizard).domain.edit, "example.co.jp")
    assert wizard.validateCurrentPage()
    data = json.loads(wizard.case_path.read_text(encoding="utf-8"))
    assert data["format"] == "mail-mamori-case"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "key", ["welcome", "situation", "blacklist", "accounts", "sender_auth", "report"]
)
def test_no_two_visible_controls_share_a_mnemonic(qtbot, wizard, key: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    wizard.set_language(lang)
    qtbot.wait(10)
    if key not in ("welcome", "situation"):
        # Later pages are reached with a case whose earlier pages are complete.
        wizard.case = example_case()
        wizard.load_into_pages()
    wizard.go_to_page(key) if key != "welcome" else None
    assert wizard.currentPage().key == key or key == "situation"
    if key == "situation" and wizard.currentPage().key != "situation":
        go_to_situation(qtbot, wizard)
    assert wizard.currentPage().key == key  # otherwise nothing would be visible to compare
    assert mnemonic_clashes(wizard, wizard.page_by_key(key)) == {}


def mnemonic_clashes(wizard, page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Mnemonic letters that more than one visible control of `page` (or the wizard's
    buttons) uses, with those controls' texts."""
    from PySide6.QtWidgets import QGroupBox, QLabel

    owners: dict[str, list[str]] = {}
    widgets = [
        *page.findChildren(QWidget),
        *(
            wizard.button(b)
            for b in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
                QWizard.WizardButton.CustomButton1,
            )
        ),
    ]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        # "&#x27;" in rich text is an apostrophe, not a mnemonic.
        text = re.sub(r"&(?:#x?[0-9a-fA-F]+|[a-zA-Z]+);", "", text)
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            owners.setdefault(match.group(1).lower(), []).append(text)
    return {k: v for k, v in owners.items() if len(v) > 1}


def test_settings_dialog_stores_a_dns_server_and_explains_bad_ones(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from app.ui.settings_dialog import SettingsDialog

    assert "設定" in wizard.button(QWizard.WizardButton.CustomButton1).text()
    dialog = SettingsDialog(wizard.settings, wizard)
    qtbot.addWidget(dialog)
    section = dialog.sections[0]
    assert section.use_system.isChecked()
    section.use_custom.setChecked(True)
    section.server.set_text("dns.example.jp")
    dialog.accept()
    assert dialog.isVisible() or dialog.result() == 0
    assert "IP" in section.server.message.text()
    assert wizard.settings.resolver == ""
    section.server.set_text("１９２．０．２．５３：５３５３")
    dialog.accept()
    assert wizard.settings.resolver == "192.0.2.53:5353"
    assert wizard.settings.resolver_spec().port == 5353


def test_storing_every_page_twice_gives_the_same_case(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    # The report page compares the case with the one its PDF was made from; a page that
    # stamped the time in store_case would make every PDF look out of date.
    import copy

    from app.core.report_review import content_fingerprint

    wizard.case = example_case()
    wizard.load_into_pages()
    while forward_button(wizard) is wizard.button(QWizard.WizardButton.NextButton):
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            break

    def stored() -> str:
        scratch = copy.deepcopy(wizard.case)
        for page in wizard.pages:
            page.store_case(scratch)
        return content_fingerprint(scratch)

    first = stored()
    qtbot.wait(1100)
    assert stored() == first


def _accessible_texts(wizard: QWizard) -> set[str]:
    """Every accessible name and description in the wizard: widgets, and the cells of its
    tables, lists and trees (what a screen reader announces)."""
    # Labels replaced on a language switch are deleted at the next turn of the event loop.
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    texts: set[str] = set()
    roles = (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole)
    for widget in [wizard, *wizard.findChildren(QWidget)]:
        texts.update(t for t in (widget.accessibleName(), widget.accessibleDescription()) if t)
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        if model is None:
            continue
        try:
            columns = model.columnCount()
        except TypeError:  # list models keep columnCount() private: they have one column
            columns = 1
        for row in range(model.rowCount()):
            for column in range(columns):
                index = model.index(row, column)
                texts.update(str(v) for role in roles if (v := index.data(role)))
    return texts


def test_no_accessible_text_keeps_the_previous_language(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.ensure_pages()
    wizard.case = example_case()  # every table filled, the evidence files too
    wizard.load_into_pages()
    japanese_first = _accessible_texts(wizard)
    assert "48,213,776 バイト" in japanese_first  # the size of an evidence file, spelled out
    wizard.set_language("en")
    english = _accessible_texts(wizard)
    kana_or_kanji = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    stale_japanese = {t for t in english & japanese_first if kana_or_kanji.search(t)}
    assert stale_japanese == set()
    assert "Steps of the wizard" in english
    wizard.set_language("ja")
    japanese = _accessible_texts(wizard)
    # The owner's data reads the same in both languages (file names, SHA-256 values).
    data = {v for e in wizard.case.report.evidence for v in (e.file_name, e.sha256)}
    stale_english = {t for t in japanese & english - data if re.search(r"[A-Za-z]{3,}", t)}
    assert stale_english == set()
    assert "ウィザードの手順" in japanese


def _type_two_mistakes(qtbot, wizard):  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.company, "株式会社テスト")
    type_text(qtbot, page.contact_email.edit, "taro.example.co.jp")  # no @
    page.timeline.add_row("2026-11-31 10:00", "パスワード変更", "山田")  # no 31 November
    return page


def test_misused_accounts_keep_the_readable_lines_while_one_has_a_mistake(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    page.accounts.setPlainText("info@example.co.jp\nsales@@example.co.jp\nｔａｒｏ＠example.co.jp")
    page.store_case(wizard.case)
    assert wizard.case.incident.affected_accounts == ["info@example.co.jp", "taro@example.co.jp"]
    assert page.accounts.toPlainText().splitlines()[1] == "sales@@example.co.jp"
    assert page.unsaved_input() == [page.accounts.accessibleName()]


def test_report_keeps_the_readable_server_addresses_while_one_has_a_mistake(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    report = wizard.page_by_key("report")
    report.server_addresses.setPlainText("203.0.113.5\n203.0.113.999\n２０３.０.１１３.６")
    report.store_case(wizard.case)
    assert wizard.case.report.server_addresses == ["203.0.113.5", "203.0.113.6"]
    assert report.unsaved_input() == [report.server_addresses.accessibleName()]


def test_close_with_text_that_cannot_be_saved_asks_and_go_back_keeps_the_wizard_open(
    qtbot, wizard
) -> None:  # type: ignore[no-untyped-def]
    page = _type_two_mistakes(qtbot, wizard)
    wizard.go_to_page("welcome")  # the mistakes stay on page 1; Close is pressed elsewhere
    assert wizard.currentPage().key == "welcome"
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "戻って直す", seen)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert seen, "no question was asked"
    assert "保存できなかった" in seen[0]
    assert page.contact_email.edit.accessibleName() in seen[0]
    assert page.timeline.table.accessibleName() in seen[0]
    assert wizard.isVisible()
    assert wizard.currentPage() is page
    # The window gets its focus back once the question has gone; its focus child is the field.
    assert wizard.focusWidget() is page.contact_email.edit
    assert "@" in page.contact_email.message.text()  # the explanation is on screen
    assert page.contact_email.text() == "taro.example.co.jp"
    assert page.timeline.table.item(0, 0).text() == "2026-11-31 10:00"


def test_close_anyway_closes_and_keeps_what_could_be_saved(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    _type_two_mistakes(qtbot, wizard)
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "このまま閉じる", seen)
    wizard.close()  # the window's X
    assert seen and "保存できなかった" in seen[0]
    assert not wizard.isVisible()
    assert load_case(wizard.case_path).organisation.company == "株式会社テスト"


def test_finish_asks_about_text_that_cannot_be_saved(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.go_to_page("report")
    report = wizard.page_by_key("report")
    assert wizard.currentPage() is report
    report.vendor_email.set_text("sec@@vendor.example")
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "戻って直す", seen)
    wizard.accept()
    assert seen and report.vendor_email.edit.accessibleName() in seen[0]
    assert wizard.isVisible()
    assert wizard.focusWidget() is report.vendor_email.edit


def test_nothing_to_ask_when_everything_could_be_saved(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    type_text(qtbot, situation(wizard).domain.edit, "example.co.jp")
    assert wizard.unsaved_input() == []
    wizard.close()
    assert not wizard.isVisible()


def _drawn_lines(label) -> list[float]:  # type: ignore[no-untyped-def]
    """The heights of the lines the label's text takes at the label's width, laid out
    independently of QLabel's own height estimate (a line using a fallback font is taller)."""
    from PySide6.QtGui import QTextLayout

    heights = []
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(label.contentsRect().width())
            heights.append(line.height())
        layout.endLayout()
    return heights


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_line_of_a_wrapped_message_is_drawn_right_under_the_main_text(
    qtbot, wizard, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    # The damaged-file message lost its last line 「ます)。」: QLabel reserved two lines for
    # three. The fix then gave each label a line to spare, drawn as an empty line between the
    # message and its explanation: with Qt's 7 px above the explanation, 26 px (52 device
    # pixels at 2x) instead of the layout's spacing.
    from PySide6.QtWidgets import QGridLayout, QLabel

    wizard.set_language(lang)
    path = tmp_path / "broken.mamori.json"
    path.write_text('{"version": 1, "organisation": {"company": "x"', encoding="utf-8")
    labels: list[tuple[int, list[float]]] = []
    gaps: list[tuple[int, int]] = []

    def measure() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(30, measure)
            return
        QApplication.processEvents()
        text, informative = (
            box.findChild(QLabel, name)
            for name in ("qt_msgbox_label", "qt_msgbox_informativelabel")
        )
        for label in (text, informative):
            labels.append((label.contentsRect().height(), _drawn_lines(label)))
        layout = box.layout()
        assert isinstance(layout, QGridLayout)
        text_bottom = text.y() + text.contentsRect().bottom() + 1
        gaps.append(
            (
                informative.y() + informative.contentsRect().top() - text_bottom,
                layout.verticalSpacing(),
            )
        )
        box.reject()

    QTimer.singleShot(30, measure)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.page_by_key("welcome").open_path(path)
    assert len(labels) == 2
    for height, lines in labels:
        assert len(lines) >= 2
        # Room for every line, and no empty line under them.
        assert sum(lines) <= height < sum(lines) + 2, (height, lines)
    [(gap, spacing)] = gaps
    assert gap == spacing


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "Japanese or English"), ("ja", "日本語または英語")]
)
def test_welcome_steps_say_the_report_comes_in_both_languages(
    qtbot, wizard, lang, expected
) -> None:  # type: ignore[no-untyped-def]
    """The PDF report can be written in Japanese or English; the welcome text must not say
    Japanese only."""
    wizard.set_language(lang)
    page = wizard.page_by_key("welcome")
    qtbot.waitUntil(lambda: expected in page.steps_text.text())  # the language change is posted
    text = page.steps_text.text()
    assert "summary in Japanese for" not in text


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_step_names_wrap_under_their_first_word_not_under_the_number(qtbot, wizard, lang) -> None:  # type: ignore[no-untyped-def]
    """A long step name ("Passwords and accounts") that wraps continues under the name: the
    number sits in its own column (a hanging indent)."""
    wizard.set_language(lang)
    wizard.show()
    qtbot.waitExposed(wizard)
    steps = wizard.steps
    qtbot.waitUntil(lambda: (lang == "en") == ("Welcome" in steps.name_labels()[0].text()))

    def names_beside_their_numbers() -> None:
        # A language switch puts new labels in the grid: they are shown, then placed, at later
        # turns of the event loop than the one that set their texts (until then they sit
        # hidden at 0,0). A slow machine ended the wait above in between.
        for number, name in zip(steps.number_labels(), steps.name_labels(), strict=True):
            assert number.isVisible() and name.isVisible()
            number_right = number.mapTo(steps, number.rect().topRight()).x()
            assert number_right < name.mapTo(steps, name.rect().topLeft()).x()

    qtbot.waitUntil(names_beside_their_numbers)
    names, numbers = steps.name_labels(), steps.number_labels()
    assert len(names) == len(numbers) >= 6
    assert [n.text() for n in numbers] == [f"{i}." for i in range(len(numbers))]
    assert not any(n.text()[0].isdigit() for n in names)
    lefts = {n.mapTo(steps, n.rect().topLeft()).x() for n in names}
    assert len(lefts) == 1  # every name starts in the same column
    assert all(name.wordWrap() for name in names)


def test_a_case_saved_meanwhile_by_another_window_is_not_overwritten(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "やまだ 商店.mamori.json"  # a name with Japanese and a space
    save_case(example_case(), path)
    wizard.page_by_key("welcome").open_path(path)
    page = situation(wizard)
    assert wizard.currentPage() is page
    # A second window (or a second copy of the app) has the same case open and saves first.
    other = load_case(path)
    other.organisation.administrator = "別の窓で入力した管理者"
    save_case(other, path)
    page.company.clear()
    type_text(qtbot, page.company, "株式会社やまだ商店 本店")
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "OK", seen)
    qtbot.mouseClick(forward_button(wizard), Qt.MouseButton.LeftButton)
    # It used to write over the other window's save: its administrator was gone for good.
    assert load_case(path).organisation.administrator == "別の窓で入力した管理者"
    assert wizard.case_path is not None and wizard.case_path != path
    assert wizard.case_path.parent == path.parent
    assert load_case(wizard.case_path).organisation.company == "株式会社やまだ商店 本店"
    assert seen and path.name in seen[0] and wizard.case_path.name in seen[0]
    # From now on this window saves to its own file, without asking again.
    new_path = wizard.case_path
    wizard.back()
    assert wizard.case_path == new_path
    assert load_case(path).organisation.administrator == "別の窓で入力した管理者"


def test_another_window_s_save_is_noticed_even_with_the_same_size_and_file_time(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "事案.mamori.json"
    save_case(example_case(), path)
    wizard.page_by_key("welcome").open_path(path)
    assert wizard.currentPage() is situation(wizard)
    before = path.stat()
    # The other window changes a name by one of the same length, and saves within the same
    # tick of a coarse file clock (2 s on FAT drives, some network drives): size and
    # modification time are as this window saw them, the content is not.
    other = load_case(path)
    other.organisation.administrator = other.organisation.administrator.replace("山田", "佐藤")
    save_case(other, path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    seen: list[str] = []
    _click_in_next_message_box(qtbot, "OK", seen)
    qtbot.mouseClick(forward_button(wizard), Qt.MouseButton.LeftButton)
    # Compared by size and time, the other window's save was written over.
    assert "佐藤" in load_case(path).organisation.administrator
    assert wizard.case_path is not None and wizard.case_path != path
    assert path.name in seen[0] and wizard.case_path.name in seen[0]


def test_a_case_file_rewritten_with_the_same_content_is_still_saved_in_place(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "cases"
    path = folder / "事案.mamori.json"
    save_case(example_case(), path)
    wizard.page_by_key("welcome").open_path(path)
    # A sync or backup tool writes the very same bytes back, later: nobody changed the case.
    content = path.read_bytes()
    path.unlink()
    path.write_bytes(content)
    later = path.stat().st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(later, later))
    wizard.next()
    # Compared by size and time, the case went to a second file with a needless message.
    assert wizard.case_path == path
    assert sorted(p.name for p in folder.iterdir()) == [path.name, path.name + ".bak"]


def test_a_case_saved_by_this_window_alone_is_saved_in_place(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "cases"
    path = folder / "事案.mamori.json"
    save_case(example_case(), path)
    wizard.page_by_key("welcome").open_path(path)
    for _ in range(3):
        wizard.next()
        wizard.back()
    assert wizard.case_path == path
    assert sorted(p.name for p in folder.iterdir()) == [path.name, path.name + ".bak"]
