"""What every section needs while it is built: the case, the language, safe text and styles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle

from app.core.case import Case
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST
from app.core.report.fonts import FONT_MONO
from app.core.report.linebreak import JaParagraph
from app.core.report.record_text import font_runs, record_runs
from app.core.report.safe_text import SafeText
from app.core.report.styles import Styles, styles

DATE_TIME = QT_TRANSLATE_NOOP(
    "report", "{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d} (JST)"
)
DATE_ONLY = QT_TRANSLATE_NOOP("report", "{year}-{month:02d}-{day:02d}")
NOT_ENTERED = QT_TRANSLATE_NOOP("report", "Not entered")


@dataclass(frozen=True)
class Rich:
    """A text that names SPF or DMARC record text (terms, records, DNS names): printed with
    that text in the records' fixed-width font (see record_text.py), the rest as usual.
    `parts` are joined: strings (a `Code` one is record text) and messages."""

    parts: tuple[str | Msg, ...]

    def __init__(self, *parts: str | Msg) -> None:
        object.__setattr__(self, "parts", parts)


Text = str | Msg | Rich


@dataclass
class ReportContext:
    """Shared state of one report build."""

    case: Case
    lang: str
    generated_at: datetime
    safe: SafeText = field(default_factory=SafeText)
    st: Styles = field(default_factory=styles)

    def tr(self, text: Text) -> str:
        """Plain text of a message in the report language (strings pass through)."""
        if isinstance(text, Rich):
            return "".join(self.tr(part) for part in text.parts)
        return text.render(self.lang) if isinstance(text, Msg) else text

    def markup(self, text: Text, *, multiline: bool = True) -> str:
        """Escaped paragraph markup for any text, user-written or not."""
        if isinstance(text, Rich):
            return self.safe.markup_runs(self.font_runs(text), multiline=multiline)
        return self.safe.markup(self.tr(text), multiline=multiline)

    def font_runs(self, text: Rich) -> list[tuple[str, str | None]]:
        """The text of `text` as (text, font name or None for the paragraph's font)."""
        return font_runs(record_runs(text.parts, self.lang), FONT_MONO)

    def para(self, text: Text, style: ParagraphStyle | None = None) -> JaParagraph:
        """A paragraph showing `text` verbatim (escaped, uncovered characters replaced)."""
        return JaParagraph(self.markup(text), style or self.st.body)

    def para_markup(self, markup: str, style: ParagraphStyle | None = None) -> JaParagraph:
        """A paragraph from markup the caller built from `markup()` pieces only."""
        return JaParagraph(markup, style or self.st.body)

    def or_not_entered(self, value: str) -> Text:
        """`value`, or 未入力 when it is blank."""
        return value if value.strip() else NOT_ENTERED

    def when(self, moment: datetime) -> str:
        """A date and time for prose: 2026年11月16日 09:40 (JST)."""
        local = moment.astimezone(JST)
        return DATE_TIME.with_args(
            year=local.year,
            month=local.month,
            day=local.day,
            hour=local.hour,
            minute=local.minute,
        ).render(self.lang)

    def day(self, moment: datetime) -> str:
        """A date for prose: 2026年11月16日."""
        local = moment.astimezone(JST)
        return DATE_ONLY.with_args(year=local.year, month=local.month, day=local.day).render(
            self.lang
        )

    @staticmethod
    def short(moment: datetime) -> str:
        """A date and time for table cells: 2026-11-16 09:40 (JST implied by the column)."""
        return moment.astimezone(JST).strftime("%Y-%m-%d %H:%M")

    @staticmethod
    def iso(moment: datetime) -> str:
        """ISO 8601 in JST with its offset: 2026-11-18T17:30:00+09:00."""
        return moment.astimezone(JST).isoformat(timespec="seconds")
