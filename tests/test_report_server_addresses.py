"""Section 4's IP addresses of the mail server: when page 5's field is empty, the addresses the
latest blacklist check looked at as the mail server's are printed (marked as taken from there)
and the review counts them as entered. None is ever made up."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.core.case import Case
from app.core.dnsbl_history import BlacklistSection, BlacklistTargetRecord
from app.core.example_case import example_case
from app.core.report_review import F_ADDRESSES, Coverage, review_case
from tests.report_support import build, page_texts

MARK_JA = "(ブラックリスト確認の対象から)"


def _with_targets(case: Case, *targets: BlacklistTargetRecord) -> Case:
    """`case` without page 5's addresses, its latest blacklist run checking `targets`."""
    case.report.server_addresses = []
    run = case.blacklist.latest()
    assert run is not None
    case.blacklist = BlacklistSection(runs=[dataclasses.replace(run, targets=list(targets))])
    return case


def _section_4(case: Case, tmp_path: Path, lang: str = "ja") -> str:
    path, _ = build(case, tmp_path, lang=lang)
    text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
    start, end = ("4.対象システム", "5.不正利用") if lang == "ja" else ("4.Affected", "5.Misused")
    return text[text.index(start) : text.index(end)]


def _addresses_missing(case: Case) -> bool:
    system = next(item for item in review_case(case) if item.key == "system")
    return any(F_ADDRESSES in fix.missing for fix in system.fixes)


DOMAIN = BlacklistTargetRecord("example.co.jp", "domain", "", ["domain"])
TYPED = BlacklistTargetRecord("203.0.113.25", "ip", "", ["entered"])
MX = BlacklistTargetRecord("198.51.100.7", "ip", "", ["mx:mail.example.co.jp"])
BOUNCE = BlacklistTargetRecord("192.0.2.44", "ip", "", ["received:sv1.example.net"])
# The domain's own address (usually the web server) and an SPF term (often the provider's
# relays) are not the mail server's.
WEB = BlacklistTargetRecord("198.51.100.80", "ip", "", ["a:example.co.jp"])
SPF = BlacklistTargetRecord("192.0.2.10", "ip", "", ["spf:example.co.jp"])


def test_the_mail_servers_checked_addresses_fill_an_empty_address_field(tmp_path: Path) -> None:
    case = _with_targets(example_case(), DOMAIN, TYPED, MX, BOUNCE, WEB, SPF)
    section = _section_4(case, tmp_path)
    assert f"203.0.113.25{MARK_JA}" in section
    assert f"198.51.100.7{MARK_JA}" in section
    assert f"192.0.2.44{MARK_JA}" in section
    assert "198.51.100.80" not in section and "192.0.2.10" not in section
    assert "未入力" not in section
    assert not _addresses_missing(case)
    system = next(item for item in review_case(case) if item.key == "system")
    assert system.coverage is Coverage.FILLED
    english = _section_4(case, tmp_path, "en")
    assert "203.0.113.25(fromtheblacklistcheck'stargets)" in english


def test_without_such_an_address_the_field_stays_not_entered(tmp_path: Path) -> None:
    case = _with_targets(example_case(), DOMAIN, WEB, SPF)
    section = _section_4(case, tmp_path)
    assert "IPアドレス未入力" in section
    assert _addresses_missing(case)
    no_run = example_case()
    no_run.report.server_addresses = []
    no_run.blacklist = BlacklistSection()
    assert "IPアドレス未入力" in _section_4(no_run, tmp_path)
    assert _addresses_missing(no_run)


def test_the_owners_own_addresses_win_and_carry_no_mark(tmp_path: Path) -> None:
    case = _with_targets(example_case(), DOMAIN, TYPED, MX)
    case.report.server_addresses = ["192.0.2.99"]
    section = _section_4(case, tmp_path)
    assert "192.0.2.99" in section
    assert MARK_JA not in section and "198.51.100.7" not in section
    assert not _addresses_missing(case)


def test_mx_addresses_of_a_domain_corrected_since_are_not_the_mail_servers(
    tmp_path: Path,
) -> None:
    case = _with_targets(example_case(), DOMAIN, MX, TYPED)
    case.organisation.domain = case.organisation.domain_ascii = "example.jp"
    # What the owner typed still counts; the old domain's MX host does not.
    section = _section_4(case, tmp_path)
    assert f"203.0.113.25{MARK_JA}" in section and "198.51.100.7" not in section
    case = _with_targets(example_case(), DOMAIN, MX)
    case.organisation.domain = case.organisation.domain_ascii = "example.jp"
    assert "IPアドレス未入力" in _section_4(case, tmp_path)
    assert _addresses_missing(case)
