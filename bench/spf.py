"""How long `check_spf` takes on a record with an include tree when every DNS answer is slow.

    .venv/bin/python -m bench.spf [--latency 0.05] [--rounds 5]

Starts the loopback test server in-process with a domain whose record fans out to 9
includes over 3 levels (3 includes, each including one record, each including one more),
delays every answer by `--latency` seconds, and measures in the same run:

* `check_spf` as used by the app: every level's lookups sent together (`query_many`), so the
  tree costs one round trip per level: the target is (depth + 1) x latency + 100 ms;
* the same validation with one query at a time (the sequential baseline).

Prints the median and best wall time of each, the target, and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from app.core.dns_client import DnsClient
from app.core.resolver import ResolverSpec
from app.core.spf.check import SpfStatus, check_spf
from tests.dns_server import DnsTestServer

DOMAIN = "fanout.bench.example"


def zone() -> str:
    """Root -> inc1..3 -> inc1..3.l2 -> inc1..3.l3: 9 includes, depth 3, 9 lookups."""
    lines = [
        f'{DOMAIN}. 300 IN TXT "v=spf1 ip4:192.0.2.1 include:inc1.{DOMAIN} '
        f'include:inc2.{DOMAIN} include:inc3.{DOMAIN} ~all"'
    ]
    for i in (1, 2, 3):
        lines.append(
            f'inc{i}.{DOMAIN}. 300 IN TXT "v=spf1 ip4:198.51.100.{i} include:l2.inc{i}.{DOMAIN} -all"'
        )
        lines.append(
            f'l2.inc{i}.{DOMAIN}. 300 IN TXT "v=spf1 ip4:198.51.100.{10 + i} '
            f'include:l3.inc{i}.{DOMAIN} -all"'
        )
        lines.append(f'l3.inc{i}.{DOMAIN}. 300 IN TXT "v=spf1 ip4:198.51.100.{20 + i} -all"')
    return "\n".join(lines) + "\n"


def _timed(rounds: int, run: Callable[[], None]) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def main() -> int:
    """Run both variants and print one line each, then the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    with DnsTestServer(zones=[zone()]) as server:
        client = DnsClient(ResolverSpec(server.host, server.port), timeout=5.0)
        probe = check_spf(DOMAIN, client)
        assert probe.status == SpfStatus.VALID, probe.findings
        includes = sum(1 for n in probe.tree.walk() if n.via == "include") if probe.tree else 0
        depth = probe.tree.depth if probe.tree else 0
        server.set_global_delay(args.latency)

        def parallel() -> None:
            result = check_spf(DOMAIN, client)
            assert result.status == SpfStatus.VALID

        def sequential() -> None:
            result = check_spf(DOMAIN, client, parallel=False)
            assert result.status == SpfStatus.VALID

        server.clear_log()
        par_median, par_best = _timed(args.rounds, parallel)
        queries = len(server.queries()) // args.rounds
        seq_median, seq_best = _timed(args.rounds, sequential)

    target = (depth + 1) * args.latency + 0.1
    print(
        f"record: {includes} includes, depth {depth}, {probe.lookups} lookups, "
        f"{queries} queries per check; latency {args.latency * 1000:.0f} ms per answer"
    )
    print(
        f"parallel (per level):  median {par_median * 1000:7.1f} ms   best {par_best * 1000:7.1f} ms"
    )
    print(
        f"sequential (baseline): median {seq_median * 1000:7.1f} ms   best {seq_best * 1000:7.1f} ms"
    )
    print(
        f"target (depth + 1) x latency + 100 ms = {target * 1000:.0f} ms: "
        f"{'met' if par_median <= target else 'MISSED'}; "
        f"sequential / parallel = {seq_median / par_median:.1f}x"
    )
    return 0  # the budget is printed with its verdict, not enforced


if __name__ == "__main__":
    raise SystemExit(main())
