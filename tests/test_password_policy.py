"""The password rules, with the Japanese contexts the app meets (issue 4)."""

from __future__ import annotations

import random
import string
import threading

import pytest
from hypothesis import HealthCheck, Verbosity, given, settings
from hypothesis import strategies as st

from app.core.i18n import Msg
from app.core.password_policy import (
    MIN_LENGTH,
    Caution,
    PasswordContext,
    Rule,
    Verdict,
    context_tokens,
    evaluate,
    fingerprint,
    rule_name,
    score_label,
)
from app.core.password_strength import load_dictionaries
from tests.password_helpers import assert_secret_absent

SHOP = PasswordContext(
    user_address="info@yamada-shoten.co.jp",
    company_name="山田商店 Yamada Shoten",
    staff_names=("山田 太郎", "Yamada Taro", "やまだ はなこ", "Tanaka Ichiro"),
)
# Strong and free of any context word: the control case for every rule below.
STRONG = "Vq8-Kd3?Mw7_Xr2!"


@pytest.fixture(scope="module", autouse=True)
def _dictionaries() -> None:
    load_dictionaries()


def failed(password: str, context: PasswordContext = SHOP) -> tuple[str, ...]:
    return evaluate(password, context).failed


def test_strong_password_is_acceptable() -> None:
    verdict = evaluate(STRONG, SHOP)
    assert verdict.acceptable
    assert verdict.failed == ()
    assert verdict.score == 4
    assert verdict.summary.render("en") == "This password meets every rule."
    assert verdict.summary.render("ja") == "このパスワードはすべての条件を満たしています。"


# --- the seed incident: user name == password ----------------------------------------------


USERNAME_VARIANTS = {
    "local-part": "info",
    "upper-case": "INFO",
    "decorated": "Info2025!",
    "decorated-front": "2025info!!",
    "reversed": "ofni",
    "l33t": "1nf0",
    "repeated": "infoinfo",
    "whole-address": "info@yamada-shoten.co.jp",
}


# Test passwords are passed by case name, so that pytest never prints them in a traceback.
@pytest.mark.parametrize("case", sorted(USERNAME_VARIANTS))
def test_user_name_as_password_fails_with_its_own_message(case: str) -> None:
    verdict = evaluate(USERNAME_VARIANTS[case], SHOP)
    assert Rule.EQUALS_USERNAME in verdict.failed
    assert not verdict.acceptable
    assert verdict.score == 0
    assert verdict.matched_tokens[0] in ("info", "info@yamada-shoten.co.jp")
    english = [m.render("en") for m in verdict.advice]
    assert any("user name" in text for text in english)
    japanese = [m.render("ja") for m in verdict.advice]
    assert any("ユーザー名" in text for text in japanese)


def test_seed_article_case_username_equals_password_for_a_person() -> None:
    # 「ユーザー名とパスワードを同じ設定にしていた」: tanaka / tanaka
    context = PasswordContext(user_address="tanaka@example.co.jp")
    verdict = evaluate("tanaka", context)
    assert set(verdict.failed) >= {"equals_username", "too_short", "weak_score"}
    assert verdict.matched_tokens == ("tanaka",)


def test_message_names_the_matched_token_not_the_password() -> None:
    secret = "Info2025!"
    verdict = evaluate(secret, SHOP)
    for message in (*verdict.advice, verdict.summary):
        for lang in ("ja", "en"):
            assert_secret_absent(secret, message.render(lang), "advice")
    assert_secret_absent(secret, repr(verdict), "the verdict")


# --- contains a context word ---------------------------------------------------------------


CONTAINED = {
    "company-and-local": ("YamadaShoten-Info-2025", "yamadashoten"),
    "staff-name-dots": ("Tanaka.Ichiro.0513!x", "tanaka"),
    "staff-reversed": ("xK9-oraT-adamaY-Q7!", "yamadataro"),
    "l33t": ("Y4m4d4-Qx7!Kv3?Lp9w", "yamada"),
    "kana-name-as-romaji": ("hanako-Qx7!Kv3?Lp9w", "hanako"),
    "company-word": ("Shoten#Qx7!Kv3?Lp9w", "shoten"),
    "local-part-inside": ("Qx7!Kv3?Lp9w-info-W", "info"),
}


@pytest.mark.parametrize("case", sorted(CONTAINED))
def test_context_words_are_found(case: str) -> None:
    password, token = CONTAINED[case]
    verdict = evaluate(password, SHOP)
    assert Rule.CONTAINS_CONTEXT in verdict.failed
    # the longest matching word is named: `tanakaichiro` rather than `tanaka`
    assert any(token in matched for matched in verdict.matched_tokens)
    assert verdict.score <= 1
    assert any(token in m.render("ja") for m in verdict.advice)


ROMAJI = {
    "ou-oh": ("佐藤 さとう", "Satoh-Qx7!Kv3?Lp9w"),
    "o-ou": ("Sato", "Satou-Qx7!Kv3?Lp9w"),
    "tsu-tu": ("Matsuda", "Matuda-Qx7!Kv3?Lp9"),
    "shi-si": ("Nishida", "Nisida-Qx7!Kv3?Lp9"),
    "chi-ti": ("Chiba", "Tiba-Qx7!Kv3?Lp9wZ"),
    "fu-hu-ji-zi": ("Fujita", "Huzita-Qx7!Kv3?Lp9"),
    "oh-oo": ("Ohno", "Oono-Qx7!Kv3?Lp9wZ"),
    "m-before-b": ("Shimbashi", "Sinbasi-Qx7!Kv3?Lp"),
}


@pytest.mark.parametrize("case", sorted(ROMAJI))
def test_romaji_spelling_variants_of_names_are_found(case: str) -> None:
    name, password = ROMAJI[case]
    verdict = evaluate(password, PasswordContext(staff_names=(name,)))
    assert Rule.CONTAINS_CONTEXT in verdict.failed


def test_domain_labels_are_tokens_but_generic_labels_are_not() -> None:
    tokens = context_tokens(PasswordContext(user_address="sales@sakura-kikaku.co.jp")).all
    assert {"sales", "sakura", "kikaku", "sakurakikaku", "sakura-kikaku.co.jp"} <= set(tokens)
    assert not {"co", "jp", "com"} & set(tokens)
    # "co"/"jp" inside a password are no reason to reject it
    assert Rule.CONTAINS_CONTEXT not in failed(
        "Qx7!coKv3?jpLp9w-Z", PasswordContext(user_address="sales@sakura-kikaku.co.jp")
    )


def test_short_context_words_are_ignored() -> None:
    context = PasswordContext(staff_names=("Li Bo",), extra_words=("ab",))
    assert "li" not in context_tokens(context).all
    assert Rule.CONTAINS_CONTEXT not in failed("Vq8-Li3?Bo7_abX2!", context)


def test_context_with_spaces_counts_as_several_words() -> None:
    context = PasswordContext(extra_words=("sakura 1987",))
    assert {"sakura", "1987"} <= set(context_tokens(context).all)


def test_full_width_context_is_normalised() -> None:
    context = PasswordContext(user_address="ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
    assert "info@example.co.jp" in context_tokens(context).username


# --- characters ----------------------------------------------------------------------------


def test_full_width_input_is_detected_and_explained() -> None:
    verdict = evaluate("ｐａｓｓｗｏｒｄ１２３", SHOP)
    assert Rule.FULLWIDTH in verdict.failed
    assert Rule.NON_ASCII not in verdict.failed
    # analysed as its half-width form: "password123" is a very common password
    assert Rule.WEAK_SCORE in verdict.failed
    assert verdict.zxcvbn_score == 0
    assert any("半角で入力してください" in m.render("ja") for m in verdict.advice)


def test_ideographic_space_is_full_width() -> None:
    assert Rule.FULLWIDTH in failed("Vq8-Kd3?\u3000Mw7_Xr2!")


NON_ASCII = {
    "katakana": "パスワードパスワードパスワード",
    "kanji": "山田商店のぱすわーど二〇二五年",
    "emoji": "Vq8-Kd3?Mw7_Xr2!🔑",
    "accent": "Vq8-Kd3?Mw7_Xr2!é",
    "lone-surrogate": "Vq8-Kd3?Mw7_Xr2!\ud800",
}


@pytest.mark.parametrize("case", sorted(NON_ASCII))
def test_non_ascii_characters_fail(case: str) -> None:
    verdict = evaluate(NON_ASCII[case], SHOP)
    assert Rule.NON_ASCII in verdict.failed
    assert not verdict.acceptable


CONTROL = {
    "tab": "Vq8-Kd3?\tMw7_Xr2!",
    "newline": "Vq8-Kd3?Mw7_Xr2!\n",
    "nul": "Vq8-Kd3?\x00Mw7_Xr2!",
    "zero-width-space": "Vq8-Kd3?\u200bMw7_Xr2!",
}


@pytest.mark.parametrize("case", sorted(CONTROL))
def test_control_characters_fail(case: str) -> None:
    assert Rule.CONTROL_CHAR in failed(CONTROL[case])


def test_space_at_either_end_fails_but_inside_is_fine() -> None:
    assert Rule.EDGE_SPACE in failed(" " + STRONG)
    assert Rule.EDGE_SPACE in failed(STRONG + " ")
    assert Rule.EDGE_SPACE not in failed("Vq8-Kd3? Mw7_Xr2!")


# --- length --------------------------------------------------------------------------------


def test_minimum_length_is_16() -> None:
    assert MIN_LENGTH == 16
    verdict = evaluate(STRONG[:15], SHOP)
    assert Rule.TOO_SHORT in verdict.failed
    assert verdict.score <= 2
    assert "15" in verdict.advice[0].render("ja")
    assert Rule.TOO_SHORT not in failed(STRONG)


def test_maximum_length_from_the_host_or_the_user() -> None:
    long = "Vq8-Kd3?Mw7_Xr2!Tz6-Hb4?"  # 24
    assert Rule.TOO_LONG in failed(long, PasswordContext(max_length=16))
    assert Rule.TOO_LONG not in failed(long, PasswordContext(host="microsoft365"))
    verdict = evaluate(long * 11, PasswordContext(host="google_workspace"))  # 264 > 100
    assert Rule.TOO_LONG in verdict.failed
    assert verdict.max_length == 100


def test_unknown_host_maximum_only_warns_above_16() -> None:
    verdict = evaluate("Vq8-Kd3?Mw7_Xr2!Tz6-Hb4?", PasswordContext(host="xserver"))
    assert verdict.acceptable
    assert Caution.HOST_LENGTH_UNVERIFIED in verdict.cautions
    assert verdict.max_length == 0
    assert Caution.HOST_LENGTH_UNVERIFIED not in evaluate(STRONG, SHOP).cautions


def test_a_10000_character_paste_is_too_long_and_partly_scored() -> None:
    verdict = evaluate("Vq8-Kd3?Mw7_Xr2!" * 625, SHOP)
    assert Rule.TOO_LONG in verdict.failed
    assert Caution.PARTLY_SCORED in verdict.cautions
    assert verdict.scored_length == 64
    assert verdict.length == 10_000


# --- guessability --------------------------------------------------------------------------


GUESSABLE = {
    "keyboard-row": "qwertyuiopasdfgh",
    "keyboard-columns": "1qaz2wsx3edc4rfv",
    "common": "password12345678",
    "romaji-repeated": "sakurasakurasakura",
    "romaji-word": "daisukidaisuki2024",
    "romaji-words": "omotenashi-daisuki",
    "sequence": "abcdefghijklmnop",
    "digits": "1234567890123456",
}


@pytest.mark.parametrize("case", sorted(GUESSABLE))
def test_guessable_passwords_fail_the_score(case: str) -> None:
    verdict = evaluate(GUESSABLE[case], PasswordContext())
    assert Rule.WEAK_SCORE in verdict.failed
    assert verdict.zxcvbn_score < 4


def test_japanese_words_are_weak_only_with_the_japanese_lists() -> None:
    for word in ("satou", "daisuki"):
        assert evaluate(word, PasswordContext()).zxcvbn_score == 0
    assert evaluate("omotenashi", PasswordContext()).zxcvbn_score <= 1


def test_keyboard_warning_is_translated_and_bad_suggestion_hidden() -> None:
    verdict = evaluate("qwertyuiopasdfgh", PasswordContext())
    texts = [m.render("en") for m in verdict.advice]
    assert "Use a longer keyboard pattern with more turns." not in texts
    assert "No need for symbols, digits, or uppercase letters." not in texts
    japanese = [m.render("ja") for m in verdict.advice]
    assert all(t and not t.isascii() for t in japanese)


def test_japanese_name_gets_a_japanese_warning() -> None:
    verdict = evaluate("watanabe", PasswordContext())
    assert verdict.warning is not None
    assert "ローマ字" in verdict.warning.render("ja")


def test_a_name_inside_a_strong_looking_password_is_caught_by_the_contains_rule() -> None:
    # zxcvbn alone gives these a 4 (notes); the contains rule is what stops them
    context = PasswordContext(user_address="info@yamada-shoten.co.jp", staff_names=("Tanaka Taro",))
    for password in ("YamadaShoten-Info-2025", "Tanaka.Taro.0513!"):
        verdict = evaluate(password, context)
        assert not verdict.acceptable
        assert Rule.CONTAINS_CONTEXT in verdict.failed


# --- reuse ---------------------------------------------------------------------------------


def test_reuse_in_the_session_is_detected_through_fingerprints_only() -> None:
    other = fingerprint(STRONG)
    assert STRONG not in repr(other)
    verdict = evaluate(STRONG, PasswordContext(other_passwords=(other,)))
    assert verdict.failed == (Rule.REUSED,)
    assert verdict.score <= 2


def test_near_duplicate_is_a_caution() -> None:
    other = fingerprint("Sakura-Kaede-Qx7w-77")
    verdict = evaluate("sakura-kaede-qx7w-78", PasswordContext(other_passwords=(other,)))
    assert Caution.SIMILAR_TO_OTHER in verdict.cautions
    assert Rule.REUSED not in verdict.failed


def test_fingerprints_differ_per_password_and_are_stable_in_a_process() -> None:
    assert fingerprint(STRONG) == fingerprint(STRONG)
    assert fingerprint(STRONG).exact != fingerprint(STRONG + "x").exact


# --- host rules ----------------------------------------------------------------------------


def test_confirmed_host_rejects_characters_it_does_not_accept() -> None:
    # Google Workspace's rules are confirmed (official) and do not include spaces.
    context = PasswordContext(host="google_workspace")
    verdict = evaluate("Vq8-Kd3? Mw7_Xr2!", context)
    assert Rule.HOST_CHARS in verdict.failed
    assert any("-" in m.render("en") for m in verdict.advice)


def test_microsoft365_needs_three_kinds_of_characters() -> None:
    context = PasswordContext(host="microsoft365")
    verdict = evaluate("correct-horse-battery-staple-kyoto", context)
    assert Rule.HOST_CLASSES in verdict.failed
    assert Rule.HOST_CLASSES not in failed("Correct-horse-battery-staple-kyoto", context)


def test_unverified_host_only_warns_about_unusual_symbols() -> None:
    verdict = evaluate("Vq8#Kd3%Mw7^Xr2&", PasswordContext(host="lolipop"))
    assert verdict.acceptable
    assert Caution.HOST_CHARS_UNVERIFIED in verdict.cautions
    assert verdict.summary.render("en").endswith("Please read the notes below.")


def test_unknown_host_id_uses_the_defaults() -> None:
    verdict = evaluate(STRONG, PasswordContext(host="no-such-host"))
    assert verdict.acceptable
    assert verdict.host == "other"
    assert verdict.host_rules_status == "unverified"


# --- verdict shape -------------------------------------------------------------------------


def test_empty_password() -> None:
    verdict = evaluate("", SHOP)
    assert verdict.failed == (Rule.EMPTY,)
    assert verdict.score == 0
    assert not verdict.acceptable


def test_score_four_only_when_acceptable() -> None:
    for password in ("Vq8-Kd3?Mw7_Xr2", "Vq8-Kd3?Mw7_Xr2!Yamada", STRONG):
        verdict = evaluate(password, SHOP)
        assert (verdict.score == 4) == verdict.acceptable


def test_every_rule_and_score_has_a_finished_translation() -> None:
    for rule in Rule:
        name = rule_name(rule.value)
        assert name.render("ja") != name.render("en")
    for score in range(5):
        assert score_label(score).render("ja") != score_label(score).render("en")
    assert rule_name("future_rule").render("ja") == "future_rule"


def test_all_advice_is_translated() -> None:
    samples = [
        ("", SHOP),
        ("info", SHOP),
        ("ｐａｓｓｗｏｒｄ１２３", SHOP),
        ("Vq8-Kd3?\tMw7_Xr2!", SHOP),
        ("correct-horse-battery-staple-kyoto", PasswordContext(host="microsoft365")),
        ("Vq8#Kd3%Mw7^Xr2&Tz6-Hb4?", PasswordContext(host="lolipop")),
        ("Vq8-Kd3?Mw7_Xr2!" * 625, SHOP),
        ("qwertyuiop", SHOP),
        ("abcabcabcabc1990", SHOP),
    ]
    for password, context in samples:
        verdict = evaluate(password, context)
        for message in (verdict.summary, *verdict.advice):
            assert isinstance(message, Msg)
            assert message.render("ja") != message.render("en"), message.source


# --- robustness ----------------------------------------------------------------------------

# Hypothesis would print a failing example; these are random strings, but stay quiet anyway.
_QUIET = settings(
    max_examples=150,
    deadline=None,
    verbosity=Verbosity.quiet,
    suppress_health_check=[HealthCheck.too_slow],
)


@_QUIET
@given(st.text())
def test_never_raises_on_any_text(password: str) -> None:
    verdict = evaluate(password, SHOP)
    assert isinstance(verdict, Verdict)
    assert 0 <= verdict.score <= 4
    assert Rule.INTERNAL_ERROR not in verdict.failed


_AWKWARD = st.one_of(
    st.characters(exclude_categories=()),  # anything, surrogates included
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=()),  # lone
    st.characters(max_codepoint=0x1F),  # controls
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width ASCII
    st.sampled_from("4@8({[<369&#!1/|0$5+7%2/"),  # l33t symbols
)


@_QUIET
@given(st.text(alphabet=_AWKWARD, min_size=0, max_size=80))
def test_never_raises_with_surrogates_and_controls(password: str) -> None:
    verdict = evaluate(password, SHOP)
    assert Rule.INTERNAL_ERROR not in verdict.failed


@settings(max_examples=15, deadline=None, verbosity=Verbosity.quiet)
@given(
    st.text(min_size=1, max_size=50),
    st.integers(min_value=200, max_value=10_000),
)
def test_never_raises_on_huge_input(unit: str, repeat: int) -> None:
    password = (unit * repeat)[:10_000]
    verdict = evaluate(password, SHOP)
    assert Rule.INTERNAL_ERROR not in verdict.failed


@_QUIET
@given(
    st.text(max_size=40),
    st.text(max_size=40),
    st.lists(st.text(max_size=30), max_size=5),
    st.sampled_from([None, "xserver", "microsoft365", "google_workspace", "bogus"]),
    st.one_of(st.none(), st.integers(min_value=-5, max_value=300)),
)
def test_never_raises_on_any_context(
    address: str, company: str, names: list[str], host: str | None, max_length: int | None
) -> None:
    context = PasswordContext(
        user_address=address,
        company_name=company,
        staff_names=tuple(names),
        host=host,
        max_length=max_length,
    )
    verdict = evaluate(STRONG, context)
    assert Rule.INTERNAL_ERROR not in verdict.failed


def test_non_string_input_does_not_raise() -> None:
    verdict = evaluate(None, None)  # type: ignore[arg-type]
    assert verdict.failed == (Rule.EMPTY,)


def test_symbol_heavy_input_is_handled() -> None:
    rnd = random.Random(4)
    symbols = "4@8({[<369&#!1/|0$5+7%2/"
    for size in (24, 48, 72):
        verdict = evaluate("".join(rnd.choice(symbols) for _ in range(size)), SHOP)
        assert Rule.INTERNAL_ERROR not in verdict.failed


# --- threads -------------------------------------------------------------------------------


def test_threads_with_different_contexts_get_their_own_results() -> None:
    rnd = random.Random(7)
    cases: list[tuple[PasswordContext, str, Verdict]] = []
    for _ in range(8):
        name = "".join(rnd.choice(string.ascii_lowercase) for _ in range(7))
        context = PasswordContext(user_address=f"{name}@example.co.jp")
        password = name + "-" + "".join(rnd.choice(string.ascii_letters) for _ in range(10))
        cases.append((context, password, evaluate(password, context)))
    errors: list[str] = []

    def worker(index: int) -> None:
        context, password, expected = cases[index]
        for _ in range(25):
            if evaluate(password, context) != expected:
                errors.append(f"thread {index} got another context's result")
                return

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(cases))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for context, _, expected in cases:
        assert expected.matched_tokens[0] == context.user_address.split("@")[0]


def test_host_maximum_below_16_lowers_the_minimum_with_a_caution() -> None:
    verdict = evaluate("Vq8-Kd3?", PasswordContext(max_length=8))
    assert Rule.TOO_SHORT not in verdict.failed
    assert Rule.TOO_LONG not in verdict.failed
    assert verdict.min_length == 8
    assert Caution.HOST_MAX_BELOW_POLICY in verdict.cautions
    # eight characters stay guessable, and the verdict says so
    assert Rule.WEAK_SCORE in verdict.failed
