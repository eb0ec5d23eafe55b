"""Helpers shared by the command-line sub-commands: exit codes, output, common options."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.core.errors import MamoriError
from app.core.i18n import QT_TRANSLATE_NOOP

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_CANNOT_CHECK = 3


def print_json(data: Any) -> None:
    """Print `data` as JSON, keys in a stable order. On UTF-8 output Japanese stays readable;
    on any other encoding (cp932 when a Japanese Windows redirects to a file) every non-ASCII
    character is a \\uXXXX escape, so that the JSON is valid and complete whatever reads it."""
    from app.commands.console import stdout_is_utf8

    text = json.dumps(data, ensure_ascii=not stdout_is_utf8(), indent=2, default=str)
    sys.stdout.write(text)
    sys.stdout.write("\n")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """Add the `--json` flag every check supports."""
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "print machine-readable JSON").render(),
    )


def add_resolver_options(parser: argparse.ArgumentParser, timeout: float = 3.0) -> None:
    """Add `--resolver HOST[:PORT]` and `--timeout S` to a check that queries DNS."""
    parser.add_argument(
        "--resolver",
        metavar="HOST[:PORT]",
        help=QT_TRANSLATE_NOOP(
            "cli", "DNS server to ask (HOST, HOST:PORT or [IPv6]:PORT); default: the system's"
        ).render(),
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=timeout,
        metavar="S",
        help=QT_TRANSLATE_NOOP("cli", "seconds to wait for each DNS answer (default {timeout})")
        .with_args(timeout=f"{timeout:g}")
        .render(),
    )


def fail(error: MamoriError, code: int) -> int:
    """Print a core error's message to stderr in the user's language and return `code`."""
    sys.stderr.write(f"mail-mamori: {error.message.render()}\n")
    return code
