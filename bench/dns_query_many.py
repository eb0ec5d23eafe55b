"""How long `DnsClient.query_many` takes when every answer is slow.

    .venv/bin/python -m bench.dns_query_many [--queries 100] [--delay 0.1] [--rounds 5]

Starts the loopback test server in-process, delays every answer by `--delay` seconds and
sends `--queries` queries at once. Reports the median and best wall time of:

* `DnsClient.query_many` with max_parallel 64 (the default: two waves for 100 queries) and
  with max_parallel equal to the number of queries (one wave);
* for comparison, the same queries through a thread pool calling `dns.query.udp` (the design
  this module did not pick: threads blocked in recvfrom cannot be cancelled promptly);
* `DnsClient.query` called one after another without delay (the fixed cost of one query,
  which includes setting up a private event loop).

The ideal for one wave is the delay itself; everything above it is overhead.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import statistics
import time
from collections.abc import Callable

import dns.message
import dns.query

from app.core.dns_client import DnsClient, DnsStatus
from app.core.resolver import ResolverSpec
from tests.dns_server import DnsTestServer


def _timed(rounds: int, run: Callable[[], None]) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def main() -> int:
    """Run the measurements and print one line per variant."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    with DnsTestServer(zones=["*.bench.example. 300 IN A 127.0.0.2"]) as server:
        spec = ResolverSpec(server.host, server.port)
        names = [f"q{i}.bench.example" for i in range(args.queries)]
        queries = [(name, "A") for name in names]

        def with_client(max_parallel: int) -> Callable[[], None]:
            client = DnsClient(spec, timeout=5.0, max_parallel=max_parallel)

            def run() -> None:
                results = client.query_many(queries)
                assert all(r.status is DnsStatus.OK for r in results), results

            return run

        def threaded() -> None:
            def one(name: str) -> None:
                message = dns.message.make_query(name, "A", use_edns=0, payload=1232)
                response = dns.query.udp(message, server.host, timeout=5.0, port=server.port)
                assert response.answer

            with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
                list(pool.map(one, names))

        server.set_global_delay(args.delay)
        print(
            f"{args.queries} queries, every answer delayed {args.delay * 1000:.0f} ms, "
            f"{args.rounds} rounds (median / best):"
        )
        for label, run in [
            ("query_many, max_parallel=64", with_client(64)),
            (f"query_many, max_parallel={args.queries}", with_client(args.queries)),
            ("thread pool of 64 + dns.query.udp", threaded),
        ]:
            median, best = _timed(args.rounds, run)
            print(f"  {label:<40} {median * 1000:7.0f} ms / {best * 1000:7.0f} ms")

        server.set_global_delay(0)
        client = DnsClient(spec, timeout=5.0)
        count = 200

        def sequential() -> None:
            for name in names[:count]:
                assert client.query(name, "A").status is DnsStatus.OK

        median, best = _timed(args.rounds, sequential)
        per_query = median / min(count, len(names)) * 1000
        print(f"  {'query() one after another, no delay':<40} {per_query:7.2f} ms per query")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
