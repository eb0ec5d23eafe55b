"""Tables of the PDF report that run over a page end keep their place on the page."""

from __future__ import annotations

from pathlib import Path

from pypdf import PageObject, PdfReader
from reportlab.lib.units import mm

from app.core.example_case import example_case
from tests.report_support import build


def _page_starts(page: PageObject, marker: str) -> set[float]:
    """The x positions (pt) where text runs containing `marker` start on `page`."""
    found: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if marker in text:
            found.add(round(cm[4] + tm[4] * cm[0], 1))

    page.extract_text(visitor_text=visit)
    return found


def _line_starts(path: Path, marker: str) -> dict[int, set[float]]:
    """Per page that has them, the x positions where text runs containing `marker` start."""
    pages = enumerate(PdfReader(path).pages)
    return {number: xs for number, page in pages if (xs := _page_starts(page, marker))}


def test_a_table_row_split_over_a_page_end_stays_in_its_column(tmp_path: Path) -> None:
    # What was done about former staff's accounts: a long text in the second column of a
    # two-column table (labels 38 mm wide), split inside its row over several pages. The parts
    # were drawn centred in the frame, 6 pt left of where the table and the page's text start.
    case = example_case()
    assert case.accounts is not None
    case.accounts.departed_actions = "\n".join(
        f"行{n:03d} 退職者のアカウントを停止し、転送設定を確認した。" for n in range(160)
    )
    path, _info = build(case, tmp_path)
    (heading_x,) = {
        x for xs in _line_starts(path, "パスワード・アカウント監査").values() for x in xs
    }
    starts = _line_starts(path, "退職者のアカウントを停止し")
    assert len(starts) >= 3, starts  # the row runs over page ends
    # The text starts after the label column and the cell's 4 pt padding, on every page.
    assert set().union(*starts.values()) == {round(heading_x + 38 * mm + 4, 1)}, starts
