"""When the case cannot be saved where it belongs (a home folder that cannot be written, a
read-only case file in a folder that cannot be written either), the owner is offered
「別の場所に保存…」: the case goes to the file they choose, and the window goes on saving there.
Cancelling loses nothing. Real files and Qt's own file dialog throughout."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from app.core.case import load_case, suggested_case_name
from app.core.os_errors import place_cannot_be_written
from tests.test_first_run import _read_only_case, unwritable_home  # noqa: F401
from tests.test_wizard_shell import go_to_situation, situation, type_text

ELSEWHERE = "別の場所に保存"

# An answer to the next modal dialog: handles it (and returns True) if it is the expected one.
Answer = Callable[[QWidget], bool]


def answer_dialogs(qtbot, answers: list[Answer]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answers the next modal dialogs in order, as the owner would; every dialog's text is
    noted in the list returned. A dialog an answer does not expect is closed with Esc (the
    list then says so), so a missing choice fails the test instead of waiting forever."""
    seen: list[str] = []
    anchor = QWidget()
    qtbot.addWidget(anchor)
    pending = list(answers)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(30, anchor, poll)
            return
        if isinstance(dialog, QMessageBox):
            buttons = " | ".join(b.text() for b in dialog.buttons())
            seen.append(f"{dialog.text()}\n{dialog.informativeText()}\n[{buttons}]")
        else:
            seen.append(type(dialog).__name__)
        if not (pending and pending.pop(0)(dialog)):
            seen.append("unexpected")
            dialog.reject()
        if pending:
            QTimer.singleShot(30, anchor, poll)

    QTimer.singleShot(30, anchor, poll)
    return seen


def click(label: str) -> Answer:
    """Clicks the message box button whose text holds `label`."""

    def answer(dialog: QWidget) -> bool:
        if not isinstance(dialog, QMessageBox):
            return False
        button = next((b for b in dialog.buttons() if label in b.text()), None)
        if button is None:
            return False
        button.click()
        return True

    return answer


def choose_file(path: Path | None) -> Answer:
    """Picks `path` in Qt's file dialog and accepts it; None: cancels the dialog."""

    def answer(dialog: QWidget) -> bool:
        if not isinstance(dialog, QFileDialog):
            return False
        if path is None:
            dialog.reject()
        else:
            # As the owner does it: go to the folder, type the name (Qt keeps the name it
            # suggested when selectFile is given a new file in another folder).
            dialog.setDirectory(str(path.parent))
            dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
            dialog.accept()
        return True

    return answer


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    """Makes a folder in which no new file can be made, even by root (whom permissions do not
    stop: it gets the immutable attribute then). Skips where neither works."""
    made: list[Path] = []

    def make(folder: Path) -> None:
        if os.geteuid() == 0:
            if subprocess.run(["chattr", "+i", str(folder)], check=False).returncode != 0:
                pytest.skip("cannot make a folder unwritable for root here (chattr)")
        else:
            folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        made.append(folder)
        try:
            (folder / "probe").write_text("")
        except OSError:
            return
        pytest.skip("this folder stays writable here")

    yield make
    for folder in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(stat.S_IRWXU)


@contextmanager
def close_without_asking_afterwards(wizard) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Whatever the test leaves unsaved, the window closes without the question afterwards:
    a modal question nobody answers would hold up the test's clean-up for ever."""
    try:
        yield
    finally:
        wizard._close_without_saving = lambda: True


def _type_a_case(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    type_text(qtbot, situation(wizard).company, "株式会社やまだ商店")


def test_the_case_goes_to_the_file_the_owner_chooses_and_stays_there(  # type: ignore[no-untyped-def]
    qtbot, wizard, request, tmp_path: Path
) -> None:
    with close_without_asking_afterwards(wizard):
        request.getfixturevalue("unwritable_home")  # after `wizard`, whose home it replaces
        _type_a_case(qtbot, wizard)
        usb = tmp_path / "usb"
        usb.mkdir()
        target = usb / "やまだ商店.mamori.json"
        seen = answer_dialogs(qtbot, [click(ELSEWHERE), choose_file(target)])
        assert wizard.autosave() is True
        assert "unexpected" not in seen
        assert "保存できませんでした" in seen[0] and ELSEWHERE in seen[0]
        assert load_case(target).organisation.company == "株式会社やまだ商店"
        assert wizard.case_path == target
        assert wizard.settings.recent_cases[0] == target
        # Later saves go to that file, without asking again: a step, a pause in typing.
        type_text(qtbot, situation(wizard).contact_name, "山田 太郎")
        assert wizard.autosave() is True
        assert load_case(target).organisation.contact.name == "山田 太郎"
        type_text(qtbot, situation(wizard).how_detail, "FTP にログインできなかった")
        wizard._save_when_idle()
        assert load_case(target).incident.how_noticed_detail == "FTP にログインできなかった"
        assert wizard.case_path == target


def test_cancelling_keeps_the_case_in_the_window_and_closing_still_asks(  # type: ignore[no-untyped-def]
    qtbot, wizard, request, tmp_path: Path
) -> None:
    with close_without_asking_afterwards(wizard):
        request.getfixturevalue("unwritable_home")  # after `wizard`, whose home it replaces
        _type_a_case(qtbot, wizard)
        seen = answer_dialogs(qtbot, [click(ELSEWHERE), choose_file(None)])
        assert wizard.autosave() is False
        assert seen[:2] == [seen[0], "QFileDialog"] and ELSEWHERE in seen[0]
        assert situation(wizard).company.text() == "株式会社やまだ商店"
        assert wizard.case_path is None
        # Closing asks, and offers the other place again; keeping the window keeps the case.
        seen = answer_dialogs(qtbot, [click("開いたまま")])
        wizard.close()
        assert "unexpected" not in seen and ELSEWHERE in seen[0]
        assert wizard.isVisible()
        assert situation(wizard).company.text() == "株式会社やまだ商店"
        # Asked again on the next close: this time the case is saved elsewhere, then the window
        # closes with nothing lost.
        target = tmp_path / "やまだ商店.mamori.json"
        seen = answer_dialogs(qtbot, [click(ELSEWHERE), choose_file(target)])
        wizard.close()
        assert "unexpected" not in seen
        assert not wizard.isVisible()
        assert load_case(target).organisation.company == "株式会社やまだ商店"


def test_a_read_only_case_whose_copy_cannot_be_saved_either_goes_where_the_owner_chooses(  # type: ignore[no-untyped-def]
    qtbot, wizard, request, unwritable_folder, tmp_path: Path
) -> None:
    with close_without_asking_afterwards(wizard):
        request.getfixturevalue("unwritable_home")  # after `wizard`, whose home it replaces
        archive = tmp_path / "archive"
        path = _read_only_case(archive)
        before = path.read_bytes()
        unwritable_folder(archive)
        wizard.page_by_key("welcome").open_path(path)
        page = situation(wizard)
        page.contact_name.clear()
        type_text(qtbot, page.contact_name, "佐藤 花子")
        target = tmp_path / "usb" / "archived.mamori.json"
        target.parent.mkdir()
        seen = answer_dialogs(qtbot, [click(ELSEWHERE), choose_file(target)])
        assert wizard.autosave() is True
        assert "unexpected" not in seen
        assert "読み取り専用" in seen[0] and path.name in seen[0]
        assert path.read_bytes() == before
        assert wizard.case_path == target
        assert load_case(target).organisation.contact.name == "佐藤 花子"
        page.how_detail.clear()
        type_text(qtbot, page.how_detail, "追記")
        assert wizard.autosave() is True
        assert load_case(target).incident.how_noticed_detail == "追記"
        assert path.read_bytes() == before


def test_a_case_too_large_for_any_place_is_not_offered_another_one() -> None:
    from app.core.case import CaseTooLargeToSave

    assert not place_cannot_be_written(CaseTooLargeToSave(10**9))
    assert place_cannot_be_written(PermissionError(13, "Permission denied"))
    assert place_cannot_be_written(OSError(28, "No space left on device"))


def test_another_place_suggests_the_name_a_normal_save_would_give(  # type: ignore[no-untyped-def]
    qtbot, wizard, unwritable_folder
) -> None:
    with close_without_asking_afterwards(wizard):
        _type_a_case(qtbot, wizard)
        assert wizard.autosave() is True
        first = wizard.case_path
        # No domain yet: named after the company.
        assert first is not None and first.name.startswith("株式会社やまだ商店-")
        # The cases folder cannot be written any more when the domain is typed: the file
        # cannot take its domain name there, and the owner is offered another place.
        unwritable_folder(first.parent)
        page = situation(wizard)
        type_text(qtbot, page.domain.edit, "example.co.jp")
        page.domain.edit.editingFinished.emit()
        suggested: list[str] = []

        def note_suggestion(dialog: QWidget) -> bool:
            if not isinstance(dialog, QFileDialog):
                return False
            suggested.append(Path(dialog.selectedFiles()[0]).name)
            dialog.reject()
            return True

        seen = answer_dialogs(qtbot, [click(ELSEWHERE), note_suggestion])
        assert wizard.autosave() is False
        assert "unexpected" not in seen
        # As a save in a writable folder would name it: the domain, not the company.
        assert suggested == [suggested_case_name(wizard.case)]
        assert suggested[0].startswith("example.co.jp-")
