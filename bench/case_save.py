"""How long one save of the case holds up the wizard (it runs on the GUI thread).

    .venv/bin/python -m bench.case_save [--rounds 15] [--folder DIR]

The wizard saves after every step and 2 s after the owner stops typing, so a slow save delays
the keys typed next. Each save keeps the previous version as `.bak`. This times `save_case` as
the wizard calls it (the file is the version it wrote last: `known_good`, kept as the backup by
a hard link) against the way it saved before (the previous version read back and parsed to make
sure it opens, then copied to `.bak` with its own fsync), alternating in the same process, for
the example case and for cases with 1 MB and 10 MB of pasted text. `--folder`: a folder on the
drive to measure (the default is a temporary folder; the disk's fsync dominates small cases).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python bench/case_save.py`: import from the repository
    sys.path.insert(0, str(ROOT))

from app.core.atomic import copy_atomically, write_atomically  # noqa: E402
from app.core.case import (  # noqa: E402
    Case,
    CaseLoadError,
    _now,
    backup_path,
    case_to_json,
    load_case,
    save_case,
)
from app.core.example_case import example_case  # noqa: E402


def _old_save(case: Case, path: Path) -> None:
    """The save before known_good and hard links (the baseline)."""
    case.updated_at = _now()
    payload = case_to_json(case).encode("utf-8")
    if path.is_file():
        try:
            load_case(path)
        except CaseLoadError:
            pass
        else:
            copy_atomically(path, backup_path(path))
    write_atomically(path, payload)


def _case(extra_chars: int) -> Case:
    case = example_case()
    if extra_chars:
        # Japanese text: three bytes per character in the file.
        case.incident.how_noticed_detail = "迷惑メール" * (extra_chars // 5)
    return case


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        print(f"save_case on {folder}, median of {args.rounds} saves each:")
        for label, extra in (
            ("example case", 0),
            ("+1 MB text", 350_000),
            ("+10 MB text", 3_500_000),
        ):
            case = _case(extra)
            old_path = Path(folder) / "old.mamori.json"
            new_path = Path(folder) / "new.mamori.json"
            _old_save(case, old_path)
            digest = save_case(case, new_path)
            old_times: list[float] = []
            new_times: list[float] = []
            for _ in range(args.rounds):
                started = time.perf_counter()
                _old_save(case, old_path)
                old_times.append(time.perf_counter() - started)
                started = time.perf_counter()
                digest = save_case(case, new_path, known_good=digest)
                new_times.append(time.perf_counter() - started)
            old_ms = statistics.median(old_times) * 1e3
            new_ms = statistics.median(new_times) * 1e3
            size = new_path.stat().st_size / 1e6
            print(
                f"  {label:13} {size:5.2f} MB  now {new_ms:6.1f} ms   before {old_ms:6.1f} ms"
                f"   ratio {new_ms / old_ms:.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
