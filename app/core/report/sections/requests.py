"""12 未解決事項・ベンダーへの質問 and 13 連絡先・依頼内容 (contacts and the request)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.report.context import ReportContext, Text
from app.core.report.flowables import gap, heading, kv_table, no_data, numbered_list
from app.core.report_details import RequestType

OPEN = QT_TRANSLATE_NOOP("report", "Open issues and questions for the vendor")
UNRESOLVED = QT_TRANSLATE_NOOP("report", "Not yet resolved")
NO_UNRESOLVED = QT_TRANSLATE_NOOP("report", "No open issues have been written down.")
QUESTIONS = QT_TRANSLATE_NOOP("report", "Questions for the vendor")
NO_QUESTIONS = QT_TRANSLATE_NOOP("report", "No questions for the vendor have been written down.")

CONTACT = QT_TRANSLATE_NOOP("report", "Contacts and request")
FROM = QT_TRANSLATE_NOOP("report", "From (our side)")
TO = QT_TRANSLATE_NOOP("report", "To (vendor)")
COMPANY = QT_TRANSLATE_NOOP("report", "Company")
PERSON = QT_TRANSLATE_NOOP("report", "Contact person")
DEPARTMENT = QT_TRANSLATE_NOOP("report", "Department or role")
EMAIL = QT_TRANSLATE_NOOP("report", "Mail address for replies")
PHONE = QT_TRANSLATE_NOOP("report", "Phone")
REQUEST = QT_TRANSLATE_NOOP("report", "Request")
REQUEST_TYPE = QT_TRANSLATE_NOOP("report", "Type of request")
REQUEST_TEXT = QT_TRANSLATE_NOOP("report", "What we ask for")
NO_CONTACT = QT_TRANSLATE_NOOP("report", "Our contact details have not been entered yet.")
NO_VENDOR = QT_TRANSLATE_NOOP("report", "The vendor has not been entered yet.")
NOT_ENTERED = QT_TRANSLATE_NOOP("report", "Not entered")
NO_REQUEST_TYPE = QT_TRANSLATE_NOOP("report", "No type of request has been chosen yet.")
REQUEST_TYPES: dict[RequestType, Msg] = {
    RequestType.INFORMATION: QT_TRANSLATE_NOOP("report", "For your information"),
    RequestType.QUESTION: QT_TRANSLATE_NOOP("report", "Questions"),
    RequestType.INVESTIGATION: QT_TRANSLATE_NOOP("report", "Request for investigation"),
}
CHECKED = "■"
UNCHECKED = "□"


def _open(ctx: ReportContext) -> list[Flowable]:
    details = ctx.case.report
    flow: list[Flowable] = [heading(ctx, "12.", OPEN)]
    for title, items, empty in (
        (UNRESOLVED, details.unresolved, NO_UNRESOLVED),
        (QUESTIONS, details.questions, NO_QUESTIONS),
    ):
        flow.append(heading(ctx, "", title, level=1))
        cleaned = [i for i in items if i.strip()]
        flow.append(numbered_list(ctx, cleaned) if cleaned else no_data(ctx, empty))
    return flow


def _filled(rows: list[tuple[Msg, str]]) -> list[tuple[Text, Text]]:
    return [(label, value if value.strip() else NOT_ENTERED) for label, value in rows]


def _contact(ctx: ReportContext) -> list[Flowable]:
    org = ctx.case.organisation
    vendor = ctx.case.report.vendor
    details = ctx.case.report
    flow: list[Flowable] = [heading(ctx, "13.", CONTACT), heading(ctx, "", FROM, level=1)]
    ours = [
        (COMPANY, org.company),
        (PERSON, org.contact.name),
        (DEPARTMENT, org.contact.department),
        (EMAIL, org.contact.email),
        (PHONE, org.contact.phone),
    ]
    if any(v.strip() for _, v in ours):
        flow.append(kv_table(ctx, _filled(ours)))
    else:
        flow.append(no_data(ctx, NO_CONTACT))
    flow.append(heading(ctx, "", TO, level=1))
    theirs = [
        (COMPANY, vendor.name),
        (PERSON, vendor.contact_person),
        (EMAIL, vendor.email),
        (PHONE, vendor.phone),
    ]
    if any(v.strip() for _, v in theirs):
        flow.append(kv_table(ctx, _filled(theirs)))
    else:
        flow.append(no_data(ctx, NO_VENDOR))
    flow.append(heading(ctx, "", REQUEST, level=1))
    chosen = set(details.request_types)
    if chosen:
        boxes: Text = "\u3000".join(
            f"{CHECKED if kind in chosen else UNCHECKED} {ctx.tr(word)}"
            for kind, word in REQUEST_TYPES.items()
        )
    else:
        boxes = NO_REQUEST_TYPE
    flow.append(
        kv_table(
            ctx,
            [(REQUEST_TYPE, boxes), (REQUEST_TEXT, ctx.or_not_entered(details.request_text))],
        )
    )
    flow.append(gap(2))
    return flow


def build(ctx: ReportContext) -> list[Flowable]:
    """Sections 12 and 13."""
    return _open(ctx) + _contact(ctx)
