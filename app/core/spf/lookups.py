"""Where an SPF record's DNS lookups go, and how to get back to 10 or fewer.

RFC 7208 4.6.4 allows 10 lookups (include, a, mx, ptr, exists, redirect), counting those
inside included records. "More than 10" alone leaves a non-technical owner stuck, so
`lookup_breakdown` splits the validator's own count (`SpfCheck.lookups`, the worst case of
`check._Analysis`) by the top-level terms of the record: an include costs itself plus
everything its record includes. The per-term costs are read from the same include tree the
validator built, so they always add up to the total shown elsewhere.

When the record is over the limit, the breakdown also carries suggestions derived from the
record, cheapest-to-act-on first: remove ptr and duplicate includes, write the domain's own
a/mx as the addresses they resolve to, ask whether each known service is still used, move a
newsletter service to a subdomain with its own record. Once the owner answered on page 4
(unticked a service), `LookupBreakdown.answered` says to remove it instead of asking. It never suggests replacing a
provider's include with that provider's addresses ("flattening"): providers change their
addresses without notice and the owner's mail would then fail; one suggestion says so.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from app.core.dns_client import DnsClient, DnsStatus
from app.core.i18n import QT_TRANSLATE_NOOP, DataText, Msg, current_language, mark_record_text
from app.core.providers import provider_by_id
from app.core.spf.codes import unneeded_reason
from app.core.spf.presets import all_presets, sending_services, service_terms
from app.core.spf.record import Term, parse_record

if TYPE_CHECKING:
    from app.core.spf.check import SpfNode

LIMIT = 10  # RFC 7208 4.6.4 (the same number as evaluate.MAX_LOOKUPS)

# What kind of thing a term stands for, in the owner's words (the breakdown's second column).
KIND_TEXT: dict[str, Msg] = {
    "include": QT_TRANSLATE_NOOP("spf", "another company's list of sending servers"),
    "own_a": QT_TRANSLATE_NOOP("spf", "the address of your own server ({target})"),
    "own_mx": QT_TRANSLATE_NOOP("spf", "your mail servers (MX) of {target}"),
    "a": QT_TRANSLATE_NOOP("spf", "the address of the server {target}"),
    "mx": QT_TRANSLATE_NOOP("spf", "the mail servers (MX) of {target}"),
    "ptr": QT_TRANSLATE_NOOP("spf", "reverse lookup (obsolete, should not be used)"),
    "exists": QT_TRANSLATE_NOOP("spf", "a special check (exists)"),
    "redirect": QT_TRANSLATE_NOOP("spf", "the record of {target}, used instead of this one"),
}

_SUGGESTIONS: dict[str, Msg] = {
    "need": QT_TRANSLATE_NOOP(
        "spf",
        "Your record needs {total} DNS lookups; at most 10 are allowed, so at least {over} "
        "must go. Work through the points below from the top; each says how many lookups it "
        "saves.",
    ),
    "ptr": QT_TRANSLATE_NOOP(
        "spf",
        "Remove “{term}” (lookups saved: {saves}): ptr is obsolete and receivers may ignore it. If a "
        "server needs it, list that server's IP address as ip4: instead.",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "spf", "Remove the second “{term}” (lookups saved: {saves}): it is written twice."
    ),
    "unneeded": QT_TRANSLATE_NOOP(
        "spf", "Remove “{term}” (lookups saved: {saves}): this service needs no SPF entry."
    ),
    "own_addresses": QT_TRANSLATE_NOOP(
        "spf",
        "Replace “{term}” with {addresses} (lookups saved: {saves}): these are the addresses it "
        "stands for today. If your server moves to another address, you must update the "
        "record yourself, or mail from the new address will fail.",
    ),
    "own_addresses_unknown": QT_TRANSLATE_NOOP(
        "spf",
        "Replace “{term}” with the IP addresses of your own server, written as ip4: (lookups "
        "saved: {saves}). If the server moves to another address, update the record.",
    ),
    "still_used": QT_TRANSLATE_NOOP(
        "spf",
        "Do you still send mail with {name}? If not, remove “{term}” (lookups saved: {saves}).",
    ),
    "still_used_unknown": QT_TRANSLATE_NOOP(
        "spf",
        "Do you know which service “{term}” is for, and is it still used? Ask the person "
        "who set up your mail. If it is not used any more, remove it (lookups saved: {saves}).",
    ),
    # The owner answered "still used?" by unticking the service's box on page 4.
    "not_used": QT_TRANSLATE_NOOP(
        "spf",
        "You said you no longer use {name}, so the recommended record leaves out “{term}”. "
        "Remove it from your published record as well (lookups saved: {saves}).",
    ),
    "not_used_unknown": QT_TRANSLATE_NOOP(
        "spf",
        "You said “{term}” is no longer used, so the recommended record leaves it out. "
        "Remove it from your published record as well (lookups saved: {saves}).",
    ),
    "subdomain": QT_TRANSLATE_NOOP(
        "spf",
        "{name} sends newsletters or bulk mail. If the service lets you send from a "
        "subdomain (for example news.{domain}), set that subdomain up with its own SPF "
        "record as the service explains, and remove “{term}” here (lookups saved: {saves}).",
    ),
    "no_flattening": QT_TRANSLATE_NOOP(
        "spf",
        "Do not replace a service's include with the IP addresses it lists today "
        "(“flattening”): services change their addresses without notice, and your mail "
        "from them would then fail SPF.",
    ),
}


_SUGGESTION_ORDER = (
    "need",
    "ptr",
    "duplicate",
    "unneeded",
    "not_used",
    "not_used_unknown",
    "own_addresses",
    "own_addresses_unknown",
    "still_used",
    "still_used_unknown",
    "subdomain",
    "no_flattening",
)


@dataclass(frozen=True)
class TermCost:
    """One top-level term and the DNS lookups it costs, nested includes included.

    `kind`: a key of KIND_TEXT; `service`: the id of a known service or provider whose
    include this is ("" if none); `complete` is False when part of the term's tree could not
    be read (no answer, loop, macro), so the cost may be higher."""

    term: str
    lookups: int
    kind: str
    target: str = ""
    service: str = ""
    complete: bool = True

    def what(self, lang: str | None = None) -> str:
        """What the term stands for, in the owner's words."""
        return self.what_text().render(lang)

    def what_text(self) -> Msg:
        """`what` as a message (the target marked as record text, see `Msg.pieces`)."""
        if self.kind == "service":
            return DataText(
                "data", service_name(self.service, "en"), ja=service_name(self.service, "ja")
            )
        return KIND_TEXT[self.kind].with_args(**mark_record_text({"target": self.target}))


@dataclass(frozen=True)
class Suggestion:
    """One way to save lookups: `kind` (a key of the suggestion texts), the term it is about
    and how many lookups it saves (0 for the general advice)."""

    kind: str
    term: str = ""
    saves: int = 0
    args: dict[str, str] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        """The suggestion in plain language."""
        return self.text().render(lang or current_language())

    def text(self) -> Msg:
        """The suggestion as a message (terms and names marked as record text)."""
        values: dict[str, object] = {"term": self.term, "saves": self.saves, **self.args}
        if "service" in self.args:
            # A data text: Msg.render sets a Japanese name (配配メール) without a space.
            service = self.args["service"]
            values["name"] = DataText(
                "data", service_name(service, "en"), ja=service_name(service, "ja")
            )
        if "addresses" in self.args:
            values["addresses"] = " ".join(self.args["addresses"].split(","))
        return _SUGGESTIONS[self.kind].with_args(**mark_record_text(values))


@dataclass(frozen=True)
class LookupBreakdown:
    """The lookups of one record by top-level term, most expensive first, and (when over the
    limit) what to do about it."""

    total: int
    terms: tuple[TermCost, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    limit: int = LIMIT

    @property
    def over_limit(self) -> bool:
        """True if receivers give up on the record (permerror)."""
        return self.total > self.limit

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON form (`lookup_breakdown` of `spf check --json` and `spf generate --json`)."""
        return {
            "total": self.total,
            "limit": self.limit,
            "over_limit": self.over_limit,
            "terms": [
                {
                    "term": t.term,
                    "lookups": t.lookups,
                    "kind": t.kind,
                    "target": t.target,
                    "service": t.service,
                    "complete": t.complete,
                    "what": t.what(lang),
                }
                for t in self.terms
            ],
            "suggestions": [
                {"kind": s.kind, "term": s.term, "saves": s.saves, "message": s.message(lang)}
                for s in self.suggestions
            ],
        }

    def answered(
        self, unused_services: Iterable[str], unused_terms: Iterable[str]
    ) -> LookupBreakdown:
        """This breakdown after the owner's answers on page 4: the ids of sending services
        and the includes ("include:target") they said are no longer used. Such an include is
        no longer asked about ("still used?") but named as one to remove, and moving it to a
        subdomain is no longer suggested. Page 4 and the report both show this, so they
        never ask a question the owner has already answered."""
        gone = {_target_of(t) for t in service_terms(list(unused_services))}
        gone |= {_target_of(t) for t in unused_terms if ":" in t}
        if not gone:
            return self
        kept: list[Suggestion] = []
        for suggestion in self.suggestions:
            target = _include_target(suggestion.term)
            if target not in gone or suggestion.kind not in _ANSWERED:
                kept.append(suggestion)
            elif _ANSWERED[suggestion.kind]:
                kept.append(replace(suggestion, kind=_ANSWERED[suggestion.kind]))
        return replace(self, suggestions=tuple(_sorted(kept)))


@cache
def _known_includes() -> dict[str, tuple[str, str]]:
    """include target -> (service or provider id, kind: "mail", "newsletter", "hosting")."""
    known: dict[str, tuple[str, str]] = {}
    for service in sending_services():
        known[_target_of(service.term.value)] = (service.id, service.kind)
    for provider_id, preset in all_presets().items():
        for preset_term in preset.terms:
            if preset_term.value.startswith("include:"):
                known.setdefault(_target_of(preset_term.value), (provider_id, "hosting"))
    return known


def _target_of(term_text: str) -> str:
    return term_text.split(":", 1)[1].lower().rstrip(".")


# What a suggestion about an include becomes once the owner said it is no longer used
# ("" = dropped: a service no longer used need not move to a subdomain).
_ANSWERED = {"still_used": "not_used", "still_used_unknown": "not_used_unknown", "subdomain": ""}


def _include_target(term_text: str) -> str:
    """The target of an include term as written in a record ("+include:X." -> "x"), or ""."""
    text = term_text.lstrip("+-~?")
    return _target_of(text) if text.lower().startswith("include:") else ""


def _sorted(suggestions: list[Suggestion]) -> list[Suggestion]:
    rank = {kind: index for index, kind in enumerate(_SUGGESTION_ORDER)}
    return sorted(suggestions, key=lambda s: (rank[s.kind], -s.saves))


def service_name(service_id: str, lang: str) -> str:
    """The display name of a sending service or page-1 provider id (the id if unknown)."""
    for service in sending_services():
        if service.id == service_id:
            return service.name(lang)
    provider = provider_by_id(service_id)
    return provider.name(lang) if provider is not None else service_id


def known_include(term_text: str) -> str:
    """The id of the sending service or page-1 provider whose include `term_text` is
    ("include:_spf.google.com" -> "google_workspace"), or "" if none is known."""
    if not term_text.lower().startswith("include:"):
        return ""
    known = _known_includes().get(_target_of(term_text))
    return known[0] if known is not None else ""


def includes_without_box(records: list[str] | tuple[str, ...]) -> list[str]:
    """The includes of the published `records` that no service box on page 4 stands for
    (a provider's own include, a service the presets do not know), as "include:target" in
    lower case, in record order, each once. Includes the recommendation drops anyway (a
    service that needs no SPF entry) and includes with macros are left out."""
    boxes = {s.term.value.lower() for s in sending_services()}
    found: list[str] = []
    for record in records:
        for term in parse_record(record).mechanisms:
            if term.name != "include" or term.has_macro or not term.value:
                continue
            text = "include:" + term.value.lower().rstrip(".")
            if text in boxes or text in found or unneeded_reason(_target_of(text)) is not None:
                continue
            found.append(text)
    return found


def _own(target: str, domain: str) -> bool:
    return target == domain or target.endswith("." + domain)


def _term_target(term: Term, domain: str) -> str:
    if term.has_macro or "%" in term.value:
        return term.value
    name = term.value or domain
    return name.lower().rstrip(".")


def _subtree(node: SpfNode) -> tuple[int, bool]:
    nodes = node.walk()
    complete = all(n.status in ("ok", "none", "permerror") for n in nodes)
    return sum(n.lookups for n in nodes), complete


def term_costs(record: str, tree: SpfNode, domain: str) -> list[TermCost]:
    """The lookup cost of each top-level term of `record`, in record order.

    Counted as `check._Analysis.read` counts them: every lookup term before `all`, and a
    redirect= only in a record without `all`; an include or redirect adds the lookups of
    the tree below it (the tree's children of the root are those terms, in order)."""
    parsed = parse_record(record)
    children = list(tree.children)
    costs: list[TermCost] = []
    for term in parsed.mechanisms:
        if term.name == "all":
            break
        if not term.counts_lookup:
            continue
        target = _term_target(term, domain)
        lookups, complete, service, kind = 1, True, "", term.name
        if term.name == "include":
            kind = "include"
            if children:
                lookups, complete = _subtree(children.pop(0))
                lookups += 1
            known = _known_includes().get(target)
            if known is not None:
                service, kind = known[0], "service"
        elif term.name in ("a", "mx") and _own(target, domain):
            kind = f"own_{term.name}"
        costs.append(TermCost(term.text, lookups, kind, target, service, complete))
    redirect = parsed.redirect
    if redirect is not None and parsed.all_term is None:
        lookups, complete = 1, True
        if children:
            lookups, complete = _subtree(children.pop(0))
            lookups += 1
        target = _term_target(redirect, domain)
        costs.append(TermCost(redirect.text, lookups, "redirect", target, "", complete))
    return costs


def own_addresses(
    term: Term,
    domain: str,
    client: DnsClient,
    cancel: threading.Event | None = None,
) -> list[str] | None:
    """The IP addresses an `a` or `mx` term of the domain's own names stands for today, or
    None if it is not such a term or they could not all be looked up."""
    if term.name not in ("a", "mx") or term.qualifier != "+" or term.has_macro:
        return None
    if term.cidr4 is not None or term.cidr6 is not None:
        return None  # a range around the address: one ip4: would allow less than before
    target = _term_target(term, domain)
    if not _own(target, domain):
        return None
    hosts = [target]
    if term.name == "mx":
        mx = client.query(target, "MX")
        if mx.status != DnsStatus.OK:
            return None
        hosts = [r.split()[-1].rstrip(".") for r in mx.records if r.split()[-1] != "."]
    answers = client.query_many([(h, t) for h in hosts for t in ("A", "AAAA")], cancel=cancel)
    if any(not a.definitive for a in answers):
        return None
    addresses = sorted({r for a in answers for r in a.records}, key=_address_key)
    return addresses or None


def _address_key(address: str) -> tuple[int, int]:
    ip = ipaddress.ip_address(address)
    return ip.version, int(ip)


def as_terms(addresses: list[str]) -> list[str]:
    """Addresses as ip4:/ip6: terms."""
    return [f"ip{ipaddress.ip_address(a).version}:{a}" for a in addresses]


def lookup_breakdown(
    record: str,
    tree: SpfNode,
    total: int,
    domain: str,
    *,
    client: DnsClient | None = None,
    cancel: threading.Event | None = None,
) -> LookupBreakdown:
    """The breakdown of `total` (the validator's count for `record` and its `tree`) by term,
    with suggestions when it is over the limit. With `client`, the addresses of the domain's
    own a/mx terms are looked up so that a suggestion can name them."""
    costs = term_costs(record, tree, domain)
    ordered = sorted(costs, key=lambda c: -c.lookups)  # stable: record order among equals
    if total <= LIMIT:
        return LookupBreakdown(total, tuple(ordered))
    suggestions = [Suggestion("need", args={"total": str(total), "over": str(total - LIMIT)})]
    parsed = parse_record(record)
    by_text = {t.text: t for t in parsed.mechanisms}
    seen: set[str] = set()
    for cost in costs:
        term = by_text.get(cost.term)
        if cost.kind == "ptr":
            suggestions.append(Suggestion("ptr", cost.term, cost.lookups))
        elif cost.kind in ("include", "service"):
            if cost.target in seen:
                suggestions.append(Suggestion("duplicate", cost.term, cost.lookups))
                continue
            seen.add(cost.target)
            if unneeded_reason(cost.target) is not None:
                suggestions.append(Suggestion("unneeded", cost.term, cost.lookups))
            elif cost.kind == "service":
                args = {"service": cost.service}
                suggestions.append(Suggestion("still_used", cost.term, cost.lookups, args))
                if _known_includes()[cost.target][1] == "newsletter":
                    args = {**args, "domain": domain}
                    suggestions.append(Suggestion("subdomain", cost.term, cost.lookups, args))
            else:
                suggestions.append(Suggestion("still_used_unknown", cost.term, cost.lookups))
        elif cost.kind in ("own_a", "own_mx") and term is not None:
            found = own_addresses(term, domain, client, cancel) if client is not None else None
            if found:
                args = {"addresses": ",".join(as_terms(found))}
                suggestions.append(Suggestion("own_addresses", cost.term, cost.lookups, args))
            else:
                suggestions.append(Suggestion("own_addresses_unknown", cost.term, cost.lookups))
    suggestions.append(Suggestion("no_flattening"))
    return LookupBreakdown(total, tuple(ordered), tuple(_sorted(suggestions)))
