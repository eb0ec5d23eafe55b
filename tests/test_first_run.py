"""The first start on an unusual machine: a home folder that cannot be written, a case file
marked read-only. The wizard must open, say in Japanese what is wrong, and lose nothing."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.logsetup import configure_logging, log_file_path
from app.core.paths import default_case_dir
from tests.test_wizard_shell import go_to_situation, situation, type_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def unwritable_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every per-user folder lies under a regular file, so none can be created, even by root
    (which file permissions would not stop): like a home folder that cannot be written."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(blocker / var.lower()))
    return blocker


def test_the_wizard_opens_when_the_home_folder_cannot_be_written(unwritable_home: Path) -> None:
    """Started from the menu, a crash before the window opens shows the owner nothing at all."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "MAIL_MAMORI"))}
    # TMPDIR: the log's fallback folder goes with the test's other files.
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MAIL_MAMORI_QUIT_WHEN_SHOWN="1",
        TMPDIR=str(unwritable_home.parent),
    )
    result = subprocess.run(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "first-page-shown" in result.stdout
    assert "Traceback" not in result.stderr
    [log] = unwritable_home.parent.glob("mail-mamori-log-*/mail-mamori.log")
    assert "starting" in log.read_text(encoding="utf-8")


def test_the_log_goes_to_a_temporary_folder_when_its_own_cannot_be_made(
    unwritable_home: Path, tmp_path: Path
) -> None:
    path = configure_logging()
    try:
        assert unwritable_home not in path.parents
        assert path.is_file() and log_file_path() == path
    finally:
        configure_logging(folder=tmp_path)
        shutil.rmtree(path.parent)


def test_the_case_folder_is_named_even_when_it_cannot_be_created(unwritable_home: Path) -> None:
    folder = default_case_dir()
    assert folder.name == "cases" and unwritable_home in folder.parents
    assert not folder.exists()


def test_saving_into_an_uncreatable_case_folder_says_why_and_keeps_the_input(
    qtbot, wizard, unwritable_home: Path
) -> None:  # type: ignore[no-untyped-def]
    # `unwritable_home` after `wizard`: its folders replace the ones `app_home` set.
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.company, "株式会社やまだ商店")
    assert wizard.autosave(warn=False) is False
    problem = wizard._save_problem
    assert str(default_case_dir()) in problem
    assert "保存できませんでした" in problem
    assert "見つかりません" in problem  # the reason, in Japanese
    assert page.company.text() == "株式会社やまだ商店"
    # Closing asks whether to lose the unsaved input (a modal question): answered here.
    wizard._close_without_saving = lambda: True


def _read_only_case(folder: Path) -> Path:
    from app.core.case import save_case
    from app.core.example_case import example_case

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "archived.mamori.json"
    save_case(example_case(), path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path


def test_a_read_only_case_is_left_unchanged_and_the_case_goes_on_in_a_copy(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from app.core.case import load_case

    path = _read_only_case(tmp_path / "cases")
    before = path.read_bytes()
    wizard.page_by_key("welcome").open_path(path)
    status = wizard.steps.findChild(QLabel, "saveStatus").text()
    assert "読み取り専用" in status
    page = situation(wizard)
    page.contact_name.clear()
    type_text(qtbot, page.contact_name, "佐藤 花子")
    told: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(30, read_and_close)
            return
        told.append(box.text())
        box.accept()

    QTimer.singleShot(30, read_and_close)
    assert wizard.autosave() is True
    assert path.read_bytes() == before
    assert not path.stat().st_mode & stat.S_IWUSR  # still read-only
    copy = wizard.case_path
    assert copy != path and copy.parent == path.parent
    assert load_case(copy).organisation.contact.name == "佐藤 花子"
    assert told and "読み取り専用" in told[0] and copy.name in told[0]
    # Later saves go on in the copy, without asking again.
    page.how_detail.clear()
    type_text(qtbot, page.how_detail, "FTP にログインできなかった")
    assert wizard.autosave() is True
    assert wizard.case_path == copy
    assert load_case(copy).incident.how_noticed_detail == "FTP にログインできなかった"
    assert path.read_bytes() == before


def test_a_pause_in_typing_does_not_write_over_a_read_only_case(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = _read_only_case(tmp_path / "cases")
    before = path.read_bytes()
    wizard.page_by_key("welcome").open_path(path)
    wizard._save_when_idle()  # what the timer calls after a pause
    type_text(qtbot, situation(wizard).how_detail, " (追記)")
    wizard._save_when_idle()
    assert path.read_bytes() == before
    assert wizard.case_path == path  # the copy is made by a save that can say so
