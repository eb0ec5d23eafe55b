"""Whether a stored check was made for the case's current domain.

The owner may correct the domain on page 1 after a check (a typing mistake, the company's other
domain). A result stored for the old domain says nothing about the new one: the scorecard must
not show it as a clean result for the current domain, and the section must say that the check
has to be repeated.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core.case import Case
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.normalize import domain_forms

SCORE_OTHER_DOMAIN = QT_TRANSLATE_NOOP("report", "Checked for another domain ({domain})")
OTHER_DOMAIN_NOTE = QT_TRANSLATE_NOOP(
    "report",
    "This check was made for {checked}, not for the current domain {domain}. Its results say "
    "nothing about {domain}: the check must be repeated (step {step} of the app).",
)


def case_domains(case: Case) -> set[str]:
    """The case's current domain as typed and in A-label form (lower case); empty when no
    domain was entered."""
    org = case.organisation
    return domain_forms(org.domain_ascii) | domain_forms(org.domain)


def current_domain_label(case: Case) -> str:
    """The current domain as people read it."""
    org = case.organisation
    return org.domain.strip() or org.domain_ascii.strip()


def is_other_domain(case: Case, checked: Iterable[str]) -> bool:
    """True when a check made for the names in `checked` (a domain's A-label and Unicode
    forms) was not made for the case's current domain. False when either side is empty:
    without a domain there is nothing to compare."""
    current = case_domains(case)
    names: set[str] = set()
    for name in checked:
        names |= domain_forms(name)
    return bool(current) and bool(names) and not (current & names)
