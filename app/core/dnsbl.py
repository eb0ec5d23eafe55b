"""The blacklist check: every target on every list that fits it, with health probes, in parallel.

How a result's status is decided (docs/blacklist.md has the full table):

1. An IPv6 address on a list without IPv6 support: `unsupported` (nothing is sent).
2. The list's query failed (timeout, SERVFAIL, REFUSED, a network error, cancelled):
   `not_tested` with that reason. A failed query is never `not_listed`.
3. The answer holds an address outside 127.0.0.0/8: the DNS server rewrites answers (an ISP's
   search page, a filtering DNS): `not_tested` / `bad_answer`.
4. The answer is one of the list's error codes (Spamhaus 127.255.255.254, URIBL 127.0.0.1):
   `not_tested` with the code's reason (`resolver_blocked`, `rate_limited`, `config_error`).
5. The list failed its health probes in this run (RFC 5782: it must list 127.0.0.2 / TEST and
   must not list 127.0.0.1 / INVALID; IPv6 lists ::FFFF:7F00:2 / ::FFFF:7F00:1): none of its
   answers count: `not_tested` / `list_unhealthy` (or the error reason its probes got).
   Probes and answers must come from one server: `check()` sends a whole run to one server
   (the first of several system servers that answers), and an answer from a server that did
   not answer the probes is `not_tested` / `list_unhealthy` too.
6. NXDOMAIN or no A record: `not_listed`.
7. Otherwise every A record is decoded (exact codes, or the bits of the last octet): `listed`
   when any code has severity "listed", else `policy` (Spamhaus PBL, UCEPROTECT 2/3, with the
   severity kept in `severity`). A code the list does not document counts as listed, or as
   `bad_answer` for lists that say so (SpamRATS).

All queries of a run (probes, A and TXT of every target on every list) go out at once through
`DnsClient.query_many`, bounded by its `max_parallel`; TXT records (the list's reason text)
are asked in the same round so that a listing costs no extra round trip, but a reason is only
waited for while its A query may still find a listing (`wanted_if`): a target that is not
listed is not held up by its reason's answer, nor by a reason query that times out. IPs are
only ever sent to IP lists and domains only to domain lists.
"""

from __future__ import annotations

import functools
import ipaddress
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.core.dns_client import DnsClient, DnsResult, DnsStatus
from app.core.dnsbl_lists import (
    IPV6_PROBE_CLEAN,
    IPV6_PROBE_LISTED,
    CodeMeaning,
    DnsblList,
    ListKind,
    LocalText,
    Severity,
    apply_dqs,
)
from app.core.dnsbl_targets import Target, TargetKind, merge_targets
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.logsetup import register_secret
from app.core.normalize import JST

# Enough for 2-4 addresses and a domain on the default lists in one round, and below the
# 150 concurrent queries a home router's dnsmasq forwards by default.
DEFAULT_MAX_PARALLEL = 128


class Status(StrEnum):
    """The one status every result has."""

    LISTED = "listed"
    NOT_LISTED = "not_listed"
    POLICY = "policy"
    NOT_TESTED = "not_tested"
    UNSUPPORTED = "unsupported"

    @property
    def label(self) -> Msg:
        """A short label ("listed", "not listed", ...)."""
        return STATUS_LABELS[self]


class Reason(StrEnum):
    """Why a result is `not_tested`."""

    TIMEOUT = "timeout"
    SERVFAIL = "servfail"
    REFUSED = "refused"
    RESOLVER_BLOCKED = "resolver_blocked"
    RATE_LIMITED = "rate_limited"
    LIST_UNHEALTHY = "list_unhealthy"
    BAD_ANSWER = "bad_answer"
    CONFIG_ERROR = "config_error"
    NETWORK_ERROR = "network_error"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Msg:
        """A short label ("timeout", "DNS server blocked", ...)."""
        return REASON_LABELS[self]

    @property
    def explanation(self) -> Msg:
        """What happened and what the owner can do, in plain language."""
        return REASON_EXPLANATIONS[self]


STATUS_LABELS: dict[Status, Msg] = {
    Status.LISTED: QT_TRANSLATE_NOOP("dnsbl", "listed"),
    Status.NOT_LISTED: QT_TRANSLATE_NOOP("dnsbl", "not listed"),
    Status.POLICY: QT_TRANSLATE_NOOP("dnsbl", "policy listing"),
    Status.NOT_TESTED: QT_TRANSLATE_NOOP("dnsbl", "not tested"),
    Status.UNSUPPORTED: QT_TRANSLATE_NOOP("dnsbl", "not supported"),
}

REASON_LABELS: dict[Reason, Msg] = {
    Reason.TIMEOUT: QT_TRANSLATE_NOOP("dnsbl", "no answer in time"),
    Reason.SERVFAIL: QT_TRANSLATE_NOOP("dnsbl", "DNS server failure"),
    Reason.REFUSED: QT_TRANSLATE_NOOP("dnsbl", "refused by the DNS server"),
    Reason.RESOLVER_BLOCKED: QT_TRANSLATE_NOOP("dnsbl", "your DNS server is blocked"),
    Reason.RATE_LIMITED: QT_TRANSLATE_NOOP("dnsbl", "too many queries"),
    Reason.LIST_UNHEALTHY: QT_TRANSLATE_NOOP("dnsbl", "the list failed its self-test"),
    Reason.BAD_ANSWER: QT_TRANSLATE_NOOP("dnsbl", "unusable answer"),
    Reason.CONFIG_ERROR: QT_TRANSLATE_NOOP("dnsbl", "configuration error"),
    Reason.NETWORK_ERROR: QT_TRANSLATE_NOOP("dnsbl", "network error"),
    Reason.CANCELLED: QT_TRANSLATE_NOOP("dnsbl", "cancelled"),
}

REASON_EXPLANATIONS: dict[Reason, Msg] = {
    Reason.TIMEOUT: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The DNS server did not answer in time, so this list could not be checked. This says "
        "nothing about a listing. Check again later, or try another DNS server in Settings.",
    ),
    Reason.SERVFAIL: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The DNS server reported a failure (SERVFAIL) for this list, so it could not be "
        "checked. The list may be down, or it may not answer your DNS server.",
    ),
    Reason.REFUSED: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The DNS server refused the query (REFUSED), so this list could not be checked. "
        "Choose another DNS server in Settings.",
    ),
    Reason.RESOLVER_BLOCKED: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The list refuses to answer the DNS server you use: public DNS services (such as "
        "8.8.8.8 or 1.1.1.1) and many cloud networks are blocked. Nothing is known about a "
        "listing. Ways out: choose your company's or internet provider's DNS server in "
        "Settings, or, for Spamhaus, enter a free Spamhaus DQS key in Settings.",
    ),
    Reason.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The list refused to answer because your DNS server sends it too many queries (it is "
        "shared by many users). Choose another DNS server in Settings, or use a free Spamhaus "
        "DQS key for Spamhaus.",
    ),
    Reason.LIST_UNHEALTHY: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The list did not pass its self-test in this run (its test queries did not get the "
        "answers every working list gives), so none of its answers can be used. The list may "
        "not be reachable through your DNS server, it may have shut down, or your DNS server "
        "may answer in its place. Another DNS server may help.",
    ),
    Reason.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The answer could not be used (for example an address outside 127.0.0.0/8, which "
        "means your DNS server replaces “not found” answers with its own). Choose another DNS "
        "server in Settings.",
    ),
    Reason.CONFIG_ERROR: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The list answered that the query was not valid for it (for Spamhaus DQS: the key was "
        "not accepted). Check the Spamhaus DQS key in Settings.",
    ),
    Reason.NETWORK_ERROR: QT_TRANSLATE_NOOP(
        "dnsbl",
        "The DNS server could not be reached (a network error), so this list could not be "
        "checked. Check the network connection and the DNS server in Settings.",
    ),
    Reason.CANCELLED: QT_TRANSLATE_NOOP(
        "dnsbl", "The check was cancelled before this list answered."
    ),
}

UNDOCUMENTED_CODE = QT_TRANSLATE_NOOP(
    "dnsbl", "Listed with code {code}, which this list does not document."
)
UNDOCUMENTED_BAD = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The list answered {code}, which it does not use for listings; it may be an error answer.",
)
OUTSIDE_LOOPBACK = QT_TRANSLATE_NOOP(
    "dnsbl",
    "Your DNS server answered {codes} (outside 127.0.0.0/8). It replaces “not found” answers "
    "with its own, so blacklist answers through it cannot be trusted.",
)
# The self-test's problems are the meaning column's words: plain, without the test names
# ("127.0.0.2", "test, dbltest.com"), which the details explain (dnsbl_guidance), and the
# same for every list, so that the CLI says one problem once for all the lists that share it.
PROBE_FAILED = QT_TRANSLATE_NOOP(
    "dnsbl", "The list did not pass its self-test: its test query failed ({status})."
)
PROBE_MISSING = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The list did not pass its self-test: it did not answer “listed” for the test query that "
    "is always listed. It may not be reachable through your DNS server, or it may have shut "
    "down.",
)
PROBE_WILDCARD = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The list did not pass its self-test: it answered “listed” even for the test query that "
    "is never listed, so it answers “listed” for everything (a list that has shut down, or "
    "your DNS server answering in its place). Its answers are ignored.",
)
PROBE_REWRITE = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The list did not pass its self-test: its test query was answered with {codes}, an "
    "address no blacklist answers with. Your DNS server replaces answers with its own.",
)
PROBE_ERROR_CODE = QT_TRANSLATE_NOOP(
    "dnsbl", "The list's test query for {probe} got the error answer {code}."
)
PROBE_SPLIT = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The list's test queries were answered by different DNS servers, so no server passed the "
    "whole self-test and the list's answers cannot be trusted. Check again, or choose one DNS "
    "server in Settings.",
)
PROBE_OTHER_SERVER = QT_TRANSLATE_NOOP(
    "dnsbl",
    "This answer came from a DNS server that did not answer the list's test queries in this "
    "run, so it cannot be trusted. Check again, or choose one DNS server in Settings.",
)
DQS_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "dnsbl",
    "Spamhaus DQS answered with a failure: the DQS key was probably not accepted (mistyped, "
    "expired, or not entitled to this list).",
)


def local(msg: Msg) -> LocalText:
    """A core message rendered in both languages, for results kept in cases and JSON."""
    return LocalText(ja=msg.render("ja"), en=msg.render("en"))


# -- query names -----------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def reverse_ip(address: str) -> str:
    """The DNSBL query label of an address: reversed octets (IPv4) or the 32 nibbles of the
    expanded address reversed (IPv6, RFC 5782 2.4). `::ffff:a.b.c.d` is queried as IPv4."""
    parsed = ipaddress.ip_address(address)
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
        parsed = parsed.ipv4_mapped
    if isinstance(parsed, ipaddress.IPv4Address):
        return ".".join(reversed(str(parsed).split(".")))
    return ".".join(reversed(parsed.exploded.replace(":", "")))


def _reverse_probe_v6(address: str) -> str:
    # The IPv6 probes are IPv4-mapped on purpose: they must be sent as 32 nibbles, not folded
    # to IPv4 like a user's ::ffff: input.
    return ".".join(reversed(ipaddress.IPv6Address(address).exploded.replace(":", "")))


def query_name(lst: DnsblList, target: Target) -> str:
    """The name asked for `target` on `lst` (lower case, no final dot)."""
    if target.kind is TargetKind.IP:
        return f"{reverse_ip(target.value)}.{lst.zone}".lower()
    return f"{target.value.rstrip('.')}.{lst.zone}".lower()


def _redact(text: str, lst: DnsblList) -> str:
    if lst.dqs_key:
        return text.replace(lst.dqs_key, "***")
    return text


# -- results ---------------------------------------------------------------------------------


class ProbeFailure(StrEnum):
    """What a list's failed self-test showed. Only OUTSIDE and WILDCARD are evidence that the
    DNS server answers by itself; the others fit a list that is down or unreachable as well,
    and page 2 must not name the DNS server as the cause for them."""

    QUERY_FAILED = "query_failed"  # a test query got no usable answer (timeout, SERVFAIL, ...)
    ERROR_CODE = "error_code"  # the list's own error answer (a blocked DNS server, ...)
    OUTSIDE = "outside"  # an address outside 127.0.0.0/8: the DNS server rewrites answers
    WILDCARD = "wildcard"  # the entry that is never listed was listed: "listed" for everything
    SPLIT = "split"  # the test queries were answered by different DNS servers
    MISSING = "missing"  # the entry that is always listed was not
    OTHER_SERVER = "other_server"  # the answer came from a server the probes did not vouch for


class Family(StrEnum):
    """Which health probes a list was checked with."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"
    DOMAIN = "domain"


@dataclass(frozen=True)
class ListHealth:
    """A list's health in one run for one family of targets. `healthy` is None when it could
    not be decided (cancelled). When unhealthy, `reason` is what its results are marked with
    and `problem` says why in plain language."""

    list_id: str
    list_name: str
    zone: str
    family: Family
    healthy: bool | None
    reason: Reason | None = None
    problem: LocalText | None = None
    detail: str = ""
    failure: ProbeFailure | None = None  # what the self-test showed, when it failed

    def to_dict(self, lang: str) -> dict[str, Any]:
        """JSON form (stable contract, docs/cli.md)."""
        return {
            "family": self.family.value,
            "healthy": self.healthy,
            "reason": self.reason.value if self.reason else None,
            "problem": self.problem.get(lang) if self.problem else None,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class CheckResult:
    """One target on one list."""

    list_id: str
    list_name: str
    zone: str  # the zone users see (never the DQS key)
    target: str
    target_kind: TargetKind
    status: Status
    reason: Reason | None = None
    codes: tuple[str, ...] = ()  # every A record of the answer
    meanings: tuple[CodeMeaning, ...] = ()
    severity: Severity | None = None
    txt: tuple[str, ...] = ()  # the list's reason text (TXT records), for listings
    ttl: int | None = None  # how long resolvers may keep showing this answer
    problem: LocalText | None = None  # why not tested / unsupported, in plain language
    detail: str = ""  # technical detail (English)
    query: str = ""  # the name asked (DQS key replaced by ***)
    unverified: bool = False
    delist_url: str = ""

    @property
    def is_listing(self) -> bool:
        """True for listed and policy results (something is in the list)."""
        return self.status in (Status.LISTED, Status.POLICY)

    def meaning(self, lang: str) -> str:
        """What the answer means, in `lang`: the codes' meanings, or why it was not tested."""
        if self.meanings:
            return " / ".join(dict.fromkeys(m.text.get(lang) for m in self.meanings))
        if self.problem is not None:
            return self.problem.get(lang)
        return ""

    def to_dict(self, lang: str) -> dict[str, Any]:
        """JSON form (stable contract: fields are added, never renamed or removed)."""
        return {
            "list": self.list_name,
            "list_id": self.list_id,
            "zone": self.zone,
            "status": self.status.value,
            "reason": self.reason.value if self.reason else None,
            "codes": list(self.codes),
            "meaning": self.meaning(lang),
            "severity": self.severity.value if self.severity else None,
            "delist_url": self.delist_url,
            "txt": list(self.txt),
            "ttl": self.ttl,
            "detail": self.detail,
            "query": self.query,
            "unverified": self.unverified,
        }


@dataclass(frozen=True)
class CheckProgress:
    """Sent to `on_progress` after every answer; `results`/`health` are filled when one list
    has all its answers (the page fills that list's rows at once)."""

    done: int
    total: int
    list_id: str = ""
    results: tuple[CheckResult, ...] = ()
    health: tuple[ListHealth, ...] = ()


@dataclass(frozen=True)
class BlacklistRun:
    """Everything one run found."""

    checked_at: datetime
    resolver: str
    targets: tuple[Target, ...]
    results: tuple[CheckResult, ...]
    health: tuple[ListHealth, ...]
    dqs: bool = False
    cancelled: bool = False
    query_count: int = 0
    answered_count: int = 0  # queries that got a definitive answer
    skipped_count: int = 0  # reason (TXT) queries of targets found not listed: not needed
    elapsed: float = 0.0
    timeout: float = 0.0
    rewriting: bool = False  # some answer was outside 127.0.0.0/8

    @property
    def complete(self) -> bool:
        """True when the run was not cancelled."""
        return not self.cancelled

    def results_for(self, target: Target | str) -> tuple[CheckResult, ...]:
        """The results of one target, in list order."""
        value = target.value if isinstance(target, Target) else target
        return tuple(r for r in self.results if r.target == value)

    def count(self, status: Status) -> int:
        """How many results have `status`."""
        return sum(1 for r in self.results if r.status is status)

    def reasons(self) -> set[Reason]:
        """Every not-tested reason seen in this run."""
        return {r.reason for r in self.results if r.reason is not None}

    @property
    def nothing_checked(self) -> bool:
        """True when not one list could check anything: every result is not tested (or not
        supported), with at least one not tested. Answers may have come back (a list failing
        its self-test still answers "not listed"), but none of them was used."""
        checked = (Status.LISTED, Status.NOT_LISTED, Status.POLICY)
        return any(r.status is Status.NOT_TESTED for r in self.results) and not any(
            r.status in checked for r in self.results
        )


# -- checking --------------------------------------------------------------------------------


@dataclass
class _ListPlan:
    lst: DnsblList
    probes: dict[Family, tuple[list[str], list[str]]] = field(default_factory=dict)
    targets: list[tuple[Target, str | None]] = field(default_factory=list)  # name or unsupported
    pending: int = 0
    done: bool = False


def _applies(lst: DnsblList, target: Target) -> bool:
    if lst.kind is ListKind.IP:
        return target.kind is TargetKind.IP
    return target.kind is TargetKind.DOMAIN


def _families(lst: DnsblList, targets: Iterable[Target]) -> list[Family]:
    wanted: list[Family] = []
    for target in targets:
        if not _applies(lst, target):
            continue
        if target.kind is TargetKind.DOMAIN:
            family = Family.DOMAIN
        elif target.is_ipv6:
            if not lst.ipv6:
                continue
            family = Family.IPV6
        else:
            family = Family.IPV4
        if family not in wanted:
            wanted.append(family)
    return wanted


def _probe_names(lst: DnsblList, family: Family) -> tuple[list[str], list[str]]:
    if family is Family.IPV6:
        listed = [f"{_reverse_probe_v6(IPV6_PROBE_LISTED)}.{lst.zone}"]
        clean = [f"{_reverse_probe_v6(IPV6_PROBE_CLEAN)}.{lst.zone}"]
    elif family is Family.IPV4:
        listed = [f"{reverse_ip(p)}.{lst.zone}" for p in lst.probe_listed]
        clean = [f"{reverse_ip(p)}.{lst.zone}" for p in lst.probe_clean]
    else:
        listed = [f"{p}.{lst.zone}" for p in lst.probe_listed]
        clean = [f"{p}.{lst.zone}" for p in lst.probe_clean]
    return [n.lower() for n in listed], [n.lower() for n in clean]


def _not_loopback(codes: Iterable[str]) -> list[str]:
    return [code for code in codes if not _is_loopback_v4(code)]


@functools.lru_cache(maxsize=1024)
def _is_loopback_v4(code: str) -> bool:
    # Cached: a run reads the same few codes (127.0.0.2, ...) dozens of times, twice each.
    try:
        return ":" not in code and ipaddress.ip_address(code).is_loopback
    except ValueError:
        return False


def _failure_reason(lst: DnsblList, result: DnsResult) -> Reason:
    status = result.status
    if status is DnsStatus.CANCELLED:
        return Reason.CANCELLED
    if status is DnsStatus.TIMEOUT:
        return Reason.TIMEOUT
    if status is DnsStatus.SERVFAIL:
        if lst.uses_dqs and lst.dqs_servfail_reason:
            return Reason(lst.dqs_servfail_reason)
        return Reason.SERVFAIL
    if status is DnsStatus.REFUSED:
        return Reason.REFUSED
    # DnsStatus.ERROR: an rcode other than the above, a malformed or looping answer (the server
    # answered, uselessly), or a network error / no server (nothing answered).
    if result.detail.startswith("invalid name"):
        return Reason.CONFIG_ERROR
    if result.detail.startswith(("CNAME", "unexpected")) or " answered " in result.detail:
        return Reason.BAD_ANSWER
    return Reason.NETWORK_ERROR


def _failure_problem(lst: DnsblList, reason: Reason) -> LocalText:
    if reason is Reason.CONFIG_ERROR and lst.uses_dqs:
        return local(DQS_NOT_ACCEPTED)
    return local(reason.explanation)


def evaluate_health(
    lst: DnsblList,
    family: Family,
    listed: list[DnsResult],
    clean: list[DnsResult],
) -> ListHealth:
    """Decide whether a list may be trusted in this run from its probe answers."""
    base: dict[str, Any] = {
        "list_id": lst.id,
        "list_name": lst.name,
        "zone": lst.display_zone,
        "family": family,
    }
    probes = listed + clean
    if any(r.status is DnsStatus.CANCELLED for r in probes):
        return ListHealth(**base, healthy=None, reason=Reason.CANCELLED)
    for result in probes:
        if not result.definitive:
            reason = _failure_reason(lst, result)
            problem = (
                local(DQS_NOT_ACCEPTED)
                if reason is Reason.CONFIG_ERROR
                else local(
                    # The reason in words: the status code ("timeout") was printed as
                    # such in the middle of the Japanese sentence. No probe name: the
                    # same words for every list let the CLI say them once for all.
                    PROBE_FAILED.with_args(status=reason.label)
                )
            )
            return ListHealth(
                **base,
                healthy=False,
                reason=Reason.LIST_UNHEALTHY if reason is not Reason.CONFIG_ERROR else reason,
                problem=problem,
                detail=_redact(result.detail, lst),
                failure=ProbeFailure.QUERY_FAILED,
            )
    for result in probes:
        if result.status is not DnsStatus.OK:
            continue
        shown = _redact(result.name, lst)
        for code in result.records:
            error = lst.error_for(code)
            if error is not None:
                text = local(PROBE_ERROR_CODE.with_args(probe=_probe_label(shown, lst), code=code))
                return ListHealth(
                    **base,
                    healthy=False,
                    reason=Reason(error.reason.value),
                    problem=LocalText(text.ja + error.text.ja, f"{text.en} {error.text.en}"),
                    detail=f"{shown} -> {code}",
                    failure=ProbeFailure.ERROR_CODE,
                )
        outside = _not_loopback(result.records)
        if outside:
            return ListHealth(
                **base,
                healthy=False,
                reason=Reason.LIST_UNHEALTHY,
                problem=local(PROBE_REWRITE.with_args(codes=", ".join(outside))),
                detail=f"{shown} -> {', '.join(result.records)}",
                failure=ProbeFailure.OUTSIDE,
            )
    for result in clean:
        if result.status is DnsStatus.OK and result.records:
            shown = _redact(result.name, lst)
            return ListHealth(
                **base,
                healthy=False,
                reason=Reason.LIST_UNHEALTHY,
                problem=local(PROBE_WILDCARD),
                detail=f"{shown} -> {', '.join(result.records)}",
                failure=ProbeFailure.WILDCARD,
            )
    servers = {r.server for r in probes}
    if len(servers) > 1:
        # Each server answered only part of the probes, so none of them passed all of them.
        return ListHealth(
            **base,
            healthy=False,
            reason=Reason.LIST_UNHEALTHY,
            problem=local(PROBE_SPLIT),
            detail="probes answered by " + ", ".join(sorted(servers)),
            failure=ProbeFailure.SPLIT,
        )
    if not any(r.status is DnsStatus.OK and r.records for r in listed):
        return ListHealth(
            **base,
            healthy=False,
            reason=Reason.LIST_UNHEALTHY,
            problem=local(PROBE_MISSING),
            detail="; ".join(f"{_redact(r.name, lst)} -> {r.status.value}" for r in listed),
            failure=ProbeFailure.MISSING,
        )
    return ListHealth(**base, healthy=True)


def _other_server(lst: DnsblList, family: Family, server: str) -> ListHealth:
    """The health a target's answer gets when it came from `server`, which did not answer
    the list's probes in this run."""
    return ListHealth(
        list_id=lst.id,
        list_name=lst.name,
        zone=lst.display_zone,
        family=family,
        healthy=False,
        reason=Reason.LIST_UNHEALTHY,
        problem=local(PROBE_OTHER_SERVER),
        detail=f"answer from {server or 'an unknown server'}, whose probes were not checked",
        failure=ProbeFailure.OTHER_SERVER,
    )


def _pin_client(
    client: DnsClient, first: tuple[str, str], cancel: threading.Event | None
) -> DnsClient:
    """`client` pinned to one server for a whole run: the first of its servers that answers
    `first` (one of the run's own queries). With one server (or none) `client` itself.

    Why: health probes vouch only for the server that answered them. A client with several
    system servers sends a retry to the next server, so a target's "not found" could come
    from a server that was never probed (a filtering DNS, a server that cannot reach the
    list) and be read as "not listed". Costs one query per run, plus one attempt's timeout
    for each server ahead of the first one that answers.
    """
    servers = client.servers
    if len(servers) < 2:
        return client
    for server in servers:
        probe = client.pinned(server, retries=0).query_many([first], cancel=cancel)[0]
        if probe.status is DnsStatus.CANCELLED:
            break
        if probe.status not in (DnsStatus.TIMEOUT, DnsStatus.ERROR):
            # It answered (even SERVFAIL or REFUSED: the run then reports that).
            return client.pinned(server)
    return client.pinned(servers[0])


def _probe_label(name: str, lst: DnsblList) -> str:
    """The probe as people know it ("127.0.0.2", "TEST") from the query name."""
    zone = _redact(lst.zone, lst)
    label = name[: -len(zone) - 1] if name.endswith("." + zone) else name
    parts = label.split(".")
    if len(parts) == 4 and all(p.isdigit() for p in parts):
        return ".".join(reversed(parts))
    if len(parts) == 32:
        return str(ipaddress.IPv6Address(int("".join(reversed(parts)), 16)))
    return label


def evaluate_target(
    lst: DnsblList,
    target: Target,
    name: str | None,
    a_result: DnsResult | None,
    txt_result: DnsResult | None,
    health: ListHealth | None,
) -> CheckResult:
    """Decide one target's status on one list (the rules in the module docstring)."""
    common: dict[str, Any] = {
        "list_id": lst.id,
        "list_name": lst.name,
        "zone": lst.display_zone,
        "target": target.value,
        "target_kind": target.kind,
        "unverified": lst.unverified,
        "delist_url": lst.delist_url,
        "query": _redact(name or "", lst),
    }
    if name is None or a_result is None:
        return CheckResult(
            **common,
            status=Status.UNSUPPORTED,
            problem=local(NO_IPV6.with_args(list=lst.name)),
        )
    detail = _redact(a_result.detail, lst)
    if not a_result.definitive:
        reason = _failure_reason(lst, a_result)
        return CheckResult(
            **common,
            status=Status.NOT_TESTED,
            reason=reason,
            problem=_failure_problem(lst, reason),
            detail=detail,
        )
    codes = a_result.records if a_result.status is DnsStatus.OK else ()
    ttl = a_result.ttl
    txt: tuple[str, ...] = ()
    if codes and txt_result is not None and txt_result.status is DnsStatus.OK:
        txt = tuple(_redact(t, lst) for t in txt_result.texts)
    outside = _not_loopback(codes)
    if outside:
        return CheckResult(
            **common,
            status=Status.NOT_TESTED,
            reason=Reason.BAD_ANSWER,
            codes=codes,
            problem=local(OUTSIDE_LOOPBACK.with_args(codes=", ".join(outside))),
            detail=f"answer outside 127.0.0.0/8: {', '.join(codes)}",
            ttl=ttl,
        )
    for code in codes:
        error = lst.error_for(code)
        if error is not None:
            return CheckResult(
                **common,
                status=Status.NOT_TESTED,
                reason=Reason(error.reason.value),
                codes=codes,
                txt=txt,
                ttl=ttl,
                problem=error.text,
                detail=f"error answer {code}",
            )
    if health is None or health.healthy is not True:
        reason = Reason.CANCELLED
        problem = local(Reason.CANCELLED.explanation)
        if health is not None and health.healthy is False:
            reason = health.reason or Reason.LIST_UNHEALTHY
            problem = health.problem or local(reason.explanation)
        return CheckResult(
            **common,
            status=Status.NOT_TESTED,
            reason=reason,
            codes=codes,
            ttl=ttl,
            problem=problem,
            detail=health.detail if health is not None else "",
        )
    if not codes:
        return CheckResult(**common, status=Status.NOT_LISTED, ttl=ttl)
    meanings: list[CodeMeaning] = []
    for code in codes:
        found = lst.meanings_for(code)
        if found:
            meanings.extend(found)
            continue
        if not lst.unknown_is_listed:
            return CheckResult(
                **common,
                status=Status.NOT_TESTED,
                reason=Reason.BAD_ANSWER,
                codes=codes,
                txt=txt,
                ttl=ttl,
                problem=local(UNDOCUMENTED_BAD.with_args(code=code)),
                detail=f"undocumented answer {code}",
            )
        text = (
            lst.default_meaning.format(code=code)
            if lst.default_meaning.ja or lst.default_meaning.en
            else local(UNDOCUMENTED_CODE.with_args(code=code))
        )
        severity = Severity.INFORMATIONAL if lst.informational else Severity.LISTED
        meanings.append(CodeMeaning(code, severity, text))
    severities = {m.severity for m in meanings}
    if Severity.LISTED in severities:
        status, severity = Status.LISTED, Severity.LISTED
    elif Severity.POLICY in severities:
        status, severity = Status.POLICY, Severity.POLICY
    else:
        status, severity = Status.POLICY, Severity.INFORMATIONAL
    return CheckResult(
        **common,
        status=status,
        codes=codes,
        meanings=tuple(meanings),
        severity=severity,
        txt=txt,
        ttl=ttl,
    )


NO_IPV6 = QT_TRANSLATE_NOOP(
    "dnsbl",
    "{list} does not check IPv6 addresses, so this address cannot be checked on it.",
)


def check(
    targets: Iterable[Target],
    lists: Iterable[DnsblList],
    client: DnsClient,
    *,
    dqs_key: str | None = None,
    cancel: threading.Event | None = None,
    on_progress: Callable[[CheckProgress], None] | None = None,
    now: datetime | None = None,
) -> BlacklistRun:
    """Check every target on every list that fits it; never raises for DNS trouble.

    `dqs_key` switches Spamhaus' lists to the Data Query Service (the key is registered with
    the log filter and never appears in results). `cancel` stops the run within about 20 ms:
    unfinished results are `not_tested` / `cancelled` and the run is marked cancelled.
    `on_progress` is called in the calling thread after every answer (see `CheckProgress`).
    """
    started = time.monotonic()
    checked_at = (now or datetime.now(JST)).astimezone(JST).replace(microsecond=0)
    if dqs_key:
        register_secret(dqs_key)
    active = apply_dqs(tuple(lists), dqs_key)
    # One target per address or domain, its origins combined: the same address typed and
    # found from an MX was checked twice, each of its results listed twice per copy.
    unique_targets = list(merge_targets(list(targets)))

    pairs: dict[tuple[str, str], int] = {}

    def need(name: str, rdtype: str) -> tuple[str, str]:
        key = (name.lower(), rdtype)
        pairs.setdefault(key, len(pairs))
        return key

    plans: list[_ListPlan] = []
    consumers: dict[tuple[str, str], list[_ListPlan]] = {}
    for lst in active:
        plan = _ListPlan(lst)
        keys: set[tuple[str, str]] = set()
        for family in _families(lst, unique_targets):
            listed, clean = _probe_names(lst, family)
            plan.probes[family] = (listed, clean)
            keys.update(need(n, "A") for n in listed + clean)
        for target in unique_targets:
            if not _applies(lst, target):
                continue
            if target.is_ipv6 and not lst.ipv6:
                plan.targets.append((target, None))
                continue
            name = query_name(lst, target)
            plan.targets.append((target, name))
            keys.add(need(name, "A"))
            keys.add(need(name, "TXT"))
        if not plan.targets:
            continue
        plan.pending = len(keys)
        for key in keys:
            consumers.setdefault(key, []).append(plan)
        plans.append(plan)

    answers: dict[tuple[str, str], DnsResult] = {}
    total = len(pairs)
    lock = threading.Lock()
    # Lists whose answers are all in are decided while the others' answers are still on
    # their way, not after the last one: the run then ends right after its last answer.
    decided: dict[str, tuple[tuple[CheckResult, ...], tuple[ListHealth, ...]]] = {}

    def evaluate(plan: _ListPlan) -> tuple[tuple[CheckResult, ...], tuple[ListHealth, ...]]:
        lst = plan.lst
        health: dict[Family, ListHealth] = {}
        probed_by: dict[Family, set[str]] = {}
        for family, (listed, clean) in plan.probes.items():
            probes = [answers[(n, "A")] for n in listed + clean]
            probed_by[family] = {r.server for r in probes}
            health[family] = evaluate_health(
                lst,
                family,
                [answers[(n, "A")] for n in listed],
                [answers[(n, "A")] for n in clean],
            )
        results = []
        for target, name in plan.targets:
            if name is None:
                results.append(evaluate_target(lst, target, None, None, None, None))
                continue
            family = (
                Family.DOMAIN
                if target.kind is TargetKind.DOMAIN
                else Family.IPV6
                if target.is_ipv6
                else Family.IPV4
            )
            a_result = answers.get((name, "A"))
            target_health = health.get(family)
            if (
                a_result is not None
                and a_result.definitive
                and target_health is not None
                and target_health.healthy is True
                and a_result.server not in probed_by.get(family, set())
            ):
                # The answer came from a server the list's probes never vouched for (a retry
                # that moved on to another server): it counts for nothing.
                target_health = _other_server(lst, family, a_result.server)
            results.append(
                evaluate_target(
                    lst,
                    target,
                    name,
                    a_result,
                    answers.get((name, "TXT")),
                    target_health,
                )
            )
        return tuple(results), tuple(health.values())

    def received(result: DnsResult) -> None:
        key = (result.name.lower(), result.rdtype)
        finished: list[_ListPlan] = []
        with lock:
            answers[key] = result
            for plan in consumers.get(key, []):
                plan.pending -= 1
                if plan.pending == 0 and not plan.done:
                    plan.done = True
                    finished.append(plan)
            done = len(answers)
        for plan in finished:
            decided[plan.lst.id] = evaluate(plan)
        if on_progress is None:
            return
        if not finished:
            on_progress(CheckProgress(done, total))
        for plan in finished:
            results, health = decided[plan.lst.id]
            on_progress(CheckProgress(done, total, plan.lst.id, results, health))

    ordered = sorted(pairs, key=pairs.__getitem__)
    if ordered:
        client = _pin_client(client, ordered[0], cancel)
    position = {key: index for index, key in enumerate(ordered)}
    # A listing's reason is only needed when its A query finds a record.
    wanted_if = {
        index: position[(name, "A")]
        for (name, rdtype), index in position.items()
        if rdtype == "TXT" and (name, "A") in position
    }
    raw = (
        client.query_many(ordered, cancel=cancel, on_result=received, wanted_if=wanted_if)
        if ordered
        else []
    )
    for key, result in zip(ordered, raw, strict=True):
        answers[key] = result  # cancelled queries are only known from here
    cancelled = any(r.status is DnsStatus.CANCELLED for r in raw)

    all_results: list[CheckResult] = []
    all_health: list[ListHealth] = []
    # A list decided during the run saw exactly these answers (its queries all reported).
    per_plan = {plan.lst.id: decided.get(plan.lst.id) or evaluate(plan) for plan in plans}
    for plan in plans:
        all_health.extend(per_plan[plan.lst.id][1])
    # Results grouped by target (in the order given), lists in definition order.
    for target in unique_targets:
        for plan in plans:
            all_results.extend(r for r in per_plan[plan.lst.id][0] if r.target == target.value)
    rewriting = any(
        r.rdtype == "A" and r.status is DnsStatus.OK and _not_loopback(r.records) for r in raw
    )
    return BlacklistRun(
        checked_at=checked_at,
        resolver=client.describe(),
        targets=tuple(unique_targets),
        results=tuple(all_results),
        health=tuple(all_health),
        dqs=any(lst.uses_dqs for lst in active),
        cancelled=cancelled,
        query_count=len(ordered),
        answered_count=sum(1 for r in raw if r.definitive),
        skipped_count=sum(1 for r in raw if r.status is DnsStatus.SKIPPED),
        elapsed=time.monotonic() - started,
        timeout=client.timeout,
        rewriting=rewriting,
    )


def resolver_label(described: str) -> Msg:
    """A run's resolver ("127.0.0.1:5353", "system (192.0.2.53)") as users read it."""
    from app.core.resolver import SYSTEM_LABEL, SYSTEM_LABEL_NONE

    if described.startswith("system (") and described.endswith(")"):
        inner = described[len("system (") : -1]
        return SYSTEM_LABEL_NONE if inner == "none" else SYSTEM_LABEL.with_args(servers=inner)
    return Msg("dns", "{text}").with_args(text=described)


def health_by_list(run: BlacklistRun) -> dict[str, list[ListHealth]]:
    """The run's health entries grouped by list id, in list order."""
    grouped: dict[str, list[ListHealth]] = {}
    for entry in run.health:
        grouped.setdefault(entry.list_id, []).append(entry)
    return grouped


def run_to_dict(run: BlacklistRun, lang: str) -> dict[str, Any]:
    """The CLI's JSON for a run (stable contract, docs/cli.md)."""
    from app.core.normalize import format_jst

    targets = []
    for target in run.targets:
        targets.append(
            {
                "target": target.value,
                "display": target.label,
                "kind": target.kind.value,
                "origins": [o.to_text() for o in target.origins],
                "results": [r.to_dict(lang) for r in run.results_for(target)],
            }
        )
    lists = []
    for list_id, entries in health_by_list(run).items():
        first_bad = next((e for e in entries if e.healthy is not True), None)
        healthy: bool | None = all(e.healthy is True for e in entries)
        if any(e.healthy is None for e in entries) and first_bad and first_bad.healthy is None:
            healthy = None
        lists.append(
            {
                "zone": entries[0].zone,
                "id": list_id,
                "name": entries[0].list_name,
                "healthy": healthy,
                "problem": (
                    first_bad.problem.get(lang) if first_bad and first_bad.problem else None
                ),
                "reason": first_bad.reason.value if first_bad and first_bad.reason else None,
                "families": [e.to_dict(lang) for e in entries],
            }
        )
    return {
        "targets": targets,
        "lists": lists,
        "resolver": run.resolver,
        "checked_at": run.checked_at.isoformat(),
        "checked_at_jst": format_jst(run.checked_at, with_seconds=True),
        "complete": run.complete,
        "cancelled": run.cancelled,
        "dqs": run.dqs,
        "timeout": run.timeout,
        "queries": run.query_count,
        "answered": run.answered_count,
        "not_needed": run.skipped_count,
        "elapsed": round(run.elapsed, 3),
        "resolver_rewrites_answers": run.rewriting,
        "summary": {status.value: run.count(status) for status in Status},
    }
