"""A section that is folded away until the user opens it ("for advanced users")."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget


class _ToggleButton(QToolButton):
    """A checkable tool button that also answers Enter/Return, not only Space: keyboard users
    expect either key to open a disclosure."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class Collapsible(QWidget):
    """A heading button with an arrow and a body shown only while it is open (closed at first).

    Put the folded widgets in `content` (it has a QVBoxLayout). The button is reachable with
    Tab and opens and closes with Space or Enter; its accessible name is the heading and its
    accessible description says whether the section is open, so a screen reader announces both.
    """

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_text = ""
        self._closed_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle_button = _ToggleButton(self)
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(False)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggle_button.toggled.connect(self._apply)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(20, 0, 0, 0)
        layout.addWidget(self.content)
        self._apply(False)

    def set_texts(self, heading: str, open_state: str, closed_state: str) -> None:
        """The heading (button text and accessible name) and the spoken open/closed states."""
        self.toggle_button.setText(heading)
        # Without the mnemonic: 「見出し(&F)」 would be read 「見出し かっこ F」.
        name = re.sub(r"[(（][A-Za-z0-9][)）]$", "", heading.replace("&", "").strip())
        self.toggle_button.setAccessibleName(name.strip())
        self._open_text = open_state
        self._closed_text = closed_state
        self._apply(self.is_open())

    def is_open(self) -> bool:
        """True while the body is shown."""
        return self.toggle_button.isChecked()

    def set_open(self, open_: bool) -> None:
        """Open or close the section."""
        self.toggle_button.setChecked(open_)

    def _apply(self, open_: bool) -> None:
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
        )
        self.toggle_button.setAccessibleDescription(self._open_text if open_ else self._closed_text)
        self.content.setVisible(open_)
        self.toggled.emit(open_)
