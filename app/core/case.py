"""The incident case: everything the wizard learns, saved as versioned JSON (docs/case-format.md).

Saving is atomic: the new content goes to a temporary file in the same folder, is flushed to disk
(fsync) and renamed over the old file, so a crash or power cut mid-save leaves either the old or
the new case, never a truncated one. The previous version is kept next to it as `<name>.bak`.
Passwords are never part of the case: the model has no place for them.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import json
import logging
import re
import unicodedata
import uuid
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from app import __version__
from app.core.accounts import AccountsSection
from app.core.atomic import keep_atomically, write_atomically
from app.core.dnsbl_history import BlacklistSection
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST
from app.core.os_errors import os_error_reason
from app.core.report_details import ReportDetails
from app.core.sender_auth import SenderAuthSection
from app.core.serial import (
    TRANSIENT,
    SerialError,
    UnknownKeys,
    from_jsonable,
    merge_unknown,
    shown,
    to_jsonable,
)

CASE_FORMAT = "mail-mamori-case"
CASE_VERSION = 2
CASE_SUFFIX = ".mamori.json"
MAX_CASE_BYTES = 50 * 1024 * 1024
# A case file nests about 8 levels deep. Far deeper data is not a case, and every step after
# loading (conversion, saving, the report) walks it recursively: refused before any of them runs.
MAX_CASE_DEPTH = 64

log = logging.getLogger(__name__)


class HowNoticed(StrEnum):
    """How the owner found out (the IPA report form asks the same question)."""

    LOGIN_FAILED = "login_failed"  # the seed article: FTP/control-panel login stopped working
    BOUNCES = "bounces"  # many "undeliverable" mails came back
    MAIL_NOT_DELIVERED = "mail_not_delivered"  # customers say mail does not arrive
    CUSTOMER_REPORT = "customer_report"  # customers received spam from us
    PROVIDER_NOTICE = "provider_notice"  # the hosting provider warned or stopped the account
    BLACKLIST_CHECK = "blacklist_check"  # a blacklist check showed a listing
    SECURITY_VENDOR = "security_vendor"  # a vendor or consultant found it
    OTHER = "other"


@dataclass
class Person:
    """A contact person."""

    name: str = ""
    # The name in Latin letters (Taro Yamada), for the English delisting requests: list
    # operators abroad cannot read 山田 太郎. Older files lack the key and load with "".
    name_latin: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class Organisation:
    """The business and its mail system."""

    company: str = ""
    company_latin: str = ""  # in Latin letters (Yamada Shoten Co., Ltd.), for English requests
    contact: Person = field(default_factory=Person)
    domain: str = ""  # as people read it, e.g. 例え.jp
    domain_ascii: str = ""  # A-label form used for every DNS query, e.g. xn--r8jz45g.jp
    provider: str = ""  # id from resources/providers.toml
    provider_other: str = ""  # the provider's name when provider == "other"
    server_name: str = ""  # e.g. sv1234.xserver.jp, from the control panel
    administrator: str = ""  # who looks after the server


@dataclass
class TimelineEntry:
    """One row of 時系列・初動対応: when, what happened or was done, by whom, evidence kept."""

    at: datetime
    event: str
    actor: str = ""
    evidence: str = ""


@dataclass
class Incident:
    """The facts of the incident as far as they are known."""

    noticed_at: datetime | None = None
    how_noticed: HowNoticed | None = None
    how_noticed_detail: str = ""  # the story in the owner's words (発覚の経緯)
    affected_accounts: list[str] = field(default_factory=list)
    spam_volume: int | None = None
    spam_volume_counted: bool = False  # True: counted from logs; False: an estimate
    # The owner's own words (数十万通, 30万以上) when they say more than the number; empty for
    # a plain number. spam_volume then holds the lower bound or the approximate value. Older
    # files lack the key and load with "" (no migration).
    spam_volume_text: str = ""
    timeline: list[TimelineEntry] = field(default_factory=list)


def _now() -> datetime:
    return datetime.now(JST).replace(microsecond=0)


@dataclass
class Case:
    """The whole incident record. Sections of later wizard steps are added as typed fields."""

    format: str = CASE_FORMAT
    version: int = CASE_VERSION
    case_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime = field(default_factory=_now)
    updated_at: datetime = field(default_factory=_now)
    app_version: str = __version__
    organisation: Organisation = field(default_factory=Organisation)
    incident: Incident = field(default_factory=Incident)
    blacklist: BlacklistSection = field(default_factory=BlacklistSection)
    accounts: AccountsSection = field(default_factory=AccountsSection)
    sender_auth: SenderAuthSection = field(default_factory=SenderAuthSection)
    report: ReportDetails = field(default_factory=ReportDetails)
    # Top-level sections written by a newer version of the app: kept as they are and saved back,
    # so opening a case in an older version never throws away someone else's results.
    extra: dict[str, Any] = field(default_factory=dict)
    # Unknown keys inside the known sections (`organisation.branch_office`, a new field of a
    # blacklist result), with where they were: merged back by case_to_dict (docs/case-format.md).
    unknown_keys: list[UnknownKeys] = field(
        default_factory=list, repr=False, compare=False, metadata={TRANSIENT: True}
    )


class CaseProblem(StrEnum):
    """Why a case file could not be opened."""

    MISSING = "missing"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_BIG = "too_big"
    CORRUPT = "corrupt"  # not valid JSON: truncated by a crash, or edited by hand
    NOT_A_CASE = "not_a_case"
    TOO_NEW = "too_new"
    INVALID = "invalid"  # valid JSON, but a value has the wrong type


class CaseLoadError(InputError):
    """A case file that cannot be opened; `backup` names a usable backup if there is one."""

    def __init__(self, problem: CaseProblem, message: Msg, path: Path) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.backup = backup_path(path) if _backup_loads(path) else None


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept."""
    return path.with_name(path.name + ".bak")


def _shown_name(path: Path) -> str:
    """The name to put in a message: `.`, `/` and `C:\\` have no file name of their own."""
    return path.name or str(path)


def _backup_loads(path: Path) -> bool:
    if not path.name:  # "." or "/": a folder, with no file name to add ".bak" to
        return False
    candidate = backup_path(path)
    if not candidate.is_file():
        return False
    try:
        _load_file(candidate)
    except CaseLoadError:
        return False
    return True


def case_to_dict(case: Case) -> dict[str, Any]:
    """The case as JSON-ready data, with what a newer version wrote merged back in: the
    `extra` sections at the top level, `unknown_keys` inside the sections."""
    data: dict[str, Any] = to_jsonable(case)
    extra = data.pop("extra", {})
    merge_unknown(data, case.unknown_keys)
    for key, value in extra.items():
        data.setdefault(key, value)
    return data


def case_to_json(case: Case) -> str:
    """The case file's text."""
    return json.dumps(case_to_dict(case), ensure_ascii=False, indent=2)


def _too_deep(data: Any, limit: int) -> bool:
    """True when `data` nests lists and objects more than `limit` levels deep. Iterative, so
    that it cannot itself run out of stack on the data it is there to refuse."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def case_from_dict(data: Any, path: Path | None = None) -> Case:
    """Build a Case from JSON data of any supported version (older versions are migrated).

    Raises CaseLoadError for anything that is not a readable case, whatever its shape.
    """
    where = path or Path("<case>")
    if _too_deep(data, MAX_CASE_DEPTH):
        raise CaseLoadError(
            CaseProblem.INVALID,
            QT_TRANSLATE_NOOP(
                "case",
                "“{name}” is nested more than {limit} levels deep and cannot be a case file.",
            ).with_args(name=where.name, limit=MAX_CASE_DEPTH),
            where,
        )
    if not isinstance(data, dict) or data.get("format") not in (CASE_FORMAT, None):
        raise CaseLoadError(CaseProblem.NOT_A_CASE, _msg_not_a_case(where), where)
    version = data.get("version")
    if data.get("format") is None and version != 1:
        raise CaseLoadError(CaseProblem.NOT_A_CASE, _msg_not_a_case(where), where)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CaseLoadError(CaseProblem.NOT_A_CASE, _msg_not_a_case(where), where)
    if version > CASE_VERSION:
        raise CaseLoadError(
            CaseProblem.TOO_NEW,
            QT_TRANSLATE_NOOP(
                "case",
                "“{name}” was saved by a newer version of Mail Mamori (format {version}). "
                "Please update the app to open it.",
            ).with_args(name=where.name, version=version),
            where,
        )
    try:
        for step in range(version, CASE_VERSION):
            data = MIGRATIONS[step](data)
    except Exception:
        # The migrations pass odd values through for the conversion below to name them; this
        # is the net under them: a hand-edited old file must give a message, not a traceback.
        log.exception("migrating a version %s case failed", version)
        raise CaseLoadError(
            CaseProblem.INVALID,
            QT_TRANSLATE_NOOP(
                "case",
                "“{name}” was saved by an early version of Mail Mamori and contains a value "
                "that cannot be converted.",
            ).with_args(name=where.name),
            where,
        ) from None
    known = {f for f in Case.__dataclass_fields__ if f not in ("extra", "unknown_keys")}
    extra = {k: v for k, v in data.items() if k not in known}
    unknown: list[UnknownKeys] = []
    try:
        case = from_jsonable(Case, {k: v for k, v in data.items() if k in known}, unknown=unknown)
    except SerialError as error:
        raise CaseLoadError(
            CaseProblem.INVALID,
            QT_TRANSLATE_NOOP(
                "case",
                "“{name}” cannot be opened because of a value in {place}. {problem} "
                "(Technical detail: {field})",
            ).with_args(
                name=where.name,
                place=describe_place(error.path),
                problem=error.problem,
                field=shown(error.path, MAX_SHOWN_PATH),
            ),
            where,
        ) from None
    except Exception:
        # Same net for the conversion: a section's own checks (a value out of range) may raise
        # something other than SerialError for a value nobody foresaw.
        log.exception("converting a case failed")
        raise CaseLoadError(
            CaseProblem.INVALID,
            QT_TRANSLATE_NOOP(
                "case", "“{name}” contains a value in a form this version cannot read."
            ).with_args(name=where.name),
            where,
        ) from None
    case.extra = extra
    case.unknown_keys = unknown
    case.version = CASE_VERSION
    return case


# Where a bad value is, in the words the owner sees: the wizard step that shows each top-level
# key (the same names as the step list, app/ui/pages/__init__.py; a test keeps them in step),
# with the technical path in parentheses for the vendor. Keys set by the app itself, not by a
# step, are the file's own information.
_STEP_SITUATION = QT_TRANSLATE_NOOP("WizardSteps", "Situation")
SECTION_STEPS: dict[str, tuple[str, Msg]] = {
    "organisation": ("situation", _STEP_SITUATION),
    "incident": ("situation", _STEP_SITUATION),
    "blacklist": ("blacklist", QT_TRANSLATE_NOOP("WizardSteps", "Blacklists")),
    "accounts": ("accounts", QT_TRANSLATE_NOOP("WizardSteps", "Passwords and accounts")),
    "sender_auth": ("sender_auth", QT_TRANSLATE_NOOP("WizardSteps", "Sender authentication")),
    "report": ("report", QT_TRANSLATE_NOOP("WizardSteps", "Report")),
}
# Lists the owner fills in row by row: "row 4 of the timeline" finds the value faster than the
# step alone. Keys are the path without the index.
_LIST_ITEMS: dict[str, Msg] = {
    "incident.timeline": QT_TRANSLATE_NOOP("case", "row {number} of the timeline"),
    "accounts.inventory.accounts": QT_TRANSLATE_NOOP("case", "account {number} of the list"),
    "blacklist.targets": QT_TRANSLATE_NOOP("case", "entry {number} of the list to check"),
    "blacklist.runs": QT_TRANSLATE_NOOP("case", "check {number} in the history"),
    "sender_auth.spf_checks": QT_TRANSLATE_NOOP("case", "check {number} in the history"),
    "report.evidence": QT_TRANSLATE_NOOP("case", "evidence item {number}"),
    "report.recovery_actions": QT_TRANSLATE_NOOP("case", "recovery action {number}"),
}
_PLACE_STEP = QT_TRANSLATE_NOOP("case", "the step “{step}”")
_PLACE_ITEM = QT_TRANSLATE_NOOP("case", "{item} in the step “{step}”")
_PLACE_FILE = QT_TRANSLATE_NOOP(
    "case", "the file's own information (when and by which version it was saved)"
)
# A dict key is part of the path and may be anything: the path shown is cut like a value.
MAX_SHOWN_PATH = 120


def describe_place(path: str) -> Msg:
    """Where the value at `path` (`incident.timeline[3].at`) is, in the owner's words: the
    wizard step that shows it and, inside the lists they fill in row by row, which row."""
    section = re.split(r"[.\[]", path, maxsplit=1)[0]
    step = SECTION_STEPS.get(section)
    if step is None:
        return _PLACE_FILE
    for prefix, item in _LIST_ITEMS.items():
        found = re.match(re.escape(prefix) + r"\[(\d+)\]", path)
        if found:
            number = int(found.group(1)) + 1  # people count rows from 1
            return _PLACE_ITEM.with_args(item=item.with_args(number=number), step=step[1])
    return _PLACE_STEP.with_args(step=step[1])


def _msg_not_a_case(path: Path) -> Msg:
    return QT_TRANSLATE_NOOP("case", "“{name}” is not a Mail Mamori case file.").with_args(
        name=path.name
    )


def _migrate_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (pre-release) was flat, with local times without offset and counts as text.

    A value of an unexpected type or form is passed through unchanged, so that the conversion
    to the current model names the field in its message ("incident.noticed_at: ...") instead
    of the migration failing without saying where.
    """
    from app.core.normalize import parse_count

    def when(text: Any) -> Any:
        if text is None or (isinstance(text, str) and not text.strip()):
            return None
        if not isinstance(text, str):
            return text
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            return text
        return (moment if moment.tzinfo else moment.replace(tzinfo=JST)).isoformat()

    def ascii_domain(domain: Any) -> Any:
        if not isinstance(domain, str) or not domain:
            return ""
        try:
            return domain.encode("idna").decode("ascii")
        except UnicodeError:
            # Kept as typed, without an A-label form: page 1 checks the domain again.
            return ""

    def timeline(rows: Any) -> Any:
        if rows is None:
            return []
        if not isinstance(rows, list):
            return rows
        return [
            {
                "at": when(row.get("time")),
                "event": row.get("event", ""),
                "actor": row.get("who", ""),
            }
            for row in rows
            if isinstance(row, dict) and when(row.get("time"))
        ]

    def volume(value: Any) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        try:
            return parse_count(str(value or ""))
        except InputError:
            return None

    accounts = data.get("affected_accounts") or ""
    if isinstance(accounts, str):
        accounts = [a.strip() for a in accounts.replace("、", ",").split(",") if a.strip()]
    created = when(data.get("created")) or _now().isoformat()
    return {
        "format": CASE_FORMAT,
        "version": 2,
        "case_id": data.get("id") or uuid.uuid4().hex,
        "created_at": created,
        "updated_at": when(data.get("updated")) or created,
        "app_version": data.get("app_version", "0"),
        "organisation": {
            "company": data.get("company", ""),
            "contact": {
                "name": data.get("contact_name", ""),
                "email": data.get("contact_email", ""),
                "phone": data.get("contact_phone", ""),
            },
            "domain": data.get("domain", ""),
            "domain_ascii": ascii_domain(data.get("domain")),
            "provider": data.get("provider", ""),
        },
        "incident": {
            "noticed_at": when(data.get("noticed_at")),
            "how_noticed": data.get("how_noticed") or None,
            "how_noticed_detail": data.get("notes", ""),
            "affected_accounts": accounts,
            "spam_volume": volume(data.get("spam_volume")),
            # A v1 file kept the owner's words ("約５万通"): they go to the report as written.
            "spam_volume_text": (
                data["spam_volume"].strip()
                if isinstance(data.get("spam_volume"), str)
                and volume(data["spam_volume"]) is not None
                else ""
            ),
            "timeline": timeline(data.get("timeline")),
        },
    }


# MIGRATIONS[n] turns version n into version n + 1.
MIGRATIONS = {1: _migrate_v1}


def _load_file(path: Path) -> Case:
    return _read_file(path)[0]


def _read_file(path: Path) -> tuple[Case, str]:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CaseLoadError(
            CaseProblem.MISSING,
            QT_TRANSLATE_NOOP("case", "The case file “{name}” was not found.").with_args(
                name=_shown_name(path)
            ),
            path,
        ) from None
    except OSError:
        size = -1
    if size > MAX_CASE_BYTES:
        raise CaseLoadError(
            CaseProblem.TOO_BIG,
            QT_TRANSLATE_NOOP(
                "case", "“{name}” is too large to be a case file ({size} MB)."
            ).with_args(name=_shown_name(path), size=size // (1024 * 1024)),
            path,
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CaseLoadError(
            CaseProblem.UNREADABLE,
            QT_TRANSLATE_NOOP("case", "“{name}” could not be read ({reason}).").with_args(
                name=_shown_name(path), reason=os_error_reason(error)
            ),
            path,
        ) from None
    if not raw.strip():
        raise CaseLoadError(
            CaseProblem.EMPTY,
            QT_TRANSLATE_NOOP(
                "case", "“{name}” is empty. It may have been cut off while saving."
            ).with_args(name=_shown_name(path)),
            path,
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    # ValueError besides JSONDecodeError: a number longer than Python converts (4300 digits).
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CaseLoadError(
            CaseProblem.CORRUPT,
            QT_TRANSLATE_NOOP(
                "case",
                "“{name}” is damaged (it may have been cut off while saving or edited by hand) "
                "and cannot be opened.",
            ).with_args(name=_shown_name(path)),
            path,
        ) from None
    return case_from_dict(data, path), _digest(raw)


def load_case(path: Path) -> Case:
    """Open a case file; raises CaseLoadError (with `.backup` when the backup can be opened)."""
    return _load_file(Path(path))


def read_case(path: Path) -> tuple[Case, str]:
    """Open a case file like `load_case`, with the digest of the bytes it was read from (see
    `file_digest`): the very version opened, even if the file is replaced a moment later."""
    return _read_file(Path(path))


class CaseTooLargeToSave(OSError):
    """The case would be larger than a case file may be (MAX_CASE_BYTES): written, it could
    never be opened again. Nothing is written; the wizard keeps the input on screen."""

    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, f"case of {size} bytes exceeds {MAX_CASE_BYTES}")
        self.reason = QT_TRANSLATE_NOOP(
            "case",
            "the case would be larger than {limit} MB and could not be opened again; shorten "
            "long pasted text, such as the log excerpt",
        ).with_args(limit=MAX_CASE_BYTES // (1024 * 1024))


def save_case(case: Case, path: Path, known_good: str | None = None) -> str:
    """Write `case` to `path` atomically, keeping the previous version as `<name>.bak`, and
    return the digest of what was written (`file_digest` of the new file).
    A case too large to be opened again is not written (CaseTooLargeToSave).

    `known_good`: the digest of a version of this file known to open (one this program wrote
    or opened). The file still holding it becomes the backup without being read again: the
    wizard saves after every pause in typing, and reading a large case back each time would
    hold up the typing that follows."""
    path = Path(path)
    case.updated_at = _now()
    payload = case_to_json(case).encode("utf-8")
    if len(payload) > MAX_CASE_BYTES:
        raise CaseTooLargeToSave(len(payload))
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and _opens(path, known_good):
        # Never replace a good backup with a damaged file.
        keep_atomically(path, backup_path(path))
    write_atomically(path, payload)
    return _digest(payload)


def _opens(path: Path, known_good: str | None) -> bool:
    """Whether the case file at `path` can be opened (without reading it when it is the
    version known to open)."""
    if known_good is not None and file_digest(path) == known_good:
        return True
    try:
        _load_file(path)
    except CaseLoadError:
        return False
    return True


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def file_digest(path: Path) -> str | None:
    """What tells one version of a case file from another: the SHA-256 of its bytes, or None
    without a readable file. A save by another window or program changes it, however close
    in time and whatever the size (a modification time can be as coarse as 2 s on some
    drives, and two versions can have the same size); a file rewritten with the same content
    (a sync or backup tool, a copy back) does not."""
    try:
        with open(path, "rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None


# Set when the case is created or saved, not by the user: they say nothing about its content.
_BOOKKEEPING = frozenset(
    {"format", "version", "case_id", "created_at", "updated_at", "app_version"}
)


def case_content(case: Case) -> str:
    """What the case holds, without what saving alone changes (the save time, the version):
    two cases with the same content write the same file apart from that bookkeeping. The
    wizard compares it to decide whether there is anything new to save."""
    data = case_to_dict(case)
    for key in ("updated_at", "app_version"):
        data.pop(key, None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def case_is_blank(case: Case) -> bool:
    """True while nothing has been entered or checked in `case` (no file is worth writing).

    Any single field counts: a case with only a contact name or a note is still worth keeping.
    """
    blank = Case()
    return all(
        to_jsonable(getattr(case, f.name)) == to_jsonable(getattr(blank, f.name))
        for f in fields(Case)
        if f.name not in _BOOKKEEPING
    )


# Characters no file name may hold on Windows (the strictest of the three systems).
_NOT_ON_WINDOWS = frozenset('<>:"/\\|?*')
_STEM_LENGTH = 40  # characters: 40 Japanese letters are 120 bytes, well inside 255


def _file_name_part(text: str) -> str:
    """`text` with what no file system takes, or what makes a name awkward to pass around
    (spaces, invisible and control characters), replaced by single hyphens."""
    kept = [
        "-" if ch in _NOT_ON_WINDOWS or unicodedata.category(ch)[0] in "CZ" or ch.isspace() else ch
        for ch in unicodedata.normalize("NFC", text)
    ]
    return re.sub("-{2,}", "-", "".join(kept))


def case_name_stem(case: Case) -> str:
    """What a new case's file name starts with: the domain as the owner reads it (例え.jp,
    not its xn-- form), else the company's name, else "case". The owner finds the case by
    it in the file manager and in the welcome page's recent cases."""
    organisation = case.organisation
    # A domain that did not pass the check (domain_ascii empty) is only half typed or
    # mistyped: the company names the case better.
    domain = organisation.domain if organisation.domain_ascii else ""
    for candidate in (domain, organisation.company):
        # Windows drops a trailing dot or space; a leading "-" reads as an option in a shell.
        stem = _file_name_part(candidate).strip("-. ")[:_STEM_LENGTH].rstrip("-. ")
        if stem:
            return stem
    return "case"


def suggested_case_name(case: Case, number: int = 1) -> str:
    """A file name for a new case: `case_name_stem` and creation time to the second, safe on
    every OS. `number` 2, 3, ... gives the names to try when that one is taken
    (`...-2.mamori.json`)."""
    suffix = f"-{number}" if number > 1 else ""
    created = case.created_at.astimezone(JST)
    return f"{case_name_stem(case)}-{created:%Y%m%d-%H%M%S}{suffix}{CASE_SUFFIX}"


def save_new_case(case: Case, folder: Path) -> Path:
    """Save a case that has no file yet under a new name in `folder` and return the path.
    An existing case file (or the backup of one) is never replaced: the name gets -2, -3, ...
    The name is claimed with an exclusive create, so two windows saving at once cannot pick
    the same one."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for number in itertools.count(1):
        path = folder / suggested_case_name(case, number)
        if backup_path(path).exists():
            continue  # a deleted case's backup: the second save would replace it
        try:
            with open(path, "xb"):
                pass
        except FileExistsError:
            continue
        try:
            save_case(case, path)  # replaces the empty placeholder atomically
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
    raise AssertionError("unreachable")  # pragma: no cover - itertools.count never ends
