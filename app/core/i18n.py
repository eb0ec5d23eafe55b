"""Translatable messages for code that must not import Qt.

Core modules describe what they found with `Msg` objects built through `QT_TRANSLATE_NOOP`,
a marker that Qt's `lupdate` recognises, so every message lands in the same Linguist `.ts`
files as the UI's `tr()` strings. The UI translates a `Msg` with `QCoreApplication.translate`;
the command line and the PDF report, which run without Qt, read the same `.ts` catalogue here.

    TOO_MANY = QT_TRANSLATE_NOOP("spf", "{count} DNS lookups: the limit is 10.")
    problem = TOO_MANY.with_args(count=11)
    problem.render("ja")
"""

from __future__ import annotations

import re
import string
import threading
from dataclasses import dataclass, field
from typing import Any

from app.core.paths import i18n_path

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"

_language = DEFAULT_LANGUAGE
_catalogs: dict[str, dict[tuple[str, str], str]] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class Msg:
    """A message in English source form plus the values to fill into its `{placeholders}`."""

    context: str
    source: str
    args: tuple[tuple[str, Any], ...] = field(default=())

    def with_args(self, **kwargs: Any) -> Msg:
        """The same message with placeholder values (merged over any already set)."""
        merged = dict(self.args)
        merged.update(kwargs)
        return Msg(self.context, self.source, tuple(sorted(merged.items())))

    def render(self, lang: str | None = None) -> str:
        """The message in `lang` (default: the process language), placeholders filled in."""
        lang = lang or _language
        template = translate(self.context, self.source, lang)
        values = {k: (v.render(lang) if isinstance(v, Msg) else v) for k, v in self.args}
        template = snug_names(
            template, {k: values[k] for k, v in self.args if isinstance(v, DataText)}
        )
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message: use the source.
            try:
                return self.source.format(**values)
            except (KeyError, IndexError, ValueError):
                return self.source

    def pieces(self, lang: str | None = None) -> list[tuple[str, bool]]:
        """`render(lang)` as runs of (text, is record text): a run is record text where a
        `Code` value was filled in, also inside a message filled into this one. The runs
        always join to exactly `render(lang)`; the PDF prints record text in its own font."""
        lang = lang or _language
        rendered = self.render(lang)
        template = translate(self.context, self.source, lang)
        values = dict(self.args)
        template = snug_names(
            template, {k: v.render(lang) for k, v in self.args if isinstance(v, DataText)}
        )
        formatter = string.Formatter()
        runs: list[tuple[str, bool]] = []
        try:
            for literal, name, spec, conversion in formatter.parse(template):
                if literal:
                    runs.append((literal, False))
                if name is None:
                    continue
                value, _ = formatter.get_field(name, (), values)
                if isinstance(value, Msg) and not spec and not conversion:
                    runs += value.pieces(lang)
                    continue
                if isinstance(value, Msg):
                    value = value.render(lang)
                code = isinstance(value, Code)
                value = formatter.convert_field(value, conversion)
                runs.append((format(value, spec or ""), code))
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return [(rendered, False)]
        # A broken translation renders from the source (see `render`): then no runs at all.
        if "".join(text for text, _ in runs) != rendered:
            return [(rendered, False)]
        return runs

    def __str__(self) -> str:
        return self.render()


class Code(str):
    """A placeholder value that is a piece of a DNS record (a term such as
    `include:_spf.google.com`, a record, a DNS name). It fills in as the plain string
    everywhere; `Msg.pieces` says where it is, so that the PDF prints it in the records'
    fixed-width font, in which `_` and `~` read as they must."""

    __slots__ = ()


# Placeholders of the SPF and DMARC messages whose values are record text (see `Code`).
RECORD_TEXT_KEYS = frozenset(
    {
        "term",
        "terms",
        "target",
        "targets",
        "names",
        "name",
        "domain",
        "text",
        "path",
        "uri",
        "report_domain",
        "tag",
        "allowed",
        "auth_name",
        "old",
        "new",
        "addresses",
    }
)


def mark_record_text(values: dict[str, Any]) -> dict[str, Any]:
    """`values` with the plain strings of `RECORD_TEXT_KEYS` marked as `Code`."""
    return {
        k: Code(v) if k in RECORD_TEXT_KEYS and type(v) is str and v else v
        for k, v in values.items()
    }


@dataclass(frozen=True)
class DataText(Msg):
    """A text from the data files (a provider's name, where a value comes from) in English
    (`source`) and Japanese: not in the `.ts` catalogue, yet in the language it is shown
    in. Stored results keep the ids it is made from, not its text, so that a note written
    while the app spoke Japanese reads in English in the English window and report."""

    ja: str = ""

    def render(self, lang: str | None = None) -> str:
        """The text in `lang` (default: the process language); English when no Japanese."""
        lang = lang or _language
        return self.ja if lang == "ja" and self.ja else self.source

    def pieces(self, lang: str | None = None) -> list[tuple[str, bool]]:
        """The text as one run that is not record text."""
        return [(self.render(lang), False)]


_JA_LETTERS = "\u3040-\u30ff\u4e00-\u9fff"  # kana and kanji, not punctuation


def snug_names(template: str, names: dict[str, str]) -> str:
    """`template` without the space between a placeholder and the Japanese word next to it
    where the name filled in (`names`: placeholder -> text) is Japanese on that side.

    Translations space every placeholder for the Latin names most of them get
    (「Google Workspace では」); a Japanese name from the data files (a provider, a service)
    then read 「エックスサーバー では」, a space the owner takes for a typing mistake."""
    for key, name in names.items():
        if not name:
            continue
        placeholder = re.escape("{" + key + "}")
        if re.match(f"[{_JA_LETTERS}]", name[-1]):
            template = re.sub(f"({placeholder}) (?=[{_JA_LETTERS}])", r"\1", template)
        if re.match(f"[{_JA_LETTERS}]", name[0]):
            template = re.sub(f"(?<=[{_JA_LETTERS}]) ({placeholder})", r"\1", template)
    return template


def QT_TRANSLATE_NOOP(context: str, source: str) -> Msg:  # named as lupdate expects
    """Mark `source` for translation in `context` and return it as a `Msg`."""
    return Msg(context, source)


# Japanese sentences end in full-width punctuation and follow each other without a space; a
# half-width space after 「。」 reads as a typing mistake. English sentences keep their space.
_CLOSES_WITHOUT_SPACE = "。．！？」』）"


def join_sentences(*parts: str) -> str:
    """Sentences (or short paragraphs) as one text: separated by a space, except after a
    sentence that ends in Japanese punctuation (「…してください。この…」). Empty parts are
    left out, so optional sentences can be passed as ""."""
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if text and not text.endswith(tuple(_CLOSES_WITHOUT_SPACE)):
            text += " "
        text += part
    return text


def set_language(lang: str) -> None:
    """Set the language `Msg.render()` uses when none is given (the CLI's `--lang`)."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    _language = lang


def current_language() -> str:
    """The language `Msg.render()` uses when none is given."""
    return _language


def translate(context: str, source: str, lang: str | None = None) -> str:
    """Translation of `source` from the `.ts` catalogue, or `source` itself if there is none."""
    lang = lang or _language
    if lang == "en":
        return source
    catalog = _catalog(lang)
    return catalog.get((context, source)) or source


def _catalog(lang: str) -> dict[tuple[str, str], str]:
    with _lock:
        cached = _catalogs.get(lang)
        if cached is None:
            cached = _load_ts(i18n_path(f"mail_mamori_{lang}.ts"))
            _catalogs[lang] = cached
        return cached


def _load_ts(path: Any) -> dict[tuple[str, str], str]:
    """Finished, non-plural translations of a Qt Linguist file keyed by (context, source)."""
    import xml.etree.ElementTree as ET  # only the CLI and the PDF read the .ts files

    entries: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return entries
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                continue
            text = translation.text or ""
            if text:
                entries[(name, source)] = text
    return entries
