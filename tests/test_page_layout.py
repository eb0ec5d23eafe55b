"""What the owner sees on a normal-sized window: fields in one column, table text not cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QTableWidget

from app.core.example_case import example_case
from app.ui.wizard import DEFAULT_SIZE, MINIMUM_SIZE
from tests.test_wizard_shell import go_to_situation, situation


def _load_example(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.resize(1000, 740)
    wizard.case = example_case()
    wizard.load_into_pages()
    qtbot.wait(20)


def _show_evidence_tab(qtbot, wizard):  # type: ignore[no-untyped-def]
    """The example case on the report page, its evidence tab in front."""
    _load_example(qtbot, wizard)
    wizard.go_to_page("report")
    page = wizard.page_by_key("report")
    for name, show in page.screenshot_states():
        if name == "evidence":
            show()
    return page


def _settle() -> None:
    """Let Qt finish what a resize or a language switch set off: the posted layout requests,
    then the columns and rows they fit again (some on a zero-delay timer)."""
    for _ in range(4):
        QApplication.processEvents()


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


@pytest.mark.parametrize("width", [1000, DEFAULT_SIZE[0], MINIMUM_SIZE.width()])
def test_the_timeline_gives_most_room_to_what_happened(qtbot, wizard, width: int) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    _load_example(qtbot, wizard)
    wizard.resize(width, 740)
    table = situation(wizard).timeline.table
    for language in ("ja", "en"):
        wizard.languages.set_language(language)
        _settle()
        widths = [table.columnWidth(c) for c in range(4)]
        assert widths[1] == max(widths), (language, widths)
        # The heading of the event column is readable, not cut at both ends.
        header = table.horizontalHeader()
        heading = table.horizontalHeaderItem(1).text()
        assert header.fontMetrics().horizontalAdvance(heading) < widths[1]
        # The columns fill the table (at the first start's 980 px the English one scrolled
        # sideways by 3 px), and no row is too short for its wrapped text.
        assert sum(widths) <= table.viewport().width(), (language, widths)
        for row in range(table.rowCount()):
            for column in range(4):
                assert _cell_fits(table, row, column), (language, row, column)


def test_the_blacklist_targets_are_listed_in_rows_as_tall_as_their_text(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    _load_example(qtbot, wizard)
    wizard.go_to_page("blacklist")
    qtbot.wait(20)
    table = wizard.page_by_key("blacklist").targets.table
    origins = [table.item(row, 2).text() for row in range(table.rowCount())]
    # Japanese lists its places with 「、」, English with a comma.
    assert any("、" in text for text in origins)
    assert not any(", " in text for text in origins)
    for row in range(table.rowCount()):
        for column in range(3):
            assert _cell_fits(table, row, column), (row, column)
        # No row is padded far beyond its text (the IP row was once four times too tall).
        lines = table.fontMetrics().boundingRect(
            0, 0, table.columnWidth(2) - 6, 10_000, 0x1000, origins[row]
        )
        least = table.verticalHeader().defaultSectionSize()
        assert table.rowHeight(row) <= max(least, lines.height() + table.fontMetrics().height())


def test_the_account_dialog_shows_its_examples_whole_in_both_languages(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    _load_example(qtbot, wizard)
    wizard.go_to_page("accounts")
    page = wizard.page_by_key("accounts")
    for language in ("ja", "en"):
        wizard.languages.set_language(language)
        page.add_account()
        dialog = page.dialog
        qtbot.waitExposed(dialog)
        for edit in (dialog.address.edit, dialog.owner, dialog.changed.edit, dialog.forward.edit):
            text = edit.placeholderText()
            assert edit.fontMetrics().horizontalAdvance(text) < edit.contentsRect().width(), (
                language,
                text,
            )
        dialog.reject()


def test_evidence_file_names_wrap_instead_of_being_cut_off(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = _show_evidence_tab(qtbot, wizard)
    qtbot.wait(20)
    editor = page.evidence
    table = editor.table
    header = table.horizontalHeader()
    for language in ("ja", "en"):
        wizard.languages.set_language(language)
        _settle()
        for row in range(table.rowCount()):
            assert _cell_fits(table, row, 1), (language, row)
        # The columns are fitted to the new headings at once (they kept the Japanese widths
        # until the window was resized: "Collected by" was cut to "ollected b").
        for column in range(table.columnCount()):
            heading = table.horizontalHeaderItem(column).text()
            width = header.fontMetrics().horizontalAdvance(heading)
            assert width <= header.sectionSize(column), (language, heading)
    # The case keeps the real names (no invisible characters).
    names = [e.file_name for e in editor.evidence()]
    assert names == ["maillog-20261114.gz", "login-history-20261116.png"]
    assert [table.item(r, 1).toolTip() for r in range(table.rowCount())] == names


def test_a_collector_name_is_never_broken_inside_a_narrow_evidence_table(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = _show_evidence_tab(qtbot, wizard)
    table = page.evidence.table
    wizard.resize(760, 740)  # narrower than the columns want: the wrapping ones give way
    qtbot.wait(50)
    column = 5  # collected by
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        name = table.item(row, column).text()
        assert name == "山田 太郎"
        # The whole name fits on one line of the column (cell padding included).
        assert metrics.horizontalAdvance(name) + 6 <= table.columnWidth(column)


def _row_fits_its_text(table: QTableWidget, row: int) -> bool:
    """Every cell of the row fits it, and the row is not much taller than its tallest text."""
    metrics = table.fontMetrics()
    tallest = 0
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is None or table.isColumnHidden(column):
            continue
        if not _cell_fits(table, row, column):
            return False
        width = table.columnWidth(column) - 6
        tallest = max(
            tallest, metrics.boundingRect(0, 0, width, 10_000, 0x1000, item.text()).height()
        )
    # Cell margins come on top of the text: a line's height is slack enough.
    least = table.verticalHeader().minimumSectionSize()
    return table.rowHeight(row) <= max(least, tallest + 2 * metrics.height())


@pytest.mark.parametrize("width", [DEFAULT_SIZE[0], MINIMUM_SIZE.width()])
def test_the_recovery_actions_are_readable_when_their_tab_is_first_shown(
    qtbot, wizard, width: int
) -> None:  # type: ignore[no-untyped-def]
    _load_example(qtbot, wizard)
    wizard.resize(width, 740)
    wizard.go_to_page("report")
    page = wizard.page_by_key("report")
    for name, show in page.screenshot_states():
        if name == "incident":
            show()
    table = page.actions.table
    assert table.isVisible() and table.rowCount() == 4
    for language in ("ja", "en"):
        wizard.languages.set_language(language)
        _settle()
        # The rows were measured while the tab was hidden and the description column a few
        # pixels wide: hundreds of pixels tall, and the visible part of each cell blank.
        assert all(_row_fits_its_text(table, r) for r in range(table.rowCount())), language
        assert table.rowHeight(0) < table.viewport().height()
        # What was done is the widest column with its heading readable (the kinds and "by"
        # wrap); it was a sixth of the table in English, 16 px at the minimum width.
        widths = [table.columnWidth(c) for c in range(table.columnCount())]
        assert widths[1] == max(widths), (language, widths)
        heading = table.horizontalHeaderItem(1).text()
        assert table.horizontalHeader().fontMetrics().horizontalAdvance(heading) < widths[1]
        assert sum(widths) <= table.viewport().width(), (language, widths)


def test_the_blacklist_targets_follow_the_window_width(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    _load_example(qtbot, wizard)
    wizard.go_to_page("blacklist")
    table = wizard.page_by_key("blacklist").targets.table
    for width in (1000, 860, 1200, 1000):
        wizard.resize(width, 740)
        _settle()
        # Measured as the column changed, the rows kept the height of its previous width:
        # too short after narrowing (the last line cut off), too tall after widening.
        assert all(_row_fits_its_text(table, r) for r in range(table.rowCount())), width


@pytest.mark.parametrize("recent", [0, 5])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_start_actions_are_in_sight_on_a_laptop_at_125_percent(
    qtbot, wizard, tmp_path, language: str, recent: int
) -> None:  # type: ignore[no-untyped-def]
    """980x526 logical pixels is what a 1366x768 laptop at 125 % leaves the wizard: the owner
    coming back to a saved case had to scroll the welcome page to find how to open it."""
    for number in range(recent):
        path = tmp_path / f"example-{number}.mamori.json"
        path.write_text("{}", encoding="utf-8")  # listed if it exists; not opened here
        wizard.settings.add_recent_case(path)
    wizard.set_language(language)
    wizard.resize(980, 526)
    page = wizard.page_by_key("welcome")
    page.initializePage()  # what the wizard does when it shows the page: fills the list
    area = page.findChild(QScrollArea)
    wanted = [page.new_button, page.open_button]
    if recent:
        wanted += [page.recent_label, page.recent]

    def in_sight() -> None:
        viewport = area.viewport()
        assert wizard.height() == 526
        assert area.verticalScrollBar().value() == 0
        # The explanations are still there, further down.
        assert area.verticalScrollBar().maximum() > 0
        for widget in wanted:
            assert widget.isVisible(), widget
            shown = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            assert viewport.rect().contains(shown), (widget, shown, viewport.rect())

    qtbot.waitUntil(in_sight)
    if recent:
        assert page.recent.count() == recent


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_evidence_table_fits_the_wizard_at_its_minimum_width(
    qtbot, wizard, language: str
) -> None:  # type: ignore[no-untyped-def]
    """At 860 px the table scrolled sideways (by 103 px in English): the time of collection
    goes under its date and, in English, headings of several words take two lines."""
    page = _show_evidence_tab(qtbot, wizard)
    wizard.resize(MINIMUM_SIZE.width(), 600)
    wizard.languages.set_language(language)
    table = page.evidence.table
    header = table.horizontalHeader()

    def fits() -> None:
        _settle()
        assert wizard.width() == MINIMUM_SIZE.width()
        widths = [table.columnWidth(c) for c in range(table.columnCount())]
        assert sum(widths) <= table.viewport().width(), widths
        assert table.horizontalScrollBar().maximum() == 0
        # Every heading readable, each of its lines whole.
        for column in range(table.columnCount()):
            lines = table.horizontalHeaderItem(column).text().split("\n")
            assert all(
                header.fontMetrics().horizontalAdvance(line) < widths[column] for line in lines
            ), (column, lines, widths[column])
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                assert _cell_fits(table, row, column), (row, column)
            # The file name wraps after - _ . and no piece of it is cut off ("20261…").
            for piece in table.item(row, 1).text().split("\u200b"):
                assert table.fontMetrics().horizontalAdvance(piece) + 6 <= widths[1], piece

    qtbot.waitUntil(fits)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_recent_cases_list_has_room_for_three_names(
    qtbot, wizard, tmp_path, language: str
) -> None:  # type: ignore[no-untyped-def]
    """The list was sized from a row height asked before it was drawn: it showed two rows
    and part of a third, and a long name's scroll bar covered one of them."""
    path = tmp_path / ("a-long-company-name-example.co.jp-20261116-150000" + ".mamori.json")
    path.write_text("{}", encoding="utf-8")
    wizard.settings.add_recent_case(path)
    wizard.set_language(language)
    wizard.resize(980, 526)
    wizard.show()
    page = wizard.page_by_key("welcome")
    page.initializePage()
    qtbot.waitUntil(lambda: page.recent.isVisible() and page.recent.count() == 1)
    row = page.recent.visualItemRect(page.recent.item(0)).height()
    room = page.recent.viewport().height()
    assert row > 0
    assert room >= 3 * row, (room, row)
