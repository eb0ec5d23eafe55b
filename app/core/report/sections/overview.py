"""1 概要 (what, when, status in three lines) and 2 発覚の経緯 (how it was found)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.case import HowNoticed
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import read_count
from app.core.report.context import NOT_ENTERED, ReportContext, Text
from app.core.report.flowables import gap, heading, kv_table, no_data

OVERVIEW = QT_TRANSLATE_NOOP("report", "Summary")
WHAT = QT_TRANSLATE_NOOP("report", "What happened")
WHEN = QT_TRANSLATE_NOOP("report", "When")
STATUS = QT_TRANSLATE_NOOP("report", "Current status")
# The volume follows a colon, not in parentheses: it carries its own "(estimate)" and read
# 「(約 320,000 通 (推定))」.
WHAT_ACCOUNTS = QT_TRANSLATE_NOOP(
    "report",
    "The mail account {accounts} was used by a third party to send spam. Volume: {volume}.",
)
WHAT_NO_ACCOUNT = QT_TRANSLATE_NOOP(
    "report",
    "The mail server appears to have been used to send spam; the account used has not been "
    "identified yet. Volume: {volume}.",
)
VOLUME_COUNTED = QT_TRANSLATE_NOOP("report", "{count} messages, counted from the logs")
VOLUME_ESTIMATED = QT_TRANSLATE_NOOP("report", "about {count} messages (estimate)")
VOLUME_UNKNOWN = QT_TRANSLATE_NOOP("report", "number of messages unknown")
VOLUME_AT_LEAST = QT_TRANSLATE_NOOP("report", "at least {count} messages (estimate)")
VOLUME_WORDING = QT_TRANSLATE_NOOP("report", "{volume}; the owner wrote “{wording}”")
WHEN_BOTH = QT_TRANSLATE_NOOP("report", "Sending began around {start}; noticed on {noticed}.")
# An empty start field is "not entered", not "not known": the owner may have written the
# start in the timeline (section 3) and only left page 5's field empty, and "unknown" then
# contradicted the table below it.
WHEN_NOTICED = QT_TRANSLATE_NOOP(
    "report", "Noticed on {noticed}; when the sending began has not been entered."
)
WHEN_NOTICED_TIMELINE = QT_TRANSLATE_NOOP(
    "report",
    "Noticed on {noticed}; when the sending began has not been entered (see the timeline in 3.).",
)
WHEN_START = QT_TRANSLATE_NOOP(
    "report", "Sending began around {start}; when it was noticed has not been entered."
)

DISCOVERY = QT_TRANSLATE_NOOP("report", "How it was discovered")
NOTICED_AT = QT_TRANSLATE_NOOP("report", "Noticed on")
TRIGGER = QT_TRANSLATE_NOOP("report", "What made us notice")
NO_DISCOVERY = QT_TRANSLATE_NOOP(
    "report", "How the incident was discovered has not been entered yet."
)

HOW_NOTICED: dict[HowNoticed, Msg] = {
    HowNoticed.LOGIN_FAILED: QT_TRANSLATE_NOOP(
        "report", "Logging in (FTP or control panel) suddenly failed"
    ),
    HowNoticed.BOUNCES: QT_TRANSLATE_NOOP("report", "Many “undeliverable” mails came back"),
    HowNoticed.MAIL_NOT_DELIVERED: QT_TRANSLATE_NOOP(
        "report", "Our mail stopped reaching its recipients"
    ),
    HowNoticed.CUSTOMER_REPORT: QT_TRANSLATE_NOOP(
        "report", "Customers or partners told us they received spam from us"
    ),
    HowNoticed.PROVIDER_NOTICE: QT_TRANSLATE_NOOP(
        "report", "The hosting provider warned us or suspended the account"
    ),
    HowNoticed.BLACKLIST_CHECK: QT_TRANSLATE_NOOP("report", "A blacklist check showed a listing"),
    HowNoticed.SECURITY_VENDOR: QT_TRANSLATE_NOOP(
        "report", "A security vendor or consultant pointed it out"
    ),
    HowNoticed.OTHER: QT_TRANSLATE_NOOP("report", "Other"),
}


def volume_text(ctx: ReportContext) -> Msg:
    """The spam volume in words: counted, estimated or unknown."""
    incident = ctx.case.incident
    if incident.spam_volume is None:
        return VOLUME_UNKNOWN
    wording = incident.spam_volume_text.strip()
    try:
        reading = read_count(wording) if wording else None
    except InputError:
        reading = None
    # 数十万 is stored as its lower bound: "about 100,000" would understate it.
    if reading is not None and reading.value == incident.spam_volume and reading.at_least:
        template = VOLUME_AT_LEAST
    else:
        template = VOLUME_COUNTED if incident.spam_volume_counted else VOLUME_ESTIMATED
    volume = template.with_args(count=f"{incident.spam_volume:,}")
    if reading is not None and (reading.at_least or reading.approximate):
        return VOLUME_WORDING.with_args(volume=volume, wording=wording)
    return volume


def _what(ctx: ReportContext) -> Text:
    incident = ctx.case.incident
    accounts = [a for a in incident.affected_accounts if a.strip()]
    if accounts:
        separator = "、" if ctx.lang == "ja" else ", "
        return WHAT_ACCOUNTS.with_args(accounts=separator.join(accounts), volume=volume_text(ctx))
    if incident.spam_volume is not None:
        return WHAT_NO_ACCOUNT.with_args(volume=volume_text(ctx))
    return NOT_ENTERED


def _when(ctx: ReportContext) -> Text:
    start = ctx.case.report.spam_period_start
    noticed = ctx.case.incident.noticed_at
    if start and noticed:
        return WHEN_BOTH.with_args(start=ctx.when(start), noticed=ctx.when(noticed))
    if noticed:
        template = WHEN_NOTICED_TIMELINE if ctx.case.incident.timeline else WHEN_NOTICED
        return template.with_args(noticed=ctx.when(noticed))
    if start:
        return WHEN_START.with_args(start=ctx.when(start))
    return NOT_ENTERED


def build(ctx: ReportContext) -> list[Flowable]:
    """Sections 1 and 2."""
    incident = ctx.case.incident
    status = ctx.case.report.current_status
    flow: list[Flowable] = [
        heading(ctx, "1.", OVERVIEW),
        kv_table(
            ctx,
            [
                (WHAT, _what(ctx)),
                (WHEN, _when(ctx)),
                (STATUS, status if status.strip() else NOT_ENTERED),
            ],
            label_mm=30,
        ),
        heading(ctx, "2.", DISCOVERY),
    ]
    detail = incident.how_noticed_detail
    if incident.noticed_at is None and incident.how_noticed is None and not detail.strip():
        flow.append(no_data(ctx, NO_DISCOVERY))
        return flow
    rows: list[tuple[Text, Text]] = [
        (NOTICED_AT, ctx.when(incident.noticed_at) if incident.noticed_at else NOT_ENTERED),
        (TRIGGER, HOW_NOTICED[incident.how_noticed] if incident.how_noticed else NOT_ENTERED),
    ]
    flow.append(kv_table(ctx, rows, label_mm=30))
    if detail.strip():
        flow += [gap(2), ctx.para(detail)]
    return flow
