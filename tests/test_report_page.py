"""Page 5 報告書 driven like a user would: typing, evidence files, the PDF, preview, print, Finish."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
    QWizard,
)

from app.core.case import load_case, save_case
from app.core.example_case import example_case
from app.core.report_details import ActionKind, ActionStatus, Answer, RecoveryAction, RequestType
from app.ui.widgets.checked_field import ERROR_STYLE
from tests.test_wizard_shell import type_text


def open_example(wizard, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Open the example case from a file and go to the report page."""
    path = tmp_path / "example.mamori.json"
    save_case(example_case(), path)
    wizard.page_by_key("welcome").open_path(path)
    wizard.go_to_page("report")
    page = wizard.page_by_key("report")
    assert wizard.currentPage() is page
    return page


def new_case_on_report_page(qtbot, wizard):  # type: ignore[no-untyped-def]
    """A new case with only a domain, on the report page."""
    welcome = wizard.page_by_key("welcome")
    qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    situation = wizard.page_by_key("situation")
    type_text(qtbot, situation.domain.edit, "example.co.jp")
    type_text(qtbot, situation.company, "株式会社テスト商会")
    wizard.go_to_page("report")
    page = wizard.page_by_key("report")
    assert wizard.currentPage() is page
    return page


def wait_idle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy and not page.evidence.busy, timeout=30_000)


def create(qtbot, page, path: Path):  # type: ignore[no-untyped-def]
    handle = page.create_pdf(path)
    assert handle is not None
    wait_idle(qtbot, page)
    assert path.is_file(), page.pdf_status.text() + page.pdf_problem.text()
    return path


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def press_in_next_message_box(button_text: str, seen: list[str], tries: int = 200) -> None:
    """Answer the next modal message box (a bounded number of retries, never forever)."""

    def attempt(left: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(25, lambda: attempt(left - 1))
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button_text in button.text():
                button.click()
                return
        box.reject()

    QTimer.singleShot(25, lambda: attempt(tries))


# -- filling in and round trip ---------------------------------------------------------------------


def test_typed_fields_are_saved_and_come_back_when_the_case_is_reopened(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = new_case_on_report_page(qtbot, wizard)
    page.show_tab("vendor")
    type_text(qtbot, page.vendor_name, "株式会社セキュア相談室")
    type_text(qtbot, page.vendor_person, "鈴木 一郎")
    type_text(qtbot, page.vendor_email.edit, "ｓｕｐｐｏｒｔ＠ｓｅｃｕｒｅ．ｅｘａｍｐｌｅ．ｊｐ")
    type_text(qtbot, page.vendor_phone, "03-0000-5678")
    qtbot.mouseClick(page.request_checks[RequestType.QUESTION], Qt.MouseButton.LeftButton)
    page.request_checks[RequestType.INVESTIGATION].setChecked(True)
    type_text(qtbot, page.request_text, "原因の調査をお願いします。")
    type_text(qtbot, page.questions, "ログから持ち出しが分かりますか。\n報告は必要ですか。")
    type_text(qtbot, page.unresolved, "Barracuda の解除が未確認。")
    page.show_tab("incident")
    type_text(qtbot, page.current_status, "パスワード変更済み。")
    type_text(qtbot, page.suspected_cause, "パスワードがユーザー名と同じ")
    type_text(qtbot, page.spam_start.edit, "2026年11月14日 2時13分")
    type_text(qtbot, page.spam_samples, '<img src="/etc/passwd"><b>未閉じ\n"Admin" <a@b.jp>')
    type_text(qtbot, page.server_addresses, "２０３．０．１１３．２５")
    page.actions.add_action(
        RecoveryAction(ActionKind.SPF, "SPF レコードを追加", ActionStatus.PLANNED), edit=True
    )
    page.show_tab("evidence")
    type_text(qtbot, page.log_excerpt, "Nov 14 02:13:07 sv0000 postfix/smtpd: <script>")
    page.log_zone.setCurrentText("JST (日本時間)")
    page.ntp.setCurrentIndex(page.ntp.findData("yes"))
    page.show_tab("privacy")
    page.impact.answers["in_mailbox"].setCurrentIndex(
        page.impact.answers["in_mailbox"].findData("yes")
    )
    type_text(qtbot, page.impact.notes["in_mailbox"], "顧客の問い合わせメール")
    type_text(qtbot, page.impact.people_count.edit, "約３００人")

    # Leaving the page (here: Back) stores it and saves the case file.
    wizard.back()
    path = wizard.case_path
    assert path is not None
    saved = load_case(path).report
    assert saved.vendor.name == "株式会社セキュア相談室"
    assert saved.vendor.email == "support@secure.example.jp"
    assert saved.request_types == [RequestType.QUESTION, RequestType.INVESTIGATION]
    assert saved.questions == ["ログから持ち出しが分かりますか。", "報告は必要ですか。"]
    assert saved.unresolved == ["Barracuda の解除が未確認。"]
    assert saved.spam_period_start is not None and saved.spam_period_start.hour == 2
    assert saved.spam_samples == ['<img src="/etc/passwd"><b>未閉じ', '"Admin" <a@b.jp>']
    assert saved.server_addresses == ["203.0.113.25"]
    assert saved.recovery_actions[0].kind is ActionKind.SPF
    assert saved.recovery_actions[0].status is ActionStatus.PLANNED
    assert saved.clock.ntp_synced is Answer.YES
    assert saved.clock.log_time_zone == "JST (日本時間)"
    assert saved.personal_data.in_mailbox.answer is Answer.YES
    assert saved.personal_data.people_count == 300
    assert saved.log_excerpt.endswith("<script>")

    # Reopen the saved file: every field shows what was typed.
    wizard.open_case(path)
    wizard.go_to_page("report")
    page = wizard.page_by_key("report")
    assert page.vendor_person.text() == "鈴木 一郎"
    assert page.request_checks[RequestType.QUESTION].isChecked()
    assert not page.request_checks[RequestType.INFORMATION].isChecked()
    assert page.spam_samples.toPlainText() == '<img src="/etc/passwd"><b>未閉じ\n"Admin" <a@b.jp>'
    assert page.spam_start.text() == "2026-11-14 02:13"
    assert page.actions.table.item(0, 1).text() == "SPF レコードを追加"
    assert page.actions.table.item(0, 2).text() == "予定"
    assert page.impact.people_count.text() == "300"
    assert page.ntp.currentText() == "はい"


def test_the_example_case_shows_on_every_tab(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    assert page.vendor_name.text() == "株式会社セキュア相談室"
    assert page.evidence.table.rowCount() == 2
    assert page.actions.table.rowCount() == 4
    assert "info@example.co.jp" in page.note_edits
    assert page.impact.answers["could_be_read"].currentText() == "わからない"
    assert "2026年11月19日" in page.privacy_deadlines.text()  # 3 days after it was noticed
    assert page.spam_samples.toPlainText().endswith(
        '"Amazon" <no-reply@amaz0n-security.example.net>'
    )


def test_attacker_text_is_never_shown_as_rich_text(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    page.show_tab("vendor")
    type_text(qtbot, page.vendor_name, "<b>R&D</b>")
    page.refresh_review()
    rich = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText and "<" in label.text()
    ]
    assert rich == []
    create(qtbot, page, tmp_path / "<b>太字&amp;.pdf")
    assert page.pdf_status.textFormat() == Qt.TextFormat.PlainText
    assert "<b>太字&amp;.pdf" in page.pdf_status.text()
    assert "<b>R&D</b>" in pdf_text(tmp_path / "<b>太字&amp;.pdf")


# -- evidence files --------------------------------------------------------------------------------


def test_adding_an_evidence_file_hashes_it_off_the_gui_thread_and_saves_it(
    qtbot, wizard, tmp_path: Path, app_home: Path
) -> None:  # type: ignore[no-untyped-def]
    page = new_case_on_report_page(qtbot, wizard)
    page.show_tab("evidence")
    data = os.urandom(3 * 1024 * 1024 + 17)  # several chunks: progress is reported
    log_file = tmp_path / "maillog-20261114"
    log_file.write_bytes(data)
    values: list[int] = []
    page.evidence.progress.valueChanged.connect(values.append)
    assert page.evidence.add_files([log_file]) is not None
    wait_idle(qtbot, page)
    table = page.evidence.table
    assert table.rowCount() == 1
    digest = hashlib.sha256(data).hexdigest()
    assert table.item(0, 6).text() == digest[:12] + "…"
    assert table.item(0, 6).toolTip() == digest
    assert table.item(0, 1).toolTip() == "maillog-20261114"
    assert table.item(0, 1).text().replace("\u200b", "") == "maillog-20261114"
    # The name wraps in a narrow column, but a screen reader and Ctrl+C get the name itself.
    assert table.item(0, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "maillog-20261114"
    table.setCurrentCell(0, 1)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "maillog-20261114"
    assert table.item(0, 2).text() == "3.1 MB"
    assert table.item(0, 3).text() == str(tmp_path)  # where the original is kept
    assert page.evidence.selected_sha.text() == digest
    assert any(v > 0 for v in values)
    # Written into the case and saved at once, without leaving the page.
    saved = load_case(wizard.case_path).report.evidence
    assert [(e.file_name, e.size, e.sha256) for e in saved] == [
        ("maillog-20261114", len(data), digest)
    ]
    # The file itself was not copied anywhere the app writes to.
    copies = [
        p
        for p in app_home.rglob("*")
        if p.is_file() and p.stat().st_size == len(data) and p.read_bytes() == data
    ]
    assert copies == []
    # The same file again is refused, a missing one explained; nothing else changes.
    page.evidence.add_files([log_file, tmp_path / "nai.log"])
    wait_idle(qtbot, page)
    assert table.rowCount() == 1
    problems = page.evidence.problems.text()
    assert "すでに一覧にあります" in problems
    assert "「nai.log」が見つかりません" in problems


def test_stop_keeps_the_files_already_hashed_and_names_the_others(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = new_case_on_report_page(qtbot, wizard)
    page.show_tab("evidence")
    first = tmp_path / "maillog-1"
    first.write_bytes(b"first log\n" * 1000)
    # A named pipe: reading it waits until the test writes, so Stop is pressed while the
    # second file is being hashed, without depending on timing.
    second = tmp_path / "maillog-2"
    os.mkfifo(second)
    third = tmp_path / "maillog-3"
    third.write_bytes(b"third log\n")
    editor = page.evidence
    assert editor.add_files([first, second, third]) is not None
    qtbot.waitUntil(lambda: "maillog-2" in editor.progress_label.text(), timeout=10_000)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    with second.open("wb") as pipe:  # lets the reader go on; it then sees the Stop
        pipe.write(b"x")
    wait_idle(qtbot, page)
    table = editor.table
    assert table.rowCount() == 1
    assert table.item(0, 1).toolTip() == "maillog-1"
    digest = hashlib.sha256(first.read_bytes()).hexdigest()
    assert table.item(0, 6).text() == digest[:12] + "…"
    assert table.item(0, 6).toolTip() == digest
    problems = editor.problems.text()
    assert "中止しました" in problems
    assert "maillog-2" in problems and "maillog-3" in problems
    assert "maillog-1" not in problems
    assert [e.sha256 for e in load_case(wizard.case_path).report.evidence] == [digest]


def test_the_evidence_table_fits_the_page_without_scrolling_sideways(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # At the default window size the SHA-256 column was off to the right and "collected on"
    # showed one character; every column must be in view with its heading readable.
    page = open_example(wizard, tmp_path)
    wizard.show()
    qtbot.waitExposed(wizard)
    page.show_tab("evidence")
    table = page.evidence.table
    qtbot.waitUntil(lambda: table.isVisible(), timeout=5000)
    header = table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert total <= table.viewport().width()
    metrics = header.fontMetrics()
    for column in range(table.columnCount()):
        heading = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(heading), heading
    full = page.evidence.selected_sha.text()
    assert len(full) == 64 and table.item(0, 6).text() == full[:12] + "…"


def test_evidence_details_typed_in_the_table_are_kept(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    table = page.evidence.table
    table.item(0, 3).setText("金庫の USB メモリ")
    table.item(0, 4).setText("2026年11月16日 15時10分")
    wizard.back()
    saved = load_case(wizard.case_path).report.evidence[0]
    assert saved.kept_at == "金庫の USB メモリ"
    assert saved.sha256 == example_case().report.evidence[0].sha256  # never editable
    wizard.go_to_page("report")
    table.item(0, 4).setText("2026-02-30 10:00")
    assert "存在しない日付" in page.evidence.problems.text()


# -- the PDF ---------------------------------------------------------------------------------------


def test_create_pdf_writes_the_report_with_headings_and_vendor(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    type_text(qtbot, page.vendor_person, "（追記）")
    (tmp_path / "out").mkdir()
    path = create(qtbot, page, tmp_path / "out" / "報告書.pdf")
    text = pdf_text(path)
    for heading in (
        "インシデント報告書",
        "概要",
        "発覚の経緯",
        "時系列・初動対応",
        "実施済み対応・証拠保全",
        "個人情報への影響",
        "連絡先・依頼内容",
    ):
        assert heading in text, heading
    assert "株式会社セキュア相談室" in text
    assert "鈴木 一郎（追記）" in text.replace("\n", "")
    reader = PdfReader(path)
    pages = len(reader.pages)
    status = page.pdf_status.text()
    assert f"{pages} ページ" in status
    assert "報告書.pdf" in status
    # Recorded in the case (and saved), so that Finish knows the PDF is up to date.
    record = load_case(wizard.case_path).report.last_pdf
    assert record is not None and record.path == str(path) and record.pages == pages
    assert page.preview_button.isEnabled() and page.print_button.isEnabled()


def test_the_save_dialog_proposes_documents_and_adds_pdf(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    page = open_example(wizard, tmp_path)
    proposed: list[str] = []

    def fake_dialog(parent, title, directory, filters):  # type: ignore[no-untyped-def]
        proposed.append(directory)
        return str(tmp_path / "英語版"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    page.report_language.setCurrentIndex(page.report_language.findData("en"))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert re.search(r"Incident-report_株式会社やまだ商店_\d{4}-\d\d-\d\d\.pdf$", proposed[0])
    path = tmp_path / "英語版.pdf"
    assert path.is_file()
    text = pdf_text(path)
    assert "Incident report" in text
    assert "株式会社セキュア相談室" in text


def test_changes_after_the_pdf_mark_it_out_of_date(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    create(qtbot, page, tmp_path / "r.pdf")
    assert "内容が変わりました" not in page.pdf_status.text()
    type_text(qtbot, page.vendor_phone, "内線 12")
    page.refresh_review()
    assert "内容が変わりました" in page.pdf_status.text()


def test_preview_shows_every_page_with_navigation_and_zoom(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    path = create(qtbot, page, tmp_path / "r.pdf")
    pages = len(PdfReader(path).pages)
    dialog = page.preview()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.page_count() == pages
    assert dialog.page_count_label.text() == f"/ {pages}"
    assert not dialog.previous_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() == 1 and dialog.page.value() == 2
    dialog.page.setValue(pages)
    assert dialog.current_page() == pages - 1
    assert not dialog.next_button.isEnabled()
    assert dialog.fit_width_button.isChecked()
    before = dialog.effective_zoom()
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)
    assert dialog.zoom_label.text() == f"{before * 125:.0f} %"
    assert not dialog.fit_width_button.isChecked()
    qtbot.mouseClick(dialog.fit_page_button, Qt.MouseButton.LeftButton)
    assert dialog.fit_page_button.isChecked() and dialog.effective_zoom() < before
    dialog.close()


def _open_handles(path: Path) -> list[str]:
    """This process's open file descriptors on `path` (Linux)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                found.append(fd)
        except OSError:
            continue  # closed meanwhile
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_the_preview_keeps_no_handle_on_the_pdf_so_it_can_be_created_again(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # On Windows a file held open cannot be replaced: with the preview open, creating the PDF
    # again under the same name failed ("close the file in the other program").
    page = open_example(wizard, tmp_path)
    path = create(qtbot, page, tmp_path / "r.pdf")
    dialog = page.preview()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.page_count() == len(PdfReader(path).pages)
    assert _open_handles(path) == []
    type_text(qtbot, page.vendor_person, "（追記）")
    create(qtbot, page, path)
    assert _open_handles(path) == []
    # The preview shows the new file: the addition is on its first page.
    assert dialog.page_count() == len(PdfReader(path).pages)
    assert "（追記）" in (dialog.document.getAllText(0).text() or "").replace("\n", "")
    dialog.close()


def test_the_preview_names_the_file_it_shows_after_the_pdf_is_created_elsewhere(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    create(qtbot, page, tmp_path / "first.pdf")
    dialog = page.preview()
    assert dialog is not None
    assert "first.pdf" in dialog.windowTitle()
    create(qtbot, page, tmp_path / "second.pdf")
    assert "second.pdf" in dialog.windowTitle() and "first" not in dialog.windowTitle()
    dialog.close()


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_renders_every_page_onto_a_real_printer(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.printing import prepare_printer

    page = open_example(wizard, tmp_path)
    path = create(qtbot, page, tmp_path / "r.pdf")
    pages = len(PdfReader(path).pages)
    printer = _pdf_printer(tmp_path / "printed.pdf")
    assert prepare_printer(printer, path) == pages
    assert printer.pageLayout().pageSize().id().name == "A4"
    assert page.print_to(printer) is not None
    wait_idle(qtbot, page)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    width, height = (float(v) for v in printed.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 portrait, like the report
    assert f"{pages} ページをプリンタに送りました" in page.pdf_status.text()


def test_printing_a_page_range(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.printing import prepare_printer

    page = open_example(wizard, tmp_path)
    path = create(qtbot, page, tmp_path / "r.pdf")
    printer = _pdf_printer(tmp_path / "two.pdf")
    prepare_printer(printer, path)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    page.print_to(printer)
    wait_idle(qtbot, page)
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2


def test_the_print_button_sets_up_the_dialog_for_the_report(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog

    page = open_example(wizard, tmp_path)
    path = create(qtbot, page, tmp_path / "r.pdf")
    pages = len(PdfReader(path).pages)
    offered: list[tuple[int, int, str]] = []

    def choose_pdf_printer(dialog: QPrintDialog) -> int:
        # Only the user's choice is simulated: "print to file" as a PDF, pages as offered.
        printer = dialog.printer()
        offered.append((dialog.minPage(), dialog.maxPage(), printer.docName()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "from-dialog.pdf"))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert offered == [(1, pages, "r")]
    assert len(PdfReader(tmp_path / "from-dialog.pdf").pages) == pages


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_in_viewer_and_open_folder_hand_the_right_files_to_the_system(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    path = create(qtbot, page, tmp_path / "r.pdf")
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [path, tmp_path]


# -- review and links back -------------------------------------------------------------------------


def _review_states(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The state names of the review's icons (each icon is named by its state's word)."""
    return [
        label.accessibleName()
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(page) and not label.pixmap().isNull() and label.accessibleName()
    ]


def test_the_review_reflects_an_empty_and_a_filled_case(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = new_case_on_report_page(qtbot, wizard)
    # Rows added to a visible page are shown by Qt at the next turn of the event loop.
    qtbot.waitUntil(lambda: len(_review_states(page)) == 13)
    states = _review_states(page)
    assert states.count("入力済み") == 0
    assert states.count("未確認") == 3  # blacklists, passwords, sender authentication
    page = open_example(wizard, tmp_path)
    qtbot.waitUntil(lambda: _review_states(page).count("入力済み") == 9)
    states = _review_states(page)
    assert states.count("一部のみ") == 1
    # The word is there too, not only the coloured shape.
    words = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert "入力済み" in words and "一部のみ" in words


def test_a_complete_check_that_found_problems_is_not_shown_with_a_clean_tick(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.status_icons import StatusKind

    page = open_example(wizard, tmp_path)
    qtbot.waitUntil(lambda: len(page.review_states) == 13)
    # Listed on 4 lists; SPF error and DMARC to fix: checked, and something to do.
    for key in ("blacklist", "sender_auth"):
        assert page.review_states[key] == (StatusKind.WARNING, "確認済み・要対応"), key
    # A partly done check keeps its own word.
    assert page.review_states["audit"] == (StatusKind.WARNING, "一部確認済み")
    assert page.review_states["summary"] == (StatusKind.OK, "入力済み")
    words = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert "確認済み・要対応" in words
    assert "確認済み" not in words
    wizard.languages.set_language("en")
    qtbot.waitUntil(lambda: page.review_states["blacklist"][1] == "Checked: action needed")


def test_the_address_checked_on_the_blacklists_is_not_asked_for_again(  # type: ignore[no-untyped-def]
    qtbot, wizard, tmp_path: Path
) -> None:
    from app.ui.widgets.status_icons import StatusKind

    # Page 5's own address field is empty, but page 2 checked the mail server's 203.0.113.25:
    # the review does not list 「メールサーバの IP アドレス」 as missing (the PDF prints it).
    case = example_case()
    case.report.server_addresses = []
    path = tmp_path / "example.mamori.json"
    save_case(case, path)
    wizard.page_by_key("welcome").open_path(path)
    wizard.go_to_page("report")
    page = wizard.page_by_key("report")
    qtbot.waitUntil(lambda: len(page.review_states) == 13)
    assert page.review_states["system"] == (StatusKind.OK, "入力済み")
    missing = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(page) and label.text().startswith("未入力:")
    ]
    assert missing and not any("メールサーバの IP アドレス" in text for text in missing)


def test_an_empty_review_is_grey_not_red(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.status_icons import StatusKind

    # Everything on page 5 is optional: a blank section is not a failure, so it is not the red
    # cross that means 要対応/不合格 elsewhere in the wizard.
    page = new_case_on_report_page(qtbot, wizard)
    qtbot.waitUntil(lambda: len(page.review_states) == 13)
    kinds = {key: kind for key, (kind, _word) in page.review_states.items()}
    assert StatusKind.BAD not in kinds.values()
    for key in ("blacklist", "audit", "sender_auth"):
        assert page.review_states[key] == (StatusKind.UNKNOWN, "未確認"), key
    assert page.review_states["open"] == (StatusKind.PENDING, "未入力")
    # Partly filled stays the warning triangle.
    assert kinds["contact"] is StatusKind.WARNING
    words = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert "未入力: 未回答 7 問 (全 7 問)、人数" in words


def test_links_back_go_to_the_page_or_tab_where_the_gap_is_filled(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = new_case_on_report_page(qtbot, wizard)
    targets = {(key, where) for key, where, _button in page.review_buttons}
    assert ("summary", "situation") in targets
    assert ("contact", "report:vendor") in targets
    assert ("privacy", "report:privacy") in targets
    # A check step gets a button back exactly when its page is part of the wizard.
    for step in ("blacklist", "sender_auth"):
        has_button = any(where == step for _key, where, _b in page.review_buttons)
        assert has_button == (wizard.page_by_key(step) is not None)
    vendor = next(b for k, w, b in page.review_buttons if (k, w) == ("contact", "report:vendor"))
    assert vendor.text() == "「依頼先・依頼内容」を開く"
    qtbot.mouseClick(vendor, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == 1
    assert QApplication.focusWidget() is page.vendor_name
    page.show_tab("review")
    situation = next(b for k, w, b in page.review_buttons if (k, w) == ("discovery", "situation"))
    assert situation.text() == "「状況の確認」へ移動"
    qtbot.mouseClick(situation, Qt.MouseButton.LeftButton)
    assert wizard.currentPage().key == "situation"


def test_typing_updates_the_review(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = new_case_on_report_page(qtbot, wizard)
    before = {k for k, _w, _b in page.review_buttons}
    assert "open" in before
    type_text(qtbot, page.questions, "質問 1")
    type_text(qtbot, page.unresolved, "未解決 1")
    qtbot.waitUntil(lambda: "open" not in {k for k, _w, _b in page.review_buttons})


# -- Finish ----------------------------------------------------------------------------------------


def test_finish_without_a_pdf_reminds_gently_and_can_go_on(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and "保存して終了" in finish.text()
    type_text(qtbot, page.vendor_phone, "（代表）")
    seen: list[str] = []
    press_in_next_message_box("キャンセル", seen)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert "まだ作成していません" in seen[0]
    assert wizard.isVisible() and wizard.currentPage() is page
    # What was typed is saved even so.
    assert load_case(wizard.case_path).report.vendor.phone.endswith("（代表）")
    press_in_next_message_box("作成せずに終了", seen)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_finish_after_creating_the_pdf_just_saves_and_closes(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    create(qtbot, page, tmp_path / "r.pdf")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert asked == []  # no reminder: the PDF is up to date
    assert not wizard.isVisible()
    saved = load_case(wizard.case_path)
    assert saved.report.last_pdf is not None


def test_finish_offers_to_create_the_pdf_when_it_is_out_of_date(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    page = open_example(wizard, tmp_path)
    create(qtbot, page, tmp_path / "r.pdf")
    type_text(qtbot, page.vendor_phone, "（代表）")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "again.pdf"), "")
    )
    seen: list[str] = []
    press_in_next_message_box("今すぐ PDF を作成する", seen)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert "内容が変わっています" in seen[0]
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: (tmp_path / "again.pdf").is_file(), timeout=30_000)
    wait_idle(qtbot, page)
    assert "（代表）" in pdf_text(tmp_path / "again.pdf")


def test_after_create_the_pdf_now_from_finish_the_page_says_what_is_left_to_do(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    # The reminder's "Create the PDF now" leaves the wizard open (the owner may want to look
    # at the PDF first); the page then said only when and where the PDF was made.
    page = open_example(wizard, tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.pdf"), "")
    )
    seen: list[str] = []
    press_in_next_message_box("今すぐ PDF を作成する", seen)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "r.pdf").is_file(), timeout=30_000)
    wait_idle(qtbot, page)
    assert wizard.isVisible()
    status = page.pdf_status.text()
    assert "セキュリティ会社に渡してください" in status and "「保存して終了」" in status
    assert page.pdf_status.styleSheet() == ""
    # Once the case changes, the PDF is out of date: the page says so instead.
    type_text(qtbot, page.vendor_phone, "（代表）")
    qtbot.waitUntil(lambda: "内容が変わりました" in page.pdf_status.text())
    assert "「保存して終了」" not in page.pdf_status.text()


def test_a_failed_save_is_not_followed_by_the_next_step(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    create(qtbot, page, tmp_path / "r.pdf")
    not_a_folder = tmp_path / "note.txt"
    not_a_folder.write_text("x")
    page.create_pdf(not_a_folder / "r.pdf")
    wait_idle(qtbot, page)
    # The failure has a line of its own, in the error style with a mark...
    problem = page.pdf_problem.text()
    assert page.pdf_problem.isVisible()
    assert problem.startswith("⚠") and "保存できませんでした" in problem
    assert page.pdf_problem.styleSheet() == ERROR_STYLE
    # ...and the earlier PDF, still there, is not painted red with it.
    status = page.pdf_status.text()
    assert "r.pdf" in status and "保存できませんでした" not in status
    assert page.pdf_status.styleSheet() == ""
    assert "「保存して終了」" not in status + problem


def test_a_case_that_cannot_be_saved_after_the_pdf_leaves_the_pdf_line_alone(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets import announce

    announced: list[str] = []
    monkeypatch.setattr(announce, "_send", lambda event: announced.append(event.message()))
    page = open_example(wizard, tmp_path)
    # The case's folder is gone and a file has its name (as a drive taken away, a folder made
    # read-only): the PDF itself goes elsewhere and is written.
    blocker = tmp_path / "cases"
    blocker.write_text("not a folder", encoding="utf-8")
    wizard.case_path = blocker / "example.mamori.json"
    try:
        seen: list[str] = []
        press_in_next_message_box("OK", seen)  # the wizard's own warning, once
        create(qtbot, page, tmp_path / "r.pdf")
        assert seen and "保存できませんでした" in seen[0]
        # The PDF was made: its line names it and is not in the error style.
        status = page.pdf_status.text()
        assert "r.pdf" in status and "保存できませんでした" not in status
        assert page.pdf_status.styleSheet() == ""
        assert not page.pdf_problem.isVisible()
        # The case's save has its own line, in the error style with a mark, saying what failed,
        # where, and that the PDF is not affected.
        save = page.save_status.text()
        assert page.save_status.isVisible()
        assert save.startswith("⚠") and "事案を" in save and "保存できませんでした" in save
        assert str(blocker) in save and "上の PDF は問題なく" in save
        assert page.save_status.styleSheet() == ERROR_STYLE
        assert "「保存して終了」" not in status + save
        # A screen reader hears both, the PDF first.
        assert announced and "r.pdf" in announced[-1] and "保存できませんでした" in announced[-1]
        assert announced[-1].index("r.pdf") < announced[-1].index("事案を")
    finally:
        # Once the case can be saved again (also when a check above failed: closing the
        # wizard would otherwise wait for an answer about the unsaved case)...
        wizard.case_path = tmp_path / "fixed.mamori.json"
        assert wizard.autosave()
    # ...the save line goes, and the next step is shown again.
    assert not page.save_status.isVisible()
    assert "「保存して終了」" in page.pdf_status.text()


# -- keyboard and accessibility --------------------------------------------------------------------


def _visible_inputs(page: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QTableWidget, QAbstractButton)
    return [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisibleTo(page) and type(w).__name__ != "QScrollBar"
    ]


@pytest.mark.parametrize("tab", ["review", "vendor", "incident", "evidence", "privacy"])
def test_every_control_on_every_tab_is_named_and_reachable_by_keyboard(
    qtbot, wizard, tmp_path: Path, tab: str
) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    page.show_tab(tab)
    unnamed, unfocusable = [], []
    for widget in _visible_inputs(page):
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        if not name.strip():
            unnamed.append(f"{type(widget).__name__}")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            unfocusable.append(type(widget).__name__)
    assert unnamed == []
    assert unfocusable == []


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("tab", ["review", "vendor", "incident", "evidence", "privacy"])
def test_no_mnemonic_clash_on_any_tab(qtbot, wizard, tmp_path: Path, tab: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    page = open_example(wizard, tmp_path)
    wizard.set_language(lang)
    qtbot.wait(10)
    page.show_tab(tab)
    owners: dict[str, list[str]] = {}
    widgets = [
        *page.findChildren(QWidget),
        *(
            wizard.button(b)
            for b in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
                QWizard.WizardButton.CustomButton1,
            )
        ),
    ]
    texts = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    for text in texts:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            owners.setdefault(match.group(1).lower(), []).append(text)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_alt_digit_switches_tabs_and_alt_p_creates(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    page = open_example(wizard, tmp_path)
    page.tabs.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 3
    asked: list[bool] = []

    def fake_dialog(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(True)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click: the button reacts at the next turn of the event loop.
    qtbot.waitUntil(lambda: asked == [True])


def test_by_keyboard_create_pdf_keeps_the_focus_on_its_button(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QFileDialog

    # Every PDF button is disabled while the PDF is made: the focus went on to the language
    # choice and stayed there.
    page = open_example(wizard, tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "report.pdf"), "")
    )
    page.create_button.setFocus()
    qtbot.keyClick(page.create_button, Qt.Key.Key_Space)
    wait_idle(qtbot, page)
    assert (tmp_path / "report.pdf").is_file()
    assert QApplication.focusWidget() is page.create_button


def test_spam_period_times_show_how_they_were_read_and_relative_ones_are_rewritten(
    qtbot, wizard, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    import app.core.normalize as normalize

    now = datetime(2026, 11, 27, 12, 0, tzinfo=normalize.JST)
    monkeypatch.setattr(normalize, "now_jst", lambda: now)
    page = new_case_on_report_page(qtbot, wizard)
    page.show_tab("incident")
    # A rough time is kept as typed and shown as read.
    type_text(qtbot, page.spam_start.edit, "11月14日 深夜2時頃")
    page.spam_start.edit.editingFinished.emit()
    assert page.spam_start.text() == "11月14日 深夜2時頃"
    assert "2026-11-14 02:00 (日本時間) と読み取りました" in page.spam_start.message.text()
    assert page.spam_start.message.isVisible()
    # A time relative to today becomes its date on leaving; Ctrl+Z brings the words back.
    type_text(qtbot, page.spam_end.edit, "昨日の夜9時")
    page.spam_end.edit.editingFinished.emit()
    assert page.spam_end.text() == "2026-11-26 21:00"
    assert "「昨日の夜9時」を 2026-11-26 21:00 (日本時間)" in page.spam_end.message.text()
    page.store_case(wizard.case)
    assert wizard.case.report.spam_period_start == datetime(
        2026, 11, 14, 2, 0, tzinfo=normalize.JST
    )
    assert wizard.case.report.spam_period_end == datetime(2026, 11, 26, 21, 0, tzinfo=normalize.JST)
    page.spam_end.edit.undo()
    assert page.spam_end.text() == "昨日の夜9時"


def test_create_pdf_points_out_a_mistyped_field_before_it_goes_missing_from_the_pdf(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    # A vendor address with a mistake is only on screen, not in the case: the PDF came out
    # without it and nothing said so.
    page = open_example(wizard, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args: asked.append("dialog") or (str(tmp_path / "report.pdf"), ""),
    )
    page.vendor_email.set_text("")
    type_text(qtbot, page.vendor_email.edit, "suzuki@")
    page.show_tab("privacy")
    seen: list[str] = []
    press_in_next_message_box("戻って直す", seen)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert seen and "依頼先のメールアドレス" in seen[0]
    assert "PDF" in seen[0]
    # Back at the field, nothing made.
    assert asked == [] and not (tmp_path / "report.pdf").exists()
    assert page.tabs.currentIndex() == page._tab_keys.index("vendor")
    assert wizard.focusWidget() is page.vendor_email.edit
    # The owner may still go ahead: the PDF is made without the address.
    press_in_next_message_box("含めずに PDF を作成", seen)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert asked == ["dialog"] and (tmp_path / "report.pdf").is_file()
    assert "suzuki@" not in pdf_text(tmp_path / "report.pdf")


def test_create_pdf_goes_straight_to_the_save_dialog_when_all_input_is_saved(
    qtbot, wizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    page = open_example(wizard, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "report.pdf"), "")
    )
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert asked == [] and (tmp_path / "report.pdf").is_file()
