"""`mail-mamori dmarc check` and `mail-mamori dkim check`."""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path

from app.commands.common import (
    EXIT_CANNOT_CHECK,
    EXIT_OK,
    add_json_option,
    add_resolver_options,
    print_json,
)
from app.commands.spf_cmd import make_client, print_findings, shown_domain
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg

# A mail header is a few kilobytes; a whole mail with attachments a few megabytes. More is
# the wrong file (or a device such as /dev/zero) and is not read into memory.
MAX_HEADER_BYTES = 20_000_000

HEADER_NOT_FOUND = QT_TRANSLATE_NOOP("cli", "The header file “{path}” was not found.")
HEADER_IS_FOLDER = QT_TRANSLATE_NOOP(
    "cli", "“{path}” is a folder. Give the file that holds the header of a mail you sent."
)
HEADER_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "cli", "The header file “{path}” cannot be read: no permission."
)
HEADER_UNREADABLE = QT_TRANSLATE_NOOP(
    "cli", "The header file “{path}” could not be read ({reason})."
)
HEADER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "cli",
    "“{path}” is larger than {limit} MB, too large for a mail header. Save only the header "
    "of a mail you sent and give that file.",
)

# The advice is shared with the wizard, where the DKIM-Signature line is pasted into a box.
NOTE_HEADER_FILE = QT_TRANSLATE_NOOP(
    "cli",
    "On the command line, save the header of a mail you sent to a file and give it with "
    "--header-file FILE (--header-file - reads standard input).",
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `dmarc` and `dkim` sub-commands."""
    dmarc = sub.add_parser(
        "dmarc", help=QT_TRANSLATE_NOOP("cli", "check the DMARC record of a domain").render()
    )
    actions = dmarc.add_subparsers(dest="dmarc_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "cli", "check _dmarc.DOMAIN (RFC 9989) and recommend the next step"
        ).render(),
    )
    check.add_argument(
        "domain",
        metavar="DOMAIN",
        help=QT_TRANSLATE_NOOP(
            "cli", "the domain whose _dmarc record is checked, e.g. example.co.jp"
        ).render(),
    )
    check.add_argument(
        "--report-address",
        default="",
        metavar="ADDRESS",
        help=QT_TRANSLATE_NOOP(
            "cli", "where reports should go if the record has none (default: dmarc-reports@DOMAIN)"
        ).render(),
    )
    add_resolver_options(check)
    add_json_option(check)
    check.set_defaults(func=_run_dmarc)

    dkim = sub.add_parser(
        "dkim", help=QT_TRANSLATE_NOOP("cli", "look for the DKIM keys of a domain").render()
    )
    actions = dkim.add_subparsers(dest="dkim_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "cli", "probe common selectors, or those of a DKIM-Signature header"
        ).render(),
    )
    check.add_argument(
        "domain",
        metavar="DOMAIN",
        help=QT_TRANSLATE_NOOP(
            "cli", "the domain whose DKIM keys are looked for, e.g. example.co.jp"
        ).render(),
    )
    check.add_argument(
        "--selector",
        action="append",
        default=[],
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli", "a selector to look up (repeatable; default: common selectors)"
        ).render(),
    )
    check.add_argument(
        "--header-file",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "cli", "a file with the header of a sent mail ('-' reads standard input)"
        ).render(),
    )
    add_resolver_options(check)
    add_json_option(check)
    check.set_defaults(func=_run_dkim)


def _line(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _label(msg: Msg, value: object) -> None:
    _line(f"{msg.render()}: {value}")


def _run_dmarc(args: argparse.Namespace) -> int:
    from app.core.dmarc import DmarcStatus, check_dmarc

    client = make_client(args)
    result = check_dmarc(args.domain, client, report_address=args.report_address)
    if args.json:
        print_json(result.to_dict())
    else:
        name = f"_dmarc.{result.domain_ascii}"
        shown = shown_domain(result.domain_ascii)
        if shown != result.domain_ascii:
            name = f"_dmarc.{shown.split(' ', 1)[0]} ({name})"
        # The name the record is published under, not the domain (which it is for).
        _label(QT_TRANSLATE_NOOP("cli", "Record name"), name)
        # Every record found: with two, receivers ignore DMARC, and both must be seen.
        for record in result.records or (result.record or "-",):
            _label(QT_TRANSLATE_NOOP("cli", "DMARC record"), record)
        _label(QT_TRANSLATE_NOOP("cli", "Result"), result.headline.render())
        print_findings(result.findings)
        if result.recommended:
            _line()
            _label(QT_TRANSLATE_NOOP("cli", "Recommended record"), result.recommended)
        step = result.step_message
        if step is not None:
            _line(step.render())
        mailbox = result.mailbox_message
        if mailbox is not None:
            _line(mailbox.render())
    return EXIT_CANNOT_CHECK if result.status == DmarcStatus.TEMPERROR else EXIT_OK


def _read_header(name: str) -> str:
    """The text of `--header-file` (`-`: standard input); every problem is bad input."""
    shown = "-" if name == "-" else name
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_HEADER_BYTES + 1)
        else:
            with Path(name).open("rb") as handle:
                data = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise InputError(HEADER_NOT_FOUND.with_args(path=shown)) from None
    except IsADirectoryError:
        raise InputError(HEADER_IS_FOLDER.with_args(path=shown)) from None
    except PermissionError as error:
        # Windows reports a folder as "permission denied".
        if Path(name).is_dir():
            raise InputError(HEADER_IS_FOLDER.with_args(path=shown)) from None
        raise InputError(HEADER_NO_PERMISSION.with_args(path=shown)) from error
    except OSError as error:
        reason = error.strerror or errno.errorcode.get(error.errno or 0, str(error))
        raise InputError(HEADER_UNREADABLE.with_args(path=shown, reason=reason)) from None
    if len(data) > MAX_HEADER_BYTES:
        limit = MAX_HEADER_BYTES // 1_000_000
        raise InputError(HEADER_TOO_LARGE.with_args(path=shown, limit=limit))
    return data.decode("utf-8", errors="replace")


def _run_dkim(args: argparse.Namespace) -> int:
    from app.core.dkim import KEY_STATUS_TEXT, STATUS_TEXT, DkimStatus, check_dkim

    header = _read_header(args.header_file) if args.header_file else ""
    client = make_client(args)
    result = check_dkim(args.domain, client, selectors=args.selector or None, header=header)
    if args.json:
        print_json(result.to_dict())
    else:
        _label(QT_TRANSLATE_NOOP("cli", "Domain"), shown_domain(result.domain_ascii))
        _label(QT_TRANSLATE_NOOP("cli", "Result"), STATUS_TEXT[result.status].render())
        for key in result.keys:
            bits = f" {key.key_type} {key.bits} bit" if key.bits else ""
            _line(f"  {key.name}: {KEY_STATUS_TEXT[key.status].render()}{bits}")
        print_findings(result.shown_findings)
        if any(f.code == "dkim_not_found" for f in result.findings):
            _line()
            _line(NOTE_HEADER_FILE.render())
    return EXIT_CANNOT_CHECK if result.status == DkimStatus.TEMPERROR else EXIT_OK
