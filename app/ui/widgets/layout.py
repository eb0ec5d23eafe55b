"""Small layout helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def scrolling(content: QWidget) -> QScrollArea:
    """Put a page's content in a scroll area so large system fonts never clip it."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def page_layout(page: QWidget, content: QWidget) -> None:
    """Give `page` a single scrolling area holding `content`."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scrolling(content))


def wrapped_label(parent: QWidget | None = None, rich: bool = False) -> QLabel:
    """A label that wraps long Japanese text and can be selected for copying."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading_label(parent: QWidget | None = None) -> QLabel:
    """A bold section heading."""
    label = QLabel(parent)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def link_buddy(label: QLabel, widget: QWidget) -> None:
    """Let the label's mnemonic focus `widget`, and name the widget for screen readers."""
    label.setBuddy(widget)
    widget.setAccessibleName(label.text().replace("&", "").split("(")[0].strip())
