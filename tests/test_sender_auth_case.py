"""The sender_auth case section: saving, reading back, the blacklist IPs, fuzzing of inputs."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.case import Case, case_from_dict, case_to_json, load_case, save_case
from app.core.dkim import parse_dkim_signatures
from app.core.dmarc import parse_tags
from app.core.errors import InputError
from app.core.example_case import example_case
from app.core.sender_auth import MAX_HISTORY, SenderAuthSection, outbound_ips_from_case
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
        section.add_spf_check(SpfCheck(f"d{i}.jp", f"d{i}.jp", SpfStatus.VALID))
    assert len(section.spf_checks) == MAX_HISTORY
    assert section.first_check is not None and section.first_check.domain == "d0.jp"
    assert (
        section.latest_check is not None and section.latest_check.domain == f"d{MAX_HISTORY + 4}.jp"
    )


@dataclass
class _Target:
    value: str
    kind: str = "ip"


@dataclass
class _Run:
    targets: list[_Target] = field(default_factory=list)


@dataclass
class _Blacklist:
    runs: list[_Run] = field(default_factory=list)


def test_outbound_ips_are_read_defensively_from_the_blacklist_section() -> None:
    case = Case()
    assert outbound_ips_from_case(case) == []
    # A typed section (as the blacklist step will add it).
    case.blacklist = _Blacklist(  # type: ignore[attr-defined]
        [
            _Run(
                [
                    _Target("203.0.113.25"),
                    _Target("mail.example.jp", "host"),
                    _Target("192.168.1.5"),
                ]
            )
        ]
    )
    assert outbound_ips_from_case(case) == ["203.0.113.25"]
    # Or, in a version that does not know the section, plain JSON kept in `extra`.
    other = Case()
    other.extra["blacklist"] = {
        "runs": [
            {"targets": [{"value": "198.51.100.7"}, {"value": "2001:db8::1"}]},
            {"ips": ["198.51.100.7", "127.0.0.2", "not an ip"]},
        ]
    }
    assert outbound_ips_from_case(other) == ["198.51.100.7", "2001:db8::1"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fuzz_input_parsers_raise_only_input_errors(text: str) -> None:
    parse_tags(text)
    record_strings(text)
    split_strings(text)
    for parse in (normalize_term, parse_dkim_signatures):
        with contextlib.suppress(InputError):
            parse(text)
