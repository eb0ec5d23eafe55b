"""SPF validation: fetch a domain's record, follow its includes, count lookups, explain problems.

`check_spf(domain, client)` answers "is this domain's SPF record correct, and if not, what
must change?" for a person who edits the record in a DNS panel:

* the result is `valid`, `none` (no record), `permerror` (the record is broken: receivers
  ignore it) or `temperror` (a DNS lookup failed: nothing is known for sure);
* `lookups` is the **worst case**: every term up to `all` counted, in the record and in
  every record it includes, as a receiver would count them if no earlier term matched.
  Receivers stop at the first match, so they may count fewer. Terms after `all` and a
  redirect= in a record with `all` are never evaluated and are not counted;
* `void_lookups` counts the a, mx and exists terms (without macros) whose name has no
  record at all;
* `tree` shows the include/redirect tree with each record and its own lookup count;
* `findings` holds every error and warning with a stable code (`app.core.spf.codes`).

Lookups are made level by level: the record, then everything the record points at (the
records of its includes and the names of its a/mx/exists terms) in one parallel
`query_many`, then everything those point at, and so on. A tree of depth d therefore takes
about (d + 1) round trips, however many includes each level has.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.core.dns_client import DnsClient, DnsResult, DnsStatus
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST, fold_width, normalize_domain
from app.core.spf.codes import (
    UNNEEDED_INCLUDES,
    Finding,
    Severity,
    error,
    group_findings,
    warning,
)
from app.core.spf.evaluate import MAX_LOOKUPS, MAX_MX_NAMES, MAX_VOID_LOOKUPS
from app.core.spf.lookups import LookupBreakdown, lookup_breakdown
from app.core.spf.record import (
    Problem,
    Term,
    is_spf_record,
    parse_record,
    parse_term,
)

MAX_STRING = 255
RECORD_SIZE_WARNING = 450  # RFC 7208 3.4: keep answers within 512 bytes of UDP
# Past these the tree is only there to explain an already broken record.
MAX_DEPTH = 10
FOLLOW_LIMIT = 30

_QUOTES = "\"'“”„‟＂＇‘’«»「」"


class SpfStatus(StrEnum):
    """What the validator concluded about the domain's SPF."""

    VALID = "valid"  # one record, valid syntax, within all limits
    NONE = "none"  # no SPF record
    PERMERROR = "permerror"  # broken: receivers treat it as an error for all mail
    TEMPERROR = "temperror"  # a lookup failed: could not be checked completely


# The headline when the domain itself does not exist: "there is no SPF record" is true but
# sent the owner to publish one for a name that is most likely mistyped.
DOMAIN_MISSING_TEXT = QT_TRANSLATE_NOOP(
    "spf", "The domain does not exist in DNS: check how it is spelled."
)

STATUS_TEXT: dict[SpfStatus, Msg] = {
    SpfStatus.VALID: QT_TRANSLATE_NOOP("spf", "The SPF record is valid."),
    SpfStatus.NONE: QT_TRANSLATE_NOOP("spf", "There is no SPF record."),
    SpfStatus.PERMERROR: QT_TRANSLATE_NOOP(
        "spf", "The SPF record is broken: receivers treat it as an error (permerror)."
    ),
    SpfStatus.TEMPERROR: QT_TRANSLATE_NOOP(
        "spf", "The SPF record could not be checked completely: a DNS lookup failed."
    ),
}


# An include tree's node status in words: page 4's tree and `spf check`'s text.
NODE_STATES: dict[str, Msg] = {
    "ok": QT_TRANSLATE_NOOP("spf", "✔ found"),
    "none": QT_TRANSLATE_NOOP("spf", "✖ no SPF record"),
    "permerror": QT_TRANSLATE_NOOP("spf", "✖ broken"),
    "temperror": QT_TRANSLATE_NOOP("spf", "？ no answer"),
    "loop": QT_TRANSLATE_NOOP("spf", "✖ loop"),
    "macro": QT_TRANSLATE_NOOP("spf", "depends on the message"),
    "not_followed": QT_TRANSLATE_NOOP("spf", "not followed"),
}
_UNKNOWN = Msg("spf", "{text}")


@dataclass(frozen=True)
class SpfNode:
    """One record of the include/redirect tree.

    `status`: "ok", "none" (no SPF record there), "permerror", "temperror" (lookup failed),
    "loop" (already being evaluated higher up), "macro" (the target depends on the message,
    so it cannot be looked up in advance) or "not_followed" (the tree is too large to
    follow further). `lookups` and `void_lookups` are this record's own counts.
    """

    domain: str
    via: str = "root"  # "root", "include" or "redirect"
    term: str = ""
    status: str = "ok"
    record: str | None = None
    lookups: int = 0
    void_lookups: int = 0
    children: tuple[SpfNode, ...] = ()

    def walk(self) -> list[SpfNode]:
        """This node and all nodes below it, depth first."""
        nodes = [self]
        for child in self.children:
            nodes.extend(child.walk())
        return nodes

    @property
    def cost(self) -> int:
        """The DNS lookups this record costs with everything under it, as page 4's include
        tree and the CLI show them: its own and its records' below, plus the include or
        redirect term itself (the domain's own row: the whole record's total)."""
        # A record's own count already includes its include terms: the children add only
        # their own records' lookups. The term itself counts on the child's row.
        below = sum(node.lookups for node in self.walk())
        return below if self.via == "root" else below + 1

    @property
    def state(self) -> Msg:
        """The node's status in words ("✔ found", "✖ no SPF record", ...)."""
        return NODE_STATES.get(self.status) or _UNKNOWN.with_args(text=self.status)

    @property
    def depth(self) -> int:
        """Levels below this node (0 for a record without include/redirect)."""
        return 1 + max((c.depth for c in self.children), default=-1)

    def to_dict(self) -> dict[str, Any]:
        """JSON form (stable contract)."""
        return {
            "domain": self.domain,
            "via": self.via,
            "term": self.term,
            "status": self.status,
            "record": self.record,
            "lookups": self.lookups,
            "void_lookups": self.void_lookups,
            "children": [c.to_dict() for c in self.children],
        }


@dataclass(frozen=True)
class SpfCheck:
    """The validator's report on one domain (see the module docstring)."""

    domain: str
    domain_ascii: str
    status: SpfStatus
    record: str | None = None
    records: tuple[str, ...] = ()
    strings: tuple[str, ...] = ()
    lookups: int = 0
    void_lookups: int = 0
    findings: tuple[Finding, ...] = ()
    tree: SpfNode | None = None
    ttl: int | None = None
    checked_at: datetime | None = None
    resolver: str = ""
    # TXT values that were meant as the SPF record but that receivers do not recognise
    # (quote marks typed into the value, full-width characters): status is `none`, yet the
    # owner did publish something, and the report and page 4 must show what.
    unrecognised: tuple[str, ...] = ()
    # The lookups by top-level term and, over the limit, how to get below it (None without
    # a record, and in checks saved by versions before it existed).
    breakdown: LookupBreakdown | None = None

    @property
    def domain_missing(self) -> bool:
        """True if the DNS answered that the domain itself does not exist (NXDOMAIN)."""
        return any(f.code == "domain_not_found" for f in self.findings)

    @property
    def headline(self) -> Msg:
        """The result in one sentence (`STATUS_TEXT`, or that the domain does not exist)."""
        return DOMAIN_MISSING_TEXT if self.domain_missing else STATUS_TEXT[self.status]

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Findings that break SPF."""
        return tuple(f for f in self.findings if f.severity == Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Findings that weaken SPF or risk breaking it."""
        return tuple(f for f in self.findings if f.severity == Severity.WARNING)

    @property
    def shown_findings(self) -> tuple[Finding, ...]:
        """The findings as page 4, the report and the CLI's text show them: names that do
        not exist grouped into one finding (`group_findings`)."""
        return group_findings(self.findings)

    def codes(self) -> set[str]:
        """The codes of all findings (for tests and quick checks)."""
        return {f.code for f in self.findings}

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON form for `spf check --json` (stable contract: add fields, never rename)."""
        return {
            "domain": self.domain_ascii,
            "domain_unicode": self.domain,
            "record": self.record,
            "records": list(self.records),
            "strings": list(self.strings),
            "result": self.status.value,
            "lookups": self.lookups,
            "lookups_counted": "worst case: every term before all, includes followed",
            "void_lookups": self.void_lookups,
            "errors": [f.to_dict(lang) for f in self.errors],
            "warnings": [f.to_dict(lang) for f in self.warnings],
            "tree": self.tree.to_dict() if self.tree is not None else None,
            "ttl": self.ttl,
            "checked_at": self.checked_at.isoformat() if self.checked_at else None,
            "resolver": self.resolver,
            "unrecognised": list(self.unrecognised),
            "lookup_breakdown": self.breakdown.to_dict(lang) if self.breakdown else None,
        }


@dataclass
class _Node:
    domain: str
    via: str
    term: str
    path: tuple[str, ...]
    own: bool
    status: str = "ok"
    record: str | None = None
    lookups: int = 0
    voids: int = 0
    depth: int = 0
    children: list[_Node] = field(default_factory=list)

    def freeze(self) -> SpfNode:
        return SpfNode(
            self.domain,
            self.via,
            self.term,
            self.status,
            self.record,
            self.lookups,
            self.voids,
            tuple(c.freeze() for c in self.children),
        )


@dataclass
class _Probe:
    node: _Node
    term: Term
    kind: str  # "a", "mx", "exists"
    target: str
    first: int = 0  # index of its first query in the round


def _target(term: Term, domain: str) -> str | None:
    """The name a term points at, or None if it contains a macro."""
    if term.has_macro or "%" in term.value:
        return None
    name = term.value or domain
    return name[:-1].lower() if name.endswith(".") else name.lower()


class _Analysis:
    def __init__(
        self,
        root: str,
        client: DnsClient,
        cancel: threading.Event | None,
        parallel: bool,
    ) -> None:
        self.root = root.lower()
        self.client = client
        self.cancel = cancel
        self.parallel = parallel
        self.findings: list[Finding] = []
        self.void_names: list[str] = []
        self.followed = 0

    # -- DNS -------------------------------------------------------------------------------

    def query(self, pairs: list[tuple[str, str]]) -> list[DnsResult]:
        if not pairs:
            return []
        if self.parallel:
            return self.client.query_many(pairs, cancel=self.cancel)
        results = []
        for pair in pairs:  # the sequential baseline of bench/spf.py
            results.append(self.client.query_many([pair], cancel=self.cancel)[0])
        return results

    def own(self, domain: str) -> bool:
        return domain == self.root or domain.endswith("." + self.root)

    def add(self, finding: Finding) -> None:
        if finding not in self.findings:
            self.findings.append(finding)

    def dns_failed(self, result: DnsResult, node: _Node) -> None:
        node.status = "temperror"
        self.add(
            error(
                "dns_error",
                domain=node.domain,
                in_include=not node.own,
                name=result.name,
                status=result.status.value,
            )
        )

    # -- the tree ---------------------------------------------------------------------------

    def run(self, root_record: str) -> _Node:
        root = _Node(self.root, "root", "", (self.root,), True, record=root_record)
        level = [root]
        while level:
            fetch: list[_Node] = []
            probes: list[_Probe] = []
            for node in level:
                self.read(node, fetch, probes)
            pairs = [(child.domain, "TXT") for child in fetch]
            for probe in probes:
                probe.first = len(pairs)
                if probe.kind == "a":
                    pairs += [(probe.target, "A"), (probe.target, "AAAA")]
                elif probe.kind == "mx":
                    pairs.append((probe.target, "MX"))
                else:
                    pairs.append((probe.target, "A"))
            results = self.query(pairs)
            level = []
            for child, result in zip(fetch, results, strict=False):
                if self.fetched(child, result):
                    level.append(child)
            for probe in probes:
                self.probed(probe, results[probe.first : probe.first + 2])
        return root

    def read(self, node: _Node, fetch: list[_Node], probes: list[_Probe]) -> None:
        """Parse a node's record: findings, lookup count, children and probes to look up."""
        assert node.record is not None
        parsed = parse_record(node.record)
        for problem in parsed.problems:
            node.status = "permerror"
            if problem.reason == Problem.NON_ASCII:
                self.add(
                    error(
                        "non_ascii",
                        term=problem.term,
                        domain=node.domain,
                        in_include=not node.own,
                        chars=_non_ascii(problem.term),
                    )
                )
            else:
                self.add(
                    error(
                        "syntax",
                        term=problem.term,
                        domain=node.domain,
                        in_include=not node.own,
                        reason=problem.reason.value,
                        start=problem.start,
                    )
                )
        all_term = parsed.all_term
        reached = True
        after_all: list[str] = []
        includes_seen: set[str] = set()
        for term in parsed.mechanisms:
            if not reached:
                after_all.append(term.text)
                continue
            if term.name == "all":
                reached = False
                if term.qualifier == "+":
                    self.add(
                        warning(
                            "all_pass", term=term.text, domain=node.domain, in_include=not node.own
                        )
                    )
                elif term.qualifier == "?" and node.own:
                    self.add(warning("all_neutral", term=term.text, domain=node.domain))
                continue
            if term.counts_lookup:
                node.lookups += 1
            target = _target(term, node.domain)
            if term.name == "include":
                if target is not None and node.own:
                    if target in includes_seen:
                        self.add(
                            warning(
                                "duplicate_include",
                                term=term.text,
                                domain=node.domain,
                                target=target,
                            )
                        )
                    if target in UNNEEDED_INCLUDES:
                        self.add(
                            warning(
                                "unneeded_include",
                                term=term.text,
                                domain=node.domain,
                                target=target,
                            )
                        )
                if target is not None:
                    includes_seen.add(target)
                self.follow(node, "include", term, target, fetch)
            elif term.name == "ptr":
                if node.own:
                    self.add(warning("ptr", term=term.text, domain=node.domain))
            elif term.name in ("a", "mx", "exists") and target is not None:
                probes.append(_Probe(node, term, term.name, target))
        if after_all and node.own:
            self.add(
                warning(
                    "terms_after_all",
                    term=after_all[0],
                    domain=node.domain,
                    terms=" ".join(after_all),
                )
            )
        redirect = parsed.redirect
        if redirect is not None:
            if all_term is not None:
                if node.own:
                    self.add(warning("redirect_ignored", term=redirect.text, domain=node.domain))
            else:
                node.lookups += 1
                self.follow(node, "redirect", redirect, _target(redirect, node.domain), fetch)
        elif all_term is None and node.via == "root" and parsed.ok:
            self.add(warning("no_all", domain=node.domain))

    def follow(
        self, node: _Node, via: str, term: Term, target: str | None, fetch: list[_Node]
    ) -> None:
        child = _Node(
            target or term.value,
            via,
            term.text,
            (*node.path, target or ""),
            self.own(target) if target else False,
            depth=node.depth + 1,
        )
        node.children.append(child)
        if target is None:
            child.status = "macro"
            return
        if target in node.path:
            child.status = "loop"
            self.add(
                error(
                    "loop",
                    term=term.text,
                    domain=node.domain,
                    in_include=not (node.own or self.own(target)),
                    target=target,
                    path=" → ".join((*node.path, target)),
                )
            )
            return
        if child.depth > MAX_DEPTH or self.followed >= FOLLOW_LIMIT:
            child.status = "not_followed"
            return
        self.followed += 1
        fetch.append(child)

    def fetched(self, child: _Node, result: DnsResult) -> bool:
        """Store a child's TXT answer; True if it has a record to read next."""
        if not result.definitive:
            self.dns_failed(result, child)
            return False
        records = [b"".join(parts) for parts in result.strings]
        found = [r for r in records if is_spf_record(r)]
        parent_own = len(child.path) < 3 or self.own(child.path[-2])
        if not found:
            child.status = "none"
            self.add(
                error(
                    "include_without_spf" if child.via == "include" else "redirect_without_spf",
                    term=child.term,
                    domain=child.path[-2],
                    in_include=not parent_own,
                    target=child.domain,
                )
            )
            return False
        if len(found) > 1:
            child.status = "permerror"
            self.add(
                error(
                    "multiple_records",
                    domain=child.domain,
                    in_include=not child.own,
                    count=len(found),
                )
            )
        child.record = found[0].decode("utf-8", errors="replace")
        return True

    def probed(self, probe: _Probe, results: list[DnsResult]) -> None:
        node = probe.node
        answers = results[:2] if probe.kind == "a" else results[:1]
        failed = next((r for r in answers if not r.definitive), None)
        if failed is not None:
            self.dns_failed(failed, node)
            return
        if all(r.status in (DnsStatus.NXDOMAIN, DnsStatus.NODATA) for r in answers):
            node.voids += 1
            self.void_names.append(probe.target)
            if node.own:
                self.add(
                    warning(
                        "void_lookup", term=probe.term.text, domain=node.domain, target=probe.target
                    )
                )
            return
        if probe.kind == "mx":
            hosts = [r for r in answers[0].records if r.split()[-1] != "."]
            if len(hosts) > MAX_MX_NAMES:
                self.add(
                    error(
                        "too_many_mx",
                        term=probe.term.text,
                        domain=node.domain,
                        in_include=not node.own,
                        count=len(hosts),
                    )
                )


def _non_ascii(text: str) -> str:
    chars = []
    for ch in text:
        if not ch.isascii() and ch not in chars:
            chars.append(ch)
    shown = []
    for ch in chars[:5]:
        if ch == "\u3000":
            shown.append("全角スペース (U+3000)")
        elif unicodedata.category(ch).startswith("C") or ch == "\ufffd":
            shown.append(f"U+{ord(ch):04X}")
        else:
            shown.append(ch)
    return "、".join(shown)


def _summarise(
    domain_unicode: str,
    domain_ascii: str,
    analysis: _Analysis,
    root: _Node | None,
    findings_before: list[Finding],
    **fields: Any,
) -> SpfCheck:
    findings = [*findings_before, *analysis.findings]
    lookups = voids = 0
    tree = None
    if root is not None:
        tree = root.freeze()
        lookups = sum(n.lookups for n in tree.walk())
        voids = sum(n.void_lookups for n in tree.walk())
        if lookups > MAX_LOOKUPS:
            findings.append(error("too_many_lookups", domain=domain_ascii, count=lookups))
        if voids > MAX_VOID_LOOKUPS:
            findings.append(
                error(
                    "too_many_void_lookups",
                    domain=domain_ascii,
                    count=voids,
                    names=", ".join(analysis.void_names),
                )
            )
    status = fields.pop("status", None)
    if status is None:
        codes = [f.code for f in findings if f.severity == Severity.ERROR]
        if any(c != "dns_error" for c in codes):
            status = SpfStatus.PERMERROR
        elif codes:
            status = SpfStatus.TEMPERROR
        else:
            status = SpfStatus.VALID
    findings.sort(key=lambda f: (f.severity != Severity.ERROR, f.in_include))
    breakdown = None
    record = fields.get("record")
    if tree is not None and record is not None:
        breakdown = lookup_breakdown(
            record, tree, lookups, domain_ascii, client=analysis.client, cancel=analysis.cancel
        )
    return SpfCheck(
        domain=domain_unicode,
        domain_ascii=domain_ascii,
        status=status,
        lookups=lookups,
        void_lookups=voids,
        findings=tuple(findings),
        tree=tree,
        checked_at=datetime.now(JST).replace(microsecond=0),
        resolver=analysis.client.describe(),
        breakdown=breakdown,
        **fields,
    )


def _near_miss(text: str, domain: str) -> Finding | None:
    """A TXT record meant as SPF that receivers do not recognise (quotes, full-width)."""
    stripped = text.strip()
    if stripped and stripped[0] in _QUOTES:
        inner = stripped.strip(_QUOTES).strip()
        if is_spf_record(fold_width(inner)):
            return warning("quoted_value", domain=domain, text=stripped[:60], quote=stripped[0])
    folded = fold_width(stripped)
    if "\u3000" in stripped and is_spf_record(folded):
        return warning("fullwidth_space", domain=domain)
    if not is_spf_record(stripped) and is_spf_record(folded):
        return error("non_ascii", domain=domain, chars=_non_ascii(stripped), term=stripped[:20])
    return None


def repair_unrecognised(text: str) -> str:
    """The SPF record a near-miss value was meant to be: surrounding quote marks removed,
    full-width characters and spaces folded to ASCII (see `SpfCheck.unrecognised`)."""
    return " ".join(fold_width(text.strip().strip(_QUOTES).strip()).split())


def _continues_spf(text: str) -> bool:
    """True if a TXT record looks like the second half of an SPF record."""
    first = text.strip().split(" ")[0] if text.strip() else ""
    if not first or is_spf_record(text):
        return False
    term, _problem = parse_term(first)
    return term is not None and (not term.is_modifier or term.name in ("redirect", "exp"))


def check_spf(
    domain: str,
    client: DnsClient,
    *,
    cancel: threading.Event | None = None,
    parallel: bool = True,
) -> SpfCheck:
    """Fetch and validate the SPF record of `domain` (a name as the user typed it; raises
    InputError if it is not a domain). DNS trouble never raises: it is a temperror with a
    `dns_error` finding. `parallel=False` sends one query at a time (for benchmarks).
    Names such as `_spf.example.jp` (include targets) are accepted."""
    name = normalize_domain(domain, service_labels=True)
    analysis = _Analysis(name.ascii, client, cancel, parallel)
    txt, spf99 = analysis.query([(name.ascii, "TXT"), (name.ascii, "SPF")])
    before: list[Finding] = []
    if not txt.definitive:
        before.append(error("dns_error", domain=name.ascii, name=txt.name, status=txt.status.value))
        return _summarise(
            name.unicode, name.ascii, analysis, None, before, status=SpfStatus.TEMPERROR
        )
    texts = [b"".join(parts) for parts in txt.strings]
    selected = [i for i, raw in enumerate(texts) if is_spf_record(raw)]
    decoded = [raw.decode("utf-8", errors="replace") for raw in texts]
    if not selected:
        unrecognised: list[str] = []
        for text in decoded:
            near = _near_miss(text, name.ascii)
            if near is not None:
                before.append(near)
                unrecognised.append(text)
        spf_type = [b"".join(p) for p in spf99.strings] if spf99.status == DnsStatus.OK else []
        if any(is_spf_record(r) for r in spf_type):
            before.append(warning("spf_rr_type_only", domain=name.ascii))
        # "No TXT record starts with v=spf1" would contradict the finding that explains why
        # the published one is not read; the status (none) says the rest.
        if txt.status == DnsStatus.NXDOMAIN:
            # Not "publish a record": a mistyped domain (exampel.co.jp passes every spelling
            # check) must be corrected first; there is nothing to publish on it.
            before.append(warning("domain_not_found", domain=name.ascii))
        elif not unrecognised:
            before.append(warning("no_record", domain=name.ascii))
        return _summarise(
            name.unicode,
            name.ascii,
            analysis,
            None,
            before,
            status=SpfStatus.NONE,
            ttl=txt.ttl,
            unrecognised=tuple(unrecognised),
        )
    records = tuple(decoded[i] for i in selected)
    if len(records) > 1:
        before.append(error("multiple_records", domain=name.ascii, count=len(records)))
    first = selected[0]
    strings = txt.strings[first]
    record = records[0]
    before += _string_findings(record, strings, name.ascii)
    for i, text in enumerate(decoded):
        if i not in selected and _continues_spf(text):
            before.append(warning("split_across_records", domain=name.ascii, text=text[:40]))
    if "\u3000" in record:
        before.append(warning("fullwidth_space", domain=name.ascii))
    if any(ch in _QUOTES for ch in record):
        quote = next(ch for ch in record if ch in _QUOTES)
        before.append(warning("quoted_value", domain=name.ascii, text=record[:60], quote=quote))
    root = analysis.run(record)
    _mark_string_joins(analysis, record, strings)
    return _summarise(
        name.unicode,
        name.ascii,
        analysis,
        root,
        before,
        record=record,
        records=records,
        strings=tuple(p.decode("utf-8", errors="replace") for p in strings),
        ttl=txt.ttl,
    )


def _string_findings(record: str, strings: tuple[bytes, ...], domain: str) -> list[Finding]:
    found = []
    for part in strings:
        if len(part) > MAX_STRING:
            found.append(warning("string_too_long", domain=domain, length=len(part)))
    size = len(record.encode("utf-8"))
    if size > RECORD_SIZE_WARNING:
        found.append(warning("record_too_long", domain=domain, length=size))
    return found


def _mark_string_joins(analysis: _Analysis, record: str, strings: tuple[bytes, ...]) -> None:
    """Re-explain syntax errors in a term that spans two strings: the strings were joined
    without a space (RFC 7208 3.3), which is the real mistake to fix."""
    if len(strings) < 2:
        return
    boundaries = []
    offset = 0
    for part in strings[:-1]:
        offset += len(part.decode("utf-8", errors="replace"))
        boundaries.append(offset)
    for index, finding in enumerate(analysis.findings):
        if finding.code != "syntax" or finding.in_include or finding.domain != analysis.root:
            continue
        start = int(finding.args.get("start", "-1"))
        end = start + len(finding.term)
        if any(start < b < end for b in boundaries):
            args = dict(finding.args, reason="string_join")
            analysis.findings[index] = Finding(
                finding.code, finding.severity, finding.term, finding.domain, False, args
            )


# One quoted string of zone-file text, after any whitespace. Possessive and unambiguous, so a
# paste that is not in zone-file form fails in linear time.
_QUOTED_STRING = re.compile(r'\s*+"((?:[^"\\]|\\.)*+)"')
_ESCAPE = re.compile(r"\\(.)")


def _zone_strings(text: str) -> list[str] | None:
    """The quoted strings of `text` if it is nothing but quoted strings and whitespace."""
    parts: list[str] = []
    position = 0
    while position < len(text):
        match = _QUOTED_STRING.match(text, position)
        if match is None:
            return None
        parts.append(_ESCAPE.sub(r"\1", match.group(1)))
        position = match.end()
    return parts or None


def record_strings(text: str) -> tuple[str, tuple[bytes, ...]]:
    """A record value as pasted: the zone-file form '"v=spf1 ..." "... ~all"' gives its
    strings (joined without a space, as DNS does); plain text is one string."""
    stripped = text.strip()
    parts = _zone_strings(stripped) if stripped.startswith('"') else None
    if parts is not None:
        return "".join(parts), tuple(part.encode("utf-8") for part in parts)
    return stripped, (stripped.encode("utf-8"),)


def analyse_record(
    record: str,
    domain: str,
    client: DnsClient,
    *,
    strings: tuple[str, ...] | None = None,
    cancel: threading.Event | None = None,
) -> SpfCheck:
    """Validate a record that is not published yet (the generator's candidate, or a value
    the user pasted) as if it were the SPF record of `domain`: syntax, string lengths,
    limits, includes and lookups, as `check_spf` does. Without `strings`, a value in
    zone-file form ('"..." "..."') is split into its strings; plain text is one string."""
    name = normalize_domain(domain)
    if strings is None:
        record, raw = record_strings(record)
    else:
        raw = tuple(part.encode("utf-8") for part in strings)
    analysis = _Analysis(name.ascii, client, cancel, True)
    before = _string_findings(record, raw, name.ascii)
    if not is_spf_record(record):
        near = _near_miss(record, name.ascii)
        before.append(
            near or error("syntax", term=record[:20], domain=name.ascii, reason="not_spf")
        )
        return _summarise(
            name.unicode,
            name.ascii,
            analysis,
            None,
            before,
            record=record,
            status=SpfStatus.PERMERROR,
        )
    root = analysis.run(record)
    _mark_string_joins(analysis, record, raw)
    return _summarise(
        name.unicode,
        name.ascii,
        analysis,
        root,
        before,
        record=record,
        records=(record,),
        strings=tuple(p.decode("utf-8", errors="replace") for p in raw),
    )
