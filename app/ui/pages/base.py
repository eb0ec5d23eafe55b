"""What every wizard page has: translatable texts, loading from and storing into the case."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWizardPage,
)

if TYPE_CHECKING:
    from app.core.case import Case
    from app.ui.wizard import MamoriWizard


class BasePage(QWizardPage):
    """A wizard page. Subclasses build widgets in `build()` and set every text in `retranslate()`.

    Data flows one way: `load_case()` fills the widgets from the case, `store_case()` writes what
    the user entered back. The wizard calls `store_case()` of every page before each save (a
    page changed, a check done, closing, a pause in typing after any change to an input on the
    page): a page calls `self.mamori.autosave()` to save and never needs to store first.
    """

    key: ClassVar[str] = ""

    def __init__(self, wizard: MamoriWizard) -> None:
        super().__init__()
        self.mamori = wizard
        self.build()
        self.retranslate()
        self._page_keys = _PageKeys(self)
        for widget in (*self.findChildren(QComboBox), *self.findChildren(QScrollArea)):
            widget.installEventFilter(self._page_keys)

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
        """Write the valid parts of what the user entered into `case` (text with a mistake
        stays on screen only: `unsaved_widgets`). Called before every save, also while the
        owner is on another page: quick, and the same input gives the same case."""

    def unsaved_widgets(self) -> list[QWidget]:
        """The fields holding text that `store_case` could not save (a mistake in it), in page
        order. They keep the text on screen only: the wizard asks before closing."""
        return []

    def unsaved_input(self) -> list[str]:
        """Short names of the fields whose text could not be saved (empty: all was saved)."""
        return [_field_name(widget) for widget in self.unsaved_widgets()]

    def show_unsaved_input(self) -> None:
        """Bring the first field that could not be saved into view and put the cursor there.

        Pages override this to show their explanations first, then call it."""
        widgets = self.unsaved_widgets()
        if widgets:
            reveal(widgets[0])
            widgets[0].setFocus()

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

    def scroll_by_key(self, event: QKeyEvent) -> bool:
        """Scroll the page for PgUp/PgDn/Ctrl+Home/Ctrl+End (True); False for other keys."""
        # Imported on the first key: the welcome page is built before the window is shown,
        # without PySide6's `Qt` namespace (app/ui/qt_enums.py).
        from app.ui.widgets.focus import scroll_page

        return scroll_page(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys from a control outside the scroll area (the report's tab bar) that it did not use.
        if self.scroll_by_key(event):
            event.accept()
            return
        super().keyPressEvent(event)


class _PageKeys(QObject):
    """Routes PgUp/PgDn/Ctrl+Home/Ctrl+End that no control used to `BasePage.scroll_by_key`.

    Watches the page's scroll areas, which are no Tab stop of their own (without a frame the
    focus on them would be invisible): the keys reach them from the focused control inside when
    it does not use them (a button, a check box, a single-line edit). Qt's own handling there
    knows only PgUp/PgDn, and runs a table's PgDn on into the page at its last row.

    Watches the combo boxes too: a closed one would change its value with these keys, unseen
    when the owner only meant to read on. With its list open the keys go to the list as usual.
    """

    def __init__(self, page: BasePage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False
        return self._page.scroll_by_key(event)


def _field_name(widget: QWidget) -> str:
    # Every control has an accessible name (a test checks): the short, translated field name.
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def reveal(widget: QWidget) -> None:
    """Show the tab holding `widget` and scroll it into view in every scroll area around it."""
    child: QWidget = widget
    parent = child.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
