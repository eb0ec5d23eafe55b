"""Why a file could not be read or written, in the user's language.

`OSError.strerror` is the operating system's English ("Permission denied"), which ended up in
the middle of Japanese messages. The common causes get a translated reason; anything rarer
keeps the system's text, which is still better than nothing for the vendor.
"""

from __future__ import annotations

import errno

from app.core.i18n import QT_TRANSLATE_NOOP, Msg

_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("os_error", "the file or folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("os_error", "the file or folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("os_error", "no permission to use it"),
    errno.EPERM: QT_TRANSLATE_NOOP("os_error", "no permission to use it"),
    errno.EISDIR: QT_TRANSLATE_NOOP("os_error", "it is a folder, not a file"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("os_error", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("os_error", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("os_error", "the disk is read-only"),
    errno.EIO: QT_TRANSLATE_NOOP("os_error", "the disk could not be read or written"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("os_error", "the file name is too long"),
    errno.EEXIST: QT_TRANSLATE_NOOP("os_error", "a file with the same name is already there"),
    errno.EBUSY: QT_TRANSLATE_NOOP("os_error", "another program is using it"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("os_error", "another program is using it"),
}


def os_error_reason(error: OSError) -> Msg | str:
    """A short reason for `error` to put inside a message: translated for the common causes,
    the system's own text otherwise. An error raised by the app itself may carry its own
    `reason`."""
    own = getattr(error, "reason", None)
    if isinstance(own, Msg):
        return own
    known = _REASONS.get(error.errno or 0)
    if known is not None:
        return known
    return error.strerror or str(error) or type(error).__name__


# The place itself refuses the file: a folder that cannot be written or created (a locked
# profile, a home folder that is not writable, a drive or network folder that has gone), a
# read-only or full disk, a path too long for it. Another folder may well take the file.
# Not here: a case too large to be opened again (EFBIG), which no other folder would change.
_PLACE_ERRNOS = frozenset(
    {
        errno.ENOENT,
        errno.ENOTDIR,
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EIO,
        errno.ENAMETOOLONG,
    }
)


def place_cannot_be_written(error: OSError) -> bool:
    """True when `error` says the file's place (its folder or disk) cannot take it, so that
    saving the same file somewhere else may succeed: what the wizard offers then."""
    return error.errno in _PLACE_ERRNOS
