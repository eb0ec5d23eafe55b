"""The `mail-mamori` command line: every check of the wizard, scriptable (see docs/cli.md).

Each sub-command lives in its own module under `app/commands/` and is registered in `COMMANDS`.
Exit codes: 0 the check ran (whatever it found), 2 bad input, 3 could not check.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from app import __version__
from app.commands import blacklist_cmd, case_cmd, dmarc_cmd, password_cmd, report_cmd, spf_cmd
from app.commands.argparse_text import WideHelpFormatter, japanese_argparse
from app.commands.common import EXIT_BAD_INPUT, EXIT_CANNOT_CHECK, fail
from app.commands.console import prepare_console
from app.core.errors import CheckError, InputError
from app.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, set_language

# One line per sub-command module; each module has `register(subparsers)`.
COMMANDS: list[ModuleType] = [
    case_cmd,
    blacklist_cmd,
    password_cmd,
    spf_cmd,
    dmarc_cmd,
    report_cmd,
]


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors say, in the user's language, that the input was wrong, and
    whose help is wrapped by display width (Japanese characters take two columns)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", WideHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        intro = QT_TRANSLATE_NOOP("cli", "The command line is not valid").render()
        sys.stderr.write(f"{self.prog}: {intro}: {message}\n")
        sys.exit(EXIT_BAD_INPUT)


class _ConcealingParser(_Parser):
    """For a command line that may hold a password: argparse quotes what was typed in its
    errors ("unrecognized arguments: -secret", "invalid choice: 'secret'"), so the message
    is replaced by one that quotes nothing."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {password_cmd.ARGUMENTS_NOT_SHOWN.render()}\n")
        sys.exit(EXIT_BAD_INPUT)


def _language_from(argv: Sequence[str]) -> str:
    """The `--lang` value, read before the parser is built so that help texts are translated."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        if value in LANGUAGES:
            return value
    return "ja"


def build_parser(conceal_values: bool = False) -> argparse.ArgumentParser:
    """The full argument parser with every registered sub-command. With `conceal_values`
    its usage errors never repeat an argument (the command line may hold a password)."""
    parser_class = _ConcealingParser if conceal_values else _Parser
    parser = parser_class(
        prog="mail-mamori",
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Mail Mamori: check blacklists, passwords and SPF/DMARC after a mail server hijack. "
            "Without arguments the wizard opens.",
        ).render(),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"mail-mamori {__version__}",
        help=QT_TRANSLATE_NOOP("cli", "show the version number and exit").render(),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="ja",
        help=QT_TRANSLATE_NOOP("cli", "language of the output (default: ja)").render(),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "check that this installation works (translations, fonts, password check, PDF, "
            "password store) without using the network, one line per check",
        ).render(),
    )
    parser.add_argument(
        "--require-keyring",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "with --self-test: fail when no password store (keyring) is available"
        ).render(),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)
    for module in COMMANDS:
        module.register(sub)
    _accept_lang_everywhere(sub)
    return parser


def _accept_lang_everywhere(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """`mail-mamori blacklist 203.0.113.25 --lang en`: `--lang` after the command is read
    (its messages were already English, as `_language_from` looks everywhere) instead of being
    an "unrecognized argument". SUPPRESS keeps the value given before the command."""
    for command in sub.choices.values():
        nested = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            for action in nested:
                _accept_lang_everywhere(action)
            continue
        command.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help=QT_TRANSLATE_NOOP("cli", "language of the output (default: ja)").render(),
        )


# As a program killed by SIGPIPE would report (128 + 13), like 130 for Ctrl-C.
EXIT_PIPE_CLOSED = 141


def _reader_went_away() -> int:
    """`mail-mamori case example | head`: the reader closed the pipe early. Not an error worth
    a traceback; what is still buffered goes to the null device so that the flush at exit
    does not fail again (the recipe of the Python documentation on SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_PIPE_CLOSED


def main(argv: Sequence[str] | None = None) -> int:
    """Parse `argv`, run the sub-command and return its exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Before anything is printed (help and usage errors too).
    prepare_console()
    set_language(_language_from(args_list))
    # Decided before parsing: an error can come from any parser (the top-level one reports
    # "unrecognized arguments" after the sub-command has run its own).
    # argparse's own words ("usage:", "options", its errors) in the same language; help
    # texts are fixed when the parser is built, so building is inside too.
    with japanese_argparse():
        parser = build_parser(conceal_values=password_cmd.NAME in args_list)
        args = parser.parse_args(args_list)
    if args.self_test:
        # Imported only here: it starts Qt, which the other commands never need.
        from app.selftest import run_self_test

        return run_self_test(require_keyring=args.require_keyring)
    func = getattr(args, "func", None)
    if func is None:
        with japanese_argparse():
            parser.print_help()
        return 0
    try:
        code: int = func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not at exit
    except BrokenPipeError:
        return _reader_went_away()
    except InputError as error:
        return fail(error, EXIT_BAD_INPUT)
    except CheckError as error:
        return fail(error, EXIT_CANNOT_CHECK)
    except KeyboardInterrupt:
        return 130
    return code
