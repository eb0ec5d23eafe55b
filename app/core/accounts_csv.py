"""Import a host control panel's account list (CSV) and export the inventory for Excel.

Control panels export in different ways: UTF-8 with or without a byte-order mark, Shift_JIS
(cp932), sometimes UTF-16 with tabs (Excel's "Unicode text"); headers in Japanese or English;
the full address in one column, or the account and the domain in two. `import_csv` copes with
all of these, keeps every good row, and reports each bad one with its line number. It never
repeats a cell's content in a message (a column it misreads could hold a password), and it
ignores any password column outright: passwords are never kept.

`export_csv` writes UTF-8 with a byte-order mark and CRLF, which Excel in Japan opens
correctly, and re-imports to the same accounts.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum

from app.core.accounts import (
    STATUS_LABELS,
    Account,
    AccountInventory,
    AccountStatus,
    VerdictSummary,
    parse_address,
)
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg, current_language

MAX_BYTES = 5_000_000
MAX_ROWS = 10_000
MAX_TEXT = 500  # characters kept of an owner name or note

# --- messages ------------------------------------------------------------------------------

TOO_BIG = QT_TRANSLATE_NOOP(
    "accounts",
    "The file is too large to be an account list (more than {limit} MB). Choose the CSV file "
    "exported from the control panel.",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "accounts", "The file has more than {limit} rows; only the first {limit} were read."
)
EMPTY_FILE = QT_TRANSLATE_NOOP("accounts", "The file is empty.")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "accounts",
    "This does not look like a CSV file (it contains binary data). Choose the CSV file "
    "exported from the control panel.",
)
NO_ADDRESS_COLUMN = QT_TRANSLATE_NOOP(
    "accounts",
    "No column with mail addresses was found. The first row should contain headings such as "
    "“メールアドレス” or “Email”.",
)
BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "accounts",
    "Some characters could not be read and were replaced by “�”. Please check the owner names.",
)
PASSWORD_COLUMN = QT_TRANSLATE_NOOP(
    "accounts",
    "This file contains a password column. Mail Mamori ignored it and kept no passwords. "
    "Delete the file, or keep it somewhere only you can open.",
)
NO_HEADER = QT_TRANSLATE_NOOP(
    "accounts",
    "The file has no heading row, so only the mail addresses were imported. Please add owners "
    "and statuses by hand.",
)
OWNER_FROM_NOTE = QT_TRANSLATE_NOOP(
    "accounts",
    "The file has no column for who uses each account, so its “{heading}” column was read as "
    "the user's name. Please check the names in the list.",
)
DEPARTED_FROM_TEXT = QT_TRANSLATE_NOOP(
    "accounts",
    "Accounts marked as former staff because their name or comment mentions leaving "
    "(such as 退職): {count}. Please check them.",
)
ROW_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "accounts", "Line {line}: no valid mail address, so this row was skipped."
)
ROW_NO_DOMAIN = QT_TRANSLATE_NOOP(
    "accounts",
    "Line {line}: the account has no domain (the part after @), so this row was skipped.",
)
ROW_MISSING_AT = QT_TRANSLATE_NOOP(
    "accounts",
    "Line {line}: “{value}” looks like a mail address without its @, so this row was "
    "skipped. If it is {address}, correct it in the file and import it again.",
)
ROW_NO_MAILBOX = QT_TRANSLATE_NOOP(
    "accounts",
    "Line {line}: only the domain is given; the mailbox name (the part before @, such as info) "
    "is missing, so this row was skipped. Add it in the file and import it again.",
)
ROW_DUPLICATE = QT_TRANSLATE_NOOP(
    "accounts", "Line {line}: {address} already appeared on line {first}; this row was skipped."
)
ROW_BAD_STATUS = QT_TRANSLATE_NOOP(
    "accounts", "Line {line}: the status was not understood and was set to “Unknown”."
)
ROW_BAD_ACTIVE = QT_TRANSLATE_NOOP(
    "accounts", "Line {line}: whether the account is enabled was not understood; assumed enabled."
)
ROW_BAD_DATE = QT_TRANSLATE_NOOP(
    "accounts",
    "Line {line}: the password change date was not understood (use a form like 2025/01/31) and "
    "was left empty.",
)
ROW_BAD_FORWARD = QT_TRANSLATE_NOOP(
    "accounts", "Line {line}: the forwarding address is not a mail address and was left empty."
)
ROW_BAD_VERDICT = QT_TRANSLATE_NOOP(
    "accounts", "Line {line}: the previous check result was not understood and was left empty."
)
ROW_UNREADABLE = QT_TRANSLATE_NOOP(
    "accounts", "Line {line}: this row could not be read (broken quotes?) and was skipped."
)

# Export headings (also recognised on import, in both languages).
HEADINGS = {
    "address": QT_TRANSLATE_NOOP("accounts", "Mail address"),
    "owner": QT_TRANSLATE_NOOP("accounts", "Owner"),
    "status": QT_TRANSLATE_NOOP("accounts", "Status"),
    "active": QT_TRANSLATE_NOOP("accounts", "Account enabled"),
    "changed": QT_TRANSLATE_NOOP("accounts", "Password changed on"),
    "forward": QT_TRANSLATE_NOOP("accounts", "Forward to"),
    "acceptable": QT_TRANSLATE_NOOP("accounts", "Check result"),
    "score": QT_TRANSLATE_NOOP("accounts", "Strength (0-4)"),
    "failed": QT_TRANSLATE_NOOP("accounts", "Failed rules"),
    "evaluated_at": QT_TRANSLATE_NOOP("accounts", "Checked at"),
    "note": QT_TRANSLATE_NOOP("accounts", "Note"),
}
ENABLED = QT_TRANSLATE_NOOP("accounts", "Enabled")
DISABLED = QT_TRANSLATE_NOOP("accounts", "Disabled")
PASSED = QT_TRANSLATE_NOOP("accounts", "Passed")
FAILED = QT_TRANSLATE_NOOP("accounts", "Failed")


@dataclass(frozen=True)
class CsvProblem:
    """One row that was skipped or partly read; `message` already names the line."""

    line: int
    message: Msg


@dataclass(frozen=True)
class CsvImport:
    """The result of `import_csv`: the good rows, and what went wrong with the others."""

    accounts: tuple[Account, ...]
    problems: tuple[CsvProblem, ...]
    # About the file as a whole (no heading row, a password column ignored, ...).
    notices: tuple[Msg, ...]
    encoding: str
    rows_read: int

    @property
    def inventory(self) -> AccountInventory:
        """The imported accounts as an inventory."""
        return AccountInventory(self.accounts)


class _Field(StrEnum):
    ADDRESS = "address"  # full address (or, rarely, just the part before @)
    ACCOUNT = "account"  # account name: a full address or the part before @
    DOMAIN = "domain"
    OWNER = "owner"
    STATUS = "status"
    ACTIVE = "active"
    CHANGED = "changed"
    FORWARD = "forward"
    NOTE = "note"
    ACCEPTABLE = "acceptable"
    SCORE = "score"
    FAILED = "failed"
    EVALUATED_AT = "evaluated_at"
    PASSWORD = "password"  # recognised only to be ignored


# Headings seen in Japanese and English control panels, normalised (see `_key`).
_HEADER_WORDS: dict[_Field, tuple[str, ...]] = {
    _Field.ADDRESS: (
        "メールアドレス", "eメールアドレス", "emailアドレス", "アドレス", "メール", "email",
        "mail", "mailaddress", "emailaddress", "address", "userprincipalname", "primaryemail",
    ),
    _Field.ACCOUNT: (
        "メールアカウント", "アカウント", "アカウント名", "ユーザー名", "ユーザ名", "ユーザーid",
        "ユーザid", "ログインid", "account", "accountname", "user", "username", "login",
        "loginid", "userid",
    ),
    _Field.DOMAIN: ("ドメイン", "ドメイン名", "domain", "domainname"),
    _Field.OWNER: (
        "所有者", "氏名", "名前", "利用者", "使用者", "担当者", "担当", "表示名", "部署氏名",
        "owner", "name", "fullname", "displayname", "person",
    ),
    _Field.STATUS: ("状態", "ステータス", "在籍", "在籍状況", "区分", "status", "state"),
    _Field.ACTIVE: (
        "有効", "有効無効", "アカウントの有効無効", "利用状態", "enabled", "active",
        "accountenabled",
    ),
    _Field.CHANGED: (
        "パスワード変更日", "パスワード最終変更日", "パスワード更新日", "変更日", "最終変更日",
        "passwordchanged", "passwordchangedon", "passwordlastchanged", "lastpasswordchange",
        "changedon", "lastchanged",
    ),
    _Field.FORWARD: ("転送先", "転送", "転送先アドレス", "forward", "forwardto", "forwarding"),
    _Field.NOTE: ("メモ", "備考", "コメント", "note", "notes", "memo", "comment", "comments"),
    _Field.ACCEPTABLE: ("判定", "判定結果", "チェック結果", "checkresult", "result"),
    _Field.SCORE: ("強度", "強度04", "スコア", "score", "strength", "strength04"),
    _Field.FAILED: ("不合格の理由", "不合格ルール", "failedrules", "failed"),
    _Field.EVALUATED_AT: ("判定日時", "チェック日時", "checkedat", "evaluatedat"),
}  # fmt: skip
_FIELD_OF_HEADING: dict[str, _Field] = {
    word: field_ for field_, words in _HEADER_WORDS.items() for word in words
}
_PASSWORD_WORDS = ("パスワード", "password", "passwd", "暗証番号")
_DATE_WORDS = ("日", "date", "changed", "変更", "更新")

_STATUS_WORDS: dict[AccountStatus, tuple[str, ...]] = {
    AccountStatus.IN_SERVICE: (
        "在籍", "在職", "在籍中", "在職中", "社員", "従業員", "現役", "利用中", "使用中",
        "inservice", "employee", "staff", "current",
    ),
    AccountStatus.DEPARTED: (
        "退職", "退職済", "退職済み", "退職者", "退社", "退社済み", "離職", "departed", "left",
        "former", "resigned", "retired",
    ),
    AccountStatus.SHARED: (
        "共有", "共用", "代表", "部署", "shared", "common", "group", "role",
    ),
    AccountStatus.UNKNOWN: ("不明", "unknown", "-", "?", "？"),
}  # fmt: skip
_ACTIVE_WORDS = {
    True: ("有効", "利用可", "利用可能", "enabled", "active", "on", "yes", "true", "○", "◯", "1"),
    False: (
        "無効", "停止", "利用停止", "停止中", "削除", "削除済", "削除済み", "disabled",
        "inactive", "suspended", "deleted", "off", "no", "false", "×", "x", "0",
    ),
}  # fmt: skip
_VERDICT_WORDS = {
    True: ("合格", "ok", "passed", "pass", "true", "yes", "○"),
    False: ("不合格", "ng", "failed", "fail", "false", "no", "×"),
}


def _key(text: str) -> str:
    """Heading/value normalised for look-up: NFKC, lower case, no spaces or punctuation."""
    text = unicodedata.normalize("NFKC", text).lower().strip()
    return re.sub(r"[\s_\-.・/()\[\]（）「」:：*＊]+", "", text)


def _localised_headings() -> dict[str, _Field]:
    """The export headings as rendered in every language, so exports always re-import."""
    out: dict[str, _Field] = {}
    for name, message in HEADINGS.items():
        for lang in ("ja", "en"):
            out[_key(message.render(lang))] = _Field(name)
    return out


# --- import --------------------------------------------------------------------------------


def import_csv(data: bytes, default_domain: str = "") -> CsvImport:
    """Read a control panel's account list. Raises `InputError` only when nothing can be read.

    `default_domain` completes account names without `@domain` when the file has no domain
    column (some panels list only the part before @).
    """
    if len(data) > MAX_BYTES:
        raise InputError(TOO_BIG.with_args(limit=MAX_BYTES // 1_000_000))
    text, encoding, lossy = _decode(data)
    if not text.strip():
        raise InputError(EMPTY_FILE)
    nuls = text.count("\x00")
    if nuls * 20 > len(text):
        raise InputError(NOT_TEXT)  # a binary file (or UTF-16 without its byte-order mark)
    if nuls:
        text = text.replace("\x00", "")  # a stray NUL in one cell must not lose the file
        lossy = True
    notices: list[Msg] = [BAD_CHARACTERS] if lossy else []
    rows = list(_rows(text, _delimiter(text)))
    problems: list[CsvProblem] = []
    if len(rows) > MAX_ROWS + 1:
        rows = rows[: MAX_ROWS + 1]
        notices.append(TOO_MANY_ROWS.with_args(limit=MAX_ROWS))

    header_index, columns, has_password = _find_header(rows)
    if has_password:
        notices.append(PASSWORD_COLUMN)
    if header_index is None:
        headerless = _headerless_columns(rows)
        if headerless is None:
            raise InputError(NO_ADDRESS_COLUMN)
        columns = headerless
        notices.append(NO_HEADER)
        body = rows
    else:
        body = rows[header_index + 1 :]
    if _Field.ADDRESS not in columns and _Field.ACCOUNT not in columns:
        raise InputError(NO_ADDRESS_COLUMN)
    if header_index is not None and _Field.OWNER not in columns and _Field.NOTE in columns:
        # Xserver's and other panels' only free-text field is a comment, and that is where
        # owners write who uses the mailbox (「山田 太郎」「田中（退職済み）」): left as a note,
        # 30 imported rows showed no user at all and had to be edited one by one.
        column = columns.pop(_Field.NOTE)
        columns[_Field.OWNER] = column
        heading_cells = rows[header_index][1] or []
        notices.append(OWNER_FROM_NOTE.with_args(heading=heading_cells[column].strip()))

    accounts: list[Account] = []
    departed_from_text = 0
    first_line: dict[str, int] = {}
    default = default_domain.strip().lstrip("@")
    for line, cells in body:
        if cells is None:
            problems.append(CsvProblem(line, ROW_UNREADABLE.with_args(line=line)))
            continue
        if not any(c.strip() for c in cells):
            continue
        account = _account(line, cells, columns, default, problems)
        if account is None:
            continue
        if account.status is AccountStatus.UNKNOWN and _mentions_leaving(
            account.owner + "\n" + account.note
        ):
            # The file has no status (or none that could be read), but says the person left:
            # a forgotten former employee's mailbox is exactly what this step is to find.
            account = replace(account, status=AccountStatus.DEPARTED)
            departed_from_text += 1
        if account.address in first_line:
            first = first_line[account.address]
            problems.append(
                CsvProblem(
                    line,
                    ROW_DUPLICATE.with_args(line=line, address=account.address, first=first),
                )
            )
            continue
        first_line[account.address] = line
        accounts.append(account)
    if departed_from_text:
        notices.append(DEPARTED_FROM_TEXT.with_args(count=departed_from_text))
    return CsvImport(
        accounts=tuple(accounts),
        problems=tuple(problems),
        notices=tuple(notices),
        encoding=encoding,
        rows_read=sum(1 for _, cells in body if cells is None or any(c.strip() for c in cells)),
    )


def _decode(data: bytes) -> tuple[str, str, bool]:
    """(text, encoding name, whether characters had to be replaced)."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name, False
            except UnicodeDecodeError:
                return data.decode(name, errors="replace"), name, True
    for name in ("utf-8", "cp932"):
        try:
            return data.decode(name), name, False
        except UnicodeDecodeError:
            continue
    # Neither decodes cleanly: a Japanese panel's export with a few broken bytes is likelier
    # than anything else; keep what can be read and say so.
    return data.decode("cp932", errors="replace"), "cp932", True


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | None]]:
    """(first physical line of the record, cells or None if the record was unreadable)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous = 0
    while True:
        start = previous + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            # The reader resumes at the next line after an error.
            previous = reader.line_num
            yield start, None
            continue
        previous = reader.line_num
        yield start, [_unescape(c) for c in cells]


def _find_header(
    rows: Sequence[tuple[int, list[str] | None]],
) -> tuple[int | None, dict[_Field, int], bool]:
    """(index of the heading row, column of each field, whether a password column exists)."""
    localised = _localised_headings()
    for index, (_, cells) in enumerate(rows[:10]):
        if not cells or not any(c.strip() for c in cells):
            continue
        columns: dict[_Field, int] = {}
        has_password = False
        for column, cell in enumerate(cells):
            key = _key(cell)
            if not key:
                continue
            field_ = localised.get(key) or _FIELD_OF_HEADING.get(key)
            if field_ is None and any(w in key for w in _PASSWORD_WORDS):
                dated = any(w in key for w in _DATE_WORDS)
                field_ = _Field.CHANGED if dated else _Field.PASSWORD
            if field_ is None:
                continue
            if field_ is _Field.PASSWORD:
                has_password = True
            elif field_ not in columns:
                columns[field_] = column
        if columns:
            return index, columns, has_password
        return None, {}, False  # the first non-empty row is data, not headings
    return None, {}, False


def _headerless_columns(rows: Sequence[tuple[int, list[str] | None]]) -> dict[_Field, int] | None:
    """Without headings only an address column is trusted (another could hold passwords)."""
    for _, cells in rows[:10]:
        if not cells:
            continue
        for column, cell in enumerate(cells):
            if "@" in cell and _try_address(cell):
                return {_Field.ADDRESS: column}
        return None
    return None


def _account(
    line: int,
    cells: list[str],
    columns: dict[_Field, int],
    default_domain: str,
    problems: list[CsvProblem],
) -> Account | None:
    def cell(field_: _Field) -> str:
        column = columns.get(field_)
        return cells[column].strip() if column is not None and column < len(cells) else ""

    raw = cell(_Field.ADDRESS) or cell(_Field.ACCOUNT)
    domain = (cell(_Field.DOMAIN) or default_domain).lstrip("@＠")
    if _only_domain(raw, domain):
        # 「example.co.jp」 (or 「@example.co.jp」) became the mailbox
        # example.co.jp@example.co.jp; the cell itself is not shown, as a shifted row's cell
        # could hold a password.
        problems.append(CsvProblem(line, ROW_NO_MAILBOX.with_args(line=line)))
        return None
    if raw and "@" not in unicodedata.normalize("NFKC", raw):
        if not domain:
            # An account column may legitimately hold only the part before @; an address
            # column without @ is simply not an address.
            bare_account = not cell(_Field.ADDRESS)
            message = ROW_NO_DOMAIN if bare_account else ROW_NO_ADDRESS
            problems.append(CsvProblem(line, message.with_args(line=line)))
            return None
        folded = unicodedata.normalize("NFKC", raw).lower()
        own = unicodedata.normalize("NFKC", domain).lower()
        local = folded[: -len(own)].rstrip(".") if folded.endswith(own) else ""
        if local:
            # 「yamada.example.co.jp」 (the @ typed as a dot, or left out) became the mailbox
            # yamada.example.co.jp@example.co.jp without a word, and yamada@ stayed unlisted.
            # The cell ends with the domain, so it is an address, never a password shown here.
            suggestion = f"{local}@{domain}"
            problems.append(
                CsvProblem(line, ROW_MISSING_AT.with_args(line=line, value=raw, address=suggestion))
            )
            return None
        raw = f"{raw}@{domain}"
    address = _try_address(raw)
    if address is None:
        problems.append(CsvProblem(line, ROW_NO_ADDRESS.with_args(line=line)))
        return None

    status = AccountStatus.UNKNOWN
    active = True
    status_text = cell(_Field.STATUS)
    if status_text:
        parsed_status = _lookup(status_text, _STATUS_WORDS, _status_labels())
        parsed_active = _lookup_bool(status_text, _ACTIVE_WORDS, (ENABLED, DISABLED))
        if parsed_status is not None:
            status = parsed_status
        elif parsed_active is not None:
            active = parsed_active  # a panel's 状態 column that says 有効/無効
        else:
            problems.append(CsvProblem(line, ROW_BAD_STATUS.with_args(line=line)))
    active_text = cell(_Field.ACTIVE)
    if active_text:
        parsed = _lookup_bool(active_text, _ACTIVE_WORDS, (ENABLED, DISABLED))
        if parsed is None:
            problems.append(CsvProblem(line, ROW_BAD_ACTIVE.with_args(line=line)))
        else:
            active = parsed

    changed = None
    changed_text = cell(_Field.CHANGED)
    if changed_text:
        changed = _parse_date(changed_text)
        if changed is None:
            problems.append(CsvProblem(line, ROW_BAD_DATE.with_args(line=line)))

    forward = ""
    forward_text = cell(_Field.FORWARD)
    if forward_text:
        forward = _try_address(forward_text) or ""
        if not forward:
            problems.append(CsvProblem(line, ROW_BAD_FORWARD.with_args(line=line)))

    verdict, verdict_ok = _verdict(
        cell(_Field.ACCEPTABLE), cell(_Field.SCORE), cell(_Field.FAILED), cell(_Field.EVALUATED_AT)
    )
    if not verdict_ok:
        problems.append(CsvProblem(line, ROW_BAD_VERDICT.with_args(line=line)))

    return Account(
        address=address,
        owner=_clean_text(cell(_Field.OWNER)),
        status=status,
        active=active,
        password_changed_on=changed,
        verdict=verdict,
        forward_to=forward,
        note=_clean_text(cell(_Field.NOTE), multiline=True),
    )


_LEAVING = re.compile(
    r"(?:退職|退社|離職)(?!予定)|元社員|元従業員|departed|resigned|former (?:staff|employee)", re.I
)


def _mentions_leaving(text: str) -> bool:
    """Whether an owner name or comment says the person left (「田中（退職済み）」)."""
    return bool(_LEAVING.search(unicodedata.normalize("NFKC", text)))


def _only_domain(text: str, domain: str) -> bool:
    """Whether an address cell holds a domain and no mailbox name (「@example.co.jp」)."""
    folded = unicodedata.normalize("NFKC", text).strip().lower().rstrip(".")
    if folded.startswith("@"):
        rest = folded.lstrip("@").strip()
        return bool(rest) and _try_address(f"info@{rest}") is not None
    own = unicodedata.normalize("NFKC", domain).strip().lower().rstrip(".")
    return bool(own) and folded == own


def _try_address(text: str) -> str | None:
    try:
        return parse_address(text)
    except InputError:
        return None


def _clean_text(text: str, multiline: bool = False) -> str:
    """Printable text (line breaks kept in notes), at most MAX_TEXT characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    keep = {" ", "\n"} if multiline else {" "}
    text = "".join(ch for ch in text if ch.isprintable() or ch in keep)
    return text.strip()[:MAX_TEXT]


def _status_labels() -> dict[AccountStatus, tuple[str, ...]]:
    return {s: (m.render("ja"), m.render("en")) for s, m in STATUS_LABELS.items()}


def _lookup(
    text: str,
    words: dict[AccountStatus, tuple[str, ...]],
    labels: dict[AccountStatus, tuple[str, ...]],
) -> AccountStatus | None:
    key = _key(text)
    for status, options in words.items():
        if key in options or key in {_key(o) for o in labels.get(status, ())}:
            return status
    return None


def _lookup_bool(
    text: str, words: Mapping[bool, tuple[str, ...]], labels: tuple[Msg, Msg]
) -> bool | None:
    key = _key(text)
    for value, label in ((True, labels[0]), (False, labels[1])):
        rendered = {_key(label.render("ja")), _key(label.render("en"))}
        if key in words[value] or key in rendered:
            return value
    return None


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def _parse_date(text: str) -> date | None:
    """2025-01-31, 2025/1/31, 2025.01.31, 2025年1月31日, 20250131 (a time after it is ignored)."""
    text = unicodedata.normalize("NFKC", text).strip()
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _verdict(
    acceptable_text: str, score_text: str, failed_text: str, at_text: str
) -> tuple[VerdictSummary | None, bool]:
    """(the previous check from an exported file, whether the columns made sense)."""
    if not acceptable_text:
        return None, not (score_text or failed_text or at_text)
    acceptable = _lookup_bool(acceptable_text, _VERDICT_WORDS, (PASSED, FAILED))
    try:
        score = int(unicodedata.normalize("NFKC", score_text or "0"))
    except ValueError:
        return None, False
    failed = tuple(failed_text.split())
    at = _parse_datetime(at_text) if at_text else datetime.now(UTC)
    if (
        acceptable is None
        or not 0 <= score <= 4
        or at is None
        or not all(re.fullmatch(r"[a-z_]{1,40}", code) for code in failed)
    ):
        return None, False
    return VerdictSummary(acceptable=acceptable, score=score, failed=failed, evaluated_at=at), True


def _parse_datetime(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(unicodedata.normalize("NFKC", text).strip())
    except ValueError:
        return None
    # A time without a zone (edited by hand in Excel) is taken as UTC rather than rejected.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# --- export --------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape(value: str) -> str:
    """Stop Excel from running a cell as a formula (owner names come from outside)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _unescape(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_START) else value


def export_csv(inventory: AccountInventory, lang: str | None = None) -> bytes:
    """The inventory as CSV for Excel: UTF-8 with BOM, CRLF, headings in `lang`.

    Contains check results (pass/fail, score, failed rule codes), never passwords.
    """
    lang = lang or current_language()
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([message.render(lang) for message in HEADINGS.values()])
    for account in inventory.accounts:
        verdict = account.verdict
        row = {
            "address": account.address,
            "owner": account.owner,
            "status": STATUS_LABELS[account.status].render(lang),
            "active": (ENABLED if account.active else DISABLED).render(lang),
            "changed": account.password_changed_on.isoformat()
            if account.password_changed_on
            else "",
            "forward": account.forward_to,
            "acceptable": (PASSED if verdict.acceptable else FAILED).render(lang)
            if verdict
            else "",
            "score": str(verdict.score) if verdict else "",
            "failed": " ".join(verdict.failed) if verdict else "",
            "evaluated_at": verdict.evaluated_at.isoformat(timespec="seconds") if verdict else "",
            "note": account.note,
        }
        writer.writerow([_escape(row[name]) for name in HEADINGS])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")
