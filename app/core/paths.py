"""Where the app's bundled files and the user's files live, from source and in a frozen build."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import platformdirs

from app import APP_NAME


def bundle_root() -> Path:
    """Directory holding `resources/` and `i18n/`: the repository, or PyInstaller's unpack dir."""
    override = os.environ.get("MAIL_MAMORI_BUNDLE")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """Path of a bundled data file under `resources/`."""
    return bundle_root().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    """Path of a translation file under `i18n/`."""
    return bundle_root().joinpath("i18n", *parts)


def user_data_dir() -> Path:
    """Per-user directory for saved cases (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    """Per-user directory for log files (created on demand)."""
    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_case_dir() -> Path:
    """Folder where new cases are saved unless the user picks another one, created when
    possible. Never raises: where it cannot be created (a home folder that is not writable,
    a full disk) messages and file dialogs still name it, and saving there fails with the
    reason, which the wizard shows (`save_new_case` creates the folder itself)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "cases"
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return path
