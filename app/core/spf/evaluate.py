"""`check_host()` of RFC 7208: would a receiver accept mail from this IP for this sender?

Every DNS query goes through the `DnsClient` it is given (the resolver the user chose), the
explanation (`exp=`) lookup included: nothing is looked up any other way. Independent
queries (the addresses of an MX host list, the names of a PTR answer) are sent together
with `query_many`. Answers are cached for the duration of one evaluation only.

Limits (RFC 7208 4.6.4): at most 10 terms that cause DNS lookups (include, a, mx, ptr,
exists, redirect), at most 2 void lookups (a name that does not exist or has no record of
the type asked), at most 10 MX names per `mx`, only the first 10 PTR names, and a time
limit (20 s by default) for the whole evaluation. Going over a limit is a permerror; a DNS
failure (timeout, SERVFAIL) is a temperror, never a "no match".

A domain reached again through include or redirect while it is still being evaluated is
reported as a loop (permerror) at once: evaluating it again would repeat the same lookups
until the limit of 10 is reached, which is also a permerror, so the result is the same and
the reason is clearer.
"""

from __future__ import annotations

import ipaddress
import threading
import time
import urllib.parse
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.core.dns_client import DnsClient, DnsResult, DnsStatus
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import fold_width
from app.core.spf.codes import reason_text
from app.core.spf.record import (
    MacroError,
    MacroToken,
    Problem,
    Term,
    is_spf_record,
    parse_record,
    tokenize_macro_string,
)

MAX_LOOKUPS = 10
MAX_VOID_LOOKUPS = 2
MAX_MX_NAMES = 10
MAX_PTR_NAMES = 10
DEFAULT_TIME_LIMIT = 20.0  # RFC 7208 4.6.4: "SHOULD allow at least 20 seconds"
MAX_DOMAIN_LENGTH = 253

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class SpfResult(StrEnum):
    """The results of check_host (RFC 7208 2.6)."""

    PASS = "pass"
    FAIL = "fail"
    SOFTFAIL = "softfail"
    NEUTRAL = "neutral"
    NONE = "none"
    PERMERROR = "permerror"
    TEMPERROR = "temperror"


RESULT_TEXT: dict[SpfResult, Msg] = {
    SpfResult.PASS: QT_TRANSLATE_NOOP("spf", "pass: this server may send mail for the domain."),
    SpfResult.FAIL: QT_TRANSLATE_NOOP(
        "spf", "fail: the domain says this server must not send its mail."
    ),
    SpfResult.SOFTFAIL: QT_TRANSLATE_NOOP(
        "spf", "softfail: this server is not listed; its mail is treated as suspicious."
    ),
    SpfResult.NEUTRAL: QT_TRANSLATE_NOOP(
        "spf", "neutral: the domain makes no statement about this server."
    ),
    SpfResult.NONE: QT_TRANSLATE_NOOP("spf", "none: the domain has no SPF record."),
    SpfResult.PERMERROR: QT_TRANSLATE_NOOP(
        "spf", "permerror: the SPF record is broken, receivers cannot use it."
    ),
    SpfResult.TEMPERROR: QT_TRANSLATE_NOOP(
        "spf", "temperror: a DNS lookup failed, so the result is not known."
    ),
}

# Why a result is permerror or temperror, for people (the CLI's text, in its language). `detail`
# says the same in English for logs and JSON, which must not change with the language.
MSG_CANCELLED = QT_TRANSLATE_NOOP("spf", "The check was cancelled.")
MSG_TIME_LIMIT = QT_TRANSLATE_NOOP(
    "spf", "The evaluation took longer than its time limit of {seconds} seconds."
)
MSG_DNS_ERROR = QT_TRANSLATE_NOOP(
    "spf", "The DNS lookup of {name} ({type}) failed ({status}), so the result is not known."
)
MSG_TOO_MANY_LOOKUPS = QT_TRANSLATE_NOOP(
    "spf",
    "More than {limit} DNS lookups are needed (at “{term}” in {domain}). Receivers treat "
    "the record as broken.",
)
MSG_TOO_MANY_VOID = QT_TRANSLATE_NOOP(
    "spf",
    "More than {limit} lookups found nothing (at “{term}” in {domain}). Receivers treat "
    "the record as broken.",
)
MSG_MULTIPLE = QT_TRANSLATE_NOOP(
    "spf", "{domain} has {count} SPF records; receivers accept only one."
)
MSG_NON_ASCII = QT_TRANSLATE_NOOP(
    "spf", "The SPF record of {domain} contains full-width or other non-ASCII characters."
)
MSG_LOOP = QT_TRANSLATE_NOOP(
    "spf", "{domain} is reached again through include or redirect (a loop)."
)
MSG_SYNTAX = QT_TRANSLATE_NOOP(
    "spf", "The SPF record of {domain} has a mistake at “{term}”: {reason}"
)
# include: and redirect= alike.
MSG_NO_SPF_AT_TARGET = QT_TRANSLATE_NOOP(
    "spf", "“{term}” in {domain}: there is no SPF record at {target}."
)
MSG_TOO_MANY_MX = QT_TRANSLATE_NOOP(
    "spf", "“{term}” in {domain}: {count} mail server names (MX); the limit is {limit}."
)
MSG_INVALID_DOMAIN = QT_TRANSLATE_NOOP(
    "spf", "“{domain}” is not a valid host name, so it has no SPF result."
)

QUALIFIER_RESULTS = {
    "+": SpfResult.PASS,
    "-": SpfResult.FAIL,
    "~": SpfResult.SOFTFAIL,
    "?": SpfResult.NEUTRAL,
}


@dataclass(frozen=True)
class EvalResult:
    """What check_host found.

    `mechanism` is the term that matched ("" when none did: result neutral by default, none,
    or an error). `explanation` is set for `fail` only: the text of the record's exp=, or
    the default explanation. `code` names the problem behind a permerror or temperror with
    the same codes the validator uses (e.g. "too_many_lookups", "include_without_spf");
    `detail` says where, in English, for logs and JSON; `message` says the same for people,
    translatable (None when there was no error). `lookups` and `void_lookups` are
    what this evaluation actually used (the validator's counts are the worst case).
    """

    result: SpfResult
    ip: str
    sender: str
    helo: str
    domain: str
    mechanism: str = ""
    explanation: str | None = None
    lookups: int = 0
    void_lookups: int = 0
    code: str = ""
    detail: str = ""
    record: str | None = None
    matched_domain: str = ""
    message: Msg | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form for `spf eval --json` (a stable contract: add fields, never rename).
        `message` is rendered in the process language (the CLI's)."""
        return {
            "result": self.result.value,
            "ip": self.ip,
            "sender": self.sender,
            "helo": self.helo,
            "domain": self.domain,
            "record": self.record,
            "mechanism": self.mechanism,
            "matched_domain": self.matched_domain,
            "explanation": self.explanation,
            "lookups": self.lookups,
            "void_lookups": self.void_lookups,
            "code": self.code,
            "detail": self.detail,
            "message": self.message.render() if self.message is not None else "",
        }


class _PermError(Exception):
    def __init__(self, code: str, detail: str, message: Msg) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.message = message


class _TempError(Exception):
    def __init__(self, detail: str, message: Msg, code: str = "dns_error") -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.message = message


@dataclass(frozen=True)
class _Outcome:
    result: SpfResult
    mechanism: str = ""
    exp: Term | None = None  # the exp= of the record that decided the result
    domain: str = ""  # that record's domain (the %{d} of its explanation)


@dataclass
class _Identity:
    ip: IPAddress
    local: str
    sender_domain: str
    helo: str
    receiver: str
    now: int

    @property
    def sender(self) -> str:
        return f"{self.local}@{self.sender_domain}"


def parse_ip(text: str) -> IPAddress:
    """The connecting IP: full-width digits accepted; an IPv4-mapped IPv6 address is IPv4
    (RFC 7208 5: "::FFFF:1.2.3.4" must be treated as 1.2.3.4). Raises InputError."""
    value = fold_width(text).strip().strip("[]").strip()
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "spf", "“{value}” is not an IP address (example: 203.0.113.25)."
            ).with_args(value=text.strip())
        ) from None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def sender_identity(sender: str, helo: str) -> tuple[str, str]:
    """(local-part, domain) checked for `sender` (RFC 7208 4.3 and 2.4): with an empty
    MAIL FROM the HELO name is checked as postmaster@helo; an empty local-part or an
    address without "@" gets "postmaster"."""
    sender = sender.strip()
    if sender.startswith("<") and sender.endswith(">"):
        sender = sender[1:-1].strip()
    if not sender:
        return "postmaster", helo.strip()
    if "@" not in sender:
        return "postmaster", sender
    local, _, domain = sender.rpartition("@")
    return (local or "postmaster"), domain


def valid_initial_domain(domain: str) -> str | None:
    """The domain as an A-label name if check_host may look it up, None if it is malformed
    (RFC 7208 4.3: empty or over-long labels, a single label, a domain literal such as
    "[192.0.2.1]"): then the result is "none"."""
    text = domain.strip()
    if not text or text.startswith("[") or any(ch.isspace() for ch in text):
        return None
    if text.endswith("."):
        text = text[:-1]
    labels = text.split(".")
    if len(labels) < 2:
        return None
    ascii_labels = []
    for label in labels:
        if not label:
            return None
        if not label.isascii():
            try:
                label = label.encode("idna").decode("ascii")
            except UnicodeError:
                return None
        if len(label) > 63:
            return None
        ascii_labels.append(label)
    name = ".".join(ascii_labels)
    if len(name) > MAX_DOMAIN_LENGTH:
        return None
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return name
    return None


def dns_name(expanded: str) -> str | None:
    """A macro-expanded domain made ready for a DNS query, or None if no query can be made
    from it (an empty label, a label over 63 bytes: such a target simply does not exist).

    A final dot is dropped (RFC 7208 7.3) and, if the name is longer than 253 characters,
    labels are removed from the left until it fits. Characters other than letters, digits,
    "-" and "_" are written as `\\DDD` escapes so that expansions such as
    "macro%percent  space" reach the DNS server as they are.
    """
    name = expanded[:-1] if expanded.endswith(".") else expanded
    labels = name.split(".")
    while len(".".join(labels)) > MAX_DOMAIN_LENGTH and len(labels) > 1:
        labels.pop(0)
    if not labels or any(not label or len(label.encode("utf-8")) > 63 for label in labels):
        return None
    return ".".join(_escape_label(label) for label in labels)


def _escape_label(label: str) -> str:
    out = []
    for byte in label.encode("utf-8"):
        ch = chr(byte)
        out.append(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else f"\\{byte:03d}")
    return "".join(out)


def _reverse_name(ip: IPAddress) -> str:
    return ip.reverse_pointer


def _nibbles(ip: ipaddress.IPv6Address) -> str:
    # Upper-case hex: the openspf test suite (v-macro-ip6) expects "...E.B.A.B.E.F.A.C";
    # DNS does not care about case, only explanation text shows it.
    return ".".join(f"{ip.packed.hex().upper()}")


def expand_macros(
    tokens: list[MacroToken],
    identity: _Identity,
    domain: str,
    validated_name: Any = None,
) -> str:
    """Expand a tokenised macro-string (RFC 7208 7.3). `validated_name` is a callable
    returning the %{p} value (it costs DNS lookups, so it is only called when needed)."""
    parts = []
    for token in tokens:
        if not token.is_macro:
            parts.append(token.literal)
            continue
        letter = token.letter.lower()
        ip = identity.ip
        if letter == "s":
            value = identity.sender
        elif letter == "l":
            value = identity.local
        elif letter == "o":
            value = identity.sender_domain
        elif letter == "d":
            value = domain
        elif letter == "i":
            value = _nibbles(ip) if isinstance(ip, ipaddress.IPv6Address) else str(ip)
        elif letter == "p":
            value = validated_name() if validated_name is not None else "unknown"
        elif letter == "v":
            value = "in-addr" if ip.version == 4 else "ip6"
        elif letter == "h":
            value = identity.helo
        elif letter == "c":
            value = str(ip)
        elif letter == "r":
            value = identity.receiver
        else:  # "t"
            value = str(identity.now)
        value = _transform(value, token)
        if token.letter.isupper():
            value = urllib.parse.quote(value, safe="")
        parts.append(value)
    return "".join(parts)


def _transform(value: str, token: MacroToken) -> str:
    if token.digits is None and not token.reverse and not token.delimiters:
        return value
    delimiters = token.delimiters or "."
    pieces = [""]
    for ch in value:
        if ch in delimiters:
            pieces.append("")
        else:
            pieces[-1] += ch
    if token.reverse:
        pieces.reverse()
    if token.digits is not None:
        pieces = pieces[-token.digits :]
    return ".".join(pieces)


class _Evaluation:
    """The state of one check_host call: counters, cache, deadline."""

    def __init__(
        self,
        client: DnsClient,
        identity: _Identity,
        cancel: threading.Event | None,
        time_limit: float,
    ) -> None:
        self.client = client
        self.identity = identity
        self.cancel = cancel
        self.time_limit = time_limit
        self.deadline = time.monotonic() + time_limit
        self.lookups = 0
        self.voids = 0
        self.cache: dict[tuple[str, str], DnsResult] = {}
        self._validated: list[str] | None = None
        self.top_record: str | None = None

    # -- DNS -------------------------------------------------------------------------------

    def _check_time(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise _TempError("the check was cancelled", MSG_CANCELLED, "cancelled")
        if time.monotonic() > self.deadline:
            raise _TempError(
                "the time limit for the SPF evaluation was reached",
                MSG_TIME_LIMIT.with_args(seconds=f"{self.time_limit:g}"),
                "time_limit",
            )

    def dns_many(self, pairs: list[tuple[str, str]]) -> list[DnsResult]:
        self._check_time()
        keys = [(name.lower(), rtype) for name, rtype in pairs]
        missing = list(dict.fromkeys(k for k in keys if k not in self.cache))
        if missing:
            results = self.client.query_many(missing, cancel=self.cancel)
            for key, result in zip(missing, results, strict=True):
                if result.status != DnsStatus.CANCELLED:
                    self.cache[key] = result
            self._check_time()
        return [self.cache[k] for k in keys]

    def dns(self, name: str, rtype: str) -> DnsResult:
        return self.dns_many([(name, rtype)])[0]

    def count_lookup(self, term: Term, domain: str) -> None:
        self.lookups += 1
        if self.lookups > MAX_LOOKUPS:
            raise _PermError(
                "too_many_lookups",
                f"more than {MAX_LOOKUPS} DNS lookups (at {term.text} in {domain})",
                MSG_TOO_MANY_LOOKUPS.with_args(limit=MAX_LOOKUPS, term=term.text, domain=domain),
            )

    def count_void(self, result: DnsResult, term: Term, domain: str) -> bool:
        """True (and counted) if `result` is a void lookup."""
        if result.status in (DnsStatus.NXDOMAIN, DnsStatus.NODATA):
            self.voids += 1
            if self.voids > MAX_VOID_LOOKUPS:
                raise _PermError(
                    "too_many_void_lookups",
                    f"more than {MAX_VOID_LOOKUPS} lookups found nothing "
                    f"(at {term.text} in {domain})",
                    MSG_TOO_MANY_VOID.with_args(
                        limit=MAX_VOID_LOOKUPS, term=term.text, domain=domain
                    ),
                )
            return True
        return False

    @staticmethod
    def _require(result: DnsResult, what: str) -> None:
        if not result.definitive:
            raise _TempError(
                f"{what}: {result.status.value} ({result.detail})",
                MSG_DNS_ERROR.with_args(
                    name=result.name, type=result.rdtype, status=result.status.label
                ),
            )

    # -- records ----------------------------------------------------------------------------

    def record_for(self, domain: str) -> str | None:
        """The SPF record of `domain`, None if it has none; raises for DNS errors or
        multiple records."""
        result = self.dns(domain, "TXT")
        if result.status in (DnsStatus.NXDOMAIN, DnsStatus.NODATA):
            return None
        self._require(result, f"TXT lookup of {domain}")
        found = [b"".join(parts) for parts in result.strings if is_spf_record(b"".join(parts))]
        if not found:
            return None
        if len(found) > 1:
            raise _PermError(
                "multiple_records",
                f"{domain} has {len(found)} SPF records",
                MSG_MULTIPLE.with_args(domain=domain, count=len(found)),
            )
        raw = found[0]
        try:
            return raw.decode("ascii")
        except UnicodeDecodeError:
            raise _PermError(
                "non_ascii",
                f"the SPF record of {domain} contains non-ASCII bytes",
                MSG_NON_ASCII.with_args(domain=domain),
            ) from None

    def check(self, domain: str, stack: tuple[str, ...], record: str | None = None) -> _Outcome:
        if domain.lower() in stack:
            raise _PermError(
                "loop",
                f"{domain} is reached again through include or redirect",
                MSG_LOOP.with_args(domain=domain),
            )
        if record is None:
            record = self.record_for(domain)
        if not stack:
            self.top_record = record
        if record is None:
            return _Outcome(SpfResult.NONE)
        parsed = parse_record(record)
        if not parsed.ok:
            problem = parsed.problems[0]
            code = "non_ascii" if problem.reason == Problem.NON_ASCII else "syntax"
            raise _PermError(
                code,
                f"syntax error in the SPF record of {domain}: {problem.term!r} "
                f"({problem.reason.value})",
                MSG_SYNTAX.with_args(
                    domain=domain, term=problem.term, reason=reason_text(problem.reason)
                ),
            )
        inner = (*stack, domain.lower())
        for term in parsed.mechanisms:
            if term.counts_lookup:
                self.count_lookup(term, domain)
            if self.matches(term, domain, inner):
                return _Outcome(QUALIFIER_RESULTS[term.qualifier], term.text, parsed.exp, domain)
        redirect = parsed.redirect
        if redirect is not None:
            self.count_lookup(redirect, domain)
            target = self.target(redirect, domain)
            sub = self.check(target, inner) if target is not None else _Outcome(SpfResult.NONE)
            if sub.result == SpfResult.NONE:
                raise _PermError(
                    "redirect_without_spf",
                    f"redirect={redirect.value} in {domain}: no SPF record at the target",
                    MSG_NO_SPF_AT_TARGET.with_args(
                        term=redirect.text, domain=domain, target=target or redirect.value
                    ),
                )
            return sub
        return _Outcome(SpfResult.NEUTRAL, "", parsed.exp, domain)

    def target(self, term: Term, domain: str) -> str | None:
        """The DNS name a term points at (its domain-spec expanded, or the current domain)."""
        if not term.value:
            return domain
        try:
            tokens = tokenize_macro_string(term.value, exp_letters=False)
        except MacroError as error:  # pragma: no cover - the parser rejected these already
            raise _PermError(
                "syntax",
                f"{term.text}: {error.reason.value}",
                MSG_SYNTAX.with_args(
                    domain=domain, term=term.text, reason=reason_text(error.reason)
                ),
            ) from None
        expanded = expand_macros(tokens, self.identity, domain, lambda: self.validated_name(domain))
        return dns_name(expanded)

    # -- mechanisms ---------------------------------------------------------------------------

    def matches(self, term: Term, domain: str, stack: tuple[str, ...]) -> bool:
        ip = self.identity.ip
        name = term.name
        if name == "all":
            return True
        if name in ("ip4", "ip6"):
            if (name == "ip4") != (ip.version == 4):
                return False
            default = 32 if name == "ip4" else 128
            length = term.cidr4 if name == "ip4" else term.cidr6
            network = ipaddress.ip_network(
                f"{term.value}/{default if length is None else length}", strict=False
            )
            return ip in network
        if name == "include":
            target = self.target(term, domain)
            sub = self.check(target, stack) if target is not None else _Outcome(SpfResult.NONE)
            if sub.result == SpfResult.PASS:
                return True
            if sub.result == SpfResult.NONE:
                raise _PermError(
                    "include_without_spf",
                    f"{term.text} in {domain}: no SPF record there",
                    MSG_NO_SPF_AT_TARGET.with_args(
                        term=term.text, domain=domain, target=target or term.value
                    ),
                )
            return False
        if name == "a":
            target = self.target(term, domain)
            if target is None:
                return False
            result = self.dns(target, "A" if ip.version == 4 else "AAAA")
            if self.count_void(result, term, domain):
                return False
            self._require(result, f"{term.text} in {domain}")
            return self._any_in(result.records, term)
        if name == "mx":
            return self._match_mx(term, domain)
        if name == "ptr":
            target = self.target(term, domain)
            if target is None:
                return False
            suffix = target.lower().rstrip(".")
            return any(n == suffix or n.endswith("." + suffix) for n in self.validated_names())
        # exists: any A record, whatever the IP version (RFC 7208 5.7)
        target = self.target(term, domain)
        if target is None:
            return False
        result = self.dns(target, "A")
        if self.count_void(result, term, domain):
            return False
        self._require(result, f"{term.text} in {domain}")
        return bool(result.records)

    def _any_in(self, addresses: tuple[str, ...], term: Term) -> bool:
        ip = self.identity.ip
        length = term.cidr4 if ip.version == 4 else term.cidr6
        if length is None:
            length = 32 if ip.version == 4 else 128
        for text in addresses:
            try:
                network = ipaddress.ip_network(f"{text}/{length}", strict=False)
            except ValueError:
                continue
            if network.version == ip.version and ip in network:
                return True
        return False

    def _match_mx(self, term: Term, domain: str) -> bool:
        target = self.target(term, domain)
        if target is None:
            return False
        result = self.dns(target, "MX")
        if self.count_void(result, term, domain):
            return False
        self._require(result, f"{term.text} in {domain}")
        hosts = []
        for record in result.records:
            exchange = record.split()[-1].rstrip(".")
            if exchange:  # "0 ." is a null MX (RFC 7505): no mail servers at all
                hosts.append(exchange)
        if len(hosts) > MAX_MX_NAMES:
            raise _PermError(
                "too_many_mx",
                f"{term.text} in {domain}: {len(hosts)} MX names (limit 10)",
                MSG_TOO_MANY_MX.with_args(
                    term=term.text, domain=domain, count=len(hosts), limit=MAX_MX_NAMES
                ),
            )
        rtype = "A" if self.identity.ip.version == 4 else "AAAA"
        for host, answer in zip(hosts, self.dns_many([(h, rtype) for h in hosts]), strict=True):
            if answer.status in (DnsStatus.NXDOMAIN, DnsStatus.NODATA):
                continue
            self._require(answer, f"address of MX host {host} ({term.text} in {domain})")
            if self._any_in(answer.records, term):
                return True
        return False

    def validated_names(self) -> list[str]:
        """The PTR names of the IP whose forward lookup leads back to it (RFC 7208 5.5),
        lower-case, in answer order. DNS errors skip a name instead of failing."""
        if self._validated is not None:
            return self._validated
        ip = self.identity.ip
        names: list[str] = []
        ptr = self.dns(_reverse_name(ip), "PTR")
        if ptr.status == DnsStatus.OK:
            candidates = [r.rstrip(".") for r in ptr.records][:MAX_PTR_NAMES]
            rtype = "A" if ip.version == 4 else "AAAA"
            answers = self.dns_many([(n, rtype) for n in candidates])
            for name, answer in zip(candidates, answers, strict=True):
                if answer.status != DnsStatus.OK:
                    continue
                for text in answer.records:
                    try:
                        if ipaddress.ip_address(text) == ip:
                            names.append(name.lower())
                            break
                    except ValueError:
                        continue
        self._validated = names
        return names

    def validated_name(self, domain: str | None = None) -> str:
        """The %{p} value: a validated name, preferring <domain> or one of its subdomains."""
        try:
            names = self.validated_names()
        except (_TempError, _PermError):
            return "unknown"
        if not names:
            return "unknown"
        if domain:
            wanted = domain.lower()
            for name in names:
                if name == wanted:
                    return name
            for name in names:
                if name.endswith("." + wanted):
                    return name
        return names[0]

    # -- explanation ----------------------------------------------------------------------

    def explanation(self, outcome: _Outcome) -> str | None:
        """The expanded exp= text of the deciding record, or None to use the default.
        Every problem (DNS error, no or several TXT records, bad syntax, non-ASCII) means
        "use the default" (RFC 7208 6.2); this lookup counts against no limit."""
        term = outcome.exp
        if term is None:
            return None
        try:
            target = self._target_in(term, outcome.domain)
            if target is None:
                return None
            result = self.dns(target, "TXT")
        except (_TempError, _PermError):
            return None
        if result.status != DnsStatus.OK or len(result.strings) != 1:
            return None
        raw = b"".join(result.strings[0])
        try:
            text = raw.decode("ascii")
            tokens = tokenize_macro_string(text, exp_letters=True, allow_space=True)
        except (UnicodeDecodeError, MacroError):
            return None
        return expand_macros(
            tokens, self.identity, outcome.domain, lambda: self.validated_name(outcome.domain)
        )

    def _target_in(self, term: Term, domain: str) -> str | None:
        tokens = tokenize_macro_string(term.value, exp_letters=False)
        return dns_name(
            expand_macros(tokens, self.identity, domain, lambda: self.validated_name(domain))
        )


DEFAULT_EXPLANATION = "%{o} does not designate %{c} as a permitted sender"


def check_host(
    ip: str,
    sender: str,
    helo: str = "",
    *,
    client: DnsClient,
    record: str | None = None,
    domain: str | None = None,
    default_explanation: str = DEFAULT_EXPLANATION,
    receiver: str = "unknown",
    cancel: threading.Event | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
    now: int | None = None,
) -> EvalResult:
    """Evaluate SPF for mail from `sender` (MAIL FROM; empty for bounces, then `helo` is
    checked) sent from `ip` (RFC 7208 check_host).

    `record` replaces the SPF record of the checked domain (to test a record before it is
    published; includes and redirects are still looked up). `domain` checks that domain
    instead of the sender's (e.g. the HELO identity). `default_explanation` is used for a
    `fail` without a usable exp= (its macros are expanded). Raises InputError only for an
    IP address that cannot be read; DNS trouble is a temperror result."""
    address = parse_ip(ip)
    local, sender_domain = sender_identity(sender, helo)
    identity = _Identity(
        ip=address,
        local=local,
        sender_domain=sender_domain,
        helo=helo.strip(),
        receiver=receiver,
        now=int(time.time()) if now is None else now,
    )
    checked = valid_initial_domain(domain if domain is not None else sender_domain)

    def make(result: SpfResult, **fields: Any) -> EvalResult:
        return EvalResult(
            result, ip=str(address), sender=identity.sender, helo=identity.helo, **fields
        )

    if checked is None:
        return make(
            SpfResult.NONE,
            domain=domain or sender_domain,
            detail="the domain is not a valid host name",
            message=MSG_INVALID_DOMAIN.with_args(domain=domain or sender_domain),
        )
    if domain is None:
        identity.sender_domain = checked  # %{o} is the A-label form of the sender's domain
    evaluation = _Evaluation(client, identity, cancel, time_limit)
    try:
        outcome = evaluation.check(checked, (), record)
    except (_PermError, _TempError) as error:
        return make(
            SpfResult.PERMERROR if isinstance(error, _PermError) else SpfResult.TEMPERROR,
            domain=checked,
            code=error.code,
            detail=error.detail,
            message=error.message,
            lookups=evaluation.lookups,
            void_lookups=evaluation.voids,
            record=evaluation.top_record if record is None else record,
        )
    explanation = None
    if outcome.result == SpfResult.FAIL:
        explanation = evaluation.explanation(outcome)
        if explanation is None:
            deciding = outcome.domain or checked
            try:
                tokens = tokenize_macro_string(
                    default_explanation, exp_letters=True, allow_space=True
                )
                explanation = expand_macros(
                    tokens, identity, deciding, lambda: evaluation.validated_name(deciding)
                )
            except MacroError:
                explanation = default_explanation
    return make(
        outcome.result,
        domain=checked,
        mechanism=outcome.mechanism,
        matched_domain=outcome.domain,
        explanation=explanation,
        lookups=evaluation.lookups,
        void_lookups=evaluation.voids,
        record=evaluation.top_record if record is None else record,
    )
