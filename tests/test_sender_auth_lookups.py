"""Page 4 with a record that needs more than 10 DNS lookups: where they go, how to get below
10, and the recommended record following the service boxes live (records: spf_budget.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.dns_server import DnsTestServer
from tests.loopback_guard import loopback_only
from tests.spf_budget import OVER, Z, add_budget_records
from tests.test_sender_auth_page import click, open_page


def test_over_the_limit_the_page_shows_where_the_lookups_go_and_follows_the_boxes(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    add_budget_records(dns_server)
    page = open_page(qtbot, wizard, dns_server, domain=OVER)
    section = wizard.case.sender_auth
    with loopback_only() as attempts:
        click(qtbot, page.check_button)
        qtbot.waitUntil(lambda: section.latest_check is not None, timeout=10000)
        qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=5000)
    assert attempts == []
    view = page.spf_breakdown
    assert view.isVisible()
    text = view.text()
    assert "12" in view.heading.text() and "10" in view.heading.text()
    # The most expensive term first, with its cost in the owner's language.
    assert text.index("include:_spf.google.com") < text.index(f"include:nested.prov.{Z}")
    assert "Google Workspace (Gmail)" in text and "4 回" in text
    assert "Google Workspace (Gmail) でメールを送っていますか" in text
    assert "もう使っていなければ" in text
    assert "配配メールでメールを" in text  # no space between two Japanese words
    assert "予告なく" in text  # why a provider's include is not replaced by its addresses
    # The include tree counts as the breakdown does: the domain's row is the total, an
    # include's row the include itself with everything below it (it showed 6 and 3).
    root = page.spf_tree.topLevelItem(0)
    rows = {root.child(i).text(0): root.child(i).text(1) for i in range(root.childCount())}
    assert root.text(1) == "12"
    assert rows["include:_spf.google.com"] == "4"
    assert rows[f"include:nested.prov.{Z}"] == "3"
    assert "下の分を含む" in page.spf_tree.headerItem().text(1)
    # The boxes show the services the published record uses.
    for service in ("google_workspace", "microsoft365", "haihaimail"):
        assert page.service_boxes[service].isChecked()

    with loopback_only() as attempts:
        click(qtbot, page.generate_button)
        qtbot.waitUntil(lambda: section.recommendation is not None, timeout=10000)
        qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=5000)
    rec = section.recommendation
    # The duplicate include is gone, Xserver's a:sv9 (page 1) is added: 12 - 1 + 1.
    assert rec is not None and rec.lookups == 12
    assert page.rec_breakdown.isVisible()
    assert "12" in page.rec_breakdown.heading.text()
    assert "spf.protection.outlook.com" in page.rec_breakdown.text()
    assert "印を外してください" in page.rec_breakdown.hint.text()

    # The owner no longer uses Microsoft 365: unticking it makes the record again at once.
    click(qtbot, page.service_boxes["microsoft365"])
    with loopback_only() as attempts:
        qtbot.waitUntil(
            lambda: section.recommendation is not None and section.recommendation.lookups == 10,
            timeout=10000,
        )
        qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=5000)
    assert attempts == []
    QApplication.processEvents()
    assert "outlook" not in page.rec_record.text()
    assert "include:_spf.google.com" in page.rec_record.text()
    assert not page.rec_breakdown.isVisible()
    lookups = next(c for c in section.recommendation.checks if c.code == "lookups")
    assert lookups.ok and lookups.args["count"] == "10"
    assert any(n.kind == "removed_unused" for n in section.recommendation.notes)
    assert section.unused_services == ["microsoft365"]
    # The breakdown under the current record takes the answer: it no longer asks whether
    # Microsoft 365 is still used, it says to remove it from the published record too.
    text = page.spf_breakdown.text()
    assert "Microsoft 365 (Outlook) でメールを送っていますか" not in text
    assert "Microsoft 365 (Outlook) はもう使っていないとのことなので" in text
    assert "公開しているレコードからも削除してください" in text
    assert "Google Workspace (Gmail) でメールを送っていますか" in text  # not answered

    wizard.set_language("en")
    QApplication.processEvents()
    assert "Where the DNS lookups go" in page.spf_breakdown.heading.text()
    assert "Google Workspace (Gmail)" in page.spf_breakdown.text()
    assert "Do you still send mail with Microsoft 365" not in page.spf_breakdown.text()
    assert "You said you no longer use Microsoft 365" in page.spf_breakdown.text()

    # Ticked again (still used after all): the question comes back.
    _toggle(qtbot, page, section, "microsoft365")
    assert "Do you still send mail with Microsoft 365" in page.spf_breakdown.text()


def _check_and_generate(qtbot, page, section) -> None:  # type: ignore[no-untyped-def]
    with loopback_only() as attempts:
        click(qtbot, page.check_button)
        qtbot.waitUntil(lambda: section.latest_check is not None, timeout=10000)
        qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=5000)
        click(qtbot, page.generate_button)
        qtbot.waitUntil(lambda: section.recommendation is not None, timeout=10000)
        qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=5000)
    assert attempts == []


def _toggle(qtbot, page, section, service: str) -> None:  # type: ignore[no-untyped-def]
    before = section.recommendation
    with loopback_only() as attempts:
        click(qtbot, page.service_boxes[service])
        qtbot.waitUntil(lambda: section.recommendation is not before, timeout=10000)
        qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=5000)
    assert attempts == []
    QApplication.processEvents()


def test_boxes_ticked_from_the_record_are_explained_and_a_mistaken_untick_comes_back_exactly(
    qtbot, wizard, dns_server: DnsTestServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    add_budget_records(dns_server)
    page = open_page(qtbot, wizard, dns_server, domain=OVER)
    section = wizard.case.sender_auth
    assert not page.services_note.isVisible()  # nothing read yet, nothing ticked by the app
    _check_and_generate(qtbot, page, section)
    first = section.recommendation
    # The owner did not tick these boxes: the page says why they are ticked.
    note = page.services_note
    assert note.isVisible()
    assert "現在の SPF レコードで使われているため、印を付けました" in note.text()
    assert "Google Workspace (Gmail)、Microsoft 365 (Outlook)、配配メール" in note.text()

    # Unticked by mistake: the note says what was left out and how to get it back.
    _toggle(qtbot, page, section, "microsoft365")
    assert "outlook" not in section.recommendation.record
    assert "印を外したため、推奨レコードから除いています: Microsoft 365 (Outlook)" in note.text()
    notes = re.sub(r"<[^>]+>", "", page.rec_notes.text())
    assert "「include:spf.protection.outlook.com」を削除しました。このサービスはもう" in notes
    # Ticked again: the recommendation is exactly the first one again.
    _toggle(qtbot, page, section, "microsoft365")
    again = section.recommendation
    assert (again.record, again.lookups, again.notes, again.checks) == (
        first.record,
        first.lookups,
        first.notes,
        first.checks,
    )
    assert "印を外したため" not in note.text()
    assert section.unused_services == []

    # The case file and the report agree with the screen.
    from app.core.case import load_case, save_case
    from tests.report_support import build, page_texts

    wizard.store_from_pages()
    path = tmp_path / "case.mamori.json"
    save_case(wizard.case, path)
    reopened = load_case(path)
    assert reopened.sender_auth.unused_services == []
    assert {"google_workspace", "microsoft365", "haihaimail"} <= set(reopened.sender_auth.services)
    assert reopened.sender_auth.recommendation.record == page.rec_record.text()
    pdf, _ = build(reopened, tmp_path)
    text = "".join(page_texts(pdf)).replace("\n", "").replace(" ", "")
    assert page.rec_record.text().replace(" ", "") in text
    assert "もう使っていないとのこと" not in text  # no removal left over from the mistake


def test_an_older_case_without_unused_services_shows_the_boxes_the_record_uses(
    qtbot, wizard, dns_server: DnsTestServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import json

    from app.core.case import save_case

    add_budget_records(dns_server)
    page = open_page(qtbot, wizard, dns_server, domain=OVER)
    section = wizard.case.sender_auth
    _check_and_generate(qtbot, page, section)
    wizard.store_from_pages()
    path = tmp_path / "older.mamori.json"
    save_case(wizard.case, path)
    # As an earlier version saved it: no unused_services, and only the boxes the owner
    # ticked (none: the boxes did not follow the published record yet).
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["sender_auth"]["unused_services"]
    data["sender_auth"]["services"] = []
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    assert wizard.open_case(path)
    wizard.go_to_page("sender_auth")
    QApplication.processEvents()
    # The boxes agree with the recommendation shown, before any click or check (they were
    # all unticked, and ticking one ticked the other two by surprise).
    for service in ("google_workspace", "microsoft365", "haihaimail"):
        assert page.service_boxes[service].isChecked()
    assert "印を付けました" in page.services_note.text()
    assert wizard.case.sender_auth.unused_services == []
    assert "spf.protection.outlook.com" in page.rec_record.text()


def test_an_include_of_a_service_the_presets_do_not_know_has_its_own_box(
    qtbot, wizard, dns_server: DnsTestServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from app.core.case import load_case, save_case

    add_budget_records(dns_server)
    domain = f"unknown.{Z}"
    mystery = "include:spf.mystery-mailer.jp"
    dns_server.add_record(
        "spf.mystery-mailer.jp",
        "TXT",
        "v=spf1 include:a.mystery-mailer.jp include:b.mystery-mailer.jp ~all",
    )
    dns_server.add_record("a.mystery-mailer.jp", "TXT", "v=spf1 ip4:198.51.100.0/24 ~all")
    dns_server.add_record("b.mystery-mailer.jp", "TXT", "v=spf1 ip4:198.51.101.0/24 ~all")
    dns_server.add_record(
        domain,
        "TXT",
        "v=spf1 include:_spf.google.com include:spf.protection.outlook.com "
        f"{mystery} include:nested.prov.{Z} ~all",
    )
    page = open_page(qtbot, wizard, dns_server, domain=domain)
    section = wizard.case.sender_auth
    _check_and_generate(qtbot, page, section)
    assert section.recommendation.lookups == 13
    # The breakdown asks whether it is still used; the page gives it a box to answer with
    # (only services of the presets had one, so the owner could not act on the question).
    assert f"「 {mystery} 」がどのサービスのためのものか" in page.spf_breakdown.text()
    box = page.term_boxes[mystery]
    assert box.isVisible() and box.isChecked()
    assert box.text() == f"{mystery} (このアプリが知らないサービス)"
    assert "その他の送信元" in page.record_terms_heading.text()
    assert set(page.term_boxes) == {mystery, f"include:nested.prov.{Z}"}  # not Google's

    before = section.recommendation
    with loopback_only() as attempts:
        click(qtbot, box)
        qtbot.waitUntil(lambda: section.recommendation is not before, timeout=10000)
        qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=5000)
    assert attempts == []
    QApplication.processEvents()
    rec = section.recommendation
    assert mystery not in rec.record and rec.lookups == 10
    assert "mystery" not in page.rec_record.text()
    assert not page.rec_breakdown.isVisible()
    assert any(n.kind == "removed_unused" and n.term == mystery for n in rec.notes)
    assert section.unused_terms == [mystery]
    assert f"印を外したため、推奨レコードから除いています: {mystery}" in page.services_note.text()

    # Kept in the case: reopened, the box is still unticked and the record still without it.
    wizard.store_from_pages()
    path = tmp_path / "unknown.mamori.json"
    save_case(wizard.case, path)
    assert load_case(path).sender_auth.unused_terms == [mystery]
    assert wizard.open_case(path)
    wizard.go_to_page("sender_auth")
    QApplication.processEvents()
    assert not page.term_boxes[mystery].isChecked()
    assert mystery not in page.rec_record.text()


def test_a_box_ticked_and_unticked_again_by_mistake_never_removes_the_providers_include(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    add_budget_records(dns_server)
    domain = f"gw.{Z}"
    dns_server.add_record(domain, "TXT", f"v=spf1 include:_spf.prov.{Z} ~all")
    page = open_page(qtbot, wizard, dns_server, domain=domain)
    wizard.case.organisation.provider = "google_workspace"  # page 1: mail at Google
    wizard.load_into_pages()
    wizard.go_to_page("sender_auth")
    section = wizard.case.sender_auth
    _check_and_generate(qtbot, page, section)
    assert "include:_spf.google.com" in section.recommendation.record  # the provider's
    assert not page.service_boxes["google_workspace"].isChecked()  # not in the record yet
    # A tick by mistake on a box of a service the record does not list, and untick: the
    # owner said nothing about using Google (the provider's include went with a note that
    # the owner no longer uses the service).
    _toggle(qtbot, page, section, "google_workspace")
    _toggle(qtbot, page, section, "google_workspace")
    assert "include:_spf.google.com" in section.recommendation.record
    assert not any(n.kind == "removed_unused" for n in section.recommendation.notes)
    assert section.unused_services == []
