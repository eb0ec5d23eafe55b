"""The list definitions: the default set, no dead lists, complete texts, test remapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.dnsbl_lists import (
    DEAD_ZONES,
    ListKind,
    Severity,
    apply_dqs,
    load_lists,
)
from app.core.errors import InputError

REQUIRED = {
    "spamhaus-zen",
    "spamhaus-dbl",
    "barracuda",
    "spamcop",
    "mailspike",
    "psbl",
    "uceprotect-1",
    "uribl",
    "surbl",
}
# Operators whose zones and codes are documented by themselves (see the notes).
VERIFIED = {
    "spamhaus-zen",
    "spamhaus-dbl",
    "barracuda",
    "spamcop",
    "mailspike",
    "psbl",
    "uceprotect-1",
    "uceprotect-2",
    "uceprotect-3",
    "uribl",
    "surbl",
}


def test_the_default_set_has_the_required_lists() -> None:
    lists = load_lists()
    ids = {lst.id for lst in lists}
    assert ids >= REQUIRED
    assert len(ids) == len(lists)
    assert {lst.kind for lst in lists} == {ListKind.IP, ListKind.DOMAIN}


def test_no_dead_list_is_in_the_default_set() -> None:
    everything = load_lists(include_optional=True)
    zones = {lst.zone for lst in everything} | {lst.dqs_zone for lst in everything}
    assert not zones & DEAD_ZONES
    for lst in everything:
        for dead in ("sorbs", "manitu", "abuseat", "spamcannibal", "lashback", "ahbl", "inps.de"):
            assert dead not in lst.zone, lst.zone


def test_only_operator_documented_lists_are_verified() -> None:
    for lst in load_lists():
        assert lst.unverified == (lst.id not in VERIFIED), lst.id


def test_every_list_says_what_to_do_in_both_languages() -> None:
    for lst in load_lists():
        assert lst.delist_url.startswith(("https://", "http://")), lst.id
        assert lst.advice.ja and lst.advice.en, lst.id
        assert lst.delist_time.ja and lst.delist_time.en, lst.id
        assert lst.source, lst.id
        assert lst.probe_listed and lst.probe_clean
        for meaning in lst.codes + tuple(m for _, m in lst.bits):
            assert meaning.text.ja and meaning.text.en, (lst.id, meaning.code)
        if not lst.codes and not lst.bits:
            assert lst.default_meaning.ja and lst.default_meaning.en, lst.id


def test_uceprotect_levels_2_and_3_are_informational_and_pbl_is_policy() -> None:
    lists = {lst.id: lst for lst in load_lists()}
    for level in ("uceprotect-2", "uceprotect-3"):
        assert lists[level].informational
        assert {m.severity for m in lists[level].codes} == {Severity.INFORMATIONAL}
    zen = lists["spamhaus-zen"]
    assert {m.code for m in zen.codes if m.severity is Severity.POLICY} == {
        "127.0.0.10",
        "127.0.0.11",
    }
    assert zen.error_for("127.255.255.254") is not None
    assert zen.ipv6 and not lists["spamcop"].ipv6


def test_bitmask_lists_decode_bits_and_error_bits() -> None:
    uribl = next(lst for lst in load_lists() if lst.id == "uribl")
    assert uribl.bitmask
    assert [m.code for m in uribl.meanings_for("127.0.0.6")] == ["bit 2", "bit 4"]
    assert uribl.error_for("127.0.0.1") is not None
    assert uribl.error_for("127.0.0.2") is None
    assert uribl.meanings_for("not an address") == ()


def test_zone_suffix_and_dqs_remap_without_showing_the_key() -> None:
    lists = load_lists(zone_suffix="bl.test")
    zen = next(lst for lst in lists if lst.id == "spamhaus-zen")
    assert zen.zone == "zen.spamhaus.org.bl.test"
    assert zen.display_zone == "zen.spamhaus.org"
    key = "abcdefghijklmnopqrstuvwxyz"
    switched = {lst.id: lst for lst in apply_dqs(lists, key)}
    assert switched["spamhaus-zen"].zone == f"{key}.zen.dq.spamhaus.net.bl.test"
    assert switched["spamhaus-dbl"].zone == f"{key}.dbl.dq.spamhaus.net.bl.test"
    assert switched["spamhaus-zen"].display_zone == "zen.dq.spamhaus.net"
    assert switched["spamcop"].zone == "bl.spamcop.net.bl.test"  # no DQS zone: unchanged
    assert key not in repr(switched["spamhaus-zen"]).replace(switched["spamhaus-zen"].zone, "")
    assert apply_dqs(lists, None) == lists


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "format"),
        ('format = "mail-mamori-dnsbl-lists"\n', "no [[list]]"),
        (
            'format = "mail-mamori-dnsbl-lists"\n[[list]]\nid="x"\nname="X"\nzone="x.example"\n'
            'kind="ip"\n[[list.code]]\ncode="10.0.0.2"\nja="a"\nen="b"\n',
            "127.0.0.0/8",
        ),
        (
            'format = "mail-mamori-dnsbl-lists"\n[[list]]\nid="x"\nname="X"\nzone="x.example"\n'
            'kind="url"\n',
            "kind",
        ),
        ("this is [not toml", "line"),
    ],
)
def test_a_broken_definition_file_is_explained(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "lists.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_lists(path)
    assert problem in caught.value.message.render("en")
    assert "lists.toml" in caught.value.message.render("ja")


def test_a_missing_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_lists(tmp_path / "nowhere.toml")
