"""DKIM: what can be checked without the private key: is a public key published, usable, strong?

Keys live at `<selector>._domainkey.<domain>`. The selector is only known from a signed
message, so there are two ways in: probe the selectors that common providers use (in
parallel), or read `d=` and `s=` from a `DKIM-Signature:` header the user pastes from a mail
they sent. Each key found is checked: present, not revoked (an empty `p=`), of a known type,
and at least 1024 bits for RSA (2048 recommended); ed25519 keys (RFC 8463) are recognised.

The RSA key length is read from the key itself: `p=` is the base64 of a DER
SubjectPublicKeyInfo (RFC 6376 3.6.1), a SEQUENCE holding the algorithm and a BIT STRING
with the PKCS#1 RSAPublicKey SEQUENCE { modulus INTEGER, exponent INTEGER }; the modulus'
bit length is the key size. A bare RSAPublicKey is accepted too. No cryptography library
is needed for that.

Not finding a key under the common selectors does not prove that DKIM is off: the result
says so, and asks for a header.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TextIO

from app.core.dns_client import DnsClient, DnsResult, DnsStatus
from app.core.errors import InputError
from app.core.findings import Finding, Severity, error, register, warning
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST, fold_width, normalize_domain

# Google Workspace, Microsoft 365 (selector1/2), many rental servers and ESPs (default,
# s1/s2, k1-k3, dkim, mail).
COMMON_SELECTORS = (
    "default",
    "google",
    "selector1",
    "selector2",
    "s1",
    "s2",
    "k1",
    "k2",
    "k3",
    "dkim",
    "mail",
)
MIN_BITS = 1024
RECOMMENDED_BITS = 2048

_RSA_OID = bytes.fromhex("2a864886f70d010101")  # 1.2.840.113549.1.1.1 rsaEncryption
_ED25519_OID = bytes.fromhex("2b6570")  # 1.3.101.112

_TITLES: dict[str, Msg] = {
    "dkim_not_found": QT_TRANSLATE_NOOP("dkim", "No DKIM key found under the common selectors"),
    "dkim_key_missing": QT_TRANSLATE_NOOP("dkim", "There is no key at {name}"),
    "dkim_revoked": QT_TRANSLATE_NOOP("dkim", "The key at {name} has been revoked"),
    "dkim_weak_key": QT_TRANSLATE_NOOP("dkim", "The key at {name} has only {bits} bits"),
    "dkim_short_key": QT_TRANSLATE_NOOP("dkim", "The key at {name} has {bits} bits"),
    "dkim_bad_key": QT_TRANSLATE_NOOP("dkim", "The key at {name} cannot be read"),
    "dkim_testing": QT_TRANSLATE_NOOP("dkim", "The key at {name} is in test mode (t=y)"),
    "dkim_unknown_key_type": QT_TRANSLATE_NOOP("dkim", "Unknown key type “k={key_type}”"),
    "dkim_not_aligned": QT_TRANSLATE_NOOP(
        "dkim", "The signature is made for {signed}, not for your domain"
    ),
    "dkim_lookups_failed": QT_TRANSLATE_NOOP("dkim", "DNS lookups failed for {count} selectors"),
}
_ADVICE: dict[str, Msg] = {
    "dkim_not_found": QT_TRANSLATE_NOOP(
        "dkim",
        "We looked for keys under {selectors} and found none. That does not prove DKIM is "
        "off: your provider may use another selector. To check exactly, paste the "
        "DKIM-Signature line from the header of a mail you sent; to turn DKIM on, look for "
        "“DKIM” in your provider's control panel.",
    ),
    "dkim_key_missing": QT_TRANSLATE_NOOP(
        "dkim",
        "Your mail is signed with the selector “{selector}”, but DNS has no key for it, so "
        "every signature fails. Publish the key shown in your provider's control panel.",
    ),
    "dkim_revoked": QT_TRANSLATE_NOOP(
        "dkim",
        "An empty p= means the key was withdrawn: mail signed with it fails DKIM. If you "
        "still sign with “{selector}”, publish the current key; if not, nothing to do.",
    ),
    "dkim_weak_key": QT_TRANSLATE_NOOP(
        "dkim",
        "Keys shorter than 1024 bits are refused by receivers, so your signatures do not "
        "count. Create a new 2048-bit key in your provider's control panel and publish it.",
    ),
    "dkim_short_key": QT_TRANSLATE_NOOP(
        "dkim",
        "1024 bits is still accepted, but 2048 bits is recommended. Switch to a 2048-bit key "
        "when your provider offers one.",
    ),
    "dkim_bad_key": QT_TRANSLATE_NOOP(
        "dkim",
        "The p= value is not a valid public key (it may have been cut off, or spaces or "
        "quote marks were pasted into it). Copy the key again from your provider.",
    ),
    "dkim_testing": QT_TRANSLATE_NOOP(
        "dkim",
        "Receivers treat signatures with this key as a test. Remove t=y once DKIM works.",
    ),
    "dkim_unknown_key_type": QT_TRANSLATE_NOOP(
        "dkim", "Receivers understand k=rsa and k=ed25519 only. Check the key record."
    ),
    "dkim_not_aligned": QT_TRANSLATE_NOOP(
        "dkim",
        "For DMARC the signature's d= must be your domain ({domain}) or a subdomain of it. "
        "Set up DKIM signing with your own domain in your provider's control panel.",
    ),
    "dkim_lookups_failed": QT_TRANSLATE_NOOP(
        "dkim",
        "The DNS server gave no usable answer ({status}) for the keys of {domain} under the "
        "selectors {selectors}, so they could not be checked. This says nothing about your "
        "DKIM keys: try again later, or choose another DNS server in Settings.",
    ),
}
register(_TITLES, _ADVICE)


class DkimStatus(StrEnum):
    """Overall DKIM state of the domain as far as DNS shows it."""

    OK = "ok"  # at least one usable key, no errors
    PROBLEM = "problem"  # a key is missing, revoked, weak or unreadable
    NOT_FOUND = "not_found"  # no key under the selectors tried
    TEMPERROR = "temperror"  # lookups failed


STATUS_TEXT: dict[DkimStatus, Msg] = {
    DkimStatus.OK: QT_TRANSLATE_NOOP("dkim", "A usable DKIM key is published."),
    DkimStatus.PROBLEM: QT_TRANSLATE_NOOP("dkim", "There is a problem with a DKIM key."),
    DkimStatus.NOT_FOUND: QT_TRANSLATE_NOOP(
        "dkim", "No DKIM key was found under the selectors tried."
    ),
    DkimStatus.TEMPERROR: QT_TRANSLATE_NOOP(
        "dkim", "DKIM could not be checked: a DNS lookup failed."
    ),
}
KEY_STATUS_TEXT: dict[str, Msg] = {
    "ok": QT_TRANSLATE_NOOP("dkim", "usable"),
    "revoked": QT_TRANSLATE_NOOP("dkim", "revoked (empty p=)"),
    "weak": QT_TRANSLATE_NOOP("dkim", "too short"),
    "bad": QT_TRANSLATE_NOOP("dkim", "unreadable"),
    "missing": QT_TRANSLATE_NOOP("dkim", "not published"),
    "error": QT_TRANSLATE_NOOP("dkim", "could not be checked"),
}


@dataclass(frozen=True)
class DkimKey:
    """A key looked up at `name`: status "ok", "revoked", "weak", "bad", "missing" or
    "error"; `source` "header" (from a pasted signature) or "probe"."""

    selector: str
    domain: str
    name: str
    source: str
    status: str
    key_type: str = ""
    bits: int | None = None
    testing: bool = False
    record: str = ""


@dataclass(frozen=True)
class DkimSignature:
    """The signing domain and selector read from a DKIM-Signature header."""

    domain: str
    selector: str


@dataclass(frozen=True)
class DkimCheck:
    """The DKIM report for one domain."""

    domain: str
    domain_ascii: str
    status: DkimStatus
    keys: tuple[DkimKey, ...] = ()
    selectors_tried: tuple[str, ...] = ()
    signatures: tuple[DkimSignature, ...] = ()
    findings: tuple[Finding, ...] = ()
    checked_at: datetime | None = None
    resolver: str = ""

    def codes(self) -> set[str]:
        """The codes of all findings."""
        return {f.code for f in self.findings}

    @property
    def shown_findings(self) -> tuple[Finding, ...]:
        """The findings as page 4, the report and the CLI's text show them: failed lookups
        grouped into one finding naming the selectors (`group_lookup_failures`)."""
        return group_lookup_failures(self.findings)

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON form for `dkim check --json` (stable contract)."""
        return {
            "domain": self.domain_ascii,
            "result": self.status.value,
            "keys": [
                {
                    "selector": k.selector,
                    "domain": k.domain,
                    "name": k.name,
                    "source": k.source,
                    "status": k.status,
                    "key_type": k.key_type,
                    "bits": k.bits,
                    "testing": k.testing,
                }
                for k in self.keys
            ],
            "selectors_tried": list(self.selectors_tried),
            "signatures": [{"d": s.domain, "s": s.selector} for s in self.signatures],
            "errors": [f.to_dict(lang) for f in self.findings if f.severity == Severity.ERROR],
            "warnings": [f.to_dict(lang) for f in self.findings if f.severity == Severity.WARNING],
            "checked_at": self.checked_at.isoformat() if self.checked_at else None,
            "resolver": self.resolver,
        }


# -- key length from DER -------------------------------------------------------------------


def _der(data: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, start of content, end of content) of the DER element at `pos`."""
    if pos + 2 > len(data):
        raise ValueError("truncated")
    tag = data[pos]
    length = data[pos + 1]
    start = pos + 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or start + count > len(data):
            raise ValueError("bad length")
        length = int.from_bytes(data[start : start + count], "big")
        start += count
    end = start + length
    if end > len(data):
        raise ValueError("truncated")
    return tag, start, end


def _rsa_public_key_bits(data: bytes, pos: int = 0) -> int:
    tag, start, end = _der(data, pos)
    if tag != 0x30:
        raise ValueError("not a SEQUENCE")
    tag, n_start, n_end = _der(data, start)
    if tag != 0x02:
        raise ValueError("modulus is not an INTEGER")
    tag, _e_start, e_end = _der(data, n_end)
    if tag != 0x02 or e_end > end:
        raise ValueError("exponent is not an INTEGER")
    modulus = int.from_bytes(data[n_start:n_end], "big")
    if modulus <= 0:
        raise ValueError("empty modulus")
    return modulus.bit_length()


def public_key_info(der: bytes) -> tuple[str, int]:
    """("rsa" or "ed25519", bits) of a DER SubjectPublicKeyInfo, a bare RSAPublicKey, or a
    raw 32-byte ed25519 key. Raises ValueError for anything else."""
    if len(der) == 32:
        return "ed25519", 256
    tag, start, _end = _der(der, 0)
    if tag != 0x30:
        raise ValueError("not a SEQUENCE")
    tag, alg_start, alg_end = _der(der, start)
    if tag == 0x02:  # RSAPublicKey without the SubjectPublicKeyInfo wrapper
        return "rsa", _rsa_public_key_bits(der)
    if tag != 0x30:
        raise ValueError("no algorithm identifier")
    tag, oid_start, oid_end = _der(der, alg_start)
    if tag != 0x06:
        raise ValueError("no algorithm OID")
    oid = der[oid_start:oid_end]
    tag, bits_start, bits_end = _der(der, alg_end)
    if tag != 0x03 or bits_end <= bits_start or der[bits_start] != 0:
        raise ValueError("no public key BIT STRING")
    if oid == _ED25519_OID:
        return "ed25519", 256
    if oid != _RSA_OID:
        raise ValueError("unknown algorithm")
    return "rsa", _rsa_public_key_bits(der[bits_start + 1 : bits_end])


# -- records and headers ---------------------------------------------------------------------


def parse_key_tags(record: str) -> dict[str, str]:
    """The tags of a DKIM key record (names lower-case; whitespace removed from p=)."""
    tags: dict[str, str] = {}
    for part in record.split(";"):
        name, sep, value = part.partition("=")
        if not sep:
            continue
        key = name.strip().lower()
        if key and key not in tags:
            tags[key] = re.sub(r"\s+", "", value) if key == "p" else value.strip()
    return tags


NO_SIGNATURE = QT_TRANSLATE_NOOP(
    "dkim",
    "No DKIM-Signature with d= and s= was found in the pasted text. Copy the whole "
    "“DKIM-Signature:” line (with the lines that follow it) from the header of a mail you "
    "sent.",
)


BAD_SELECTOR = QT_TRANSLATE_NOOP(
    "dkim",
    "“{selector}” is not a valid DKIM selector. A selector uses only letters, digits and "
    "hyphens, with dots between its parts, for example default or s1.",
)
SELECTOR_WITH_DOMAIN = QT_TRANSLATE_NOOP(
    "dkim",
    "Enter only the selector, the part before ._domainkey: “{selector}” instead of “{text}”.",
)

# RFC 6376 3.1: a selector is one or more DNS labels (letters, digits, inner hyphens).
# Underscores are accepted too: DNS serves them and a few providers' selectors contain them.
_SELECTOR_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
# The selector and "._domainkey." must leave room for the domain in a 253-character name.
MAX_SELECTOR = 180


def normalize_selector(text: str) -> str:
    """A DKIM selector as typed (full-width folded, lower-cased, surrounding spaces removed).
    Raises InputError for text that cannot be a selector, so that nothing is looked up."""
    value = fold_width(text).strip().lower()
    head, marker, _rest = value.partition("._domainkey")
    if marker and head:
        raise InputError(SELECTOR_WITH_DOMAIN.with_args(selector=head, text=text.strip()))
    labels = value.split(".")
    if (
        not value
        or len(value) > MAX_SELECTOR
        or not all(_SELECTOR_LABEL.fullmatch(label) for label in labels)
    ):
        shown = text.strip() if len(text.strip()) <= 80 else text.strip()[:80] + "…"
        raise InputError(BAD_SELECTOR.with_args(selector=shown))
    return value


# A mail header is a few thousand characters; even one with hundreds of Received lines stays far
# below this. More is a whole mailbox or a mail with its attachments pasted by mistake.
MAX_HEADER = 1_000_000

HEADER_TOO_LONG = QT_TRANSLATE_NOOP(
    "dkim",
    "The pasted header is too long (more than {limit} characters). Paste only the header of "
    "one mail you sent, or only its “DKIM-Signature:” lines, not the whole mail with its "
    "attachments.",
)

# Where a header line starts: whitespace other than a line break, then the name. Not `^\s*`:
# `\s` also matches line breaks, so on a long run of blank lines every line start would scan
# to the end of the run (quadratic). A match starting at an earlier blank line has the same
# value, so the lines found are the same.
_SIGNATURE_LINE = re.compile(r"^[^\S\n]*dkim-signature\s*:(.*)$", re.IGNORECASE | re.M)


def read_header(stream: TextIO) -> str:
    """Pasted header text from `stream` (a file, standard input), reading at most one
    character more than `MAX_HEADER`. Raises InputError when it is longer."""
    text = stream.read(MAX_HEADER + 1)
    _check_header_length(text)
    return text


def _check_header_length(text: str) -> None:
    if len(text) > MAX_HEADER:
        raise InputError(HEADER_TOO_LONG.with_args(limit=f"{MAX_HEADER:,}"))


def _signature_values(text: str) -> list[str]:
    """The values of the DKIM-Signature header lines in `text`, folded lines joined."""
    unfolded = re.sub(r"\r?\n[ \t]+", " ", text)
    return [m.group(1) for m in _SIGNATURE_LINE.finditer(unfolded)]


def parse_dkim_signatures(text: str) -> list[DkimSignature]:
    """The (d=, s=) of every DKIM-Signature header in pasted header text. Folded lines are
    joined; text without a header name is read as one signature's tag list. Raises
    InputError if none is found or the text is longer than `MAX_HEADER`."""
    _check_header_length(text)
    values = _signature_values(text)
    if not values:
        values = [re.sub(r"\r?\n[ \t]+", " ", text)]
    found: list[DkimSignature] = []
    for value in values:
        tags = parse_key_tags(value)
        domain, selector = tags.get("d", "").strip(), tags.get("s", "").strip()
        if not domain or not selector:
            continue
        try:
            name = normalize_domain(domain)
            selector = normalize_selector(selector)
        except InputError:
            continue  # not a usable signature; another one may be
        signature = DkimSignature(name.ascii, selector)
        if signature not in found:
            found.append(signature)
    if not found:
        raise InputError(NO_SIGNATURE)
    return found


def _key_from(result: DnsResult, selector: str, domain: str, source: str) -> DkimKey:
    name = result.name
    if not result.definitive:
        return DkimKey(selector, domain, name, source, "error")
    if result.status != DnsStatus.OK:
        return DkimKey(selector, domain, name, source, "missing")
    texts = [b"".join(p).decode("utf-8", errors="replace") for p in result.strings]
    record = next((t for t in texts if "p=" in t.replace(" ", "")), texts[0] if texts else "")
    tags = parse_key_tags(record)
    if "p" not in tags:
        return DkimKey(selector, domain, name, source, "missing", record=record)
    key_type = tags.get("k", "rsa").lower()
    testing = "y" in [f.strip() for f in tags.get("t", "").split(":")]
    if not tags["p"]:
        return DkimKey(selector, domain, name, source, "revoked", key_type, None, testing, record)
    try:
        der = base64.b64decode(tags["p"], validate=True)
        detected, bits = public_key_info(der)
    except (binascii.Error, ValueError):
        return DkimKey(selector, domain, name, source, "bad", key_type, None, testing, record)
    status = "weak" if detected == "rsa" and bits < MIN_BITS else "ok"
    return DkimKey(selector, domain, name, source, status, detected, bits, testing, record)


def check_dkim(
    domain: str,
    client: DnsClient,
    *,
    selectors: tuple[str, ...] | list[str] | None = None,
    header: str = "",
    cancel: threading.Event | None = None,
) -> DkimCheck:
    """Look for DKIM keys of `domain`: the selectors of a pasted DKIM-Signature `header`
    and the common `selectors` (default `COMMON_SELECTORS`), all in one parallel round.
    Raises InputError for a bad domain or selector, or a header without a signature."""
    name = normalize_domain(domain)
    # Every selector is checked before anything is looked up: a typo is bad input, not a
    # DNS error for a name that cannot exist.
    probe = [normalize_selector(s) for s in (COMMON_SELECTORS if selectors is None else selectors)]
    signatures = parse_dkim_signatures(header) if header.strip() else []
    wanted: list[tuple[str, str, str]] = [(s.selector, s.domain, "header") for s in signatures]
    for selector in probe:
        if (selector, name.ascii) not in [(w[0], w[1]) for w in wanted]:
            wanted.append((selector, name.ascii, "probe"))
    results = client.query_many(
        [(f"{sel}._domainkey.{dom}", "TXT") for sel, dom, _src in wanted], cancel=cancel
    )
    keys: list[DkimKey] = []
    findings: list[Finding] = []
    for (selector, dom, source), result in zip(wanted, results, strict=True):
        key = _key_from(result, selector, dom, source)
        if key.status == "missing" and source == "probe":
            continue  # probing: an absent selector is the normal case
        keys.append(key)
        findings += _key_findings(key, result)
    for signature in signatures:
        if not (signature.domain == name.ascii or signature.domain.endswith("." + name.ascii)):
            findings.append(warning("dkim_not_aligned", domain=name.ascii, signed=signature.domain))
    usable = [k for k in keys if k.status == "ok"]
    if not keys:
        findings.append(
            warning(
                "dkim_not_found",
                domain=name.ascii,
                selectors=", ".join(s for s, _d, src in wanted if src == "probe"),
            )
        )
    errors = [f for f in findings if f.severity == Severity.ERROR]
    if any(f.code != "dns_error" for f in errors):
        status = DkimStatus.PROBLEM
    elif errors and not usable:
        status = DkimStatus.TEMPERROR
    elif usable:
        status = DkimStatus.OK
    else:
        status = DkimStatus.NOT_FOUND
    findings.sort(key=lambda f: f.severity != Severity.ERROR)
    return DkimCheck(
        domain=name.unicode,
        domain_ascii=name.ascii,
        status=status,
        keys=tuple(keys),
        selectors_tried=tuple(s for s, _d, _src in wanted),
        signatures=tuple(signatures),
        findings=tuple(findings),
        checked_at=datetime.now(JST).replace(microsecond=0),
        resolver=client.describe(),
    )


def group_lookup_failures(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings as people read them: when the DNS server fails, every selector probed
    fails the same way, and eleven copies of one message say nothing more than one. Failed
    lookups of the same domain with the same DNS status become one `dkim_lookups_failed`
    finding, in the place of the first, naming the selectors; a single failure stays as it
    is. Stored results and the JSON output keep every finding as it was found."""
    items = list(findings)
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in items:
        if finding.code == "dns_error":
            key = (finding.domain, finding.args.get("status", ""))
            groups.setdefault(key, []).append(finding)
    result: list[Finding] = []
    for finding in items:
        if finding.code != "dns_error":
            result.append(finding)
            continue
        group = groups[(finding.domain, finding.args.get("status", ""))]
        if len(group) == 1:
            result.append(finding)
        elif finding is group[0]:
            result.append(
                error(
                    "dkim_lookups_failed",
                    domain=finding.domain,
                    status=finding.args.get("status", ""),
                    count=len(group),
                    selectors=", ".join(f.args.get("selector", "") for f in group),
                )
            )
    return tuple(result)


def _key_findings(key: DkimKey, result: DnsResult) -> list[Finding]:
    common: dict[str, Any] = {"domain": key.domain, "name": key.name, "selector": key.selector}
    if key.status == "error":
        return [error("dns_error", status=result.status, **common)]
    found: list[Finding] = []
    if key.status == "missing":
        found.append(error("dkim_key_missing", **common))
    elif key.status == "revoked":
        found.append(
            error("dkim_revoked", **common)
            if key.source == "header"
            else warning("dkim_revoked", **common)
        )
    elif key.status == "bad":
        found.append(error("dkim_bad_key", **common))
    elif key.status == "weak":
        found.append(error("dkim_weak_key", bits=key.bits, **common))
    elif key.key_type == "rsa" and key.bits is not None and key.bits < RECOMMENDED_BITS:
        found.append(warning("dkim_short_key", bits=key.bits, **common))
    if key.key_type not in ("rsa", "ed25519", ""):
        found.append(warning("dkim_unknown_key_type", key_type=key.key_type, **common))
    if key.testing:
        found.append(warning("dkim_testing", **common))
    return found
