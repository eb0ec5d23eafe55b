"""9 送信ドメイン認証 (SPF / DKIM / DMARC).

The sender-authentication step's data model does not exist yet. All data is read through
`_sender_auth_data`, which returns None while the case has no `sender_auth` section; the section
then says that nothing has been checked, and the SPF and DMARC areas of the scorecard show 未確認.
The plain statement of what SPF/DKIM/DMARC can and cannot do is always printed: vendors and
owners both need to hear that they stop forgery, not spam sent with a stolen password.

Intended layout once the data arrives:

- SPF: a key/value table: 確認日時 | DNS サーバ | 状態 (valid / errors explained in Japanese) |
  DNS lookups counted; then the current record and the recommended record each verbatim in a
  full-width cell (the record is one long token, so it gets the whole frame width), and a list
  of differences (servers added / removed, `~all` vs `-all`).
- DKIM: selectors found (selector | key type and length | 確認日時), or "見つかりません".
- DMARC: current record verbatim, policy (p=none / quarantine / reject) explained, rua address;
  the recommended first record when there is none.
- Scorecard: SPF PROBLEM for no record or a permerror, WARNING for softfail-only or too many
  lookups, OK for a valid record covering the detected servers; DMARC PROBLEM for none, WARNING
  for p=none, OK for quarantine/reject; FAILED when the lookup itself failed.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.core.case import Case
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.report.context import ReportContext
from app.core.report.flowables import (
    NOT_SHOWN,
    NOT_SHOWN_DETAIL,
    AreaStatus,
    ScoreItem,
    heading,
    keep_together,
    no_data,
    note_box,
)

TITLE = QT_TRANSLATE_NOOP("report", "Sender authentication (SPF, DKIM, DMARC)")
SPF_AREA = QT_TRANSLATE_NOOP("report", "SPF")
DMARC_AREA = QT_TRANSLATE_NOOP("report", "DMARC")
NOT_CHECKED = QT_TRANSLATE_NOOP(
    "report", "SPF, DKIM and DMARC of the domain have not been checked yet."
)
NOT_CHECKED_DETAIL = QT_TRANSLATE_NOOP("report", "Not checked in this app yet")
WHAT_WILL_APPEAR = QT_TRANSLATE_NOOP(
    "report",
    "When the check of this app is run, this section shows the current SPF and DMARC records "
    "exactly as published, the recommended records next to them, whether DKIM is set up, and "
    "the time of the check.",
)
WHAT_THEY_DO = QT_TRANSLATE_NOOP(
    "report",
    "SPF, DKIM and DMARC stop other people from sending mail that pretends to come from your "
    "domain (forgery). They do not stop spam sent through your own server with a stolen "
    "password: such mail passes these checks. What prevents that is strong passwords, removing "
    "accounts nobody uses, and SMTP authentication.",
)


def _sender_auth_data(case: Case) -> Any | None:
    """The case's sender_auth section, or None while the app has no such step yet.

    Integration point: return None also when the section exists but holds no check.
    """
    return getattr(case, "sender_auth", None)


def spf_score(case: Case) -> ScoreItem:
    """The scorecard entry for SPF."""
    if _sender_auth_data(case) is None:
        return ScoreItem(SPF_AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    return ScoreItem(SPF_AREA, AreaStatus.NOT_CHECKED, NOT_SHOWN_DETAIL)


def dmarc_score(case: Case) -> ScoreItem:
    """The scorecard entry for DMARC."""
    if _sender_auth_data(case) is None:
        return ScoreItem(DMARC_AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    return ScoreItem(DMARC_AREA, AreaStatus.NOT_CHECKED, NOT_SHOWN_DETAIL)


def build(ctx: ReportContext) -> list[Flowable]:
    """The section's flowables."""
    flow: list[Flowable] = [heading(ctx, "9.", TITLE)]
    if _sender_auth_data(ctx.case) is None:
        flow.append(
            keep_together([no_data(ctx, NOT_CHECKED), ctx.para(WHAT_WILL_APPEAR, ctx.st.note)])
        )
    else:
        flow.append(no_data(ctx, NOT_SHOWN))
    flow.append(note_box(ctx, [ctx.para(WHAT_THEY_DO, ctx.st.note)]))
    return flow
