"""A second copy of the app started while one is open does not open its window exactly on top
of the first one (both restored the same saved position, and the owner saw nothing happen):
it steps a title bar down and right. Real wizards sharing one settings folder, as two copies
of the app share it; the slots are real lock files there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize

from app.ui.window_place import TITLE_BAR, WindowSlot, cascaded

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def windows_that_fit_the_test_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wizard fixture gives every window the first start's size, wider than Qt's offscreen
    screen (800x800), which then keeps it at the left edge: a smaller one moves freely."""
    monkeypatch.setattr("app.ui.wizard.DEFAULT_SIZE", (600, 450))
    monkeypatch.setattr("app.ui.wizard.MINIMUM_SIZE", QSize(600, 450))


def _placed_at(wizard, x: int, y: int) -> None:  # type: ignore[no-untyped-def]
    """The owner moves the window to (x, y) and closes it: the next start restores it there."""
    wizard.move(x, y)
    wizard.close()


def test_a_second_copy_opens_a_title_bar_down_and_right_of_the_first(  # type: ignore[no-untyped-def]
    qtbot, fresh_wizard
) -> None:
    _placed_at(fresh_wizard(), 60, 50)
    first = fresh_wizard()
    second = fresh_wizard()  # started while the first is open
    assert second.pos() - first.pos() == QPoint(TITLE_BAR, TITLE_BAR)
    third = fresh_wizard()
    assert third.pos() - first.pos() == QPoint(2 * TITLE_BAR, 2 * TITLE_BAR)


def test_a_copy_started_alone_opens_where_the_window_was_left(  # type: ignore[no-untyped-def]
    qtbot, fresh_wizard
) -> None:
    _placed_at(fresh_wizard(), 60, 50)
    first = fresh_wizard()
    second = fresh_wizard()
    where = first.pos()
    # The stepped-aside window, closed last without being moved, does not move the next
    # start's window: that opens where the first one was.
    first.close()
    second.close()
    again = fresh_wizard()
    assert again.pos() == where
    # Its slot was given back: a copy started now steps aside by one title bar only.
    other = fresh_wizard()
    assert other.pos() - again.pos() == QPoint(TITLE_BAR, TITLE_BAR)


def test_a_slot_left_by_a_copy_that_crashed_is_taken_over(tmp_path: Path) -> None:
    # A copy that crashes leaves its lock file behind, with the id of a process that is gone.
    crash = (
        "import os, sys; from pathlib import Path; from app.ui.window_place import WindowSlot;"
        "slot = WindowSlot(Path(sys.argv[1])); print(slot.index, flush=True); os._exit(1)"
    )
    result = subprocess.run(
        [sys.executable, "-c", crash, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.strip() == "0", result.stderr
    assert (tmp_path / "window-0.lock").is_file()
    slot = WindowSlot(tmp_path)
    assert slot.index == 0 and slot.offset == 0
    slot.release()


def test_a_settings_folder_that_cannot_be_written_opens_the_window_as_before(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    slot = WindowSlot(blocker / "settings")
    assert slot.offset == 0


def test_near_the_screen_edge_the_window_steps_up_and_left_instead() -> None:
    screen = QRect(0, 0, 1093, 614)
    assert cascaded(QRect(100, 50, 800, 500), 30, screen) == QPoint(130, 80)
    assert cascaded(QRect(100, 100, 800, 500), 30, screen) == QPoint(130, 70)
    assert cascaded(QRect(280, 50, 800, 500), 30, screen) == QPoint(250, 80)
