"""The SPF validator against the loopback DNS server (zone: tests/fixtures/zones/spf.zone)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.dns_client import DnsClient
from app.core.errors import InputError
from app.core.findings import Severity
from app.core.resolver import ResolverSpec
from app.core.spf.check import SpfStatus, analyse_record, check_spf, record_strings
from app.core.spf.codes import ERROR_CODES, WARNING_CODES
from tests.dns_server import DnsTestServer
from tests.loopback_guard import loopback_only

Z = "spftest.example"


def codes(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in result.findings}


def test_a_good_record_is_valid_with_its_lookups_and_tree(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    with loopback_only() as attempts:
        result = check_spf(f"good.{Z}", dns_client)
    assert attempts == []
    assert result.status == SpfStatus.VALID
    assert result.record == f"v=spf1 ip4:192.0.2.25 include:_spf.prov.{Z} ~all"
    assert result.lookups == 1
    assert result.void_lookups == 0
    assert result.findings == ()
    assert result.tree is not None
    assert [c.domain for c in result.tree.children] == [f"_spf.prov.{Z}"]
    # Every lookup went to the configured server.
    assert dns_server.queries(f"good.{Z}", "TXT")
    assert dns_server.queries(f"_spf.prov.{Z}", "TXT")


def test_upper_case_version_and_terms_are_valid(dns_client: DnsClient) -> None:
    result = check_spf(f"upper.{Z}", dns_client)
    assert result.status == SpfStatus.VALID
    assert result.lookups == 1


def test_two_records_are_a_permerror_with_a_merge_advice(dns_client: DnsClient) -> None:
    result = check_spf(f"multiple.{Z}", dns_client)
    assert result.status == SpfStatus.PERMERROR
    assert codes(result) == {"multiple_records"}
    assert len(result.records) == 2
    finding = result.errors[0]
    assert finding.args["count"] == "2"
    assert "SPF レコードが 2 つ" in finding.title.render("ja")
    assert "1 つにまとめ" in finding.message.render("ja")


def test_every_syntax_error_is_reported_with_its_term(dns_client: DnsClient) -> None:
    result = check_spf(f"syntax.{Z}", dns_client)
    assert result.status == SpfStatus.PERMERROR
    terms = {f.term: f.args["reason"] for f in result.errors if f.code == "syntax"}
    assert terms == {
        "ip4:192.0.2.300": "bad_ip4",
        f"inculde:_spf.prov.{Z}": "unknown_mechanism",
    }
    assert all(
        "inculde" in f.message.render("en") or "IPv4" in f.message.render("en")
        for f in result.errors
    )


def test_non_ascii_characters_are_an_error(dns_client: DnsClient) -> None:
    result = check_spf(f"nonascii.{Z}", dns_client)
    assert result.status == SpfStatus.PERMERROR
    assert "non_ascii" in codes(result)
    assert "～" in result.errors[0].message.render("ja")


def test_exactly_10_lookups_is_valid_and_11_is_a_permerror(dns_client: DnsClient) -> None:
    at10 = check_spf(f"at10.{Z}", dns_client)
    assert at10.lookups == 10
    assert at10.status == SpfStatus.VALID
    at11 = check_spf(f"at11.{Z}", dns_client)
    assert at11.lookups == 11
    assert at11.status == SpfStatus.PERMERROR
    assert codes(at11) == {"too_many_lookups"}
    assert at11.errors[0].args["count"] == "11"


def test_two_void_lookups_are_tolerated_and_three_are_a_permerror(
    dns_client: DnsClient,
) -> None:
    two = check_spf(f"void2.{Z}", dns_client)
    assert two.void_lookups == 2
    assert two.status == SpfStatus.VALID
    assert [f.code for f in two.findings] == ["void_lookup", "void_lookup"]
    three = check_spf(f"void3.{Z}", dns_client)
    assert three.void_lookups == 3
    assert three.status == SpfStatus.PERMERROR
    assert "too_many_void_lookups" in codes(three)
    names = next(f for f in three.errors if f.code == "too_many_void_lookups").args["names"]
    assert f"gone3.{Z}" in names


def test_an_mx_with_more_than_10_hosts_is_a_permerror(dns_client: DnsClient) -> None:
    result = check_spf(f"toomanymx.{Z}", dns_client)
    assert result.status == SpfStatus.PERMERROR
    assert codes(result) == {"too_many_mx"}
    assert result.errors[0].args["count"] == "11"


def test_includes_of_domains_without_spf_are_permerrors(dns_client: DnsClient) -> None:
    result = check_spf(f"incnone.{Z}", dns_client)
    assert result.status == SpfStatus.PERMERROR
    targets = sorted(f.args["target"] for f in result.errors)
    assert targets == [f"nospf.prov.{Z}", f"nothing.{Z}"]
    assert all(f.code == "include_without_spf" for f in result.errors)
    assert {c.status for c in result.tree.children} == {"none"}  # type: ignore[union-attr]


def test_a_redirect_to_a_domain_without_spf_is_a_permerror(dns_client: DnsClient) -> None:
    result = check_spf(f"redirnone.{Z}", dns_client)
    assert result.status == SpfStatus.PERMERROR
    assert codes(result) == {"redirect_without_spf"}


def test_include_loops_and_redirect_loops_are_named(dns_client: DnsClient) -> None:
    result = check_spf(f"loop-a.{Z}", dns_client)
    assert result.status == SpfStatus.PERMERROR
    loop = next(f for f in result.errors if f.code == "loop")
    assert loop.args["path"] == f"loop-a.{Z} → loop-b.{Z} → loop-a.{Z}"
    assert loop.in_include is False  # the loop runs through the user's own record
    itself = check_spf(f"selfloop.{Z}", dns_client)
    assert codes(itself) == {"loop"}


def test_problems_inside_included_records_say_whose_record_it_is(
    dns_client: DnsClient,
) -> None:
    result = check_spf(f"incbroken.{Z}", dns_client)
    assert result.status == SpfStatus.PERMERROR
    by_code = {f.code: f for f in result.errors}
    assert by_code["syntax"].domain == f"broken.prov.{Z}"
    assert by_code["syntax"].in_include
    assert by_code["multiple_records"].domain == f"two.prov.{Z}"
    assert f"broken.prov.{Z}" in by_code["syntax"].message.render("ja")


def test_a_dns_failure_is_a_temperror_never_a_clean_result(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.drop(f"slow.prov.{Z}")
    result = check_spf(f"dnsfail.{Z}", dns_client)
    assert result.status == SpfStatus.TEMPERROR
    assert codes(result) == {"dns_error"}
    dns_server.servfail(f"good.{Z}", rtype="TXT")
    root = check_spf(f"good.{Z}", dns_client)
    assert root.status == SpfStatus.TEMPERROR
    assert root.record is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("plusall", "all_pass"),
        ("neutral", "all_neutral"),
        ("noall", "no_all"),
        ("ptr", "ptr"),
        ("redirall", "redirect_ignored"),
        ("afterall", "terms_after_all"),
        ("dupinc", "duplicate_include"),
        ("mailchimp", "unneeded_include"),
        ("longrec", "record_too_long"),
        ("type99", "spf_rr_type_only"),
        ("quoted", "quoted_value"),
        ("curly", "quoted_value"),
        ("fullwidth", "fullwidth_space"),
        ("splitrec", "split_across_records"),
        ("norecord", "no_record"),
        ("nxdomain-here", "domain_not_found"),
    ],
)
def test_each_warning(dns_client: DnsClient, label: str, expected: str) -> None:
    result = check_spf(f"{label}.{Z}", dns_client)
    assert expected in codes(result)
    finding = next(f for f in result.findings if f.code == expected)
    assert finding.severity == Severity.WARNING
    # Japanese advice exists and is not the English source.
    assert finding.message.render("ja") != finding.message.render("en")


def test_a_domain_that_does_not_exist_is_not_told_to_publish_a_record(
    dns_client: DnsClient,
) -> None:
    # exampel.co.jp passes every spelling check; publishing SPF there would not help anyone.
    result = check_spf(f"nxdomain-here.{Z}", dns_client)
    assert "no_record" not in codes(result)
    finding = next(f for f in result.findings if f.code == "domain_not_found")
    assert "spelling" in finding.message.render("en")


def test_records_without_spf_are_result_none(dns_client: DnsClient) -> None:
    for label in ("norecord", "quoted", "curly", "fullwidth", "type99", "nxdomain-here"):
        assert check_spf(f"{label}.{Z}", dns_client).status == SpfStatus.NONE, label


def test_redirect_ignored_and_terms_after_all_are_not_counted(dns_client: DnsClient) -> None:
    assert check_spf(f"redirall.{Z}", dns_client).lookups == 0
    assert check_spf(f"afterall.{Z}", dns_client).lookups == 0


def test_strings_split_without_a_space_are_explained(dns_client: DnsClient) -> None:
    joined = check_spf(f"joined-nospace.{Z}", dns_client)
    assert joined.status == SpfStatus.PERMERROR
    finding = joined.errors[0]
    assert finding.code == "syntax"
    assert finding.args["reason"] == "string_join"
    assert "スペース" in finding.message.render("ja")
    spaced = check_spf(f"joined-space.{Z}", dns_client)
    assert spaced.status == SpfStatus.VALID
    assert spaced.strings == ("v=spf1 ip4:192.0.2.1 ", f"include:_spf.prov.{Z} ~all")


def test_an_idn_domain_is_checked_under_its_a_label(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    result = check_spf(f"日本語.{Z}", dns_client)
    assert result.domain == f"日本語.{Z}"
    assert result.domain_ascii == f"xn--wgv71a119e.{Z}"
    assert result.status == SpfStatus.VALID
    assert dns_server.queries(f"xn--wgv71a119e.{Z}", "TXT")


def test_a_mistyped_domain_is_bad_input(dns_client: DnsClient) -> None:
    with pytest.raises(InputError):
        check_spf("example..jp", dns_client)


def test_includes_of_one_level_are_looked_up_in_parallel(dns_server: DnsTestServer) -> None:
    # Three include targets, each answer held back: all three must be in flight together.
    dns_server.delay(f"l1.{Z}", 0.3)
    dns_server.delay(f"l2.{Z}", 0.3)
    dns_server.delay(f"l3.{Z}", 0.3)
    dns_server.clear_log()
    # Held back, not lost: the 0.5 s of the shared client left 0.2 s for a loaded machine.
    client = DnsClient(ResolverSpec(dns_server.host, dns_server.port), timeout=3.0)
    result = check_spf(f"at10.{Z}", client)
    assert result.status == SpfStatus.VALID
    assert dns_server.max_in_flight >= 3


def test_analyse_record_checks_a_pasted_value_with_its_strings(dns_client: DnsClient) -> None:
    long_value = "v=spf1 " + " ".join(f"ip4:192.0.2.{i}" for i in range(1, 25)) + " ~all"
    result = analyse_record(long_value, f"new.{Z}", dns_client)
    assert "string_too_long" in codes(result)
    zone_form = analyse_record(
        '"v=spf1 ip4:192.0.2.1" "include:_spf.prov.spftest.example ~all"', f"new.{Z}", dns_client
    )
    assert zone_form.errors[0].args["reason"] == "string_join"
    fine = analyse_record(
        '"v=spf1 ip4:192.0.2.1 " "include:_spf.prov.spftest.example ~all"', f"new.{Z}", dns_client
    )
    assert fine.status == SpfStatus.VALID
    assert fine.lookups == 1


def test_the_json_form_has_the_documented_keys(dns_client: DnsClient) -> None:
    data = check_spf(f"void3.{Z}", dns_client).to_dict("ja")
    for key in (
        "domain",
        "record",
        "result",
        "lookups",
        "void_lookups",
        "errors",
        "warnings",
        "tree",
    ):
        assert key in data
    assert data["result"] == "permerror"
    assert {"code", "message"} <= set(data["errors"][0])
    assert data["tree"]["domain"] == f"void3.{Z}"


def test_every_code_has_a_japanese_title_and_advice() -> None:
    from app.core.findings import error, warning

    values = {
        "count": "2",
        "target": "t.example.jp",
        "name": "n.example.jp",
        "status": "timeout",
        "length": "300",
        "terms": "a b",
        "text": "v=spf1",
        "quote": "“",
        "chars": "～",
        "names": "x.example.jp",
        "path": "a → b",
        "reason": "unknown_mechanism",
    }
    for code in ERROR_CODES:
        finding = error(code, term="x", domain="example.jp", **values)
        assert finding.title.render("ja") != finding.title.render("en"), code
        assert finding.message.render("ja") != finding.message.render("en"), code
    for code in WARNING_CODES:
        finding = warning(code, term="x", domain="example.jp", **values)
        assert finding.title.render("ja") != finding.title.render("en"), code
        assert finding.message.render("ja") != finding.message.render("en"), code


def test_a_referral_is_a_temperror_not_a_missing_record(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    # A DNS server that does not resolve other domains answers with a referral; that says
    # nothing about the domain's SPF record.
    dns_server.referral(f"good.{Z}")
    result = check_spf(f"good.{Z}", dns_client)
    assert result.status == SpfStatus.TEMPERROR
    assert result.record is None


# -- pasted zone-file text ----------------------------------------------------------------------


def _old_record_strings(text: str) -> tuple[str, tuple[bytes, ...]]:
    """The previous (exponential) reading, as a reference on short inputs."""
    import re

    stripped = text.strip()
    if stripped.startswith('"') and re.fullmatch(r'(?:\s*"(?:[^"\\]|\\.)*"\s*)+', stripped):
        parts = [
            re.sub(r"\\(.)", r"\1", part) for part in re.findall(r'"((?:[^"\\]|\\.)*)"', stripped)
        ]
        return "".join(parts), tuple(part.encode("utf-8") for part in parts)
    return stripped, (stripped.encode("utf-8"),)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=' "\\ab\t\n=:~-', max_size=24))
def test_record_strings_reads_like_before_on_short_input(text: str) -> None:
    assert record_strings(text) == _old_record_strings(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet='abc v=spf1:~-.\\"', max_size=20), min_size=1, max_size=8),
    st.lists(st.text(alphabet=" \t\n", max_size=5), min_size=9, max_size=9),
)
def test_zone_file_strings_are_split_and_unescaped(parts: list[str], gaps: list[str]) -> None:
    def quote(part: str) -> str:
        return '"' + part.replace("\\", "\\\\").replace('"', '\\"') + '"'

    text = "".join(gap + quote(part) for gap, part in zip(gaps, parts, strict=False)) + gaps[-1]
    record, raw = record_strings(text)
    assert record == "".join(parts)
    assert raw == tuple(part.encode("utf-8") for part in parts)


@pytest.mark.parametrize(
    "text",
    [
        '"v=spf1" ' * 3000 + "x",
        '"a"' + " " * 20_000 + '"b" x',
        '"v=spf1 ' + "a" * 50_000,
        ('"' + " " * 10 + '"' + " " * 10) * 2000 + '"',
        '"\\' + "\\" * 30_000,
    ],
)
def test_adversarial_zone_text_is_read_as_plain_text(text: str) -> None:
    record, raw = record_strings(text)
    assert record == text.strip()
    assert raw == (text.strip().encode("utf-8"),)


def test_long_zone_text_in_many_strings_is_joined() -> None:
    text = " ".join(['"ip4:192.0.2.1 "'] * 5000)
    record, raw = record_strings(text)
    assert record == "ip4:192.0.2.1 " * 5000 and len(raw) == 5000


@pytest.mark.parametrize(
    ("label", "published"),
    [
        ("fullwidth", "v=spf1\u3000ip4:192.0.2.1 ~all"),
        ("curly", "“v=spf1 ip4:192.0.2.1 ~all”"),
    ],
)
def test_a_value_not_read_as_spf_is_kept_and_not_called_missing(
    dns_client: DnsClient, label: str, published: str
) -> None:
    # The owner did publish something: the result keeps it (page 4 and the report show it),
    # and no "there is no TXT record starting with v=spf1" contradicts the finding that
    # explains why it is not read.
    result = check_spf(f"{label}.{Z}", dns_client)
    assert result.status == SpfStatus.NONE
    assert result.unrecognised == (published,)
    assert "no_record" not in codes(result)
    assert result.to_dict()["unrecognised"] == [published]
    assert check_spf(f"norecord.{Z}", dns_client).unrecognised == ()
