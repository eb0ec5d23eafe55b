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


def test_a_big_log_is_moved_aside_at_start_keeping_three(tmp_path: Path) -> None:
    from app.core.logsetup import MAX_LOG_BYTES

    log = tmp_path / "mail-mamori.log"
    for number in (1, 2, 3):
        (tmp_path / f"mail-mamori.log.{number}").write_text(f"old {number}", encoding="utf-8")
    log.write_bytes(b"x" * MAX_LOG_BYTES)
    configure_logging(folder=tmp_path)
    logging.getLogger("test").warning("fresh start")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert (tmp_path / "mail-mamori.log.1").stat().st_size == MAX_LOG_BYTES
    assert (tmp_path / "mail-mamori.log.2").read_text(encoding="utf-8") == "old 1"
    assert (tmp_path / "mail-mamori.log.3").read_text(encoding="utf-8") == "old 2"
    assert not (tmp_path / "mail-mamori.log.4").exists()
    assert "fresh start" in log.read_text(encoding="utf-8")
