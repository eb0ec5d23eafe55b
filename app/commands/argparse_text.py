"""argparse's own texts ("usage:", "options", "the following arguments are required") in the
CLI's language.

argparse marks them for GNU gettext, which knows nothing of our catalogue, so a Japanese help
page said "usage:" and "show this help message and exit" around Japanese descriptions. The
texts are listed here for lupdate, and `japanese_argparse()` routes argparse's lookups through
our catalogue while a command line is parsed. Sources are those of the supported Python
versions; a text a newer argparse words differently stays English rather than failing.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

# The texts a user of the command line can meet. %-placeholders are argparse's own: the
# translations keep each of them (tests/test_translations.py checks).
TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def _gettext(text: str) -> str:
    return translate(CONTEXT, text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate(CONTEXT, singular if count == 1 else plural)


@contextmanager
def japanese_argparse() -> Iterator[None]:
    """While active, argparse's texts come from our catalogue in the CLI's language (English
    passes through). argparse looks `_` and `ngettext` up in its module at call time, so
    replacing them there is enough; they are put back afterwards, so that other users of
    argparse in the same process (pytest) are not affected."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


# -- wrapping by display width --------------------------------------------------------------

# Never at the start of a line (they stick to the character before) / at its end (to the next).
_CLOSING = set("、。，．）」』】〕”’)!?！？ー・：；")
_OPENING = set("（「『【〔“‘(")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _tokens(text: str) -> list[str]:
    """Pieces a line may break between: spaces, Latin words whole, each wide character
    (with the punctuation that must stay with it)."""
    tokens: list[str] = []
    glue_next = False
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in "WF"
        last = tokens[-1] if tokens else ""
        if ch.isspace():
            tokens.append(" ")
            glue_next = False
            continue
        if last and last != " " and (glue_next or ch in _CLOSING):
            tokens[-1] += ch
        elif last and last != " " and not wide and not _display_width(last[-1]) > 1:
            tokens[-1] += ch  # a Latin word continues
        else:
            tokens.append(ch)
        glue_next = ch in _OPENING
    return tokens


def wrap_by_width(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` terminal columns (a kanji takes two); a word longer
    than a line gets a line of its own."""
    lines: list[str] = []
    line = ""
    for token in _tokens(" ".join(text.split())):
        if token == " " and not line:
            continue
        if line and _display_width(line + token) > width:
            lines.append(line.rstrip())
            line = "" if token == " " else token
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


class WideHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, wrapped by display width: its own wrapping counts characters,
    so Japanese help lines came out twice as wide as the terminal."""

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any) -> str:
        # argparse indents the usage's continuation lines by len("使い方: "), five, while the
        # prefix takes eight columns: shift them by the difference to line up again.
        text = super()._format_usage(usage, actions, groups, prefix)
        shown = argparse._("usage: ") if prefix is None else prefix  # type: ignore[attr-defined]
        extra = _display_width(shown) - len(shown)
        if extra <= 0:
            return text
        first, *rest = text.split("\n")
        return "\n".join(
            [first, *[(" " * extra + line) if line.strip() else line for line in rest]]
        )

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_by_width(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap_by_width(text, width))
