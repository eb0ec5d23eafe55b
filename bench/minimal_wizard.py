"""The smallest useful PySide6 wizard: the yardstick for the app's start-up (bench/package.py).

Frozen by bench/minimal_wizard.spec with the same hooks and trimming as the app. Like the app,
it quits as soon as its first page is shown when MAIL_MAMORI_QUIT_WHEN_SHOWN is set.
"""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


def main() -> int:
    """Show a one-page QWizard."""
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("Welcome")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A minimal wizard."))
    wizard.addPage(page)
    wizard.show()
    if os.environ.get("MAIL_MAMORI_QUIT_WHEN_SHOWN"):
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
