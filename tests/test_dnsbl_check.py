"""The blacklist check against the loopback DNS server: every status and reason, health probes,
bitmasks, multi-record answers, IPv6 names, resolver rewriting, DQS, cancellation, progress."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest

from app.core.dns_client import DnsClient
from app.core.dnsbl import (
    BlacklistRun,
    CheckProgress,
    CheckResult,
    Family,
    ProbeFailure,
    Reason,
    Status,
    check,
    query_name,
    reverse_ip,
    run_to_dict,
)
from app.core.dnsbl_lists import DnsblList, ListKind, Severity, list_by_id
from app.core.dnsbl_targets import Target, parse_target
from app.core.resolver import ResolverSpec
from tests.dns_server import DnsTestServer
from tests.dnsbl_zones import SUFFIX, list_domain, list_ip, publish_healthy, test_lists

IP = "203.0.113.25"
IP2 = "198.51.100.7"
IP6 = "2001:db8:7ca6:22::45"
DOMAIN = "example.co.jp"


@pytest.fixture
def lists() -> tuple[DnsblList, ...]:
    return test_lists()


@pytest.fixture
def server(dns_server: DnsTestServer, lists: tuple[DnsblList, ...]) -> DnsTestServer:
    publish_healthy(dns_server, lists)
    return dns_server


@pytest.fixture
def client(server: DnsTestServer) -> DnsClient:
    # Answers are expected in time (a loaded machine delays them); one dropped query costs
    # twice this.
    return DnsClient(ResolverSpec(server.host, server.port), timeout=1.0, retries=1)


def by_id(lists: tuple[DnsblList, ...], list_id: str) -> DnsblList:
    lst = list_by_id(lists, list_id)
    assert lst is not None
    return lst


def result(run: BlacklistRun, list_id: str, target: str) -> CheckResult:
    return next(r for r in run.results if r.list_id == list_id and r.target == target)


def run_check(client: DnsClient, lists, *targets: str, **kwargs) -> BlacklistRun:  # type: ignore[no-untyped-def]
    return check([parse_target(t) for t in targets], lists, client, **kwargs)


# -- listed / not listed / policy ------------------------------------------------------------


def test_every_answer_record_is_read_and_the_reason_text_fetched(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    zen = by_id(lists, "spamhaus-zen")
    list_ip(server, zen, IP, "127.0.0.2", "127.0.0.4", "127.0.0.10", txt="https://check.example/ip")
    run = run_check(client, lists, IP)
    found = result(run, "spamhaus-zen", IP)
    assert found.status is Status.LISTED
    assert found.reason is None
    assert sorted(found.codes) == ["127.0.0.10", "127.0.0.2", "127.0.0.4"]
    assert len(found.meanings) == 3
    assert {m.severity for m in found.meanings} == {Severity.LISTED, Severity.POLICY}
    assert found.severity is Severity.LISTED
    assert found.txt == ("https://check.example/ip",)
    assert found.ttl == 300
    assert "SBL" in found.meaning("en") and "PBL" in found.meaning("en")
    assert found.zone == "zen.spamhaus.org"  # the public zone, not the test zone
    assert found.delist_url == "https://check.spamhaus.org/"
    # Every other list: not listed, because every list passed its probes and said NXDOMAIN.
    others = [r for r in run.results if r.list_id != "spamhaus-zen"]
    assert others and all(r.status is Status.NOT_LISTED for r in others)
    assert all(h.healthy for h in run.health)
    assert run.complete and not run.rewriting


def test_a_reason_is_only_waited_for_when_the_target_is_listed(server, lists) -> None:  # type: ignore[no-untyped-def]
    # The reason queries (TXT) of every list go unanswered: a listed target's reason is
    # waited for (and comes back not tested as a reason, the listing still stands), a target
    # that is not listed is never held up by its reason.
    zen = by_id(lists, "spamhaus-zen")
    list_ip(server, zen, IP, "127.0.0.2")
    server.drop(SUFFIX, subtree=True, rtype="TXT")
    client = DnsClient(ResolverSpec(server.host, server.port), timeout=0.6, retries=1)
    run = run_check(client, lists, IP, IP2)
    assert result(run, "spamhaus-zen", IP).status is Status.LISTED
    assert result(run, "spamhaus-zen", IP).txt == ()
    assert result(run, "spamhaus-zen", IP2).status is Status.NOT_LISTED
    assert run.complete and not run.cancelled
    ip_lists = sum(1 for lst in lists if lst.kind is ListKind.IP)
    # Every reason but the listing's was dropped as not needed; the listing's timed out.
    assert run.skipped_count == 2 * ip_lists - 1
    assert run_to_dict(run, "en")["not_needed"] == run.skipped_count


def test_a_small_run_reports_each_query_once_and_counts_the_reason_not_needed(
    server, lists
) -> None:  # type: ignore[no-untyped-def]
    # One list and one target: few queries, which go the task way. The reason's answer comes
    # in together with the listing's NXDOMAIN; the reason is reported once, as not needed
    # (it used to come a second time with its answer, so progress overshot the total and
    # "not_needed" read 0).
    zen = by_id(lists, "spamhaus-zen")
    client = DnsClient(ResolverSpec(server.host, server.port), timeout=2.0, retries=1)
    for _ in range(10):
        progress: list[CheckProgress] = []
        run = run_check(client, [zen], IP, on_progress=progress.append)
        assert result(run, "spamhaus-zen", IP).status is Status.NOT_LISTED
        assert run.skipped_count == 1
        assert len(progress) == run.query_count
        assert progress[-1].done == progress[-1].total == run.query_count


def test_pbl_alone_is_a_policy_listing_not_spam(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, by_id(lists, "spamhaus-zen"), IP, "127.0.0.11")
    found = result(run_check(client, lists, IP), "spamhaus-zen", IP)
    assert found.status is Status.POLICY
    assert found.severity is Severity.POLICY
    assert "PBL" in found.meaning("en")


def test_uceprotect_levels_2_and_3_are_informational(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, by_id(lists, "uceprotect-1"), IP)
    list_ip(server, by_id(lists, "uceprotect-3"), IP)
    run = run_check(client, lists, IP)
    assert result(run, "uceprotect-1", IP).status is Status.LISTED
    level3 = result(run, "uceprotect-3", IP)
    assert level3.status is Status.POLICY
    assert level3.severity is Severity.INFORMATIONAL
    assert result(run, "uceprotect-2", IP).status is Status.NOT_LISTED


def test_bitmask_lists_decode_every_bit(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    list_domain(server, by_id(lists, "uribl"), DOMAIN, "127.0.0.14")
    list_domain(server, by_id(lists, "surbl"), DOMAIN, "127.0.0.80")
    run = run_check(client, lists, DOMAIN)
    uribl = result(run, "uribl", DOMAIN)
    assert uribl.status is Status.LISTED
    assert [m.code for m in uribl.meanings] == ["bit 2", "bit 4", "bit 8"]
    surbl = result(run, "surbl", DOMAIN)
    assert surbl.status is Status.LISTED
    assert [m.code for m in surbl.meanings] == ["bit 16", "bit 64"]
    assert "MW" in surbl.meaning("en") and "ABUSE" in surbl.meaning("en")


def test_an_undocumented_code_is_a_listing_except_where_the_list_says_otherwise(
    server, client, lists
) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, by_id(lists, "dronebl"), IP, "127.0.0.13")
    list_ip(server, by_id(lists, "spamrats-spam"), IP, "127.0.0.36")
    list_ip(server, by_id(lists, "spamcop"), IP, "127.0.0.99")
    run = run_check(client, lists, IP)
    drone = result(run, "dronebl", IP)
    assert drone.status is Status.LISTED and "13" in drone.meaning("en")
    spamcop = result(run, "spamcop", IP)
    assert spamcop.status is Status.LISTED and "127.0.0.99" in spamcop.meaning("en")
    rats = result(run, "spamrats-spam", IP)
    assert rats.status is Status.NOT_TESTED and rats.reason is Reason.BAD_ANSWER


# -- error codes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("127.255.255.254", Reason.RESOLVER_BLOCKED),
        ("127.255.255.255", Reason.RATE_LIMITED),
        ("127.255.255.252", Reason.CONFIG_ERROR),
    ],
)
def test_spamhaus_error_codes_are_not_tested_never_listed(
    server, client, lists, code: str, reason: Reason
) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, by_id(lists, "spamhaus-zen"), IP, code)
    found = result(run_check(client, lists, IP), "spamhaus-zen", IP)
    assert found.status is Status.NOT_TESTED
    assert found.reason is reason
    assert found.codes == (code,)


def test_dbl_answer_for_an_ip_query_is_a_config_error(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    list_domain(server, by_id(lists, "spamhaus-dbl"), DOMAIN, "127.0.1.255")
    found = result(run_check(client, lists, DOMAIN), "spamhaus-dbl", DOMAIN)
    assert found.status is Status.NOT_TESTED and found.reason is Reason.CONFIG_ERROR


def test_a_resolver_blocked_everywhere_marks_the_list_blocked(dns_server, lists) -> None:  # type: ignore[no-untyped-def]
    """Spamhaus through a public resolver answers 127.255.255.254 even for its test entry."""
    publish_healthy(dns_server, tuple(x for x in lists if not x.id.startswith("spamhaus")))
    zen = by_id(lists, "spamhaus-zen")
    dns_server.add_record(f"*.{zen.zone}", "A", "127.255.255.254")
    dns_server.add_record(f"*.{by_id(lists, 'uribl').zone}", "A", "127.0.0.1")
    client = DnsClient(ResolverSpec(dns_server.host, dns_server.port), timeout=1.0)
    run = run_check(client, lists, IP, DOMAIN)
    zen_health = next(h for h in run.health if h.list_id == "spamhaus-zen")
    assert zen_health.healthy is False and zen_health.reason is Reason.RESOLVER_BLOCKED
    assert result(run, "spamhaus-zen", IP).reason is Reason.RESOLVER_BLOCKED
    uribl = result(run, "uribl", DOMAIN)
    assert uribl.status is Status.NOT_TESTED and uribl.reason is Reason.RESOLVER_BLOCKED
    # DBL answers nothing at all (like some public resolvers do): unhealthy, never "clean".
    dbl = result(run, "spamhaus-dbl", DOMAIN)
    assert dbl.status is Status.NOT_TESTED and dbl.reason is Reason.LIST_UNHEALTHY


# -- failed queries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("drop", Reason.TIMEOUT),
        ("servfail", Reason.SERVFAIL),
        ("refused", Reason.REFUSED),
        ("notimp", Reason.BAD_ANSWER),
    ],
)
def test_a_failed_query_is_never_not_listed(
    server, client, lists, fault: str, reason: Reason
) -> None:  # type: ignore[no-untyped-def]
    spamcop = by_id(lists, "spamcop")
    name = query_name(spamcop, parse_target(IP))
    if fault == "notimp":
        server.rcode(name, "NOTIMP")
    else:
        getattr(server, fault)(name)
    found = result(run_check(client, lists, IP), "spamcop", IP)
    assert found.status is Status.NOT_TESTED
    assert found.reason is reason
    assert found.problem is not None and found.problem.ja and found.problem.en


def test_an_unreachable_dns_server_is_a_network_error_or_timeout(lists) -> None:  # type: ignore[no-untyped-def]
    import socket

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    client = DnsClient(ResolverSpec("127.0.0.1", port), timeout=0.2, retries=0)
    run = run_check(client, lists, IP)
    assert run.results
    assert all(r.status is Status.NOT_TESTED for r in run.results)
    assert {r.reason for r in run.results} <= {Reason.NETWORK_ERROR, Reason.TIMEOUT}
    assert run.answered_count == 0


def test_timeouts_are_bounded_by_the_timeout_setting(server, lists) -> None:  # type: ignore[no-untyped-def]
    server.drop(SUFFIX, subtree=True)
    client = DnsClient(ResolverSpec(server.host, server.port), timeout=0.1, retries=1)
    run = run_check(client, lists, IP, DOMAIN)
    assert {r.status for r in run.results} == {Status.NOT_TESTED}
    assert {r.reason for r in run.results} == {Reason.TIMEOUT}
    assert all(h.healthy is False for h in run.health)
    # Why the lists could not be used is said in words, in each language.
    problems = [h.problem for h in run.health if h.problem is not None]
    assert problems
    for problem in problems:
        assert "timeout" not in problem.ja and "時間内に応答なし" in problem.ja
        assert "(no answer in time)" in problem.en


# -- health probes ---------------------------------------------------------------------------


def test_a_list_that_lists_127_0_0_1_is_wildcarding_and_ignored(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    psbl = by_id(lists, "psbl")
    # A dead list whose domain now answers "listed" for everything, 127.0.0.1 included.
    list_ip(server, psbl, "127.0.0.1", "127.0.0.2")
    list_ip(server, psbl, IP, "127.0.0.2")
    run = run_check(client, lists, IP)
    found = result(run, "psbl", IP)
    assert found.status is Status.NOT_TESTED
    assert found.reason is Reason.LIST_UNHEALTHY
    health = next(h for h in run.health if h.list_id == "psbl")
    assert health.healthy is False
    # The problem is the meaning column's plain words; the test query is in the detail.
    assert health.failure is ProbeFailure.WILDCARD
    assert health.problem is not None and "never listed" in health.problem.en
    assert "1.0.0.127." in health.detail


def test_a_list_that_does_not_list_127_0_0_2_cannot_say_not_listed(dns_server, lists) -> None:  # type: ignore[no-untyped-def]
    publish_healthy(dns_server, tuple(x for x in lists if x.id != "barracuda"))
    client = DnsClient(ResolverSpec(dns_server.host, dns_server.port), timeout=1.0)
    run = run_check(client, lists, IP)
    found = result(run, "barracuda", IP)
    assert found.status is Status.NOT_TESTED
    assert found.reason is Reason.LIST_UNHEALTHY
    health = next(h for h in run.health if h.list_id == "barracuda")
    assert health.failure is ProbeFailure.MISSING
    assert health.problem is not None and "always listed" in health.problem.en
    assert "2.0.0.127." in health.detail
    # Even a listing from an unhealthy list does not count.
    list_ip(dns_server, by_id(lists, "barracuda"), IP2)
    again = result(run_check(client, lists, IP2), "barracuda", IP2)
    assert again.status is Status.NOT_TESTED and again.reason is Reason.LIST_UNHEALTHY


def test_domain_lists_are_probed_with_test_and_invalid(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    run_check(client, lists, DOMAIN)
    dbl = by_id(lists, "spamhaus-dbl")
    asked = {q.name for q in server.queries()}
    assert f"test.{dbl.zone}" in asked
    assert f"invalid.{dbl.zone}" in asked
    assert f"dbltest.com.{dbl.zone}" in asked


def test_a_resolver_that_rewrites_nxdomain_is_detected(dns_server, lists) -> None:  # type: ignore[no-untyped-def]
    # An ISP "search page" resolver: every unknown name gets its web server's address, the
    # lists' test entries included (their real answers never reach us).
    for lst in lists:
        dns_server.add_record(f"*.{lst.zone}", "A", "198.51.100.80")
    client = DnsClient(ResolverSpec(dns_server.host, dns_server.port), timeout=1.0)
    run = run_check(client, lists, IP, DOMAIN)
    assert run.rewriting
    assert all(r.status is Status.NOT_TESTED for r in run.results)
    spamcop = result(run, "spamcop", IP)
    assert spamcop.reason is Reason.BAD_ANSWER
    assert spamcop.codes == ("198.51.100.80",)
    assert all(h.healthy is False for h in run.health)


# -- what goes where -------------------------------------------------------------------------


def test_ipv6_addresses_use_nibble_names_and_ipv4_only_lists_are_unsupported(
    server, client, lists
) -> None:  # type: ignore[no-untyped-def]
    zen = by_id(lists, "spamhaus-zen")
    nibbles = "5.4.0.0.0.0.0.0.0.0.0.0.0.0.0.0.2.2.0.0.6.a.c.7.8.b.d.0.1.0.0.2"
    assert reverse_ip(IP6) == nibbles
    assert reverse_ip("::ffff:203.0.113.25") == "25.113.0.203"
    server.add_record(f"{nibbles}.{zen.zone}", "A", "127.0.0.3")
    run = run_check(client, lists, IP6)
    assert result(run, "spamhaus-zen", IP6).status is Status.LISTED
    spamcop = result(run, "spamcop", IP6)
    assert spamcop.status is Status.UNSUPPORTED and spamcop.reason is None
    assert not [q for q in server.queries() if q.name.endswith(by_id(lists, "spamcop").zone)]
    v6_probe = "2.0.0.0.0.0.f.7.f.f.f.f." + "0." * 19 + "0"
    assert any(q.name == f"{v6_probe}.{zen.zone}" for q in server.queries())
    assert {h.family for h in run.health if h.list_id == "spamhaus-zen"} == {Family.IPV6}


def test_ips_never_reach_domain_lists_and_domains_never_reach_ip_lists(
    server, client, lists
) -> None:  # type: ignore[no-untyped-def]
    run_check(client, lists, IP, IP6, DOMAIN, "例え.jp")
    domain_zones = [x.zone for x in lists if x.kind is ListKind.DOMAIN]
    ip_zones = [x.zone for x in lists if x.kind is ListKind.IP]
    seen = 0
    for entry in server.queries():
        for zone in domain_zones:
            if entry.name.endswith("." + zone):
                label = entry.name[: -len(zone) - 1]
                assert label in (
                    "test",
                    "invalid",
                    "dbltest.com",
                    "test.uribl.com",
                    "test.surbl.org",
                    "example.co.jp",
                    "xn--r8jz45g.jp",
                ), label
                seen += 1
        for zone in ip_zones:
            if entry.name.endswith("." + zone):
                label = entry.name[: -len(zone) - 1]
                assert "example" not in label and "xn--" not in label
                seen += 1
    assert seen == len(server.queries())


def test_duplicate_targets_are_checked_once(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    run = check([parse_target(IP), parse_target("２０３．０．１１３．２５")], lists, client)
    assert len(run.targets) == 1
    spamcop = by_id(lists, "spamcop")
    assert len(server.queries(query_name(spamcop, run.targets[0]), "A")) == 1


def test_the_same_address_from_two_origins_is_one_target_with_both(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    from app.core.dnsbl_targets import Origin, OriginKind

    typed = parse_target(IP).with_origins(Origin(OriginKind.ENTERED))
    from_mx = parse_target(IP).with_origins(Origin(OriginKind.MX, "mail.example.co.jp"))
    assert typed != from_mx  # equal address, different origins
    run = check([typed, from_mx], lists, client)
    assert [t.value for t in run.targets] == [IP]
    assert set(run.targets[0].origins) == {*typed.origins, *from_mx.origins}
    # One result per list, not one per copy (each listing was counted four times).
    ids = [r.list_id for r in run.results_for(run.targets[0])]
    assert len(ids) == len(set(ids))


# -- Spamhaus DQS ----------------------------------------------------------------------------

KEY = "abcdefghijklmnopqrstuvwxyz"


def test_a_dqs_key_switches_spamhaus_to_dqs_and_never_shows(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    from tests.dnsbl_zones import publish_probes

    zen = by_id(lists, "spamhaus-zen").with_dqs(KEY)
    dbl = by_id(lists, "spamhaus-dbl").with_dqs(KEY)
    assert zen.zone == f"{KEY}.zen.dq.spamhaus.net.{SUFFIX}"
    publish_probes(server, zen)
    publish_probes(server, dbl)
    list_ip(server, zen, IP, "127.0.0.4", txt=f"see https://check.example/{KEY}")
    run = run_check(client, lists, IP, DOMAIN, dqs_key=KEY)
    found = result(run, "spamhaus-zen", IP)
    assert found.status is Status.LISTED
    assert found.zone == "zen.dq.spamhaus.net"
    assert result(run, "spamhaus-dbl", DOMAIN).status is Status.NOT_LISTED
    assert run.dqs
    assert not [q for q in server.queries() if q.name.endswith("zen.spamhaus.org." + SUFFIX)]
    text = json.dumps(run_to_dict(run, "ja"), ensure_ascii=False) + repr(run)
    assert KEY not in text
    assert "***" in found.query


def test_dqs_servfail_means_the_key_was_not_accepted(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    zen = by_id(lists, "spamhaus-zen").with_dqs(KEY)
    server.servfail(zen.zone, subtree=True)
    run = run_check(client, lists, IP, dqs_key=KEY)
    found = result(run, "spamhaus-zen", IP)
    assert found.status is Status.NOT_TESTED and found.reason is Reason.CONFIG_ERROR
    assert found.problem is not None and "DQS" in found.problem.en


# -- cancellation and progress ---------------------------------------------------------------


def test_cancelling_marks_unfinished_results_cancelled(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    server.set_global_delay(5.0)
    slow = DnsClient(ResolverSpec(server.host, server.port), timeout=10.0)
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    run = run_check(slow, lists, IP, DOMAIN, cancel=cancel)
    assert run.cancelled and not run.complete
    assert {r.status for r in run.results} == {Status.NOT_TESTED}
    assert {r.reason for r in run.results} == {Reason.CANCELLED}
    assert all(h.healthy is None for h in run.health)


def test_progress_reports_every_answer_and_each_list_once(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    events: list[CheckProgress] = []
    run = run_check(client, lists, IP, DOMAIN, on_progress=events.append)
    assert events[-1].done == events[-1].total == run.query_count
    finished = [e for e in events if e.list_id]
    assert sorted(e.list_id for e in finished) == sorted(x.id for x in lists)
    live = {r.list_id: r.status for e in finished for r in e.results}
    assert live == {r.list_id: r.status for r in run.results}


def test_json_form_has_the_documented_fields(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    list_ip(server, by_id(lists, "spamcop"), IP)
    data = run_to_dict(run_check(client, lists, IP, DOMAIN), "ja")
    assert set(data) >= {"targets", "lists", "resolver", "checked_at"}
    first = data["targets"][0]
    assert set(first) >= {"target", "kind", "results"}
    assert set(first["results"][0]) >= {
        "list",
        "zone",
        "status",
        "reason",
        "codes",
        "meaning",
        "delist_url",
    }
    assert set(data["lists"][0]) >= {"zone", "healthy", "problem"}
    spamcop = next(r for r in first["results"] if r["list_id"] == "spamcop")
    assert spamcop["status"] == "listed" and spamcop["codes"] == ["127.0.0.2"]
    assert spamcop["meaning"]  # Japanese text
    assert data["checked_at"].endswith("+09:00")


def test_no_targets_or_no_fitting_list_sends_nothing(server, client, lists) -> None:  # type: ignore[no-untyped-def]
    server.clear_log()
    run = check([], lists, client)
    assert run.results == () and run.query_count == 0
    only_domain_lists = tuple(x for x in lists if x.kind is ListKind.DOMAIN)
    run = check([Target(IP, parse_target(IP).kind)], only_domain_lists, client)
    assert run.results == ()
    assert server.queries() == []


# -- several system DNS servers ----------------------------------------------------------------


@pytest.fixture
def nxdomain_server() -> Iterator[DnsTestServer]:
    """A second system DNS server that knows nothing: NXDOMAIN for every name (a filtering or
    broken resolver). Its "not found" must never become "not listed"."""
    with DnsTestServer() as empty:
        yield empty


def _system_servers(monkeypatch: pytest.MonkeyPatch, *servers: DnsTestServer) -> DnsClient:
    import app.core.dns_client as dns_client_module

    pairs = tuple((s.host, s.port) for s in servers)
    monkeypatch.setattr(dns_client_module, "system_nameservers", lambda: pairs)
    # Long enough for a loopback answer on a loaded machine (0.2 s was not); a server that
    # stays silent costs it twice.
    return DnsClient(timeout=0.6, retries=1)


def test_an_answer_from_an_unprobed_second_server_is_never_not_listed(
    server: DnsTestServer,
    nxdomain_server: DnsTestServer,
    lists: tuple[DnsblList, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The first server passes every probe but never answers for the target; the second
    # answers NXDOMAIN for everything. A retry that moved on to the second server used to
    # turn the target's timeout into "not listed".
    zen = by_id(lists, "spamhaus-zen")
    server.drop(query_name(zen, parse_target(IP)), subtree=True)
    client = _system_servers(monkeypatch, server, nxdomain_server)
    run = run_check(client, (zen,), IP)
    found = result(run, "spamhaus-zen", IP)
    assert found.status is Status.NOT_TESTED
    assert found.reason is Reason.TIMEOUT
    assert run.resolver == f"system ({server.address})"
    assert nxdomain_server.queries(name=query_name(zen, parse_target(IP))) == []


def test_a_run_goes_to_the_first_system_server_that_answers(
    server: DnsTestServer,
    nxdomain_server: DnsTestServer,
    lists: tuple[DnsblList, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    zen = by_id(lists, "spamhaus-zen")
    # The empty server first: it answers, so the whole run (probes included) goes there,
    # its probes fail and nothing it says counts.
    client = _system_servers(monkeypatch, nxdomain_server, server)
    found = result(run_check(client, (zen,), IP), "spamhaus-zen", IP)
    assert found.status is Status.NOT_TESTED
    assert found.reason is Reason.LIST_UNHEALTHY
    assert server.queries() == []
    # A silent first server: the run moves to the healthy second one, probes and all.
    nxdomain_server.drop(".", subtree=True)
    run = run_check(client, (zen,), IP)
    assert result(run, "spamhaus-zen", IP).status is Status.NOT_LISTED
    assert run.resolver == f"system ({server.address})"


def test_answers_from_a_server_that_did_not_answer_the_probes_do_not_count(
    lists: tuple[DnsblList, ...],
) -> None:
    from app.core.dns_client import DnsResult, DnsStatus
    from app.core.dnsbl import evaluate_health

    zen = by_id(lists, "spamhaus-zen")
    listed = [DnsResult("2.0.0.127." + zen.zone, "A", DnsStatus.OK, ("127.0.0.2",), server="a")]
    clean = [DnsResult("1.0.0.127." + zen.zone, "A", DnsStatus.NXDOMAIN, server="b")]
    health = evaluate_health(zen, Family.IPV4, listed, clean)
    assert health.healthy is False and health.reason is Reason.LIST_UNHEALTHY
    assert health.problem is not None and "different DNS servers" in health.problem.en


def test_a_target_answer_from_another_server_than_the_probes_is_not_tested(
    lists: tuple[DnsblList, ...],
) -> None:
    from app.core.dns_client import DnsResult, DnsStatus

    zen = by_id(lists, "spamhaus-zen")

    class SplitClient:
        """Probes answered by one server, the target's NXDOMAIN by another (what a client
        that fails over per query would deliver)."""

        servers = (("127.0.0.1", 1),)
        timeout = 0.1

        def describe(self) -> str:
            return "127.0.0.1:1"

        def query_many(self, queries, cancel=None, on_result=None, wanted_if=None):  # type: ignore[no-untyped-def]
            results = []
            for name, rdtype in queries:
                if name.startswith("2.0.0.127."):
                    found = DnsResult(name, rdtype, DnsStatus.OK, ("127.0.0.2",), server="a")
                elif name.startswith("1.0.0.127."):
                    found = DnsResult(name, rdtype, DnsStatus.NXDOMAIN, server="a")
                else:
                    found = DnsResult(name, rdtype, DnsStatus.NXDOMAIN, server="b")
                results.append(found)
            return results

    run = run_check(SplitClient(), (zen,), IP)  # type: ignore[arg-type]
    assert all(h.healthy for h in run.health)
    found = result(run, "spamhaus-zen", IP)
    assert found.status is Status.NOT_TESTED
    assert found.reason is Reason.LIST_UNHEALTHY
    assert found.problem is not None and "did not answer the list's test" in found.problem.en
