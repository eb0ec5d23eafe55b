"""`-p tests.stress.slow_event_loop`: every `qtbot.wait(ms)` (and so every `qtbot.waitUntil`)
behaves as on an overloaded machine.

The process gets no CPU for the whole wait; when the event loop finally runs, its own quit
timer and every other timer that came due fire in the same pass, and the loop stops after that
pass. Whatever those timers started (a dialog shown by a mnemonic's animated click, labels
shown and laid out after a language switch) gets only that one pass. A test that then asserts
what needs a further pass fails here every time instead of once in a while on CI.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QTimer
from pytestqt.qtbot import QtBot


def _overloaded_wait(self: QtBot, ms: int) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(loop.quit)
    timer.start()
    time.sleep(ms / 1000 + 0.002)
    loop.exec()


QtBot.wait = _overloaded_wait  # type: ignore[method-assign]
