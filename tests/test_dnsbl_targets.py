"""Targets: typed input, derivation from a domain's DNS, and pasted Received headers."""

from __future__ import annotations

import ipaddress
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.dns_client import DnsClient
from app.core.dnsbl_targets import (
    OriginKind,
    TargetKind,
    extract_received_ips,
    lookup_targets,
    merge_targets,
    non_public_kind,
    parse_target,
    parse_targets,
    spf_addresses,
)
from app.core.errors import InputError
from app.core.resolver import ResolverSpec

# -- typed input -----------------------------------------------------------------------------


def test_several_targets_pasted_at_once_are_each_read() -> None:
    pasted = "203.0.113.25, 198.51.100.7;example.co.jp\n２００１:ｄｂ８::１　203.0.113.25、mail.example.co.jp"
    assert [t.value for t in parse_targets(pasted)] == [
        "203.0.113.25",
        "198.51.100.7",
        "example.co.jp",
        "2001:db8::1",
        "mail.example.co.jp",
    ]
    # One piece reads, and fails, exactly as parse_target.
    assert parse_targets(" ２０３．０．１１３．２５ ")[0].value == "203.0.113.25"
    with pytest.raises(InputError) as single:
        parse_targets("192.168.1.10")
    with pytest.raises(InputError) as alone:
        parse_target("192.168.1.10")
    assert single.value.message == alone.value.message
    # Among several, the message names the piece that cannot be read (once: this message
    # names it itself; see test_a_wrong_piece_of_a_paste_is_named_once).
    with pytest.raises(InputError) as caught:
        parse_targets("203.0.113.25, 192.168.1.10")
    text = caught.value.message.render("en")
    assert text.count("192.168.1.10") == 1 and "private" in text


@given(st.text(alphabet="0123456789.:,; abcdef\n、", max_size=300))
@settings(max_examples=300)
def test_a_pasted_list_either_reads_or_says_what_is_wrong(text: str) -> None:
    try:
        targets = parse_targets(text)
    except InputError as error:
        assert error.message.render("ja")
    else:
        assert targets and len({(t.kind, t.value) for t in targets}) == len(targets)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("203.0.113.25", "203.0.113.25", TargetKind.IP),
        ("２０３．０．１１３．２５", "203.0.113.25", TargetKind.IP),
        (" [2001:DB8::25] ", "2001:db8::25", TargetKind.IP),
        ("::ffff:203.0.113.25", "203.0.113.25", TargetKind.IP),
        ("example.co.jp", "example.co.jp", TargetKind.DOMAIN),
        ("ＥＸＡＭＰＬＥ．ＣＯ．ＪＰ", "example.co.jp", TargetKind.DOMAIN),
        ("info@example.co.jp", "example.co.jp", TargetKind.DOMAIN),
        ("https://www.example.co.jp/page", "www.example.co.jp", TargetKind.DOMAIN),
        ("例え。jp", "xn--r8jz45g.jp", TargetKind.DOMAIN),
        ("8.8.8.8", "8.8.8.8", TargetKind.IP),
    ],
)
def test_typed_targets_are_normalised(text: str, value: str, kind: TargetKind) -> None:
    target = parse_target(text)
    assert target.value == value
    assert target.kind is kind
    assert target.origins[0].kind is OriginKind.ENTERED


def test_idn_domains_keep_their_unicode_label() -> None:
    target = parse_target("例え.jp")
    assert target.label == "例え.jp" and target.value == "xn--r8jz45g.jp"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("192.168.1.10", "プライベート"),
        ("10.0.0.1", "プライベート"),
        ("127.0.0.1", "ループバック"),
        ("169.254.1.1", "リンクローカル"),
        ("100.64.1.1", "CGNAT"),
        ("fe80::1", "リンクローカル"),
        ("", "IP アドレス"),
        ("example.co.jo", "example.co.jp"),
        ("192.168.01.1", "0"),
    ],
)
def test_unusable_targets_are_explained_in_japanese(text: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_target(text)
    assert words in caught.value.message.render("ja")


def test_documentation_ranges_are_accepted_and_private_ones_are_not() -> None:
    assert non_public_kind(ipaddress.ip_address("192.0.2.1")) is None
    assert non_public_kind(ipaddress.ip_address("2001:db8::1")) is None
    assert non_public_kind(ipaddress.ip_address("172.16.5.4")) == "private"
    assert non_public_kind(ipaddress.ip_address("fd00::1")) == "private"
    assert non_public_kind(ipaddress.ip_address("224.0.0.1")) == "multicast"


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_typed_text_gives_a_target_or_a_clear_message(text: str) -> None:
    try:
        target = parse_target(text)
    except InputError as error:
        assert error.message.render("ja")
        return
    if target.kind is TargetKind.IP:
        address = ipaddress.ip_address(target.value)
        assert str(address) == target.value
        assert non_public_kind(address) is None
    else:
        assert target.value.isascii() and target.value == target.value.lower()
        assert "." in target.value


@given(
    st.one_of(
        st.ip_addresses(v=4).map(str),
        st.ip_addresses(v=6).map(str),
        st.ip_addresses(v=4).map(
            lambda a: str(a).translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
        ),
    )
)
@settings(max_examples=200, deadline=None)
def test_any_address_is_accepted_exactly_when_it_can_be_listed(text: str) -> None:
    address = ipaddress.ip_address(
        text.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    )
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    try:
        target = parse_target(text)
    except InputError:
        assert non_public_kind(address) is not None
        return
    assert target.value == str(address)


def test_merging_keeps_the_first_and_combines_origins() -> None:
    a = parse_target("203.0.113.25")
    b = parse_target("２０３．０．１１３．２５")
    merged = merge_targets([a], [b, parse_target("example.co.jp")])
    assert [t.value for t in merged] == ["203.0.113.25", "example.co.jp"]


# -- derived from a domain -------------------------------------------------------------------


@pytest.fixture
def client(dns_server) -> DnsClient:  # type: ignore[no-untyped-def]
    # Every query is answered: the timeout is only the margin a loaded machine needs.
    return DnsClient(ResolverSpec(dns_server.host, dns_server.port), timeout=2.0)


def test_a_domain_gives_its_mx_own_and_spf_addresses(dns_server, client) -> None:  # type: ignore[no-untyped-def]
    dns_server.add_record("shop.example", "MX", "10 mx1.shop.example.")
    dns_server.add_record("shop.example", "MX", "20 mx2.shop.example.")
    dns_server.add_record("mx1.shop.example", "A", "203.0.113.25")
    dns_server.add_record("mx1.shop.example", "AAAA", "2001:db8::25")
    dns_server.add_record("mx2.shop.example", "A", "203.0.113.26")
    dns_server.add_record("shop.example", "A", "198.51.100.10")
    dns_server.add_record("shop.example", "A", "192.168.0.10")  # private: never a target
    dns_server.add_record(
        "shop.example",
        "TXT",
        [
            "v=spf1 ip4:203.0.113.25 ip4:203.0.113.40/32 ",
            "ip6:2001:db8::40 ip4:198.51.100.0/24 "
            "-ip4:203.0.113.99 include:_spf.provider.example ~all",
        ],
    )
    dns_server.add_record("shop.example", "TXT", "google-site-verification=abc")
    lookup = lookup_targets("shop.example", client)
    values = [t.value for t in lookup.targets]
    assert values == [
        "shop.example",
        "203.0.113.25",
        "2001:db8::25",
        "203.0.113.26",
        "198.51.100.10",
        "203.0.113.40",
        "2001:db8::40",
    ]
    first = lookup.targets[1]
    assert {o.kind for o in first.origins} == {OriginKind.MX, OriginKind.SPF}
    assert lookup.problems == ()
    notes = " ".join(n.render("en") for n in lookup.notes)
    assert "198.51.100.0/24" in notes and "include:_spf.provider.example" in notes
    assert "203.0.113.99" not in values


def test_a_failed_lookup_is_reported_not_dropped(dns_server, client) -> None:  # type: ignore[no-untyped-def]
    dns_server.add_record("shop.example", "A", "198.51.100.10")
    dns_server.servfail("shop.example", rtype="MX")
    lookup = lookup_targets("shop.example", client)
    assert [t.value for t in lookup.targets] == ["shop.example", "198.51.100.10"]
    assert len(lookup.problems) == 1
    japanese = lookup.problems[0].render("ja")
    assert "MX" in japanese
    # The failure in words of the owner's language, not the status code ("servfail").
    assert "servfail" not in japanese.lower() and "DNS サーバの障害" in japanese
    assert "(DNS server failure)" in lookup.problems[0].render("en")


def test_no_mx_and_null_mx_are_explained(dns_server, client) -> None:  # type: ignore[no-untyped-def]
    dns_server.add_record("plain.example", "A", "198.51.100.11")
    lookup = lookup_targets("plain.example", client)
    assert "MX" in lookup.notes[0].render("en")
    dns_server.add_record("nomail.example", "MX", "0 .")
    lookup = lookup_targets("nomail.example", client)
    assert any("null MX" in n.render("en") for n in lookup.notes)
    dns_server.add_record("textonly.example", "TXT", "google-site-verification=abc")
    lookup = lookup_targets("textonly.example", client)
    assert any("No IP address" in n.render("en") for n in lookup.notes)
    assert lookup.exists


def test_a_domain_that_does_not_exist_is_said_to_be_mistyped(dns_server, client) -> None:  # type: ignore[no-untyped-def]
    lookup = lookup_targets("nothing.example", client)
    assert not lookup.exists
    assert [n.render("en") for n in lookup.notes] == [
        "nothing.example does not exist in DNS, so it has no mail servers or addresses to "
        "check. Check the spelling of the domain (for example .co.jp and .jp are different "
        "domains)."
    ]
    assert lookup.problems == () and [t.value for t in lookup.targets] == ["nothing.example"]


def test_spf_extraction_is_simple_and_safe() -> None:
    addresses, ranges, refs = spf_addresses(
        (
            "v=spf1 +ip4:192.0.2.1 ip6:2001:db8::1/128 ip4:bogus a mx redirect=_spf.example",
            "not spf ip4:192.0.2.9",
        )
    )
    assert [str(a) for a in addresses] == ["192.0.2.1", "2001:db8::1"]
    assert ranges == [] and refs == ["a", "mx", "redirect=_spf.example"]


# -- Received headers ------------------------------------------------------------------------

BOUNCE = """\
Return-Path: <>
Received: from mx.recipient.example (mx.recipient.example [198.51.100.7])
\tby sv0000.xserver.jp (Postfix) with ESMTPS id 4AbC
\tfor <info@example.co.jp>; Mon, 16 Nov 2026 09:00:01 +0900 (JST)
From: MAILER-DAEMON@recipient.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.recipient.example.
<customer@recipient.example>: host store.recipient.example said: 550 5.7.1 blocked
    using zen.spamhaus.org

--B
Content-Description: Undelivered Message
Content-Type: message/rfc822

Received: from store-in.recipient.example (store-in.recipient.example [198.51.100.8])
\tby store.recipient.example (Postfix) with ESMTP; Mon, 16 Nov 2026 08:59:59 +0900
Received: from sv0000.xserver.jp (sv0000.xserver.jp [203.0.113.25])
\tby mx.recipient.example (Postfix) with ESMTPS id 77; Mon, 16 Nov 2026 08:59:58 +0900
Received: from [192.168.1.10] (unknown [192.168.1.10])
\t(Authenticated sender: info@example.co.jp)
\tby sv0000.xserver.jp (Postfix) with ESMTPSA id 12; Mon, 16 Nov 2026 08:59:57 +0900
From: info@example.co.jp
Subject: =?UTF-8?B?5pyq6Kqt?=

--B--
"""


def test_a_bounce_gives_the_sending_server_and_explains_the_rest() -> None:
    found = extract_received_ips(BOUNCE, own_names=("example.co.jp", "sv0000.xserver.jp"))
    assert found.used_original_part
    assert [t.value for t in found.targets] == ["203.0.113.25"]
    likely = [h for h in found.hops if h.likely_sender]
    assert [h.address for h in likely] == ["203.0.113.25"]
    skipped = {h.address: h.skipped for h in found.hops if h.skipped}
    assert skipped == {"192.168.1.10": "private", "198.51.100.8": "internal"}
    assert found.targets[0].origins[0].kind is OriginKind.RECEIVED


def test_headers_without_a_bounce_skip_mail_coming_to_you() -> None:
    headers = (
        "Received: from mx.recipient.example (mx.recipient.example [198.51.100.7])\n"
        " by mail.example.co.jp with ESMTP\n"
        "Received: from mail.example.co.jp (mail.example.co.jp [IPv6:2001:db8::25])\n"
        " by mx.recipient.example with ESMTP\n"
        "Received: from unknown (HELO pc) (203.0.113.77)\n  by mail.example.co.jp with SMTP\n"
    )
    found = extract_received_ips(headers, own_names=("example.co.jp",))
    assert not found.used_original_part
    assert [h.address for h in found.candidates] == ["203.0.113.77", "2001:db8::25"]
    assert found.candidates[0].likely_sender
    assert next(h for h in found.hops if h.address == "198.51.100.7").skipped == "inbound"


def test_a_huge_paste_is_refused_with_a_message() -> None:
    with pytest.raises(InputError) as caught:
        extract_received_ips("x" * 2_000_001)
    assert "長すぎ" in caught.value.message.render("ja")


_HEADER_IPS = re.compile(r"[0-9A-Fa-f:.]{7,}")


@given(st.text(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_any_paste_is_read_without_errors(text: str) -> None:
    found = extract_received_ips(text)
    for hop in found.candidates:
        address = ipaddress.ip_address(hop.address)
        assert non_public_kind(address) is None
    assert sum(h.likely_sender for h in found.hops) <= 1


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["mail", "relay", "sv1", "out"]),
            st.sampled_from(["example.co.jp", "provider.example", "recipient.example"]),
            st.ip_addresses(v=4),
            st.sampled_from(["mx", "in", "store"]),
            st.sampled_from(["recipient.example", "other.example", "example.co.jp"]),
        ),
        min_size=1,
        max_size=6,
    )
)
@settings(max_examples=200, deadline=None)
def test_generated_received_chains_yield_only_their_public_addresses(hops) -> None:  # type: ignore[no-untyped-def]
    text = "".join(
        f"Received: from {host}.{org} ({host}.{org} [{ip}])\r\n\tby {by}.{by_org} with ESMTP;"
        " Mon, 16 Nov 2026 09:00:00 +0900\r\n"
        for host, org, ip, by, by_org in hops
    )
    found = extract_received_ips(text)
    assert len(found.hops) == len(hops)
    for hop, (_, org, ip, _, by_org) in zip(found.hops, reversed(hops), strict=True):
        assert hop.address == str(ip)
        if non_public_kind(ip) is not None:
            assert hop.skipped not in (None, "internal", "inbound")
        elif org == by_org:
            assert hop.skipped == "internal"
        else:
            assert hop.skipped is None


# -- many markers, forged HELO literals --------------------------------------------------------


def _old_original_part(text: str) -> tuple[bool, list[str]]:
    """The previous (quadratic) choice of the quoted original: the first marker with a
    Received header after it. A reference for the single-pass reading."""
    from app.core.dnsbl_targets import _ORIGINAL_PART, _RECEIVED, _unfolded_headers

    body = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = _unfolded_headers(body)
    for match in _ORIGINAL_PART.finditer(body):
        tail = _unfolded_headers(body[match.end() :])
        if any(_RECEIVED.match(line) for line in tail):
            return True, [line for line in tail if _RECEIVED.match(line)]
    return False, [line for line in lines if _RECEIVED.match(line)]


_PASTE_LINES = st.sampled_from(
    [
        "--- Original message ---",
        "Content-Type: message/rfc822",
        "元のメッセージ",
        "Received: from a.example (a.example [203.0.113.5]) by mx.other.example",
        "Received: from b.example (b.example [198.51.100.9]) by mx.other.example",
        "\tby mx.example.net",
        "Subject: x",
        "",
    ]
)


@given(st.lists(_PASTE_LINES, max_size=40), st.sampled_from(["\n", "\r\n", "\r"]))
@settings(max_examples=300, deadline=None)
def test_the_quoted_original_is_found_as_before(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    used, headers = _old_original_part(text)
    found = extract_received_ips(text)
    assert found.used_original_part == used
    assert found.header_count == len(headers)


def test_many_marker_lines_without_a_received_header() -> None:
    # 16,000 marker lines and no Received header: each marker used to unfold the rest of the
    # paste again (about 20 s); now one pass. Only the result is checked here.
    text = "--- Original message ---\n" * 16_000
    found = extract_received_ips(text)
    assert found.hops == () and not found.used_original_part and found.header_count == 0
    with_headers = text + "Received: from a.example (a.example [203.0.113.5]) by mx.b.example\n"
    found = extract_received_ips(with_headers)
    assert found.used_original_part and [h.address for h in found.hops] == ["203.0.113.5"]


@pytest.mark.parametrize(
    ("header", "address"),
    [
        # Postfix: the HELO literal is what the client claimed, the bracket in parentheses is
        # where it connected from.
        ("from [198.51.100.77] (unknown [203.0.113.9]) by mx.example.net", "203.0.113.9"),
        ("from [198.51.100.77] (rdns.example.org [203.0.113.9]) by mx.example.net", "203.0.113.9"),
        # Sendmail without reverse DNS.
        ("from [198.51.100.77] ([203.0.113.9]) by mx.example.net", "203.0.113.9"),
        # qmail: HELO literal in parentheses, the address after it.
        ("from unknown (HELO [198.51.100.77]) (203.0.113.9) by mx.example.net", "203.0.113.9"),
        # Exim without reverse DNS: "from [IP] (helo=...)": the bracket after from is the
        # connecting address and the HELO literal is marked helo=.
        ("from [203.0.113.9] (helo=[198.51.100.77]) by mx.example.net", "203.0.113.9"),
        ("from [203.0.113.9] (helo=pc.local) by mx.example.net", "203.0.113.9"),
        (
            "from rdns.example.org ([203.0.113.9] helo=[198.51.100.77]) by mx.example.net",
            "203.0.113.9",
        ),
        # Nothing but the HELO literal: used as a fallback.
        ("from [203.0.113.9] by mx.example.net", "203.0.113.9"),
    ],
)
def test_the_connecting_address_wins_over_a_helo_literal(header: str, address: str) -> None:
    found = extract_received_ips(f"Received: {header} with ESMTP; Mon, 16 Nov 2026 09:00 +0900")
    assert [h.address for h in found.hops] == [address]


@pytest.mark.parametrize("pasted", ["203.0.113.25, 203.0.113.999", "a..b, 203.0.113.25"])
def test_a_wrong_piece_of_a_paste_is_named_once(pasted: str) -> None:
    """「「203.0.113.999」:「203.0.113.999」は IP アドレスの形に…」 named the piece twice."""
    bad = next(p.strip() for p in pasted.split(",") if p.strip() != "203.0.113.25")
    with pytest.raises(InputError) as caught:
        parse_targets(pasted)
    for lang in ("ja", "en"):
        assert caught.value.message.render(lang).count(bad) == 1
