"""A published -all is never weakened by the default: the choice follows the current record.

An owner whose record already ended in -all got a recommendation with ~all, because page 4's
choice always started at ~all. Now -all is kept (page 4, `spf generate`, the report say so);
?all, +all, a missing all and no record get ~all, and each case is explained.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.dns_client import DnsClient
from app.core.example_case import example_case
from app.core.spf.generate import (
    HARD,
    SOFT,
    GenerateRequest,
    default_policy,
    generate_spf,
    policy_reason,
    published_all,
)
from tests.dns_server import DnsTestServer
from tests.report_support import build, page_texts
from tests.test_cli_basics import run_cli
from tests.test_sender_auth_page import click, open_page

Z = "spftest.example"
STRICT = f"strict.{Z}"


@pytest.mark.parametrize(
    ("record", "published", "default"),
    [
        ("v=spf1 mx -all", "-all", HARD),
        ("v=spf1 mx ~all", "~all", SOFT),
        ("v=spf1 mx ?all", "?all", SOFT),
        ("v=spf1 mx +all", "+all", SOFT),
        ("v=spf1 mx", "", SOFT),
    ],
)
def test_the_default_follows_how_the_published_record_ends(
    record: str, published: str, default: str
) -> None:
    assert published_all((record,)) == published
    assert default_policy(published) == default
    assert policy_reason(published, default) is not None
    assert published_all(()) == "none" and default_policy("none") == SOFT


def test_generate_keeps_a_published_hard_fail_and_says_so(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.add_record(STRICT, "TXT", "v=spf1 ip4:192.0.2.10 -all")
    kept = generate_spf(GenerateRequest(STRICT, outbound_ips=("192.0.2.77",)), dns_client)
    assert kept.record.endswith(" -all") and kept.all_policy == HARD
    assert "kept_hard_all" in [n.kind for n in kept.notes]
    assert kept.policy_reason is not None
    assert "引き継ぎます" in kept.policy_reason.render("ja")
    assert "-all" in kept.policy_reason.render("en")
    # Chosen on purpose, ~all is allowed, and the note says what it gives up.
    soft = generate_spf(
        GenerateRequest(STRICT, outbound_ips=("192.0.2.77",), all_policy=SOFT), dns_client
    )
    assert soft.record.endswith(" ~all")
    assert "weakened_all" in [n.kind for n in soft.notes]
    assert "instead of refused" in (soft.policy_reason or "").render("en")  # type: ignore[union-attr]


def test_spf_generate_on_the_command_line_keeps_minus_all_and_explains(
    dns_server: DnsTestServer,
) -> None:
    dns_server.add_record(STRICT, "TXT", "v=spf1 ip4:192.0.2.10 -all")
    result = run_cli("spf", "generate", STRICT, "--resolver", dns_server.address, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "v=spf1 ip4:192.0.2.10 -all" in result.stdout
    assert "Your current record ends in -all" in result.stdout
    assert "-all (strict)" in result.stdout


def test_page_4_starts_at_minus_all_when_the_record_has_it(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    dns_server.add_record(STRICT, "TXT", "v=spf1 ip4:192.0.2.10 -all")
    page = open_page(qtbot, wizard, dns_server, domain=STRICT)
    assert page.soft.isChecked()  # nothing known yet
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: len(wizard.case.sender_auth.spf_checks) == 1, timeout=10000)
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=5000)
    assert page.hard.isChecked()
    assert "-all" in page.policy_note.text() and page.policy_note.isVisibleTo(page)
    assert "おすすめ" not in page.soft_syntax.text()
    assert "現在のレコードと同じ" in page.hard_syntax.text()
    click(qtbot, page.generate_button)
    qtbot.waitUntil(lambda: wizard.case.sender_auth.recommendation is not None, timeout=10000)
    qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=5000)
    assert page.rec_record.text().endswith(" -all")
    # The owner picks ~all on purpose: kept, with a warning of what it gives up.
    click(qtbot, page.soft)
    assert page.soft.isChecked() and "⚠" in page.policy_note.text()
    page.store_case(wizard.case)
    assert wizard.case.sender_auth.all_policy == SOFT
    assert wizard.case.sender_auth.all_policy_chosen


def test_page_4_starts_at_the_recommended_soft_fail_for_question_all(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    dns_server.add_record(STRICT, "TXT", "v=spf1 ip4:192.0.2.10 ?all")
    page = open_page(qtbot, wizard, dns_server, domain=STRICT)
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: len(wizard.case.sender_auth.spf_checks) == 1, timeout=10000)
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=5000)
    assert page.soft.isChecked()
    assert "?all" in page.policy_note.text()


def test_the_report_says_a_published_minus_all_is_kept(
    tmp_path: Path, dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    dns_server.add_record(STRICT, "TXT", "v=spf1 ip4:192.0.2.10 -all")
    case = example_case()
    case.organisation.domain = case.organisation.domain_ascii = STRICT
    case.sender_auth.spf_checks = []
    case.sender_auth.recommendation = generate_spf(GenerateRequest(STRICT), dns_client)
    from app.core.spf.check import check_spf

    case.sender_auth.add_spf_check(check_spf(STRICT, dns_client))
    path, _ = build(case, tmp_path)
    text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
    reason = case.sender_auth.recommendation.policy_reason
    assert reason is not None
    assert reason.render("ja").replace(" ", "") in text
