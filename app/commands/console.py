"""Standard output and error that can carry every character the command line prints.

Python writes to a pipe or a file in the locale's encoding: cp932 on a Japanese Windows
(`mail-mamori spf check example.co.jp > result.txt`), ASCII under `LC_ALL=C` without UTF-8
mode. cp932 has the Japanese but not the marks (✖ ✔ ⚠), ASCII has neither, and the first
unencodable character ended the command with a Python traceback and exit code 1 instead of
its result. Here, a stream that can show Japanese keeps its encoding (a cp932 console or
`| more` still reads it) and prints a look-alike for a mark it lacks; a stream that cannot
show Japanese at all is switched to UTF-8, as `--self-test` does.
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from typing import TextIO

ERROR_HANDLER = "mail-mamori-lookalike"

# Marks used by the text output, each with stand-ins in order of preference; the first one
# the stream's encoding has is printed. Anything else falls back to its NFKC form, then "?".
_LOOKALIKES: dict[str, tuple[str, ...]] = {
    "✖": ("×", "x"),
    "✗": ("×", "x"),
    "✔": ("○", "o"),
    "✓": ("○", "o"),
    "⚠": ("！", "!"),
    "×": ("x",),
    "○": ("o",),
    "△": ("^",),
    "■": ("#",),
    "・": ("-",),
    "…": ("...",),
    "→": ("->",),
    "「": ('"',),
    "」": ('"',),
    "“": ('"',),
    "”": ('"',),
    "、": (",",),
    "。": (".",),
}

# What a stream must be able to encode to be kept as it is.
_JAPANESE_SAMPLE = "日本語の確認"


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _stand_in(char: str, encoding: str) -> str:
    candidates = (*_LOOKALIKES.get(char, ()), unicodedata.normalize("NFKC", char))
    for candidate in candidates:
        if candidate != char and _encodable(candidate, encoding):
            return candidate
    return "?"


def _lookalike(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chars = error.object[error.start : error.end]
    return "".join(_stand_in(ch, error.encoding) for ch in chars), error.end


codecs.register_error(ERROR_HANDLER, _lookalike)


def prepare_stream(stream: TextIO | None) -> None:
    """Make `stream` print anything without raising (see the module docstring)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if stream is None or reconfigure is None:
        return
    encoding = stream.encoding or "ascii"
    if not _encodable(_JAPANESE_SAMPLE, encoding):
        reconfigure(encoding="utf-8", errors="replace")
    elif codecs.lookup(encoding).name != "utf-8":
        reconfigure(errors=ERROR_HANDLER)


def prepare_console() -> None:
    """Apply `prepare_stream` to standard output and standard error."""
    prepare_stream(sys.stdout)
    prepare_stream(sys.stderr)


def stdout_is_utf8() -> bool:
    """True when standard output writes UTF-8 (JSON then keeps Japanese readable)."""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False
