"""The sender_auth case section: saving, reading back, the blacklist IPs, fuzzing of inputs."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.case import Case, case_from_dict, case_to_json, load_case, save_case
from app.core.dkim import parse_dkim_signatures
from app.core.dmarc import parse_tags
from app.core.dnsbl_history import BlacklistSection, BlacklistTargetRecord
from app.core.errors import InputError
from app.core.example_case import example_case
from app.core.sender_auth import (
    MAX_HISTORY,
    SenderAuthSection,
    checks_to_compare,
    outbound_ips_from_case,
)
from app.core.spf.check import SpfCheck, SpfStatus, record_strings
from app.core.spf.generate import normalize_term, split_strings


def test_the_example_section_survives_a_save_and_reload(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "x.mamori.json"
    save_case(case, path)
    again = load_case(path)
    assert again.sender_auth == case.sender_auth
    data = json.loads(path.read_text(encoding="utf-8"))
    section = data["sender_auth"]
    assert section["spf_checks"][0]["status"] == "permerror"
    assert section["spf_checks"][0]["findings"][0]["code"] == "multiple_records"
    assert section["recommendation"]["created_at"].endswith("+09:00")
    # A finding read back renders its message without the checking modules imported first.
    assert "merge" in again.sender_auth.spf_checks[0].findings[0].message.render("en").lower()


def test_old_cases_without_the_section_still_open() -> None:
    data = json.loads(case_to_json(Case()))
    del data["sender_auth"]
    assert case_from_dict(data).sender_auth == SenderAuthSection()


def test_history_keeps_the_first_check_as_before() -> None:
    section = SenderAuthSection()
    for i in range(MAX_HISTORY + 5):
        section.add_spf_check(SpfCheck("d.jp", "d.jp", SpfStatus.VALID, record=f"v=spf1 r{i}"))
    assert len(section.spf_checks) == MAX_HISTORY
    assert section.first_check is not None and section.first_check.record == "v=spf1 r0"
    assert section.spf_checks[1].record == "v=spf1 r6"  # the oldest re-checks are dropped
    assert (
        section.latest_check is not None
        and section.latest_check.record == f"v=spf1 r{MAX_HISTORY + 4}"
    )


def test_outbound_ips_come_from_bounces_and_entered_addresses_of_the_blacklist_step() -> None:
    case = Case()
    assert outbound_ips_from_case(case) == []
    case.blacklist = BlacklistSection(
        targets=[
            BlacklistTargetRecord("203.0.113.25", "ip", origins=["received:mx.example.net"]),
            BlacklistTargetRecord("198.51.100.7", "ip", origins=["entered"]),
            BlacklistTargetRecord("192.0.2.10", "ip", origins=["mx:mail.example.co.jp"]),
            BlacklistTargetRecord("192.168.1.5", "ip", origins=["entered"]),
            BlacklistTargetRecord("example.co.jp", "domain", origins=["domain"]),
        ]
    )
    # MX addresses may only receive; LAN addresses never reach the internet.
    assert outbound_ips_from_case(case) == ["203.0.113.25", "198.51.100.7"]


def test_the_example_case_offers_its_bounce_address_to_the_generator() -> None:
    from app.core.example_case import example_case

    assert outbound_ips_from_case(example_case()) == ["203.0.113.25"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fuzz_input_parsers_raise_only_input_errors(text: str) -> None:
    parse_tags(text)
    record_strings(text)
    split_strings(text)
    for parse in (normalize_term, parse_dkim_signatures):
        with contextlib.suppress(InputError):
            parse(text)


def test_a_full_history_keeps_the_corrected_domains_first_check() -> None:
    """Once the history is full, the "before" of the domain checked last survives, not the
    first check of a domain the owner corrected on page 1."""
    section = SenderAuthSection()
    section.add_spf_check(SpfCheck("old.jp", "old.jp", SpfStatus.VALID, record="v=spf1 old"))
    for i in range(MAX_HISTORY + 5):
        record = f"v=spf1 new{i}"
        section.add_spf_check(SpfCheck("new.jp", "new.jp", SpfStatus.VALID, record=record))
    assert len(section.spf_checks) == MAX_HISTORY
    assert [c.domain for c in section.spf_checks] == ["new.jp"] * MAX_HISTORY
    assert section.first_check is not None and section.first_check.record == "v=spf1 new0"
    pair = checks_to_compare(section)
    assert pair is not None
    assert pair[0].record == "v=spf1 new0"
    assert pair[1].record == f"v=spf1 new{MAX_HISTORY + 4}"
