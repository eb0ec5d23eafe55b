"""Building blocks of the report: headings, tables, notes and the scorecard chart.

Every table cell is a paragraph (so Japanese wraps and `FONTNAME` never falls back to an
unembedded Helvetica), header rows repeat on every page, and rows taller than a page are split
inside the row rather than failing the whole build.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeAlias

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.report.context import ReportContext, Rich, Text
from app.core.report.fonts import FONT_BOLD, FONT_REGULAR
from app.core.report.linebreak import JaParagraph
from app.core.report.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    HEADER_FILL,
    INK,
    LABEL_FILL,
    NOTE_FILL,
    NOTE_RULE,
    RULE,
)

# Flowable is untyped (reportlab has no stubs), so a cell is "text or anything reportlab draws".
Cell: TypeAlias = Text | Any


class SplittingTable(Table):  # type: ignore[misc]
    """A Table that splits a row taller than a page where the page ends.

    reportlab first tries to split between rows: with a huge row that puts the rows before it on
    this page, then the repeated header and the start of the huge row below them on the same
    page. A row that cannot fit on any page is split right away instead.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """Split at the page end; rows that can never fit a page are split inside."""
        parts = self._split(availWidth, availHeight)
        # reportlab makes the parts without the table's alignment: they came out centred, a
        # few points left of the rest of the page, once a row was split across a page end.
        for part in parts:
            part.hAlign, part.vAlign = self.hAlign, self.vAlign
        return parts

    def _split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        first = self._getFirstPossibleSplitRowPosition(availHeight)
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else 0
        if first < len(heights) and heights[first] > FRAME_HEIGHT - sum(heights[:repeat]) - 12:
            result = self._splitRows(availHeight, doInRowSplit=1)
            if result:
                return list(result)
        return list(super().split(availWidth, availHeight))


class Heading(JaParagraph):
    """A section heading that also becomes an entry of the PDF's outline (bookmarks)."""

    def __init__(self, markup: str, style: Any, outline_title: str, level: int) -> None:
        super().__init__(markup, style)
        self.outline_title = outline_title
        self.outline_level = level


def heading(ctx: ReportContext, number: str, title: Msg, level: int = 0) -> Heading:
    """`3. 時系列・初動対応` (level 0) or a sub-heading (level 1), with an outline entry."""
    text = f"{number} {ctx.tr(title)}".strip()
    style = ctx.st.h1 if level == 0 else ctx.st.h2
    return Heading(ctx.markup(text, multiline=False), style, ctx.safe.clean(text), level)


@dataclass(frozen=True)
class Listed:
    """A cell listing items one a line (addresses to tick off), each with an optional detail
    in small type, indented, under it (for `fitted_table`)."""

    items: tuple[tuple[Text, Text], ...]  # (item, detail or "")

    def paragraphs(self, ctx: ReportContext, style: Any) -> list[Flowable]:
        """One paragraph per item and per detail."""
        out = []
        for item, detail in self.items:
            out.append(ctx.para(item, style))
            if ctx.tr(detail):
                out.append(ctx.para(detail, ctx.st.cell_detail))
        return out

    def width(
        self, ctx: ReportContext, style: Any, measure: Callable[[ReportContext, Text, Any], float]
    ) -> float:
        """The widest of `measure(ctx, text, style)` over the items and details."""
        detail_style = ctx.st.cell_detail
        return max(
            [measure(ctx, item, style) for item, _ in self.items]
            + [
                measure(ctx, d, detail_style) + float(detail_style.leftIndent)
                for _, d in self.items
            ]
        )


def _cell(ctx: ReportContext, value: Cell, style: Any) -> Flowable:
    if isinstance(value, Flowable):
        return value
    if isinstance(value, Listed):
        return value.paragraphs(ctx, style)
    return ctx.para(value, style)


def _base_style(header: bool) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ]
    return commands


def data_table(
    ctx: ReportContext,
    header: Sequence[Text],
    rows: Sequence[Sequence[Cell]],
    widths_mm: Sequence[float],
    *,
    small_columns: Sequence[int] = (),
) -> Table:
    """A table with a repeated header row; `widths_mm` are scaled to the frame width, then
    widened where a column is narrower than a word, address or IP in it (see `fit_widths`)."""
    data: list[list[Flowable]] = [[_cell(ctx, h, ctx.st.cell_head) for h in header]]
    needs = [_token_width(ctx, h, ctx.st.cell_head) for h in header]
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            style = ctx.st.cell_small if i in small_columns else ctx.st.cell
            cells.append(_cell(ctx, value, style))
            if i < len(needs):
                needs[i] = max(needs[i], _token_width(ctx, value, style))
        data.append(cells)
    widths = fit_widths(_scaled(widths_mm), needs)
    table = SplittingTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(_base_style(header=True)))
    return table


def fitted_table(
    ctx: ReportContext,
    header: Sequence[Text],
    rows: Sequence[Sequence[Text | Listed]],
    *,
    fill: int,
    max_mm: dict[int, float] | None = None,
    wrap_first: Sequence[int] = (),
    min_fill_mm: float = 40,
    small_columns: Sequence[int] = (),
    split_in_row: bool = True,
) -> Table:
    """A compact table with a repeated header row whose columns are as wide as their widest
    line, so that short values stay on one line; column `fill` takes the rest of the frame
    and wraps. A column is at most `max_mm` wide (default: the share of the frame
    `fit_widths` allows one word); its longer cells wrap. When the fill column would get less
    than `min_fill_mm`, the `wrap_first` columns give up room, down to their widest cell that
    is not wrapped anyway; below 20 mm, the wide columns too, down to their longest word
    within `fit_widths`' share (an address is split only then). A column whose longest cell
    wraps or is split anyway is then no wider than its widest cell or word it shows whole.
    With `split_in_row` False, a page ends between rows unless a row is taller than a page."""
    default_cap = FRAME_WIDTH * _MAX_TOKEN_SHARE
    caps = [(max_mm or {}).get(i, default_cap / mm) * mm for i in range(len(header))]
    data: list[list[Flowable]] = [[_cell(ctx, h, ctx.st.cell_head) for h in header]]
    lines: list[list[float]] = [[_heading_width(ctx, h)] for h in header]
    words: list[list[float]] = [[_token_width(ctx, h, ctx.st.cell_head)] for h in header]
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            style = ctx.st.cell_small if i in small_columns else ctx.st.cell
            cells.append(_cell(ctx, value, style))
            if isinstance(value, Listed):
                lines[i].append(value.width(ctx, style, line_width))
                words[i].append(value.width(ctx, style, _token_width))
            else:
                lines[i].append(line_width(ctx, value, style))
                words[i].append(_token_width(ctx, value, style))
        data.append(cells)
    needs = [max(ws) for ws in words]
    widths = [0.0 if i == fill else min(max(ws), caps[i]) for i, ws in enumerate(lines)]
    # Only cells that wrap anyway wrap more: these columns keep their one-line cells.
    first = [max([w for w in lines[i] if w <= caps[i]] + [needs[i]]) for i in range(len(caps))]
    # Only when the fill column would be a sliver do the other wide columns (a long address)
    # go back to fit_widths' share; short ones (a date, a status word) never break.
    last = [
        first[i] if i in wrap_first else w if w <= _SHORT_COLUMN else min(needs[i], default_cap)
        for i, w in enumerate(widths)
    ]
    passes = (
        (set(wrap_first), first, min_fill_mm * mm),
        (set(range(len(widths))), last, _SLIVER),
    )
    for givers, floors, least in passes:
        short = least - (FRAME_WIDTH - sum(widths))
        slack = [
            max(0.0, w - floors[i]) if i in givers and i != fill else 0.0
            for i, w in enumerate(widths)
        ]
        if short <= 0 or sum(slack) <= 0:
            continue
        share = min(1.0, short / sum(slack))
        widths = [w - s * share for w, s in zip(widths, slack, strict=True)]
    # A column that splits a long word (an address) anyway gives the fill column what it does
    # not need for its other cells: in English, 5 mm kept for an address split either way
    # made each owner and note of the 40-account table four lines. Text that wraps between
    # words uses the whole width.
    widths = [
        w if i == fill else _split_anyway(w, lines[i], words[i]) for i, w in enumerate(widths)
    ]
    widths[fill] = FRAME_WIDTH - sum(widths)
    table = SplittingTable(
        data, colWidths=widths, repeatRows=1, splitInRow=int(split_in_row), hAlign="LEFT"
    )
    commands = _base_style(header=True)
    # One line per row reads as a list; the usual 3 + 4 pt made 40 rows a page and a half.
    commands += [("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    table.setStyle(TableStyle(commands))
    return table


def _split_anyway(width: float, lines: Sequence[float], words: Sequence[float]) -> float:
    """`width`, or less when the cells wider than it are single words split anyway: the
    widest cell (line, or word of a wrapping cell) it still shows whole."""
    shown = []
    for line, word in zip(lines, words, strict=True):
        if line <= width:
            shown.append(line)
        elif word < line:
            return width  # wraps between words: every bit of width saves lines
        # else: one word wider than the column, split wherever the column ends
    return max(shown, default=width)


def _heading_width(ctx: ReportContext, text: Text) -> float:
    """Width a column heading needs: all of it on one line if it is one word (「確認日」),
    else its longest word (「Checked on」 may wrap between words; the header row repeats, so
    a second line there costs less than a wider column on every row)."""
    style = ctx.st.cell_head
    if " " in ctx.tr(text).strip():
        return _token_width(ctx, text, style)
    return line_width(ctx, text, style)


def line_width(ctx: ReportContext, value: Text, style: Any) -> float:
    """Width a text cell needs to show each of its lines unbroken, padding included."""
    lines = ctx.tr(value).replace("\r\n", "\n").split("\n")
    font, size = style.fontName, style.fontSize
    # Measured as printed: a character the font lacks is drawn as its [U+XXXX] code.
    widest = max(stringWidth(ctx.safe.clean(line), font, size) for line in lines)
    return float(widest) + _CELL_PADDING


def kv_table(ctx: ReportContext, rows: Sequence[tuple[Text, Cell]], label_mm: float = 38) -> Table:
    """A two-column table of labels and values (labels shaded, no header row)."""
    data = [
        [_cell(ctx, label, ctx.st.cell_bold), _cell(ctx, value, ctx.st.cell)]
        for label, value in rows
    ]
    table = SplittingTable(
        data, colWidths=[label_mm * mm, FRAME_WIDTH - label_mm * mm], splitInRow=1, hAlign="LEFT"
    )
    commands = _base_style(header=False)
    commands.append(("BACKGROUND", (0, 0), (0, -1), LABEL_FILL))
    table.setStyle(TableStyle(commands))
    return table


# A run the line breaker keeps together (linebreak._is_word): Latin letters, digits and ASCII
# punctuation up to the next space. Japanese breaks between any two characters.
_UNBROKEN_RUN = re.compile("[^\\s\u2000-\U0010ffff]+")
_CELL_PADDING = 4 + 4 + 1  # LEFTPADDING + RIGHTPADDING of _base_style, and a point to spare
# No column is widened beyond this for one token: a long URL is split rather than squeezing
# every other column to nothing.
_MAX_TOKEN_SHARE = 0.4
# fitted_table: columns this narrow (dates, status words) are never squeezed, and the fill
# column gets at least this much before a long address is split.
_SHORT_COLUMN = 25 * mm
_SLIVER = 20 * mm


def _token_width(ctx: ReportContext, value: Cell, style: Any) -> float:
    """Width the longest unbreakable run of a text cell needs (0 for drawn cells)."""
    if isinstance(value, Flowable):
        return 0.0
    if isinstance(value, Rich):
        return _rich_token_width(ctx, value, style)
    runs = _UNBROKEN_RUN.findall(ctx.tr(value))
    if not runs:
        return 0.0
    font, size = style.fontName, style.fontSize
    return float(max(stringWidth(run, font, size) for run in runs)) + _CELL_PADDING


def _rich_token_width(ctx: ReportContext, value: Rich, style: Any) -> float:
    """`_token_width` of a text whose record text is in another font (measured in each)."""
    widest = current = 0.0
    for text, font in ctx.font_runs(value):
        for char in text:
            if _UNBROKEN_RUN.fullmatch(char):
                current += stringWidth(char, font or style.fontName, style.fontSize)
            else:
                widest, current = max(widest, current), 0.0
    widest = max(widest, current)
    return float(widest) + _CELL_PADDING if widest else 0.0


def fit_widths(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """Column widths as close to `widths` as possible with every column at least as wide as
    its longest word (`needs`, capped at a share of the frame): a status word like "Departed"
    or an IP address is never cut in the middle when another column can give up the room.
    The room is taken from the columns with slack, in proportion to their slack; when there
    is not enough slack for all, `widths` are returned unchanged."""
    total = sum(widths)
    needs = [min(n, total * _MAX_TOKEN_SHARE) for n in needs] + [0.0] * (len(widths) - len(needs))
    extra = sum(max(0.0, n - w) for w, n in zip(widths, needs, strict=True))
    slack = [max(0.0, w - n) for w, n in zip(widths, needs, strict=True)]
    if extra <= 0 or sum(slack) < extra:
        return list(widths)
    share = extra / sum(slack)
    return [max(w, n) - s * share for w, n, s in zip(widths, needs, slack, strict=True)]


def _scaled(widths_mm: Sequence[float]) -> list[float]:
    total = sum(widths_mm)
    return [FRAME_WIDTH * w / total for w in widths_mm]


def note_box(
    ctx: ReportContext,
    content: Sequence[Flowable],
    *,
    fill: Any = NOTE_FILL,
    rule: Any = NOTE_RULE,
) -> Flowable:
    """A shaded box for explanations the vendor or owner must not miss.

    Kept on one page when it fits; a box taller than a page is split inside.
    """
    table = SplittingTable([[list(content)]], colWidths=[FRAME_WIDTH], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, rule),
                ("BOX", (0, 0), (-1, -1), 0.5, rule),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return keep_together([table])


def no_data(ctx: ReportContext, message: Text) -> JaParagraph:
    """The plain statement a section shows when there is nothing to report yet."""
    return ctx.para(message, ctx.st.no_data)


def numbered_list(ctx: ReportContext, items: Sequence[str]) -> Table:
    """1. 2. 3. items as a borderless two-column table (numbers aligned, text wrapping)."""
    data = [[ctx.para(f"{i}.", ctx.st.body), ctx.para(item)] for i, item in enumerate(items, 1)]
    table = SplittingTable(
        data, colWidths=[9 * mm, FRAME_WIDTH - 9 * mm], hAlign="LEFT", splitInRow=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


class KeepTogetherIfPossible(KeepTogether):  # type: ignore[misc]
    """KeepTogether that does not push a block taller than a page to a new page.

    reportlab's KeepTogether starts such a block on a new page anyway, leaving most of the
    current page empty; this one starts it where it is unless hardly any room is left. A heading
    followed by a long table likewise only needs the table's first rows on the same page.
    """

    split_long_table = True  # False: move a table that fits on one page there in one piece

    def split(self, aW: float, aH: float) -> list[Any]:
        """Keep together when possible, else let the content flow from here."""
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if self._H > FRAME_HEIGHT:
            if aH < FRAME_HEIGHT * 0.2 or self._first_row_waits(aW, aH):
                return [self.FrameBreak(), *self._content]
            return list(self._content)
        if self.split_long_table and aH < self._H and self._table_starts_here(aW, aH):
            return list(self._content)
        return list(super().split(aW, aH))

    def _first_row_waits(self, aW: float, aH: float) -> bool:
        """Whether the table at the end goes to the next page as it is (its first row does
        not fit here and is not split inside), which would leave a heading before it alone."""
        *lead, last = self._content
        rows = getattr(last, "_rowHeights", None)
        if not isinstance(last, Table) or getattr(last, "splitInRow", False) or not rows:
            return False
        _, lead_height = _listWrapOn(lead, aW, self.canv)
        needed = lead_height + sum(rows[: (last.repeatRows or 0) + 1]) + last.getSpaceBefore()
        # (Never for a row that does not fit a new page either: that would break forever.)
        return bool(aH < needed <= FRAME_HEIGHT * 0.95)

    def _table_starts_here(self, aW: float, aH: float) -> bool:
        *lead, last = self._content
        rows = getattr(last, "_rowHeights", None)
        # Only long tables with a header row (repeated on the next page) are worth splitting;
        # a short key/value table reads better in one piece. Long is many rows or a few tall
        # ones (8.1's rows list all the accounts one advice is for): moving a table of six
        # such rows to the next page left half a page empty.
        if not isinstance(last, Table) or not last.repeatRows or not rows:
            return False
        if len(rows) < 10 and sum(rows) < FRAME_HEIGHT / 3:
            return False
        _, lead_height = _listWrapOn(lead, aW, self.canv)
        first_rows = 4  # the header and three rows: enough to show what the table is
        return bool(lead_height + sum(rows[:first_rows]) + last.getSpaceBefore() <= aH)


def keep_together(items: Sequence[Flowable], *, whole: bool = True) -> KeepTogether:
    """Keep `items` on one page if they fit on one, with nested KeepTogethers opened up.

    With `whole=False` a long table at the end may start on this page once its first rows fit.

    A KeepTogether reports a huge height to force its own split, so one nested in another makes
    the outer one think it can never fit and always start a new page.
    """
    flat: list[Flowable] = []
    for item in items:
        if isinstance(item, KeepTogether):
            flat.extend(item._content)
        else:
            flat.append(item)
    for item in flat[:-1]:
        # As reportlab does for its own groups: a grouped heading must not group again.
        item.__dict__["keepWithNext"] = 0
    kept = KeepTogetherIfPossible(flat)
    kept.split_long_table = not whole
    return kept


def gap(height_mm: float = 3) -> Spacer:
    """Vertical space."""
    return Spacer(1, height_mm * mm)


# --- scorecard -------------------------------------------------------------------------------


class AreaStatus(StrEnum):
    """The state of one area on the scorecard."""

    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"
    NOT_CHECKED = "not_checked"
    FAILED = "failed"  # the check could not run; never shown as a clean result


STATUS_WORDS: dict[AreaStatus, Msg] = {
    AreaStatus.OK: QT_TRANSLATE_NOOP("report", "No problem found"),
    AreaStatus.WARNING: QT_TRANSLATE_NOOP("report", "Needs attention"),
    AreaStatus.PROBLEM: QT_TRANSLATE_NOOP("report", "Action needed"),
    AreaStatus.NOT_CHECKED: QT_TRANSLATE_NOOP("report", "Not checked yet"),
    AreaStatus.FAILED: QT_TRANSLATE_NOOP("report", "Could not be checked"),
}

# Colours repeat what the shape and the word already say (the page may be printed in grey).
_STATUS_COLOURS = {
    AreaStatus.OK: colors.HexColor("#2e7d32"),
    AreaStatus.WARNING: colors.HexColor("#b26a00"),
    AreaStatus.PROBLEM: colors.HexColor("#b71c1c"),
    AreaStatus.NOT_CHECKED: colors.HexColor("#6b6b6b"),
    AreaStatus.FAILED: colors.HexColor("#6b6b6b"),
}


NOT_SHOWN = QT_TRANSLATE_NOOP(
    "report",
    "Results of this check are recorded in the case, but this version of the report cannot show "
    "them yet. Please look at them in the app.",
)
NOT_SHOWN_DETAIL = QT_TRANSLATE_NOOP("report", "See the app for the results")


@dataclass(frozen=True)
class ScoreItem:
    """One area of the scorecard: its name, state and a short detail line.

    `gap` says what the check still leaves open (lists that could not be asked, passwords not
    checked, owners to clarify), whatever its state: a listing or a weak password found among
    unchecked ones is a PROBLEM, and the check is still incomplete. None when nothing is open.
    """

    area: Msg
    status: AreaStatus
    detail: Msg
    gap: Msg | None = None


def status_icon(status: AreaStatus, size: float = 9 * mm) -> Drawing:
    """A shape per state: ○ no problem, △ attention, × action needed, － not checked, ? failed."""
    drawing = Drawing(size, size)
    # Without this the renderer selects Helvetica first, which ends up unembedded in the PDF.
    drawing.initialFontName = FONT_REGULAR
    colour = _STATUS_COLOURS[status]
    c = size / 2
    r = size * 0.38
    width = size * 0.09
    if status is AreaStatus.OK:
        drawing.add(Circle(c, c, r, strokeColor=colour, strokeWidth=width, fillColor=None))
    elif status is AreaStatus.WARNING:
        points = [c, c + r, c - r * 0.95, c - r * 0.7, c + r * 0.95, c - r * 0.7]
        drawing.add(Polygon(points, strokeColor=colour, strokeWidth=width, fillColor=None))
    elif status is AreaStatus.PROBLEM:
        d = r * 0.8
        drawing.add(Line(c - d, c - d, c + d, c + d, strokeColor=colour, strokeWidth=width * 1.2))
        drawing.add(Line(c - d, c + d, c + d, c - d, strokeColor=colour, strokeWidth=width * 1.2))
    elif status is AreaStatus.NOT_CHECKED:
        drawing.add(
            Rect(
                c - r,
                c - r,
                2 * r,
                2 * r,
                strokeColor=colour,
                strokeWidth=width * 0.6,
                strokeDashArray=[2, 2],
                fillColor=None,
            )
        )
        drawing.add(Line(c - r * 0.5, c, c + r * 0.5, c, strokeColor=colour, strokeWidth=width))
    else:
        drawing.add(Circle(c, c, r, strokeColor=colour, strokeWidth=width * 0.6, fillColor=None))
        drawing.add(
            String(
                c,
                c - size * 0.16,
                "?",
                fontName=FONT_BOLD,
                fontSize=size * 0.48,
                fillColor=colour,
                textAnchor="middle",
            )
        )
    return drawing


def scorecard(ctx: ReportContext, items: Sequence[ScoreItem]) -> Flowable:
    """The five areas side by side: shape, area name, state in words, a one-line detail and,
    under a finding, what the check left open (`ScoreItem.gap`)."""
    cells: list[list[Flowable]] = []
    for item in items:
        icon = Table([[status_icon(item.status)]], colWidths=[FRAME_WIDTH / len(items) - 8])
        icon.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        cell = [
            icon,
            ctx.para(item.area, ctx.st.cell_head_center),
            ctx.para(STATUS_WORDS[item.status], ctx.st.cell_status),
            ctx.para(item.detail, ctx.st.cell_small_center),
        ]
        # What the check still leaves open goes under a finding (「4 件のリストに掲載」 and
        # 「確認できず 6 件」): the cover must not look as if everything else was checked.
        if item.gap is not None and item.gap != item.detail:
            cell.append(ctx.para(item.gap, ctx.st.cell_small_center))
        cells.append(cell)
    table = Table([cells], colWidths=[FRAME_WIDTH / len(items)] * len(items), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return keep_together([table, gap(1.5), _legend(ctx)])


def _legend(ctx: ReportContext) -> Table:
    """The shapes with their words, so the chart reads without colour."""
    row: list[Flowable] = []
    widths: list[float] = []
    for status, word in STATUS_WORDS.items():
        row += [status_icon(status, 4.2 * mm), ctx.para(word, ctx.st.small)]
        widths += [5 * mm, FRAME_WIDTH / len(STATUS_WORDS) - 5 * mm]
    table = Table([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
