"""Speed and size of the incident report (targets: build < 0.5 s once fonts are registered,
example report < 300 KB).

    .venv/bin/python -m bench.report
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from datetime import datetime, timedelta

from app.core.case import Case, TimelineEntry
from app.core.example_case import example_case
from app.core.normalize import JST
from app.core.report import build_report
from app.core.report.fonts import register_fonts

GENERATED_AT = datetime(2026, 11, 18, 17, 30, tzinfo=JST)
BUILD_TARGET_S = 0.5
SIZE_TARGET_KB = 300


def _timeline_case(rows: int) -> Case:
    case = example_case()
    start = datetime(2026, 11, 14, 2, 0, tzinfo=JST)
    case.incident.timeline = [
        TimelineEntry(
            at=start + timedelta(minutes=i),
            event=f"送信ログの {i + 1} 行目: 203.0.113.{i % 250} から接続、認証に成功",
            actor="第三者 (攻撃者)",
            evidence=f"maillog-{i:04d}.gz",
        )
        for i in range(rows)
    ]
    return case


def _measure(name: str, case: Case, runs: int) -> tuple[float, int, int]:
    times = []
    size = pages = 0
    for _ in range(runs):
        started = time.perf_counter()
        info = build_report(case, io.BytesIO(), generated_at=GENERATED_AT)
        times.append(time.perf_counter() - started)
        size, pages = info.size_bytes, info.pages
    median = statistics.median(times)
    print(
        f"{name:<28} build {median:6.3f} s (median of {runs}, min {min(times):.3f})"
        f"  size {size / 1024:6.1f} KB  pages {pages}"
    )
    return median, size, pages


def main() -> int:
    started = time.perf_counter()
    register_fonts()
    print(f"{'font registration':<28} {time.perf_counter() - started:6.3f} s (once per process)")
    example_s, example_size, _ = _measure("example case", example_case(), 7)
    _measure("empty case", Case(case_id="empty"), 5)
    _measure("500-row timeline", _timeline_case(500), 3)
    ok = example_s < BUILD_TARGET_S and example_size < SIZE_TARGET_KB * 1024
    print(
        f"targets: build < {BUILD_TARGET_S} s, size < {SIZE_TARGET_KB} KB for the example: "
        + ("met" if ok else "NOT MET")
    )
    return 0  # budgets are printed with their verdict, not enforced


if __name__ == "__main__":
    sys.exit(main())
