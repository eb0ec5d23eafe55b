"""Screen readers read what gets the focus; a result that appears elsewhere is announced."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel


def announce_label(label: QLabel) -> None:
    """Have a screen reader read the label's text now, as it reads it (plain, translated): a
    check's result shown in a status line while the focus is on a button."""
    if not label.isVisible():
        return
    interface = QAccessible.queryAccessibleInterface(label)
    text = interface.text(QAccessible.Text.Name) if interface is not None else label.text()
    if text.strip():
        _send(QAccessibleAnnouncementEvent(label, text.strip()))


def _send(event: QAccessibleAnnouncementEvent) -> None:
    QAccessible.updateAccessibility(event)
