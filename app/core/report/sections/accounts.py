"""8 パスワード・アカウント監査 (password and account audit).

The audit step's data model does not exist yet. All data is read through `_accounts_data`, which
returns None while the case has no `accounts` section; the section then says that no audit has
been made, and the password and account areas of the scorecard show 未確認.

Passwords never appear here: the `accounts` section stores, per account, only who uses it
(在籍 / 退職 / 共有 / 不明) and the latest verdict of the password test, never the password or a
hash of it.

Intended layout once the data arrives:

- Counts first: accounts in total, by status (在籍 / 退職 / 共有 / 不明), and by latest verdict
  (強い / 弱い / 未確認).
- Table, problem rows first: アカウント | 利用者 | 区分 | 最新の判定 (verdict word + which rule
  failed, in Japanese) | 判定日時 | 対応 (e.g. 削除済み / パスワード変更済み / 未対応).
  Widths about 48/26/18/40/24/18 mm; addresses are kept whole by the line breaker.
- A separate short list of departed-staff (退職) and unknown-owner (不明) accounts with what was
  done about each, because those are what the vendor asks about first.
- Section 5 (不正利用されたアカウント) joins its rows with this data by address to show each
  affected account's current verdict.
- Scorecard: passwords PROBLEM if any account's latest verdict is weak, WARNING if some are not
  tested, OK when all are strong; accounts PROBLEM for a 退職 account still active, WARNING for
  不明 or 共有 accounts, OK otherwise.
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

TITLE = QT_TRANSLATE_NOOP("report", "Password and account audit")
PASSWORD_AREA = QT_TRANSLATE_NOOP("report", "Passwords")
ACCOUNT_AREA = QT_TRANSLATE_NOOP("report", "Accounts")
NOT_CHECKED = QT_TRANSLATE_NOOP(
    "report", "The passwords and mail accounts have not been audited yet."
)
NOT_CHECKED_DETAIL = QT_TRANSLATE_NOOP("report", "Not checked in this app yet")
WHAT_WILL_APPEAR = QT_TRANSLATE_NOOP(
    "report",
    "When the audit of this app is done, this section lists each mail account with who uses it "
    "(current staff, former staff, shared, unknown) and the verdict of its password test. "
    "Passwords themselves are never stored, neither in the app nor in this report.",
)


def _accounts_data(case: Case) -> Any | None:
    """The case's accounts section, or None while the app has no such step yet.

    Integration point: return None also when the section exists but lists no account.
    """
    return getattr(case, "accounts", None)


def password_score(case: Case) -> ScoreItem:
    """The scorecard entry for passwords."""
    if _accounts_data(case) is None:
        return ScoreItem(PASSWORD_AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    return ScoreItem(PASSWORD_AREA, AreaStatus.NOT_CHECKED, NOT_SHOWN_DETAIL)


def account_score(case: Case) -> ScoreItem:
    """The scorecard entry for accounts (departed staff, unknown owners)."""
    if _accounts_data(case) is None:
        return ScoreItem(ACCOUNT_AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    return ScoreItem(ACCOUNT_AREA, AreaStatus.NOT_CHECKED, NOT_SHOWN_DETAIL)


def build(ctx: ReportContext) -> list[Flowable]:
    """The section's flowables."""
    flow: list[Flowable] = [heading(ctx, "8.", TITLE)]
    if _accounts_data(ctx.case) is None:
        flow.append(
            keep_together([no_data(ctx, NOT_CHECKED), ctx.para(WHAT_WILL_APPEAR, ctx.st.note)])
        )
    else:
        flow.append(no_data(ctx, NOT_SHOWN))
    return flow
