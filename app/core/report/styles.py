"""Page geometry, colours and paragraph styles of the report.

Sizes follow what reads comfortably on a printed A4 page in Japanese: 9.5 pt body text with generous
leading (Japanese text without spaces looks cramped at Latin leading), 8.5 pt in tables.
Colours only ever repeat information that is also given in words or shapes, so the report is
fully usable printed in black and white.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.core.report.fonts import FONT_BOLD, FONT_MONO, FONT_REGULAR, register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
# The body frame (the builder adds 4 mm above the footer; frames have 6 pt padding each side).
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 4 * mm - 12

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
HEADER_FILL = colors.HexColor("#e8edf3")
LABEL_FILL = colors.HexColor("#f3f5f8")
ACCENT = colors.HexColor("#1f3a5f")
LOG_FILL = colors.HexColor("#f4f4f4")
NOTE_FILL = colors.HexColor("#fdf6e3")
NOTE_RULE = colors.HexColor("#c9a227")
CONFIDENTIAL = colors.HexColor("#9b1c1c")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles the sections use."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    subtitle_large: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    no_data: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_small: ParagraphStyle
    cell_detail: ParagraphStyle
    record: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head_center: ParagraphStyle
    cell_status: ParagraphStyle
    cell_small_center: ParagraphStyle
    confidential: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle
    log: ParagraphStyle


def _style(name: str, **kwargs: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": FONT_REGULAR,
        "fontSize": 9.5,
        "leading": 16,
        "textColor": INK,
        "wordWrap": "CJK",
        "alignment": TA_LEFT,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)


@cache
def styles() -> Styles:
    """The report's styles (fonts are registered on first use)."""
    register_fonts()
    return Styles(
        title=_style(
            "title", fontName=FONT_BOLD, fontSize=22, leading=34, alignment=TA_CENTER, spaceAfter=6
        ),
        subtitle_large=_style(
            "subtitle_large", fontName=FONT_BOLD, fontSize=15, leading=24, alignment=TA_CENTER
        ),
        subtitle=_style("subtitle", fontSize=11, leading=18, alignment=TA_CENTER, textColor=MUTED),
        h1=_style(
            "h1",
            fontName=FONT_BOLD,
            fontSize=13,
            leading=20,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=_style(
            "h2",
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=16,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=_style("body", spaceAfter=4),
        small=_style("small", fontSize=8, leading=12.5, textColor=MUTED),
        note=_style("note", fontSize=8.5, leading=14),
        no_data=_style("no_data", textColor=MUTED, spaceAfter=4),
        cell=_style("cell", fontSize=8.5, leading=13),
        cell_bold=_style("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=13),
        cell_head=_style("cell_head", fontName=FONT_BOLD, fontSize=8.5, leading=13),
        cell_small=_style("cell_small", fontSize=7.5, leading=11),
        # A detail under an item of a list in a cell (the rules under an address), hanging.
        cell_detail=_style("cell_detail", fontSize=7.5, leading=11, leftIndent=9),
        # DNS records to publish or compare, in a fixed-width font (see fonts.py).
        record=_style("record", fontName=FONT_MONO, fontSize=8, leading=13),
        cell_center=_style("cell_center", fontSize=8.5, leading=13, alignment=TA_CENTER),
        cell_head_center=_style(
            "cell_head_center", fontName=FONT_BOLD, fontSize=9, leading=13, alignment=TA_CENTER
        ),
        cell_status=_style(
            "cell_status", fontName=FONT_BOLD, fontSize=10, leading=15, alignment=TA_CENTER
        ),
        cell_small_center=_style(
            "cell_small_center", fontSize=7.5, leading=11, alignment=TA_CENTER, textColor=MUTED
        ),
        confidential=_style(
            "confidential",
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            textColor=CONFIDENTIAL,
        ),
        footer=_style("footer", fontSize=7.5, leading=10, textColor=MUTED),
        footer_right=_style(
            "footer_right", fontSize=7.5, leading=10, textColor=MUTED, alignment=TA_RIGHT
        ),
        log=_style("log", fontSize=7.5, leading=11),
    )
