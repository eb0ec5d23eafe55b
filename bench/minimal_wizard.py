"""The smallest useful PySide6 wizard: the yardstick for the app's start-up (bench/package.py).

Frozen by bench/minimal_wizard.spec with the same hooks and trimming as the app. Like the app,
it quits as soon as its first page is shown when MAIL_MAMORI_QUIT_WHEN_SHOWN is set.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


class _QuitWhenPainted(QObject):
    """Quit once the wizard has been painted: the same moment the app's own flag waits for
    (a timer right after show() would quit before anything is drawn)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-page-shown {time.monotonic():.6f}", flush=True)
            app = QApplication.instance()
            if app is not None:
                app.quit()
        return False


def main() -> int:
    """Show a one-page QWizard."""
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Welcome")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A minimal wizard."))
    wizard.addPage(page)
    quitter = _QuitWhenPainted()
    if os.environ.get("MAIL_MAMORI_QUIT_WHEN_SHOWN"):
        wizard.installEventFilter(quitter)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
