"""The DMARC report address must be a mailbox the owner has.

The recommended record sends reports to dmarc-reports@<domain> when nothing else is known: a
mailbox that usually does not exist. Page 4 (where the address is chosen and where the record
is shown), the report's DMARC part and `dmarc check` say to create it or use an address the
owner reads.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.dmarc import check_dmarc
from app.core.dns_client import DnsClient
from app.core.example_case import example_case
from tests.dns_server import DnsTestServer
from tests.report_support import build, page_texts
from tests.test_cli_basics import run_cli
from tests.test_sender_auth_page import check_dmarc_now, open_page

Z = "spftest.example"


def test_the_default_address_must_be_created_and_a_given_one_read(
    dns_client: DnsClient,
) -> None:
    none = check_dmarc(f"norecord.{Z}", dns_client)
    assert none.new_report_address == f"dmarc-reports@norecord.{Z}"
    assert none.mailbox_message is not None
    english = none.mailbox_message.render("en")
    assert f"dmarc-reports@norecord.{Z}" in english and "create it" in english
    assert "作成" in none.mailbox_message.render("ja")
    given = check_dmarc(f"norecord.{Z}", dns_client, report_address=f"info@norecord.{Z}")
    assert given.mailbox_message is not None
    assert "Make sure this mailbox exists" in given.mailbox_message.render("en")
    # A published rua is kept: nothing new to create.
    kept = check_dmarc(f"good.{Z}", dns_client)
    assert kept.new_report_address == "" and kept.mailbox_message is None


def test_dmarc_check_text_tells_to_create_the_mailbox_and_json_adds_fields(
    dns_server: DnsTestServer,
) -> None:
    args = ("dmarc", "check", f"norecord.{Z}", "--resolver", dns_server.address)
    text = run_cli(*args, "--lang", "en")
    assert text.returncode == 0, text.stderr
    assert f"rua=mailto:dmarc-reports@norecord.{Z}" in text.stdout
    assert "This mailbox probably does not exist yet" in text.stdout
    data = json.loads(run_cli(*args, "--json").stdout)
    assert data["new_report_address"] == f"dmarc-reports@norecord.{Z}"
    assert data["new_report_address_message"]
    assert data["recommended"]  # the contract's fields are all still there


def test_page_4_says_to_create_the_mailbox_where_the_address_is_chosen_and_shown(
    qtbot, wizard, dns_server: DnsTestServer
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, wizard, dns_server, domain=f"norecord.{Z}")
    note = page.report_note.text()
    assert f"dmarc-reports@norecord.{Z}" in note and "⚠" in note
    assert page.report_note.isVisibleTo(page)
    check_dmarc_now(qtbot, wizard, page)
    assert page.dmarc_mailbox.isVisibleTo(page)
    assert f"dmarc-reports@norecord.{Z}" in page.dmarc_mailbox.text()
    assert "⚠" in page.dmarc_mailbox.text()
    # An address the owner reads: no warning to create anything.
    page.report_address.setText(f"info@norecord.{Z}")
    assert not page.report_note.isVisibleTo(page)


def test_the_report_tells_to_create_the_mailbox_next_to_the_dmarc_record(
    tmp_path: Path,
) -> None:
    case = example_case()
    dmarc = case.sender_auth.dmarc
    assert dmarc is not None and dmarc.mailbox_message is not None
    path, _ = build(case, tmp_path)
    text = "".join(page_texts(path)).replace("\n", "").replace(" ", "")
    assert dmarc.mailbox_message.render("ja").replace(" ", "") in text
    assert "dmarc-reports@example.co.jp" in text
