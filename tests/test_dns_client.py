"""The app's DNS layer against the real loopback server: statuses, fallbacks, parallelism."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import dns_client as dns_client_module
from app.core.dns_client import DnsClient, DnsResult, DnsStatus, a_label
from app.core.errors import CheckError, InputError
from app.core.resolver import ResolverSpec, format_server, system_nameservers
from tests.dns_server import DnsTestServer

Z = "dnstest.example"


def client_for(server: DnsTestServer, **kwargs: float) -> DnsClient:
    options = {"timeout": 0.5, "retries": 1, **kwargs}
    return DnsClient(
        ResolverSpec(server.host, server.port),
        timeout=options["timeout"],
        retries=int(options["retries"]),
        max_parallel=int(options.get("max_parallel", 64)),
    )


# -- statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "rdtype", "status"),
    [
        (f"mx1.{Z}", "A", DnsStatus.OK),
        (f"missing.{Z}", "A", DnsStatus.NXDOMAIN),
        (f"mx1.{Z}", "TXT", DnsStatus.NODATA),
        (f"deep.ent.{Z}", "A", DnsStatus.NODATA),
    ],
)
def test_answer_statuses(dns_client: DnsClient, name: str, rdtype: str, status: DnsStatus) -> None:
    result = dns_client.query(name, rdtype)
    assert result.status is status
    assert result.definitive
    assert result.attempts == 1 and not result.via_tcp
    assert result.server == format_server(*dns_client.servers[0])


def test_ok_result_fields(dns_server: DnsTestServer, dns_client: DnsClient) -> None:
    result = dns_client.query(f"MX2.{Z}", "a")
    assert result == DnsResult(
        name=f"MX2.{Z}",
        rdtype="A",
        status=DnsStatus.OK,
        records=("192.0.2.26",),
        ttl=600,
        elapsed=result.elapsed,
        server=dns_server.address,
        attempts=1,
    )
    assert 0 <= result.elapsed < 5


def test_to_dict_is_json_ready(dns_client: DnsClient) -> None:
    data = dns_client.query(f"escapes.{Z}", "TXT").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["status"] == "ok" and data["definitive"] is True and data["type"] == "TXT"
    assert data["strings"] == [["semi;colon", 'quote"inside', "decAimal", "café"]]
    assert data["server"] == format_server(*dns_client.servers[0])
    timeout = DnsResult("x.example", "A", DnsStatus.TIMEOUT, strings=((b"\xff",),)).to_dict()
    assert timeout["definitive"] is False and timeout["strings"] == [["\\xff"]]


def test_negative_answers_carry_the_negative_ttl(dns_client: DnsClient) -> None:
    # min(SOA TTL 300, SOA minimum 60): how long resolvers may cache "does not exist".
    assert dns_client.query(f"missing.{Z}", "A").ttl == 60
    assert dns_client.query(f"mx1.{Z}", "MX").ttl == 60


@pytest.mark.parametrize(
    ("fault", "status"),
    [("servfail", DnsStatus.SERVFAIL), ("refused", DnsStatus.REFUSED)],
)
def test_server_failures_are_never_answers(
    dns_server: DnsTestServer, dns_client: DnsClient, fault: str, status: DnsStatus
) -> None:
    getattr(dns_server, fault)("zen.example", subtree=True)
    result = dns_client.query("2.0.0.127.zen.example", "A")
    assert result.status is status
    assert not result.definitive
    assert status.value.upper() in result.detail
    assert result.attempts == 1  # not retried: the server did answer
    assert len(dns_server.queries("2.0.0.127.zen.example")) == 1


@pytest.mark.parametrize("rcode", ["NOTIMP", "FORMERR", "YXDOMAIN"])
def test_other_rcodes_are_errors_with_detail(
    dns_server: DnsTestServer, dns_client: DnsClient, rcode: str
) -> None:
    dns_server.rcode(f"mx1.{Z}", rcode)
    result = dns_client.query(f"mx1.{Z}", "A")
    assert result.status is DnsStatus.ERROR
    assert rcode in result.detail


@pytest.mark.parametrize("retries", [0, 1, 2])
def test_drop_times_out_after_exactly_retries_plus_one_attempts(
    dns_server: DnsTestServer, retries: int
) -> None:
    dns_server.drop(f"mx1.{Z}")
    client = client_for(dns_server, timeout=0.3, retries=retries)
    started = time.monotonic()
    result = client.query(f"mx1.{Z}", "A")
    wall = time.monotonic() - started
    assert result.status is DnsStatus.TIMEOUT
    assert result.attempts == retries + 1
    assert dns_server.protocols(f"mx1.{Z}") == ["udp"] * (retries + 1)
    assert f"{retries + 1} attempt" in result.detail
    # Generous sanity bound on the documented worst case timeout * (retries + 1).
    assert wall < client.worst_case_seconds(1) + 2.0


def test_delay_shorter_than_timeout_is_answered(dns_server: DnsTestServer) -> None:
    dns_server.delay(f"mx1.{Z}", 0.2)
    result = client_for(dns_server, timeout=2.0).query(f"mx1.{Z}", "A")
    assert result.status is DnsStatus.OK and result.attempts == 1


def test_delay_longer_than_timeout_times_out_and_late_answers_are_ignored(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.delay(f"mx1.{Z}", 0.8)  # timeout 0.5: each answer comes after its attempt ended
    result = dns_client.query(f"mx1.{Z}", "A")
    assert result.status is DnsStatus.TIMEOUT
    assert result.attempts == 2


def over_tcp_client(server: DnsTestServer) -> DnsClient:
    """For answers that come over TCP after a truncated UDP one: two round trips in one
    attempt, with room for a loaded machine (they are all answered)."""
    return client_for(server, timeout=2.0)


def test_truncated_udp_answer_is_retried_over_tcp(dns_server: DnsTestServer) -> None:
    dns_client = over_tcp_client(dns_server)
    dns_server.truncate(f"multi.{Z}")
    result = dns_client.query(f"multi.{Z}", "A")
    assert result.status is DnsStatus.OK
    assert result.via_tcp
    assert sorted(result.records) == ["127.0.0.10", "127.0.0.2", "127.0.0.9"]
    assert dns_server.protocols(f"multi.{Z}") == ["udp", "tcp"]


def test_answer_cut_mid_record_is_retried_over_tcp(dns_server: DnsTestServer) -> None:
    dns_client = over_tcp_client(dns_server)
    dns_server.truncate(f"multi.{Z}", partial=True)
    result = dns_client.query(f"multi.{Z}", "A")
    assert result.status is DnsStatus.OK and result.via_tcp
    assert len(result.records) == 3
    assert result.attempts == 1
    assert dns_server.protocols(f"multi.{Z}") == ["udp", "tcp"]


def test_long_txt_record_comes_over_tcp_with_strings_intact(dns_server: DnsTestServer) -> None:
    dns_client = over_tcp_client(dns_server)
    parts = [bytes([65 + i % 26]) * 255 for i in range(8)]  # 2 KiB: over the EDNS buffer
    dns_server.add_record(f"long.{Z}", "TXT", parts)
    result = dns_client.query(f"long.{Z}", "TXT")
    assert result.status is DnsStatus.OK and result.via_tcp
    assert result.strings == (tuple(parts),)
    assert result.texts == (b"".join(parts).decode(),)
    assert dns_server.protocols(f"long.{Z}") == ["udp", "tcp"]


def test_tcp_dropped_after_truncation_times_out_and_retries_go_straight_to_tcp(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.truncate(f"mx1.{Z}")
    dns_server.drop(f"mx1.{Z}", protocol="tcp")
    result = dns_client.query(f"mx1.{Z}", "A")
    assert result.status is DnsStatus.TIMEOUT
    assert result.via_tcp
    assert result.attempts == 2
    # The first attempt learned that UDP is too small; the retry did not ask over UDP again.
    protocols = dns_server.protocols(f"mx1.{Z}")
    assert protocols[0] == "udp" and protocols.count("udp") == 1


def test_failed_tcp_fallback_is_an_error_not_an_answer() -> None:
    with DnsTestServer(zones=[f"a.{Z}. A 192.0.2.1"], tcp=False) as server:
        server.truncate(f"a.{Z}")
        result = client_for(server).query(f"a.{Z}", "A")
    assert result.status is DnsStatus.ERROR
    assert result.via_tcp
    assert "TCP" in result.detail and "Refused" in result.detail


def test_nothing_listening_is_a_timeout() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))  # bound, never read: UDP queries vanish
        port = silent.getsockname()[1]
        result = DnsClient(ResolverSpec("127.0.0.1", port), timeout=0.2, retries=0).query(
            "example.jp", "A"
        )
    assert result.status is DnsStatus.TIMEOUT


# -- answers -------------------------------------------------------------------------------


def test_multi_record_a_answer_keeps_every_address(dns_client: DnsClient) -> None:
    result = dns_client.query(f"multi.{Z}", "A")
    assert sorted(result.records) == ["127.0.0.10", "127.0.0.2", "127.0.0.9"]


def test_txt_records_keep_each_string(dns_client: DnsClient) -> None:
    result = dns_client.query(Z, "TXT")
    assert result.status is DnsStatus.OK
    by_first = {strings[0]: strings for strings in result.strings}
    assert by_first[b"v=spf1 ip4:192.0.2.0/24"] == (
        b"v=spf1 ip4:192.0.2.0/24",
        b" include:_spf.dnstest.example",
        b" -all",
    )
    assert "v=spf1 ip4:192.0.2.0/24 include:_spf.dnstest.example -all" in result.texts
    assert len(result.records) == len(result.strings) == 2
    escapes = dns_client.query(f"escapes.{Z}", "TXT")
    assert escapes.strings == ((b"semi;colon", b'quote"inside', b"decAimal", "café".encode()),)
    assert escapes.texts == ('semi;colonquote"insidedecAimalcafé',)


def test_spf_type_99(dns_client: DnsClient) -> None:
    for rdtype in ("SPF", "TYPE99", "spf"):
        result = dns_client.query(f"spf99.{Z}", rdtype)
        assert result.rdtype == "SPF"
        assert result.strings == ((b"v=spf1 -all",),)


def test_mx_ptr_ns_soa_presentation(dns_client: DnsClient) -> None:
    assert sorted(dns_client.query(Z, "MX").records) == [f"10 mx1.{Z}.", f"20 mx2.{Z}."]
    assert dns_client.query("25.2.0.192.in-addr.arpa", "PTR").records == (f"mx1.{Z}.",)
    assert dns_client.query(Z, "NS").records == (f"ns1.{Z}.",)
    (soa,) = dns_client.query(Z, "SOA").records
    assert soa.startswith(f"ns1.{Z}. hostmaster.{Z}. 2024010101")
    assert dns_client.query(f"mx2.{Z}", "AAAA").records == ("2001:db8::26",)
    assert dns_client.query(f"mx1.{Z}", "TXT").strings == ()


def test_cname_chain_is_followed(dns_client: DnsClient) -> None:
    result = dns_client.query(f"www.{Z}", "A")
    assert result.status is DnsStatus.OK
    assert result.records == ("192.0.2.80",)
    assert result.cname_chain == (f"alias1.{Z}.", f"alias2.{Z}.", f"web.{Z}.")
    assert result.ttl == 60  # the shortest TTL along the chain
    assert dns_client.query(f"www.{Z}", "CNAME").records == (f"alias1.{Z}.",)
    nodata = dns_client.query(f"www.{Z}", "TXT")
    assert nodata.status is DnsStatus.NODATA and nodata.cname_chain[-1] == f"web.{Z}."


def test_dangling_cname_is_nxdomain_and_a_loop_is_an_error(dns_client: DnsClient) -> None:
    dangling = dns_client.query(f"dangling.{Z}", "A")
    assert dangling.status is DnsStatus.NXDOMAIN
    assert dangling.cname_chain == (f"nowhere.{Z}.",)
    loop = dns_client.query(f"loop1.{Z}", "A")
    assert loop.status is DnsStatus.ERROR and "loop" in loop.detail


def test_wildcard(dns_client: DnsClient) -> None:
    assert dns_client.query(f"any.thing.wild.{Z}", "A").records == ("192.0.2.99",)
    assert dns_client.query(f"real.wild.{Z}", "A").records == ("192.0.2.1",)
    assert dns_client.query(f"real.wild.{Z}", "TXT").status is DnsStatus.NODATA


def test_idn_names_are_sent_as_a_labels(dns_server: DnsTestServer, dns_client: DnsClient) -> None:
    dns_server.add_record(f"xn--wgv71a119e.{Z}", "A", "192.0.2.55")
    for spelling in (f"日本語.{Z}", f"日本語．{Z.replace('.', '．')}", f"日本語。{Z}"):
        result = dns_client.query(spelling, "A")
        assert result.name == f"xn--wgv71a119e.{Z}"
        assert result.records == ("192.0.2.55",)
    assert {e.name for e in dns_server.queries()} == {f"xn--wgv71a119e.{Z}"}


def test_names_are_absolute_and_never_get_a_search_domain(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_client.query("localhost", "A")
    dns_client.query(f"mx1.{Z}.", "A")
    assert [e.name for e in dns_server.queries()] == ["localhost", f"mx1.{Z}"]


@pytest.mark.parametrize("name", ["", " ", ".", "a..jp", "exa mple.jp", "x" * 64 + ".jp", "a\x00b"])
def test_invalid_names_are_an_error_result_and_send_nothing(
    dns_server: DnsTestServer, dns_client: DnsClient, name: str
) -> None:
    result = dns_client.query(name, "A")
    assert result.status is DnsStatus.ERROR
    assert result.detail.startswith("invalid name")
    assert dns_server.queries() == []


def test_unknown_record_type_is_a_programming_error(dns_client: DnsClient) -> None:
    with pytest.raises(ValueError, match="NOPE"):
        dns_client.query(f"mx1.{Z}", "NOPE")


def test_a_label() -> None:
    assert a_label("日本語.jp") == "xn--wgv71a119e.jp"
    assert a_label(" Bücher.Example. ") == "xn--bcher-kva.Example"  # ASCII labels keep case
    assert a_label("ＥＸＡＭＰＬＥ．ｊｐ") == "example.jp"
    assert a_label("Mail.Example.JP") == "Mail.Example.JP"
    assert a_label("_dmarc.example.jp") == "_dmarc.example.jp"
    for bad in ("", ".", "a..b", "a b.jp", "x" * 64 + ".jp", ("a" * 60 + ".") * 5 + "jp"):
        with pytest.raises(InputError):
            a_label(bad)


# -- resolver spec -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "port"),
    [
        ("127.0.0.1", "127.0.0.1", 53),
        ("  192.0.2.53:5353 ", "192.0.2.53", 5353),
        ("１２７．０．０．１：５３５３", "127.0.0.1", 5353),
        ("１９２。０。２。５３", "192.0.2.53", 53),
        ("\u3000192.0.2.1\u3000", "192.0.2.1", 53),
        ("2001:DB8:0:0::53", "2001:db8::53", 53),
        ("[2001:db8::53]:5353", "2001:db8::53", 5353),
        ("［２００１：ｄｂ８：：５３］：５３", "2001:db8::53", 53),
        ("[::1]", "::1", 53),
        ("[192.0.2.1]:54", "192.0.2.1", 54),
        ("::ffff:192.0.2.1", "192.0.2.1", 53),
        ("localhost", "127.0.0.1", 53),
        ("LocalHost:5300", "127.0.0.1", 5300),
        ("2001:db8::53:53", "2001:db8::53:53", 53),  # a bare IPv6 address never has a port
        ("10.0.0.1:00053", "10.0.0.1", 53),
    ],
)
def test_resolver_spec_parse_accepts(text: str, host: str, port: int) -> None:
    spec = ResolverSpec.parse(text)
    assert (spec.host, spec.port) == (host, port)
    assert ResolverSpec.parse(spec.describe()) == spec


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "No DNS server"),
        ("   ", "No DNS server"),
        ("127.0.0.1:0", "port"),
        ("127.0.0.1:65536", "port"),
        ("127.0.0.1:", "port"),
        ("127.0.0.1:abc", "port"),
        ("127.0.0.1:５３a", "port"),
        ("127.0.0.1:٥٣", "port"),  # Arabic-Indic digits: int() would take them
        ("[::1]:99999", "port"),
        ("dns.google", "is a name"),
        ("ns1.example.co.jp:53", "is a name"),
        ("256.1.1.1", "not an IP address"),
        ("1.2.3", "not an IP address"),
        ("192.168.001.001", "not an IP address"),
        ("http://192.0.2.1", "not an IP address"),
        ("192.0.2.1 192.0.2.2", "not an IP address"),
        ("fe80::1%eth0", "not an IP address"),
        ("2001:db8:::1", "not an IP address"),
        (":53", "not an IP address"),
        ("[2001:db8::53", "Square brackets"),
        ("[2001:db8::53]5353", "Square brackets"),
        ("2001:db8::53]", "Square brackets"),
        ("[]:53", "Square brackets"),
        ("0.0.0.0", "cannot be a DNS server"),
        ("::", "cannot be a DNS server"),
        ("224.0.0.251", "cannot be a DNS server"),
        ("255.255.255.255", "cannot be a DNS server"),
        ("1" * 65, "too long"),
    ],
)
def test_resolver_spec_parse_rejects_with_a_clear_message(text: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        ResolverSpec.parse(text)
    assert words in caught.value.message.render("en")
    assert caught.value.message.context == "dns"


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.from_regex(
            r"\[?[0-9a-fA-F:.１-９：．［］ ]{0,50}\]?(:[0-9０-９]{0,7})?", fullmatch=True
        ),
        st.ip_addresses().map(str),
        st.tuples(st.ip_addresses(), st.integers(-5, 70000)).map(
            lambda t: f"[{t[0]}]:{t[1]}" if t[0].version == 6 else f"{t[0]}:{t[1]}"
        ),
    )
)
def test_resolver_spec_parse_never_raises_anything_but_input_error(text: str) -> None:
    try:
        spec = ResolverSpec.parse(text)
    except InputError as error:
        assert error.message.render("en")
        assert error.message.render("ja")
        return
    assert spec.host is not None and 1 <= spec.port <= 65535
    assert ResolverSpec.parse(spec.describe()) == spec


def test_resolver_spec_construction_validates() -> None:
    assert ResolverSpec("2001:0db8::0053").host == "2001:db8::53"
    assert ResolverSpec() == ResolverSpec(None, 53) and ResolverSpec().is_system
    for bad in ({"host": "dns.google"}, {"host": "127.0.0.1", "port": 0}, {"port": 70000}):
        with pytest.raises(InputError):
            ResolverSpec(**bad)  # type: ignore[arg-type]


def test_resolver_spec_describe_and_label() -> None:
    assert ResolverSpec("127.0.0.1", 5353).describe() == "127.0.0.1:5353"
    assert ResolverSpec("::1", 53).describe() == "[::1]:53"
    assert ResolverSpec("192.0.2.1").label().render("ja") == "192.0.2.1:53"


# -- system resolvers ----------------------------------------------------------------------


def test_missing_resolv_conf_is_a_check_error(tmp_path: Path) -> None:
    with pytest.raises(CheckError) as caught:
        system_nameservers(str(tmp_path / "no-such-resolv.conf"))
    assert "No DNS server is configured" in caught.value.message.render("en")
    empty = tmp_path / "resolv.conf"
    empty.write_text("search example.jp\n", encoding="utf-8")
    with pytest.raises(CheckError):
        system_nameservers(str(empty))


def test_resolv_conf_is_read(tmp_path: Path) -> None:
    conf = tmp_path / "resolv.conf"
    conf.write_text("nameserver 192.0.2.53\nnameserver 2001:db8::53\n", encoding="utf-8")
    assert system_nameservers(str(conf)) == (("192.0.2.53", 53), ("2001:db8::53", 53))


@pytest.fixture
def no_system_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(filename: str | None = None) -> tuple[tuple[str, int], ...]:
        system_nameservers("/nonexistent/resolv.conf")
        raise AssertionError("unreachable")

    monkeypatch.setattr(dns_client_module, "system_nameservers", missing)
    monkeypatch.setattr("app.core.resolver.system_nameservers", missing)


@pytest.mark.usefixtures("no_system_dns")
def test_client_without_system_dns_reports_error_status_not_exception() -> None:
    client = DnsClient()
    assert client.servers == ()
    assert client.describe() == "system (none)"
    assert ResolverSpec().describe() == "system (none)"
    assert "no server found" in ResolverSpec().label().render("en")
    result = client.query("example.jp", "A")
    assert result.status is DnsStatus.ERROR
    assert "No DNS server is configured" in result.detail
    with pytest.raises(CheckError):
        client.require_servers()


@pytest.fixture
def second_server() -> Iterator[DnsTestServer]:
    with DnsTestServer() as server:
        server.load_fixture_zones()
        yield server


def test_system_servers_are_used_in_order_and_retries_move_on(
    monkeypatch: pytest.MonkeyPatch, dns_server: DnsTestServer, second_server: DnsTestServer
) -> None:
    servers = ((dns_server.host, dns_server.port), (second_server.host, second_server.port))
    monkeypatch.setattr(dns_client_module, "system_nameservers", lambda: servers)
    client = DnsClient(timeout=0.6, retries=1)
    assert client.servers == servers
    assert client.describe() == f"system ({dns_server.address}, {second_server.address})"
    client.require_servers()

    assert client.query(f"mx1.{Z}", "A").server == dns_server.address
    dns_server.drop(".", subtree=True)  # the first server has gone silent
    result = client.query(f"mx1.{Z}", "A")
    assert result.status is DnsStatus.OK
    assert result.attempts == 2 and result.server == second_server.address


def test_a_pinned_client_retries_on_the_same_server(
    monkeypatch: pytest.MonkeyPatch, dns_server: DnsTestServer, second_server: DnsTestServer
) -> None:
    servers = ((dns_server.host, dns_server.port), (second_server.host, second_server.port))
    monkeypatch.setattr(dns_client_module, "system_nameservers", lambda: servers)
    pinned = DnsClient(timeout=0.2, retries=1).pinned(servers[0])
    assert pinned.servers == servers[:1]
    assert pinned.describe() == f"system ({dns_server.address})"
    dns_server.drop(".", subtree=True)
    result = pinned.query(f"mx1.{Z}", "A")
    assert result.status is DnsStatus.TIMEOUT and result.attempts == 2
    assert second_server.queries() == []
    assert pinned.pinned(servers[1], retries=0).retries == 0


# -- IPv6 ----------------------------------------------------------------------------------


def _ipv6_loopback_available() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(
    not _ipv6_loopback_available(), reason="this machine has no IPv6 loopback (::1)"
)
def test_ipv6_resolver_spec() -> None:
    with DnsTestServer(host="::1") as server:
        server.load_fixture_zones()
        server.truncate(f"multi.{Z}")
        spec = ResolverSpec.parse(f"[::1]:{server.port}")
        assert spec.describe() == server.address
        client = DnsClient(spec, timeout=0.5)
        assert client.query(f"mx1.{Z}", "A").records == ("192.0.2.25",)
        over_tcp = client.query(f"multi.{Z}", "A")
        assert over_tcp.via_tcp and len(over_tcp.records) == 3
        assert over_tcp.server == f"[::1]:{server.port}"


# -- query_many ----------------------------------------------------------------------------


def test_query_many_keeps_input_order_and_reports_each_result_once(
    dns_server: DnsTestServer,
) -> None:
    dns_server.delay(f"mx1.{Z}", 0.4)  # first in the input, last to finish
    # Answered, however late a loaded machine makes it: 0.5 s left it 0.1 s to spare.
    dns_client = client_for(dns_server, timeout=3.0)
    queries = [
        (f"mx1.{Z}", "A"),
        (f"missing.{Z}", "A"),
        (f"multi.{Z}", "A"),
        (Z, "TXT"),
        (f"mx2.{Z}", "AAAA"),
        (f"mx1.{Z}", "MX"),
    ]
    seen: list[DnsResult] = []
    lock = threading.Lock()

    def collect(result: DnsResult) -> None:
        with lock:
            seen.append(result)

    results = dns_client.query_many(queries, on_result=collect)
    assert [(r.name, r.rdtype) for r in results] == queries
    assert [r.status for r in results] == [
        DnsStatus.OK,
        DnsStatus.NXDOMAIN,
        DnsStatus.OK,
        DnsStatus.OK,
        DnsStatus.OK,
        DnsStatus.NODATA,
    ]
    assert sorted(map(id, seen)) == sorted(map(id, results))
    assert seen[0] is not results[0]  # the delayed one did not hold up the callbacks
    assert dns_client.query_many([]) == []


def test_query_many_mixes_every_status(dns_server: DnsTestServer) -> None:
    dns_server.drop(f"drop.{Z}")
    dns_server.servfail(f"sf.{Z}")
    dns_server.refused(f"ref.{Z}")
    # No retry: every answer but the dropped one's must come within one timeout.
    client = client_for(dns_server, timeout=1.0, retries=0)
    results = client.query_many(
        [
            (f"drop.{Z}", "A"),
            (f"sf.{Z}", "A"),
            (f"ref.{Z}", "A"),
            ("bad..name", "A"),
            (f"mx1.{Z}", "A"),
        ]
    )
    assert [r.status for r in results] == [
        DnsStatus.TIMEOUT,
        DnsStatus.SERVFAIL,
        DnsStatus.REFUSED,
        DnsStatus.ERROR,
        DnsStatus.OK,
    ]
    assert [r.definitive for r in results] == [False, False, False, False, True]


@pytest.mark.parametrize("max_parallel", [1, 4])
def test_query_many_parallelism_is_bounded(dns_server: DnsTestServer, max_parallel: int) -> None:
    dns_server.set_global_delay(0.05)
    client = client_for(dns_server, timeout=2.0, max_parallel=max_parallel)
    results = client.query_many([(f"n{i}.wild.{Z}", "A") for i in range(16)])
    assert all(r.status is DnsStatus.OK for r in results)
    assert len(dns_server.queries()) == 16
    assert 1 <= dns_server.max_in_flight <= max_parallel


def test_query_many_runs_queries_in_parallel(dns_server: DnsTestServer) -> None:
    dns_server.set_global_delay(1.0)
    client = client_for(dns_server, timeout=5.0, max_parallel=64)
    results = client.query_many([(f"n{i}.wild.{Z}", "A") for i in range(40)])
    assert all(r.status is DnsStatus.OK for r in results)
    # All forty were waiting at the server together (a sequential client would show 1).
    assert dns_server.max_in_flight == 40


def test_cancel_stops_promptly_and_marks_unfinished_queries(
    dns_server: DnsTestServer,
) -> None:
    dns_server.drop("slow.example", subtree=True)
    client = client_for(dns_server, timeout=3.0, retries=1, max_parallel=4)
    queries = [(f"mx1.{Z}", "A")] + [(f"n{i}.slow.example", "A") for i in range(20)]
    cancel = threading.Event()
    reported: list[DnsResult] = []

    def on_result(result: DnsResult) -> None:
        reported.append(result)
        cancel.set()  # cancel as soon as the fast one is in

    started = time.monotonic()
    results = client.query_many(queries, cancel=cancel, on_result=on_result)
    wall = time.monotonic() - started
    assert results[0].status is DnsStatus.OK
    assert [r.status for r in results[1:]] == [DnsStatus.CANCELLED] * 20
    assert all(r.detail == "cancelled" and not r.definitive for r in results[1:])
    assert [r.name for r in results[1:]] == [q[0] for q in queries[1:]]
    assert reported == [results[0]]  # never called for cancelled queries
    # Sanity bound only: the worst case without cancelling would be 5 waves * 6 s.
    assert wall < 3.0
    # Queued queries were never sent: at most max_parallel were in flight when cancelled.
    assert len(dns_server.queries(protocol="udp")) <= 1 + 4


def test_cancel_from_another_thread(dns_server: DnsTestServer) -> None:
    dns_server.drop("slow.example", subtree=True)
    client = client_for(dns_server, timeout=3.0, retries=1)
    cancel = threading.Event()
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    try:
        results = client.query_many([(f"n{i}.slow.example", "A") for i in range(10)], cancel=cancel)
    finally:
        timer.cancel()
    assert {r.status for r in results} == {DnsStatus.CANCELLED}


def test_cancel_before_start_sends_nothing(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    cancel = threading.Event()
    cancel.set()
    results = dns_client.query_many([(f"mx1.{Z}", "A"), (f"mx2.{Z}", "A")], cancel=cancel)
    assert [r.status for r in results] == [DnsStatus.CANCELLED] * 2
    assert dns_server.queries() == []


def test_exception_in_on_result_propagates_and_stops_the_rest(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.delay("slow.example", 5.0, subtree=True)

    def explode(result: DnsResult) -> None:
        raise RuntimeError("callback bug")

    started = time.monotonic()
    with pytest.raises(RuntimeError, match="callback bug"):
        dns_client.query_many([(f"mx1.{Z}", "A"), ("a.slow.example", "A")], on_result=explode)
    assert time.monotonic() - started < 3.0  # the slow query was not awaited


def test_client_is_thread_safe(dns_server: DnsTestServer, dns_client: DnsClient) -> None:
    dns_server.set_global_delay(0.02)
    errors: list[BaseException] = []
    outcomes: list[tuple[str, ...]] = []

    def work(i: int) -> None:
        try:
            results = dns_client.query_many([(f"multi.{Z}", "A"), (f"t{i}.wild.{Z}", "A")])
            outcomes.append(tuple(sorted(results[0].records)) + results[1].records)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert outcomes == [("127.0.0.10", "127.0.0.2", "127.0.0.9", "192.0.2.99")] * 8


def test_query_works_when_called_inside_a_running_event_loop(dns_client: DnsClient) -> None:
    async def inside() -> DnsResult:
        return dns_client.query(f"mx1.{Z}", "A")

    assert asyncio.run(inside()).status is DnsStatus.OK


# -- settings and messages -----------------------------------------------------------------


def test_client_settings_are_validated() -> None:
    spec = ResolverSpec("127.0.0.1")
    for kwargs in ({"timeout": 0}, {"timeout": -1}, {"timeout": float("nan")}, {"retries": -1}):
        with pytest.raises(ValueError):
            DnsClient(spec, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        DnsClient(spec, max_parallel=0)


def test_worst_case_seconds() -> None:
    client = DnsClient(ResolverSpec("127.0.0.1"), timeout=2.0, retries=1, max_parallel=10)
    assert client.worst_case_seconds() == 4.0
    assert client.worst_case_seconds(25) == 12.0
    assert client.worst_case_seconds(0) == 0.0


def test_every_status_has_an_explanation() -> None:
    for status in DnsStatus:
        assert status.message.render("en")
    assert {s for s in DnsStatus if s.definitive} == {
        DnsStatus.OK,
        DnsStatus.NXDOMAIN,
        DnsStatus.NODATA,
    }


# -- referrals from servers that do not resolve other domains ------------------------------


def test_a_referral_is_an_error_never_nodata(dns_server: DnsTestServer) -> None:
    dns_server.referral("foreign.example", subtree=True)
    client = DnsClient(ResolverSpec(dns_server.host, dns_server.port), timeout=0.5, retries=0)
    single = client.query("shop.foreign.example", "TXT")
    assert single.status is DnsStatus.ERROR and not single.definitive
    assert "does not resolve other domains" in single.detail
    # A batch takes the shared-socket fast path: the same answer must not become NODATA there.
    names = [(f"n{i}.foreign.example", "A") for i in range(10)]
    batch = client.query_many(names)
    assert all(r.status is DnsStatus.ERROR for r in batch)
    assert all("does not resolve other domains" in r.detail for r in batch)
    # An authoritative empty answer (AA set, SOA in the authority section) is still NODATA.
    assert client.query(f"mx1.{Z}", "TXT").status is DnsStatus.NODATA
