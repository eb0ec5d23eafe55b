"""Test set-up: offscreen Qt, and every file the app writes redirected into a temporary folder."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the developer's real settings, cases and logs out of reach even before any fixture runs.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="mail-mamori-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_SESSION_HOME / _var.lower())

# The loopback DNS server and its fixtures (`dns_server`, `dns_client`).
pytest_plugins = ["tests.dns_server"]


@pytest.fixture(autouse=True)
def no_dqs_key_from_this_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees this machine's password store or a DQS key from the developer's shell,
    nor a session key left by another test: what a check asks, and what the Settings dialog
    shows, must not depend on where or in which order the tests run. (A real password store
    could also wait for the developer to unlock it.) Tests that need a store set their own."""
    import keyring
    from keyring.backends import fail

    from app.core import dqs_key

    monkeypatch.delenv(dqs_key.ENV_VAR, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    dqs_key.set_session_key(None)
    yield
    dqs_key.set_session_key(None)
    keyring.set_keyring(previous)


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder for this test's data, logs and settings (what the privacy tests scan)."""
    home = tmp_path / "home"
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    return home


def _new_wizard(qtbot, app_home: Path):  # type: ignore[no-untyped-def]
    """A real wizard in Japanese with settings stored under `app_home`, shown, and the function
    that takes it down again."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    from app.core.logsetup import configure_logging
    from app.ui.application import create_application
    from app.ui.i18n import language_manager
    from app.ui.settings import AppSettings
    from app.ui.wizard import DEFAULT_SIZE, MamoriWizard

    app = create_application()
    assert isinstance(app, QApplication)
    configure_logging(folder=app_home)
    settings_file = app_home / "settings.ini"
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    languages = language_manager(app)
    languages.set_language("ja")
    window = MamoriWizard(settings, languages)
    # The first start's size on a desktop screen: the wizard fits itself to smaller screens,
    # and Qt's offscreen screen is only 800x800 (tests/test_dialogs.py checks a laptop's).
    window.resize(*DEFAULT_SIZE)

    def answer_no_questions(_widget: object) -> None:
        # The question about unsaved input is for people: a test that leaves a mistake on
        # screen closes anyway (a modal question would wait forever). pytest-qt closes the
        # window before this fixture's own clean-up runs, hence this hook.
        window._may_close = lambda finishing=False: True

    qtbot.addWidget(window, before_close_func=answer_no_questions)
    window.show()
    qtbot.waitExposed(window)

    def take_down() -> None:
        # pytest-qt has closed the window and asked for its deletion; another wizard's
        # take-down may have carried that out already (see below).
        alive = isValid(window)
        if alive:
            window.tasks.cancel_all()
            window.tasks.wait_idle(5000)
        languages.set_language("ja")
        if alive:
            answer_no_questions(window)
            # Delete the window now: deferred deletes only run inside an event loop, and
            # wizards left for interpreter shutdown are destroyed in an order that crashes
            # PySide.
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()

    return window, take_down


@pytest.fixture
def wizard(qtbot, app_home: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The real wizard in Japanese with settings stored under `app_home`."""
    window, take_down = _new_wizard(qtbot, app_home)
    yield window
    take_down()


@pytest.fixture
def fresh_wizard(qtbot, app_home: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Makes another wizard, as the app started again (the same settings and case folder):
    `fresh_wizard()` returns it; what a session kept only in memory is not in it."""
    made = []

    def make():  # type: ignore[no-untyped-def]
        window, take_down = _new_wizard(qtbot, app_home)
        made.append(take_down)
        return window

    yield make
    for take_down in reversed(made):
        take_down()
