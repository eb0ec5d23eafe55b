"""What the report needs that no other wizard step collects (page 5 報告書 fills it in).

Stored in the case as its `report` section. Like the rest of the case it has no place for a
password: evidence files are described by name, size and SHA-256 only, never by their content.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from app.core.errors import CheckError, InputError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.normalize import JST
from app.core.os_errors import os_error_reason

_CHUNK = 1024 * 1024


class RequestType(StrEnum):
    """What the owner asks the vendor for (the JPCERT/CC form asks the same)."""

    INFORMATION = "information"  # 情報提供: for their information
    QUESTION = "question"  # 質問: questions to answer
    INVESTIGATION = "investigation"  # 調査依頼: please investigate


class Answer(StrEnum):
    """A yes/no answer that admits not knowing."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass
class Vendor:
    """The security vendor or consultant the report is for."""

    name: str = ""  # company name
    contact_person: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class ImpactAnswer:
    """One answer about personal data; `answer` None means the question was not answered yet."""

    answer: Answer | None = None
    note: str = ""


@dataclass
class PersonalDataImpact:
    """The facts that decide a 漏えい等報告 to the 個人情報保護委員会 (PPC)."""

    in_mailbox: ImpactAnswer = field(default_factory=ImpactAnswer)  # personal data in mail/contacts
    could_be_read: ImpactAnswer = field(default_factory=ImpactAnswer)  # readable or exportable
    people_count: int | None = None  # how many people, if known
    people_count_note: str = ""  # how it was counted, or a range
    sensitive: ImpactAnswer = field(default_factory=ImpactAnswer)  # 要配慮個人情報, card numbers
    secondary_damage: ImpactAnswer = field(default_factory=ImpactAnswer)  # fraud, phishing, ...
    notified: ImpactAnswer = field(default_factory=ImpactAnswer)  # the people were told
    published: ImpactAnswer = field(default_factory=ImpactAnswer)  # announced publicly
    reported_to_ppc: ImpactAnswer = field(default_factory=ImpactAnswer)  # 速報 sent


@dataclass
class EvidenceFile:
    """A kept file (log, screenshot, bounce mail) identified by its SHA-256 for chain of custody."""

    label: str = ""  # what it is, e.g. 送信ログ (11/14-11/16)
    file_name: str = ""
    size: int = 0  # bytes
    sha256: str = ""  # lower-case hex
    kept_at: str = ""  # where the original is kept, e.g. 社長の PC と USB メモリ (金庫)
    collected_at: datetime | None = None
    collected_by: str = ""
    hashed_at: datetime | None = None


class ActionKind(StrEnum):
    """Kinds of recovery action the seed incident needed."""

    PASSWORD_RESET = "password_reset"
    DELISTING = "delisting"  # blacklist removal requests
    RELAY_SERVER = "relay_server"  # mail sent through a relay while the IP is listed
    SERVER_MOVE = "server_move"  # moved to a VPS / new server with a new IP
    SMTP_AUTH = "smtp_auth"
    SPF = "spf"
    ACCOUNT_CLEANUP = "account_cleanup"  # accounts of departed staff removed
    OTHER = "other"


class ActionStatus(StrEnum):
    """Where a recovery action stands."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    PLANNED = "planned"


@dataclass
class RecoveryAction:
    """One recovery or prevention step, done or planned."""

    kind: ActionKind = ActionKind.OTHER
    description: str = ""
    status: ActionStatus = ActionStatus.DONE
    at: datetime | None = None
    by: str = ""


@dataclass
class ClockInfo:
    """How far the times in the report and the logs can be trusted (the NTT-CERT form asks)."""

    log_time_zone: str = ""  # time zone of the kept logs, e.g. JST or UTC
    ntp_synced: Answer | None = None  # PC and server clocks synchronised with NTP
    note: str = ""  # known clock error, which clock was used


@dataclass
class CreatedReport:
    """The last PDF made from the case, so that page 5 can tell whether it is still up to date."""

    path: str = ""  # where it was saved
    created_at: datetime | None = None
    lang: str = "ja"
    pages: int = 0
    size_bytes: int = 0
    # `report_review.content_fingerprint(case)` when the PDF was made: a different value later
    # means the case changed and the PDF no longer shows everything.
    fingerprint: str = ""


@dataclass
class ReportDetails:
    """The `report` section of the case."""

    vendor: Vendor = field(default_factory=Vendor)
    request_types: list[RequestType] = field(default_factory=list)
    request_text: str = ""
    questions: list[str] = field(default_factory=list)  # open questions for the vendor
    unresolved: list[str] = field(default_factory=list)  # things not yet known or not yet done
    current_status: str = ""  # one line: where things stand now
    suspected_cause: str = ""  # e.g. password identical to the user name
    account_notes: dict[str, str] = field(default_factory=dict)  # affected account -> note
    mail_software: str = ""
    server_addresses: list[str] = field(default_factory=list)  # IPs of the mail server
    spam_period_start: datetime | None = None
    spam_period_end: datetime | None = None  # None: unknown or still going on
    spam_volume_basis: str = ""  # where the number comes from
    spam_samples: list[str] = field(default_factory=list)  # subjects/senders seen, verbatim
    log_excerpt: str = ""  # a few log lines, verbatim
    evidence: list[EvidenceFile] = field(default_factory=list)
    recovery_actions: list[RecoveryAction] = field(default_factory=list)
    personal_data: PersonalDataImpact = field(default_factory=PersonalDataImpact)
    clock: ClockInfo = field(default_factory=ClockInfo)
    last_pdf: CreatedReport | None = None  # added after format 2 was released; absent = None


class HashCancelled(CheckError):
    """`hash_evidence` was asked to stop; no description of the file exists."""


HASH_CANCELLED = QT_TRANSLATE_NOOP("report", "Computing the SHA-256 value was cancelled.")


def hash_evidence(
    path: Path | str,
    *,
    label: str = "",
    kept_at: str = "",
    collected_at: datetime | None = None,
    collected_by: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> EvidenceFile:
    """Describe an evidence file by name, size and SHA-256, reading it in chunks.

    Logs can be gigabytes, so the file is streamed and never held in memory. Raises InputError
    (with a message for the user) if the file cannot be read. `progress(done, total)` is called
    after every chunk (bytes read, file size when opened); setting `cancel` stops the reading
    and raises HashCancelled, so that a partial value can never be mistaken for the real one.
    """
    source = Path(path)
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as handle:
            total = _size_of(handle)
            while chunk := handle.read(_CHUNK):
                if cancel is not None and cancel.is_set():
                    raise HashCancelled(HASH_CANCELLED)
                digest.update(chunk)
                size += len(chunk)
                if progress is not None:
                    # A log still being written can grow past the size seen at the start.
                    progress(size, max(total, size))
    except FileNotFoundError:
        raise InputError(
            QT_TRANSLATE_NOOP("report", "The file “{name}” was not found.").with_args(
                name=source.name
            )
        ) from None
    except IsADirectoryError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "report", "“{name}” is a folder. Please choose the file itself."
            ).with_args(name=source.name)
        ) from None
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "report", "The file “{name}” could not be read ({reason})."
            ).with_args(name=source.name, reason=os_error_reason(error))
        ) from None
    return EvidenceFile(
        label=label or source.name,
        file_name=source.name,
        size=size,
        sha256=digest.hexdigest(),
        kept_at=kept_at,
        collected_at=collected_at,
        collected_by=collected_by,
        hashed_at=datetime.now(JST).replace(microsecond=0),
    )


def _size_of(handle: BinaryIO) -> int:
    """The size of an open file, or 0 when it cannot be told (a pipe, a special file)."""
    try:
        return os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):
        return 0
