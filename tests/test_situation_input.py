"""Page 1 reads what owners really type: website addresses, rough counts, dates without a year."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_wizard_shell import go_to_situation, mnemonic_clashes, situation, type_text


def test_a_website_address_offers_the_mail_domain_with_one_click(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "https://www.example.co.jp/")
    page.domain.edit.editingFinished.emit()
    assert page.domain_suggestion.isVisible()
    note = page.domain_suggestion_text.text()
    assert "ホームページのアドレスのようです" in note
    assert "example.co.jp ではありませんか" in note
    button = page.domain_suggestion_button
    assert button.accessibleName()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Nothing is changed behind the owner's back.
    assert page.domain.text() == "https://www.example.co.jp/"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.domain.text() == "example.co.jp"
    assert not page.domain_suggestion.isVisible()
    assert wizard.validateCurrentPage()
    assert wizard.case.organisation.domain == "example.co.jp"


def test_the_correction_works_by_keyboard(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "www.example.co.jp")
    page.domain.edit.editingFinished.emit()
    page.domain_suggestion_button.setFocus()
    qtbot.keyClick(page.domain_suggestion_button, Qt.Key.Key_Space)
    assert page.domain.text() == "example.co.jp"


def test_a_plain_domain_shows_no_note(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    page.domain.edit.editingFinished.emit()
    assert not page.domain_suggestion.isVisible()
    page.domain.set_text("www.example.co.jp")
    assert page.domain_suggestion.isVisible()
    page.domain.set_text("taro@example.co.jp")
    assert not page.domain_suggestion.isVisible()


@pytest.mark.parametrize(
    ("typed", "value", "hint"),
    [
        ("数十万通", 100_000, "100,000 通以上"),
        ("十万", 100_000, "100,000 通"),
        ("30万以上", 300_000, "300,000 通以上"),
        ("約5万", 50_000, "約 50,000 通"),
    ],
)
def test_rough_spam_volumes_are_accepted_and_the_wording_is_kept(  # type: ignore[no-untyped-def]
    qtbot, wizard, typed: str, value: int, hint: str
) -> None:
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.volume.edit, typed)
    page.volume.edit.editingFinished.emit()
    assert "数字で入力してください" not in page.volume.message.text()
    assert hint in page.volume.message.text()
    assert wizard.validateCurrentPage()
    incident = wizard.case.incident
    assert incident.spam_volume == value
    assert incident.spam_volume_text == typed
    # Reopened, the field shows the owner's own words again.
    page.load_case(wizard.case)
    assert page.volume.text() == typed


def test_unknown_spam_volume_is_not_an_error(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.volume.edit, "不明")
    page.volume.edit.editingFinished.emit()
    assert "⚠" not in page.volume.message.text()
    assert wizard.validateCurrentPage()
    assert wizard.case.incident.spam_volume is None


def test_a_plain_number_keeps_no_separate_wording(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.volume.edit, "320000")
    assert wizard.validateCurrentPage()
    assert wizard.case.incident.spam_volume == 320_000
    assert wizard.case.incident.spam_volume_text == ""


def test_a_date_without_a_year_shows_how_it_was_read(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from app.core.normalize import JST

    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.noticed_at.edit, "1月2日 9:40")
    page.noticed_at.edit.editingFinished.emit()
    now = datetime.now(JST)
    year = now.year if (now.month, now.day) >= (1, 2) else now.year - 1
    assert f"{year}-01-02 09:40" in page.noticed_at.message.text()
    assert "読み取りました" in page.noticed_at.message.text()
    assert "⚠" not in page.noticed_at.message.text()


def test_a_full_width_phone_number_is_stored_and_shown_half_width(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """The page promises that numbers typed full-width are converted; the phone number went
    into the case and the PDF as 「０３－１２３４－５６７８」."""
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.contact_phone, "０３－１２３４－５６７８")
    page.contact_phone.editingFinished.emit()  # the cursor leaves the field
    assert page.contact_phone.text() == "03-1234-5678"
    page.contact_phone.undo()  # what was typed is one Ctrl+Z away
    assert page.contact_phone.text() == "０３－１２３４－５６７８"
    assert wizard.validateCurrentPage()
    assert wizard.case.organisation.contact.phone == "03-1234-5678"


def test_the_vendor_phone_number_is_stored_half_width(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from app.core.example_case import example_case

    wizard.case = example_case()
    wizard.load_into_pages()
    page = wizard.page_by_key("report")
    page.vendor_phone.setText("")
    type_text(qtbot, page.vendor_phone, "０６ー１２３４ー５６７８")
    page.store_case(wizard.case)
    assert wizard.case.report.vendor.phone == "06-1234-5678"


def test_names_in_latin_letters_typed_full_width_go_into_the_delisting_request(
    qtbot, wizard
) -> None:  # type: ignore[no-untyped-def]
    """A Japanese input method in full-width mode types 「Ｙａｍａｄａ」: the English request to
    the list's staff abroad must get plain Latin letters."""
    from app.core.dnsbl import Status
    from app.core.dnsbl_guidance import request_gaps, request_text
    from app.core.dnsbl_history import BlacklistResultRecord

    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.company, "株式会社やまだ商店")
    type_text(qtbot, page.company_latin, "Ｙａｍａｄａ　Ｓｈｏｔｅｎ　Ｃｏ．，　Ｌｔｄ．")
    page.company_latin.editingFinished.emit()  # the cursor leaves the field
    assert page.company_latin.text() == "Yamada Shoten Co., Ltd."
    type_text(qtbot, page.contact_name, "山田 太郎")
    type_text(qtbot, page.contact_name_latin, "Ｔａｒｏ　Ｙａｍａｄａ")  # still in the field
    assert wizard.validateCurrentPage()
    org = wizard.case.organisation
    assert (org.company_latin, org.contact.name_latin) == ("Yamada Shoten Co., Ltd.", "Taro Yamada")
    record = BlacklistResultRecord(
        "spamcop", "SpamCop", "bl.spamcop.net", "203.0.113.25", "ip", Status.LISTED.value
    )
    text = request_text(wizard.case, record)
    assert "We are Yamada Shoten Co., Ltd. (example.co.jp)" in text
    assert "Taro Yamada\nYamada Shoten Co., Ltd.\n" in text
    assert not request_gaps(text).japanese


def test_full_width_addresses_are_shown_half_width_on_leaving(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    # The page says full-width input is converted; the fields now show it converted too.
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.contact_email.edit, "ｙａｍａｄａ＠ｙａｍａｄａ－ｓｈｏｊｉ．ｃｏ．ｊｐ")
    page.contact_email.edit.editingFinished.emit()
    type_text(qtbot, page.domain.edit, "ｙａｍａｄａ－ｓｈｏｊｉ．ｃｏ．ｊｐ")
    page.domain.edit.editingFinished.emit()
    assert page.contact_email.text() == "yamada@yamada-shoji.co.jp"
    assert page.domain.text() == "yamada-shoji.co.jp"
    assert page.domain.is_valid() and not page.domain.message.isVisible()
    # What was typed comes back with Ctrl+Z.
    page.domain.edit.undo()
    assert page.domain.text() == "ｙａｍａｄａ－ｓｈｏｊｉ．ｃｏ．ｊｐ"


def test_a_rough_time_is_accepted_and_read_back(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.noticed_at.edit, "2025年11月16日 朝9時頃")
    page.noticed_at.edit.editingFinished.emit()
    assert page.noticed_at.is_valid()
    assert "2025-11-16 09:00" in page.noticed_at.message.text()
    assert "⚠" not in page.noticed_at.message.text()


# -- the timeline: a removed row comes back; times relative to today ------------------------


def _timeline_rows(editor) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [editor.table.item(r, c).text() for c in range(4)] for r in range(editor.table.rowCount())
    ]


def _timeline_with_three_rows(qtbot, wizard):  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    editor = situation(wizard).timeline
    for at, event in (
        ("2026-11-16 09:40", "FTP に入れない"),
        ("2026-11-16 10:05", "パスワードを変更した"),
        ("2026-11-16 11:00", "セキュリティ会社に連絡"),
    ):
        editor.add_row(at, event, "山田", "")
    return editor


def test_a_removed_timeline_row_comes_back_where_it_was_with_ctrl_z(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    editor = _timeline_with_three_rows(qtbot, wizard)
    before = _timeline_rows(editor)
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [row[1] for row in _timeline_rows(editor)] == [
        "FTP に入れない",
        "セキュリティ会社に連絡",
    ]
    assert editor.undo_remove_button.isVisible()
    assert "元に戻す" in editor.undo_remove_button.text()
    assert "2 行目を削除しました" in editor.status.text()
    # By keyboard: Ctrl+Z in the table (no cell being edited) puts it back.
    editor.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.table, timeout=3000)
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _timeline_rows(editor) == before
    assert editor.table.currentRow() == 1
    assert not editor.undo_remove_button.isVisible()
    assert "2 行目を元に戻しました" in editor.status.text()
    situation(wizard).store_case(wizard.case)
    assert len(wizard.case.incident.timeline) == 3


def test_several_removals_come_back_one_by_one_with_the_button(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    editor = _timeline_with_three_rows(qtbot, wizard)
    before = _timeline_rows(editor)
    # Rows 1 and 3 at once, then the one left.
    editor.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        editor.table.selectionModel().select(editor.table.model().index(row, 0), flags)
    editor.remove_selected()
    assert "2 行を削除しました" in editor.status.text()
    editor.table.selectRow(0)
    editor.remove_selected()
    assert editor.table.rowCount() == 0
    qtbot.mouseClick(editor.undo_remove_button, Qt.MouseButton.LeftButton)
    assert [row[1] for row in _timeline_rows(editor)] == ["パスワードを変更した"]
    assert editor.undo_remove_button.isVisible()  # the first removal can still be undone
    qtbot.mouseClick(editor.undo_remove_button, Qt.MouseButton.LeftButton)
    assert _timeline_rows(editor) == before
    assert not editor.undo_remove_button.isVisible()


def test_the_remove_and_undo_mnemonics_work_and_do_not_clash(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    editor = _timeline_with_three_rows(qtbot, wizard)
    page = situation(wizard)
    page.provider.setCurrentIndex(page.provider.findData("other"))
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    editor.table.selectRow(2)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # 削除(&V)
    qtbot.waitUntil(lambda: editor.table.rowCount() == 2, timeout=3000)
    qtbot.waitUntil(editor.undo_remove_button.isVisible, timeout=3000)
    for lang in ("ja", "en"):
        wizard.set_language(lang)
        qtbot.waitUntil(
            lambda lang=lang: ("削除" in editor.remove_button.text()) == (lang == "ja"),
            timeout=3000,
        )
        assert mnemonic_clashes(wizard, page) == {}
    wizard.set_language("ja")
    qtbot.keyClick(editor.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # 元に戻す(&K)
    qtbot.waitUntil(lambda: editor.table.rowCount() == 3, timeout=3000)


@pytest.fixture
def fixed_now(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from datetime import datetime

    import app.core.normalize as normalize

    now = datetime(2026, 11, 27, 12, 0, tzinfo=normalize.JST)
    monkeypatch.setattr(normalize, "now_jst", lambda: now)
    return now


def test_a_timeline_time_relative_to_today_is_shown_as_read(qtbot, wizard, fixed_now) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from app.core.normalize import JST

    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    editor = page.timeline
    editor.add_row("", "FTP に入れない")
    editor.table.item(0, 0).setText("昨日の夜9時")  # what the cell editor commits
    editor.add_row("", "パスワードを変更")
    editor.table.item(1, 0).setText("16日 9時")
    # The cells hold the date each became: it does not move on when the day changes.
    assert editor.table.item(0, 0).text() == "2026-11-26 21:00"
    assert editor.table.item(1, 0).text() == "2026-11-16 09:00"
    note = editor.readings.text()
    assert "1 行目: 「昨日の夜9時」を 2026-11-26 21:00 (日本時間) と読み取りました" in note
    assert "2 行目: 「16日 9時」を 2026-11-16 09:00" in note
    assert editor.readings.isVisible() and not editor.problems.isVisible()
    assert wizard.validateCurrentPage()
    assert sorted(e.at for e in wizard.case.incident.timeline) == [
        datetime(2026, 11, 16, 9, 0, tzinfo=JST),
        datetime(2026, 11, 26, 21, 0, tzinfo=JST),
    ]


def test_a_noticed_time_relative_to_today_becomes_its_date_on_leaving(
    qtbot, wizard, fixed_now
) -> None:  # type: ignore[no-untyped-def]
    """Left as 「昨日の夜9時」, the field would be read as another day after midnight."""
    from datetime import datetime

    from app.core.normalize import JST

    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.noticed_at.edit, "昨日の夜9時")
    # While typing: how it is read, the words still as typed.
    assert "2026-11-26 21:00 (日本時間) と読み取りました" in page.noticed_at.message.text()
    page.noticed_at.edit.editingFinished.emit()
    assert page.noticed_at.text() == "2026-11-26 21:00"
    message = page.noticed_at.message.text()
    assert "「昨日の夜9時」を 2026-11-26 21:00 (日本時間) と読み取りました" in message
    assert page.noticed_at.message.isVisible() and "⚠" not in message
    assert page.noticed_at.edit.accessibleDescription() == message
    page.store_case(wizard.case)
    assert wizard.case.incident.noticed_at == datetime(2026, 11, 26, 21, 0, tzinfo=JST)
    # Ctrl+Z brings back the words typed.
    page.noticed_at.edit.undo()
    assert page.noticed_at.text() == "昨日の夜9時"
    # A date typed out in full is left as typed; a rough one too.
    page.noticed_at.set_text("")
    type_text(qtbot, page.noticed_at.edit, "2026年11月16日 朝9時頃")
    page.noticed_at.edit.editingFinished.emit()
    assert page.noticed_at.text() == "2026年11月16日 朝9時頃"
    assert "「" not in page.noticed_at.message.text()
    assert "2026-11-16 09:00 (日本時間) と読み取りました" in page.noticed_at.message.text()


def test_a_rewritten_noticed_time_typed_over_loses_its_note(qtbot, wizard, fixed_now) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.noticed_at.edit, "今朝9時")
    page.noticed_at.edit.editingFinished.emit()
    assert page.noticed_at.text() == "2026-11-27 09:00"
    page.noticed_at.edit.selectAll()
    type_text(qtbot, page.noticed_at.edit, "2026-11-25 10:00")
    page.noticed_at.edit.editingFinished.emit()
    assert page.noticed_at.text() == "2026-11-25 10:00"
    assert not page.noticed_at.message.isVisible()


def test_a_timeline_time_that_cannot_be_placed_says_what_to_write(qtbot, wizard, fixed_now) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    editor = situation(wizard).timeline
    editor.add_row("", "迷惑メールが届いたと連絡")
    editor.table.item(0, 0).setText("昨日の夜")
    assert editor.table.item(0, 0).text() == "昨日の夜"  # kept as typed
    assert "1 行目: 「昨日の夜」には時刻がありません" in editor.problems.text()
    assert "昨日 21時" in editor.problems.text()
    editor.table.item(0, 0).setText("昨日の夜8時")
    assert not editor.problems.isVisible()
    # Typed over with a plain date, the note about the earlier reading goes.
    editor.table.item(0, 0).setText("2026-11-20 10:00")
    assert not editor.readings.isVisible()


# -- the spam volume: ranges and rates ------------------------------------------------------


@pytest.mark.parametrize("typed", ["30万～40万", "30万〜40万通", "30-40万"])
def test_a_range_of_spam_volume_is_accepted_as_its_lower_figure(  # type: ignore[no-untyped-def]
    qtbot, wizard, typed: str
) -> None:
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.volume.edit, typed)
    page.volume.edit.editingFinished.emit()
    shown = page.volume.message.text()
    assert "⚠" not in shown
    assert "300,000 通から 400,000 通と読み取りました" in shown
    assert "少ないほうの 300,000 通を数として記録します" in shown
    assert wizard.validateCurrentPage()
    assert wizard.case.incident.spam_volume == 300_000
    assert wizard.case.incident.spam_volume_text == typed
    page.load_case(wizard.case)
    assert page.volume.text() == typed


def test_a_spam_volume_per_day_explains_that_a_total_is_needed(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from app.core.example_case import example_case

    # As `make screenshots` shows it, where the message was seen cut.
    wizard.resize(1000, 740)
    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.go_to_page("situation")
    page = situation(wizard)
    page.volume.edit.clear()
    type_text(qtbot, page.volume.edit, "1日に1万通くらい")
    page.volume.edit.editingFinished.emit()
    shown = page.volume.message.text()
    assert "⚠" in shown and "1 日あたり" in shown and "合計" in shown
    assert "10,000 × 日数" in shown
    assert not wizard.validateCurrentPage()
    assert page.volume.text() == "1日に1万通くらい"  # nothing typed is lost
    # The message is read in full: beside the estimate/counted choice the form gave it the
    # height of two lines, and three of its four were cut.
    message = page.volume.message
    probe = QLabel(message.text())
    probe.setWordWrap(True)
    probe.setFont(message.font())

    def shown_in_full() -> None:
        assert message.isVisible()
        print(
            "DBG",
            message.size(),
            probe.heightForWidth(message.width()),
            wizard.size(),
            wizard.isVisible(),
        )
        assert message.height() >= probe.heightForWidth(message.width()) > 0

    qtbot.waitUntil(shown_in_full, timeout=3000)


# -- the misused accounts box shows half-width on leaving -----------------------------------


def test_full_width_misused_accounts_are_shown_half_width_on_leaving(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    typed = "ｉｎｆｏ＠ｙａｍａｄａ－ｓｈｏｊｉ．ｃｏ．ｊｐ\nsales@yamada-shoji.co.jp"
    page.accounts.setFocus()
    type_text(qtbot, page.accounts, typed)
    # A context menu opening is not leaving the box.
    QApplication.sendEvent(
        page.accounts, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.PopupFocusReason)
    )
    assert page.accounts.toPlainText() == typed
    QApplication.sendEvent(
        page.accounts, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
    )
    assert page.accounts.toPlainText() == ("info@yamada-shoji.co.jp\nsales@yamada-shoji.co.jp")
    page.accounts.undo()  # Ctrl+Z in the box
    assert page.accounts.toPlainText() == typed


def _date_fits(editor, row: int) -> bool:  # type: ignore[no-untyped-def]
    # The cell shows the whole date: Qt elides it to 「…」 in a column narrower than its text
    # (the text plus the cell's margins, as Qt measures the column's content).
    table = editor.table
    text_width = table.fontMetrics().horizontalAdvance(table.item(row, 0).text())
    return table.columnWidth(0) >= max(text_width, table.sizeHintForColumn(0))


def test_a_new_cases_first_timeline_row_shows_its_whole_date(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """In a new case the date column was as narrow as its heading 「日時」: the row added with
    「現在の日時で行を追加」, or a date typed into an empty row, showed only 「…」."""
    go_to_situation(qtbot, wizard)
    editor = situation(wizard).timeline
    qtbot.mouseClick(editor.now_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 1
    assert _date_fits(editor, 0)
    # A row added empty, its date typed in (what the cell editor commits).
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.table.item(1, 0).setText("2026年11月16日 9時40分")
    assert _date_fits(editor, 1)


# -- a misused account named the owner's way: 「info@ のアカウント」 ---------------------------


def test_a_mailbox_name_alone_is_read_as_an_address_of_the_domain(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """The owner names the hijacked mailbox as the seed incident does (「info@」, or 「info」):
    it was refused with 「@ がちょうど 1 つ必要です」 although the domain is right above."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    typed = "info@\nｓａｌｅｓ\ntaro@other.example"
    page.accounts.setFocus()
    type_text(qtbot, page.accounts, typed)
    # Read as addresses of the domain at once (Next does not wait for the box to be left)...
    assert page.validatePage()
    assert not page.accounts_problems.isVisible()
    page.store_case(wizard.case)
    assert wizard.case.incident.affected_accounts == [
        "info@example.co.jp",
        "sales@example.co.jp",
        "taro@other.example",
    ]
    # ...and shown so once the cursor leaves the box; Ctrl+Z brings back what was typed.
    QApplication.sendEvent(
        page.accounts, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
    )
    assert page.accounts.toPlainText() == (
        "info@example.co.jp\nsales@example.co.jp\ntaro@other.example"
    )
    page.accounts.undo()
    assert page.accounts.toPlainText() == typed


def test_a_mailbox_name_without_a_domain_is_still_explained(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    page.accounts.setPlainText("info")
    assert not page.validatePage()
    assert "@" in page.accounts_problems.text()
    assert page.accounts.toPlainText() == "info"  # nothing typed is lost
