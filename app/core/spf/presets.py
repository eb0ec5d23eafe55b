"""SPF values and DNS-panel instructions per provider, read from `resources/spf_presets.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from app.core.paths import resource_path

STATUSES = ("official", "observed", "unverified")


@dataclass(frozen=True)
class PresetTerm:
    """One SPF term a provider needs, how sure we are of it, and where it comes from."""

    value: str
    status: str  # "official", "observed" or "unverified"
    source_ja: str
    source_en: str

    def source(self, lang: str) -> str:
        """Where the value comes from, in `lang`."""
        return self.source_ja if lang == "ja" else self.source_en

    @property
    def needs_server_name(self) -> bool:
        """True if the term contains {server_name} (e.g. a:sv1234.xserver.jp)."""
        return "{server_name}" in self.value

    def resolve(self, server_name: str) -> str | None:
        """The term with the server name filled in, or None if one is needed but unknown."""
        if not self.needs_server_name:
            return self.value
        name = server_name.strip().strip(".").lower()
        return self.value.replace("{server_name}", name) if name else None


@dataclass(frozen=True)
class DnsHost:
    """Where and how a provider's customers edit DNS records (what we believe; the UI asks the
    user to confirm with the provider)."""

    id: str
    name_ja: str
    name_en: str
    host_field_ja: str
    host_field_en: str
    steps_ja: tuple[str, ...]
    steps_en: tuple[str, ...]

    def name(self, lang: str) -> str:
        """Display name in `lang`."""
        return self.name_ja if lang == "ja" else self.name_en

    def host_field(self, lang: str) -> str:
        """What to put in the host-name field, in `lang`."""
        return self.host_field_ja if lang == "ja" else self.host_field_en

    def steps(self, lang: str) -> tuple[str, ...]:
        """The numbered steps in `lang`."""
        return self.steps_ja if lang == "ja" else self.steps_en


@dataclass(frozen=True)
class SpfPreset:
    """The SPF terms of one provider id and the DNS panel its customers use."""

    provider: str
    dns_host: str
    terms: tuple[PresetTerm, ...]


@dataclass(frozen=True)
class SendingService:
    """A common service that sends mail for the owner's domain (a check box on page 4): its
    display name and the one SPF term it needs, with how sure we are of it."""

    id: str
    kind: str  # "mail", "newsletter" or "hosting"
    name_ja: str
    name_en: str
    term: PresetTerm

    def name(self, lang: str) -> str:
        """Display name in `lang`."""
        return self.name_ja if lang == "ja" else self.name_en


@cache
def _services() -> tuple[SendingService, ...]:
    with resource_path("spf_presets.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(
        SendingService(
            id=entry["id"],
            kind=entry["kind"],
            name_ja=entry["name_ja"],
            name_en=entry["name_en"],
            term=PresetTerm(
                value=entry["value"],
                status=entry["status"],
                source_ja=entry["source_ja"],
                source_en=entry["source_en"],
            ),
        )
        for entry in data.get("service", [])
    )


def sending_services() -> tuple[SendingService, ...]:
    """The services offered as check boxes, in display order."""
    return _services()


def service_terms(ids: list[str] | tuple[str, ...]) -> list[str]:
    """The SPF terms of the services `ids`, in display order (unknown ids are ignored: a case
    saved by a newer version may name a service this one does not know)."""
    wanted = set(ids)
    return [s.term.value for s in _services() if s.id in wanted]


def split_service_terms(terms: list[str] | tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(ids of the services whose term is in `terms`, the other terms). Terms are compared
    case-insensitively, as DNS names are; used to tick the boxes for terms typed by hand."""
    by_term = {s.term.value.lower(): s.id for s in _services()}
    ids: list[str] = []
    rest: list[str] = []
    for term in terms:
        service = by_term.get(term.strip().lower())
        if service is None:
            rest.append(term)
        elif service not in ids:
            ids.append(service)
    return ids, rest


@cache
def _data() -> tuple[dict[str, SpfPreset], dict[str, DnsHost]]:
    with resource_path("spf_presets.toml").open("rb") as handle:
        data = tomllib.load(handle)
    presets = {}
    for entry in data["preset"]:
        terms = tuple(
            PresetTerm(
                value=t["value"],
                status=t["status"],
                source_ja=t["source_ja"],
                source_en=t["source_en"],
            )
            for t in entry.get("terms", [])
        )
        presets[entry["provider"]] = SpfPreset(entry["provider"], entry["dns_host"], terms)
    hosts = {}
    for entry in data["dns_host"]:
        hosts[entry["id"]] = DnsHost(
            id=entry["id"],
            name_ja=entry["name_ja"],
            name_en=entry["name_en"],
            host_field_ja=entry["host_field_ja"],
            host_field_en=entry["host_field_en"],
            steps_ja=tuple(entry["steps_ja"]),
            steps_en=tuple(entry["steps_en"]),
        )
    return presets, hosts


def spf_preset(provider: str) -> SpfPreset:
    """The preset of a provider id ("other" for an unknown or empty id)."""
    presets, _hosts = _data()
    return presets.get(provider) or presets["other"]


def dns_host(provider: str) -> DnsHost:
    """The DNS panel instructions for a provider id (generic ones if unknown)."""
    _presets, hosts = _data()
    return hosts.get(spf_preset(provider).dns_host) or hosts["generic"]


def all_presets() -> dict[str, SpfPreset]:
    """Every preset by provider id (for tests and documentation)."""
    return dict(_data()[0])
