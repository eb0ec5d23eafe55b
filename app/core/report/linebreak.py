"""Japanese line breaking for reportlab paragraphs (禁則処理), keeping addresses in one piece.

reportlab's own `wordWrap='CJK'` breaks after any character: a line may start with 」 or ）,
end with 「 or （, and long ASCII runs are cut anywhere (`mail.exampl|e.co.jp`, `203.|0.113.25`).
`JaParagraph` keeps reportlab's layout and drawing and replaces only the choice of break points:

- a line never starts with closing brackets, 、。 and the other characters of JIS X 4051's
  line-start list, and never ends with an opening bracket;
- 、。,. at the end of a full line hang into the margin (ぶら下げ) rather than being pushed down;
- runs of Latin letters, digits and ASCII punctuation (host names, IPs, URLs, mail addresses,
  hashes) are kept together and moved to the next line as a whole; only a run longer than a
  whole line is split, preferably after `/ . - @ :`;
- spaces at an automatic break are dropped, as in any Latin text.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import (
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cjkU,
    makeCJKParaLine,
)
from reportlab.rl_config import _FUZZ

# Characters that may not begin a line (JIS X 4051 行頭禁則, plus ASCII closers).
NO_LINE_START = frozenset(
    "、。，．,.:;?!)]}」』】〕〉》）］｝〙〗〟’”»"
    "ゝゞヽヾ々〻ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "・：；？！‥…゛゜％‰℃°′″"
)
# Characters that may not end a line (行末禁則).
NO_LINE_END = frozenset("([{「『【〔〈《（［｛〘〖〝‘“«")
# Punctuation that may hang past the right edge instead of being pushed to the next line.
HANGING = frozenset("、。，．,.")
# Where an overlong address or URL is best split if it must be split.
SOFT_BREAK_AFTER = frozenset("/.-_@:?&=#,;")
SPACES = frozenset(" \u3000")
# No-break space (also what SafeText uses for repeated spaces) glues its neighbours.
GLUE = frozenset("\u00a0\u202f")


def _is_word(char: str) -> bool:
    """Part of a Latin run (letters, digits, ASCII punctuation, no-break space)."""
    return bool(char) and ord(char) < 0x2000 and char not in SPACES


def can_break_between(before: str, after: str) -> bool:
    """Whether a line may end after `before` when `after` follows."""
    if after in SPACES or not after or before in GLUE or after in GLUE:
        return False
    if before in SPACES:
        return True
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return not (_is_word(before) and _is_word(after))


def _width(u: Any, max_width: float) -> float:
    width = u.width
    if hasattr(width, "normalizedValue"):
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return float(width)


def _is_line_break(u: Any) -> bool:
    return hasattr(u.frag, "lineBreak")


def split_cjk(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """Break paragraph fragments into lines (a drop-in for reportlab's `cjkFragSplit`)."""
    units: list[Any] = []
    for frag in frags:
        text = frag.text
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        if text:
            units.extend(cjkU(char, frag, "utf-8") for char in text)
        else:
            units.append(cjkU(text, frag, "utf-8"))

    lines: list[Any] = []
    count = len(units)
    start = 0

    def emit(end: int, line_break: bool) -> None:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        stop = end
        if not line_break:
            while stop > start and str(units[stop - 1]) in SPACES:
                stop -= 1
        used = sum(_width(u, max_width) for u in units[start:stop])
        lines.append(
            makeCJKParaLine(
                units[start:stop], max_width, used, max_width - used, line_break, calc_bounds
            )
        )

    while start < count:
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        last_break = -1
        i = start
        end = -1
        explicit = False
        while i < count:
            u = units[i]
            if _is_line_break(u):
                end, explicit = i + 1, True
                break
            char = str(u)
            if i > start and can_break_between(str(units[i - 1]), char):
                last_break = i
            w = _width(u, max_width)
            if used + w > max_width + _FUZZ and i > start:
                end = _choose_break(units, start, i, last_break)
                break
            used += w
            i += 1
        if end < 0:  # the rest fits
            emit(count, False)
            break
        emit(end, explicit)
        start = end
        if not explicit:
            while start < count and str(units[start]) in SPACES:
                start += 1
    return ParaLines(kind=1, lines=lines)


def _choose_break(units: list[Any], start: int, overflow: int, last_break: int) -> int:
    """Where to end the line that `units[overflow]` no longer fits on (returns the end index)."""
    char = str(units[overflow])
    if char in SPACES:
        return overflow
    following = str(units[overflow + 1]) if overflow + 1 < len(units) else ""
    if char in HANGING and following not in NO_LINE_START:
        return overflow + 1
    if last_break > start:
        return last_break
    # One run longer than the line: split it, after a separator in the second half if possible.
    for j in range(overflow - 1, start + (overflow - start) // 2, -1):
        if str(units[j - 1]) in SOFT_BREAK_AFTER and str(units[j]) not in NO_LINE_START:
            return j
    return overflow


class JaParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab Paragraph with Japanese line-breaking rules (use with `wordWrap='CJK'`)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        """Break into lines with `split_cjk` (reportlab calls this when wordWrap is 'CJK')."""
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        maxWidths = list(maxWidths)
        self.height = 0
        _handleBulletWidth(self.bulletText, self.style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        if not self.frags:
            style = self.style
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        # Tables wrap every cell again for each page they are split over; without this a
        # 500-row timeline spends seconds breaking the same lines again and again.
        key = (tuple(maxWidths), auto_leading)
        cache: dict[Any, Any] = self.__dict__.setdefault("_ja_lines", {})
        if key not in cache:
            cache[key] = split_cjk(self.frags, maxWidths, auto_leading not in ("", "off"))
        return cache[key]
