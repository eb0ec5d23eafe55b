"""The bundled UI font: underscores and descenders are drawn inside every one-line widget, and
the in-memory change to the font keeps it a valid font under a name of its own."""

from __future__ import annotations

import contextlib
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.paths import resource_path
from app.ui import fonts

_REGULAR = resource_path("fonts", fonts.FONT_FILES[0]).read_bytes()


def _font_sum(data: bytes | bytearray) -> int:
    padded = bytes(data) + b"\0" * (-len(data) % 4)
    return sum(word for (word,) in struct.iter_unpack(">I", padded)) & 0xFFFFFFFF


def _changed(name: str) -> bytearray:
    data = bytearray(resource_path("fonts", name).read_bytes())
    fonts.with_room_below(data, fonts.DESCENT)
    fonts.rename(data, b"BIZ", b"MMR")
    return data


@pytest.mark.parametrize("name", fonts.FONT_FILES)
def test_the_changed_font_keeps_valid_checksums_and_its_glyphs(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QRawFont

    original = resource_path("fonts", name).read_bytes()
    assert _font_sum(original) == 0xB1B0AFBA  # the file itself is consistent
    data = _changed(name)
    assert len(data) == len(original)
    assert _font_sum(data) == 0xB1B0AFBA  # checkSumAdjustment follows the change
    tables = fonts._tables(fonts.BytesFont(data))
    for tag, (entry, offset, length) in tables.items():
        if tag != b"head":  # its checksum is taken with checkSumAdjustment as zero
            assert struct.unpack_from(">I", data, entry + 4)[0] == fonts._checksum(
                bytes(data[offset : offset + length])
            ), tag
    raw = QRawFont(QByteArray(bytes(data)), 12.0)
    assert raw.isValid()
    assert raw.familyName() == fonts.FAMILY
    assert raw.supportsCharacter(ord("_")) and raw.supportsCharacter(ord("認"))
    assert raw.descent() == pytest.approx(12 * fonts.DESCENT / 2048)

    # Only the names changed: copyright and licence texts keep "BIZ" as written.
    def utf16(text: str) -> bytes:
        return text.encode("utf-16-be")

    assert utf16("The BIZ UDGothic Project Authors") in data
    assert utf16("BIZ UDPGothic is a trademark of Morisawa") in data
    assert utf16("MMR UDPゴシック") in data  # the Japanese family name too
    for name_record in ("BIZ UDPGothic\0", "BIZ UDPゴシック"):
        assert utf16(name_record) not in data


@pytest.mark.parametrize("name", fonts.FONT_FILES)
def test_the_qt_buffer_gets_the_same_change_as_the_file_copy(name: str) -> None:
    # register_fonts changes the QByteArray that Qt registers, through Qt's own calls.
    from PySide6.QtCore import QByteArray

    data = QByteArray(resource_path("fonts", name).read_bytes())
    font = fonts._QtFont(data)
    fonts.with_room_below(font, fonts.DESCENT)
    fonts.rename(font, b"BIZ", b"MMR")
    assert bytes(data.data()) == bytes(_changed(name))


def test_the_ui_uses_the_changed_font_even_where_biz_udpgothic_is_installed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontInfo, QFontMetrics
    from PySide6.QtWidgets import QApplication, QLabel

    from app.ui.application import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    label = QLabel("include:_spf.example.jp")
    qtbot.addWidget(label)
    assert QFontInfo(label.font()).family() == fonts.FAMILY
    # 12 px is 9 pt at 96 dpi, Windows' default size: the line was 11 + 1 px there.
    font = label.font()
    font.setPixelSize(12)
    assert QFontMetrics(font).descent() >= 2


# 15, 18 and 21 px: the 12 px UI font on a screen at 125, 150 and 175 % (Windows laptops).
@pytest.mark.parametrize(
    "pixels", [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 24, 26, 28, 32]
)
def test_an_underscore_is_drawn_inside_a_one_line_label(qtbot, pixels: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication, QLabel

    from app.ui.application import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    label = QLabel("_____")
    qtbot.addWidget(label)
    font = label.font()
    font.setPixelSize(pixels)
    label.setFont(font)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("black"))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.setContentsMargins(0, 0, 0, 0)
    label.resize(label.sizeHint())  # exactly one line high, as in a form or a table row
    image = label.grab().toImage()
    darkest = min(
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )
    # "include:_spf" read "include: spf": at 10-12 and 18-20 px the underscore fell below the
    # label's last row and nothing was drawn (white, 255). A thin line at small sizes is grey.
    assert darkest < 230, pixels


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_garbage_is_refused_with_value_error(blob: bytes) -> None:
    for change in (
        lambda data: fonts.with_room_below(data, 320),
        lambda data: fonts.rename(data, b"BIZ", b"MMR"),
    ):
        data = bytearray(blob)
        try:
            change(data)
        except ValueError:
            continue


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 4000), st.integers(0, 255))
def test_a_damaged_real_font_is_refused_or_changed_without_crashing(at: int, value: int) -> None:
    data = bytearray(_REGULAR)
    data[at] = value  # in the table directory or the first tables
    for change in (
        lambda d: fonts.with_room_below(d, 320),
        lambda d: fonts.rename(d, b"BIZ", b"MMR"),
    ):
        with contextlib.suppress(ValueError):
            change(bytearray(data))
