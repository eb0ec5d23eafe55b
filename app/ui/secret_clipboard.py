"""Put a secret (a new password) on the clipboard, and take it off again after a while.

The secret stays on the clipboard for `seconds` (60 on page 3), then it is removed, but only if
the clipboard still holds it: when the user has copied something else meanwhile, that is left
alone. To know whether it is still there without keeping the password in memory, only a keyed
fingerprint of it is kept (`password_policy.fingerprint`: an HMAC with a per-process key).
When the app closes before the time is up, the secret is removed at once; on Windows and macOS
the clipboard would otherwise keep it after the app has gone.

What else is done, per platform (the formats are hints that clipboard tools honour, not
guarantees; the automatic removal is what we rely on):

- Windows: the data carries `ExcludeClipboardContentFromMonitorProcessing` (any data; clipboard
  monitors and history skip it), `CanIncludeInClipboardHistory` = DWORD 0 (not in Win+V history)
  and `CanUploadToCloudClipboard` = DWORD 0 (not synced to the user's other devices), the
  formats Microsoft documents under "Cloud Clipboard and Clipboard History Formats". Qt writes a
  MIME type `application/x-qt-windows-mime;value="Name"` as the raw clipboard format `Name`.
- Linux/BSD (X11, Wayland): `x-kde-passwordManagerHint: secret`, which KDE's Klipper and other
  clipboard managers use to leave an entry out of their history. On X11 the secret also goes to
  the primary selection (middle-click paste, as password managers do) and is removed from
  there as well.
- macOS: nothing extra. Marking the data as concealed (`org.nspasteboard.ConcealedType`) would
  need a native pasteboard converter, which PySide6 does not expose; the removal still applies.
"""

from __future__ import annotations

import atexit
import hmac
import struct
import sys

import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from app.core.password_policy import fingerprint

_WINDOWS_MIME = 'application/x-qt-windows-mime;value="{name}"'
WINDOWS_PRIVACY_FORMATS: dict[str, bytes] = {
    _WINDOWS_MIME.format(name="ExcludeClipboardContentFromMonitorProcessing"): struct.pack("<I", 1),
    _WINDOWS_MIME.format(name="CanIncludeInClipboardHistory"): struct.pack("<I", 0),
    _WINDOWS_MIME.format(name="CanUploadToCloudClipboard"): struct.pack("<I", 0),
}
KDE_PASSWORD_HINT = "x-kde-passwordManagerHint"


def secret_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    """`text` as clipboard data marked, where the platform has a way, as not for history."""
    mime = QMimeData()
    mime.setText(text)
    if platform == "win32":
        for mime_type, value in WINDOWS_PRIVACY_FORMATS.items():
            mime.setData(mime_type, value)
    elif platform != "darwin":
        mime.setData(KDE_PASSWORD_HINT, b"secret")
    return mime


# Addresses of the QMimeData objects this module put on a clipboard (see `_clear_at_exit`).
_placed: set[int] = set()


def _address(data: QMimeData) -> int:
    return int(shiboken6.getCppPointer(data)[0])


def _modes() -> list[QClipboard.Mode]:
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    return modes


def _place(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    for mode in _modes():
        data = secret_mime_data(text)
        _placed.add(_address(data))
        clipboard.setMimeData(data, mode)


@atexit.register
def _clear_at_exit() -> None:
    """Take a secret still on the clipboard off it before Python shuts down.

    Besides keeping the promise that a copied password goes when the app does, this avoids a
    crash: a QMimeData made in Python and still owned by the clipboard is deleted while the
    QApplication is torn down, after the Python interpreter has gone (seen with PySide6 6.12).
    """
    if QGuiApplication.instance() is None or not _placed:
        return
    clipboard = QGuiApplication.clipboard()
    for mode in _modes():
        data = clipboard.mimeData(mode)
        if data is not None and _address(data) in _placed:
            clipboard.clear(mode)
    _placed.clear()


class SecretClipboard(QObject):
    """Copies one secret at a time and removes it after a delay if it is still there."""

    # The delay ran out (or the app is closing): True if the secret was removed, False if the
    # clipboard held something else by then and was left alone.
    finished = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self._fingerprint: bytes | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    @property
    def pending(self) -> bool:
        """True while a copied secret is waiting to be removed."""
        return self._fingerprint is not None

    def remaining_ms(self) -> int:
        """Milliseconds until the removal (0 if nothing is pending)."""
        return max(0, self._timer.remainingTime()) if self.pending else 0

    def copy(self, text: str, seconds: float) -> None:
        """Put `text` on the clipboard (and the X11 selection) and remove it after `seconds`."""
        _place(text)
        self._fingerprint = fingerprint(text).exact
        self._timer.start(max(0, int(seconds * 1000)))

    def clear_now(self) -> None:
        """Remove the secret now, from every clipboard that still holds it."""
        expected = self._fingerprint
        if expected is None:
            return
        self._timer.stop()
        self._fingerprint = None
        clipboard = QGuiApplication.clipboard()
        removed = False
        for mode in _modes():
            current = clipboard.text(mode)
            if current and hmac.compare_digest(fingerprint(current).exact, expected):
                clipboard.clear(mode)
                removed = True
        self.finished.emit(removed)

    def clear_if_holding(self, text: str) -> None:
        """Remove `text` from the selection/clipboard now if it is there, unless it is the copy
        waiting for its timer (e.g. it became the X11 selection when selected while shown)."""
        if not text:
            return
        clipboard = QGuiApplication.clipboard()
        target = fingerprint(text).exact
        if self._fingerprint is not None and hmac.compare_digest(target, self._fingerprint):
            return
        for mode in _modes():
            current = clipboard.text(mode)
            if current and hmac.compare_digest(fingerprint(current).exact, target):
                clipboard.clear(mode)
