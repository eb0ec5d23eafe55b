"""`build_report`: the Japanese incident report as a PDF, from a case.

The report reads the case only; it never writes to it. Output is deterministic: the same case,
`generated_at` and language give byte-identical PDFs (reportlab's invariant mode, and the
PDF creation date is `generated_at`).
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, SimpleDocTemplate

from app import __version__
from app.core.atomic import write_atomically
from app.core.case import Case
from app.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST
from app.core.report.context import ReportContext
from app.core.report.flowables import Heading, KeepTogetherIfPossible, keep_together, note_box
from app.core.report.fonts import FONT_REGULAR, register_fonts
from app.core.report.numbered_canvas import make_canvas_class
from app.core.report.safe_text import code_label, describe
from app.core.report.sections import (
    accounts,
    blacklist,
    cover,
    evidence,
    glossary,
    overview,
    privacy,
    requests,
    sender_auth,
    system,
    timeline,
)
from app.core.report.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
)

# The body in reading order (the cover is built last: see build_report).
SECTIONS: list[Callable[[ReportContext], list[Flowable]]] = [
    overview.build,  # 1 概要, 2 発覚の経緯
    timeline.build,  # 3 時系列・初動対応
    system.build,  # 4 対象システム, 5 不正利用されたアカウント, 6 送信量
    blacklist.build,  # 7 ブラックリスト掲載状況
    accounts.build,  # 8 パスワード・アカウント監査
    sender_auth.build,  # 9 送信ドメイン認証
    evidence.build,  # 10 実施済み対応・証拠保全
    privacy.build,  # 11 個人情報への影響
    requests.build,  # 12 未解決事項・ベンダーへの質問, 13 連絡先・依頼内容
    glossary.build,  # 用語集
]

SUBJECT = QT_TRANSLATE_NOOP("report", "Unauthorised use of mail accounts of {domain} and spam sent")
SUBJECT_NO_DOMAIN = QT_TRANSLATE_NOOP("report", "Unauthorised use of mail accounts and spam sent")
CONFIDENTIAL_FOOTER = QT_TRANSLATE_NOOP("report", "Confidential")
HEADER_RIGHT = QT_TRANSLATE_NOOP("report", "Created {date}")
MISSING_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Some characters cannot be printed with the report's font and are shown as their Unicode "
    "code instead: {codes}.",
)
MISSING_WARNING = QT_TRANSLATE_NOOP(
    "report",
    "{count} characters cannot be printed with the report's font and are shown as their "
    "Unicode code (for example {example}).",
)
MISSING_CODES_LIMIT = 20


@dataclass(frozen=True)
class ReportInfo:
    """What `build_report` produced."""

    pages: int
    page_size: tuple[float, float]  # points (A4: 595.3 x 841.9)
    size_bytes: int
    generated_at: datetime
    lang: str
    seconds: float  # build time, fonts already registered
    warnings: tuple[Msg, ...]
    missing_characters: tuple[str, ...]  # characters replaced by [U+XXXX], in code-point order


class _ReportDocument(SimpleDocTemplate):  # type: ignore[misc]
    """Adds every Heading to the PDF outline so the vendor can jump between sections."""

    _outline_level: int = -1

    def afterFlowable(self, flowable: Any) -> None:
        """Bookmark each heading where it was drawn."""
        if isinstance(flowable, Heading) and flowable.outline_title:
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            level = min(flowable.outline_level, self._outline_level + 1)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=True)
            self._outline_level = level

    def handle_documentBegin(self) -> None:
        """Reset the outline nesting at the start of a build."""
        self._outline_level = -1
        super().handle_documentBegin()


_build_lock = threading.Lock()


def build_report(
    case: Case,
    path_or_stream: Path | str | IO[bytes],
    *,
    generated_at: datetime | None = None,
    lang: str = "ja",
) -> ReportInfo:
    """Write the incident report for `case` as a PDF to a path (atomically) or a binary stream.

    `generated_at` is the creation time printed on the cover and stored in the PDF (default: now,
    JST); fix it to get byte-identical output. `lang` is "ja" (default) or "en".
    Raises OSError if the file cannot be written.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    register_fonts()
    started = time.perf_counter()
    created = (generated_at or datetime.now(JST)).astimezone(JST).replace(microsecond=0)
    ctx = ReportContext(case=case, lang=lang, generated_at=created)

    body: list[Flowable] = []
    for section in SECTIONS:
        body.extend(section(ctx))
    # Built after the body so that the note about replaced characters can list them all.
    front = cover.build(ctx)
    missing = ctx.safe.missing_characters()
    if missing:
        codes = " ".join(code_label(c) for c in missing[:MISSING_CODES_LIMIT])
        if len(missing) > MISSING_CODES_LIMIT:
            codes += " …"
        front.append(note_box(ctx, [ctx.para(MISSING_NOTE.with_args(codes=codes), ctx.st.note)]))

    org = case.organisation
    company = ctx.safe.clean(org.company.strip())
    header_right = ctx.tr(HEADER_RIGHT.with_args(date=ctx.short(created)))
    canvas_class = make_canvas_class(company, ctx.tr(CONFIDENTIAL_FOOTER), header_right, created)
    domain = org.domain.strip() or org.domain_ascii.strip()
    subject = SUBJECT.with_args(domain=domain) if domain else SUBJECT_NO_DOMAIN
    author = "  ".join(p for p in (org.company.strip(), org.contact.name.strip()) if p)

    buffer = io.BytesIO()
    doc = _ReportDocument(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM + 4 * mm,
        # Metadata goes through the same cleaning: a lone surrogate would crash the PDF writer.
        title=ctx.safe.clean(ctx.tr(cover.TITLE)),
        author=ctx.safe.clean(author) or "Mail Mamori",
        subject=ctx.safe.clean(ctx.tr(subject)),
        creator=f"Mail Mamori {__version__}",
        lang="ja-JP" if lang == "ja" else "en",
        invariant=1,
        # Used for headings' keepWithNext: a heading followed by a table longer than a page
        # should not push the table to a new page.
        keepTogetherClass=KeepTogetherIfPossible,
        initialFontName=FONT_REGULAR,
        initialFontSize=9.5,
        initialLeading=16,
    )
    holder: dict[str, Any] = {}

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        holder["canvas"] = canvas_class(*args, **kwargs)
        return holder["canvas"]

    story = _glue_headings([*front, PageBreak(), *body])
    # reportlab keeps some per-build state in module globals (e.g. the paragraph parser).
    with _build_lock:
        doc.build(story, canvasmaker=make_canvas)
    data = buffer.getvalue()
    seconds = time.perf_counter() - started

    if isinstance(path_or_stream, (str, Path)):
        write_atomically(Path(path_or_stream), data)
    else:
        path_or_stream.write(data)

    warnings: list[Msg] = []
    if missing:
        warnings.append(MISSING_WARNING.with_args(count=len(missing), example=describe(missing[0])))
    return ReportInfo(
        pages=int(holder["canvas"].page_count),
        page_size=(float(PAGE_SIZE[0]), float(PAGE_SIZE[1])),
        size_bytes=len(data),
        generated_at=created,
        lang=lang,
        seconds=seconds,
        warnings=tuple(warnings),
        missing_characters=tuple(missing),
    )


def _glue_headings(story: list[Flowable]) -> list[Flowable]:
    """Keep headings on the same page as the block that follows them.

    reportlab's keepWithNext does not join a heading with a following KeepTogether (note boxes,
    evidence blocks), which left headings alone at the bottom of a page.
    """
    result: list[Flowable] = []
    pending: list[Flowable] = []
    for index, flowable in enumerate(story):
        if isinstance(flowable, Heading):
            pending.append(flowable)
            continue
        introduces = pending and index + 1 < len(story) and isinstance(story[index + 1], Heading)
        if introduces and isinstance(flowable, KeepTogether):
            # A section's heading and its introduction (9.'s box on what SPF, DKIM and DMARC
            # do) followed by the first sub-heading: alone at the bottom of a page they read
            # as a section with nothing in it, so they wait for 9.1 and its first block.
            pending.append(flowable)
            continue
        if pending and isinstance(flowable, KeepTogether):
            whole = not getattr(flowable, "split_long_table", False)
            result.append(keep_together([*pending, flowable], whole=whole))
        elif any(not isinstance(item, Heading) for item in pending):
            # (A heading's keepWithNext cannot hold a KeepTogether before it to the block.)
            result.append(keep_together([*pending, flowable], whole=False))
        else:
            result.extend(pending)
            result.append(flowable)
        pending = []
    result.extend(pending)
    return result
