"""The account inventory of the example case (株式会社やまだ商店, example.co.jp).

Six mailboxes as a small shop really has them after an audit: the hijacked shared info@ (now
with a strong password), two staff accounts (one changed to a password that is still too short),
a departed employee's account that still works, a shared recruit@ nobody is responsible for
(its password is its own user name, as info@'s was), and an old address nobody can place.
Verdict summaries only: the example, like every case, contains no password.
"""

from __future__ import annotations

from datetime import date, datetime

from app.core.accounts import (
    Account,
    AccountInventory,
    AccountsSection,
    AccountStatus,
    VerdictSummary,
)
from app.core.normalize import JST


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=JST)


def example_accounts_section() -> AccountsSection:
    """Page 3's section of the example case."""
    changed = date(2026, 11, 16)
    accounts = (
        Account(
            address="info@example.co.jp",
            owner="山田 太郎",
            status=AccountStatus.SHARED,
            password_changed_on=changed,
            verdict=VerdictSummary(True, 4, (), _at("2026-11-16 11:30")),
            note="2026-11-14 から迷惑メールの送信に使われた。以前のパスワードはユーザー名と同じだった。",
        ),
        Account(
            address="yamada@example.co.jp",
            owner="山田 太郎",
            status=AccountStatus.IN_SERVICE,
            password_changed_on=changed,
            verdict=VerdictSummary(True, 4, (), _at("2026-11-16 11:45")),
        ),
        Account(
            address="sato@example.co.jp",
            owner="佐藤 花子",
            status=AccountStatus.IN_SERVICE,
            password_changed_on=changed,
            verdict=VerdictSummary(False, 2, ("too_short", "weak_score"), _at("2026-11-16 13:05")),
        ),
        Account(
            address="tanaka@example.co.jp",
            owner="田中 一郎",
            status=AccountStatus.DEPARTED,
            password_changed_on=changed,
            forward_to="sato@example.co.jp",
            note="2026年3月に退職。取引先から今もメールが届くため残している。",
        ),
        Account(
            address="recruit@example.co.jp",
            owner="",
            status=AccountStatus.SHARED,
            verdict=VerdictSummary(
                False, 0, ("too_short", "equals_username", "weak_score"), _at("2026-11-18 16:10")
            ),
            note="採用活動用。数年前に作られ、誰が使っているか分からない。",
        ),
        Account(
            address="old-shop@example.co.jp",
            owner="",
            status=AccountStatus.UNKNOWN,
            note="旧店舗 (2019年閉店) のアドレス。使っている人がいるか確認中。",
        ),
    )
    return AccountsSection(
        inventory=AccountInventory(accounts),
        reviewed_at=_at("2026-11-18 16:20"),
        imported_from="xserver-mail-accounts-20261118.csv",
        imported_at=_at("2026-11-18 16:00"),
        departed_actions=(
            "田中 (tanaka@) は 2026年3月に退職。取引先に佐藤のアドレスを案内したうえで、"
            "11月末にアカウントを削除する予定。それまで tanaka@ 宛のメールは sato@ に転送する。"
        ),
    )
