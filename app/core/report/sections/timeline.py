"""3 時系列・初動対応: the timeline table (time, event, who, evidence) and the clock note."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.report.context import ReportContext
from app.core.report.flowables import data_table, heading, no_data
from app.core.report_details import Answer

TITLE = QT_TRANSLATE_NOOP("report", "Timeline and first response")
COL_TIME = QT_TRANSLATE_NOOP("report", "When (JST)")
COL_EVENT = QT_TRANSLATE_NOOP("report", "What happened or was done")
COL_WHO = QT_TRANSLATE_NOOP("report", "By")
COL_EVIDENCE = QT_TRANSLATE_NOOP("report", "Evidence kept")
EMPTY = QT_TRANSLATE_NOOP("report", "No timeline has been entered yet.")
CLOCK = QT_TRANSLATE_NOOP("report", "About the times")
TIMES_JST = QT_TRANSLATE_NOOP(
    "report", "Times in this report are shown in Japan Standard Time (JST, UTC+09:00)."
)
LOG_ZONE = QT_TRANSLATE_NOOP("report", "Time zone of the kept logs: {zone}.")
LOG_ZONE_UNKNOWN = QT_TRANSLATE_NOOP(
    "report", "Time zone of the kept logs: not entered (please check before comparing times)."
)
NTP = QT_TRANSLATE_NOOP(
    "report", "Are the clocks of the PC and the server synchronised with NTP? {answer}"
)

ANSWER_WORDS: dict[Answer | None, Msg] = {
    Answer.YES: QT_TRANSLATE_NOOP("report", "Yes"),
    Answer.NO: QT_TRANSLATE_NOOP("report", "No"),
    Answer.UNKNOWN: QT_TRANSLATE_NOOP("report", "Unknown"),
    None: QT_TRANSLATE_NOOP("report", "Not answered"),
}


def build(ctx: ReportContext) -> list[Flowable]:
    """Section 3."""
    flow: list[Flowable] = [heading(ctx, "3.", TITLE)]
    entries = sorted(ctx.case.incident.timeline, key=lambda e: e.at)
    if entries:
        rows = [[ctx.short(e.at), e.event, e.actor, e.evidence] for e in entries]
        flow.append(
            data_table(
                ctx,
                [COL_TIME, COL_EVENT, COL_WHO, COL_EVIDENCE],
                rows,
                [34, 70, 27, 43],
            )
        )
    else:
        flow.append(no_data(ctx, EMPTY))
    clock = ctx.case.report.clock
    zone = clock.log_time_zone.strip()
    lines = [
        ctx.tr(TIMES_JST),
        ctx.tr(LOG_ZONE.with_args(zone=zone) if zone else LOG_ZONE_UNKNOWN),
        ctx.tr(NTP.with_args(answer=ANSWER_WORDS[clock.ntp_synced])),
    ]
    if clock.note.strip():
        lines.append(clock.note.strip())
    flow += [heading(ctx, "", CLOCK, level=1), ctx.para("\n".join(lines), ctx.st.note)]
    return flow
