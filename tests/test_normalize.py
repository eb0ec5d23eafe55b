"""What people type: full-width input, mistyped domains, impossible dates -- and fuzzing."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import InputError
from app.core.normalize import (
    JST,
    fold_width,
    normalize_domain,
    normalize_email,
    normalize_ip,
    normalize_latin_name,
    parse_count,
    parse_datetime,
    read_count,
    read_datetime,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=JST)


@pytest.mark.parametrize(
    ("typed", "unicode", "ascii_"),
    [
        ("example.co.jp", "example.co.jp", "example.co.jp"),
        ("ｅｘａｍｐｌｅ．ｃｏ．ｊｐ", "example.co.jp", "example.co.jp"),
        ("  Example.CO.JP.  ", "example.co.jp", "example.co.jp"),
        ("example。co。jp", "example.co.jp", "example.co.jp"),
        ("https://www.example.co.jp/contact?x=1", "www.example.co.jp", "www.example.co.jp"),
        ("info@example.co.jp", "example.co.jp", "example.co.jp"),
        ("例え.jp", "例え.jp", "xn--r8jz45g.jp"),
        ("xn--r8jz45g.jp", "例え.jp", "xn--r8jz45g.jp"),
        ("日本語。ＪＰ", "日本語.jp", "xn--wgv71a119e.jp"),
    ],
)
def test_domains_are_normalised(typed: str, unicode: str, ascii_: str) -> None:
    domain = normalize_domain(typed)
    assert (domain.unicode, domain.ascii) == (unicode, ascii_)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # How owners write a time they only roughly remember (they were refused before).
        ("11月16日 9時頃", datetime(2026, 11, 16, 9, 0, tzinfo=JST)),
        ("１１月１６日　朝９時ごろ", datetime(2026, 11, 16, 9, 0, tzinfo=JST)),
        ("2026年11月16日 9時40分ごろ", datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("11/16 9:40頃", datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("11月16日 9時半", datetime(2026, 11, 16, 9, 30, tzinfo=JST)),
        ("11月16日 9時過ぎ", datetime(2026, 11, 16, 9, 0, tzinfo=JST)),
        ("11月15日 夜8時", datetime(2026, 11, 15, 20, 0, tzinfo=JST)),
        ("11月15日 夕方5時半", datetime(2026, 11, 15, 17, 30, tzinfo=JST)),
        ("11月15日 深夜2時", datetime(2026, 11, 15, 2, 0, tzinfo=JST)),
        ("11月15日 深夜11時", datetime(2026, 11, 15, 23, 0, tzinfo=JST)),
        ("11月15日 昼1時", datetime(2026, 11, 15, 13, 0, tzinfo=JST)),
        ("11月15日 昼11時", datetime(2026, 11, 15, 11, 0, tzinfo=JST)),
        ("11/15 PM 3:00", datetime(2026, 11, 15, 15, 0, tzinfo=JST)),
        ("11月15日頃", datetime(2026, 11, 15, 0, 0, tzinfo=JST)),
    ],
)
def test_rough_times_are_read(typed: str, expected: datetime) -> None:
    assert parse_datetime(typed, now=NOW) == expected


def test_an_unreadable_time_says_the_date_alone_is_enough() -> None:
    with pytest.raises(InputError) as caught:
        parse_datetime("11月16日 夕方", now=NOW)
    shown = caught.value.message.render("en")
    assert "the date alone is enough" in shown
    assert "11月20日 9時30分" in shown
    assert "日付だけでも構いません" in caught.value.message.render("ja")


@pytest.mark.parametrize(
    ("typed", "expected_ja"),
    [
        ("", "ドメイン名を入力してください"),
        ("example", ".co.jp や .com のような末尾がありません"),
        ("example.co.jo", "example.co.jp ではありませんか"),
        ("example.con", "example.com ではありませんか"),
        ("example,co,jp", "カンマ"),
        ("exa mple.jp", "空白"),
        ("example..jp", "2 つ続いています"),
        ("-shop.example.jp", "ハイフン"),
        ("exa_mple.jp", "「_」はドメイン名に使えない文字です"),
        ("203.0.113.5", "IP アドレスです"),
        ("a" * 64 + ".jp", "63 文字まで"),
    ],
)
def test_mistyped_domains_are_explained_in_japanese(typed: str, expected_ja: str) -> None:
    with pytest.raises(InputError) as caught:
        normalize_domain(typed)
    assert expected_ja in caught.value.message.render("ja")


def test_addresses() -> None:
    address = normalize_email("ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")
    assert address.ascii == "info@example.co.jp"
    assert normalize_email("<sales@例え.jp>").ascii == "sales@xn--r8jz45g.jp"
    for bad, hint in [
        ("info.example.co.jp", "@ がちょうど 1 つ"),
        ("@example.co.jp", "@ より前"),
        ("info@", "@ より後ろ"),
        ("in fo@example.co.jp", "使えない文字"),
    ]:
        with pytest.raises(InputError) as caught:
            normalize_email(bad)
        assert hint in caught.value.message.render("ja")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("２０３．０．１１３．５", "203.0.113.5"),
        (" 203.0.113.5 ", "203.0.113.5"),
        ("[2001:db8::1]", "2001:db8::1"),
        ("::ffff:203.0.113.9", "203.0.113.9"),
        ("ＦＥ８０::1%eth0", "fe80::1"),
    ],
)
def test_ips_are_normalised(typed: str, expected: str) -> None:
    assert normalize_ip(typed) == ipaddress.ip_address(expected)


def test_bad_ips_are_explained() -> None:
    with pytest.raises(InputError) as caught:
        normalize_ip("192.168.001.001")
    assert "先頭に 0" in caught.value.message.render("ja")
    with pytest.raises(InputError) as caught:
        normalize_ip("203.0.113")
    assert "IP アドレスの形になっていません" in caught.value.message.render("ja")


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("300000", 300_000),
        ("300,000", 300_000),
        ("３０万", 300_000),
        ("約30万通", 300_000),
        ("1.5万", 15_000),
        ("1億2000万", 120_000_000),
        ("30万5千", 305_000),
        ("about 2000 mails", 2000),
        ("", None),
        # What owners write (the seed article says 数十万通): kanji numerals, units, qualifiers.
        ("数十万通", 100_000),
        ("十万", 100_000),
        ("三十万通", 300_000),
        ("二十五万", 250_000),
        ("千五百", 1_500),
        ("一億", 100_000_000),
        ("30万以上", 300_000),
        ("30万通以上", 300_000),
        ("約5万", 50_000),
        ("およそ５万件", 50_000),
        ("数万", 10_000),
        ("数千通", 1_000),
        ("5千30万", 50_300_000),
        ("不明", None),
        ("わからない", None),
        ("分かりません", None),
    ],
)
def test_counts(typed: str, count: int | None) -> None:
    assert parse_count(typed) == count


@pytest.mark.parametrize("typed", ["many", "-5", "3.4.5", "万", "30万万", "数", "1万2億"])
def test_unreadable_counts(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_count(typed)
    assert "数字で入力してください" in caught.value.message.render("ja")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-16 09:40", datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("2026/11/16 9:40", datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("２０２６年１１月１６日　９時４０分", datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("2026年11月16日(月) 午後3時", datetime(2026, 11, 16, 15, 0, tzinfo=JST)),
        ("令和8年11月16日", datetime(2026, 11, 16, 0, 0, tzinfo=JST)),
        ("R8.11.16 10:05", datetime(2026, 11, 16, 10, 5, tzinfo=JST)),
        ("2026-11-16T00:40:00+00:00", datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
    ],
)
def test_dates_as_japanese_users_write_them(typed: str, expected: datetime) -> None:
    parsed = parse_datetime(typed, now=NOW)
    assert parsed == expected
    assert parsed.utcoffset() is not None


@pytest.mark.parametrize(
    ("typed", "expected_ja"),
    [
        ("2026-02-30", "2026年2月30日は存在しない日付です"),
        ("2026年2月29日", "2026年2月29日は存在しない日付です"),
        ("2026-11-16 25:00", "正しい時刻ではありません"),
        ("2027-01-01", "未来の日時です"),
        # 「きのう」 is read now (relative to today); a week is too vague to be one time.
        ("先週", "日時として読み取れません"),
    ],
)
def test_impossible_dates_are_explained(typed: str, expected_ja: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_datetime(typed, now=NOW)
    assert expected_ja in caught.value.message.render("ja")


def test_huge_paste_is_refused_with_a_message() -> None:
    with pytest.raises(InputError) as caught:
        normalize_domain("example.co.jp " * 10_000)
    assert "長すぎます" in caught.value.message.render("ja")


def test_fold_width_keeps_japanese_text() -> None:
    assert fold_width("ＡＢＣ　１２３。") == "ABC 123."
    assert fold_width("株式会社やまだ商店") == "株式会社やまだ商店"


# -- fuzzing: every normaliser either returns a value or raises InputError with a message -------

_any_text = st.text(alphabet=st.characters(blacklist_categories=()), max_size=300) | st.from_regex(
    r"[A-Za-z0-9０-９ａ-ｚ.．。@＠:\-_/ ]{0,40}", fullmatch=True
)


def _only_input_errors(func, text: str) -> object:  # type: ignore[no-untyped-def]
    try:
        return func(text)
    except InputError as error:
        assert error.message.render("ja")
        assert error.message.render("en")
        return None


@settings(max_examples=400, deadline=None)
@given(_any_text)
def test_fuzz_normalize_domain(text: str) -> None:
    domain = _only_input_errors(normalize_domain, text)
    if domain is not None:
        again = normalize_domain(domain.unicode)  # type: ignore[attr-defined]
        assert again == domain
        assert domain.ascii.isascii()  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(_any_text)
def test_fuzz_normalize_email(text: str) -> None:
    address = _only_input_errors(normalize_email, text)
    if address is not None:
        assert normalize_email(address.display) == address  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(_any_text)
def test_fuzz_normalize_ip(text: str) -> None:
    _only_input_errors(normalize_ip, text)


@settings(max_examples=300, deadline=None)
@given(
    _any_text | st.from_regex(r"[0-9０-９,.万千百十億約通数一二三五九以上 ]{0,20}", fullmatch=True)
)
def test_fuzz_parse_count(text: str) -> None:
    value = _only_input_errors(parse_count, text)
    assert value is None or (isinstance(value, int) and value >= 0)
    reading = _only_input_errors(read_count, text)
    if reading is not None:
        assert reading.value == value  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_digits_round_trip(number: int) -> None:
    for typed in (str(number), f"{number:,}", fold_width(str(number)).translate(_FULL_WIDTH)):
        reading = read_count(typed)
        assert reading is not None
        assert (reading.value, reading.at_least, reading.approximate) == (number, False, False)


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    ("typed", "value", "at_least", "approximate"),
    [
        ("数十万通", 100_000, True, True),
        ("30万以上", 300_000, True, False),
        ("約5万", 50_000, False, True),
        ("30万", 300_000, False, False),
        ("300000", 300_000, False, False),
    ],
)
def test_count_readings_keep_the_qualifiers(
    typed: str, value: int, at_least: bool, approximate: bool
) -> None:
    reading = read_count(typed)
    assert reading is not None
    assert (reading.value, reading.at_least, reading.approximate) == (value, at_least, approximate)
    assert reading.exact_digits == (typed == "300000")


def test_unknown_is_a_reading_without_a_number() -> None:
    reading = read_count("不明")
    assert reading is not None and reading.value is None and reading.unknown
    assert read_count("  ") is None


@settings(max_examples=300, deadline=None)
@given(
    _any_text
    | st.from_regex(
        r"(令和|R|平成)?[0-9０-９]{1,4}[年/.-][0-9]{1,2}[月/.-][0-9]{1,3}日?( [0-9]{1,2}:[0-9]{1,2})?",
        fullmatch=True,
    )
)
def test_fuzz_parse_datetime(text: str) -> None:
    value = _only_input_errors(lambda t: parse_datetime(t, now=NOW), text)
    assert value is None or value.utcoffset() is not None  # type: ignore[attr-defined]


# -- long whitespace runs and far-off years (parse_datetime runs on every keystroke) ---------

_SPACE_RUNS = st.text(alphabet=" \t\u3000\n", min_size=0, max_size=120)


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2026, 11, 27)),
    st.lists(_SPACE_RUNS, min_size=6, max_size=6),
    st.sampled_from(["-", "/", "."]),
)
def test_dates_with_any_whitespace_between_their_parts_are_read(
    moment: datetime, spaces: list[str], sep: str
) -> None:
    a, b, c, d, e, f = spaces
    typed = (
        f"{a}{moment.year}{b}{sep}{c}{moment.month}{sep}{d}{moment.day}"
        f" {e}{moment.hour}:{moment.minute:02d}{f}"
    )
    expected = moment.replace(second=0, microsecond=0, tzinfo=JST)
    assert parse_datetime(typed, now=NOW) == expected
    kanji = f"{a}{moment.year}{b}年{c}{moment.month}月{d}{moment.day}日{e}{moment.hour}時{f}"
    assert parse_datetime(kanji, now=NOW) == expected.replace(minute=0)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(
        [
            "2026-11-20",
            "2026年11月20日",
            "令和8年11月20日 (金)",
            "2026/11/20 9:",
            "昨日の夜",
            "16日 9時",
        ]
    ),
    st.integers(1, 980),
    st.sampled_from(["x", "ｘ", "9:3x", "(金", "分秒"]),
)
def test_a_long_whitespace_run_before_garbage_is_refused_with_the_text_shown(
    start: str, count: int, garbage: str
) -> None:
    typed = (start + " " * count + garbage)[:1000]
    with pytest.raises(InputError) as caught:
        parse_datetime(typed, now=NOW)
    shown = caught.value.message.render("en")
    assert "  " not in shown  # the run is shown as one space, not hundreds
    assert "is not a date and time we can read" in shown


@pytest.mark.parametrize(
    "typed",
    [
        "0001-01-01T00:00+14:00",
        "9999-12-31T23:59-05:00",
        "1989-12-31",
        "平成元年1月8日",
        "2101-01-01",
        "令和99年1月1日",
    ],
)
def test_far_off_years_are_refused_with_a_message(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_datetime(typed, now=NOW, allow_future=True)
    assert "1990" in caught.value.message.render("ja")
    assert "2100" in caught.value.message.render("en")


def test_every_accepted_year_can_be_shown_in_jst() -> None:
    from datetime import timedelta

    from app.core.normalize import format_jst

    for typed in ("1990-01-01T00:00-12:00", "2100-12-31T23:59+14:00", "2100-12-31T23:59-12:00"):
        assert format_jst(parse_datetime(typed, now=NOW, allow_future=True))
    # Far-off dates reach format_jst from hand-edited case files only: shown, never a crash.
    far = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14)))
    assert format_jst(far) == "0001-01-01 00:00+14:00"
    late = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5)))
    assert format_jst(late, with_seconds=True) == "9999-12-31 23:59:00-05:00"


@pytest.mark.parametrize(
    ("typed", "now", "expected"),
    [
        ("11月16日 9:40", NOW, datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("１１月１６日　９時４０分", NOW, datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("11/16 9:40", NOW, datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("11月16日", NOW, datetime(2026, 11, 16, tzinfo=JST)),
        # Early January: mid-December is last year's, not eleven months ahead.
        (
            "12月20日 10:00",
            datetime(2027, 1, 5, tzinfo=JST),
            datetime(2026, 12, 20, 10, tzinfo=JST),
        ),
        # The year is the one in Japan: 2026-12-31 20:00 UTC is already 2027 in JST.
        (
            "1月1日 3:00",
            datetime(2026, 12, 31, 20, 0, tzinfo=UTC),
            datetime(2027, 1, 1, 3, 0, tzinfo=JST),
        ),
    ],
)
def test_dates_without_a_year_are_this_years_or_last_years(
    typed: str, now: datetime, expected: datetime
) -> None:
    assert parse_datetime(typed, now=now) == expected


def test_a_date_without_a_year_that_does_not_exist_is_explained() -> None:
    with pytest.raises(InputError) as caught:
        parse_datetime("2月30日", now=NOW)
    assert "存在しない日付です" in caught.value.message.render("ja")


def test_a_weekday_without_a_time_is_read() -> None:
    assert parse_datetime("2026年11月16日(月)", now=NOW) == datetime(2026, 11, 16, tzinfo=JST)


# -- a website address pasted where the mail domain belongs ----------------------------------


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [
        ("https://www.example.co.jp/", "example.co.jp"),
        ("http://www.example.com/contact?x=1", "example.com"),
        ("www.example.co.jp", "example.co.jp"),
        ("ＷＷＷ．例え．ｊｐ", "例え.jp"),
        ("https://example.co.jp/", None),  # a URL without www already names the mail domain
        ("example.co.jp", None),
        ("taro@example.co.jp", None),
        ("www.jp", None),  # nothing left to suggest
        ("shop.example.co.jp", None),
    ],
)
def test_website_addresses_suggest_the_mail_domain(typed: str, suggestion: str | None) -> None:
    from app.core.normalize import website_domain_suggestion

    found = website_domain_suggestion(typed)
    assert (found.unicode if found else None) == suggestion
    # The typed value itself is still accepted as written: the owner decides.
    assert normalize_domain(typed)


@settings(max_examples=300, deadline=None)
@given(
    _any_text
    | st.from_regex(r"(https?://)?(www\.)?[a-z]{1,8}(\.[a-z]{2,3}){1,2}/?", fullmatch=True)
)
def test_fuzz_website_domain_suggestion(text: str) -> None:
    from app.core.normalize import website_domain_suggestion

    suggestion = website_domain_suggestion(text)
    if suggestion is not None:
        assert normalize_domain(suggestion.unicode) == suggestion
        assert not suggestion.ascii.startswith("www.")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("０３－１２３４－５６７８", "03-1234-5678"),
        ("03ー1234ー5678", "03-1234-5678"),
        ("（０３）１２３４‐５６７８", "（03）1234-5678"),
        ("03-0000-5678（代表）", "03-0000-5678（代表）"),
        ("  03-1234-5678　内線　12 ", "03-1234-5678 内線 12"),
        ("", ""),
    ],
)
def test_phone_numbers_are_made_half_width(typed: str, expected: str) -> None:
    from app.core.normalize import normalize_phone

    assert normalize_phone(typed) == expected


@settings(max_examples=300, deadline=None)
@given(_any_text | st.from_regex(r"[0-9０-９\-－ー‐（）() 　内線代表]{0,24}", fullmatch=True))
def test_fuzz_normalize_phone(text: str) -> None:
    from app.core.normalize import normalize_phone

    tidied = normalize_phone(text)
    assert normalize_phone(tidied) == tidied  # leaving the field twice changes nothing more
    assert not any("０" <= c <= "９" for c in tidied)
    # Nothing the owner wrote is dropped: only spaces are merged or trimmed.
    assert len(tidied.replace(" ", "")) == len("".join(text.split()))


@settings(max_examples=300, deadline=None)
@given(
    _any_text
    | st.from_regex(r"(_[a-z0-9_-]{0,8}\.)?[a-z0-9_-]{1,10}\.(jp|example|co\.jp)", fullmatch=True)
)
def test_fuzz_normalize_domain_with_service_labels(text: str) -> None:
    domain = _only_input_errors(lambda t: normalize_domain(t, service_labels=True), text)
    if domain is not None:
        again = normalize_domain(domain.unicode, service_labels=True)  # type: ignore[attr-defined]
        assert again == domain
        # An underscore only starts a label (a service name), never sits inside a host name.
        for label in domain.ascii.split("."):  # type: ignore[attr-defined]
            assert "_" not in label or label.startswith("_")


def test_a_latin_name_typed_full_width_is_made_half_width() -> None:
    assert (
        normalize_latin_name("Ｙａｍａｄａ　Ｓｈｏｔｅｎ　Ｃｏ．，　Ｌｔｄ．")
        == "Yamada Shoten Co., Ltd."
    )
    assert normalize_latin_name("  Taro   Yamada ") == "Taro Yamada"
    # Letters beyond ASCII and Japanese are kept as written (the request points them out).
    assert normalize_latin_name("Tōkyō Café やまだ") == "Tōkyō Café やまだ"


@given(st.text(max_size=200))
@settings(max_examples=300)
def test_tidying_a_latin_name_twice_changes_nothing(text: str) -> None:
    once = normalize_latin_name(text)
    assert normalize_latin_name(once) == once


# -- ranges and rates in the spam volume (owners write 「30万～40万」 and 「1日に1万通」) --------


@pytest.mark.parametrize(
    ("typed", "low", "high", "approximate"),
    [
        ("30万～40万", 300_000, 400_000, False),
        ("30万〜40万通", 300_000, 400_000, False),
        ("30-40万", 300_000, 400_000, False),
        ("３０－４０万", 300_000, 400_000, False),
        ("三十〜四十万", 300_000, 400_000, False),
        ("30万通から40万通くらい", 300_000, 400_000, True),
        ("約30万~40万件", 300_000, 400_000, True),
        ("5000〜1万", 5_000, 10_000, False),
        ("3〜5千", 3_000, 5_000, False),
        ("300000 to 400000", 300_000, 400_000, False),
    ],
)
def test_a_range_is_read_as_its_lower_figure(
    typed: str, low: int, high: int, approximate: bool
) -> None:
    reading = read_count(typed)
    assert reading is not None
    assert (reading.value, reading.upper) == (low, high)
    # Stored like 「30万以上」: the lower bound, with the owner's words kept for the report.
    assert reading.at_least and not reading.exact_digits
    assert reading.approximate == approximate


@pytest.mark.parametrize("typed", ["40万〜30万", "30万-40"])
def test_a_range_the_wrong_way_round_is_explained(typed: str) -> None:
    with pytest.raises(InputError) as caught:
        read_count(typed)
    assert "小さい数を先に" in caught.value.message.render("ja")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("1日に1万通くらい", "10,000 × 日数"),
        ("毎日1万通", "10,000 × 日数"),
        ("1万通/日", "10,000 × 日数"),
        ("一日に五千通", "5,000 × 日数"),
    ],
)
def test_a_number_per_day_asks_for_the_total(typed: str, shown: str) -> None:
    with pytest.raises(InputError) as caught:
        read_count(typed)
    ja = caught.value.message.render("ja")
    assert "1 日あたり" in ja and "合計" in ja and shown in ja
    assert "per day" in caught.value.message.render("en")


def test_a_number_per_hour_asks_for_the_total_and_a_month_is_no_rate() -> None:
    with pytest.raises(InputError) as caught:
        read_count("1時間に500通")
    assert "合計" in caught.value.message.render("ja")
    with pytest.raises(InputError) as caught:
        read_count("1月に30万通")  # sent in January: not "per month", just not a number
    assert "数字で入力してください" in caught.value.message.render("ja")


_COUNT_PIECES = st.sampled_from(
    [
        "3",
        "０",
        "十",
        "万",
        "億",
        "数",
        "約",
        "以上",
        "くらい",
        "通",
        "〜",
        "～",
        "-",
        "－",
        "から",
        "1日",
        "毎日",
        "に",
        "/",
        " ",
        "\u3000",
        ",",
        ".",
        "to",
        "時間",
    ]
)


@settings(max_examples=400, deadline=None)
@given(_any_text | st.lists(_COUNT_PIECES, max_size=40).map("".join))
def test_fuzz_read_count_ranges_and_rates(text: str) -> None:
    reading = _only_input_errors(read_count, text)
    if reading is not None and reading.value is not None:  # type: ignore[attr-defined]
        assert reading.value >= 0  # type: ignore[attr-defined]
        upper = reading.upper  # type: ignore[attr-defined]
        assert upper is None or upper >= reading.value  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None)
@given(st.lists(_COUNT_PIECES, min_size=1, max_size=6).map("".join), st.integers(1, 999))
def test_long_count_input_is_answered(piece: str, repeat: int) -> None:
    # Up to the 1000-character limit: a pattern that backtracks would hang here.
    _only_input_errors(read_count, (piece * repeat)[:1000])
    _only_input_errors(read_count, "30万" + " " * (repeat % 990) + "〜40万")


# -- times relative to today (「16日 9時」「昨日の夜9時」「今朝9時」) ------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("16日 9時", datetime(2026, 11, 16, 9, 0, tzinfo=JST)),
        ("１６日　９時４０分", datetime(2026, 11, 16, 9, 40, tzinfo=JST)),
        ("今朝9時", datetime(2026, 11, 27, 9, 0, tzinfo=JST)),
        ("今日 10:30", datetime(2026, 11, 27, 10, 30, tzinfo=JST)),
        ("昨日の夜9時", datetime(2026, 11, 26, 21, 0, tzinfo=JST)),
        ("昨夜11時頃", datetime(2026, 11, 26, 23, 0, tzinfo=JST)),
        ("きのう 午後3時半", datetime(2026, 11, 26, 15, 30, tzinfo=JST)),
        ("おととい", datetime(2026, 11, 25, 0, 0, tzinfo=JST)),
        ("昨日", datetime(2026, 11, 26, 0, 0, tzinfo=JST)),
        # A day still to come this month is last month's (an incident is reported after it).
        ("28日 9時", datetime(2026, 10, 28, 9, 0, tzinfo=JST)),
        ("31日", datetime(2026, 10, 31, 0, 0, tzinfo=JST)),
    ],
)
def test_times_relative_to_today_are_read(typed: str, expected: datetime) -> None:
    reading = read_datetime(typed, now=NOW)
    assert reading.value == expected and reading.relative
    assert parse_datetime(typed, now=NOW) == expected


def test_a_relative_time_uses_the_one_clock_tests_can_set(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import app.core.normalize as normalize

    monkeypatch.setattr(normalize, "now_jst", lambda: datetime(2026, 1, 1, 8, 0, tzinfo=JST))
    assert parse_datetime("昨日の夜9時") == datetime(2025, 12, 31, 21, 0, tzinfo=JST)
    assert parse_datetime("16日") == datetime(2025, 12, 16, tzinfo=JST)
    assert not read_datetime("2025-12-31 21:00").relative


@pytest.mark.parametrize(
    ("typed", "expected_ja"),
    [
        ("昨日の夜", "時刻がありません"),
        ("今朝", "時刻がありません"),
        ("昨夜2時", "日付を入れてください"),
        ("昨日の深夜1時", "日付を入れてください"),
        ("9時", "日付がありません"),
        ("夜8時半", "日付がありません"),
        ("今日 13時", "未来の日時です"),
        ("31日 9時", None),  # last month (October) has a 31st: read, not refused
    ],
)
def test_relative_times_that_cannot_be_read_say_what_to_write(
    typed: str, expected_ja: str | None
) -> None:
    if expected_ja is None:
        assert parse_datetime(typed, now=NOW) == datetime(2026, 10, 31, 9, 0, tzinfo=JST)
        return
    with pytest.raises(InputError) as caught:
        parse_datetime(typed, now=NOW)
    assert expected_ja in caught.value.message.render("ja")


def test_a_day_that_last_month_lacks_is_explained() -> None:
    with pytest.raises(InputError) as caught:
        parse_datetime("31日", now=datetime(2026, 12, 10, 12, 0, tzinfo=JST))
    assert "存在しない日付です" in caught.value.message.render("ja")


@settings(max_examples=300, deadline=None)
@given(
    _any_text
    | st.from_regex(
        r"(今日|昨日|きのう|一昨日|今朝|昨夜|[0-9０-９]{1,2}日)(の)?(夜|朝|午後|深夜)?"
        r"( ?[0-9]{1,2}[時:]([0-9]{1,2}|半)?)?(頃)?",
        fullmatch=True,
    )
)
def test_fuzz_relative_times(text: str) -> None:
    value = _only_input_errors(lambda t: parse_datetime(t, now=NOW), text)
    assert value is None or value <= NOW + timedelta(minutes=5)  # type: ignore[operator]


def test_hundreds_of_digits_are_refused_not_a_crash() -> None:
    # Found by the fuzzing above: the number became an infinite float and round() raised.
    with pytest.raises(InputError):
        read_count("3" * 400)
    with pytest.raises(InputError):
        read_count("3" * 400 + "〜" + "4" * 400)


@pytest.mark.parametrize(
    ("typed", "domain", "expected"),
    [
        ("info", "example.co.jp", "info@example.co.jp"),
        ("info@", "example.co.jp", "info@example.co.jp"),
        (" ｉｎｆｏ ", "example.co.jp", "info@example.co.jp"),
        ("info@other.jp", "example.co.jp", "info@other.jp"),
        ("in fo", "example.co.jp", "in fo"),
        ("a@@", "example.co.jp", "a@@"),
        ("@", "example.co.jp", "@"),
        ("", "example.co.jp", ""),
        ("info", "", "info"),
    ],
)
def test_a_mailbox_name_is_completed_with_the_domain(
    typed: str, domain: str, expected: str
) -> None:
    from app.core.normalize import complete_address

    assert complete_address(typed, domain) == expected
