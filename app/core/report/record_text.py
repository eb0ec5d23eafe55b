"""Record text inside the report's sentences, in the records' fixed-width font.

DNS records are printed in DejaVu Sans Mono (see fonts.py): in BIZ UDPGothic the `_` of
`include:_spf.google.com` is so thin that the term reads as 「include: spf」, and `~all`
reads as a raised 「˜all」. The same terms in a sentence (「「include:_spf.google.com」を
削除してください」) must read the same, so a `Rich` text prints its record text in that font
and the rest of the sentence as before: the values the messages mark as `Code`, the terms
the messages themselves spell out (「ip4:」, 「~all」, 「p=none」, 「_dmarc」: the pattern
page 4 sets in the same font), and the
ASCII written right against a value (the 「include:」 of 「include:{target}」, the 「news.」 of
「news.{domain}」). Only printable ASCII changes font: a full-width character or a Japanese
domain name in the same value keeps the Japanese font, which can draw it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.core.i18n import Code, Msg
from app.core.spf.codes import PROSE_TERM

# Terms written into the message texts themselves: the pattern page 4 uses (PROSE_TERM),
# and "all" between quote marks (“all”, 「all」), which names the term; a bare "all" or
# "include" is an English word.
_LITERAL_TERM = re.compile(PROSE_TERM.pattern + r"|(?<=[“「])all(?=[”」])", re.ASCII)
# ASCII written against a value, part of the same term: `include:` + target, `news.` +
# domain, `=` + a tag. Ending in a letter, digit or `=` after a value, so that a sentence's
# full stop or colon stays out.
_BEFORE = re.compile(r"[\w.:=/~+?-]+$", re.ASCII)
_AFTER = re.compile(r"^[\w.:=/-]*[\w=]", re.ASCII)


def is_record_char(char: str) -> bool:
    """Whether `char` is printed in the records' font when it is part of record text."""
    return " " <= char <= "~"


def _literal_runs(text: str) -> list[tuple[str, bool]]:
    runs: list[tuple[str, bool]] = []
    start = 0
    for match in _LITERAL_TERM.finditer(text):
        if match.start() > start:
            runs.append((text[start : match.start()], False))
        runs.append((match.group(), True))
        start = match.end()
    if start < len(text):
        runs.append((text[start:], False))
    return runs


def _attach_neighbours(runs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Move the ASCII written right against a record-text run into it."""
    out = [list(run) for run in runs]
    for i, (text, code) in enumerate(out):
        if not code:
            continue
        if i > 0 and not out[i - 1][1]:
            before = _BEFORE.search(str(out[i - 1][0]))
            if before:
                out[i - 1][0] = str(out[i - 1][0])[: before.start()]
                out[i][0] = before.group() + str(text)
        if i + 1 < len(out) and not out[i + 1][1]:
            after = _AFTER.search(str(out[i + 1][0]))
            if after:
                out[i + 1][0] = str(out[i + 1][0])[after.end() :]
                out[i][0] = str(out[i][0]) + after.group()
    merged: list[tuple[str, bool]] = []
    for text, code in out:
        if not text:
            continue
        if merged and merged[-1][1] == code:
            merged[-1] = (merged[-1][0] + str(text), bool(code))
        else:
            merged.append((str(text), bool(code)))
    return merged


def record_runs(parts: Iterable[str | Msg], lang: str) -> list[tuple[str, bool]]:
    """`parts` joined, as runs of (text, is record text): a `Code` part is record text, a
    message marks its `Code` values (`Msg.pieces`); terms spelled out in the other text
    are found by their form."""
    runs: list[tuple[str, bool]] = []
    for part in parts:
        pieces = part.pieces(lang) if isinstance(part, Msg) else [(part, isinstance(part, Code))]
        for text, code in pieces:
            runs += [(text, True)] if code else _literal_runs(text)
    return _attach_neighbours(runs)


def font_runs(runs: Iterable[tuple[str, bool]], mono: str) -> list[tuple[str, str | None]]:
    """`runs` as (text, font name or None for the paragraph's font): record text's
    printable ASCII in `mono`, everything else in the paragraph's font."""
    out: list[tuple[str, str | None]] = []
    for text, code in runs:
        for char in text:
            font = mono if code and is_record_char(char) else None
            if out and out[-1][1] == font:
                out[-1] = (out[-1][0] + char, font)
            else:
                out.append((char, font))
    return out
