"""Registers the bundled Japanese font so the UI looks the same on every OS."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core.paths import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")
FAMILY = "BIZ UDPGothic"


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; returns the families that were registered."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            log.warning("could not load font %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def apply_app_font(app: QApplication) -> None:
    """Use the bundled family at the system's own size, so text follows the user's scaling."""
    if FAMILY not in register_fonts():
        return
    font = QFont(app.font())
    font.setFamilies([FAMILY, *app.font().families()])
    app.setFont(font)
