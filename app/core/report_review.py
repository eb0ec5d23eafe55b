"""What page 5 (報告書) needs besides the report itself: a review of the case, file names, freshness.

`review_case(case)` walks the report's sections in print order and says for each whether the
case holds what the section prints (filled / partly / missing), what is still missing and on
which wizard page (and which tab of page 5) it is entered. The three check sections
(blacklists, passwords and accounts, sender authentication) are judged by the report's own
scorecard functions, which read those parts of the case defensively: until a step exists, or
while it holds no result, its section counts as missing, never as filled; while the scorecard
names something still open (lists not asked, passwords not checked), it counts as partly.

`content_fingerprint(case)` tells whether the case changed after the last PDF was made, and
`write_report` wraps `build_report` with a message a shop owner can act on when the file cannot
be written (a PDF still open in a viewer on Windows, a read-only USB stick).
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from app.core.case import Case, case_to_dict
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST
from app.core.os_errors import os_error_reason
from app.core.report.builder import ReportInfo, build_report
from app.core.report.flowables import STATUS_WORDS, AreaStatus, ScoreItem
from app.core.report.sections import (
    accounts,
    blacklist,
    evidence,
    overview,
    privacy,
    requests,
    sender_auth,
    system,
    timeline,
)
from app.core.report_details import CreatedReport, ImpactAnswer

log = logging.getLogger(__name__)

# Wizard page keys (app/ui/pages) and the tabs of page 5 where the report's own fields live.
SITUATION = "situation"
BLACKLIST = "blacklist"
ACCOUNTS = "accounts"
SENDER_AUTH = "sender_auth"
REPORT = "report"
TAB_REVIEW = "review"
TAB_VENDOR = "vendor"
TAB_INCIDENT = "incident"
TAB_EVIDENCE = "evidence"
TAB_PRIVACY = "privacy"


class Coverage(StrEnum):
    """How much of what a report section prints is in the case."""

    FILLED = "filled"
    PARTLY = "partly"
    MISSING = "missing"


@dataclass(frozen=True)
class Fix:
    """Where missing facts are entered: a wizard page (and for page 5, its tab)."""

    page: str
    tab: str = ""
    missing: tuple[Msg, ...] = ()  # names of the fields still empty there


@dataclass(frozen=True)
class ReviewItem:
    """One section of the report as the review shows it."""

    key: str
    number: str  # as printed, e.g. "7."
    title: Msg  # the section's heading in the report
    coverage: Coverage
    fixes: tuple[Fix, ...]  # places to go to fill the gaps (empty when filled)
    notes: tuple[Msg, ...] = ()  # for the check sections: the scorecard's words per area
    # For the check sections: the worst thing the checks that ran found (WARNING or PROBLEM),
    # None when they found nothing to do. Separate from coverage: a check can be complete and
    # still find a listing, and the review must not show that with a clean tick.
    finding: AreaStatus | None = None


# Names of the facts, as the review lists them under "not entered yet".
F_NOTICED = QT_TRANSLATE_NOOP("report_review", "date noticed")
F_ACCOUNTS = QT_TRANSLATE_NOOP("report_review", "misused mail accounts")
F_VOLUME = QT_TRANSLATE_NOOP("report_review", "number of spam mails")
F_STATUS = QT_TRANSLATE_NOOP("report_review", "current status")
F_HOW = QT_TRANSLATE_NOOP("report_review", "how it was noticed")
F_WHAT = QT_TRANSLATE_NOOP("report_review", "what you noticed")
F_TIMELINE = QT_TRANSLATE_NOOP("report_review", "timeline")
F_LOG_ZONE = QT_TRANSLATE_NOOP("report_review", "time zone of the logs")
F_NTP = QT_TRANSLATE_NOOP("report_review", "clock synchronisation (NTP)")
F_PROVIDER = QT_TRANSLATE_NOOP("report_review", "hosting company")
F_SERVER = QT_TRANSLATE_NOOP("report_review", "server name")
F_ADMIN = QT_TRANSLATE_NOOP("report_review", "server administrator")
F_ADDRESSES = QT_TRANSLATE_NOOP("report_review", "IP addresses of the mail server")
F_CAUSE = QT_TRANSLATE_NOOP("report_review", "suspected cause")
F_PERIOD = QT_TRANSLATE_NOOP("report_review", "when the sending began")
F_BASIS = QT_TRANSLATE_NOOP("report_review", "where the number comes from")
F_ACTIONS = QT_TRANSLATE_NOOP("report_review", "recovery actions")
F_EVIDENCE = QT_TRANSLATE_NOOP("report_review", "evidence files")
F_LOG = QT_TRANSLATE_NOOP("report_review", "log excerpt")
# Says "not answered" outright: "answers to 7 of 7 questions" under 未入力 read as all answered.
F_ANSWERS = QT_TRANSLATE_NOOP("report_review", "{count} of {total} questions unanswered")
F_PEOPLE = QT_TRANSLATE_NOOP("report_review", "number of people")
F_UNRESOLVED = QT_TRANSLATE_NOOP("report_review", "open issues")
F_QUESTIONS = QT_TRANSLATE_NOOP("report_review", "questions for the vendor")
F_COMPANY = QT_TRANSLATE_NOOP("report_review", "company name")
F_CONTACT = QT_TRANSLATE_NOOP("report_review", "contact person")
F_REPLY = QT_TRANSLATE_NOOP("report_review", "your mail address or phone")
F_VENDOR = QT_TRANSLATE_NOOP("report_review", "vendor")
F_VENDOR_REPLY = QT_TRANSLATE_NOOP("report_review", "vendor's mail address or phone")
F_REQUEST_TYPE = QT_TRANSLATE_NOOP("report_review", "type of request")
F_REQUEST = QT_TRANSLATE_NOOP("report_review", "what you ask for")
AREA_STATE = QT_TRANSLATE_NOOP("report_review", "{area}: {state}")
AREA_STATE_GAP = QT_TRANSLATE_NOOP("report_review", "{area}: {state} (still open: {gap})")
NOT_READABLE = QT_TRANSLATE_NOOP("report_review", "{area}: the results could not be read")

WRITE_FAILED = QT_TRANSLATE_NOOP(
    "report_review",
    "The PDF could not be saved as “{name}” ({reason}). If the file is open in another "
    "program, close it; or choose another folder.",
)
# Not a file held open by another program (no space, a folder of that name, a folder that
# has gone): closing programs would not help.
WRITE_FAILED_OTHER = QT_TRANSLATE_NOOP(
    "report_review",
    "The PDF could not be saved as “{name}” ({reason}). Choose another folder or name.",
)
# What a PDF viewer holding the file open gives: access denied (Windows reports a sharing
# violation as EACCES) or busy.
_HELD_OPEN = frozenset({errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY})

Field = tuple[bool, Msg, str, str]  # present?, name, page, tab


def _text(value: str) -> bool:
    return bool(value.strip())


def _item(key: str, number: str, title: Msg, fields: list[Field]) -> ReviewItem:
    """Coverage from the fields' presence; the missing ones grouped by where they are entered."""
    present = sum(1 for ok, *_ in fields if ok)
    if present == len(fields):
        coverage = Coverage.FILLED
    elif present == 0:
        coverage = Coverage.MISSING
    else:
        coverage = Coverage.PARTLY
    places: dict[tuple[str, str], list[Msg]] = {}
    for ok, name, page, tab in fields:
        if not ok:
            places.setdefault((page, tab), []).append(name)
    fixes = tuple(Fix(page, tab, tuple(names)) for (page, tab), names in places.items())
    return ReviewItem(key, number, title, coverage, fixes)


def _checked(
    key: str,
    number: str,
    title: Msg,
    page: str,
    scores: list[Callable[[Case], ScoreItem]],
    case: Case,
) -> ReviewItem:
    """A check section: judged by the report's scorecard, so the review never says more.

    Per area: not done (unreadable, not checked, failed), partly done (a result, but the
    scorecard names a gap: lists not asked, passwords not checked), or done. A WARNING or
    PROBLEM result alone is not a gap: a check that found p=none or a listing is complete;
    it is the item's `finding` instead.
    """
    done: list[bool] = []
    complete: list[bool] = []
    notes: list[Msg] = []
    finding: AreaStatus | None = None
    for score in scores:
        try:
            item = score(case)
        except Exception:  # a newer step's data this version misreads must not break the page
            log.exception("reading the %s section for the review failed", key)
            done.append(False)
            complete.append(False)
            notes.append(NOT_READABLE.with_args(area=title))
            continue
        ran = item.status not in (AreaStatus.NOT_CHECKED, AreaStatus.FAILED)
        done.append(ran)
        complete.append(ran and item.gap is None)
        if item.status is AreaStatus.PROBLEM or (
            item.status is AreaStatus.WARNING and finding is None
        ):
            finding = item.status
        state = STATUS_WORDS[item.status]
        if ran and item.gap is not None:
            notes.append(AREA_STATE_GAP.with_args(area=item.area, state=state, gap=item.gap))
        else:
            notes.append(AREA_STATE.with_args(area=item.area, state=state))
    fixes: tuple[Fix, ...] = ()
    if all(complete):
        coverage = Coverage.FILLED
    else:
        coverage = Coverage.PARTLY if any(done) else Coverage.MISSING
        fixes = (Fix(page),)
    return ReviewItem(key, number, title, coverage, fixes, tuple(notes), finding)


def _answered(item: ImpactAnswer) -> bool:
    return item.answer is not None


def review_case(case: Case) -> list[ReviewItem]:
    """Every section of the report in print order, with what it still lacks."""
    org, incident, details = case.organisation, case.incident, case.report
    impact = details.personal_data
    v_tab = (REPORT, TAB_VENDOR)
    i_tab = (REPORT, TAB_INCIDENT)
    e_tab = (REPORT, TAB_EVIDENCE)
    answers = [
        impact.in_mailbox,
        impact.could_be_read,
        impact.sensitive,
        impact.secondary_damage,
        impact.notified,
        impact.published,
        impact.reported_to_ppc,
    ]
    unanswered = sum(1 for a in answers if not _answered(a))
    people = impact.people_count is not None or _text(impact.people_count_note)
    privacy_fields: list[Field] = [
        (
            unanswered == 0,
            F_ANSWERS.with_args(count=unanswered, total=len(answers)),
            REPORT,
            TAB_PRIVACY,
        ),
        (people, F_PEOPLE, REPORT, TAB_PRIVACY),
    ]
    # Counted as one fact: a few answers make the section "partly", all of them "filled".
    privacy_item = _item("privacy", "11.", privacy.TITLE, privacy_fields)
    reply = _text(org.contact.email) or _text(org.contact.phone)
    vendor_reply = _text(details.vendor.email) or _text(details.vendor.phone)
    return [
        _item(
            "summary",
            "1.",
            overview.OVERVIEW,
            [
                (incident.noticed_at is not None, F_NOTICED, SITUATION, ""),
                (any(_text(a) for a in incident.affected_accounts), F_ACCOUNTS, SITUATION, ""),
                (incident.spam_volume is not None, F_VOLUME, SITUATION, ""),
                (_text(details.current_status), F_STATUS, *i_tab),
            ],
        ),
        _item(
            "discovery",
            "2.",
            overview.DISCOVERY,
            [
                (incident.noticed_at is not None, F_NOTICED, SITUATION, ""),
                (incident.how_noticed is not None, F_HOW, SITUATION, ""),
                (_text(incident.how_noticed_detail), F_WHAT, SITUATION, ""),
            ],
        ),
        _item(
            "timeline",
            "3.",
            timeline.TITLE,
            [
                (bool(incident.timeline), F_TIMELINE, SITUATION, ""),
                (_text(details.clock.log_time_zone), F_LOG_ZONE, *e_tab),
                (details.clock.ntp_synced is not None, F_NTP, *e_tab),
            ],
        ),
        _item(
            "system",
            "4.",
            system.SYSTEM,
            [
                (_text(org.provider) or _text(org.provider_other), F_PROVIDER, SITUATION, ""),
                (_text(org.server_name), F_SERVER, SITUATION, ""),
                (_text(org.administrator), F_ADMIN, SITUATION, ""),
                # As section 4 prints them: the addresses checked on the blacklists count.
                (
                    any(_text(a) for a in details.server_addresses)
                    or bool(system.blacklist_addresses(case)),
                    F_ADDRESSES,
                    *i_tab,
                ),
            ],
        ),
        _item(
            "accounts",
            "5.",
            system.ACCOUNTS,
            [
                (any(_text(a) for a in incident.affected_accounts), F_ACCOUNTS, SITUATION, ""),
                (_text(details.suspected_cause), F_CAUSE, *i_tab),
            ],
        ),
        _item(
            "volume",
            "6.",
            system.VOLUME,
            [
                (incident.spam_volume is not None, F_VOLUME, SITUATION, ""),
                (details.spam_period_start is not None, F_PERIOD, *i_tab),
                (_text(details.spam_volume_basis), F_BASIS, *i_tab),
            ],
        ),
        _checked("blacklist", "7.", blacklist.TITLE, BLACKLIST, [blacklist.score], case),
        _checked(
            "audit",
            "8.",
            accounts.TITLE,
            ACCOUNTS,
            [accounts.password_score, accounts.account_score],
            case,
        ),
        _checked(
            "sender_auth",
            "9.",
            sender_auth.TITLE,
            SENDER_AUTH,
            [sender_auth.spf_score, sender_auth.dmarc_score],
            case,
        ),
        _item(
            "actions",
            "10.",
            evidence.TITLE,
            [
                (bool(details.recovery_actions), F_ACTIONS, *i_tab),
                (bool(details.evidence), F_EVIDENCE, *e_tab),
                (_text(details.log_excerpt), F_LOG, *e_tab),
            ],
        ),
        privacy_item,
        _item(
            "open",
            "12.",
            requests.OPEN,
            [
                (any(_text(u) for u in details.unresolved), F_UNRESOLVED, *v_tab),
                (any(_text(q) for q in details.questions), F_QUESTIONS, *v_tab),
            ],
        ),
        _item(
            "contact",
            "13.",
            requests.CONTACT,
            [
                (_text(org.company), F_COMPANY, SITUATION, ""),
                (_text(org.contact.name), F_CONTACT, SITUATION, ""),
                (reply, F_REPLY, SITUATION, ""),
                (_text(details.vendor.name), F_VENDOR, *v_tab),
                (vendor_reply, F_VENDOR_REPLY, *v_tab),
                (bool(details.request_types), F_REQUEST_TYPE, *v_tab),
                (_text(details.request_text), F_REQUEST, *v_tab),
            ],
        ),
    ]


# -- the PDF file ---------------------------------------------------------------------------------

_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
FILE_STEMS = {"ja": "インシデント報告書", "en": "Incident-report"}


def suggested_report_name(case: Case, lang: str = "ja", today: date | None = None) -> str:
    """A default file name: インシデント報告書_<company>_<date>.pdf, safe on every OS."""
    day = today or datetime.now(JST).date()
    who = case.organisation.company.strip() or case.organisation.domain.strip()
    who = unicodedata.normalize("NFC", who)
    who = _NOT_IN_FILE_NAMES.sub("", who)
    who = re.sub(r"\s+", "_", who).strip("._ ")[:40].rstrip("._ ")
    parts = [FILE_STEMS.get(lang, FILE_STEMS["ja"]), who, day.isoformat()]
    return "_".join(p for p in parts if p) + ".pdf"


def with_pdf_suffix(path: Path) -> Path:
    """`path` ending in .pdf (a name typed without it gets it added)."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def content_fingerprint(case: Case) -> str:
    """A digest of everything the report can print, to tell whether a PDF is out of date.

    Leaves out what changes without the content changing: the save time, the app version and
    the record of the last PDF itself.
    """
    data = case_to_dict(case)
    for key in ("updated_at", "app_version"):
        data.pop(key, None)
    report = data.get("report")
    if isinstance(report, dict):
        report.pop("last_pdf", None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_report(
    case: Case, path: Path, *, lang: str = "ja", generated_at: datetime | None = None
) -> tuple[ReportInfo, CreatedReport]:
    """Build the PDF at `path` and describe it for the case's `last_pdf`.

    Raises InputError with a message for the owner when the file cannot be written.
    """
    try:
        info = build_report(case, path, generated_at=generated_at, lang=lang)
    except OSError as error:
        message = WRITE_FAILED if error.errno in _HELD_OPEN else WRITE_FAILED_OTHER
        raise InputError(message.with_args(name=path.name, reason=os_error_reason(error))) from None
    record = CreatedReport(
        path=str(path),
        created_at=info.generated_at,
        lang=lang,
        pages=info.pages,
        size_bytes=info.size_bytes,
        fingerprint=content_fingerprint(case),
    )
    return info, record
