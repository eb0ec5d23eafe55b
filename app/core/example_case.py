"""A realistic example case, modelled on the incident in the seed article.

Used by `mail-mamori case example`, `mail-mamori report --example`, the screenshots and the tests.
Names, addresses and IPs are fictional or from documentation ranges (example.co.jp, 203.0.113.0/24,
2001:db8::/32); nothing here points at a real business.
"""

from __future__ import annotations

from datetime import datetime

from app.core.case import Case, HowNoticed, Incident, Organisation, Person, TimelineEntry
from app.core.normalize import JST
from app.core.sender_auth import example_sender_auth


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=JST)


def example_case() -> Case:
    """A case of a small shop whose info@ mailbox (password = user name) was used to send spam."""
    return Case(
        case_id="example-2026-11-yamada",
        created_at=_at("2026-11-16 15:00"),
        updated_at=_at("2026-11-18 17:30"),
        organisation=Organisation(
            company="株式会社やまだ商店",
            contact=Person(
                name="山田 太郎",
                department="代表取締役",
                email="taro.yamada@example.co.jp",
                phone="03-0000-1234",
            ),
            domain="example.co.jp",
            domain_ascii="example.co.jp",
            provider="xserver",
            server_name="sv0000.xserver.jp",
            administrator="山田 太郎 (社内の担当者は 1 名)",
        ),
        incident=Incident(
            noticed_at=_at("2026-11-16 09:40"),
            how_noticed=HowNoticed.LOGIN_FAILED,
            how_noticed_detail=(
                "ホームページを更新しようと FTP で接続したところ、パスワードを変えていないのに"
                "ログインできなくなっていた。コントロールパネルからパスワードを変更して接続"
                "できたが、管理者は 1 人だけなので不審に思って調べたところ、info@ のメール"
                "アカウントから大量の迷惑メールが送られていたことが分かった。info@ の"
                "パスワードはユーザー名と同じだった。取引先から「メールが届かない」との"
                "連絡も 2 件あった。"
            ),
            affected_accounts=["info@example.co.jp"],
            spam_volume=320_000,
            spam_volume_counted=False,
            timeline=[
                TimelineEntry(
                    at=_at("2026-11-14 02:13"),
                    event="info@ からの迷惑メール大量送信が始まる (サーバの送信ログより)",
                    actor="第三者 (攻撃者)",
                    evidence="送信ログ maillog-20261114.gz",
                ),
                TimelineEntry(
                    at=_at("2026-11-16 09:40"),
                    event="FTP にログインできないことに気付く",
                    actor="山田",
                ),
                TimelineEntry(
                    at=_at("2026-11-16 10:05"),
                    event="コントロールパネルから FTP のパスワードを変更",
                    actor="山田",
                ),
                TimelineEntry(
                    at=_at("2026-11-16 11:30"),
                    event="info@ のパスワードを 16 文字以上の強いものに変更",
                    actor="山田",
                ),
                TimelineEntry(
                    at=_at("2026-11-16 13:00"),
                    event="残りのメールアカウントもすべてパスワードを変更",
                    actor="佐藤",
                ),
                TimelineEntry(
                    at=_at("2026-11-16 14:20"),
                    event="セキュリティ会社に電話で相談、ログの保全を依頼される",
                    actor="山田",
                    evidence="コントロールパネルのログイン履歴 (画面コピー)",
                ),
                TimelineEntry(
                    at=_at("2026-11-17 10:00"),
                    event="Spamhaus・Barracuda・SpamCop にブラックリスト解除を申請",
                    actor="株式会社セキュア相談室",
                ),
            ],
        ),
        sender_auth=example_sender_auth(),
    )
