"""The one-glance scorecard of the five areas (blacklists, passwords, accounts, SPF, DMARC).

Each area's state comes from the section module that owns its data, so the scorecard and the
section can never disagree.
"""

from __future__ import annotations

from app.core.report.context import ReportContext
from app.core.report.flowables import ScoreItem
from app.core.report.sections import accounts, blacklist, sender_auth


def score_items(ctx: ReportContext) -> list[ScoreItem]:
    """The five scorecard entries for the case."""
    return [
        blacklist.score(ctx.case),
        accounts.password_score(ctx.case),
        accounts.account_score(ctx.case),
        sender_auth.spf_score(ctx.case),
        sender_auth.dmarc_score(ctx.case),
    ]
