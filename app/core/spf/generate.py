"""The recommended SPF record: one record, merged with what is published, verified before it
is shown.

`generate_spf(request, client)` builds the record from

* the terms of the published record(s), in their order (several records are merged into
  one; terms that break or weaken the record are dropped, each with a note saying why);
* the hosting provider's preset (`resources/spf_presets.toml`): official and observed
  values are added, unverified ones are only mentioned;
* the terms the user adds (an IP address, a range, an include);
* the outbound IP addresses known from the blacklist step or typed by the user: each one
  that would not pass gets its own ip4:/ip6: term;
* the policy chosen, or else `-all` when the published record ends in it (the
  recommendation never weakens what is published) and `~all` otherwise (see
  `POLICY_EXPLANATIONS`, `policy_reason`).

Before the record is recommended it is verified: valid syntax, at most 10 DNS lookups
(worst case; own `a`/`mx` terms are replaced by their addresses if that is what it takes),
every include answers with `v=spf1`, every known outbound IP passes under `check_host`, and
the text is split into strings of at most 255 bytes. When the published record already
does everything needed, the result says "no change needed" and recommends it unchanged.
"""

from __future__ import annotations

import ipaddress
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.core.dns_client import DnsClient
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, DataText, Msg, mark_record_text
from app.core.normalize import JST, fold_width, normalize_domain
from app.core.providers import provider_by_id
from app.core.spf.check import (
    MAX_STRING,
    SpfCheck,
    SpfStatus,
    analyse_record,
    check_spf,
    repair_unrecognised,
)
from app.core.spf.codes import UNNEEDED_INCLUDES, Finding
from app.core.spf.evaluate import MAX_LOOKUPS, SpfResult, check_host, parse_ip
from app.core.spf.lookups import LookupBreakdown, as_terms, own_addresses
from app.core.spf.presets import SpfPreset, spf_preset
from app.core.spf.record import Term, is_spf_record, parse_record, parse_term

SOFT = "~all"
HARD = "-all"
POLICIES = (SOFT, HARD)

POLICY_EXPLANATIONS: dict[str, Msg] = {
    SOFT: QT_TRANSLATE_NOOP(
        "spf",
        "~all (recommended to start with): mail from servers that are not listed is marked "
        "as suspicious, but is usually still delivered. If a sender was forgotten (a contact "
        "form on the web server, a copier that mails scans, a newsletter service), its mail "
        "is not lost while you find out. Once DMARC reports show that all your real mail "
        "passes, switch to -all.",
    ),
    HARD: QT_TRANSLATE_NOOP(
        "spf",
        "-all (strict): receivers may reject mail from servers that are not listed. This is "
        "the strongest protection against forged mail, but mail from any sender you forgot "
        "to list will be rejected too.",
    ),
}

# Why the policy choice starts where it does, by how the published record ends: the default
# never weakens what is published (-all stays -all); ?all, +all and a missing all get ~all.
POLICY_REASONS: dict[str, Msg] = {
    "kept_hard": QT_TRANSLATE_NOOP(
        "spf",
        "Your current record ends in -all: mail from servers that are not listed is refused. "
        "This is kept, so that your protection is not weakened.",
    ),
    "weakened": QT_TRANSLATE_NOOP(
        "spf",
        "Your current record ends in -all, but ~all is chosen: mail from servers that are "
        "not listed would only be marked as suspicious instead of refused. Choose -all to "
        "keep your current protection.",
    ),
    "kept_soft": QT_TRANSLATE_NOOP("spf", "Your current record ends in ~all: this is kept."),
    "stricter": QT_TRANSLATE_NOOP(
        "spf",
        "Your current record ends in ~all; with -all, mail from servers that are not listed "
        "will be refused.",
    ),
    "?all": QT_TRANSLATE_NOOP(
        "spf",
        "Your current record ends in ?all, which gives no protection against forged mail, "
        "so ~all is recommended to start with.",
    ),
    "+all": QT_TRANSLATE_NOOP(
        "spf",
        "Your current record ends in +all, which lets every server in the world send as "
        "you, so ~all is recommended to start with.",
    ),
    "no_all": QT_TRANSLATE_NOOP(
        "spf",
        "Your current record has no all at the end, so mail from other servers gets no "
        "verdict: ~all is recommended to start with.",
    ),
    "no_record": QT_TRANSLATE_NOOP(
        "spf", "Your domain has no SPF record yet: ~all is recommended to start with."
    ),
}

# Warnings that mean the published record needs a change even though it is valid.
_NEEDS_CHANGE = frozenset(
    {
        "all_pass",
        "all_neutral",
        "no_all",
        "ptr",
        "redirect_ignored",
        "terms_after_all",
        "duplicate_include",
        "unneeded_include",
        "void_lookup",
        "quoted_value",
        "fullwidth_space",
        "split_across_records",
        "record_too_long",
    }
)

_NOTES: dict[str, Msg] = {
    "kept": QT_TRANSLATE_NOOP("spf", "“{term}” is kept from your current record."),
    "merged": QT_TRANSLATE_NOOP(
        "spf", "Your {count} SPF records are merged into this one record. Delete the others."
    ),
    "preset": QT_TRANSLATE_NOOP("spf", "“{term}” is added for {provider} ({status}; {source})."),
    "preset_unverified": QT_TRANSLATE_NOOP(
        "spf",
        "For {provider} we could not verify the right value ({source}). “{term}” was not "
        "added: ask {provider} for the SPF value to use and add it yourself.",
    ),
    "needs_server_name": QT_TRANSLATE_NOOP(
        "spf",
        "{provider} also needs “{term}” with your server name (e.g. sv1234.xserver.jp). "
        "Enter the server name on the Situation page and create the record again.",
    ),
    "outbound_ip": QT_TRANSLATE_NOOP(
        "spf",
        "“{term}” is added because {ip} sends your mail (found in the blacklist check or "
        "entered by you) and was not allowed yet.",
    ),
    "outbound_ip_covered": QT_TRANSLATE_NOOP(
        "spf", "{ip} sends your mail and is already allowed by the record."
    ),
    "user": QT_TRANSLATE_NOOP("spf", "“{term}” is added as you entered it."),
    "removed_syntax": QT_TRANSLATE_NOOP(
        "spf", "“{term}” was removed: it is not valid SPF and broke the whole record."
    ),
    "removed_ptr": QT_TRANSLATE_NOOP(
        "spf", "“{term}” was removed: ptr should not be used (add your servers' addresses)."
    ),
    "removed_include": QT_TRANSLATE_NOOP(
        "spf", "“{term}” was removed: {target} does not answer with an SPF record."
    ),
    "removed_unneeded": QT_TRANSLATE_NOOP(
        "spf", "“{term}” was removed: this service needs no SPF entry."
    ),
    "removed_void": QT_TRANSLATE_NOOP(
        "spf", "“{term}” was removed: the name it points at does not exist."
    ),
    "removed_duplicate": QT_TRANSLATE_NOOP("spf", "“{term}” was removed: it was written twice."),
    "removed_unused": QT_TRANSLATE_NOOP(
        "spf", "“{term}” was removed: you said you no longer use this service."
    ),
    "removed_after_all": QT_TRANSLATE_NOOP(
        "spf", "“{term}” was moved before all: terms after all are never read."
    ),
    "replaced_all": QT_TRANSLATE_NOOP("spf", "“{old}” is replaced by “{new}”."),
    "kept_hard_all": QT_TRANSLATE_NOOP(
        "spf",
        "“-all” is kept from your current record: the recommendation never weakens what you "
        "have published.",
    ),
    "weakened_all": QT_TRANSLATE_NOOP(
        "spf",
        "“-all” is replaced by “~all” as you chose: mail from servers that are not listed is "
        "then only marked as suspicious, no longer refused.",
    ),
    "added_all": QT_TRANSLATE_NOOP("spf", "“{new}” is added at the end."),
    "redirect_kept": QT_TRANSLATE_NOOP(
        "spf",
        "Your record ends with “{term}”, so the policy of that record applies and no all is added.",
    ),
    "flattened": QT_TRANSLATE_NOOP(
        "spf",
        "“{term}” is replaced by its addresses ({addresses}) to stay within 10 DNS lookups. "
        "If those servers' addresses change, create the record again.",
    ),
    "repaired": QT_TRANSLATE_NOOP(
        "spf",
        "Your published value “{text}” is not read as SPF (quote marks or full-width "
        "characters), so its terms are taken over here, written correctly. Replace that "
        "value with this record.",
    ),
    "existing_unknown": QT_TRANSLATE_NOOP(
        "spf",
        "Your current record could not be read (the DNS server did not answer), so it could "
        "not be merged. Check again before you publish anything.",
    ),
}

_STATUS_NAMES: dict[str, Msg] = {
    "official": QT_TRANSLATE_NOOP("spf", "official value from the provider's help pages"),
    "observed": QT_TRANSLATE_NOOP(
        "spf", "value seen in the provider's published records, not officially documented"
    ),
    "unverified": QT_TRANSLATE_NOOP("spf", "not verified"),
}

_CHECKS: dict[tuple[str, bool | None], Msg] = {
    ("syntax", True): QT_TRANSLATE_NOOP("spf", "The record is valid SPF."),
    ("syntax", False): QT_TRANSLATE_NOOP(
        "spf", "The record still has problems (see the list above)."
    ),
    ("lookups", True): QT_TRANSLATE_NOOP("spf", "{count} DNS lookups (the limit is 10)."),
    ("lookups", False): QT_TRANSLATE_NOOP(
        "spf",
        "{count} DNS lookups: more than 10. Remove includes of services you no longer use.",
    ),
    ("includes", True): QT_TRANSLATE_NOOP("spf", "Every include answers with an SPF record."),
    ("includes", False): QT_TRANSLATE_NOOP(
        "spf", "These includes do not answer with an SPF record: {targets}."
    ),
    ("includes", None): QT_TRANSLATE_NOOP(
        "spf", "These includes could not be checked (the DNS server did not answer): {targets}."
    ),
    ("outbound_ips", True): QT_TRANSLATE_NOOP(
        "spf", "Every known sending IP address passes: {ips}."
    ),
    ("outbound_ips", False): QT_TRANSLATE_NOOP(
        "spf", "These sending IP addresses would not pass: {ips}."
    ),
    ("outbound_ips", None): QT_TRANSLATE_NOOP(
        "spf",
        "No sending IP address is known yet. If you know the IP address of your mail "
        "server, add it so that it can be checked.",
    ),
    ("strings", True): QT_TRANSLATE_NOOP(
        "spf", "{length} bytes, in {count} strings of at most 255 bytes."
    ),
    ("existing", None): QT_TRANSLATE_NOOP(
        "spf", "Your current record could not be read, so the merge is not verified."
    ),
    ("senders", False): QT_TRANSLATE_NOOP(
        "spf",
        "This record allows no server at all to send your mail: published as it is, all of "
        "your own mail would fail SPF. Enter the IP address of your mail server or tick the "
        "services that send your mail, then create the record again.",
    ),
}


_ONE_STRING = QT_TRANSLATE_NOOP("spf", "{length} bytes, in one string of at most 255 bytes.")
# What stands for the server name in a preset's term the owner still has to complete
# (「a:サーバ名」): the preset's own 「a:{server_name}」 was shown as it is.
_SERVER_NAME = QT_TRANSLATE_NOOP("spf", "your-server-name")


@dataclass(frozen=True)
class TermNote:
    """Why a term is in the recommendation, or why it was dropped (`kind`: a key of the
    note texts, e.g. "preset", "outbound_ip", "removed_ptr")."""

    kind: str
    term: str = ""
    args: dict[str, str] = field(default_factory=dict)

    @property
    def message(self) -> Msg:
        """The note in plain language."""
        values: dict[str, object] = {"term": self.term, **self.args}
        provider = provider_by_id(self.args.get("provider_id", ""))
        if provider is not None:
            # The provider's name and the source of its value in the language shown now:
            # the stored text is the language the record was made in (notes saved before the
            # ids were stored keep that text).
            values["provider"] = DataText("data", provider.name_en, ja=provider.name_ja)
            preset = spf_preset(provider.id)
            value = self.args.get("preset_value")
            term = next((t for t in preset.terms if t.value == value), None)
            if term is not None:
                values["source"] = DataText("data", term.source_en, ja=term.source_ja)
        if "status" in self.args:
            values["status"] = _STATUS_NAMES.get(self.args["status"], self.args["status"])
        if "{server_name}" in self.term:
            # The term itself, its placeholder in the language shown (no catalogue entry:
            # the term is not a sentence).
            values["term"] = Msg("spf", self.term).with_args(server_name=_SERVER_NAME)
        return _NOTES[self.kind].with_args(**mark_record_text(values))

    @property
    def removed(self) -> bool:
        """True if the note is about a term that was taken out."""
        return self.kind.startswith("removed")


@dataclass(frozen=True)
class Verification:
    """One check made before recommending: `ok` True (passed), False (failed) or None
    (could not be checked)."""

    code: str  # "syntax", "lookups", "includes", "outbound_ips", "strings", "existing", "senders"
    ok: bool | None
    args: dict[str, str] = field(default_factory=dict)

    @property
    def message(self) -> Msg:
        """What was checked and what came out."""
        if (self.code, self.ok) == ("strings", True) and self.args.get("count") == "1":
            # The usual case; "in 1 strings" would read wrong (placeholders carry no plural).
            return _ONE_STRING.with_args(**self.args)
        return _CHECKS[(self.code, self.ok)].with_args(**mark_record_text(self.args))


@dataclass(frozen=True)
class IpCheck:
    """How a known outbound IP fares: under the published record (`before`, "" if there is
    none) and under the recommendation (`after`)."""

    ip: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class SpfRecommendation:
    """The recommended record and everything that was checked about it."""

    domain: str
    domain_ascii: str
    record: str
    strings: tuple[str, ...] = ()
    all_policy: str = SOFT
    lookups: int = 0
    existing: str | None = None
    existing_status: str = ""
    no_change_needed: bool = False
    verified: bool = False
    checks: tuple[Verification, ...] = ()
    notes: tuple[TermNote, ...] = ()
    findings: tuple[Finding, ...] = ()
    ip_checks: tuple[IpCheck, ...] = ()
    provider: str = ""
    created_at: datetime | None = None
    # Where the record's lookups go (the same count as `lookups`); with suggestions when it
    # is over the limit. None in recommendations saved before it existed.
    breakdown: LookupBreakdown | None = None

    @property
    def policy_reason(self) -> Msg | None:
        """Why the record ends in its all, given how the published one ends (None when the
        published record was not read or the record ends in a redirect= instead)."""
        if self.existing:
            published = published_all((self.existing,))
        elif self.existing_status == "none":
            published = "none"
        else:
            return None
        if parse_record(self.record).all_term is None:
            return None
        return policy_reason(published, self.all_policy)

    @property
    def zone_text(self) -> str:
        """The value as a zone file writes it: each string quoted, separated by spaces."""
        return " ".join(f'"{s}"' for s in self.strings)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON form for `spf generate --json` (stable contract)."""
        return {
            "domain": self.domain_ascii,
            "record": self.record,
            "strings": list(self.strings),
            "zone_text": self.zone_text,
            "all_policy": self.all_policy,
            "lookups": self.lookups,
            "existing": self.existing,
            "existing_status": self.existing_status,
            "no_change_needed": self.no_change_needed,
            "verified": self.verified,
            "checks": [
                {"code": c.code, "ok": c.ok, "message": c.message.render(lang)} for c in self.checks
            ],
            "notes": [
                {"kind": n.kind, "term": n.term, "message": n.message.render(lang)}
                for n in self.notes
            ],
            "errors": [f.to_dict(lang) for f in self.findings if f.severity.value == "error"],
            "warnings": [f.to_dict(lang) for f in self.findings if f.severity.value == "warning"],
            "outbound_ips": [
                {"ip": c.ip, "before": c.before, "after": c.after} for c in self.ip_checks
            ],
            "provider": self.provider,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "lookup_breakdown": self.breakdown.to_dict(lang) if self.breakdown else None,
        }


@dataclass(frozen=True)
class GenerateRequest:
    """What the recommendation is built from (see the module docstring). `all_policy` None
    keeps a published ~all or -all and otherwise uses ~all. The published record of
    `merge_with` (default: `domain` itself) is merged in unless `merge` is False."""

    domain: str
    provider: str = ""
    server_name: str = ""
    outbound_ips: tuple[str, ...] = ()
    extra_terms: tuple[str, ...] = ()
    all_policy: str | None = None
    merge: bool = True
    merge_with: str = ""
    # Terms of the published record the owner says are no longer needed (a service box
    # unticked on page 4): left out of the merge, with a note.
    unused_terms: tuple[str, ...] = ()


BAD_TERM = QT_TRANSLATE_NOOP(
    "spf",
    "“{term}” cannot be added to an SPF record. Enter an IP address (203.0.113.25), a range "
    "(203.0.113.0/24) or a term such as include:_spf.example.com.",
)
BAD_POLICY = QT_TRANSLATE_NOOP("spf", "The policy must be ~all or -all, not “{policy}”.")


def normalize_term(text: str) -> str:
    """A term the user typed, as an SPF term: "203.0.113.25" -> "ip4:203.0.113.25",
    "2001:db8::/32" -> "ip6:2001:db8::/32", "_spf.example.com" -> "include:_spf.example.com";
    full-width characters are folded. Raises InputError for anything that is not valid SPF
    (or is an `all`, which the policy choice controls)."""
    value = fold_width(text).strip()
    if not value:
        raise InputError(BAD_TERM.with_args(term=text))
    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        pass
    else:
        address = value.split("/")[0]
        prefix = f"/{network.prefixlen}" if "/" in value else ""
        if network.version == 4:
            return f"ip4:{ipaddress.ip_address(address)}{prefix}"
        return f"ip6:{ipaddress.ip_address(address)}{prefix}"
    if ":" not in value and "=" not in value and "." in value and " " not in value:
        value = "include:" + value
    term, problem = parse_term(value)
    if term is None or problem is not None or term.name == "all" or term.is_modifier:
        raise InputError(BAD_TERM.with_args(term=text.strip()))
    return value


def split_strings(record: str) -> tuple[str, ...]:
    """The record as TXT strings of at most 255 bytes. DNS joins them without a space (RFC
    7208 3.3), so each cut is made right after a space, which stays at the end of the
    string before it: the strings stay readable and each term stays whole."""
    raw = record.encode("utf-8")
    parts: list[bytes] = []
    while len(raw) > MAX_STRING:
        cut = raw.rfind(b" ", 0, MAX_STRING) + 1 or MAX_STRING
        parts.append(raw[:cut])
        raw = raw[cut:]
    parts.append(raw)
    return tuple(p.decode("utf-8", errors="replace") for p in parts)


def _canonical(term: Term) -> str:
    """A comparable form: no "+" qualifier, lower-case names, normalised networks."""
    qualifier = "" if term.qualifier in ("+", "") else term.qualifier
    value = term.value
    if term.name in ("ip4", "ip6"):
        length = term.cidr4 if term.name == "ip4" else term.cidr6
        default = 32 if term.name == "ip4" else 128
        network = ipaddress.ip_network(
            f"{value}/{default if length is None else length}", strict=False
        )
        return f"{qualifier}{term.name}:{network}"
    value = value.lower().rstrip(".")
    text = f"{qualifier}{term.name}"
    if value:
        text += ":" + value
    if term.cidr4 is not None:
        text += f"/{term.cidr4}"
    if term.cidr6 is not None:
        text += f"//{term.cidr6}"
    return text


def _term(text: str) -> Term:
    term, problem = parse_term(text)
    assert term is not None and problem is None, text
    return term


def _include_target(term: Term) -> str:
    return term.value.lower().rstrip(".")


class _Builder:
    def __init__(self, domain: str) -> None:
        self.domain = domain
        self.terms: list[str] = []
        self.keys: set[str] = set()
        self.notes: list[TermNote] = []

    def add(self, text: str, note: TermNote | None) -> bool:
        key = _canonical(_term(text))
        if key in self.keys:
            return False
        self.keys.add(key)
        self.terms.append(text)
        if note is not None:
            self.notes.append(note)
        return True

    def compose(self, redirect: str | None, policy: str | None, exp: str | None) -> str:
        parts = ["v=spf1", *self.terms]
        if redirect is not None:
            parts.append(redirect)
        elif policy is not None:
            parts.append(policy)
        if exp is not None:
            parts.append(exp)
        return " ".join(parts)


def published_all(records: tuple[str, ...] | list[str]) -> str:
    """How the published record ends: "-all", "~all", "?all", "+all", "" (no all, or a
    redirect= in its place) or "none" (nothing published). Several records: the first with
    an all, as the recommendation merges them."""
    if not records:
        return "none"
    for record in records:
        term = parse_record(record).all_term
        if term is not None:
            return f"{term.qualifier}all"
    return ""


def default_policy(published: str) -> str:
    """The policy the choice starts with: -all when the published record has it (never
    weaken what is published), otherwise ~all (see POLICY_EXPLANATIONS)."""
    return HARD if published == HARD else SOFT


def policy_reason(published: str, policy: str) -> Msg | None:
    """Why the record ends in `policy`, given how the published one ends (`published_all`),
    or None when there is nothing to say (the published state is unknown)."""
    if published == HARD:
        return POLICY_REASONS["kept_hard" if policy == HARD else "weakened"]
    if published == SOFT:
        return POLICY_REASONS["kept_soft" if policy == SOFT else "stricter"]
    if published in ("?all", "+all"):
        return POLICY_REASONS[published]
    if published == "":
        return POLICY_REASONS["no_all"]
    if published == "none":
        return POLICY_REASONS["no_record"]
    return None


def generate_spf(
    request: GenerateRequest,
    client: DnsClient,
    *,
    cancel: threading.Event | None = None,
    lang: str = "ja",
) -> SpfRecommendation:
    """Build, verify and explain the recommended SPF record (see the module docstring).

    Raises InputError for a bad domain, IP address, term or policy. DNS trouble never
    raises: it shows as a verification that could not be made (`verified` is then False)."""
    name = normalize_domain(request.domain)
    if request.all_policy is not None and request.all_policy not in POLICIES:
        raise InputError(BAD_POLICY.with_args(policy=request.all_policy))
    ips = list(dict.fromkeys(str(parse_ip(ip)) for ip in request.outbound_ips if ip.strip()))
    user_terms = [normalize_term(t) for t in request.extra_terms if t.strip()]
    provider = provider_by_id(request.provider)
    provider_name = provider.name(lang) if provider is not None else request.provider
    preset = spf_preset(request.provider)
    sender = f"postmaster@{name.ascii}"

    source = (
        normalize_domain(request.merge_with).ascii if request.merge_with.strip() else name.ascii
    )
    existing = check_spf(source, client, cancel=cancel) if request.merge else None
    builder = _Builder(name.ascii)
    checks: list[Verification] = []
    redirect: str | None = None
    exp: str | None = None
    existing_all: str | None = None
    if existing is not None and existing.status == SpfStatus.TEMPERROR and existing.record is None:
        builder.notes.append(TermNote("existing_unknown"))
        checks.append(Verification("existing", None))
    records = existing.records if existing is not None else ()
    if existing is not None and not records and existing.unrecognised:
        # A value receivers do not read (quote marks, full-width spaces) still says which
        # services the owner sends through: dropping its includes would make their mail fail.
        records = tuple(repair_unrecognised(text) for text in existing.unrecognised)
        builder.notes.append(TermNote("repaired", args={"text": " / ".join(existing.unrecognised)}))
    if len(records) > 1:
        builder.notes.append(TermNote("merged", args={"count": str(len(records))}))
    bad_includes, void_targets = _broken_targets(existing)
    unused = {_canonical(_term(t)) for t in (normalize_term(u) for u in request.unused_terms)}
    for record in records:
        redirect, exp, existing_all = _merge_existing(
            builder, record, bad_includes, void_targets, redirect, exp, existing_all, unused
        )

    for preset_term in preset.terms:
        resolved = preset_term.resolve(request.server_name)
        args = {
            "provider": provider_name,
            "status": preset_term.status,
            "source": preset_term.source(lang),
            "provider_id": request.provider,
            "preset_value": preset_term.value,
        }
        if preset_term.status == "unverified":
            builder.notes.append(TermNote("preset_unverified", preset_term.value, args))
        elif resolved is None:
            builder.notes.append(TermNote("needs_server_name", preset_term.value, args))
        elif _canonical(_term(resolved)) in unused:
            if not any(n.kind == "removed_unused" and n.term == resolved for n in builder.notes):
                builder.notes.append(TermNote("removed_unused", resolved))
        else:
            builder.add(resolved, TermNote("preset", resolved, args))
    for text in user_terms:
        builder.add(text, TermNote("user", text))

    policy = request.all_policy or (existing_all if existing_all in POLICIES else SOFT)
    if redirect is not None:
        builder.notes.append(TermNote("redirect_kept", redirect))
        policy_term = None
    else:
        policy_term = policy
        if existing_all is None and records:
            builder.notes.append(TermNote("added_all", args={"new": policy}))
        elif existing_all == HARD and policy == SOFT:
            builder.notes.append(TermNote("weakened_all"))
        elif existing_all == HARD:
            builder.notes.append(TermNote("kept_hard_all"))
        elif existing_all is not None and existing_all != policy:
            builder.notes.append(
                TermNote("replaced_all", args={"old": existing_all, "new": policy})
            )

    _drop_dead_includes(builder, client, cancel, checks)

    # Outbound IPs that the record does not allow yet get their own term.
    for ip in ips:
        candidate = builder.compose(redirect, policy_term, exp)
        result = check_host(ip, sender, client=client, record=candidate, cancel=cancel)
        if result.result == SpfResult.PASS:
            builder.notes.append(TermNote("outbound_ip_covered", args={"ip": ip}))
            continue
        term = f"ip{ipaddress.ip_address(ip).version}:{ip}"
        builder.add(term, TermNote("outbound_ip", term, {"ip": ip}))

    record = builder.compose(redirect, policy_term, exp)
    analysis = analyse_record(
        record, name.ascii, client, strings=split_strings(record), cancel=cancel
    )
    if analysis.lookups > MAX_LOOKUPS:
        record, analysis = _flatten(builder, client, cancel, name.ascii, redirect, policy_term, exp)

    ip_checks, ips_ok = _check_ips(ips, sender, record, existing, client, cancel)
    no_change = _no_change_needed(existing, preset, request, builder, ip_checks, policy)
    if no_change and existing is not None and existing.record is not None:
        # Recommend the published record as it is, verified as it is.
        record = existing.record
        analysis = existing
        ip_checks = [IpCheck(c.ip, c.before, c.before) for c in ip_checks]
        ips_ok = all(c.after == SpfResult.PASS.value for c in ip_checks)
        builder.notes = [n for n in builder.notes if n.kind in ("outbound_ip_covered",)]
    checks += _verify(record, analysis, ips, ips_ok, ip_checks)
    verified = all(c.ok is True for c in checks if c.code != "outbound_ips" or ips)
    return SpfRecommendation(
        domain=name.unicode,
        domain_ascii=name.ascii,
        record=record,
        strings=split_strings(record),
        all_policy=policy,
        lookups=analysis.lookups,
        existing=existing.record if existing is not None else None,
        existing_status=existing.status.value if existing is not None else "",
        no_change_needed=no_change,
        verified=verified,
        checks=tuple(checks),
        notes=tuple(builder.notes),
        findings=analysis.findings,
        ip_checks=tuple(ip_checks),
        provider=request.provider,
        created_at=datetime.now(JST).replace(microsecond=0),
        breakdown=analysis.breakdown,
    )


def authorises_senders(record: str) -> bool:
    """True if the record lets at least one server send (a mechanism other than all that
    passes, or a redirect to another record); "v=spf1 ~all" lets none."""
    parsed = parse_record(record)
    if parsed.redirect is not None:
        return True
    return any(t.name != "all" and t.qualifier == "+" for t in parsed.mechanisms)


def _broken_targets(existing: SpfCheck | None) -> tuple[set[str], set[str]]:
    bad_includes: set[str] = set()
    void_targets: set[str] = set()
    if existing is None:
        return bad_includes, void_targets
    for finding in existing.findings:
        if finding.in_include:
            continue
        if finding.code == "include_without_spf":
            bad_includes.add(finding.args.get("target", ""))
        elif finding.code == "void_lookup":
            void_targets.add(finding.args.get("target", ""))
    return bad_includes, void_targets


def _merge_existing(
    builder: _Builder,
    record: str,
    bad_includes: set[str],
    void_targets: set[str],
    redirect: str | None,
    exp: str | None,
    existing_all: str | None,
    unused: frozenset[str] | set[str] = frozenset(),
) -> tuple[str | None, str | None, str | None]:
    parsed = parse_record(record)
    for problem in parsed.problems:
        builder.notes.append(TermNote("removed_syntax", problem.term))
    all_seen = False
    for term in parsed.mechanisms:
        if term.name == "all":
            if existing_all is None:
                existing_all = f"{term.qualifier}all"
            all_seen = True
            continue
        target = _include_target(term) if term.value else builder.domain
        if term.name == "ptr":
            builder.notes.append(TermNote("removed_ptr", term.text))
        elif _canonical(term) in unused:
            builder.notes.append(TermNote("removed_unused", term.text))
        elif term.name == "include" and target in bad_includes:
            builder.notes.append(TermNote("removed_include", term.text, {"target": target}))
        elif term.name == "include" and target in UNNEEDED_INCLUDES:
            builder.notes.append(TermNote("removed_unneeded", term.text))
        elif term.name in ("a", "mx", "exists") and target in void_targets:
            builder.notes.append(TermNote("removed_void", term.text))
        else:
            note = TermNote("removed_after_all", term.text) if all_seen else None
            if not builder.add(term.text, note):
                builder.notes.append(TermNote("removed_duplicate", term.text))
    if parsed.redirect is not None and parsed.all_term is None and redirect is None:
        redirect = parsed.redirect.text
    if parsed.exp is not None and exp is None:
        exp = parsed.exp.text
    return redirect, exp, existing_all


def _drop_dead_includes(
    builder: _Builder,
    client: DnsClient,
    cancel: threading.Event | None,
    checks: list[Verification],
) -> None:
    """Look up every include target at once; drop those that answer without an SPF record
    (they would make the whole record a permerror), keep those that could not be checked."""
    includes = [t for t in builder.terms if _term(t).name == "include" and "%" not in t]
    if not includes:
        return
    targets = [_include_target(_term(t)) for t in includes]
    results = client.query_many([(t, "TXT") for t in targets], cancel=cancel)
    dead, unknown = [], []
    for text, target, result in zip(includes, targets, results, strict=True):
        if not result.definitive:
            unknown.append(target)
            continue
        if not any(is_spf_record(b"".join(parts)) for parts in result.strings):
            dead.append(target)
            builder.terms.remove(text)
            builder.keys.discard(_canonical(_term(text)))
            builder.notes = [n for n in builder.notes if n.term != text]
            builder.notes.append(TermNote("removed_include", text, {"target": target}))
    if unknown:
        checks.append(Verification("includes", None, {"targets": ", ".join(unknown)}))
    elif dead:
        checks.append(Verification("includes", False, {"targets": ", ".join(dead)}))
    else:
        checks.append(Verification("includes", True))


def _flatten(
    builder: _Builder,
    client: DnsClient,
    cancel: threading.Event | None,
    domain: str,
    redirect: str | None,
    policy: str | None,
    exp: str | None,
) -> tuple[str, SpfCheck]:
    """Replace the domain's own a and mx terms by the addresses they stand for."""
    for text in list(builder.terms):
        addresses = own_addresses(_term(text), domain, client, cancel)
        if addresses is None:
            continue
        index = builder.terms.index(text)
        new_terms = as_terms(addresses)
        builder.terms[index : index + 1] = new_terms
        builder.keys.update(_canonical(_term(t)) for t in new_terms)
        builder.notes.append(TermNote("flattened", text, {"addresses": ", ".join(addresses)}))
    record = builder.compose(redirect, policy, exp)
    return record, analyse_record(
        record, domain, client, strings=split_strings(record), cancel=cancel
    )


def _check_ips(
    ips: list[str],
    sender: str,
    record: str,
    existing: SpfCheck | None,
    client: DnsClient,
    cancel: threading.Event | None,
) -> tuple[list[IpCheck], bool]:
    checks = []
    ok = True
    for ip in ips:
        before = ""
        if existing is not None and existing.record is not None:
            before = check_host(ip, sender, client=client, cancel=cancel).result.value
        after = check_host(ip, sender, client=client, record=record, cancel=cancel).result
        ok = ok and after == SpfResult.PASS
        checks.append(IpCheck(ip, before, after.value))
    return checks, ok


def _verify(
    record: str,
    analysis: SpfCheck,
    ips: list[str],
    ips_ok: bool,
    ip_checks: list[IpCheck],
) -> list[Verification]:
    checks = [
        Verification("syntax", analysis.status == SpfStatus.VALID),
        # Only when it fails: a record that names no sender is valid SPF, but it tells every
        # receiver that none of the owner's own mail is authorised.
        *([] if authorises_senders(record) else [Verification("senders", False)]),
        Verification("lookups", analysis.lookups <= MAX_LOOKUPS, {"count": str(analysis.lookups)}),
    ]
    if ips:
        failing = [c.ip for c in ip_checks if c.after != SpfResult.PASS.value]
        checks.append(
            Verification(
                "outbound_ips",
                ips_ok,
                {"ips": ", ".join(failing if failing else ips)},
            )
        )
    else:
        checks.append(Verification("outbound_ips", None))
    strings = split_strings(record)
    checks.append(
        Verification(
            "strings",
            all(len(s.encode("utf-8")) <= MAX_STRING for s in strings),
            {"count": str(len(strings)), "length": str(len(record.encode("utf-8")))},
        )
    )
    return checks


def _no_change_needed(
    existing: SpfCheck | None,
    preset: SpfPreset,
    request: GenerateRequest,
    builder: _Builder,
    ip_checks: list[IpCheck],
    policy: str,
) -> bool:
    """True if the published record already authorises everything needed, without
    problems: then it is recommended unchanged."""
    if existing is None or existing.status != SpfStatus.VALID or len(existing.records) != 1:
        return False
    if existing.record is not None and not authorises_senders(existing.record):
        return False  # "v=spf1 -all" says the domain sends no mail: not right for this one
    if (
        request.merge_with.strip()
        and existing.domain_ascii != normalize_domain(request.domain).ascii
    ):
        return False  # the record comes from another domain: it must still be published here
    if existing.codes() & _NEEDS_CHANGE:
        return False
    if any(n.kind == "removed_unused" for n in builder.notes):
        # The owner unticked a service the record still lists: recommending the published
        # record "unchanged" would keep it and drop the note saying it was removed.
        return False
    assert existing.record is not None
    parsed = parse_record(existing.record)
    all_term = parsed.all_term
    if all_term is None or f"{all_term.qualifier}all" != policy:
        return False
    keys = {_canonical(t) for t in parsed.terms if not t.is_modifier}
    reachable = {n.domain for n in existing.tree.walk()} if existing.tree else set()
    for preset_term in preset.terms:
        resolved = preset_term.resolve(request.server_name)
        if preset_term.status == "unverified" or resolved is None:
            continue
        term = _term(resolved)
        if _canonical(term) in keys:
            continue
        if term.name == "include" and _include_target(term) in reachable:
            continue
        return False
    added_by_user = {n.term for n in builder.notes if n.kind == "user"}
    if any(_canonical(_term(t)) not in keys for t in builder.terms if t in added_by_user):
        return False
    return all(c.before == SpfResult.PASS.value for c in ip_checks)
