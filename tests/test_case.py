"""The incident case: round trips, migration, atomic saves that survive crashes, damaged files."""

from __future__ import annotations

import copy
import errno
import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.case import (
    CASE_VERSION,
    Case,
    CaseLoadError,
    CaseProblem,
    backup_path,
    case_content,
    case_from_dict,
    case_is_blank,
    case_to_dict,
    case_to_json,
    file_digest,
    load_case,
    read_case,
    save_case,
    save_new_case,
    suggested_case_name,
)
from app.core.example_case import example_case
from app.core.i18n import Msg, translate
from app.core.normalize import JST

FIXTURES = Path(__file__).parent / "fixtures" / "cases"


def test_example_case_round_trips_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "c.mamori.json"
    case = example_case()
    save_case(case, path)
    loaded = load_case(path)
    assert case_to_dict(loaded) == case_to_dict(case)
    assert loaded.incident.timeline[0].at.utcoffset() is not None
    assert loaded.organisation.company == "株式会社やまだ商店"
    # Japanese is stored readably, not as \\u escapes (people open these files).
    assert "株式会社やまだ商店" in path.read_text(encoding="utf-8")


def test_saving_twice_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "c.mamori.json"
    case = example_case()
    save_case(case, path)
    case.organisation.company = "株式会社やまだ商店 (新)"
    save_case(case, path)
    assert load_case(backup_path(path)).organisation.company == "株式会社やまだ商店"
    assert load_case(path).organisation.company == "株式会社やまだ商店 (新)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.mamori.json", "c.mamori.json.bak"]


def test_the_backup_keeps_the_previous_version_through_later_saves(tmp_path: Path) -> None:
    # The backup is made without copying where the drive allows (a second name for the old
    # data): the next save, and a damaged write to the case file itself, must leave it alone.
    path = tmp_path / "c.mamori.json"
    case = example_case()
    digest = save_case(case, path)
    case.organisation.company = "二回目"
    digest = save_case(case, path, known_good=digest)
    case.organisation.company = "三回目"
    save_case(case, path, known_good=digest)
    assert load_case(backup_path(path)).organisation.company == "二回目"
    path.write_bytes(b"{")  # damaged in place by another program
    assert load_case(backup_path(path)).organisation.company == "二回目"


def test_a_backup_is_made_on_drives_without_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FAT and exFAT memory sticks and some network shares refuse hard links.
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", refuse)
    path = tmp_path / "c.mamori.json"
    case = example_case()
    digest = save_case(case, path)
    case.organisation.company = "二回目"
    save_case(case, path, known_good=digest)
    assert load_case(backup_path(path)).organisation.company == "株式会社やまだ商店"
    assert load_case(path).organisation.company == "二回目"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.mamori.json", "c.mamori.json.bak"]


def test_a_file_changed_since_it_was_known_good_is_read_before_it_becomes_the_backup(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.mamori.json"
    case = example_case()
    save_case(case, path)
    digest = save_case(case, path)  # a good backup exists
    path.write_bytes(path.read_bytes()[:200])  # then the file was cut off outside the app
    save_case(case, path, known_good=digest)  # the digest no longer matches: checked
    assert load_case(backup_path(path)).organisation.company == "株式会社やまだ商店"


def test_the_content_leaves_out_what_saving_alone_changes(tmp_path: Path) -> None:
    path = tmp_path / "c.mamori.json"
    case = example_case()
    before = case_content(case)
    save_case(case, path)  # a new save time
    reopened = load_case(path)
    reopened.app_version = "0.0.1"
    assert case_content(case) == case_content(reopened) == before
    reopened.sender_auth.outbound_ips.append("192.0.2.77")
    assert case_content(reopened) != before


def test_version_1_file_is_migrated() -> None:
    case = load_case(FIXTURES / "case-v1.json")
    assert case.version == CASE_VERSION
    assert case.organisation.company == "有限会社さくら工務店"
    assert case.organisation.domain == "例え.jp"
    assert case.organisation.domain_ascii == "xn--r8jz45g.jp"
    assert case.incident.noticed_at == datetime(2026, 10, 1, 8, 30, tzinfo=JST)
    assert case.incident.affected_accounts == ["info@例え.jp", "sales@例え.jp"]
    assert case.incident.spam_volume == 50_000
    assert case.incident.how_noticed is not None and case.incident.how_noticed.value == "bounces"
    # The row without a time cannot be placed on a timeline; the two dated rows survive.
    assert [e.event for e in case.incident.timeline] == [
        "エラーメールの大量受信に気付く",
        "info@ のパスワードを変更",
    ]


def test_sections_from_a_newer_version_are_kept_when_saving(tmp_path: Path) -> None:
    data = case_to_dict(example_case())
    data["future_section"] = {"anything": [1, 2, 3]}
    path = tmp_path / "c.mamori.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = load_case(path)
    save_case(case, path)
    assert json.loads(path.read_text(encoding="utf-8"))["future_section"] == {"anything": [1, 2, 3]}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", CaseProblem.EMPTY),
        (b"   \n", CaseProblem.EMPTY),
        (
            b'{"format": "mail-mamori-case", "version": 2, "organisation": {"comp',
            CaseProblem.CORRUPT,
        ),
        (b"\xff\xfe\x00garbage", CaseProblem.CORRUPT),
        (b"[1, 2, 3]", CaseProblem.NOT_A_CASE),
        (b'{"hello": "world"}', CaseProblem.NOT_A_CASE),
        (b'{"format": "mail-mamori-case", "version": 99}', CaseProblem.TOO_NEW),
        (
            b'{"format": "mail-mamori-case", "version": 2, "incident": {"spam_volume": "many"}}',
            CaseProblem.INVALID,
        ),
        (
            b'{"format": "mail-mamori-case", "version": 2, "incident": {"noticed_at": "2026-13-01"}}',
            CaseProblem.INVALID,
        ),
        (b"[" * 100_000, CaseProblem.CORRUPT),
    ],
)
def test_damaged_files_give_a_clear_japanese_message(
    tmp_path: Path, content: bytes, problem: CaseProblem
) -> None:
    path = tmp_path / "broken.mamori.json"
    path.write_bytes(content)
    with pytest.raises(CaseLoadError) as caught:
        load_case(path)
    assert caught.value.problem == problem
    message = caught.value.message.render("ja")
    assert "broken.mamori.json" in message
    assert any("\u3040" <= ch <= "\u30ff" for ch in message), message  # kana: really Japanese
    assert caught.value.backup is None


_REMOVE = object()  # as a damaged value: the key is taken out


def _damaged(steps: tuple[Any, ...], value: object) -> dict[str, Any]:
    """The example case as JSON data with the value at `steps` replaced (or removed)."""
    data = case_to_dict(example_case())
    target: Any = data
    for step in steps[:-1]:
        target = target[step]
    if value is _REMOVE:
        del target[steps[-1]]
    else:
        target[steps[-1]] = value
    return data


_LETTERS = re.compile(r"[A-Za-z]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.mark.parametrize(
    ("steps", "value", "field", "ja", "en"),
    [
        (
            ("incident", "spam_volume"),
            "たくさん",
            "incident.spam_volume",
            ["「状況の確認」の画面", "整数が入るはずの所に、文字が入っています"],
            ["step “Situation”", "It should be a whole number, but the file has text."],
        ),
        (
            ("incident", "noticed_at"),
            "2026-13-01",
            "incident.noticed_at",
            ["「状況の確認」の画面", "「2026-13-01」は正しい日時ではありません"],
            ["step “Situation”", "“2026-13-01” is not a valid date and time."],
        ),
        (
            ("incident", "timeline", 2, "at"),
            "2026-11-16 09:00",
            "incident.timeline[2].at",
            ["時系列の 3 行目", "時差"],
            ["row 3 of the timeline", "time zone"],
        ),
        (
            ("accounts", "inventory", "accounts", 1, "status"),
            "社長",
            "accounts.inventory.accounts[1].status",
            ["「パスワードとアカウント」の画面のアカウント一覧の 2 番目", "「社長」は"],
            ["account 2 of the list", "“社長” is not one of the choices"],
        ),
        (
            ("accounts", "inventory", "accounts", 0, "password_changed_on"),
            "2026-02-30",
            "accounts.inventory.accounts[0].password_changed_on",
            ["「2026-02-30」は正しい日付ではありません"],
            ["“2026-02-30” is not a valid date."],
        ),
        (
            ("accounts", "inventory", "accounts", 0, "address"),
            _REMOVE,
            "accounts.inventory.accounts[0].address",
            ["なくてはならない値がありません"],
            ["is missing"],
        ),
        (
            ("accounts", "inventory", "accounts", 0, "active"),
            "はい",
            "accounts.inventory.accounts[0].active",
            ["はい・いいえの値が入るはずの所に、文字"],
            ["It should be a yes/no value, but the file has text."],
        ),
        (
            ("report", "questions"),
            "質問はありません",
            "report.questions",
            ["「報告書」の画面", "一覧が入るはずの所に、文字"],
            ["step “Report”", "It should be a list"],
        ),
        (
            ("blacklist",),
            [],
            "blacklist",
            ["「ブラックリスト確認」の画面", "項目のまとまりが入るはずの所に、一覧"],
            ["step “Blacklists”", "a group of fields, but the file has a list"],
        ),
        (
            ("sender_auth", "spf_checks", 0, "lookups"),
            1.5,
            "sender_auth.spf_checks[0].lookups",
            ["「送信ドメイン認証」の画面のチェック履歴の 1 回目", "小数"],
            ["check 1 in the history", "a number with a decimal point"],
        ),
        (
            ("created_at",),
            20261116,
            "created_at",
            ["ファイルの管理情報", "日時が入るはずの所に、整数"],
            ["the file's own information", "It should be a date and time"],
        ),
    ],
)
def test_a_value_of_the_wrong_kind_is_explained_in_the_users_language(
    tmp_path: Path,
    steps: tuple[Any, ...],
    value: object,
    field: str,
    ja: list[str],
    en: list[str],
) -> None:
    path = tmp_path / "broken.mamori.json"
    path.write_text(json.dumps(_damaged(steps, value), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CaseLoadError) as caught:
        load_case(path)
    assert caught.value.problem == CaseProblem.INVALID
    japanese = caught.value.message.render("ja")
    english = caught.value.message.render("en")
    for text in (japanese, english):
        assert "broken.mamori.json" in text
        assert field in text  # the technical path, for the vendor
    for part in ja:
        assert part in japanese, japanese
    for part in en:
        assert part in english, english
    # Besides the file name, the technical path and the value as the file has it, the Japanese
    # message is Japanese and the English one English.
    quoted = value if isinstance(value, str) else ""
    rest_ja = japanese.replace("broken.mamori.json", "").replace(field, "").replace(quoted, "")
    rest_en = english.replace(quoted, "")
    assert not _LETTERS.search(rest_ja), rest_ja
    assert not _JAPANESE.search(rest_en), rest_en
    assert not _untranslated(caught.value.message)


def test_a_long_value_or_key_is_shortened_in_the_message() -> None:
    data = _damaged(("incident", "noticed_at"), "2026-11-16" + "x" * 10_000 + "\n")
    data["report"]["account_notes"] = {"k" * 10_000: 5}
    for broken in (data, _damaged(("report", "account_notes"), {"k" * 10_000: 5})):
        with pytest.raises(CaseLoadError) as caught:
            case_from_dict(broken, Path("long.mamori.json"))
        message = caught.value.message.render("ja")
        assert len(message) < 400, message
        assert "\n" not in message


def test_a_damaged_file_offers_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "c.mamori.json"
    case = example_case()
    save_case(case, path)
    save_case(case, path)  # now a backup exists
    path.write_bytes(path.read_bytes()[:200])  # truncated, as by a crash outside our control
    with pytest.raises(CaseLoadError) as caught:
        load_case(path)
    assert caught.value.problem == CaseProblem.CORRUPT
    assert caught.value.backup == backup_path(path)
    assert load_case(caught.value.backup).organisation.company == "株式会社やまだ商店"
    # Saving over the damaged file must not replace the good backup with the damaged one.
    save_case(case, path)
    assert load_case(backup_path(path)).organisation.company == "株式会社やまだ商店"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CaseLoadError) as caught:
        load_case(tmp_path / "nothing.mamori.json")
    assert caught.value.problem == CaseProblem.MISSING


_WRITER = """
import sys
import time
from pathlib import Path
import app.core.atomic as atomic_module
from app.core.case import save_case

# A slow disk: every write goes out in 64 KB pieces with a pause between them, so that the kill
# lands in the middle of writing (with in-place writing that would leave a truncated case).
_real_open = open


class _SlowFile:
    def __init__(self, handle):
        self._handle = handle

    def write(self, data):
        for start in range(0, len(data), 65536):
            self._handle.write(data[start:start + 65536])
            self._handle.flush()
            time.sleep(0.002)
        return len(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._handle.__exit__(*exc)


atomic_module.open = lambda *args, **kwargs: _SlowFile(_real_open(*args, **kwargs))
from app.core.example_case import example_case
from app.core.case import TimelineEntry
case = example_case()
# A big case makes each write take long enough to be interrupted in the middle.
case.incident.timeline = [
    TimelineEntry(at=case.incident.timeline[0].at, event="行" * 2000 + str(i)) for i in range(400)
]
path = Path(sys.argv[1])
n = 0
print("ready", flush=True)
while True:
    case.incident.how_noticed_detail = f"write {n}"
    save_case(case, path)
    n += 1
"""


def test_case_survives_being_killed_mid_save(tmp_path: Path) -> None:
    path = tmp_path / "crash.mamori.json"
    # Twice, so that a backup exists before the first kill: on a loaded machine the writer can
    # be killed before its own first save has made one.
    save_case(example_case(), path)
    save_case(example_case(), path)
    root = Path(__file__).resolve().parents[1]
    for attempt in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path)],
            cwd=root,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(0.05 + 0.037 * attempt)
        child.send_signal(signal.SIGKILL)
        child.wait()
        loaded = load_case(path)  # never a truncated file: old or new, but complete
        assert loaded.organisation.company == "株式会社やまだ商店"
        assert load_case(backup_path(path)).organisation.company == "株式会社やまだ商店"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # A killed writer may leave its temporary file behind; it never replaces the case itself.
    assert all(name.startswith(".crash.mamori.json") for name in leftovers)


def test_case_without_domain_or_company_gets_a_generic_file_name() -> None:
    case = Case()
    assert suggested_case_name(case).startswith("case-")


def test_a_case_is_named_after_the_domain_as_the_owner_reads_it() -> None:
    case = Case()
    case.organisation.company = "株式会社やまだ商店"
    case.organisation.domain = "例え.jp"
    case.organisation.domain_ascii = "xn--r8jz45g.jp"
    # Not xn--r8jz45g.jp: the owner would not know that name in the recent cases.
    assert suggested_case_name(case).startswith("例え.jp-2")


def test_a_case_without_a_valid_domain_is_named_after_the_company() -> None:
    case = Case()
    case.organisation.company = "株式会社やまだ商店"
    assert suggested_case_name(case).startswith("株式会社やまだ商店-2")
    # A domain typed but not (yet) valid has no ASCII form: the company still names it.
    case.organisation.domain = "example"
    assert suggested_case_name(case).startswith("株式会社やまだ商店-2")


@pytest.mark.parametrize(
    ("company", "stem"),
    [
        ("やまだ商店 本店", "やまだ商店-本店"),
        ('A/B:C*D?<E>|F"G', "A-B-C-D-E-F-G"),
        ("  .やまだ.  ", "やまだ"),
        ("-rm -rf", "rm-rf"),
        ("\t\n", "case"),
        ("株" * 60, "株" * 40),
    ],
)
def test_a_company_name_is_made_safe_for_every_file_system(company: str, stem: str) -> None:
    case = Case()
    case.organisation.company = company
    assert suggested_case_name(case).startswith(stem + "-2")


@given(st.text(max_size=80))
def test_any_company_name_gives_a_file_name_every_system_can_create(company: str) -> None:
    case = Case()
    case.organisation.company = company
    name = suggested_case_name(case)
    assert not set(name) & set('<>:"/\\|?*') and name.isprintable()
    assert len(name.encode("utf-8")) <= 255
    assert not name.startswith(("-", ".", " "))


def test_a_case_is_blank_until_something_is_entered() -> None:
    case = Case()
    assert case_is_blank(case)
    case.incident.how_noticed_detail = "迷惑メールが届いたと連絡があった"
    assert not case_is_blank(case)
    assert not case_is_blank(example_case())


def test_case_json_never_contains_a_password_field() -> None:
    text = case_to_json(example_case()).lower()
    assert 'password"' not in text.replace("password_changed", "")


def test_case_from_dict_accepts_its_own_output() -> None:
    data = case_to_dict(example_case())
    assert case_to_dict(case_from_dict(json.loads(json.dumps(data)))) == data


def test_case_names_carry_the_seconds_so_cases_of_one_minute_differ() -> None:
    first, second = Case(), Case()
    first.created_at = datetime(2026, 11, 16, 9, 30, 5, tzinfo=JST)
    second.created_at = datetime(2026, 11, 16, 9, 30, 41, tzinfo=JST)
    for case in (first, second):
        case.organisation.domain = case.organisation.domain_ascii = "example.co.jp"
    assert suggested_case_name(first) == "example.co.jp-20261116-093005.mamori.json"
    assert suggested_case_name(second) == "example.co.jp-20261116-093041.mamori.json"


def test_a_new_case_never_replaces_an_existing_file(tmp_path: Path) -> None:
    moment = datetime(2026, 11, 16, 9, 30, 5, tzinfo=JST)
    saved: list[Path] = []
    for company in ("A 商店", "B 商店", "C 商店"):
        case = Case(created_at=moment)  # created in the same second
        case.organisation.domain = case.organisation.domain_ascii = "example.co.jp"
        case.organisation.company = company
        saved.append(save_new_case(case, tmp_path / "cases"))
    assert [p.name for p in saved] == [
        "example.co.jp-20261116-093005.mamori.json",
        "example.co.jp-20261116-093005-2.mamori.json",
        "example.co.jp-20261116-093005-3.mamori.json",
    ]
    assert [load_case(p).organisation.company for p in saved] == ["A 商店", "B 商店", "C 商店"]
    # A name whose backup is left over (its case was deleted) is not taken either: the next
    # save would have replaced that backup.
    orphan = tmp_path / "cases" / "example.co.jp-20261116-093005-4.mamori.json.bak"
    orphan.write_bytes(b"the only copy left")
    case = Case(created_at=moment)
    case.organisation.domain = case.organisation.domain_ascii = "example.co.jp"
    assert save_new_case(case, tmp_path / "cases").name.endswith("-5.mamori.json")
    assert orphan.read_bytes() == b"the only copy left"


def test_a_failed_first_save_leaves_no_empty_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.core.case as case_module

    def disk_full(_path: Path, _data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(case_module, "write_atomically", disk_full)
    case = Case()
    case.organisation.domain_ascii = "example.co.jp"
    with pytest.raises(OSError):
        save_new_case(case, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_case_too_large_to_open_again_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.core.case as case_module
    from app.core.os_errors import os_error_reason

    monkeypatch.setattr(case_module, "MAX_CASE_BYTES", 100_000)
    path = tmp_path / "big.mamori.json"
    save_case(example_case(), path)
    before = path.read_bytes()
    big = example_case()
    big.report.log_excerpt = "ログ " * 40_000  # a huge paste
    # It used to be written, and then refused when opened: the whole case was out of reach.
    with pytest.raises(OSError) as raised:
        save_case(big, path)
    assert path.read_bytes() == before
    assert load_case(path).organisation.company == example_case().organisation.company
    reason = os_error_reason(raised.value)
    assert isinstance(reason, Msg)
    assert "log excerpt" in reason.render("en")
    with pytest.raises(OSError):
        save_new_case(big, tmp_path / "new")
    assert list((tmp_path / "new").glob("*")) == []


# -- unknown keys inside sections (written by a newer version) ---------------------------------


def _with_nested_unknown_keys() -> dict:  # type: ignore[type-arg]
    data = case_to_dict(example_case())
    data["organisation"]["branch_office"] = {"name": "大阪支店", "staff": 3}
    data["organisation"]["contact"]["mobile"] = "090-0000-0000"
    data["report"]["future_field"] = ["a", 1]
    accounts = data["accounts"]["inventory"]["accounts"]
    accounts[1]["mfa"] = True
    accounts[2]["mfa"] = False
    data["blacklist"]["runs"][0]["results"][0]["future_score"] = 0.5
    data["sender_auth"]["dmarc"]["future_tag"] = "x"
    return data


def test_unknown_keys_inside_sections_survive_load_and_save(tmp_path: Path) -> None:
    data = _with_nested_unknown_keys()
    path = tmp_path / "c.mamori.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = load_case(path)
    assert {k.dotted for k in case.unknown_keys} >= {
        "organisation",
        "organisation.contact",
        "report",
        "accounts.inventory.accounts[1]",
        "blacklist.runs[0].results[0]",
    }
    save_case(case, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["organisation"]["branch_office"] == {"name": "大阪支店", "staff": 3}
    assert saved["organisation"]["contact"]["mobile"] == "090-0000-0000"
    assert saved["report"]["future_field"] == ["a", 1]
    accounts = saved["accounts"]["inventory"]["accounts"]
    assert [a.get("mfa") for a in accounts] == [None, True, False, None, None, None]
    assert saved["blacklist"]["runs"][0]["results"][0]["future_score"] == 0.5
    assert saved["sender_auth"]["dmarc"]["future_tag"] == "x"
    # Loading the saved file again and saving it gives the same file (nothing piles up).
    assert case_to_dict(load_case(path)) == {**saved, "updated_at": saved["updated_at"]}


def test_nested_unknown_keys_follow_their_object_and_never_move_to_another(
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    case = case_from_dict(_with_nested_unknown_keys())
    # Edits elsewhere in a section keep the section's keys.
    case.organisation.company = "株式会社さくら"
    inventory = case.accounts.inventory
    second, third = inventory.accounts[1], inventory.accounts[2]
    # Reordered: the keys go with their account.
    accounts = list(reversed(inventory.accounts))
    case.accounts.inventory = replace(inventory, accounts=tuple(accounts))
    saved = case_to_dict(case)
    by_address = {a["address"]: a for a in saved["accounts"]["inventory"]["accounts"]}
    assert by_address[second.address]["mfa"] is True
    assert by_address[third.address]["mfa"] is False
    assert sum("mfa" in a for a in by_address.values()) == 2
    assert saved["organisation"]["branch_office"]["name"] == "大阪支店"
    # The second account removed and the third changed by this version: their keys are
    # dropped, never given to the account that now sits at their old position.
    accounts.remove(second)
    accounts[accounts.index(third)] = replace(third, note="changed")
    case.accounts.inventory = replace(inventory, accounts=tuple(accounts))
    saved = case_to_dict(case)
    assert all("mfa" not in a for a in saved["accounts"]["inventory"]["accounts"])
    # A section replaced by null drops its keys; a new object at the same path gets them.
    case.sender_auth.dmarc = None
    case.organisation.contact = type(case.organisation.contact)(name="新しい担当")
    saved = case_to_dict(case)
    assert saved["sender_auth"]["dmarc"] is None
    assert saved["organisation"]["contact"]["mobile"] == "090-0000-0000"
    # Known keys always win over a kept unknown key of the same name.
    assert saved["organisation"]["contact"]["name"] == "新しい担当"


# -- odd shapes, deep nesting: always CaseLoadError, never a traceback ---------------------------


def _v1(**changes: object) -> dict[str, object]:
    data: dict[str, object] = json.loads((FIXTURES / "case-v1.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def _untranslated(message: Msg) -> list[str]:
    """What in `message` would show in English in the Japanese UI: a part without a Japanese
    translation, or text filled in that is not the file name, the technical path of a value
    (for the vendor) or a value quoted from the file."""
    left = []
    if translate(message.context, message.source, "ja") == message.source:
        left.append(message.source)
    for key, value in message.args:
        if isinstance(value, Msg):
            left.extend(_untranslated(value))
        elif isinstance(value, str) and key not in ("name", "field", "value"):
            left.append(f"{key}={value}")
    return left


def _assert_clear_error(error: CaseLoadError, name: str) -> None:
    for lang in ("ja", "en"):
        assert name in error.message.render(lang)
    message = error.message.render("ja")
    assert any("\u3040" <= ch <= "\u30ff" for ch in message), message  # kana: really Japanese
    assert not _untranslated(error.message), message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"domain": 5}, "organisation.domain"),
        ({"created": "yesterday"}, "created_at"),
        ({"noticed_at": "2026-13-01"}, "incident.noticed_at"),
        ({"timeline": 5}, "incident.timeline"),
        ({"timeline": [{"time": "朝", "event": "x"}]}, "incident.timeline[0].at"),
        ({"affected_accounts": 5}, "incident.affected_accounts"),
    ],
)
def test_a_version_1_file_with_odd_values_says_which_value(
    tmp_path: Path, changes: dict[str, object], field: str
) -> None:
    path = tmp_path / "old.mamori.json"
    path.write_text(json.dumps(_v1(**changes), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CaseLoadError) as caught:
        load_case(path)
    assert caught.value.problem == CaseProblem.INVALID
    _assert_clear_error(caught.value, "old.mamori.json")
    assert field in caught.value.message.render("en")


def test_a_version_1_domain_that_is_no_valid_name_is_kept_as_typed() -> None:
    # The wizard's first page checks the domain again; the migration must not lose it.
    case = case_from_dict(_v1(domain="a" * 70 + ".jp"))
    assert case.organisation.domain == "a" * 70 + ".jp"
    assert case.organisation.domain_ascii == ""


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [100, 500, 900])
@pytest.mark.parametrize(
    "template",
    [
        '{"format": "mail-mamori-case", "version": 2, "future_section": %s}',
        '{"format": "mail-mamori-case", "version": 2, "organisation": {"branch": %s}}',
        '{"version": 1, "company": "x", "timeline": %s}',
    ],
)
def test_deeply_nested_files_are_refused_clearly(tmp_path: Path, template: str, depth: int) -> None:
    path = tmp_path / "deep.mamori.json"
    path.write_text(template % _nested(depth), encoding="utf-8")
    with pytest.raises(CaseLoadError) as caught:
        load_case(path)
    assert caught.value.problem in (CaseProblem.INVALID, CaseProblem.CORRUPT)
    _assert_clear_error(caught.value, "deep.mamori.json")


def test_a_case_of_ordinary_depth_still_opens_and_saves(tmp_path: Path) -> None:
    data = case_to_dict(example_case())
    data["future_section"] = {"a": {"b": {"c": [[[{"d": [1, 2]}]]]}}}
    case = case_from_dict(data)
    assert json.loads(case_to_json(case))["future_section"] == data["future_section"]


def test_a_number_too_long_to_read_is_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "big.mamori.json"
    path.write_text(
        '{"format": "mail-mamori-case", "version": 2, "incident": {"spam_volume": %s}}'
        % ("9" * 5000),
        encoding="utf-8",
    )
    with pytest.raises(CaseLoadError) as caught:
        load_case(path)
    assert caught.value.problem == CaseProblem.CORRUPT
    _assert_clear_error(caught.value, "big.mamori.json")


# JSON values of any shape, and plausible-looking values for the version-1 keys.
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
_dates = st.sampled_from(
    ["2026-10-01 08:30", "2026-10-01T08:30+09:00", "", " ", "2026-13-01", "昨日", "0001-01-01"]
)
_row = st.fixed_dictionaries({}, optional={"time": _dates | _json, "event": _json, "who": _json})
_V1_VALUES = {
    "id": _json,
    "created": _dates | _json,
    "updated": _dates | _json,
    "company": st.text(max_size=10) | _json,
    "contact_name": _json,
    "contact_email": _json,
    "contact_phone": _json,
    "domain": st.sampled_from(["例え.jp", "a" * 70 + ".jp", "xn--.jp", "", ".", "例..jp"]) | _json,
    "provider": _json,
    "noticed_at": _dates | _json,
    "how_noticed": st.sampled_from(["bounces", "ftp", ""]) | _json,
    "notes": _json,
    "affected_accounts": st.text(max_size=20) | _json,
    "spam_volume": st.sampled_from(["約５万通", "10万", "-1", "1e9"]) | _json,
    "timeline": st.lists(_row | _json, max_size=3) | _json,
    "app_version": _json,
}


@settings(max_examples=400, deadline=None)
@given(st.fixed_dictionaries({"version": st.just(1)}, optional=_V1_VALUES))
def test_fuzz_version_1_files_open_or_give_a_clear_error(data: dict[str, object]) -> None:
    try:
        case = case_from_dict(data, Path("fuzz.mamori.json"))
    except CaseLoadError as error:
        _assert_clear_error(error, "fuzz.mamori.json")
        return
    # Whatever opens can be saved again (the wizard autosaves at once).
    case_to_json(case)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        ["organisation", "incident", "report", "blacklist", "accounts", "sender_auth", "extra"]
    ),
    _json,
)
def test_fuzz_current_files_with_odd_sections_open_or_give_a_clear_error(
    section: str, value: object
) -> None:
    data = case_to_dict(example_case())
    data[section] = value
    try:
        case = case_from_dict(data, Path("fuzz.mamori.json"))
    except CaseLoadError as error:
        _assert_clear_error(error, "fuzz.mamori.json")
        return
    case_to_json(case)


def _value_paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value in JSON `data`, containers included."""
    paths = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            paths.extend(_value_paths(value, (*prefix, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            paths.extend(_value_paths(value, (*prefix, index)))
    return paths


_EXAMPLE = case_to_dict(example_case())
_EXAMPLE_PATHS = _value_paths(_EXAMPLE)
_ODD_VALUES = st.sampled_from(
    ["2026-13-01", "2026-11-16 09:00", "2026-11-16T09:00+09:00", "社長", "", "many", -1]
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_EXAMPLE_PATHS), _ODD_VALUES | _json)
def test_fuzz_any_damaged_value_is_explained_where_it_is(
    steps: tuple[Any, ...], value: object
) -> None:
    data = copy.deepcopy(_EXAMPLE)
    target: Any = data
    for step in steps[:-1]:
        target = target[step]
    target[steps[-1]] = value
    try:
        case = case_from_dict(data, Path("fuzz.mamori.json"))
    except CaseLoadError as error:
        _assert_clear_error(error, "fuzz.mamori.json")
        field = dict(error.message.args).get("field")
        if field is not None:
            # The technical path leads to the damaged value (or into what replaced it).
            dotted = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps)
            assert field.startswith(dotted.lstrip(".")), (field, steps)
        return
    case_to_json(case)


def test_a_file_that_cannot_be_read_is_explained_in_japanese(tmp_path: Path) -> None:
    # The system's own text ("Is a directory") stayed English inside the Japanese message.
    with pytest.raises(CaseLoadError) as info:
        load_case(tmp_path)
    text = info.value.message.render("ja")
    assert "ファイルではなくフォルダです" in text
    assert not re.search(r"[A-Za-z]{4,}", text.replace(tmp_path.name, "")), text
    assert "it is a folder" in info.value.message.render("en")


def test_the_digest_tells_versions_of_a_case_file_by_content_not_by_size_or_time(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.mamori.json"
    written = save_case(example_case(), path)
    case, read = read_case(path)
    assert written == read == file_digest(path)
    before = path.stat()
    # Another save of the same length whose time is that of the first (a drive whose file
    # times are as coarse as 2 s): size and time are the same, the content is not.
    case.organisation.administrator = case.organisation.administrator.replace("山田", "佐藤")
    save_case(case, path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert file_digest(path) != written
    # The same content written again later (a sync tool) is the same version.
    same = file_digest(path)
    path.write_bytes(path.read_bytes())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))
    assert file_digest(path) == same
    assert file_digest(tmp_path / "missing.mamori.json") is None


def test_a_case_saved_before_the_latin_names_existed_opens_without_them(tmp_path: Path) -> None:
    data = case_to_dict(example_case())
    del data["organisation"]["company_latin"]
    del data["organisation"]["contact"]["name_latin"]
    path = tmp_path / "old.mamori.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = load_case(path)
    assert case.organisation.company == "株式会社やまだ商店"
    assert case.organisation.company_latin == "" and case.organisation.contact.name_latin == ""


def test_the_example_checks_all_ask_one_documentation_dns_server() -> None:
    """The example's blacklist runs said this computer's DNS server was 192.168.1.1 while its
    SPF, DKIM and DMARC checks said 192.0.2.53, for the same "this computer's settings".
    One address, from RFC 5737's documentation range (nobody's real DNS server)."""
    case = example_case()
    section = case.sender_auth
    resolvers = {run.resolver for run in case.blacklist.runs}
    resolvers |= {check.resolver for check in section.spf_checks}
    assert section.dmarc is not None and section.dkim is not None
    resolvers |= {section.dmarc.resolver, section.dkim.resolver}
    assert resolvers == {"system (192.0.2.53)"}
