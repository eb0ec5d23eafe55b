"""Attacker-written text in the report: never interpreted as markup, never pulling in a file,
no password anywhere, and characters the font lacks replaced visibly with a warning."""

from __future__ import annotations

import contextlib
import json
import struct
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core.case import Case, TimelineEntry, case_from_dict, case_to_dict
from app.core.example_case import example_case
from app.core.normalize import JST
from app.core.report.fonts import covered_code_points
from tests.report_support import build, flat, page_texts

SENTINEL = "S3ntinel-Passw0rd-9f2c"

HOSTILE = [
    '<img src="/etc/passwd">',
    "R&D",
    '"Admin" <a@b.jp>',
    "<b>未閉じ",
    "x <br> y",
    "&amp;",
    "</para>閉じタグ",
    '<font size="40" color="red">大</font>',
    '<a href="javascript:alert(1)">リンク</a>',
    "&#x41; &lt; &nbsp;",
    "<![CDATA[ x ]]>",
]


def _png(path: Path) -> Path:
    """A real 2x2 PNG file (so that an interpreted <img> tag would really embed it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def _hostile_case(png: Path) -> tuple[Case, list[str]]:
    strings = [*HOSTILE, f'<img src="{png}" width="300" height="300"/>', f"<img src={png}>"]
    case = example_case()
    org = case.organisation
    org.company = "R&D <b>未閉じ 商事"
    org.contact.name = '"Admin" <a@b.jp>'
    org.server_name = "<img src=x>"
    case.incident.how_noticed_detail = "\n".join(strings)
    case.incident.affected_accounts = ['"Admin" <a@b.jp>', "info@example.co.jp"]
    case.incident.timeline.append(
        TimelineEntry(at=datetime(2026, 11, 16, 16, 0, tzinfo=JST), event=strings[0], actor="R&D")
    )
    case.report.spam_samples = strings
    case.report.log_excerpt = "\n".join(strings)
    case.report.questions = strings[:3]
    case.report.unresolved = strings[3:6]
    case.report.request_text = "x <br> y"
    case.report.vendor.name = "<b>未閉じ"
    case.report.evidence[0].label = '<img src="/etc/passwd">'
    case.report.evidence[0].kept_at = "R&D"
    return case, strings


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("hostile")
    case, strings = _hostile_case(_png(folder / "picture.png"))
    path, _ = build(case, folder)
    return path, strings


def test_hostile_strings_round_trip_verbatim(hostile: tuple[Path, list[str]]) -> None:
    path, strings = hostile
    lines = {line.strip() for text in page_texts(path) for line in text.splitlines()}
    everything = "\n".join(page_texts(path))
    for text in strings:
        # Each string is printed verbatim, several times, at least once on a line of its own.
        assert text in lines or text in everything, text
    for text in ("R&D <b>未閉じ 商事", '"Admin" <a@b.jp>', "<img src=x>"):
        assert text in everything


def test_no_image_or_other_object_is_pulled_in(hostile: tuple[Path, list[str]]) -> None:
    path, _ = hostile
    reader = PdfReader(path)
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert "/XObject" not in resources
    data = path.read_bytes()
    assert b"/Subtype /Image" not in data
    assert b"/XObject" not in data
    assert b"/URI" not in data and b"/JavaScript" not in data


def test_markup_in_the_company_name_does_not_reach_the_footer_as_markup(
    hostile: tuple[Path, list[str]],
) -> None:
    path, _ = hostile
    for text in page_texts(path):
        assert "R&D <b>未閉じ 商事" in text


def _all_bytes_and_streams(path: Path) -> bytes:
    """The file's bytes plus every stream decompressed (text in content streams is compressed)."""
    reader = PdfReader(path)
    chunks = [path.read_bytes()]
    for number in range(1, int(reader.trailer["/Size"])):
        with contextlib.suppress(Exception):  # free or unreadable object numbers
            obj = reader.get_object(number)
            if hasattr(obj, "get_data"):
                chunks.append(obj.get_data())
    return b"".join(chunks)


def test_no_password_anywhere(tmp_path: Path) -> None:
    data = case_to_dict(example_case())
    # A password smuggled in by a buggy or newer app version: in an unknown section, and as an
    # unknown key inside known sections. The report must print none of them.
    data["future_passwords"] = [{"address": "info@example.co.jp", "password": SENTINEL}]
    data["accounts"]["inventory"]["accounts"][0]["password"] = SENTINEL
    data["report"]["password"] = SENTINEL
    data["organisation"]["password"] = SENTINEL
    case = case_from_dict(json.loads(json.dumps(data)))
    path, _ = build(case, tmp_path)
    text = "\n".join(page_texts(path))
    assert SENTINEL not in text
    blob = _all_bytes_and_streams(path)
    assert b"Tf" in blob  # the search does see decompressed page content
    reader = PdfReader(path)
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "株式会社やまだ商店" in metadata  # metadata strings are compared decoded
    assert SENTINEL not in metadata
    for form in (SENTINEL.encode(), SENTINEL.encode("utf-16-be"), SENTINEL.encode().hex().encode()):
        assert form not in blob


def test_missing_glyphs_are_replaced_visibly_and_reported(tmp_path: Path) -> None:
    case = Case(case_id="glyphs")
    case.organisation.company = "𠮷野家商店 😀\ud800\x00"
    case.incident.how_noticed_detail = "絵文字 😀 と 𠮷 と 👨‍👩‍👧 と ❤️ と制御文字 \x1b[31m と \x00"
    case.report.spam_samples = ["🎁 当選しました 🎁", "\ud800 lone surrogate"]
    path, info = build(case, tmp_path)
    text = "\n".join(page_texts(path))
    flat_text = flat(text)
    assert "[U+20BB7]野家商店 [U+1F600]" in flat_text
    assert "[U+1F468][U+200D][U+1F469][U+200D][U+1F467]" in flat_text
    assert "[U+001B][31m" in flat_text
    assert "[U+0000]" in flat_text
    assert "[U+1F381] 当選しました [U+1F381]" in flat_text
    assert "[U+D800] lone surrogate" in flat_text
    # The variation selector after ❤ is dropped, the heart itself is shown as its code.
    assert "[U+2764]" in flat_text and "FE0F" not in flat_text
    assert {"😀", "𠮷", "🎁", "\x00", "\x1b"} <= set(info.missing_characters)
    assert info.warnings
    warning = info.warnings[0].render("ja")
    assert "文字コード" in warning and "U+" in warning
    # The cover says so too, and the footer never shows an empty box.
    assert "文字コードで表示しています" in flat(page_texts(path)[0])
    assert "[U+20BB7]野家商店" in page_texts(path)[-1]
    author = (PdfReader(path).metadata or {}).get("/Author", "")
    assert author.startswith("[U+20BB7]野家商店 [U+1F600][U+D800][U+0000]")
    covered = covered_code_points()
    uncovered = {c for c in text if ord(c) not in covered and not c.isspace()}
    assert uncovered == set()


def test_missing_characters_are_none_for_the_example(tmp_path: Path) -> None:
    _, info = build(example_case(), tmp_path)
    assert info.missing_characters == ()
    assert info.warnings == ()
