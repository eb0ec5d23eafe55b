"""11 個人情報への影響: the questions that decide a 漏えい等報告 to the 個人情報保護委員会.

Facts behind the wording (個人情報保護法 26 条, 施行規則 7 条・8 条, PPC guidelines): a leak, or the
possibility of one (おそれ), of personal data through unauthorised access counts as done for an
improper purpose and must be reported even for one person; the 速報 is due promptly after the
business becomes aware (as a guide 3-5 days) with what is known at that time, the 確報 within
30 days, or 60 days for leaks that may have been done for an improper purpose.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.report.context import ReportContext, Text
from app.core.report.flowables import data_table, gap, heading, no_data, note_box
from app.core.report.sections.timeline import ANSWER_WORDS
from app.core.report_details import ImpactAnswer

TITLE = QT_TRANSLATE_NOOP("report", "Impact on personal information")
COL_QUESTION = QT_TRANSLATE_NOOP("report", "Question")
COL_ANSWER = QT_TRANSLATE_NOOP("report", "Answer")
COL_NOTE = QT_TRANSLATE_NOOP("report", "Notes")
NONE_ANSWERED = QT_TRANSLATE_NOOP(
    "report", "None of the questions about personal information has been answered yet."
)
Q_IN_MAILBOX = QT_TRANSLATE_NOOP(
    "report",
    "Were personal data (names, mail addresses, postal addresses, phone numbers of customers, "
    "partners or staff) in the mailbox or its address book?",
)
Q_COULD_BE_READ = QT_TRANSLATE_NOOP(
    "report",
    "Could the attacker have read or exported those mails or the address book (webmail, "
    "IMAP/POP login, forwarding rules)?",
)
Q_PEOPLE = QT_TRANSLATE_NOOP("report", "How many people could be affected?")
PEOPLE_COUNT = QT_TRANSLATE_NOOP("report", "{count} people")
# No number, but the owner wrote one in words (「アドレス帳に約 300 件」): 「未回答」 next to it
# read as if the question had been skipped.
PEOPLE_IN_NOTE = QT_TRANSLATE_NOOP("report", "See notes")
Q_SENSITIVE = QT_TRANSLATE_NOOP(
    "report",
    "Do the data include sensitive personal information (e.g. medical history) or data that "
    "could cause financial damage (e.g. card numbers, online banking logins)?",
)
Q_SECONDARY = QT_TRANSLATE_NOOP(
    "report",
    "Has any secondary damage been seen (fraud, phishing mails to customers, enquiries)?",
)
Q_NOTIFIED = QT_TRANSLATE_NOOP("report", "Have the affected people been notified?")
Q_PUBLISHED = QT_TRANSLATE_NOOP(
    "report", "Has the incident been made public (e.g. on the web site)?"
)
Q_REPORTED = QT_TRANSLATE_NOOP(
    "report",
    "Has a preliminary report been sent to the Personal Information Protection Commission?",
)
DEADLINES = QT_TRANSLATE_NOOP("report", "What “unknown” means for the deadlines")
ONE_PERSON = QT_TRANSLATE_NOOP(
    "report",
    "If personal data may have leaked through unauthorised access, a report to the Personal "
    "Information Protection Commission (PPC) and a notice to the people concerned can be "
    "required even if only one person is affected.",
)
UNKNOWN_RUNS = QT_TRANSLATE_NOOP(
    "report",
    "Answering “unknown” does not stop the clock. The deadlines run from the day the company "
    "became aware of the incident. The preliminary report (sokuhō) is due promptly, as a guide "
    "within 3 to 5 days, with what is known at that time; the final report (kakuhō) within 30 "
    "days, or within 60 days when the leak may have been done for an improper purpose such as "
    "unauthorised access. Items still unknown can be reported as under investigation and "
    "completed in the final report.",
)
DATES = QT_TRANSLATE_NOOP(
    "report",
    "This incident was noticed on {noticed}. As a guide: preliminary report by {quick_from} to "
    "{quick_to}; final report by {final_30} (30 days) or by {final_60} (60 days).",
)
NO_DATES = QT_TRANSLATE_NOOP(
    "report",
    "The date the incident was noticed has not been entered, so no dates can be given here.",
)
CONFIRM = QT_TRANSLATE_NOOP(
    "report",
    "Whether a report is needed and exactly how the days are counted must be confirmed with "
    "the vendor, a lawyer or the PPC.",
)


def _answer(ctx: ReportContext, item: ImpactAnswer) -> tuple[Msg, str]:
    return ANSWER_WORDS[item.answer], item.note


def build(ctx: ReportContext) -> list[Flowable]:
    """Section 11."""
    impact = ctx.case.report.personal_data
    flow: list[Flowable] = [heading(ctx, "11.", TITLE)]
    answered: list[tuple[Msg, ImpactAnswer]] = [
        (Q_IN_MAILBOX, impact.in_mailbox),
        (Q_COULD_BE_READ, impact.could_be_read),
        (Q_SENSITIVE, impact.sensitive),
        (Q_SECONDARY, impact.secondary_damage),
        (Q_NOTIFIED, impact.notified),
        (Q_PUBLISHED, impact.published),
        (Q_REPORTED, impact.reported_to_ppc),
    ]
    people: Text
    if impact.people_count is not None:
        people = PEOPLE_COUNT.with_args(count=f"{impact.people_count:,}")
    elif impact.people_count_note.strip():
        people = PEOPLE_IN_NOTE
    else:
        people = ANSWER_WORDS[None]
    rows: list[list[Text]] = []
    for question, item in answered[:2]:
        rows.append([question, *_answer(ctx, item)])
    rows.append([Q_PEOPLE, people, impact.people_count_note])
    for question, item in answered[2:]:
        rows.append([question, *_answer(ctx, item)])
    nothing = (
        all(item.answer is None and not item.note.strip() for _, item in answered)
        and impact.people_count is None
        and not impact.people_count_note.strip()
    )
    if nothing:
        flow.append(no_data(ctx, NONE_ANSWERED))
    flow.append(data_table(ctx, [COL_QUESTION, COL_ANSWER, COL_NOTE], rows, [96, 20, 58]))
    noticed = ctx.case.incident.noticed_at
    if noticed is not None:
        dates: Text = DATES.with_args(
            noticed=ctx.day(noticed),
            quick_from=ctx.day(noticed + timedelta(days=3)),
            quick_to=ctx.day(noticed + timedelta(days=5)),
            final_30=ctx.day(noticed + timedelta(days=30)),
            final_60=ctx.day(noticed + timedelta(days=60)),
        )
    else:
        dates = NO_DATES
    flow += [
        gap(3),
        note_box(
            ctx,
            [
                ctx.para(DEADLINES, ctx.st.cell_bold),
                gap(1),
                ctx.para(ONE_PERSON, ctx.st.note),
                ctx.para(UNKNOWN_RUNS, ctx.st.note),
                ctx.para(dates, ctx.st.note),
                ctx.para(CONFIRM, ctx.st.note),
            ],
        ),
    ]
    return flow
