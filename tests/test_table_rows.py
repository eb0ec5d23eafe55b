"""Table rows are readable: room above and below every row's text, also when it wraps onto
several lines, no text cut off and no row far taller than its text (measured on the drawn
pixels), also after the window was made narrower or wider."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QTableWidget, QWizard

from app.core.example_case import example_case

# At 1x: about a third of a line of air above and below the text (Qt's own rows give 1-2 px
# when they are sized to their text, and wrapped lines ran into the grid).
MIN_GAP = 4
DARK = 140  # lightness of text ink; the grid lines and the alternate row colour are lighter

TABLES: dict[str, tuple[str, Callable[[QWizard], QTableWidget]]] = {
    "timeline": ("situation", lambda w: w.currentPage().timeline.table),
    "targets": ("blacklist", lambda w: w.currentPage().targets.table),
    "results": ("blacklist", lambda w: w.currentPage().table),
    "accounts": ("accounts", lambda w: w.currentPage().table),
    "actions": ("report", lambda w: w.currentPage().actions.table),
    "evidence": ("report", lambda w: w.currentPage().evidence.table),
}


def ink_gaps(table: QTableWidget, row: int) -> tuple[int, int]:
    """Pixels between the row's edges and the first and last pixel row holding text ink."""
    table.scrollToItem(table.item(row, 0))
    table.clearSelection()
    table.setCurrentItem(None)
    image = table.viewport().grab().toImage()
    top = table.rowViewportPosition(row)
    height = table.rowHeight(row)
    assert top >= 0 and top + height <= image.height(), "the row is not fully in view"
    inked = [
        y
        for y in range(top, top + height)
        if any(image.pixelColor(x, y).lightness() < DARK for x in range(image.width()))
    ]
    assert inked, f"row {row} shows no text"
    return inked[0] - top, top + height - 1 - inked[-1]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("name", list(TABLES))
def test_every_row_has_room_above_and_below_its_text(qtbot, wizard, name: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    key, find = TABLES[name]
    wizard.set_language(lang)
    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.go_to_page(key)
    table = find(wizard)
    if key == "report":
        wizard.currentPage().show_tab("incident" if name == "actions" else "evidence")
    table.setFixedHeight(400)  # rows of several lines fit in view one at a time
    qtbot.waitUntil(table.isVisible)
    assert table.rowCount() >= 2
    line = table.fontMetrics().height()
    for width in (1300, 860, 1100):  # the columns change width: rows wrap differently
        wizard.resize(width, 700)
        qtbot.wait(20)
        gaps = {row: ink_gaps(table, row) for row in range(table.rowCount())}
        cramped = {row: gap for row, gap in gaps.items() if min(gap) < MIN_GAP}
        assert not cramped, f"at {width} px, rows without room around their text: {cramped}"
        # A row measured at another width than it is drawn at is far taller than its text
        # (its text centred out of sight) or cuts it off.
        loose = {row: gap for row, gap in gaps.items() if max(gap) > line}
        assert not loose, f"at {width} px, rows much taller than their text: {loose}"


def test_the_blacklist_targets_table_is_as_tall_as_its_rows(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    # It has no scroll bar of its own up to five rows, and no empty space under them that
    # would push the results out of view.
    wizard.resize(1000, 740)
    wizard.case = example_case()
    wizard.load_into_pages()
    wizard.go_to_page("blacklist")
    table = wizard.currentPage().targets.table
    for width in (1000, 860, 1300):
        wizard.resize(width, 740)
        qtbot.wait(20)
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        inside = table.height() - table.horizontalHeader().height() - 2 * table.frameWidth()
        assert rows <= inside <= rows + 6, f"at {width} px"
