"""Each mail host's password rules, read from `resources/password_rules.toml`.

A rule marked "official" or "observed" is enforced by the checker (a password the host would
refuse is not acceptable). A rule marked "unverified" is a safe default: the generator follows
it, the checker only warns, because rejecting a good password on a guess helps nobody.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from app.core.paths import resource_path
from app.core.providers import OTHER

# Every printable ASCII symbol (space excluded).
ALL_SYMBOLS = string.punctuation
# The generator's default symbols: easy to read aloud and to type on a Japanese keyboard.
SAFE_SYMBOLS = "-_.!?@"
# Where nothing is known, the generator stays within this many characters (many Japanese
# rental servers stop at 16, some silently cut longer passwords).
UNVERIFIED_MAX_LENGTH = 16
# Hard ceiling for hosts without a known maximum: longer input is a mistaken paste.
ABSOLUTE_MAX_LENGTH = 256


class RuleStatus(StrEnum):
    """How sure we are about a host's rules."""

    OFFICIAL = "official"
    OBSERVED = "observed"
    UNVERIFIED = "unverified"


class CharClass(StrEnum):
    """The four kinds of characters hosts talk about."""

    LOWER = "lower"
    UPPER = "upper"
    DIGIT = "digit"
    SYMBOL = "symbol"


@dataclass(frozen=True)
class HostRules:
    """What one host accepts. `max_length` 0 and `symbols` None mean "unknown"."""

    host: str
    status: RuleStatus
    min_length: int
    max_length: int
    symbols: str | None
    space_allowed: bool
    min_classes: int
    required_classes: tuple[CharClass, ...]
    source: str
    checked_on: str

    @property
    def enforced(self) -> bool:
        """True when the checker may reject a password for breaking these rules."""
        return self.status is not RuleStatus.UNVERIFIED

    @property
    def generator_symbols(self) -> str:
        """Symbols the generator uses here: the safe set, narrowed to what the host accepts."""
        if self.symbols is None:
            return SAFE_SYMBOLS
        safe = "".join(ch for ch in SAFE_SYMBOLS if ch in self.symbols)
        if safe:
            return safe
        # A host that accepts none of the safe symbols: use its own, minus quotes/backslash/`|`.
        return "".join(ch for ch in self.symbols if ch not in "\"'`\\|")


def host_rules(host: str | None) -> HostRules:
    """Rules for a provider id from providers.toml; unknown ids and None get the defaults."""
    key = host if host in _table()["provider"] else OTHER
    return _build(key)


def known_hosts() -> tuple[str, ...]:
    """Provider ids that have an entry in password_rules.toml."""
    return tuple(_table()["provider"])


@cache
def _table() -> dict[str, Any]:
    with resource_path("password_rules.toml").open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    data.setdefault("provider", {})
    data.setdefault("defaults", {})
    return data


@cache
def _build(key: str) -> HostRules:
    table = _table()
    merged = dict(table["defaults"])
    merged.update(table["provider"].get(key, {}))
    symbols = merged.get("symbols")
    return HostRules(
        host=key,
        status=RuleStatus(merged.get("status", RuleStatus.UNVERIFIED)),
        min_length=int(merged.get("min_length", 0)),
        max_length=int(merged.get("max_length", 0)),
        symbols=str(symbols) if symbols is not None else None,
        space_allowed=bool(merged.get("space_allowed", False)),
        min_classes=int(merged.get("min_classes", 0)),
        required_classes=tuple(CharClass(c) for c in merged.get("required_classes", ())),
        source=str(merged.get("source", "")),
        checked_on=str(merged.get("checked_on", "")),
    )
