"""Editors for the report page's own data: line lists, recovery actions, evidence files, personal data.

Everything here shows user or attacker text as plain text only (table items, plain-text edits,
plain-text labels): a spam subject like `<img src=...>` is never interpreted as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InputError
from app.core.i18n import Msg
from app.core.normalize import format_jst, parse_count, parse_datetime
from app.core.report.sections import evidence as evidence_section
from app.core.report.sections import privacy as privacy_section
from app.core.report.sections.timeline import ANSWER_WORDS
from app.core.report_details import (
    ActionKind,
    ActionStatus,
    Answer,
    EvidenceFile,
    HashCancelled,
    ImpactAnswer,
    PersonalDataImpact,
    RecoveryAction,
    hash_evidence,
)
from app.ui.i18n import msg_text
from app.ui.tasks import TaskContext, TaskHandle, TaskRunner
from app.ui.widgets.checked_field import ERROR_STYLE, CheckedField
from app.ui.widgets.tables import ColumnFitting, PaddedRowsDelegate, natural_width, pad_rows

ValueRole = Qt.ItemDataRole.UserRole
ZERO_WIDTH_SPACE = "\u200b"  # an invisible line-break opportunity


def plain_lines(edit: QPlainTextEdit) -> list[str]:
    """The non-empty lines of a one-item-per-line list, trimmed at both ends."""
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def set_plain_lines(edit: QPlainTextEdit, lines: Sequence[str]) -> None:
    """Show a list one item per line (line breaks inside an item become spaces)."""
    edit.setPlainText("\n".join(" ".join(line.splitlines()) for line in lines))


def list_edit(parent: QWidget, rows: int = 4) -> QPlainTextEdit:
    """A plain-text list, one item per line; Tab moves on instead of inserting a tab."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    line = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(line * rows + 12)
    edit.setMaximumHeight(line * max(rows + 3, 8) + 12)
    return edit


def format_size(size: int) -> str:
    """Bytes for people: 48.2 MB, 412 KB, 100 B (decimal units, as file managers show)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit in ("B", "KB") else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} B"  # pragma: no cover - the loop always returns


class ChoiceDelegate(PaddedRowsDelegate):
    """Edits a table cell with a combo box of fixed choices; the value is kept in ValueRole."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for value, text in self._choices():
            combo.addItem(text, value)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(ValueRole)), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), ValueRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class _Table(QTableWidget):
    """A table whose Ctrl+C copies the current cell as the owner sees it: without the
    invisible break opportunities that long file names carry (`breakable_file_name`), which
    would otherwise come along into a search box or a mail to the vendor."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            item = self.currentItem()
            if item is not None:
                QGuiApplication.clipboard().setText(item.text().replace(ZERO_WIDTH_SPACE, ""))
            event.accept()
            return
        super().keyPressEvent(event)


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = _Table(0, columns, parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    # Tab leaves the table, so keyboard users are not trapped in it (arrows move between cells).
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    pad_rows(table)  # rows of wrapped text stay apart
    table.setMinimumHeight(150)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item else ""


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _problems_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


# -- recovery actions ------------------------------------------------------------------------------

A_KIND, A_DESCRIPTION, A_STATUS, A_AT, A_BY = range(5)
# What was done, the column the vendor reads, gets at least this share of the table; the kind
# and "by" columns give up width for it (they wrap). As wide as their longest texts, they left
# it a sixth of the table in English at the first start's window, and 16 px at the minimum one.
# The kind (words from a list) gives first, then the time (its date and hour on two lines),
# a name ("株式会社セキュア相談室") last.
_DESCRIPTION_SHARE = 0.3
_GIVING = (A_KIND, A_AT, A_BY)
_WRAPPED_EMS = 7
_CELL_PADDING = 4  # each side of a cell's text (the style's focus frame margin and one)


class ActionsEditor(QWidget):
    """The table of recovery and prevention actions: kind, what, state, when, by whom."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(self, 5)
        self.table.setItemDelegateForColumn(A_KIND, ChoiceDelegate(self._kinds, self.table))
        self.table.setItemDelegateForColumn(A_STATUS, ChoiceDelegate(self._states, self.table))
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # The columns are fitted (and the rows measured) again whenever the width changes:
        # loaded while the tab was hidden, the rows were measured for a column a few pixels
        # wide, hundreds of pixels tall, and the visible part of each cell was blank.
        self._fitting = ColumnFitting(self.table, self._fit_columns)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.problems = _problems_label(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.problems)
        self.add_button.clicked.connect(lambda: self.add_action(RecoveryAction(), edit=True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._on_item_changed)
        self.retranslate()

    def _kinds(self) -> list[tuple[str, str]]:
        return [(kind.value, msg_text(evidence_section.ACTION_KINDS[kind])) for kind in ActionKind]

    def _states(self) -> list[tuple[str, str]]:
        return [
            (state.value, msg_text(evidence_section.ACTION_STATES[state])) for state in ActionStatus
        ]

    def retranslate(self) -> None:
        """Texts, including the choice words already shown in the table."""
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("What was done or is planned"),
                self.tr("State"),
                self.tr("Date and time"),
                self.tr("By"),
            ]
        )
        self.table.setAccessibleName(self.tr("Recovery and prevention actions"))
        self.add_button.setText(self.tr("Add ac&tion"))
        self.remove_button.setText(self.tr("Remove selected actions"))
        self.hint.setText(
            self.tr(
                "Double-click a cell (or press F2) to change it. Kind and state are chosen from "
                "a list; planned actions may have a date in the future."
            )
        )
        kinds, states = dict(self._kinds()), dict(self._states())
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column, words in ((A_KIND, kinds), (A_STATUS, states)):
                item = self.table.item(row, column)
                if item is not None:
                    item.setText(words.get(item.data(ValueRole), ""))
        self.table.blockSignals(False)
        self._fit_columns()
        self.validate()

    def _fit_columns(self) -> None:
        """Every column as wide as its longest text, except that what was done keeps its share
        of the table: the kind, then the "by" column give up the difference, down to their
        headings, and wrap. Then every row as tall as its wrapped text."""
        # Resizing columns and rows can show or hide a scroll bar, which resizes the viewport:
        # not fitted again half-way through, but once more afterwards, at the new width.
        if self._fitting.busy:
            return
        self._fitting.busy = True
        try:
            for _attempt in range(3):
                available = self.table.viewport().width()
                self._fit_columns_at(available)
                if self.table.viewport().width() == available:
                    break
        finally:
            self._fitting.busy = False
        self._fitting.fitted_width = self.table.viewport().width()

    def _fit_columns_at(self, available: int) -> None:
        header = self.table.horizontalHeader()
        widths = {c: natural_width(self.table, c) for c in range(5)}
        least = {c: header.sectionSizeHint(c) for c in range(5)}
        # The kind and "by" wrap, but keep a few words a line ("P…" / "c…" is unreadable); the
        # time may wrap after its date.
        metrics = self.table.fontMetrics()
        readable = metrics.horizontalAdvance("M") * _WRAPPED_EMS
        for column in (A_KIND, A_BY):
            least[column] = max(least[column], min(widths[column], readable))
        date = metrics.horizontalAdvance("2026-11-16") + 2 * _CELL_PADDING
        least[A_AT] = max(least[A_AT], min(widths[A_AT], date))
        rest = available - sum(w for c, w in widths.items() if c != A_DESCRIPTION)
        wanted = max(least[A_DESCRIPTION], int(available * _DESCRIPTION_SHARE))
        for column in _GIVING:
            if rest >= wanted:
                break
            spare = max(0, widths[column] - least[column])
            # A time on two lines is worth it only when the column gives all it can.
            give = spare if column == A_AT else min(wanted - rest, spare)
            widths[column] -= give
            rest += give
        widths[A_DESCRIPTION] = max(least[A_DESCRIPTION], rest)
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.table.resizeRowsToContents()

    def add_action(self, action: RecoveryAction, edit: bool = False) -> None:
        """Append a row (and, when the user asked for it, start editing its description)."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        kind = QTableWidgetItem(msg_text(evidence_section.ACTION_KINDS[action.kind]))
        kind.setData(ValueRole, action.kind.value)
        state = QTableWidgetItem(msg_text(evidence_section.ACTION_STATES[action.status]))
        state.setData(ValueRole, action.status.value)
        self.table.setItem(row, A_KIND, kind)
        self.table.setItem(row, A_DESCRIPTION, QTableWidgetItem(action.description))
        self.table.setItem(row, A_STATUS, state)
        self.table.setItem(row, A_AT, QTableWidgetItem(format_jst(action.at) if action.at else ""))
        self.table.setItem(row, A_BY, QTableWidgetItem(action.by))
        self.table.blockSignals(False)
        self._fit_columns()
        if edit:
            self.table.setCurrentCell(row, A_DESCRIPTION)
            self.table.setFocus()
            self.changed.emit()

    def remove_selected(self) -> None:
        """Delete the selected rows."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit_columns()
        self.validate()
        self.changed.emit()

    def set_actions(self, actions: Sequence[RecoveryAction]) -> None:
        """Show the case's actions in their stored order."""
        self.table.setRowCount(0)
        for action in actions:
            self.add_action(action)
        self.validate()

    def _when(self, row: int) -> datetime | None:
        text = _cell(self.table, row, A_AT)
        # Planned actions lie in the future, so future dates are fine here.
        return parse_datetime(text, allow_future=True) if text else None

    def actions(self) -> list[RecoveryAction]:
        """Rows with some text and a readable (or empty) time; rows with problems stay only here."""
        result = []
        for row in range(self.table.rowCount()):
            description, by = _cell(self.table, row, A_DESCRIPTION), _cell(self.table, row, A_BY)
            kind_item, state_item = self.table.item(row, A_KIND), self.table.item(row, A_STATUS)
            kind = ActionKind(kind_item.data(ValueRole)) if kind_item else ActionKind.OTHER
            state = ActionStatus(state_item.data(ValueRole)) if state_item else ActionStatus.DONE
            try:
                when = self._when(row)
            except InputError:
                continue
            if not description and not by and when is None and kind == ActionKind.OTHER:
                continue  # an untouched new row
            result.append(RecoveryAction(kind, description, state, when, by))
        return result

    def first_problem_row(self) -> int | None:
        """The first row whose time cannot be read (it is not saved until fixed)."""
        for row in range(self.table.rowCount()):
            try:
                self._when(row)
            except InputError:
                return row
        return None

    def validate(self) -> bool:
        """List rows whose time cannot be read; True when there are none."""
        problems = []
        for row in range(self.table.rowCount()):
            try:
                self._when(row)
            except InputError as error:
                problems.append(
                    self.tr("Action {row}: {problem}").format(
                        row=row + 1, problem=msg_text(error.message)
                    )
                )
        self.problems.setText("\n".join("⚠ " + p for p in problems))
        self.problems.setVisible(bool(problems))
        return not problems

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == A_AT:
            self.validate()
        self._fit_columns()
        self.changed.emit()


# -- evidence files --------------------------------------------------------------------------------

E_LABEL, E_FILE, E_SIZE, E_KEPT, E_COLLECTED_AT, E_COLLECTED_BY, E_SHA = range(7)
# Free text that wraps: these give up width when the table is narrower than its contents.
_EVIDENCE_WRAPPING = (E_LABEL, E_FILE, E_KEPT, E_COLLECTED_BY)
_NAME_EMS = 10  # "collected by" stays on one line up to this width (a name, not a note)
SHORT_SHA_LENGTH = 12


def _share_room(room: int, wanted: dict[int, int], least: dict[int, int]) -> dict[int, int]:
    """Widths for columns that together want more than `room`: each shrinks in proportion to
    what it wants, but not below its `least`; the room a column cannot give up is taken from
    the others."""
    result: dict[int, int] = {}
    flexible = dict(wanted)
    remaining = room
    while flexible:
        share = max(0, remaining) / max(1, sum(flexible.values()))
        pinned = [c for c, w in flexible.items() if w * share < least[c]]
        if not pinned:
            result.update({c: int(w * share) for c, w in flexible.items()})
            break
        for column in pinned:
            result[column] = least[column]
            remaining -= least[column]
            del flexible[column]
    return result


def breakable_file_name(name: str) -> str:
    """The file name with invisible break opportunities after - _ . so that a narrow column
    wraps it ("maillog-" / "20261114.gz") instead of cutting it off: line breaking never
    breaks between a hyphen and a digit, nor inside "history-20261116.png"."""
    return re.sub(r"([-_.])(?=.)", "\\1" + ZERO_WIDTH_SPACE, name)


def two_line_heading(text: str) -> str:
    """A heading of several words on two lines as even as can be ("Original" / "kept at");
    a heading without spaces (Japanese, "SHA-256") stays as it is."""
    words = text.split(" ")
    if len(words) < 2:
        return text
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(len(pair[0]), len(pair[1])))
    return f"{first}\n{second}"


def short_sha(value: str) -> str:
    """The first characters of a SHA-256 value and "…" (the table shows this much)."""
    return value if len(value) <= SHORT_SHA_LENGTH else value[:SHORT_SHA_LENGTH] + "…"


class EvidenceEditor(QWidget):
    """Evidence files described by name, size and SHA-256; the files themselves are never copied.

    Hashing runs off the GUI thread through the wizard's TaskRunner, one file after another,
    with a progress bar for large logs and a button to stop.
    """

    changed = Signal()
    hashed = Signal()  # new files were added (the page saves the case at once)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._handle: TaskHandle | None = None
        self.default_collector = ""  # the contact person, filled in as "collected by"
        self.table = _table(self, 7)
        header = self.table.horizontalHeader()
        for column in range(7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._fitting = ColumnFitting(self.table, self._fit_columns)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self._mono = mono
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress_label = QLabel(self)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.problems = _problems_label(self)
        self.selected_sha_label = QLabel(self)
        self.selected_sha = QLineEdit(self)
        self.selected_sha.setReadOnly(True)
        self.selected_sha.setFont(mono)
        self.selected_sha_label.setBuddy(self.selected_sha)
        QWidget.setTabOrder(self.table, self.selected_sha)  # drawn under the table, above Add
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        sha_row = QHBoxLayout()
        sha_row.addWidget(self.selected_sha_label)
        sha_row.addWidget(self.selected_sha, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(sha_row)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.problems)
        self._set_busy(False)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected_sha())
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts (called by the page on language change)."""
        self._headings = [
            self.tr("What it is"),
            self.tr("File name"),
            self.tr("Size"),
            self.tr("Original kept at"),
            self.tr("Collected on"),
            self.tr("Collected by"),
            self.tr("SHA-256"),
        ]
        self.table.setHorizontalHeaderLabels(self._headings)
        self.table.setAccessibleName(self.tr("Evidence files"))
        for row in range(self.table.rowCount()):
            label, size = self.table.item(row, E_LABEL), self.table.item(row, E_SIZE)
            evidence = label.data(ValueRole) if label is not None else None
            if size is not None and isinstance(evidence, EvidenceFile):
                size.setData(Qt.ItemDataRole.AccessibleTextRole, self._size_spoken(evidence.size))
        self.add_button.setText(self.tr("&Add files…"))
        self.remove_button.setText(self.tr("Remove selected files from the list"))
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop computing the SHA-256 value"))
        self.progress.setAccessibleName(self.tr("Progress of the SHA-256 computation"))
        self.selected_sha_label.setText(self.tr("SHA-256 of the selected file:"))
        self.selected_sha.setAccessibleName(self.tr("SHA-256 of the selected file"))
        self.hint.setText(
            self.tr(
                "The files stay where they are: they are not copied or uploaded. The app only "
                "reads each file once to compute its SHA-256 value, a fingerprint that shows "
                "later that a copy is unchanged. Keep the originals and do not edit them. "
                "Double-click a cell to change what it is, where it is kept, and when and by "
                "whom it was collected."
            )
        )
        # New headings (and, in English, longer ones): the columns kept the old language's
        # widths until the window was resized.
        self._fit_columns()
        self.validate()

    # -- rows --------------------------------------------------------------------------------

    def _add_row(self, item: EvidenceFile) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        label = QTableWidgetItem(item.label)
        label.setData(ValueRole, item)  # size, hash and times travel with the row
        size = _read_only(format_size(item.size))
        size.setData(Qt.ItemDataRole.AccessibleTextRole, self._size_spoken(item.size))
        # The first characters identify the file at a glance; the whole value is in the
        # tooltip and in the "SHA-256 of the selected file" field under the table, so the
        # table fits the page without scrolling sideways.
        sha = _read_only(short_sha(item.sha256))
        sha.setFont(self._mono)
        sha.setToolTip(item.sha256)
        sha.setData(Qt.ItemDataRole.AccessibleTextRole, item.sha256)
        collected = format_jst(item.collected_at) if item.collected_at else ""
        file_cell = _read_only(breakable_file_name(item.file_name))
        file_cell.setToolTip(item.file_name)
        # Screen readers read the name itself, not the invisible break opportunities.
        file_cell.setData(Qt.ItemDataRole.AccessibleTextRole, item.file_name)
        for column, cell in (
            (E_LABEL, label),
            (E_FILE, file_cell),
            (E_SIZE, size),
            (E_KEPT, QTableWidgetItem(item.kept_at)),
            (E_COLLECTED_AT, QTableWidgetItem(collected)),
            (E_COLLECTED_BY, QTableWidgetItem(item.collected_by)),
            (E_SHA, sha),
        ):
            self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self._fit_columns()

    def _size_spoken(self, size: int) -> str:
        # The exact size for screen readers ("48 MB" is what the cell shows).
        return self.tr("{size} bytes").format(size=f"{size:,}")

    def _fit_columns(self) -> None:
        """Size the columns to their contents and, when that is wider than the table, narrow
        the three free-text columns (they wrap) so that every column stays in view."""
        # Resizing a section can show or hide a scroll bar, which resizes the viewport and
        # would start this again half-way through.
        self._fitting.busy = True
        try:
            self._fit_columns_now()
        finally:
            self._fitting.busy = False
        self._fitting.fitted_width = self.table.viewport().width()

    def _fit_columns_now(self) -> None:
        # Headings on one line where the table has room; in a narrow table (English at the
        # wizard's 860 px minimum width) the headings of several words go on two lines
        # ("Original" / "kept at"), and the table fits instead of scrolling sideways.
        for two_lines in (False, True):
            self._set_headings(two_lines)
            if self._fit_columns_at(self.table.viewport().width()):
                break
        self.table.resizeRowsToContents()

    def _set_headings(self, two_lines: bool) -> None:
        for column, heading in enumerate(self._headings):
            text = two_line_heading(heading) if two_lines else heading
            item = self.table.horizontalHeaderItem(column)
            if item is not None and item.text() != text:
                item.setText(text)

    def _heading_width(self, column: int) -> int:
        """The width the column's heading needs (its longer line), with padding."""
        item = self.table.horizontalHeaderItem(column)
        metrics = self.table.horizontalHeader().fontMetrics()
        lines = item.text().split("\n") if item is not None else [""]
        return max(metrics.horizontalAdvance(line) for line in lines) + 16

    def _fit_columns_at(self, available: int) -> bool:
        """Fit the columns into `available` pixels; False if even their least widths did not
        fit (the table then scrolls sideways)."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in range(7) if c not in _EVIDENCE_WRAPPING)
        wanted = {c: header.sectionSize(c) for c in _EVIDENCE_WRAPPING}
        room = available - fixed
        natural = {c: self._natural_width(c) for c in _EVIDENCE_WRAPPING}
        if room > sum(wanted.values()):
            # Spare room goes to the wrapping columns, up to their one-line width, so that a
            # wide window shows fewer wrapped lines.
            spare = room - sum(wanted.values())
            hungry = {c: max(0, natural[c] - wanted[c]) for c in _EVIDENCE_WRAPPING}
            total_hunger = sum(hungry.values())
            if total_hunger:
                for column, hunger in hungry.items():
                    extra = min(hunger, spare * hunger // total_hunger)
                    header.resizeSection(column, wanted[column] + extra)
            return True
        if room == sum(wanted.values()):
            return True
        # First the time of collection goes under its date ("2026-11-16" / "15:10"): the
        # column was as wide as both on one line, 130 px of a table of 555.
        date = self.table.fontMetrics().horizontalAdvance("2026-11-16") + 2 * _CELL_PADDING
        least_at = max(self._heading_width(E_COLLECTED_AT), date)
        give = min(header.sectionSize(E_COLLECTED_AT) - least_at, sum(wanted.values()) - room)
        if give > 0:
            header.resizeSection(E_COLLECTED_AT, header.sectionSize(E_COLLECTED_AT) - give)
            room += give
        # Never narrower than the column's heading (plus padding).
        least = {c: self._heading_width(c) for c in _EVIDENCE_WRAPPING}
        # A person's name on one line: Japanese may break between any two characters,
        # and 「山田 太」/「郎」 reads as a different name. Long texts still wrap.
        metrics = header.fontMetrics()
        least[E_COLLECTED_BY] = max(
            least[E_COLLECTED_BY],
            min(natural[E_COLLECTED_BY], metrics.horizontalAdvance("M") * _NAME_EMS),
        )
        # A file name wraps only where it has a break opportunity (after - _ .): the column
        # keeps room for its longest piece ("20261114."), which was cut to "20261…".
        pieces = [
            piece
            for row in range(self.table.rowCount())
            for piece in _cell(self.table, row, E_FILE).split(ZERO_WIDTH_SPACE)
        ]
        cell_metrics = self.table.fontMetrics()
        longest = max((cell_metrics.horizontalAdvance(p) for p in pieces), default=0)
        longest += 2 * _CELL_PADDING
        least[E_FILE] = max(least[E_FILE], min(natural[E_FILE], longest))
        for column, width in _share_room(room, wanted, least).items():
            header.resizeSection(column, width)
        return sum(least.values()) <= room

    def _natural_width(self, column: int) -> int:
        """Width of the column's longest cell on one line (and of its heading's longer line)."""
        metrics = self.table.fontMetrics()
        texts = [_cell(self.table, row, column) for row in range(self.table.rowCount())]
        widths = [metrics.horizontalAdvance(t) for t in texts]
        widths.append(self._heading_width(column) - 16)
        return max(widths, default=0) + 16

    def set_evidence(self, items: Sequence[EvidenceFile]) -> None:
        """Show the case's evidence files."""
        self.table.setRowCount(0)
        for item in items:
            self._add_row(item)
        if self.table.rowCount():
            self.table.setCurrentCell(0, E_LABEL)
        self.validate()
        self._show_selected_sha()

    def _collected_at(self, row: int) -> datetime | None:
        text = _cell(self.table, row, E_COLLECTED_AT)
        return parse_datetime(text) if text else None

    def evidence(self) -> list[EvidenceFile]:
        """The rows as EvidenceFiles; an unreadable 'collected on' keeps the stored value."""
        result = []
        for row in range(self.table.rowCount()):
            label_item = self.table.item(row, E_LABEL)
            if label_item is None:
                continue
            stored = label_item.data(ValueRole)
            if not isinstance(stored, EvidenceFile):
                continue
            try:
                collected_at = self._collected_at(row)
            except InputError:
                collected_at = stored.collected_at
            result.append(
                replace(
                    stored,
                    label=_cell(self.table, row, E_LABEL) or stored.file_name,
                    kept_at=_cell(self.table, row, E_KEPT),
                    collected_at=collected_at,
                    collected_by=_cell(self.table, row, E_COLLECTED_BY),
                )
            )
        return result

    def remove_selected(self) -> None:
        """Take the selected files off the list (the files themselves are not touched)."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.validate()
        self._show_selected_sha()
        self.changed.emit()

    def first_problem_row(self) -> int | None:
        """The first row whose 'collected on' cannot be read (the stored value stays)."""
        for row in range(self.table.rowCount()):
            try:
                self._collected_at(row)
            except InputError:
                return row
        return None

    def validate(self) -> bool:
        """List rows whose 'collected on' cannot be read."""
        problems = []
        for row in range(self.table.rowCount()):
            try:
                self._collected_at(row)
            except InputError as error:
                problems.append(
                    self.tr("File {row}: {problem}").format(
                        row=row + 1, problem=msg_text(error.message)
                    )
                )
        self._set_problems(problems)
        return not problems

    def _set_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join("⚠ " + p for p in problems))
        self.problems.setVisible(bool(problems))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == E_COLLECTED_AT:
            self.validate()
        self.changed.emit()

    def _show_selected_sha(self) -> None:
        row = self.table.currentRow()
        label = self.table.item(row, E_LABEL) if row >= 0 else None
        stored = label.data(ValueRole) if label is not None else None
        self.selected_sha.setText(stored.sha256 if isinstance(stored, EvidenceFile) else "")

    # -- hashing -----------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for files, then hash them."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose evidence files (logs, screenshots, bounced mails)")
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    @property
    def busy(self) -> bool:
        """True from starting to hash until the results are in the table."""
        return self._handle is not None

    def add_files(self, paths: Sequence[Path]) -> TaskHandle | None:
        """Hash `paths` one after another off the GUI thread; rows appear as each one is done."""
        if self.busy or not paths:
            return None
        files = list(paths)
        collector = self.default_collector

        def work(ctx: TaskContext) -> list[tuple[Path, EvidenceFile | Msg | None]]:
            # None: not hashed because Stop was pressed (the file in progress and the rest).
            results: list[tuple[Path, EvidenceFile | Msg | None]] = []
            for number, path in enumerate(files, start=1):
                if ctx.cancelled:
                    results.append((path, None))
                    continue

                def report(done: int, total: int, number: int = number, path: Path = path) -> None:
                    ctx.progress((number, len(files), path.name, done, total))

                report(0, 0)
                try:
                    item = hash_evidence(
                        path,
                        kept_at=str(path.parent),
                        collected_by=collector,
                        progress=report,
                        cancel=ctx.cancel_event,
                    )
                except HashCancelled:
                    results.append((path, None))
                except InputError as error:
                    results.append((path, error.message))
                else:
                    results.append((path, item))
            return results

        self._set_busy(True)
        self._set_problems([])
        self._handle = self._tasks.run(
            work,
            on_done=self._hashed,
            on_progress=self._progressed,
            on_error=self._failed,
            on_cancelled=lambda: self._set_busy(False),
            owner=self,
            queue="evidence",
        )
        return self._handle

    def cancel(self) -> None:
        """Stop hashing; files already done are added, the others are listed as not hashed."""
        if self._handle is not None:
            self._handle.stop()

    def _progressed(self, value: Any) -> None:
        number, count, name, done, total = value
        permille = int(done * 1000 / total) if total else 0
        self.progress.setValue(permille)
        self.progress_label.setText(
            self.tr("Computing SHA-256 of “{name}” ({number} of {count})…").format(
                name=name, number=number, count=count
            )
        )

    def _hashed(self, results: list[tuple[Path, EvidenceFile | Msg | None]]) -> None:
        self._set_busy(False)
        known = {item.sha256 for item in self.evidence()}
        problems = []
        added = 0
        stopped = [path.name for path, outcome in results if outcome is None]
        for path, outcome in results:
            if outcome is None:
                continue
            if isinstance(outcome, Msg):
                problems.append(msg_text(outcome))
            elif outcome.sha256 in known:
                problems.append(
                    self.tr("“{name}” is already in the list (same SHA-256).").format(
                        name=path.name
                    )
                )
            else:
                known.add(outcome.sha256)
                self._add_row(outcome)
                added += 1
        if stopped:
            problems.append(
                self.tr(
                    "Stopped: no SHA-256 value was computed for {names}, so they were not "
                    "added. Add them again when you have time."
                ).format(names=self.tr(", ").join(f"“{name}”" for name in stopped))
            )
        self._set_problems(problems)
        if added:
            self.table.setCurrentCell(self.table.rowCount() - 1, E_LABEL)
            self._show_selected_sha()
            self.changed.emit()
            self.hashed.emit()

    def _failed(self, message: Msg) -> None:
        self._set_busy(False)
        self._set_problems([msg_text(message)])

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.add_button.setEnabled(not busy)
        if not busy:
            self.progress.setValue(0)
            self._handle = None


# -- personal data ---------------------------------------------------------------------------------

# The questions exactly as the report prints them, in its order (people count after the second).
IMPACT_FIELDS: list[tuple[str, Msg]] = [
    ("in_mailbox", privacy_section.Q_IN_MAILBOX),
    ("could_be_read", privacy_section.Q_COULD_BE_READ),
    ("sensitive", privacy_section.Q_SENSITIVE),
    ("secondary_damage", privacy_section.Q_SECONDARY),
    ("notified", privacy_section.Q_NOTIFIED),
    ("published", privacy_section.Q_PUBLISHED),
    ("reported_to_ppc", privacy_section.Q_REPORTED),
]
ANSWER_CHOICES: list[Answer | None] = [None, Answer.YES, Answer.NO, Answer.UNKNOWN]
_PEOPLE_UNIT = re.compile(r"\s*(人|名|people|persons?)\s*(程度|くらい|ぐらい|ほど)?\s*$", re.I)


def parse_people(text: str) -> int | None:
    """A number of people as owners write it: 300, ３００人, 約300名, 3千人."""
    return parse_count(_PEOPLE_UNIT.sub("", text))


class ImpactForm(QWidget):
    """The questions that decide a report to the Personal Information Protection Commission."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.questions: dict[str, QLabel] = {}
        self.answers: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        row = 0
        for position, (name, _question) in enumerate(IMPACT_FIELDS):
            if position == 2:
                row = self._people_rows(grid, row)
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox(self)
            note = QLineEdit(self)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0, 1, 2)
            grid.addWidget(combo, row + 1, 0)
            grid.addWidget(note, row + 1, 1)
            self.questions[name], self.answers[name], self.notes[name] = label, combo, note
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
            note.textChanged.connect(lambda *_: self.changed.emit())
            grid.setRowMinimumHeight(row + 2, 6)  # a little air between the questions
            row += 3
        self.retranslate()

    def _people_rows(self, grid: QGridLayout, row: int) -> int:
        self.people_label = QLabel(self)
        self.people_label.setWordWrap(True)
        self.people_count = CheckedField(parse_people, parent=self)
        self.people_note = QLineEdit(self)
        self.people_label.setBuddy(self.people_count.edit)
        grid.addWidget(self.people_label, row, 0, 1, 2)
        grid.addWidget(self.people_count, row + 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.people_note, row + 1, 1, Qt.AlignmentFlag.AlignTop)
        self.people_count.edit.textChanged.connect(lambda *_: self.changed.emit())
        self.people_note.textChanged.connect(lambda *_: self.changed.emit())
        grid.setRowMinimumHeight(row + 2, 6)
        return row + 3

    def retranslate(self) -> None:
        """Texts; the questions are the report's own wording."""
        for name, question in IMPACT_FIELDS:
            self.questions[name].setText(msg_text(question))
            combo = self.answers[name]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for answer in ANSWER_CHOICES:
                combo.addItem(msg_text(ANSWER_WORDS[answer]), answer.value if answer else "")
            combo.setCurrentIndex(max(combo.findData(current or ""), 0))
            combo.blockSignals(False)
            combo.setAccessibleName(msg_text(question))
            self.notes[name].setPlaceholderText(self.tr("Note (optional): what you know"))
            self.notes[name].setAccessibleName(
                self.tr("Note on: {question}").format(question=msg_text(question))
            )
        self.people_label.setText(self.tr("&How many people could be affected?"))
        self.people_count.edit.setPlaceholderText(self.tr("e.g. 300"))
        self.people_count.set_accessible_name(self.tr("Number of people who could be affected"))
        self.people_note.setPlaceholderText(
            self.tr("How it was counted, or a range (empty count: unknown)")
        )
        self.people_note.setAccessibleName(self.tr("How the number of people was counted"))

    def set_impact(self, impact: PersonalDataImpact) -> None:
        """Show the case's answers."""
        for name, _question in IMPACT_FIELDS:
            item: ImpactAnswer = getattr(impact, name)
            combo = self.answers[name]
            combo.setCurrentIndex(max(combo.findData(item.answer.value if item.answer else ""), 0))
            self.notes[name].setText(item.note)
        count = impact.people_count
        self.people_count.set_text(str(count) if count is not None else "")
        self.people_note.setText(impact.people_count_note)

    def store(self, impact: PersonalDataImpact) -> None:
        """Write the answers into `impact` (an unreadable people count keeps the stored one)."""
        for name, _question in IMPACT_FIELDS:
            value = self.answers[name].currentData()
            setattr(
                impact,
                name,
                ImpactAnswer(Answer(value) if value else None, self.notes[name].text().strip()),
            )
        if self.people_count.validate(show=False):
            impact.people_count = self.people_count.value
        impact.people_count_note = self.people_note.text().strip()
