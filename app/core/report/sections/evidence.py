"""10 実施済み対応・証拠保全: recovery actions, kept evidence with SHA-256, a log excerpt."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.report.context import ReportContext, Text
from app.core.report.flowables import (
    data_table,
    gap,
    heading,
    keep_together,
    kv_table,
    no_data,
    note_box,
)
from app.core.report.styles import LOG_FILL, RULE
from app.core.report_details import ActionKind, ActionStatus, EvidenceFile

TITLE = QT_TRANSLATE_NOOP("report", "Actions taken and evidence kept")
ACTIONS = QT_TRANSLATE_NOOP("report", "Recovery and prevention")
COL_ACTION = QT_TRANSLATE_NOOP("report", "Action")
COL_DETAIL = QT_TRANSLATE_NOOP("report", "Details")
COL_STATE = QT_TRANSLATE_NOOP("report", "State")
COL_WHEN = QT_TRANSLATE_NOOP("report", "When (JST)")
COL_BY = QT_TRANSLATE_NOOP("report", "By")
NO_ACTIONS = QT_TRANSLATE_NOOP(
    "report",
    "No recovery actions have been recorded yet. See also the timeline in section 3.",
)
EVIDENCE = QT_TRANSLATE_NOOP("report", "Evidence kept")
EVIDENCE_INTRO = QT_TRANSLATE_NOOP(
    "report",
    "The SHA-256 value identifies each file exactly: if the value computed from a copy is the "
    "same, the copy is unchanged.",
)
NO_EVIDENCE = QT_TRANSLATE_NOOP(
    "report",
    "No evidence files have been registered yet. Server logs are often deleted after a few "
    "days or weeks, so please save them as soon as possible.",
)
FILE_HEADING = QT_TRANSLATE_NOOP("report", "Evidence {number}: {label}")
FILE_NAME = QT_TRANSLATE_NOOP("report", "File")
FILE_SIZE = QT_TRANSLATE_NOOP("report", "{name} ({size} bytes)")
SHA256 = QT_TRANSLATE_NOOP("report", "SHA-256")
KEPT_AT = QT_TRANSLATE_NOOP("report", "Where it is kept")
COLLECTED = QT_TRANSLATE_NOOP("report", "Collected")
HASHED = QT_TRANSLATE_NOOP("report", "SHA-256 computed on {when}")
NOT_ENTERED = QT_TRANSLATE_NOOP("report", "Not entered")
LOG = QT_TRANSLATE_NOOP("report", "Log excerpt")
LOG_NOTE = QT_TRANSLATE_NOOP(
    "report", "Copied verbatim from the logs; the lines may contain text written by the attacker."
)
NO_LOG = QT_TRANSLATE_NOOP("report", "No log excerpt has been attached.")

ACTION_KINDS: dict[ActionKind, Msg] = {
    ActionKind.PASSWORD_RESET: QT_TRANSLATE_NOOP("report", "Passwords changed"),
    ActionKind.DELISTING: QT_TRANSLATE_NOOP("report", "Blacklist removal requested"),
    ActionKind.RELAY_SERVER: QT_TRANSLATE_NOOP("report", "Relay server"),
    ActionKind.SERVER_MOVE: QT_TRANSLATE_NOOP("report", "Move to another server (new IP)"),
    ActionKind.SMTP_AUTH: QT_TRANSLATE_NOOP("report", "SMTP authentication"),
    ActionKind.SPF: QT_TRANSLATE_NOOP("report", "SPF record"),
    ActionKind.ACCOUNT_CLEANUP: QT_TRANSLATE_NOOP("report", "Unused accounts removed"),
    ActionKind.OTHER: QT_TRANSLATE_NOOP("report", "Other"),
}
ACTION_STATES: dict[ActionStatus, Msg] = {
    ActionStatus.DONE: QT_TRANSLATE_NOOP("report", "Done"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("report", "In progress"),
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("report", "Planned"),
}


def _actions(ctx: ReportContext) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx, "10.1", ACTIONS, level=1)]
    actions = ctx.case.report.recovery_actions
    if not actions:
        flow.append(no_data(ctx, NO_ACTIONS))
        return flow
    rows = [
        [
            ACTION_KINDS[a.kind],
            a.description,
            ACTION_STATES[a.status],
            ctx.short(a.at) if a.at else "",
            a.by,
        ]
        for a in actions
    ]
    flow.append(
        data_table(
            ctx,
            [COL_ACTION, COL_DETAIL, COL_STATE, COL_WHEN, COL_BY],
            rows,
            [34, 60, 16, 34, 30],
        )
    )
    return flow


def _collected(ctx: ReportContext, item: EvidenceFile) -> Text:
    parts = []
    if item.collected_at:
        parts.append(ctx.when(item.collected_at))
    if item.collected_by.strip():
        parts.append(item.collected_by.strip())
    if item.hashed_at:
        parts.append(ctx.tr(HASHED.with_args(when=ctx.when(item.hashed_at))))
    return " / ".join(parts) if parts else NOT_ENTERED


def _evidence(ctx: ReportContext) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx, "10.2", EVIDENCE, level=1)]
    files = ctx.case.report.evidence
    if not files:
        flow.append(no_data(ctx, NO_EVIDENCE))
        return flow
    # The explanation travels with the first file so it is never left alone at a page end.
    lead: list[Flowable] = [ctx.para(EVIDENCE_INTRO, ctx.st.note)]
    for number, item in enumerate(files, 1):
        title = FILE_HEADING.with_args(number=number, label=item.label or item.file_name)
        rows: list[tuple[Text, Text]] = [
            (FILE_NAME, FILE_SIZE.with_args(name=item.file_name, size=f"{item.size:,}")),
            (SHA256, item.sha256 or NOT_ENTERED),
            (KEPT_AT, ctx.or_not_entered(item.kept_at)),
            (COLLECTED, _collected(ctx, item)),
        ]
        flow.append(
            keep_together(
                [*lead, gap(1.5), ctx.para(title, ctx.st.cell_bold), kv_table(ctx, rows, 30)]
            )
        )
        lead = []
    return flow


def _log(ctx: ReportContext) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx, "10.3", LOG, level=1)]
    excerpt = ctx.case.report.log_excerpt
    if not excerpt.strip():
        flow.append(no_data(ctx, NO_LOG))
        return flow
    box = note_box(ctx, [ctx.para(excerpt.strip("\n"), ctx.st.log)], fill=LOG_FILL, rule=RULE)
    # The explanation must stay with the lines it explains.
    flow.append(keep_together([ctx.para(LOG_NOTE, ctx.st.small), gap(1), box]))
    return flow


def build(ctx: ReportContext) -> list[Flowable]:
    """Section 10."""
    return [heading(ctx, "10.", TITLE), *_actions(ctx), *_evidence(ctx), *_log(ctx)]
