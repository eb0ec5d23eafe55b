"""PgUp/PgDn/Ctrl+Home/Ctrl+End scroll a long page by keyboard, unless the focused control uses
them itself. The pages' scroll areas are no Tab stop (tests/test_keyboard.py), so these keys
reach them only from the controls inside, or not at all."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QScrollBar, QWidget, QWizard

from app.core.example_case import example_case

PAGE_DOWN = (Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
PAGE_UP = (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier)
TO_END = (Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
TO_START = (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)


def open_page(qtbot, wizard, key: str) -> QScrollBar:  # type: ignore[no-untyped-def]
    """Show page `key` of the example case in a laptop-sized window; its vertical scroll bar."""
    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.go_to_page(key)
    if key == "report":
        wizard.currentPage().tabs.setCurrentIndex(2)  # 事故の詳細: a long tab
    wizard.resize(wizard.minimumSize())  # 860x640: shorter than every page below
    qtbot.wait(20)
    page = wizard.currentPage()
    area = next(a for a in page.findChildren(QScrollArea) if a.isVisible())
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.pageStep())  # taller than its viewport
    return bar


def press(qtbot, widget: QWidget, key: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, key[0], key[1])


FOCUS: dict[str, tuple[str, Callable[[QWizard], QWidget]]] = {
    "button": ("sender_auth", lambda w: w.currentPage().check_button),
    "check box": ("blacklist", lambda w: w.currentPage().skip),
    "single-line edit": ("situation", lambda w: w.currentPage().company),
    "closed combo box": ("situation", lambda w: w.currentPage().provider),
    "the wizard's Back button": (
        "sender_auth",
        lambda w: w.button(QWizard.WizardButton.BackButton),
    ),
    "the report's tab bar": ("report", lambda w: w.currentPage().tabs.tabBar()),
}


@pytest.mark.parametrize("focus", list(FOCUS))
def test_page_keys_scroll_the_page_from_a_control_that_does_not_use_them(
    qtbot, wizard, focus: str
) -> None:  # type: ignore[no-untyped-def]
    key, find = FOCUS[focus]
    bar = open_page(qtbot, wizard, key)
    widget = find(wizard)
    before = widget.property("currentIndex")  # a combo box keeps its choice

    press(qtbot, widget, PAGE_DOWN)
    assert bar.value() == bar.pageStep()
    press(qtbot, widget, PAGE_DOWN)
    assert bar.value() == min(2 * bar.pageStep(), bar.maximum())
    press(qtbot, widget, PAGE_UP)
    press(qtbot, widget, PAGE_UP)
    assert bar.value() == 0
    press(qtbot, widget, TO_END)
    assert bar.value() == bar.maximum()
    press(qtbot, widget, TO_START)
    assert bar.value() == 0
    assert widget.property("currentIndex") == before
    assert QApplication.focusWidget() is widget


def test_a_table_keeps_page_down_for_its_rows_even_at_its_last_row(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    bar = open_page(qtbot, wizard, "situation")
    table = wizard.currentPage().timeline.table
    assert table.rowCount() > 2
    table.setCurrentCell(0, 0)
    bar.setValue(bar.maximum() // 2)
    start = bar.value()

    press(qtbot, table, PAGE_DOWN)
    assert table.currentRow() > 0
    press(qtbot, table, TO_END)
    assert table.currentRow() == table.rowCount() - 1
    # At its end the table does nothing more with them; the page must not start moving, or
    # PgUp would then move in the table instead of bringing the page back.
    press(qtbot, table, PAGE_DOWN)
    press(qtbot, table, TO_END)
    assert table.currentRow() == table.rowCount() - 1
    assert bar.value() == start
    press(qtbot, table, TO_START)
    assert table.currentRow() == 0
    assert bar.value() == start


def test_a_multi_line_edit_keeps_the_page_keys(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    bar = open_page(qtbot, wizard, "situation")
    edit = wizard.currentPage().how_detail
    edit.setPlainText("\n".join(f"line {n}" for n in range(60)))
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    edit.setTextCursor(cursor)
    bar.setValue(0)

    press(qtbot, edit, PAGE_DOWN)
    assert edit.textCursor().blockNumber() > 0
    press(qtbot, edit, TO_END)
    assert edit.textCursor().blockNumber() == 59
    press(qtbot, edit, PAGE_DOWN)
    assert bar.value() == 0


def test_an_open_combo_list_keeps_the_page_keys(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    bar = open_page(qtbot, wizard, "situation")
    combo = wizard.currentPage().provider
    combo.setCurrentIndex(0)
    press(qtbot, combo, (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier))  # opens the list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    start = bar.value()

    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.currentIndex().row() > 0
    assert bar.value() == start
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentIndex() > 0  # chosen in the list, as usual
