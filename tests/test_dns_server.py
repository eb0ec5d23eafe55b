"""The loopback DNS test server itself: answers, zone parsing, faults, log and clean shutdown.

These tests talk to the server with dnspython's own query functions (not the app's client),
so that a bug in one cannot hide a bug in the other.
"""

from __future__ import annotations

import concurrent.futures
import gc
import socket
import threading
import time
import warnings
from pathlib import Path

import dns.flags
import dns.message
import dns.query
import dns.rcode
import dns.rdatatype
import pytest

from tests.dns_server import DnsTestServer, ZoneSyntaxError

Z = "dnstest.example"


def ask(
    server: DnsTestServer,
    name: str,
    rdtype: str = "A",
    *,
    tcp: bool = False,
    edns: bool = True,
    timeout: float = 2.0,
) -> dns.message.Message:
    query = dns.message.make_query(name, rdtype, use_edns=0 if edns else False)
    send = dns.query.tcp if tcp else dns.query.udp
    return send(query, server.host, timeout=timeout, port=server.port)


def answer_texts(response: dns.message.Message) -> list[str]:
    return [
        f"{rrset.name} {rrset.rdtype.name} {rd.to_text()}"
        for rrset in response.answer
        for rd in rrset
    ]


@pytest.mark.parametrize("tcp", [False, True], ids=["udp", "tcp"])
def test_same_port_answers_udp_and_tcp_and_echoes_the_question(
    dns_server: DnsTestServer, tcp: bool
) -> None:
    response = ask(dns_server, "MX1.DnsTest.Example.", tcp=tcp)
    assert response.rcode() == dns.rcode.NOERROR
    assert response.flags & dns.flags.QR and response.flags & dns.flags.RA
    assert response.question[0].name.to_text() == "MX1.DnsTest.Example."  # case kept
    assert answer_texts(response) == ["MX1.DnsTest.Example. A 192.0.2.25"]
    assert dns_server.protocols("mx1.dnstest.example") == ["tcp" if tcp else "udp"]


def test_nxdomain_nodata_and_empty_non_terminal(dns_server: DnsTestServer) -> None:
    nx = ask(dns_server, f"missing.{Z}")
    assert nx.rcode() == dns.rcode.NXDOMAIN and not nx.answer
    # The negative answer carries the zone's SOA (its minimum is the negative TTL).
    assert [r.rdtype for r in nx.authority] == [dns.rdatatype.SOA]

    nodata = ask(dns_server, f"mx1.{Z}", "TXT")  # exists with other types
    assert nodata.rcode() == dns.rcode.NOERROR and not nodata.answer

    ent = ask(dns_server, f"deep.ent.{Z}")  # exists only because leaf.deep.ent does
    assert ent.rcode() == dns.rcode.NOERROR and not ent.answer
    assert ask(dns_server, f"ent.{Z}").rcode() == dns.rcode.NOERROR
    assert ask(dns_server, f"other.deep.ent.{Z}").rcode() == dns.rcode.NXDOMAIN


def test_multi_record_answers_and_type_filtering(dns_server: DnsTestServer) -> None:
    response = ask(dns_server, f"multi.{Z}")
    assert sorted(rd.to_text() for rrset in response.answer for rd in rrset) == [
        "127.0.0.10",
        "127.0.0.2",
        "127.0.0.9",
    ]
    mx = ask(dns_server, Z, "MX")
    assert sorted(rd.to_text() for rrset in mx.answer for rd in rrset) == [
        f"10 mx1.{Z}.",
        f"20 mx2.{Z}.",
    ]
    aaaa = ask(dns_server, f"mx2.{Z}", "AAAA")
    assert [rd.to_text() for rrset in aaaa.answer for rd in rrset] == ["2001:db8::26"]
    assert [rrset.ttl for rrset in ask(dns_server, f"mx2.{Z}").answer] == [600]


def test_cname_chain_is_followed_inside_the_answer(dns_server: DnsTestServer) -> None:
    response = ask(dns_server, f"www.{Z}")
    assert answer_texts(response) == [
        f"www.{Z}. CNAME alias1.{Z}.",
        f"alias1.{Z}. CNAME alias2.{Z}.",
        f"alias2.{Z}. CNAME web.{Z}.",
        f"web.{Z}. A 192.0.2.80",
    ]
    # Asking for the CNAME itself returns only the first link.
    assert answer_texts(ask(dns_server, f"www.{Z}", "CNAME")) == [f"www.{Z}. CNAME alias1.{Z}."]
    dangling = ask(dns_server, f"dangling.{Z}")
    assert dangling.rcode() == dns.rcode.NXDOMAIN  # the rcode is about the chain's end
    assert answer_texts(dangling) == [f"dangling.{Z}. CNAME nowhere.{Z}."]
    loop = ask(dns_server, f"loop1.{Z}")  # stops instead of looping forever
    assert len(loop.answer) == 2


def test_wildcards_follow_rfc_4592(dns_server: DnsTestServer) -> None:
    synthesised = ask(dns_server, f"Anything.Deeper.wild.{Z}")
    assert answer_texts(synthesised) == [f"Anything.Deeper.wild.{Z}. A 192.0.2.99"]
    assert answer_texts(ask(dns_server, f"x.wild.{Z}", "TXT")) == [f'x.wild.{Z}. TXT "wildcard"']
    # A name that exists is never wildcard-matched, not even for types it lacks.
    real_txt = ask(dns_server, f"real.wild.{Z}", "TXT")
    assert real_txt.rcode() == dns.rcode.NOERROR and not real_txt.answer
    # Below an existing name the closest encloser is that name, which has no wildcard.
    assert ask(dns_server, f"x.real.wild.{Z}").rcode() == dns.rcode.NXDOMAIN
    # A wildcard owner name asked for literally, and the wildcard's parent (an ENT).
    assert answer_texts(ask(dns_server, f"*.wild.{Z}")) == [f"*.wild.{Z}. A 192.0.2.99"]
    assert ask(dns_server, f"wild.{Z}").rcode() == dns.rcode.NOERROR
    assert ask(dns_server, f"wild.{Z}").answer == []


def test_txt_strings_keep_their_split_and_escapes(dns_server: DnsTestServer) -> None:
    response = ask(dns_server, f"escapes.{Z}", "TXT")
    strings = [rd.strings for rrset in response.answer for rd in rrset]
    assert strings == [(b"semi;colon", b'quote"inside', b"decAimal", "café".encode())]
    spf = ask(dns_server, Z, "TXT")
    assert (b"v=spf1 ip4:192.0.2.0/24", b" include:_spf.dnstest.example", b" -all") in [
        rd.strings for rrset in spf.answer for rd in rrset
    ]
    type99 = ask(dns_server, f"spf99.{Z}", "SPF")
    assert [rd.strings for rrset in type99.answer for rd in rrset] == [(b"v=spf1 -all",)]


def test_long_txt_is_truncated_over_udp_and_complete_over_tcp(dns_server: DnsTestServer) -> None:
    text = "v=spf1 " + " ".join(f"ip4:198.51.100.{i}" for i in range(120)) + " -all"
    assert len(text) > 2000
    dns_server.add_record(f"long.{Z}", "TXT", text)  # split into 255-byte strings

    small = ask(dns_server, f"long.{Z}", "TXT", edns=False)
    assert small.flags & dns.flags.TC and not small.answer
    over_tcp = ask(dns_server, f"long.{Z}", "TXT", tcp=True)
    assert not over_tcp.flags & dns.flags.TC
    (rdata,) = [rd for rrset in over_tcp.answer for rd in rrset]
    assert b"".join(rdata.strings).decode() == text
    assert [len(s) for s in rdata.strings[:-1]] == [255] * (len(rdata.strings) - 1)

    # A 600-byte answer fits the EDNS buffer but not the classic 512 bytes.
    dns_server.add_record(f"mid.{Z}", "TXT", "x" * 600)
    assert ask(dns_server, f"mid.{Z}", "TXT", edns=False).flags & dns.flags.TC
    assert not ask(dns_server, f"mid.{Z}", "TXT").flags & dns.flags.TC


def test_add_and_remove_records_while_running(dns_server: DnsTestServer) -> None:
    dns_server.add_record(f"new.{Z}.", "A", "192.0.2.7", ttl=42)
    dns_server.add_record(f"new.{Z}", "TXT", ["one", b"two"])
    dns_server.add_record(f"new.{Z}", "TXT", '"zone" "syntax"')
    dns_server.add_record(f"new.{Z}", "MX", f"5 mx1.{Z}.")
    assert answer_texts(ask(dns_server, f"new.{Z}")) == [f"new.{Z}. A 192.0.2.7"]
    assert ask(dns_server, f"new.{Z}").answer[0].ttl == 42
    txt = ask(dns_server, f"new.{Z}", "TXT")
    assert sorted(rd.strings for rrset in txt.answer for rd in rrset) == [
        (b"one", b"two"),
        (b"zone", b"syntax"),
    ]
    assert dns_server.remove_records(f"new.{Z}", "TXT") == 2
    assert not ask(dns_server, f"new.{Z}", "TXT").answer
    assert dns_server.remove_records(f"new.{Z}") == 2
    assert ask(dns_server, f"new.{Z}").rcode() == dns.rcode.NXDOMAIN
    with pytest.raises(ValueError):
        dns_server.add_record(f"bad.{Z}", "TXT", [b"x" * 256])
    with pytest.raises(ValueError):
        dns_server.add_record(f"bad.{Z}", "NOSUCHTYPE", "x")


def test_unicode_names_are_stored_as_a_labels(dns_server: DnsTestServer) -> None:
    dns_server.add_record(f"日本語.{Z}", "A", "192.0.2.55")
    assert answer_texts(ask(dns_server, f"xn--wgv71a119e.{Z}")) == [
        f"xn--wgv71a119e.{Z}. A 192.0.2.55"
    ]


def test_zone_parser_reads_master_file_syntax() -> None:
    server = DnsTestServer()
    count = server.load_zone(
        """
$TTL 1h
$ORIGIN parse.example.
@   IN  SOA ns hostmaster (
            1       ; serial
            2h 15m 1w 30 )
    IN  NS  ns
ns  5   IN A 192.0.2.1      ; ttl before the class
        IN AAAA ::1          ; blank owner repeats "ns"
txt IN 60 TXT "a b" c "\\059\\\\"
sub.other.example. A 192.0.2.2
rel CNAME @
spf in spf "v=spf1 -all"
""",
    )
    assert count == 8
    rrs = {(str(rr.rname), int(rr.rtype)): rr for rrs in server._records.values() for rr in rrs}
    soa = rrs[("parse.example.", 6)]
    assert soa.ttl == 3600 and soa.rdata.times == (1, 7200, 900, 604800, 30)
    assert rrs[("ns.parse.example.", 1)].ttl == 5
    assert ("ns.parse.example.", 28) in rrs
    assert rrs[("txt.parse.example.", 16)].rdata.data == [b"a b", b"c", b";\\"]
    assert rrs[("txt.parse.example.", 16)].ttl == 60
    assert ("sub.other.example.", 1) in rrs
    assert str(rrs[("rel.parse.example.", 5)].rdata.label) == "parse.example."
    assert rrs[("spf.parse.example.", 99)].rdata.data == [b"v=spf1 -all"]


@pytest.mark.parametrize(
    "text",
    [
        'a.example. TXT "unterminated',
        "a.example. A (192.0.2.1",
        "a.example. A 192.0.2.1 )",
        "a.example. A not-an-address",
        "a.example. MX 10",
        "$INCLUDE other.zone",
        "a.example. CH TXT x",
        "a.example. 300",
        'a.example. TXT "\\999"',
    ],
)
def test_zone_parser_rejects_bad_text(text: str) -> None:
    with pytest.raises(ZoneSyntaxError):
        DnsTestServer().load_zone(text)


def test_zone_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.zone"
    path.write_text("ok.example. A 192.0.2.1\nbad.example. A nope\n", encoding="utf-8")
    with pytest.raises(ZoneSyntaxError, match=r"broken\.zone: line 2"):
        DnsTestServer().load_zone_file(path)


def test_fault_servfail_refused_rcode_and_clearing(dns_server: DnsTestServer) -> None:
    dns_server.servfail(f"mx1.{Z}")
    dns_server.refused("wild.dnstest.example", subtree=True)
    dns_server.rcode(f"multi.{Z}", "NOTIMP", rtype="A")
    assert ask(dns_server, f"mx1.{Z}").rcode() == dns.rcode.SERVFAIL
    assert ask(dns_server, f"mx1.{Z}", tcp=True).rcode() == dns.rcode.SERVFAIL
    assert ask(dns_server, f"mx2.{Z}").rcode() == dns.rcode.NOERROR  # exact only
    assert ask(dns_server, f"wild.{Z}").rcode() == dns.rcode.REFUSED  # subtree includes itself
    assert ask(dns_server, f"a.b.wild.{Z}").rcode() == dns.rcode.REFUSED
    assert ask(dns_server, f"multi.{Z}").rcode() == dns.rcode.NOTIMP
    assert ask(dns_server, f"multi.{Z}", "TXT").rcode() == dns.rcode.NOERROR  # other type

    # The more specific rule wins over a subtree rule.
    dns_server.servfail(f"x.wild.{Z}")
    assert ask(dns_server, f"x.wild.{Z}").rcode() == dns.rcode.SERVFAIL

    dns_server.clear_faults(f"mx1.{Z}")
    assert ask(dns_server, f"mx1.{Z}").rcode() == dns.rcode.NOERROR
    assert ask(dns_server, f"y.wild.{Z}").rcode() == dns.rcode.REFUSED
    dns_server.clear_faults()
    assert ask(dns_server, f"y.wild.{Z}").rcode() == dns.rcode.NOERROR


def test_fault_truncate_affects_udp_only(dns_server: DnsTestServer) -> None:
    dns_server.truncate(f"multi.{Z}")
    udp = ask(dns_server, f"multi.{Z}")
    assert udp.flags & dns.flags.TC and not udp.answer
    tcp = ask(dns_server, f"multi.{Z}", tcp=True)
    assert not tcp.flags & dns.flags.TC and len(tcp.answer[0]) == 3
    assert dns_server.protocols(f"multi.{Z}") == ["udp", "tcp"]


@pytest.mark.parametrize("tcp", [False, True], ids=["udp", "tcp"])
def test_fault_drop_never_answers(dns_server: DnsTestServer, tcp: bool) -> None:
    dns_server.drop("zen.example", subtree=True)
    with pytest.raises(dns.exception.Timeout):
        ask(dns_server, "2.0.0.127.zen.example", tcp=tcp, timeout=0.3)
    # The query was received and logged all the same.
    assert dns_server.protocols("2.0.0.127.zen.example") == ["tcp" if tcp else "udp"]
    assert ask(dns_server, f"mx1.{Z}", tcp=tcp).rcode() == dns.rcode.NOERROR


def test_a_delayed_name_does_not_hold_up_others(dns_server: DnsTestServer) -> None:
    dns_server.delay(f"mx1.{Z}", 1.0)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        slow = pool.submit(ask, dns_server, f"mx1.{Z}", timeout=5.0)
        fast = pool.submit(ask, dns_server, f"mx2.{Z}", timeout=5.0)
        assert fast.result().answer
        # Sanity bound, not a timing test: the fast answer came while the slow one waited.
        assert not slow.done()
        assert slow.result().answer
    assert dns_server.max_in_flight >= 1


def test_global_delay_answers_many_queries_in_parallel(dns_server: DnsTestServer) -> None:
    dns_server.set_global_delay(1.0)
    names = [f"n{i}.wild.{Z}" for i in range(50)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(lambda n: ask(dns_server, n, timeout=10.0), names))
    assert all(r.answer for r in responses)
    # All fifty were being answered at once: the delay holds no query up behind another.
    assert dns_server.max_in_flight == 50
    assert dns_server.in_flight == 0


@pytest.mark.parametrize("tcp", [False, True], ids=["udp", "tcp"])
def test_a_delayed_answer_is_made_when_its_query_arrives(
    dns_server: DnsTestServer, tcp: bool
) -> None:
    # The delay stands for time on the network: what the server knew when the query came
    # is what the client gets, even if the data changes while the answer is on its way.
    dns_server.add_record(f"moving.{Z}", "A", "192.0.2.1")
    dns_server.delay(f"moving.{Z}", 1.0)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        answer = pool.submit(ask, dns_server, f"moving.{Z}", tcp=tcp, timeout=5.0)
        deadline = time.monotonic() + 5
        while dns_server.in_flight < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert dns_server.in_flight == 1
        dns_server.remove_records(f"moving.{Z}")
        dns_server.add_record(f"moving.{Z}", "A", "192.0.2.99")
        assert answer_texts(answer.result()) == [f"moving.{Z}. A 192.0.2.1"]
    assert answer_texts(ask(dns_server, f"moving.{Z}", tcp=tcp, timeout=5.0)) == [
        f"moving.{Z}. A 192.0.2.99"
    ]


def test_answers_still_waiting_when_stopped_are_no_longer_in_flight() -> None:
    # Stopping drops the answers still waiting out their delay: they must not stay counted
    # as in flight (a restarted server would start with phantom queries).
    server = DnsTestServer()
    server.add_record(f"slow.{Z}", "A", "192.0.2.1")
    server.delay(f"slow.{Z}", 30.0)
    with server, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
        for query_id in range(3):
            query = dns.message.make_query(f"slow.{Z}", "A")
            query.id = query_id
            client.sendto(query.to_wire(), (server.host, server.port))
        deadline = time.monotonic() + 5
        while server.in_flight < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.in_flight == 3
    assert server.in_flight == 0
    server.clear_faults()
    with server:  # and it serves again
        assert server.in_flight == 0
        assert answer_texts(ask(server, f"slow.{Z}")) == [f"slow.{Z}. A 192.0.2.1"]


def test_query_log_records_name_type_protocol_and_order(dns_server: DnsTestServer) -> None:
    ask(dns_server, f"MX1.{Z}")
    ask(dns_server, f"mx1.{Z}", "AAAA", tcp=True)
    entries = dns_server.queries()
    assert [(e.name, e.rtype, e.protocol) for e in entries] == [
        (f"MX1.{Z}", "A", "udp"),
        (f"mx1.{Z}", "AAAA", "tcp"),
    ]
    assert entries[0].time <= entries[1].time
    assert len(dns_server.queries(f"mx1.{Z}.")) == 2  # case and final dot ignored
    assert len(dns_server.queries(rtype="aaaa")) == 1
    assert len(dns_server.queries(protocol="tcp")) == 1
    dns_server.clear_log()
    assert dns_server.queries() == []
    assert dns_server.max_in_flight == 0


def _thread_names() -> set[str]:
    return {t.name for t in threading.enumerate()}


def test_start_stop_leaves_no_threads_or_sockets() -> None:
    before = _thread_names()
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        server = DnsTestServer(zones=[f"probe.{Z}. A 192.0.2.1"])
        with server:
            assert server.running and server.port > 0
            assert ask(server, f"probe.{Z}").answer
            assert ask(server, f"probe.{Z}", tcp=True).answer
            server.drop(f"probe.{Z}")
            with pytest.raises(dns.exception.Timeout):
                ask(server, f"probe.{Z}", tcp=True, timeout=0.2)
        gc.collect()
    assert not server.running
    assert _thread_names() == before
    server.stop()  # idempotent
    # Both sockets were really closed: the same port can be bound again for UDP and TCP.
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        with socket.socket(socket.AF_INET, kind) as probe:
            probe.bind(("127.0.0.1", server.port))


def test_stop_while_answers_are_delayed() -> None:
    before = _thread_names()
    server = DnsTestServer(zones=[f"slow.{Z}. A 192.0.2.1"]).start()
    server.set_global_delay(30)
    message = dns.message.make_query(f"slow.{Z}", "A")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
        client.sendto(message.to_wire(), ("127.0.0.1", server.port))
        with socket.create_connection(("127.0.0.1", server.port)) as stream:
            wire = message.to_wire()
            stream.sendall(len(wire).to_bytes(2, "big") + wire)
            deadline = time.monotonic() + 10
            while server.in_flight < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
            assert server.in_flight == 2
            server.stop()  # must not wait for the 30 s delay
    assert _thread_names() == before


def test_server_refuses_non_loopback_addresses() -> None:
    with pytest.raises(ValueError, match="loopback"):
        DnsTestServer(host="0.0.0.0")
    with pytest.raises(ValueError, match="loopback"):
        DnsTestServer(host="192.0.2.1")


def test_tcp_can_be_switched_off() -> None:
    with DnsTestServer(zones=[f"a.{Z}. A 192.0.2.1"], tcp=False) as server:
        assert ask(server, f"a.{Z}").answer
        with pytest.raises(ConnectionRefusedError):
            ask(server, f"a.{Z}", tcp=True)


def test_fixture_zones_are_loaded(dns_server: DnsTestServer) -> None:
    assert ask(dns_server, Z, "SOA").answer
    assert any(Path(__file__).parent.joinpath("fixtures", "zones").glob("*.zone"))
