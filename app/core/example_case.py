"""A realistic example case, modelled on the incident in the seed article.

Used by `mail-mamori case example`, `mail-mamori report --example`, the screenshots and the tests.
Names, addresses and IPs are fictional or from documentation ranges (example.co.jp, 203.0.113.0/24,
2001:db8::/32); nothing here points at a real business.
"""

from __future__ import annotations

from datetime import datetime

from app.core.case import Case, HowNoticed, Incident, Organisation, Person, TimelineEntry
from app.core.example_accounts import example_accounts_section
from app.core.normalize import JST
from app.core.report_details import (
    ActionKind,
    ActionStatus,
    Answer,
    ClockInfo,
    EvidenceFile,
    ImpactAnswer,
    PersonalDataImpact,
    RecoveryAction,
    ReportDetails,
    RequestType,
    Vendor,
)
from app.core.sender_auth import example_sender_auth


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=JST)


def example_case() -> Case:
    """A case of a small shop whose info@ mailbox (password = user name) was used to send spam."""
    from app.core.dnsbl_example import add_example_request, example_blacklist_section

    case = Case(
        case_id="example-2026-11-yamada",
        created_at=_at("2026-11-16 15:00"),
        updated_at=_at("2026-11-18 17:30"),
        organisation=Organisation(
            company="株式会社やまだ商店",
            company_latin="Yamada Shoten Co., Ltd.",
            contact=Person(
                name="山田 太郎",
                name_latin="Taro Yamada",
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
                    event="社員のメールアカウント (yamada@・sato@・tanaka@) もパスワードを変更",
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
        blacklist=example_blacklist_section(),
        accounts=example_accounts_section(),
        sender_auth=example_sender_auth(),
        report=_example_report(),
    )
    add_example_request(case)
    return case


def _example_report() -> ReportDetails:
    """The report page's fields as the owner might fill them in two days after noticing."""
    return ReportDetails(
        vendor=Vendor(
            name="株式会社セキュア相談室",
            contact_person="鈴木 一郎",
            email="support@secure-soudan.example.jp",
            phone="03-0000-5678",
        ),
        request_types=[RequestType.INFORMATION, RequestType.INVESTIGATION],
        request_text=(
            "迷惑メール送信の原因と被害の範囲 (メールの閲覧・持ち出しの有無) の調査をお願いします。"
            "あわせて、ブラックリスト解除が終わるまでのメールの送り方 (リレーサーバ) と、"
            "VPS への移転が必要かどうかについて助言をお願いします。"
        ),
        questions=[
            "info@ の受信メールやアドレス帳が持ち出されたかどうか、ログから分かりますか。",
            "個人情報保護委員会への報告が必要かどうか、判断を手伝っていただけますか。",
            "ブラックリストの解除が終わるまで、取引先へのメールはどう送ればよいですか。",
        ],
        unresolved=[
            "Webメール (IMAP/POP) へのログイン履歴をまだ確認できていない。",
            "Barracuda の解除がまだ確認できていない。",
            "旧店舗のアドレス (old-shop@) を使っている人がいるか未確認。",
        ],
        current_status=(
            "info@ と社員のアカウントのパスワードを変更済み。11/18 の棚卸しで見つかった"
            " recruit@ と old-shop@、短すぎた sato@ のパスワードは対応中。"
            "迷惑メールの送信は 11/16 11:30 以降止まっている。"
            "ブラックリストの解除を申請中で、取引先の一部にはまだメールが届かない。"
        ),
        suspected_cause="info@ のパスワードがユーザー名 (info) と同じだった。",
        account_notes={
            "info@example.co.jp": (
                "パスワードがユーザー名と同じだった。11/16 11:30 に 16 文字以上の強いパスワード"
                "に変更済み。共有アカウント (問い合わせ窓口)。"
            ),
        },
        mail_software="レンタルサーバ標準のメールサーバ (詳細はサーバ会社に確認中)",
        server_addresses=["203.0.113.25", "2001:db8::25"],
        spam_period_start=_at("2026-11-14 02:13"),
        spam_period_end=_at("2026-11-16 11:30"),
        spam_volume_basis=(
            "サーバ会社から届いた警告メールに「1 日あたり約 15 万通」とあり、約 2 日間続いたため"
        ),
        spam_samples=[
            "【重要】お客様のアカウントが一時停止されました",
            "Re: ご請求書の送付 (No.20261114-0032)",
            '"Amazon" <no-reply@amaz0n-security.example.net>',
        ],
        log_excerpt=(
            "Nov 14 02:13:07 sv0000 postfix/smtpd[21877]: 1A2B3C4D: client=unknown[198.51.100.77],"
            " sasl_method=LOGIN, sasl_username=info@example.co.jp\n"
            "Nov 14 02:13:08 sv0000 postfix/qmgr[1021]: 1A2B3C4D: from=<info@example.co.jp>,"
            " size=2345, nrcpt=50 (queue active)\n"
            "Nov 14 02:13:09 sv0000 postfix/smtp[21880]: 1A2B3C4D: to=<someone@example.net>,"
            " relay=mx.example.net[192.0.2.10]:25, status=sent (250 2.0.0 Ok)"
        ),
        evidence=[
            EvidenceFile(
                label="メールサーバの送信ログ (11/14～11/16)",
                file_name="maillog-20261114.gz",
                size=48_213_776,
                sha256="3f6c1a0b9d2e47c8a5f1e0d3b2c4a6978e1f0d2c3b4a5968778695a4b3c2d1e0",
                kept_at="社長の PC (D:\\証拠) と USB メモリ (金庫に保管)",
                collected_at=_at("2026-11-16 15:10"),
                collected_by="山田 太郎",
                hashed_at=_at("2026-11-16 15:12"),
            ),
            EvidenceFile(
                label="コントロールパネルのログイン履歴 (画面コピー)",
                file_name="login-history-20261116.png",
                size=412_339,
                sha256="9b8a7c6d5e4f30211f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5c6d7e8f9",
                kept_at="社長の PC (D:\\証拠)",
                collected_at=_at("2026-11-16 14:30"),
                collected_by="山田 太郎",
                hashed_at=_at("2026-11-16 15:12"),
            ),
        ],
        recovery_actions=[
            RecoveryAction(
                kind=ActionKind.PASSWORD_RESET,
                description=(
                    "info@ と社員の 3 アカウントのパスワードを変更。11/18 の棚卸しで見つかった"
                    " recruit@ と old-shop@、短すぎた sato@ は変更し直す"
                ),
                status=ActionStatus.IN_PROGRESS,
                at=_at("2026-11-16 13:00"),
                by="山田・佐藤",
            ),
            RecoveryAction(
                kind=ActionKind.DELISTING,
                description="Spamhaus・Barracuda・SpamCop に解除を申請 (SpamCop は解除済み)",
                status=ActionStatus.IN_PROGRESS,
                at=_at("2026-11-17 10:00"),
                by="株式会社セキュア相談室",
            ),
            RecoveryAction(
                kind=ActionKind.RELAY_SERVER,
                description="解除が終わるまで、取引先へのメールはリレーサーバ経由で送る",
                status=ActionStatus.PLANNED,
            ),
            RecoveryAction(
                kind=ActionKind.SERVER_MOVE,
                description="ログを自分で確認できる VPS への移転を検討 (IP アドレスも変わる)",
                status=ActionStatus.PLANNED,
            ),
        ],
        personal_data=PersonalDataImpact(
            in_mailbox=ImpactAnswer(Answer.YES, "顧客からの問い合わせメール (氏名・電話番号)"),
            could_be_read=ImpactAnswer(Answer.UNKNOWN, "Webメールのログイン履歴を確認中"),
            people_count=None,
            people_count_note="アドレス帳に約 300 件",
            sensitive=ImpactAnswer(Answer.NO),
            secondary_damage=ImpactAnswer(Answer.UNKNOWN, "取引先 2 社から迷惑メール受信の連絡"),
            notified=ImpactAnswer(Answer.NO),
            published=ImpactAnswer(Answer.NO),
            reported_to_ppc=ImpactAnswer(None),
        ),
        clock=ClockInfo(
            log_time_zone="JST (サーバの設定で確認)",
            ntp_synced=Answer.YES,
            note="パソコンの時計は Windows の自動設定で合わせている。",
        ),
    )
