"""The wizard's pages, in order. Adding a page: a new module here defining `PAGE`, plus its name below."""

from __future__ import annotations

import importlib

from app.ui.pages.base import BasePage

PAGE_MODULES = [
    "welcome",
    "situation",
    "blacklist",
    "accounts",
    "sender_auth",
    "report",
]


def page_classes() -> list[type[BasePage]]:
    """The page classes in wizard order."""
    classes = []
    for name in PAGE_MODULES:
        module = importlib.import_module(f"app.ui.pages.{name}")
        classes.append(module.PAGE)
    return classes
