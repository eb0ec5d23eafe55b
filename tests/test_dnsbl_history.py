"""Runs kept in the case, what changed between two runs, guidance and the delisting request."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.core.case import Case, TimelineEntry, load_case, save_case
from app.core.dnsbl import Reason, Status
from app.core.dnsbl_guidance import guidance_for, recognised_actions, request_text
from app.core.dnsbl_history import (
    MAX_RUNS,
    BlacklistResultRecord,
    BlacklistRunRecord,
    BlacklistSection,
    diff_runs,
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
        "株式会社やまだ商店",
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
    assert text.isascii() is False  # the company name stays as written
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
