"""Unhandled errors become a friendly dialog that names the log file, never a crash."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.core.i18n import Msg
from app.core.logsetup import log_file_path
from app.ui.i18n import msg_text

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries an error from any thread to the GUI thread."""

    raised = Signal(str)


_bridge: _Bridge | None = None
_showing = False


def show_unexpected_error(summary: str = "") -> None:
    """The friendly dialog for a bug: what happened, that input is safe, where the log is."""
    # Imported here: dialogs are rare, and start-up should not pay for their classes.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QApplication.translate("ErrorDialog", "Mail Mamori: unexpected problem"))
        box.setText(
            QApplication.translate(
                "ErrorDialog",
                "Sorry, something unexpected went wrong. What you entered has been saved "
                "automatically, so you can continue.",
            )
        )
        box.setInformativeText(
            QApplication.translate(
                "ErrorDialog",
                "The details were written to this log file:\n{path}\n\n"
                "If it happens again, please send this file to your support contact.",
            ).format(path=log_file_path())
        )
        if summary:
            box.setDetailedText(summary)
        open_folder = box.addButton(
            QApplication.translate("ErrorDialog", "Open &log folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        from app.ui.message_box import exec_fitted  # not at start-up: it builds QMessageBox

        exec_fitted(box)
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file_path().parent)))
    finally:
        _showing = False


def show_error_message(message: Msg) -> None:
    """Show a core error message (e.g. a check that could not run) in a simple dialog."""
    from PySide6.QtWidgets import QMessageBox

    if QApplication.instance() is None:
        return
    QMessageBox.warning(
        QApplication.activeWindow(),
        QApplication.translate("ErrorDialog", "Mail Mamori"),
        msg_text(message),
    )


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unhandled exception", exc_info=(exc_type, exc, tb))
    summary = "".join(traceback.format_exception_only(exc_type, exc)).strip()
    if _bridge is not None:
        _bridge.raised.emit(summary)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    _excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def install_exception_hooks() -> None:
    """Route uncaught exceptions from any thread to the log and the friendly dialog."""
    global _bridge
    _bridge = _Bridge()
    _bridge.raised.connect(show_unexpected_error)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
