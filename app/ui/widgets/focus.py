"""Keyboard focus and keys: keeping the focus where the owner left it while a button is
disabled for a task, and scrolling a page with PgUp/PgDn/Ctrl+Home/Ctrl+End."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QScrollArea,
    QWidget,
)


def window_focus(widget: QWidget) -> QWidget | None:
    """The control that has the keyboard focus in `widget`'s window, or gets it back when the
    owner returns to that window.

    `QApplication.focusWidget()` and `hasFocus()` only know the active window: while the owner
    reads something in the browser during a check, they say nothing about the wizard, although
    Qt still moves the wizard's own focus when a focused button is disabled."""
    return widget.window().focusWidget()


def disable_keeping_focus(button: QWidget) -> Callable[[], None]:
    """Disable `button` for the length of a task; call the returned function when the task is
    over: it enables the button again and, if the button had the focus, gives it back.

    Qt hands the focus of a disabled widget to the next one in the Tab order (often far down
    the page); unless the owner has moved the focus on since, it returns to the button.
    """
    had_focus = window_focus(button) is button
    button.setEnabled(False)
    landed = window_focus(button) if had_focus else None

    def done() -> None:
        button.setEnabled(True)
        if had_focus and window_focus(button) in (landed, None):
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    return done


def page_key_action(event: QKeyEvent) -> QAbstractSlider.SliderAction | None:
    """What the page-scrolling key `event` does to a scroll bar; None for any other key.

    Standard key sequences, so that each platform's own keys work (on macOS also Cmd+Up/Down
    for the start and end); with Shift they select text instead and are not page keys.
    """
    action = QAbstractSlider.SliderAction
    keys = QKeySequence.StandardKey
    for key, slider in (
        (keys.MoveToNextPage, action.SliderPageStepAdd),
        (keys.MoveToPreviousPage, action.SliderPageStepSub),
        (keys.MoveToEndOfDocument, action.SliderToMaximum),
        (keys.MoveToStartOfDocument, action.SliderToMinimum),
    ):
        if event.matches(key):
            return slider
    return None


def page_key_target(page: QWidget, widget: QWidget | None) -> QAbstractScrollArea | None:
    """What the page keys scroll when the focus is on `widget` and nothing used them.

    The nearest scrolling thing around the focus: a list, table or text box the focus is in
    keeps its keys (at its end they do not run on into the page: PgUp would then move in the
    table, not bring the page back), otherwise the page's scroll area. For a focus outside
    every scroll area (a tab bar, the wizard's buttons) the page's area on screen (a page with
    tabs has one per tab).
    """
    while widget is not None and widget is not page:
        if isinstance(widget, QAbstractScrollArea):
            return widget
        widget = widget.parentWidget()
    for area in page.findChildren(QScrollArea):
        if area.isVisible():
            return area
    return None


def scroll_page(page: QWidget, event: QKeyEvent) -> bool:
    """Scroll `page` for the page key `event` (True), or leave a key that is none (False).

    Called with keys no control used: the focus is on a button, a check box, a closed combo
    box..., or outside the page. A page too short to scroll still takes the key, so that it
    does nothing rather than reach, say, the wizard's dialog handling.
    """
    action = page_key_action(event)
    if action is None:
        return False
    target = page_key_target(page, QApplication.focusWidget())
    if target is not None:
        target.verticalScrollBar().triggerAction(action)
    return True
