"""Section 8 of the report: the account audit from page 3, verdicts only."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from pypdf import PageObject, PdfReader

from app.core.accounts import (
    REC_DEPARTED_ACTIVE,
    REC_SHARED_MINIMUM,
    SHORT_DEPARTED_FORWARD,
    SHORT_SHARED_OWNER,
    SHORT_SHARED_PERSONAL,
    SHORT_UNKNOWN,
    SHORT_WEAK,
    STATUS_LABELS,
    Account,
    AccountInventory,
    AccountsSection,
    AccountStatus,
    VerdictSummary,
    recommendations,
)
from app.core.example_case import example_case
from app.core.i18n import Msg
from app.core.normalize import JST
from app.core.password_policy import rule_name
from app.core.report.sections.accounts import BROKEN_RULES, SEP
from tests.report_support import build, flat, page_texts


def _text(case, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    path, _ = build(case, tmp_path)
    return "".join(page_texts(path)).replace("\n", "").replace(" ", "")


def test_the_audit_table_lists_every_account_with_its_verdict(tmp_path: Path) -> None:
    text = _text(example_case(), tmp_path)
    for address in ("tanaka@example.co.jp", "recruit@example.co.jp", "info@example.co.jp"):
        assert address in text
    assert "アカウントは全部で6件です" in text
    assert "満たさなかった項目:短すぎる、推測されやすい" in text  # sato@, in 8.1
    assert "アカウントごとの対応" in text
    # The scorecard names the still-active former staff account as the accounts problem, as
    # something to do; it is not counted among the passwords not checked.
    assert "退職者1件のアカウントを削除・停止" in text
    assert "不合格2件" in text
    assert "利用中のアカウント5件のパスワードの確認結果:合格2件、不合格2件、未確認1件。" in text
    assert "まだ使える状態の退職者のアカウント(1件)は、パスワードの件数に含めていません" in text
    # tanaka@'s row: no check needed, it is to be deleted.
    assert "退職－不要" in text


def test_deleted_or_disabled_accounts_are_counted_nowhere(tmp_path: Path) -> None:
    case = example_case()
    inventory = case.accounts.inventory
    tanaka = inventory.find("tanaka@example.co.jp")
    assert tanaka is not None
    case.accounts.inventory = inventory.with_account(replace(tanaka, active=False))
    text = _text(case, tmp_path)
    assert "退職者1件のアカウントを削除・停止" not in text
    assert "パスワードの件数に含めていません" not in text
    assert "削除・停止済みのアカウント(1件)は数えていません。" in text
    assert "利用中のアカウント5件のパスワードの確認結果:合格2件、不合格2件、未確認1件。" in text


def test_an_empty_inventory_is_reported_as_not_audited(tmp_path: Path) -> None:
    case = example_case()
    case.accounts = AccountsSection()
    text = _text(case, tmp_path)
    assert "パスワードとメールアカウントの監査はまだ行われていません" in text


def test_the_audit_table_has_short_headers_and_the_advice_only_in_8_1(tmp_path: Path) -> None:
    case = example_case()
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        text = "".join(page_texts(path))
        title = "8. パスワード・アカウント監査" if lang == "ja" else "8. Password and account"
        start = text.rindex(title)
        # (The key above the table refers to 8.1 too.)
        middle = text.index("8.1 アカウントごと" if lang == "ja" else "8.1 What to do", start)
        table, advice = text[start:middle], text[middle : text.index("9.", middle)]
        if lang == "ja":
            assert "最新のパスワード判定" not in text and "パスワード変更日" not in text
            assert "判定" in table and "変更日" in table
            assert "日付は 2026年の月/日" in table and "11/18" in table
            assert "対応" not in table.replace("要対応", "")
        else:
            assert "Latest password check" not in text and "Password changed" not in text
            assert "dates are month/day in 2026" in " ".join(table.split()) and "11/18" in table
            assert "What to do" not in table
        flat_advice = advice.replace("\n", "").replace(" ", "")
        # Shared accounts' and weak passwords' advice moved from the table to 8.1.
        for address in ("recruit@", "info@", "sato@", "tanaka@", "old-shop@"):
            assert address in flat_advice, (lang, address)
        assert "yamada@" not in flat_advice  # nothing to do


def _forty_accounts() -> AccountInventory:
    """A control panel's list of 40 mailboxes with every kind of advice."""
    when = datetime(2026, 11, 18, 16, 10, tzinfo=JST)
    weak = VerdictSummary(acceptable=False, score=1, failed=("too_short",), evaluated_at=when)
    kinds = [
        {"status": AccountStatus.DEPARTED},
        {"status": AccountStatus.DEPARTED, "forward_to": "sato@example.co.jp"},
        {"status": AccountStatus.SHARED},
        {"status": AccountStatus.UNKNOWN},
        {"status": AccountStatus.IN_SERVICE, "owner": "山田 太郎"},
        {"status": AccountStatus.IN_SERVICE, "owner": "山田 太郎", "verdict": weak},
        {"status": AccountStatus.DEPARTED, "active": False},
    ]
    return AccountInventory(
        tuple(
            Account(f"staff{n:02d}@example.co.jp", **kinds[n % len(kinds)])  # type: ignore[arg-type]
            for n in range(1, 41)
        )
    )


def test_8_1_names_each_account_once_per_row(tmp_path: Path) -> None:
    # The address is in the row's first column; the advice repeated it in every sentence,
    # which made 40 accounts about five pages of tables.
    case = example_case()
    case.accounts.inventory = _forty_accounts()
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        text = flat("\n".join(page_texts(path)))
        heading = "8.1アカウントごとの対応" if lang == "ja" else "8.1What to do about each account"
        next_section = "9.送信ドメイン認証" if lang == "ja" else "9.Sender authentication"
        start = text.replace(" ", "").rindex(heading.replace(" ", ""))
        squeezed = text.replace(" ", "")
        advice = squeezed[start : squeezed.index(next_section.replace(" ", ""), start)]
        for account in case.accounts.inventory.accounts:
            # Deleted or disabled accounts need nothing: counted in a sentence, not listed.
            expected = 1 if account.active else 0
            assert advice.count(account.address) == expected, (lang, account.address)
        # The advice itself is still there.
        if lang == "ja":
            assert "コントロールパネルで削除するか" in advice
        else:
            assert "Deleteitinthehost'scontrolpanel" in advice


def _section_8(path: Path, lang: str) -> tuple[str, str]:
    """The main table of section 8 and its 8.1, each flattened without spaces."""
    text = flat("\n".join(page_texts(path))).replace(" ", "")
    title = "8.パスワード・アカウント監査" if lang == "ja" else "8.Passwordandaccount"
    heading = "8.1アカウントごとの対応" if lang == "ja" else "8.1Whattodoabouteachaccount"
    end = "9.送信ドメイン認証" if lang == "ja" else "9.Senderauthentication"
    start = text.rindex(title)
    middle = text.index(heading, start)
    return text[start:middle], text[middle : text.index(end, middle)]


def test_deleted_or_disabled_accounts_are_left_out_of_8_1_and_counted_under_it(
    tmp_path: Path,
) -> None:
    # Each got a row saying nothing more was needed, with a status cell of three lines.
    case = example_case()
    inventory = case.accounts.inventory
    for address in ("tanaka@example.co.jp", "old-shop@example.co.jp"):
        account = inventory.find(address)
        assert account is not None
        inventory = inventory.with_account(replace(account, active=False))
    case.accounts.inventory = inventory
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        table, advice = _section_8(path, lang)
        # (The notes on former staff under 8.1 mention 「tanaka@」 on its own.)
        for address in ("tanaka@example.co.jp", "old-shop@example.co.jp"):
            assert address in table, (lang, address)  # still in the main table
            assert address not in advice, (lang, address)
        for address in ("recruit@", "info@", "sato@"):
            assert address in advice, (lang, address)
        if lang == "ja":
            assert "削除・停止済みです。これ以上" not in advice  # the rows' own words
            assert (
                "削除・停止済みのアカウント(2件)は、これ以上の対応は不要です。上の表に載せています。"
                in advice
            )
        else:
            assert "Nothingmoretodo" not in advice
            assert (
                "Theaccountsalreadydeletedordisabled(2)neednothingmore;theyarelistedinthetableabove."
                in advice
            )


def test_8_1_with_only_deleted_accounts_left_says_nothing_is_needed(tmp_path: Path) -> None:
    when = datetime(2026, 11, 18, 16, 10, tzinfo=JST)
    strong = VerdictSummary(acceptable=True, score=4, failed=(), evaluated_at=when)
    case = example_case()
    case.accounts.inventory = AccountInventory(
        (
            Account(
                "yamada@example.co.jp",
                status=AccountStatus.IN_SERVICE,
                owner="山田 太郎",
                verdict=strong,
            ),
            Account("old@example.co.jp", status=AccountStatus.DEPARTED, active=False),
        )
    )
    path, _ = build(case, tmp_path, lang="ja")
    _table, advice = _section_8(path, "ja")
    assert "対応が必要なアカウントはありません。" in advice
    assert "old@" not in advice
    assert "削除・停止済みのアカウント(1件)は、これ以上の対応は不要です" in advice


# --- a compact main table ------------------------------------------------------------------

HEADER_JA = "アカウント\n区分\n判定\n確認日\n変更日\n利用者・メモ"
LONG_ADDRESS = "recruitment-and-customer-support@example.co.jp"  # 46 characters


def _forty_as_imported() -> AccountInventory:
    """40 mailboxes as a control panel lists them after an audit: staff with owners, some
    notes, passwords passed, failed and not checked, former staff (some already deleted), shared
    and unknown accounts, long departmental addresses."""
    checked = datetime(2026, 11, 18, 16, 10, tzinfo=JST)
    passed = VerdictSummary(acceptable=True, score=4, failed=(), evaluated_at=checked)
    failed = VerdictSummary(
        acceptable=False, score=1, failed=("too_short", "equals_username"), evaluated_at=checked
    )
    owners = ["山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "伊藤 さくら"]
    kinds: list[dict[str, object]] = [
        {"status": AccountStatus.IN_SERVICE, "verdict": passed},
        {"status": AccountStatus.IN_SERVICE, "verdict": passed, "note": "経理担当。請求書の送受信"},
        {"status": AccountStatus.IN_SERVICE, "verdict": failed},
        {"status": AccountStatus.DEPARTED, "forward_to": "sato@example.co.jp"},
        {"status": AccountStatus.SHARED, "owner": "", "verdict": failed},
        {"status": AccountStatus.UNKNOWN, "owner": ""},
        {"status": AccountStatus.IN_SERVICE},
        {"status": AccountStatus.DEPARTED, "active": False},
    ]
    accounts = []
    for n in range(1, 41):
        fields: dict[str, object] = {"owner": owners[n % len(owners)]}
        fields.update(kinds[n % len(kinds)])
        if fields.get("verdict") is not None:
            fields["password_changed_on"] = checked.date()
        local = f"staff{n:02d}" if n % 6 else f"sales-department-{n:02d}"
        accounts.append(Account(f"{local}@example.co.jp", **fields))  # type: ignore[arg-type]
    accounts[0] = replace(accounts[0], address=LONG_ADDRESS)
    return AccountInventory(tuple(accounts))


def _forty_pdf(tmp_path: Path) -> tuple[Path, AccountInventory]:
    case = example_case()
    case.accounts.inventory = _forty_as_imported()
    path, _ = build(case, tmp_path, name="forty.pdf")
    return path, case.accounts.inventory


def _main_table_pages(path: Path) -> list[str]:
    """Per page, the text of section 8 before 8.1 (the counts, the key and the main table)."""
    texts = page_texts(path)
    first = max(i for i, t in enumerate(texts) if "8. パスワード・アカウント監査" in t)
    parts = []
    for text in texts[first:]:
        if first == texts.index(text):
            text = text[text.index("8. パスワード・アカウント監査") :]
        if "8.1 アカウントごとの対応" in text:
            parts.append(text[: text.index("8.1 アカウントごとの対応")])
            break
        parts.append(text)
    return parts


def _text_y(page: PageObject, text: str) -> float:
    """The height above the page's foot at which `text` is printed."""
    found: list[float] = []

    def visit(shown: str, cm: list[float], tm: list[float], *_args: object) -> None:
        if text in shown:  # the text matrix's origin, through the current transformation
            found.append(cm[1] * tm[4] + cm[3] * tm[5] + cm[5])

    page.extract_text(visitor_text=visit)
    assert found, text
    return found[0]


def test_40_accounts_take_at_most_3_pages_in_section_8(tmp_path: Path) -> None:
    # With a row of two or three lines each (verdicts as sentences with the time of the
    # check, a status and its "(deleted or disabled)" on lines of their own), 40 accounts made
    # section 8 four or five pages long; with a row of 8.1 per account, still four in English.
    case = example_case()
    case.accounts.inventory = _forty_as_imported()
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        texts = page_texts(path)
        title = "8. パスワード・アカウント監査" if lang == "ja" else "8. Password and account"
        next_title = "9. 送信ドメイン認証" if lang == "ja" else "9. Sender authentication"
        start = max(i for i, t in enumerate(texts) if title in t)
        end = max(i for i, t in enumerate(texts) if next_title in t)
        if texts[end].lstrip().startswith(next_title):
            end -= 1  # section 9 starts on a page of its own
        assert end - start + 1 <= 3, (lang, start + 1, end + 1)
        # 8.1 starts under the main table, not on a page of its own after half a page left
        # empty (it was moved there whole once its rows got few and tall). It may start on the
        # next page when its heading, header and first three rows (five addresses each) do
        # not fit under the table: then the table ended in the lower half of its page.
        heading = "8.1 アカウントごとの対応" if lang == "ja" else "8.1 What to do about each"
        last_row = max(i for i, t in enumerate(texts) if "\nstaff39@example.co.jp\n" in t)
        if heading not in texts[last_row]:
            assert texts[last_row + 1].lstrip().startswith(heading), lang
            page = PdfReader(path).pages[last_row]
            assert _text_y(page, "staff39@example.co.jp") < float(page.mediabox.height) / 2, lang


def test_every_address_is_printed_whole_once_in_the_main_table(tmp_path: Path) -> None:
    # Each on a line of its own, so that the vendor can search for it as printed (a 46-character
    # address was broken over two lines); nothing cut off.
    path, inventory = _forty_pdf(tmp_path)
    lines = [line.strip() for part in _main_table_pages(path) for line in part.splitlines()]
    for account in inventory.accounts:
        assert lines.count(account.address) == 1, account.address


def test_the_key_explains_every_symbol_the_main_table_uses(tmp_path: Path) -> None:
    path, _ = _forty_pdf(tmp_path)
    text = "\n".join(_main_table_pages(path))
    key_start = text.index("記号:")
    key = re.sub(r"\s+", "", text[key_start : text.index(HEADER_JA, key_start)])
    table = text[text.index(HEADER_JA, key_start) :]
    symbols = {"○", "×", "－", "※"}
    used = {s for s in symbols if s in table}
    assert used == symbols  # the case shows each of them: the test would be empty otherwise
    for symbol in used:
        # The symbol in the key, followed by words saying what it means.
        explained = re.search(re.escape(symbol) + r"(不要)?:?[ぁ-ヿ一-鿿]{2,}", key)
        assert explained is not None, (symbol, key)
    assert "－不要:削除・停止するアカウントのため確認しない" in key
    assert "※:削除・停止済み" in key
    # Dates are month/day: the key names their year.
    assert "日付は2026年の月/日" in key
    assert re.search(r"\n11/18\n", table)


def test_the_main_table_header_is_repeated_on_every_page(tmp_path: Path) -> None:
    path, inventory = _forty_pdf(tmp_path)
    pages = [p for p in _main_table_pages(path) if any(a.address in p for a in inventory.accounts)]
    assert len(pages) >= 2  # the table runs over a page end
    for page in pages:
        first_row = min(page.index(a.address) for a in inventory.accounts if a.address in page)
        assert HEADER_JA in page[:first_row], page[:300]


def test_dates_of_different_years_are_printed_in_full(tmp_path: Path) -> None:
    # Month/day only when every date of the table is in one year, which the key then names.
    case = example_case()
    inventory = case.accounts.inventory
    yamada = inventory.find("yamada@example.co.jp")
    assert yamada is not None
    case.accounts.inventory = inventory.with_account(
        replace(yamada, password_changed_on=date(2025, 12, 24))
    )
    path, _ = build(case, tmp_path)
    text = "\n".join(_main_table_pages(path))
    assert "\n2025-12-24\n" in text and "\n2026-11-16\n" in text
    assert "日付は" not in text and "\n11/16\n" not in text


# --- 8.1: one row per distinct advice ------------------------------------------------------


def _advice_lines(path: Path, lang: str) -> list[str]:
    """The lines of 8.1, from its heading to section 9."""
    text = "\n".join(page_texts(path))
    heading = "8.1 アカウントごとの対応" if lang == "ja" else "8.1 What to do about each account"
    end = "9. 送信ドメイン認証" if lang == "ja" else "9. Sender authentication"
    start = text.rindex(heading)
    return [line.strip() for line in text[start : text.index(end, start)].splitlines()]


def _row_advice(account: Account) -> tuple[Msg, ...]:
    """What 8.1 says for `account`: every advice page 3 shows, without the address."""
    return recommendations(account, short=True)


def test_8_1_says_each_advice_once_and_lists_every_address_it_is_for(tmp_path: Path) -> None:
    # One row per account repeated the same advice word for word: five unknown accounts, five
    # former staff, weak passwords differing only by the rules they broke.
    case = example_case()
    case.accounts.inventory = _forty_as_imported()
    active = [a for a in case.accounts.inventory.accounts if a.active and recommendations(a)]
    rows = {_row_advice(a) for a in active}
    assert len(rows) == 5 and len(active) == 25  # the case has rows to group
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        lines = _advice_lines(path, lang)
        squeezed = "".join(lines).replace(" ", "")
        for message in {m for row in rows for m in row}:
            words = message.render(lang).replace(" ", "")
            expected = sum(message in row for row in rows)
            assert squeezed.count(words) == expected, (lang, message.source)
        # The shared addresses' weak passwords: after "personal accounts" and the rules for
        # a shared account, "change it".
        shared = [m.render(lang).replace(" ", "") for m in (SHORT_SHARED_PERSONAL, SHORT_WEAK)]
        assert squeezed.index(shared[0]) < squeezed.index(shared[1]), lang
        # Each address on a line of its own, once, so that it can be found and ticked off.
        for account in case.accounts.inventory.accounts:
            expected = 1 if account in active else 0
            assert lines.count(account.address) == expected, (lang, account.address)


def test_a_weak_password_s_rules_stay_under_its_own_address(tmp_path: Path) -> None:
    # sato@ and yamada@ get the same advice for different rules; recruit@ shares its advice
    # with info@, whose password passed.
    case = example_case()
    inventory = case.accounts.inventory
    yamada = inventory.find("yamada@example.co.jp")
    assert yamada is not None
    weak = VerdictSummary(False, 1, ("equals_username",), datetime(2026, 11, 18, tzinfo=JST))
    case.accounts.inventory = inventory.with_account(replace(yamada, verdict=weak))
    weak_ones = [a for a in case.accounts.inventory.accounts if a.weak]
    assert len(weak_ones) == 3
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        lines = _advice_lines(path, lang)
        squeezed = "".join(lines).replace(" ", "")
        for account in weak_ones:
            assert account.verdict is not None
            rules = SEP.render(lang).join(rule_name(c).render(lang) for c in account.verdict.failed)
            expected = BROKEN_RULES.with_args(rules=rules).render(lang).replace(" ", "")
            below = lines.index(account.address) + 1
            if account.address == "recruit@example.co.jp":
                # Alone in its row: the rules follow the advice, before the next address.
                others = {a.address for a in case.accounts.inventory.accounts} - {account.address}
                end = next(i for i in range(below, len(lines)) if lines[i] in others)
                row = "".join(lines[below:end]).replace(" ", "")
                assert row.endswith(expected), (lang, account.address, lines[below:end])
                continue
            # The rules wrap over up to three lines under the address.
            assert "".join(lines[below : below + 3]).replace(" ", "").startswith(expected), (
                lang,
                account.address,
                lines[below : below + 3],
            )
        # sato@ and yamada@ share one row; recruit@ (shared, weak) is told to change its
        # password too, so it no longer shares info@'s row (shared, passed).
        assert squeezed.count(SHORT_WEAK.render(lang).replace(" ", "")) == 2, lang
        assert squeezed.count(SHORT_SHARED_PERSONAL.render(lang).replace(" ", "")) == 2, lang


def _row_of(lines: list[str], account: Account, lang: str) -> list[str]:
    """The advice cell of `account`'s row in 8.1: the lines after the row's status word, up
    to the next row's first address (or the end of 8.1)."""
    status = STATUS_LABELS[account.status].render(lang)
    start = next(i for i in range(lines.index(account.address), len(lines)) if lines[i] == status)
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].endswith("@example.co.jp")),
        len(lines),
    )
    return lines[start + 1 : end]


def test_8_1_gives_each_account_every_advice_page_3_shows(tmp_path: Path) -> None:
    # Only the first advice and the password's were printed: the vendor never read that a
    # former employee's mail should go to the successor (sato@), nor a shared account's
    # minimum rules and the missing person responsible, which page 3 told the owner.
    for inventory in (example_case().accounts.inventory, _forty_as_imported()):
        case = example_case()
        case.accounts.inventory = inventory
        listed = [a for a in inventory.accounts if a.active and recommendations(a)]
        shown = {m.source for a in listed for m in recommendations(a, short=True)}
        # Every kind of advice an active account can get is in the case.
        assert {SHORT_DEPARTED_FORWARD.source, SHORT_SHARED_OWNER.source} <= shown
        assert {REC_DEPARTED_ACTIVE.source, REC_SHARED_MINIMUM.source} <= shown
        for lang in ("ja", "en"):
            path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
            lines = _advice_lines(path, lang)
            for account in listed:
                cell = _row_of(lines, account, lang)
                row = "".join(cell).replace(" ", "")
                # Page 3's advice is the same list in full sentences naming the address.
                advice = recommendations(account, short=True)
                assert len(advice) == len(recommendations(account))
                for message in advice:
                    words = message.render(lang).replace(" ", "")
                    assert words in row, (lang, account.address, message.source, row)
                if len(advice) > 1:  # one bullet each, as on page 3
                    bullet = "・" if lang == "ja" else "•"
                    assert sum(line.startswith(bullet) for line in cell) == len(advice), cell


def test_in_english_the_owners_and_notes_get_the_room_a_split_address_does_not_need(
    tmp_path: Path,
) -> None:
    # The 46-character address is split over two lines in English either way; its column
    # stayed 5 mm wider than the other addresses need, and each 「owner / note」 took four
    # lines of three or four characters.
    case = example_case()
    case.accounts.inventory = _forty_as_imported()
    path, _ = build(case, tmp_path, name="en.pdf", lang="en")
    text = "\n".join(page_texts(path))
    table = text[text.rindex("8. Password and account") : text.rindex("8.1 What to do")]
    lines = [line.strip() for line in table.splitlines()]
    noted = [a for a in case.accounts.inventory.accounts if a.note]
    assert len(noted) == 5
    for account in noted:
        # The row's cells in order: address (one or two lines), status, check, two dates,
        # then the owner and note up to the next row's address.
        start = next(
            i
            for i, line in enumerate(lines)
            if account.address in (line, line + lines[i + 1])  # whole or split in two
        )
        owner_start = next(i for i in range(start, start + 6) if lines[i] == "11/18") + 2
        owner_end = next(
            i for i in range(owner_start, len(lines)) if lines[i].endswith("@example.co.jp")
        )
        owner = lines[owner_start:owner_end]
        assert "".join(owner).replace(" ", "") == f"{account.owner}/{account.note}".replace(
            " ", ""
        ), owner
        assert len(owner) <= 3, (account.address, owner)


def test_every_page_of_8_1_shows_the_advice_next_to_the_addresses_it_lists(
    tmp_path: Path,
) -> None:
    # 100 addresses nobody can place make one advice's row taller than a page: split inside,
    # its next page listed addresses next to an empty advice cell.
    case = example_case()
    case.accounts.inventory = AccountInventory(
        tuple(
            Account(f"old{n:03d}@example.co.jp", status=AccountStatus.UNKNOWN) for n in range(100)
        )
    )
    path, _ = build(case, tmp_path)
    texts = page_texts(path)
    start = max(i for i, t in enumerate(texts) if "8.1 アカウントごとの対応" in t)
    end = max(i for i, t in enumerate(texts) if "9. 送信ドメイン認証" in t)
    pages = [flat(t).split("9. 送信ドメイン認証")[0] for t in texts[start : end + 1]]
    # (The heading is not left alone at the foot of a page: 8.1 starts with its rows.)
    assert "old000@example.co.jp" in pages[0]
    assert len(pages) >= 2
    advice = SHORT_UNKNOWN.render("ja")
    for page in pages:
        assert advice in page, page[:200]
    listed = "".join(pages)
    for n in range(100):
        assert listed.count(f"old{n:03d}@example.co.jp") == 1


def test_an_account_without_a_named_user_takes_one_line_in_either_language(
    tmp_path: Path,
) -> None:
    # In English, "(nobody named)" wrapped onto a second line in the narrow owner column of
    # the 40-account table; a mark explained in the key fits however narrow it gets.
    case = example_case()
    case.accounts.inventory = _forty_as_imported()
    nameless = [a for a in case.accounts.inventory.accounts if a.active and not a.owner]
    assert len(nameless) == 10
    for lang, blank, head, end in (
        ("en", "—", "8. Password and account", "8.1 What to do"),
        ("ja", "(未入力)", "8. パスワード・アカウント監査", "8.1 アカウントごとの対応"),
    ):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        text = "\n".join(page_texts(path))
        table = text[text.rindex(head) : text.rindex(end)]
        lines = [line.strip() for line in table.splitlines()]
        for account in nameless:
            row = lines.index(account.address)
            # address, status, check, two dates, then the owner cell up to the next row (an
            # address) or the page's footer.
            cell = []
            for line in lines[row + 5 :]:
                if line.endswith("@example.co.jp") or line.startswith(("Created", "作成")):
                    break
                cell.append(line)
            assert cell == [blank], (lang, account.address, cell)
        key = re.sub(r"\s+", " ", table[: table.index(lines[lines.index(nameless[0].address)])])
        if lang == "en":
            assert "—: nobody named as its user" in key
        else:
            # 「(未入力)」 says what it means: the Japanese key has no entry for it.
            assert "利用者の名前" not in key
