"""The Spamhaus DQS key: kept in the OS password store only, honest when there is none, never
logged. Tests use real keyring backends: an in-memory one and keyring's own fail backend."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from app.core import dqs_key
from app.core.errors import InputError
from app.core.logsetup import configure_logging
from tests.keyring_backends import MemoryKeyring

KEY = "abcdefghijklmnopqrstuvwxyz"


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    dqs_key.set_session_key(None)
    yield backend
    dqs_key.set_session_key(None)
    keyring.set_keyring(previous)


@pytest.fixture
def failing() -> None:
    """No password store at all (a machine without a Secret Service). Said here although the
    autouse fixture of conftest.py gives every test the same, which also puts things back."""
    keyring.set_keyring(fail.Keyring())


def test_keys_are_normalised_and_checked() -> None:
    assert dqs_key.normalize_key(" ABCDEFGHIJKLMNOPQRSTUVWXYZ ") == KEY
    assert dqs_key.normalize_key("ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ") == KEY
    for bad in ("", "short", "abc def!ghijklmnopqrstuvwxyz", "x" * 80):
        with pytest.raises(InputError) as caught:
            dqs_key.normalize_key(bad)
        assert "DQS" in caught.value.message.render("ja")


def test_a_stored_key_is_kept_in_the_password_store_only(memory: MemoryKeyring) -> None:
    result = dqs_key.store_key(KEY.upper())
    assert result.stored
    assert memory.store == {("mail-mamori", "spamhaus-dqs"): KEY}
    assert "パスワード" in result.message.render("ja")
    assert dqs_key.load_key({}) == (KEY, dqs_key.KeySource.KEYRING)
    dqs_key.forget_key()
    assert memory.store == {}
    assert dqs_key.load_key({}) == (None, dqs_key.KeySource.NONE)


def test_the_environment_variable_wins_and_a_bad_one_is_an_error(memory: MemoryKeyring) -> None:
    dqs_key.store_key(KEY)
    other = "zyxwvutsrqponmlkjihgfedcba"
    assert dqs_key.load_key({"MAIL_MAMORI_DQS_KEY": other}) == (other, dqs_key.KeySource.ENV)
    with pytest.raises(InputError):
        dqs_key.load_key({"MAIL_MAMORI_DQS_KEY": "not a key"})


def test_without_a_password_store_nothing_is_stored_and_it_says_so(failing: None) -> None:
    info = dqs_key.keyring_info()
    assert not info.persistent
    result = dqs_key.store_key(KEY)
    assert not result.stored
    message = result.message.render("ja")
    assert "記憶できません" in message and "今回の起動の間だけ" in message
    assert "remembered" in result.message.render("en")
    assert dqs_key.load_key({}) == (None, dqs_key.KeySource.NONE)
    dqs_key.set_session_key(KEY)  # the user chose "this session only"
    assert dqs_key.load_key({}) == (KEY, dqs_key.KeySource.SESSION)
    dqs_key.forget_key()
    assert dqs_key.load_key({}) == (None, dqs_key.KeySource.NONE)


def test_the_null_backend_is_not_mistaken_for_a_store() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        assert not dqs_key.keyring_info().persistent
        assert not dqs_key.store_key(KEY).stored
    finally:
        keyring.set_keyring(previous)


def test_the_key_never_reaches_the_log(memory: MemoryKeyring, tmp_path: Path) -> None:
    path = configure_logging(folder=tmp_path)
    dqs_key.store_key(KEY)
    key, _ = dqs_key.load_key({})
    logging.getLogger("test").warning("querying 2.0.0.127.%s.zen.dq.spamhaus.net", key)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "zen.dq.spamhaus.net" in text
    assert KEY not in text


@pytest.mark.parametrize(
    ("module", "cls", "japanese", "english"),
    [
        ("keyring.backends.Windows", "WinVaultKeyring", "Windows 資格情報マネージャー", "Windows"),
        ("keyring.backends.macOS", "Keyring", "macOS キーチェーン", "macOS Keychain"),
        ("keyring.backends.SecretService", "Keyring", "GNOME キーリング", "Secret Service"),
        ("keyring.backends.libsecret", "Keyring", "GNOME キーリング", "Secret Service"),
        ("keyring.backends.kwallet", "DBusKeyring", "KWallet", "KWallet"),
    ],
)
def test_the_password_store_is_named_in_the_owners_words(
    module: str, cls: str, japanese: str, english: str
) -> None:
    import importlib

    backend = getattr(importlib.import_module(module), cls)()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        info = dqs_key.keyring_info()
    finally:
        keyring.set_keyring(previous)
    assert japanese in info.label.render("ja")
    assert english in info.label.render("en")
    assert info.backend == backend.name  # the class name stays available for the log
    stored = dqs_key.STORED.with_args(backend=info.label).render("ja")
    assert japanese in stored and backend.name not in stored


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_password_store_is_said_in_words(backend: object) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    dqs_key.set_session_key(None)
    try:
        message = dqs_key.store_key(KEY).message.render("ja")
    finally:
        keyring.set_keyring(previous)
    assert "パスワード管理機能がない" in message
    assert "Keyring" not in message and "fail" not in message and "null" not in message


class _LockedKeyring(MemoryKeyring):
    """A store that is locked (as a Secret Service is until the user unlocks it)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        from keyring.errors import KeyringLocked

        raise KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("something odd")


def test_a_store_error_is_explained_in_words_not_by_its_class_name() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(_LockedKeyring())
    try:
        stored = dqs_key.store_key("abcdefghijklmnopqrstuvwxyz")
        forgot = dqs_key.forget_key()
    finally:
        keyring.set_keyring(previous)
    assert not stored.stored
    ja = stored.message.render("ja")
    assert "ロック" in ja and "KeyringLocked" not in ja
    assert "it is locked; unlock it and try again" in stored.message.render("en")
    assert "RuntimeError" not in forgot.render("ja") and "RuntimeError" not in forgot.render("en")
    assert "an unexpected error" in forgot.render("en")
