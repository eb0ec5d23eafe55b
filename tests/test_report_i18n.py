"""Every message of the report and its command has a finished Japanese translation."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from app.core.i18n import _catalog

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    *sorted((ROOT / "app" / "core" / "report").rglob("*.py")),
    ROOT / "app" / "core" / "report_details.py",
    ROOT / "app" / "commands" / "report_cmd.py",
]


def _messages() -> list[tuple[str, str, str]]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, source = (ast.literal_eval(arg) for arg in node.args)
                found.append((path.name, context, source))
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


MESSAGES = _messages()


def test_messages_were_found() -> None:
    assert len(MESSAGES) > 150


@pytest.mark.parametrize(("module", "context", "source"), MESSAGES)
def test_japanese_translation_is_finished(module: str, context: str, source: str) -> None:
    translation = _catalog("ja").get((context, source))
    assert translation, f"{module}: no Japanese for {source!r}"
    assert _fields(translation) == _fields(source), source


def test_english_volume_and_string_count_read_naturally(tmp_path: Path) -> None:
    from app.core.example_case import example_case
    from app.core.spf.generate import Verification
    from tests.report_support import build, page_texts

    path, _ = build(example_case(), tmp_path, name="en.pdf", lang="en")
    pages = page_texts(path)
    # The time columns' headings stay on one line: "Date and time (JST)" wrapped in its narrow
    # column, leaving "(JST)" alone on a line of its own.
    assert all(line.strip() != "(JST)" for page in pages for line in page.splitlines())
    # The timeline (page 2) and, pages later, the recovery actions.
    assert "When (JST)" in pages[1] and any("When (JST)" in page for page in pages[2:])
    text = " ".join(" ".join(pages).split())
    assert "about 320,000 messages (estimate)" in text
    assert "mails, estimated" not in text
    assert "string(s)" not in text and "in one string of at most 255 bytes" in text
    many = Verification("strings", True, {"count": "2", "length": "300"})
    assert many.message.render("en") == "300 bytes, in 2 strings of at most 255 bytes."
    one = Verification("strings", True, {"count": "1", "length": "84"})
    assert one.message.render("ja") == "84 バイトで、255 バイト以下の文字列 1 個に収まっています。"


def test_no_half_width_space_between_a_japanese_date_and_the_words_after_it(
    tmp_path: Path,
) -> None:
    # The space goes between Japanese and digits or Latin words (「1 件」), not after 「日」:
    # section 11 printed 「発覚日は 2026年11月16日 です」 and 「2026年11月21日 ごろまで」.
    import re

    from app.core.example_case import example_case
    from tests.report_support import build, page_texts

    path, _ = build(example_case(), tmp_path)
    text = "".join(page_texts(path)).replace("\n", "")
    assert "この事案の発覚日は 2026年11月16日です。" in text
    assert "2026年11月21日ごろまで" in text
    assert not re.search(r"\d日 [ぁ-ん]", text), re.findall(r".{20}\d日 [ぁ-ん].{5}", text)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_summary_gives_the_volume_without_nested_parentheses(tmp_path: Path, lang: str) -> None:
    # 「迷惑メールが送信されました (約 320,000 通 (推定))」: the volume carries its own
    # parentheses, so the summary gives it after a colon.
    from app.core.example_case import example_case
    from tests.report_support import build, page_texts

    case = example_case()
    path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
    summary = " ".join(page_texts(path)[1].split())
    expected = {
        "ja": "迷惑メールが送信されました。送信数: 約 320,000 通 (推定)。",
        "en": "to send spam. Volume: about 320,000 messages (estimate).",
    }[lang]
    assert expected in summary, summary[:400]
    assert "(推定))" not in summary and "(estimate))" not in summary
    # Unknown volume: the row says 「不明」, not 「送信数: 送信数は不明」.
    case.incident.spam_volume = None
    path, _ = build(case, tmp_path, name=f"{lang}-unknown.pdf", lang=lang)
    text = " ".join(" ".join(page_texts(path)).split())
    if lang == "ja":
        assert "送信数: 不明。" in text and "送信数は不明" not in text
