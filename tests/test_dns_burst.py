"""The batch fast path (app/core/dns_burst.py) reads answers exactly as dnspython + _interpret."""

from __future__ import annotations

import contextlib
import struct

import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.TXT
import dns.rrset
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.core.dns_burst import Garbled, fast_answer, query_wire, question_wire
from app.core.dns_client import DnsClient, DnsStatus, _interpret, _load_dnspython, _Query
from app.core.resolver import ResolverSpec

# _interpret is the client's full path, which imports dnspython on first use of a client.
_load_dnspython()

labels = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12).filter(
    lambda s: not s.startswith("-") and not s.endswith("-")
)


@st.composite
def answers(draw):  # type: ignore[no-untyped-def]
    name = ".".join(draw(st.lists(labels, min_size=2, max_size=5)))
    rdtype = draw(st.sampled_from(["A", "TXT"]))
    query = dns.message.make_query(name, rdtype, use_edns=0, payload=1232, flags=dns.flags.RD, id=7)
    response = dns.message.make_response(query)
    rcode = draw(st.sampled_from([dns.rcode.NOERROR, dns.rcode.NXDOMAIN]))
    response.set_rcode(rcode)
    owner = query.question[0].name
    if draw(st.booleans()) and rcode == dns.rcode.NOERROR:
        addresses = draw(st.lists(st.ip_addresses(v=4).map(str), min_size=1, max_size=5))
        ttl = draw(st.integers(0, 86400))
        if rdtype == "A":
            response.answer.append(dns.rrset.from_text(owner, ttl, "IN", "A", *addresses))
        else:
            # Reasons as lists publish them, and what dnspython must escape (quotes, a
            # backslash, control and non-ASCII bytes), several strings and repeated records.
            texts = st.one_of(
                st.sampled_from(
                    [b"reason", b"", b"https://example.jp/q?ip=1", b'say "x"', b"a\\b"]
                ),
                st.binary(max_size=12),
            )
            records = draw(
                st.lists(st.lists(texts, min_size=1, max_size=3), min_size=1, max_size=3)
            )
            if draw(st.booleans()):
                records.append(records[0])
            response.answer.append(
                dns.rrset.from_rdata_list(
                    owner,
                    ttl,
                    [
                        dns.rdtypes.ANY.TXT.TXT(dns.rdataclass.IN, dns.rdatatype.TXT, r)
                        for r in records
                    ],
                )
            )
    if draw(st.booleans()):
        target = dns.name.from_text("alias.example.")
        response.answer.insert(0, dns.rrset.from_text(owner, 60, "IN", "CNAME", str(target)))
    if draw(st.booleans()):
        soa_ttl, minimum = draw(st.integers(0, 86400)), draw(st.integers(0, 86400))
        zone = dns.name.from_text(".".join(name.split(".")[-2:]) + ".")
        response.authority.append(
            dns.rrset.from_text(
                zone, soa_ttl, "IN", "SOA", f"ns.{zone} host.{zone} 1 7200 3600 1209600 {minimum}"
            )
        )
    return name, rdtype, query, response  # to_wire() shuffles: done in the test


@given(answers())
@settings(max_examples=300, deadline=None)
def test_the_fast_path_agrees_with_dnspython(case) -> None:  # type: ignore[no-untyped-def]
    name, rdtype, _query, response = case
    wire = response.to_wire()
    kind = dns.rdatatype.RdataType.make(rdtype)
    qname = dns.name.from_text(name)
    question = question_wire(qname.to_wire(), int(kind))
    fast = fast_answer(wire, name, int(kind), len(question))
    reference = _interpret(
        _Query(name, qname, kind, ""), dns.message.from_wire(wire), "s", False, 1, 0.0
    )
    if fast is None:
        return  # handed to dnspython: nothing to compare
    status, records, strings, ttl = fast
    assert DnsStatus(status) is reference.status
    assert records == reference.records
    assert strings == reference.strings
    assert ttl == reference.ttl


def test_the_common_answers_take_the_fast_path() -> None:
    qname = dns.name.from_text("25.113.0.203.zen.example")
    query = dns.message.make_query(qname, "A", use_edns=0, payload=1232, id=7)
    listed = dns.message.make_response(query)
    listed.answer.append(dns.rrset.from_text(qname, 300, "IN", "A", "127.0.0.2", "127.0.0.4"))
    question = len(question_wire(qname.to_wire(), 1))
    status, records, strings, ttl = fast_answer(listed.to_wire(), str(qname), 1, question)  # type: ignore[misc]
    # dnspython shuffles the records of a set on the wire; every record is read.
    assert (status, sorted(records), strings, ttl) == ("ok", ["127.0.0.2", "127.0.0.4"], (), 300)
    missing = dns.message.make_response(query)
    missing.set_rcode(dns.rcode.NXDOMAIN)
    missing.authority.append(
        dns.rrset.from_text(
            "zen.example.", 900, "IN", "SOA", "ns.zen.example. h.zen.example. 1 2 3 4 60"
        )
    )
    assert fast_answer(missing.to_wire(), str(qname), 1, question) == ("nxdomain", (), (), 60)


def test_a_plain_reason_takes_the_fast_path_and_an_odd_one_goes_to_dnspython() -> None:
    qname = dns.name.from_text("25.113.0.203.zen.example")
    query = dns.message.make_query(qname, "TXT", use_edns=0, payload=1232, id=7)
    question = len(question_wire(qname.to_wire(), 16))
    reason = dns.message.make_response(query)
    reason.answer.append(
        dns.rrset.from_text(
            qname, 300, "IN", "TXT", '"Listed by CSS, see" " https://example.jp/q?ip=1"', '""'
        )
    )
    status, records, strings, ttl = fast_answer(reason.to_wire(), str(qname), 16, question)  # type: ignore[misc]
    assert status == "ok" and ttl == 300
    assert sorted(records) == ['""', '"Listed by CSS, see" " https://example.jp/q?ip=1"']
    assert sorted(strings) == [(b"",), (b"Listed by CSS, see", b" https://example.jp/q?ip=1")]
    odd = dns.message.make_response(query)
    odd.answer.append(dns.rrset.from_text(qname, 300, "IN", "TXT", '"\\"quoted\\""'))
    assert fast_answer(odd.to_wire(), str(qname), 16, question) is None


@given(st.binary(max_size=300))
@settings(max_examples=300, deadline=None)
def test_garbage_is_refused_cleanly(data: bytes) -> None:
    with contextlib.suppress(Garbled):
        fast_answer(b"\x12\x34" + data, "a.example", 1, 0)


def test_queries_are_what_dnspython_would_send() -> None:
    qname = dns.name.from_text("2.0.0.127.zen.example")
    ours = query_wire(0x1234, qname.to_wire(), 1, 1232)
    theirs = dns.message.make_query(qname, "A", use_edns=0, payload=1232, flags=dns.flags.RD)
    theirs.id = 0x1234
    assert ours == theirs.to_wire()


def test_a_batch_ignores_stray_and_garbled_datagrams(dns_server) -> None:  # type: ignore[no-untyped-def]
    """A batch goes through the shared socket and still gets every answer right."""
    dns_server.add_record("*.burst.example", "A", "127.0.0.2")
    dns_server.truncate("big.burst.example")
    # All answered; the truncated one needs two round trips (UDP, then TCP) in one timeout.
    client = DnsClient(ResolverSpec(dns_server.host, dns_server.port), timeout=2.0)
    names = [f"n{i}.burst.example" for i in range(20)] + ["big.burst.example"]
    results = client.query_many([(n, "A") for n in names])
    assert all(r.status is DnsStatus.OK and r.records == ("127.0.0.2",) for r in results)
    assert results[-1].via_tcp
    assert dns_server.protocols("big.burst.example") == ["udp", "tcp"]


def test_a_referral_is_left_to_the_full_path_which_calls_it_an_error() -> None:
    qname = dns.name.from_text("shop.foreign.example")
    query = dns.message.make_query(qname, "A", use_edns=0, payload=1232, id=7)
    referral = dns.message.make_response(query)
    referral.flags &= ~(dns.flags.AA | dns.flags.RA)
    referral.authority.append(dns.rrset.from_text("example.", 3600, "IN", "NS", "ns.example."))
    wire = referral.to_wire()
    question = len(question_wire(qname.to_wire(), 1))
    assert fast_answer(wire, str(qname), 1, question) is None
    result = _interpret(
        _Query(str(qname), qname, dns.rdatatype.A, ""),
        dns.message.from_wire(wire),
        "s",
        False,
        1,
        0,
    )
    assert result.status is DnsStatus.ERROR
    assert "does not resolve other domains" in result.detail
    # With a recursive server's RA flag the same empty answer is an ordinary NODATA.
    referral.flags |= dns.flags.RA
    assert fast_answer(referral.to_wire(), str(qname), 1, question) == ("nodata", (), (), None)


# -- answers as servers write them, record by record ------------------------------------

REASON_NAME = "25.113.0.203.zen.example"
character_strings = st.sampled_from(
    [b"Listed", b"see https://x.jp/?a=1", b"", b"~", b'q"', b"\x7f"]
)
records = st.lists(
    st.tuples(
        st.lists(character_strings, min_size=1, max_size=3),  # TXT strings
        st.sampled_from([b"\x7f\x00\x00\x02", b"\x7f\x00\x00\x0a"]),  # A address
        st.integers(0, 2**32 - 1),  # TTL: the top bit set is read as 0 (RFC 2181 8)
        st.sampled_from(["pointer", "full", "upper"]),  # how the owner is written
    ),
    min_size=1,
    max_size=6,
)


@given(st.sampled_from([1, 16]), records, st.none() | st.integers(0, 2**32 - 1))
@example(1, [([b""], b"\x7f\x00\x00\x02", 2**31, "pointer")], None)
@example(16, [([b"a"], b"", 300, "full"), ([b"a"], b"", 60, "upper")], None)
@example(1, [], 2**32 - 1)
@settings(max_examples=500, deadline=None)
def test_records_written_one_by_one_read_as_dnspython_reads_them(
    rdtype: int, answer: list[tuple[list[bytes], bytes, int, str]], soa_ttl: int | None
) -> None:
    # dnspython writes a record set with one TTL and no repeats; servers may send repeated
    # records, each with its own TTL, the owner as a pointer to the question or in full (in
    # any case). The fast path must read those exactly as dnspython does: repeats kept
    # once, TTL the smallest, a TTL with the top bit set as 0.
    qname = dns.name.from_text(REASON_NAME)
    question = question_wire(qname.to_wire(), rdtype)
    owners = {
        "pointer": b"\xc0\x0c",
        "full": qname.to_wire(),
        "upper": dns.name.from_text(REASON_NAME.upper()).to_wire(),
    }
    body = b""
    for strings, address, ttl, owner in answer:
        rdata = b"".join(bytes([len(s)]) + s for s in strings) if rdtype == 16 else address
        body += owners[owner] + struct.pack("!HHIH", rdtype, 1, ttl, len(rdata)) + rdata
    authority = b""
    if soa_ttl is not None:  # a negative answer's SOA, its TTL with the top bit set at times
        zone = struct.pack("!H", 0xC000 | 12 + qname.to_wire().index(b"\x03zen"))
        soa = b"\x02ns" + zone + b"\x01h" + zone + struct.pack("!IIIII", 1, 2, 3, 4, 3600)
        authority = zone + struct.pack("!HHIH", 6, 1, soa_ttl, len(soa)) + soa
        answer = []
        body = b""
    header = struct.pack("!HHHHHH", 7, 0x8180, 1, len(answer), 1 if authority else 0, 0)
    wire = header + question + body + authority
    fast = fast_answer(wire, REASON_NAME, rdtype, len(question))
    reference = _interpret(
        _Query(REASON_NAME, qname, dns.rdatatype.RdataType(rdtype), ""),
        dns.message.from_wire(wire),
        "s",
        False,
        1,
        0.0,
    )
    if fast is None:
        assert rdtype == 16  # only TXT data that dnspython escapes goes the full way
        return
    status, texts, strings, ttl = fast
    assert (DnsStatus(status), texts, strings, ttl) == (
        reference.status,
        reference.records,
        reference.strings,
        reference.ttl,
    )


def test_the_question_pointer_is_only_taken_when_there_is_a_question() -> None:
    # Without a question section, 0xC00C points at the record itself: a pointer loop, not
    # the query's name (the shortcut must not make such a datagram an answer).
    record = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 60, 4) + b"\x7f\x00\x00\x02"
    wire = struct.pack("!HHHHHH", 7, 0x8180, 0, 1, 0, 0) + record
    with pytest.raises(Garbled):
        fast_answer(wire, "a.example", 1, 0)
