"""The user's Spamhaus DQS key: kept only in the operating system's password store.

Spamhaus' free Data Query Service (DQS) answers through any DNS server, including the public
ones that its ordinary lists refuse, when queries carry the user's key
(`<reversed-ip>.<key>.zen.dq.spamhaus.net`). The key is the user's secret:

* It is stored only with `keyring` (Windows Credential Manager, macOS Keychain, the Secret
  Service on Linux) under service "mail-mamori", user "spamhaus-dqs". When the only backend is
  keyring's "fail" or "null" backend (a headless Linux box, a frozen build that lost its
  backends), or one that writes plain files (keyrings.alt), nothing is stored: `store_key` says
  so plainly, and the UI offers to use the key for this session only (`set_session_key`).
* The command line reads it from `MAIL_MAMORI_DQS_KEY` or the password store; it is never a
  command-line argument.
* It is registered with the log filter whenever it is loaded, and it never goes into the case,
  the settings, JSON output or the PDF (results show the DQS zone without the key).
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.logsetup import forget_secret, register_secret
from app.core.normalize import fold_width

log = logging.getLogger(__name__)

SERVICE = "mail-mamori"
USERNAME = "spamhaus-dqs"
ENV_VAR = "MAIL_MAMORI_DQS_KEY"

_KEY = re.compile(r"^[a-z0-9]{16,63}$")
_session_key: str | None = None
_lock = threading.Lock()


class KeySource(StrEnum):
    """Where the key in use came from."""

    ENV = "env"
    KEYRING = "keyring"
    SESSION = "session"
    NONE = "none"


BAD_KEY = QT_TRANSLATE_NOOP(
    "dqs",
    "This does not look like a Spamhaus DQS key. The key is a code of letters and digits "
    "(26 characters) shown in your Spamhaus account; copy it without spaces.",
)
STORED = QT_TRANSLATE_NOOP(
    "dqs",
    "The key was stored in this computer's password manager ({backend}). It is not written "
    "anywhere else.",
)
NOT_PERSISTENT = QT_TRANSLATE_NOOP(
    "dqs",
    "This computer has no password manager that Mail Mamori can use, so the key "
    "cannot be remembered here. It can be used for this session only; it will be forgotten "
    "when Mail Mamori closes.",
)
INSECURE = QT_TRANSLATE_NOOP(
    "dqs",
    "The only password store available here keeps secrets in a plain file, so the "
    "key is not stored there. It can be used for this session only.",
)
STORE_FAILED = QT_TRANSLATE_NOOP(
    "dqs",
    "The password manager ({backend}) did not accept the key ({error}). It can be used for "
    "this session only.",
)
STORE_CANCELLED = QT_TRANSLATE_NOOP(
    "dqs",
    "Cancelled: the key was not kept. The password manager ({backend}) holds what it held before.",
)
FORGOTTEN = QT_TRANSLATE_NOOP(
    "dqs", "The key was removed from this computer's password manager and from this session."
)
FORGET_FAILED = QT_TRANSLATE_NOOP(
    "dqs",
    "The key was removed from this session, but the password manager ({backend}) reported an "
    "error: {error}",
)
# keyring's exceptions in words (their class names are English and mean nothing to the owner;
# the class name goes to the log).
_STORE_ERRORS = {
    "KeyringLocked": QT_TRANSLATE_NOOP("dqs", "it is locked; unlock it and try again"),
    "InitError": QT_TRANSLATE_NOOP("dqs", "it could not be started"),
    "NoKeyringError": QT_TRANSLATE_NOOP("dqs", "it is not available"),
    "PasswordSetError": QT_TRANSLATE_NOOP("dqs", "it refused to store the key"),
    "PasswordDeleteError": QT_TRANSLATE_NOOP("dqs", "it refused to remove the key"),
}
OTHER_STORE_ERROR = QT_TRANSLATE_NOOP("dqs", "an unexpected error")


def _error_reason(error: Exception) -> Msg:
    """Why the password store failed, in words (the class name is logged for the vendor)."""
    name = type(error).__name__
    log.warning("password store error: %s", name)
    for cls in type(error).__mro__:
        reason = _STORE_ERRORS.get(cls.__name__)
        if reason is not None:
            return reason
    return OTHER_STORE_ERROR


SESSION_ONLY = QT_TRANSLATE_NOOP(
    "dqs", "The key is used for this session only and will be forgotten when Mail Mamori closes."
)


def normalize_key(text: str) -> str:
    """A key as typed or pasted (full-width, spaces, upper case) in canonical form, or
    `InputError`."""
    key = re.sub(r"\s+", "", fold_width(text)).lower()
    if not _KEY.match(key):
        raise InputError(BAD_KEY)
    return key


# The password stores in the owner's words. keyring's own names ("WinVaultKeyring",
# "fail Keyring") mean nothing to a shop owner; they stay in `KeyringInfo.backend` for the log.
STORE_WINDOWS = QT_TRANSLATE_NOOP("dqs", "Windows Credential Manager")
STORE_MACOS = QT_TRANSLATE_NOOP("dqs", "macOS Keychain")
STORE_SECRET_SERVICE = QT_TRANSLATE_NOOP("dqs", "GNOME Keyring / Secret Service")
STORE_KWALLET = QT_TRANSLATE_NOOP("dqs", "KWallet")
STORE_OTHER = QT_TRANSLATE_NOOP("dqs", "another password manager")
STORE_NONE = QT_TRANSLATE_NOOP("dqs", "no password manager")

# Module of a keyring backend class -> its name for the owner.
_STORE_LABELS: tuple[tuple[str, Msg], ...] = (
    ("keyring.backends.Windows", STORE_WINDOWS),
    ("keyring.backends.macOS", STORE_MACOS),
    ("keyring.backends.SecretService", STORE_SECRET_SERVICE),
    ("keyring.backends.libsecret", STORE_SECRET_SERVICE),
    ("keyring.backends.kwallet", STORE_KWALLET),
)


@dataclass(frozen=True)
class KeyringInfo:
    """Which password store `keyring` would use, and whether it really keeps secrets."""

    backend: str  # keyring's name ("SecretService Keyring", "fail Keyring"): log, tooltip
    persistent: bool  # False: the fail/null backend, or nothing usable
    secure: bool  # False: a backend that writes plain files (keyrings.alt)
    label: Msg = STORE_NONE  # the store in the owner's words, for messages


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def _describe(backend: Any) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


def _label(backend: Any) -> Msg:
    """The owner's name for `backend` (the first store a chain of them would use)."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        stores = [b for b in backend.backends if _is_persistent(b)]
        return _label(stores[0]) if stores else STORE_NONE
    if not _is_persistent(backend):
        return STORE_NONE
    module = type(backend).__module__
    for prefix, label in _STORE_LABELS:
        if module == prefix or module.startswith(prefix + "."):
            return label
    return STORE_OTHER


def _is_persistent(backend: Any) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_persistent(b) for b in backend.backends)
    return True


def _is_secure(backend: Any) -> bool:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        return all(_is_secure(b) for b in backend.backends)
    return not type(backend).__module__.startswith("keyrings.alt")


def keyring_info() -> KeyringInfo:
    """The password store in use and what it can do (never raises)."""
    try:
        backend = _backend()
    except Exception:  # a broken backend configuration must not stop the app
        return KeyringInfo("unavailable", persistent=False, secure=False)
    return KeyringInfo(
        _describe(backend), _is_persistent(backend), _is_secure(backend), _label(backend)
    )


def set_session_key(key: str | None) -> None:
    """Use `key` until the app closes without storing it anywhere (None: forget it)."""
    global _session_key
    with _lock:
        if _session_key:
            forget_secret(_session_key)
        _session_key = normalize_key(key) if key else None
        if _session_key:
            register_secret(_session_key)


def session_key() -> str | None:
    """The key set for this session only, if any."""
    with _lock:
        return _session_key


def load_key(
    environ: Mapping[str, str] | None = None, *, use_keyring: bool = True
) -> tuple[str | None, KeySource]:
    """The key to use and where it came from: `MAIL_MAMORI_DQS_KEY`, then a session key, then
    the password store. Never raises (a broken store is read as "no key"); an unusable value
    in the environment raises `InputError` so that a typo is not silently ignored."""
    env = os.environ if environ is None else environ
    value = env.get(ENV_VAR, "").strip()
    if value:
        key = normalize_key(value)
        register_secret(key)
        return key, KeySource.ENV
    current = session_key()
    if current:
        return current, KeySource.SESSION
    if not use_keyring:
        return None, KeySource.NONE
    info = keyring_info()
    if not info.persistent:
        return None, KeySource.NONE
    try:
        stored = _backend().get_password(SERVICE, USERNAME)
    except Exception:
        return None, KeySource.NONE
    if not stored:
        return None, KeySource.NONE
    try:
        key = normalize_key(stored)
    except InputError:
        return None, KeySource.NONE
    register_secret(key)
    return key, KeySource.KEYRING


@dataclass(frozen=True)
class StoreResult:
    """What `store_key` did: `stored` True when the password store keeps the key."""

    stored: bool
    message: Msg
    # Nothing went wrong: this computer has no store fit for the key (a normal situation), so
    # the key can be used for this session only.
    session_only: bool = False


def store_key(text: str, cancelled: Callable[[], bool] | None = None) -> StoreResult:
    """Keep the key in the password store. When the store cannot keep secrets (fail/null
    backend, plain-file backend, an error), nothing is stored and the message says so; the
    caller may then offer `set_session_key`. Raises `InputError` for a malformed key.

    `cancelled` is asked once the store has answered: a store can take long (it may wait for
    the user to unlock it) and cannot be interrupted, so when the owner cancelled meanwhile,
    the store is put back as it was (the previous key, or none) instead of keeping a key the
    owner took back."""
    key = normalize_key(text)
    register_secret(key)
    info = keyring_info()
    if not info.persistent:
        log.info("no password store to keep the DQS key (%s)", info.backend)
        return StoreResult(False, NOT_PERSISTENT, session_only=True)
    if not info.secure:
        log.info("password store %s writes plain files: DQS key not stored", info.backend)
        return StoreResult(False, INSECURE, session_only=True)
    backend = _backend()
    previous: str | None = None
    try:
        if cancelled is not None:
            previous = backend.get_password(SERVICE, USERNAME)
        backend.set_password(SERVICE, USERNAME, key)
    except Exception as error:
        reason = _error_reason(error)
        return StoreResult(False, STORE_FAILED.with_args(backend=info.label, error=reason))
    if cancelled is not None and cancelled():
        _put_back(backend, previous)
        return StoreResult(False, STORE_CANCELLED.with_args(backend=info.label))
    set_session_key(None)
    return StoreResult(True, STORED.with_args(backend=info.label))


def _put_back(backend: Any, previous: str | None) -> None:
    # The store answered a moment ago, so it is unlocked and should answer again. If it does
    # not, nobody is left to tell (the dialog was cancelled): the log says where the key is.
    try:
        if previous:
            backend.set_password(SERVICE, USERNAME, previous)
        else:
            backend.delete_password(SERVICE, USERNAME)
    except Exception as error:
        log.warning(
            "cancelled DQS key could not be taken back from %s (%s): remove it in Settings",
            _describe(backend),
            type(error).__name__,
        )


def forget_key() -> Msg:
    """Remove the key from the password store and from this session."""
    set_session_key(None)
    info = keyring_info()
    if not info.persistent:
        return FORGOTTEN
    try:
        _backend().delete_password(SERVICE, USERNAME)
    except Exception as error:
        if type(error).__name__ == "PasswordDeleteError":
            return FORGOTTEN  # there was nothing stored
        return FORGET_FAILED.with_args(backend=info.label, error=_error_reason(error))
    return FORGOTTEN
