"""Helpers for tests that handle (test) passwords without printing them on failure.

pytest's assertion rewriting prints both sides of a failed comparison, and parametrised test
ids print their arguments. A password must never reach test output, so tests compare through
these helpers and give parametrised cases descriptive ids.
"""

from __future__ import annotations

import pytest


def assert_secret_absent(secret: str, text: str, where: str) -> None:
    """Fail, without showing either string, if `secret` occurs in `text`."""
    if secret and secret in text:
        pytest.fail(f"a password appeared in {where}", pytrace=False)


def assert_secret_equal(actual: str, expected: str, what: str) -> None:
    """Fail, without showing either string, unless they are equal."""
    if actual != expected:
        pytest.fail(f"{what} differs (values not shown)", pytrace=False)
