"""Registration of the bundled fonts with reportlab: the Japanese BIZ UDPGothic for all text, and
DejaVu Sans Mono for DNS records printed to be copied (in BIZ UDPGothic `~all` reads as a raised
「˜all」 and the `_` of `include:_spf` nearly touches the colon; a vendor retyping a record from
paper must not misread either). Both are embedded and subset.

Only TrueType-outline fonts can be embedded by reportlab, and reportlab's built-in CID fonts are
not embedded at all (a viewer without Japanese language data shows a blank page), so the report
always uses the bundled BIZ UDPGothic Regular and Bold. reportlab subsets them automatically.
"""

from __future__ import annotations

import threading
import time
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core.paths import resource_path

FONT_REGULAR = "MamoriGothic"
FONT_BOLD = "MamoriGothic-Bold"
FONT_MONO = "MamoriMono"
FAMILY = "MamoriGothic"

_FILES = {
    FONT_REGULAR: "BIZUDPGothic-Regular.ttf",
    FONT_BOLD: "BIZUDPGothic-Bold.ttf",
    FONT_MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False
_registration_seconds = 0.0


def register_fonts() -> float:
    """Register the report fonts once per process; returns the seconds the first call took.

    Safe to call from several threads; later calls cost nothing and return the first timing.
    """
    global _registered, _registration_seconds
    with _lock:
        if _registered:
            return _registration_seconds
        started = time.perf_counter()
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # Without the family mapping reportlab silently ignores <b> in paragraphs.
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=FONT_REGULAR,
            bold=FONT_BOLD,
            italic=FONT_REGULAR,
            boldItalic=FONT_BOLD,
        )
        addMapping(FAMILY, 0, 0, FONT_REGULAR)
        addMapping(FAMILY, 1, 0, FONT_BOLD)
        addMapping(FAMILY, 0, 1, FONT_REGULAR)
        addMapping(FAMILY, 1, 1, FONT_BOLD)
        _registration_seconds = time.perf_counter() - started
        _registered = True
        return _registration_seconds


@cache
def covered_code_points() -> frozenset[int]:
    """Code points that both the regular and the bold face can draw."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT_REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph
    # A code point mapped to glyph 0 (.notdef) would still print as an empty box.
    return frozenset(c for c, glyph in regular.items() if glyph and bold.get(c))
