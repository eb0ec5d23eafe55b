"""A line edit that checks its text with a core normaliser and explains problems beneath it.

The text the user typed is never changed or cleared when it is wrong: the message appears under
the field (with a ⚠ sign, so it does not rely on colour) and the field keeps focus-able text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.errors import InputError
from app.ui.i18n import msg_text

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(placeholder-text);"


class CheckedField(QWidget):
    """`parse(text)` returns the value or raises InputError; empty text is allowed unless required."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        parse: Callable[[str], Any],
        *,
        required: bool = False,
        describe: Callable[[Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self._describe = describe
        self.required = required
        self.edit = QLineEdit(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self._valid = not required
        self.value: Any = None
        self._required_message = ""
        self.edit.editingFinished.connect(self.validate)
        self.edit.textChanged.connect(self._on_text_changed)

    def set_required_message(self, text: str) -> None:
        """What to say when a required field is left empty."""
        self._required_message = text

    def set_accessible_name(self, name: str) -> None:
        """Name for screen readers (usually the label's text without the mnemonic)."""
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        """The text exactly as typed."""
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Replace the text (when a case is loaded) and check it quietly."""
        self.edit.setText(text)
        self.validate(show=bool(text))

    def is_valid(self) -> bool:
        """True when the text parses (or is empty and optional)."""
        return self._valid

    def _on_text_changed(self, _text: str) -> None:
        # Re-check quietly while typing so that Next can enable; messages appear on leaving.
        was = self._valid
        self._check()
        if self._valid:
            self._show(None)
        if was != self._valid:
            self.validity_changed.emit(self._valid)

    def _check(self) -> str | None:
        text = self.edit.text()
        if not text.strip():
            self.value = None
            self._valid = not self.required
            return self._required_message if self.required else None
        try:
            self.value = self._parse(text)
        except InputError as error:
            self.value = None
            self._valid = False
            return msg_text(error.message)
        self._valid = True
        return None

    def validate(self, show: bool = True) -> bool:
        """Check the text, show or hide the explanation; returns whether it is valid."""
        was = self._valid
        problem = self._check()
        if show:
            self._show(problem)
        if was != self._valid:
            self.validity_changed.emit(self._valid)
        return self._valid

    def _show(self, problem: str | None) -> None:
        if problem:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText("⚠ " + problem)
            self.message.show()
            self.edit.setAccessibleDescription(problem)
        elif self._describe is not None and self.value is not None:
            hint = self._describe(self.value)
            self.message.setStyleSheet(HINT_STYLE)
            self.message.setText(hint)
            self.message.setVisible(bool(hint))
            self.edit.setAccessibleDescription(hint)
        else:
            self.message.hide()
            self.message.clear()
            self.edit.setAccessibleDescription("")


def tidy_on_leave(edit: QLineEdit, tidy: Callable[[str], str]) -> None:
    """When the cursor leaves `edit`, show its text as `tidy` writes it (full-width digits made
    half-width, as the page promises); the undo history keeps what was typed."""

    def apply() -> None:
        text = edit.text()
        tidied = tidy(text)
        if tidied != text:
            edit.selectAll()
            edit.insert(tidied)  # an edit, not setText: Ctrl+Z brings back what was typed

    edit.editingFinished.connect(apply)
