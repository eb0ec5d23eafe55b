"""Logs go to the user's log folder and registered secrets never reach them."""

from __future__ import annotations

import logging
from pathlib import Path

from app.core.logsetup import configure_logging, forget_secret, register_secret


def test_registered_secrets_are_redacted(tmp_path: Path) -> None:
    path = configure_logging(folder=tmp_path)
    secret = "dqs-key-0123456789abcdef"
    register_secret(secret)
    try:
        logging.getLogger("test").warning("querying %s.zen.dq.spamhaus.net", f"2.0.0.127.{secret}")
        logging.getLogger("test").info(f"inline {secret} too")
    finally:
        forget_secret(secret)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert secret not in text
    assert text.count("***") == 2


def test_log_lives_in_the_user_log_folder(app_home: Path) -> None:
    path = configure_logging()
    assert str(path).startswith(str(app_home))
    assert path.name == "mail-mamori.log"
