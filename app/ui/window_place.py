"""Which running copy of the app a window belongs to, so that a second copy's window does not
open exactly on top of the first one.

Every copy restores the same saved position (`AppSettings.geometry`): a second copy opened
invisibly over the first, and the owner thought nothing had happened. Each copy takes the
first free "window slot", a `QLockFile` in the settings folder (`window-0.lock`, `-1`, ...),
and its window goes that many title bars down and right, like the windows of a cascade.

Why lock files: they are small, need no server and no message between the copies, and cost a
file creation at start-up. QLockFile writes the holder's process id into the file and takes
over a file whose process has gone (a crash, a power cut), so a slot is never lost for good.
A local socket (QLocalServer) would also tell where the other window is, but costs a listening
server per copy and a round trip at start-up, for little: a copy whose window was moved away
still makes the next one step aside, which does no harm.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QPoint, QRect

MAX_SLOTS = 8  # more copies than that share the last step: they are still offset
# A title bar's height in logical pixels (Windows at any scaling: Qt's coordinates scale with
# it). The style's metric would build QStyle before the first page is shown.
TITLE_BAR = 30


class WindowSlot:
    """This copy's place among the running copies: `index` 0 for the first (or only) one."""

    def __init__(self, folder: Path) -> None:
        self.index = 0
        self._lock: QLockFile | None = None
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        for index in range(MAX_SLOTS):
            lock = QLockFile(str(folder / f"window-{index}.lock"))
            # Never stale by age: the first copy may stay open for days. A lock whose process
            # has gone is still taken over (QLockFile checks the process id).
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                self.index, self._lock = index, lock
                return
            if lock.error() != QLockFile.LockError.LockFailedError:
                return  # the folder cannot hold a lock (a home that cannot be written): alone
        self.index = MAX_SLOTS  # every slot is taken: at least not on top of the first

    @property
    def offset(self) -> int:
        """How far (logical pixels, down and right) this copy's window goes from the saved
        position."""
        return self.index * TITLE_BAR

    def release(self) -> None:
        """The window closes: the next copy started may take this slot."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def cascaded(frame: QRect, offset: int, screen: QRect) -> QPoint:
    """Where a window at `frame` goes `offset` down and right: up and left instead where that
    would push its bottom or right edge (the buttons) off `screen`, the available area."""
    x = frame.x() + offset if frame.right() + offset <= screen.right() else frame.x() - offset
    y = frame.y() + offset if frame.bottom() + offset <= screen.bottom() else frame.y() - offset
    return QPoint(max(x, screen.left()), max(y, screen.top()))
