"""Japanese line breaking: 行頭・行末禁則, hanging punctuation, addresses kept in one piece."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.report.linebreak import NO_LINE_END, NO_LINE_START, JaParagraph, can_break_between
from app.core.report.safe_text import SafeText
from app.core.report.styles import styles


def _lines(text: str, width: float) -> list[str]:
    paragraph = JaParagraph(SafeText().markup(text), styles().body)
    paragraph.wrap(width, 10_000)
    return ["".join(w.text for w in line.words) for line in paragraph.blPara.lines]


def test_rules_between_characters() -> None:
    assert can_break_between("あ", "い")
    assert not can_break_between("あ", "。")
    assert not can_break_between("あ", "」")
    assert not can_break_between("「", "あ")
    assert not can_break_between("a", "b")  # inside a Latin run
    assert not can_break_between("3", ".")
    assert can_break_between(" ", "a")
    assert not can_break_between("あ", " ")
    assert not can_break_between("約", "\u00a0")


@pytest.mark.parametrize("width", [60, 73, 97, 120, 151, 200, 260])
def test_no_line_starts_or_ends_with_a_forbidden_character(width: float) -> None:
    text = (
        "取引先から「メールが届かない」との連絡が 2 件あった。コントロールパネル（管理画面）から"
        "パスワードを変更し、「info@」のアカウントを確認した。"
    ) * 3
    lines = _lines(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines[1:]:
        assert line[0] not in NO_LINE_START, lines
    for line in lines[:-1]:
        assert line[-1] not in NO_LINE_END, lines


@pytest.mark.parametrize(
    "token",
    [
        "mail.example.co.jp",
        "203.0.113.25",
        "2001:db8::25",
        "info@example.co.jp",
        "https://check.spamhaus.org/",
    ],
)
def test_addresses_move_to_the_next_line_whole(token: str) -> None:
    lines = _lines(f"確認した対象は {token} です。念のため {token} を再確認しました。", 170)
    assert any(token in line for line in lines), lines
    assert sum(line.count(token) for line in lines) == 2, lines


def test_an_overlong_url_is_split_after_a_separator() -> None:
    url = "https://www.example.co.jp/some/very/long/path/to/a/delisting/request/form?id=12345"
    lines = _lines(url, 100)
    assert "".join(lines) == url
    assert all(line[-1] in "/.-_@:?&=#,;" for line in lines[:-1]), lines


def test_explicit_line_breaks_are_kept() -> None:
    assert _lines("一行目\n二行目\n\n四行目", 400) == ["一行目", "二行目", "", "四行目"]


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("あいう漢字。、「」（）ーabc.-@/ 0123")),
        min_size=1,
        max_size=80,
    ),
    st.integers(min_value=20, max_value=300),
)
def test_no_text_is_lost(text: str, width: int) -> None:
    lines = _lines(text, width)
    joined = "".join(lines).replace(" ", "").replace("\u00a0", "")
    assert joined == text.replace(" ", "")
