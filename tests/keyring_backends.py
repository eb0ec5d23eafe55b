"""Real keyring backends for tests (a backend is a real part of keyring, not a mock).

* `MemoryKeyring`: secrets in a dict, for tests in this process (`keyring.set_keyring`).
* `FileKeyring`: secrets in the JSON file named by `MAIL_MAMORI_TEST_KEYRING`, for a CLI run
  in a subprocess (`PYTHON_KEYRING_BACKEND=tests.keyring_backends.FileKeyring`). Test-only:
  the app itself never writes a secret to a plain file.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in memory for the life of the object."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class GatedKeyring(MemoryKeyring):
    """A password store that answers only once `gate` is set (like one waiting for the user
    to unlock it) and records the thread of every call."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []

    def _wait(self) -> None:
        self.threads.append(threading.current_thread())
        self.gate.wait(10)

    def get_password(self, service: str, username: str) -> str | None:
        self._wait()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._wait()
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._wait()
        super().delete_password(service, username)


class FileKeyring(KeyringBackend):
    """Keeps secrets in a JSON file (tests only, so that a subprocess can read them)."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["MAIL_MAMORI_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("not found")
        self.path.write_text(json.dumps(data), encoding="utf-8")
