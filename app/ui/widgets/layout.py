"""Small layout helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

# Numbers instead of PySide6's `Qt` namespace: these helpers build the first page (qt_enums).
from app.ui.qt_enums import (
    NO_FOCUS,
    PLAIN_TEXT,
    RICH_TEXT,
    SCROLL_BAR_ALWAYS_OFF,
    TEXT_SELECTABLE_BY_MOUSE,
    set_enum_property,
)

# What a window's frame takes around its contents, in logical pixels: Windows 10/11 draw a title
# bar of about 31 px and 8 px borders (most of them an invisible resize margin) at every scale.
WINDOW_FRAME = QSize(16, 40)


def fitted_size(widget: QWidget, width: int, height: int, whole_screen: bool = False) -> QSize:
    """`width` x `height`, made smaller where the screen is. A laptop's 1366x768 screen at 125 %
    scaling is 1093x614 logical pixels, less the task bar: a window sized for a desktop
    monitor hung off its bottom edge, with the buttons out of reach.

    A dialog takes at most 90 % of the width and 85 % of the height of the free screen (the
    window behind it stays in sight); `whole_screen` lets a main window have all of it but its
    frame."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    available = screen.availableGeometry()
    if whole_screen:
        room = QSize(
            available.width() - WINDOW_FRAME.width(), available.height() - WINDOW_FRAME.height()
        )
    else:
        room = QSize(int(available.width() * 0.9), int(available.height() * 0.85))
    return QSize(min(width, room.width()), min(height, room.height()))


def scrolling(content: QWidget) -> QScrollArea:
    """Put a page's content in a scroll area so large system fonts never clip it."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    set_enum_property(area, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
    # Not a stop of its own in the Tab order: without a frame, the focus on it is invisible and
    # it has no name; it still scrolls every control that gets the focus into view.
    set_enum_property(area, "focusPolicy", NO_FOCUS)
    return area


def page_layout(page: QWidget, content: QWidget) -> None:
    """Give `page` a single scrolling area holding `content`."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scrolling(content))


def wrapped_label(
    parent: QWidget | None = None, rich: bool = False, selectable: bool = True
) -> QLabel:
    """A label that wraps long Japanese text and can be selected for copying.

    `selectable=False` leaves selection off until `make_selectable()`: a selectable label lays
    out its text through a QTextDocument, which the first page cannot afford before it is shown.
    """
    label = QLabel(parent)
    label.setWordWrap(True)
    set_enum_property(label, "textFormat", RICH_TEXT if rich else PLAIN_TEXT)
    if selectable:
        make_selectable(label)
    return label


def make_selectable(label: QLabel) -> None:
    """Let the user select (and copy) the label's text with the mouse."""
    set_enum_property(label, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)


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
