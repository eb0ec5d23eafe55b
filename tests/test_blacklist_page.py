"""Page 2 ブラックリスト確認 driven like a user: a run, a cancel, a re-check, the details, the
bounce dialog, skipping, the resolver-blocked banner and the DQS key settings."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date, datetime

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QDate, QObject, QPoint, QRect, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
    QWizard,
)

from app.core import dqs_key
from app.core.case import Case, load_case
from app.core.dnsbl_lists import list_by_id
from app.core.dnsbl_targets import parse_target
from app.core.normalize import JST
from app.ui.widgets.blacklist_widgets import ReceivedDialog
from tests.dnsbl_zones import list_domain, list_ip, publish_healthy, test_lists
from tests.keyring_backends import GatedKeyring, MemoryKeyring
from tests.report_support import build, flat, page_texts
from tests.test_dnsbl_targets import BOUNCE
from tests.test_wizard_shell import type_text

IP = "203.0.113.25"


@pytest.fixture
def lists():  # type: ignore[no-untyped-def]
    return test_lists()


@pytest.fixture
def server(dns_server, lists):  # type: ignore[no-untyped-def]
    publish_healthy(dns_server, lists)
    dns_server.add_record("example.co.jp", "MX", "10 mail.example.co.jp.")
    dns_server.add_record("mail.example.co.jp", "A", IP)
    return dns_server


@pytest.fixture
def page(qtbot, wizard, server, lists):  # type: ignore[no-untyped-def]
    """The wizard on page 2 for a fresh case of example.co.jp, asking the test server."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # no DQS key from this machine's password store
    wizard.settings.resolver = server.address
    case = Case()
    case.organisation.company = "株式会社テスト"
    case.organisation.domain = case.organisation.domain_ascii = "example.co.jp"
    wizard.case = case
    wizard.load_into_pages()
    blacklist = wizard.page_by_key("blacklist")
    blacklist.lists = lists
    blacklist.timeout = 3.0  # the app's own: every query is answered, however loaded the machine
    wizard.go_to_page("blacklist")
    assert wizard.currentPage() is blacklist
    yield blacklist
    keyring.set_keyring(previous)


def next_enabled(wizard) -> bool:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.FinishButton)
    return button.isEnabled()


def result_texts(page) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    table = page.table
    return {
        (table.item(row, 0).text(), table.item(row, 1).text()): table.item(row, 2).text()
        for row in range(table.rowCount())
    }


def run_and_wait(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._running, timeout=15000)


def test_a_run_fills_the_rows_stores_the_history_and_enables_next(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, list_by_id(lists, "spamcop"), IP, txt="Blocked - see spamcop")
    list_domain(server, list_by_id(lists, "spamhaus-dbl"), "example.co.jp", "127.0.1.102")
    assert [t.value for t in page.targets.targets()] == ["example.co.jp"]
    assert not next_enabled(wizard)
    page.targets.add_field.edit.setText("２０３．０．１１３．２５")
    qtbot.mouseClick(page.targets.add_button, Qt.MouseButton.LeftButton)
    assert [t.value for t in page.targets.targets()] == ["example.co.jp", IP]
    # No "0%" before any check: it read as a check that had run.
    assert not page.progress.isTextVisible()
    progress: list[int] = []
    page.progress.valueChanged.connect(progress.append)
    run_and_wait(qtbot, page)
    assert page.progress.isTextVisible() and page.progress.text() == "100%"
    texts = result_texts(page)
    assert texts[("SpamCop", IP)].startswith("× 掲載")
    assert texts[("Spamhaus DBL", "example.co.jp")].startswith("× 掲載")
    assert texts[("Barracuda (BRBL)", IP)].startswith("○ 掲載なし")
    assert not any("確認中" in t for t in texts.values())
    assert progress and max(progress) > 0
    assert next_enabled(wizard)
    runs = wizard.case.blacklist.runs
    assert len(runs) == 1 and not runs[0].cancelled
    assert wizard.case_path is not None and wizard.case_path.is_file()
    assert "ブラックリストへの掲載が 2 件" in page.status.text()
    # Every result row has an icon and a text mark: never colour alone.
    for row in range(page.table.rowCount()):
        item = page.table.item(row, 2)
        assert not item.icon().isNull() and item.text()[0] in "×○△？－"


def test_details_explain_the_listing_and_offer_the_request_and_the_page(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    row = next(
        r
        for r in range(page.table.rowCount())
        if page.table.item(r, 0).text().startswith("Barracuda")
    )
    page.table.selectRow(row)
    html = page.details.toPlainText()
    assert "Barracuda" in html and "掲載" in html
    assert "まず原因を取り除きます" in html
    assert "https://www.barracudacentral.org/rbl/removal-request" in html
    assert "12〜24 時間" in html
    request = page.request.toPlainText()
    assert request.startswith("Subject: Removal request for 203.0.113.25")
    assert "株式会社テスト" in request
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == request

    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def handle(self, url: QUrl) -> None:
            self.urls.append(url.toString())

    catcher = Catcher()
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    try:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == ["https://www.barracudacentral.org/rbl/removal-request"]


def test_the_owner_s_changes_to_the_request_text_survive_a_language_switch_and_another_row(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    list_ip(server, list_by_id(lists, "spamcop"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)

    def row_of(name: str) -> int:
        return next(
            r for r in range(page.table.rowCount()) if page.table.item(r, 0).text().startswith(name)
        )

    page.table.selectRow(row_of("Barracuda"))
    assert "[your name]" in page.request.toPlainText()
    # The owner completes the placeholders in the box before copying the text.
    edited = page.request.toPlainText().replace("[your name]", "Taro Yamada")
    page.request.selectAll()
    type_text(qtbot, page.request, edited)
    assert page.request.toPlainText() == edited
    wizard.set_language("en")
    wizard.set_language("ja")
    page.table.selectRow(row_of("SpamCop"))
    assert "Taro Yamada" not in page.request.toPlainText()
    page.table.selectRow(row_of("Barracuda"))
    # Both used to refill the box with the generated text: the owner's changes were gone.
    assert page.request.toPlainText() == edited
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == edited


def row_of(page, name: str) -> int:  # type: ignore[no-untyped-def]
    """The row of the list whose name starts with `name`."""
    return next(
        r for r in range(page.table.rowCount()) if page.table.item(r, 0).text().startswith(name)
    )


def edit_request(qtbot, page, old: str, new: str) -> str:  # type: ignore[no-untyped-def]
    """Replace `old` by `new` in the request box as the owner does; returns the new text."""
    edited = page.request.toPlainText().replace(old, new)
    assert old in page.request.toPlainText()
    page.request.selectAll()
    type_text(qtbot, page.request, edited)
    assert page.request.toPlainText() == edited
    return edited


def test_several_addresses_pasted_into_the_field_are_all_added(qtbot, wizard, page) -> None:  # type: ignore[no-untyped-def]
    page.targets.add_field.edit.setText("203.0.113.25、198.51.100.7, 192.168.1.10")
    qtbot.mouseClick(page.targets.add_button, Qt.MouseButton.LeftButton)
    # One private address among them: nothing is added, and the message names it.
    assert [t.value for t in page.targets.targets()] == ["example.co.jp"]
    assert "192.168.1.10" in page.targets.add_field.message.text()
    page.targets.add_field.edit.setText("203.0.113.25、198.51.100.7\n203.0.113.25")
    qtbot.mouseClick(page.targets.add_button, Qt.MouseButton.LeftButton)
    assert [t.value for t in page.targets.targets()] == [
        "example.co.jp",
        "203.0.113.25",
        "198.51.100.7",
    ]
    assert page.targets.add_field.text() == ""


def test_the_request_box_says_what_is_still_to_complete_before_sending(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    page.table.selectRow(row_of(page, "Barracuda"))
    gaps = page.request_gaps.text()
    assert page.request_gaps.isVisibleTo(page)
    assert "角かっこ" in gaps and "[your name]" in gaps
    assert "[company name in Latin letters: 株式会社テスト]" in gaps
    assert "状況の確認" in gaps  # where the names in Latin letters are entered
    wizard.set_language("en")
    qtbot.waitUntil(lambda: "square brackets" in page.request_gaps.text())
    wizard.set_language("ja")
    qtbot.waitUntil(lambda: "角かっこ" in page.request_gaps.text())
    text = page.request.toPlainText()
    for placeholder in re.findall(r"\[[^\]]*\]", text):
        text = text.replace(placeholder, "テスト" if "company" in placeholder else "Taro")
    page.request.selectAll()
    type_text(qtbot, page.request, text)
    gaps = page.request_gaps.text()
    assert "角かっこ" not in gaps and "日本語が含まれています (テスト)" in gaps
    # The last Japanese replaced: typed in one go, as an input method commits it (the text has
    # line breaks, which key clicks cannot type).
    page.request.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(page.request.toPlainText().replace("テスト", "Test K.K."))
    QApplication.sendEvent(page.request, event)
    assert "Test K.K." in page.request.toPlainText()
    assert page.request_gaps.isHidden()
    # Back to the generated text: the gaps are pointed out again.
    page.restore_generated_request()
    assert "[your name]" in page.request_gaps.text()


def test_the_owner_s_request_text_is_there_when_the_case_is_opened_again(
    qtbot, wizard, page, server, lists, fresh_wizard
) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    page.table.selectRow(row_of(page, "Barracuda"))
    generated = page.request.toPlainText()
    assert not page.restore_button.isEnabled() and page.request_note.isHidden()
    edited = edit_request(qtbot, page, "[your name]", "Taro Yamada")
    assert "ご自分で編集した依頼文です" in page.request_note.text()
    assert page.restore_button.isEnabled()
    path = wizard.case_path
    assert path is not None
    wizard.close()  # the case is saved as the window closes

    # The app started again, the case opened from its file.
    again = fresh_wizard()
    again.page_by_key("welcome").open_path(path)
    reopened = again.page_by_key("blacklist")
    reopened.lists = lists
    again.go_to_page("blacklist")
    assert again.currentPage() is reopened
    reopened.table.selectRow(row_of(reopened, "Barracuda"))
    # Kept only while the wizard was open, the owner's text was gone: the generated one came.
    assert reopened.request.toPlainText() == edited
    assert "ご自分で編集した依頼文です" in reopened.request_note.text()
    assert "⚠" not in reopened.request_note.text()  # nothing changed since the edit

    # Back to the generated text; one Undo brings the owner's version back.
    qtbot.mouseClick(reopened.restore_button, Qt.MouseButton.LeftButton)
    assert reopened.request.toPlainText() == generated
    assert not reopened.restore_button.isEnabled() and reopened.request_note.isHidden()
    assert again.case.blacklist.request("barracuda", IP) is None
    assert "元に戻す" in reopened.status.text()
    reopened.request.undo()
    assert reopened.request.toPlainText() == edited
    saved = again.case.blacklist.request("barracuda", IP)
    assert saved is not None and saved.text == edited


def test_copying_the_request_is_saved_at_once_and_later_changes_of_the_facts_are_pointed_out(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    page.table.selectRow(row_of(page, "Barracuda"))
    edited = edit_request(qtbot, page, "[your name]", "Taro Yamada")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == edited
    assert "申請フォーム用にコピーしました" in page.request_note.text()
    # The owner goes on in the browser: what they wrote is in the file already.
    saved = load_case(wizard.case_path).blacklist.request("barracuda", IP)
    assert saved is not None and saved.text == edited and saved.copied_at is not None

    # Later the owner adds a step to the timeline on page 1: the generated text changes.
    wizard.back()
    situation = wizard.page_by_key("situation")
    assert wizard.currentPage() is situation
    situation.timeline.add_row("2026-11-17 10:00", "SMTP 認証を必須に設定", "山田")
    wizard.next()
    assert wizard.currentPage() is page
    page.table.selectRow(row_of(page, "Barracuda"))
    assert page.request.toPlainText() == edited  # the owner's words stay theirs
    assert "前のステップの内容が変わり" in page.request_note.text()
    # Working on the text again means it was read against the facts of now.
    edit_request(qtbot, page, "Taro Yamada", "Taro Yamada (CEO)")
    assert "前のステップの内容が変わり" not in page.request_note.text()


def test_a_recheck_keeps_the_request_while_listed_or_untested_and_drops_it_once_delisted(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    name = list_ip(server, list_by_id(lists, "barracuda"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    page.table.selectRow(row_of(page, "Barracuda"))
    generated = page.request.toPlainText()
    edited = edit_request(qtbot, page, "[your name]", "Taro Yamada")

    def barracuda_status() -> str:
        latest = wizard.case.blacklist.latest()
        return next(r.status for r in latest.results if r.list_id == "barracuda")

    # The list cannot be asked this time: that is no clean result, the request stays.
    server.servfail(name)
    run_and_wait(qtbot, page)
    assert barracuda_status() == "not_tested"
    server.clear_faults(name)
    run_and_wait(qtbot, page)
    assert barracuda_status() == "listed"
    page.table.selectRow(row_of(page, "Barracuda"))
    assert page.request.toPlainText() == edited
    # Delisted: that listing and its request are over.
    server.remove_records(name)
    run_and_wait(qtbot, page)
    assert barracuda_status() == "not_listed"
    assert wizard.case.blacklist.request("barracuda", IP) is None
    # Listed again later: a new listing gets a request made from the facts of now.
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    run_and_wait(qtbot, page)
    page.table.selectRow(row_of(page, "Barracuda"))
    assert page.request.toPlainText() == generated
    assert load_case(wizard.case_path).blacklist.requests == []


def test_cancel_stops_the_run_and_keeps_nothing(qtbot, wizard, page, server) -> None:  # type: ignore[no-untyped-def]
    server.set_global_delay(3.0)
    page.timeout = 5.0
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled()
    assert "確認中" in page.table.item(0, 2).text()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._running, timeout=5000)
    assert all("中止" in t for t in result_texts(page).values())
    assert wizard.case.blacklist.runs == []
    assert not next_enabled(wizard)
    assert "中止しました" in page.status.text()
    assert page.run_button.isEnabled()


def test_a_cancelled_run_leaves_the_bar_where_it_got_to(qtbot, page, server, lists) -> None:  # type: ignore[no-untyped-def]
    """After a cancel the bar showed 100% next to 「中止しました」, as if every list had been
    checked."""
    page.targets.add_targets([parse_target(IP)])
    server.delay(list_by_id(lists, "spamcop").zone, 5.0, subtree=True)
    page.timeout = 8.0
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=10000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._running, timeout=10000)
    assert "中止しました" in page.status.text()
    assert 0 < page.progress.value() < page.progress.maximum()
    assert page.progress.text() != "100%"
    assert any("中止" in t for t in result_texts(page).values())


def test_leaving_the_page_as_the_check_ends_keeps_nothing_either(qtbot, wizard, page) -> None:  # type: ignore[no-untyped-def]
    # The check has just ended on its worker thread, its result not yet handed to the page,
    # when the owner goes back: the page took the check for finished and let the result
    # arrive on a page no longer shown (and keep a run the owner walked away from).
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    task = page._task
    deadline = time.monotonic() + 15
    while task.running and time.monotonic() < deadline:
        time.sleep(0.01)  # no event loop runs: the result cannot reach the page yet
    assert not task.running
    wizard.back()
    assert wizard.currentPage() is not page
    qtbot.waitUntil(lambda: not page._running, timeout=5000)
    assert wizard.case.blacklist.runs == []
    assert all("中止" in t for t in result_texts(page).values())


def test_a_recheck_shows_what_changed(qtbot, wizard, page, server, lists) -> None:  # type: ignore[no-untyped-def]

    spamcop = list_by_id(lists, "spamcop")
    name = list_ip(server, spamcop, IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    assert not page.changes_box.isVisible()
    server.remove_records(name)  # SpamCop lets go after a day
    run_and_wait(qtbot, page)
    assert page.changes_box.isVisible()
    changes = [page.changes.item(i).text() for i in range(page.changes.count())]
    assert changes == [f"SpamCop ({IP}): 掲載 → 解除"]
    assert len(wizard.case.blacklist.runs) == 2
    assert result_texts(page)[("SpamCop", IP)].startswith("○ 掲載なし")


def test_targets_are_looked_up_from_the_domain_on_request(qtbot, page, server) -> None:  # type: ignore[no-untyped-def]
    server.clear_log()
    assert server.queries() == []  # nothing is asked before the user presses a button
    qtbot.mouseClick(page.targets.lookup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.targets.targets()) == 2, timeout=5000)
    target = page.targets.targets()[1]
    assert target.value == IP
    assert "mail.example.co.jp" in page.targets.table.item(1, 2).text()
    qtbot.waitUntil(lambda: page.targets.lookup_button.isEnabled(), timeout=5000)
    assert "1 件" in page.targets.notes.text()


def test_look_up_notes_use_the_bullet_of_the_language_shown(qtbot, wizard, page, server) -> None:  # type: ignore[no-untyped-def]
    server.add_record("example.co.jp", "TXT", "v=spf1 ip4:198.51.100.0/24 -all")
    for lang, bullet, foreign in (("ja", "・", "• "), ("en", "• ", "・")):
        wizard.set_language(lang)
        page.targets.set_targets([])
        page.targets.show_notes([])
        qtbot.mouseClick(page.targets.lookup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "198.51.100.0/24" in page.targets.notes.text(), timeout=5000)
        qtbot.waitUntil(lambda: page.targets.lookup_button.isEnabled(), timeout=5000)
        notes = page.targets.notes.text()
        line = next(line for line in notes.splitlines() if "198.51.100.0/24" in line)
        assert line.startswith(bullet) and foreign not in notes, notes


def test_the_bounce_dialog_offers_the_sending_address(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = ReceivedDialog(("example.co.jp", "sv0000.xserver.jp"), page)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(BOUNCE)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    rows = {
        dialog.found.item(r, 0).text(): dialog.found.item(r, 2).text()
        for r in range(dialog.found.rowCount())
    }
    assert rows[IP] == "メールを送り出した可能性が最も高いアドレス"
    assert rows["192.168.1.10"].startswith("対象外: ネットワーク内部")
    assert [t.value for t in dialog.selected_targets()] == [IP]
    page.add_from_bounce(dialog.selected_targets())
    assert page.targets.targets()[-1].value == IP
    dialog.text.setPlainText("x" * 2_000_001)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert "長すぎます" in dialog.problem.text()
    assert len(dialog.text.toPlainText()) == 2_000_001  # nothing the user pasted is lost


def test_the_bounce_dialog_reads_the_text_pasted_over_the_first(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The owner reads one bounce, pastes another over it and presses Add without reading
    again: the new mail's address is added, not the first one's."""
    dialog = ReceivedDialog(("example.co.jp", "sv0000.xserver.jp"), page)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(BOUNCE)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert [t.value for t in dialog.selected_targets()] == [IP]
    other = BOUNCE.replace(IP, "198.51.100.77")
    dialog.text.selectAll()
    QGuiApplication.clipboard().setText(other)
    dialog.text.paste()
    # The list read from the first mail is not shown for the second.
    assert dialog.found.rowCount() == 0
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [t.value for t in dialog.selected_targets()] == ["198.51.100.77"]


def test_the_bounce_dialog_works_by_keyboard_alone(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = ReceivedDialog(("example.co.jp", "sv0000.xserver.jp"), page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.text.setFocus()
    QGuiApplication.clipboard().setText(BOUNCE)
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text.toPlainText() == BOUNCE
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.read_button
    qtbot.keyClick(dialog.read_button, Qt.Key.Key_Space)
    assert dialog.found.rowCount() > 0
    qtbot.keyClick(dialog.read_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.found
    assert dialog.found.accessibleName() == "エラーメールから見つかったアドレス"
    # Inside the table the arrows move and Space ticks; Tab leaves it for the buttons.
    row = next(r for r in range(dialog.found.rowCount()) if dialog.found.item(r, 0).text() == IP)
    qtbot.keyClick(dialog.found, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(dialog.found, Qt.Key.Key_Down)
    assert dialog.found.currentRow() == row
    qtbot.keyClick(dialog.found, Qt.Key.Key_Space)
    assert dialog.selected_targets() == []
    qtbot.keyClick(dialog.found, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.found, Qt.Key.Key_Tab)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert QApplication.focusWidget() is ok
    qtbot.keyClick(ok, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.found
    qtbot.keyClick(dialog.found, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.read_button
    qtbot.keyClick(dialog.read_button, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.found, Qt.Key.Key_Tab)
    qtbot.keyClick(ok, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [t.value for t in dialog.selected_targets()] == [IP]


def test_a_recorded_reason_lets_the_owner_skip(qtbot, wizard, page) -> None:  # type: ignore[no-untyped-def]
    from tests.test_wizard_shell import type_text

    assert not next_enabled(wizard)
    qtbot.keyClick(page.skip, Qt.Key.Key_Space)
    assert not next_enabled(wizard)
    type_text(qtbot, page.skip_reason, "セキュリティ会社が確認済み")
    assert next_enabled(wizard)
    page.store_case(wizard.case)
    assert wizard.case.blacklist.skipped_reason == "セキュリティ会社が確認済み"


def _in_view(page, widget) -> bool:  # type: ignore[no-untyped-def]
    """Whether `widget` lies wholly inside the page's scroll area as it is scrolled now."""
    area = page.findChild(QScrollArea)
    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= area.viewport().height()


def test_before_a_check_both_ways_on_are_offered_and_the_skip_box_is_in_view(
    qtbot, wizard, page, server
) -> None:  # type: ignore[no-untyped-def]
    wizard.resize(980, 720)  # the size of a first start
    qtbot.waitUntil(lambda: page.skip_box.isVisible())
    assert not next_enabled(wizard)
    # The status names both ways to Next: run the check, or skip it with a reason.
    status = page.status.text()
    assert "確認を開始" in status and "理由" in status
    # Nothing to show yet: no empty results table pushing the skip box out of sight.
    assert not page.results_box.isVisible()
    assert page.findChild(QScrollArea).verticalScrollBar().value() == 0
    assert _in_view(page, page.skip_box)
    # The button beside the status takes the keyboard to the skip box.
    assert page.skip_link.isVisible()
    qtbot.mouseClick(page.skip_link, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.skip
    assert _in_view(page, page.skip_box)
    # After a run the results appear, and the way round is no longer offered.
    run_and_wait(qtbot, page)
    assert page.table.rowCount() > 0
    assert page.results_box.isVisible()
    assert next_enabled(wizard)
    assert not page.skip_link.isVisible()


def test_the_skip_button_goes_to_the_reason_once_skip_is_ticked(qtbot, wizard, page) -> None:  # type: ignore[no-untyped-def]
    page.skip.setChecked(True)
    page.setFocus()
    assert page.skip_link.isVisible()  # no reason yet: Next still waits
    qtbot.mouseClick(page.skip_link, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is page.skip_reason
    page.skip_reason.setText("後で確認する")
    assert next_enabled(wizard)
    assert not page.skip_link.isVisible()


def test_a_blocked_resolver_is_explained_with_the_ways_out(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    zen = list_by_id(lists, "spamhaus-zen")
    server.remove_records(f"2.0.0.127.{zen.zone}")
    server.add_record(f"*.{zen.zone}", "A", "127.255.255.254")

    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    # The cell holds the result; the reason is in its tooltip, the details and the meaning.
    assert result_texts(page)[("Spamhaus ZEN", IP)] == "？ 確認できず"
    assert page.banner.isVisible()
    assert "DQS" in page.banner_text.text() and "8.8.8.8" in page.banner_text.text()
    assert page.settings_button.isVisible()
    row = next(
        r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Spamhaus ZEN"
    )
    assert "DNS サーバがブロックされている" in page.table.item(row, 2).toolTip()
    assert "Spamhaus が回答を拒否しました" in page.table.item(row, 3).text()
    page.table.selectRow(row)
    details = page.details.toPlainText()
    assert "DNS サーバがブロックされている" in details  # the title
    assert "対処法" in details and "別の DNS サーバ" in details
    # Each way out once: the explanation, the list's hint and the ways out said the DQS key
    # and the other DNS server up to three times. Every fact stays.
    assert details.count("DQS") == 1, details
    assert details.count("社内") == 1, details
    assert "8.8.8.8" in details and "掲載されているかどうかは分かりません" in details
    assert "Spamhaus が回答を拒否しました" in details  # the list's own answer
    assert not page.copy_button.isEnabled()  # nothing to ask a list for


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_result_column_stays_readable_down_to_the_smallest_window(
    qtbot, wizard, page, server, lists, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """「確認できず (DNS サーバがブロックされている)」 and 「Spam Eating Monkey (SEM-BLACK)」
    sized their columns: the meaning shrank to one character and "…"."""
    from app.ui.wizard import MINIMUM_SIZE

    zen = list_by_id(lists, "spamhaus-zen")
    server.remove_records(f"2.0.0.127.{zen.zone}")
    server.add_record(f"*.{zen.zone}", "A", "127.255.255.254")
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    wizard.set_language(lang)
    qtbot.waitUntil(
        lambda: page.table.horizontalHeaderItem(0).text() != "ブラックリスト" or lang == "ja"
    )
    table = page.table
    metrics = table.fontMetrics()
    em = metrics.horizontalAdvance("M")
    icon = table.style().pixelMetric(table.style().PixelMetric.PM_SmallIconSize)
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "Spam Eating Monkey (SEM-BLACK)" in names
    statuses = {
        table.item(row, 2).data(Qt.ItemDataRole.UserRole) for row in range(table.rowCount())
    }
    assert "not_tested" in statuses
    for width in (wizard.width(), MINIMUM_SIZE.width()):
        wizard.resize(width, wizard.height())

        def fitted() -> None:
            assert table.viewport().width() < wizard.width()
            assert sum(table.columnWidth(c) for c in range(4)) == table.viewport().width()

        qtbot.waitUntil(fitted)
        # The meaning keeps room for a phrase, not one character and "…".
        assert table.columnWidth(3) >= 14 * em, (width, [table.columnWidth(c) for c in range(4)])
        # The result is never cut off: the icon and the whole words show.
        for row in range(table.rowCount()):
            text = table.item(row, 2).text()
            assert metrics.horizontalAdvance(text) + icon < table.columnWidth(2), (width, text)
        # The list and the address keep a readable width (the tooltip has a cut-off name).
        for column in (0, 1):
            assert table.columnWidth(column) >= min(8 * em, table.sizeHintForColumn(column))
        assert table.item(names.index("Spam Eating Monkey (SEM-BLACK)"), 0).toolTip()
    wizard.set_language("ja")


def cut_off_cells(table) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """The cells whose text does not show whole: wrapped in its cell's text area (beside the
    icon, inside the margins), it needs more width or height than the cell has."""
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    cut = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            index = table.model().index(row, column)
            text = index.data()
            if not text:
                continue
            option = QStyleOptionViewItem()
            table.initViewItemOption(option)
            table.itemDelegate().initStyleOption(option, index)
            option.rect = table.visualRect(index)
            area = style.subElementRect(
                QStyle.SubElement.SE_ItemViewItemText, option, table
            ).adjusted(margin, 0, -margin, 0)
            needed = metrics.boundingRect(
                QRect(0, 0, area.width(), 100_000), Qt.TextFlag.TextWordWrap, text
            )
            if needed.width() > area.width() or needed.height() > area.height():
                cut.append((row, column, text))
    return cut


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_cell_shows_its_whole_text_also_why_a_list_was_not_tested(
    qtbot, wizard, page, server, lists, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """The meaning was cut off on one line: 「The DNS server refused the query (REFUS…」, the
    code readable only in the details of each row. The cells wrap, the rows grow to fit."""
    from app.ui.wizard import MINIMUM_SIZE

    server.refused(list_by_id(lists, "barracuda").zone, subtree=True)
    server.servfail(list_by_id(lists, "spamcop").zone, subtree=True)
    server.drop(list_by_id(lists, "mailspike").zone, subtree=True)
    list_ip(server, list_by_id(lists, "uceprotect-1"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    wizard.set_language(lang)
    table = page.table
    reasons = {
        table.item(row, 0).text(): page._records[row].reason for row in range(table.rowCount())
    }
    assert reasons["Barracuda (BRBL)"] == "refused"
    assert reasons["SpamCop"] == "servfail"
    assert reasons["Mailspike"] == "timeout"
    refused = row_of(page, "Barracuda")
    assert "REFUSED" in table.item(refused, 3).text()
    for width in (wizard.width(), MINIMUM_SIZE.width()):
        wizard.resize(width, wizard.height())
        qtbot.waitUntil(lambda: table.viewport().width() == page._fitting.fitted_width)

        def whole() -> None:
            assert not cut_off_cells(table), cut_off_cells(table)

        qtbot.waitUntil(whole)
    # The keyboard still walks the rows and the details follow.
    table.setFocus()
    table.setCurrentCell(refused, 2)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == refused + 1
    assert table.item(refused + 1, 0).text() in page.details.toPlainText()
    wizard.set_language("ja")


def test_an_empty_summary_leaves_no_gap_above_the_results(qtbot, wizard, page, server) -> None:  # type: ignore[no-untyped-def]
    """While a check runs the summary of the previous one is gone: hidden, not an empty
    line above the table."""
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    assert page.summary.isVisible() and page.summary.text()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page._running and page.table.isVisible()
    assert not page.summary.isVisible()
    qtbot.waitUntil(lambda: not page._running, timeout=15000)
    assert page.summary.isVisible() and page.summary.text()


def test_a_list_that_could_not_be_asked_is_called_could_not_be_checked_on_page_and_pdf(
    qtbot, wizard, page, server, lists, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """「未確認」 means "not run yet" (the PDF's legend says so); a list that could not be asked
    is 「確認できず」 everywhere: the table, the summary, the intro and the PDF."""
    zen = list_by_id(lists, "spamhaus-zen")
    server.remove_records(f"2.0.0.127.{zen.zone}")
    server.add_record(f"*.{zen.zone}", "A", "127.255.255.254")
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    texts = result_texts(page)
    assert texts[("Spamhaus ZEN", IP)].startswith("？ 確認できず")
    assert not any("未確認" in t for t in texts.values())
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert any("確認できず" in t for t in shown)
    assert not any("未確認" in t for t in shown), shown

    path, _ = build(wizard.case, tmp_path)
    text = flat("".join(page_texts(path))).replace(" ", "")
    section = text[text.index("7.ブラックリスト掲載状況") : text.index("8.パスワード")]
    assert "確認できず" in section
    assert "未確認" not in section
    # The cover's legend tells the two words apart.
    assert "「未確認」は" in text and "「確認できず」は" in text


def test_the_page_is_english_after_a_language_switch(qtbot, wizard, page) -> None:  # type: ignore[no-untyped-def]
    wizard.set_language("en")
    qtbot.waitUntil(lambda: page.title() == "Blacklist check")
    assert page.run_button.text() == "&Start the check"
    assert page.copy_button.text() == "Cop&y request text"
    wizard.set_language("ja")
    qtbot.waitUntil(lambda: page.title() == "ブラックリスト確認")
    assert page.copy_button.text() == "依頼文をコピー(&Y)"
    assert page.open_button.text() == "解除ページを開く(&O)"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_two_controls_on_the_page_share_a_mnemonic(qtbot, wizard, page, lang: str) -> None:  # type: ignore[no-untyped-def]
    from app.core.example_case import example_case

    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.set_language(lang)
    qtbot.wait(10)
    owners: dict[str, list[str]] = {}
    widgets = [*page.findChildren(QWidget)] + [
        wizard.button(b)
        for b in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CustomButton1,
        )
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
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            owners.setdefault(match.group(1).lower(), []).append(text)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert page.changes_box.isVisible()  # the example case has two runs
    wizard.set_language("ja")


# -- the DQS key in Settings ---------------------------------------------------------------

KEY = "abcdefghijklmnopqrstuvwxyz"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    dqs_key.set_session_key(None)
    yield backend
    dqs_key.set_session_key(None)
    keyring.set_keyring(previous)


def test_the_dqs_key_goes_to_the_password_store_only(
    qtbot, wizard, memory_keyring, app_home
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(wizard.settings, wizard)
    qtbot.addWidget(dialog)
    section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
    qtbot.waitUntil(lambda: "設定されていません" in section.state.text(), timeout=5000)
    section.key.setText("bad key!")
    dialog.accept()
    assert dialog.result() == 0 and "DQS キーの形式ではありません" in section.message.text()
    section.key.setText(KEY.upper())
    dialog.accept()  # the key is stored off the GUI thread; then the dialog closes
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=5000)
    assert memory_keyring.store == {("mail-mamori", "spamhaus-dqs"): KEY}
    assert "パスワード管理機能" in section.message.text()
    qtbot.waitUntil(lambda: "保存されています" in section.state.text(), timeout=5000)
    wizard.settings.sync()
    for path in app_home.rglob("*"):
        if path.is_file():
            assert KEY not in path.read_text(encoding="utf-8", errors="replace"), path
    qtbot.mouseClick(section.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: memory_keyring.store == {}, timeout=5000)


def test_without_a_password_store_the_key_can_be_used_for_this_session(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import SettingsDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    dqs_key.set_session_key(None)
    try:
        dialog = SettingsDialog(wizard.settings, wizard)
        qtbot.addWidget(dialog)
        section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
        qtbot.waitUntil(lambda: "今回の起動の間だけ" in section.state.text(), timeout=5000)
        # The backend's class name is for the log and the tooltip, not the Japanese sentence.
        assert "Keyring" not in section.state.text() and "fail" not in section.state.text()
        assert "fail Keyring" in section.state.toolTip()
        section.key.setText(KEY)
        dialog.accept()
        qtbot.waitUntil(lambda: not section.session_button.isHidden(), timeout=5000)
        assert dialog.result() == 0  # stays open: the owner has to choose
        assert "今回の起動の間だけ" in section.message.text()
        # Only the button's name is Latin.
        message = section.message.text().replace("「OK」", "")
        assert not re.search("[A-Za-z]", message), message
        qtbot.waitUntil(lambda: not section.busy, timeout=5000)
        qtbot.mouseClick(section.session_button, Qt.MouseButton.LeftButton)
        assert dqs_key.load_key({}) == (KEY, dqs_key.KeySource.SESSION)
        qtbot.waitUntil(lambda: "今回の起動の間だけ使われ" in section.state.text(), timeout=5000)
        dialog.accept()
        assert dialog.result() == 1
    finally:
        dqs_key.set_session_key(None)
        keyring.set_keyring(previous)


def test_without_a_password_store_a_second_ok_uses_the_key_for_this_session(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """No password store is normal (not a red error); the notice says where the key goes and
    what OK does. OK pressed again did nothing, and said nothing."""
    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.widgets.checked_field import ERROR_STYLE

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    dqs_key.set_session_key(None)
    try:
        dialog = SettingsDialog(wizard.settings, wizard)
        qtbot.addWidget(dialog)
        section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
        qtbot.waitUntil(lambda: not section.busy, timeout=5000)
        section.key.setText(KEY)
        dialog.accept()
        qtbot.waitUntil(lambda: not section.session_button.isHidden(), timeout=5000)
        assert dialog.result() == 0  # the owner reads where the key goes first
        message = section.message.text()
        assert "今回の起動の間だけ" in message and "「OK」" in message, message
        # Why (no password manager here) is said once, in the line above.
        assert "パスワード管理機能がない" in section.state.text()
        assert "パスワード管理機能" not in message, message
        assert "⚠" not in message and section.message.styleSheet() != ERROR_STYLE
        qtbot.waitUntil(lambda: not section.busy, timeout=5000)
        dialog.accept()
        assert dialog.result() == 1
        assert dqs_key.load_key({}) == (KEY, dqs_key.KeySource.SESSION)
        # The key's own line says it is in use (it still said 「キーは設定されていません」
        # above the notice that it was used), and it can be removed; the notice below would
        # only say it again.
        state = section.state.text()
        assert "今回の起動の間だけ使われ" in state and "設定されていません" not in state, state
        assert section.forget_button.isEnabled()
        assert section.message.isHidden()
    finally:
        dqs_key.set_session_key(None)
        keyring.set_keyring(previous)


def test_results_of_a_previous_domain_are_marked_and_next_waits_for_a_new_check(
    qtbot, wizard, page, server
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.targets.lookup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.targets.targets()) == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.targets.lookup_button.isEnabled(), timeout=5000)
    page.targets.add_targets([parse_target("198.51.100.7")])  # typed in by the owner
    run_and_wait(qtbot, page)
    assert next_enabled(wizard)
    # The owner corrects the domain on page 1 and comes back.
    wizard.go_to_page("situation")
    situation = wizard.page_by_key("situation")
    situation.domain.set_text("other-shop.jp")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page
    assert "example.co.jp" in page.status.text()
    assert "other-shop.jp" in page.status.text()
    assert not next_enabled(wizard)
    values = [t.value for t in page.targets.targets()]
    assert values[0] == "other-shop.jp"
    assert "example.co.jp" not in values  # the old domain is not checked again
    # The old domain's mail server was looked up from it: it goes; the typed address stays.
    assert values == ["other-shop.jp", "198.51.100.7"]
    assert "1 件" in page.targets.notes.text() and page.targets.notes.isVisible()
    assert page.run_button.isEnabled()
    run_and_wait(qtbot, page)
    assert "example.co.jp" not in page.status.text()
    assert next_enabled(wizard)


def test_cancel_leaves_the_dqs_key_in_no_widget(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import SettingsDialog

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # the key cannot be stored: it waits for a choice
    dqs_key.set_session_key(None)
    seen: dict[str, object] = {}

    def type_save_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, type_save_and_cancel)
            return
        section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
        qtbot.waitUntil(lambda: not section.busy, timeout=5000)
        qtbot.keyClicks(section.key, KEY)
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not section.session_button.isHidden(), timeout=5000)
        seen["pending"] = section._pending
        qtbot.keyClicks(section.key, KEY)  # typed again, and then Cancel
        seen["dialog"], seen["section"] = dialog, section
        box = dialog.findChild(QDialogButtonBox)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    try:
        QTimer.singleShot(0, type_save_and_cancel)
        assert wizard.open_settings() is False
        assert seen["pending"] == KEY  # the key really was held while the dialog was open
        section = seen["section"]
        assert section._pending is None
        edits = seen["dialog"].findChildren(QLineEdit)
        assert all(KEY not in e.text() and not e.isUndoAvailable() for e in edits)
        assert dqs_key.load_key({}) == (None, dqs_key.KeySource.NONE)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        assert not [w for w in QApplication.allWidgets() if isinstance(w, SettingsDialog)]
        assert not [
            w for w in QApplication.allWidgets() if isinstance(w, QLineEdit) and KEY in w.text()
        ]
    finally:
        dqs_key.set_session_key(None)
        keyring.set_keyring(previous)


def test_the_password_store_and_the_system_dns_are_asked_off_the_gui_thread(
    qtbot, wizard, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from app.ui import settings_dialog
    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import DnsServerSection, SettingsDialog

    previous = keyring.get_keyring()
    backend = GatedKeyring()  # does not answer until the test opens the gate
    keyring.set_keyring(backend)
    dqs_key.set_session_key(None)
    resolver_threads: list[threading.Thread] = []
    real_nameservers = settings_dialog.system_nameservers

    def recording_nameservers():  # type: ignore[no-untyped-def]
        resolver_threads.append(threading.current_thread())
        return real_nameservers()

    monkeypatch.setattr(settings_dialog, "system_nameservers", recording_nameservers)
    try:
        dialog = SettingsDialog(wizard.settings, wizard)
        qtbot.addWidget(dialog)
        section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
        dns = next(s for s in dialog.sections if isinstance(s, DnsServerSection))
        # The dialog is there and takes typing while the password store has not answered.
        assert section.busy
        dns.use_custom.setChecked(True)
        qtbot.keyClicks(dns.server.edit, "192.0.2.53")
        assert dns.server.text() == "192.0.2.53"
        backend.gate.set()
        qtbot.waitUntil(lambda: not section.busy, timeout=5000)
        assert "設定されていません" in section.state.text()
        qtbot.waitUntil(lambda: bool(resolver_threads), timeout=5000)
        assert backend.threads
        assert all(t is not threading.main_thread() for t in backend.threads + resolver_threads)
    finally:
        backend.gate.set()
        wizard.tasks.wait_idle(5000)
        keyring.set_keyring(previous)


@pytest.mark.parametrize("before", [None, "olderkey1234567890ab"])
def test_cancel_while_the_key_is_being_stored_leaves_the_store_as_it_was(
    qtbot, wizard, before
) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dqs_settings import DqsKeySection
    from app.ui.settings_dialog import SettingsDialog

    previous = keyring.get_keyring()
    backend = GatedKeyring()
    if before is not None:
        backend.store[(dqs_key.SERVICE, dqs_key.USERNAME)] = before
    keyring.set_keyring(backend)
    dqs_key.set_session_key(None)
    try:
        backend.gate.set()  # the dialog's first look at the store answers at once
        dialog = SettingsDialog(wizard.settings, wizard)
        qtbot.addWidget(dialog)
        section = next(s for s in dialog.sections if isinstance(s, DqsKeySection))
        qtbot.waitUntil(lambda: not section.busy, timeout=5000)
        backend.gate.clear()  # now the store waits, as one waiting to be unlocked does
        qtbot.keyClicks(section.key, KEY)
        dialog.accept()  # OK: storing starts, the dialog stays open until it has answered
        assert dialog.isVisible() or dialog.result() == 0
        dialog.reject()  # the owner changes their mind while the store is still asked
        backend.gate.set()  # the store answers after all
        assert wizard.tasks.wait_idle(5000)
        assert backend.store.get((dqs_key.SERVICE, dqs_key.USERNAME)) == before
        assert dqs_key.session_key() is None
    finally:
        backend.gate.set()
        wizard.tasks.wait_idle(5000)
        keyring.set_keyring(previous)


def test_a_run_of_addresses_only_needs_a_reason_for_the_domain_as_the_report_says(
    qtbot, wizard, page, server
) -> None:  # type: ignore[no-untyped-def]
    """The owner removed the domain row and checked the mail server's address: the address
    was checked, the domain was not. Page 2 and the report follow one rule
    (`domain_coverage`): Next waits for the reason the domain is left out, and the report's
    scorecard names the domain as still open, under the same words."""
    from app.core.report.flowables import AreaStatus
    from app.core.report.sections.blacklist import score
    from tests.test_wizard_shell import type_text

    page.targets.add_targets([parse_target(IP)])
    page.targets.table.selectRow(0)  # the case's domain, example.co.jp
    qtbot.mouseClick(page.targets.remove_button, Qt.MouseButton.LeftButton)
    assert [t.value for t in page.targets.targets()] == [IP]
    run_and_wait(qtbot, page)
    assert page.mamori.case.blacklist.latest() is not None
    status = page.status.text()
    assert "IP アドレスだけ" in status and "example.co.jp" in status
    assert "確認できたリストには掲載されていませんでした" in status  # the address's result stands
    assert not next_enabled(wizard)
    assert page.skip_box.title() == "ドメインは確認していません"
    assert page.skip.text() == "ドメインを確認せずに進む。理由(&D):"
    item = score(wizard.case)
    assert item.status is AreaStatus.WARNING  # the address was clean, the domain unknown
    assert item.gap is not None and item.gap.render("ja") == "ドメイン example.co.jp は未確認"

    qtbot.keyClick(page.skip, Qt.Key.Key_Space)
    assert not next_enabled(wizard)
    type_text(qtbot, page.skip_reason, "ドメインはホームページの会社が確認済み")
    assert next_enabled(wizard)
    page.store_case(wizard.case)
    assert wizard.case.blacklist.skipped_reason == "ドメインはホームページの会社が確認済み"
    # The reason is no clean result for the domain: the report still names the gap.
    assert score(wizard.case).gap is not None

    # A run that includes the domain again ends the question, on the page and in the report.
    page.targets.add_targets([parse_target("example.co.jp")])
    run_and_wait(qtbot, page)
    assert "IP アドレスだけ" not in page.status.text()
    assert page.skip_box.title() == "この手順を飛ばす"
    assert score(wizard.case).status is AreaStatus.OK
    assert score(wizard.case).gap is None
    assert next_enabled(wizard)


def test_the_addresses_only_texts_are_english_after_a_language_switch(qtbot, wizard, page) -> None:  # type: ignore[no-untyped-def]
    from app.core.dnsbl_history import BlacklistTargetRecord
    from app.core.example_case import example_case

    run = example_case().blacklist.latest()
    assert run is not None
    run.targets = [t for t in run.targets if t.kind != "domain"]
    run.results = [r for r in run.results if r.target_kind != "domain"]
    wizard.case.blacklist.add_run(run)
    wizard.case.blacklist.targets = [BlacklistTargetRecord(IP, "ip", origins=["entered"])]
    page.load_case(wizard.case)
    wizard.set_language("en")
    try:
        qtbot.waitUntil(lambda: page.title() == "Blacklist check")
        assert page.skip_box.title() == "The domain was not checked"
        assert page.skip.text() == "Go on without checking the &domain, because:"
        assert "IP addresses only, not your domain example.co.jp" in page.status.text()
        # The addresses' listings are still shown.
        assert "Blacklist listings found" in page.status.text()
        assert not next_enabled(wizard)
    finally:
        wizard.set_language("ja")


@pytest.mark.parametrize(
    ("lang", "listed", "not_listed"),
    [("en", "listed", "not listed"), ("ja", "× 掲載", "○ 掲載なし")],
)
def test_result_texts_carry_one_mark_the_icon_and_the_words(
    qtbot, wizard, lang: str, listed: str, not_listed: str
) -> None:  # type: ignore[no-untyped-def]
    """English shows the icon and the words; the Japanese ○ × marks are part of the Japanese
    text (they are how a Japanese reader expects results), never added to the English."""
    from app.core.example_case import example_case

    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.set_language(lang)
    page = wizard.page_by_key("blacklist")
    wizard.go_to_page("blacklist")
    qtbot.waitUntil(
        lambda: page.title() == ("Blacklist check" if lang == "en" else "ブラックリスト確認")
    )
    texts = [page.table.item(row, 2).text() for row in range(page.table.rowCount())]
    assert any(t == listed or t.startswith(listed + " (") for t in texts)
    assert not_listed in texts
    if lang == "en":
        assert not any(t[0] in "×○△？－…" for t in texts)
    for row in range(page.table.rowCount()):
        assert not page.table.item(row, 2).icon().isNull()


def test_english_summary_and_status_read_as_sentences(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """No "entr(ies)", counts before their words, and a results column that names what was
    checked rather than reading like a date."""
    from app.core.example_case import example_case

    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.set_language("en")
    page = wizard.page_by_key("blacklist")
    wizard.go_to_page("blacklist")
    qtbot.waitUntil(lambda: page.title() == "Blacklist check")
    run = wizard.case.blacklist.latest()
    listed = run.count("listed")
    assert listed
    status = page.status.text()
    assert "(ies)" not in status
    assert f"Blacklist listings found: {listed}." in status
    summary = page.summary.text()
    assert f"{listed} listed, {run.count('policy')} on policy lists (whole network), " in summary
    assert f"{run.count('not_listed')} not listed, " in summary
    assert f"{run.count('not_tested')} could not be checked." in summary
    assert page.table.horizontalHeaderItem(1).text() == "Address"


def test_by_keyboard_the_focus_follows_the_run_and_ends_on_the_results(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    # Disabling the focused Start button used to send the focus to 「今は確認しない」 at the
    # bottom of the page: one more Space ticked it.
    page.run_button.setFocus()
    qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is page.cancel_button
    qtbot.waitUntil(lambda: not page._running, timeout=15000)
    assert QApplication.focusWidget() is page.table
    assert page.table.currentRow() >= 0


def test_by_keyboard_cancel_gives_the_focus_back_to_start(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.run_button.setFocus()
    qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    qtbot.keyClick(page.cancel_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page._running, timeout=15000)
    assert QApplication.focusWidget() is page.run_button
    assert page.skip.isChecked() is False


def test_by_keyboard_the_lookup_keeps_the_focus_on_its_button(qtbot, page, server) -> None:  # type: ignore[no-untyped-def]
    page.targets.lookup_button.setFocus()
    qtbot.keyClick(page.targets.lookup_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(page.targets.targets()) == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.targets.lookup_button.isEnabled(), timeout=5000)
    assert QApplication.focusWidget() is page.targets.lookup_button


def test_the_end_of_the_check_is_announced(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets import announce

    announced: list[str] = []
    monkeypatch.setattr(announce, "_send", lambda event: announced.append(event.message()))
    run_and_wait(qtbot, page)
    assert announced == [page.status.text()]
    assert "掲載されていませんでした" in announced[0]


def test_the_listings_come_first_with_the_order_to_ask_for_removal(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    """The owner of the seed article: listed on Spamhaus, Barracuda and SpamCop. The four
    listings were scattered among 30 clean rows (five in view), and nothing said where to
    start."""
    list_ip(server, list_by_id(lists, "spamcop"), IP)
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    list_ip(server, list_by_id(lists, "spamhaus-zen"), IP, "127.0.0.4")
    list_domain(server, list_by_id(lists, "spamhaus-dbl"), "example.co.jp", "127.0.1.102")
    page.targets.add_targets([parse_target(IP), parse_target("203.0.113.26")])
    run_and_wait(qtbot, page)
    first = [(page.table.item(row, 0).text(), page.table.item(row, 1).text()) for row in range(4)]
    assert first == [
        ("Spamhaus ZEN", IP),
        ("Spamhaus DBL", "example.co.jp"),
        ("Barracuda (BRBL)", IP),
        ("SpamCop", IP),
    ]
    assert all("掲載なし" in page.table.item(row, 2).text() for row in range(4, 10))
    assert page.table.currentRow() == 0  # its details are shown
    status = page.status.text()
    assert "ステップ 3「パスワードとアカウント」" in status
    assert status.index("1. Spamhaus ZEN") < status.index("2. Spamhaus DBL")
    assert status.index("2. Spamhaus DBL") < status.index("3. Barracuda")
    assert "3. Barracuda (BRBL): 203.0.113.25" in status  # not 「(BRBL) (203.0.113.25)」
    assert "SpamCop (203.0.113.25) は申請不要" in status
    assert "4." not in status  # SpamCop is not a list to ask
    wizard.set_language("en")
    qtbot.waitUntil(
        lambda: (
            "ask for removal in this order: 1. Spamhaus ZEN: 203.0.113.25" in page.status.text()
        ),
        timeout=3000,
    )
    assert page.table.item(0, 0).text() == "Spamhaus ZEN"


def test_a_check_where_no_list_answered_does_not_read_as_clean(qtbot, wizard, page, server) -> None:  # type: ignore[no-untyped-def]
    """No network: every list times out. 「掲載は見つかりませんでした」 led the status, as
    if the owner's addresses were clean."""
    server.drop("bl.test", subtree=True)
    page.timeout = 0.5  # nothing will answer: no need to wait the app's 3 s twice
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    assert all(t.startswith("？ 確認できず") for t in result_texts(page).values())
    status = page.status.text()
    assert "見つかりませんでした" not in status
    assert "どのリストも確認できませんでした" in status
    assert "インターネット" in status
    # The status says what to do; the banner said half of it again ("some lists did not
    # answer" would be wrong: none did).
    assert page.banner.isHidden()


def test_a_blocked_spamhaus_is_named_next_to_the_other_listings(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    """Barracuda listed, Spamhaus refusing the DNS server: the banner spoke of "this list"
    without saying which, and the status named only Barracuda, as if that were all."""
    for list_id in ("spamhaus-zen", "spamhaus-dbl"):
        zone = list_by_id(lists, list_id).zone
        server.remove_records(f"2.0.0.127.{zone}")
        server.remove_records(f"test.{zone}")
        server.remove_records(f"dbltest.com.{zone}")
        server.add_record(f"*.{zone}", "A", "127.255.255.254")
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    assert page.banner_text.text().startswith(
        "⚠ 確認できなかったリスト: Spamhaus DBL、Spamhaus ZEN。"
    )
    assert "確認できなかったリストがあります" in page.status.text()
    # Listed first, then the lists that could not be checked.
    assert [page.table.item(row, 2).text()[0] for row in range(3)] == ["×", "？", "？"]


def test_a_language_switch_during_the_check_keeps_the_rows_filling_in(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    """The status went back to "Press “Start the check”" while the check ran, and a switch
    after an earlier run put that run's rows back over the live ones."""
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    server.delay(list_by_id(lists, "spamcop").zone, 1.0, subtree=True)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page._running
    wizard.set_language("en")
    qtbot.waitUntil(lambda: page.status.text().startswith("Checking"), timeout=3000)
    assert page._running
    assert any(t == "checking…" for t in result_texts(page).values())
    qtbot.waitUntil(lambda: not page._running, timeout=15000)
    assert len(wizard.case.blacklist.runs) == 2
    assert result_texts(page)[("SpamCop", IP)] == "not listed"


# -- the owner's record that the removal request was sent -----------------------------------


def test_the_owner_records_a_sent_request_it_outlives_reopening_and_rechecks(
    qtbot, wizard, page, server, lists, fresh_wizard
) -> None:  # type: ignore[no-untyped-def]
    name = list_ip(server, list_by_id(lists, "barracuda"), IP)
    list_ip(server, list_by_id(lists, "spamcop"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    # SpamCop ends a listing by itself: no request, so nothing to mark as sent.
    page.table.selectRow(row_of(page, "SpamCop"))
    assert page.sent_check.isHidden()

    row = row_of(page, "Barracuda")
    page.table.selectRow(row)
    assert page.sent_check.isVisible() and not page.sent_check.isChecked()
    assert page.sent_check.text() == "解除を申請した(&Q) 申請日:"
    today = datetime.now(JST).date()
    assert page.sent_date.date().toPython() == today  # today unless the owner changes it
    page.sent_date.setDate(QDate(2026, 11, 18))
    type_text(qtbot, page.sent_note, "BR 4471")
    assert wizard.case.blacklist.sent == []  # not ticked yet: nothing recorded
    page.sent_check.click()
    # In words in the table and the details, and in the file at once.
    assert page.table.item(row, 2).text().endswith("\n申請済み 11/18")
    assert "2026-11-18 に申請済み" in page.details.toPlainText()
    assert "メモ: BR 4471" in page.details.toPlainText()
    sent = load_case(wizard.case_path).blacklist.sent_request("barracuda", IP)
    assert sent is not None and sent.sent_on == date(2026, 11, 18) and sent.note == "BR 4471"
    assert page.sent_note.text() == "BR 4471"  # the space typed stayed where it was

    # Still listed at the next check: still marked.
    run_and_wait(qtbot, page)
    page.table.selectRow(row_of(page, "Barracuda"))
    assert page.sent_check.isChecked() and page.sent_date.date() == QDate(2026, 11, 18)
    path = wizard.case_path
    wizard.close()  # the case is saved as the window closes

    # The app started again, the case opened from its file.
    again = fresh_wizard()
    again.settings.resolver = server.address
    again.page_by_key("welcome").open_path(path)
    reopened = again.page_by_key("blacklist")
    reopened.lists = lists
    reopened.timeout = 3.0
    again.go_to_page("blacklist")
    reopened.table.selectRow(row_of(reopened, "Barracuda"))
    assert reopened.sent_check.isChecked()
    assert reopened.sent_date.date() == QDate(2026, 11, 18)
    assert reopened.sent_note.text() == "BR 4471"
    assert "申請済み 11/18" in reopened.table.item(row_of(reopened, "Barracuda"), 2).text()

    # Delisted at the next check: the change says the request came first.
    server.remove_records(name)
    run_and_wait(qtbot, reopened)
    changes = [reopened.changes.item(i).text() for i in range(reopened.changes.count())]
    assert f"Barracuda (BRBL) ({IP}): 申請済み 11/18 → 解除" in changes
    reopened.table.selectRow(row_of(reopened, "Barracuda"))
    assert reopened.sent_check.isHidden()  # nothing to request any more
    assert "2026-11-18 に申請済み" in reopened.details.toPlainText()
    assert load_case(path).blacklist.sent_request("barracuda", IP) is not None


def test_the_sent_mark_can_be_taken_back(qtbot, wizard, page, server, lists) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, list_by_id(lists, "barracuda"), IP)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    row = row_of(page, "Barracuda")
    page.table.selectRow(row)
    page.sent_check.click()
    assert wizard.case.blacklist.sent_request("barracuda", IP) is not None
    page.sent_check.click()
    assert wizard.case.blacklist.sent == []
    assert "申請済み" not in page.table.item(row, 2).text()
    assert load_case(wizard.case_path).blacklist.sent == []
