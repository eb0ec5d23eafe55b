"""Where an over-limit SPF record's DNS lookups go and how to get below 10 (RFC 7208 4.6.4),
against the loopback DNS server (records: tests/spf_budget.py)."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PageObject, PdfReader

from app.core.dns_client import DnsClient
from app.core.spf.check import SpfStatus, analyse_record, check_spf
from tests.dns_server import DnsTestServer
from tests.loopback_guard import loopback_only
from tests.spf_budget import (
    OVER,
    OVER_RECORD,
    OWN,
    OWN_RECORD,
    PTR,
    Z,
    add_budget_records,
)


def _costs(check):  # type: ignore[no-untyped-def]
    assert check.breakdown is not None
    return [(t.term, t.lookups) for t in check.breakdown.terms]


def _texts(check, lang: str) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(s.message(lang) for s in check.breakdown.suggestions)


def test_nested_includes_are_counted_per_top_level_term(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    add_budget_records(dns_server)
    with loopback_only() as attempts:
        check = check_spf(OVER, dns_client)
    assert attempts == []
    assert check.status == SpfStatus.PERMERROR and check.lookups == 12
    # Most expensive first; equal costs keep the record's order; ip4 and all cost nothing.
    assert _costs(check) == [
        ("include:_spf.google.com", 4),
        (f"include:nested.prov.{Z}", 3),
        ("include:spf.protection.outlook.com", 2),
        ("include:spf.haihaimail.jp", 1),
        (f"include:_spf.prov.{Z}", 1),
        (f"include:_spf.prov.{Z}", 1),
    ]
    breakdown = check.breakdown
    assert breakdown is not None
    # The same count as the validator's, not a second one.
    assert breakdown.total == check.lookups == sum(t.lookups for t in breakdown.terms)
    assert breakdown.over_limit and breakdown.limit == 10
    google = breakdown.terms[0]
    assert google.what("ja") == "Google Workspace (Gmail)" and google.complete
    assert "別の会社" in breakdown.terms[1].what("ja")

    kinds = [s.kind for s in breakdown.suggestions]
    assert kinds[0] == "need" and kinds[-1] == "no_flattening"
    assert kinds.count("duplicate") == 1
    # Every known service is asked about, the unknown include too.
    asked = {s.term for s in breakdown.suggestions if s.kind == "still_used"}
    assert asked == {
        "include:_spf.google.com",
        "include:spf.protection.outlook.com",
        "include:spf.haihaimail.jp",
    }
    assert {s.term for s in breakdown.suggestions if s.kind == "still_used_unknown"} == {
        f"include:nested.prov.{Z}",
        f"include:_spf.prov.{Z}",
    }
    # The newsletter service may move to a subdomain with its own record.
    subdomain = [s for s in breakdown.suggestions if s.kind == "subdomain"]
    assert [s.term for s in subdomain] == ["include:spf.haihaimail.jp"]
    ja = _texts(check, "ja")
    assert "12 回" in ja and "2 回" in ja
    assert "Google Workspace (Gmail) でメールを送っていますか" in ja
    assert f"news.{OVER}" in ja and "配配メールでメールを送っていますか" in ja
    # Flattening is never advised: only the warning against it, with the reason.
    flattening = [s for s in breakdown.suggestions if "IP" in s.message("ja")]
    assert [s.kind for s in flattening] == ["no_flattening"]
    assert "予告なく" in breakdown.suggestions[-1].message("ja")
    en = _texts(check, "en")
    assert "Do not replace a service's include" in en and "35.190.247" not in en


def test_own_a_and_mx_are_written_as_their_addresses(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    add_budget_records(dns_server)
    check = check_spf(OWN, dns_client)
    assert check.lookups == 11
    assert _costs(check)[:3] == [
        ("include:_spf.google.com", 4),
        (f"include:nested.prov.{Z}", 3),
        ("include:spf.protection.outlook.com", 2),
    ]
    assert [(t.term, t.lookups, t.kind) for t in check.breakdown.terms[3:]] == [
        ("a", 1, "own_a"),
        ("mx", 1, "own_mx"),
    ]
    own = {s.term: s for s in check.breakdown.suggestions if s.kind == "own_addresses"}
    assert own["a"].args["addresses"] == "ip4:203.0.113.80"
    assert own["mx"].args["addresses"] == "ip4:203.0.113.25"
    ja = own["mx"].message("ja")
    assert "ip4:203.0.113.25" in ja and "サーバの IP アドレスが変わったら" in ja
    # A record that is not published yet gets the same breakdown.
    candidate = analyse_record(OWN_RECORD, OWN, dns_client)
    assert candidate.breakdown == check.breakdown


def test_ptr_is_removed_first(dns_server: DnsTestServer, dns_client: DnsClient) -> None:
    add_budget_records(dns_server)
    check = check_spf(PTR, dns_client)
    assert check.lookups == 11
    assert ("ptr", 1) in _costs(check)
    suggestions = check.breakdown.suggestions
    assert [s.kind for s in suggestions[:2]] == ["need", "ptr"]
    assert "ptr" in suggestions[1].message("ja") and "1 回" in suggestions[1].message("ja")


def test_within_the_limit_there_is_a_breakdown_without_suggestions(
    dns_client: DnsClient,
) -> None:
    check = check_spf(f"good.{Z}", dns_client)
    assert check.breakdown is not None
    assert [(t.term, t.lookups) for t in check.breakdown.terms] == [(f"include:_spf.prov.{Z}", 1)]
    assert not check.breakdown.over_limit and check.breakdown.suggestions == ()
    data = check.to_dict("en")["lookup_breakdown"]
    assert data["total"] == 1 and data["limit"] == 10 and data["suggestions"] == []


def test_spf_check_json_and_text_show_where_the_lookups_go(dns_server: DnsTestServer) -> None:
    from tests.test_cli_basics import run_cli

    add_budget_records(dns_server)
    result = run_cli("spf", "check", OVER, "--resolver", dns_server.address, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # The existing keys stay as they were; the breakdown is added beside them.
    assert data["lookups"] == 12 and data["result"] == "permerror"
    breakdown = data["lookup_breakdown"]
    assert breakdown["total"] == 12 and breakdown["limit"] == 10 and breakdown["over_limit"]
    assert [(t["term"], t["lookups"]) for t in breakdown["terms"][:3]] == [
        ("include:_spf.google.com", 4),
        (f"include:nested.prov.{Z}", 3),
        ("include:spf.protection.outlook.com", 2),
    ]
    assert breakdown["terms"][0]["service"] == "google_workspace"
    kinds = [s["kind"] for s in breakdown["suggestions"]]
    assert {"need", "duplicate", "still_used", "subdomain", "no_flattening"} <= set(kinds)
    assert all(s["message"] for s in breakdown["suggestions"])
    assert "配配メール" in json.dumps(breakdown, ensure_ascii=False)

    text = run_cli("spf", "check", OVER, "--resolver", dns_server.address)
    assert text.returncode == 0, text.stderr
    out = text.stdout[text.stdout.index("DNS の参照回数の内訳") :]
    assert out.startswith("DNS の参照回数の内訳 (12 回 / 上限 10 回)")
    assert out.index("include:_spf.google.com") < out.index("include:spf.haihaimail.jp  ")
    assert "10 回以下にするには" in out


def test_the_report_prints_the_breakdown_and_the_ways_below_10(
    dns_server: DnsTestServer, dns_client: DnsClient, tmp_path: Path
) -> None:
    from app.core.example_case import example_case
    from app.core.sender_auth import SenderAuthSection
    from tests.report_support import build, page_texts

    add_budget_records(dns_server)
    case = example_case()
    case.organisation.domain = case.organisation.domain_ascii = OVER
    case.sender_auth = SenderAuthSection(spf_checks=[check_spf(OVER, dns_client)])
    path, _ = build(case, tmp_path)
    whole = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
    text = whole[whole.index("DNSの参照回数の内訳") :]
    assert text.startswith("DNSの参照回数の内訳:12回(上限10回)")
    # Table rows: the term, what it is, its cost; most expensive first; the total.
    google = text.index("include:_spf.google.comGoogleWorkspace(Gmail)4回")
    assert google < text.index(f"include:nested.prov.{Z}")
    assert "合計(上限10回)12回" in text
    assert "10回以下にするには" in text
    assert "GoogleWorkspace(Gmail)でメールを送っていますか" in text
    assert "フラット化" in text and "予告なく" in text


def _shown(page: PageObject) -> list[tuple[str, str, float, float, float]]:
    """The text pieces pypdf reads on `page`: (text, font, size, x, y)."""
    shown: list[tuple[str, str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""  # type: ignore[attr-defined]
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            shown.append((text.strip(), name, float(size), x, y))

    page.extract_text(visitor_text=visit)
    return shown


def _term_column(path: Path, lang: str) -> list[tuple[str, str, float, float]]:
    """The lines printed in the breakdown table's first column, as (text, font, right end,
    left edge of the next column), read back from the PDF with their positions."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.core.report.fonts import FONT_MONO, FONT_REGULAR
    from app.core.report.sections.sender_auth import COL_TERM, COL_WHAT, TOTAL

    head_term, head_what = COL_TERM.render(lang), COL_WHAT.render(lang)
    total = TOTAL.with_args(limit=10).render(lang)
    lines = []
    for page in PdfReader(path).pages:
        shown = _shown(page)
        # The header row: its first two cells side by side (「内容」 heads other tables too).
        heads = [
            (term, what)
            for term in shown
            if term[0] == head_term
            for what in shown
            if what[0] == head_what and abs(what[4] - term[4]) < 1
        ]
        if not heads:
            continue
        left, top = heads[0][0][3], heads[0][0][4]
        what_x = heads[0][1][3]
        # The total row ends the table (pypdf hands Japanese text over in pieces).
        said, bottom = "", 0.0
        for text, _font, _size, x, y in shown:
            if abs(x - what_x) < 1 and y < top:
                said += text.replace(" ", "")
                if said.endswith(total.replace(" ", "")):
                    bottom = y
                    break
        # The header cells' text starts 4 pt (the cell padding) right of the column line.
        edge = what_x - 4
        for text, font, size, x, y in shown:
            if bottom < y < top and left - 1 <= x < edge:
                face = FONT_MONO if "DejaVuSansMono" in font else FONT_REGULAR
                lines.append((text, font, x + stringWidth(text, face, size), edge))
    return lines


def test_the_report_prints_the_breakdown_s_terms_in_the_records_font_wrapped(
    dns_server: DnsTestServer, dns_client: DnsClient, tmp_path: Path
) -> None:
    # The terms were in the Japanese font, where `~` is raised and the `_` of include:_spf
    # nearly touches the colon, while the same terms in the record above were not.
    from app.core.example_case import example_case
    from app.core.sender_auth import SenderAuthSection
    from tests.report_support import build

    add_budget_records(dns_server)
    long_term = f"include:_spf.newsletter-delivery-for-small-shops.mail-service.{Z}"
    dns_server.add_record(long_term.split(":", 1)[1], "TXT", "v=spf1 ip4:192.0.2.77 ~all")
    domain = f"long.{Z}"
    dns_server.add_record(domain, "TXT", OVER_RECORD.replace(" ~all", f" {long_term} ~all"))
    check = check_spf(domain, dns_client)
    assert check.breakdown is not None and check.breakdown.over_limit
    terms = [t.term for t in check.breakdown.terms]
    assert long_term in terms and len(long_term) > 70
    case = example_case()
    case.organisation.domain = case.organisation.domain_ascii = domain
    case.sender_auth = SenderAuthSection(spf_checks=[check])
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        lines = _term_column(path, lang)
        assert lines, lang
        for text, font, _right, _edge in lines:
            assert "DejaVuSansMono" in font, (lang, text, font)
        # Every term whole, in order; the long one wrapped over lines of its column rather
        # than running into the next.
        assert "".join(text for text, *_ in lines) == "".join(terms), lang
        assert len(lines) > len(terms), lang
        for text, _font, right, edge in lines:
            assert right <= edge, (lang, text, right, edge)


def test_a_service_the_owner_no_longer_uses_is_named_for_removal_not_asked_about(
    dns_server: DnsTestServer, dns_client: DnsClient
) -> None:
    add_budget_records(dns_server)
    breakdown = check_spf(OVER, dns_client).breakdown
    assert breakdown is not None
    # Page 4's answers: Microsoft 365 and the newsletter service unticked, and the unknown
    # include unticked in its own box (as the case stores them).
    answered = breakdown.answered(["microsoft365", "haihaimail"], [f"include:nested.prov.{Z}"])
    kinds = {s.term: s.kind for s in answered.suggestions if s.term}
    assert kinds["include:spf.protection.outlook.com"] == "not_used"
    assert kinds["include:spf.haihaimail.jp"] == "not_used"
    assert kinds[f"include:nested.prov.{Z}"] == "not_used_unknown"
    # Not answered: still asked.
    assert kinds["include:_spf.google.com"] == "still_used"
    assert kinds[f"include:_spf.prov.{Z}"] in ("still_used_unknown", "duplicate")
    # A service no longer used need not move to a subdomain.
    assert not [s for s in answered.suggestions if s.kind == "subdomain"]
    # Definite removals come before the open questions.
    order = [s.kind for s in answered.suggestions]
    assert order.index("not_used") < order.index("still_used")
    ja = "\n".join(s.message("ja") for s in answered.suggestions)
    assert "Microsoft 365 (Outlook) でメールを送っていますか" not in ja
    assert "Microsoft 365 (Outlook) はもう使っていないとのことなので" in ja
    assert "公開しているレコードからも削除してください" in ja
    assert "Google Workspace (Gmail) でメールを送っていますか" in ja
    en = "\n".join(s.message("en") for s in answered.suggestions)
    assert "You said you no longer use Microsoft 365" in en
    # The check's own breakdown (the CLI's, without answers) is unchanged.
    assert breakdown.answered([], []) == breakdown
    assert {s.kind for s in breakdown.suggestions} >= {"still_used", "subdomain"}


def test_the_report_says_to_remove_what_the_owner_no_longer_uses(
    dns_server: DnsTestServer, dns_client: DnsClient, tmp_path: Path
) -> None:
    from app.core.example_case import example_case
    from app.core.sender_auth import SenderAuthSection
    from tests.report_support import build, page_texts

    add_budget_records(dns_server)
    case = example_case()
    case.organisation.domain = case.organisation.domain_ascii = OVER
    case.sender_auth = SenderAuthSection(
        spf_checks=[check_spf(OVER, dns_client)], unused_services=["microsoft365"]
    )
    for lang, asked, answered in (
        ("ja", "Microsoft365(Outlook)でメールを送っていますか", "もう使っていないとのことなので"),
        ("en", "DoyoustillsendmailwithMicrosoft365", "YousaidyounolongeruseMicrosoft365"),
    ):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
        assert answered in text and asked not in text
        assert "Gmail" in text  # the services not answered are still asked about


def test_spf_generate_json_has_the_breakdown_of_the_recommended_record(
    dns_server: DnsTestServer,
) -> None:
    from tests.test_cli_basics import run_cli

    add_budget_records(dns_server)
    result = run_cli(
        "--lang", "en", "spf", "generate", OVER, "--resolver", dns_server.address, "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # The published duplicate is dropped: 11 lookups, still over the limit.
    assert data["lookups"] == 11 and data["lookup_breakdown"]["total"] == 11
    assert data["lookup_breakdown"]["suggestions"][-1]["kind"] == "no_flattening"
    text = run_cli("--lang", "en", "spf", "generate", OVER, "--resolver", dns_server.address)
    assert "Where the DNS lookups go (11 of at most 10)" in text.stdout


def test_includes_without_a_box_are_those_no_service_box_stands_for() -> None:
    from app.core.spf.lookups import includes_without_box, known_include

    records = [
        "v=spf1 include:_spf.google.com include:SPF.Mystery-Mailer.jp. "
        "+include:spf.sender.xserver.jp include:spf.mystery-mailer.jp include:%{d}.example "
        "ip4:192.0.2.1 ~all"
    ]
    # Google Workspace has a box; the provider's own include and the unknown one do not.
    assert includes_without_box(records) == [
        "include:spf.mystery-mailer.jp",
        "include:spf.sender.xserver.jp",
    ]
    assert known_include("include:spf.sender.xserver.jp") == "xserver"
    assert known_include("include:spf.mystery-mailer.jp") == ""
