"""`mail-mamori report`: create the Japanese incident report (PDF) from a case file."""

from __future__ import annotations

import argparse
import errno
import sys
from datetime import datetime
from pathlib import Path

from app.commands.common import EXIT_OK, add_json_option, print_json
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, current_language


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `report` sub-command."""
    parser = sub.add_parser(
        "report",
        help=QT_TRANSLATE_NOOP("cli", "create the incident report (PDF) from a case file").render(),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Create the incident report for your security vendor as a PDF. The report is in "
            "the language chosen with --lang (default: Japanese).",
        ).render(),
    )
    parser.add_argument(
        "case_file",
        nargs="?",
        metavar="CASE_FILE",
        help=QT_TRANSLATE_NOOP("cli", "the case file (.mamori.json)").render(),
    )
    parser.add_argument(
        "--example",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "use the built-in example case instead of a file").render(),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf",
        help=QT_TRANSLATE_NOOP(
            "cli", "where to write the PDF (replaced atomically; - for standard output)"
        ).render(),
    )
    parser.add_argument(
        "--generated-at",
        metavar="ISO8601",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "creation time printed in the report (default: now); the same case and time give "
            "an identical PDF",
        ).render(),
    )
    add_json_option(parser)
    parser.set_defaults(func=_run, parser=parser)


def _generated_at(text: str | None) -> datetime | None:
    if text is None:
        return None
    from app.core.normalize import parse_datetime

    return parse_datetime(text, allow_future=True)


def _run(args: argparse.Namespace) -> int:
    from app.core.case import Case, load_case
    from app.core.example_case import example_case
    from app.core.report import build_report

    parser: argparse.ArgumentParser = args.parser
    if args.example == bool(args.case_file):
        from app.commands.argparse_text import japanese_argparse

        # Outside the parse, argparse's "usage:" would be English again.
        with japanese_argparse():
            parser.error(
                QT_TRANSLATE_NOOP(
                    "cli", "give either CASE_FILE or --example (one of them)"
                ).render()
            )
    generated_at = _generated_at(args.generated_at)
    to_stdout = args.output == "-"
    if to_stdout and args.json:
        # Standard output carries the PDF: a JSON summary there would corrupt it, and it was
        # left out without a word.
        raise InputError(
            QT_TRANSLATE_NOOP(
                "cli",
                "--json cannot be used with -o - (standard output carries the PDF). Write the "
                "PDF to a file to get the summary.",
            )
        )
    output = Path(args.output)
    case: Case
    if args.example:
        case = example_case()
    else:
        source = Path(args.case_file)
        if not to_stdout and _same_file(source, output):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The report would overwrite the case file “{name}”. Please choose another "
                    "output file.",
                ).with_args(name=source.name)
            )
        try:
            case = load_case(source)
        except InputError as error:
            backup = getattr(error, "backup", None)
            if backup is not None:
                hint = QT_TRANSLATE_NOOP(
                    "cli", "A backup of this case can still be opened: {path}"
                ).with_args(path=str(backup))
                sys.stderr.write(f"mail-mamori: {hint.render()}\n")
            raise
    lang = current_language()
    try:
        if to_stdout:
            info = build_report(case, sys.stdout.buffer, generated_at=generated_at, lang=lang)
            sys.stdout.buffer.flush()
        else:
            info = build_report(case, output, generated_at=generated_at, lang=lang)
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "cli", "The report could not be written to “{path}” ({reason})."
            ).with_args(path=str(output), reason=_reason(error))
        ) from None
    for warning in info.warnings:
        sys.stderr.write(f"mail-mamori: {warning.render()}\n")
    if to_stdout:
        return EXIT_OK
    if args.json:
        print_json(
            {
                "output": str(output),
                "pages": info.pages,
                "page_size": list(info.page_size),
                "size_bytes": info.size_bytes,
                "generated_at": info.generated_at.isoformat(),
                "lang": info.lang,
                "warnings": [w.render() for w in info.warnings],
                "missing_characters": [f"U+{ord(c):04X}" for c in info.missing_characters],
            }
        )
    else:
        done = QT_TRANSLATE_NOOP(
            "cli", "Report written: {path} ({pages} pages, {size} KB)"
        ).with_args(path=str(output), pages=info.pages, size=(info.size_bytes + 1023) // 1024)
        sys.stdout.write(done.render() + "\n")
    return EXIT_OK


_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("cli", "the folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("cli", "no permission to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("cli", "no permission to write there"),
    errno.EISDIR: QT_TRANSLATE_NOOP("cli", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("cli", "the folder does not exist"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("cli", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("cli", "the disk is read-only"),
}


def _reason(error: OSError) -> str:
    known = _REASONS.get(error.errno or 0)
    return known.render() if known else (error.strerror or str(error))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
