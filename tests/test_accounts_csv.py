"""Importing control panel CSV files (UTF-8, Shift_JIS, broken rows) and exporting for Excel."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.accounts import Account, AccountInventory, AccountStatus, VerdictSummary
from app.core.accounts_csv import MAX_ROWS, export_csv, import_csv
from app.core.errors import InputError

PANEL = (
    "メールアドレス,氏名,状態,パスワード,パスワード変更日\r\n"
    "info@example.co.jp,代表,共有,Secret-Sentinel-1,2025/01/31\r\n"
    "ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ,田中 花子,在籍,Secret-Sentinel-2,2025年2月3日\r\n"
    "not-an-address,佐藤,退職,Secret-Sentinel-3,\r\n"
    "INFO@example.co.jp,重複,在籍,,\r\n"
    "sato@example.co.jp,佐藤 一郎,退職済み,Secret-Sentinel-4,2024-13-01\r\n"
    '"broken"x,1,2\r\n'
    "suzuki@example.co.jp,鈴木,休職中,,\r\n"
    "\r\n"
    "ito@example.co.jp,伊藤,無効,,20250301\r\n"
)
SENTINELS = [f"Secret-Sentinel-{i}" for i in range(1, 5)]


def _check(result_accounts: tuple[Account, ...]) -> None:
    by_address = {a.address: a for a in result_accounts}
    assert list(by_address) == [
        "info@example.co.jp",
        "tanaka@example.co.jp",
        "sato@example.co.jp",
        "suzuki@example.co.jp",
        "ito@example.co.jp",
    ]
    info = by_address["info@example.co.jp"]
    assert (info.owner, info.status, info.password_changed_on) == (
        "代表",
        AccountStatus.SHARED,
        date(2025, 1, 31),
    )
    assert by_address["tanaka@example.co.jp"].password_changed_on == date(2025, 2, 3)
    assert by_address["tanaka@example.co.jp"].status is AccountStatus.IN_SERVICE
    assert by_address["sato@example.co.jp"].status is AccountStatus.DEPARTED
    assert by_address["sato@example.co.jp"].password_changed_on is None
    assert by_address["suzuki@example.co.jp"].status is AccountStatus.UNKNOWN
    ito = by_address["ito@example.co.jp"]
    assert not ito.active and ito.password_changed_on == date(2025, 3, 1)


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("cp932", "cp932"),
        ("shift_jis", "cp932"),
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
    ],
)
def test_panel_export_in_every_encoding(encoding: str, expected: str) -> None:
    text = PANEL.replace(",", "\t") if encoding == "utf-16" else PANEL
    result = import_csv(text.encode(encoding))
    assert result.encoding == expected
    _check(result.accounts)
    lines = {p.line: p.message.render("en") for p in result.problems}
    assert sorted(lines) == [4, 5, 6, 7, 8]
    assert "no valid mail address" in lines[4]
    assert "already appeared on line 2" in lines[5]
    assert "change date" in lines[6]
    assert "could not be read" in lines[7]
    assert "status was not understood" in lines[8]
    assert result.rows_read == 8
    japanese = {p.line: p.message.render("ja") for p in result.problems}
    assert japanese[5].startswith("5 行目")


def test_passwords_in_the_file_are_ignored_and_never_repeated() -> None:
    result = import_csv(PANEL.encode("cp932"))
    assert any("password column" in n.render("en") for n in result.notices)
    everything = repr(result) + "".join(
        m.render(lang)
        for lang in ("ja", "en")
        for m in (*result.notices, *(p.message for p in result.problems))
    )
    for sentinel in SENTINELS:
        if sentinel in everything:
            pytest.fail("a password from the file was kept or shown", pytrace=False)


def test_account_and_domain_columns() -> None:
    data = "アカウント,ドメイン,所有者\nyamada,example.co.jp,山田\nsato,,佐藤\n".encode()
    result = import_csv(data)
    assert [a.address for a in result.accounts] == ["yamada@example.co.jp"]
    assert "no domain" in result.problems[0].message.render("en")
    with_default = import_csv(data, default_domain="example.jp")
    assert [a.address for a in with_default.accounts] == [
        "yamada@example.co.jp",
        "sato@example.jp",
    ]


def test_english_headings_and_semicolons() -> None:
    data = (
        b"Email;Display Name;Status;Enabled\n"
        b"A@Example.com;Ann;departed;no\n"
        b"b@example.com;Bo;shared;yes\n"
    )
    result = import_csv(data)
    assert [(a.address, a.owner, a.status, a.active) for a in result.accounts] == [
        ("a@example.com", "Ann", AccountStatus.DEPARTED, False),
        ("b@example.com", "Bo", AccountStatus.SHARED, True),
    ]


def test_panel_status_column_meaning_enabled_or_disabled() -> None:
    data = "メールアドレス,状態\na@example.jp,有効\nb@example.jp,停止\n".encode()
    result = import_csv(data)
    assert [a.active for a in result.accounts] == [True, False]
    assert all(a.status is AccountStatus.UNKNOWN for a in result.accounts)


# Xserver-style: account and domain in two columns, the user's name written in the comment.
XSERVER_STYLE = (
    "メールアカウント,ドメイン,容量(MB),コメント,状態\r\n"
    "info,example.co.jp,2000,代表アドレス,有効\r\n"
    "yamada,example.co.jp,2000,山田 太郎,有効\r\n"
    "tanaka,example.co.jp,2000,田中 花子（退職済み）,有効\r\n"
    "kato,example.co.jp,2000,加藤 一郎 2024年3月退社,停止中\r\n"
    "sato,example.co.jp,2000,佐藤 (3月末で退職予定),有効\r\n"
)


def test_a_comment_column_is_read_as_the_user_when_there_is_no_name_column() -> None:
    result = import_csv(XSERVER_STYLE.encode("cp932"))
    owners = {a.address: a.owner for a in result.accounts}
    assert owners["yamada@example.co.jp"] == "山田 太郎"
    assert owners["tanaka@example.co.jp"] == "田中 花子（退職済み）"
    assert all(not a.note for a in result.accounts)  # not shown twice
    notices = [n.render("en") for n in result.notices]
    assert any("“コメント” column was read as the user's name" in n for n in notices)


def test_a_comment_that_says_the_person_left_marks_the_account_as_departed() -> None:
    result = import_csv(XSERVER_STYLE.encode("cp932"))
    status = {a.address: a.status for a in result.accounts}
    assert status["tanaka@example.co.jp"] is AccountStatus.DEPARTED
    assert status["kato@example.co.jp"] is AccountStatus.DEPARTED
    assert status["yamada@example.co.jp"] is AccountStatus.UNKNOWN
    assert status["sato@example.co.jp"] is AccountStatus.UNKNOWN  # still here until March
    kato = next(a for a in result.accounts if a.address == "kato@example.co.jp")
    assert not kato.active  # 停止中 is still read
    notices = [n.render("ja") for n in result.notices]
    assert any("退職" in n and "2 件" in n for n in notices)


def test_a_status_column_wins_over_the_comment() -> None:
    data = "メールアドレス,氏名,区分,メモ\na@example.jp,田中,在籍,退職予定 (3月末)\n".encode()
    result = import_csv(data)
    assert result.accounts[0].status is AccountStatus.IN_SERVICE
    assert result.accounts[0].owner == "田中"
    assert result.accounts[0].note == "退職予定 (3月末)"
    assert not any("former staff" in n.render("en") for n in result.notices)


def test_file_without_headings_imports_addresses_only() -> None:
    data = b"a@example.jp,Ann,Secret-Sentinel-1\nb@example.jp,Bo,Secret-Sentinel-2\n"
    result = import_csv(data)
    assert [(a.address, a.owner) for a in result.accounts] == [
        ("a@example.jp", ""),
        ("b@example.jp", ""),
    ]
    assert any("no heading row" in n.render("en") for n in result.notices)
    if "Secret-Sentinel" in repr(result):
        pytest.fail("an unlabelled column was kept", pytrace=False)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"  \r\n\r\n", id="blank"),
        pytest.param("氏名,部署\n山田,営業\n".encode(), id="no-address-column"),
        pytest.param(b"\x00\x01\x02binary,\x00", id="binary"),
    ],
)
def test_unusable_files_are_input_errors(data: bytes) -> None:
    with pytest.raises(InputError) as raised:
        import_csv(data)
    assert raised.value.message.render("ja") != raised.value.message.render("en")


def test_broken_bytes_are_replaced_and_reported() -> None:
    data = (
        "メールアドレス,氏名\na@example.jp,山田\n".encode("cp932") + b"b@example.jp,\x81\xff\xfe\n"
    )
    result = import_csv(data)
    assert [a.address for a in result.accounts] == ["a@example.jp", "b@example.jp"]
    assert any("could not be read" in n.render("en") for n in result.notices)


def test_too_many_rows_are_cut_with_a_notice() -> None:
    rows = "".join(f"u{i}@example.jp\n" for i in range(MAX_ROWS + 5))
    result = import_csv(("メールアドレス\n" + rows).encode())
    assert len(result.accounts) == MAX_ROWS
    assert any(str(MAX_ROWS) in n.render("en") for n in result.notices)


def _inventory() -> AccountInventory:
    return AccountInventory(
        (
            Account(
                "info@example.co.jp",
                "山田 太郎, 代表",
                AccountStatus.SHARED,
                password_changed_on=date(2025, 3, 1),
                verdict=VerdictSummary(
                    acceptable=False,
                    score=1,
                    failed=("contains_context", "weak_score"),
                    evaluated_at=datetime(2025, 3, 1, 10, 30, tzinfo=UTC),
                ),
                note='"引用符" と改行\nを含むメモ',
            ),
            Account(
                "sato@example.co.jp",
                '=HYPERLINK("http://evil")',
                AccountStatus.DEPARTED,
                active=False,
                forward_to="ito@example.co.jp",
            ),
            Account("-x@example.co.jp", "@伊藤", AccountStatus.IN_SERVICE),
            Account("new@example.co.jp"),
        )
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_export_round_trip(lang: str) -> None:
    data = export_csv(_inventory(), lang)
    assert data.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in data
    result = import_csv(data)
    assert result.problems == ()
    assert result.accounts == _inventory().accounts


def test_export_is_excel_safe_and_readable() -> None:
    text = export_csv(_inventory(), "ja").decode("utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("メールアドレス,所有者,状態")
    assert "'=HYPERLINK" in text  # formulas are neutralised
    assert "'-x@example.co.jp" in text
    assert "共有" in text and "退職" in text and "無効" in text and "不合格" in text
    english = export_csv(_inventory(), "en").decode("utf-8-sig")
    assert english.splitlines()[0].startswith("Mail address,Owner,Status")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_import_never_fails_except_with_input_error(data: bytes) -> None:
    with contextlib.suppress(InputError):
        import_csv(data)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(
            # Text without NUL: a file with many NUL characters is refused as binary (NOT_TEXT,
            # its own test), and a few short NUL cells after the heading are already "many".
            st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=20),
            max_size=6,
        ),
        max_size=20,
    )
)
def test_import_of_any_table_with_a_heading(rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["メールアドレス", "氏名", "状態", "パスワード変更日"])
    writer.writerows(rows)
    result = import_csv(buffer.getvalue().encode("utf-8"))
    assert len(result.accounts) + len(result.problems) <= len(rows) + 1


@pytest.mark.parametrize(
    ("cell", "meant"),
    [
        ("yamada.example.co.jp", "yamada@example.co.jp"),  # the @ typed as a dot
        ("satoexample.co.jp", "sato@example.co.jp"),  # the @ left out
        ("ｔａｎａｋａ．ｅｘａｍｐｌｅ．ｃｏ．ｊｐ", "tanaka@example.co.jp"),  # full width
    ],
)
def test_an_address_with_its_at_sign_missing_is_named_not_turned_into_a_mailbox(
    cell: str, meant: str
) -> None:
    """A list of bare account names gets the case's domain added (「info」 is info@…), but a
    typed address whose @ went missing became the mailbox 「yamada.example.co.jp@example.co.jp」
    without a word, and the real yamada@ stayed off the list."""
    data = f"メールアドレス,利用者\n{cell},山田\ninfo,受付\n".encode()
    result = import_csv(data, default_domain="example.co.jp")
    assert [a.address for a in result.accounts] == ["info@example.co.jp"]
    [problem] = result.problems
    assert problem.line == 2
    ja = problem.message.render("ja")
    assert ja.startswith("2 行目: 「") and "@ が抜けた" in ja and meant in ja, ja
    assert meant in problem.message.render("en")


@pytest.mark.parametrize(
    "cell",
    [
        "example.co.jp",
        "＠example.co.jp",
        "@example.co.jp",
        "ＥＸＡＭＰＬＥ．ｃｏ．ｊｐ",
        "@other.example",
    ],
)
def test_an_address_cell_with_only_the_domain_is_a_problem_row_saying_the_name_is_missing(
    cell: str,
) -> None:
    """「example.co.jp」 in the address column became the mailbox
    example.co.jp@example.co.jp (the domain is added to bare account names), and
    「@example.co.jp」 got only the generic 「no valid address」 message: the owner must learn
    the mailbox name is missing. The cell itself is never shown (a shifted row could put a
    password there)."""
    data = f"メールアドレス,利用者\n{cell},山田\ninfo,受付\n".encode()
    result = import_csv(data, default_domain="example.co.jp")
    assert [a.address for a in result.accounts] == ["info@example.co.jp"]
    [problem] = result.problems
    assert problem.line == 2
    ja = problem.message.render("ja")
    en = problem.message.render("en")
    assert "名前" in ja and "@" in ja, ja
    assert "mailbox name" in en, en
    assert cell not in ja and cell not in en


def test_an_account_column_holding_the_domain_column_s_domain_is_a_problem_row() -> None:
    """A host's export with separate account and domain columns: an account cell that repeats
    the domain is not the mailbox example.co.jp@example.co.jp."""
    data = "アカウント,ドメイン,利用者\nexample.co.jp,example.co.jp,山田\ninfo,example.co.jp,受付\n"
    result = import_csv(data.encode())
    assert [a.address for a in result.accounts] == ["info@example.co.jp"]
    [problem] = result.problems
    assert problem.line == 2 and "mailbox name" in problem.message.render("en")
