"""Screen readers read what gets the focus; a result that appears elsewhere is announced."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel


def announce_label(label: QLabel) -> None:
    """Have a screen reader read the label's text now, as it reads it (plain, translated): a
    check's result shown in a status line while the focus is on a button."""
    announce_labels(label)


def announce_labels(*labels: QLabel) -> None:
    """`announce_label` for a result told in several lines of their own (each with its own
    style), as one announcement in this order: two in a row may cut each other off. Hidden or
    empty labels are left out."""
    texts, first = [], None
    for label in labels:
        if not label.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(label)
        text = interface.text(QAccessible.Text.Name) if interface is not None else label.text()
        if text.strip():
            texts.append(text.strip())
            first = first or label
    if first is not None:
        _send(QAccessibleAnnouncementEvent(first, "\n".join(texts)))


def _send(event: QAccessibleAnnouncementEvent) -> None:
    QAccessible.updateAccessibility(event)
