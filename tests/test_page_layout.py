"""What the owner sees on a normal-sized window: fields in one column, table text not cut off."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTableWidget

from app.core.example_case import example_case
from tests.test_wizard_shell import go_to_situation, situation


def _load_example(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.resize(1000, 740)
    wizard.case = example_case()
    wizard.load_into_pages()
    qtbot.wait(20)


def _cell_fits(table: QTableWidget, row: int, column: int) -> bool:
    """The cell's text, wrapped to its column, fits the row's height (nothing elided)."""
    item = table.item(row, column)
    assert item is not None
    width = table.columnWidth(column)
    needed = table.fontMetrics().boundingRect(0, 0, width - 6, 10_000, 0x1000, item.text())
    return needed.height() <= table.rowHeight(row)


def test_the_situation_forms_start_their_fields_in_one_column(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    _load_example(qtbot, wizard)
    page = situation(wizard)
    for language in ("ja", "en"):
        wizard.languages.set_language(language)
        qtbot.wait(20)
        lefts = {
            widget.mapTo(page, QPoint(0, 0)).x()
            for widget in (page.company, page.domain, page.noticed_at, page.how_detail)
        }
        assert len(lefts) == 1, (language, lefts)


def test_the_timeline_gives_most_room_to_what_happened(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    _load_example(qtbot, wizard)
    table = situation(wizard).timeline.table
    for language in ("ja", "en"):
        wizard.languages.set_language(language)
        qtbot.wait(20)
        widths = [table.columnWidth(c) for c in range(4)]
        assert widths[1] == max(widths), (language, widths)
        # The heading of the event column is readable, not cut at both ends.
        header = table.horizontalHeader()
        heading = table.horizontalHeaderItem(1).text()
        assert header.fontMetrics().horizontalAdvance(heading) < widths[1]
        # The columns fill the table, and no row is too short for its wrapped text.
        assert sum(widths) <= table.viewport().width()
        for row in range(table.rowCount()):
            for column in range(4):
                assert _cell_fits(table, row, column), (language, row, column)
