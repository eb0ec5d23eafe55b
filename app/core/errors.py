"""Errors the core raises for problems the user can act on, each carrying a translatable message."""

from __future__ import annotations

from app.core.i18n import Msg


class MamoriError(Exception):
    """Base class: `message` says in the user's language what went wrong and what to do."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render("en"))
        self.message = message


class InputError(MamoriError):
    """The user's input cannot be used as given (command line exit code 2)."""


class CheckError(MamoriError):
    """A check could not be carried out, e.g. no DNS server answered (command line exit code 3)."""
