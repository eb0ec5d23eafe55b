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
import struct
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QByteArray, QFile, QIODevice
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


class FontData(Protocol):
    """The bytes of a font file, read and changed in place a few at a time."""

    def size(self) -> int:
        """The number of bytes."""
        ...

    def read(self, offset: int, length: int) -> bytes:
        """`length` bytes from `offset` (fewer at the end)."""
        ...

    def write(self, offset: int, data: bytes) -> None:
        """Overwrite `len(data)` bytes at `offset` (inside the data)."""
        ...


class BytesFont:
    """A font held in a bytearray."""

    def __init__(self, data: bytearray) -> None:
        self.data = data

    def size(self) -> int:
        """The number of bytes."""
        return len(self.data)

    def read(self, offset: int, length: int) -> bytes:
        """`length` bytes from `offset`."""
        return bytes(self.data[offset : offset + length])

    def write(self, offset: int, data: bytes) -> None:
        """Overwrite bytes at `offset`."""
        self.data[offset : offset + len(data)] = data


class _QtFont:
    """A font held in the QByteArray that Qt registers, so the 4.6 MB file is copied once
    (by QFile, in C++) and never through Python: start-up waits for it."""

    def __init__(self, data: QByteArray) -> None:
        self.data = data

    def size(self) -> int:
        return int(self.data.size())

    def read(self, offset: int, length: int) -> bytes:
        return bytes(self.data.mid(offset, length).data())

    def write(self, offset: int, data: bytes) -> None:
        self.data.replace(offset, len(data), data)  # the same length: changed in place


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; returns the families that were registered."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        file = QFile(str(path))
        if not file.open(QIODevice.OpenModeFlag.ReadOnly):
            log.warning("could not load font %s: %s", name, file.errorString())
            continue
        data = file.readAll()
        file.close()
        try:
            font = _QtFont(data)
            with_room_below(font, DESCENT)
            rename(font, *_RENAME)
        except ValueError as error:
            log.warning("could not load font %s: %s", name, error)
            continue
        font_id = QFontDatabase.addApplicationFontFromData(data)
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


def _tables(font: FontData) -> dict[bytes, tuple[int, int, int]]:
    """tag -> (offset of its directory entry, offset of its data, length)."""
    size = font.size()
    if size < 12:
        raise ValueError("not an OpenType font")
    count = struct.unpack(">H", font.read(4, 2))[0]
    if 12 + 16 * count > size:
        raise ValueError("cut table directory")
    directory = font.read(12, 16 * count)
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", directory, 16 * index)
        if offset + length > size:
            raise ValueError(f"table {tag!r} runs past the end")
        tables[tag] = (12 + 16 * index, offset, length)
    return tables


def _checksum(data: bytes) -> int:
    """OpenType table checksum: the sum of its big-endian 32-bit words, zero-padded."""
    padded = data + b"\0" * (-len(data) % 4)
    return sum(word for (word,) in _WORD.iter_unpack(padded)) & 0xFFFFFFFF


def _update(
    font: FontData,
    tables: dict[bytes, tuple[int, int, int]],
    tag: bytes,
    change: Callable[[bytearray], None],
) -> None:
    """Let `change` edit table `tag` (a copy of its bytes, edited in place; its length must
    stay), write it back, and keep the table's checksum and the font's checkSumAdjustment
    right."""
    entry, offset, length = tables[tag]
    table = bytearray(font.read(offset, length))
    before = _checksum(bytes(table))
    change(table)
    if len(table) != length:
        raise ValueError("a table changed its length")
    after = _checksum(bytes(table))
    if after == before:
        return
    font.write(offset, bytes(table))
    font.write(entry + 4, _WORD.pack(after))
    # The whole-font sum changes by the table's words and by its directory checksum.
    delta = 2 * (after - before)
    _entry, head, head_length = tables[b"head"]
    if head_length < 12:
        raise ValueError("cut head table")
    adjustment = _WORD.unpack(font.read(head + 8, 4))[0]
    font.write(head + 8, _WORD.pack((adjustment - delta) & 0xFFFFFFFF))


def _font(data: FontData | bytearray) -> FontData:
    return BytesFont(data) if isinstance(data, bytearray) else data


def rename(data: FontData | bytearray, old: bytes, new: bytes) -> None:
    """Replace `old` by `new` (ASCII, the same length) in the font's name records that carry
    its family, in place, in both the one-byte (Macintosh) and UTF-16 (Windows, Unicode)
    encodings. Raises ValueError for data without a readable name table."""
    if len(old) != len(new) or not old.isascii() or not new.isascii():
        raise ValueError("names must be ASCII of the same length")
    font = _font(data)
    tables = _tables(font)
    if b"name" not in tables or b"head" not in tables:
        raise ValueError("name or head table missing")
    wide_old, wide_new = old.decode().encode("utf-16-be"), new.decode().encode("utf-16-be")

    def change(table: bytearray) -> None:
        if len(table) < 6:
            raise ValueError("cut name table")
        count, storage = struct.unpack_from(">HH", table, 2)
        if 6 + 12 * count > len(table):
            raise ValueError("cut name records")
        for index in range(count):
            platform, _encoding, _language, name_id, size, at = struct.unpack_from(
                ">HHHHHH", table, 6 + 12 * index
            )
            if name_id not in _NAME_IDS:
                continue
            start = storage + at
            if start + size > len(table):
                raise ValueError("name record runs past its table")
            text = bytes(table[start : start + size])
            if platform in (0, 3):
                text = text.replace(wide_old, wide_new)
            else:
                text = text.replace(old, new)
            table[start : start + size] = text

    _update(font, tables, b"name", change)


def with_room_below(data: FontData | bytearray, descent: int) -> None:
    """Raise the font's descent (hhea, OS/2 typographic and Windows metrics, whichever each
    platform's font engine reads) to at least `descent` units, in place. The changed tables'
    checksums and the font's checkSumAdjustment are kept right. Raises ValueError for data
    that is not a TrueType/OpenType font with those tables."""
    font = _font(data)
    tables = _tables(font)
    if b"hhea" not in tables or b"OS/2" not in tables or b"head" not in tables:
        raise ValueError("hhea, OS/2 or head table missing")

    def hhea(table: bytearray) -> None:
        if len(table) < 8:
            raise ValueError("cut hhea table")
        if struct.unpack_from(">h", table, 6)[0] > -descent:
            struct.pack_into(">h", table, 6, -descent)

    def os2(table: bytearray) -> None:
        if len(table) < 78:
            raise ValueError("cut OS/2 table")
        if struct.unpack_from(">h", table, 70)[0] > -descent:
            struct.pack_into(">h", table, 70, -descent)  # sTypoDescender
        if struct.unpack_from(">H", table, 76)[0] < descent:
            struct.pack_into(">H", table, 76, descent)  # usWinDescent

    _update(font, tables, b"hhea", hhea)
    _update(font, tables, b"OS/2", os2)
