"""表紙: title, company, creation time (ISO 8601, +09:00), app version, 取扱注意, scorecard."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from app import __version__
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.report.context import ReportContext
from app.core.report.flowables import gap, heading, kv_table, scorecard
from app.core.report.fonts import FONT_REGULAR
from app.core.report.sections.scorecard import score_items
from app.core.report.styles import CONFIDENTIAL

TITLE = QT_TRANSLATE_NOOP("report", "Incident report: unauthorised use of the mail server")
TITLE_LINE_1 = QT_TRANSLATE_NOOP("report", "Unauthorised use of the mail server")
TITLE_LINE_2 = QT_TRANSLATE_NOOP("report", "Incident report")
SUBTITLE = QT_TRANSLATE_NOOP("report", "For consultation with a security vendor or adviser")
CONFIDENTIAL_MARK = QT_TRANSLATE_NOOP("report", "Confidential")
COMPANY = QT_TRANSLATE_NOOP("report", "Company")
DOMAIN = QT_TRANSLATE_NOOP("report", "Domain")
REPORTER = QT_TRANSLATE_NOOP("report", "Reported by")
RECIPIENT = QT_TRANSLATE_NOOP("report", "Submitted to")
CREATED = QT_TRANSLATE_NOOP("report", "Created")
TOOL = QT_TRANSLATE_NOOP("report", "Created with")
TOOL_VALUE = QT_TRANSLATE_NOOP("report", "Mail Mamori {version}")
CASE_ID = QT_TRANSLATE_NOOP("report", "Case ID")
TIMES = QT_TRANSLATE_NOOP("report", "Times")
TIMES_VALUE = QT_TRANSLATE_NOOP(
    "report", "All times in this report are Japan Standard Time (JST, UTC+09:00)."
)
AT_A_GLANCE = QT_TRANSLATE_NOOP("report", "Results at a glance")
NOT_CHECKED_MEANS = QT_TRANSLATE_NOOP(
    "report",
    "“Not checked yet” means that the check has not been made in this app; “Could not be "
    "checked” means that it was tried but got no answer (a blacklist or a DNS server did not "
    "reply). Neither means that there is no problem.",
)
CONFIDENTIAL_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Confidential: this report contains information that must not leave the company, such as "
    "subjects of the spam the attacker sent and excerpts of server logs. Share it only with "
    "those you ask for help. It contains no passwords.",
)


def _join(*parts: str) -> str:
    return "  ".join(p.strip() for p in parts if p.strip())


# Honorifics a person's name may already carry as typed: 様 is not added a second time.
_HONORIFICS = ("様", "さま", "殿", "御中")


def _reporter(ctx: ReportContext, name: str, department: str) -> str:
    """Who reports: in Japanese the title or department before the name (「代表取締役 山田 太郎」),
    as on a business card; in English the name first."""
    if ctx.lang == "ja":
        return _join(department, name)
    return _join(name, department)


def _recipient(ctx: ReportContext, company: str, person: str) -> str:
    """Whom the report is for: in Japanese a person's name takes 「様」 (「株式会社セキュア相談室
    鈴木 一郎 様」) and a company or department addressed without one 「御中」, as on a
    business letter."""
    person, company = person.strip(), company.strip()
    if ctx.lang == "ja":
        if person and not person.endswith(_HONORIFICS):
            person += " 様"
        elif not person and company and not company.endswith(_HONORIFICS):
            company += " 御中"
    return _join(company, person)


def _badge(ctx: ReportContext) -> Table:
    badge = Table(
        [[ctx.para(CONFIDENTIAL_MARK, ctx.st.confidential)]],
        colWidths=[34 * mm],
        hAlign="RIGHT",
    )
    badge.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("BOX", (0, 0), (-1, -1), 1.4, CONFIDENTIAL),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return badge


def _created(ctx: ReportContext) -> Flowable:
    """The creation time for a reader, with the exact ISO 8601 form (asked for by vendors'
    records) on the line below."""
    return ctx.para_markup(
        ctx.markup(ctx.when(ctx.generated_at)) + "<br/>" + ctx.markup(ctx.iso(ctx.generated_at)),
        ctx.st.cell,
    )


def build(ctx: ReportContext) -> list[Flowable]:
    """The cover page's flowables (the page break after it is added by the builder)."""
    org = ctx.case.organisation
    vendor = ctx.case.report.vendor
    domain = org.domain.strip()
    if org.domain_ascii.strip() and org.domain_ascii.strip() != domain:
        domain = f"{domain} ({org.domain_ascii.strip()})" if domain else org.domain_ascii.strip()
    reporter = _reporter(ctx, org.contact.name, org.contact.department)
    recipient = _recipient(ctx, vendor.name, vendor.contact_person)
    rows = [
        (COMPANY, ctx.or_not_entered(org.company)),
        (DOMAIN, ctx.or_not_entered(domain)),
        (REPORTER, ctx.or_not_entered(reporter)),
        (RECIPIENT, ctx.or_not_entered(recipient)),
        (CREATED, _created(ctx)),
        (TOOL, TOOL_VALUE.with_args(version=__version__)),
        (CASE_ID, ctx.case.case_id),
        (TIMES, TIMES_VALUE),
    ]
    return [
        _badge(ctx),
        gap(14),
        ctx.para(TITLE_LINE_1, ctx.st.subtitle_large),
        ctx.para(TITLE_LINE_2, ctx.st.title),
        ctx.para(SUBTITLE, ctx.st.subtitle),
        gap(10),
        kv_table(ctx, rows, label_mm=32),
        gap(4),
        heading(ctx, "", AT_A_GLANCE, level=1),
        scorecard(ctx, score_items(ctx)),
        gap(2),
        ctx.para(NOT_CHECKED_MEANS, ctx.st.small),
        gap(6),
        ctx.para(CONFIDENTIAL_NOTE, ctx.st.note),
    ]
