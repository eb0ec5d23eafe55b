"""Starts the GUI: Qt application, fonts, language, logging, error dialog, the wizard."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.logsetup import configure_logging
from app.core.paths import resource_path
from app.ui.errors import install_exception_hooks
from app.ui.fonts import apply_app_font
from app.ui.i18n import language_manager
from app.ui.settings import APPLICATION, ORGANISATION, AppSettings
from app.ui.startup_trace import mark

log = logging.getLogger(__name__)

# Set by packaging smoke tests and benchmarks: quit as soon as the first page is on screen.
QUIT_WHEN_SHOWN_ENV = "MAIL_MAMORI_QUIT_WHEN_SHOWN"
SHOWN_MARKER = "first-page-shown"
# Sizes rendered by packaging/make_icons.py into resources/icons/mail-mamori-<size>.png. 20 is
# the title bar's 16 px at 125 % (Windows asks for it): without it Qt scaled the 24 px one down.
ICON_SIZES = (16, 20, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The window icon, with each rendered size so that title bars and task bars stay sharp."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"mail-mamori-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    fallback = resource_path("icons", "mail-mamori.png")
    if icon.isNull() and fallback.is_file():
        icon.addFile(str(fallback))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's identity, font and icon (reuses an existing one)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("メールまもり")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mail-mamori")
    mark("QApplication created")
    app.setWindowIcon(app_icon())
    mark("icon set")
    apply_app_font(app)
    mark("fonts registered")
    return app


def _report_shown_and_quit(app: QApplication) -> None:
    # The benchmark reads this line: CLOCK_MONOTONIC is shared by all processes on the machine.
    print(f"{SHOWN_MARKER} {time.monotonic():.6f}", flush=True)
    app.quit()


def run_gui() -> int:
    """Open the wizard and run until it is closed."""
    mark("modules imported")
    log_path = configure_logging()
    mark("logging configured")
    app = create_application()
    install_exception_hooks()
    log.info("Mail Mamori %s starting; log at %s", __version__, log_path)
    settings = AppSettings()
    languages = language_manager(app)
    languages.set_language(settings.language)
    mark("settings and translations loaded")

    from app.ui.wizard import MamoriWizard

    mark("wizard imported")
    wizard = MamoriWizard(settings, languages)
    mark("wizard built")
    if os.environ.get(QUIT_WHEN_SHOWN_ENV):
        wizard.first_shown.connect(lambda: _report_shown_and_quit(app))
    wizard.show()
    mark("wizard shown")
    return app.exec()
