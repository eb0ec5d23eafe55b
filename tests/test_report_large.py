"""Big inputs still give a valid multi-page report: 500 timeline rows, 10,000-character fields."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core.case import TimelineEntry
from app.core.example_case import example_case
from app.core.normalize import JST
from tests.report_support import HEADINGS_JA, build, flat, page_texts

LONG_JA = ("迷惑メールの送信ログを確認したところ、不審なログインが続いていた。" * 400)[:10_000]
LONG_TOKEN = "A" * 10_000  # no break opportunity at all
LONG_LOG = " ".join(
    f"Nov 14 02:{i % 60:02d}:07 sv0000 postfix/smtpd[{i}]: client=unknown[198.51.100.{i % 250}]"
    for i in range(200)
)[:10_000]


@pytest.mark.slow
def test_500_timeline_rows_and_10000_character_fields(tmp_path: Path) -> None:
    case = example_case()
    start = datetime(2026, 11, 14, 2, 0, tzinfo=JST)
    case.incident.timeline = [
        TimelineEntry(
            at=start + timedelta(minutes=i),
            event=f"送信ログの {i + 1} 行目: 203.0.113.{i % 250} から接続",
            actor="第三者",
            evidence=f"maillog-{i:04d}.gz",
        )
        for i in range(500)
    ]
    case.incident.timeline[250].event = LONG_JA  # one cell taller than a page
    case.incident.timeline[251].event = LONG_TOKEN
    case.incident.how_noticed_detail = LONG_JA
    case.report.request_text = LONG_JA
    case.report.log_excerpt = LONG_LOG
    case.report.spam_samples = [LONG_TOKEN, LONG_JA]
    case.report.questions = [LONG_JA]
    case.organisation.company = "株式会社" + "長" * 300  # footer must shorten it

    path, info = build(case, tmp_path)
    reader = PdfReader(path)
    assert info.pages == len(reader.pages) > 20
    texts = page_texts(path)
    for number, text in enumerate(texts, 1):
        assert f"{number} / {info.pages}" in text
    everything = flat("\n".join(texts))
    for heading in HEADINGS_JA:
        assert heading in everything
    assert "送信ログの 500 行目" in everything
    # The over-long cell is split across pages, not cut off.
    assert everything.count("不審なログインが続いていた") >= 3 * 400 // 2
    assert everything.count("A" * 100) >= 90
    # The header row of the timeline is repeated on the pages it continues on.
    assert sum("出来事・対応" in text for text in texts) >= 5
