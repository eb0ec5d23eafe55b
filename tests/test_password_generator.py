"""Generated passwords: uniform over the allowed alphabet, all four kinds, and they pass."""

from __future__ import annotations

import string
from collections import Counter

import pytest

from app.core.errors import InputError
from app.core.password_generator import (
    DIGITS,
    LOWER,
    UPPER,
    generate_password,
    group_for_display,
)
from app.core.password_policy import PasswordContext, evaluate
from app.core.password_rules import SAFE_SYMBOLS

FORBIDDEN = set("lIO01|\\\"'` ")


def _kinds(password: str) -> set[str]:
    kinds = set()
    for ch in password:
        if ch in string.ascii_lowercase:
            kinds.add("lower")
        elif ch in string.ascii_uppercase:
            kinds.add("upper")
        elif ch in string.digits:
            kinds.add("digit")
        else:
            kinds.add("symbol")
    return kinds


def test_default_passwords_pass_the_policy_with_an_empty_context() -> None:
    failures = 0
    for _ in range(300):
        password = generate_password()
        if len(password) != 16 or not evaluate(password, PasswordContext()).acceptable:
            failures += 1
    assert failures == 0


def test_properties_over_many_draws() -> None:
    seen: Counter[str] = Counter()
    for _ in range(2000):
        password = generate_password()
        assert _kinds(password) == {"lower", "upper", "digit", "symbol"}
        assert not set(password) & FORBIDDEN
        assert set(password) <= set(LOWER + UPPER + DIGITS + SAFE_SYMBOLS)
        seen.update(password)
    alphabet = LOWER + UPPER + DIGITS + SAFE_SYMBOLS
    assert set(seen) == set(alphabet)  # every character does occur
    # Roughly uniform: no character is drawn at twice or half the average rate.
    average = sum(seen.values()) / len(alphabet)
    assert all(0.5 * average < count < 2 * average for count in seen.values())


def test_passwords_differ() -> None:
    assert len({generate_password() for _ in range(200)}) == 200


def test_host_maximum_and_user_maximum_shorten_the_default() -> None:
    assert len(generate_password(max_length=12)) == 12
    assert len(generate_password(host="microsoft365")) == 16
    assert len(generate_password(24, host="xserver")) == 24  # unknown maximum: explicit wins


def test_host_symbols_are_respected() -> None:
    for _ in range(200):
        password = generate_password(host="google_workspace")
        assert set(password) - set(LOWER + UPPER + DIGITS) <= set(SAFE_SYMBOLS)


@pytest.mark.parametrize("length", [0, 3, 257])
def test_bad_lengths_are_input_errors(length: int) -> None:
    with pytest.raises(InputError):
        generate_password(length)


def test_length_above_a_known_maximum_is_refused() -> None:
    with pytest.raises(InputError):
        generate_password(20, max_length=16)


def test_context_aware_generation_passes_that_context() -> None:
    context = PasswordContext(staff_names=("Abe", "Ito", "Ota"), host="microsoft365")
    for _ in range(50):
        assert evaluate(generate_password(context=context), context).acceptable


def test_group_for_display() -> None:
    assert group_for_display("Gk3-Qm7?Rt2_Vw9!") == "Gk3- Qm7? Rt2_ Vw9!"
    assert group_for_display("abcdef") == "abcd ef"
    assert group_for_display("") == ""
