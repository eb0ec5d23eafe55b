"""The account inventory: summary counts and recommendations for the report."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime

import pytest

from app.core.accounts import (
    Account,
    AccountInventory,
    AccountStatus,
    VerdictSummary,
    normalise_address,
    parse_address,
    recommendations,
)
from app.core.errors import InputError
from app.core.password_policy import PasswordContext, evaluate

WHEN = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
PASSED = VerdictSummary(acceptable=True, score=4, failed=(), evaluated_at=WHEN)
WEAK = VerdictSummary(acceptable=False, score=0, failed=("equals_username",), evaluated_at=WHEN)


def inventory() -> AccountInventory:
    return AccountInventory(
        (
            Account("info@example.co.jp", "", AccountStatus.SHARED, verdict=WEAK),
            Account(
                "yamada@example.co.jp",
                "山田 太郎",
                AccountStatus.IN_SERVICE,
                password_changed_on=date(2025, 3, 1),
                verdict=PASSED,
            ),
            Account("sato@example.co.jp", "佐藤 花子", AccountStatus.DEPARTED),
            Account("old@example.co.jp", "鈴木", AccountStatus.DEPARTED, active=False),
            Account("test@example.co.jp"),
        )
    )


def test_summary_counts() -> None:
    summary = inventory().summary(since=date(2025, 2, 1))
    assert summary.total == 5
    assert summary.active == 4
    assert (summary.in_service, summary.departed, summary.shared, summary.unknown) == (1, 2, 1, 1)
    # Passwords are counted for the accounts in use only: sato@ left (their account is to be
    # deleted, not checked) and old@ is disabled.
    assert summary.in_use == 3
    assert summary.acceptable == 1
    assert summary.weak == 1
    assert summary.unchecked == 1
    assert summary.departed_active == 1
    assert summary.shared_without_owner == 1
    assert summary.password_not_changed == 3


def test_departed_account_recommendations() -> None:
    account = Account("sato@example.co.jp", status=AccountStatus.DEPARTED)
    english = [m.render("en") for m in recommendations(account)]
    assert "Delete it" in english[0]
    assert "forward its mail to a colleague" in english[1]
    with_successor = recommendations(
        Account("sato@example.co.jp", status=AccountStatus.DEPARTED, forward_to="ito@example.co.jp")
    )
    assert "ito@example.co.jp" in with_successor[1].render("ja")
    assert "退職" in recommendations(account)[0].render("ja")


def test_shared_account_recommendations() -> None:
    account = Account("info@example.co.jp", status=AccountStatus.SHARED)
    english = " ".join(m.render("en") for m in recommendations(account))
    assert "their own account" in english
    assert "strong password used nowhere else" in english
    assert "responsible" in english  # no owner named
    assert "not been checked" in english
    owned = Account("info@example.co.jp", "山田", AccountStatus.SHARED, verdict=PASSED)
    assert len(recommendations(owned)) == 2


def test_other_recommendations() -> None:
    assert "Find out who uses" in recommendations(Account("x@example.jp"))[0].render("en")
    weak = Account("x@example.jp", status=AccountStatus.IN_SERVICE, verdict=WEAK)
    assert "did not pass" in recommendations(weak)[0].render("en")
    gone = Account("x@example.jp", status=AccountStatus.DEPARTED, active=False)
    assert len(recommendations(gone)) == 1
    fine = Account("x@example.jp", status=AccountStatus.IN_SERVICE, verdict=PASSED)
    assert recommendations(fine) == ()
    for rec in recommendations(Account("x@example.jp", status=AccountStatus.SHARED)):
        assert rec.render("ja") != rec.render("en")


def _every_kind_of_account() -> list[Account]:
    return [
        Account("gone@example.jp", status=AccountStatus.DEPARTED),
        Account("left@example.jp", status=AccountStatus.DEPARTED, forward_to="ito@example.jp"),
        Account("info@example.jp", status=AccountStatus.SHARED),
        Account("sales@example.jp", "山田", AccountStatus.SHARED, verdict=WEAK),
        Account("who@example.jp"),
        Account("weak@example.jp", status=AccountStatus.IN_SERVICE, verdict=WEAK),
        Account("off@example.jp", status=AccountStatus.DEPARTED, active=False),
    ]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_short_recommendations_are_the_same_advice_without_the_address(lang: str) -> None:
    # The report's 8.1 table names the account in its first column; the full sentences (page
    # 3) name it in every line.
    for account in _every_kind_of_account():
        full = recommendations(account)
        short = recommendations(account, short=True)
        assert len(short) == len(full), account.address
        for long_text, short_text in zip(
            (m.render(lang) for m in full), (m.render(lang) for m in short), strict=True
        ):
            assert account.address not in short_text
            assert "{" not in short_text and short_text.strip()
            assert len(short_text) <= len(long_text)
        assert account.address in full[0].render(lang)
    # A successor's address is not the account's own: the short form keeps it.
    left = _every_kind_of_account()[1]
    assert "ito@example.jp" in recommendations(left, short=True)[1].render(lang)


def test_several_accounts_change_at_once_and_keep_their_own_verdicts() -> None:
    base = inventory()
    changed = base.with_changes(
        ["ＩＮＦＯ＠example.co.jp", "test@example.co.jp"],
        owner=" 山田 ",
        status=AccountStatus.SHARED,
    )
    assert [a.address for a in changed.accounts] == [a.address for a in base.accounts]
    info, test = changed.find("info@example.co.jp"), changed.find("test@example.co.jp")
    assert info is not None and test is not None
    assert (info.owner, info.status) == ("山田", AccountStatus.SHARED)
    assert (test.owner, test.status) == ("山田", AccountStatus.SHARED)
    assert info.verdict == WEAK and test.verdict is None  # each keeps its own
    assert changed.find("yamada@example.co.jp") == base.find("yamada@example.co.jp")
    gone = changed.with_changes(["yamada@example.co.jp"], active=False)
    yamada = gone.find("yamada@example.co.jp")
    assert yamada is not None and not yamada.active and yamada.owner == "山田 太郎"
    assert base.find("info@example.co.jp").owner == ""  # type: ignore[union-attr]


def test_inventory_updates_return_copies() -> None:
    base = inventory()
    changed = base.with_account(
        Account("ＹＡＭＡＤＡ＠example.co.jp", "山田", AccountStatus.DEPARTED)
    )
    assert len(changed.accounts) == 5
    found = changed.find("yamada@example.co.jp")
    assert found is not None and found.status is AccountStatus.DEPARTED
    assert base.find("yamada@example.co.jp").status is AccountStatus.IN_SERVICE  # type: ignore[union-attr]
    added = base.with_account(Account("new@example.co.jp"))
    assert len(added.accounts) == 6
    assert len(base.without("INFO@example.co.jp").accounts) == 4


def test_with_verdict_keeps_a_summary_never_the_password() -> None:
    secret = "Vq8-Kd3?Mw7_Xr2!"
    verdict = evaluate(secret, PasswordContext(user_address="yamada@example.co.jp"))
    updated = inventory().with_verdict("yamada@example.co.jp", verdict, at=WHEN)
    account = updated.find("yamada@example.co.jp")
    assert account is not None and account.verdict is not None
    assert account.verdict.acceptable and account.verdict.score == 4
    assert account.verdict.evaluated_at.tzinfo is not None
    if secret in repr(updated):
        pytest.fail("the password ended up in the inventory", pytrace=False)
    assert inventory().with_verdict("nobody@example.co.jp", verdict) == inventory()


def test_account_fields_are_serialisable_types_and_hold_no_password() -> None:
    names = {f.name for f in fields(Account)} | {f.name for f in fields(VerdictSummary)}
    assert not any("password" in name and name != "password_changed_on" for name in names)


def test_addresses_are_normalised_and_validated() -> None:
    assert normalise_address(" ＩＮＦＯ＠Ｅｘａｍｐｌｅ．ｃｏ．ｊｐ ") == "info@example.co.jp"
    assert normalise_address("mailto:<Info@Example.jp>") == "info@example.jp"
    assert parse_address("info@日本語.jp") == "info@日本語.jp"
    for bad in ("info", "info@", "@example.jp", "a b@example.jp", "info@example", "a..b@x.jp"):
        with pytest.raises(InputError):
            parse_address(bad)
