"""zxcvbn 4.5.0 made safe for a live password checker: bounded time, thread-safe, Japanese words.

The released `zxcvbn.zxcvbn()` has three traps (see `../shared/notes/passwords.md`):

* its l33t matcher runs one full dictionary pass per substitution table, up to 736 of them for
  symbol-heavy input, so 24 characters can take a second and 72 characters 13 s;
* `user_inputs` are stored in a module global, so two threads scoring at once mix up usernames;
* `zxcvbn('')` raises, and so does anything longer than `max_length` (72).

`estimate()` runs the same matchers and the same scoring code, but through its own `omnimatch`:

* dictionary scans stop at the longest dictionary word and as soon as the first characters
  start no word (same matches, far fewer look-ups);
* the l33t matcher uses zxcvbn's own substitution tables when a password has few l33t symbols
  (every realistic password), and a handful of tables covering every symbol otherwise, instead
  of up to 736; duplicate finds of the same word are scored once (same result);
* only the first `SCORED_PREFIX` characters are scored (the original JavaScript advises the
  same; zxcvbn-ts truncates at 256);
* the ranked dictionaries, including the caller's context words, are passed to every matcher
  instead of being stored in zxcvbn's module global, so concurrent callers cannot see each
  other's words.

For passwords with few l33t symbols the result is identical to `zxcvbn.zxcvbn()` (the tests
compare them), except that years up to 2049 count as recent years. Calls are still serialised
with a lock: the dictionaries are loaded lazily into zxcvbn's module state, and zxcvbn is not
documented as re-entrant.

The Japanese romaji lists of `@zxcvbn-ts/language-ja` (see `resources/wordlists/README.md`) are
added with `zxcvbn.matching.add_frequency_lists()`, once, on first use.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from zxcvbn import feedback as zx_feedback
from zxcvbn import matching as zx_matching
from zxcvbn import scoring as zx_scoring
from zxcvbn import time_estimates as zx_time

from app.core.paths import resource_path

# zxcvbn only looks at this many characters. Every host we know caps passwords at 16-256
# characters and the policy asks for 16; scoring a prefix can only underrate a longer password.
SCORED_PREFIX = 64
# Upper bound on substitution tables tried, whichever way they were made (zxcvbn-ts uses 100).
L33T_SUB_LIMIT = 100
# l33t tables are enumerated exactly as zxcvbn does when the product of the candidate symbols
# per letter is at most this (every realistic password); otherwise a few tables are used.
L33T_FULL_ENUMERATION = 64
# Depth of the prefix index that ends hopeless dictionary scans early (about 3 MB for depth 4).
PREFIX_DEPTH = 4

# Japanese romaji word lists: file stem -> zxcvbn dictionary name (names starting with "ja_").
JA_WORDLISTS = {
    "ja_common_words": "ja_common_words",
    "ja_first_names": "ja_first_names",
    "ja_last_names": "ja_last_names",
    "ja_wikipedia": "ja_wikipedia",
}

# zxcvbn 4.5.0 treats 1900-2019 as "recent years" (its reference year is 2017), so `Sakura2025`
# looked stronger than `Sakura2019`. Years up to 2049 are treated as recent here.
RECENT_YEAR = re.compile(r"19\d\d|20[0-4]\d")

_lock = threading.Lock()
_static: _Dictionaries | None = None


@dataclass(frozen=True)
class Strength:
    """What zxcvbn found, in zxcvbn's own (English) words; the policy module translates them."""

    score: int
    guesses_log10: float
    warning: str
    suggestions: tuple[str, ...]
    # Dictionary the longest matched token came from ("" if none), e.g. "ja_last_names".
    longest_dictionary: str
    # How many characters zxcvbn actually looked at, and whether the l33t matcher was capped.
    scored_length: int
    l33t_capped: bool


@dataclass(frozen=True)
class _Dictionaries:
    ranked: dict[str, dict[str, int]]
    all_words: frozenset[str]
    # Every prefix of up to PREFIX_DEPTH characters of every word: a substring whose first
    # characters are not in here cannot start any word, so the scan from that position stops.
    prefixes: frozenset[str]
    max_word_length: int


def load_dictionaries() -> None:
    """Load the Japanese word lists into zxcvbn now (otherwise the first `estimate()` does)."""
    with _lock:
        _dictionaries()


def estimate(password: str, user_inputs: Iterable[str] = ()) -> Strength:
    """zxcvbn's estimate for `password` with `user_inputs` as extra dictionary words.

    Never raises for any string; an empty password scores 0. Thread-safe.
    """
    scored = password[:SCORED_PREFIX]
    if not scored:
        return Strength(0, 0.0, "", (), "", 0, False)
    inputs = [str(word).lower() for word in user_inputs]
    with _lock:
        static = _dictionaries()
        ranked = dict(static.ranked)
        ranked["user_inputs"] = zx_matching.build_ranked_dict(inputs)
        longest_input = max((len(word) for word in inputs), default=0)
        ctx = _Context(
            ranked=ranked,
            words=(static.all_words, frozenset(inputs)),
            prefixes=(
                static.prefixes,
                frozenset(
                    word[:k] for word in inputs for k in range(1, min(len(word), PREFIX_DEPTH) + 1)
                ),
            ),
            max_word_length=max(static.max_word_length, longest_input),
        )
        matches = ctx.omnimatch(scored)
        result = zx_scoring.most_guessable_match_sequence(scored, matches)
        score = int(zx_time.estimate_attack_times(result["guesses"])["score"])
        sequence = result["sequence"]
        advice = zx_feedback.get_feedback(score, sequence)
    return Strength(
        score=score,
        guesses_log10=float(result["guesses_log10"]),
        warning=str(advice.get("warning") or ""),
        suggestions=tuple(str(s) for s in advice.get("suggestions") or ()),
        longest_dictionary=_longest_dictionary(sequence),
        scored_length=len(scored),
        l33t_capped=ctx.l33t_capped,
    )


def _longest_dictionary(sequence: Sequence[dict[str, Any]]) -> str:
    """The dictionary of the longest token, chosen the way zxcvbn's feedback chooses it."""
    if not sequence:
        return ""
    longest = sequence[0]
    for match in sequence[1:]:
        if len(match["token"]) > len(longest["token"]):
            longest = match
    return str(longest.get("dictionary_name", "")) if longest["pattern"] == "dictionary" else ""


def _dictionaries() -> _Dictionaries:
    """zxcvbn's ranked dictionaries plus the Japanese lists; built once (caller holds `_lock`)."""
    global _static
    if _static is None:
        lists = {name: read_wordlist(stem) for stem, name in JA_WORDLISTS.items()}
        zx_matching.add_frequency_lists({k: v for k, v in lists.items() if v})
        ranked = {
            name: words
            for name, words in zx_matching.RANKED_DICTIONARIES.items()
            if name != "user_inputs"  # left behind by a direct zxcvbn() call; never shared
        }
        all_words = frozenset(word for words in ranked.values() for word in words)
        prefixes = frozenset(
            word[:k] for word in all_words for k in range(1, min(len(word), PREFIX_DEPTH) + 1)
        )
        _static = _Dictionaries(
            ranked=ranked,
            all_words=all_words,
            prefixes=prefixes,
            max_word_length=max((len(word) for word in all_words), default=0),
        )
    return _static


def read_wordlist(stem: str) -> list[str]:
    """Words of `resources/wordlists/<stem>.txt` in rank order, cleaned for zxcvbn.

    The upstream name list writes ん before a vowel as `ken'ichi`; people type `kenichi`, so the
    apostrophe is dropped. Entries that are not plain ASCII letters/digits (a handful of data
    errors such as `hazama違`) cannot match an ASCII password and are skipped.
    """
    try:
        text = resource_path("wordlists", f"{stem}.txt").read_text(encoding="utf-8")
    except OSError:
        return []  # a missing list weakens the estimate but must not break the checker
    words: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines():
        word = line.strip().lower().replace("'", "")
        if not word or not word.isascii() or not word.isalnum() or word in seen:
            continue
        seen.add(word)
        words.append(word)
    return words


Match = dict[str, Any]


class _Context:
    """One estimate's matchers, mirroring `zxcvbn.matching` 4.5.0 with bounded work."""

    def __init__(
        self,
        ranked: dict[str, dict[str, int]],
        words: tuple[frozenset[str], frozenset[str]],
        prefixes: tuple[frozenset[str], frozenset[str]],
        max_word_length: int,
    ) -> None:
        self.static_prefixes, self.input_prefixes = prefixes
        self.ranked = ranked
        # Every dictionary word, and the caller's context words, for a quick "in no dictionary".
        self.static_words, self.input_words = words
        self.max_word_length = max_word_length
        self.l33t_capped = False

    def omnimatch(self, password: str) -> list[Match]:
        matchers: list[Callable[[str], list[Match]]] = [
            self.dictionary_match,
            self.reverse_dictionary_match,
            self.l33t_match,
            self.spatial_match,
            self.repeat_match,
            self.sequence_match,
            self.regex_match,
            self.date_match,
        ]
        matches: list[Match] = []
        for matcher in matchers:
            matches.extend(matcher(password))
        return sorted(matches, key=lambda m: (m["i"], m["j"]))

    def dictionary_match(self, password: str) -> list[Match]:
        # Same matches, in the same order, as zxcvbn.matching.dictionary_match, with far fewer
        # look-ups: no word is longer than max_word_length; a scan stops as soon as its first
        # PREFIX_DEPTH characters start no word; one set look-up rejects non-words.
        length = len(password)
        lower = password.lower()
        span = self.max_word_length
        static_prefixes, input_prefixes = self.static_prefixes, self.input_prefixes
        hits: list[tuple[int, int, str]] = []
        for i in range(length):
            for j in range(i, min(length, i + span)):
                word = lower[i : j + 1]
                if (
                    j - i < PREFIX_DEPTH
                    and word not in static_prefixes
                    and word not in input_prefixes
                ):
                    break
                if word in self.static_words or word in self.input_words:
                    hits.append((i, j, word))
        matches: list[Match] = []
        for dictionary_name, ranked_dict in self.ranked.items():
            for i, j, word in hits:
                rank = ranked_dict.get(word)
                if rank is not None:
                    matches.append(
                        {
                            "pattern": "dictionary",
                            "i": i,
                            "j": j,
                            "token": password[i : j + 1],
                            "matched_word": word,
                            "rank": rank,
                            "dictionary_name": dictionary_name,
                            "reversed": False,
                            "l33t": False,
                        }
                    )
        return sorted(matches, key=lambda m: (m["i"], m["j"]))

    def reverse_dictionary_match(self, password: str) -> list[Match]:
        reversed_password = password[::-1]
        matches = self.dictionary_match(reversed_password)
        last = len(password) - 1
        for match in matches:
            match["token"] = match["token"][::-1]
            match["reversed"] = True
            match["i"], match["j"] = last - match["j"], last - match["i"]
        return sorted(matches, key=lambda m: (m["i"], m["j"]))

    def l33t_match(self, password: str) -> list[Match]:
        subtable = zx_matching.relevant_l33t_subtable(password, zx_matching.L33T_TABLE)
        if math.prod(len(chars) for chars in subtable.values()) <= L33T_FULL_ENUMERATION:
            # Ordinary passwords (a few substitutions): exactly zxcvbn's tables.
            subs = zx_matching.enumerate_l33t_subs(subtable)
        else:
            # Symbol-heavy input: zxcvbn would build up to 736 tables (10 ms just to list them)
            # and run a dictionary pass for each; a few readings of the symbols are enough.
            self.l33t_capped = True
            subs = _few_l33t_subs(subtable)
        if len(subs) > L33T_SUB_LIMIT:
            self.l33t_capped = True
            subs = subs[:L33T_SUB_LIMIT]
        matches: list[Match] = []
        seen: set[tuple[int, int, str, str]] = set()
        for sub in subs:
            if not sub:
                break
            subbed = zx_matching.translate(password, sub)
            for match in self.dictionary_match(subbed):
                token = password[match["i"] : match["j"] + 1]
                if token.lower() == match["matched_word"]:
                    continue  # only matches that contain an actual substitution
                # Different tables often find the same word at the same place; scoring it twice
                # changes nothing (same token, same substitutions) but costs time.
                key = (match["i"], match["j"], match["dictionary_name"], match["matched_word"])
                if key in seen:
                    continue
                seen.add(key)
                match_sub = {k: v for k, v in sub.items() if k in token}
                match["l33t"] = True
                match["token"] = token
                match["sub"] = match_sub
                match["sub_display"] = ", ".join(f"{k} -> {v}" for k, v in match_sub.items())
                matches.append(match)
        matches = [m for m in matches if len(m["token"]) > 1]
        return sorted(matches, key=lambda m: (m["i"], m["j"]))

    def spatial_match(self, password: str) -> list[Match]:
        result: list[Match] = zx_matching.spatial_match(password, _ranked_dictionaries=self.ranked)
        return result

    def repeat_match(self, password: str) -> list[Match]:
        # zxcvbn.matching.repeat_match, except that the repeated unit is analysed with this
        # bounded omnimatch (and these dictionaries) instead of the global one.
        matches: list[Match] = []
        last_index = 0
        while last_index < len(password):
            greedy_match = _GREEDY.search(password, pos=last_index)
            lazy_match = _LAZY.search(password, pos=last_index)
            if not greedy_match or not lazy_match:
                break
            if len(greedy_match.group(0)) > len(lazy_match.group(0)):
                match = greedy_match
                anchored = _LAZY_ANCHORED.search(match.group(0))
                base_token = anchored.group(1) if anchored else match.group(1)
            else:
                match = lazy_match
                base_token = match.group(1)
            i, j = match.span()[0], match.span()[1] - 1
            base_analysis = zx_scoring.most_guessable_match_sequence(
                base_token, self.omnimatch(base_token)
            )
            matches.append(
                {
                    "pattern": "repeat",
                    "i": i,
                    "j": j,
                    "token": match.group(0),
                    "base_token": base_token,
                    "base_guesses": base_analysis["guesses"],
                    "base_matches": base_analysis["sequence"],
                    "repeat_count": len(match.group(0)) / len(base_token),
                }
            )
            last_index = j + 1
        return matches

    def sequence_match(self, password: str) -> list[Match]:
        result: list[Match] = zx_matching.sequence_match(password, _ranked_dictionaries=self.ranked)
        return result

    def regex_match(self, password: str) -> list[Match]:
        result: list[Match] = zx_matching.regex_match(
            password, _regexen={"recent_year": RECENT_YEAR}, _ranked_dictionaries=self.ranked
        )
        return result

    def date_match(self, password: str) -> list[Match]:
        result: list[Match] = zx_matching.date_match(password, _ranked_dictionaries=self.ranked)
        return result


def _few_l33t_subs(subtable: dict[str, list[str]]) -> list[dict[str, str]]:
    """A handful of substitution tables covering every l33t character present at least once.

    Table k maps each letter's k-th candidate symbol (cyclically) to the letter; a second round
    with the letters in reverse order gives ambiguous symbols (`1`, `|`, `7`) their other reading.
    """
    rounds = max((len(chars) for chars in subtable.values()), default=0)
    subs: list[dict[str, str]] = []
    for letters in (list(subtable), list(reversed(subtable))):
        for k in range(rounds):
            sub: dict[str, str] = {}
            for letter in letters:
                chars = subtable[letter]
                symbol = chars[k % len(chars)]
                sub.setdefault(symbol, letter)
            if sub and sub not in subs:
                subs.append(sub)
    return subs


_GREEDY = re.compile(r"(.+)\1+")
_LAZY = re.compile(r"(.+?)\1+")
_LAZY_ANCHORED = re.compile(r"^(.+?)\1+$")
