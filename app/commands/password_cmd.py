"""`mail-mamori password`: check a password read from standard input, or generate one.

The password is never taken from the command line (other users can read argv, and shells keep
a history): it comes from standard input, or from a prompt without echo when that is a
terminal. The output names the rules that failed and the context words that matched, never
the password.
"""

from __future__ import annotations

import argparse
import getpass
import locale
import sys
from typing import Any

from app.commands.common import EXIT_OK, add_json_option, print_json
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.password_generator import generate_password, group_for_display
from app.core.password_policy import (
    PasswordContext,
    Verdict,
    evaluate,
    rule_name,
    score_label,
)
from app.core.password_rules import known_hosts

# More than this on standard input is not a password (and must not be read into memory).
MAX_INPUT_BYTES = 100_000

NO_PASSWORD = QT_TRANSLATE_NOOP(
    "cli", "No password was given. Type it at the prompt or pipe it into standard input."
)
INPUT_TOO_LONG = QT_TRANSLATE_NOOP(
    "cli", "Standard input is longer than {limit} bytes; that is not a password."
)
PROMPT = QT_TRANSLATE_NOOP("cli", "Password (not shown): ")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("cli", "expected a whole number of at least 1: {value}")
PASSWORD_IN_ARGV = QT_TRANSLATE_NOOP(
    "cli",
    "Do not put a password on the command line: other users and the shell history can see it. "
    "Pipe it into standard input or type it at the prompt. The argument was not used or shown.",
)

# What every usage error says when the command line holds `password`: argparse's own messages
# quote the arguments, and one of them may be the password.
ARGUMENTS_NOT_SHOWN = QT_TRANSLATE_NOOP(
    "cli",
    "The command line is not valid. It is not repeated here because it may contain a password. "
    "Never put a password on the command line: pipe it into standard input or type it at the "
    "prompt. The options are listed by: mail-mamori password --help",
)

LENGTH_WITHOUT_GENERATE = QT_TRANSLATE_NOOP(
    "cli",
    "--length is only used with --generate (mail-mamori password --generate --length N). To "
    "check a password, leave --length out.",
)

LABEL_RESULT = QT_TRANSLATE_NOOP("cli", "Result")
LABEL_STRENGTH = QT_TRANSLATE_NOOP("cli", "Strength")
LABEL_LENGTH = QT_TRANSLATE_NOOP("cli", "Length")
LABEL_FAILED = QT_TRANSLATE_NOOP("cli", "Rules not met")
LABEL_ADVICE = QT_TRANSLATE_NOOP("cli", "What to do")
STRENGTH_VALUE = QT_TRANSLATE_NOOP("cli", "{score} of 4 ({label})")
LENGTH_VALUE = QT_TRANSLATE_NOOP("cli", "{length} characters (at least {min})")
LENGTH_VALUE_MAX = QT_TRANSLATE_NOOP("cli", "{length} characters (at least {min}, at most {max})")


NAME = "password"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `password` sub-command."""
    parser = sub.add_parser(
        NAME,
        help=QT_TRANSLATE_NOOP(
            "cli", "check a password read from standard input, or generate one"
        ).render(),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Checks the password given on standard input (or typed at a prompt that does not "
            "show it) against Mail Mamori's rules. The password is never printed.",
        ).render(),
    )
    parser.add_argument(
        "--user",
        metavar="ADDRESS",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "the mail address (user name) the password is for").render(),
    )
    parser.add_argument(
        "--company",
        metavar="NAME",
        default="",
        help=QT_TRANSLATE_NOOP("cli", "the company name").render(),
    )
    parser.add_argument(
        "--staff",
        metavar="NAME",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "cli", "a staff member's name such as Yamada Taro (repeatable)"
        ).render(),
    )
    parser.add_argument(
        "--context",
        metavar="WORD",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "cli",
            "another word the password must not contain (repeatable; spaces separate words)",
        ).render(),
    )
    parser.add_argument(
        "--host",
        metavar="PROVIDER_ID",
        choices=known_hosts(),
        help=QT_TRANSLATE_NOOP("cli", "hosting provider preset: {choices}")
        .with_args(choices=", ".join(known_hosts()))
        .render(),
    )
    parser.add_argument(
        "--max-length",
        metavar="N",
        type=_positive_int,
        help=QT_TRANSLATE_NOOP(
            "cli", "the longest password the mail server accepts, if you know it"
        ).render(),
    )
    parser.add_argument(
        "--generate",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "print a new strong password instead of checking one"
        ).render(),
    )
    parser.add_argument(
        "--length",
        metavar="N",
        type=_positive_int,
        help=QT_TRANSLATE_NOOP(
            "cli", "with --generate: number of characters (default 16)"
        ).render(),
    )
    add_json_option(parser)
    # A password typed as an argument is caught here so that argparse's "unrecognized
    # arguments" error does not echo it back.
    parser.add_argument("stray", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--password", "-p", dest="stray_option", nargs="?", help=argparse.SUPPRESS)
    parser.set_defaults(func=_run)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(NOT_A_NUMBER.with_args(value=text).render())
    return value


def _context(args: argparse.Namespace) -> PasswordContext:
    words = tuple(word for value in args.context for word in value.split())
    return PasswordContext(
        user_address=args.user,
        company_name=args.company,
        staff_names=tuple(args.staff),
        extra_words=words,
        host=args.host,
        max_length=args.max_length,
    )


def _run(args: argparse.Namespace) -> int:
    if args.stray or args.stray_option is not None:
        raise InputError(PASSWORD_IN_ARGV)
    if args.length is not None and not args.generate:
        # Without --generate the command checks a password: it would wait at the prompt for
        # one, and the length asked for would be dropped without a word.
        raise InputError(LENGTH_WITHOUT_GENERATE)
    context = _context(args)
    if args.generate:
        password = generate_password(
            args.length, args.host, max_length=args.max_length, context=context
        )
        if args.json:
            print_json(
                {
                    "password": password,
                    "grouped": group_for_display(password),
                    "length": len(password),
                }
            )
        else:
            sys.stdout.write(password + "\n")
        return EXIT_OK
    password = _read_password()
    verdict = evaluate(password, context)
    del password  # not needed any more; nothing below may print it
    if args.json:
        print_json(verdict_json(verdict))
    else:
        sys.stdout.write(verdict_text(verdict))
    return EXIT_OK


def _read_password() -> str:
    """The password from a no-echo prompt (terminal) or standard input, one newline removed."""
    stdin = sys.stdin
    if stdin is None:
        raise InputError(NO_PASSWORD)
    if stdin.isatty():
        try:
            text = getpass.getpass(PROMPT.render())
        except (EOFError, KeyboardInterrupt) as stop:
            # getpass ends the prompt's line only after Enter: after Ctrl-D the message, after
            # Ctrl-C the shell's prompt came right behind "Password (not shown): ".
            sys.stderr.write("\n")
            sys.stderr.flush()
            if isinstance(stop, KeyboardInterrupt):
                raise
            text = ""
    else:
        data = stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(INPUT_TOO_LONG.with_args(limit=f"{MAX_INPUT_BYTES:,}"))
        text = _decode(data)
        if text.endswith("\r\n"):
            text = text[:-2]
        elif text.endswith("\n"):
            text = text[:-1]
    if not text:
        raise InputError(NO_PASSWORD)
    return text


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or, failing that, the console's encoding (cp932 on Windows)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(locale.getpreferredencoding(False) or "utf-8", errors="replace")


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    """The stable JSON form of a verdict (docs/cli.md): fields may be added, never removed."""

    def render(message: Msg | None) -> str | None:
        return message.render() if message is not None else None

    return {
        "acceptable": verdict.acceptable,
        "score": verdict.score,
        "failed": list(verdict.failed),
        "cautions": list(verdict.cautions),
        "summary": verdict.summary.render(),
        "advice": [m.render() for m in verdict.advice],
        "warning": render(verdict.warning),
        "suggestions": [m.render() for m in verdict.suggestions],
        "matched_tokens": list(verdict.matched_tokens),
        "length": verdict.length,
        "min_length": verdict.min_length,
        "max_length": verdict.max_length or None,
        "host": verdict.host,
        "host_rules_status": verdict.host_rules_status,
        "zxcvbn_score": verdict.zxcvbn_score,
        "guesses_log10": round(verdict.guesses_log10, 2),
        "scored_length": verdict.scored_length,
    }


def verdict_text(verdict: Verdict) -> str:
    """The verdict for people, in the current language."""
    lines = [f"{LABEL_RESULT.render()}: {verdict.summary.render()}"]
    lines.append(
        f"{LABEL_STRENGTH.render()}: "
        + STRENGTH_VALUE.with_args(score=verdict.score, label=score_label(verdict.score)).render()
    )
    length = (
        LENGTH_VALUE_MAX.with_args(
            length=verdict.length, min=verdict.min_length, max=verdict.max_length
        )
        if verdict.max_length
        else LENGTH_VALUE.with_args(length=verdict.length, min=verdict.min_length)
    )
    lines.append(f"{LABEL_LENGTH.render()}: {length.render()}")
    if verdict.failed:
        lines.append(f"{LABEL_FAILED.render()}:")
        # The rule codes are for scripts (--json); people read the names only.
        lines.extend(f"  - {rule_name(code).render()}" for code in verdict.failed)
    if verdict.advice:
        lines.append(f"{LABEL_ADVICE.render()}:")
        lines.extend(f"  - {message.render()}" for message in verdict.advice)
    return "\n".join(lines) + "\n"
