"""A password field whose copy and cut go through `SecretClipboard` (so they are cleared too)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class SecretLineEdit(QLineEdit):
    """QLineEdit in Password mode by default.

    While the password is shown (Normal echo mode), Qt would let Ctrl+C, Ctrl+X and the context
    menu put it on the clipboard for good. Here Ctrl+C / Ctrl+X emit `copy_requested(cut)` for
    the page to copy through `SecretClipboard`, and the context menu has no Copy or Cut.
    """

    copy_requested = Signal(bool)

    # Keep keyboards and input methods from learning, predicting or correcting what is typed.
    # Qt sets these for Password mode and removes them for Normal mode, so `set_shown` puts them
    # back when the password is shown.
    _PRIVATE_HINTS = (
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_shown(False)

    def set_shown(self, shown: bool) -> None:
        """Show the password as text, or hide it behind dots (the default)."""
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.setInputMethodHints(self.inputMethodHints() | self._PRIVATE_HINTS)

    @property
    def shown(self) -> bool:
        """True while the password is shown as text."""
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def keyPressEvent(self, event: QKeyEvent) -> None:
        for key, cut in (
            (QKeySequence.StandardKey.Copy, False),
            (QKeySequence.StandardKey.Cut, True),
        ):
            if event.matches(key):
                if self.hasSelectedText():
                    self.copy_requested.emit(cut)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in ("edit-copy", "edit-cut"):
                menu.removeAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()
