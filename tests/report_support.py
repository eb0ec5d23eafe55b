"""Helpers shared by the report tests: build a PDF and read it back with pypdf."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from app.core.case import Case
from app.core.normalize import JST
from app.core.report import ReportInfo, build_report

GENERATED_AT = datetime(2026, 11, 18, 17, 30, tzinfo=JST)

# Every section heading, in order, exactly as the Japanese report prints it.
HEADINGS_JA = [
    "確認結果の一覧",
    "1. 概要",
    "2. 発覚の経緯",
    "3. 時系列・初動対応",
    "4. 対象システム",
    "5. 不正利用されたアカウント",
    "6. 送信量",
    "7. ブラックリスト掲載状況",
    "8. パスワード・アカウント監査",
    "9. 送信ドメイン認証 (SPF・DKIM・DMARC)",
    "10. 実施済み対応・証拠保全",
    "11. 個人情報への影響",
    "12. 未解決事項・ベンダーへの質問",
    "13. 連絡先・依頼内容",
    "用語集",
]


def build(
    case: Case, tmp_path: Path, name: str = "report.pdf", **kwargs: object
) -> tuple[Path, ReportInfo]:
    """Build the report for `case` into tmp_path with a fixed creation time."""
    path = tmp_path / name
    kwargs.setdefault("generated_at", GENERATED_AT)
    info = build_report(case, path, **kwargs)  # type: ignore[arg-type]
    return path, info


def page_texts(path: Path) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Text with line breaks and the spaces around them removed (wrapped lines joined)."""
    return re.sub(r"\s*\n\s*", "", text)
