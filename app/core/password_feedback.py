"""zxcvbn's English feedback as translatable messages, minus the advice that contradicts policy.

zxcvbn 4.5.0 wraps its warnings and suggestions in the process-wide gettext (no domain of its
own), so they arrive in English. Every string its `feedback.py` can emit has an entry here
(`tests/test_password_feedback.py` reads that file to make sure); unknown strings from a newer
zxcvbn are passed through untranslated rather than dropped.
"""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP, Msg

_ZXCVBN_MESSAGES: tuple[Msg, ...] = (
    QT_TRANSLATE_NOOP("password", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("password", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("password", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("password", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("password", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("password", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("password", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP(
        "password", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'
    ),
    QT_TRANSLATE_NOOP("password", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("password", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("password", "Avoid sequences."),
    QT_TRANSLATE_NOOP("password", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("password", "Avoid recent years."),
    QT_TRANSLATE_NOOP("password", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("password", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("password", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("password", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("password", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("password", "This is a very common password."),
    QT_TRANSLATE_NOOP("password", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("password", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("password", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("password", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("password", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("password", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("password", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP(
        "password", "Predictable substitutions like '@' instead of 'a' don't help very much."
    ),
)

# English source text -> message, for every string zxcvbn 4.5.0 can emit.
ZXCVBN_TRANSLATIONS: dict[str, Msg] = {msg.source: msg for msg in _ZXCVBN_MESSAGES}

# Never shown: the first contradicts the policy (the host and the seed article ask for all four
# kinds of characters), the second recommends keyboard patterns, which attackers try early.
HIDDEN = frozenset(
    {
        "No need for symbols, digits, or uppercase letters.",
        "Use a longer keyboard pattern with more turns.",
    }
)
# What is shown instead of a hidden suggestion (None: nothing).
REPLACEMENTS: dict[str, Msg | None] = {
    "No need for symbols, digits, or uppercase letters.": None,
    "Use a longer keyboard pattern with more turns.": QT_TRANSLATE_NOOP(
        "password", "Avoid patterns of neighbouring keys such as qwerty or 1qaz2wsx."
    ),
}

# zxcvbn has no warning for its extra dictionaries; these cover the Japanese romaji lists.
JA_NAMES_WARNING = QT_TRANSLATE_NOOP(
    "password", "Japanese names and surnames are easy to guess, even written in romaji."
)
JA_WORDS_WARNING = QT_TRANSLATE_NOOP(
    "password", "Common Japanese words are easy to guess, even written in romaji."
)
JA_DICTIONARY_WARNINGS: dict[str, Msg] = {
    "ja_first_names": JA_NAMES_WARNING,
    "ja_last_names": JA_NAMES_WARNING,
    "ja_common_words": JA_WORDS_WARNING,
    "ja_wikipedia": JA_WORDS_WARNING,
}


def translate_feedback(text: str) -> Msg | None:
    """The message for one zxcvbn warning/suggestion, its replacement, or None if hidden."""
    if not text:
        return None
    if text in HIDDEN:
        return REPLACEMENTS.get(text)
    # Unknown text (a newer zxcvbn): shown in English rather than lost.
    return ZXCVBN_TRANSLATIONS.get(text) or Msg("password", text)
