"""`mail-mamori blacklist TARGET...`: check IP addresses and domains on DNS blacklists.

A domain target is also looked up (its A/AAAA, its MX hosts' addresses, the single addresses
of its SPF record) and each address found is checked as its own target. The Spamhaus DQS key
is read from `MAIL_MAMORI_DQS_KEY` or the password store, never from the command line. Exit
codes: 0 the check ran (whatever it found), 2 bad input, 3 nothing could be checked (no DNS
server, or not a single answer came back).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Any

from app.commands.common import (
    EXIT_CANNOT_CHECK,
    EXIT_OK,
    add_json_option,
    add_resolver_options,
    print_json,
)
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg, current_language

BAD_TIMEOUT = QT_TRANSLATE_NOOP(
    "cli",
    "--timeout must be a number of seconds greater than 0 and at most {limit} (for example 3), "
    "not {value}.",
)
# As for spf/dmarc: longer is a typo (a huge value made an unanswered query wait for ever).
MAX_TIMEOUT = 60.0
BAD_TARGET = QT_TRANSLATE_NOOP("cli", "Target “{target}”: {problem}")
NOTHING_ANSWERED = QT_TRANSLATE_NOOP(
    "cli",
    "No DNS answer came back at all ({server}), so nothing could be checked. Check the network "
    "connection, or name another DNS server with --resolver.",
)

# Every query got an answer, but an error (SERVFAIL, REFUSED): "no answer came back" would
# send the user to check a network connection that works.
NOTHING_USABLE = QT_TRANSLATE_NOOP(
    "cli",
    "The DNS server ({server}) answered every query with an error (such as SERVFAIL or "
    "REFUSED), so nothing could be checked. Name another DNS server with --resolver.",
)

# Answers came back, but not one list's was usable (every list failed its self-test, or was
# rate-limited or blocked): the results above say why for each.
NOTHING_CHECKED = QT_TRANSLATE_NOOP(
    "cli",
    "Not one blacklist could be checked through the DNS server ({server}): the reasons are "
    "listed with the results. Nothing was checked. Name another DNS server with --resolver, "
    "or try again later.",
)

# A target is at most a 253-character domain; a longer one is a paste gone wrong and is not
# repeated whole on the terminal (the message that follows says what is wrong with it).
SHOWN_TARGET_CHARS = 80


def _shortened(text: str) -> str:
    if len(text) <= SHOWN_TARGET_CHARS:
        return text
    return text[: SHOWN_TARGET_CHARS - 1] + "…"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `blacklist` sub-command."""
    parser = sub.add_parser(
        "blacklist",
        help=QT_TRANSLATE_NOOP("cli", "check IP addresses and domains on DNS blacklists").render(),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Check IP addresses and domains on DNS blacklists. A domain is also looked up: the "
            "addresses of its mail servers (MX), its own addresses and the addresses in its "
            "SPF record are checked too. A Spamhaus DQS key is read from the environment "
            "variable MAIL_MAMORI_DQS_KEY or this computer's password manager.",
        ).render(),
    )
    parser.add_argument(
        "targets",
        nargs="+",
        metavar="TARGET",
        help=QT_TRANSLATE_NOOP("cli", "an IP address or a domain").render(),
    )
    add_resolver_options(parser)
    add_json_option(parser)
    parser.add_argument(
        "--lists",
        metavar="FILE",
        type=Path,
        help=QT_TRANSLATE_NOOP(
            "cli", "use another blacklist definition file (format: docs/blacklist.md)"
        ).render(),
    )
    parser.add_argument(
        "--no-lookup",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "check domains only as given, without looking up their addresses"
        ).render(),
    )
    # For tests and benchmarks: point every list at zones under this suffix.
    parser.add_argument("--zone-suffix", default="", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the check and print the results."""
    from app.core.dns_client import DnsClient
    from app.core.dnsbl import DEFAULT_MAX_PARALLEL, Reason, check, run_to_dict
    from app.core.dnsbl_lists import load_lists
    from app.core.dnsbl_targets import (
        OriginKind,
        TargetKind,
        lookup_targets,
        parse_targets,
        quotes,
    )
    from app.core.dqs_key import load_key
    from app.core.resolver import ResolverSpec

    if not (0 < args.timeout <= MAX_TIMEOUT):
        raise InputError(BAD_TIMEOUT.with_args(value=f"{args.timeout:g}", limit=f"{MAX_TIMEOUT:g}"))
    targets = []
    for text in args.targets:
        try:
            targets.extend(parse_targets(text))  # "203.0.113.25, 198.51.100.7" pasted as one
        except InputError as error:
            if quotes(error.message, text):
                raise
            raise InputError(
                BAD_TARGET.with_args(target=_shortened(text), problem=error.message)
            ) from None
    # `--resolver ""` (a script's unset variable) is bad input, not "the system's DNS servers".
    spec = ResolverSpec.parse(args.resolver) if args.resolver is not None else ResolverSpec()
    lists = load_lists(args.lists, zone_suffix=args.zone_suffix)
    key, key_source = load_key()
    client = DnsClient(spec, timeout=args.timeout, retries=1, max_parallel=DEFAULT_MAX_PARALLEL)
    client.require_servers()

    lookups = []
    all_targets = []
    for target in targets:
        all_targets.append(target)
        if target.kind is TargetKind.DOMAIN and not args.no_lookup:
            lookup = lookup_targets(target.value, client)
            lookups.append(lookup)
            all_targets.extend(t for t in lookup.targets if t.kind is TargetKind.IP)
    # check() makes one target of an address typed and also found from the domain's MX.
    run_result = check(all_targets, lists, client, dqs_key=key)

    lang = current_language()
    if args.json:
        data: dict[str, Any] = run_to_dict(run_result, lang)
        derived = {
            OriginKind.A.value,
            OriginKind.MX.value,
            OriginKind.SPF.value,
        }
        for entry, target in zip(data["targets"], run_result.targets, strict=True):
            sources = [
                lookup.domain
                for lookup in lookups
                if any(t.value == target.value for t in lookup.targets)
                and any(o.kind.value in derived for o in target.origins)
            ]
            entry["derived_from"] = sources[0] if sources else None
        data["lookups"] = [
            {
                "domain": lookup.domain,
                "addresses": [t.value for t in lookup.ip_targets],
                "problems": [p.render(lang) for p in lookup.problems],
                "notes": [n.render(lang) for n in lookup.notes],
                "exists": lookup.exists,
            }
            for lookup in lookups
        ]
        # `complete` covers the targets that were found; this says whether finding them
        # worked (a failed MX lookup leaves its addresses out, with no result to show for it).
        data["targets_complete"] = not any(lookup.problems for lookup in lookups)
        data["dqs_key_source"] = key_source.value
        print_json(data)
    else:
        sys.stdout.write(format_table(run_result, lookups, lang))
    if run_result.query_count and run_result.answered_count == 0:
        silent = {Reason.TIMEOUT, Reason.NETWORK_ERROR, Reason.CANCELLED}
        message = NOTHING_ANSWERED if run_result.reasons() & silent else NOTHING_USABLE
        sys.stderr.write(
            "mail-mamori: " + message.with_args(server=client.describe()).render() + "\n"
        )
        return EXIT_CANNOT_CHECK
    if run_result.nothing_checked:
        sys.stderr.write(
            "mail-mamori: " + NOTHING_CHECKED.with_args(server=client.describe()).render() + "\n"
        )
        return EXIT_CANNOT_CHECK
    return EXIT_OK


# -- the human-readable table ------------------------------------------------------------------

MARKS = {"listed": "×", "policy": "△", "not_listed": "○", "not_tested": "？", "unsupported": "－"}
# English text gets half-width marks and bullets: the full-width ？ － ・ are Japanese
# typography, and took two columns among the English words.
MARKS_EN = {**MARKS, "not_tested": "?", "unsupported": "-"}
BULLET = {"ja": "・", "en": "- "}


def _bullet(lang: str) -> str:
    return BULLET.get(lang, BULLET["ja"])


T_TITLE = QT_TRANSLATE_NOOP("cli-blacklist", "Blacklist check {when} (Japan time)")
T_RESOLVER = QT_TRANSLATE_NOOP("cli-blacklist", "DNS server: {server}")
T_DQS = QT_TRANSLATE_NOOP("cli-blacklist", "Spamhaus DQS key: in use")
T_TARGET_IP = QT_TRANSLATE_NOOP("cli-blacklist", "{target} (IP address{origins})")
T_TARGET_DOMAIN = QT_TRANSLATE_NOOP("cli-blacklist", "{target} (domain{origins})")
# Each place an address was found, after "IP address" (a Japanese list is joined with 、).
T_ORIGIN = QT_TRANSLATE_NOOP("cli-blacklist", ", {origin}")
T_HEAD_LIST = QT_TRANSLATE_NOOP("cli-blacklist", "List")
T_HEAD_RESULT = QT_TRANSLATE_NOOP("cli-blacklist", "Result")
T_HEAD_MEANING = QT_TRANSLATE_NOOP("cli-blacklist", "Meaning")
T_SUMMARY = QT_TRANSLATE_NOOP(
    "cli-blacklist",
    "Summary: listed {listed}, policy {policy}, not listed {not_listed}, not tested "
    "{not_tested}, not supported {unsupported}",
)
T_UNHEALTHY = QT_TRANSLATE_NOOP("cli-blacklist", "Lists whose answers were not used:")
# The lists one explanation above is about, under it.
T_LISTS = QT_TRANSLATE_NOOP("cli-blacklist", "Lists: {lists}")
T_SEPARATOR = QT_TRANSLATE_NOOP("cli-blacklist", ", ")
T_IPV6_LIST = QT_TRANSLATE_NOOP("cli-blacklist", "{list} (IPv6)")
T_UNHEALTHY_WAY = QT_TRANSLATE_NOOP(
    "cli-blacklist",
    "None of these lists' answers can be used (how each failed is shown above). Another DNS "
    "server may help.",
)
T_LOOKUP = QT_TRANSLATE_NOOP("cli-blacklist", "Looking up {domain}:")
T_INCOMPLETE = QT_TRANSLATE_NOOP(
    "cli-blacklist",
    "Not every address of {domains} could be looked up (see above), so addresses that should "
    "have been checked may be missing. Check again later, or name them as targets.",
)
T_NOT_FOUND = QT_TRANSLATE_NOOP(
    "cli-blacklist",
    "{domains} does not exist in DNS (see above): check the spelling of the domain.",
)
T_CANCELLED = QT_TRANSLATE_NOOP("cli-blacklist", "The check was cancelled; results are partial.")
T_DELIST = QT_TRANSLATE_NOOP("cli-blacklist", "removal: {url}")
T_UNVERIFIED = QT_TRANSLATE_NOOP("cli-blacklist", "(unverified list)")
T_REASONS = QT_TRANSLATE_NOOP("cli-blacklist", "Why some lists could not be checked:")
# The explanations are shared with the wizard and point to its Settings dialog.
T_SETTINGS = QT_TRANSLATE_NOOP(
    "cli-blacklist",
    "On the command line, “Settings” means --resolver HOST[:PORT] for another DNS server and "
    "the environment variable MAIL_MAMORI_DQS_KEY for a Spamhaus DQS key.",
)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _status_text(result: Any, lang: str) -> str:
    label = result.status.label.render(lang)
    if result.reason is not None:
        label += f" ({result.reason.label.render(lang)})"
    marks = MARKS_EN if lang == "en" else MARKS
    return f"{marks.get(result.status.value, '')} {label}"


def format_table(run: Any, lookups: list[Any], lang: str) -> str:
    """The run as a readable table (Japanese by default)."""
    from app.core.dnsbl import Reason, Status, health_by_list, resolver_label
    from app.core.dnsbl_targets import TargetKind
    from app.core.normalize import format_jst

    def r(msg: Msg) -> str:
        return msg.render(lang)

    out = [r(T_TITLE.with_args(when=format_jst(run.checked_at, with_seconds=True)))]
    out.append(r(T_RESOLVER.with_args(server=resolver_label(run.resolver))))
    if run.dqs:
        out.append(r(T_DQS))
    if run.cancelled:
        out.append(r(T_CANCELLED))
    for lookup in lookups:
        if lookup.problems or lookup.notes:
            out.append("")
            out.append(r(T_LOOKUP.with_args(domain=lookup.domain)))
            out.extend(f"  ⚠ {r(p)}" for p in lookup.problems)
            # A domain that does not exist is the one note that is a warning (likely a typo).
            bullet = f"  {_bullet(lang)}" if lookup.exists else "  ⚠ "
            out.extend(f"{bullet}{r(n)}" for n in lookup.notes)
    name_width = max([_width(r(T_HEAD_LIST))] + [_width(x.list_name) for x in run.results]) + 2
    status_width = (
        max([_width(r(T_HEAD_RESULT))] + [_width(_status_text(x, lang)) for x in run.results]) + 2
    )
    for target in run.targets:
        origins = "".join(
            r(T_ORIGIN.with_args(origin=o.describe()))
            for o in target.origins
            if o.kind.value != "entered"
        )
        template = T_TARGET_IP if target.kind is TargetKind.IP else T_TARGET_DOMAIN
        out.append("")
        out.append("■ " + r(template.with_args(target=target.label, origins=origins)))
        out.append(
            "  "
            + _pad(r(T_HEAD_LIST), name_width)
            + _pad(r(T_HEAD_RESULT), status_width)
            + r(T_HEAD_MEANING)
        )
        for result in run.results_for(target):
            # Not-tested rows keep to the short reason; the sections below explain them.
            shown = result.status.value in ("listed", "policy")
            meaning = result.meaning(lang) if shown else ""
            if result.unverified and result.is_listing:
                meaning = f"{meaning} {r(T_UNVERIFIED)}".strip()
            out.append(
                "  "
                + _pad(result.list_name, name_width)
                + _pad(_status_text(result, lang), status_width)
                + meaning
            )
            if result.is_listing and result.delist_url:
                out.append(
                    "  "
                    + " " * (name_width + status_width)
                    + r(T_DELIST.with_args(url=result.delist_url))
                )
    # Lists that failed for the same reason share one explanation: when every list failed
    # (a DNS server that cannot reach them), one sentence was printed 14-19 times.
    groups: dict[str, list[str]] = {}
    for entries in health_by_list(run).values():
        entry = next((e for e in entries if e.healthy is False), None)
        if entry is None:
            continue
        problem = entry.problem.get(lang) if entry.problem else ""
        name = entry.list_name
        if entry.family.value == "ipv6":
            name = r(T_IPV6_LIST.with_args(list=name))
        groups.setdefault(problem, []).append(name)
    if groups:
        out.append("")
        out.append(r(T_UNHEALTHY))
        for problem, names in groups.items():
            out.append(f"  ⚠ {problem}" if problem else "  ⚠")
            out.append("    " + r(T_LISTS.with_args(lists=r(T_SEPARATOR).join(names))))
    reasons = [reason for reason in Reason if reason in run.reasons()]
    if reasons:
        out.append("")
        out.append(r(T_REASONS))
        for reason in reasons:
            # The section above says how each list failed its self-test; here only what
            # that means and what to do, not the same story a third time.
            text = T_UNHEALTHY_WAY if reason is Reason.LIST_UNHEALTHY and groups else None
            explanation = r(text) if text else r(reason.explanation)
            out.append(f"  {_bullet(lang)}{r(reason.label)}: {explanation}")
        out.append(f"  {r(T_SETTINGS)}")
    out.append("")
    out.append(r(T_SUMMARY.with_args(**{s.value: run.count(s) for s in Status})))
    # The counts cover the addresses that were found; say so when finding them failed, so
    # that "not tested 0" does not read as a complete, clean check.
    incomplete = [lookup.domain for lookup in lookups if lookup.problems]
    if incomplete:
        out.append("⚠ " + r(T_INCOMPLETE.with_args(domains=", ".join(incomplete))))
    # "Not listed" for a name that does not exist must not be the last word.
    missing = [lookup.domain for lookup in lookups if not lookup.exists]
    if missing:
        out.append("⚠ " + r(T_NOT_FOUND.with_args(domains=", ".join(missing))))
    # No padding left at the ends of lines (rows without a meaning were padded for it).
    return "\n".join(line.rstrip() for line in out).rstrip() + "\n"
