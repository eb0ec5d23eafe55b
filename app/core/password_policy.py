"""Mail Mamori's password policy: `evaluate(password, context) -> Verdict`.

The rules (see `../shared/notes/passwords.md` and issue 4), each with a stable code in
`Verdict.failed`:

    empty            nothing was entered
    control_char     tabs, line breaks or invisible formatting characters (a bad paste)
    fullwidth        full-width (zenkaku) letters, digits or spaces: the IME was on
    non_ascii        other characters outside printable ASCII: kana, kanji, emoji ...
    edge_space       a space at the start or end (lost when copying)
    too_short        fewer than 16 characters
    too_long         more than the host (or `PasswordContext.max_length`) accepts
    equals_username  the user name / mail address itself, or a thin variant of it
                     (`Info2025!` for info@..., reversed, l33t, repeated)
    contains_context contains a context word of 3+ characters: the address, its local part,
                     the domain's labels (not co/ne/or/jp/com ...), the company name, staff
                     names, extra words; case-insensitively, reversed, with l33t undone and
                     romaji spellings unified (ou/o/oh, tsu/tu, shi/si, chi/ti, fu/hu, ji/zi)
    reused           the same as another account's new password in this session
    host_chars       a character the host does not accept (only for hosts with known rules)
    host_classes     the host's required kinds of characters are missing (known rules only)
    weak_score       zxcvbn scores it below 4, with the context words and the Japanese romaji
                     word lists loaded
    internal_error   the checker itself failed (never expected; the password is not accepted)

Cautions (`Verdict.cautions`) do not make a password unacceptable:

    similar_to_other        nearly the same as another account's new password
    host_max_below_policy   the host accepts fewer than 16 characters: the minimum becomes the
                            host's maximum (a host such as fitweb stops at 8)
    host_length_unverified  longer than 16 where we do not know the host's limit
    host_chars_unverified   symbols outside `- _ . ! ? @` where we do not know the host's set
    partly_scored           only the first 64 characters were scored by zxcvbn

Other accounts' new passwords are compared in memory only, and never as text: `fingerprint()`
turns a password into an HMAC-SHA256 with a random key made when the process starts and never
stored, so a fingerprint means nothing outside this process and cannot be attacked offline
even if one leaked into a crash report. The page keeps fingerprints, not passwords, for the
accounts changed in the session. Nothing in a `Verdict` contains the password or a part of it;
only the context word that matched is named.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import string
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.password_feedback import JA_DICTIONARY_WARNINGS, translate_feedback
from app.core.password_rules import (
    ABSOLUTE_MAX_LENGTH,
    SAFE_SYMBOLS,
    UNVERIFIED_MAX_LENGTH,
    CharClass,
    HostRules,
    host_rules,
)
from app.core.password_strength import SCORED_PREFIX, Strength, estimate
from app.core.romaji import fold, kana_to_romaji

MIN_LENGTH = 16
MIN_TOKEN_LENGTH = 3
# Bounds on the context so that a huge staff list cannot slow the live check down.
MAX_TOKENS = 200
MAX_TOKEN_LENGTH = 64

# Domain labels that say nothing about the company: second-level and top-level labels of
# Japanese and generic domains, and common host names.
GENERIC_DOMAIN_LABELS = frozenset(
    ("co", "ne", "or", "ac", "ad", "ed", "go", "gr", "lg", "jp", "com", "net", "org", "info",
     "biz", "www", "mail", "email", "smtp", "pop", "pop3", "imap", "mx", "web", "site", "shop",
     "online", "tokyo")
)  # fmt: skip
# Words of company names that say nothing about the company.
GENERIC_COMPANY_WORDS = frozenset(
    ("co", "ltd", "inc", "corp", "corporation", "company", "llc", "kk", "kabushiki", "kaisha",
     "kabushikigaisha", "yugen", "godo", "the", "and")
)  # fmt: skip


class Rule(StrEnum):
    """Codes of the rules a password can fail (stable: used in JSON output and the case)."""

    EMPTY = "empty"
    CONTROL_CHAR = "control_char"
    FULLWIDTH = "fullwidth"
    NON_ASCII = "non_ascii"
    EDGE_SPACE = "edge_space"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    EQUALS_USERNAME = "equals_username"
    CONTAINS_CONTEXT = "contains_context"
    REUSED = "reused"
    HOST_CHARS = "host_chars"
    HOST_CLASSES = "host_classes"
    WEAK_SCORE = "weak_score"
    INTERNAL_ERROR = "internal_error"


class Caution(StrEnum):
    """Codes of notes that do not make a password unacceptable."""

    SIMILAR_TO_OTHER = "similar_to_other"
    HOST_MAX_BELOW_POLICY = "host_max_below_policy"
    HOST_LENGTH_UNVERIFIED = "host_length_unverified"
    HOST_CHARS_UNVERIFIED = "host_chars_unverified"
    PARTLY_SCORED = "partly_scored"


# The per-process key of `fingerprint()`: random, in memory only, gone when the app exits.
_FINGERPRINT_KEY = secrets.token_bytes(32)


@dataclass(frozen=True)
class PasswordFingerprint:
    """Keyed hashes of a password set in this session, for the `reused` rule.

    Meaningless outside this process (see the module docstring); never store one.
    """

    exact: bytes = field(repr=False)
    # Hash of the lower-cased password without leading/trailing digits and symbols, so that
    # `Sakura-Kaede-77` and `sakura-kaede-78` are recognised as near-duplicates.
    stem: bytes = field(repr=False, default=b"")


def fingerprint(password: str) -> PasswordFingerprint:
    """The fingerprint of `password` for `PasswordContext.other_passwords`."""
    exact = _keyed_hash(b"exact", password)
    stem_text = _strip_decoration(password.lower())
    # A stem of a few characters would flag unrelated passwords as similar.
    stem = _keyed_hash(b"stem", stem_text) if len(stem_text) >= 6 else b""
    return PasswordFingerprint(exact=exact, stem=stem)


def _keyed_hash(purpose: bytes, text: str) -> bytes:
    data = purpose + b"\0" + text.encode("utf-8", "surrogatepass")
    return hmac.new(_FINGERPRINT_KEY, data, hashlib.sha256).digest()


@dataclass(frozen=True)
class PasswordContext:
    """Everything about the account that a password must not be built from."""

    user_address: str = ""
    company_name: str = ""
    staff_names: tuple[str, ...] = ()
    extra_words: tuple[str, ...] = ()
    # Provider id from providers.toml (None: unknown host).
    host: str | None = None
    # The host's real maximum when the user knows it (overrides the preset).
    max_length: int | None = None
    # Fingerprints of the new passwords of the other accounts changed in this session.
    other_passwords: tuple[PasswordFingerprint, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """The result of `evaluate`. Contains no part of the password."""

    acceptable: bool
    # 0-4, zxcvbn's scale, capped when a rule failed (4 is shown green only when acceptable).
    score: int
    failed: tuple[str, ...]
    cautions: tuple[str, ...]
    # One sentence for the top of the page / the command line.
    summary: Msg
    # What to do: one message per failed rule and caution, then zxcvbn's translated feedback.
    advice: tuple[Msg, ...]
    # zxcvbn's own warning and suggestions, translated, policy-contradicting ones removed.
    warning: Msg | None
    suggestions: tuple[Msg, ...]
    # Context words found in the password (equals_username / contains_context).
    matched_tokens: tuple[str, ...]
    length: int
    min_length: int
    # 0 when the host's maximum is unknown.
    max_length: int
    host: str
    host_rules_status: str
    zxcvbn_score: int
    guesses_log10: float
    scored_length: int


# --- messages ------------------------------------------------------------------------------

SUMMARY_OK = QT_TRANSLATE_NOOP("password", "This password meets every rule.")
SUMMARY_OK_NOTES = QT_TRANSLATE_NOOP(
    "password", "This password meets every rule. Please read the notes below."
)
SUMMARY_BAD = QT_TRANSLATE_NOOP("password", "Do not use this password.")
SUMMARY_EMPTY = QT_TRANSLATE_NOOP("password", "Enter a password to check it.")
SUMMARY_ERROR = QT_TRANSLATE_NOOP(
    "password", "The password could not be checked. Please try again or use the generator."
)

ADVICE = {
    Rule.EMPTY: QT_TRANSLATE_NOOP("password", "Enter a password to check it."),
    Rule.CONTROL_CHAR: QT_TRANSLATE_NOOP(
        "password",
        "The password contains invisible characters such as tabs or line breaks, probably "
        "from copying and pasting. Please type it again.",
    ),
    Rule.FULLWIDTH: QT_TRANSLATE_NOOP(
        "password",
        "The password contains full-width (zenkaku) characters. Turn Japanese input (IME) off "
        "and type it in half-width (hankaku) characters.",
    ),
    Rule.NON_ASCII: QT_TRANSLATE_NOOP(
        "password",
        "Use only half-width letters, digits and symbols. The password contains other "
        "characters (such as kana, kanji or emoji), which many mail programs cannot send.",
    ),
    Rule.EDGE_SPACE: QT_TRANSLATE_NOOP(
        "password",
        "The password starts or ends with a space. Spaces at the ends are easily lost when "
        "copying; remove them.",
    ),
    Rule.TOO_SHORT: QT_TRANSLATE_NOOP(
        "password", "Use at least {min} characters (this one has {length})."
    ),
    Rule.TOO_LONG: QT_TRANSLATE_NOOP(
        "password",
        "The mail server accepts at most {max} characters (this one has {length}). Shorten it, "
        "or the server may refuse it or silently cut it off.",
    ),
    Rule.EQUALS_USERNAME: QT_TRANSLATE_NOOP(
        "password",
        "The password is the user name (mail address) “{token}”, or almost the same. This is "
        "exactly how mail servers are taken over: choose a completely different password.",
    ),
    Rule.CONTAINS_CONTEXT: QT_TRANSLATE_NOOP(
        "password",
        "The password contains “{token}”, which is part of your mail address, company name or "
        "staff names. Attackers try these first; leave it out.",
    ),
    Rule.REUSED: QT_TRANSLATE_NOOP(
        "password",
        "This password is already used for another mailbox in this session. Give every "
        "mailbox its own password.",
    ),
    Rule.HOST_CHARS: QT_TRANSLATE_NOOP(
        "password",
        "The password contains a character the selected mail host does not accept. Use "
        "letters, digits and only these symbols: {symbols}",
    ),
    Rule.WEAK_SCORE: QT_TRANSLATE_NOOP(
        "password",
        "This password would be easy to guess. Make it longer and less predictable, or use "
        "the generator.",
    ),
    Rule.INTERNAL_ERROR: SUMMARY_ERROR,
}
HOST_CLASS_REQUIRED = {
    CharClass.LOWER: QT_TRANSLATE_NOOP(
        "password", "The selected mail host requires at least one lowercase letter."
    ),
    CharClass.UPPER: QT_TRANSLATE_NOOP(
        "password", "The selected mail host requires at least one uppercase letter."
    ),
    CharClass.DIGIT: QT_TRANSLATE_NOOP(
        "password", "The selected mail host requires at least one digit."
    ),
    CharClass.SYMBOL: QT_TRANSLATE_NOOP(
        "password", "The selected mail host requires at least one symbol."
    ),
}
HOST_MIN_CLASSES = QT_TRANSLATE_NOOP(
    "password",
    "The selected mail host requires at least {count} of these four kinds of characters: "
    "lowercase letters, uppercase letters, digits and symbols (this one has {present}).",
)
CAUTION_ADVICE = {
    Caution.SIMILAR_TO_OTHER: QT_TRANSLATE_NOOP(
        "password",
        "This password is very similar to one set for another mailbox in this session. Make "
        "them clearly different.",
    ),
    Caution.HOST_MAX_BELOW_POLICY: QT_TRANSLATE_NOOP(
        "password",
        "The mail server accepts only {max} characters, fewer than the {min} we recommend. Use "
        "all {max}, with every kind of character, and consider a mail service that allows "
        "longer passwords.",
    ),
    Caution.HOST_LENGTH_UNVERIFIED: QT_TRANSLATE_NOOP(
        "password",
        "We could not confirm how long a password the selected mail host accepts; some accept "
        "only {max} characters. After changing it, check that you can log in with the whole "
        "password.",
    ),
    Caution.HOST_CHARS_UNVERIFIED: QT_TRANSLATE_NOOP(
        "password",
        "Some mail hosts do not accept every symbol. If the control panel refuses this "
        "password, use only these symbols: {symbols}",
    ),
    Caution.PARTLY_SCORED: QT_TRANSLATE_NOOP(
        "password", "Only the first {count} characters were checked for how easy they are to guess."
    ),
}
SCORE_LABELS = (
    QT_TRANSLATE_NOOP("password", "Very weak"),
    QT_TRANSLATE_NOOP("password", "Weak"),
    QT_TRANSLATE_NOOP("password", "Fair"),
    QT_TRANSLATE_NOOP("password", "Fairly strong"),
    QT_TRANSLATE_NOOP("password", "Strong"),
)
RULE_NAMES = {
    Rule.EMPTY: QT_TRANSLATE_NOOP("password", "Not entered"),
    Rule.CONTROL_CHAR: QT_TRANSLATE_NOOP("password", "Invisible characters"),
    Rule.FULLWIDTH: QT_TRANSLATE_NOOP("password", "Full-width characters"),
    Rule.NON_ASCII: QT_TRANSLATE_NOOP("password", "Characters other than half-width ones"),
    Rule.EDGE_SPACE: QT_TRANSLATE_NOOP("password", "Space at the start or end"),
    Rule.TOO_SHORT: QT_TRANSLATE_NOOP("password", "Too short"),
    Rule.TOO_LONG: QT_TRANSLATE_NOOP("password", "Too long for the mail host"),
    Rule.EQUALS_USERNAME: QT_TRANSLATE_NOOP("password", "Same as the user name"),
    Rule.CONTAINS_CONTEXT: QT_TRANSLATE_NOOP("password", "Contains a name or address"),
    Rule.REUSED: QT_TRANSLATE_NOOP("password", "Used for another mailbox"),
    Rule.HOST_CHARS: QT_TRANSLATE_NOOP("password", "Characters the mail host does not accept"),
    Rule.HOST_CLASSES: QT_TRANSLATE_NOOP("password", "Kinds of characters the host requires"),
    Rule.WEAK_SCORE: QT_TRANSLATE_NOOP("password", "Easy to guess"),
    Rule.INTERNAL_ERROR: QT_TRANSLATE_NOOP("password", "Could not be checked"),
}


def score_label(score: int) -> Msg:
    """A word for a 0-4 score, for the colour bar."""
    return SCORE_LABELS[max(0, min(4, score))]


def rule_name(code: str) -> Msg:
    """A short name for a rule code (for tables and the report); unknown codes as they are."""
    try:
        return RULE_NAMES[Rule(code)]
    except ValueError:
        return Msg("password", code)


# --- context words -------------------------------------------------------------------------


@dataclass(frozen=True)
class ContextTokens:
    """The words a password must not be built from, lower case ASCII, 3+ characters."""

    # The mail address and its local part: the user name an attacker tries first.
    username: tuple[str, ...]
    # Every token, the user name ones included, most specific first.
    all: tuple[str, ...]


_SPLIT = re.compile(r"[\s._+\-,/\\()（）・、。&'\"]+")


def context_tokens(context: PasswordContext) -> ContextTokens:
    """The context words of `context` (see the module docstring for where they come from)."""
    username: list[str] = []
    tokens: list[str] = []
    address = _normalise(context.user_address).lower().strip()
    if address:
        local, _, domain = address.rpartition("@") if "@" in address else (address, "", "")
        username.extend(t for t in (address, local) if t)
        tokens.extend(username)
        tokens.extend(_word_tokens(local))
        if domain:
            tokens.append(domain)
            labels = [label for label in domain.split(".") if label]
            for label in labels:
                if label not in GENERIC_DOMAIN_LABELS:
                    tokens.extend(_word_tokens(label))
    tokens.extend(_word_tokens(context.company_name, skip=GENERIC_COMPANY_WORDS))
    for name in context.staff_names:
        tokens.extend(_word_tokens(name, both_orders=True))
    for word in context.extra_words:
        tokens.extend(_word_tokens(word))
    return ContextTokens(
        username=tuple(_dedupe(t for t in username if _usable(t, minimum=1))),
        all=tuple(_dedupe(t for t in tokens if _usable(t))),
    )


def _word_tokens(
    text: str, skip: frozenset[str] = frozenset(), both_orders: bool = False
) -> list[str]:
    """`Yamada Taro` -> yamada, taro, yamadataro (and taroyamada); kana read as romaji."""
    text = _normalise(text)
    readings = [text]
    romaji = kana_to_romaji(text)
    if romaji != text:
        readings.append(romaji)
    out: list[str] = []
    for reading in readings:
        parts = [p for p in _SPLIT.split(reading.lower()) if p and p not in skip]
        parts = [p for p in parts if p.isascii()]
        out.extend(parts)
        if len(parts) > 1:
            out.append("".join(parts))
            if both_orders:
                out.append("".join(reversed(parts)))
    return out


def _normalise(text: str) -> str:
    """NFKC (full-width to half-width), safe on any string."""
    if not isinstance(text, str):
        return ""
    return unicodedata.normalize("NFKC", text[: MAX_TOKEN_LENGTH * 8])


def _usable(token: str, minimum: int = MIN_TOKEN_LENGTH) -> bool:
    return (
        minimum <= len(token) <= MAX_TOKEN_LENGTH
        and token.isascii()
        and any(ch.isalnum() for ch in token)
    )


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out[:MAX_TOKENS]


# --- evaluation ----------------------------------------------------------------------------

_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Longer than any user name plus decoration: spelling variants are not looked for.
_VARIANT_LENGTH_LIMIT = 2 * MAX_TOKEN_LENGTH
_DECORATION = re.compile(r"^[\W\d_]+|[\W\d_]+$")


def _strip_decoration(text: str) -> str:
    """`Info2025!` -> `Info`: digits and symbols added around a word do not hide it."""
    return _DECORATION.sub("", text)


def evaluate(password: str, context: PasswordContext | None = None) -> Verdict:
    """Check `password` against every rule. Never raises, whatever the input; thread-safe.

    Takes a few milliseconds for ordinary input and stays well under 100 ms for anything
    (see `bench/password.py`).
    """
    ctx = context if isinstance(context, PasswordContext) else PasswordContext()
    if not isinstance(password, str):
        password = ""
    try:
        return _evaluate(password, ctx)
    except Exception:
        # Defence in depth: a bug here must not crash the page or leak the password through a
        # traceback; the message says nothing about the input.
        return _error_verdict(len(password))


def _error_verdict(length: int) -> Verdict:
    return Verdict(
        acceptable=False,
        score=0,
        failed=(Rule.INTERNAL_ERROR.value,),
        cautions=(),
        summary=SUMMARY_ERROR,
        advice=(SUMMARY_ERROR,),
        warning=None,
        suggestions=(),
        matched_tokens=(),
        length=length,
        min_length=MIN_LENGTH,
        max_length=0,
        host="",
        host_rules_status="",
        zxcvbn_score=0,
        guesses_log10=0.0,
        scored_length=0,
    )


def _evaluate(password: str, context: PasswordContext) -> Verdict:
    rules = host_rules(context.host)
    length = len(password)
    min_length = max(MIN_LENGTH, rules.min_length)
    max_length, max_known = _max_length(rules, context)
    failed: list[Rule] = []
    cautions: list[Caution] = []
    advice: list[Msg] = []
    if max_length < min_length:
        # No password can have 16 characters here: the longest the host allows is the best.
        min_length = max_length
        cautions.append(Caution.HOST_MAX_BELOW_POLICY)

    def fail(rule: Rule, message: Msg | None = None) -> None:
        if rule not in failed:
            failed.append(rule)
        if message is not None:
            advice.append(message)

    if not password:
        fail(Rule.EMPTY, ADVICE[Rule.EMPTY])
        return _verdict(password, rules, failed, [], advice, None, None, (), min_length, 0)

    # Characters: what was typed, before any normalisation.
    control, fullwidth, other = _character_problems(password)
    if control:
        fail(Rule.CONTROL_CHAR, ADVICE[Rule.CONTROL_CHAR])
    if fullwidth:
        fail(Rule.FULLWIDTH, ADVICE[Rule.FULLWIDTH])
    if other:
        fail(Rule.NON_ASCII, ADVICE[Rule.NON_ASCII])
    if password != password.strip(" "):
        fail(Rule.EDGE_SPACE, ADVICE[Rule.EDGE_SPACE])

    # Length.
    if length < min_length:
        fail(Rule.TOO_SHORT, ADVICE[Rule.TOO_SHORT].with_args(min=min_length, length=length))
    if length > max_length:
        fail(Rule.TOO_LONG, ADVICE[Rule.TOO_LONG].with_args(max=max_length, length=length))
    elif not max_known and length > UNVERIFIED_MAX_LENGTH:
        cautions.append(Caution.HOST_LENGTH_UNVERIFIED)

    # Everything below looks at the NFKC form, so that full-width input still gets useful
    # feedback (ｐａｓｓｗｏｒｄ１２３ is `password123`, not a strong random string).
    analysed = unicodedata.normalize("NFKC", password)
    tokens = context_tokens(context)
    matched: list[str] = []
    username_match = _username_variant(analysed, tokens.username)
    if username_match:
        matched.append(username_match)
        fail(Rule.EQUALS_USERNAME, ADVICE[Rule.EQUALS_USERNAME].with_args(token=username_match))
    for token in _contained_tokens(analysed, tokens.all):
        if username_match and (token in tokens.username or token in username_match):
            continue  # already explained by the more specific message
        if any(token in longer for longer in matched):
            continue  # `yamada` inside an already reported `yamadataro`
        matched.append(token)
        if len(matched) <= 3:
            fail(Rule.CONTAINS_CONTEXT, ADVICE[Rule.CONTAINS_CONTEXT].with_args(token=token))
        else:
            fail(Rule.CONTAINS_CONTEXT)

    # Reuse across this session's accounts.
    if context.other_passwords:
        mine = fingerprint(password)
        if any(hmac.compare_digest(mine.exact, o.exact) for o in context.other_passwords):
            fail(Rule.REUSED, ADVICE[Rule.REUSED])
        elif mine.stem and any(
            o.stem and hmac.compare_digest(mine.stem, o.stem) for o in context.other_passwords
        ):
            cautions.append(Caution.SIMILAR_TO_OTHER)

    # The host's character rules.
    _check_host(password, rules, fail, cautions)

    # Guessability.
    user_inputs = list(tokens.all)
    user_inputs.extend(f for f in (fold(t) for t in tokens.all) if len(f) >= MIN_TOKEN_LENGTH)
    strength = estimate(analysed, user_inputs)
    if strength.scored_length < len(analysed):
        cautions.append(Caution.PARTLY_SCORED)
    if strength.score < 4:
        fail(Rule.WEAK_SCORE, ADVICE[Rule.WEAK_SCORE])
    warning = translate_feedback(strength.warning)
    if warning is None and strength.score <= 2:
        warning = JA_DICTIONARY_WARNINGS.get(strength.longest_dictionary)
    suggestions = tuple(
        _dedupe_msgs(m for m in map(translate_feedback, strength.suggestions) if m is not None)
    )

    for caution in cautions:
        advice.append(_caution_message(caution, rules, max_length))
    if warning is not None:
        advice.append(warning)
    advice.extend(suggestions)
    return _verdict(
        password,
        rules,
        failed,
        cautions,
        advice,
        warning,
        strength,
        tuple(matched),
        min_length,
        max_length if max_known else 0,
        suggestions,
    )


def _max_length(rules: HostRules, context: PasswordContext) -> tuple[int, bool]:
    """(maximum to enforce, whether it is the host's real limit)."""
    override = context.max_length
    if isinstance(override, int) and override > 0:
        return override, True
    if rules.enforced and rules.max_length > 0:
        return rules.max_length, True
    return ABSOLUTE_MAX_LENGTH, False


def _character_problems(password: str) -> tuple[bool, bool, bool]:
    """(control characters, full-width characters, other non-ASCII characters) present?"""
    if password.isascii():
        return bool(_ASCII_CONTROL.search(password)), False, False
    control = fullwidth = other = False
    for ch in set(password):  # distinct characters: bounded work even for a huge paste
        if unicodedata.category(ch) in ("Cc", "Cf"):
            control = True
        elif ch.isascii():
            continue
        elif _is_fullwidth(ch):
            fullwidth = True
        else:
            other = True
    return control, fullwidth, other


def _is_fullwidth(ch: str) -> bool:
    """Full-width forms of ASCII (Ａ, １, ＠, the ideographic space) typed with the IME on."""
    try:
        normal = unicodedata.normalize("NFKC", ch)
    except (TypeError, ValueError):
        return False
    return normal != ch and normal.isascii() and normal.isprintable() and len(normal) == 1


def _username_variant(analysed: str, username: tuple[str, ...]) -> str:
    """The user name token `analysed` is a thin variant of, or "" (see `Rule.EQUALS_USERNAME`)."""
    lower = analysed.lower()
    core = _strip_decoration(lower)
    for token in username:
        if lower in (token, token[::-1]) or core in (token, token[::-1]):
            return token
        if core and len(core) % len(token) == 0 and core == token * (len(core) // len(token)):
            return token  # `infoinfo`
    if len(lower) > _VARIANT_LENGTH_LIMIT:
        return ""  # a long paste is no spelling variant of a user name
    folded = fold(lower)
    folded_core = fold(core)
    for token in username:
        folded_token = fold(token)
        if len(folded_token) >= 2 and folded_token in (folded, folded_core, folded_core[::-1]):
            return token
    return ""


def _contained_tokens(analysed: str, tokens: tuple[str, ...]) -> list[str]:
    """Context tokens found in the password, plainly or folded, forwards or reversed."""
    lower = analysed.lower()
    reverse = lower[::-1]
    folded = fold(lower)
    folded_reverse = fold(reverse)
    found: list[str] = []
    for token in sorted(tokens, key=len, reverse=True):
        if len(token) < MIN_TOKEN_LENGTH:
            continue
        hit = token in lower or token in reverse
        if not hit:
            folded_token = fold(token)
            hit = len(folded_token) >= MIN_TOKEN_LENGTH and (
                folded_token in folded or folded_token in folded_reverse
            )
        if hit:
            found.append(token)
    return found


class _FailFn(Protocol):
    """The `fail` callback inside `_evaluate`."""

    def __call__(self, rule: Rule, message: Msg | None = None) -> None: ...


def _check_host(
    password: str,
    rules: HostRules,
    fail: _FailFn,
    cautions: list[Caution],
) -> None:
    printable = {ch for ch in set(password) if ch.isascii() and ch.isprintable()}
    symbols = {ch for ch in printable if ch in string.punctuation or ch == " "}
    if rules.enforced and rules.symbols is not None:
        allowed = set(rules.symbols) | ({" "} if rules.space_allowed else set())
        if symbols - allowed:
            shown = rules.symbols + (" " if rules.space_allowed else "")
            fail(Rule.HOST_CHARS, ADVICE[Rule.HOST_CHARS].with_args(symbols=_spaced(shown)))
    elif symbols - set(SAFE_SYMBOLS):
        cautions.append(Caution.HOST_CHARS_UNVERIFIED)
    if rules.enforced:
        present = _classes(password)
        for required in rules.required_classes:
            if required not in present:
                fail(Rule.HOST_CLASSES, HOST_CLASS_REQUIRED[required])
        if len(present) < rules.min_classes:
            fail(
                Rule.HOST_CLASSES,
                HOST_MIN_CLASSES.with_args(count=rules.min_classes, present=len(present)),
            )


def _classes(password: str) -> set[CharClass]:
    present: set[CharClass] = set()
    for ch in set(password):
        if not ch.isascii():
            continue
        if ch.islower():
            present.add(CharClass.LOWER)
        elif ch.isupper():
            present.add(CharClass.UPPER)
        elif ch.isdigit():
            present.add(CharClass.DIGIT)
        elif ch in string.punctuation or ch == " ":
            present.add(CharClass.SYMBOL)
    return present


def _spaced(symbols: str) -> str:
    return " ".join("␣" if ch == " " else ch for ch in symbols)


def _caution_message(caution: Caution, rules: HostRules, max_length: int) -> Msg:
    message = CAUTION_ADVICE[caution]
    if caution is Caution.HOST_LENGTH_UNVERIFIED:
        return message.with_args(max=UNVERIFIED_MAX_LENGTH)
    if caution is Caution.HOST_MAX_BELOW_POLICY:
        return message.with_args(max=max_length, min=MIN_LENGTH)
    if caution is Caution.HOST_CHARS_UNVERIFIED:
        return message.with_args(symbols=_spaced(rules.generator_symbols))
    if caution is Caution.PARTLY_SCORED:
        return message.with_args(count=SCORED_PREFIX)
    return message


def _dedupe_msgs(messages: Iterable[Msg]) -> list[Msg]:
    seen: set[Msg] = set()
    out: list[Msg] = []
    for message in messages:
        if message not in seen:
            seen.add(message)
            out.append(message)
    return out


# Caps on the score when a rule failed, so that a green "4" always means "acceptable".
_SCORE_CAPS = {
    Rule.EMPTY: 0,
    Rule.EQUALS_USERNAME: 0,
    Rule.CONTAINS_CONTEXT: 1,
    Rule.REUSED: 2,
    Rule.CONTROL_CHAR: 2,
    Rule.FULLWIDTH: 2,
    Rule.NON_ASCII: 2,
    Rule.TOO_SHORT: 2,
}


def _verdict(
    password: str,
    rules: HostRules,
    failed: list[Rule],
    cautions: list[Caution],
    advice: list[Msg],
    warning: Msg | None,
    zx: Strength | None,
    matched: tuple[str, ...],
    min_length: int,
    max_length: int,
    suggestions: tuple[Msg, ...] = (),
) -> Verdict:
    zx_score = zx.score if zx else 0
    score = zx_score
    for rule in failed:
        score = min(score, _SCORE_CAPS.get(rule, 3))
    acceptable = not failed
    if not password:
        summary = SUMMARY_EMPTY
    elif acceptable:
        summary = SUMMARY_OK_NOTES if cautions else SUMMARY_OK
    else:
        summary = SUMMARY_BAD
    return Verdict(
        acceptable=acceptable,
        score=score,
        failed=tuple(rule.value for rule in failed),
        cautions=tuple(c.value for c in cautions),
        summary=summary,
        advice=tuple(_dedupe_msgs(advice)),
        warning=warning,
        suggestions=suggestions,
        matched_tokens=matched,
        length=len(password),
        min_length=min_length,
        max_length=max_length,
        host=rules.host,
        host_rules_status=rules.status.value,
        zxcvbn_score=zx_score,
        guesses_log10=zx.guesses_log10 if zx else 0.0,
        scored_length=zx.scored_length if zx else 0,
    )
