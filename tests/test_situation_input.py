"""Page 1 reads what owners really type: website addresses, rough counts, dates without a year."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_wizard_shell import go_to_situation, situation, type_text


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
