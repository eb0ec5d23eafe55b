"""Keeping the keyboard focus where the owner left it while a button is disabled for a task."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def disable_keeping_focus(button: QWidget) -> Callable[[], None]:
    """Disable `button` for the length of a task; call the returned function when the task is
    over: it enables the button again and, if the button had the focus, gives it back.

    Qt hands the focus of a disabled widget to the next one in the Tab order (often far down
    the page); unless the owner has moved the focus on since, it returns to the button.
    """
    had_focus = button.hasFocus()
    button.setEnabled(False)
    landed = QApplication.focusWidget() if had_focus else None

    def done() -> None:
        button.setEnabled(True)
        if had_focus and QApplication.focusWidget() in (landed, None):
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    return done
