"""A 4-step colour bar for password strength; the page always shows the verdict as text beside it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SEGMENTS = 4
# Red for 0-1, orange, amber, green: the usual traffic-light order. Colour is never the only
# signal: the page writes the strength word and the verdict next to the bar.
COLOURS = {
    0: QColor("#c62828"),
    1: QColor("#c62828"),
    2: QColor("#ef6c00"),
    3: QColor("#f9a825"),
    4: QColor("#2e7d32"),
}


class StrengthBar(QWidget):
    """Four segments; a score of 0-4 fills max(1, score) of them (0 and 1 both show one red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._score: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def score(self) -> int | None:
        """The score shown, or None when nothing is being checked."""
        return self._score

    @property
    def filled(self) -> int:
        """How many segments are coloured."""
        return 0 if self._score is None else max(1, min(SEGMENTS, self._score))

    def colour(self) -> QColor | None:
        """The colour of the filled segments, or None when empty."""
        return None if self._score is None else COLOURS[max(0, min(4, self._score))]

    def set_score(self, score: int | None, description: str = "") -> None:
        """Show `score` (0-4) or nothing; `description` is read out by screen readers."""
        self._score = None if score is None else max(0, min(4, score))
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def sizeHint(self) -> QSize:
        height = max(10, self.fontMetrics().height() // 2)
        return QSize(240, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 4.0
        width = (self.width() - gap * (SEGMENTS - 1)) / SEGMENTS
        height = float(self.height()) - 1
        colour = self.colour()
        empty = self.palette().color(self.palette().ColorRole.Midlight)
        border = self.palette().color(self.palette().ColorRole.Mid)
        for index in range(SEGMENTS):
            rect = QRectF(index * (width + gap) + 0.5, 0.5, width - 1, height)
            if colour is not None and index < self.filled:
                painter.setPen(QPen(colour.darker(120), 1))
                painter.setBrush(colour)
            else:
                painter.setPen(QPen(border, 1))
                painter.setBrush(empty)
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()
