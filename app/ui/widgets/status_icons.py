"""Small status icons drawn in code (no icon theme or font needed), always shown with text.

One set for the whole wizard: password verdicts and account states (page 3), blacklist results
(page 2) and the report review (page 5). Each kind has its own shape and symbol, so the icons
read without colour.
"""

from __future__ import annotations

import atexit
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap


class StatusKind(StrEnum):
    """What an icon stands for."""

    OK = "ok"  # green circle with a tick: passed
    BAD = "bad"  # red circle with a cross: failed
    UNKNOWN = "unknown"  # grey ring with a question mark: not checked
    WARNING = "warning"  # orange triangle with an exclamation mark: needs attention
    INACTIVE = "inactive"  # grey circle with a bar: deleted or disabled
    PENDING = "pending"  # grey ring with an ellipsis: waiting for an answer


_COLOURS = {
    StatusKind.OK: QColor("#2e7d32"),
    StatusKind.BAD: QColor("#c62828"),
    StatusKind.UNKNOWN: QColor("#616161"),
    StatusKind.WARNING: QColor("#e65100"),
    StatusKind.INACTIVE: QColor("#757575"),
    StatusKind.PENDING: QColor("#707070"),  # 3:1 or more against the light backgrounds
}
_cache: dict[StatusKind, QIcon] = {}
# Pixmaps must go before QApplication does; destroyed at interpreter exit they crash.
atexit.register(_cache.clear)


# The device sizes of a 16 px icon at 100, 125, 150, 175, 200 and 250 % display scaling (and
# of larger ones at some of them): the icon is drawn at each, not scaled from its neighbour.
# At 125 % the 24 px drawing shrunk to 20 px had soft, blurred edges.
ICON_SIZES = (16, 20, 24, 28, 32, 40, 48)


def status_icon(kind: StatusKind) -> QIcon:
    """The icon for `kind`, drawn at every size common display scalings ask for."""
    icon = _cache.get(kind)
    if icon is None:
        icon = QIcon()
        for size in ICON_SIZES:
            icon.addPixmap(_draw(kind, size))
        _cache[kind] = icon
    return icon


def status_pixmap(kind: StatusKind, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon as a pixmap of `size` logical pixels for a screen with this pixel ratio."""
    return status_icon(kind).pixmap(QSize(size, size), ratio)


def _draw(kind: StatusKind, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = _COLOURS[kind]
    s = float(size)
    margin = s * 0.06
    box = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    white = QPen(QColor("white"), max(1.5, s * 0.12))
    white.setCapStyle(Qt.PenCapStyle.RoundCap)
    white.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if kind is StatusKind.WARNING:
        path = QPainterPath()
        path.moveTo(s / 2, margin)
        path.lineTo(s - margin, s - margin)
        path.lineTo(margin, s - margin)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(path)
        painter.setPen(white)
        painter.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.64))
        painter.drawPoint(QPointF(s / 2, s * 0.8))
    elif kind in (StatusKind.UNKNOWN, StatusKind.PENDING):
        painter.setPen(QPen(colour, max(1.2, s * 0.09)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04))
        font = QFont()
        font.setPixelSize(max(8, int(s * 0.62)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignCenter, "?" if kind is StatusKind.UNKNOWN else "…"
        )
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(white)
        if kind is StatusKind.OK:
            path = QPainterPath()
            path.moveTo(s * 0.28, s * 0.52)
            path.lineTo(s * 0.44, s * 0.68)
            path.lineTo(s * 0.73, s * 0.35)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif kind is StatusKind.BAD:
            painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
            painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
        else:  # INACTIVE
            painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5))
    painter.end()
    return pixmap
