"""The accounts section of the case: it round-trips through the case file and holds no password."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from app.core.accounts import (
    Account,
    AccountInventory,
    AccountsSection,
    AccountStatus,
    VerdictSummary,
    recommendations,
)
from app.core.case import (
    Case,
    CaseLoadError,
    CaseProblem,
    case_from_dict,
    case_to_dict,
    load_case,
    save_case,
)
from app.core.example_case import example_case
from app.core.normalize import JST

FIXTURES = Path(__file__).parent / "fixtures" / "cases"


def test_the_example_inventory_round_trips_through_a_case_file(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "c.mamori.json"
    save_case(case, path)
    loaded = load_case(path)
    assert loaded.accounts == case.accounts
    assert isinstance(loaded.accounts.inventory.accounts, tuple)
    info = loaded.accounts.inventory.find("info@example.co.jp")
    assert info is not None
    assert info.status is AccountStatus.SHARED
    assert info.password_changed_on == date(2026, 11, 16)
    assert info.verdict is not None and info.verdict.acceptable
    assert info.verdict.evaluated_at == datetime(2026, 11, 16, 11, 30, tzinfo=JST)
    recruit = loaded.accounts.inventory.find("recruit@example.co.jp")
    assert recruit is not None and recruit.verdict is not None
    assert recruit.verdict.failed == ("too_short", "equals_username", "weak_score")
    assert loaded.accounts.reviewed_at == datetime(2026, 11, 18, 16, 20, tzinfo=JST)
    assert "tanaka@" in loaded.accounts.departed_actions


def test_the_section_is_stored_under_documented_keys() -> None:
    data = json.loads(json.dumps(case_to_dict(example_case()), ensure_ascii=False))
    section = data["accounts"]
    assert set(section) == {
        "inventory",
        "reviewed_at",
        "imported_from",
        "imported_at",
        "departed_actions",
        "affected_offered",
    }
    first = section["inventory"]["accounts"][0]
    assert first == {
        "address": "info@example.co.jp",
        "owner": "山田 太郎",
        "status": "shared",
        "active": True,
        "password_changed_on": "2026-11-16",
        "verdict": {
            "acceptable": True,
            "score": 4,
            "failed": [],
            "evaluated_at": "2026-11-16T11:30:00+09:00",
        },
        "forward_to": "",
        "note": first["note"],
    }
    assert section["inventory"]["accounts"][5]["verdict"] is None


def test_the_example_inventory_tells_a_realistic_story() -> None:
    inventory = example_case().accounts.inventory
    summary = inventory.summary(since=date(2026, 11, 16))
    assert (summary.total, summary.active) == (6, 6)
    assert (summary.in_service, summary.departed, summary.shared, summary.unknown) == (2, 1, 2, 1)
    # tanaka@ left: not an unchecked password but an account to delete (departed_active).
    assert (summary.in_use, summary.acceptable, summary.weak, summary.unchecked) == (5, 2, 2, 1)
    assert summary.departed_active == 1
    assert summary.shared_without_owner == 1
    assert summary.password_not_changed == 2  # recruit@ and old-shop@ were forgotten
    tanaka = inventory.find("tanaka@example.co.jp")
    assert tanaka is not None
    texts = [m.render("ja") for m in recommendations(tanaka)]
    assert any("削除" in t for t in texts)
    assert any("sato@example.co.jp" in t for t in texts)


def test_the_example_report_texts_agree_with_its_inventory() -> None:
    """The example is what a vendor sees in the screenshots and the sample PDF: the owner's
    own texts must not claim more than the inventory shows (it once said all 6 passwords were
    changed and done, while page 3 showed 2 weak and 1 unchecked)."""
    from app.core.report_details import ActionKind, ActionStatus

    case = example_case()
    summary = case.accounts.inventory.summary(since=date(2026, 11, 16))
    assert summary.weak + summary.unchecked > 0
    reset = next(a for a in case.report.recovery_actions if a.kind is ActionKind.PASSWORD_RESET)
    assert reset.status is not ActionStatus.DONE
    assert "全" not in reset.description and "全" not in case.report.current_status
    for account in case.accounts.inventory.accounts:
        mentioned = account.address.split("@")[0] + "@"
        unsure = account.verdict is None or not account.verdict.acceptable
        if unsure and account.status is not AccountStatus.DEPARTED:
            assert mentioned in reset.description or any(
                mentioned in line for line in case.report.unresolved
            ), account.address
    # tanaka@ is in the inventory: the report does not call it "not checked yet".
    assert not any("tanaka@" in line for line in case.report.unresolved)


def test_a_case_without_the_section_opens_with_an_empty_inventory(tmp_path: Path) -> None:
    data = case_to_dict(example_case())
    del data["accounts"]
    case = case_from_dict(data)
    assert case.accounts == AccountsSection()
    assert case.accounts.inventory.accounts == ()
    # Version 1 files (before the wizard had this step) migrate to an empty section too.
    assert load_case(FIXTURES / "case-v1.json").accounts.inventory.accounts == ()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("inventory", "accounts", 0, "status"), "boss"),
        (("inventory", "accounts", 0, "password_changed_on"), "2026-02-30"),
        (("inventory", "accounts", 0, "verdict", "score"), "four"),
        (("reviewed_at",), "2026-11-18 16:20"),  # no offset: not accepted
    ],
    ids=["status", "date", "score", "naive-datetime"],
)
def test_a_bad_value_in_the_section_is_reported_with_its_place(
    tmp_path: Path, path: tuple[object, ...], value: object
) -> None:
    data = case_to_dict(example_case())
    target = data["accounts"]
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = value  # type: ignore[index]
    file = tmp_path / "bad.mamori.json"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CaseLoadError) as caught:
        load_case(file)
    assert caught.value.problem == CaseProblem.INVALID
    message = caught.value.message.render("en")
    assert "accounts.inventory" in message or "accounts.reviewed_at" in message


def test_the_section_has_no_place_for_a_password() -> None:
    # Walk every field name of the section's dataclasses: only "password_changed_on" may say
    # "password", and it holds a date.
    from dataclasses import fields

    names: set[str] = set()
    for cls in (AccountsSection, AccountInventory, Account, VerdictSummary):
        names.update(f.name for f in fields(cls))
    assert {n for n in names if "pass" in n or "secret" in n or "hash" in n} == {
        "password_changed_on"
    }


def test_edits_made_on_the_page_survive_a_save(tmp_path: Path) -> None:
    case = Case()
    account = Account(
        "ＴＡＮＡＫＡ＠Ｅｘａｍｐｌｅ．ｃｏ．ｊｐ", owner="田中", status=AccountStatus.DEPARTED
    )
    case.accounts.inventory = case.accounts.inventory.with_account(account)
    case.accounts.inventory = case.accounts.inventory.with_account(
        replace(account, address="tanaka@example.co.jp", active=False)
    )
    path = tmp_path / "c.mamori.json"
    save_case(case, path)
    loaded = load_case(path).accounts.inventory
    assert [a.address for a in loaded.accounts] == ["tanaka@example.co.jp"]
    assert loaded.accounts[0].active is False


def test_an_older_case_without_offered_accounts_loads_with_none_offered() -> None:
    data = case_to_dict(example_case())
    del data["accounts"]["affected_offered"]
    assert case_from_dict(data).accounts.affected_offered == []
