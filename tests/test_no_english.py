"""No English in the Japanese wizard: its pages and dialogs, and the parts Qt draws itself
(file and print dialogs, message box buttons, context menus of text fields).

Qt's Japanese catalogue is from Qt 5: what Qt 6 added or reworded came out in English in the
middle of Japanese dialogs (「Files of type:」 under 「ファイル名:」, a Type column saying
「Folder」, 「Double Sided Printing」). app/ui/qt_texts.py gives those texts Japanese in the app's
catalogue. What counts as English is decided in tests/ui_text_audit.py, with its allow-list.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
    QWizard,
)

from app.core.dnsbl_lists import list_by_id
from app.core.dnsbl_targets import parse_target
from app.core.example_case import example_case
from app.core.report_review import write_report
from tests.dnsbl_zones import list_ip

# The blacklist page's fixtures (a fresh case on page 2 asking the loopback DNS server),
# asked for by name with request.getfixturevalue.
from tests.test_blacklist_page import IP, lists, page, run_and_wait, server  # noqa: F401
from tests.test_first_run import unwritable_home  # noqa: F401
from tests.test_wizard_shell import go_to_situation, situation, type_text
from tests.ui_text_audit import TranslationRecorder, english_in, english_words

ROOT = Path(__file__).resolve().parents[1]


def _app_sources() -> set[str]:
    root = ET.parse(ROOT / "i18n" / "mail_mamori_ja.ts").getroot()
    return {message.findtext("source") or "" for message in root.iter("message")}


@pytest.fixture
def recorder(wizard) -> Iterator[TranslationRecorder]:  # type: ignore[no-untyped-def]
    """Notes every text looked up while the test runs (installed after the wizard's)."""
    recording = TranslationRecorder()
    app = QCoreApplication.instance()
    app.installTranslator(recording)
    yield recording
    app.removeTranslator(recording)


def _with_next_dialog(qtbot, kind: type, inspect: Callable[[QDialog], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Calls `inspect` with the next modal dialog of `kind`, then closes it. Returns the
    errors `inspect` raised (raising inside Qt's event loop would hide them)."""
    errors: list[str] = []
    anchor = QWidget()
    qtbot.addWidget(anchor)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, anchor, poll)
            return
        try:
            inspect(dialog)
        except Exception as error:  # handed to the test, which fails on it
            errors.append(repr(error))
        finally:
            dialog.reject()

    QTimer.singleShot(50, anchor, poll)
    return errors


# -- the check itself ------------------------------------------------------------------------


def test_the_check_finds_english_and_lets_names_and_notation_pass() -> None:
    assert english_words("Files of &type:") == ["Files", "of", "type"]
    assert english_words("ファイル名(&N):") == []
    assert english_words("Double Sided Printing") == ["Double", "Sided", "Printing"]
    # Names, records, addresses and key sequences are written in Latin in Japanese too.
    assert english_words("SPF レコード v=spf1 include:_spf.google.com ~all を DNS に登録") == []
    assert english_words("tanaka@example.co.jp に送る (https://www.spamhaus.org/)") == []
    assert english_words("元に戻す(&U)\tCtrl+Z") == []
    assert english_words("<b>CSV</b> ファイル (*.csv)") == []


def test_each_qt_text_the_app_adds_is_japanese_in_japanese_only(wizard) -> None:  # type: ignore[no-untyped-def]
    """The entries of app/ui/qt_texts.py reach the built catalogue (a rebuilt .ts without them,
    or an unbuilt .qm, would bring the English back) and stay out of the English UI."""
    from app.ui.qt_texts import QT_TEXTS

    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    assert [
        (c, s) for c, s in QT_TEXTS if not japanese.search(QCoreApplication.translate(c, s))
    ] == []
    wizard.languages.set_language("en")
    assert [(c, s) for c, s in QT_TEXTS if QCoreApplication.translate(c, s) != s] == []


# -- the app's own pages and dialogs ---------------------------------------------------------


def test_every_page_and_dialog_of_the_wizard_is_japanese(  # type: ignore[no-untyped-def]
    qtbot, wizard, recorder, tmp_path: Path
) -> None:
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.widgets.account_dialog import AccountDialog, MessageListDialog
    from app.ui.widgets.blacklist_widgets import ReceivedDialog
    from app.ui.widgets.pdf_preview import PdfPreviewDialog

    case = example_case()  # every section filled in: findings, records, accounts, timeline
    wizard.case = case
    wizard.load_into_pages()
    for key in ("report", "welcome"):  # builds every page on the way
        wizard.go_to_page(key)
    pdf = tmp_path / "report.pdf"
    write_report(case, pdf, lang="ja")
    report = MessageListDialog(wizard)
    report.show_messages("取り込み結果", "2 件", ["3 行目: アドレスがありません"], "問題のある行")
    dialogs = {
        "settings": SettingsDialog(wizard.settings, wizard),
        "bounce": ReceivedDialog(("example.co.jp",), wizard),
        "preview": PdfPreviewDialog(pdf, wizard),
        "account": AccountDialog(case.accounts.inventory.accounts[0], [], wizard),
        "import report": report,
    }
    found = [("wizard", *leak) for leak in english_in(wizard)]
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [(name, *leak) for leak in english_in(dialog)]
        dialog.hide()
    assert found == []
    assert recorder.untranslated(_app_sources()) == []


def test_what_the_wizard_says_when_the_case_cannot_be_saved_is_japanese(  # type: ignore[no-untyped-def]
    qtbot, wizard, recorder, request, tmp_path: Path
) -> None:
    """The message, the question on closing (both offering 「別の場所に保存…」) and the file
    dialog that choice opens."""
    request.getfixturevalue("unwritable_home")  # after `wizard`, whose home it replaces
    go_to_situation(qtbot, wizard)
    type_text(qtbot, situation(wizard).company, "株式会社やまだ商店")
    found: list[object] = []
    seen: list[str] = []

    def inspect(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(" ".join(b.text() for b in box.buttons()))
        found.extend(english_in(box))

    errors = _with_next_dialog(qtbot, QMessageBox, inspect)
    assert wizard.autosave() is False
    errors += _with_next_dialog(qtbot, QMessageBox, inspect)
    assert wizard._close_without_saving() is False
    folder = tmp_path / "files"
    (folder / "usb").mkdir(parents=True)
    errors += _with_next_dialog(qtbot, QFileDialog, _audit_file_dialog(qtbot, folder, found))
    assert wizard.save_elsewhere() is False
    wizard._close_without_saving = lambda: True
    assert errors == []
    assert len(seen) == 2 and all("別の場所に保存" in buttons for buttons in seen)
    assert found == []
    assert recorder.untranslated(_app_sources()) == []


# -- what Qt draws itself --------------------------------------------------------------------


def _audit_file_dialog(qtbot, folder: Path, found: list[object]) -> Callable[[QDialog], None]:  # type: ignore[no-untyped-def]
    def inspect(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.setDirectory(str(folder))
        model = dialog.findChild(QFileSystemModel)
        root = model.index(str(folder))
        qtbot.waitUntil(lambda: model.rowCount(root) > 0)
        # The Type column said 「Folder」 beside 「CSV ドキュメント」.
        types = [model.index(row, 2, root).data() for row in range(model.rowCount(root))]
        assert "フォルダ" in types
        found.extend(("type column", t, english_words(t)) for t in types if english_words(t))
        found.extend(english_in(dialog))
        line_edit = dialog.findChild(QLineEdit)
        menu = line_edit.createStandardContextMenu()
        found.extend(english_in(menu))
        menu.deleteLater()

    return inspect


def test_the_file_dialogs_qt_draws_are_japanese(qtbot, wizard, recorder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "files"
    (folder / "cases").mkdir(parents=True)
    (folder / "accounts.csv").write_text("address\n", encoding="utf-8")
    found: list[object] = []
    # Page 0's 「保存した事案を開く」 and page 3's CSV export: an open and a save dialog.
    errors = _with_next_dialog(qtbot, QFileDialog, _audit_file_dialog(qtbot, folder, found))
    wizard.currentPage()._choose_file()
    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.go_to_page("accounts")
    errors += _with_next_dialog(qtbot, QFileDialog, _audit_file_dialog(qtbot, folder, found))
    wizard.currentPage()._choose_export_file()
    assert errors == []
    assert found == []
    assert recorder.untranslated(_app_sources()) == []


def test_the_print_dialog_qt_draws_is_japanese(qtbot, wizard, recorder) -> None:  # type: ignore[no-untyped-def]
    # Set up as the report page sets it up (app/ui/pages/report.py, print_report).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, wizard)
    qtbot.addWidget(dialog)
    dialog.setMinMax(1, 3)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.show()
    qtbot.waitExposed(dialog)
    options = next(b for b in dialog.findChildren(QPushButton) if "オプション" in b.text())
    options.click()  # the lower half: copies, page range, double-sided printing
    found = english_in(dialog)
    # The Properties button's dialog: paper, page order, pages per sheet (and CUPS job options).
    properties = next(b for b in dialog.findChildren(QPushButton) if b.objectName() == "properties")
    errors = _with_next_dialog(qtbot, QDialog, lambda d: found.extend(english_in(d)))
    properties.click()
    assert errors == []
    assert found == []
    assert recorder.untranslated(_app_sources()) == []


def test_standard_buttons_and_text_field_menus_are_japanese(qtbot, wizard, recorder) -> None:  # type: ignore[no-untyped-def]
    every = QMessageBox.StandardButton(0)
    for button in QMessageBox.StandardButton:
        if button not in (QMessageBox.StandardButton.NoButton, QMessageBox.StandardButton.Escape):
            every |= button
    box = QMessageBox(QMessageBox.Icon.Question, "確認", "保存しますか?", every, wizard)
    box.setDetailedText("詳細")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    found = english_in(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton(every.value), wizard)
    found += english_in(buttons)
    for which in QWizard.WizardButton:
        if which.value < QWizard.WizardButton.NButtons.value:
            text = wizard.buttonText(which)
            found += [("QWizard", text, english_words(text))] if english_words(text) else []
    # Right-click menus of the kinds of text fields on the pages (Undo, Cut, Select All...).
    spin = QSpinBox()
    for field in (QLineEdit(), QPlainTextEdit(), QTextEdit(), spin.findChild(QLineEdit)):
        menu = field.createStandardContextMenu()
        assert menu.actions()
        found += [(type(field).__name__, *leak) for leak in english_in(menu)]
        menu.deleteLater()
    assert found == []
    assert recorder.untranslated(_app_sources()) == []


# -- what core says, as the pages show it ----------------------------------------------------


def test_a_blacklist_check_that_went_wrong_is_explained_in_japanese(  # type: ignore[no-untyped-def]
    qtbot, wizard, recorder, request
) -> None:
    """Core's reasons (a blocked resolver, a list that failed or refused, a listing) reach
    the table, the summary, the banner and the details in Japanese."""
    blacklist = request.getfixturevalue("page")
    dns = request.getfixturevalue("server")
    zones = request.getfixturevalue("lists")
    zen = list_by_id(zones, "spamhaus-zen")
    dns.remove_records(f"2.0.0.127.{zen.zone}")
    dns.add_record(f"*.{zen.zone}", "A", "127.255.255.254")  # "public resolver blocked"
    others = [lst for lst in zones if lst.kind == "ip" and lst is not zen]
    list_ip(dns, others[0], IP)
    dns.servfail(others[1].zone, subtree=True)
    dns.refused(others[2].zone, subtree=True)
    blacklist.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, blacklist)
    found = english_in(wizard)
    for row in range(blacklist.table.rowCount()):
        blacklist.table.selectRow(row)
        found += english_in(blacklist.details)
    assert found == []
    assert recorder.untranslated(_app_sources()) == []
