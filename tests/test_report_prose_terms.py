"""SPF and DMARC terms inside the report's sentences print in the records' font.

In the Japanese font the `_` of `include:_spf.google.com` is so thin that the term reads as
「include: spf」 and `~all` reads oddly; the records and the breakdown's term column were in
DejaVu Sans Mono, the same terms in the findings and the ways below 10 lookups were not.
The PDFs are read back with pypdf, font by font (records: tests/spf_budget.py, served by the
loopback DNS server)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from pypdf import PdfReader

from app.core.dmarc import check_dmarc
from app.core.dns_client import DnsClient
from app.core.findings import error, warning
from app.core.i18n import Code, Msg
from app.core.report.linebreak import NO_LINE_END
from app.core.spf.check import check_spf
from app.core.spf.lookups import Suggestion
from tests.dns_server import DnsTestServer
from tests.report_support import build, flat, page_texts
from tests.spf_budget import OVER_RECORD, Z, add_budget_records

# Record text a reader must not see in the Japanese font.
_TERM = re.compile(r"include:|_spf|[~?-]all\b|_dmarc|v=spf1|v=DMARC1|p=none|pct=|rua=")
LONG = f"include:_spf.newsletter-delivery-for-small-shops.mail-service.{Z}"
LONG_DOMAIN = f"long.{Z}"


def _chunks(path: Path) -> list[tuple[int, str, str, float, float, float]]:
    """The text pieces pypdf reads, in order: (page, text, font, size, x, y). A line of a
    paragraph is one text object: its pieces all have the line's start as x."""
    out: list[tuple[int, str, str, float, float, float]] = []
    for number, page in enumerate(PdfReader(path).pages):

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: object,
            size: float,
            number: int = number,
        ) -> None:
            if text.strip():
                name = str(font.get("/BaseFont", "")) if font else ""  # type: ignore[attr-defined]
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                out.append((number, text.replace("\n", ""), name, float(size), x, y))

        page.extract_text(visitor_text=visit)
    return out


def _lines(
    chunks: list[tuple[int, str, str, float, float, float]],
) -> dict[tuple[int, int, int], list[tuple[str, str, float]]]:
    """The pieces by printed line: (page, y, x of the line's start) -> (text, font, size)."""
    lines: dict[tuple[int, int, int], list[tuple[str, str, float]]] = {}
    for page, text, font, size, x, y in chunks:
        lines.setdefault((page, round(y), round(x)), []).append((text, font, size))
    return lines


def _section_9(path: Path) -> list[tuple[int, str, str, float, float, float]]:
    """The pieces of section 9.1 to the end of 9.3 (up to the heading of section 10)."""
    chunks = _chunks(path)
    # The last "9.1 SPF": the heading, not a mention before it.
    start = max(i for i, c in enumerate(chunks) if c[1] == "9.1 SPF")
    end = next(
        i for i, c in enumerate(chunks) if i > start and c[1].startswith("10.") and "Bold" in c[2]
    )
    return chunks[start:end]


def _case(dns_server: DnsTestServer, dns_client: DnsClient):  # type: ignore[no-untyped-def]
    """The example case with an over-limit SPF record with a long include, a DMARC record
    with problems and the example's recommendation (its notes name ~all and ?all)."""
    from app.core.example_case import example_case

    add_budget_records(dns_server)
    dns_server.add_record(LONG.split(":", 1)[1], "TXT", "v=spf1 ip4:192.0.2.77 ~all")
    dns_server.add_record(LONG_DOMAIN, "TXT", OVER_RECORD.replace(" ~all", f" {LONG} ~all"))
    dns_server.add_record(
        f"_dmarc.{LONG_DOMAIN}",
        "TXT",
        "v=DMARC1; p=none; pct=50; rua=mailto:reports@other.example",
    )
    case = example_case()
    case.organisation.domain = case.organisation.domain_ascii = LONG_DOMAIN
    section = case.sender_auth
    section.spf_checks = [check_spf(LONG_DOMAIN, dns_client)]
    section.dmarc = check_dmarc(LONG_DOMAIN, dns_client)
    return case


def test_terms_in_the_findings_and_the_ways_below_10_are_in_the_records_font(
    dns_server: DnsTestServer, dns_client: DnsClient, tmp_path: Path
) -> None:
    case = _case(dns_server, dns_client)
    check = case.sender_auth.spf_checks[0]
    assert check.breakdown is not None and check.breakdown.over_limit
    assert {f.code for f in check.shown_findings} >= {"too_many_lookups", "duplicate_include"}
    assert {f.code for f in case.sender_auth.dmarc.findings} >= {"dmarc_removed_tag"}
    for lang in ("ja", "en"):
        path, _ = build(case, tmp_path, name=f"{lang}.pdf", lang=lang)
        section = _section_9(path)
        regular = [c for c in section if "DejaVuSansMono" not in c[2]]
        mono = [c for c in section if "DejaVuSansMono" in c[2]]
        # No term, record or tag anywhere in 9.1-9.3 in the Japanese font: the finding
        # titles (include:_spf.prov… が重複しています), the ways below 10, the notes of the
        # recommendation (「?all」を「~all」に…), the DMARC problems (pct=, p=none).
        for _page, text, font, *_ in regular:
            assert not _TERM.search(text), (lang, text, font)
        # The sentences around them stay in the Japanese font, in one piece with them.
        said = {"ja": "を削除してください", "en": "If not, remove"}[lang]
        assert any(said in c[1] for c in regular), lang
        whole = flat("".join(page_texts(path))).replace(" ", "")
        quoted = {
            "ja": "「include:_spf.google.com」を削除してください",
            "en": "remove “include:_spf.google.com”",
        }
        assert quoted[lang].replace(" ", "") in whole, lang
        assert f"include:_spf.prov.{Z}" in "".join(c[1] for c in mono), lang
        # A long include in a sentence still wraps: a line of the ways below 10 ends with
        # the start of it, in the records' font (a line: the pieces of one text object).
        lines = _lines(section)
        ends = [p[-1] for p in lines.values()]
        assert [
            t for t, f, _ in ends if "DejaVuSansMono" in f and LONG.startswith(t) and t != LONG
        ], lang
        assert LONG in whole, lang
        # Japanese line breaking still holds across the change of font: no line starts
        # with a closing bracket or 、。 (「」 around a term), none ends with an opening one
        # (NO_LINE_START also has the marks ! ? and the bullet ・, which begin lines).
        for key, pieces in lines.items():
            # (The marks ! and ? and the bullet ・ begin lines on purpose.)
            assert pieces[0][0].lstrip()[0] not in "」』）)”’、。,.:", (lang, key, pieces)
            assert pieces[-1][0].rstrip()[-1] not in NO_LINE_END, (lang, key, pieces)


def test_markup_in_a_term_is_printed_verbatim_in_the_records_font(
    dns_server: DnsTestServer, dns_client: DnsClient, tmp_path: Path
) -> None:
    # A record is written by whoever had access to the DNS: its terms reach the report's
    # markup inside <font> tags now, and must still be escaped.
    case = _case(dns_server, dns_client)
    check = case.sender_auth.spf_checks[0]
    hostile = 'a:<b>x&amp;"<img src="/etc/passwd"/>'
    case.sender_auth.spf_checks = [
        dataclasses.replace(
            check,
            findings=(
                error("syntax", term=hostile, domain=LONG_DOMAIN, reason="bad_ip4"),
                warning("ptr", term="ptr:</font><font name='Helvetica'>", domain=LONG_DOMAIN),
            ),
        )
    ]
    path, _ = build(case, tmp_path, lang="ja")
    mono = "".join(c[1] for c in _section_9(path) if "DejaVuSansMono" in c[2])
    assert hostile.replace(" ", "") in mono.replace(" ", "")
    assert "ptr:</font><fontname='Helvetica'>" in mono.replace(" ", "")
    whole = flat("".join(page_texts(path))).replace(" ", "")
    assert ("「" + hostile + "」を正しく書き直す").replace(" ", "") in whole


def test_message_pieces_mark_record_text_and_join_to_the_rendered_message() -> None:
    finding = warning(
        "duplicate_include",
        term="include:_spf.x.example",
        domain="ex.example",
        target="_spf.x.example",
    )
    nested = error(
        "syntax", term="ip4:1.2.3", domain="inc.example", in_include=True, reason="bad_ip4"
    )
    suggestion = Suggestion(
        "subdomain",
        "include:spf.haihaimail.jp",
        1,
        {"service": "haihaimail", "domain": "ex.example"},
    )
    for lang in ("ja", "en"):
        for msg in (finding.title, finding.message, nested.message, suggestion.text()):
            pieces = msg.pieces(lang)
            assert "".join(text for text, _ in pieces) == msg.render(lang), (lang, msg)
        assert ("_spf.x.example", True) in finding.title.pieces(lang)
        # Inside a message filled into another (the problem of an included record).
        assert ("ip4:1.2.3", True) in nested.message.pieces(lang)
        assert ("inc.example", True) in nested.message.pieces(lang)
        # A service's Japanese name is data text, not record text.
        assert ("include:spf.haihaimail.jp", True) in suggestion.text().pieces(lang)
        assert not [t for t, code in suggestion.text().pieces(lang) if code and "配配" in t]
    # The window and the command line fill a Code in as the plain string it is.
    msg = Msg("spf", "Remove “{term}”.").with_args(term=Code("~all"))
    assert msg.render("en") == "Remove “~all”." and type(msg.render("en")) is str


def test_terms_written_in_the_messages_and_against_a_value_are_record_text() -> None:
    from app.core.report.record_text import record_runs

    def code(*parts: str | Msg) -> list[str]:
        return [text for text, is_code in record_runs(parts, "en") if is_code]

    # Spelled out in the message text itself.
    assert code("Use ip4:/ip6: addresses or an a: term, then ~all.") == ["ip4:/ip6:", "a:", "~all"]
    assert code("Start with p=none, later p=reject.") == ["p=none", "p=reject"]
    assert code("host name “_dmarc”, “v=DMARC1”, terms after “all”") == [
        "_dmarc",
        "v=DMARC1",
        "all",
    ]
    # English words are not terms, nor is a full stop or a colon after a value.
    assert code("Remove the include if all of it is unused: ask a person.") == []
    title = Msg("spf", "include:{target} is not needed.").with_args(target=Code("x.example"))
    assert code(title) == ["include:x.example"]
    tag = Msg("dmarc", "“{tag}=” is no longer part of DMARC: {text}.")
    assert code(tag.with_args(tag=Code("pct"), text=Code("pct=50"))) == ["pct=", "pct=50"]
