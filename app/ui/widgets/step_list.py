"""The list of steps at the side of the wizard, with the current step marked by text, not colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

# Shown with the first page: a number instead of PySide6's `Qt` namespace (see qt_enums).
from app.ui.qt_enums import ALIGN_RIGHT_TOP, ALIGN_TOP_LEFT, PLAIN_TEXT, set_enum_property

COL_MARK, COL_NUMBER, COL_NAME = range(3)


class StepList(QWidget):
    """Shows "1. ようこそ" ... with "▶" and bold on the current step and "✓" on visited ones.

    Mark, number and name sit in columns of one grid, so a long name that wraps ("Passwords and
    accounts" in English) continues under its first word, not under the number.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setHorizontalSpacing(4)
        self._layout.setVerticalSpacing(6)
        self._layout.setColumnStretch(COL_NAME, 1)
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self._status = QLabel(self)
        self._status.setWordWrap(True)
        self._status.setObjectName("saveStatus")
        self._names: list[str] = []
        self._current = 0
        self._visited: set[int] = set()
        # Wide enough that the longest Japanese name (「パスワードとアカウント」) stays on one line
        # beside its number; longer English names wrap with a hanging indent.
        self.setMinimumWidth(185)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the list's own texts (the step names come with `set_steps`)."""
        self.setAccessibleName(self.tr("Steps of the wizard"))

    def changeEvent(self, event: QEvent) -> None:
        # Set once in __init__, the name kept the start-up language after a switch.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def name_labels(self) -> list[QLabel]:
        """The labels holding the step names (without mark and number), top to bottom."""
        return [name for _mark, _number, name in self._rows]

    def number_labels(self) -> list[QLabel]:
        """The labels holding the step numbers ("3."), top to bottom."""
        return [number for _mark, number, _name in self._rows]

    def set_steps(self, names: list[str]) -> None:
        """Replace the step names (also after a language change)."""
        self._names = names
        for row in self._rows:
            for label in row:
                self._layout.removeWidget(label)
                label.deleteLater()
        self._layout.removeWidget(self._status)
        for old in range(self._layout.rowCount()):
            self._layout.setRowStretch(old, 0)
        self._rows = []
        for i, _ in enumerate(names):
            mark, number, name = QLabel(self), QLabel(self), QLabel(self)
            for label in (mark, number, name):
                set_enum_property(label, "textFormat", PLAIN_TEXT)
                # A wrapped name makes the row taller; mark and number stay on its first line.
                set_enum_property(label, "alignment", ALIGN_TOP_LEFT)
            set_enum_property(number, "alignment", ALIGN_RIGHT_TOP)  # "10." lines up with "9."
            name.setWordWrap(True)
            self._layout.addWidget(mark, i, COL_MARK)
            self._layout.addWidget(number, i, COL_NUMBER)
            self._layout.addWidget(name, i, COL_NAME)
            self._rows.append((mark, number, name))
        self._layout.setRowStretch(len(names), 1)
        self._layout.addWidget(self._status, len(names) + 1, COL_MARK, 1, 3)
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
        for i, ((mark, number, label), name) in enumerate(
            zip(self._rows, self._names, strict=True)
        ):
            current = i == self._current
            if current:
                marker = "▶"
            elif i in self._visited:
                marker = "✓"
            else:
                # Empty, not a full-width space: the column is as wide as "▶" and "✓" need.
                marker = ""
            mark.setText(marker)
            number.setText(f"{i}.")
            label.setText(name)
            for part in (mark, number, label):
                font = QFont(part.font())
                font.setBold(current)
                part.setFont(font)
            state = (
                self.tr("current step")
                if current
                else self.tr("done")
                if i in self._visited
                else self.tr("not yet")
            )
            # The name's label speaks for the whole row: number, name and state.
            label.setAccessibleName(f"{i}. {name} ({state})")
