"""`mail-mamori dmarc check` and `mail-mamori dkim check`."""

from __future__ import annotations

import argparse
import sys

from app.commands.common import (
    EXIT_CANNOT_CHECK,
    EXIT_OK,
    add_json_option,
    add_resolver_options,
    print_json,
)
from app.commands.spf_cmd import make_client, print_findings
from app.core.i18n import QT_TRANSLATE_NOOP, Msg


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
    check.add_argument("domain", metavar="DOMAIN")
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
    check.add_argument("domain", metavar="DOMAIN")
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
    from app.core.dmarc import STATUS_TEXT, DmarcStatus, check_dmarc

    client = make_client(args)
    result = check_dmarc(args.domain, client, report_address=args.report_address)
    if args.json:
        print_json(result.to_dict())
    else:
        _label(QT_TRANSLATE_NOOP("cli", "Domain"), f"_dmarc.{result.domain_ascii}")
        _label(QT_TRANSLATE_NOOP("cli", "DMARC record"), f"{result.record or '-'}")
        _label(QT_TRANSLATE_NOOP("cli", "Result"), STATUS_TEXT[result.status].render())
        print_findings(result.findings)
        if result.recommended:
            _line()
            _label(QT_TRANSLATE_NOOP("cli", "Recommended record"), result.recommended)
        step = result.step_message
        if step is not None:
            _line(step.render())
    return EXIT_CANNOT_CHECK if result.status == DmarcStatus.TEMPERROR else EXIT_OK


def _run_dkim(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.core.dkim import KEY_STATUS_TEXT, STATUS_TEXT, DkimStatus, check_dkim, read_header

    header = ""
    # read_header stops after MAX_HEADER characters: a huge file is refused, not read whole.
    if args.header_file == "-":
        header = read_header(sys.stdin)
    elif args.header_file:
        with Path(args.header_file).open(encoding="utf-8", errors="replace") as stream:
            header = read_header(stream)
    client = make_client(args)
    result = check_dkim(args.domain, client, selectors=args.selector or None, header=header)
    if args.json:
        print_json(result.to_dict())
    else:
        _label(QT_TRANSLATE_NOOP("cli", "Domain"), f"{result.domain_ascii}")
        _label(QT_TRANSLATE_NOOP("cli", "Result"), STATUS_TEXT[result.status].render())
        for key in result.keys:
            bits = f" {key.key_type} {key.bits} bit" if key.bits else ""
            _line(f"  {key.name}: {KEY_STATUS_TEXT[key.status].render()}{bits}")
        print_findings(result.findings)
    return EXIT_CANNOT_CHECK if result.status == DkimStatus.TEMPERROR else EXIT_OK
