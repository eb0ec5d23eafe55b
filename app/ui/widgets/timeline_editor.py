"""The table of 時系列・初動対応: time, what happened or was done, by whom, evidence kept."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.case import TimelineEntry
from app.core.errors import InputError
from app.core.normalize import format_jst, now_jst, parse_datetime, read_datetime
from app.ui.i18n import msg_text
from app.ui.widgets.checked_field import ERROR_STYLE, HINT_STYLE
from app.ui.widgets.tables import ColumnFitting, natural_width, pad_rows

COL_AT, COL_EVENT, COL_ACTOR, COL_EVIDENCE = range(4)
# At most this share of the table's width for "who" and "evidence kept" (they wrap beyond it),
# so that "what happened", the column the vendor reads, keeps most of the room.
_CAPPED_SHARE = {COL_ACTOR: 0.2, COL_EVIDENCE: 0.28}
# On a time cell read relative to today (昨日の夜9時): (the words typed, the date and time they
# became), shown beneath the table. The cell then holds that date and time, which does not
# move on when the day changes; typed over with something else, the note goes.
TYPED_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelineEditor(QWidget):
    """Rows stay exactly as typed; rows with an unreadable time are listed beneath the table."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(
            False
        )  # Tab leaves the table: keyboard users are not trapped
        header = self.table.horizontalHeader()
        # Widths are set by _fit_columns: a Stretch section is resized only later, after the
        # rows would have been measured against its old width (rows far too tall).
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        pad_rows(self.table)  # rows of wrapped text stay apart
        # About six rows of wrapped text (rows are padded): the example case has eight.
        self.table.setMinimumHeight(240)
        self._fitting = ColumnFitting(self.table, self._fit_columns)
        self.add_button = QPushButton(self)
        self.now_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        # A row typed by the owner is one press from being lost: the removal can be undone
        # (also with Ctrl+Z in the table), as many removals back as were made.
        self.undo_remove_button = QPushButton(self)
        self.undo_remove_button.setAutoDefault(False)
        self.undo_remove_button.hide()
        self._removed: list[list[tuple[int, list[str], tuple[str, str] | None]]] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        self.readings = QLabel(self)
        self.readings.setWordWrap(True)
        self.readings.setStyleSheet(HINT_STYLE)
        self.readings.hide()
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.readings)
        layout.addWidget(self.problems)
        self.add_button.clicked.connect(lambda: self.add_row(""))
        self.now_button.clicked.connect(lambda: self.add_row(format_jst(now_jst())))
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_remove_button.clicked.connect(self.undo_remove)
        # Ctrl+Z anywhere in the editor but inside a cell being edited (that cell's own undo
        # comes first there).
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.setEnabled(False)
        self.undo_shortcut.activated.connect(self.undo_remove)
        self.table.itemChanged.connect(self._on_item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set texts (called by the page on language change)."""
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date and time"),
                self.tr("What happened / what was done"),
                self.tr("Who"),
                self.tr("Evidence kept"),
            ]
        )
        self.table.setAccessibleName(self.tr("Timeline of events and actions"))
        self.add_button.setText(self.tr("Add &row"))
        self.now_button.setText(self.tr("Add row for &just now"))
        self.remove_button.setText(self.tr("Remo&ve selected rows"))
        self.undo_remove_button.setText(self.tr("Put bac&k"))
        self.undo_remove_button.setAccessibleName(self.tr("Put the removed rows back (Ctrl+Z)"))
        if self._removed:
            self._show_removed()
        self.validate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """ "Who" and "evidence kept" as wide as their longest text up to a share of the table,
        "what happened" takes the rest, and every row as tall as its wrapped text."""
        available = self.table.viewport().width()
        self._fitting.fitted_width = available
        if available <= 0:
            return
        header = self.table.horizontalHeader()
        widths = {COL_AT: natural_width(self.table, COL_AT)}
        for column, share in _CAPPED_SHARE.items():
            widths[column] = min(natural_width(self.table, column), int(available * share))
        widths[COL_EVENT] = max(header.sectionSizeHint(COL_EVENT), available - sum(widths.values()))
        # A narrow table (the English heading of "what happened" is long): the capped columns
        # give up more, down to their headings, rather than the table scrolling sideways (it
        # did by 3 px at the first start's 980 px window in English).
        excess = sum(widths.values()) - available
        for column in (COL_EVIDENCE, COL_ACTOR):
            give = min(excess, widths[column] - header.sectionSizeHint(column))
            if give > 0:
                widths[column] -= give
                excess -= give
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.table.resizeRowsToContents()

    def add_row(self, when: str, event: str = "", actor: str = "", evidence: str = "") -> None:
        """Append a row and put the cursor in it."""
        row = self._append(when, event, actor, evidence)
        # Fitted to the new texts: 「現在の日時で行を追加」 in a new case put a date into a column
        # as narrow as its heading (「…」).
        self._fit_columns()
        self.table.setCurrentCell(row, COL_AT if not when else COL_EVENT)
        self.table.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        """Delete the selected rows; `undo_remove` puts them back."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        if not rows:
            return
        removed = []
        for row in rows:
            texts = [self._raw(row, column) for column in range(4)]
            item = self.table.item(row, COL_AT)
            typed = item.data(TYPED_ROLE) if item is not None else None
            removed.append((row, texts, typed))
        for row in reversed(rows):
            self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(rows[0], self.table.rowCount() - 1))
        self._removed.append(removed)
        self._show_removed()
        self.validate()
        self._fit_columns()
        self.changed.emit()

    def _show_removed(self) -> None:
        rows = self._removed[-1]
        if len(rows) == 1:
            text = self.tr("Row {row} was removed.").format(row=rows[0][0] + 1)
        else:
            text = self.tr("{count} rows were removed.").format(count=len(rows))
        self._set_status(text, undo=True)

    def undo_remove(self) -> None:
        """Put the rows removed last back where they were, with everything typed in them."""
        if not self._removed:
            return
        rows = self._removed.pop()
        self.table.blockSignals(True)
        self.table.clearSelection()
        for row, texts, typed in rows:  # ascending: each lands where it was
            at = min(row, self.table.rowCount())
            self.table.insertRow(at)
            for column, text in enumerate(texts):
                self.table.setItem(at, column, QTableWidgetItem(text))
            if typed is not None:
                item = self.table.item(at, COL_AT)
                if item is not None:
                    item.setData(TYPED_ROLE, typed)
        self.table.blockSignals(False)
        first = min(rows[0][0], self.table.rowCount() - 1)
        self.table.setCurrentCell(first, COL_AT)
        selection = self.table.selectionModel()
        for row, _texts, _typed in rows:
            selection.select(
                self.table.model().index(min(row, self.table.rowCount() - 1), 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if len(rows) == 1:
            text = self.tr("Row {row} is back.").format(row=first + 1)
        else:
            text = self.tr("{count} rows are back.").format(count=len(rows))
        self._set_status(text, undo=bool(self._removed))
        self.validate()
        self._fit_columns()
        self.table.setFocus()
        self.changed.emit()

    def _set_status(self, text: str, *, undo: bool) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.undo_remove_button.setVisible(undo)
        self.undo_shortcut.setEnabled(undo)

    def _raw(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def _append(self, when: str, event: str, actor: str, evidence: str) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, text in enumerate((when, event, actor, evidence)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        return row

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        """Show the case's timeline (sorted by time). The focus stays where it is: a case is
        loaded while another page is shown (focusing this table took the focus to a hidden page,
        and an opened case started in the middle of page 1)."""
        self.table.setRowCount(0)
        # Rows removed from another case cannot come back into this one.
        self._removed.clear()
        self._set_status("", undo=False)
        for entry in sorted(entries, key=lambda e: e.at):
            self._append(format_jst(entry.at), entry.event, entry.actor, entry.evidence)
        self.validate()
        self._fit_columns()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def entries(self) -> list[TimelineEntry]:
        """Rows with a readable time and some text; rows with problems are left out (not lost)."""
        result = []
        for row in range(self.table.rowCount()):
            texts = [self._cell(row, c) for c in range(4)]
            if not any(texts[1:]):
                continue
            try:
                when = parse_datetime(texts[0])
            except InputError:
                continue
            result.append(TimelineEntry(at=when, event=texts[1], actor=texts[2], evidence=texts[3]))
        return result

    def validate(self) -> bool:
        """Mark rows whose time cannot be read; returns True when every filled row is fine.
        Also lists the times read relative to today, with what was typed."""
        problems = []
        readings = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_AT)
            read = item.data(TYPED_ROLE) if item is not None else None
            if item is not None and read is not None:
                reading = self.tr("Row {row}: “{typed}” was read as {when} (Japan time).").format(
                    row=row + 1, typed=read[0], when=read[1]
                )
                readings.append(reading)
                self._set_quietly(item, Qt.ItemDataRole.AccessibleDescriptionRole, reading)
            texts = [self._cell(row, c) for c in range(4)]
            if not any(texts):
                continue
            try:
                parse_datetime(texts[0])
            except InputError as error:
                problem = msg_text(error.message)
                problems.append(
                    self.tr("Row {row}: {problem}").format(row=row + 1, problem=problem)
                )
                item = self.table.item(row, COL_AT)
                if item is not None:
                    self._set_quietly(item, Qt.ItemDataRole.ToolTipRole, problem)
                    self._set_quietly(item, Qt.ItemDataRole.AccessibleDescriptionRole, problem)
            else:
                item = self.table.item(row, COL_AT)
                if item is not None:
                    self._set_quietly(item, Qt.ItemDataRole.ToolTipRole, "")
        self.readings.setText("\n".join("ⓘ " + r for r in readings))
        self.readings.setVisible(bool(readings))
        self.problems.setText("\n".join("⚠ " + p for p in problems))
        self.problems.setVisible(bool(problems))
        return not problems

    def _set_quietly(self, item: QTableWidgetItem, role: Qt.ItemDataRole, value: str) -> None:
        # Marking a row is no edit: itemChanged would run the checks again (and, for a time
        # read relative to today, take its note away).
        self.table.blockSignals(True)
        item.setData(role, value)
        self.table.blockSignals(False)

    def first_problem_row(self) -> int | None:
        """Row index of the first row with an unreadable time, for focusing it."""
        for row in range(self.table.rowCount()):
            texts = [self._cell(row, c) for c in range(4)]
            if not any(texts):
                continue
            try:
                parse_datetime(texts[0])
            except InputError:
                return row
        return None

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_AT:
            self._fix_relative_time(item)
            self.validate()
        # The date column too: in a new case it was fitted to its heading alone, and a date
        # typed there showed as 「…」.
        if item.column() != COL_EVENT:
            self._fit_columns()
        else:
            self.table.resizeRowToContents(item.row())
        self.changed.emit()

    def _fix_relative_time(self, item: QTableWidgetItem) -> None:
        """「昨日の夜9時」 becomes the date and time it means today; the words are kept for the
        note beneath the table. Another time typed over it drops the note."""
        typed = item.text().strip()
        try:
            reading = read_datetime(typed)
        except InputError:
            reading = None
        self.table.blockSignals(True)
        if reading is not None and reading.relative:
            item.setText(format_jst(reading.value))
            item.setData(TYPED_ROLE, (typed, item.text()))
        elif item.data(TYPED_ROLE) is not None and item.data(TYPED_ROLE)[1] != typed:
            item.setData(TYPED_ROLE, None)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, None)
        self.table.blockSignals(False)
