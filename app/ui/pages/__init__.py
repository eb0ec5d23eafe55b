"""The wizard's pages, in order.

Adding a page: a new module here defining `PAGE` (a `BasePage` subclass), plus one line below
with its module name and the short name shown in the step list.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.ui.pages.base import BasePage


@dataclass(frozen=True)
class PageSpec:
    """A page of the wizard: its module under app/ui/pages and its name in the step list."""

    module: str
    step: Msg

    def page_class(self) -> type[BasePage]:
        """Import the page's module (only when the page is built) and return its class."""
        cls: type[BasePage] = importlib.import_module(f"app.ui.pages.{self.module}").PAGE
        return cls


PAGES = [
    PageSpec("welcome", QT_TRANSLATE_NOOP("WizardSteps", "Welcome")),
    PageSpec("situation", QT_TRANSLATE_NOOP("WizardSteps", "Situation")),
    PageSpec("blacklist", QT_TRANSLATE_NOOP("WizardSteps", "Blacklists")),
    PageSpec("accounts", QT_TRANSLATE_NOOP("WizardSteps", "Passwords and accounts")),
    PageSpec("sender_auth", QT_TRANSLATE_NOOP("WizardSteps", "Sender authentication")),
    PageSpec("report", QT_TRANSLATE_NOOP("WizardSteps", "Report")),
]
