"""7 ブラックリスト掲載状況 (DNS blacklist listings).

Reads the case's `blacklist` section (page 2): the runs of the check, each with its time, the DNS
server used and one result per list and target. A failed query is never shown as "not listed":
results are `listed`, `policy`, `not_listed`, `not_tested` (with its reason) or `unsupported`.

Layout: one line per run (time, DNS server, counts); the latest run's listings and the results
that could not be tested, with the meaning, the delisting page and the usual time (rows that
answered "not listed" are counted, not listed one by one, to keep the section readable); the
changes between the last two runs; the reason when the owner skipped the check. For the latest
run's listings that need a removal request: the date the owner says they sent it (page 2) or
"not requested", and when they changed or copied the request text (never the text, which is
English and theirs). A listing that ended after a request was sent reads "requested 11/18 →
delisted" among the changes.
Scorecard: PROBLEM if any list shows a listing, FAILED if nothing answered (no results, only
"not supported", or nothing could be tested), WARNING for policy listings or lists that could not
be tested or targets that no list answered for (only "not supported"), OK only when every
target has at least one "not listed" answer and every result is "not listed" or "not supported".
A status this version does not know counts as "could not be tested". Whether the latest run
checked the case's current domain is `dnsbl_history.domain_coverage`, the rule page 2 uses too: a
run made for another domain (the domain was corrected afterwards) is NOT_CHECKED, its results say
nothing about the current domain; a run that checked addresses only is judged on its results, but
never OK: the domain itself is a gap (WARNING at best), and the section says so next to the
owner's reason for leaving it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.core.case import Case
from app.core.dnsbl import STATUS_LABELS, Reason, Status
from app.core.dnsbl_guidance import removes_by_itself
from app.core.dnsbl_history import (
    BlacklistResultRecord,
    BlacklistRunRecord,
    BlacklistSection,
    DomainCoverage,
    checked_domain_names,
    diff_runs,
    domain_coverage,
    history_label,
    nothing_checked,
)
from app.core.dnsbl_lists import DnsblList, list_by_id, load_lists
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.report.checked_domain import (
    OTHER_DOMAIN_NOTE,
    SCORE_OTHER_DOMAIN,
    current_domain_label,
)
from app.core.report.context import ReportContext
from app.core.report.flowables import (
    AreaStatus,
    ScoreItem,
    data_table,
    gap,
    heading,
    keep_together,
    kv_table,
    no_data,
    note_box,
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


RUNS = QT_TRANSLATE_NOOP("report", "Checks made")
RUN_LINE = QT_TRANSLATE_NOOP(
    "report",
    # Counts after a colon read right for 1 and for many without plural forms.
    "{when}, DNS server: {resolver}. Listed: {listed}; policy listings: {policy}; not listed: "
    "{clean}; could not be tested: {untested}; not supported: {unsupported}.",
)
DQS_NOTE = QT_TRANSLATE_NOOP("report", " Spamhaus was asked through a DQS key.")
REWRITING_NOTE = QT_TRANSLATE_NOOP(
    "report",
    " The DNS server changed some answers (a filter or advertising service): those results "
    "were not counted.",
)
LATEST = QT_TRANSLATE_NOOP("report", "Listings and unchecked lists in the latest check")
COL_LIST = QT_TRANSLATE_NOOP("report", "List")
COL_TARGET = QT_TRANSLATE_NOOP("report", "Checked address")
COL_RESULT = QT_TRANSLATE_NOOP("report", "Result")
COL_MEANING = QT_TRANSLATE_NOOP("report", "Meaning")
COL_USUAL = QT_TRANSLATE_NOOP("report", "Usual time to removal")
DELIST_PAGES = QT_TRANSLATE_NOOP("report", "Where to request removal")
REQUESTS = QT_TRANSLATE_NOOP(
    "report",
    "Removal requests of the listings that need one (the date sent is the owner's own record "
    "in this app; the lists' answers are not known to it):",
)
REQUEST_SENT = QT_TRANSLATE_NOOP("report", "Requested on {date}")
REQUEST_NOTE = QT_TRANSLATE_NOOP("report", "Note: {note}")
REQUEST_NOT_SENT = QT_TRANSLATE_NOOP("report", "Not requested")
REQUEST_EDITED = QT_TRANSLATE_NOOP(
    "report", "Generated text completed or changed by the owner (last changed {when})"
)
REQUEST_COPIED = QT_TRANSLATE_NOOP("report", "Copied for the list's form ({when})")
SYSTEM_RESOLVER = QT_TRANSLATE_NOOP("report", "this computer's setting ({servers})")
NOTHING_FOUND = QT_TRANSLATE_NOOP(
    "report",
    "In the latest check every list that could be asked answered “not listed”.",
)
NO_RESULTS = QT_TRANSLATE_NOOP(
    "report",
    "The latest check has no results: no list could be asked about the addresses and domains "
    "checked.",
)
CLEAN_COUNT = QT_TRANSLATE_NOOP(
    "report",
    "The other {count} combinations of list and address answered “not listed”.",
)
CHANGES = QT_TRANSLATE_NOOP("report", "Changes since the previous check")
# The time goes on a line of its own under these headers: "Previous (2026-11-17 09:15)" in one
# narrow header broke inside the time.
COL_BEFORE = QT_TRANSLATE_NOOP("report", "Previous")
COL_AFTER = QT_TRANSLATE_NOOP("report", "Latest")
NO_CHANGES = QT_TRANSLATE_NOOP("report", "No result changed between the last two checks.")
SKIPPED = QT_TRANSLATE_NOOP("report", "Reason the check was skipped")
DOMAIN_LEFT_OUT = QT_TRANSLATE_NOOP("report", "Reason the domain was not checked")
ADDRESSES_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "This check included IP addresses only, not the domain {domain}. The results of the "
    "addresses below are valid, but whether {domain} is on the domain blacklists is not known: "
    "to find out, add the domain in step {step} of the app and check again.",
)
SCORE_DOMAIN_UNCHECKED = QT_TRANSLATE_NOOP("report", "Domain {domain} not checked")
# Two gaps of one check in one line of the scorecard and the review.
TWO_GAPS = QT_TRANSLATE_NOOP("report", "{first}; {second}")
SCORE_LISTED = QT_TRANSLATE_NOOP("report", "Listed on {count} lists")
SCORE_POLICY = QT_TRANSLATE_NOOP("report", "{count} policy listings")
SCORE_POLICY_ONE = QT_TRANSLATE_NOOP("report", "1 policy listing")
SCORE_UNTESTED = QT_TRANSLATE_NOOP("report", "{count} could not be checked")
SCORE_NOTHING = QT_TRANSLATE_NOOP("report", "Nothing could be checked")
SCORE_UNCOVERED = QT_TRANSLATE_NOOP(
    "report", "{count} addresses or domains not checked by any list"
)
SCORE_CLEAN = QT_TRANSLATE_NOOP("report", "Not listed ({when})")
RESULT_WITH_REASON = QT_TRANSLATE_NOOP("report", "{status}: {reason}")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP(
    "report", "Unknown result “{status}” (from a newer version): counted as not tested"
)


def _blacklist_data(case: Case) -> BlacklistSection | None:
    """The case's blacklist section, or None while no check was run or skipped."""
    section = getattr(case, "blacklist", None)
    if not isinstance(section, BlacklistSection):
        return None
    if section.latest() is None and not section.skipped_reason.strip():
        return None
    return section


@cache
def _lists() -> tuple[DnsblList, ...]:
    return load_lists(include_optional=True)


def _status(value: str) -> Status | None:
    """A stored status, or None for one this version does not know (a newer version's)."""
    try:
        return Status(value)
    except ValueError:
        return None


def _untested(run: BlacklistRunRecord) -> int:
    """Results that could not be tested, unknown statuses included."""
    return sum(1 for r in run.results if _status(r.status) in (Status.NOT_TESTED, None))


def _uncovered(run: BlacklistRunRecord) -> int:
    """Targets of `run` that no list answered for (only "not supported" or "could not be
    tested", or no result at all): a clean answer for one target says nothing about them."""
    answered = {
        r.target
        for r in run.results
        if _status(r.status) in (Status.NOT_LISTED, Status.LISTED, Status.POLICY)
    }
    targets = [t.value for t in run.targets] or [r.target for r in run.results]
    return len(set(targets) - answered)


def _coverage(case: Case, run: BlacklistRunRecord) -> DomainCoverage:
    org = case.organisation
    return domain_coverage(run, org.domain_ascii, org.domain)


def other_domain(case: Case, run: BlacklistRunRecord) -> str | None:
    """The domain `run` checked when that is not the case's current domain, else None. A run
    without a domain target (addresses only) is never "for another domain": see
    `addresses_only`."""
    if _coverage(case, run) is not DomainCoverage.OTHER_DOMAIN:
        return None
    shown = [t.display or t.value for t in run.targets if t.kind == "domain"]
    return ", ".join(dict.fromkeys(shown or checked_domain_names(run)))


def addresses_only(case: Case, run: BlacklistRunRecord) -> bool:
    """True when `run` checked addresses but not the case's domain (the owner removed it from
    the list): the addresses' results count, the domain is unchecked."""
    return _coverage(case, run) is DomainCoverage.ADDRESSES_ONLY


def score(case: Case) -> ScoreItem:
    """The scorecard entry for blacklists."""
    section = _blacklist_data(case)
    run = section.latest() if section is not None else None
    if run is None:
        return ScoreItem(AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    checked_for = other_domain(case, run)
    if checked_for is not None:
        return ScoreItem(
            AREA, AreaStatus.NOT_CHECKED, SCORE_OTHER_DOMAIN.with_args(domain=checked_for)
        )
    statuses = [_status(r.status) for r in run.results]
    listed = {r.list_id for r, s in zip(run.results, statuses, strict=True) if s is Status.LISTED}
    policy = statuses.count(Status.POLICY)
    clean = statuses.count(Status.NOT_LISTED)
    untested = _untested(run)
    uncovered = _uncovered(run)
    gaps: list[Msg] = []
    if addresses_only(case, run):
        gaps.append(SCORE_DOMAIN_UNCHECKED.with_args(domain=current_domain_label(case)))
    if untested:
        gaps.append(SCORE_UNTESTED.with_args(count=untested))
    elif uncovered:
        gaps.append(SCORE_UNCOVERED.with_args(count=uncovered))
    gap: Msg | None = None
    for part in gaps:
        gap = part if gap is None else TWO_GAPS.with_args(first=gap, second=part)
    if listed:
        return ScoreItem(AREA, AreaStatus.PROBLEM, SCORE_LISTED.with_args(count=len(listed)), gap)
    if not clean and not policy:
        # No list answered for these targets: no results at all, only "not supported", or
        # nothing could be tested. Never a clean result.
        return ScoreItem(AREA, AreaStatus.FAILED, SCORE_NOTHING)
    if gap is not None:
        return ScoreItem(AREA, AreaStatus.WARNING, gap, gap)
    if policy:
        text = SCORE_POLICY_ONE if policy == 1 else SCORE_POLICY.with_args(count=policy)
        return ScoreItem(AREA, AreaStatus.WARNING, text)
    return ScoreItem(
        AREA, AreaStatus.OK, SCORE_CLEAN.with_args(when=ReportContext.short(run.checked_at))
    )


def _run_line(ctx: ReportContext, run: BlacklistRunRecord) -> str:
    text = ctx.tr(
        RUN_LINE.with_args(
            when=ctx.when(run.checked_at),
            resolver=_resolver(ctx, run.resolver),
            listed=run.count(Status.LISTED),
            policy=run.count(Status.POLICY),
            clean=run.count(Status.NOT_LISTED),
            untested=_untested(run),
            unsupported=run.count(Status.UNSUPPORTED),
        )
    )
    if run.dqs:
        text += ctx.tr(DQS_NOTE)
    if run.rewriting:
        text += ctx.tr(REWRITING_NOTE)
    return text


def _result(ctx: ReportContext, record: BlacklistResultRecord) -> str:
    known = _status(record.status)
    if known is None:
        return ctx.tr(UNKNOWN_STATUS.with_args(status=record.status))
    status = ctx.tr(STATUS_LABELS[known])
    if record.status == Status.NOT_TESTED and record.reason:
        try:
            reason = ctx.tr(Reason(record.reason).label)
        except ValueError:
            reason = record.reason
        return ctx.tr(RESULT_WITH_REASON.with_args(status=status, reason=reason))
    if record.codes:
        return f"{status}\n{', '.join(record.codes)}"
    return status


def _usual_time(ctx: ReportContext, record: BlacklistResultRecord) -> str:
    item = list_by_id(_lists(), record.list_id)
    return item.delist_time.get(ctx.lang) if item is not None else ""


def _delist_url(record: BlacklistResultRecord) -> str:
    item = list_by_id(_lists(), record.list_id)
    return record.delist_url or (item.delist_url if item else "")


def _resolver(ctx: ReportContext, described: str) -> str:
    # Runs store the resolver as the DNS layer describes it ("system (192.0.2.53)").
    if described.startswith("system (") and described.endswith(")"):
        return ctx.tr(SYSTEM_RESOLVER.with_args(servers=described[len("system (") : -1]))
    return described


def _name_column_mm(ctx: ReportContext, names: Iterable[str]) -> float:
    """Width of a label column that holds each list name on one line: the default 38 mm broke
    「UCEPROTECT Level 1」 before its number. At most 64 mm, so that the URLs keep their room."""
    style = ctx.st.cell_bold
    widest = max((stringWidth(n, style.fontName, style.fontSize) for n in names), default=0.0)
    padding = 4 + 4 + 2  # the cell's left and right padding, and a little to spare
    return float(min(64.0, max(38.0, (widest + padding) / mm)))


_ORDER = {Status.LISTED: 0, Status.POLICY: 1, Status.NOT_TESTED: 2, Status.UNSUPPORTED: 3}


def build(ctx: ReportContext) -> list[Flowable]:
    """The section's flowables."""
    flow: list[Flowable] = [heading(ctx, "7.", TITLE)]
    section = _blacklist_data(ctx.case)
    if section is None:
        flow.append(
            keep_together([no_data(ctx, NOT_CHECKED), ctx.para(WHAT_WILL_APPEAR, ctx.st.note)])
        )
        return flow
    runs = section.completed_runs()
    if runs:
        flow.append(kv_table(ctx, [(RUNS, "\n".join(_run_line(ctx, run) for run in runs))]))
    latest = section.latest()
    coverage = _coverage(ctx.case, latest) if latest is not None else None
    # Page 2 asks for the reason only while no run covers the domain; once one does, an old
    # reason is no longer true. After a run of addresses only it says why the domain was left
    # out; after a run in which no list answered, why the check is skipped.
    unchecked = latest is not None and nothing_checked(latest)
    if section.skipped_reason.strip() and (coverage is not DomainCoverage.CHECKED or unchecked):
        label = (
            DOMAIN_LEFT_OUT
            if coverage is DomainCoverage.ADDRESSES_ONLY and not unchecked
            else SKIPPED
        )
        flow += [gap(2), kv_table(ctx, [(label, section.skipped_reason)])]
    if latest is None:
        return flow
    notable = sorted(
        (r for r in latest.results if r.status != Status.NOT_LISTED),
        key=lambda r: (
            _ORDER.get(_status(r.status) or Status.NOT_TESTED, 9),
            r.list_name,
            r.target,
        ),
    )
    flow += [gap(3), heading(ctx, "7.1", LATEST, level=1)]
    checked_for = other_domain(ctx.case, latest)
    if checked_for is not None:
        note = OTHER_DOMAIN_NOTE.with_args(
            checked=checked_for, domain=current_domain_label(ctx.case), step=2
        )
        flow += [note_box(ctx, [ctx.para(note, ctx.st.body)]), gap(2)]
    elif addresses_only(ctx.case, latest):
        note = ADDRESSES_ONLY_NOTE.with_args(domain=current_domain_label(ctx.case), step=2)
        flow += [note_box(ctx, [ctx.para(note, ctx.st.body)]), gap(2)]
    if notable:
        rows = [
            [
                r.list_name,
                r.target,
                _result(ctx, r),
                r.meaning_text(ctx.lang),
                _usual_time(ctx, r) if r.status in (Status.LISTED, Status.POLICY) else "",
            ]
            for r in notable
        ]
        flow.append(
            data_table(
                ctx,
                [COL_LIST, COL_TARGET, COL_RESULT, COL_MEANING, COL_USUAL],
                rows,
                [28, 34, 24, 52, 42],
                small_columns=(2, 3, 4),
            )
        )
        clean = latest.count(Status.NOT_LISTED)
        if clean:
            # Without the gap the note's first line touches the table's bottom border.
            flow.append(gap(2))
            flow.append(ctx.para(CLEAN_COUNT.with_args(count=clean), ctx.st.note))
        # URLs get a full-width column of their own so that they are never broken mid-token.
        pages: dict[str, str] = {}
        for r in notable:
            url = _delist_url(r)
            if r.status in (Status.LISTED, Status.POLICY) and url:
                pages.setdefault(r.list_name, url)
        if pages:
            flow += [
                gap(2),
                keep_together(
                    [
                        ctx.para(DELIST_PAGES, ctx.st.body),
                        kv_table(ctx, list(pages.items()), label_mm=_name_column_mm(ctx, pages)),
                    ]
                ),
            ]
        flow += _requests(ctx, section, notable)
    elif latest.results:
        flow.append(no_data(ctx, NOTHING_FOUND))
    else:
        flow.append(no_data(ctx, NO_RESULTS))
    previous = section.previous()
    if previous is not None:
        flow += [gap(3), heading(ctx, "7.2", CHANGES, level=1)]
        changes = diff_runs(previous, latest)
        if changes:
            flow.append(
                data_table(
                    ctx,
                    [
                        COL_LIST,
                        COL_TARGET,
                        f"{ctx.tr(COL_BEFORE)}\n({ctx.short(previous.checked_at)})",
                        f"{ctx.tr(COL_AFTER)}\n({ctx.short(latest.checked_at)})",
                    ],
                    [
                        [
                            c.list_name,
                            c.target,
                            ctx.tr(c.before_label(section.sent_request(c.list_id, c.target))),
                            ctx.tr(history_label(c.after, before=False, delisted=c.delisted)),
                        ]
                        for c in changes
                    ],
                    [34, 46, 50, 50],
                )
            )
        else:
            flow.append(no_data(ctx, NO_CHANGES))
    return flow


def _requests(
    ctx: ReportContext, section: BlacklistSection, notable: list[BlacklistResultRecord]
) -> list[Flowable]:
    """What the owner did with the removal requests of the latest run's listings: sent (their
    own record, with its date) or not, and the request text changed or copied. Listings that
    end by themselves, and policy or informational ones, need no request and are left out."""
    rows: list[tuple[str, str]] = []
    names: list[str] = []
    for r in notable:
        if r.status != Status.LISTED or removes_by_itself(list_by_id(_lists(), r.list_id)):
            continue
        sent = section.sent_request(r.list_id, r.target)
        done = [
            ctx.tr(REQUEST_SENT.with_args(date=sent.sent_on.isoformat()))
            if sent is not None
            else ctx.tr(REQUEST_NOT_SENT)
        ]
        if sent is not None and sent.note:
            done.append(ctx.tr(REQUEST_NOTE.with_args(note=sent.note)))
        saved = section.request(r.list_id, r.target)
        if saved is not None and saved.edited and saved.edited_at is not None:
            done.append(ctx.tr(REQUEST_EDITED.with_args(when=ctx.short(saved.edited_at))))
        if saved is not None and saved.copied_at is not None:
            done.append(ctx.tr(REQUEST_COPIED.with_args(when=ctx.short(saved.copied_at))))
        rows.append((f"{r.list_name}\n{r.target}", "\n".join(done)))
        names.append(r.list_name)
    if not rows:
        return []
    return [
        gap(2),
        keep_together(
            [
                ctx.para(REQUESTS, ctx.st.body),
                kv_table(ctx, rows, label_mm=_name_column_mm(ctx, names)),
            ]
        ),
    ]
