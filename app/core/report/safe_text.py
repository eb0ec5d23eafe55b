"""Turn any text into safe reportlab paragraph markup.

reportlab paragraphs are markup: unescaped user or log text can crash the build (`<b>未閉じ`,
`x <br> y`), silently lose text (`"Admin" <admin@example.co.jp>`), or worse, `<img src=...>` in an
attacker-written spam subject makes reportlab embed a local file into the PDF. Every dynamic
string therefore goes through `SafeText.markup`, which escapes it completely; the report code adds
its own markup only around already-escaped text.

Characters the bundled font cannot draw (emoji, rare kanji such as 𠮷, control characters, lone
surrogates) would print as empty boxes or break the build, so they are replaced by a visible
`[U+XXXX]` code and remembered, and the report lists them in its warnings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from xml.sax.saxutils import escape

from app.core.report.fonts import covered_code_points

# Variation selectors only pick a glyph variant of the character before them; dropping them when
# the font lacks them loses nothing a reader could see.
_DROPPABLE = frozenset(range(0xFE00, 0xFE10)) | frozenset(range(0xE0100, 0xE01F0))

MISSING_COLOR = "#9b1c1c"


def code_label(char: str) -> str:
    """`[U+1F600]`: how a character the font cannot draw appears in the report."""
    return f"[U+{ord(char):04X}]"


class SafeText:
    """Escapes text for paragraphs and records the characters it had to replace."""

    def __init__(self) -> None:
        self._covered = covered_code_points()
        self.missing: dict[str, int] = {}  # character -> how often it was replaced

    def clean(self, text: str) -> str:
        """`text` with uncovered characters replaced by `[U+XXXX]` (no markup, for plain use)."""
        return "".join(self._plain_pieces(text))

    def _plain_pieces(self, text: str) -> list[str]:
        pieces: list[str] = []
        for char in text:
            code = ord(char)
            if code in self._covered or char == " ":
                pieces.append(char)
            elif char in "\t\r\n":
                pieces.append(" ")
            elif code in _DROPPABLE:
                continue
            else:
                self.missing[char] = self.missing.get(char, 0) + 1
                pieces.append(code_label(char))
        return pieces

    def markup(self, text: str, *, multiline: bool = True) -> str:
        """Paragraph markup showing `text` verbatim.

        Line breaks become `<br/>` when `multiline`, runs of spaces are kept (markup would
        collapse them), and uncovered characters are shown as a red `[U+XXXX]`.
        """
        return self.markup_runs([(text, None)], multiline=multiline)

    def markup_runs(self, runs: Sequence[tuple[str, str | None]], *, multiline: bool = True) -> str:
        """`markup` of the runs' text joined, each run in its font (a registered font name;
        None: the paragraph's)."""
        out: list[str] = []
        previous_space = False
        for text, font in runs:
            if font:
                out.append(f'<font name="{font}">')
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            for char in text:
                code = ord(char)
                if char == "\n" and multiline:
                    out.append("<br/>")
                    previous_space = False
                    continue
                if char in " \t\n":
                    # A second space in a row would be collapsed by the paragraph parser.
                    out.append("\u00a0" if previous_space else " ")
                    previous_space = True
                    continue
                previous_space = False
                if code in self._covered:
                    out.append(escape(char))
                elif code in _DROPPABLE:
                    continue
                else:
                    self.missing[char] = self.missing.get(char, 0) + 1
                    out.append(f'<font color="{MISSING_COLOR}">{code_label(char)}</font>')
            if font:
                out.append("</font>")
        return "".join(out)

    def missing_characters(self) -> list[str]:
        """The replaced characters in code-point order."""
        return sorted(self.missing, key=ord)


def describe(char: str) -> str:
    """`U+1F600 GRINNING FACE`, for warnings."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        name = ""
    return f"U+{ord(char):04X} {name}".strip()
