"""Names that do not exist are one finding, not one row per name next to the error.

A record with three names that do not exist used to show four rows (three warnings and the
error that counts them), all saying the same thing. Page 4, the report and the CLI's text show
one finding that names every missing name; the stored check and the JSON keep every finding.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.dns_client import DnsClient
from app.core.example_case import example_case
from app.core.spf.check import check_spf
from app.core.spf.codes import finding_terms, group_findings
from tests.dns_server import DnsTestServer
from tests.report_support import build, page_texts
from tests.test_cli_basics import run_cli
from tests.test_sender_auth_page import click, open_page

Z = "spftest.example"
VOID3_TERMS = [f"a:gone1.{Z}", f"a:gone2.{Z}", f"mx:gone3.{Z}"]


def test_three_missing_names_are_one_error_naming_every_name(dns_client: DnsClient) -> None:
    check = check_spf(f"void3.{Z}", dns_client)
    # Stored as found (the JSON contract lists every warning) ...
    assert [f.code for f in check.findings].count("void_lookup") == 3
    # ... shown as one finding.
    shown = check.shown_findings
    assert [f.code for f in shown] == ["too_many_void_lookups"]
    assert finding_terms(shown[0]) == VOID3_TERMS
    advice = shown[0].message.render("ja")
    for name in ("gone1", "gone2", "gone3"):
        assert f"{name}.{Z}" in advice


def test_two_missing_names_are_one_warning_naming_both(dns_client: DnsClient) -> None:
    check = check_spf(f"void2.{Z}", dns_client)
    shown = check.shown_findings
    assert [f.code for f in shown] == ["void_lookups"]
    title, advice = shown[0].title.render("en"), shown[0].message.render("en")
    assert title == "2 names in the record do not exist in DNS"
    targets = [f.args["target"] for f in check.findings]
    assert all(target in advice for target in targets)
    assert "存在しません" in shown[0].title.render("ja")
    # One missing name stays the single warning it always was.
    one = [f for f in check.findings][:1]
    assert group_findings(one) == tuple(one)


def test_the_cli_text_shows_one_finding_and_the_json_keeps_every_one(
    dns_server: DnsTestServer,
) -> None:
    text = run_cli("spf", "check", f"void3.{Z}", "--resolver", dns_server.address, "--lang", "en")
    assert text.returncode == 0, text.stderr
    assert text.stdout.count("[too_many_void_lookups]") == 1
    assert "[void_lookup]" not in text.stdout
    data = json.loads(
        run_cli("spf", "check", f"void3.{Z}", "--resolver", dns_server.address, "--json").stdout
    )
    assert [w["code"] for w in data["warnings"]].count("void_lookup") == 3


def test_page_4_shows_one_row_and_marks_every_missing_name_with_its_number(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server, domain=f"void3.{Z}")
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: len(wizard.case.sender_auth.spf_checks) == 1, timeout=10000)
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=5000)
    assert len(page.spf_findings.labels) == 1
    assert (
        "存在しない名前" in page.spf_findings.text() or "見つからない" in page.spf_findings.text()
    )
    assert page.spf_record.text().count("✖1") == 3  # each missing name carries the mark
    compare_counts = page.spf_findings.text()
    assert "gone1" in compare_counts and "gone3" in compare_counts


def test_the_report_prints_one_row_for_the_missing_names(
    tmp_path: Path, dns_client: DnsClient
) -> None:
    case = example_case()
    check = check_spf(f"void3.{Z}", dns_client)
    case.organisation.domain = case.organisation.domain_ascii = f"void3.{Z}"
    case.sender_auth.spf_checks = [check]
    case.sender_auth.recommendation = None
    path, _ = build(case, tmp_path)
    text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
    title = check.shown_findings[0].title.render("ja").replace(" ", "")
    assert text.count(title) == 1
    warning_title = check.findings[-1].title.render("ja").replace(" ", "")
    assert check.findings[-1].code == "void_lookup" and warning_title not in text
    assert "".join(VOID3_TERMS) in text  # the terms, under the one finding
