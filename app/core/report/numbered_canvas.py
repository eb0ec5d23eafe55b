"""A canvas that prints `n / N`, the company and 取扱注意 on every page.

The total page count is only known at the end, so every page is kept until `save()` and the
footers are drawn then (the usual two-pass "numbered canvas" pattern of reportlab).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.core.normalize import JST
from app.core.report.fonts import FONT_REGULAR
from app.core.report.styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MUTED, RULE

FOOTER_SIZE = 7.5


def _fit(text: str, width: float) -> str:
    """`text` shortened with … so that it fits `width` points."""
    if stringWidth(text, FONT_REGULAR, FOOTER_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", FONT_REGULAR, FOOTER_SIZE) > width:
        text = text[:-1]
    return text + "…"


SEPARATOR = "  |  "


def _footer_left(company: str, marking: str, width: float) -> str:
    """`company  |  marking` in `width` points: only the company name is shortened."""
    if not company:
        return _fit(marking, width)
    if not marking:
        return _fit(company, width)
    tail = SEPARATOR + marking
    room = width - stringWidth(tail, FONT_REGULAR, FOOTER_SIZE)
    return _fit(company, room) + tail


def make_canvas_class(
    company: str, marking: str, header_right: str, created: datetime
) -> type[Canvas]:
    """A Canvas subclass bound to this report's footer texts and creation time.

    The footer reads `company  |  marking`; a company name too long for the line is shortened,
    the marking (取扱注意) never is: it must be on every page whatever the company is called.
    The texts must already be free of characters the font lacks (see SafeText.clean).
    """
    stamp = created.astimezone(JST)
    offset = stamp.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    # The PDF's CreationDate/ModDate: the report's own creation time, which also keeps
    # the output byte-identical for the same input.
    pdf_date = f"D:{stamp:%Y%m%d%H%M%S}{'+' if minutes >= 0 else '-'}" + (
        f"{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    )

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.page_count = 0
            self.setDateFormatter(lambda *_: pdf_date)

        def showPage(self) -> None:
            """Keep the finished page; it is written in save() once the total is known."""
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            """Draw every page's footer with `n / N`, then write the PDF."""
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                Canvas.showPage(self)
            self.page_count = total
            Canvas.save(self)

        def _decorate(self, total: int) -> None:
            width, _height = self._pagesize
            y = MARGIN_BOTTOM - 9
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN_LEFT, y + 9, width - MARGIN_RIGHT, y + 9)
            self.setFillColor(MUTED)
            self.setFont(FONT_REGULAR, FOOTER_SIZE)
            number = f"{self._pageNumber} / {total}"
            right = f"{header_right}    {number}" if header_right else number
            right_width = stringWidth(right, FONT_REGULAR, FOOTER_SIZE)
            self.drawRightString(width - MARGIN_RIGHT, y, right)
            room = width - MARGIN_LEFT - MARGIN_RIGHT - right_width - 12
            self.drawString(MARGIN_LEFT, y, _footer_left(company, marking, room))
            self.restoreState()

    return NumberedCanvas
