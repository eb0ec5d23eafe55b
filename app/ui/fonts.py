"""Registers the bundled Japanese font so the UI looks the same on every OS.

The font's line is given a little more room below the baseline than the files declare (see
`with_room_below`): Qt rounds a font's ascent and descent to whole pixels separately, and with
BIZ UDPGothic's descent of 246/2048 em the line at 12 px (9 pt, Windows' default size) is
11 + 1 px, while the underscore sits 1.1-1.4 px below the baseline. It fell outside every
label, line edit and tree row: "include:_spf" read "include: spf", "_dmarc" read " dmarc",
and the descenders of p, j, g were cut. The change is made in memory when the font is
registered; the files (and the PDF, which reportlab lays out itself) are unchanged.

The changed font is registered under a family name of its own (`FAMILY`, "MMR" for Mail
MamoRi in place of "BIZ"): many machines have BIZ UDPGothic installed (Japanese Windows ships
it), and Qt then used the installed font, unchanged, instead of ours. The licence (OFL 1.1,
resources/fonts/OFL.txt) allows modified versions and names no Reserved Font Name; the new
name also keeps the changed copy from passing for the original.
"""

from __future__ import annotations

import logging
import os
import struct
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core.paths import resource_path

log = logging.getLogger(__name__)

FONT_FILES = ("BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf")
ORIGINAL_FAMILY = "BIZ UDPGothic"  # the font as people know it (the self-test names it)
FAMILY = "MMR UDPGothic"  # the family the UI asks Qt for: the bundled font, as changed here

# Name records (name IDs) that carry the family: family, subfamily's unique ID, full name,
# PostScript name, typographic family, WWS family. Copyright and licence texts stay as written.
_NAME_IDS = frozenset({1, 3, 4, 6, 16, 18, 20, 21})
_RENAME = (b"BIZ", b"MMR")  # the same length, so each record keeps its size and place

# Room below the baseline, in font units (of 2048): with it the underscore (195-246 units below
# the baseline) falls inside the rounded line at every pixel size from 10 px up. The line grows
# by 74 units, one pixel at 12 px.
DESCENT = 320

_WORD = struct.Struct(">I")
_MAGIC = 0xB1B0AFBA  # OpenType: checkSumAdjustment = this - checksum of the whole font


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; returns the families that were registered."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        try:
            data = _read(path)
            with_room_below(data, DESCENT)
            rename(data, *_RENAME)
        except (OSError, ValueError) as error:
            log.warning("could not load font %s: %s", name, error)
            continue
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        if font_id < 0:
            log.warning("could not load font %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def _read(path: Path) -> bytearray:
    """The file's bytes, read once into a buffer that can be changed in place (the fonts are
    4.6 MB each, and start-up waits for them)."""
    with path.open("rb") as file:
        data = bytearray(os.fstat(file.fileno()).st_size)
        if file.readinto(data) != len(data):
            raise OSError(f"{path.name}: short read")
    return data


def apply_app_font(app: QApplication) -> None:
    """Use the bundled family at the system's own size, so text follows the user's scaling."""
    if FAMILY not in register_fonts():
        return
    font = QFont(app.font())
    font.setFamilies([FAMILY, *app.font().families()])
    app.setFont(font)


def _tables(data: bytearray) -> dict[bytes, tuple[int, int, int]]:
    """tag -> (offset of its directory entry, offset of its data, length)."""
    if len(data) < 12:
        raise ValueError("not an OpenType font")
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for index in range(count):
        entry = 12 + 16 * index
        if entry + 16 > len(data):
            raise ValueError("cut table directory")
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, entry)
        if offset + length > len(data):
            raise ValueError(f"table {tag!r} runs past the end")
        tables[tag] = (entry, offset, length)
    return tables


def _checksum(data: bytearray, offset: int, length: int) -> int:
    """OpenType table checksum: the sum of its big-endian 32-bit words, zero-padded."""
    chunk = bytes(data[offset : offset + length])
    chunk += b"\0" * (-len(chunk) % 4)
    return sum(word for (word,) in _WORD.iter_unpack(chunk)) & 0xFFFFFFFF


def _update(
    data: bytearray,
    tables: dict[bytes, tuple[int, int, int]],
    tag: bytes,
    change: Callable[[], None],
) -> None:
    """Apply `change()` (which edits table `tag` in place) and keep the table's checksum and
    the font's checkSumAdjustment right."""
    entry, offset, length = tables[tag]
    before = _checksum(data, offset, length)
    change()
    after = _checksum(data, offset, length)
    if after == before:
        return
    struct.pack_into(">I", data, entry + 4, after)
    # The whole-font sum changes by the table's words and by its directory checksum.
    delta = 2 * (after - before)
    _entry, head, head_length = tables[b"head"]
    if head_length < 12:
        raise ValueError("cut head table")
    adjustment = struct.unpack_from(">I", data, head + 8)[0]
    struct.pack_into(">I", data, head + 8, (adjustment - delta) & 0xFFFFFFFF)


def rename(data: bytearray, old: bytes, new: bytes) -> None:
    """Replace `old` by `new` (ASCII, the same length) in the font's name records that carry
    its family, in place, in both the one-byte (Macintosh) and UTF-16 (Windows) encodings.
    Raises ValueError for data without a readable name table."""
    if len(old) != len(new) or not old.isascii() or not new.isascii():
        raise ValueError("names must be ASCII of the same length")
    tables = _tables(data)
    if b"name" not in tables or b"head" not in tables:
        raise ValueError("name or head table missing")
    _entry, table, length = tables[b"name"]
    if length < 6:
        raise ValueError("cut name table")
    count, storage = struct.unpack_from(">HH", data, table + 2)
    if 6 + 12 * count > length:
        raise ValueError("cut name records")
    wide_old, wide_new = old.decode().encode("utf-16-be"), new.decode().encode("utf-16-be")

    def change() -> None:
        for index in range(count):
            platform, _encoding, _language, name_id, size, at = struct.unpack_from(
                ">HHHHHH", data, table + 6 + 12 * index
            )
            if name_id not in _NAME_IDS:
                continue
            start = table + storage + at
            if start + size > table + length:
                raise ValueError("name record runs past its table")
            text = bytes(data[start : start + size])
            if platform in (0, 3):
                text = text.replace(wide_old, wide_new)
            else:
                text = text.replace(old, new)
            data[start : start + size] = text

    _update(data, tables, b"name", change)


def with_room_below(data: bytearray, descent: int) -> None:
    """Raise the font's descent (hhea, OS/2 typographic and Windows metrics, whichever each
    platform's font engine reads) to at least `descent` units, in place. The changed tables'
    checksums and the font's checkSumAdjustment are kept right. Raises ValueError for data
    that is not a TrueType/OpenType font with those tables."""
    tables = _tables(data)
    if b"hhea" not in tables or b"OS/2" not in tables or b"head" not in tables:
        raise ValueError("hhea, OS/2 or head table missing")
    changes = []  # (tag, field offset in the table, format, new value)
    _entry, hhea, hhea_length = tables[b"hhea"]
    if hhea_length < 8:
        raise ValueError("cut hhea table")
    if struct.unpack_from(">h", data, hhea + 6)[0] > -descent:
        changes.append((b"hhea", 6, ">h", -descent))
    _entry, os2, os2_length = tables[b"OS/2"]
    if os2_length < 78:
        raise ValueError("cut OS/2 table")
    if struct.unpack_from(">h", data, os2 + 70)[0] > -descent:
        changes.append((b"OS/2", 70, ">h", -descent))
    if struct.unpack_from(">H", data, os2 + 76)[0] < descent:
        changes.append((b"OS/2", 76, ">H", descent))
    for tag in dict.fromkeys(tag for tag, *_ in changes):

        def change(tag: bytes = tag) -> None:
            offset = tables[tag][1]
            for changed_tag, field, fmt, value in changes:
                if changed_tag == tag:
                    struct.pack_into(fmt, data, offset + field, value)

        _update(data, tables, tag, change)
