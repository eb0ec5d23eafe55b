"""7 ブラックリスト掲載状況 (DNS blacklist listings).

The blacklist step's data model does not exist yet. All data is read through `_blacklist_data`,
which returns None while the case has no `blacklist` section; the section then says plainly that
no check has been made, and the scorecard shows 未確認 (never a clean result).

Intended layout once the data arrives (the `blacklist` section keeps a history of runs):

- A line per run: when it ran (JST), the resolver used (and whether it was refused by a list, e.g.
  Spamhaus blocking public resolvers), and counts: listed / not listed / not tested.
- Table of the latest run, one row per list and target, listed rows first:
  リスト | 対象 (domain, MX host or IP) | 結果 (掲載あり / 掲載なし / 確認できず + reason) |
  確認日時 | DNS サーバ | 解除の状況 (未申請 / 申請済み (date) / 解除確認済み) + delisting URL.
  Widths about 30/42/26/24/24/28 mm; targets and URLs are kept whole by the line breaker.
- "Changes across re-checks": a second table listing only lists whose result changed between
  runs (リスト | 対象 | 前回 (date, result) | 今回 (date, result)).
- Scorecard: PROBLEM if any list shows a listing, FAILED if nothing could be tested, WARNING if
  some lists could not be tested, OK only when every list answered "not listed".
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
)

TITLE = QT_TRANSLATE_NOOP("report", "Blacklist listings")
AREA = QT_TRANSLATE_NOOP("report", "Blacklists")
NOT_CHECKED = QT_TRANSLATE_NOOP("report", "The blacklists have not been checked yet.")
NOT_CHECKED_DETAIL = QT_TRANSLATE_NOOP("report", "Not checked in this app yet")
WHAT_WILL_APPEAR = QT_TRANSLATE_NOOP(
    "report",
    "When the blacklist check of this app is run, this section lists for each blacklist and each "
    "address checked: the result, the time of the check, the DNS server used, and the state of "
    "the removal request with its link. Removal takes a few hours at some lists and two to "
    "three months at others (e.g. Spamhaus, Barracuda, SpamCop).",
)


def _blacklist_data(case: Case) -> Any | None:
    """The case's blacklist section, or None while the app has no such step yet.

    Integration point: return None also when the section exists but holds no run.
    """
    return getattr(case, "blacklist", None)


def score(case: Case) -> ScoreItem:
    """The scorecard entry for blacklists."""
    if _blacklist_data(case) is None:
        return ScoreItem(AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    # Results exist but this version cannot read them: say so rather than guess or crash.
    return ScoreItem(AREA, AreaStatus.NOT_CHECKED, NOT_SHOWN_DETAIL)


def build(ctx: ReportContext) -> list[Flowable]:
    """The section's flowables."""
    flow: list[Flowable] = [heading(ctx, "7.", TITLE)]
    if _blacklist_data(ctx.case) is None:
        flow.append(
            keep_together([no_data(ctx, NOT_CHECKED), ctx.para(WHAT_WILL_APPEAR, ctx.st.note)])
        )
    else:
        flow.append(no_data(ctx, NOT_SHOWN))
    return flow
