"""What every wizard page has: translatable texts, loading from and storing into the case."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage

if TYPE_CHECKING:
    from app.core.case import Case
    from app.ui.wizard import MamoriWizard


class BasePage(QWizardPage):
    """A wizard page. Subclasses build widgets in `build()` and set every text in `retranslate()`.

    Data flows one way: `load_case()` fills the widgets from the case, `store_case()` writes what
    the user entered back; the wizard calls it when the page is left and then saves the case.
    """

    key: ClassVar[str] = ""

    def __init__(self, wizard: MamoriWizard) -> None:
        super().__init__()
        self.mamori = wizard
        self.build()
        self.retranslate()

    def build(self) -> None:
        """Create the page's widgets and layout (no texts: those belong in `retranslate`)."""

    def retranslate(self) -> None:
        """Set every visible text; called at start and whenever the language changes."""

    def step_name(self) -> str:
        """Short name of the step, as in the step list at the side of the wizard."""
        from app.ui.i18n import msg_text
        from app.ui.pages import PAGES

        spec = next((spec for spec in PAGES if spec.module == self.key), None)
        return msg_text(spec.step) if spec is not None else self.title()

    def load_case(self, case: Case) -> None:
        """Show `case` in the widgets (a new or freshly opened case)."""

    def store_case(self, case: Case) -> None:
        """Write the valid parts of what the user entered into `case`."""

    def confirm_finish(self) -> bool:
        """Called when Finish is pressed on this page, before anything is saved; False stays."""
        return True

    def leave_page(self) -> None:
        """Called when the page is left in either direction; stop work, clear secrets."""

    def cleanupPage(self) -> None:
        # QWizard's default resets fields when going Back; what the user typed must stay.
        self.leave_page()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
