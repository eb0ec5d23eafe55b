"""`mail-mamori case ...`: work with incident case files."""

from __future__ import annotations

import argparse
import sys

from app.commands.common import EXIT_OK
from app.core.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `case` sub-command."""
    parser = sub.add_parser(
        "case", help=QT_TRANSLATE_NOOP("cli", "work with incident case files").render()
    )
    actions = parser.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    example = actions.add_parser(
        "example",
        help=QT_TRANSLATE_NOOP("cli", "print a realistic example case as JSON").render(),
    )
    example.set_defaults(func=_run_example)


def _run_example(args: argparse.Namespace) -> int:
    from app.core.case import case_to_json
    from app.core.example_case import example_case

    sys.stdout.write(case_to_json(example_case()))
    sys.stdout.write("\n")
    return EXIT_OK
