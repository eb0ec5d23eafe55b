"""User preferences kept with QSettings: window size, language, recent cases, DNS server."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from app.core.resolver import ResolverSpec


ORGANISATION = "MailMamori"
APPLICATION = "mail-mamori"
MAX_RECENT = 8


class AppSettings:
    """Typed access to the few settings the app keeps (never passwords or other secrets)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @property
    def language(self) -> str:
        """ "ja" (default, whatever the system locale) or "en"."""
        value = self._s.value("ui/language", "ja")
        return value if value in ("ja", "en") else "ja"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def geometry(self) -> QByteArray | None:
        """The wizard window's saved geometry."""
        value = self._s.value("ui/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/geometry", value)

    @property
    def recent_cases(self) -> list[Path]:
        """Recently opened case files that still exist, newest first."""
        value = self._s.value("cases/recent", [])
        if isinstance(value, str):
            value = [value]
        paths = [Path(v) for v in (value or []) if isinstance(v, str)]
        return [p for p in paths if p.is_file()]

    def add_recent_case(self, path: Path) -> None:
        """Put `path` at the top of the recent list."""
        current = [p for p in self.recent_cases if p != path]
        self._s.setValue("cases/recent", [str(p) for p in [path, *current][:MAX_RECENT]])

    @property
    def case_folder(self) -> Path | None:
        """The folder the owner chose for new cases when the usual one could not be written
        (None: the usual folder, `default_case_dir`). Only the folder: never a case's content."""
        value = self._s.value("cases/folder", "")
        return Path(value) if isinstance(value, str) and value else None

    @case_folder.setter
    def case_folder(self, value: Path | None) -> None:
        if value is None:
            self._s.remove("cases/folder")
        else:
            self._s.setValue("cases/folder", str(value))

    @property
    def resolver(self) -> str:
        """The DNS server the user chose ("" = the system's)."""
        value = self._s.value("dns/resolver", "")
        return value if isinstance(value, str) else ""

    @resolver.setter
    def resolver(self, value: str) -> None:
        self._s.setValue("dns/resolver", value)

    def resolver_spec(self) -> ResolverSpec:
        """The DNS server every check uses: the user's choice, or this computer's resolvers."""
        from app.core.errors import InputError
        from app.core.resolver import ResolverSpec

        if self.resolver:
            try:
                return ResolverSpec.parse(self.resolver)
            except InputError:
                pass  # a setting that no longer parses falls back to the system's resolvers
        return ResolverSpec()

    def value(self, key: str, default: object = None) -> object:
        """Raw access for page-specific preferences (never for secrets)."""
        return self._s.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        """Raw access for page-specific preferences (never for secrets)."""
        self._s.setValue(key, value)

    @property
    def folder(self) -> Path:
        """The folder holding the settings file (and the window slots of running copies)."""
        return Path(self._s.fileName()).parent

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._s.sync()
