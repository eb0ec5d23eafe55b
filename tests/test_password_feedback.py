"""Every string zxcvbn 4.5.0 can emit has a Japanese translation; contradicting advice is hidden."""

from __future__ import annotations

import ast
from pathlib import Path

import zxcvbn.feedback

from app.core.password_feedback import (
    HIDDEN,
    JA_DICTIONARY_WARNINGS,
    REPLACEMENTS,
    ZXCVBN_TRANSLATIONS,
    translate_feedback,
)
from app.core.password_strength import JA_WORDLISTS


def _zxcvbn_strings() -> set[str]:
    """The literal arguments of every `_()` call in zxcvbn's feedback.py."""
    source = Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8")
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(node.args[0].value)
    return found


def test_every_zxcvbn_string_has_an_entry() -> None:
    strings = _zxcvbn_strings()
    assert len(strings) >= 25  # sanity: the parser found them
    assert strings - set(ZXCVBN_TRANSLATIONS) == set()


def test_every_entry_is_translated_to_japanese() -> None:
    for english, message in ZXCVBN_TRANSLATIONS.items():
        japanese = message.render("ja")
        assert japanese != english, english
        assert "月" not in japanese.replace("ヶ月", ""), english  # durations use ヶ月


def test_policy_contradictions_are_hidden_or_replaced() -> None:
    assert "No need for symbols, digits, or uppercase letters." in HIDDEN
    assert translate_feedback("No need for symbols, digits, or uppercase letters.") is None
    replacement = translate_feedback("Use a longer keyboard pattern with more turns.")
    assert replacement is not None
    assert "qwerty" in replacement.render("en")
    assert set(REPLACEMENTS) == set(HIDDEN)


def test_unknown_strings_pass_through_in_english() -> None:
    message = translate_feedback("A brand new zxcvbn warning.")
    assert message is not None
    assert message.render("ja") == "A brand new zxcvbn warning."
    assert translate_feedback("") is None


def test_japanese_dictionaries_have_warnings() -> None:
    assert set(JA_DICTIONARY_WARNINGS) == set(JA_WORDLISTS.values())
    for message in JA_DICTIONARY_WARNINGS.values():
        assert message.render("ja") != message.render("en")
