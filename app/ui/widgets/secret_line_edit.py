"""A password field whose copy and cut go through `SecretClipboard` (so they are cleared too)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class SecretLineEdit(QLineEdit):
    """QLineEdit in Password mode by default.

    While the password is shown (Normal echo mode), Qt would let Ctrl+C, Ctrl+X and the context
    menu put it on the clipboard for good. Here Ctrl+C / Ctrl+X emit `copy_requested(cut)` for
    the page to copy through `SecretClipboard`, and the context menu has no Copy or Cut.
    """

    copy_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)

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
