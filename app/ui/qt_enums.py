"""Values of the few `Qt` namespace enums the first page needs, set without PySide6's `Qt`.

The first touch of `PySide6.QtCore.Qt` (`from PySide6.QtCore import Qt`, `Qt.TextFormat`, or a
method returning one of its enums) makes PySide6 create Python enum classes for all of the
namespace's ~100 enums at once: 11 ms on the 2-core build machine, more than anything else the
app adds to start-up. The widgets built before the first page is shown therefore set these
values through their Qt properties, which take the plain numbers. Later pages use `Qt` freely.
tests/test_startup.py checks every number against Qt's own enum.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
RICH_TEXT = 1  # Qt.TextFormat.RichText
TEXT_SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
CLICK_FOCUS = 2  # Qt.FocusPolicy.ClickFocus
STRONG_FOCUS = 11  # Qt.FocusPolicy.StrongFocus
ALIGN_TOP_LEFT = 0x21  # Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
ALIGN_RIGHT_TOP = 0x22  # Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
USER_ROLE = 256  # Qt.ItemDataRole.UserRole (item data roles are plain ints in Qt's API)


def set_enum_property(widget: QObject, name: str, value: int) -> None:
    """Set the enum-typed Qt property `name` (e.g. "textFormat") of `widget` to `value`.

    Raises ValueError when Qt refuses it (no such property, or a value it cannot convert), so a
    misspelt name cannot silently leave a widget with its default.
    """
    if not widget.setProperty(name, value):
        raise ValueError(f"{type(widget).__name__} refused {name}={value!r}")
