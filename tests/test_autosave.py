"""A crash loses nothing typed: whatever saves the case (a check's result, a pause in typing)
first puts every page's input into it.

Each test types on a page, makes the case be saved without leaving the page or closing the
window, and reads the case FILE back: the window is never closed first, as after a crash or a
power cut (closing would save once more and hide a missing save)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.core.accounts import AccountStatus
from app.core.case import CASE_SUFFIX, Case, load_case, save_case
from app.core.dnsbl_lists import list_by_id
from app.core.example_case import example_case
from app.core.paths import default_case_dir
from tests.dns_server import DnsTestServer
from tests.dnsbl_zones import list_ip, publish_healthy, test_lists
from tests.test_accounts_page import OTHER_STRONG, open_accounts_page, select, wait_for_verdict
from tests.test_report_page import new_case_on_report_page, wait_idle
from tests.test_sender_auth_page import Z, check_dmarc_now, click, open_page
from tests.test_wizard_shell import go_to_situation, situation, type_text

# Long enough that no pause in typing saves during the test: the save under test is the one a
# result makes (an owner who types on while a check runs gets no idle save before it).
NO_IDLE_SAVE_MS = 10 * 60 * 1000


def on_disk(wizard) -> Case | None:  # type: ignore[no-untyped-def]
    """The case as the app started again after a crash finds it: the newest recent case, read
    from its file (None while there is none)."""
    recent = wizard.settings.recent_cases
    return load_case(recent[0]) if recent else None


def wait_on_disk(qtbot, wizard, condition, timeout: int = 10_000) -> Case:  # type: ignore[no-untyped-def]
    """Wait until the case file holds what `condition(case)` looks for, and return it."""
    found: list[Case] = []

    def check() -> bool:
        case = on_disk(wizard)
        if case is not None and condition(case):
            found.append(case)
            return True
        return False

    qtbot.waitUntil(check, timeout=timeout)
    return found[0]


def save_line(wizard) -> str:  # type: ignore[no-untyped-def]
    """The line under the steps that says when the case was saved."""
    return wizard.steps.findChild(QLabel, "saveStatus").text()


def case_files() -> list[str]:
    return sorted(p.name for p in default_case_dir().glob("*"))


# -- 1 状況の確認 ------------------------------------------------------------------------------


def test_page_1_typing_is_saved_after_a_pause_under_the_domain_s_name(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.company, "株式会社やまだ商店")
    type_text(qtbot, page.contact_name, "山田 太郎")
    # Nothing on page 1 saves (no check runs there): the pause after typing does.
    saved = wait_on_disk(qtbot, wizard, lambda c: c.organisation.contact.name == "山田 太郎")
    assert saved.organisation.company == "株式会社やまだ商店"
    # No domain yet: the file is named after the company, as the owner wrote it.
    [first] = case_files()
    assert first.startswith("株式会社やまだ商店-")
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.how_detail, "FTP にログインできなかった")
    page.accounts.setPlainText("info@example.co.jp\nsales@example.co.jp")
    page.timeline.add_row("2026-11-16 10:05", "パスワード変更", "山田")
    saved = wait_on_disk(qtbot, wizard, lambda c: len(c.incident.timeline) == 1)
    assert saved.organisation.domain == "example.co.jp"
    assert saved.incident.how_noticed_detail == "FTP にログインできなかった"
    assert saved.incident.affected_accounts == ["info@example.co.jp", "sales@example.co.jp"]
    assert saved.incident.timeline[0].event == "パスワード変更"
    assert wizard.currentPage() is page
    # Named as if the domain had been there from the start; the first name is gone (with
    # its backup), and the recent list offers the case under its new name.
    [name] = case_files()
    assert name.startswith("example.co.jp-") and name.endswith(CASE_SUFFIX)
    assert [p.name for p in wizard.settings.recent_cases] == [name]


def test_page_1_a_mistake_is_kept_on_screen_and_the_rest_is_saved(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.contact_email.edit, "taro.example.co.jp")  # no @
    type_text(qtbot, page.company, "株式会社やまだ商店")
    saved = wait_on_disk(qtbot, wizard, lambda c: c.organisation.company == "株式会社やまだ商店")
    # The address cannot be read, so it is not in the file; the rest is, and the address
    # stays as typed, named in the step list's save line (and asked about before closing).
    assert saved.organisation.contact.email == ""
    assert page.contact_email.text() == "taro.example.co.jp"
    field = page.contact_email.edit.accessibleName()
    assert wizard.unsaved_input() == [(page, [field])]
    status = save_line(wizard)
    assert "自動保存しました" in status and field in status


# -- 2 ブラックリスト確認 ----------------------------------------------------------------------


@pytest.fixture
def no_dqs_key():  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # no DQS key from this machine's password store
    yield
    keyring.set_keyring(previous)


def test_page_2_a_check_saves_the_addresses_typed_with_its_result(
    qtbot, wizard, dns_server: DnsTestServer, no_dqs_key
) -> None:  # type: ignore[no-untyped-def]
    ip = "203.0.113.25"
    lists = test_lists()
    publish_healthy(dns_server, lists)
    list_ip(dns_server, list_by_id(lists, "spamcop"), ip, txt="Blocked - see spamcop")
    wizard.idle_save_ms = NO_IDLE_SAVE_MS
    wizard.settings.resolver = dns_server.address
    case = Case()
    case.organisation.domain = case.organisation.domain_ascii = "example.co.jp"
    wizard.case = case
    wizard.load_into_pages()
    page = wizard.page_by_key("blacklist")
    page.lists = lists
    page.timeout = 0.5
    wizard.go_to_page("blacklist")
    assert wizard.currentPage() is page
    type_text(qtbot, page.targets.add_field.edit, ip)
    qtbot.mouseClick(page.targets.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    saved = wait_on_disk(qtbot, wizard, lambda c: c.blacklist.latest() is not None, 15_000)
    assert [t.value for t in saved.blacklist.targets] == ["example.co.jp", ip]
    assert wizard.currentPage() is page


def test_page_2_typing_alone_is_saved_after_a_pause(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    case = Case()
    case.organisation.domain = case.organisation.domain_ascii = "example.co.jp"
    wizard.case = case
    wizard.load_into_pages()
    wizard.go_to_page("blacklist")
    page = wizard.page_by_key("blacklist")
    assert wizard.currentPage() is page
    type_text(qtbot, page.targets.add_field.edit, "203.0.113.25")
    qtbot.mouseClick(page.targets.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.skip, Qt.Key.Key_Space)
    type_text(qtbot, page.skip_reason, "セキュリティ会社が確認する")
    saved = wait_on_disk(qtbot, wizard, lambda c: bool(c.blacklist.skipped_reason))
    assert saved.blacklist.skipped_reason == "セキュリティ会社が確認する"
    assert [t.value for t in saved.blacklist.targets] == ["example.co.jp", "203.0.113.25"]


# -- 3 パスワードとアカウント -----------------------------------------------------------------


def test_page_3_recording_a_changed_password_saves_the_notes_typed_before(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    wizard.idle_save_ms = NO_IDLE_SAVE_MS
    page.departed_actions.clear()
    type_text(qtbot, page.departed_actions, "11/20 に tanaka@ を削除しました(山田)")
    select(page, "sato@example.co.jp")
    qtbot.keyClicks(page.password, OTHER_STRONG)
    wait_for_verdict(qtbot, page)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    saved = wait_on_disk(
        qtbot,
        wizard,
        lambda c: c.accounts.inventory.find("sato@example.co.jp").password_changed_on is not None,
    )
    # The record was saved at once; the note typed just before it used to wait for Next.
    assert saved.accounts.departed_actions == "11/20 に tanaka@ を削除しました(山田)"
    assert wizard.currentPage() is page


def test_page_3_typing_alone_is_saved_after_a_pause(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    page.departed_actions.clear()
    type_text(qtbot, page.departed_actions, "11/20 に tanaka@ を削除しました(山田)")
    saved = wait_on_disk(qtbot, wizard, lambda c: c.accounts.departed_actions.startswith("11/20"))
    assert saved.accounts.departed_actions == "11/20 に tanaka@ を削除しました(山田)"


def test_page_3_a_password_typed_starts_no_save(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    select(page, "sato@example.co.jp")
    assert not wizard._idle_save.isActive()
    qtbot.keyClicks(page.password, OTHER_STRONG)
    # Passwords are never saved: typing one has nothing to save, and its text does not pass
    # through the wizard.
    assert not wizard._idle_save.isActive()
    wizard.idle_save_ms = 50
    qtbot.keyClick(page.show_password, Qt.Key.Key_Space)  # shown: still a password
    qtbot.waitUntil(lambda: not wizard._idle_save.isActive())  # the box itself is an input
    qtbot.keyClicks(page.password, "x")
    assert page.password.echoMode() == page.password.EchoMode.Normal
    assert not wizard._idle_save.isActive()


def test_page_3_a_status_set_for_several_accounts_is_saved_after_a_pause(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = open_accounts_page(qtbot, wizard)
    wizard.idle_save_ms = 50
    select(page, "sato@example.co.jp")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    page.set_selected(status=AccountStatus.DEPARTED)
    saved = wait_on_disk(
        qtbot,
        wizard,
        lambda c: c.accounts.inventory.find("sato@example.co.jp").status is AccountStatus.DEPARTED,
    )
    assert saved.accounts.inventory == wizard.case.accounts.inventory
    # The undo is saved the same way.
    page.undo()
    wait_on_disk(
        qtbot,
        wizard,
        lambda c: (
            c.accounts.inventory.find("sato@example.co.jp").status is AccountStatus.IN_SERVICE
        ),
    )


# -- 4 送信ドメイン認証 ------------------------------------------------------------------------


def type_page_4_inputs(qtbot, page) -> str:  # type: ignore[no-untyped-def]
    """Fill every input of page 4; returns the pasted header."""
    type_text(qtbot, page.ips, "192.0.2.77")
    qtbot.keyClick(page.ips, Qt.Key.Key_Return)
    type_text(qtbot, page.ips, "2001:db8::25")
    click(qtbot, page.service_boxes["google_workspace"])
    type_text(qtbot, page.terms, "include:_spf.mailer.example")
    click(qtbot, page.hard)
    type_text(qtbot, page.report_address, f"reports@shop.{Z}")
    page.dkim_advanced.set_open(True)
    type_text(qtbot, page.selectors, "s1 mamori2026")
    header = f"DKIM-Signature: v=1; a=rsa-sha256; d=shop.{Z}; s=mamori2026; bh=abc=; b=xyz"
    type_text(qtbot, page.header, header)
    return header


def test_page_4_a_check_saves_the_inputs_with_its_result(
    qtbot, wizard, dns_server: DnsTestServer, fresh_wizard
) -> None:  # type: ignore[no-untyped-def]
    dns_server.add_record(f"shop.{Z}", "TXT", "v=spf1 ip4:198.51.100.25 ~all")
    page = open_page(qtbot, wizard, dns_server)
    wizard.idle_save_ms = NO_IDLE_SAVE_MS
    header = type_page_4_inputs(qtbot, page)
    click(qtbot, page.check_button)
    saved = wait_on_disk(qtbot, wizard, lambda c: len(c.sender_auth.spf_checks) == 1)
    # The result was saved at once, the input only when the page was left: a crash now lost
    # it, and the file held a result without the addresses and services it was about.
    section = saved.sender_auth
    assert section.outbound_ips == ["192.0.2.77", "2001:db8::25"]
    assert section.services == ["google_workspace"]
    assert section.extra_terms == ["include:_spf.mailer.example"]
    assert section.all_policy == "-all"
    assert section.report_address == f"reports@shop.{Z}"
    assert section.dkim_selectors == ["s1", "mamori2026"]
    assert section.dkim_header == header
    assert wizard.currentPage() is page

    # The app starts again (the first window never closed): the page shows it all.
    again = fresh_wizard()
    again.page_by_key("welcome").open_path(again.settings.recent_cases[0])
    again.go_to_page("sender_auth")
    reopened = again.page_by_key("sender_auth")
    assert again.currentPage() is reopened
    assert reopened.ips.toPlainText() == "192.0.2.77\n2001:db8::25"
    assert reopened.service_boxes["google_workspace"].isChecked()
    assert reopened.terms.text() == "include:_spf.mailer.example"
    assert reopened.hard.isChecked()
    assert reopened.report_address.text() == f"reports@shop.{Z}"
    assert reopened.header.toPlainText() == header


def test_page_4_a_malformed_address_stays_on_screen_and_the_rest_is_saved(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server, domain=f"good.{Z}")
    wizard.idle_save_ms = NO_IDLE_SAVE_MS
    type_text(qtbot, page.ips, "192.0.2.77")
    qtbot.keyClick(page.ips, Qt.Key.Key_Return)
    type_text(qtbot, page.ips, "192.0.2.300")
    type_text(qtbot, page.report_address, f"reports@good.{Z}")
    check_dmarc_now(qtbot, wizard, page)
    saved = wait_on_disk(qtbot, wizard, lambda c: c.sender_auth.dmarc is not None)
    # The readable address and the other field are saved; the mistaken line is neither
    # dropped from the field nor a reason to save nothing. The save line names the field,
    # and closing asks about it (as for every field with a mistake).
    assert saved.sender_auth.outbound_ips == ["192.0.2.77"]
    assert saved.sender_auth.report_address == f"reports@good.{Z}"
    assert page.ips.toPlainText() == "192.0.2.77\n192.0.2.300"
    field = page.ips.accessibleName()
    assert wizard.unsaved_input() == [(page, [field])]
    status = save_line(wizard)
    assert "自動保存しました" in status and field in status
    # Fixed, the line is saved with the next save, and the save line no longer names it.
    wizard.idle_save_ms = 50
    page.ips.setPlainText("192.0.2.77\n192.0.2.30")
    saved = wait_on_disk(qtbot, wizard, lambda c: len(c.sender_auth.outbound_ips) == 2)
    assert saved.sender_auth.outbound_ips == ["192.0.2.77", "192.0.2.30"]
    assert field not in save_line(wizard)


def test_page_4_typing_alone_is_saved_after_a_pause(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server)
    header = type_page_4_inputs(qtbot, page)
    saved = wait_on_disk(qtbot, wizard, lambda c: c.sender_auth.dkim_header == header)
    assert saved.sender_auth.outbound_ips == ["192.0.2.77", "2001:db8::25"]
    assert saved.sender_auth.report_address == f"reports@shop.{Z}"
    assert dns_server.queries() == []  # nothing was checked: the pause saved it


# -- 5 報告書 ----------------------------------------------------------------------------------


def type_vendor(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.show_tab("vendor")
    type_text(qtbot, page.vendor_name, "株式会社セキュア相談室")
    type_text(qtbot, page.vendor_person, "鈴木 一郎")
    type_text(qtbot, page.vendor_email.edit, "support@secure.example.jp")
    type_text(qtbot, page.vendor_phone, "03-0000-5678")


def assert_vendor(case: Case) -> None:
    vendor = case.report.vendor
    assert (vendor.name, vendor.contact_person, vendor.email, vendor.phone) == (
        "株式会社セキュア相談室",
        "鈴木 一郎",
        "support@secure.example.jp",
        "03-0000-5678",
    )


def test_page_5_adding_evidence_saves_the_vendor_typed_before(
    qtbot, wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = new_case_on_report_page(qtbot, wizard)
    wizard.idle_save_ms = NO_IDLE_SAVE_MS
    type_vendor(qtbot, page)
    log_file = tmp_path / "maillog-20261114"
    log_file.write_bytes(b"Nov 14 02:13:07 sv0000 postfix/smtpd\n")
    page.show_tab("evidence")
    assert page.evidence.add_files([log_file]) is not None
    wait_idle(qtbot, page)
    saved = wait_on_disk(qtbot, wizard, lambda c: len(c.report.evidence) == 1)
    assert_vendor(saved)
    assert wizard.currentPage() is page


def test_page_5_typing_alone_is_saved_after_a_pause(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = new_case_on_report_page(qtbot, wizard)
    type_vendor(qtbot, page)
    saved = wait_on_disk(qtbot, wizard, lambda c: c.report.vendor.phone == "03-0000-5678")
    assert_vendor(saved)


# -- what the idle save leaves alone -----------------------------------------------------------


def test_a_change_undone_before_the_pause_writes_nothing(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "事案.mamori.json"
    save_case(example_case(), path)
    wizard.idle_save_ms = 50
    wizard.page_by_key("welcome").open_path(path)
    page = situation(wizard)
    assert wizard.currentPage() is page
    before = path.read_bytes()
    type_text(qtbot, page.company, "X")
    page.company.backspace()
    qtbot.waitUntil(lambda: not wizard._idle_save.isActive())
    # Nothing to save: the file (and its save time) stays as it was.
    assert path.read_bytes() == before
    type_text(qtbot, page.company, "X")
    qtbot.waitUntil(lambda: path.read_bytes() != before)
    assert load_case(path).organisation.company == example_case().organisation.company + "X"


def test_a_pause_does_not_write_over_another_window_s_save(qtbot, wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "事案.mamori.json"
    save_case(example_case(), path)
    wizard.idle_save_ms = 50
    wizard.page_by_key("welcome").open_path(path)
    page = situation(wizard)
    other = load_case(path)
    other.organisation.administrator = "別の窓で入力した管理者"
    save_case(other, path)
    type_text(qtbot, page.company, "X")
    qtbot.waitUntil(lambda: not wizard._idle_save.isActive())
    # Left to the next save by a step or by closing, which keeps both and says so; a
    # pause in typing asks nothing and writes nothing.
    assert load_case(path).organisation.administrator == "別の窓で入力した管理者"
    assert wizard.case_path == path
    assert QApplication.activeModalWidget() is None
    assert sorted(p.name for p in tmp_path.glob("*.mamori.json")) == [path.name]


@pytest.mark.parametrize("key", ["situation", "blacklist", "accounts", "sender_auth", "report"])
def test_the_idle_save_comes_to_rest_on_every_page(qtbot, wizard, tmp_path: Path, key: str) -> None:  # type: ignore[no-untyped-def]
    """Saving reads every page; what that touches on screen is not taken for typing (or the
    idle save would start itself again, for ever)."""
    path = tmp_path / "事案.mamori.json"
    save_case(example_case(), path)
    wizard.idle_save_ms = 50
    wizard.page_by_key("welcome").open_path(path)
    wizard.go_to_page(key)
    page = wizard.page_by_key(key)
    assert wizard.currentPage() is page
    wizard._input_changed()
    qtbot.waitUntil(lambda: not wizard._idle_save.isActive())
    before = path.read_bytes()
    wizard._input_changed()
    qtbot.waitUntil(lambda: not wizard._idle_save.isActive())
    assert path.read_bytes() == before


def test_the_save_line_follows_a_language_switch(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """The line under the step list kept 「… に自動保存しました」 in the English window until
    the next save (and the field named in it stayed Japanese)."""
    go_to_situation(qtbot, wizard)
    page = situation(wizard)
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.contact_email.edit, "taro.example.co.jp")  # no @: named in the line
    wait_on_disk(qtbot, wizard, lambda c: c.organisation.domain == "example.co.jp")
    qtbot.waitUntil(lambda: "自動保存しました" in save_line(wizard))
    wizard.set_language("en")
    qtbot.waitUntil(lambda: "Saved automatically at" in save_line(wizard))
    status = save_line(wizard)
    assert "保存" not in status
    assert page.contact_email.edit.accessibleName() in status  # the field, now in English
    wizard.set_language("ja")
    qtbot.waitUntil(lambda: "自動保存しました" in save_line(wizard))
