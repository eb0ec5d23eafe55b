"""The list of steps at the side of the wizard, with the current step marked by text, not colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# Shown with the first page: a number instead of PySide6's `Qt` namespace (see qt_enums).
from app.ui.qt_enums import PLAIN_TEXT, set_enum_property


class StepList(QWidget):
    """Shows "1. ようこそ" ... with "▶" and bold on the current step and "✓" on visited ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(6)
        self._labels: list[QLabel] = []
        self._status = QLabel(self)
        self._status.setWordWrap(True)
        self._status.setObjectName("saveStatus")
        self._names: list[str] = []
        self._current = 0
        self._visited: set[int] = set()
        self.setMinimumWidth(170)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the list's own texts (the step names come with `set_steps`)."""
        self.setAccessibleName(self.tr("Steps of the wizard"))

    def changeEvent(self, event: QEvent) -> None:
        # Set once in __init__, the name kept the start-up language after a switch.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_steps(self, names: list[str]) -> None:
        """Replace the step names (also after a language change)."""
        self._names = names
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._layout.removeWidget(self._status)
        self._labels = []
        for _ in names:
            label = QLabel(self)
            label.setWordWrap(True)
            set_enum_property(label, "textFormat", PLAIN_TEXT)
            self._layout.addWidget(label)
            self._labels.append(label)
        self._layout.addStretch(1)
        self._layout.addWidget(self._status)
        self._refresh()

    def set_current(self, index: int, visited: set[int]) -> None:
        """Mark `index` as the current step and `visited` as done."""
        self._current = index
        self._visited = visited
        self._refresh()

    def set_status(self, text: str) -> None:
        """A short line under the steps, e.g. when the case was last saved."""
        self._status.setText(text)

    def _refresh(self) -> None:
        for i, (label, name) in enumerate(zip(self._labels, self._names, strict=True)):
            current = i == self._current
            if current:
                marker = "▶"
            elif i in self._visited:
                marker = "✓"
            else:
                marker = "　"
            label.setText(f"{marker} {i}. {name}")
            font = QFont(label.font())
            font.setBold(current)
            label.setFont(font)
            state = (
                self.tr("current step")
                if current
                else self.tr("done")
                if i in self._visited
                else self.tr("not yet")
            )
            label.setAccessibleName(f"{i}. {name} ({state})")
