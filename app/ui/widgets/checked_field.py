"""A line edit that checks its text with a core normaliser and explains problems beneath it.

The text the user typed is never changed or cleared when it is wrong: the message appears under
the field (with a ⚠ sign, so it does not rely on colour) and the field keeps focus-able text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.errors import InputError
from app.core.normalize import format_jst, parse_datetime, read_datetime
from app.ui.i18n import msg_text

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(placeholder-text);"


class _Message(QLabel):
    """The explanation under a field, as tall as its wrapped text at the width it has.

    In a form, a field with something beside it (the volume's estimate/counted choice) was
    given the height its message needs at a wider width: a message of three or four lines
    was cut in half. A minimum height at the real width is what the form honours."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        """Ask for the height the text needs at the current width."""
        needed = 0
        if self.text():
            # QLabel's heightForWidth is never less than its minimum height: without this
            # reset the height only ever grew.
            self.setMinimumHeight(0)
            needed = max(self.heightForWidth(self.width()), 0)
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


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
        self.message = _Message(self)
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
            self.message.fit_height()
            self.message.show()
            self.edit.setAccessibleDescription(problem)
        elif self._describe is not None and self.value is not None:
            hint = self._describe(self.value)
            self.message.setStyleSheet(HINT_STYLE)
            self.message.setText(hint)
            self.message.fit_height()
            self.message.setVisible(bool(hint))
            self.edit.setAccessibleDescription(hint)
        else:
            self.message.hide()
            self.message.clear()
            self.message.fit_height()
            self.edit.setAccessibleDescription("")


class DateTimeField(CheckedField):
    """A date and time typed the ways owners write it (`parse_datetime`), with how it was read
    shown beneath. A time read relative to today (昨日の夜9時) is rewritten, when the cursor
    leaves the field, as the date and time it became: left as typed, 「昨日」 would be read
    again as another day after midnight. Ctrl+Z brings back the words typed."""

    def __init__(self, *, allow_future: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(self._read, describe=self._describe, parent=parent)
        self._allow_future = allow_future
        # (the words typed, the date and time they were rewritten as): while the field shows
        # that date and time, the note beneath still says which words it came from.
        self._rewritten: tuple[str, str] | None = None
        # Connected after CheckedField's own check, so the rewrite is the last word on leaving.
        self.edit.editingFinished.connect(self._rewrite_relative)

    def _read(self, text: str) -> Any:
        return parse_datetime(text, allow_future=self._allow_future)

    def set_text(self, text: str) -> None:
        """Replace the text (a case loaded): the words of another case's rewrite are gone."""
        self._rewritten = None
        super().set_text(text)

    def _describe(self, value: Any) -> str:
        shown = format_jst(value)
        text = self.edit.text().strip()
        if self._rewritten is not None and self._rewritten[1] == text:
            return self.tr("“{typed}” was read as {when} (Japan time).").format(
                typed=self._rewritten[0], when=shown
            )
        if shown != text:
            return self.tr("Read as {when} (Japan time).").format(when=shown)
        return ""

    def _rewrite_relative(self) -> None:
        typed = self.edit.text().strip()
        try:
            reading = read_datetime(typed, allow_future=self._allow_future)
        except InputError:
            return  # kept as typed, with the explanation beneath
        if not reading.relative:
            return
        shown = format_jst(reading.value)
        self._rewritten = (typed, shown)
        self.edit.selectAll()
        self.edit.insert(shown)  # an edit, not setText: Ctrl+Z brings back what was typed


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


class _TidyTextOnLeave(QObject):
    """The event filter of `tidy_text_on_leave`."""

    def __init__(self, edit: QPlainTextEdit, tidy: Callable[[str], str]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._tidy = tidy

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A context menu or another window taking the focus is no leaving the box.
        if (
            watched is self._edit
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason()
            not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        ):
            self.apply()
        return False

    def apply(self) -> None:
        text = self._edit.toPlainText()
        tidied = self._tidy(text)
        if tidied != text:
            # An edit through a cursor, not setPlainText: Ctrl+Z brings back what was typed.
            cursor = QTextCursor(self._edit.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(tidied)


def tidy_text_on_leave(edit: QPlainTextEdit, tidy: Callable[[str], str]) -> None:
    """`tidy_on_leave` for a box of several lines: when the cursor leaves `edit`, its text is
    shown as `tidy` writes it, and Ctrl+Z in the box brings back what was typed."""
    edit.installEventFilter(_TidyTextOnLeave(edit, tidy))
