"""How the DKIM header reader and the SPF toplabel check scale with the length of their input.

    .venv/bin/python -m bench.long_pastes [--rounds 3]

Both used to be quadratic: `^\\s*dkim-signature` on a pasted header with a long run of line
breaks (every line start scanned to the end of the run), and the RFC 7208 toplabel expression on
a long label ending in "-" (every split of the letter run tried). For each, times the app's
function at n and 2n characters and prints the ratio (about 2 for linear, 4 for quadratic),
next to the old expression at sizes small enough to finish (the baseline, in the same run).
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable

from app.core.dkim import _signature_values
from app.core.spf.record import Problem, check_domain_spec

OLD_SIGNATURE_LINE = re.compile(r"^\s*dkim-signature\s*:(.*)$", re.IGNORECASE | re.M)
OLD_TOPLABEL = re.compile(
    r"^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9\-]*[A-Za-z0-9])$"
)


def _header(n: int) -> str:
    return "Received: x\n" + "\n" * n + "Subject: y\n"


def _label(n: int) -> str:
    return "a" * n + "-"


def _timed(rounds: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _row(name: str, n: int, rounds: int, make: Callable[[int], Callable[[], object]]) -> None:
    single = _timed(rounds, make(n))
    double = _timed(rounds, make(2 * n))
    print(
        f"{name:<40} n={n:>9,}: {single * 1000:9.1f} ms   2n: {double * 1000:9.1f} ms   "
        f"ratio {double / max(single, 1e-9):4.1f}"
    )


def main() -> int:
    """Print one line per variant: time at n, at 2n, and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    assert check_domain_spec("example." + _label(10)) is Problem.BAD_DOMAIN
    _row(
        "DKIM header, app (_signature_values)",
        500_000,
        args.rounds,
        lambda n: lambda: _signature_values(_header(n)),
    )
    _row(
        "DKIM header, old ^\\s* (baseline)",
        10_000,
        args.rounds,
        lambda n: lambda: list(OLD_SIGNATURE_LINE.finditer(_header(n))),
    )
    _row(
        "SPF toplabel, app (check_domain_spec)",
        500_000,
        args.rounds,
        lambda n: lambda: check_domain_spec("example." + _label(n)),
    )
    _row(
        "SPF toplabel, old expression (baseline)",
        5_000,
        args.rounds,
        lambda n: lambda: OLD_TOPLABEL.match(_label(n)),
    )
    return 0  # the ratios are printed, not enforced


if __name__ == "__main__":
    raise SystemExit(main())
