"""Page 1 reads what owners really type: website addresses, rough counts, dates without a year."""

from __future__ import annotations

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
