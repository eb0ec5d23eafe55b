"""Page 4 in words the owner knows: services as check boxes, plain-word policy choices and
DMARC steps, and the DKIM details folded away for advanced users."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import app.ui.pages.sender_auth as sender_auth_page
from app.core.case import load_case
from app.core.example_case import example_case
from app.core.spf.presets import sending_services, service_terms, spf_preset, split_service_terms
from tests.dns_server import DnsTestServer
from tests.loopback_guard import loopback_only
from tests.test_sender_auth_page import DOMAIN, Z, click, open_page


def test_every_service_has_a_documented_or_observed_include() -> None:
    services = sending_services()
    ids = [s.id for s in services]
    assert len(ids) == len(set(ids))
    assert {"google_workspace", "microsoft365", "haihaimail"} <= set(ids)
    for service in services:
        assert service.term.value.startswith("include:")
        assert service.term.status in ("official", "observed")
        assert service.term.source("ja") and service.term.source("en")
        assert service.name("ja") and service.name("en")
        if service.term.status == "official":
            assert service.term.source("en").startswith("https://")
        # A service that is also a page-1 provider adds the same term as its preset.
        preset_values = [t.value for t in spf_preset(service.id).terms]
        if preset_values and service.id != "other":
            assert service.term.value in preset_values


def test_service_terms_round_trip() -> None:
    assert service_terms(["haihaimail", "google_workspace", "gone"]) == [
        "include:_spf.google.com",
        "include:spf.haihaimail.jp",
    ]
    ids, rest = split_service_terms(["INCLUDE:_spf.google.com", "ip4:192.0.2.1"])
    assert ids == ["google_workspace"] and rest == ["ip4:192.0.2.1"]


def test_ticking_a_service_adds_its_include_and_comes_back_with_the_case(
    qtbot, wizard, dns_server: DnsTestServer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dns_server.add_record(DOMAIN, "TXT", "v=spf1 ip4:198.51.100.25 ~all")
    dns_server.add_record(f"sv9.{Z}", "A", "203.0.113.9")
    dns_server.add_record("_spf.google.com", "TXT", "v=spf1 ip4:192.0.2.0/24 ~all")
    page = open_page(qtbot, wizard, dns_server)
    requests = []
    real = sender_auth_page.generate_spf

    def spy(request, *args, **kwargs):  # type: ignore[no-untyped-def]
        requests.append(request)
        return real(request, *args, **kwargs)

    monkeypatch.setattr(sender_auth_page, "generate_spf", spy)
    box = page.service_boxes["google_workspace"]
    assert box.text().startswith("Google Workspace") and "include:" not in box.text()
    assert not box.isChecked()
    click(qtbot, box)
    assert box.isChecked()
    with loopback_only() as attempts:
        click(qtbot, page.generate_button)
        qtbot.waitUntil(lambda: wizard.case.sender_auth.recommendation is not None, timeout=10000)
        qtbot.waitUntil(lambda: page.generate_button.isEnabled(), timeout=5000)
    assert attempts == []
    # The generator gets the same term as if it had been typed by hand.
    assert requests and "include:_spf.google.com" in requests[-1].extra_terms
    assert "include:_spf.google.com" in page.rec_record.text()

    saved = load_case(wizard.case_path)
    assert saved.sender_auth.services == ["google_workspace"]
    assert saved.sender_auth.extra_terms == []

    # Reopened: the box is ticked again, the advanced field stays empty.
    page.service_boxes["google_workspace"].setChecked(False)
    wizard.case = saved
    wizard.load_into_pages()
    assert page.service_boxes["google_workspace"].isChecked()
    assert not page.service_boxes["microsoft365"].isChecked()
    assert page.terms.text() == ""


def test_a_case_with_a_typed_include_ticks_its_box(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server)
    case = wizard.case
    case.sender_auth.extra_terms = ["include:spf.protection.outlook.com", "ip4:192.0.2.8"]
    wizard.load_into_pages()
    assert page.service_boxes["microsoft365"].isChecked()
    assert page.terms.text() == "ip4:192.0.2.8"
    page.store_case(case)
    assert case.sender_auth.services == ["microsoft365"]
    assert case.sender_auth.extra_terms == ["ip4:192.0.2.8"]


def test_the_free_text_field_is_for_advanced_users(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server)
    assert "詳しい方向け" in page.terms_label.text()
    wizard.set_language("en")
    QApplication.processEvents()  # the language change is delivered as an event
    assert "advanced users" in page.terms_label.text()


def test_policy_choices_start_with_plain_words(qtbot, wizard, dns_server: DnsTestServer) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server)

    def label(radio, syntax) -> str:  # type: ignore[no-untyped-def]
        return f"{radio.text()} {syntax.text_plain()}"

    soft, hard = label(page.soft, page.soft_syntax), label(page.hard, page.hard_syntax)
    assert soft.startswith("ほかのサーバ") and hard.startswith("ほかのサーバ")
    assert soft.index("~all") > soft.index("扱って") and "おすすめ" in soft
    assert hard.index("-all") > hard.index("拒否")
    assert page.soft.accessibleName() == soft.replace("(&S)", "").replace("&", "")
    # Clicking the syntax part chooses it, like clicking the words.
    click(qtbot, page.hard_syntax)
    assert page.hard.isChecked()
    # The longer explanations are kept under each choice.
    assert "~all" in page.soft_text.text() and "-all" in page.hard_text.text()
    wizard.set_language("en")
    QApplication.processEvents()
    soft = label(page.soft, page.soft_syntax)
    assert soft.startswith("Mail from other servers") and soft.index("~all") > 20
    assert label(page.hard, page.hard_syntax).index("-all") > 20


def test_dmarc_steps_start_with_plain_words(qtbot, wizard, dns_server: DnsTestServer) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server)
    path = page.dmarc_path.text()
    assert path.index("まずは様子を見る") < path.index("p=none")
    assert path.index("迷惑メールフォルダへ") < path.index("p=quarantine")
    assert path.index("受け取りを拒否") < path.index("p=reject")


def test_dkim_details_are_folded_away_and_open_by_keyboard(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server)
    section = page.dkim_advanced
    toggle = section.toggle_button
    assert toggle.accessibleName() and "詳しい方向け" in toggle.text()
    assert not section.is_open()
    assert not page.selectors.isVisible() and not page.header.isVisible()
    # The results stay visible outside the folded part.
    assert page.dkim_button.isVisible() and page.dkim_status.isVisible()
    toggle.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert toggle.hasFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert section.is_open()
    assert page.selectors.isVisible() and page.header.isVisible()
    qtbot.keyClick(toggle, Qt.Key.Key_Return)
    assert not section.is_open() and not page.selectors.isVisible()


def test_known_selectors_open_the_dkim_details(qtbot, wizard, dns_server: DnsTestServer) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server)
    case = wizard.case
    case.sender_auth.dkim_selectors = ["mysel"]
    wizard.load_into_pages()
    # What the owner entered is never hidden from them.
    assert page.dkim_advanced.is_open() and page.selectors.isVisible()


def test_english_example_case_has_no_raw_terms_in_labels(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    wizard.set_language("en")
    wizard.case = example_case()
    wizard.load_into_pages()
    page = wizard.page_by_key("sender_auth")
    assert page.services_label.text()
    for box in page.service_boxes.values():
        assert "include:" not in box.text() and box.accessibleName()
