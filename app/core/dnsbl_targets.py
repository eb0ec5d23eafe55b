"""What to check on the blacklists: targets typed by the user, derived from a domain, or taken
from a bounce's Received headers.

* `parse_target(text)`: one IP address or domain as a person types it (full-width, a pasted
  mail address or URL); raises `InputError` with a plain-language message.
* `lookup_targets(domain, client)`: the domain's own A/AAAA, its MX hosts' A/AAAA and the single
  addresses in the ip4:/ip6: terms of its SPF record (a simple extraction, not an SPF
  evaluation: includes and redirects are not followed, and ranges are reported, not expanded).
  Failed lookups are reported as problems, never silently dropped.
* `extract_received_ips(text)`: the public sending addresses in pasted Received headers (see its
  docstring for which hops are skipped and why).

Only public addresses are checked: blacklists never list private (RFC 1918), loopback,
link-local, shared (CGNAT) or multicast addresses, so such an address is refused with an
explanation. Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32)
are accepted: they appear in examples and tests, and a blacklist simply does not list them.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from enum import StrEnum

from app.core.dns_client import DnsClient, DnsResult, DnsStatus
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import IPAddress, fold_width, normalize_domain, normalize_ip

MAX_PASTE = 2_000_000  # characters of pasted headers; a whole mailbox is not a bounce
MAX_MX_HOSTS = 10

_DOCUMENTATION = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)
_BENCHMARK = ipaddress.ip_network("198.18.0.0/15")  # RFC 2544, used inside labs


class TargetKind(StrEnum):
    """What a target is: an IP address (checked on IP lists) or a domain (domain lists)."""

    IP = "ip"
    DOMAIN = "domain"


class OriginKind(StrEnum):
    """Where a target came from."""

    ENTERED = "entered"  # typed by the user (or given on the command line)
    DOMAIN = "domain"  # the case's own domain
    A = "a"  # an A/AAAA record of the domain itself
    MX = "mx"  # an A/AAAA record of one of its MX hosts
    SPF = "spf"  # an ip4:/ip6: term of its SPF record
    RECEIVED = "received"  # a Received header of a pasted bounce


@dataclass(frozen=True)
class Origin:
    """One reason a target is on the list: its kind and a technical detail (a host name)."""

    kind: OriginKind
    detail: str = ""

    def to_text(self) -> str:
        """`mx:mail.example.co.jp`, the stable form stored in cases and JSON."""
        return f"{self.kind.value}:{self.detail}" if self.detail else self.kind.value

    @classmethod
    def from_text(cls, text: str) -> Origin:
        """Read `to_text()` back (unknown kinds become "entered")."""
        kind, _, detail = text.partition(":")
        try:
            return cls(OriginKind(kind), detail)
        except ValueError:
            return cls(OriginKind.ENTERED, text)

    def describe(self) -> Msg:
        """A plain-language description ("MX host mail.example.co.jp")."""
        return _ORIGIN_TEXT[self.kind].with_args(detail=self.detail)


_ORIGIN_TEXT: dict[OriginKind, Msg] = {
    OriginKind.ENTERED: QT_TRANSLATE_NOOP("dnsbl", "entered by you"),
    OriginKind.DOMAIN: QT_TRANSLATE_NOOP("dnsbl", "your domain"),
    OriginKind.A: QT_TRANSLATE_NOOP("dnsbl", "address of {detail}"),
    OriginKind.MX: QT_TRANSLATE_NOOP("dnsbl", "mail server (MX) {detail}"),
    OriginKind.SPF: QT_TRANSLATE_NOOP("dnsbl", "in the SPF record of {detail}"),
    OriginKind.RECEIVED: QT_TRANSLATE_NOOP("dnsbl", "from a bounce's Received header"),
}


@dataclass(frozen=True)
class Target:
    """One thing to check. `value` is canonical (an IP address, or a domain in A-label form),
    `display` is what people read (the Unicode domain)."""

    value: str
    kind: TargetKind
    display: str = ""
    origins: tuple[Origin, ...] = ()

    @property
    def label(self) -> str:
        """What to show: the Unicode form of a domain, the address of an IP."""
        return self.display or self.value

    @property
    def address(self) -> IPAddress | None:
        """The IP address of an IP target."""
        if self.kind is not TargetKind.IP:
            return None
        return ipaddress.ip_address(self.value)

    @property
    def is_ipv6(self) -> bool:
        """True for an IPv6 address."""
        return self.kind is TargetKind.IP and ":" in self.value

    def with_origins(self, *more: Origin) -> Target:
        """The same target with further origins (duplicates dropped)."""
        merged = list(self.origins)
        for origin in more:
            if origin not in merged:
                merged.append(origin)
        return Target(self.value, self.kind, self.display, tuple(merged))


NOT_PUBLIC = QT_TRANSLATE_NOOP(
    "dnsbl",
    "{address} is a {kind} address, used only inside networks. Blacklists list only public "
    "addresses, so there is nothing to check. Enter the public address of your mail server.",
)
_KIND_NAMES: dict[str, Msg] = {
    "private": QT_TRANSLATE_NOOP("dnsbl", "private"),
    "loopback": QT_TRANSLATE_NOOP("dnsbl", "loopback"),
    "link-local": QT_TRANSLATE_NOOP("dnsbl", "link-local"),
    "shared": QT_TRANSLATE_NOOP("dnsbl", "shared (carrier-grade NAT)"),
    "multicast": QT_TRANSLATE_NOOP("dnsbl", "multicast"),
    "unspecified": QT_TRANSLATE_NOOP("dnsbl", "unspecified"),
    "reserved": QT_TRANSLATE_NOOP("dnsbl", "reserved"),
}
EMPTY_TARGET = QT_TRANSLATE_NOOP(
    "dnsbl", "Please enter an IP address (e.g. 203.0.113.25) or a domain (e.g. example.co.jp)."
)


def non_public_kind(address: IPAddress) -> str | None:
    """Why `address` can never be on a blacklist ("private", "loopback", ...), or None for an
    address worth checking (public, or a documentation range)."""
    if any(address in net for net in _DOCUMENTATION if net.version == address.version):
        return None
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if isinstance(address, ipaddress.IPv4Address):
        if address in _SHARED:
            return "shared"
        if address in _BENCHMARK:
            return "private"
        if address.is_reserved or address == ipaddress.IPv4Address("255.255.255.255"):
            return "reserved"
    if address.is_private:
        return "private"
    if isinstance(address, ipaddress.IPv6Address) and address.is_reserved:
        return "reserved"
    return None


def ip_target(address: IPAddress, *origins: Origin) -> Target:
    """A target for an address already parsed (IPv4-mapped IPv6 becomes IPv4)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return Target(str(address), TargetKind.IP, "", tuple(origins))


def parse_target(text: str, origin: Origin | None = None) -> Target:
    """One IP address or domain as a person types it. Full-width characters, brackets around
    an address, a mail address or URL (its domain is used) are accepted. Raises `InputError`
    for anything else, and for addresses that can never be listed (private, loopback, ...)."""
    origin = origin or Origin(OriginKind.ENTERED)
    if len(text) > 1000:
        normalize_ip(text)  # raises the "too long" message
    folded = fold_width(text).strip()
    if not folded:
        raise InputError(EMPTY_TARGET)
    candidate = folded.strip("[]").split("%", 1)[0]
    looks_like_ip = ":" in candidate or re.fullmatch(r"[0-9.]+", candidate) is not None
    if looks_like_ip and "@" not in folded and "/" not in folded:
        address = normalize_ip(folded)
        kind = non_public_kind(address)
        if kind is not None:
            raise InputError(NOT_PUBLIC.with_args(address=str(address), kind=_KIND_NAMES[kind]))
        return ip_target(address, origin)
    domain = normalize_domain(folded)
    return Target(domain.ascii, TargetKind.DOMAIN, domain.unicode, (origin,))


PIECE_PROBLEM = QT_TRANSLATE_NOOP("dnsbl", "“{piece}”: {problem}")

# What separates several targets pasted at once ("203.0.113.25, 198.51.100.7", one per line, a
# Japanese list 「203.0.113.25、198.51.100.7」): none of these can be part of an address or domain.
_TARGET_SEPARATORS = re.compile(r"[\s,;、，；]+")


def parse_targets(text: str, origin: Origin | None = None) -> tuple[Target, ...]:
    """Every IP address and domain in `text`, as pasted from a mail or a list: separated by
    commas, semicolons, spaces or line breaks (half- or full-width); duplicates merged, in
    order. One piece reads exactly as `parse_target`; with several, an `InputError` names the
    piece that cannot be read."""
    if len(text) > 100_000:
        normalize_ip(text)  # raises the "too long" message
    pieces = [piece for piece in _TARGET_SEPARATORS.split(text) if piece]
    if len(pieces) <= 1:
        return (parse_target(text, origin),)
    targets = []
    for piece in pieces:
        try:
            targets.append(parse_target(piece, origin))
        except InputError as error:
            if quotes(error.message, piece):
                raise  # naming the piece again read 「「1.2.3.999」:「1.2.3.999」は…」
            raise InputError(
                PIECE_PROBLEM.with_args(piece=_piece_shown(piece), problem=error.message)
            ) from None
    return merge_targets(targets)


def quotes(message: Msg, text: str) -> bool:
    """Whether `message` already shows `text` (it needs no "“text”: " in front)."""
    shown = text.strip()
    return bool(shown) and shown in message.render("en")


def _piece_shown(piece: str) -> str:
    return piece if len(piece) <= 60 else piece[:59] + "…"


def merge_targets(*groups: tuple[Target, ...] | list[Target]) -> tuple[Target, ...]:
    """All targets in order of first appearance, one per value, origins combined."""
    merged: dict[tuple[TargetKind, str], Target] = {}
    for group in groups:
        for target in group:
            key = (target.kind, target.value.lower())
            if key in merged:
                merged[key] = merged[key].with_origins(*target.origins)
            else:
                merged[key] = target
    return tuple(merged.values())


# -- targets derived from a domain ----------------------------------------------------------


@dataclass(frozen=True)
class TargetLookup:
    """What `lookup_targets` found: the targets (the domain first), problems (lookups that
    failed: the list may be incomplete) and notes (things seen but not checked, e.g. SPF
    ranges)."""

    domain: str
    targets: tuple[Target, ...]
    problems: tuple[Msg, ...] = ()
    notes: tuple[Msg, ...] = ()
    cancelled: bool = False
    # False when DNS says the domain does not exist at all (NXDOMAIN): usually a typo.
    exists: bool = True

    @property
    def ip_targets(self) -> tuple[Target, ...]:
        """The derived IP addresses."""
        return tuple(t for t in self.targets if t.kind is TargetKind.IP)


LOOKUP_FAILED = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The {rtype} record of {name} could not be looked up ({status}), so the list of addresses "
    "to check may be incomplete.",
)
NO_MX = QT_TRANSLATE_NOOP(
    "dnsbl",
    "{domain} has no MX record: mail for it goes to the domain's own address, which is checked.",
)
NULL_MX = QT_TRANSLATE_NOOP(
    "dnsbl", "{domain} publishes a “null MX”: it says it receives no mail at all."
)
SPF_RANGE = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The SPF record of {domain} allows the whole range {range}; ranges are not checked address "
    "by address. Add the address your mail actually leaves from, if you know it.",
)
SPF_INCLUDES = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The SPF record of {domain} refers to other records ({terms}); the servers named there are "
    "not checked here (they usually belong to your provider).",
)
TOO_MANY_MX = QT_TRANSLATE_NOOP(
    "dnsbl", "{domain} has {count} MX hosts; only the first {limit} are checked."
)
DOMAIN_NOT_FOUND = QT_TRANSLATE_NOOP(
    "dnsbl",
    "{domain} does not exist in DNS, so it has no mail servers or addresses to check. Check the "
    "spelling of the domain (for example .co.jp and .jp are different domains).",
)
NO_ADDRESSES = QT_TRANSLATE_NOOP(
    "dnsbl",
    "No IP address could be found for {domain}. Add your mail server's address by hand, or "
    "take it from a bounce.",
)


def _mx_hosts(result: DnsResult) -> list[tuple[int, str]]:
    hosts = []
    for record in result.records:
        parts = record.split()
        if len(parts) != 2 or not parts[0].isdigit():
            continue
        hosts.append((int(parts[0]), parts[1].rstrip(".").lower()))
    hosts.sort()
    return hosts


_SPF_IP = re.compile(r"^([+?~-]?)(ip4|ip6):(\S+)$", re.IGNORECASE)
_SPF_REFERENCE = re.compile(r"^[+?~-]?(include|redirect|a|mx|exists|ptr)([:=/]|$)", re.I)


def spf_addresses(
    texts: tuple[str, ...],
) -> tuple[list[IPAddress], list[str], list[str]]:
    """The single addresses, ranges and referring terms of `v=spf1` records among `texts`.

    A simple extraction for choosing what to check, not an SPF evaluation: `-ip4:` terms (hosts
    that must *not* send) are skipped; `include:`, `a`, `mx`, `redirect=` are only reported."""
    addresses: list[IPAddress] = []
    ranges: list[str] = []
    references: list[str] = []
    for text in texts:
        words = text.split()
        if not words or words[0].lower() != "v=spf1":
            continue
        for term in words[1:]:
            match = _SPF_IP.match(term)
            if match:
                if match.group(1) == "-":
                    continue
                value = match.group(3)
                try:
                    network = ipaddress.ip_network(value, strict=False)
                except ValueError:
                    continue
                if network.num_addresses == 1:
                    addresses.append(network.network_address)
                else:
                    ranges.append(str(network))
            elif _SPF_REFERENCE.match(term):
                references.append(term.lstrip("+?~-"))
    return addresses, ranges, references


def lookup_targets(
    domain: str,
    client: DnsClient,
    *,
    cancel: object | None = None,
) -> TargetLookup:
    """The domain and the addresses its mail uses: its own A/AAAA, its MX hosts' A/AAAA, and the
    single addresses of its SPF record. Two rounds of parallel queries; never raises for DNS
    trouble (failed lookups are listed in `problems`). `cancel` is a threading.Event."""
    parsed = normalize_domain(domain)
    name = parsed.ascii
    base = Target(name, TargetKind.DOMAIN, parsed.unicode, (Origin(OriginKind.DOMAIN),))
    problems: list[Msg] = []
    notes: list[Msg] = []
    own: list[Target] = []  # the domain's A/AAAA
    spf: list[Target] = []
    mx: list[Target] = []

    def failed(result: DnsResult, rtype: str, host: str) -> bool:
        if result.status is DnsStatus.CANCELLED:
            return True
        if not result.definitive:
            problems.append(
                LOOKUP_FAILED.with_args(rtype=rtype, name=host, status=result.status.label)
            )
            return True
        return False

    first = client.query_many(
        [(name, "MX"), (name, "A"), (name, "AAAA"), (name, "TXT")],
        cancel=cancel,  # type: ignore[arg-type]
    )
    if any(r.status is DnsStatus.CANCELLED for r in first):
        return TargetLookup(name, (base,), tuple(problems), tuple(notes), cancelled=True)
    mx_result, a_result, aaaa_result, txt_result = first
    if all(r.status is DnsStatus.NXDOMAIN for r in first):
        # "No MX record: mail goes to the domain's own address" would be advice for a domain
        # that is not there; the one thing to say is that the name is probably mistyped.
        notes.append(DOMAIN_NOT_FOUND.with_args(domain=parsed.unicode))
        return TargetLookup(name, (base,), (), tuple(notes), exists=False)
    for result, rtype in ((a_result, "A"), (aaaa_result, "AAAA")):
        if not failed(result, rtype, name) and result.status is DnsStatus.OK:
            for record in result.records:
                _add_address(own, record, Origin(OriginKind.A, name))
    mx_hosts: list[str] = []
    if not failed(mx_result, "MX", name):
        hosts = _mx_hosts(mx_result) if mx_result.status is DnsStatus.OK else []
        if mx_result.status is not DnsStatus.OK or not hosts:
            notes.append(NO_MX.with_args(domain=parsed.unicode))
        elif len(hosts) == 1 and hosts[0][1] in ("", "."):
            notes.append(NULL_MX.with_args(domain=parsed.unicode))
        else:
            mx_hosts = list(dict.fromkeys(h for _, h in hosts if h not in ("", ".")))
            if len(mx_hosts) > MAX_MX_HOSTS:
                notes.append(
                    TOO_MANY_MX.with_args(
                        domain=parsed.unicode, count=len(mx_hosts), limit=MAX_MX_HOSTS
                    )
                )
                mx_hosts = mx_hosts[:MAX_MX_HOSTS]
    if not failed(txt_result, "TXT", name) and txt_result.status is DnsStatus.OK:
        addresses, ranges, references = spf_addresses(txt_result.texts)
        for address in addresses:
            _add_address(spf, str(address), Origin(OriginKind.SPF, name))
        for network in ranges:
            notes.append(SPF_RANGE.with_args(domain=parsed.unicode, range=network))
        if references:
            notes.append(
                SPF_INCLUDES.with_args(domain=parsed.unicode, terms=", ".join(references[:5]))
            )
    if mx_hosts:
        second = client.query_many(
            [(host, rtype) for host in mx_hosts for rtype in ("A", "AAAA")],
            cancel=cancel,  # type: ignore[arg-type]
        )
        if any(r.status is DnsStatus.CANCELLED for r in second):
            return TargetLookup(
                name, merge_targets([base], own, spf), tuple(problems), tuple(notes), True
            )
        for index, result in enumerate(second):
            host = mx_hosts[index // 2]
            rtype = "A" if index % 2 == 0 else "AAAA"
            if not failed(result, rtype, host) and result.status is DnsStatus.OK:
                for record in result.records:
                    _add_address(mx, record, Origin(OriginKind.MX, host))
    # Mail servers first: they are what receivers see; then the domain's own and SPF addresses.
    targets = merge_targets([base], mx, own, spf)
    if len(targets) == 1 and not problems:
        notes.append(NO_ADDRESSES.with_args(domain=parsed.unicode))
    return TargetLookup(name, targets, tuple(problems), tuple(notes))


def _add_address(found: list[Target], text: str, origin: Origin) -> None:
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return
    if non_public_kind(address) is not None:
        return
    found.append(ip_target(address, origin))


# -- Received headers -----------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedHop:
    """One Received header's "from" side: who handed the mail over, as the receiver saw it.
    `skipped` says why the address is not a candidate (None: it is one)."""

    position: int  # 0 = the earliest hop (the bottom-most header)
    address: str
    from_name: str
    by_name: str
    skipped: str | None = None  # "private", "loopback", ..., "internal", "inbound"
    likely_sender: bool = False


@dataclass(frozen=True)
class ReceivedExtraction:
    """What `extract_received_ips` found, earliest hop first."""

    hops: tuple[ReceivedHop, ...] = ()
    used_original_part: bool = False  # True: only the returned original message was read
    header_count: int = 0

    @property
    def candidates(self) -> tuple[ReceivedHop, ...]:
        """The hops whose address is worth checking, earliest first."""
        return tuple(h for h in self.hops if h.skipped is None)

    @property
    def targets(self) -> tuple[Target, ...]:
        """The candidate addresses as targets (duplicates merged)."""
        return merge_targets(
            [
                ip_target(ipaddress.ip_address(h.address), Origin(OriginKind.RECEIVED, h.from_name))
                for h in self.candidates
            ]
        )


TOO_LONG_PASTE = QT_TRANSLATE_NOOP(
    "dnsbl",
    "The pasted text is too long ({length} characters). Paste only the returned mail (the "
    "bounce), not a whole mailbox.",
)

# Where a bounce (DSN) starts quoting the original message: only hops after this line are the
# original mail's path. Before it are the bounce's own hops (the recipient's servers sending
# the bounce back to you), whose addresses are not yours.
_ORIGINAL_PART = re.compile(
    r"^(content-type:\s*(message/rfc822|text/rfc822-headers|message/rfc822-headers)\b"
    r"|-{2,}\s*(original message|this is a copy of the message|below this line is a copy)"
    r"|.*元のメッセージ|.*original message follows"
    r"|.*(undelivered|returned) message"
    r").*$",
    re.IGNORECASE | re.MULTILINE,
)
_RECEIVED = re.compile(r"^received:", re.IGNORECASE)
_BRACKETED = re.compile(r"\[(?:ipv6:)?([0-9a-f:.]+)\]", re.IGNORECASE)
_PARENTHESISED = re.compile(r"\(\s*(?:ipv6:)?([0-9a-f:.]+)\s*\)", re.IGNORECASE)
_BARE_V4 = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.])")
_FROM = re.compile(r"\bfrom\s+(\S+)", re.IGNORECASE)
_BY = re.compile(r"\bby\s+([^\s;()]+)", re.IGNORECASE)
# A client logging in to hand mail to its server (RFC 3848 "with ESMTPSA", Postfix's
# "Authenticated sender"): receivers never see that address, only the server's.
_SUBMISSION = re.compile(r"\bwith\s+(E?SMTPS?A|LMTPS?A)\b|authenticated sender|\(auth", re.I)
_TWO_LEVEL = {"co", "ne", "or", "ac", "ad", "ed", "go", "gr", "lg", "com", "net", "org", "gov"}


def _unfolded_headers(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw.rstrip())
    return lines


def organisation(name: str) -> str:
    """A rough "registered domain" of a host name (last two labels, three under co.jp-style
    second levels), for telling one organisation's internal hops apart from hand-overs."""
    labels = [label for label in name.lower().strip(".[]").split(".") if label]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _TWO_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _last_received_start(body: str) -> int:
    """Where the last line starting with "Received:" starts (-1: there is none), with lines
    split as `_unfolded_headers` splits them."""
    last = -1
    offset = 0
    for line in body.splitlines(keepends=True):
        if _RECEIVED.match(line):
            last = offset
        offset += len(line)
    return last


# A HELO/EHLO name given as an address literal, as Exim ("helo=[192.0.2.1]") and qmail
# ("HELO [192.0.2.1]") note it: what the client claimed, not where it connected from.
_HELO_LITERAL = re.compile(r"\b(?:helo|ehlo)(?:=|\s+)\[[^\]\s]*\]", re.IGNORECASE)


def _sender_address(from_name: str, rest: str) -> str | None:
    """The address the receiver saw the client connect from, in a "from" clause split into
    the name after "from" (the HELO name, or Exim's host) and the rest.

    The connecting address is the one the receiver adds in parentheses ("(rdns [IP])",
    "(IP)"). The name after "from" is what the client said in HELO, which it can forge:
    "from [198.51.100.77] (unknown [203.0.113.9])" came from 203.0.113.9. It is used only
    when the clause has no other address (Exim writes an unresolved client as
    "from [IP] (helo=...)").
    """
    return _first_address(_HELO_LITERAL.sub(" ", rest)) or _first_address(from_name)


def _first_address(clause: str) -> str | None:
    for pattern in (_BRACKETED, _PARENTHESISED, _BARE_V4):
        for match in pattern.finditer(clause):
            try:
                return str(ipaddress.ip_address(match.group(1)))
            except ValueError:
                continue
    return None


def extract_received_ips(text: str, own_names: tuple[str, ...] = ()) -> ReceivedExtraction:
    """The sending addresses in pasted mail headers (a bounce, or an original message's headers).

    Which hops count, and why:

    * When the text is a bounce that quotes the original message (a `message/rfc822` part, or
      a "original message" marker), only the Received headers of the quoted original are read:
      the bounce's own headers describe the way back to you, through the recipient's servers.
    * Each Received header's "from" clause names the machine that handed the mail over and the
      address the receiver saw; that address is the candidate.
    * Skipped: private, loopback, link-local, shared (CGNAT), multicast and reserved addresses
      (a PC inside the office, a server's internal relay); logged-in submissions (`with
      ESMTPSA`, "Authenticated sender": a mail program handing mail to its server, which
      receivers never see); hops between two machines of the same organisation (the receiving
      side passing the mail on internally, e.g. from mx1.recipient.example to
      store.recipient.example); and hops received by one of `own_names` (your own domain or
      server) from another organisation's named server, which are mail coming *to* you.
    * The earliest remaining hop (the bottom-most header) is the most likely address your mail
      left from: `likely_sender` marks it.

    Never raises for odd input except `InputError` for an over-long paste.
    """
    if len(text) > MAX_PASTE:
        raise InputError(TOO_LONG_PASTE.with_args(length=len(text)))
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    used_original = False
    # The quoted original starts at the first marker with a Received header after it. That
    # is the first marker if any: a later one has fewer lines after it. A Received line always
    # starts a line of its own, so "after the marker" means "starts after the marker's end".
    # One pass over the text (unfolding the rest after every marker in turn was quadratic on
    # pastes with many markers and no Received header).
    marker = _ORIGINAL_PART.search(body)
    if marker is not None and marker.end() < _last_received_start(body):
        body = body[marker.end() :]
        used_original = True
    lines = _unfolded_headers(body)
    headers = [line for line in lines if _RECEIVED.match(line)]
    own = {organisation(n) for n in own_names if n.strip()}
    hops: list[ReceivedHop] = []
    # Headers are prepended by each hop: the last one in the text is the earliest.
    for position, header in enumerate(reversed(headers)):
        value = header.split(":", 1)[1]
        by_match = _BY.search(value)
        by_name = by_match.group(1).strip(".").lower() if by_match else ""
        from_clause = value[: by_match.start()] if by_match else value.split(";", 1)[0]
        from_match = _FROM.search(from_clause)
        if from_match is None:
            continue
        from_name = from_match.group(1).strip("()[].").lower()
        address_text = _sender_address(from_match.group(1), from_clause[from_match.end() :])
        if address_text is None:
            continue
        address = ipaddress.ip_address(address_text)
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        skipped = non_public_kind(address)
        from_org = organisation(from_name) if not _is_literal(from_name) else ""
        by_org = organisation(by_name) if by_name else ""
        if skipped is None and from_org and by_org and from_org == by_org:
            skipped = "internal"
        if skipped is None and _SUBMISSION.search(value):
            skipped = "submission"
        if skipped is None and by_org in own and from_org and from_org not in own:
            skipped = "inbound"
        hops.append(ReceivedHop(position, str(address), from_name, by_name, skipped))
    marked: list[ReceivedHop] = []
    likely_done = False
    for hop in hops:
        if hop.skipped is None and not likely_done:
            hop = ReceivedHop(
                hop.position, hop.address, hop.from_name, hop.by_name, None, likely_sender=True
            )
            likely_done = True
        marked.append(hop)
    return ReceivedExtraction(tuple(marked), used_original, len(headers))


def _is_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return name in ("", "unknown", "localhost")
    return True


SKIP_REASONS: dict[str, Msg] = {
    "private": QT_TRANSLATE_NOOP("dnsbl", "a private address inside a network"),
    "loopback": QT_TRANSLATE_NOOP("dnsbl", "a loopback address (the machine itself)"),
    "link-local": QT_TRANSLATE_NOOP("dnsbl", "a link-local address"),
    "shared": QT_TRANSLATE_NOOP("dnsbl", "a shared (carrier-grade NAT) address"),
    "multicast": QT_TRANSLATE_NOOP("dnsbl", "a multicast address"),
    "unspecified": QT_TRANSLATE_NOOP("dnsbl", "an unspecified address"),
    "reserved": QT_TRANSLATE_NOOP("dnsbl", "a reserved address"),
    "internal": QT_TRANSLATE_NOOP(
        "dnsbl", "passed on inside the receiving organisation, not the sender"
    ),
    "inbound": QT_TRANSLATE_NOOP("dnsbl", "mail coming to you, not mail you sent"),
    "submission": QT_TRANSLATE_NOOP(
        "dnsbl",
        "a mail program logging in to hand mail to its server; receivers never see this address",
    ),
}
