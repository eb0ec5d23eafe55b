"""The whole wizard by keyboard alone: the Tab order of every page, where the focus lands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.core.example_case import example_case

KEYS = ["welcome", "situation", "blacklist", "accounts", "sender_auth", "report"]


def tab_chain(qtbot, wizard, limit: int = 120) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab until the focus comes back to where it started; the widgets it visited.
    A widget that keeps the focus for several presses (links in a text browser) counts once."""
    start = QApplication.focusWidget()
    assert start is not None
    chain = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return chain
        if widget is not chain[-1]:
            assert widget not in chain, f"Tab is caught in a loop at {widget!r}"
            chain.append(widget)
    raise AssertionError(f"Tab never came back to {start!r}: {chain[-3:]!r}")


def show_page(qtbot, wizard, key: str, lang: str = "ja") -> None:  # type: ignore[no-untyped-def]
    wizard.set_language(lang)
    wizard.case = example_case()
    wizard.load_into_pages()
    if key != "welcome":
        wizard.go_to_page(key)
    assert wizard.currentPage().key == key
    qtbot.wait(20)


def wizard_buttons(wizard: QWizard) -> list[QWidget]:
    """The buttons at the bottom, as they are laid out from left to right."""
    kinds = (
        QWizard.WizardButton.CustomButton1,
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    )
    buttons = [wizard.button(kind) for kind in kinds]
    visible = [b for b in buttons if b.isVisible() and b.isEnabled()]
    xs = [b.mapTo(wizard, b.rect().topLeft()).x() for b in visible]
    assert xs == sorted(xs)  # the order above is the one on screen
    return visible


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_tab_reaches_the_buttons_left_to_right_after_the_page(
    qtbot, wizard, key: str, lang: str
) -> None:  # type: ignore[no-untyped-def]
    show_page(qtbot, wizard, key, lang)
    chain = tab_chain(qtbot, wizard)
    buttons = wizard_buttons(wizard)
    positions = [chain.index(b) for b in buttons]
    # Consecutive in the chain and in their on-screen order (Settings first, Close last).
    assert positions == list(range(positions[0], positions[0] + len(buttons)))
    page = wizard.currentPage()
    # Every other stop is a control of the page: nothing unnamed of Qt's own in between.
    others = [w for w in chain if w not in buttons]
    assert all(page.isAncestorOf(w) for w in others)


@pytest.mark.parametrize("key", KEYS)
def test_the_focus_starts_on_a_visible_named_control_of_the_page(qtbot, wizard, key: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QTabBar

    show_page(qtbot, wizard, key)
    widget = QApplication.focusWidget()
    assert widget is not None and wizard.currentPage().isAncestorOf(widget)
    if isinstance(widget, QTabBar):
        return  # the report page opens on its tabs: the tab's title is the name
    name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
    assert name, f"focus starts on an unnamed {type(widget).__name__}"
    # A page's scroll area has no frame: with the focus on it nothing shows where the focus is.
    assert type(widget) is not QAbstractScrollArea and type(widget).__name__ != "QScrollArea"
