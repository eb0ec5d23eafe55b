"""Hosting/mail provider presets, read from `resources/providers.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from app.core.paths import resource_path

OTHER = "other"


@dataclass(frozen=True)
class Provider:
    """One preset: a stable id (stored in cases), its names, and what kind of service it is."""

    id: str
    name_ja: str
    name_en: str
    kind: str

    def name(self, lang: str) -> str:
        """Display name in `lang` ("ja" or "en")."""
        return self.name_ja if lang == "ja" else self.name_en


@cache
def providers() -> tuple[Provider, ...]:
    """All presets in the order the wizard shows them."""
    with resource_path("providers.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(
        Provider(id=p["id"], name_ja=p["name_ja"], name_en=p["name_en"], kind=p["kind"])
        for p in data["provider"]
    )


def provider_by_id(provider_id: str) -> Provider | None:
    """The preset with this id, or None for an unknown id (e.g. from a newer app version)."""
    return next((p for p in providers() if p.id == provider_id), None)
