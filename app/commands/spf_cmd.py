"""`mail-mamori spf check|eval|generate`: validate, evaluate and recommend SPF records."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.commands.common import (
    EXIT_CANNOT_CHECK,
    EXIT_OK,
    add_json_option,
    add_resolver_options,
    print_json,
)
from app.core.dns_client import DnsClient
from app.core.errors import InputError
from app.core.findings import Finding, lookup_failed
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import domain_forms, fold_width, normalize_domain
from app.core.resolver import ResolverSpec

if TYPE_CHECKING:
    from app.core.spf.lookups import LookupBreakdown

_POLICY_ALIASES = {"~all": "~all", "-all": "-all", "soft": "~all", "hard": "-all", "~": "~all"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `spf` sub-command and its actions."""
    parser = sub.add_parser(
        "spf", help=QT_TRANSLATE_NOOP("cli", "check, evaluate and generate SPF records").render()
    )
    actions = parser.add_subparsers(dest="spf_command", metavar="ACTION", required=True)

    check = actions.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "cli", "validate the SPF record of a domain (RFC 7208) and explain its problems"
        ).render(),
    )
    check.add_argument(
        "domain",
        metavar="DOMAIN",
        help=QT_TRANSLATE_NOOP(
            "cli", "the domain, e.g. example.co.jp (Unicode domains such as 日本語.jp are accepted)"
        ).render(),
    )
    add_resolver_options(check)
    add_json_option(check)
    check.set_defaults(func=_run_check)

    evaluate = actions.add_parser(
        "eval",
        help=QT_TRANSLATE_NOOP(
            "cli", "evaluate SPF for mail from an IP address (RFC 7208 check_host)"
        ).render(),
    )
    evaluate.add_argument(
        "--ip",
        required=True,
        metavar="IP",
        help=QT_TRANSLATE_NOOP("cli", "the IP address the mail comes from (required)").render(),
    )
    evaluate.add_argument(
        "--sender",
        required=True,
        metavar="ADDRESS",
        help=QT_TRANSLATE_NOOP(
            "cli",
            'the envelope sender (MAIL FROM), e.g. info@example.co.jp (required; "" for a '
            "bounce, then --helo is checked)",
        ).render(),
    )
    evaluate.add_argument(
        "--helo",
        default="",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli", "the name the sending server gave in HELO/EHLO, e.g. mail.example.co.jp"
        ).render(),
    )
    evaluate.add_argument(
        "--record",
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP(
            "cli", "evaluate this record instead of the published one (to test before publishing)"
        ).render(),
    )
    add_resolver_options(evaluate)
    add_json_option(evaluate)
    evaluate.set_defaults(func=_run_eval)

    generate = actions.add_parser(
        "generate",
        help=QT_TRANSLATE_NOOP(
            "cli", "recommend one verified SPF record, merged with the published one"
        ).render(),
    )
    generate.add_argument(
        "domain",
        metavar="DOMAIN",
        help=QT_TRANSLATE_NOOP("cli", "the domain the record is for, e.g. example.co.jp").render(),
    )
    from app.core.providers import providers

    generate.add_argument(
        "--provider",
        default="",
        metavar="ID",
        # An unknown id used to be ignored without a word: the record lacked the provider's
        # terms and the run still said "verified".
        choices=[provider.id for provider in providers()],
        help=QT_TRANSLATE_NOOP(
            "cli",
            "hosting provider id (xserver, sakura, lolipop, conoha_wing, onamae, "
            "google_workspace, microsoft365, self_hosted, other)",
        ).render(),
    )
    generate.add_argument(
        "--server-name",
        default="",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli", "server name of the rental server, e.g. sv1234.xserver.jp"
        ).render(),
    )
    for option, meta, text in (
        ("--ip4", "ADDR[/N]", QT_TRANSLATE_NOOP("cli", "add an ip4: term (repeatable)")),
        ("--ip6", "ADDR[/N]", QT_TRANSLATE_NOOP("cli", "add an ip6: term (repeatable)")),
        ("--include", "DOMAIN", QT_TRANSLATE_NOOP("cli", "add an include: term (repeatable)")),
        ("--term", "TERM", QT_TRANSLATE_NOOP("cli", "add any other SPF term (repeatable)")),
        (
            "--outbound-ip",
            "IP",
            QT_TRANSLATE_NOOP(
                "cli", "an IP address that sends your mail and must pass (repeatable)"
            ),
        ),
    ):
        generate.add_argument(option, action="append", default=[], metavar=meta, help=text.render())
    generate.add_argument(
        "--all",
        dest="policy",
        default=None,
        metavar="POLICY",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "~all (also: soft) or -all (also: hard); write --all=-all. Default: -all if the "
            "published record ends in -all (it is never weakened), otherwise ~all",
        ).render(),
    )
    generate.add_argument(
        "--merge-with",
        default="",
        metavar="DOMAIN",
        help=QT_TRANSLATE_NOOP(
            "cli", "merge with the published record of this domain (default: DOMAIN itself)"
        ).render(),
    )
    generate.add_argument(
        "--no-merge",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "ignore the published record instead of merging with it"
        ).render(),
    )
    add_resolver_options(generate)
    add_json_option(generate)
    generate.set_defaults(func=_run_generate)


def make_client(args: argparse.Namespace) -> DnsClient:
    """The DNS client for `--resolver` and `--timeout` (InputError for a bad server)."""
    # `--resolver ""` (a script's unset variable) is bad input, not "the system's DNS servers".
    spec = ResolverSpec.parse(args.resolver) if args.resolver is not None else None
    if not args.timeout > 0 or args.timeout > 60:
        raise InputError(QT_TRANSLATE_NOOP("cli", "--timeout must be between 0 and 60 seconds."))
    client = DnsClient(spec, timeout=args.timeout)
    client.require_servers()
    return client


BAD_SENDER = QT_TRANSLATE_NOOP("cli", "The domain of --sender cannot be checked: {problem}")
# With an empty sender (a bounce) the --helo name is what is checked, and what was mistyped.
BAD_HELO = QT_TRANSLATE_NOOP("cli", "The --helo name cannot be checked: {problem}")


def _check_sender_domain(domain: str, template: Msg = BAD_SENDER) -> None:
    """InputError unless `domain` (of --sender, or --helo for an empty sender) is a domain
    that can be looked up. Names with an underscore (`_spf.example.jp`) are DNS names, not
    host names: check_host may look them up."""
    from app.core.spf.evaluate import MSG_INVALID_DOMAIN, valid_initial_domain

    if valid_initial_domain(domain) is not None and "_" in domain:
        return
    try:
        normalize_domain(domain)
    except InputError as error:
        raise InputError(template.with_args(problem=error.message)) from None
    if valid_initial_domain(domain) is None:
        problem = MSG_INVALID_DOMAIN.with_args(domain=domain)
        raise InputError(template.with_args(problem=problem))


def shown_domain(ascii_name: str) -> str:
    """An internationalised domain as people read it, with the A-label form DNS uses:
    `日本語.jp (xn--wgv71a119e.jp)`; any other domain as it is."""
    forms = domain_forms(ascii_name) - {ascii_name.lower().rstrip(".")}
    unicode_forms = [form for form in forms if not form.isascii()]
    return f"{unicode_forms[0]} ({ascii_name})" if unicode_forms else ascii_name


def _line(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _label(msg: Msg, value: object) -> None:
    _line(f"{msg.render()}: {value}")


# The advice is shared with the wizard, which has a Settings dialog and shows the recommended
# record under the findings; on the command line these say where those are.
NOTE_RESOLVER = QT_TRANSLATE_NOOP(
    "cli", "On the command line, choose another DNS server with --resolver HOST[:PORT]."
)
NOTE_GENERATE = QT_TRANSLATE_NOOP(
    "cli", "The recommended record is made by: mail-mamori spf generate {domain}"
)
# The wizard's note asks for the server name on its Situation page.
NOTE_SERVER_NAME = QT_TRANSLATE_NOOP(
    "cli",
    "On the command line, give the server name with --server-name NAME and run the command again.",
)
# Findings whose advice refers to "the recommended record below".
_POINTS_TO_RECOMMENDATION = {
    "multiple_records",
    "non_ascii",
    "no_record",
    "string_too_long",
    "fullwidth_space",
}


def print_findings(findings: tuple[Finding, ...] | list[Finding]) -> None:
    """Errors and warnings as readable text, each with its advice (names that do not exist
    grouped into one finding, as page 4 shows them)."""
    from app.core.spf.codes import group_findings

    findings = group_findings(findings)
    errors = [f for f in findings if f.severity.value == "error"]
    warnings = [f for f in findings if f.severity.value == "warning"]
    for heading, marker, items in (
        (QT_TRANSLATE_NOOP("cli", "Errors"), "✖", errors),
        (QT_TRANSLATE_NOOP("cli", "Warnings"), "⚠", warnings),
    ):
        if not items:
            continue
        _line()
        _line(f"{heading.render()}:")
        for finding in items:
            _line(f"  {marker} [{finding.code}] {finding.title.render()}")
            _line(f"    {finding.message.render()}")
    if any(lookup_failed(f) for f in findings):
        _line()
        _line(NOTE_RESOLVER.render())


TREE_HEADING = QT_TRANSLATE_NOOP(
    "cli", "Include tree (each record's DNS lookups include those of the records below it):"
)
TREE_NODE = QT_TRANSLATE_NOOP("cli", "{term}  (DNS lookups: {count}, {state})")


def print_breakdown(breakdown: LookupBreakdown | None) -> None:
    """Where an over-limit record's lookups go, most expensive first, and what to do."""
    if breakdown is None or not breakdown.over_limit:
        return
    _line()
    heading = QT_TRANSLATE_NOOP("cli", "Where the DNS lookups go ({total} of at most {limit})")
    _line(heading.with_args(total=breakdown.total, limit=breakdown.limit).render() + ":")
    width = max(len(t.term) for t in breakdown.terms) if breakdown.terms else 0
    for cost in breakdown.terms:
        times = f"{cost.lookups}+" if not cost.complete else str(cost.lookups)
        _line(f"  {cost.term.ljust(width)}  {times.rjust(3)}  {cost.what()}")
    _line()
    _line(QT_TRANSLATE_NOOP("cli", "How to get to 10 or fewer").render() + ":")
    for suggestion in breakdown.suggestions:
        _line(f"  - {suggestion.message()}")


def _run_check(args: argparse.Namespace) -> int:
    from app.core.spf.check import SpfNode, SpfStatus, check_spf

    client = make_client(args)
    result = check_spf(args.domain, client)
    if args.json:
        print_json(result.to_dict())
    else:
        _label(QT_TRANSLATE_NOOP("cli", "Domain"), shown_domain(result.domain_ascii))
        for record in result.records or ("-",):
            _label(QT_TRANSLATE_NOOP("cli", "SPF record"), record)
        _label(QT_TRANSLATE_NOOP("cli", "Result"), result.headline.render())
        if result.tree is not None:
            _label(QT_TRANSLATE_NOOP("cli", "DNS lookups (worst case)"), f"{result.lookups} / 10")
            _label(
                QT_TRANSLATE_NOOP("cli", "Lookups that found nothing"),
                f"{result.void_lookups} / 2",
            )
        print_findings(result.findings)
        if any(f.code in _POINTS_TO_RECOMMENDATION for f in result.findings):
            _line()
            _line(NOTE_GENERATE.with_args(domain=result.domain).render())
        if result.tree is not None and result.tree.children:
            _line()
            _line(TREE_HEADING.render())

            def show(node: SpfNode, depth: int) -> None:
                # Counted as page 4's tree counts: "(1, ok)" said neither what the number
                # counted nor, in Japanese, what "ok" was.
                shown = TREE_NODE.with_args(
                    term=node.term or node.domain, count=node.cost, state=node.state
                )
                _line(f"  {'  ' * depth}{shown.render()}")
                for child in node.children:
                    show(child, depth + 1)

            show(result.tree, 0)
        print_breakdown(result.breakdown)
    return EXIT_CANNOT_CHECK if result.status == SpfStatus.TEMPERROR else EXIT_OK


def _run_eval(args: argparse.Namespace) -> int:
    from app.core.spf.evaluate import RESULT_TEXT, SpfResult, check_host, sender_identity

    # check_host is RFC 7208's function and answers "none" for a malformed domain; typed by a
    # person, full-width text (IME on) or a mistyped domain is bad input instead.
    sender = fold_width(args.sender).strip()
    helo = fold_width(args.helo).strip()
    bounce = not sender.strip("<> ")
    _check_sender_domain(sender_identity(sender, helo)[1], BAD_HELO if bounce else BAD_SENDER)
    client = make_client(args)
    result = check_host(args.ip, sender, helo, client=client, record=args.record)
    if args.json:
        print_json(result.to_dict())
    else:
        _label(QT_TRANSLATE_NOOP("cli", "Domain"), shown_domain(result.domain))
        _label(QT_TRANSLATE_NOOP("cli", "SPF record"), result.record or "-")
        _label(QT_TRANSLATE_NOOP("cli", "Result"), RESULT_TEXT[result.result].render())
        if result.mechanism:
            _label(QT_TRANSLATE_NOOP("cli", "Matched term"), result.mechanism)
        if result.explanation:
            _label(QT_TRANSLATE_NOOP("cli", "Explanation"), result.explanation)
        # The message is in the CLI's language; `detail` (English) stays for logs and JSON.
        if result.message is not None:
            _label(QT_TRANSLATE_NOOP("cli", "Detail"), result.message.render())
        elif result.detail:
            _label(QT_TRANSLATE_NOOP("cli", "Detail"), result.detail)
        _label(QT_TRANSLATE_NOOP("cli", "DNS lookups used"), f"{result.lookups} / 10")
    return EXIT_CANNOT_CHECK if result.result == SpfResult.TEMPERROR else EXIT_OK


def _run_generate(args: argparse.Namespace) -> int:
    from app.core.spf.generate import POLICY_EXPLANATIONS, GenerateRequest, generate_spf

    policy = None
    if args.policy is not None:
        policy = _POLICY_ALIASES.get(args.policy.strip().lower())
        if policy is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "spf", "The policy must be ~all or -all, not “{policy}”."
                ).with_args(policy=args.policy)
            )
    terms = (
        [f"ip4:{t}" if not t.startswith("ip4:") else t for t in args.ip4]
        + [f"ip6:{t}" if not t.startswith("ip6:") else t for t in args.ip6]
        + [f"include:{t}" if not t.startswith("include:") else t for t in args.include]
        + list(args.term)
    )
    client = make_client(args)
    request = GenerateRequest(
        domain=args.domain,
        provider=args.provider,
        server_name=args.server_name,
        outbound_ips=tuple(args.outbound_ip),
        extra_terms=tuple(terms),
        all_policy=policy,
        merge=not args.no_merge,
        merge_with=args.merge_with,
    )
    from app.core.i18n import current_language

    result = generate_spf(request, client, lang=current_language())
    if args.json:
        print_json(result.to_dict())
    else:
        if result.no_change_needed:
            _line(
                QT_TRANSLATE_NOOP(
                    "cli", "No change needed: the published record already does everything."
                ).render()
            )
        _label(QT_TRANSLATE_NOOP("cli", "Recommended record"), result.record)
        if len(result.strings) > 1:
            _label(QT_TRANSLATE_NOOP("cli", "As TXT strings"), result.zone_text)
        _label(
            QT_TRANSLATE_NOOP("cli", "Verified"),
            QT_TRANSLATE_NOOP("cli", "yes").render()
            if result.verified
            else QT_TRANSLATE_NOOP("cli", "no").render(),
        )
        for check in result.checks:
            mark = {True: "✔", False: "✖", None: "?"}[check.ok]
            _line(f"  {mark} {check.message.render()}")
        print_breakdown(result.breakdown)
        if result.notes:
            _line()
            for note in result.notes:
                _line(f"  - {note.message.render()}")
            if any(note.kind == "needs_server_name" for note in result.notes):
                _line(NOTE_SERVER_NAME.render())
        _line()
        reason = result.policy_reason
        if reason is not None:
            _line(reason.render())
        _line(POLICY_EXPLANATIONS[result.all_policy].render())
    unknown = any(n.kind == "existing_unknown" for n in result.notes)
    return EXIT_CANNOT_CHECK if unknown else EXIT_OK
