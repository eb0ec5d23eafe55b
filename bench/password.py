"""Latency of the password checker against raw zxcvbn on the same inputs (issue 4).

    .venv/bin/python -m bench.password            # full run (about a minute)
    .venv/bin/python -m bench.password --quick    # fewer inputs

Targets: `evaluate()` worst case under 100 ms and median under 10 ms, for realistic 8-64
character passwords and for adversarial input (symbol-heavy 24-72 characters, 10,000-character
pastes). All inputs are synthetic, generated from a fixed seed.

Raw zxcvbn runs in a separate worker process with the same dictionaries (the Japanese lists
loaded) and the same context words. zxcvbn refuses more than 72 characters, so pastes are cut
to 72 for it, and each raw call is time-boxed: a call that has not finished after `--timeout`
seconds is killed and counted as "> timeout" (the true time is longer).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import string
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection

from app.core.password_policy import PasswordContext, context_tokens, evaluate
from app.core.password_strength import load_dictionaries, read_wordlist

CONTEXT = PasswordContext(
    user_address="info@yamada-shoten.co.jp",
    company_name="Yamada Shoten",
    staff_names=("Yamada Taro", "Tanaka Hanako", "Sato Ichiro"),
    host="xserver",
)
ZXCVBN_MAX_LENGTH = 72
L33T_SYMBOLS = "4@8({[<369&#!1/|0$5+7%2/"


# --- inputs --------------------------------------------------------------------------------


def realistic(rnd: random.Random, count: int) -> list[str]:
    """Password-like strings of 8-64 characters: the shapes people actually type."""
    romaji = read_wordlist("ja_common_words")[:400] + read_wordlist("ja_last_names")[:200]
    english = ["password", "dragon", "monkey", "sunshine", "office", "summer", "tokyo", "mail"]
    words = romaji + english
    shapes: list[Callable[[], str]] = [
        lambda: "".join(rnd.choice(string.ascii_letters + string.digits + "-_.!?@")
                        for _ in range(rnd.randint(12, 24))),
        lambda: "-".join(rnd.choice(words) for _ in range(rnd.randint(2, 5))),
        lambda: rnd.choice(words).capitalize() + str(rnd.randint(1950, 2030)) + rnd.choice("!?#"),
        lambda: rnd.choice(["qwertyuiop", "1qaz2wsx3edc", "asdfghjkl", "zxcvbnm"])
        + str(rnd.randint(0, 9999)),
        lambda: rnd.choice(words).replace("a", "@").replace("o", "0").replace("s", "$")
        + rnd.choice(words) + str(rnd.randint(10, 99)),
        lambda: f"{rnd.randint(1950, 2025)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
        + rnd.choice(words),
        lambda: "".join(rnd.choice(string.printable[:94]) for _ in range(rnd.randint(8, 64))),
        lambda: (rnd.choice(words) * 8)[: rnd.randint(8, 64)],
    ]  # fmt: skip
    out: list[str] = []
    while len(out) < count:
        candidate = rnd.choice(shapes)()
        if 8 <= len(candidate) <= 64:
            out.append(candidate)
    return out


def symbol_heavy(rnd: random.Random, count: int) -> list[str]:
    """24-72 characters, mostly l33t symbols: zxcvbn's worst case."""
    out = []
    for index in range(count):
        size = 24 + (48 * index) // max(1, count - 1)
        pool = L33T_SYMBOLS if index % 2 == 0 else L33T_SYMBOLS + string.punctuation + "aeios"
        out.append("".join(rnd.choice(pool) for _ in range(size)))
    return out


def pastes(rnd: random.Random, count: int) -> list[str]:
    """10,000-character pastes: random text, a repeated word, symbols, a document."""
    makers: list[Callable[[], str]] = [
        lambda: "".join(rnd.choice(string.printable[:94]) for _ in range(10_000)),
        lambda: "password" * 1250,
        lambda: "".join(rnd.choice(L33T_SYMBOLS) for _ in range(10_000)),
        lambda: ("メールサーバを乗っ取られ迷惑メールを大量送信 " * 500)[:10_000],
        lambda: ("The quick brown fox jumps over the lazy dog. " * 250)[:10_000],
    ]
    return [makers[i % len(makers)]() for i in range(count)]


# --- raw zxcvbn in a worker process ----------------------------------------------------------


def _worker(connection: Connection) -> None:
    from zxcvbn import zxcvbn

    load_dictionaries()  # the same Japanese lists, added to zxcvbn's global dictionaries
    connection.send("ready")
    while True:
        job = connection.recv()
        if job is None:
            return
        password, inputs = job
        start = time.perf_counter()
        zxcvbn(password, inputs)
        connection.send((time.perf_counter() - start) * 1000)


class RawZxcvbn:
    """zxcvbn() in a child process, so that a call can be abandoned after `timeout` seconds."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.context = mp.get_context("spawn")
        self.process: mp.process.BaseProcess | None = None
        self.connection: Connection | None = None

    def _start(self) -> None:
        parent, child = self.context.Pipe()
        self.process = self.context.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        self.connection = parent
        parent.recv()

    def time(self, password: str, inputs: list[str]) -> float | None:
        """Milliseconds, or None if the call was killed after the timeout."""
        if self.process is None or self.connection is None:
            self._start()
        assert self.connection is not None and self.process is not None
        self.connection.send((password, inputs))
        if self.connection.poll(self.timeout):
            result: float = self.connection.recv()
            return result
        self.process.kill()
        self.process.join()
        self.process = None
        self.connection = None
        return None

    def close(self) -> None:
        if self.connection is not None and self.process is not None:
            self.connection.send(None)
            self.process.join(timeout=5)


# --- measuring -----------------------------------------------------------------------------


@dataclass
class Row:
    name: str
    count: int
    ours: list[float]
    raw: list[float | None]
    note: str


def measure_ours(inputs: list[str]) -> list[float]:
    times = []
    for password in inputs:
        start = time.perf_counter()
        evaluate(password, CONTEXT)
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure_raw(raw: RawZxcvbn, inputs: list[str], tokens: list[str]) -> list[float | None]:
    return [raw.time(password[:ZXCVBN_MAX_LENGTH], tokens) for password in inputs]


def _fmt(value: float | None, timeout_ms: float) -> str:
    return f">{timeout_ms:,.0f}" if value is None else f"{value:,.1f}"


def report(rows: list[Row], timeout: float) -> None:
    timeout_ms = timeout * 1000
    print()
    head = (
        f"{'inputs':<26}{'n':>4}  {'evaluate ms':>21}  {'raw zxcvbn ms':>23}  "
        f"{'raw / evaluate':>17}"
    )
    print(head)
    print(f"{'':<26}{'':>4}  {'median':>10} {'worst':>10}  {'median':>11} {'worst':>11}  "
          f"{'median':>8} {'worst':>8}")  # fmt: skip
    print("-" * len(head))
    for row in rows:
        ours_median = statistics.median(row.ours)
        ours_worst = max(row.ours)
        timed_out = [t for t in row.raw if t is None]
        finished = [t for t in row.raw if t is not None]
        # Timed-out calls count as the timeout, so the median is a lower bound then.
        as_numbers = [t if t is not None else timeout_ms for t in row.raw]
        raw_median: float | None = statistics.median(as_numbers)
        raw_worst: float | None = None if timed_out else max(finished)
        if raw_median is not None and raw_median >= timeout_ms:
            raw_median = None
        ratio_median = (
            f"{statistics.median(as_numbers) / ours_median:,.0f}x" if ours_median else "-"
        )
        ratio_worst = f"{(raw_worst or timeout_ms) / ours_worst:,.0f}x"
        if timed_out:
            ratio_worst = ">" + ratio_worst
            if raw_median is None:
                ratio_median = ">" + ratio_median
        print(
            f"{row.name:<26}{row.count:>4}  {ours_median:>10.1f} {ours_worst:>10.1f}  "
            f"{_fmt(raw_median, timeout_ms):>11} {_fmt(raw_worst, timeout_ms):>11}  "
            f"{ratio_median:>8} {ratio_worst:>8}"
        )
        notes = [row.note] if row.note else []
        if timed_out:
            notes.append(f"{len(timed_out)} raw call(s) killed after {timeout:g} s")
        if notes:
            print(f"{'':<30}{'; '.join(notes)}")
    print()
    all_ours = [t for row in rows for t in row.ours]
    print(f"evaluate over all {len(all_ours)} inputs: median {statistics.median(all_ours):.1f} ms, "
          f"worst {max(all_ours):.1f} ms (targets: median < 10 ms, worst < 100 ms)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer inputs")
    parser.add_argument(
        "--timeout", type=float, default=2.0, help="seconds before a raw zxcvbn call is killed"
    )
    parser.add_argument("--seed", type=int, default=20250301)
    args = parser.parse_args(argv)
    rnd = random.Random(args.seed)
    scale = 4 if args.quick else 1
    sets = [
        ("realistic 8-64", realistic(rnd, 200 // scale), ""),
        ("symbol-heavy 24-72", symbol_heavy(rnd, 24 // scale), ""),
        (
            "paste 10,000",
            pastes(rnd, 10 // (2 if args.quick else 1)),
            "raw zxcvbn given the first 72 characters (it refuses more)",
        ),
    ]

    print(f"Python {sys.version.split()[0]}; context words: {len(context_tokens(CONTEXT).all)}; "
          "Japanese word lists loaded for both")  # fmt: skip
    start = time.perf_counter()
    load_dictionaries()
    evaluate("warm-up-Qx7!Kv3?", CONTEXT)
    print(f"first load of the dictionaries: {(time.perf_counter() - start) * 1000:.0f} ms "
          "(once per process; not counted below)")  # fmt: skip

    tokens = list(context_tokens(CONTEXT).all)
    raw = RawZxcvbn(args.timeout)
    rows = []
    try:
        for name, inputs, note in sets:
            print(f"measuring {name} ({len(inputs)} inputs) ...", flush=True)
            ours = measure_ours(inputs)
            rows.append(Row(name, len(inputs), ours, measure_raw(raw, inputs, tokens), note))
    finally:
        raw.close()
    report(rows, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
