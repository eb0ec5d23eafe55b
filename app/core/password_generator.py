"""Strong random passwords that every host accepts and that can be read aloud.

Characters are drawn with `secrets` from letters and digits without look-alikes (`l I O 0 1`;
`|` is never used either) and the host's symbols within `- _ . ! ? @` (no backslash, which
Japanese fonts draw as ¥, no quotes, no backtick). Strings lacking one of the four kinds of
characters are thrown away and drawn again, so every valid password is equally likely.
16 characters from this 63-character alphabet carry about 95 bits.
"""

from __future__ import annotations

import secrets
import string

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.password_policy import MIN_LENGTH, PasswordContext, evaluate
from app.core.password_rules import host_rules

LOOK_ALIKES = frozenset("lIO01|")
LOWER = "".join(ch for ch in string.ascii_lowercase if ch not in LOOK_ALIKES)
UPPER = "".join(ch for ch in string.ascii_uppercase if ch not in LOOK_ALIKES)
DIGITS = "".join(ch for ch in string.digits if ch not in LOOK_ALIKES)
NEVER = frozenset("\\\"'`|")
MIN_GENERATED = 4
MAX_GENERATED = 256
# With context words a draw is occasionally rejected (a random `abe` for a staff member Abe);
# a few redraws always suffice in practice, and the loop must end.
_CONTEXT_ATTEMPTS = 50

BAD_LENGTH = QT_TRANSLATE_NOOP(
    "password", "A generated password must have between {min} and {max} characters."
)


def generate_password(
    length: int | None = None,
    host: str | None = None,
    *,
    max_length: int | None = None,
    context: PasswordContext | None = None,
) -> str:
    """A new random password: `length` characters (default 16, or the host's maximum if lower).

    `host` is a provider id: its symbols apply, and its maximum where it is known (an unknown
    maximum does not limit an explicit `length`, but 16 stays the default). `max_length` is a
    maximum the user knows better than the preset. With a `context`, draws that `evaluate`
    rejects (say, one that happens to contain a staff member's name) are redrawn. Raises
    `InputError` for a length outside 4-256 or above the host's maximum.
    """
    rules = host_rules(host)
    limit = MAX_GENERATED
    if max_length is not None and max_length > 0:
        limit = min(limit, max_length)
    elif rules.enforced and rules.max_length > 0:
        limit = min(limit, rules.max_length)
    if length is None:
        length = min(MIN_LENGTH, limit)
    if not MIN_GENERATED <= length <= limit:
        raise InputError(BAD_LENGTH.with_args(min=MIN_GENERATED, max=limit))
    symbols = "".join(ch for ch in rules.generator_symbols if ch not in NEVER and ch != " ")
    groups = [g for g in (LOWER, UPPER, DIGITS, symbols) if g]
    if context is None:
        return _draw(length, groups)
    candidate = _draw(length, groups)
    for _ in range(_CONTEXT_ATTEMPTS):
        if evaluate(candidate, context).acceptable:
            break
        candidate = _draw(length, groups)
    return candidate


def _draw(length: int, groups: list[str]) -> str:
    """Uniform over all strings of `length` from the union of `groups` using every group."""
    alphabet = "".join(groups)
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if all(any(ch in group for ch in candidate) for group in groups):
            return candidate


def group_for_display(password: str, size: int = 4) -> str:
    """`Gk3-Qm7?Rt2_Vw9!` -> `Gk3- Qm7? Rt2_ Vw9!`: groups of four for reading aloud."""
    return " ".join(password[i : i + size] for i in range(0, len(password), size))
