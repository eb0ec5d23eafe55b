"""Page 2 after a run in which no list could be checked (offline, a DNS server that refuses
everything): the run is kept, but it tells the owner nothing, so Next waits as without a run
until a run checks something or the owner records why the check is skipped."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from app.core.dnsbl_lists import list_by_id
from app.core.dnsbl_targets import parse_target
from tests import test_blacklist_page as shared
from tests.report_support import build, flat, page_texts
from tests.test_blacklist_page import IP, next_enabled, result_texts, run_and_wait

# The blacklist page's fixtures: a fresh case on page 2 asking the loopback DNS server.
lists = shared.lists
server = shared.server
page = shared.page


def _no_english(text: str) -> None:
    # "DNS" and the example addresses are the only Latin the owner reads here.
    rest = re.sub(r"DNS|\d+(\.\d+)+", "", text)
    assert not re.search("[A-Za-z]", rest), text


def test_a_run_that_checked_nothing_keeps_next_waiting_until_a_reason_or_a_real_run(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    """Every list refused: Next was enabled as after a real run, though nothing was known."""
    server.refused("bl.test", subtree=True)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    assert all(t.startswith("？ 確認できず") for t in result_texts(page).values())
    assert len(wizard.case.blacklist.runs) == 1  # kept in the history all the same
    assert not next_enabled(wizard)
    status = page.status.text()
    assert "どのリストも確認できませんでした" in status
    assert "DNS サーバが問い合わせを拒否" in status  # the likely cause
    assert "設定で別の DNS サーバを選び" in status  # the first way on
    assert "「今は確認しない」" in status  # the second
    _no_english(status)
    # Said once, in the status: the banner repeated half of it.
    assert page.banner.isHidden()
    assert status.count("別の DNS サーバ") == 1, status
    # The way round is offered, and is the one the page always had.
    assert page.skip_link.isVisible()
    qtbot.mouseClick(page.skip_link, Qt.MouseButton.LeftButton)
    page.skip.setChecked(True)
    assert not next_enabled(wizard)  # ticked, no reason yet
    page.skip_reason.setText("DNS サーバを社内のものに替えてから確認する")
    assert next_enabled(wizard)
    assert not page.skip_link.isVisible()
    # A later run that checks something lets the owner on by itself, even when some lists
    # (Spamhaus refusing the DNS server) could not be checked in it.
    page.skip.setChecked(False)
    assert not next_enabled(wizard)
    server.clear_faults()
    zen = list_by_id(lists, "spamhaus-zen")
    server.remove_records(f"2.0.0.127.{zen.zone}")
    server.add_record(f"*.{zen.zone}", "A", "127.255.255.254")
    run_and_wait(qtbot, page)
    texts = result_texts(page)
    assert "？ 確認できず" in texts.values() and "○ 掲載なし" in texts.values(), texts
    assert next_enabled(wizard)
    assert "どのリストも確認できませんでした" not in page.status.text()
    assert page.banner.isVisible()  # the lists that could not be checked are named there


def test_an_offline_run_names_the_connection_as_the_likely_cause(
    qtbot, wizard, page, server
) -> None:  # type: ignore[no-untyped-def]
    server.drop("bl.test", subtree=True)
    page.timeout = 0.5  # nothing will answer: no need to wait the app's 3 s twice
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    status = page.status.text()
    assert "インターネットにつながっていない" in status
    assert "インターネット接続を確かめ" in status and "「今は確認しない」" in status
    assert not next_enabled(wizard)
    wizard.set_language("en")
    qtbot.waitUntil(lambda: "No list could be checked" in page.status.text(), timeout=3000)
    assert "not connected to the internet" in page.status.text()
    assert not next_enabled(wizard)
    wizard.set_language("ja")


def test_a_saved_case_whose_last_run_checked_nothing_opens_with_next_waiting(
    qtbot, wizard, page, server, lists, fresh_wizard, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    server.refused("bl.test", subtree=True)
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    path = wizard.case_path
    assert path is not None
    wizard.close()

    again = fresh_wizard()
    again.page_by_key("welcome").open_path(path)
    reopened = again.page_by_key("blacklist")
    reopened.lists = lists
    again.go_to_page("blacklist")
    assert again.currentPage() is reopened
    assert not next_enabled(again)
    assert "どのリストも確認できませんでした" in reopened.status.text()
    assert reopened.skip_link.isVisible() and reopened.banner.isHidden()
    # The reason recorded now is in the case when it is opened once more.
    reopened.skip.setChecked(True)
    reopened.skip_reason.setText("後で社内の DNS サーバから確認する")
    assert next_enabled(again)
    again.close()

    third = fresh_wizard()
    third.page_by_key("welcome").open_path(path)
    page3 = third.page_by_key("blacklist")
    page3.lists = lists
    third.go_to_page("blacklist")
    assert third.currentPage() is page3
    assert page3.skip.isChecked()
    assert next_enabled(third)
    # The report gives the reason next to the run that could not check anything.
    pdf, _info = build(third.case, tmp_path)
    text = flat("".join(page_texts(pdf)))
    assert "確認を省略した理由" in text and "後で社内の DNS サーバから確認する" in text, text


def test_uribl_and_surbl_refusing_the_dns_server_give_the_advice_once(
    qtbot, wizard, page, server, lists
) -> None:  # type: ignore[no-untyped-def]
    """Their own hints ended in 「設定で別の DNS サーバを指定してください」 under the way out
    that says it: each row's details said it twice. The advice is said once; each list's
    own fact stays."""
    for list_id in ("uribl", "surbl"):
        zone = list_by_id(lists, list_id).zone
        server.add_record(f"example.co.jp.{zone}", "A", "127.0.0.1")  # bit 1: refused
    run_and_wait(qtbot, page)
    facts = {"URIBL": "利用の多い DNS サーバ (公開 DNS や大手プロバイダ)", "SURBL": "利用の多い"}
    for name, fact in facts.items():
        row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == name)
        assert page.table.item(row, 2).text() == "？ 確認できず"
        page.table.selectRow(row)
        details = page.details.toPlainText()
        assert details.count("別の DNS サーバ") == 1, details
        assert f"{name} は{fact}" in details, details
    # Only those two could not be checked: the banner names them and gives the advice once.
    banner = page.banner_text.text()
    assert "URIBL、SURBL" in banner and banner.count("DNS サーバを選") == 1, banner
    # Two lists are "these lists", and Spamhaus answered: no DQS key to get for it.
    assert "これらのリストは" in banner and "このリスト" not in banner, banner
    assert "DQS" not in banner, banner
    assert next_enabled(wizard)


def test_lists_failing_their_self_test_are_not_blamed_on_a_rewriting_dns_server(
    qtbot, wizard, page, server
) -> None:  # type: ignore[no-untyped-def]
    """Lists that answer nothing for their test entries (shut down, unreachable) said 「DNS
    サーバが応答を書き換えているようです」: a diagnosis nothing in the answers showed."""
    server.clear_records()  # every name, test entries included, is "not found"
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    status = page.status.text()
    assert "どのリストも確認できませんでした" in status
    assert "書き換え" not in status, status
    assert "動作確認に合格しませんでした" in status, status
    assert "設定で別の DNS サーバを選び" in status  # the way on, said once
    assert status.count("別の DNS サーバ") == 1, status
    _no_english(status)
    wizard.set_language("en")
    qtbot.waitUntil(lambda: "No list could be checked" in page.status.text(), timeout=3000)
    assert "did not pass their self-test" in page.status.text()
    assert "change" not in page.status.text()
    wizard.set_language("ja")


def test_a_dns_server_answering_every_name_itself_is_named_as_rewriting(
    qtbot, wizard, page, server
) -> None:  # type: ignore[no-untyped-def]
    """127.0.0.1 for every name (the test entry that must never be listed included): that the
    answers show the DNS server answers by itself, and the status says so."""
    server.clear_records()
    server.add_record("*.bl.test", "A", "127.0.0.1")
    page.targets.add_targets([parse_target(IP)])
    run_and_wait(qtbot, page)
    status = page.status.text()
    assert "どのリストも確認できませんでした" in status
    assert "書き換え" in status, status


def test_a_failed_self_test_is_explained_once_in_plain_words(qtbot, wizard, page, server) -> None:  # type: ignore[no-untyped-def]
    """The details said the long 「このリストは今回の自己診断に失敗しました…」 and then the
    same again; the meaning column showed 「テスト用の項目 test, dbltest.com」."""
    server.clear_records()
    page.targets.add_targets([parse_target(IP), parse_target("example.co.jp")])
    run_and_wait(qtbot, page)
    table = page.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount()) if table.item(r, 0)}
    for name, probe in (("Spamhaus DBL", "dbltest.com"), ("SpamCop", "127.0.0.2")):
        row = rows[name]
        meaning = table.item(row, 3).text()
        assert "テスト用の項目" not in meaning and probe not in meaning, meaning
        assert "動作確認に合格しませんでした" in meaning, meaning
        table.selectRow(row)
        details = page.details.toPlainText()
        assert details.count("合格しませんでした") == 1, details
        assert details.count("停止") == 1, details
        assert probe in details, details  # named where it is explained
        assert details.count("別の DNS サーバ") == 1, details
