"""8 パスワード・アカウント監査 (password and account audit).

Reads the case's `accounts` section (page 3). Passwords never appear here: the section stores,
per account, only who uses it (在籍 / 退職 / 共有 / 不明), whether it is still active, when the
password was last changed and the latest verdict of the password test -- never the password or
a hash of it.

Layout: counts first; then a key to the symbols and the table, problem rows first, one line per
account where the texts allow (アカウント | 区分 | 判定 | 確認日 | 変更日 | 利用者・メモ, see
`_audit_table`); then 8.1, what to do about each account that needs something (former staff,
unknown owners, shared accounts, weak or unchecked passwords; deleted or disabled accounts only
counted in a sentence), one row per distinct advice listing the accounts it is for, with
every piece of advice page 3 gives for them (see `_todo_rows`), and what was done about former
staff, because those are what the vendor asks about first.
Scorecard: passwords PROBLEM if the latest verdict of an account in use is weak, WARNING if some
are not tested, OK when all are strong; accounts PROBLEM for a 退職 account still active ("delete or
disable"), WARNING for 不明 accounts or 共有 accounts without a named owner, OK otherwise.
"Accounts in use" are the active ones not of former staff (`Account.password_matters`): a former
employee's account that still works is the accounts area's action item, not an unchecked password,
and a deleted or disabled account counts nowhere.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.core.accounts import (
    STATUS_LABELS,
    Account,
    AccountsSection,
    AccountStatus,
    recommendations,
)
from app.core.case import Case
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST
from app.core.password_policy import rule_name
from app.core.report.context import ReportContext
from app.core.report.flowables import (
    AreaStatus,
    Listed,
    ScoreItem,
    fitted_table,
    gap,
    heading,
    keep_together,
    kv_table,
    line_width,
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


COUNTS = QT_TRANSLATE_NOOP(
    "report",
    "{total} accounts: {in_service} staff, {departed} former staff, {shared} shared, "
    "{unknown} unknown owner. Passwords of the accounts in use ({in_use}): {acceptable} passed, "
    "{weak} did not pass, {unchecked} not checked.",
)
COUNTS_DEPARTED = QT_TRANSLATE_NOOP(
    "report",
    "Accounts of former staff that still work ({count}) are not counted among the passwords: "
    "they should be deleted or disabled rather than checked.",
)
COUNTS_INACTIVE = QT_TRANSLATE_NOOP(
    "report", "Accounts already deleted or disabled ({count}) are not counted."
)
COL_ACCOUNT = QT_TRANSLATE_NOOP("report", "Account")
COL_STATUS = QT_TRANSLATE_NOOP("report", "Status")
COL_VERDICT = QT_TRANSLATE_NOOP("report", "Check")
COL_CHANGED = QT_TRANSLATE_NOOP("report", "Changed")
COL_TODO = QT_TRANSLATE_NOOP("report", "What to do")
COL_CHECKED = QT_TRANSLATE_NOOP("report", "Checked on")
COL_OWNER_NOTE = QT_TRANSLATE_NOOP("report", "Used by / note")
OWNER_NOTE = QT_TRANSLATE_NOOP("report", "{owner} / {note}")
# The main table's cells are a symbol and a word or two, explained in the legend above it:
# full sentences made every row two or three lines and 40 accounts three pages.
MARK_PASSED, MARK_FAILED, MARK_NONE = "○", "×", "－"
# Under a short address, the rules its password broke took four lines of a few characters.
DETAIL_MM = 60
# 8.1: a row of this many addresses fits on a page below the repeated header row.
ROW_ACCOUNTS = 40
PASSED_SHORT = QT_TRANSLATE_NOOP("report", "Passed {score}/4")
FAILED_SHORT = QT_TRANSLATE_NOOP("report", "Did not pass")
NOT_PASSED = QT_TRANSLATE_NOOP("report", "Did not pass: {rules}")
BROKEN_RULES = QT_TRANSLATE_NOOP("report", "Rules it broke: {rules}")
UNCHECKED_SHORT = QT_TRANSLATE_NOOP("report", "Not checked")
NOT_NEEDED_SHORT = QT_TRANSLATE_NOOP("report", "Not needed")
CLOSED_SHORT = QT_TRANSLATE_NOOP("report", "*")
LEGEND = QT_TRANSLATE_NOOP("report", "Key: {entries}")
LEGEND_SEP = QT_TRANSLATE_NOOP("report", "; ")
LEGEND_PASSED = QT_TRANSLATE_NOOP(
    "report", "{mark} passed the password check (n/4: its strength, 0 to 4)"
)
LEGEND_FAILED = QT_TRANSLATE_NOOP("report", "{mark} did not pass (the rules it broke: see 8.1)")
LEGEND_UNCHECKED = QT_TRANSLATE_NOOP("report", "{mark} not checked yet")
LEGEND_NOT_NEEDED = QT_TRANSLATE_NOOP(
    "report", "{mark} {word}: no check, the account is to be deleted or disabled"
)
LEGEND_CLOSED = QT_TRANSLATE_NOOP("report", "{word}: already deleted or disabled")
LEGEND_YEAR = QT_TRANSLATE_NOOP("report", "dates are month/day in {year}")
# The English "(nobody named)" took two lines in the narrow owner column (the Japanese
# 「(未入力)」 fits): a mark, explained in the key, fits however narrow the column gets.
NO_OWNER = QT_TRANSLATE_NOOP("report", "—")
LEGEND_NO_OWNER = QT_TRANSLATE_NOOP("report", "{mark}: nobody named as its user")
TO_DO = QT_TRANSLATE_NOOP("report", "What to do about each account")
DEPARTED_ACTIONS = QT_TRANSLATE_NOOP("report", "What was done about them")
REVIEWED = QT_TRANSLATE_NOOP("report", "Account list last reviewed")
IMPORTED = QT_TRANSLATE_NOOP("report", "Imported from")
NONE_LEFT = QT_TRANSLATE_NOOP("report", "No account in the list needs anything done.")
INACTIVE_DONE = QT_TRANSLATE_NOOP(
    "report",
    "The accounts already deleted or disabled ({count}) need nothing more; they are listed in "
    "the table above.",
)
SCORE_WEAK = QT_TRANSLATE_NOOP("report", "{count} did not pass")
SCORE_UNCHECKED = QT_TRANSLATE_NOOP("report", "{count} not checked")
SCORE_ALL_STRONG = QT_TRANSLATE_NOOP("report", "All {count} passed")
SCORE_NONE_IN_USE = QT_TRANSLATE_NOOP("report", "No account in use")
SCORE_DEPARTED = QT_TRANSLATE_NOOP(
    "report", "Delete or disable the accounts of former staff ({count})"
)
SCORE_UNKNOWN = QT_TRANSLATE_NOOP("report", "{count} to clarify")
SCORE_ACCOUNTS_OK = QT_TRANSLATE_NOOP("report", "{count} accounts, owners known")
SEP = QT_TRANSLATE_NOOP("report", ", ")


def _accounts_data(case: Case) -> AccountsSection | None:
    """The case's accounts section, or None while no account has been listed."""
    section = getattr(case, "accounts", None)
    if not isinstance(section, AccountsSection) or not section.inventory.accounts:
        return None
    return section


def _active(section: AccountsSection) -> list[Account]:
    return [a for a in section.inventory.accounts if a.active]


def password_score(case: Case) -> ScoreItem:
    """The scorecard entry for passwords."""
    section = _accounts_data(case)
    if section is None:
        return ScoreItem(PASSWORD_AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    # Only accounts in use: former staff's are the accounts area's item (account_score).
    summary = section.inventory.summary()
    gap = SCORE_UNCHECKED.with_args(count=summary.unchecked) if summary.unchecked else None
    if summary.weak:
        weak = SCORE_WEAK.with_args(count=summary.weak)
        return ScoreItem(PASSWORD_AREA, AreaStatus.PROBLEM, weak, gap)
    if gap is not None:
        return ScoreItem(PASSWORD_AREA, AreaStatus.WARNING, gap, gap)
    if not summary.in_use:
        return ScoreItem(PASSWORD_AREA, AreaStatus.OK, SCORE_NONE_IN_USE)
    all_strong = SCORE_ALL_STRONG.with_args(count=summary.in_use)
    return ScoreItem(PASSWORD_AREA, AreaStatus.OK, all_strong)


def account_score(case: Case) -> ScoreItem:
    """The scorecard entry for accounts (departed staff, unknown owners)."""
    section = _accounts_data(case)
    if section is None:
        return ScoreItem(ACCOUNT_AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    active = _active(section)
    departed = sum(1 for a in active if a.status is AccountStatus.DEPARTED)
    unclear = sum(
        1
        for a in active
        if a.status is AccountStatus.UNKNOWN
        or (a.status is AccountStatus.SHARED and not a.owner.strip())
    )
    gap = SCORE_UNKNOWN.with_args(count=unclear) if unclear else None
    if departed:
        return ScoreItem(
            ACCOUNT_AREA, AreaStatus.PROBLEM, SCORE_DEPARTED.with_args(count=departed), gap
        )
    if gap is not None:
        return ScoreItem(ACCOUNT_AREA, AreaStatus.WARNING, gap, gap)
    return ScoreItem(ACCOUNT_AREA, AreaStatus.OK, SCORE_ACCOUNTS_OK.with_args(count=len(active)))


def _verdict(ctx: ReportContext, account: Account) -> tuple[str, Msg]:
    """The verdict cell (a symbol and a word) and its key entry."""
    verdict = account.verdict
    if verdict is None:
        if account.active and account.status is AccountStatus.DEPARTED:
            # Its recommendation is deleting it, not checking it.
            word = ctx.tr(NOT_NEEDED_SHORT)
            return f"{MARK_NONE} {word}", LEGEND_NOT_NEEDED.with_args(mark=MARK_NONE, word=word)
        return f"{MARK_NONE} {ctx.tr(UNCHECKED_SHORT)}", LEGEND_UNCHECKED.with_args(mark=MARK_NONE)
    if verdict.acceptable:
        text = ctx.tr(PASSED_SHORT.with_args(score=verdict.score))
        return f"{MARK_PASSED} {text}", LEGEND_PASSED.with_args(mark=MARK_PASSED)
    # The rules it broke are in 8.1, next to what to do about them, where there is room for
    # them; an account already deleted or disabled has no row there, so its cell names them.
    text = ctx.tr(FAILED_SHORT) if account.active else _broken_rules(ctx, account)
    return f"{MARK_FAILED} {text}", LEGEND_FAILED.with_args(mark=MARK_FAILED)


def verdict_text(ctx: ReportContext, account: Account) -> str:
    """The account's verdict as the table of 8 prints it (「○ 合格 4/4」, 「－ 未確認」)."""
    return _verdict(ctx, account)[0]


def _broken_rules(ctx: ReportContext, account: Account, message: Msg = NOT_PASSED) -> str:
    """不合格: 短すぎる、ユーザー名と同じ (for an account whose latest check failed)."""
    failed = account.verdict.failed if account.verdict is not None else ()
    rules = ctx.tr(SEP).join(ctx.tr(rule_name(code)) for code in failed)
    return ctx.tr(message.with_args(rules=rules))


def _priority(account: Account) -> tuple[int, str]:
    # Problem rows first: still-active former staff, then weak, unknown, unchecked, the rest.
    if not account.active:
        rank = 9
    elif account.status is AccountStatus.DEPARTED:
        rank = 0
    elif account.weak:
        rank = 1
    elif account.status is AccountStatus.UNKNOWN:
        rank = 2
    elif account.verdict is None:
        rank = 3
    else:
        rank = 5
    return rank, account.address


def _status(ctx: ReportContext, account: Account) -> str:
    text = ctx.tr(STATUS_LABELS[account.status])
    return text if account.active else f"{text} {ctx.tr(CLOSED_SHORT)}"


def _advice(ctx: ReportContext, account: Account) -> str:
    """Everything page 3 tells the owner to do about `account`, in page 3's order, without
    the address and status the row shows next to it: the vendor reading the report must see
    what the owner saw (only the first advice and the password's left out the successor to
    forward a former employee's mail to, and a shared account's minimum rules). Several
    pieces are bulleted, as on page 3: run together, four of them read as one block."""
    advice = [ctx.tr(a) for a in recommendations(account, short=True)]
    if len(advice) < 2:
        return "".join(advice)
    bullet = "・" if ctx.lang == "ja" else "• "
    return "\n".join(f"{bullet}{a}" for a in advice)


def _detail(ctx: ReportContext, account: Account) -> str:
    """What 8.1 says about this account only: the rules its password broke (the main table
    says only 「× 不合格」)."""
    return _broken_rules(ctx, account, BROKEN_RULES) if account.weak else ""


def _todo_rows(ctx: ReportContext, accounts: list[Account]) -> list[list[str | Listed]]:
    """8.1's rows: one per distinct advice, with every account it applies to in the first
    cell, one address a line, so that a vendor can find each and tick it off. A row sits
    where its most urgent account would (`accounts` come most urgent first).

    What only some of a row's accounts need (the rules a password broke) is printed under
    the address it belongs to; when every account of the row shares it, once, after the
    advice, which leaves a row of one account as it was. A row lists at most
    `ROW_ACCOUNTS` accounts; more take several rows, each with the advice."""
    groups: dict[tuple[str, str], list[Account]] = {}
    for account in accounts:
        # The advice starts with what follows from the status, so keying on both costs no
        # extra rows; the status cell is then the whole row's.
        groups.setdefault((_status(ctx, account), _advice(ctx, account)), []).append(account)
    # A row taller than a page is split inside, and its next page listed addresses next to
    # an empty advice cell.
    chunks = [
        (key, members[i : i + ROW_ACCOUNTS])
        for key, members in groups.items()
        for i in range(0, len(members), ROW_ACCOUNTS)
    ]
    rows: list[list[str | Listed]] = []
    for (status, advice), members in chunks:
        details = [_detail(ctx, a) for a in members]
        if len(set(details)) == 1:
            listed = Listed(tuple((a.address, "") for a in members))
            rows.append([listed, status, f"{advice}\n{details[0]}".strip()])
        else:
            listed = Listed(tuple(zip((a.address for a in members), details, strict=True)))
            rows.append([listed, status, advice])
    return rows


def _audit_table(ctx: ReportContext, ordered: list[Account]) -> list[Flowable]:
    """The key to the symbols used, then one row per account, one line each where the texts
    allow: address | status | verdict | checked | changed | owner and note (the rest of the
    width, wrapping). Dates drop their year when all share one; the key names it."""
    checked = [
        a.verdict.evaluated_at.astimezone(JST).date() if a.verdict else None for a in ordered
    ]
    changed = [a.password_changed_on for a in ordered]
    years = {d.year for d in (*checked, *changed) if d is not None}
    year = years.pop() if len(years) == 1 else None

    def day(d: date | None) -> str:
        if d is None:
            return "-"
        return f"{d.month:02d}/{d.day:02d}" if year is not None else d.isoformat()

    legend: dict[str, Msg] = {}  # by its text: one entry per symbol used
    rows = []
    for account, checked_on, changed_on in zip(ordered, checked, changed, strict=True):
        verdict, explained = _verdict(ctx, account)
        legend.setdefault(ctx.tr(explained), explained)
        if not account.active:
            word = ctx.tr(CLOSED_SHORT)
            legend.setdefault(word, LEGEND_CLOSED.with_args(word=word))
        owner = account.owner.strip()
        if not owner:
            owner = ctx.tr(NO_OWNER)
            if not any(c.isalnum() for c in owner):
                # A mark needs the key; a word (「(未入力)」) says what it means itself.
                explained = LEGEND_NO_OWNER.with_args(mark=owner)
                legend.setdefault(ctx.tr(explained), explained)
        note = account.note.strip()
        rows.append(
            [
                account.address,
                _status(ctx, account),
                verdict,
                day(checked_on),
                day(changed_on),
                ctx.tr(OWNER_NOTE.with_args(owner=owner, note=note)) if note else owner,
            ]
        )
    entries = [ctx.tr(m) for m in _legend_order(legend)]
    if year is not None:
        entries.append(ctx.tr(LEGEND_YEAR.with_args(year=year)))
    header = [COL_ACCOUNT, COL_STATUS, COL_VERDICT, COL_CHECKED, COL_CHANGED, COL_OWNER_NOTE]
    key = LEGEND.with_args(entries=ctx.tr(LEGEND_SEP).join(entries))
    # An address may take more than the usual 40 % of the width: with short other columns,
    # about 50 characters stay on one line, so that it can be searched for as printed. The
    # rules a deleted account's password broke wrap rather than leave the owners a sliver.
    table = fitted_table(ctx, header, rows, fill=5, max_mm={0: 100, 2: 36}, wrap_first=(2,))
    # The key stays with (at least the first rows of) the table it explains.
    return [keep_together([ctx.para(key, ctx.st.small), gap(1), table], whole=False)]


def _legend_order(legend: dict[str, Msg]) -> list[Msg]:
    """The legend's entries in a fixed order (the table lists problems first)."""
    order = [
        LEGEND_PASSED,
        LEGEND_FAILED,
        LEGEND_UNCHECKED,
        LEGEND_NOT_NEEDED,
        LEGEND_CLOSED,
        LEGEND_NO_OWNER,
    ]
    rank = {m.source: i for i, m in enumerate(order)}
    return sorted(legend.values(), key=lambda m: rank.get(m.source, len(order)))


def build(ctx: ReportContext) -> list[Flowable]:
    """The section's flowables."""
    flow: list[Flowable] = [heading(ctx, "8.", TITLE)]
    section = _accounts_data(ctx.case)
    if section is None:
        flow.append(
            keep_together([no_data(ctx, NOT_CHECKED), ctx.para(WHAT_WILL_APPEAR, ctx.st.note)])
        )
        return flow
    summary = section.inventory.summary()
    counts: list[Flowable] = [
        ctx.para(
            COUNTS.with_args(
                total=summary.total,
                in_service=summary.in_service,
                departed=summary.departed,
                shared=summary.shared,
                unknown=summary.unknown,
                in_use=summary.in_use,
                acceptable=summary.acceptable,
                weak=summary.weak,
                unchecked=summary.unchecked,
            )
        )
    ]
    # Say which accounts the password counts leave out, so that they visibly add up; on the
    # same page as the counts they explain.
    if summary.departed_active:
        counts.append(ctx.para(COUNTS_DEPARTED.with_args(count=summary.departed_active)))
    if summary.total > summary.active:
        counts.append(ctx.para(COUNTS_INACTIVE.with_args(count=summary.total - summary.active)))
    flow.append(keep_together(counts))
    facts: list[tuple[Msg, str]] = []
    if section.reviewed_at is not None:
        facts.append((REVIEWED, ctx.when(section.reviewed_at)))
    if section.imported_from:
        imported = section.imported_from
        if section.imported_at is not None:
            imported = f"{imported} ({ctx.when(section.imported_at)})"
        facts.append((IMPORTED, imported))
    if facts:
        flow += [gap(2), kv_table(ctx, facts)]
    ordered = sorted(section.inventory.accounts, key=_priority)
    flow += [gap(2), *_audit_table(ctx, ordered)]
    # The advice lives in 8.1 only, for each account that needs something done (former staff,
    # unknown owners, shared accounts, weak or unchecked passwords): a sixth column in the
    # table above squeezed every header and verdict into broken words.
    # Accounts already deleted or disabled need nothing: a row each saying so (with a status
    # cell of three lines) made the list of what to do longer without anything to do in it.
    left = [a for a in ordered if a.active and recommendations(a)]
    inactive = summary.total - summary.active
    flow += [gap(3), heading(ctx, "8.1", TO_DO, level=1)]
    if left:
        # The column is as wide as the widest address (on one line unless the advice would
        # get a sliver); the rules under an address may widen it to DETAIL_MM, then wrap.
        widest = max(line_width(ctx, a.address, ctx.st.cell) for a in left) / mm
        flow.append(
            fitted_table(
                ctx,
                [COL_ACCOUNT, COL_STATUS, COL_TODO],
                _todo_rows(ctx, left),
                fill=2,
                max_mm={0: max(widest, DETAIL_MM)},
                small_columns=(2,),
                # Split inside, a row's last addresses went to the next page without their
                # advice.
                split_in_row=False,
            )
        )
    else:
        flow.append(no_data(ctx, NONE_LEFT))
    if inactive:
        flow += [gap(3), ctx.para(INACTIVE_DONE.with_args(count=inactive))]
    if section.departed_actions.strip():
        flow += [gap(2), kv_table(ctx, [(DEPARTED_ACTIONS, section.departed_actions)])]
    return flow
