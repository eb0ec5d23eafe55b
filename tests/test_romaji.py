"""Romaji folding and kana reading used by the context-word rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.romaji import fold, kana_to_romaji


@pytest.mark.parametrize(
    "spellings",
    [
        ("satou", "sato", "satoh", "SATO", "5at0h", "Ｓａｔｏｕ", "Satō"),
        ("tsutsumi", "tutumi"),
        ("nishida", "nisida"),
        ("chiba", "tiba"),
        ("fujita", "huzita", "hujita", "fuzita"),
        ("jun", "zyun", "jyun"),
        ("shunichi", "syuniti", "shun'ichi", "shunnichi"),
        ("ohno", "oono", "ono"),
        ("shimbashi", "shinbashi", "sinbasi"),
        ("yuuki", "yuki"),
        ("matcha", "mattya"),
    ],
)
def test_spelling_variants_fold_together(spellings: tuple[str, ...]) -> None:
    assert len({fold(s) for s in spellings}) == 1


def test_fold_keeps_only_letters_and_undoes_l33t() -> None:
    assert fold("Tanaka.Taro") == "tanakataro"
    assert fold("Y4m4d4") == "yamada"
    assert fold("P@$$w0rd") == "password"


@pytest.mark.parametrize(
    ("kana", "romaji"),
    [
        ("やまだ", "yamada"),
        ("ヤマダ タロウ", "yamada tarou"),
        ("ｻﾄｳ", "satou"),
        ("きょうこ", "kyouko"),
        ("しゅんいち", "shunichi"),
        ("じゅんこ", "junko"),
        ("ちゃん", "chan"),
        ("まっちゃ", "matcha"),
        ("がっこう", "gakkou"),
        ("ラーメン", "ramen"),
        ("鈴木", "鈴木"),
    ],
)
def test_kana_to_romaji(kana: str, romaji: str) -> None:
    assert kana_to_romaji(kana) == romaji


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_fold_and_kana_never_raise(text: str) -> None:
    assert fold(text).isascii()
    assert isinstance(kana_to_romaji(text), str)
