"""check_host over the configured resolver: results, explanations, limits, no escape."""

from __future__ import annotations

import threading

import pytest

from app.core.dns_client import DnsClient
from app.core.errors import InputError
from app.core.spf.evaluate import SpfResult, check_host
from tests.dns_server import DnsTestServer
from tests.loopback_guard import loopback_only

Z = "spftest.example"


def test_pass_softfail_and_the_matching_term(dns_client: DnsClient) -> None:
    ok = check_host("203.0.113.5", f"info@good.{Z}", client=dns_client)
    assert ok.result == SpfResult.PASS
    assert ok.mechanism == f"include:_spf.prov.{Z}"
    assert ok.lookups == 1
    other = check_host("198.51.100.9", f"info@good.{Z}", client=dns_client)
    assert other.result == SpfResult.SOFTFAIL
    assert other.mechanism == "~all"


def test_the_explanation_is_looked_up_through_the_configured_server_only(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    # checkdmarc's exp= lookup escapes to the real network; ours must not.
    dns_server.add_record(f"exp.{Z}", "TXT", "v=spf1 -all exp=why.exp.spftest.example")
    dns_server.add_record(f"why.exp.{Z}", "TXT", "%{i} may not send for %{d} (%{L})")
    with loopback_only() as attempts:
        result = check_host("192.0.2.7", f"Taro&Co@exp.{Z}", client=dns_client)
    assert attempts == []
    assert result.result == SpfResult.FAIL
    assert result.explanation == f"192.0.2.7 may not send for exp.{Z} (Taro%26Co)"
    assert dns_server.queries(f"why.exp.{Z}", "TXT")


def test_default_explanation_and_receiver(dns_server: DnsTestServer, dns_client: DnsClient) -> None:
    dns_server.add_record(f"strict.{Z}", "TXT", "v=spf1 -all")
    result = check_host("192.0.2.7", f"a@strict.{Z}", client=dns_client)
    assert result.explanation == f"strict.{Z} does not designate 192.0.2.7 as a permitted sender"


def test_limits_give_permerror_with_the_validator_codes(dns_client: DnsClient) -> None:
    assert check_host("192.0.2.99", f"a@at10.{Z}", client=dns_client).result == SpfResult.FAIL
    over = check_host("192.0.2.99", f"a@at11.{Z}", client=dns_client)
    assert (over.result, over.code) == (SpfResult.PERMERROR, "too_many_lookups")
    voids = check_host("192.0.2.99", f"a@void3.{Z}", client=dns_client)
    assert (voids.result, voids.code) == (SpfResult.PERMERROR, "too_many_void_lookups")
    assert check_host("192.0.2.99", f"a@void2.{Z}", client=dns_client).result == SpfResult.FAIL
    loop = check_host("192.0.2.99", f"a@loop-a.{Z}", client=dns_client)
    assert (loop.result, loop.code) == (SpfResult.PERMERROR, "loop")
    none = check_host("192.0.2.99", f"a@incnone.{Z}", client=dns_client)
    assert (none.result, none.code) == (SpfResult.PERMERROR, "include_without_spf")
    multiple = check_host("192.0.2.99", f"a@multiple.{Z}", client=dns_client)
    assert (multiple.result, multiple.code) == (SpfResult.PERMERROR, "multiple_records")


def test_a_timeout_is_temperror_not_fail(dns_server: DnsTestServer, dns_client: DnsClient) -> None:
    dns_server.drop(f"slow.prov.{Z}")
    result = check_host("192.0.2.99", f"a@dnsfail.{Z}", client=dns_client)
    assert result.result == SpfResult.TEMPERROR
    assert result.code == "dns_error"
    # Said in words of the owner's language, not as the status code ("timeout").
    assert result.message is not None
    assert "timeout" not in result.message.render("ja")
    assert "時間内に応答なし" in result.message.render("ja")
    assert "(no answer in time)" in result.message.render("en")


def test_record_override_tests_a_record_before_publishing(dns_client: DnsClient) -> None:
    record = f"v=spf1 ip4:192.0.2.0/24 include:_spf.prov.{Z} -all"
    result = check_host("192.0.2.77", f"a@unpublished.{Z}", client=dns_client, record=record)
    assert result.result == SpfResult.PASS
    assert result.record == record


def test_ipv4_mapped_addresses_idn_senders_and_helo(dns_client: DnsClient) -> None:
    assert (
        check_host("::ffff:192.0.2.25", f"a@good.{Z}", client=dns_client).result == SpfResult.PASS
    )
    idn = check_host("192.0.2.77", f"info@日本語.{Z}", client=dns_client)
    assert idn.result == SpfResult.PASS
    assert idn.domain == f"xn--wgv71a119e.{Z}"
    bounce = check_host("192.0.2.25", "", f"good.{Z}", client=dns_client)
    assert bounce.result == SpfResult.PASS
    assert bounce.sender == f"postmaster@good.{Z}"


def test_a_bad_ip_is_bad_input(dns_client: DnsClient) -> None:
    with pytest.raises(InputError):
        check_host("192.0.2.300", f"a@good.{Z}", client=dns_client)
    # Full-width digits are fine.
    assert (
        check_host("１９２．０．２．２５", f"a@good.{Z}", client=dns_client).result
        == SpfResult.PASS
    )


def test_cancelling_gives_temperror(dns_server: DnsTestServer, dns_client: DnsClient) -> None:
    cancel = threading.Event()
    cancel.set()
    result = check_host("192.0.2.25", f"a@good.{Z}", client=dns_client, cancel=cancel)
    assert result.result == SpfResult.TEMPERROR
    assert result.code == "cancelled"


# -- the reason behind a permerror or temperror, in the user's language ------------------------


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" for ch in text)


@pytest.mark.parametrize(
    ("domain", "code", "names"),
    [
        ("multiple", "multiple_records", ["multiple"]),
        ("syntax", "syntax", ["syntax", "192.0.2.300"]),
        ("nonascii", "non_ascii", ["nonascii"]),
        ("at11", "too_many_lookups", ["include:l11"]),
        ("void3", "too_many_void_lookups", ["mx:gone3"]),
        ("toomanymx", "too_many_mx", ["mx:many-mx"]),
        ("incnone", "include_without_spf", ["include:nospf.prov"]),
        ("redirnone", "redirect_without_spf", ["nospf.prov"]),
        ("loop-a", "loop", ["loop-a"]),
    ],
)
def test_every_error_has_a_translated_message(
    dns_client: DnsClient, domain: str, code: str, names: list[str]
) -> None:
    result = check_host("192.0.2.99", f"info@{domain}.{Z}", client=dns_client)
    assert (result.result, result.code) == (SpfResult.PERMERROR, code)
    assert result.message is not None
    japanese, english = result.message.render("ja"), result.message.render("en")
    assert _japanese(japanese), japanese
    assert not _japanese(english), english
    for name in names:
        assert name in japanese and name in english
    # The English detail for logs and JSON is unchanged (a stable contract).
    assert result.detail and not _japanese(result.detail)


def test_a_dns_failure_and_an_invalid_domain_have_translated_messages(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.drop(f"good.{Z}", subtree=True)
    failed = check_host("192.0.2.99", f"info@good.{Z}", client=dns_client)
    assert failed.result == SpfResult.TEMPERROR
    assert failed.message is not None and _japanese(failed.message.render("ja"))
    assert f"good.{Z}" in failed.message.render("ja")
    invalid = check_host("192.0.2.99", "info@example", client=dns_client)
    assert invalid.message is not None and _japanese(invalid.message.render("ja"))
    ok = check_host("203.0.113.5", f"info@multiple.{Z}", client=dns_client, record="v=spf1 +all")
    assert ok.message is None


def test_every_syntax_problem_has_a_reason_for_people() -> None:
    from app.core.spf.codes import reason_text
    from app.core.spf.record import Problem

    for problem in Problem:
        assert _japanese(reason_text(problem).render("ja")), problem
