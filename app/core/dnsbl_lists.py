"""DNS blacklist definitions, read from `resources/dnsbl_lists.toml` (format: docs/blacklist.md).

A `DnsblList` says which zone to ask, what each answer means (exact codes or the bits of the
last octet, each with a Japanese and English meaning and a severity), which answers are error
codes (the resolver is blocked, rate limited, a configuration error), which health probes prove
the list alive, and what the owner should do about a listing.

Tests and benchmarks point the lists at their own zones without patching anything:
`load_lists(zone_suffix="bl.test")` turns `zen.spamhaus.org` into `zen.spamhaus.org.bl.test`
(and a DQS zone `<key>.zen.dq.spamhaus.net` into `<key>.zen.dq.spamhaus.net.bl.test`), and
`load_lists(path)` reads another definition file.
"""

from __future__ import annotations

import ipaddress
import tomllib
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.os_errors import os_error_reason
from app.core.paths import resource_path

LISTS_FORMAT = "mail-mamori-dnsbl-lists"
LISTS_FILE = "dnsbl_lists.toml"

# RFC 5782 section 5 test entries.
IPV4_PROBE_LISTED = "127.0.0.2"
IPV4_PROBE_CLEAN = "127.0.0.1"
IPV6_PROBE_LISTED = "::ffff:7f00:2"
IPV6_PROBE_CLEAN = "::ffff:7f00:1"
DOMAIN_PROBE_LISTED = "test"
DOMAIN_PROBE_CLEAN = "invalid"

# Zones of lists that are shut down or known to wildcard: never part of the default set.
DEAD_ZONES = frozenset(
    {
        "dnsbl.sorbs.net",
        "spam.dnsbl.sorbs.net",
        "dul.dnsbl.sorbs.net",
        "rhsbl.sorbs.net",
        "ix.dnsbl.manitu.net",
        "dnsbl.inps.de",
        "dnsbl.ahbl.org",
        "rhsbl.ahbl.org",
        "ubl.unsubscore.com",
        "ubl.lashback.com",
        "bl.spamcannibal.org",
        "cbl.abuseat.org",
    }
)


class ListKind(StrEnum):
    """What a list is asked about."""

    IP = "ip"
    DOMAIN = "domain"


class Severity(StrEnum):
    """How much a listing code matters."""

    LISTED = "listed"  # a real listing: mail is likely refused
    POLICY = "policy"  # e.g. Spamhaus PBL: a dynamic range, not spam
    INFORMATIONAL = "informational"  # e.g. UCEPROTECT level 2/3: the provider's whole range


class ErrorReason(StrEnum):
    """Why an error code means "not tested" (a subset of the check's reasons)."""

    RESOLVER_BLOCKED = "resolver_blocked"
    RATE_LIMITED = "rate_limited"
    REFUSED = "refused"
    CONFIG_ERROR = "config_error"


@dataclass(frozen=True)
class LocalText:
    """A text from the list data in Japanese and English."""

    ja: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        """The text in `lang`, falling back to the other language when one is missing."""
        if lang == "ja":
            return self.ja or self.en
        return self.en or self.ja

    def format(self, **values: Any) -> LocalText:
        """Both texts with `{placeholders}` filled in (a broken template stays as it is)."""

        def fill(text: str) -> str:
            try:
                return text.format(**values)
            except (KeyError, IndexError, ValueError):
                return text

        return LocalText(fill(self.ja), fill(self.en))

    def to_dict(self) -> dict[str, str]:
        """`{"ja": ..., "en": ...}` for JSON and the case file."""
        return {"ja": self.ja, "en": self.en}


@dataclass(frozen=True)
class CodeMeaning:
    """One answer (an exact code, or one bit of a bitmask list) and what it means."""

    code: str  # "127.0.0.2", or "bit 8" for bitmask entries
    severity: Severity
    text: LocalText


@dataclass(frozen=True)
class ErrorCode:
    """An answer that says "I will not tell you" (blocked, rate limited, misconfigured)."""

    code: str  # exact code, or "" for a bit
    bit: int  # 0 for exact codes
    reason: ErrorReason
    text: LocalText


@dataclass(frozen=True)
class DnsblList:
    """One DNS blacklist. `zone` is what queries go to (possibly remapped for tests);
    `public_zone` is the operator's zone, the one shown to users and written to reports."""

    id: str
    name: str
    zone: str
    kind: ListKind
    public_zone: str = ""
    ipv6: bool = False
    default: bool = True
    unverified: bool = False
    informational: bool = False
    bitmask: bool = False
    unknown_is_listed: bool = True
    codes: tuple[CodeMeaning, ...] = ()
    bits: tuple[tuple[int, CodeMeaning], ...] = ()
    errors: tuple[ErrorCode, ...] = ()
    probe_listed: tuple[str, ...] = ()
    probe_clean: tuple[str, ...] = ()
    delist_url: str = ""
    lookup_url: str = ""
    delist_time: LocalText = field(default_factory=LocalText)
    advice: LocalText = field(default_factory=LocalText)
    not_tested_hint: LocalText = field(default_factory=LocalText)
    default_meaning: LocalText = field(default_factory=LocalText)
    dqs_zone: str = ""  # Spamhaus DQS: queries go to <key>.<dqs_zone> when a key is set
    dqs_servfail_reason: str = ""
    dqs_key: str = field(default="", repr=False)  # set by with_dqs(); never shown
    zone_suffix: str = ""  # the test/bench remapping, kept to remap the DQS zone too
    source: str = ""
    notes: str = ""

    @property
    def display_zone(self) -> str:
        """The zone as users and reports see it: the operator's zone, or the DQS zone
        without the key."""
        if self.dqs_key and self.dqs_zone:
            return self.dqs_zone
        return self.public_zone or self.zone

    @property
    def uses_dqs(self) -> bool:
        """True when queries go to Spamhaus' Data Query Service with the user's key."""
        return bool(self.dqs_key and self.dqs_zone)

    def with_dqs(self, key: str) -> DnsblList:
        """This list switched to the DQS zone with `key` (unchanged if it has no DQS zone)."""
        if not self.dqs_zone or not key:
            return self
        zone = f"{key}.{self.dqs_zone}"
        if self.zone_suffix:
            zone = f"{zone}.{self.zone_suffix}"
        return replace(self, zone=zone, dqs_key=key)

    def error_for(self, code: str) -> ErrorCode | None:
        """The error entry matching an A record, if it is an error code."""
        for error in self.errors:
            if error.bit == 0 and error.code == code:
                return error
        if self.bitmask:
            last = _last_octet(code)
            if last is not None:
                for error in self.errors:
                    # A bitmask list's error bit (URIBL/SURBL: 1) means blocked when it is
                    # set in the answer (127.0.0.1); listing bits never use it.
                    if error.bit and last & error.bit:
                        return error
        return None

    def meanings_for(self, code: str) -> tuple[CodeMeaning, ...]:
        """What a (non-error) A record means: the exact code's entry, or every set bit's
        entries; empty for an undocumented code."""
        if self.bitmask:
            last = _last_octet(code)
            if last is None:
                return ()
            return tuple(meaning for bit, meaning in self.bits if last & bit)
        return tuple(m for m in self.codes if m.code == code)


def _last_octet(code: str) -> int | None:
    try:
        address = ipaddress.IPv4Address(code)
    except ValueError:
        return None
    return int(address) & 0xFF


BAD_FILE = QT_TRANSLATE_NOOP(
    "dnsbl", "The blacklist definition file {path} cannot be used: {problem}"
)


def _problem(path: Path, problem: str | Msg) -> InputError:
    return InputError(BAD_FILE.with_args(path=str(path), problem=problem))


def _text(value: Any, where: str, path: Path) -> LocalText:
    if value is None:
        return LocalText()
    if not isinstance(value, dict):
        raise _problem(path, f"{where} must be a table with ja and en texts")
    ja, en = value.get("ja", ""), value.get("en", "")
    if not isinstance(ja, str) or not isinstance(en, str) or not (ja or en):
        raise _problem(path, f"{where} must have ja and en texts")
    return LocalText(ja=ja, en=en)


def _parse_list(raw: Any, path: Path, index: int) -> DnsblList:
    if not isinstance(raw, dict):
        raise _problem(path, f"list #{index + 1} is not a table")
    where = f"list {raw.get('id', '#' + str(index + 1))}"
    for key in ("id", "name", "zone", "kind"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _problem(path, f"{where}: {key} is missing")
    try:
        kind = ListKind(raw["kind"])
    except ValueError:
        raise _problem(path, f"{where}: kind must be ip or domain") from None
    match = raw.get("match", "exact")
    if match not in ("exact", "bitmask"):
        raise _problem(path, f"{where}: match must be exact or bitmask")
    unknown = raw.get("unknown", "listed")
    if unknown not in ("listed", "bad_answer"):
        raise _problem(path, f"{where}: unknown must be listed or bad_answer")
    informational = bool(raw.get("informational", False))

    def severity(entry: dict[str, Any]) -> Severity:
        try:
            value = Severity(entry.get("severity", "listed"))
        except ValueError:
            raise _problem(path, f"{where}: unknown severity {entry.get('severity')!r}") from None
        return Severity.INFORMATIONAL if informational else value

    codes = []
    for entry in raw.get("code", []):
        code = entry.get("code", "")
        try:
            if not ipaddress.IPv4Address(code).is_loopback:
                raise ValueError
        except ValueError:
            raise _problem(path, f"{where}: code {code!r} is not in 127.0.0.0/8") from None
        codes.append(CodeMeaning(code, severity(entry), _text(entry, f"{where} {code}", path)))
    bits = []
    for entry in raw.get("bit", []):
        bit = entry.get("bit")
        if not isinstance(bit, int) or bit <= 0 or bit > 128 or bit & (bit - 1):
            raise _problem(path, f"{where}: bit {bit!r} is not a power of two up to 128")
        bits.append((bit, CodeMeaning(f"bit {bit}", severity(entry), _text(entry, where, path))))
    errors = []
    for entry in raw.get("error", []):
        try:
            reason = ErrorReason(entry.get("reason", ""))
        except ValueError:
            raise _problem(path, f"{where}: unknown error reason {entry.get('reason')!r}") from None
        bit = int(entry.get("bit", 0) or 0)
        errors.append(ErrorCode(str(entry.get("code", "")), bit, reason, _text(entry, where, path)))
    if match == "bitmask" and codes:
        raise _problem(path, f"{where}: a bitmask list has bits, not codes")

    if kind is ListKind.IP:
        default_listed, default_clean = (IPV4_PROBE_LISTED,), (IPV4_PROBE_CLEAN,)
    else:
        default_listed, default_clean = (DOMAIN_PROBE_LISTED,), (DOMAIN_PROBE_CLEAN,)
    probe_listed = tuple(raw.get("probe_listed", default_listed))
    probe_clean = tuple(raw.get("probe_clean", default_clean))
    if not probe_listed or not probe_clean:
        raise _problem(path, f"{where}: health probes cannot be empty")
    dqs = raw.get("dqs") or {}
    zone = raw["zone"].strip().lower().rstrip(".")
    return DnsblList(
        id=raw["id"],
        name=raw["name"],
        zone=zone,
        public_zone=zone,
        kind=kind,
        ipv6=bool(raw.get("ipv6", False)) and kind is ListKind.IP,
        default=bool(raw.get("default", True)),
        unverified=bool(raw.get("unverified", False)),
        informational=informational,
        bitmask=match == "bitmask",
        unknown_is_listed=unknown == "listed",
        codes=tuple(codes),
        bits=tuple(bits),
        errors=tuple(errors),
        probe_listed=probe_listed,
        probe_clean=probe_clean,
        delist_url=str(raw.get("delist_url", "")),
        lookup_url=str(raw.get("lookup_url", "")),
        delist_time=_text(raw.get("delist_time"), f"{where} delist_time", path),
        advice=_text(raw.get("advice"), f"{where} advice", path),
        not_tested_hint=_text(raw.get("not_tested_hint"), f"{where} not_tested_hint", path),
        default_meaning=_text(raw.get("default_meaning"), f"{where} default_meaning", path),
        dqs_zone=str(dqs.get("zone", "")).strip().lower().rstrip("."),
        dqs_servfail_reason=str(dqs.get("servfail_reason", "")),
        source=str(raw.get("source", "")),
        notes=str(raw.get("notes", "")),
    )


def load_lists(
    path: Path | None = None,
    *,
    zone_suffix: str = "",
    include_optional: bool = False,
) -> tuple[DnsblList, ...]:
    """The list definitions of `path` (default: the bundled file), in file order.

    `zone_suffix` appends a suffix to every zone (tests and benchmarks point the lists at
    loopback test zones this way; real zones are then never asked). Lists with
    `default = false` are left out unless `include_optional`. Raises `InputError` for a file
    that cannot be read or does not describe lists correctly.
    """
    source = Path(path) if path is not None else resource_path(LISTS_FILE)
    try:
        with source.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise _problem(source, os_error_reason(error)) from None
    except tomllib.TOMLDecodeError as error:
        raise _problem(source, str(error)) from None
    if data.get("format") != LISTS_FORMAT:
        raise _problem(source, f"format must be {LISTS_FORMAT!r}")
    raw_lists = data.get("list")
    if not isinstance(raw_lists, list) or not raw_lists:
        raise _problem(source, "no [[list]] entries")
    lists = [_parse_list(raw, source, i) for i, raw in enumerate(raw_lists)]
    ids = [item.id for item in lists]
    if len(set(ids)) != len(ids):
        raise _problem(source, "list ids must be unique")
    suffix = zone_suffix.strip().strip(".").lower()
    if suffix:
        lists = [replace(item, zone=f"{item.zone}.{suffix}", zone_suffix=suffix) for item in lists]
    if not include_optional:
        lists = [item for item in lists if item.default]
    return tuple(lists)


def apply_dqs(lists: tuple[DnsblList, ...], key: str | None) -> tuple[DnsblList, ...]:
    """The lists with Spamhaus' zones switched to DQS when `key` is set."""
    if not key:
        return lists
    return tuple(item.with_dqs(key) for item in lists)


def list_by_id(lists: tuple[DnsblList, ...], list_id: str) -> DnsblList | None:
    """The list with this id, if present."""
    return next((item for item in lists if item.id == list_id), None)
