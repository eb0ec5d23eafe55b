"""The company's mail accounts: who owns each, whether they still work here, how their password did.

An account keeps the summary of its latest password check (acceptable, score, failed rules,
when), never the password. Departed-staff and shared accounts get concrete recommendations,
because the seed incident's second lesson is "do not leave accounts of people who left".
Reading and writing the host control panel's CSV is in `app.core.accounts_csv`.

These are plain frozen dataclasses so that the case file can store an `AccountInventory`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg

if TYPE_CHECKING:
    # Only for annotations: the case module imports this one, and loading a case (the CLI, the
    # report) should not have to import zxcvbn and the password rules.
    from app.core.password_policy import Verdict


class AccountStatus(StrEnum):
    """Who the mailbox belongs to."""

    IN_SERVICE = "in_service"  # 在籍: a current member of staff
    DEPARTED = "departed"  # 退職: someone who has left
    SHARED = "shared"  # 共有: info@, sales@ ... used by several people
    UNKNOWN = "unknown"  # 不明


STATUS_LABELS: dict[AccountStatus, Msg] = {
    AccountStatus.IN_SERVICE: QT_TRANSLATE_NOOP("accounts", "In service"),
    AccountStatus.DEPARTED: QT_TRANSLATE_NOOP("accounts", "Departed"),
    AccountStatus.SHARED: QT_TRANSLATE_NOOP("accounts", "Shared"),
    AccountStatus.UNKNOWN: QT_TRANSLATE_NOOP("accounts", "Unknown"),
}


@dataclass(frozen=True)
class VerdictSummary:
    """What the latest password check said; the password itself is never kept."""

    acceptable: bool
    score: int
    failed: tuple[str, ...] = ()
    evaluated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @classmethod
    def from_verdict(cls, verdict: Verdict, at: datetime | None = None) -> VerdictSummary:
        """The parts of `verdict` worth keeping in the case."""
        return cls(
            acceptable=verdict.acceptable,
            score=verdict.score,
            failed=verdict.failed,
            evaluated_at=at or datetime.now(UTC),
        )


@dataclass(frozen=True)
class Account:
    """One mailbox."""

    address: str
    owner: str = ""
    status: AccountStatus = AccountStatus.UNKNOWN
    # False once the mailbox has been deleted or disabled at the host.
    active: bool = True
    password_changed_on: date | None = None
    verdict: VerdictSummary | None = None
    # Where a departed person's mail is forwarded to (their successor), if anywhere.
    forward_to: str = ""
    note: str = ""

    @property
    def weak(self) -> bool:
        """Checked, and the password did not pass."""
        return self.verdict is not None and not self.verdict.acceptable

    @property
    def password_matters(self) -> bool:
        """Still active and not of someone who left: its password is to be checked. A former
        employee's active account is to be deleted or disabled instead (see
        `recommendations`), and a deleted or disabled one has nothing left to do."""
        return self.active and self.status is not AccountStatus.DEPARTED

    @property
    def needs_attention(self) -> bool:
        """Departed or shared and still active, unchecked or weak: it appears in the report."""
        if not self.active:
            return False
        return (
            self.status in (AccountStatus.DEPARTED, AccountStatus.SHARED, AccountStatus.UNKNOWN)
            or self.verdict is None
            or self.weak
        )


@dataclass(frozen=True)
class InventorySummary:
    """Counts for the report."""

    total: int
    active: int
    in_service: int
    departed: int
    shared: int
    unknown: int
    # Accounts whose password is to be checked (`Account.password_matters`: active, not of
    # former staff), and of those: latest check passed / failed / never checked. A former
    # employee's account that still works is counted in `departed_active` only, as the thing to
    # do about it is deleting it, not checking its password.
    in_use: int
    acceptable: int
    weak: int
    unchecked: int
    # Accounts of people who left that can still log in: the seed article's second lesson.
    departed_active: int
    shared_without_owner: int
    # Active accounts whose password change date is unknown, or (with `since`) before it.
    password_not_changed: int


@dataclass(frozen=True)
class AccountInventory:
    """All of the company's mailboxes, in the order the user sees them."""

    accounts: tuple[Account, ...] = ()

    def find(self, address: str) -> Account | None:
        """The account with this address (compared normalised), or None."""
        key = normalise_address(address)
        return next((a for a in self.accounts if a.address == key), None)

    def with_account(self, account: Account) -> AccountInventory:
        """A copy with `account` added, or replacing the account with the same address."""
        account = replace(account, address=normalise_address(account.address))
        accounts = list(self.accounts)
        for index, existing in enumerate(accounts):
            if existing.address == account.address:
                accounts[index] = account
                break
        else:
            accounts.append(account)
        return AccountInventory(tuple(accounts))

    def without(self, address: str) -> AccountInventory:
        """A copy without the account with this address."""
        key = normalise_address(address)
        return AccountInventory(tuple(a for a in self.accounts if a.address != key))

    def with_changes(
        self,
        addresses: Iterable[str],
        *,
        owner: str | None = None,
        status: AccountStatus | None = None,
        active: bool | None = None,
    ) -> AccountInventory:
        """A copy where each of `addresses` gets the owner, status and/or active flag given
        (None: left as it is), in place; everything else about them (verdicts, dates,
        forwarding, notes) stays, as a verdict belongs to one account's password only."""
        keys = {normalise_address(a) for a in addresses}
        changes: dict[str, Any] = {}
        if owner is not None:
            changes["owner"] = owner.strip()
        if status is not None:
            changes["status"] = status
        if active is not None:
            changes["active"] = active
        return AccountInventory(
            tuple(replace(a, **changes) if a.address in keys else a for a in self.accounts)
        )

    def with_verdict(
        self, address: str, verdict: Verdict, at: datetime | None = None
    ) -> AccountInventory:
        """A copy where the account's latest check is `verdict` (summarised)."""
        account = self.find(address)
        if account is None:
            return self
        return self.with_account(replace(account, verdict=VerdictSummary.from_verdict(verdict, at)))

    def summary(self, since: date | None = None) -> InventorySummary:
        """Counts for the report; `since` (e.g. the incident date) for "password not changed"."""
        active = [a for a in self.accounts if a.active]
        in_use = [a for a in active if a.password_matters]

        def count(status: AccountStatus, pool: list[Account] | tuple[Account, ...]) -> int:
            return sum(1 for a in pool if a.status is status)

        def not_changed(a: Account) -> bool:
            changed = a.password_changed_on
            return changed is None or (since is not None and changed < since)

        return InventorySummary(
            total=len(self.accounts),
            active=len(active),
            in_service=count(AccountStatus.IN_SERVICE, self.accounts),
            departed=count(AccountStatus.DEPARTED, self.accounts),
            shared=count(AccountStatus.SHARED, self.accounts),
            unknown=count(AccountStatus.UNKNOWN, self.accounts),
            in_use=len(in_use),
            acceptable=sum(1 for a in in_use if a.verdict is not None and a.verdict.acceptable),
            weak=sum(1 for a in in_use if a.weak),
            unchecked=sum(1 for a in in_use if a.verdict is None),
            departed_active=count(AccountStatus.DEPARTED, active),
            shared_without_owner=sum(
                1 for a in active if a.status is AccountStatus.SHARED and not a.owner.strip()
            ),
            password_not_changed=sum(1 for a in active if not_changed(a)),
        )


@dataclass
class AccountsSection:
    """Page 3 パスワードとアカウント in the case (`Case.accounts`).

    Holds the inventory with each account's latest verdict summary, never a password or any
    hash of one (the fingerprints used to spot reuse live in the page's memory only).
    """

    inventory: AccountInventory = field(default_factory=AccountInventory)
    # When the owner last went through the list on page 3 (opened the step and left it).
    reviewed_at: datetime | None = None
    # The control panel's CSV the list was last imported from (file name only) and when.
    imported_from: str = ""
    imported_at: datetime | None = None
    # What was done about accounts of staff who left, in the owner's words, for the vendor.
    departed_actions: str = ""
    # Misused accounts from page 1 (`incident.affected_accounts`, normalised) already put on
    # the list once: one the owner then removes is not added again.
    affected_offered: list[str] = field(default_factory=list)

    def add_affected(self, affected: list[str], note: str) -> list[str]:
        """Add each misused address not offered before and not on the list yet, with status
        unknown, no verdict and `note`; returns the addresses added, in order."""
        added = []
        inventory = self.inventory
        for address in affected:
            key = normalise_address(address)
            if not key or key in self.affected_offered:
                continue
            self.affected_offered.append(key)
            if inventory.find(key) is None:
                inventory = inventory.with_account(Account(address=key, note=note))
                added.append(key)
        self.inventory = inventory
        return added


# --- recommendations -----------------------------------------------------------------------

REC_DEPARTED_DELETE = QT_TRANSLATE_NOOP(
    "accounts",
    "{address} belongs to someone who has left. Delete it in the host's control panel, or at "
    "least disable it (or change its password to a long random one nobody knows).",
)
REC_DEPARTED_FORWARD = QT_TRANSLATE_NOOP(
    "accounts",
    "If customers still write to {address}, forward its mail to the successor ({forward_to}) "
    "instead of keeping the mailbox open.",
)
REC_DEPARTED_NO_SUCCESSOR = QT_TRANSLATE_NOOP(
    "accounts",
    "If customers still write to {address}, forward its mail to a colleague who took over the "
    "work instead of keeping the mailbox open.",
)
REC_DEPARTED_ACTIVE = QT_TRANSLATE_NOOP(
    "accounts",
    "Accounts of people who left are a common way in: nobody notices when someone else logs in.",
)
REC_SHARED_PERSONAL = QT_TRANSLATE_NOOP(
    "accounts",
    "{address} is shared by several people. Better: give each person their own account and "
    "deliver {address} to them as an alias or forwarding address.",
)
REC_SHARED_MINIMUM = QT_TRANSLATE_NOOP(
    "accounts",
    "If it must stay shared, give it a strong password used nowhere else, tell it only to the "
    "people who need it, and change it whenever one of them leaves.",
)
REC_SHARED_OWNER = QT_TRANSLATE_NOOP(
    "accounts",
    "Name one person who is responsible for {address} (nobody is named yet).",
)
REC_UNKNOWN = QT_TRANSLATE_NOOP(
    "accounts",
    "Find out who uses {address}. If nobody does, delete it; unused accounts are easy targets.",
)
REC_UNCHECKED = QT_TRANSLATE_NOOP(
    "accounts",
    "The password of {address} has not been checked yet. Set a new strong password and check it.",
)
REC_WEAK = QT_TRANSLATE_NOOP(
    "accounts",
    "The password of {address} did not pass the check. Change it to a strong one (use the "
    "generator).",
)
REC_INACTIVE = QT_TRANSLATE_NOOP(
    "accounts", "{address} has been deleted or disabled. Nothing more to do."
)

# The same advice for a table whose row names the account and its status already (the report's
# 8.1): there the address repeated in every sentence, and "belongs to someone who has left"
# next to 「退職」, made each row a line or two longer. Advice that never names the address
# (REC_DEPARTED_ACTIVE, REC_SHARED_MINIMUM) is used as is.
SHORT_DEPARTED_DELETE = QT_TRANSLATE_NOOP(
    "accounts",
    "Delete it in the host's control panel, or at least disable it (or change its password "
    "to a long random one nobody knows).",
)
SHORT_DEPARTED_FORWARD = QT_TRANSLATE_NOOP(
    "accounts",
    "If customers still write to it, forward its mail to the successor ({forward_to}) instead "
    "of keeping the mailbox open.",
)
SHORT_DEPARTED_NO_SUCCESSOR = QT_TRANSLATE_NOOP(
    "accounts",
    "If customers still write to it, forward its mail to a colleague who took over the work "
    "instead of keeping the mailbox open.",
)
SHORT_SHARED_PERSONAL = QT_TRANSLATE_NOOP(
    "accounts",
    "Better: give each person their own account and deliver this address to them as an "
    "alias or forwarding address.",
)
SHORT_SHARED_OWNER = QT_TRANSLATE_NOOP(
    "accounts", "Name one person who is responsible for it (nobody is named yet)."
)
SHORT_UNKNOWN = QT_TRANSLATE_NOOP(
    "accounts",
    "Find out who uses it. If nobody does, delete it; unused accounts are easy targets.",
)
SHORT_UNCHECKED = QT_TRANSLATE_NOOP(
    "accounts", "Password not checked yet. Set a new strong password and check it."
)
SHORT_WEAK = QT_TRANSLATE_NOOP(
    "accounts",
    "The password did not pass the check. Change it to a strong one (use the generator).",
)
SHORT_INACTIVE = QT_TRANSLATE_NOOP("accounts", "Deleted or disabled. Nothing more to do.")


def recommendations(account: Account, *, short: bool = False) -> tuple[Msg, ...]:
    """What to do about one account, most important first.

    `short`: the same advice in the same order, without the account's address and status, for
    a table row that shows both next to it. Full sentences name the address so that each
    makes sense on its own (page 3's "Selected account" box)."""

    def say(full: Msg, brief: Msg, **args: str) -> Msg:
        if short:
            return brief.with_args(**args) if args else brief
        return full.with_args(address=account.address, **args)

    if not account.active:
        return (say(REC_INACTIVE, SHORT_INACTIVE),)
    out: list[Msg] = []
    if account.status is AccountStatus.DEPARTED:
        out.append(say(REC_DEPARTED_DELETE, SHORT_DEPARTED_DELETE))
        if account.forward_to.strip():
            out.append(
                say(REC_DEPARTED_FORWARD, SHORT_DEPARTED_FORWARD, forward_to=account.forward_to)
            )
        else:
            out.append(say(REC_DEPARTED_NO_SUCCESSOR, SHORT_DEPARTED_NO_SUCCESSOR))
        out.append(REC_DEPARTED_ACTIVE)
        return tuple(out)  # a password check is beside the point: the account should go
    if account.status is AccountStatus.SHARED:
        out.append(say(REC_SHARED_PERSONAL, SHORT_SHARED_PERSONAL))
        out.append(REC_SHARED_MINIMUM)
        if not account.owner.strip():
            out.append(say(REC_SHARED_OWNER, SHORT_SHARED_OWNER))
    elif account.status is AccountStatus.UNKNOWN:
        out.append(say(REC_UNKNOWN, SHORT_UNKNOWN))
    if account.verdict is None:
        out.append(say(REC_UNCHECKED, SHORT_UNCHECKED))
    elif not account.verdict.acceptable:
        out.append(say(REC_WEAK, SHORT_WEAK))
    return tuple(out)


# --- addresses -----------------------------------------------------------------------------

BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "accounts", "This is not a mail address (expected something like info@example.co.jp)."
)
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def normalise_address(address: str) -> str:
    """`ＩＮＦＯ＠Ｅｘａｍｐｌｅ．ｃｏ．ｊｐ ` -> `info@example.co.jp` (full-width, case, spaces).

    Local parts are case-sensitive in theory but not at any host we know, and duplicates that
    differ only in case would confuse the owner, so the whole address is lower-cased.
    """
    text = unicodedata.normalize("NFKC", address).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.strip().strip("<>").strip()
    return text.replace("。", ".").replace("．", ".").lower()


def parse_address(address: str) -> str:
    """The normalised address, or `InputError` if it is not a plausible mail address."""
    text = normalise_address(address)
    local, at, domain = text.rpartition("@")
    if not at or not _LOCAL.match(local) or ".." in local:
        raise InputError(BAD_ADDRESS)
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise InputError(BAD_ADDRESS) from None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or len(ascii_domain) > 253 or not all(_LABEL.match(x) for x in labels):
        raise InputError(BAD_ADDRESS)
    return text
