"""Timestamps of the start-up phases on stderr, for profiling the frozen app.

    MAIL_MAMORI_STARTUP_TIMES=1 mail-mamori

prints `startup <monotonic> <phase>` lines (the machine-wide monotonic clock, as the benchmark's
`first-page-shown` line). Unset, `mark()` is one test of a module constant: start-up pays nothing.
"""

from __future__ import annotations

import os
import sys
import time

ENV = "MAIL_MAMORI_STARTUP_TIMES"
ENABLED = bool(os.environ.get(ENV))


def mark(phase: str) -> None:
    """Print the time `phase` was reached (only when MAIL_MAMORI_STARTUP_TIMES is set)."""
    if ENABLED:
        print(f"startup {time.monotonic():.6f} {phase}", file=sys.stderr, flush=True)
