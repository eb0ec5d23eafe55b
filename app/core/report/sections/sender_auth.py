"""9 送信ドメイン認証 (SPF / DKIM / DMARC).

Reads the case's `sender_auth` section (page 4). The plain statement of what SPF/DKIM/DMARC can
and cannot do is always printed: vendors and owners both need to hear that they stop forgery,
not spam sent with a stolen password.

Layout: SPF (time, DNS server, result, lookup counts, each problem explained, the current record
verbatim, also a value published but not read as SPF; the recommended record verbatim with page
4's verdict (verified / not fully verified / no change needed), where to publish it, the checks
made before recommending it and what changed and why; the
record before and after publishing when it was re-checked), DKIM (selectors and keys), DMARC
(the record and the policy, the problems found, then the next step and the recommended record:
the problems' text refers to the record "below"). Records are long single
tokens, so they get the full frame width.
Scorecard: SPF PROBLEM for no record or a permerror, WARNING for warnings, FAILED when the lookup
failed, OK for a valid record without warnings; DMARC PROBLEM for none or an unusable record,
WARNING for p=none, OK for quarantine/reject, FAILED when the lookup failed. A check made for
another domain than the case's current one (the domain was corrected afterwards) is NOT_CHECKED,
and its subsection says that it must be repeated.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.case import Case
from app.core.dkim import KEY_STATUS_TEXT, DkimCheck, DkimKey, DkimStatus
from app.core.dmarc import DmarcCheck, DmarcStatus
from app.core.findings import Finding, Severity, lookup_failed
from app.core.i18n import QT_TRANSLATE_NOOP, Code, Msg
from app.core.report.checked_domain import (
    OTHER_DOMAIN_NOTE,
    SCORE_OTHER_DOMAIN,
    current_domain_label,
    is_other_domain,
)
from app.core.report.context import ReportContext, Rich
from app.core.report.flowables import (
    AreaStatus,
    Cell,
    ScoreItem,
    data_table,
    gap,
    heading,
    keep_together,
    kv_table,
    no_data,
    note_box,
)
from app.core.sender_auth import SenderAuthSection, checks_to_compare
from app.core.spf.check import SpfCheck, SpfStatus
from app.core.spf.codes import finding_terms
from app.core.spf.generate import SpfRecommendation
from app.core.spf.lookups import LookupBreakdown
from app.core.spf.presets import dns_host

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


SPF_HEADING = QT_TRANSLATE_NOOP("report", "SPF")
DKIM_HEADING = QT_TRANSLATE_NOOP("report", "DKIM")
DMARC_HEADING = QT_TRANSLATE_NOOP("report", "DMARC")
CHECKED = QT_TRANSLATE_NOOP("report", "Checked")
DNS_SERVER = QT_TRANSLATE_NOOP("report", "DNS server")
RESULT = QT_TRANSLATE_NOOP("report", "Result")
LOOKUPS = QT_TRANSLATE_NOOP("report", "DNS lookups")
# The same words as page 4's count ("worst case: every term counted"): "every branch" said
# the same thing in a word the owner does not use.
LOOKUPS_VALUE = QT_TRANSLATE_NOOP(
    "report",
    "{lookups} of at most 10 (names that do not exist: {void} of at most 2), worst case: every "
    "term counted",
)
CURRENT = QT_TRANSLATE_NOOP("report", "Current record")
NO_RECORD = QT_TRANSLATE_NOOP("report", "(none published)")
# A lookup that got no answer read nothing: "(none published)" there told the vendor the
# domain has no record, a finding the check never made.
NOT_READ_FAILED = QT_TRANSLATE_NOOP("report", "(could not be read: the DNS lookup failed)")
RECOMMENDED = QT_TRANSLATE_NOOP("report", "Recommended record")
NO_CHANGE = QT_TRANSLATE_NOOP(
    "report", "The published record already covers every known server: no change needed."
)
VERIFIED = QT_TRANSLATE_NOOP("report", "Checked before recommending")
NOT_READ = QT_TRANSLATE_NOOP(
    "report", "(published, but not read as SPF: receivers treat the domain as having none)"
)
REC_STATE = QT_TRANSLATE_NOOP("report", "State")
REC_VERIFIED = QT_TRANSLATE_NOOP(
    "report", "Verified: publish this record instead of the current one."
)
REC_VERIFIED_NEW = QT_TRANSLATE_NOOP(
    "report", "Verified: the domain has no SPF record yet, publish this one."
)
REC_NOT_VERIFIED = QT_TRANSLATE_NOOP(
    "report",
    "Not fully verified: read the checks below before publishing it. Published as it is, "
    "it may not work.",
)
HOW_TO_PUBLISH = QT_TRANSLATE_NOOP("report", "Where to publish")
HOW_TO_PUBLISH_VALUE = QT_TRANSLATE_NOOP(
    "report",
    "A TXT record of the domain itself ({host_field}). Change the existing v=spf1 record "
    "instead of adding another: a domain may have only one.",
)
HOW_TO_PUBLISH_NEW = QT_TRANSLATE_NOOP(
    "report",
    "A new TXT record of the domain itself ({host_field}). A domain may have only one "
    "v=spf1 record: publish this one only.",
)
IN_PARTS = QT_TRANSLATE_NOOP("report", "If the DNS panel asks for parts")
POLICY_ROW = QT_TRANSLATE_NOOP("report", "Mail from other servers")
CHANGES = QT_TRANSLATE_NOOP("report", "What changed and why")
PROBLEMS = QT_TRANSLATE_NOOP("report", "Problems found")
COL_PROBLEM = QT_TRANSLATE_NOOP("report", "Problem")
COL_WHAT_TO_DO = QT_TRANSLATE_NOOP("report", "Explanation and what to change")
NO_PROBLEMS = QT_TRANSLATE_NOOP("report", "No problem was found.")
BEFORE_AFTER = QT_TRANSLATE_NOOP("report", "Before and after publishing")
FIRST = QT_TRANSLATE_NOOP("report", "First check ({when})")
LAST = QT_TRANSLATE_NOOP("report", "Latest check ({when})")
SPF_NOT_CHECKED = QT_TRANSLATE_NOOP("report", "The SPF record has not been checked yet.")
DKIM_NOT_CHECKED = QT_TRANSLATE_NOOP("report", "DKIM has not been checked yet.")
DMARC_NOT_CHECKED = QT_TRANSLATE_NOOP("report", "DMARC has not been checked yet.")
COL_SELECTOR = QT_TRANSLATE_NOOP("report", "Selector")
COL_KEY = QT_TRANSLATE_NOOP("report", "Key")
COL_STATE = QT_TRANSLATE_NOOP("report", "State")
KEY_VALUE = QT_TRANSLATE_NOOP("report", "{type}, {bits} bits")
NO_KEY = QT_TRANSLATE_NOOP("report", "-")
NO_KEYS = QT_TRANSLATE_NOOP(
    "report", "No DKIM key was found under the selectors tried ({selectors})."
)
POLICY = QT_TRANSLATE_NOOP("report", "Policy")
REPORTS_TO = QT_TRANSLATE_NOOP("report", "Reports sent to")
NEXT_STEP = QT_TRANSLATE_NOOP("report", "Next step")
REPORT_MAILBOX = QT_TRANSLATE_NOOP("report", "Mailbox for the reports")
SEP = QT_TRANSLATE_NOOP("report", ", ")
BREAKDOWN = QT_TRANSLATE_NOOP(
    "report", "Where the DNS lookups go: {total} of at most {limit}, most expensive first"
)
REC_BREAKDOWN = QT_TRANSLATE_NOOP(
    "report",
    "Where the DNS lookups of the recommended record go: {total} of at most {limit}, most "
    "expensive first",
)
COL_TERM = QT_TRANSLATE_NOOP("report", "Term")
COL_WHAT = QT_TRANSLATE_NOOP("report", "What it is")
COL_LOOKUPS = QT_TRANSLATE_NOOP("report", "DNS lookups")
LOOKUP_COUNT = QT_TRANSLATE_NOOP("report", "{count}")
LOOKUP_COUNT_MORE = QT_TRANSLATE_NOOP("report", "{count} or more")
TOTAL = QT_TRANSLATE_NOOP("report", "Total (the limit is {limit})")
HOW_BELOW = QT_TRANSLATE_NOOP("report", "How to get to 10 or fewer")

SPF_STATES: dict[SpfStatus, Msg] = {
    SpfStatus.VALID: QT_TRANSLATE_NOOP("report", "Valid"),
    SpfStatus.NONE: QT_TRANSLATE_NOOP("report", "No SPF record"),
    SpfStatus.PERMERROR: QT_TRANSLATE_NOOP("report", "Broken (permerror): receivers ignore it"),
    SpfStatus.TEMPERROR: QT_TRANSLATE_NOOP("report", "Could not be checked (lookup failed)"),
}
DMARC_STATES: dict[DmarcStatus, Msg] = {
    DmarcStatus.VALID: QT_TRANSLATE_NOOP("report", "Published"),
    DmarcStatus.NONE: QT_TRANSLATE_NOOP("report", "Not set up yet (no record)"),
    DmarcStatus.INVALID: QT_TRANSLATE_NOOP("report", "Published but unusable"),
    DmarcStatus.TEMPERROR: QT_TRANSLATE_NOOP("report", "Could not be checked (lookup failed)"),
}
# A domain the DNS says does not exist (most likely mistyped): "no record" would read as
# "publish one".
DOMAIN_MISSING = QT_TRANSLATE_NOOP(
    "report", "The domain does not exist in DNS (check its spelling)"
)
DKIM_STATES: dict[str, Msg] = {
    "ok": QT_TRANSLATE_NOOP("report", "Usable"),
    "problem": QT_TRANSLATE_NOOP("report", "Problem"),
    "not_found": QT_TRANSLATE_NOOP("report", "Not found"),
    "temperror": QT_TRANSLATE_NOOP("report", "Could not be checked"),
}
SCORE_SPF_OK = QT_TRANSLATE_NOOP("report", "Valid record")
SCORE_SPF_WARN = QT_TRANSLATE_NOOP("report", "{count} warnings")
SCORE_SPF_NONE = QT_TRANSLATE_NOOP("report", "No record")
SCORE_SPF_BROKEN = QT_TRANSLATE_NOOP("report", "Broken record")
SCORE_LOOKUP_FAILED = QT_TRANSLATE_NOOP("report", "The lookup failed")
SCORE_DMARC_NONE = QT_TRANSLATE_NOOP("report", "No record")
SCORE_DMARC_INVALID = QT_TRANSLATE_NOOP("report", "Unusable record")
SCORE_DMARC_POLICY = QT_TRANSLATE_NOOP("report", "p={policy}")


# Every stored result that names the domain it was made for.
Checked = SpfCheck | DmarcCheck | DkimCheck | SpfRecommendation


def _sender_auth_data(case: Case) -> SenderAuthSection | None:
    """The case's sender_auth section, or None while nothing has been checked."""
    section = getattr(case, "sender_auth", None)
    if not isinstance(section, SenderAuthSection):
        return None
    if section.latest_check is None and section.dmarc is None and section.dkim is None:
        return None
    return section


def _other_domain(case: Case, check: Checked) -> str | None:
    """The domain `check` was made for when that is not the case's current domain."""
    if is_other_domain(case, (check.domain_ascii, check.domain)):
        return check.domain or check.domain_ascii
    return None


def _other_domain_note(ctx: ReportContext, check: Checked) -> list[Flowable]:
    checked_for = _other_domain(ctx.case, check)
    if checked_for is None:
        return []
    note = OTHER_DOMAIN_NOTE.with_args(
        checked=checked_for, domain=current_domain_label(ctx.case), step=4
    )
    return [note_box(ctx, [ctx.para(note, ctx.st.body)]), gap(2)]


def spf_score(case: Case) -> ScoreItem:
    """The scorecard entry for SPF."""
    section = _sender_auth_data(case)
    check = section.latest_check if section is not None else None
    if check is None:
        return ScoreItem(SPF_AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    checked_for = _other_domain(case, check)
    if checked_for is not None:
        return ScoreItem(
            SPF_AREA, AreaStatus.NOT_CHECKED, SCORE_OTHER_DOMAIN.with_args(domain=checked_for)
        )
    if check.status is SpfStatus.TEMPERROR:
        return ScoreItem(SPF_AREA, AreaStatus.FAILED, SCORE_LOOKUP_FAILED)
    if check.status is SpfStatus.NONE:
        return ScoreItem(SPF_AREA, AreaStatus.PROBLEM, SCORE_SPF_NONE)
    if check.status is SpfStatus.PERMERROR:
        return ScoreItem(SPF_AREA, AreaStatus.PROBLEM, SCORE_SPF_BROKEN)
    warnings = [f for f in check.shown_findings if f.severity == Severity.WARNING]
    if warnings:
        return ScoreItem(
            SPF_AREA, AreaStatus.WARNING, SCORE_SPF_WARN.with_args(count=len(warnings))
        )
    return ScoreItem(SPF_AREA, AreaStatus.OK, SCORE_SPF_OK)


def dmarc_score(case: Case) -> ScoreItem:
    """The scorecard entry for DMARC."""
    section = _sender_auth_data(case)
    check = section.dmarc if section is not None else None
    if check is None:
        return ScoreItem(DMARC_AREA, AreaStatus.NOT_CHECKED, NOT_CHECKED_DETAIL)
    checked_for = _other_domain(case, check)
    if checked_for is not None:
        return ScoreItem(
            DMARC_AREA, AreaStatus.NOT_CHECKED, SCORE_OTHER_DOMAIN.with_args(domain=checked_for)
        )
    if check.status is DmarcStatus.TEMPERROR:
        return ScoreItem(DMARC_AREA, AreaStatus.FAILED, SCORE_LOOKUP_FAILED)
    if check.status is DmarcStatus.NONE:
        return ScoreItem(DMARC_AREA, AreaStatus.PROBLEM, SCORE_DMARC_NONE)
    if check.status is DmarcStatus.INVALID:
        return ScoreItem(DMARC_AREA, AreaStatus.PROBLEM, SCORE_DMARC_INVALID)
    policy = check.policy or "none"
    status = AreaStatus.OK if policy in ("quarantine", "reject") else AreaStatus.WARNING
    return ScoreItem(DMARC_AREA, status, SCORE_DMARC_POLICY.with_args(policy=policy))


def _resolver(ctx: ReportContext, described: str) -> str:
    from app.core.report.sections.blacklist import SYSTEM_RESOLVER

    if described.startswith("system (") and described.endswith(")"):
        text = ctx.tr(SYSTEM_RESOLVER.with_args(servers=described[len("system (") : -1]))
        # A table cell of its own here, not the middle of a sentence as in section 7.
        return text[:1].upper() + text[1:]
    return described


# Marks before a finding or a verification line: ok, error, warning, could not tell. Japanese
# readers know ○ × △ as "fine / wrong / caution"; English readers read ○ and △ as nothing, so
# the English report uses ✓ × ! ? instead (✗ and ⚠ are not in the bundled font and would print
# as the missing-glyph box).
_MARKS = {"ja": ("○", "×", "△", "？"), "en": ("✓", "×", "!", "?")}


def _mark(ctx: ReportContext, ok: bool | None, *, warning: bool = False) -> str:
    good, bad, caution, unknown = _MARKS.get(ctx.lang, _MARKS["ja"])
    if warning:
        return caution
    return good if ok else bad if ok is False else unknown


def _findings(ctx: ReportContext, findings: tuple[Finding, ...]) -> list[Flowable]:
    if not findings:
        return [no_data(ctx, NO_PROBLEMS)]
    rows = []
    for finding in findings:
        error = finding.severity == Severity.ERROR
        mark = _mark(ctx, False) if error else _mark(ctx, None, warning=True)
        if lookup_failed(finding):
            mark = _mark(ctx, None)  # the lookup failed: not known, not wrong (as page 4)
        # Terms and names in the records' font, as in the record printed above.
        title = Rich(f"{mark} ", finding.title)
        # A grouped finding (names that do not exist) is about several terms.
        terms = finding_terms(finding) or ([finding.term] if finding.term else [])
        if terms:
            title = Rich(*title.parts, "\n", Code(" ".join(terms)))
        rows.append([title, Rich(finding.message)])
    return [data_table(ctx, [COL_PROBLEM, COL_WHAT_TO_DO], rows, [60, 120], small_columns=(1,))]


def _problems(ctx: ReportContext, findings: tuple[Finding, ...]) -> Flowable:
    """「見つかった問題」 with its table (or "no problem"), never split from it at a page end."""
    return keep_together([ctx.para(PROBLEMS, ctx.st.body), *_findings(ctx, findings)], whole=False)


def _code(ctx: ReportContext, text: str) -> Cell:
    """A DNS record as a cell, in the fixed-width font when it is plain ASCII (records always
    are; a value with full-width characters, printed to show what is wrong with it, keeps
    the Japanese font, which can draw them)."""
    if text and all(" " <= ch <= "~" or ch == "\n" for ch in text):
        return ctx.para(text, ctx.st.record)
    return text


def _lines(*lines: tuple[str, Msg]) -> Rich:
    """Messages one a line, each after its mark or bullet, their record text in the
    records' font."""
    parts: list[str | Msg] = []
    for mark, message in lines:
        parts += ["\n", mark, message] if parts else [mark, message]
    return Rich(*parts)


def _checked_rows(ctx: ReportContext, checked_at: object, resolver: str) -> list[tuple[Msg, Cell]]:
    rows: list[tuple[Msg, Cell]] = []
    if checked_at is not None:
        rows.append((CHECKED, ctx.when(checked_at)))  # type: ignore[arg-type]
    if resolver:
        rows.append((DNS_SERVER, _resolver(ctx, resolver)))
    return rows


def _spf(ctx: ReportContext, section: SenderAuthSection) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx, "9.1", SPF_HEADING, level=1)]
    check: SpfCheck | None = section.latest_check
    if check is None:
        return [*flow, no_data(ctx, SPF_NOT_CHECKED)]
    flow += _other_domain_note(ctx, check)
    rows = _checked_rows(ctx, check.checked_at, check.resolver)
    state = DOMAIN_MISSING if check.domain_missing else SPF_STATES[check.status]
    rows.append((RESULT, ctx.tr(state)))
    failed = check.status is SpfStatus.TEMPERROR and not (check.records or check.record)
    # Nothing read, nothing counted: "0 of at most 10" would read as a record that uses none.
    if check.status is not SpfStatus.NONE and not failed:
        rows.append(
            (
                LOOKUPS,
                ctx.tr(LOOKUPS_VALUE.with_args(lookups=check.lookups, void=check.void_lookups)),
            )
        )
    current: Cell
    if check.records:
        current = _code(ctx, "\n".join(check.records))
    elif check.unrecognised:
        current = Rich(*(Code(value + "\n") for value in check.unrecognised), NOT_READ)
    else:
        current = _code(ctx, check.record) if check.record else ctx.tr(_no_record(check))
    rows.append((CURRENT, current))
    flow.append(kv_table(ctx, rows))
    flow += [gap(2), _problems(ctx, check.shown_findings)]
    breakdown = check.breakdown
    if breakdown is not None:
        # The owner's answers on page 4 (services no longer used), as page 4 shows them.
        breakdown = breakdown.answered(section.unused_services, section.unused_terms)
    flow += _breakdown(ctx, breakdown, BREAKDOWN)
    recommendation: SpfRecommendation | None = section.recommendation
    if recommendation is not None:
        rec_rows: list[tuple[Msg, Cell]] = [(RECOMMENDED, _code(ctx, recommendation.record))]
        # The same verdict page 4 shows: a record that failed its own checks must not read as
        # a recommendation to publish as it is.
        if recommendation.no_change_needed:
            rec_rows.append((REC_STATE, ctx.tr(NO_CHANGE)))
        else:
            # With nothing published yet there is no "current one" to replace.
            new = recommendation.existing_status == "none"
            if recommendation.verified:
                state = REC_VERIFIED_NEW if new else REC_VERIFIED
            else:
                state = REC_NOT_VERIFIED
            rec_rows.append((REC_STATE, ctx.tr(state)))
            host = dns_host(recommendation.provider or ctx.case.organisation.provider)
            host_field = host.host_field(ctx.lang)
            where = HOW_TO_PUBLISH_NEW if new else HOW_TO_PUBLISH_VALUE
            rec_rows.append((HOW_TO_PUBLISH, Rich(where.with_args(host_field=host_field))))
            if len(recommendation.strings) > 1:
                rec_rows.append((IN_PARTS, _code(ctx, recommendation.zone_text)))
        reason = recommendation.policy_reason
        if reason is not None:
            # Why it ends in ~all or -all: a published -all is kept, never weakened.
            rec_rows.append((POLICY_ROW, Rich(reason)))
        if recommendation.checks:
            rec_rows.append(
                (
                    VERIFIED,
                    _lines(*((f"{_mark(ctx, v.ok)} ", v.message) for v in recommendation.checks)),
                )
            )
        if recommendation.notes:
            bullet = "・" if ctx.lang == "ja" else "• "
            rec_rows.append(
                (
                    CHANGES,
                    _lines(*((bullet, note.message) for note in recommendation.notes)),
                )
            )
        flow.append(gap(2))
        if _other_domain(ctx.case, check) is None:
            flow += _other_domain_note(ctx, recommendation)
        flow.append(kv_table(ctx, rec_rows))
        if recommendation.record != check.record:
            flow += _breakdown(ctx, recommendation.breakdown, REC_BREAKDOWN)
    # Only checks of the latest check's domain are compared, as on page 4: after the owner
    # corrected the domain, the old domain's record is no "before" of the new one's.
    pair = checks_to_compare(section)
    first = pair[0] if pair is not None else None
    if first is not None and first is not check and first.checked_at and check.checked_at:
        flow += [
            gap(2),
            ctx.para(BEFORE_AFTER, ctx.st.body),
            kv_table(
                ctx,
                [
                    (
                        FIRST.with_args(when=ctx.short(first.checked_at)),
                        _code(ctx, first.record) if first.record else ctx.tr(_no_record(first)),
                    ),
                    (
                        LAST.with_args(when=ctx.short(check.checked_at)),
                        _code(ctx, check.record) if check.record else ctx.tr(_no_record(check)),
                    ),
                ],
                label_mm=46,
            ),
        ]
    return flow


def _no_record(check: SpfCheck | DmarcCheck) -> Msg:
    """What the current record cell says when no record was read."""
    failed = check.status in (SpfStatus.TEMPERROR, DmarcStatus.TEMPERROR)
    return NOT_READ_FAILED if failed else NO_RECORD


def _key_value(ctx: ReportContext, key: DkimKey) -> str:
    """A DKIM key's type and size; a dash where no key was read (not published, or the
    lookup failed) rather than 「?、? ビット」."""
    if not key.key_type and not key.bits:
        return ctx.tr(NO_KEY)
    return ctx.tr(KEY_VALUE.with_args(type=(key.key_type or "?").upper(), bits=key.bits or "?"))


def _breakdown(ctx: ReportContext, breakdown: LookupBreakdown | None, title: Msg) -> list[Flowable]:
    """Where an over-limit record's lookups go, and the ways below 10 (as page 4 shows)."""
    if breakdown is None or not breakdown.over_limit:
        return []
    rows: list[list[Cell]] = []
    for cost in breakdown.terms:
        count = LOOKUP_COUNT if cost.complete else LOOKUP_COUNT_MORE
        # A term is a piece of the record printed above it: the same fixed-width font, so
        # that `include:_spf...` reads the same in both (a long one wraps after . - _ :).
        term = _code(ctx, cost.term)
        what = Rich(cost.what_text())
        rows.append([term, what, ctx.tr(count.with_args(count=cost.lookups))])
    total = ctx.tr(LOOKUP_COUNT.with_args(count=breakdown.total))
    rows.append(["", ctx.tr(TOTAL.with_args(limit=breakdown.limit)), total])
    table = data_table(ctx, [COL_TERM, COL_WHAT, COL_LOOKUPS], rows, [70, 75, 35])
    bullet = "・" if ctx.lang == "ja" else "• "
    advice = [ctx.para(Rich(bullet, s.text()), ctx.st.body) for s in breakdown.suggestions]
    heading_text = title.with_args(total=breakdown.total, limit=breakdown.limit)
    return [
        gap(2),
        keep_together([ctx.para(heading_text, ctx.st.body), table], whole=False),
        gap(2),
        keep_together([ctx.para(HOW_BELOW, ctx.st.body), *advice], whole=False),
    ]


def _dkim(ctx: ReportContext, check: DkimCheck | None) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx, "9.2", DKIM_HEADING, level=1)]
    if check is None:
        return [*flow, no_data(ctx, DKIM_NOT_CHECKED)]
    flow += _other_domain_note(ctx, check)
    rows = _checked_rows(ctx, check.checked_at, check.resolver)
    rows.append((RESULT, ctx.tr(DKIM_STATES.get(check.status.value, Msg("report", check.status)))))
    flow.append(kv_table(ctx, rows))
    if check.keys:
        flow.append(gap(2))
        flow.append(
            data_table(
                ctx,
                [COL_SELECTOR, COL_KEY, COL_STATE],
                [
                    [
                        _code(ctx, key.name),
                        _key_value(ctx, key),
                        # The same words page 4 shows for a key; an unknown status (a newer
                        # version's case file) is printed as stored rather than hidden.
                        ctx.tr(KEY_STATUS_TEXT.get(key.status, Msg("report", key.status))),
                    ]
                    for key in check.keys
                ],
                [80, 50, 50],
            )
        )
    elif check.status is DkimStatus.NOT_FOUND:
        selectors = ctx.tr(SEP).join(check.selectors_tried)
        flow.append(no_data(ctx, NO_KEYS.with_args(selectors=selectors)))
    if check.findings:
        flow += [gap(2), _problems(ctx, check.shown_findings)]
    return flow


def _dmarc(ctx: ReportContext, check: DmarcCheck | None) -> list[Flowable]:
    flow: list[Flowable] = [heading(ctx, "9.3", DMARC_HEADING, level=1)]
    if check is None:
        return [*flow, no_data(ctx, DMARC_NOT_CHECKED)]
    flow += _other_domain_note(ctx, check)
    rows = _checked_rows(ctx, check.checked_at, check.resolver)
    state = DMARC_STATES[check.status] if check.domain_exists else DOMAIN_MISSING
    rows.append((RESULT, ctx.tr(state)))
    rows.append((CURRENT, _code(ctx, check.record) if check.record else ctx.tr(_no_record(check))))
    if check.policy:
        rows.append((POLICY, check.policy))
    if check.reports:
        rows.append((REPORTS_TO, "\n".join(str(getattr(r, "address", r)) for r in check.reports)))
    flow.append(kv_table(ctx, rows))
    # The problems come before the next step and the recommended record, as in 9.1: their
    # text points "below" to the record to publish.
    if check.findings:
        flow += [gap(2), _problems(ctx, check.findings)]
    next_rows: list[tuple[Msg, Cell]] = []
    step = check.step_message
    if step is not None:
        next_rows.append((NEXT_STEP, Rich(step)))
    if check.recommended:
        next_rows.append((RECOMMENDED, _code(ctx, check.recommended)))
    mailbox = check.mailbox_message
    if mailbox is not None:
        # dmarc-reports@<domain> is rarely a mailbox the owner has: it must exist first.
        next_rows.append((REPORT_MAILBOX, Rich(mailbox)))
    if next_rows:
        # The step, the record and the mailbox to create belong together: never split
        # across a page end (a row split there also printed shifted to the left).
        flow += [gap(2), keep_together([kv_table(ctx, next_rows)])]
    return flow


def build(ctx: ReportContext) -> list[Flowable]:
    """The section's flowables."""
    flow: list[Flowable] = [heading(ctx, "9.", TITLE)]
    section = _sender_auth_data(ctx.case)
    if section is None:
        flow.append(
            keep_together([no_data(ctx, NOT_CHECKED), ctx.para(WHAT_WILL_APPEAR, ctx.st.note)])
        )
    flow.append(note_box(ctx, [ctx.para(WHAT_THEY_DO, ctx.st.note)]))
    if section is not None:
        flow += _spf(ctx, section)
        flow += [gap(3), *_dkim(ctx, section.dkim)]
        flow += [gap(3), *_dmarc(ctx, section.dmarc)]
    return flow
