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
from collections.abc import Iterator
from contextlib import contextmanager

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
