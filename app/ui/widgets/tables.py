"""Readable table rows: room above and below each row's text, also when it wraps."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)


def row_padding(metrics: QFontMetrics) -> int:
    """The room above and below a row's text: about 2/5 of a line, so that a row of one line is
    as tall as Qt's default row (30 px at 1x) and rows of two or three lines stay apart."""
    return max(3, round(metrics.height() * 0.4))


class PaddedRowsDelegate(QStyledItemDelegate):
    """Draws cells as usual but asks for `row_padding` more room above and below the text.

    The text is centred vertically in its cell (Qt's default alignment), so the room is shared
    out evenly; a row sized to its contents (resizeRowsToContents, ResizeToContents) gets it.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * row_padding(option.fontMetrics))


def pad_rows(table: QTableView) -> None:
    """Make every row of `table` as tall as its (wrapped) text plus `row_padding` above and
    below, and never lower than Qt's default row (a row of one line).

    The rows are measured again whenever a column changes width: rows measured once, when
    the rows were added (the table not laid out yet, its columns narrow), stayed many lines
    tall with their text centred out of sight. Columns with a delegate of their own keep it
    (derive it from PaddedRowsDelegate).
    """
    table.setItemDelegate(PaddedRowsDelegate(table))
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(rows.defaultSectionSize())
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def natural_width(table: QTableView, column: int) -> int:
    """The width a column needs for its widest cell and for its heading."""
    return max(table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column))


def shared_widths(
    table: QTableView, last: int, share: float, yielding: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """Widths for the columns up to `last` that fill the table's view: each column before
    `last` as wide as its contents, unless `last` (the column of sentences) would get less
    than `share` of the view; then the columns in `yielding` ((column, ems), in that order)
    give up the difference, down to that many ems (never below their heading), their text
    wrapping. `last` takes what is left."""
    available = table.viewport().width()
    header = table.horizontalHeader()
    widths = {column: natural_width(table, column) for column in range(last)}
    em = table.fontMetrics().horizontalAdvance("M")
    wanted = max(header.sectionSizeHint(last), int(available * share))
    excess = sum(widths.values()) + wanted - available
    for column, ems in yielding:
        least = max(header.sectionSizeHint(column), min(widths[column], em * ems))
        give = min(excess, widths[column] - least)
        if give > 0:
            widths[column] -= give
            excess -= give
    widths[last] = max(header.sectionSizeHint(last), available - sum(widths.values()))
    return widths


class ColumnFitting(QObject):
    """Calls `fit` again whenever the table's viewport gets a width its columns were not fitted
    for (window resized, tab or page shown).

    The viewport, not the table, is watched: its width is known only after the scroll bars are
    placed. `fit` records the width it fitted for in `fitted_width`, and sets `busy` while a
    resize of its own (a scroll bar shown or hidden) must not start it again half-way through.
    """

    def __init__(self, table: QAbstractScrollArea, fit: Callable[[], None]) -> None:
        super().__init__(table)
        self._viewport = table.viewport()
        self._fit = fit
        self.fitted_width = -1
        self.busy = False
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the columns again when the viewport changes width."""
        if (
            watched is self._viewport
            and event.type() == QEvent.Type.Resize
            and not self.busy
            and self._viewport.width() != self.fitted_width
        ):
            self._fit()
        return super().eventFilter(watched, event)

    def share(
        self, table: QTableView, last: int, share: float, yielding: Sequence[tuple[int, int]]
    ) -> None:
        """Fit `table`'s columns by `shared_widths` for its viewport's width now."""
        self.fitted_width = table.viewport().width()
        if self.fitted_width <= 0:
            return
        widths = shared_widths(table, last, share, yielding)
        header = table.horizontalHeader()
        self.busy = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self.busy = False
