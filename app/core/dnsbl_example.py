"""Realistic blacklist runs for the example case (screenshots, the report's example, tests).

The results are decided by the real rules (`evaluate_target`) from made-up answers, so their
texts are exactly what a real run would show. Addresses are from documentation ranges.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from app.core.dns_client import DnsResult, DnsStatus
from app.core.dnsbl import BlacklistRun, Family, ListHealth, evaluate_target, query_name
from app.core.dnsbl_history import BlacklistSection, BlacklistTargetRecord, run_record
from app.core.dnsbl_lists import ListKind, load_lists
from app.core.dnsbl_targets import Origin, OriginKind, Target, TargetKind
from app.core.normalize import JST

if TYPE_CHECKING:
    from app.core.case import Case

EXAMPLE_TARGETS = (
    Target("example.co.jp", TargetKind.DOMAIN, "example.co.jp", (Origin(OriginKind.DOMAIN),)),
    Target(
        "203.0.113.25",
        TargetKind.IP,
        "",
        (
            Origin(OriginKind.MX, "mail.example.co.jp"),
            Origin(OriginKind.SPF, "example.co.jp"),
            # The spam's bounces show the rental server itself sent it (as in the seed story).
            Origin(OriginKind.RECEIVED, "sv0000.xserver.jp"),
        ),
    ),
)

# list id -> answer for the IP (or the domain); absent = NXDOMAIN. "timeout" = no answer.
_FIRST: dict[str, object] = {
    "spamhaus-zen": ["127.0.0.3"],
    "barracuda": ["127.0.0.2"],
    "spamcop": ["127.0.0.2"],
    "mailspike": ["127.0.0.2"],
    "psbl": ["127.0.0.2"],
    "uceprotect-1": ["127.0.0.2"],
    "uceprotect-3": ["127.0.0.2"],
    "sem-black": "timeout",
    "spamhaus-dbl": ["127.0.1.102"],
}
_SECOND: dict[str, object] = {
    "spamhaus-zen": ["127.0.0.3"],
    "barracuda": ["127.0.0.2"],
    "uceprotect-1": ["127.0.0.2"],
    "uceprotect-3": ["127.0.0.2"],
    "spamhaus-dbl": ["127.0.1.102"],
}
_TXT = {
    "spamhaus-zen": "Listed by CSS, see https://check.spamhaus.org/query/ip/203.0.113.25",
    "spamhaus-dbl": "https://check.spamhaus.org/query/domain/example.co.jp",
    "spamcop": "Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.25",
}


def _run(answers: dict[str, object], at: datetime) -> BlacklistRun:
    results = []
    health = []
    lists = load_lists()
    for target in EXAMPLE_TARGETS:
        for lst in lists:
            wanted = ListKind.IP if target.kind is TargetKind.IP else ListKind.DOMAIN
            if lst.kind is not wanted:
                continue
            name = query_name(lst, target)
            answer = answers.get(lst.id)
            if answer == "timeout":
                a = DnsResult(name, "A", DnsStatus.TIMEOUT, detail="no answer within 3 s")
            elif isinstance(answer, list):
                a = DnsResult(name, "A", DnsStatus.OK, records=tuple(answer), ttl=900)
            else:
                a = DnsResult(name, "A", DnsStatus.NXDOMAIN, ttl=300)
            text = _TXT.get(lst.id)
            txt = (
                DnsResult(name, "TXT", DnsStatus.OK, strings=((text.encode(),),))
                if text and isinstance(answer, list)
                else None
            )
            family = Family.IPV4 if target.kind is TargetKind.IP else Family.DOMAIN
            entry = ListHealth(lst.id, lst.name, lst.display_zone, family, healthy=True)
            health.append(entry)
            results.append(evaluate_target(lst, target, name, a, txt, entry))
    return BlacklistRun(
        checked_at=at,
        resolver="system (192.0.2.53)",
        targets=EXAMPLE_TARGETS,
        results=tuple(results),
        health=tuple(health),
        query_count=len(results) * 2,
        answered_count=len(results) * 2,
        timeout=3.0,
    )


def example_blacklist_section() -> BlacklistSection:
    """Two runs a day apart: SpamCop, PSBL and Mailspike have let go, the rest still list."""
    first = _run(_FIRST, datetime(2026, 11, 17, 9, 15, tzinfo=JST))
    second = _run(_SECOND, datetime(2026, 11, 18, 17, 20, tzinfo=JST))
    return BlacklistSection(
        targets=[BlacklistTargetRecord.from_target(t) for t in EXAMPLE_TARGETS],
        runs=[run_record(first), run_record(second)],
    )


def add_example_request(case: Case) -> None:
    """The owner's version of the Barracuda request (the company's name in English and a
    sentence added), copied for the form shortly before the request of 11/17 10:00 in the
    timeline."""
    from app.core.dnsbl_guidance import request_text
    from app.core.dnsbl_lists import list_by_id

    section = case.blacklist
    latest = section.latest()
    assert latest is not None
    record = next(r for r in latest.results if r.list_id == "barracuda")
    generated = request_text(case, record, list_by_id(load_lists(), record.list_id))
    # The company's name in English, as the list's staff read it, and a sentence of their own.
    edited = generated.replace(case.organisation.company, "Yamada Shoten Co., Ltd.").replace(
        "Thank you for your help.",
        "A security company is helping us with the investigation.\n\nThank you for your help.",
    )
    section.edit_request(
        record.list_id, record.target, edited, generated, datetime(2026, 11, 17, 9, 50, tzinfo=JST)
    )
    section.note_request_copied(
        record.list_id, record.target, datetime(2026, 11, 17, 9, 52, tzinfo=JST)
    )
