"""The incident report as a PDF: fonts, headings, page numbers, metadata, times, determinism."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import __version__
from app.core.case import Case, TimelineEntry, case_from_dict, case_to_dict
from app.core.example_case import example_case
from app.core.report import build_report
from tests.report_support import GENERATED_AT, HEADINGS_JA, build, flat, page_texts


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    return build(example_case(), tmp_path_factory.mktemp("example"))


def _fonts(reader: PdfReader) -> list[dict]:  # type: ignore[type-arg]
    fonts = {}
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    return list(fonts.values())


def test_is_a_complete_pdf(example_pdf: tuple[Path, object]) -> None:
    path, info = example_pdf
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert info.pages == len(PdfReader(path).pages) >= 5  # type: ignore[attr-defined]
    assert info.size_bytes == len(data)  # type: ignore[attr-defined]
    width, height = info.page_size  # type: ignore[attr-defined]
    assert (round(width), round(height)) == (595, 842)  # A4


def test_every_font_is_embedded_with_tounicode(example_pdf: tuple[Path, object]) -> None:
    fonts = _fonts(PdfReader(example_pdf[0]))
    assert fonts
    names = [str(f["/BaseFont"]) for f in fonts]
    assert not any("Helvetica" in n or "Times" in n or "Courier" in n for n in names), names
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "/ToUnicode" in font, font["/BaseFont"]
    # Both faces: regular and bold (headings).
    assert any(n.endswith("+BIZUDPGothic-Bold") for n in names)
    assert any(n.endswith("+BIZUDPGothic-Regular") for n in names)
    # Subset fonts only (the AAAAAA+ prefix): never the whole 4.6 MB font.
    subset = r"/[A-Z]{6}\+(BIZUDPGothic-(Regular|Bold)|DejaVuSansMono)"
    assert all(re.fullmatch(subset, n) for n in names), names


def test_dns_records_are_printed_in_the_fixed_width_font(example_pdf: tuple[Path, object]) -> None:
    """In BIZ UDPGothic `~all` reads as a raised 「˜all」 and the `_` of include:_spf nearly
    touches the colon: a vendor retyping the record from paper could misread either. The
    records of 9.1 and 9.3 are set in DejaVu Sans Mono; the prose around them is not."""
    reader = PdfReader(example_pdf[0])
    mono: list[str] = []

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if font is not None and "DejaVuSansMono" in str(font.get("/BaseFont", "")):  # type: ignore[attr-defined]
            mono.append(text)

    # 9.1 may run over onto the next page (the recommended record then starts there).
    texts = [page.extract_text() or "" for page in reader.pages]
    first = next(n for n, text in enumerate(texts) if "9.1 SPF" in text)
    for page in reader.pages[first : first + 2]:
        page.extract_text(visitor_text=visit)
    printed = "".join(mono)
    case = example_case()
    check = case.sender_auth.latest_check
    assert check is not None and case.sender_auth.recommendation is not None
    for record in (*check.records, case.sender_auth.recommendation.record):
        assert record.replace(" ", "") in printed.replace(" ", "").replace("\n", ""), record
    assert "ドメイン" not in printed and "確認" not in printed  # only the records


def test_every_section_heading_is_present_in_order(example_pdf: tuple[Path, object]) -> None:
    text = "\n".join(page_texts(example_pdf[0]))
    positions = [text.find(heading) for heading in HEADINGS_JA]
    assert all(p >= 0 for p in positions), [
        h for h, p in zip(HEADINGS_JA, positions, strict=True) if p < 0
    ]
    assert positions == sorted(positions)


def test_page_numbers_n_of_n_on_every_page(example_pdf: tuple[Path, object]) -> None:
    texts = page_texts(example_pdf[0])
    total = len(texts)
    for number, text in enumerate(texts, 1):
        assert f"{number} / {total}" in text
        assert "取扱注意" in text
        assert "株式会社やまだ商店" in text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_long_company_name_never_pushes_the_marking_out_of_the_footer(
    tmp_path: Path, lang: str
) -> None:
    # The footer shortened "company  |  取扱注意" as one text: a long name cut the marking off.
    case = example_case()
    case.organisation.company = (
        "株式会社やまだ商店ホールディングス" + "国際貿易事業本部関東第二営業所" * 3
    )
    path, info = build(case, tmp_path, lang=lang)
    marking = "取扱注意" if lang == "ja" else "Confidential"
    texts = page_texts(path)
    assert len(texts) == info.pages  # type: ignore[attr-defined]
    for text in texts:
        # The shortened name and the marking on one line of the footer.
        footer = [line for line in text.splitlines() if "…" in line and marking in line]
        assert footer and footer[0].startswith("株式会社やまだ商店ホールディングス"), text[-300:]


def test_metadata(example_pdf: tuple[Path, object]) -> None:
    reader = PdfReader(example_pdf[0])
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "メールサーバの不正利用に関するインシデント報告書"
    assert meta.author is not None and "株式会社やまだ商店" in meta.author
    assert meta.subject is not None and "example.co.jp" in meta.subject
    assert meta["/Creator"] == f"Mail Mamori {__version__}"
    assert meta["/CreationDate"] == "D:20261118173000+09'00'"
    assert reader.trailer["/Root"]["/Lang"] == "ja-JP"
    outline_titles = [item["/Title"] for item in reader.outline if isinstance(item, dict)]
    assert "1. 概要" in outline_titles


def test_times_carry_the_japanese_offset(example_pdf: tuple[Path, object]) -> None:
    texts = page_texts(example_pdf[0])
    assert "2026-11-18T17:30:00+09:00" in texts[0]  # 作成日時, ISO 8601
    everything = flat("\n".join(texts))
    assert "2026年11月16日 09:40 (JST)" in everything  # prose
    assert "JST, UTC+09:00" in everything


def test_the_cover_shows_the_creation_time_readably_with_iso_8601_below(
    example_pdf: tuple[Path, object],
) -> None:
    lines = [line.strip() for line in page_texts(example_pdf[0])[0].splitlines()]
    readable = next(i for i, line in enumerate(lines) if "2026年11月18日 17:30 (JST)" in line)
    assert lines[readable + 1] == "2026-11-18T17:30:00+09:00"
    assert lines[readable - 1] == "作成日時"


def test_generated_at_in_another_zone_is_shown_in_jst(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    path, info = build(Case(), tmp_path, generated_at=datetime(2026, 11, 18, 8, 30, tzinfo=UTC))
    assert "2026-11-18T17:30:00+09:00" in page_texts(path)[0]
    assert info.generated_at.isoformat() == "2026-11-18T17:30:00+09:00"


def test_same_input_gives_identical_bytes(tmp_path: Path) -> None:
    first, _ = build(example_case(), tmp_path, "a.pdf")
    second, _ = build(example_case(), tmp_path, "b.pdf")
    assert first.read_bytes() == second.read_bytes()


def test_writes_to_a_stream(tmp_path: Path) -> None:
    stream = io.BytesIO()
    info = build_report(example_case(), stream, generated_at=GENERATED_AT)
    path, _ = build(example_case(), tmp_path)
    assert stream.getvalue() == path.read_bytes()
    assert info.size_bytes == len(stream.getvalue())


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"old")
    build(example_case(), tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")


def test_unwritable_path_raises_oserror_and_keeps_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        build_report(example_case(), tmp_path / "missing" / "x.pdf", generated_at=GENERATED_AT)
    assert list(tmp_path.iterdir()) == []


def test_empty_case_says_there_is_no_data_in_every_section(tmp_path: Path) -> None:
    path, info = build(Case(case_id="empty"), tmp_path)
    text = flat("\n".join(page_texts(path)))
    for heading in HEADINGS_JA:
        assert heading in text
    for statement in [
        "発覚の経緯は未入力です。",
        "時系列は未入力です。",
        "対象システムの情報は未入力です。",
        "不正利用されたアカウントはまだ特定されていません。",
        "送信量はまだ分かっていません。",
        "ブラックリストの確認はまだ行われていません。",
        "パスワードとメールアカウントの監査はまだ行われていません。",
        "ドメインの SPF・DKIM・DMARC の確認はまだ行われていません。",
        "実施済みの対応はまだ記録されていません。",
        "保全した証拠ファイルはまだ登録されていません。",
        "ログの抜粋は添付されていません。",
        "個人情報への影響についての確認事項には、まだ回答がありません。",
        "未解決事項は未入力です。",
        "ベンダーへの質問は未入力です。",
        "依頼元の連絡先は未入力です。",
        "依頼先は未入力です。",
    ]:
        assert flat(statement) in text, statement
    assert info.warnings == ()
    # One word for "not entered" everywhere, in a table cell as in a sentence: section 1 said
    # 「まだ入力されていません。」 and sections 12-13 「記入されていません」 beside 「未入力」.
    assert "入力されていません" not in text and "記入されていません" not in text
    summary = text[text.index("1. 概要") : text.index("2. 発覚の経緯")]
    assert summary.count("未入力") == 3, summary
    first_page = page_texts(path)[0]
    assert first_page.count("未確認") >= 5


def test_scorecard_never_shows_a_clean_result_without_checks(tmp_path: Path) -> None:
    path, _ = build(example_case(), tmp_path)
    cover = page_texts(path)[0]
    card = cover.split("確認結果の一覧", 1)[1]
    # "問題なし" appears once, in the legend; every area says 未確認.
    assert card.count("問題なし") == 1
    for area in ("ブラックリスト", "パスワード", "アカウント", "SPF", "DMARC"):
        assert area in card


def test_the_english_report_is_complete(tmp_path: Path) -> None:
    path, info = build(example_case(), tmp_path, lang="en")
    text = flat("\n".join(page_texts(path)))
    assert info.lang == "en"
    assert "1. Summary" in text and "Glossary" in text
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "en"


def test_table_columns_are_widened_rather_than_cutting_a_word(tmp_path: Path) -> None:
    # The account table's columns were sized for Japanese: in English "Departed" and "Status"
    # came out as "Depa/rted" and "Stat/us" on two lines.
    path, _info = build(example_case(), tmp_path, lang="en")
    lines = [line.strip() for page in page_texts(path) for line in page.splitlines()]
    for word in ("Status", "Departed", "Shared", "Unknown"):
        assert word in lines, word
    for cut in ("Stat", "Depa", "Shar", "Unkn"):
        assert cut not in lines, cut


def test_fit_widths_takes_room_from_columns_with_slack() -> None:
    from app.core.report.flowables import fit_widths

    assert fit_widths([100, 20, 100], [10, 40, 10]) == [90.0, 40.0, 90.0]
    assert fit_widths([100, 50], [10, 40]) == [100, 50]  # nothing to do
    assert fit_widths([30, 30], [40, 40]) == [30, 30]  # no slack anywhere: unchanged
    # One long token may claim at most 40 % of the table.
    assert fit_widths([90, 10], [0, 500]) == [60.0, 40.0]


def test_a_case_round_trips_with_its_report_section() -> None:
    case = example_case()
    again = case_from_dict(case_to_dict(case))
    assert again.report == case.report


def test_a_case_without_report_section_still_loads() -> None:
    data = case_to_dict(Case())
    del data["report"]
    assert case_from_dict(data).report == Case().report


def test_timeline_rows_are_sorted_by_time(tmp_path: Path) -> None:
    case = example_case()
    case.incident.timeline.reverse()
    case.incident.timeline.append(
        TimelineEntry(at=case.incident.timeline[0].at.replace(year=2025), event="最初の出来事")
    )
    text = flat("\n".join(page_texts(build(case, tmp_path)[0])))
    assert text.index("最初の出来事") < text.index("迷惑メール大量送信が始まる")


def test_the_owners_own_wording_of_the_spam_volume_is_in_the_report(tmp_path: Path) -> None:
    case = Case()
    case.organisation.domain = case.organisation.domain_ascii = "example.co.jp"
    case.incident.affected_accounts = ["info@example.co.jp"]
    case.incident.spam_volume = 100_000
    case.incident.spam_volume_text = "数十万通"
    path, _info = build(case, tmp_path)
    text = flat("".join(page_texts(path)))
    assert "100,000 通以上" in text
    assert "数十万通" in text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_spf_and_dmarc_terms_in_the_advice_are_in_the_fixed_width_font_too(
    tmp_path: Path, lang: str
) -> None:
    """The records were fixed-width, but the advice around them was not: 「~all (または -all)
    に変更してください」, 「現在のレコードは ~all で終わっています」 and 「?all を ~all に置き換え
    ました」 printed a raised 「˜all」, and 「ホスト名「_dmarc」」 an underscore that nearly
    vanished, in exactly the sentences the vendor is asked to act on."""
    path, _ = build(example_case(), tmp_path, lang=lang)
    reader = PdfReader(path)
    mono: list[str] = []
    other: list[str] = []

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        name = str(font.get("/BaseFont", "")) if font is not None else ""  # type: ignore[attr-defined]
        (mono if "DejaVuSansMono" in name else other).append(text)

    for page in reader.pages:  # section 9 takes two or three pages, depending on the language
        page.extract_text(visitor_text=visit)
    proportional = "".join(other)
    for term in ("~all", "-all", "?all", "_dmarc", "include:"):
        assert term not in proportional, term
    printed = "".join(mono)
    # The advice's own terms, beyond the records: more ~all than the records have.
    case = example_case()
    records = [*case.sender_auth.latest_check.records, case.sender_auth.recommendation.record]  # type: ignore[union-attr]
    assert printed.count("~all") > sum(r.count("~all") for r in records)
    assert "_dmarc" in printed


def test_a_section_s_introduction_never_stays_behind_at_the_bottom_of_a_page(
    tmp_path: Path,
) -> None:
    """Section 9's heading and its box on what SPF, DKIM and DMARC do were left alone at the
    bottom of a page, with 9.1 starting on the next (a longer timeline moves them there)."""
    from datetime import datetime, timedelta

    from app.core.normalize import JST

    start = datetime(2026, 11, 16, 9, 0, tzinfo=JST)
    for extra in range(14, 32, 2):
        case = example_case()
        case.incident.timeline = [
            *case.incident.timeline,
            *(
                TimelineEntry(start + timedelta(minutes=i), f"確認作業 {i}", "山田")
                for i in range(extra)
            ),
        ]
        folder = tmp_path / str(extra)
        folder.mkdir()
        pages = page_texts(build(case, folder)[0])
        section = next(i for i, text in enumerate(pages) if "9. 送信ドメイン認証" in text)
        first_part = next(i for i, text in enumerate(pages) if "9.1 SPF" in text)
        assert section == first_part, (extra, section, first_part)


def test_the_cover_names_reporter_and_recipient_as_a_japanese_letter_would(
    tmp_path: Path,
) -> None:
    """The cover printed 「報告者 山田 太郎 代表取締役」 and 「提出先 株式会社セキュア相談室 鈴木 一郎」:
    the title goes before the name, a person's name takes 「様」 and a company alone 「御中」."""
    case = example_case()
    cover = " ".join(page_texts(build(case, tmp_path)[0])[0].split())
    assert "報告者 代表取締役 山田 太郎" in cover, cover
    assert "提出先 株式会社セキュア相談室 鈴木 一郎 様" in cover, cover
    english = " ".join(page_texts(build(case, tmp_path, name="en.pdf", lang="en")[0])[0].split())
    assert "Reported by 山田 太郎 代表取締役" in english, english
    assert "Submitted to 株式会社セキュア相談室 鈴木 一郎" in english
    assert "様" not in english
    # A company alone takes 「御中」; a name already with its honorific gets no second one.
    case.report.vendor.contact_person = ""
    cover = " ".join(page_texts(build(case, tmp_path, name="c.pdf")[0])[0].split())
    assert "提出先 株式会社セキュア相談室 御中 作成" in cover, cover
    english = " ".join(page_texts(build(case, tmp_path, name="ce.pdf", lang="en")[0])[0].split())
    assert "御中" not in english
    case.report.vendor.contact_person = "鈴木様"
    cover = " ".join(page_texts(build(case, tmp_path, name="s.pdf")[0])[0].split())
    assert "鈴木様 作成" in cover and "様 様" not in cover, cover
