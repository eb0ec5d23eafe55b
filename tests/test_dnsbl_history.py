"""Runs kept in the case, what changed between two runs, guidance and the delisting request."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from app.core.case import CASE_VERSION, Case, TimelineEntry, case_to_dict, load_case, save_case
from app.core.dnsbl import Reason, Status, local
from app.core.dnsbl_guidance import (
    delisting_order,
    guidance_for,
    recognised_actions,
    request_gaps,
    request_text,
)
from app.core.dnsbl_history import (
    MAX_RUNS,
    BlacklistListRecord,
    BlacklistResultRecord,
    BlacklistRunRecord,
    BlacklistSection,
    UncheckedCause,
    diff_runs,
    nothing_checked,
    unchecked_cause,
)
from app.core.dnsbl_lists import LocalText, list_by_id, load_lists
from app.core.example_case import example_case
from app.core.normalize import JST


def _record(list_id: str, status: str, target: str = "203.0.113.25") -> BlacklistResultRecord:
    names = {"spamcop": "SpamCop", "barracuda": "Barracuda (BRBL)", "psbl": "PSBL"}
    return BlacklistResultRecord(list_id, names[list_id], "zone", target, "ip", status)


def _run(*results: BlacklistResultRecord, day: int = 17) -> BlacklistRunRecord:
    return BlacklistRunRecord(
        checked_at=datetime(2026, 11, day, 9, 0, tzinfo=JST), resolver="x", results=list(results)
    )


def test_the_example_case_keeps_two_runs_through_save_and_load(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "c.mamori.json"
    save_case(case, path)
    loaded = load_case(path)
    assert loaded.blacklist == case.blacklist
    latest = loaded.blacklist.latest()
    assert latest is not None and latest.checked_at.utcoffset().total_seconds() == 9 * 3600
    zen = next(r for r in latest.results if r.list_id == "spamhaus-zen")
    assert zen.status == "listed" and zen.codes == ["127.0.0.3"]
    assert "CSS" in zen.meaning_text("ja") and "CSS" in zen.meaning_text("en")
    assert loaded.blacklist.targets[1].to_target().origins[0].detail == "mail.example.co.jp"


def test_a_recheck_shows_what_changed_in_japanese() -> None:
    before = _run(
        _record("spamcop", "listed"), _record("barracuda", "listed"), _record("psbl", "not_tested")
    )
    after = _run(
        _record("spamcop", "not_listed"),
        _record("barracuda", "listed"),
        _record("psbl", "listed"),
        day=18,
    )
    changes = diff_runs(before, after)
    texts = [c.message.render("ja") for c in changes]
    assert texts == [
        "SpamCop (203.0.113.25): 掲載 → 解除",
        "PSBL (203.0.113.25): 確認できず → 掲載",
    ]
    assert changes[0].delisted and changes[1].newly_listed
    assert changes[0].message.render("en") == "SpamCop (203.0.113.25): listed → delisted"


def test_new_and_vanished_targets_count_only_when_listed() -> None:
    before = _run(_record("spamcop", "listed", "198.51.100.1"))
    after = _run(
        _record("spamcop", "not_listed", "203.0.113.25"), _record("psbl", "listed", "203.0.113.25")
    )
    changes = diff_runs(before, after)
    assert [(c.list_id, c.target, c.before, c.after) for c in changes] == [
        ("psbl", "203.0.113.25", None, "listed"),
        ("spamcop", "198.51.100.1", "listed", None),
    ]


def test_a_target_missing_from_one_run_is_not_called_unchecked() -> None:
    # 「確認なし」 read almost as 「確認できず」 (asked, no answer): the target was simply not
    # on that run's list, and the words say which run.
    before = _run(_record("spamcop", "listed", "198.51.100.1"))
    after = _run(_record("psbl", "listed", "203.0.113.25"), day=18)
    texts = [c.message.render("ja") for c in diff_runs(before, after)]
    assert texts == [
        "PSBL (203.0.113.25): 前回の確認に含まれず → 掲載",
        "SpamCop (198.51.100.1): 掲載 → 今回の確認に含まれず",
    ]
    english = [c.message.render("en") for c in diff_runs(before, after)]
    assert english == [
        "PSBL (203.0.113.25): not in the previous check → listed",
        "SpamCop (198.51.100.1): listed → not in the latest check",
    ]


def test_history_is_bounded_but_keeps_the_first_run() -> None:
    section = BlacklistSection()
    for day in range(MAX_RUNS + 5):
        section.add_run(_run(day=1 + day % 28))
    assert len(section.runs) == MAX_RUNS
    cancelled = _run()
    cancelled.cancelled = True
    section.add_run(cancelled)
    assert section.latest() is not cancelled


# -- guidance --------------------------------------------------------------------------------


def test_a_listing_says_what_to_fix_first_and_where_to_ask() -> None:
    lists = load_lists()
    zen = list_by_id(lists, "spamhaus-zen")
    record = next(
        r for r in example_case().blacklist.latest().results if r.list_id == "spamhaus-zen"
    )
    guide = guidance_for(record.status, record.reason, LocalText(**record.meaning), record, zen)
    assert guide.needs_request
    assert guide.delist_url == "https://check.spamhaus.org/"
    assert guide.delist_time is not None and "24" in guide.delist_time.ja
    assert "パスワード" in guide.steps[0].ja
    assert guide.recheck is not None and "15 分" in guide.recheck.ja


def test_spamcop_needs_no_request() -> None:
    lists = load_lists()
    record = _record("spamcop", "listed")
    guide = guidance_for("listed", None, LocalText("a", "b"), record, list_by_id(lists, "spamcop"))
    assert not guide.needs_request


def test_the_delisting_order_puts_spamhaus_first_and_the_self_expiring_lists_apart() -> None:
    lists = load_lists()

    def listed(list_id: str, target: str = "203.0.113.25") -> BlacklistResultRecord:
        return BlacklistResultRecord(list_id, list_id, "zone", target, "ip", "listed")

    results = [
        listed("spamcop"),
        listed("barracuda"),
        BlacklistResultRecord("psbl", "PSBL", "zone", "203.0.113.25", "ip", "not_listed"),
        listed("spamhaus-dbl", "example.co.jp"),
        listed("uceprotect-1"),
        listed("spamhaus-zen"),
        listed("retired-list"),  # a list this version no longer has
    ]
    order = delisting_order(results, lists)
    assert [r.list_id for r in order.requests] == [
        "spamhaus-zen",
        "spamhaus-dbl",
        "barracuda",
        "retired-list",
    ]
    assert [r.list_id for r in order.automatic] == ["spamcop", "uceprotect-1"]


def test_uceprotect_level_1_is_waited_out_not_asked() -> None:
    """Its listings expire after 7 days; the removal it offers on request is paid. The
    guidance said "open the delisting page and paste the request" next to its own advice
    "wait 7 days, no need to pay"."""
    lists = load_lists()
    record = BlacklistResultRecord(
        "uceprotect-1", "UCEPROTECT Level 1", "zone", "203.0.113.25", "ip", "listed"
    )
    lst = list_by_id(lists, "uceprotect-1")
    guide = guidance_for("listed", None, LocalText("a", "b"), record, lst)
    assert not guide.needs_request
    assert not any("依頼文" in step.ja for step in guide.steps)
    assert any("自動的に解除" in step.ja for step in guide.steps)


def test_resolver_blocked_offers_another_dns_server_and_a_dqs_key() -> None:
    lists = load_lists()
    zen = list_by_id(lists, "spamhaus-zen")
    record = _record("spamcop", "not_tested")
    guide = guidance_for(Status.NOT_TESTED, Reason.RESOLVER_BLOCKED, LocalText(), record, zen)
    ways = " ".join(w.ja for w in guide.ways_out)
    assert "DNS サーバ" in ways and "DQS" in ways
    assert "DQS" in " ".join(w.en for w in guide.ways_out)
    assert not guide.needs_request


def test_a_blocked_resolver_gives_each_way_out_once() -> None:
    """Spamhaus's own not-tested hint repeated the DNS server and DQS key advice right
    under the same two ways; a list whose hint adds something (Barracuda) keeps it."""
    lists = load_lists()
    record = _record("spamcop", "not_tested")
    for list_id in ("spamhaus-zen", "spamhaus-dbl"):
        lst = list_by_id(lists, list_id)
        guide = guidance_for(Status.NOT_TESTED, Reason.RESOLVER_BLOCKED, LocalText(), record, lst)
        assert lst.not_tested_hint not in guide.ways_out
        assert sum("DQS" in way.ja for way in guide.ways_out) == 1, guide.ways_out
    barracuda = list_by_id(lists, "barracuda")
    guide = guidance_for(Status.NOT_TESTED, Reason.RESOLVER_BLOCKED, LocalText(), record, barracuda)
    assert barracuda.not_tested_hint in guide.ways_out


def test_a_result_that_could_not_be_checked_gives_each_advice_once() -> None:
    """The meaning repeated the reason's advice (another DNS server, a DQS key) above the
    ways out that say it, and Spamhaus's hint said it a third time. The meaning says what
    happened; the ways out say what to do, each once."""
    lists = load_lists(include_optional=True)
    # Every list: URIBL's and SURBL's hints said "choose another DNS server" under the way
    # out that says it.
    for lst in lists:
        list_id = lst.id
        for reason in Reason:
            record = _record("spamcop", "not_tested")
            # A result stores the reason's explanation (advice included) as its own text.
            guide = guidance_for(Status.NOT_TESTED, reason, local(reason.explanation), record, lst)
            assert "Settings" not in guide.meaning.en, (list_id, reason, guide.meaning.en)
            assert "設定" not in guide.meaning.ja, (list_id, reason, guide.meaning.ja)
            assert guide.ways_out, (list_id, reason)
            ways = [way.en for way in guide.ways_out]
            assert sum("DQS" in way for way in ways) <= 1, (list_id, reason, ways)
            assert sum("another DNS server" in way for way in ways) <= 1, (list_id, reason, ways)
            ja = [way.ja for way in guide.ways_out]
            assert sum("別の DNS サーバ" in way for way in ja) <= 1, (list_id, reason, ja)
    # A result's own text (the list's answer) is a fact of its own: it stays.
    zen = list_by_id(lists, "spamhaus-zen")
    own = LocalText("公開 DNS から拒否", "refused a public DNS server")
    guide = guidance_for(
        Status.NOT_TESTED, Reason.RESOLVER_BLOCKED, own, _record("spamcop", "not_tested"), zen
    )
    assert guide.meaning.en.endswith("refused a public DNS server")
    assert "8.8.8.8" in guide.meaning.en


def test_informational_listings_say_never_pay() -> None:
    lists = load_lists()
    record = _record("spamcop", "policy")
    guide = guidance_for(
        "policy", None, LocalText("x", "x"), record, list_by_id(lists, "uceprotect-3")
    )
    assert "never pay" in guide.steps[0].en.lower()


# -- the request text ------------------------------------------------------------------------


def test_the_request_is_filled_in_from_the_case_in_english() -> None:
    case = example_case()
    record = next(r for r in case.blacklist.latest().results if r.list_id == "barracuda")
    text = request_text(case, record, list_by_id(load_lists(), "barracuda"))
    assert text.startswith("Subject: Removal request for 203.0.113.25 (Barracuda (BRBL))")
    for expected in (
        "example.co.jp",
        "Yamada Shoten Co., Ltd.",
        "Taro Yamada",
        "info@example.co.jp",
        "About 320,000 messages were sent (our estimate).",
        "The abuse started on 2026-11-14 02:13 JST.",
        "We noticed it on 2026-11-16 09:40 JST.",
        "2026-11-16 11:30 JST: Changed the password of info@example.co.jp to a strong, unique one.",
        "2026-11-16 13:00 JST: Changed mail account passwords.",
        "taro.yamada@example.co.jp",
    ):
        assert expected in text, expected
    assert "解除を申請" not in text  # requests are not fixes, and free text is never copied
    # Every name in Latin letters: the list's staff abroad read it, and some forms refuse the rest.
    assert text.isascii()
    # The example changed info@ and the staff accounts, not every account (the inventory found
    # more): the list is not told that all of them were changed.
    assert "all our mail accounts" not in text
    for entry in case.incident.timeline:
        if entry.event.startswith("社員のメールアカウント"):
            entry.event = "残りのメールアカウントもすべてパスワードを変更"
    every = request_text(case, record, list_by_id(load_lists(), "barracuda"))
    assert "2026-11-16 13:00 JST: Changed the passwords of all our mail accounts." in every


def test_the_request_never_copies_free_text_or_a_password() -> None:
    case = example_case()
    case.incident.how_noticed_detail = "パスワードは hunter2-secret でした"
    case.incident.timeline.append(
        TimelineEntry(
            at=datetime(2026, 11, 16, 15, 0, tzinfo=JST),
            event="info のパスワードを hunter2-secret から Zx9!long-new に変更",
        )
    )
    record = case.blacklist.latest().results[0]
    text = request_text(case, record)
    assert "hunter2" not in text and "Zx9" not in text
    assert any("15:00" in sentence or at.hour == 15 for at, sentence in recognised_actions(case))


def test_names_without_latin_letters_become_placeholders_quoting_them() -> None:
    case = example_case()
    case.organisation.company_latin = ""
    case.organisation.contact.name_latin = " "
    record = next(r for r in case.blacklist.latest().results if r.list_id == "barracuda")
    text = request_text(case, record)
    assert "We are [company name in Latin letters: 株式会社やまだ商店] (example.co.jp)" in text
    assert text.endswith(
        "[your name in Latin letters: 山田 太郎]\n"
        "[company name in Latin letters: 株式会社やまだ商店]\ntaro.yamada@example.co.jp\n"
    )
    # A name written in Latin letters already is used as it is.
    case.organisation.company = "Yamada Shoten K.K."
    assert "We are Yamada Shoten K.K. (example.co.jp)" in request_text(case, record)


def test_the_gaps_of_a_request_are_its_placeholders_and_its_japanese() -> None:
    case = example_case()
    record = next(r for r in case.blacklist.latest().results if r.list_id == "barracuda")
    assert not request_gaps(request_text(case, record))  # the example is ready to send
    case.organisation.company_latin = ""
    case.organisation.contact.email = ""
    gaps = request_gaps(request_text(case, record))
    # In order, each once, though the company name is in the text twice.
    assert gaps.placeholders == (
        "[company name in Latin letters: 株式会社やまだ商店]",
        "[contact e-mail address]",
    )
    assert gaps.japanese == ()  # the Japanese inside a placeholder is the placeholder's
    # The owner completed it, but in Japanese (and with full-width letters).
    edited = request_text(case, record).replace(
        "[company name in Latin letters: 株式会社やまだ商店]", "やまだ商店 ＹＡＭＡＤＡ"
    )
    edited = edited.replace("[contact e-mail address]", "taro@example.co.jp")
    gaps = request_gaps(edited)
    assert gaps.placeholders == () and gaps.japanese == ("やまだ商店", "ＹＡＭＡＤＡ")
    assert not request_gaps("Hello,\nWe are Yamada Shoten – “a shop” in Tōkyō.\n")


def test_an_empty_case_gets_placeholders() -> None:
    record = _record("spamcop", "listed")
    text = request_text(Case(), record)
    assert "[company name]" in text and "[domain]" in text
    assert "[Describe what you fixed and when" in text


def test_domain_coverage_tells_addresses_only_from_another_domain() -> None:
    from app.core.dnsbl_history import BlacklistTargetRecord, DomainCoverage, domain_coverage

    domain = BlacklistTargetRecord("xn--r8jz45g.jp", "domain", "例え.jp", ["domain"])
    ip = BlacklistTargetRecord("203.0.113.25", "ip", origins=["entered"])
    both = BlacklistRunRecord(datetime(2026, 11, 17, tzinfo=JST), "x", targets=[domain, ip])
    ip_only = BlacklistRunRecord(datetime(2026, 11, 17, tzinfo=JST), "x", targets=[ip])
    assert domain_coverage(both, "xn--r8jz45g.jp") is DomainCoverage.CHECKED
    assert domain_coverage(both, "", "例え.JP.") is DomainCoverage.CHECKED
    assert domain_coverage(both, "other-shop.jp") is DomainCoverage.OTHER_DOMAIN
    assert domain_coverage(ip_only, "xn--r8jz45g.jp") is DomainCoverage.ADDRESSES_ONLY
    # Without a domain in the case there is nothing the run could have left out.
    assert domain_coverage(ip_only, "") is DomainCoverage.CHECKED
    # A run stored without its targets is read from its results.
    from_results = _run(_record("spamcop", "not_listed"))
    assert domain_coverage(from_results, "example.co.jp") is DomainCoverage.ADDRESSES_ONLY
    from_results.results.append(
        BlacklistResultRecord("dbl", "DBL", "zone", "example.co.jp", "domain", "not_listed")
    )
    assert domain_coverage(from_results, "example.co.jp") is DomainCoverage.CHECKED


# -- the owner's delisting requests ------------------------------------------------------------

GENERATED = "Subject: Removal request for 203.0.113.25\n\nWe are [company name].\n"
OWN = GENERATED.replace("[company name]", "Yamada Shoten Co., Ltd.")


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 17, hour, minute, tzinfo=JST)


def test_the_owner_s_request_text_and_its_times_survive_save_and_load(tmp_path: Path) -> None:
    case = Case()
    case.blacklist.edit_request("barracuda", "203.0.113.25", OWN, GENERATED, _at(9, 50))
    case.blacklist.note_request_copied("barracuda", "203.0.113.25", _at(9, 52))
    case.blacklist.note_request_copied("psbl", "203.0.113.25", _at(9, 55))  # copied as made
    path = tmp_path / "c.mamori.json"
    save_case(case, path)
    loaded = load_case(path).blacklist
    assert loaded.requests == case.blacklist.requests
    own = loaded.request("barracuda", "203.0.113.25")
    assert own is not None and own.text == OWN and own.edited
    assert own.edited_at == _at(9, 50) and own.copied_at == _at(9, 52)
    assert not own.outdated(GENERATED)
    copied = loaded.request("psbl", "203.0.113.25")
    assert copied is not None and not copied.edited and copied.copied_at == _at(9, 55)
    assert loaded.request("barracuda", "198.51.100.1") is None  # another target: nothing
    # The generated text is never stored: it follows the facts each time it is made.
    written = json.loads(path.read_text(encoding="utf-8"))["blacklist"]["requests"]
    assert [r["text"] for r in written] == [OWN, ""]
    assert not any(value == GENERATED for r in written for value in r.values())


def test_a_case_saved_before_requests_were_kept_opens_without_them(tmp_path: Path) -> None:
    data = case_to_dict(example_case())
    del data["blacklist"]["requests"]
    del data["sender_auth"]["dkim_header"]
    path = tmp_path / "older.mamori.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = load_case(path)
    assert case.version == CASE_VERSION  # a key added within version 2: no migration
    assert case.blacklist.requests == [] and case.sender_auth.dkim_header == ""
    assert case.blacklist.latest() == example_case().blacklist.latest()


def test_text_equal_to_the_generated_one_keeps_no_own_version() -> None:
    section = BlacklistSection()
    section.edit_request("barracuda", "203.0.113.25", GENERATED, GENERATED, _at(9))
    assert section.requests == []
    section.edit_request("barracuda", "203.0.113.25", OWN, GENERATED, _at(9))
    # Back to the generated text (or emptied): nothing of the owner's is left to keep.
    section.edit_request("barracuda", "203.0.113.25", GENERATED, GENERATED, _at(10))
    assert section.requests == []
    section.edit_request("barracuda", "203.0.113.25", OWN, GENERATED, _at(9))
    section.edit_request("barracuda", "203.0.113.25", "  \n", GENERATED, _at(10))
    assert section.requests == []
    # Once copied, the entry stays (when it was copied is worth knowing) without a text.
    section.edit_request("barracuda", "203.0.113.25", OWN, GENERATED, _at(9))
    section.note_request_copied("barracuda", "203.0.113.25", _at(9, 5))
    section.edit_request("barracuda", "203.0.113.25", GENERATED, GENERATED, _at(10))
    kept = section.request("barracuda", "203.0.113.25")
    assert kept is not None and not kept.edited and kept.copied_at == _at(9, 5)
    assert kept.edited_at is None


def test_a_change_of_the_facts_after_the_edit_is_noticed_until_the_owner_edits_again() -> None:
    section = BlacklistSection()
    section.edit_request("barracuda", "203.0.113.25", OWN, GENERATED, _at(9))
    record = section.request("barracuda", "203.0.113.25")
    assert record is not None and not record.outdated(GENERATED)
    # Page 1 changed (a new action in the timeline): the app now generates another text.
    newer = GENERATED + "- Made SMTP authentication mandatory.\n"
    assert record.outdated(newer)
    assert record.text == OWN  # the owner's words are never replaced
    section.edit_request("barracuda", "203.0.113.25", OWN + "Thanks.\n", newer, _at(11))
    assert not record.outdated(newer) and record.edited_at == _at(11)
    # A text the owner did not change again keeps its time (selecting the row re-reads it).
    section.edit_request("barracuda", "203.0.113.25", OWN + "Thanks.\n", newer, _at(12))
    assert record.edited_at == _at(11)


def test_a_recheck_drops_the_request_only_when_the_listing_is_over() -> None:
    section = BlacklistSection()
    for list_id in ("barracuda", "psbl", "spamcop"):
        section.edit_request(list_id, "203.0.113.25", OWN, GENERATED, _at(9))
    section.note_request_copied("barracuda", "198.51.100.1", _at(9))
    section.add_run(
        _run(
            _record("barracuda", "not_tested"),
            _record("psbl", "listed"),
            _record("spamcop", "not_listed"),
            day=18,
        )
    )
    # SpamCop let go: its request is over. Barracuda could not be asked (never a clean
    # result), PSBL still lists, the other address was not checked: all three are kept.
    assert [(r.list_id, r.target) for r in section.requests] == [
        ("barracuda", "203.0.113.25"),
        ("psbl", "203.0.113.25"),
        ("barracuda", "198.51.100.1"),
    ]
    cancelled = _run(_record("psbl", "not_listed"), day=19)
    cancelled.cancelled = True
    section.add_run(cancelled)  # a cancelled run is no result
    assert section.request("psbl", "203.0.113.25") is not None
    section.add_run(_run(_record("psbl", "not_listed"), _record("barracuda", "listed"), day=20))
    assert section.request("psbl", "203.0.113.25") is None
    assert section.request("barracuda", "203.0.113.25") is not None


def _untested(list_id: str, reason: str) -> BlacklistResultRecord:
    record = _record(list_id, "not_tested")
    record.reason = reason
    return record


def test_a_run_in_which_no_list_answered_checked_nothing_and_names_its_likely_cause() -> None:
    """Page 2 keeps Next waiting after such a run and says why from these causes."""
    offline = _run(_untested("spamcop", "timeout"), _untested("barracuda", "network_error"))
    assert nothing_checked(offline)
    assert unchecked_cause(offline) is UncheckedCause.NO_ANSWER
    refused = _run(_untested("spamcop", "refused"), _untested("barracuda", "servfail"))
    assert unchecked_cause(refused) is UncheckedCause.REFUSED
    # Two lists refusing the DNS server, one timing out: blocked.
    blocked = _run(
        _untested("spamcop", "resolver_blocked"),
        _untested("barracuda", "rate_limited"),
        _untested("psbl", "timeout"),
    )
    assert unchecked_cause(blocked) is UncheckedCause.BLOCKED
    # A tie: the more specific remedy (another DNS server) before "check the connection".
    tie = _run(_untested("spamcop", "resolver_blocked"), _untested("barracuda", "timeout"))
    assert unchecked_cause(tie) is UncheckedCause.BLOCKED
    rewriting = _run(_untested("spamcop", "timeout"))
    rewriting.rewriting = True
    assert unchecked_cause(rewriting) is UncheckedCause.ALTERED
    assert unchecked_cause(_run(_untested("spamcop", "cancelled"))) is UncheckedCause.OTHER
    # A failed self-test is the DNS server's doing only when its answers showed it ("listed"
    # for the query that is never listed); lists that are down fail it too. A case saved
    # before the failure was kept reads as the cautious "did not pass".
    unhealthy = _run(_untested("spamcop", "list_unhealthy"), _untested("psbl", "list_unhealthy"))
    assert unchecked_cause(unhealthy) is UncheckedCause.SELF_TEST
    for list_id, failure in (("spamcop", "missing"), ("psbl", "query_failed")):
        unhealthy.lists.append(BlacklistListRecord(list_id, list_id, "z", "ipv4", False))
        unhealthy.lists[-1].failure = failure
    assert unchecked_cause(unhealthy) is UncheckedCause.SELF_TEST
    for entry in unhealthy.lists:
        entry.failure = "wildcard"
    assert unchecked_cause(unhealthy) is UncheckedCause.ALTERED
    # One answer is a check: only that list's result is known, but it is known.
    partly = _run(_untested("spamcop", "timeout"), _record("barracuda", "not_listed"))
    assert not nothing_checked(partly)
    assert not nothing_checked(_run(_record("barracuda", "listed")))


# -- removal requests the owner says they sent ------------------------------------------------


def test_a_sent_request_with_its_date_and_note_survives_save_and_load(tmp_path: Path) -> None:
    case = Case()
    case.blacklist.mark_sent(
        "barracuda", "203.0.113.25", date(2026, 11, 18), "  ticket BR-4471 ", _at(10)
    )
    path = tmp_path / "c.mamori.json"
    save_case(case, path)
    loaded = load_case(path).blacklist
    sent = loaded.sent_request("barracuda", "203.0.113.25")
    assert sent is not None and sent.sent_on == date(2026, 11, 18)
    assert sent.note == "ticket BR-4471" and sent.marked_at == _at(10)
    assert loaded.sent_request("barracuda", "198.51.100.1") is None
    written = json.loads(path.read_text(encoding="utf-8"))["blacklist"]["sent"]
    assert written[0]["sent_on"] == "2026-11-18"
    # Taken back by the owner: gone from the case.
    loaded.unmark_sent("barracuda", "203.0.113.25")
    assert loaded.sent == []


def test_a_case_saved_before_sent_requests_were_kept_opens_without_them(tmp_path: Path) -> None:
    data = case_to_dict(example_case())
    del data["blacklist"]["sent"]
    path = tmp_path / "older.mamori.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = load_case(path)
    assert case.version == CASE_VERSION  # a key added within version 2: no migration
    assert case.blacklist.sent == []
    assert case.blacklist.latest() == example_case().blacklist.latest()


def test_a_sent_request_outlives_rechecks_and_the_delisting_reads_requested_then_delisted() -> None:
    section = BlacklistSection()
    section.add_run(_run(_record("barracuda", "listed"), _record("psbl", "listed")))
    section.mark_sent("barracuda", "203.0.113.25", date(2026, 11, 18), "", _at(10))
    section.add_run(_run(_record("barracuda", "not_tested"), day=19))  # no answer: kept
    section.add_run(_run(_record("barracuda", "listed"), _record("psbl", "listed"), day=20))
    section.add_run(_run(_record("barracuda", "not_listed"), _record("psbl", "not_listed"), day=21))
    sent = section.sent_request("barracuda", "203.0.113.25")
    assert sent is not None and sent.delisted_at == datetime(2026, 11, 21, 9, 0, tzinfo=JST)
    previous, latest = section.previous(), section.latest()
    assert previous is not None and latest is not None
    texts = {
        c.list_id: c.message_with(section.sent_request(c.list_id, c.target)).render("ja")
        for c in diff_runs(previous, latest)
    }
    assert texts == {
        "barracuda": "Barracuda (BRBL) (203.0.113.25): 申請済み 11/18 → 解除",
        "psbl": "PSBL (203.0.113.25): 掲載 → 解除",  # nothing recorded as sent
    }
    change = diff_runs(previous, latest)[0]
    assert change.message_with(sent).render("en") == (
        "Barracuda (BRBL) (203.0.113.25): requested 11/18 → delisted"
    )
    # Still delisted at the next check: the record stays.
    section.add_run(_run(_record("barracuda", "not_listed"), day=22))
    assert section.sent_request("barracuda", "203.0.113.25") is sent
    # Listed again later: a new listing, for which nothing was sent yet.
    section.add_run(_run(_record("barracuda", "listed"), day=25))
    assert section.sent_request("barracuda", "203.0.113.25") is None
