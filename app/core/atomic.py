"""Writing files so that a crash or power cut never leaves half a file behind.

The content goes to a temporary file in the same folder, is flushed to disk (fsync) and renamed
over the target; the rename itself is flushed too. A reader sees the old file or the new one.
"""

from __future__ import annotations

import os
import shutil
import stat
import threading
from pathlib import Path


def _temporary(path: Path) -> Path:
    # Unique per process and thread: two writers never share a temporary file.
    return path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")


def _is_special(path: Path) -> bool:
    """True for an existing device, pipe or socket (`/dev/null`, a FIFO): not a file that
    can be replaced."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically (temp file + fsync + rename).

    A symbolic link is followed: the file it points to is replaced, the link stays. A device
    or a pipe (`report -o /dev/null`) is written to directly: renaming over it would replace
    the device itself with a regular file (run as root, /dev/null became a PDF)."""
    if path.is_symlink():
        path = path.resolve()
    if _is_special(path):
        with open(path, "wb") as handle:
            handle.write(data)
        return
    tmp = _temporary(path)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    fsync_folder(path.parent)


def copy_atomically(source: Path, target: Path) -> None:
    """Copy `source` over `target` atomically."""
    tmp = _temporary(target)
    try:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    fsync_folder(target.parent)


def keep_atomically(source: Path, target: Path) -> None:
    """Make `target` hold what `source` holds now, atomically, without copying the data when
    the file system allows: `target` becomes a second name (hard link) for `source`'s data.
    Safe because this app never rewrites a file in place: the next `write_atomically` gives
    `source` new data under the same name, and `target` keeps the old. Where hard links do not
    exist (FAT and exFAT memory sticks, some network shares) the data is copied."""
    tmp = _temporary(target)
    try:
        os.link(source, tmp)
    except OSError:
        copy_atomically(source, target)
        return
    try:
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    fsync_folder(target.parent)


def is_read_only(path: Path) -> bool:
    """True for an existing file marked read-only (its owner's write permission removed, the
    Windows read-only attribute) or one this user may not write. Renaming a new file over it
    would still succeed on Linux and macOS, silently undoing what someone chose; the
    permission bits are checked as well because root may write anything."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(mode) and (not mode & stat.S_IWUSR or not os.access(path, os.W_OK))


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to disk; folders cannot be opened so on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
