"""Romaji helpers for comparing passwords with Japanese names: kana to romaji, spelling folds.

A name can be written many ways in the Latin alphabet: 佐藤 is `satou`, `sato`, `satoh`; 鈴木
is `suzuki`; 千葉 `chiba` or `tiba`; 藤田 `fujita` or `huzita`. `fold()` maps all of them, and
the usual l33t spellings (`5at0h`), to one skeleton so that a plain substring test finds a name
inside a password however it was spelled. Both sides (password and context word) go through
the same function, so over-folding can only make the check stricter, never blind.
"""

from __future__ import annotations

import re
import unicodedata

# l33t symbols undone (zxcvbn's table). Ambiguous ones get one reading: `1`, `!` and `|` become
# `i`; `l` is folded to `i` as well so that `1` still matches a name with an `l` in it.
_L33T = str.maketrans(
    {
        "4": "a",
        "@": "a",
        "8": "b",
        "(": "c",
        "{": "c",
        "[": "c",
        "<": "c",
        "3": "e",
        "6": "g",
        "9": "g",
        "1": "i",
        "!": "i",
        "|": "i",
        "l": "i",
        "7": "t",
        "+": "t",
        "0": "o",
        "$": "s",
        "5": "s",
        "%": "x",
        "2": "z",
    }
)

# Hepburn -> Kunrei-style spellings, longest first; applied after l33t undoing (so `l` is `i`).
_SPELLINGS = [
    ("sha", "sya"),
    ("shu", "syu"),
    ("sho", "syo"),
    ("she", "sye"),
    ("shi", "si"),
    ("cha", "tya"),
    ("chu", "tyu"),
    ("cho", "tyo"),
    ("che", "tye"),
    ("chi", "ti"),
    ("tsu", "tu"),
    ("jy", "zy"),
    ("ji", "zi"),
    ("ja", "zya"),
    ("ju", "zyu"),
    ("jo", "zyo"),
    ("je", "zye"),
    ("fu", "hu"),
    ("dzu", "zu"),
    ("du", "zu"),
    ("di", "zi"),
]
_M_BEFORE_LABIAL = re.compile(r"m(?=[bp])")  # shimbun / shinbun, namba / nanba
_NN = re.compile(r"n+")  # ん written n, nn or n'
_LONG_O = re.compile(r"o[uh]")  # satou / sato / satoh
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1+")  # ohno / oono, yuuki / yuki
_NOT_LETTER = re.compile(r"[^a-z]+")


def fold(text: str) -> str:
    """Spelling skeleton of `text`: lower case, l33t undone, romaji variants unified, letters only.

    Linear in the length of `text` (regular expressions without backtracking), so it is safe on
    a 10,000-character paste.
    """
    text = _ascii_letters(text).lower().translate(_L33T)
    text = _NOT_LETTER.sub("", text)
    for long, short in _SPELLINGS:
        text = text.replace(long, short)
    text = _M_BEFORE_LABIAL.sub("n", text)
    text = _NN.sub("n", text)
    text = _LONG_O.sub("o", text)
    return _DOUBLE_VOWEL.sub(r"\1", text)


def _ascii_letters(text: str) -> str:
    """NFKC (full-width to half-width) and accents dropped: `Ｓａｔō` -> `Sato`."""
    if text.isascii():
        return text  # nothing to normalise; keeps a 10,000-character paste fast
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Hepburn romaji of hiragana; katakana is mapped onto hiragana first.
_KANA = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n", "ゔ": "vu",
    "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o", "ゎ": "wa",
}  # fmt: skip
_YOUON = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_KATAKANA_OFFSET = ord("ア") - ord("あ")


def kana_to_romaji(text: str) -> str:
    """Hepburn romaji for the kana in `text` (other characters are kept): `ヤマダ` -> `yamada`.

    Staff names are often entered in kanji, which cannot be read without a dictionary, but
    control panels and HR lists usually carry a furigana column; this turns it into the
    spelling people put in passwords.
    """
    chars = [_to_hiragana(ch) for ch in unicodedata.normalize("NFKC", text)]
    out: list[str] = []
    double_next = False
    for ch in chars:
        if ch in _YOUON and out and out[-1]:
            # きゃ -> kya, しゃ -> sha, じゃ -> ja, ちゃ -> cha
            prev = out.pop()
            stem = prev[:-1]
            out.append((stem if stem.endswith(("sh", "ch", "j")) else stem + "y") + _YOUON[ch])
            continue
        if ch == "っ":
            double_next = True
            continue
        if ch == "ー":
            # long vowel mark: most romaji spellings simply drop it (ラーメン -> ramen)
            continue
        roman = _KANA.get(ch)
        if roman is None:
            out.append(ch)
            double_next = False
            continue
        if double_next:
            roman = ("t" if roman.startswith("ch") else roman[0]) + roman
            double_next = False
        out.append(roman)
    return "".join(out)


def _to_hiragana(ch: str) -> str:
    code = ord(ch)
    if ord("ァ") <= code <= ord("ヶ"):
        return chr(code - _KATAKANA_OFFSET)
    return ch
