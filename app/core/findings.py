"""Findings: what a check found, as a stable code plus the values of its message.

A `Finding` keeps only its code, the term and domain it is about and a few string arguments,
so it can be saved in the case file, printed as JSON and shown again in any language: `title`
and `message` build the translatable `Msg` from tables that each checking module registers
(`app.core.spf.codes`, `app.core.dmarc`, `app.core.dkim`). Codes are part of the JSON
contract: new ones may be added, existing ones are never renamed. A code this version does not
know (a case saved by a newer version) gets a generic title and message that show the code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, Msg, mark_record_text

_TITLES: dict[str, Msg] = {}
_ADVICE: dict[str, Msg] = {}
_HOOKS: list[Callable[[Finding, dict[str, object]], None]] = []

IN_INCLUDE = QT_TRANSLATE_NOOP(
    "spf",
    "This is in the record of {domain}, which your record uses through include or "
    "redirect: {problem} You cannot change that record yourself: ask that service, or remove "
    "the include if you no longer use it.",
)

# A code this version does not know: a case saved by a newer version of the app.
UNKNOWN_TITLE = QT_TRANSLATE_NOOP("findings", "Finding “{code}”")
UNKNOWN_ADVICE = QT_TRANSLATE_NOOP(
    "findings",
    "This finding (code “{code}”) was recorded by a newer version of Mail Mamori, which can "
    "explain it. Open the case in the newer version, or check again with this version.",
)


class Severity(StrEnum):
    """Errors break the mechanism for every message; warnings weaken it or risk breaking it."""

    ERROR = "error"
    WARNING = "warning"


def register(
    titles: dict[str, Msg],
    advice: dict[str, Msg],
    hook: Callable[[Finding, dict[str, object]], None] | None = None,
) -> None:
    """Add a module's codes: a short title and the advice (what to change) for each.
    `hook(finding, values)` may add computed placeholder values."""
    _TITLES.update(titles)
    _ADVICE.update(advice)
    if hook is not None:
        _HOOKS.append(hook)


@dataclass(frozen=True)
class Finding:
    """One problem found: a stable `code`, its severity, the term and the domain it is
    about, `in_include` when that is not the user's own record (an SPF record reached
    through include or redirect), and the values of the message's placeholders."""

    code: str
    severity: Severity
    term: str = ""
    domain: str = ""
    in_include: bool = False
    args: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> Msg:
        """A short headline, e.g. "There are 2 SPF records"."""
        _ensure_registered()
        title = _TITLES.get(self.code)
        if title is None:
            return UNKNOWN_TITLE.with_args(code=self.code)
        return title.with_args(**self._values())

    @property
    def message(self) -> Msg:
        """What is wrong and what to change, in plain language."""
        _ensure_registered()
        template = _ADVICE.get(self.code)
        if template is None:
            return UNKNOWN_ADVICE.with_args(code=self.code)
        advice = template.with_args(**self._values())
        if self.in_include:
            return IN_INCLUDE.with_args(**mark_record_text({"domain": self.domain}), problem=advice)
        return advice

    def _values(self) -> dict[str, object]:
        values: dict[str, object] = {"term": self.term, "domain": self.domain}
        values.update(self.args)
        for hook in _HOOKS:
            hook(self, values)
        return mark_record_text(values)

    def to_dict(self, lang: str | None = None) -> dict[str, object]:
        """JSON form: code, severity, term, domain, title and message in `lang`."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "term": self.term,
            "domain": self.domain,
            "in_include": self.in_include,
            "title": self.title.render(lang),
            "message": self.message.render(lang),
            "args": dict(self.args),
        }


def _ensure_registered() -> None:
    # A finding read back from a case file may be shown before any checking module was
    # imported; importing them registers their codes.
    import app.core.dkim
    import app.core.dmarc
    import app.core.spf.codes  # noqa: F401


# Findings that say a lookup failed, not that something is wrong: shown as "could not tell".
LOOKUP_FAILED_CODES = frozenset({"dns_error", "dkim_lookups_failed"})


def lookup_failed(finding: Finding) -> bool:
    """True for a finding that only says a DNS lookup failed (nothing is known there)."""
    return finding.code in LOOKUP_FAILED_CODES


def error(code: str, **fields: object) -> Finding:
    """An error finding (`fields`: term, domain, in_include, and message arguments)."""
    return _finding(code, Severity.ERROR, fields)


def warning(code: str, **fields: object) -> Finding:
    """A warning finding (`fields`: term, domain, in_include, and message arguments)."""
    return _finding(code, Severity.WARNING, fields)


def _finding(code: str, severity: Severity, fields: dict[str, object]) -> Finding:
    if code not in _TITLES:
        _ensure_registered()
    if code not in _TITLES:
        raise ValueError(f"unknown finding code {code!r}")
    term = str(fields.pop("term", ""))
    domain = str(fields.pop("domain", ""))
    in_include = bool(fields.pop("in_include", False))
    return Finding(code, severity, term, domain, in_include, {k: str(v) for k, v in fields.items()})
