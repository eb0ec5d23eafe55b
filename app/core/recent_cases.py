"""What the welcome page says about each recently used case: whose it is and when it was saved.

A file name (`example.co.jp-20261116-150012.mamori.json`) tells the owner little; the company,
the domain and the time of the last save do. Reading a case is file work, so the page asks for
these off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from app.core.case import CaseLoadError, load_case
from app.core.normalize import JST


class CaseFileState(StrEnum):
    """Whether a recent case can be opened as it is."""

    READABLE = "readable"
    MISSING = "missing"  # moved, deleted, or on a memory stick that is not plugged in
    DAMAGED = "damaged"  # there, but not a case this version can open


@dataclass(frozen=True)
class RecentCase:
    """One recently used case as the welcome page lists it."""

    path: Path
    state: CaseFileState
    company: str = ""
    domain: str = ""  # as the owner reads it (例え.jp)
    saved_at: datetime | None = None  # the file's last change, Japan time


def describe_recent(paths: Iterable[Path]) -> list[RecentCase]:
    """Read each case file in `paths` (in that order) for its company, domain and time of the
    last save. A file that is gone or cannot be opened is described as such, never raised."""
    out = []
    for path in paths:
        try:
            saved_at = datetime.fromtimestamp(path.stat().st_mtime, JST).replace(microsecond=0)
        except OSError:
            out.append(RecentCase(path, CaseFileState.MISSING))
            continue
        try:
            case = load_case(path)
        except (CaseLoadError, OSError):
            out.append(RecentCase(path, CaseFileState.DAMAGED, saved_at=saved_at))
            continue
        organisation = case.organisation
        out.append(
            RecentCase(
                path,
                CaseFileState.READABLE,
                company=organisation.company.strip(),
                domain=organisation.domain.strip(),
                saved_at=saved_at,
            )
        )
    return out
