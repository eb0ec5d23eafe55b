"""The bounded zxcvbn wrapper gives zxcvbn's answers, faster, and keeps callers apart."""

from __future__ import annotations

import re

import pytest
from hypothesis import Verbosity, given, settings
from hypothesis import strategies as st
from zxcvbn import matching, zxcvbn

from app.core import password_strength
from app.core.password_strength import (
    JA_WORDLISTS,
    SCORED_PREFIX,
    estimate,
    load_dictionaries,
    read_wordlist,
)

ORDINARY = [
    "password",
    "P@ssw0rd!",
    "sakura2019",
    "Tanaka.Taro.0513!",
    "qwertyuiop",
    "1qaz2wsx",
    "omotenashi",
    "daisuki",
    "satou",
    "yamada",
    "abcabcabc",
    "19901231",
    "correct horse battery staple",
    "Tr0ub4dor&3",
    "info",
    "example",
    "ofni-elpmaxe",
    "Sak1ra-K4ede-77",
    "aaaaaaaaaaaa",
    "zxcvbnm,./",
]
INPUTS = ["info", "example", "tanaka"]


@pytest.fixture(scope="module", autouse=True)
def _dictionaries() -> None:
    load_dictionaries()


def _same_as_zxcvbn(password: str, inputs: list[str]) -> bool:
    ours = estimate(password, inputs)
    theirs = zxcvbn(password, inputs, max_length=1000)
    return (
        ours.score == theirs["score"]
        and abs(ours.guesses_log10 - theirs["guesses_log10"]) < 1e-9
        and ours.warning == theirs["feedback"]["warning"]
        and list(ours.suggestions) == theirs["feedback"]["suggestions"]
    )


def test_same_results_as_zxcvbn_for_ordinary_passwords() -> None:
    differing = [i for i, pw in enumerate(ORDINARY) if not _same_as_zxcvbn(pw, INPUTS)]
    assert differing == []


# zxcvbn 4.5.0's own recent-year pattern stops at 2019; ours deliberately goes to 2049.
_OUR_RECENT_YEARS = re.compile(r"20[2-4]\d")


@settings(max_examples=120, deadline=None, verbosity=Verbosity.quiet)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzATSK0123456789.-!@", max_size=20))
def test_same_results_as_zxcvbn_for_random_short_strings(password: str) -> None:
    if not password or _OUR_RECENT_YEARS.search(password):
        return
    assert _same_as_zxcvbn(password, INPUTS)


def test_recent_years_up_to_2049_count_as_years() -> None:
    assert estimate("Sakura2025").guesses_log10 <= estimate("Sakura2019").guesses_log10 + 0.5


def test_empty_and_long_input_do_not_raise() -> None:
    assert estimate("").score == 0
    long = estimate("x" * 10_000)
    assert long.scored_length == SCORED_PREFIX


def test_symbol_heavy_input_is_capped() -> None:
    result = estimate("4@8({[<369&#!1/|0$5+7%2/" * 3)
    assert result.l33t_capped
    assert 0 <= result.score <= 4


def test_context_words_do_not_leak_into_zxcvbns_global() -> None:
    before = matching.RANKED_DICTIONARIES.get("user_inputs")
    estimate("kikuchi-hiroshi", ["kikuchi"])
    assert matching.RANKED_DICTIONARIES.get("user_inputs") == before
    # and the next call without them does not see them
    assert estimate("kikuchi", []).longest_dictionary != "user_inputs"
    assert estimate("kikuchi", ["kikuchi"]).longest_dictionary == "user_inputs"


def test_japanese_lists_are_loaded() -> None:
    assert set(JA_WORDLISTS.values()) <= set(matching.RANKED_DICTIONARIES)
    assert estimate("satou").longest_dictionary == "ja_last_names"
    assert estimate("satou").score == 0
    assert estimate("daisuki").score == 0


def test_wordlists_are_cleaned() -> None:
    first_names = read_wordlist("ja_first_names")
    assert "kenichi" in first_names
    assert not any("'" in word for word in first_names)
    assert all(word.isascii() and word.isalnum() for word in read_wordlist("ja_wikipedia"))
    assert read_wordlist("does-not-exist") == []


def test_dictionaries_are_built_once() -> None:
    first = password_strength._dictionaries()
    assert password_strength._dictionaries() is first
