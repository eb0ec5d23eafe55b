"""The recommended SPF record: merged, verified, explained."""

from __future__ import annotations

import pytest

from app.core.dns_client import DnsClient
from app.core.errors import InputError
from app.core.spf.check import check_spf
from app.core.spf.evaluate import SpfResult, check_host
from app.core.spf.generate import GenerateRequest, generate_spf, normalize_term, split_strings
from app.core.spf.presets import all_presets, dns_host, spf_preset
from tests.dns_server import DnsTestServer

Z = "spftest.example"


def kinds(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.kind for n in result.notes]


def test_two_published_records_become_one_verified_record(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    request = GenerateRequest(f"multiple.{Z}", outbound_ips=("203.0.113.5", "192.0.2.25"))
    result = generate_spf(request, dns_client)
    assert result.record == f"v=spf1 include:_spf.prov.{Z} ip4:192.0.2.25 ~all"
    assert result.record.count("v=spf1") == 1
    assert "merged" in kinds(result)
    assert result.verified
    assert {c.code: c.ok for c in result.checks} == {
        "includes": True,
        "syntax": True,
        "lookups": True,
        "outbound_ips": True,
        "strings": True,
    }
    # Published, it really lets both IPs pass.
    dns_server.remove_records(f"multiple.{Z}", "TXT")
    dns_server.add_record(f"multiple.{Z}", "TXT", result.record)
    for ip in ("203.0.113.5", "192.0.2.25"):
        assert check_host(ip, f"a@multiple.{Z}", client=dns_client).result == SpfResult.PASS
    assert check_spf(f"multiple.{Z}", dns_client).status.value == "valid"


def test_broken_terms_are_dropped_with_a_reason_and_outbound_ips_added(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.add_record(
        f"messy.{Z}",
        "TXT",
        f"v=spf1 ptr include:nospf.prov.{Z} include:servers.mcsv.net a:gone1.{Z} "
        f"include:_spf.prov.{Z} include:_spf.prov.{Z} +all",
    )
    result = generate_spf(
        GenerateRequest(f"messy.{Z}", outbound_ips=("198.51.100.200",)), dns_client
    )
    assert result.record == f"v=spf1 include:_spf.prov.{Z} ip4:198.51.100.200 ~all"
    assert {
        "removed_ptr",
        "removed_include",
        "removed_unneeded",
        "removed_void",
        "removed_duplicate",
        "replaced_all",
        "outbound_ip",
    } <= set(kinds(result))
    assert result.ip_checks[0].before == "permerror"  # the dead include broke it
    assert result.ip_checks[0].after == "pass"


def test_provider_preset_with_server_name_and_no_record_yet(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.add_record("spf.sender.xserver.jp", "TXT", "v=spf1 ip4:203.0.113.64/26 ~all")
    dns_server.add_record("sv1234.xserver.jp", "A", "203.0.113.10")
    result = generate_spf(
        GenerateRequest(f"new.{Z}", provider="xserver", server_name="SV1234.xserver.jp"),
        dns_client,
    )
    assert result.record == "v=spf1 a:sv1234.xserver.jp include:spf.sender.xserver.jp ~all"
    assert kinds(result) == ["preset", "preset"]
    assert result.notes[1].args["status"] == "observed"
    # A Japanese provider name reads naturally, without 「エックスサーバー のために」.
    note = result.notes[1].message.render("ja")
    assert note.startswith("「include:spf.sender.xserver.jp」を追加しました (ご利用のサービス: ")
    assert " のために" not in note
    # Made while the app spoke Japanese, read in the English window or report: the
    # provider's name and the value's source follow the language shown (they stayed
    # 「エックスサーバー」 and 「…公開している SPF レコード」).
    english = result.notes[1].message.render("en")
    assert "Xserver" in english and "publishes by default" in english, english
    assert not any("\u3040" <= ch <= "\u9fff" for ch in english), english
    without = generate_spf(GenerateRequest(f"new.{Z}", provider="xserver"), dns_client)
    assert "needs_server_name" in kinds(without)
    assert without.record == "v=spf1 include:spf.sender.xserver.jp ~all"


def test_the_server_name_note_names_no_placeholder_and_reads_as_japanese(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    """The owner who left 「サーバ名 (分かれば)」 empty read 「エックスサーバー では、… を入れた
    「a:{server_name}」も必要です」 on page 4 and in the PDF: a raw placeholder, and a space
    between two Japanese words."""
    dns_server.add_record("spf.sender.xserver.jp", "TXT", "v=spf1 ip4:203.0.113.64/26 ~all")
    result = generate_spf(GenerateRequest(f"new.{Z}", provider="xserver"), dns_client)
    note = next(n for n in result.notes if n.kind == "needs_server_name")
    assert note.term == "a:{server_name}"  # the JSON keeps the preset's own value
    ja = note.message.render("ja")
    assert "{" not in ja and "「a:サーバ名」" in ja, ja
    assert ja.startswith("エックスサーバーでは、"), ja
    en = note.message.render("en")
    assert "{" not in en and "“a:your-server-name”" in en, en
    assert en.startswith("Xserver also needs"), en


def test_an_include_that_does_not_answer_v_spf1_is_never_recommended(
    dns_client: DnsClient,
) -> None:
    result = generate_spf(
        GenerateRequest(f"new.{Z}", extra_terms=(f"include:nospf.prov.{Z}", "192.0.2.5")),
        dns_client,
    )
    assert "nospf" not in result.record
    assert result.record == "v=spf1 ip4:192.0.2.5 ~all"
    assert any(c.code == "includes" and c.ok is False for c in result.checks)
    assert not result.verified


def test_unverified_presets_are_only_mentioned(dns_client: DnsClient) -> None:
    result = generate_spf(
        GenerateRequest(f"new.{Z}", provider="sakura", outbound_ips=("192.0.2.8",)), dns_client
    )
    assert "sakura" not in result.record
    assert kinds(result)[0] == "preset_unverified"
    assert result.record == "v=spf1 ip4:192.0.2.8 ~all"


def test_no_change_needed_when_the_published_record_already_does_everything(
    dns_client: DnsClient,
) -> None:
    result = generate_spf(GenerateRequest(f"good.{Z}", outbound_ips=("203.0.113.5",)), dns_client)
    assert result.no_change_needed
    assert result.record == result.existing
    assert result.verified
    # Asking for -all instead is a change.
    strict = generate_spf(GenerateRequest(f"good.{Z}", all_policy="-all"), dns_client)
    assert not strict.no_change_needed
    assert strict.record.endswith(" -all")
    # An IP that does not pass yet is a change too.
    more = generate_spf(GenerateRequest(f"good.{Z}", outbound_ips=("198.51.100.1",)), dns_client)
    assert not more.no_change_needed
    assert "ip4:198.51.100.1" in more.record


def test_more_than_10_lookups_are_brought_down_by_replacing_own_a_and_mx(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    includes = " ".join(f"include:l{i}.{Z}" for i in range(1, 10))
    dns_server.add_record(f"heavy.{Z}", "TXT", f"v=spf1 a mx {includes} ~all")
    dns_server.add_record(f"heavy.{Z}", "A", "192.0.2.44")
    dns_server.add_record(f"heavy.{Z}", "MX", f"10 mail.{Z}.")
    assert check_spf(f"heavy.{Z}", dns_client).lookups == 11
    result = generate_spf(GenerateRequest(f"heavy.{Z}"), dns_client)
    assert result.lookups == 9
    assert "ip4:192.0.2.44" in result.record and "ip4:203.0.113.25" in result.record
    assert kinds(result).count("flattened") == 2
    assert result.verified


def test_long_records_are_split_into_255_byte_strings(dns_client: DnsClient) -> None:
    ips = tuple(f"198.51.100.{i}" for i in range(1, 30))
    result = generate_spf(GenerateRequest(f"new.{Z}", extra_terms=ips), dns_client)
    assert len(result.strings) == 3
    assert all(len(s.encode()) <= 255 for s in result.strings)
    assert all(s.endswith(" ") for s in result.strings[:-1])  # cut after a space
    assert "".join(result.strings) == result.record
    assert result.zone_text.startswith('"v=spf1 ')
    assert split_strings("v=spf1 -all") == ("v=spf1 -all",)


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("203.0.113.25", "ip4:203.0.113.25"),
        ("２０３．０．１１３．２５", "ip4:203.0.113.25"),
        ("203.0.113.0/24", "ip4:203.0.113.0/24"),
        ("2001:db8::25", "ip6:2001:db8::25"),
        ("_spf.google.com", "include:_spf.google.com"),
        ("include:spf.protection.outlook.com", "include:spf.protection.outlook.com"),
        ("a:mail.example.jp", "a:mail.example.jp"),
    ],
)
def test_terms_the_user_types(typed: str, term: str) -> None:
    assert normalize_term(typed) == term


@pytest.mark.parametrize("typed", ["", "-all", "exp=x.jp", "inculde:x.jp", "192.0.2.300"])
def test_bad_terms_are_bad_input(typed: str) -> None:
    with pytest.raises(InputError):
        normalize_term(typed)


def test_bad_policy_and_ip_are_bad_input(dns_client: DnsClient) -> None:
    with pytest.raises(InputError):
        generate_spf(GenerateRequest(f"new.{Z}", all_policy="+all"), dns_client)
    with pytest.raises(InputError):
        generate_spf(GenerateRequest(f"new.{Z}", outbound_ips=("mail.example.jp",)), dns_client)


def test_every_provider_has_a_preset_and_dns_steps_with_sources() -> None:
    from app.core.providers import providers

    presets = all_presets()
    for provider in providers():
        preset = spf_preset(provider.id)
        assert preset.provider == provider.id
        for term in preset.terms:
            assert term.status in ("official", "observed", "unverified")
            assert term.source("ja") and term.source("en")
        host = dns_host(provider.id)
        assert host.steps("ja") and len(host.steps("ja")) == len(host.steps("en"))
        assert "TXT" in " ".join(host.steps("ja"))
    assert spf_preset("google_workspace").terms[0].status == "official"
    assert set(presets) >= {p.id for p in providers()}


def test_merging_with_another_domains_record(dns_client: DnsClient) -> None:
    result = generate_spf(GenerateRequest(f"new.{Z}", merge_with=f"good.{Z}"), dns_client)
    assert result.record == f"v=spf1 ip4:192.0.2.25 include:_spf.prov.{Z} ~all"
    assert result.existing == result.record
    assert not result.no_change_needed  # it is not published for new.spftest.example yet
    fresh = generate_spf(GenerateRequest(f"good.{Z}", merge=False), dns_client)
    assert fresh.record == "v=spf1 ~all"
    assert fresh.existing is None


@pytest.mark.parametrize(
    "published",
    [
        "v=spf1\u3000include:_spf.prov.spftest.example ip4:192.0.2.1 ~all",
        "“v=spf1 include:_spf.prov.spftest.example ip4:192.0.2.1 ~all”",
    ],
)
def test_a_value_not_read_as_spf_is_repaired_not_dropped(
    dns_server: DnsTestServer, dns_client: DnsClient, published: str
) -> None:
    # A record with a full-width space or typed quote marks still says which services send
    # the owner's mail; a recommendation without them would make that mail fail SPF.
    dns_server.add_record(f"nearmiss.{Z}", "TXT", published)
    result = generate_spf(GenerateRequest(f"nearmiss.{Z}"), dns_client)
    assert result.record == f"v=spf1 include:_spf.prov.{Z} ip4:192.0.2.1 ~all"
    assert "repaired" in kinds(result)
    note = next(n for n in result.notes if n.kind == "repaired")
    assert published in note.message.render("ja")
    assert result.verified


def test_a_service_said_to_be_unused_is_removed_from_a_record_that_needs_no_other_change(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    """A valid record within 10 lookups is recommended as it is, unless the owner unticked a
    service it lists: then that include goes, with its note (it was kept silently)."""
    from tests.spf_budget import add_budget_records

    add_budget_records(dns_server)
    domain = f"within.{Z}"
    published = "v=spf1 include:_spf.google.com include:spf.protection.outlook.com ~all"
    dns_server.add_record(domain, "TXT", published)
    kept = generate_spf(GenerateRequest(domain=domain, provider="google_workspace"), dns_client)
    assert kept.no_change_needed and kept.record == published
    result = generate_spf(
        GenerateRequest(
            domain=domain,
            provider="google_workspace",
            unused_terms=("include:spf.protection.outlook.com",),
        ),
        dns_client,
    )
    assert not result.no_change_needed
    assert result.record == "v=spf1 include:_spf.google.com ~all"
    assert result.lookups == 4
    assert "removed_unused" in kinds(result)


def test_a_record_that_lets_no_server_send_is_never_called_verified(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    """Provider 「その他」 (or さくら, whose value is only mentioned), no SPF yet and no sending
    IP known: the record came out as 「v=spf1 ~all」 under 「✔ 確認済みです…登録してください」.
    Published, it tells every receiver that none of the company's own mail is authorised."""
    for provider in ("other", "sakura"):
        result = generate_spf(GenerateRequest(f"new.{Z}", provider=provider), dns_client)
        assert result.record == "v=spf1 ~all"
        assert not result.verified, provider
        senders = [c for c in result.checks if c.code == "senders"]
        assert [c.ok for c in senders] == [False]
        ja = senders[0].message.render("ja")
        assert "自社のメールもすべて SPF で不合格" in ja and "IP アドレスを入力" in ja, ja
        assert "allows no server" in senders[0].message.render("en")
    strict = generate_spf(GenerateRequest(f"new.{Z}", all_policy="-all"), dns_client)
    assert strict.record == "v=spf1 -all" and not strict.verified
    # A published 「v=spf1 -all」 (a domain that sends no mail) is no "no change needed" for
    # the domain the company mails from.
    dns_server.add_record(f"parked.{Z}", "TXT", "v=spf1 -all")
    parked = generate_spf(GenerateRequest(f"parked.{Z}"), dns_client)
    assert not parked.no_change_needed and not parked.verified
    # One sending IP is enough: then nothing is added to the checks.
    fine = generate_spf(GenerateRequest(f"new.{Z}", outbound_ips=("192.0.2.8",)), dns_client)
    assert fine.verified and "senders" not in {c.code for c in fine.checks}
