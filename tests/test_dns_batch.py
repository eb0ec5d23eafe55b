"""Batches of queries (`query_many` with 8 or more) against the real loopback server.

Their first attempts share one socket and are driven by callbacks (`_Batch` in
app/core/dns_client.py); every outcome must be exactly what a single query reports, and
answers that do not belong to a query (another id, question or port) must never be taken.
"""

from __future__ import annotations

import string
import threading
import time

import dns.name
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import dns_burst
from app.core.dns_client import DnsClient, DnsResult, DnsStatus, _parse_name
from app.core.resolver import ResolverSpec
from tests.dns_server import DnsTestServer

Z = "dnstest.example"


def client_for(server: DnsTestServer, **kwargs: float) -> DnsClient:
    return DnsClient(
        ResolverSpec(server.host, server.port),
        timeout=kwargs.get("timeout", 0.5),
        retries=int(kwargs.get("retries", 1)),
        max_parallel=int(kwargs.get("max_parallel", 64)),
    )


def comparable(result: DnsResult) -> tuple[object, ...]:
    """Everything but the timing."""
    return (
        result.name,
        result.rdtype,
        result.status,
        tuple(sorted(result.records)),
        result.strings,
        result.ttl,
        result.via_tcp,
        result.detail,
        result.server,
        result.attempts,
        result.cname_chain,
    )


def test_a_batch_reports_exactly_what_single_queries_report(dns_server: DnsTestServer) -> None:
    dns_server.drop(f"drop.{Z}")
    dns_server.servfail(f"sf.{Z}")
    dns_server.refused(f"ref.{Z}")
    dns_server.rcode(f"notimp.{Z}", "NOTIMP")
    dns_server.truncate(f"multi.{Z}")
    dns_server.truncate(f"mx2.{Z}", partial=True)
    dns_server.add_record(f"long.{Z}", "TXT", [b"x" * 255] * 8)  # over the EDNS buffer
    queries = [
        (f"drop.{Z}", "A"),
        (f"sf.{Z}", "A"),
        (f"ref.{Z}", "A"),
        (f"notimp.{Z}", "A"),
        ("bad..name", "A"),
        (f"mx1.{Z}", "A"),
        (f"missing.{Z}", "A"),
        (f"mx1.{Z}", "TXT"),
        (f"multi.{Z}", "A"),
        (f"mx2.{Z}", "A"),
        (f"long.{Z}", "TXT"),
        (Z, "TXT"),
        (f"www.{Z}", "A"),
        (f"loop1.{Z}", "A"),
        (f"t1.wild.{Z}", "A"),
        (f"MX1.{Z}.", "A"),
    ]
    # Three answers come over TCP after UDP: two round trips within one timeout.
    client = client_for(dns_server, timeout=0.6, retries=1)
    batch = client.query_many(queries)
    single = [client.query(name, rdtype) for name, rdtype in queries]
    assert [comparable(r) for r in batch] == [comparable(r) for r in single]
    # The statuses themselves, so that agreeing on a wrong answer cannot pass.
    assert [r.status.value for r in batch] == [
        "timeout",
        "servfail",
        "refused",
        "error",
        "error",
        "ok",
        "nxdomain",
        "nodata",
        "ok",
        "ok",
        "ok",
        "ok",
        "ok",
        "error",
        "ok",
        "ok",
    ]
    assert batch[0].attempts == 2 and "2 attempts" in batch[0].detail
    assert batch[8].via_tcp and batch[9].via_tcp and batch[10].via_tcp


def test_a_batch_ignores_answers_with_another_id_question_type_or_port(
    dns_server: DnsTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dns_server.add_record(f"*.decoy.{Z}", "A", "127.0.0.2")
    dns_server.add_record(f"*.decoy.{Z}", "TXT", "real")
    dns_server.decoys(f"decoy.{Z}", subtree=True)
    seen: list[bytes] = []
    original = dns_burst.Burst.datagram_received

    def counting(self: dns_burst.Burst, data: bytes, addr: object) -> None:
        seen.append(data)
        original(self, data, addr)

    monkeypatch.setattr(dns_burst.Burst, "datagram_received", counting)
    names = [f"n{i}.decoy.{Z}" for i in range(10)]
    client = client_for(dns_server, timeout=2.0)
    results = client.query_many([(n, "A") for n in names] + [(n, "TXT") for n in names])
    assert [r.records for r in results] == [("127.0.0.2",)] * 10 + [('"real"',)] * 10
    assert all(r.attempts == 1 and not r.via_tcp for r in results)
    # The decoys from the server's port did reach the shared socket (5 before each answer);
    # the one from another port was dropped by the kernel (the socket is connected).
    assert len(seen) == 20 * 6
    # A single query (dnspython's own socket) ignores them as well.
    assert client.query(f"one.decoy.{Z}", "A").records == ("127.0.0.2",)


def test_a_lost_first_attempt_is_retried_and_its_late_answer_ignored(
    dns_server: DnsTestServer,
) -> None:
    dns_server.drop(f"late.{Z}")
    dns_server.delay(f"late.{Z}", 0.4)  # attempt 1 dropped; once allowed, answers are late
    client = client_for(dns_server, timeout=1.0, retries=1)
    stop = threading.Event()

    def allow_after_the_first_attempt() -> None:
        # The drop ends while the first attempt waits: the retry is answered. Waiting for the
        # attempt to arrive, not for a fixed time: a slow start used to let it through.
        while not dns_server.queries(f"late.{Z}") and not stop.wait(0.005):
            pass
        dns_server.clear_faults(f"late.{Z}")

    helper = threading.Thread(target=allow_after_the_first_attempt)
    helper.start()
    try:
        results = client.query_many(
            [(f"late.{Z}", "A")] + [(f"n{i}.wild.{Z}", "A") for i in range(8)]
        )
    finally:
        stop.set()
        helper.join(5)
    assert results[0].status is DnsStatus.NXDOMAIN and results[0].attempts == 2
    assert dns_server.protocols(f"late.{Z}") == ["udp", "udp"]
    assert all(r.status is DnsStatus.OK and r.attempts == 1 for r in results[1:])


def test_an_exception_in_on_result_stops_a_batch_and_propagates(
    dns_server: DnsTestServer,
) -> None:
    dns_server.delay("slow.example", 5.0, subtree=True)
    client = client_for(dns_server, timeout=3.0)
    reported: list[DnsResult] = []

    def explode(result: DnsResult) -> None:
        reported.append(result)
        raise RuntimeError("callback bug")

    queries = [(f"mx1.{Z}", "A")] + [(f"n{i}.slow.example", "A") for i in range(10)]
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="callback bug"):
        client.query_many(queries, on_result=explode)
    assert time.monotonic() - started < 2.0  # the slow queries were not awaited
    assert len(reported) == 1


def test_a_batch_of_invalid_names_fails_each_without_sending(dns_server: DnsTestServer) -> None:
    client = client_for(dns_server, max_parallel=4)
    queries = [(f"bad..{i}", "A") for i in range(3000)] + [(f"mx1.{Z}", "A")]
    results = client.query_many(queries)
    assert {r.status for r in results[:-1]} == {DnsStatus.ERROR}
    assert results[-1].status is DnsStatus.OK
    assert [q.name for q in dns_server.queries()] == [f"mx1.{Z}"]


def test_cancelling_a_batch_stops_its_first_attempts_and_its_retries(
    dns_server: DnsTestServer,
) -> None:
    dns_server.drop("slow.example", subtree=True)
    client = client_for(dns_server, timeout=0.2, retries=5, max_parallel=8)
    cancel = threading.Event()
    timer = threading.Timer(0.5, cancel.set)  # after the first attempts timed out
    timer.start()
    try:
        results = client.query_many([(f"n{i}.slow.example", "A") for i in range(20)], cancel=cancel)
    finally:
        timer.cancel()
    assert {r.status for r in results} == {DnsStatus.CANCELLED}
    sent = len(dns_server.queries())
    time.sleep(0.3)
    assert len(dns_server.queries()) == sent  # nothing is retried after the cancel
    assert sent < 20 * 6  # queued queries never started


@pytest.mark.parametrize("count", [4, 16], ids=["tasks", "batch"])
def test_what_on_result_reported_is_what_a_cancelled_call_returns(
    dns_server: DnsTestServer, count: int
) -> None:
    # Answers keep coming in (some late, some retried) while the call is cancelled at
    # different moments: every result on_result saw is the one returned for that query, and
    # a query returned as cancelled was never reported (the UI shows results as they come
    # and must not show one that the finished run then calls cancelled).
    for i in range(count):
        dns_server.add_record(f"q{i}.stream.example", "A", f"192.0.2.{i + 1}")
        if i % 3 == 1:
            dns_server.delay(f"q{i}.stream.example", 0.03 * i)
        elif i % 3 == 2:
            dns_server.drop(f"q{i}.stream.example")
    client = client_for(dns_server, timeout=0.1, retries=3)
    queries = [(f"q{i}.stream.example", "A") for i in range(count)]
    for moment in (0.0, 0.02, 0.05, 0.09, 0.12, 0.2, 0.31):
        cancel = threading.Event()
        reported: dict[str, DnsResult] = {}
        timer = threading.Timer(moment, cancel.set)
        timer.start()
        try:
            results = client.query_many(
                queries,
                cancel=cancel,
                on_result=lambda r, seen=reported: seen.setdefault(r.name, r),  # type: ignore[misc]
            )
        finally:
            timer.cancel()
        for result in results:
            if result.status is DnsStatus.CANCELLED:
                assert result.name not in reported
            else:
                assert reported[result.name] is result


# -- names turned into wire form without dnspython ---------------------------------------

plain_label = st.text(string.ascii_letters + string.digits + "-_", min_size=1, max_size=63)


@given(st.lists(plain_label, min_size=1, max_size=8), st.booleans())
@settings(max_examples=300, deadline=None)
def test_plain_names_are_prepared_exactly_as_dnspython_would(
    labels: list[str], final_dot: bool
) -> None:
    name = ".".join(labels) + ("." if final_dot else "")
    fast = DnsClient._prepare(name, "A")
    try:
        parsed = _parse_name(name)
    except Exception:
        assert fast.wire is None and fast.problem  # too long: refused by both
        return
    assert fast.problem == ""
    assert fast.wire == parsed.to_wire()
    assert fast.name == parsed.to_text(omit_final_dot=True)
    assert fast.qname == parsed


def test_the_longest_plain_name_is_accepted_and_one_more_is_refused() -> None:
    longest = ".".join(["a" * 63, "b" * 63, "c" * 63, "d" * 61])  # 253 characters
    assert DnsClient._prepare(longest, "A").wire == dns.name.from_text(longest).to_wire()
    too_long = DnsClient._prepare(longest + "d", "A")
    assert too_long.wire is None and "invalid name" in too_long.problem


# -- queries needed only if another finds a record (wanted_if) -----------------------------


@pytest.mark.parametrize("count", [2, 12], ids=["tasks", "batch"])
def test_a_query_whose_dependency_finds_nothing_is_not_waited_for(
    dns_server: DnsTestServer, count: int
) -> None:
    # Pairs of (A, TXT) like a blacklist's listing and its reason. The reasons of missing
    # names never answer (dropped), which would cost timeout * (retries + 1) each.
    dns_server.add_record(f"listed.{Z}", "A", "127.0.0.2")
    dns_server.add_record(f"listed.{Z}", "TXT", "the reason")
    names = [f"listed.{Z}"] + [f"missing{i}.{Z}" for i in range(count // 2 - 1)]
    for name in names[1:]:
        dns_server.drop(name, rtype="TXT")
    queries = [(name, rdtype) for name in names for rdtype in ("A", "TXT")]
    wanted_if = {index + 1: index for index in range(0, len(queries), 2)}
    reported: list[DnsResult] = []
    client = client_for(dns_server, timeout=3.0, retries=2)
    started = time.monotonic()
    results = client.query_many(queries, on_result=reported.append, wanted_if=wanted_if)
    # Sanity bound, not a timing test: a waited-for dropped query would take 9 s.
    assert time.monotonic() - started < 5
    assert [(r.name, r.rdtype, r.status) for r in results[:2]] == [
        (f"listed.{Z}", "A", DnsStatus.OK),
        (f"listed.{Z}", "TXT", DnsStatus.OK),
    ]
    assert results[1].texts == ("the reason",)
    for a, txt in zip(results[2::2], results[3::2], strict=True):
        assert a.status is DnsStatus.NXDOMAIN
        assert txt.status is DnsStatus.SKIPPED and not txt.definitive
        assert "not needed" in txt.detail
    # Every query is reported once, the skipped ones too (progress counts reach the total).
    assert sorted((r.name, r.rdtype) for r in reported) == sorted(queries)


def test_a_query_not_yet_sent_is_never_sent_once_not_needed(dns_server: DnsTestServer) -> None:
    # One query at a time: the TXT queries of missing names are dropped before they start.
    names = [f"gone{i}.{Z}" for i in range(5)]
    queries = [(name, rdtype) for name in names for rdtype in ("A", "TXT")]
    wanted_if = {index + 1: index for index in range(0, len(queries), 2)}
    results = client_for(dns_server, max_parallel=1).query_many(queries, wanted_if=wanted_if)
    assert [r.status for r in results] == [DnsStatus.NXDOMAIN, DnsStatus.SKIPPED] * 5
    assert dns_server.queries(rtype="TXT") == []
    assert len(dns_server.queries(rtype="A")) == 5


def test_a_retrying_query_is_stopped_when_no_longer_needed(dns_server: DnsTestServer) -> None:
    # Both queries of each name go unanswered at first, so both retry (every 0.2 s); then
    # the A queries are answered (NXDOMAIN) while the TXT queries are retrying as tasks.
    names = [f"late{i}.{Z}" for i in range(5)]
    for name in names:
        dns_server.drop(name)
    queries = [(name, rdtype) for name in names for rdtype in ("A", "TXT")]
    wanted_if = {index + 1: index for index in range(0, len(queries), 2)}
    client = client_for(dns_server, timeout=0.2, retries=20)
    done: list[list[DnsResult]] = []
    worker = threading.Thread(
        target=lambda: done.append(client.query_many(queries, wanted_if=wanted_if))
    )
    worker.start()
    deadline = time.monotonic() + 10
    while len(dns_server.queries(names[-1], rtype="TXT")) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    for name in names:
        dns_server.clear_faults(name)
        dns_server.drop(name, rtype="TXT")
    worker.join(10)
    assert done, "query_many did not return"
    assert [r.status for r in done[0]] == [DnsStatus.NXDOMAIN, DnsStatus.SKIPPED] * 5
    # Each TXT query was retrying when it was dropped, long before its 21 attempts.
    for name in names:
        assert 2 <= len(dns_server.queries(name, rtype="TXT")) < 21


def test_a_failed_dependency_also_skips_and_a_found_one_keeps(dns_server: DnsTestServer) -> None:
    dns_server.servfail(f"sf.{Z}", rtype="A")
    dns_server.add_record(f"sf.{Z}", "TXT", "never read")
    dns_server.add_record(f"ok.{Z}", "A", "127.0.0.4")
    dns_server.delay(f"sf.{Z}", 0.3, rtype="TXT")
    queries = [(f"sf.{Z}", "A"), (f"sf.{Z}", "TXT"), (f"ok.{Z}", "A"), (f"ok.{Z}", "TXT")]
    queries += [(f"pad{i}.{Z}", "A") for i in range(6)]  # a batch
    results = client_for(dns_server).query_many(queries, wanted_if={1: 0, 3: 2})
    assert [r.status for r in results[:4]] == [
        DnsStatus.SERVFAIL,
        DnsStatus.SKIPPED,
        DnsStatus.OK,
        DnsStatus.NODATA,  # answered: its dependency found a record
    ]


@pytest.mark.parametrize("repeat", range(3))
def test_a_skipped_query_whose_answer_is_already_in_is_reported_once(
    dns_server: DnsTestServer, repeat: int
) -> None:
    # Two queries go the task way; both answers arrive together, so when the A query's
    # NODATA cancels the TXT query's task, that task's answer is often already in (and
    # asyncio.wait_for then hands it over instead of raising). It must not be reported a
    # second time, nor replace the skipped result.
    dns_server.add_record(f"both{repeat}.{Z}", "TXT", "reason")
    queries = [(f"both{repeat}.{Z}", "A"), (f"both{repeat}.{Z}", "TXT")]
    client = client_for(dns_server, timeout=2.0)
    for _ in range(15):
        reported: list[DnsResult] = []
        results = client.query_many(queries, on_result=reported.append, wanted_if={1: 0})
        assert [r.status for r in results] == [DnsStatus.NODATA, DnsStatus.SKIPPED]
        assert reported == results


def chain_statuses(results: list[DnsResult]) -> list[DnsStatus]:
    return [r.status for r in results]


@pytest.mark.parametrize("count", [6, 12], ids=["tasks", "batch"])
def test_skipping_follows_chains_and_reports_each_query_once(
    dns_server: DnsTestServer, count: int
) -> None:
    # q0 finds nothing; q1 needs q0, q2 needs q1 (a chain), q3 needs q1 too, q4 needs an
    # index that does not exist and q5 needs itself (both ignored), the rest need nothing.
    dns_server.add_record(f"*.chain.{Z}", "A", "127.0.0.2")
    queries = [(f"q0.{Z}", "A")] + [(f"q{i}.chain.{Z}", "A") for i in range(1, count)]
    wanted_if = {1: 0, 2: 1, 3: 1, 4: count + 5, 5: 5}
    reported: list[DnsResult] = []
    results = client_for(dns_server, max_parallel=1).query_many(
        queries, on_result=reported.append, wanted_if=wanted_if
    )
    assert chain_statuses(results) == [DnsStatus.NXDOMAIN] + [DnsStatus.SKIPPED] * 3 + [
        DnsStatus.OK
    ] * (count - 4)
    assert sorted(reported, key=results.index) == results
    # Each skipped query is reported after the one whose failure dropped it.
    order = [r.name for r in reported]
    assert order.index(queries[0][0]) < order.index(queries[1][0]) < order.index(queries[2][0])
    assert order.index(queries[1][0]) < order.index(queries[3][0])
    # One at a time: the dropped queries were never sent.
    assert [q.name for q in dns_server.queries()][:1] == [f"q0.{Z}"]
    assert len(dns_server.queries()) == count - 3


def test_a_very_long_chain_of_dependent_queries_is_skipped_without_recursion(
    dns_server: DnsTestServer,
) -> None:
    # Each query needs the one before; the first finds nothing, so every other one is
    # dropped from inside the first answer's socket callback. Done recursively that ran out
    # of stack there (the error was only logged) and the batch never ended.
    count = 3000
    queries = [(f"c{i}.{Z}", "A") for i in range(count)]
    client = client_for(dns_server, max_parallel=1)
    done: list[list[DnsResult]] = []
    reported: list[DnsResult] = []
    worker = threading.Thread(
        target=lambda: done.append(
            client.query_many(
                queries,
                on_result=reported.append,
                wanted_if={i: i - 1 for i in range(1, count)},
            )
        ),
        daemon=True,
    )
    worker.start()
    worker.join(30)
    assert done, "query_many did not return"
    assert chain_statuses(done[0]) == [DnsStatus.NXDOMAIN] + [DnsStatus.SKIPPED] * (count - 1)
    assert [r.name for r in reported] == [name for name, _ in queries]  # in chain order
    assert [q.name for q in dns_server.queries()] == [f"c0.{Z}"]


@pytest.mark.parametrize("count", [2, 12], ids=["tasks", "batch"])
def test_an_exception_while_reporting_a_skipped_query_propagates(
    dns_server: DnsTestServer, count: int
) -> None:
    names = [f"gone{i}.{Z}" for i in range(count // 2)]
    queries = [(name, rdtype) for name in names for rdtype in ("A", "TXT")]
    wanted_if = {index + 1: index for index in range(0, len(queries), 2)}

    def explode(result: DnsResult) -> None:
        if result.status is DnsStatus.SKIPPED:
            raise RuntimeError("callback bug")

    client = client_for(dns_server)
    with pytest.raises(RuntimeError, match="callback bug"):
        client.query_many(queries, on_result=explode, wanted_if=wanted_if)
    # The thread's event loop is left clean: the next call works as usual.
    results = client.query_many(queries, wanted_if=wanted_if)
    assert chain_statuses(results) == [DnsStatus.NXDOMAIN, DnsStatus.SKIPPED] * (count // 2)


@pytest.mark.parametrize("count", [3, 12], ids=["tasks", "batch"])
def test_a_call_interrupted_twice_leaves_nothing_behind_for_the_next(
    dns_server: DnsTestServer, count: int
) -> None:
    # A callback that raises KeyboardInterrupt on every result (like a second Ctrl+C while
    # the first is being handled) interrupts the clean-up of the cancelled queries too. What
    # was left of that call must not run inside the thread's next call: it would report to
    # the old callback (raising there again) and keep its sockets.
    dns_server.add_record(f"*.ki.{Z}", "A", "127.0.0.2")
    client = client_for(dns_server, timeout=2.0)
    interrupted: list[DnsResult] = []
    outcome: list[object] = []

    def interrupt(result: DnsResult) -> None:
        interrupted.append(result)
        raise KeyboardInterrupt

    def work() -> None:  # one thread: every call below uses the same private event loop
        try:
            for round_ in range(10):
                queries = [(f"n{i}.r{round_}.ki.{Z}", "A") for i in range(count)]
                with pytest.raises(KeyboardInterrupt):
                    client.query_many(queries, on_result=interrupt)
                before = len(interrupted)
                reported: list[DnsResult] = []
                results = client.query_many(queries, on_result=reported.append)
                assert len(interrupted) == before, "the interrupted call's queries ran on"
                assert {r.status for r in results} == {DnsStatus.OK}
                assert reported and len(reported) == count
            outcome.append("ok")
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(60)
    assert outcome == ["ok"]


# What each query meets at the server in the property test below.
OUTCOMES = ("ok", "nxdomain", "servfail", "drop", "truncate", "late", "invalid")


@given(
    st.lists(st.sampled_from(OUTCOMES), min_size=1, max_size=14),
    st.dictionaries(st.integers(-1, 15), st.integers(-1, 15), max_size=14),
    st.sampled_from([1, 2, 3, 64]),
)
@settings(max_examples=40, deadline=None)
def test_any_dependencies_report_every_query_once_within_the_parallel_limit(
    outcomes: list[str], wanted_if: dict[int, int], max_parallel: int
) -> None:
    # Any mix of answers, lost first attempts (retried as tasks), truncation (TCP), invalid
    # names (never sent), dependencies in any direction (chains, cycles, out of range, on
    # itself) and a small parallel limit: every query is reported exactly once, a skipped
    # query's dependency failed before it, and no more queries than the limit are ever out
    # at once (an accounting slip would send too many, or stop sending and never return).
    with DnsTestServer() as server:
        names = []
        for index, outcome in enumerate(outcomes):
            name = f"q{index}.{Z}"
            if outcome == "invalid":
                name = f"bad name {index}.{Z}"
            elif outcome == "ok":
                server.add_record(name, "A", "127.0.0.2")
            elif outcome == "servfail":
                server.servfail(name)
            elif outcome == "drop":
                server.drop(name)
            elif outcome == "truncate":
                server.add_record(name, "A", "127.0.0.3")
                server.truncate(name)
            elif outcome == "late":
                server.add_record(name, "A", "127.0.0.4")
                server.delay(name, 0.05)
            names.append(name)
        client = DnsClient(
            ResolverSpec(server.host, server.port),
            timeout=0.15,
            retries=1,
            max_parallel=max_parallel,
        )
        reported: list[DnsResult] = []
        most_out = [0]

        def on_result(result: DnsResult) -> None:
            # Queries the server has seen (a first attempt at least) and not yet reported:
            # the server may log a query late, never early, so this never over-counts.
            done = {r.name for r in reported} | {result.name}
            out = {q.name for q in server.queries()} - done
            most_out[0] = max(most_out[0], len(out) + 1)
            reported.append(result)

        outcome_box: list[list[DnsResult]] = []
        worker = threading.Thread(
            target=lambda: outcome_box.append(
                client.query_many(
                    [(name, "A") for name in names], on_result=on_result, wanted_if=wanted_if
                )
            ),
            daemon=True,
        )
        worker.start()
        worker.join(60)
        assert outcome_box, "query_many did not return"
        results = outcome_box[0]
    assert len(results) == len(names)
    assert sorted(r.name for r in reported) == sorted(r.name for r in results)
    assert {r.name: r for r in reported} == {r.name: r for r in results}
    assert most_out[0] <= max_parallel
    order = [r.name for r in reported]
    for index, result in enumerate(results):
        needs = wanted_if.get(index)
        valid = needs is not None and needs != index and 0 <= needs < len(names)
        if result.status is DnsStatus.SKIPPED:
            assert valid
            assert needs is not None
            assert results[needs].status is not DnsStatus.OK
            assert order.index(names[needs]) < order.index(names[index])
        elif valid and needs is not None and results[needs].status is not DnsStatus.OK:
            # Not skipped: it had its own result before its dependency failed.
            assert order.index(names[index]) < order.index(names[needs])
        else:
            assert result.status is not DnsStatus.CANCELLED
