"""Logging to a rotating file in the user's log folder, with secrets scrubbed as a second line of defence.

Code never logs passwords in the first place; the redacting filter exists for the few secrets
the app does hold for a while (a Spamhaus DQS key), which are registered with `register_secret`.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import platformdirs

from app import APP_NAME
from app.core.paths import user_log_dir

LOG_NAME = "mail-mamori.log"
_secrets: set[str] = set()
_lock = threading.Lock()
_configured_path: Path | None = None


def register_secret(value: str) -> None:
    """Make sure `value` is replaced by `***` in every log line from now on."""
    if len(value) >= 4:
        with _lock:
            _secrets.add(value)


def forget_secret(value: str) -> None:
    """Stop tracking a secret that is no longer in use."""
    with _lock:
        _secrets.discard(value)


class RedactingFilter(logging.Filter):
    """Replaces registered secrets in the formatted message (args included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        with _lock:
            secrets = tuple(_secrets)
        if not secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in secrets:
            redacted = redacted.replace(secret, "***")
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True


def log_file_path() -> Path:
    """Where the log is written (the path shown to the user in error dialogs)."""
    return _configured_path or user_log_dir() / LOG_NAME


MAX_LOG_BYTES = 1_000_000
KEEP_OLD_LOGS = 3


def _rotate(path: Path) -> None:
    """At start-up, move a log over 1 MB aside (keeping 3 old ones). Rotating once per start
    rather than with logging.handlers keeps its imports (socket, pickle, ...) off start-up."""
    try:
        if not path.is_file() or path.stat().st_size < MAX_LOG_BYTES:
            return
        for number in range(KEEP_OLD_LOGS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{number + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # a log that cannot be rotated is still appended to


def _intended_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def _open_log(folder: Path | None) -> tuple[Path, logging.Handler]:
    """The log file in `folder` (the user's log folder when None), rotated and opened."""
    folder = folder or user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    _rotate(path)
    return path, logging.FileHandler(path, encoding="utf-8")


def configure_logging(level: int = logging.INFO, folder: Path | None = None) -> Path:
    """Send log records to a file (rotated at 1 MB, 3 kept); returns its path. Idempotent.
    Never raises: where the log folder cannot be written, a temporary folder is used."""
    global _configured_path
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_mail_mamori", False):
            root.removeHandler(old)
            old.close()
    try:
        path, handler = _open_log(folder)
    except OSError:
        # A home folder that cannot be written (a locked-down PC, a full disk) must not stop
        # the wizard before its window opens (the owner would see nothing at all): the log
        # goes to a fresh temporary folder, or only to standard error when even that fails.
        import tempfile  # only then: it is not worth its import on every start

        try:
            path, handler = _open_log(Path(tempfile.mkdtemp(prefix="mail-mamori-log-")))
        except OSError:
            path = (folder or _intended_log_dir()) / LOG_NAME
            handler = logging.StreamHandler()
    handler._mail_mamori = True  # type: ignore[attr-defined]
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    _configured_path = path
    return path
