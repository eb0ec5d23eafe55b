"""4 対象システム, 5 不正利用されたアカウント, 6 送信量."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from app.core.accounts import AccountsSection
from app.core.dnsbl_history import BlacklistSection, mail_server_addresses
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.providers import OTHER, provider_by_id
from app.core.report.context import ReportContext, Text
from app.core.report.flowables import data_table, gap, heading, kv_table, no_data
from app.core.report.sections.accounts import verdict_text
from app.core.report.sections.overview import volume_text

if TYPE_CHECKING:
    from app.core.case import Case

SYSTEM = QT_TRANSLATE_NOOP("report", "Affected system")
COMPANY = QT_TRANSLATE_NOOP("report", "Company")
DOMAIN = QT_TRANSLATE_NOOP("report", "Domain")
DOMAIN_ASCII = QT_TRANSLATE_NOOP("report", "Domain (ASCII form used in DNS)")
PROVIDER = QT_TRANSLATE_NOOP("report", "Hosting provider")
HOSTING = QT_TRANSLATE_NOOP("report", "Type of hosting")
SERVER = QT_TRANSLATE_NOOP("report", "Server name")
ADDRESSES = QT_TRANSLATE_NOOP("report", "IP addresses")
SOFTWARE = QT_TRANSLATE_NOOP("report", "Mail software")
ADMIN = QT_TRANSLATE_NOOP("report", "Administrator")
NO_SYSTEM = QT_TRANSLATE_NOOP("report", "No details of the mail system have been entered yet.")
NOT_ENTERED = QT_TRANSLATE_NOOP("report", "Not entered")
# An address the owner did not type on page 5 but checked on the blacklists as the mail
# server's: printed, and marked as taken from there, rather than "not entered".
FROM_BLACKLIST = QT_TRANSLATE_NOOP("report", "{address} (from the blacklist check's targets)")
KINDS: dict[str, Msg] = {
    "rental": QT_TRANSLATE_NOOP("report", "Shared rental server"),
    "cloud_mail": QT_TRANSLATE_NOOP("report", "Cloud mail service"),
    "self": QT_TRANSLATE_NOOP("report", "Server run by the company itself"),
    "other": QT_TRANSLATE_NOOP("report", "Other"),
}

ACCOUNTS = QT_TRANSLATE_NOOP("report", "Misused accounts")
COL_ACCOUNT = QT_TRANSLATE_NOOP("report", "Account")
COL_NOTE = QT_TRANSLATE_NOOP("report", "State and notes")
NO_ACCOUNTS = QT_TRANSLATE_NOOP("report", "The misused account has not been identified yet.")
CAUSE = QT_TRANSLATE_NOOP("report", "Suspected cause")
# What page 3's audit says about a misused account, under the owner's note: the vendor's first
# question about each one is what was done about it, and an empty cell could not say whether
# nothing was done or nothing was written.
AUDIT_STATE = QT_TRANSLATE_NOOP(
    "report", "Account list (8.): password check {verdict}; password changed {changed}"
)
AUDIT_CLOSED = QT_TRANSLATE_NOOP("report", "Account list (8.): already deleted or disabled")

VOLUME = QT_TRANSLATE_NOOP("report", "Volume of mail sent")
COUNT = QT_TRANSLATE_NOOP("report", "Mails sent")
BASIS = QT_TRANSLATE_NOOP("report", "Where the number comes from")
PERIOD = QT_TRANSLATE_NOOP("report", "Period")
PERIOD_BOTH = QT_TRANSLATE_NOOP("report", "{start} to {end}")
PERIOD_OPEN = QT_TRANSLATE_NOOP("report", "From {start} (end unknown or still going on)")
# The start field left empty is not a start nobody knows (see overview.WHEN_NOTICED).
PERIOD_END = QT_TRANSLATE_NOOP("report", "Until {end} (start not entered)")
NO_VOLUME = QT_TRANSLATE_NOOP("report", "How much mail was sent is not known yet.")
SAMPLES = QT_TRANSLATE_NOOP("report", "Examples of the spam (subject or sender, verbatim)")
SAMPLES_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "Written by the attacker and shown exactly as received. Do not open the addresses or links "
    "in them.",
)
COL_NO = QT_TRANSLATE_NOOP("report", "No.")
COL_SAMPLE = QT_TRANSLATE_NOOP("report", "Subject or sender")


def blacklist_addresses(case: Case) -> list[str]:
    """The mail server's addresses the latest blacklist check looked at, when the case's own
    server addresses (page 5) are empty; else, or when there are none, an empty list. The
    report prints them and the review counts them as entered, so the two agree."""
    if any(a.strip() for a in case.report.server_addresses):
        return []
    section = getattr(case, "blacklist", None)
    run = section.latest() if isinstance(section, BlacklistSection) else None
    if run is None:
        return []
    org = case.organisation
    return mail_server_addresses(run, org.domain_ascii, org.domain)


def _system(ctx: ReportContext) -> list[Flowable]:
    org = ctx.case.organisation
    details = ctx.case.report
    flow: list[Flowable] = [heading(ctx, "4.", SYSTEM)]
    provider = provider_by_id(org.provider) if org.provider else None
    if provider is None:
        provider_name: Text = org.provider_other or org.provider
        kind: Text = ""
    else:
        provider_name = provider.name(ctx.lang)
        if provider.id == OTHER and org.provider_other.strip():
            provider_name = f"{provider_name} ({org.provider_other.strip()})"
        kind = KINDS.get(provider.kind, KINDS["other"])
    addresses = "\n".join(a.strip() for a in details.server_addresses if a.strip())
    if not addresses:
        addresses = "\n".join(
            ctx.tr(FROM_BLACKLIST.with_args(address=a)) for a in blacklist_addresses(ctx.case)
        )
    values: list[tuple[Msg, Text]] = [
        (COMPANY, org.company),
        (DOMAIN, org.domain),
        (PROVIDER, provider_name),
        (HOSTING, kind),
        (SERVER, org.server_name),
        (ADDRESSES, addresses),
        (SOFTWARE, details.mail_software),
        (ADMIN, org.administrator),
    ]
    if org.domain_ascii.strip() and org.domain_ascii.strip() != org.domain.strip():
        values.insert(2, (DOMAIN_ASCII, org.domain_ascii))
    if all(isinstance(v, str) and not v.strip() for _, v in values):
        flow.append(no_data(ctx, NO_SYSTEM))
        return flow
    rows = [
        (label, NOT_ENTERED if isinstance(value, str) and not value.strip() else value)
        for label, value in values
    ]
    flow.append(kv_table(ctx, rows))
    return flow


def _accounts(ctx: ReportContext) -> list[Flowable]:
    details = ctx.case.report
    flow: list[Flowable] = [heading(ctx, "5.", ACCOUNTS)]
    accounts = [a for a in ctx.case.incident.affected_accounts if a.strip()]
    if accounts:
        rows = [[account, _account_state(ctx, account)] for account in accounts]
        flow.append(data_table(ctx, [COL_ACCOUNT, COL_NOTE], rows, [62, 112]))
    else:
        flow.append(no_data(ctx, NO_ACCOUNTS))
    if accounts or details.suspected_cause.strip():
        # Printed as 未入力 when empty, like every other field the vendor looks for.
        flow += [gap(2), kv_table(ctx, [(CAUSE, ctx.or_not_entered(details.suspected_cause))])]
    return flow


def _account_state(ctx: ReportContext, address: str) -> Text:
    """The owner's note on a misused account and, if page 3 lists it, its audit state; 未入力
    when there is neither."""
    lines = []
    note = ctx.case.report.account_notes.get(address, "").strip()
    if note:
        lines.append(note)
    section = getattr(ctx.case, "accounts", None)
    account = section.inventory.find(address) if isinstance(section, AccountsSection) else None
    if account is not None:
        if not account.active:
            lines.append(ctx.tr(AUDIT_CLOSED))
        else:
            changed = account.password_changed_on
            lines.append(
                ctx.tr(
                    AUDIT_STATE.with_args(
                        verdict=verdict_text(ctx, account),
                        changed=changed.isoformat() if changed else ctx.tr(NOT_ENTERED),
                    )
                )
            )
    return "\n".join(lines) if lines else NOT_ENTERED


def _period(ctx: ReportContext) -> Text:
    start = ctx.case.report.spam_period_start
    end = ctx.case.report.spam_period_end
    if start and end:
        return PERIOD_BOTH.with_args(start=ctx.when(start), end=ctx.when(end))
    if start:
        return PERIOD_OPEN.with_args(start=ctx.when(start))
    if end:
        return PERIOD_END.with_args(end=ctx.when(end))
    return NOT_ENTERED


def _volume(ctx: ReportContext) -> list[Flowable]:
    incident = ctx.case.incident
    details = ctx.case.report
    flow: list[Flowable] = [heading(ctx, "6.", VOLUME)]
    samples = [s for s in details.spam_samples if s.strip()]
    has_period = details.spam_period_start or details.spam_period_end
    if incident.spam_volume is None and not has_period and not details.spam_volume_basis.strip():
        flow.append(no_data(ctx, NO_VOLUME))
    else:
        rows: list[tuple[Text, Text]] = [
            (COUNT, volume_text(ctx)),
            (BASIS, ctx.or_not_entered(details.spam_volume_basis)),
            (PERIOD, _period(ctx)),
        ]
        flow.append(kv_table(ctx, rows))
    if samples:
        flow += [
            heading(ctx, "", SAMPLES, level=1),
            ctx.para(SAMPLES_NOTE, ctx.st.small),
            gap(1),
            data_table(
                ctx,
                [COL_NO, COL_SAMPLE],
                [[str(i), s] for i, s in enumerate(samples, 1)],
                [10, 164],
            ),
        ]
    return flow


def build(ctx: ReportContext) -> list[Flowable]:
    """Sections 4, 5 and 6."""
    return _system(ctx) + _accounts(ctx) + _volume(ctx)
