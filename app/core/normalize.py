"""Normalise what people type: full-width characters, domains, addresses, IPs, counts, dates.

Japanese input methods produce full-width letters and digits (`ｅｘａｍｐｌｅ．ｃｏ．ｊｐ`,
`２０３．０．１１３．５`) and ideographic full stops (`。`). Everything address-like goes through
`fold_width` first. Every problem is raised as `InputError` carrying a message that says what is
wrong and how to fix it, so the UI can show it next to the field without losing what was typed.
"""

from __future__ import annotations

import ipaddress
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP

JST = timezone(timedelta(hours=9), "JST")

# Dashes people type (or an IME inserts) where an ASCII hyphen is meant, and the
# ideographic space; NFKC leaves them as they are.
_DASHES_AND_SPACE = {
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "\u3000": " ",
}

# After NFKC these still differ from ASCII: ideographic full stop and comma, dashes, space.
_AFTER_NFKC = str.maketrans({"。": ".", "、": ",", **_DASHES_AND_SPACE})

MAX_INPUT = 1000  # longer "addresses" are pastes gone wrong; refuse them before any parsing

_COMMON_TLD_TYPOS = {
    "con": "com",
    "cmo": "com",
    "ocm": "com",
    "co.jo": "co.jp",
    "ne.jo": "ne.jp",
    "or.jo": "or.jp",
    "cojp": "co.jp",
    "nejp": "ne.jp",
    "jo": "jp",
}


def fold_width(text: str) -> str:
    """NFKC-fold full-width letters/digits/symbols to ASCII and unify dots, dashes and spaces."""
    return unicodedata.normalize("NFKC", text).translate(_AFTER_NFKC)


_PHONE_LONG_VOWEL = re.compile(r"(?<=\d)\s*[ーｰ]\s*(?=\d)")


# Only digits, plus, dashes and spaces: a phone field keeps the owner's 「（代表）」 as typed.
_PHONE_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + d): str(d) for d in range(10)},
        "＋": "+",
        "－": "-",
        **_DASHES_AND_SPACE,
    }
)


def normalize_phone(text: str) -> str:
    """A phone number as typed, with full-width digits, dashes and spaces made half-width
    (「０３－１２３４－５６７８」 -> "03-1234-5678"); a long-vowel mark typed between digits
    (「03ー1234ー5678」) is read as a dash. Anything else (「（代表）」, 「内線」) is kept as
    written."""
    folded = text.translate(_PHONE_WIDTH).strip()
    return re.sub(r"\s+", " ", _PHONE_LONG_VOWEL.sub("-", folded))


def normalize_latin_name(text: str) -> str:
    """A name in Latin letters as typed, with full-width letters, digits and punctuation made
    half-width (「Ｙａｍａｄａ　Ｓｈｏｔｅｎ」 -> "Yamada Shoten", as a Japanese input method in
    full-width mode types it) and runs of spaces made one. Anything else is kept as written."""
    folded = "".join(
        unicodedata.normalize("NFKC", ch) if "\uff01" <= ch <= "\uff5e" or ch == "\u3000" else ch
        for ch in text
    )
    return re.sub(r"\s+", " ", folded).strip()


def _too_long(text: str) -> None:
    if len(text) > MAX_INPUT:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "The text is too long ({length} characters). Please enter one value."
            ).with_args(length=len(text))
        )


@dataclass(frozen=True)
class DomainName:
    """A domain as the user writes it (Unicode) and as DNS needs it (A-label / punycode)."""

    unicode: str
    ascii: str

    def __str__(self) -> str:
        return self.unicode


_LABEL_OK = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
# A DNS name that is not a host name: `_spf.example.jp`, `_dmarc`, `_domainkey` (RFC 2181 11).
_SERVICE_LABEL_OK = re.compile(r"^_[a-z0-9_-]*[a-z0-9]$|^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")


def normalize_domain(text: str, *, service_labels: bool = False) -> DomainName:
    """Parse a domain typed by a person; accepts a pasted URL or mail address and full-width input.

    Raises InputError with an explanation (and a suggestion for common typos such as `.co.jo`).
    With `service_labels`, labels may start with an underscore (`_spf.example.jp`, where
    providers publish the SPF records that customers include).
    """
    label_ok = _SERVICE_LABEL_OK if service_labels else _LABEL_OK
    _too_long(text)
    value = fold_width(text).strip().strip(".").lower()
    if "://" in value:
        value = value.split("://", 1)[1]
    value = value.split("/", 1)[0].split("?", 1)[0]
    if "@" in value:
        value = value.rsplit("@", 1)[1]
    value = value.strip().rstrip(".")
    if not value:
        raise InputError(QT_TRANSLATE_NOOP("input", "Please enter a domain name."))
    if any(ch.isspace() for ch in value):
        raise InputError(
            QT_TRANSLATE_NOOP("input", "A domain name cannot contain spaces: “{value}”.").with_args(
                value=value
            )
        )
    if "," in value:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "“{value}” contains a comma (,). Domain names use dots (.): {suggestion}"
            ).with_args(value=value, suggestion=value.replace(",", "."))
        )
    if ".." in value:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "“{value}” has two dots in a row.").with_args(value=value)
        )
    labels = value.split(".")
    if len(labels) < 2:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input",
                "“{value}” has no ending such as .co.jp or .com. Example: example.co.jp",
            ).with_args(value=value)
        )
    if labels[-1].isdigit():
        try:
            ipaddress.ip_address(value)
        except ValueError:
            pass
        else:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input", "“{value}” is an IP address. Please enter the domain name."
                ).with_args(value=value)
            )
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "“{value}” does not end in a valid ending such as .jp or .com."
            ).with_args(value=value)
        )
    for typo, fix in _COMMON_TLD_TYPOS.items():
        if value.endswith("." + typo):
            suggestion = value[: -len(typo)] + fix
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input", "“{value}” looks mistyped. Did you mean {suggestion}?"
                ).with_args(value=value, suggestion=suggestion)
            )
    ascii_labels = []
    for label in labels:
        if label.isascii():
            ascii_label = label
        else:
            try:
                ascii_label = label.encode("idna").decode("ascii")
            except UnicodeError:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "input", "“{label}” cannot be used in a domain name."
                    ).with_args(label=label)
                ) from None
        if len(ascii_label) > 63:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input", "A part of the domain is too long (at most 63 characters): {label}"
                ).with_args(label=label)
            )
        if not label_ok.match(ascii_label):
            # An underscore only as a service label (`_spf`), never inside a host name (`a_b`).
            service = service_labels and label.startswith("_") and len(label) > 1
            allowed = "-_" if service else "-"
            bad = next((ch for ch in label if not (ch.isalnum() or ch in allowed)), None)
            if bad is not None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                        "input", "“{char}” cannot be used in a domain name ({value})."
                    ).with_args(char=bad, value=value)
                )
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input",
                    "A part of a domain name cannot start or end with a hyphen (-): {label}",
                ).with_args(label=label)
            )
        ascii_labels.append(ascii_label)
    ascii_name = ".".join(ascii_labels)
    if len(ascii_name) > 253:
        raise InputError(QT_TRANSLATE_NOOP("input", "The domain name is too long."))
    unicode_name = ".".join(
        _to_unicode(label) if label.startswith("xn--") else label for label in ascii_labels
    )
    return DomainName(unicode=unicode_name, ascii=ascii_name)


def website_domain_suggestion(text: str) -> DomainName | None:
    """The mail domain to suggest when `text` looks like a website address (`https://www.…`).

    People copy the address bar instead of the part after @ in their mail address, and the
    `www.` host is then checked for SPF, DMARC and blacklists instead of the mail domain. Some
    companies do receive mail on `www.…`, so this only suggests: None when the text is not a
    URL or a `www.` name, when it is a mail address, or when nothing sensible is left.
    """
    try:
        typed = fold_width(text[:MAX_INPUT]).strip().lower()
        if "@" in typed or not ("://" in typed or typed.startswith("www.")):
            return None
        domain = normalize_domain(text)
    except InputError:
        return None
    if not domain.ascii.startswith("www."):
        return None
    rest = domain.ascii[len("www.") :]
    if "." not in rest:
        return None
    try:
        return normalize_domain(rest)
    except InputError:
        return None


def domain_forms(name: str) -> set[str]:
    """`name` in lower case plus its A-label and Unicode forms, so that 例え.jp and
    xn--r8jz45g.jp match even when one side stored only one of the two forms. Empty for an
    empty name."""
    plain = name.strip().rstrip(".").lower()
    if not plain:
        return set()
    try:
        parsed = normalize_domain(plain)
    except InputError:
        # A stored value the parser refuses (an old typo, say) still compares as written.
        return {plain}
    return {plain, parsed.ascii, parsed.unicode}


def _to_unicode(label: str) -> str:
    try:
        return label.encode("ascii").decode("idna")
    except UnicodeError:
        return label


@dataclass(frozen=True)
class MailAddress:
    """A mail address split into its local part and a normalised domain."""

    local: str
    domain: DomainName

    @property
    def display(self) -> str:
        """The address as people read it (Unicode domain)."""
        return f"{self.local}@{self.domain.unicode}"

    @property
    def ascii(self) -> str:
        """The address as mail servers and DNS use it (A-label domain)."""
        return f"{self.local}@{self.domain.ascii}"

    def __str__(self) -> str:
        return self.display


_LOCAL_OK = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")


def complete_address(text: str, domain: str) -> str:
    """`text` as a mail address of `domain` when it is only the part before @ ("info" or
    "info@", the way the owner names a mailbox: 「info@ のアカウント」); anything else, or no
    domain, is returned as typed. Full-width is folded; surrounding spaces are dropped."""
    value = fold_width(text).strip()
    if not domain or not value or value.count("@") > 1:
        return text
    local = value[:-1] if value.endswith("@") else value
    if "@" in local or not _LOCAL_OK.match(local):
        return text
    return f"{local}@{domain}"


def normalize_email(text: str) -> MailAddress:
    """Parse a mail address typed by a person (full-width accepted); raise InputError if wrong."""
    _too_long(text)
    value = fold_width(text).strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    if not value:
        raise InputError(QT_TRANSLATE_NOOP("input", "Please enter a mail address."))
    if value.count("@") != 1:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "“{value}” is not a mail address: it needs exactly one @."
            ).with_args(value=value)
        )
    local, domain_text = value.split("@")
    if not local:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "The part before @ is missing: “{value}”.").with_args(
                value=value
            )
        )
    if not _LOCAL_OK.match(local):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "The part before @ contains characters that are not allowed: “{local}”."
            ).with_args(local=local)
        )
    if len(local) > 64:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "The part before @ is too long (at most 64 characters).")
        )
    if not domain_text.strip():
        raise InputError(
            QT_TRANSLATE_NOOP("input", "The part after @ is missing: “{value}”.").with_args(
                value=value
            )
        )
    return MailAddress(local=local, domain=normalize_domain(domain_text))


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def normalize_ip(text: str) -> IPAddress:
    """Parse an IPv4/IPv6 address (full-width, brackets, `::ffff:a.b.c.d` -> IPv4)."""
    _too_long(text)
    value = fold_width(text).strip().strip("[]").strip()
    if "%" in value:  # zone index of a link-local address is meaningless for blacklists
        value = value.split("%", 1)[0]
    if not value:
        raise InputError(QT_TRANSLATE_NOOP("input", "Please enter an IP address."))
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        if re.fullmatch(r"[0-9.]+", value) and any(
            len(part) > 1 and part.startswith("0") for part in value.split(".")
        ):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input", "Write “{value}” without leading zeros, e.g. 192.0.2.1."
                ).with_args(value=value)
            ) from None
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "“{value}” is not an IP address (example: 203.0.113.25)."
            ).with_args(value=value)
        ) from None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


# 億 and 万 group a number of up to four places; 千, 百 and 十 work inside such a group.
_BIG_UNITS = {"億": 100_000_000, "万": 10_000}
_SMALL_UNITS = {"千": 1_000, "百": 100, "十": 10}
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# 数 ("a few") stands where a digit would: 数十万 is read as at least 十万.
_FEW = "数"
_UNKNOWN_WORDS = re.compile(
    r"^(不明|不明です|わからない|分からない|わかりません|分かりません|わからず|未確認|"
    r"unknown|not known|\?+|？+)$",
    re.I,
)
_APPROX_PREFIX = re.compile(
    r"^(約|およそ|おおよそ|だいたい|大体|ほぼ|推定|ca\.?|about|approx\.?|around|~|〜)\s*",
    re.I,
)
_MAIL_WORD = re.compile(r"\s*(通|件|mails?|messages?|e-?mails?)$", re.I)
# Words after the number; each either makes it a lower bound or an approximation.
_AT_LEAST_SUFFIX = re.compile(r"\s*(以上|超|あまり|余り|強|or more|\+|〜|~)$", re.I)
_APPROX_SUFFIX = re.compile(r"\s*(程度|くらい|ぐらい|位|ほど|前後|弱)$")


@dataclass(frozen=True)
class CountReading:
    """How a typed count was read.

    `value` is the number, or the lower bound for `数十万` / `30万以上` / `30万〜40万`
    (`at_least`); None when the owner wrote that it is unknown (`unknown`). `upper` is the
    higher figure of a range (`30万〜40万`), else None. `approximate` is set for `約`, `数…`
    and the like. `exact_digits` is True when the text was only a number written in digits,
    so the typed wording adds nothing to the number.
    """

    value: int | None
    at_least: bool = False
    approximate: bool = False
    unknown: bool = False
    exact_digits: bool = False
    upper: int | None = None


def _small_group(value: str, position: int) -> tuple[float, int, bool, bool] | None:
    """Read `三十五` / `1.5千` / `数百` up to a 万 or 億 unit: (value, end, used 数, ended
    in a 数 without a unit)."""
    total = 0.0
    few = bare_few = False
    last_unit = float("inf")
    start = position
    while position < len(value):
        match = _NUMBER.match(value, position)
        if match:
            number: float | None = float(match.group())
            position = match.end()
        elif value[position] == _FEW:
            number, few = 1.0, True
            position += 1
        else:
            number = None
        unit_char = value[position] if position < len(value) else ""
        if unit_char in _SMALL_UNITS:
            unit = _SMALL_UNITS[unit_char]
            if unit >= last_unit:
                return None
            total += (1.0 if number is None else number) * unit
            last_unit = unit
            position += 1
            continue
        if number is None:
            break
        # A number without a small unit ends the group (`二十五`: the 5 is the last piece).
        # 数 needs a unit after it: on its own ("数", "数通") it is no number at all.
        if few and not match:
            bare_few = True
        total += number
        break
    if position == start:
        return None
    return total, position, few, bare_few


def _count_with_units(value: str) -> tuple[int, bool] | None:
    """`1億2000万` -> 120000000, `三十万` -> 300000, `数十万` -> (100000, True for 数)."""
    total = 0.0
    few = False
    position = 0
    last_unit = float("inf")
    while position < len(value):
        group = _small_group(value, position)
        if group is None:
            return None
        number, position, group_few, bare_few = group
        few = few or group_few
        unit = 1
        if position < len(value) and value[position] in _BIG_UNITS:
            unit = _BIG_UNITS[value[position]]
            position += 1
        if unit >= last_unit or (bare_few and unit == 1):
            return None
        total += number * unit
        last_unit = unit
    # Hundreds of digits (a paste gone wrong) make an infinite float: no count at all.
    if not value or not math.isfinite(total):
        return None
    return round(total), few


# The sign between the two figures of a range (30万〜40万, 30-40万, 30万から40万). `~` also
# stands for ～ (NFKC folds it) and an ASCII `-` for every dash `fold_width` unifies.
_RANGE_SEPARATOR = re.compile(r"~|〜|-|から|\bto\b", re.I)
# A number per day or per hour (1日に1万通, 毎日1万通, 1万通/日) is no total.
_PER_DAY = re.compile(
    r"(?<![0-9])(?:1|一)\s*日(?:間)?\s*(?:に|で|あたり|当たり)?|毎日|日に|日あたり|日当たり|/\s*日|"
    r"per\s+day|a\s+day|daily",
    re.I,
)
_PER_OTHER = re.compile(
    # Not 1月 or 月に: 「1月に30万通」 is a total, sent in January.
    r"(?<![0-9])(?:1|一)\s*(?:時間|週間?|か月|ヶ月|カ月|ケ月)|毎時|毎週|毎月|時間に|時間あたり|週に|"
    r"/\s*(?:時間?|h|週|月)|per\s+(?:hour|week|month)|an\s+hour|a\s+week|a\s+month|"
    r"hourly|weekly|monthly",
    re.I,
)
_UNREADABLE_COUNT = QT_TRANSLATE_NOOP(
    "input", "Please enter a number, for example 300000 or 30万: “{value}”."
)


def read_count(text: str) -> CountReading | None:
    """Read a count the ways owners write it; None for empty text.

    Accepts digits (`300000`, `300,000`, full-width), kanji numerals and units (`三十万`,
    `1億2000万`), `数十万` / `数万` / `数千` (read as a lower bound), qualifiers before
    (`約`, `およそ`) and after (`以上`, `程度`), a range (`30万〜40万`, `30-40万`: its lower
    figure is the number, as for `以上`), and `不明` / `わからない` for unknown.
    Raises InputError when nothing sensible can be read, and explains that a number per day
    (`1日に1万通`) is not the total the field asks for.
    """
    _too_long(text)
    value = fold_width(text).strip()
    if not value:
        return None
    if _UNKNOWN_WORDS.match(value):
        return CountReading(value=None, unknown=True)
    _refuse_rates(value, text)
    exact_digits = bool(re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})+|[0-9]+", value))
    value, approximate, at_least = _strip_qualifiers(value)
    low_text, high_text = _split_range(value)
    if high_text is None:
        counted = _amount(low_text)
        if counted is None:
            raise InputError(_UNREADABLE_COUNT.with_args(value=text.strip()))
        number, few = counted
        return CountReading(
            value=number,
            at_least=at_least or few,
            approximate=approximate or few,
            exact_digits=exact_digits,
        )
    low_clean = _strip_qualifiers(low_text)[0].translate(_KANJI_DIGITS)
    high_clean = _strip_qualifiers(high_text)[0].translate(_KANJI_DIGITS)
    low, high = _amount(low_clean), _amount(high_clean)
    if low is None or high is None:
        raise InputError(_UNREADABLE_COUNT.with_args(value=text.strip()))
    # 30-40万, 三十〜四十万: the unit written once, after the higher figure, belongs to both;
    # unless that makes the lower one the larger (5000〜1万 is 5,000 to 10,000).
    unit = high_clean[-1:]
    if (unit in _BIG_UNITS and not any(u in low_clean for u in _BIG_UNITS)) or (
        unit in _SMALL_UNITS and re.fullmatch(r"[0-9.,\s]+", low_clean)
    ):
        scaled = _amount(low_clean + unit)
        if scaled is not None and scaled[0] <= high[0]:
            low = scaled
    if low[0] > high[0]:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input",
                "Please write a range with the smaller number first, for example 30万〜40万: "
                "“{value}”.",
            ).with_args(value=text.strip())
        )
    return CountReading(
        value=low[0],
        at_least=True,
        approximate=approximate or low[1] or high[1],
        upper=high[0],
    )


def _strip_qualifiers(value: str) -> tuple[str, bool, bool]:
    """`約30万通以上` -> ("30万", approximate, at least)."""
    approximate = at_least = False
    # Qualifiers and the 通/件 word can come in either order: 30万通以上, 30万以上の通 is rare.
    while True:
        before = value
        if match := _APPROX_PREFIX.match(value):
            approximate = True
            value = value[match.end() :]
        if match := _AT_LEAST_SUFFIX.search(value):
            at_least = True
            value = value[: match.start()]
        if match := _APPROX_SUFFIX.search(value):
            approximate = True
            value = value[: match.start()]
        value = _MAIL_WORD.sub("", value).strip()
        if value == before:
            return value, approximate, at_least


def _split_range(value: str) -> tuple[str, str | None]:
    """`30万〜40万` -> ("30万", "40万"); one figure -> (it, None). A sign at either end is no
    range (`-5`, and `30万〜` was read as 以上 before this)."""
    separators = list(_RANGE_SEPARATOR.finditer(value))
    if len(separators) != 1:
        return value, None if not separators else ""
    match = separators[0]
    low, high = value[: match.start()].strip(), value[match.end() :].strip()
    if not low or not high:
        return value, ""
    return low, high


def _amount(value: str) -> tuple[int, bool] | None:
    """One figure without qualifiers: (number, used 数), None when it is no number."""
    value = _MAIL_WORD.sub("", value).replace(",", "").replace(" ", "").translate(_KANJI_DIGITS)
    counted = _count_with_units(value) if value else None
    if counted is None or counted[0] > 10**12:
        return None
    return counted


def _refuse_rates(value: str, typed: str) -> None:
    """A number per day or per hour cannot be stored as the total: say what to write."""
    if match := _PER_DAY.search(value):
        rest = (value[: match.start()] + " " + value[match.end() :]).strip()
        per_day = _amount(_strip_qualifiers(rest)[0].translate(_KANJI_DIGITS))
        if per_day is not None and per_day[0] > 0:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input",
                    "“{value}” is a number per day. Please enter the total for the whole time: "
                    "{count} × the number of days (for 3 days, {example}).",
                ).with_args(
                    value=typed.strip(), count=f"{per_day[0]:,}", example=f"{per_day[0] * 3:,}"
                )
            )
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input",
                "“{value}” is a number per day. Please enter the total for the whole time: "
                "the number per day × the number of days.",
            ).with_args(value=typed.strip())
        )
    if _PER_OTHER.search(value):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input",
                "“{value}” is a number per hour, week or month. Please enter the total for the "
                "whole time, for example 30万.",
            ).with_args(value=typed.strip())
        )


def parse_count(text: str) -> int | None:
    """Parse a count such as `300000`, `30万`, `約３０万通`, `数十万通` (its lower bound);
    empty text and `不明` give None. See `read_count` for the qualifiers."""
    reading = read_count(text)
    return reading.value if reading is not None else None


_ERAS = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}

# The years a date in an incident can have; anything else is a typing mistake.
MIN_YEAR = 1990
MAX_YEAR = 2100
_YEAR_RANGE = QT_TRANSLATE_NOOP(
    "input", "The year {year} cannot be right. Please enter a date between {low} and {high}."
)
_SPACES = re.compile(r"\s+")


def now_jst() -> datetime:
    """The current time in Japan: the one clock that times relative to today (昨日, 今朝 9時,
    16日) are read against, so that tests can set it."""
    return datetime.now(JST)


@dataclass(frozen=True)
class DateTimeReading:
    """A typed date and time as read: `relative` when it was read against today (昨日 9時,
    16日 9時), so that the reading is worth showing and storing as the date it became."""

    value: datetime
    relative: bool = False


def parse_datetime(
    text: str, *, now: datetime | None = None, allow_future: bool = False
) -> datetime:
    """Parse a date/time the ways Japanese users write it; JST unless an offset is given.

    Accepts `2026-11-20 09:30`, `2026/11/20 9:30`, `2026年11月20日 9時30分`, `令和8年11月20日`,
    ISO 8601 with an offset, and times relative to today (`昨日 21時`, `今朝9時`, `16日 9時`;
    see `read_datetime`). A missing time means 00:00. Impossible dates (2月30日) and, unless
    `allow_future`, times in the future are explained. `now` defaults to `now_jst()`.
    """
    return read_datetime(text, now=now, allow_future=allow_future).value


def read_datetime(
    text: str, *, now: datetime | None = None, allow_future: bool = False
) -> DateTimeReading:
    """`parse_datetime`, saying also whether the text was read relative to today.

    Relative forms: 今日 / 本日, 昨日 / きのう, 一昨日 / おととい, 今朝, 今夜 / 今晩, 昨夜 /
    昨晩 / ゆうべ, optionally with a part of the day and the hour (`昨日の夜9時`), and a day of
    the month alone (`16日 9時`: the latest 16th not after today). A part of the day without
    an hour (`昨日の夜`), a night hour that could be either side of midnight (`昨夜2時`) and
    a time without a day (`9時`) are refused with what to write instead.
    """
    _too_long(text)
    # One space for every run of whitespace: the pattern then never has long runs to try
    # splitting between its optional spaces (it runs on every keystroke).
    value = _SPACES.sub(" ", fold_width(text)).strip()
    if not value:
        raise InputError(QT_TRANSLATE_NOOP("input", "Please enter a date and time."))
    now = now or now_jst()
    try:
        iso = datetime.fromisoformat(value)
    except ValueError:
        iso = None
    relative = False
    if iso is not None:
        result = iso if iso.tzinfo else iso.replace(tzinfo=JST)
    elif (match := _RELATIVE_RE.fullmatch(value)) is not None:
        result, relative = _relative_datetime(value, match, now), True
    else:
        result = _parse_japanese_datetime(value, now)
    # Far-off years are typing mistakes, and near year 1 or 9999 converting to JST or comparing
    # with an offset overflows: refuse them here, so every accepted date can be shown anywhere.
    if not MIN_YEAR <= result.year <= MAX_YEAR:
        raise InputError(_YEAR_RANGE.with_args(year=result.year, low=MIN_YEAR, high=MAX_YEAR))
    try:
        future = result > now + timedelta(minutes=5)
    except OverflowError:  # an odd `now`; the year check above covers `result`
        raise InputError(
            _YEAR_RANGE.with_args(year=result.year, low=MIN_YEAR, high=MAX_YEAR)
        ) from None
    if not allow_future and future:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "{when} is in the future. Please check the date.").with_args(
                when=result.astimezone(JST).strftime("%Y-%m-%d %H:%M")
            )
        )
    return DateTimeReading(result, relative)


# Words for the part of the day written before the hour (「朝9時」「夜8時」「深夜2時」), and the
# hours of a 12-hour clock that they move into the afternoon: 「夜8時」 is 20:00, 「深夜2時」
# stays 2:00 but 「深夜11時」 is 23:00, 「昼1時」 is 13:00 but 「昼11時」 stays 11:00.
_PART_OF_DAY: dict[str, range] = {
    "午前": range(0),
    "午後": range(12),
    "早朝": range(0),
    "未明": range(0),
    "朝": range(0),
    "昼": range(7),
    "夕方": range(12),
    "深夜": range(7, 12),
    "夜": range(5, 12),
    "AM": range(0),
    "PM": range(12),
}

# Used with fullmatch on text whose whitespace runs are single spaces. Every optional space is
# possessive (`\s*+`): once taken it is never given back, so a failing match costs linear time
# instead of trying every way of sharing spaces between neighbouring optional parts.
_DATE_RE = re.compile(
    r"(?:(?:(?P<era>令和|平成|R|H)\s*+(?P<eyear>\d{1,2}|元)|(?P<year>\d{4}))\s*+[年/.-]\s*+)?"
    r"(?P<month>\d{1,2})\s*+[月/.-]\s*+(?P<day>\d{1,2})\s*+日?\s*+(?:\(.\))?"
    rf"(?:\s*+T?\s*+(?P<ampm>{'|'.join(_PART_OF_DAY)})?\s*+(?P<hour>\d{{1,2}})\s*+[:時]\s*+"
    r"(?P<minute>\d{1,2}|半)?\s*+分?(?::\s*+(?P<second>\d{1,2})\s*+秒?)?)?\s*+"
    # 「9時頃」「9時過ぎ」: owners rarely know the minute; the hour they give is what is kept.
    r"(?:頃|ごろ|ころ|前後|くらい|ぐらい|過ぎ|すぎ)?\s*+",
    re.I,
)


# Days counted back from today (今日 0, 昨日 1), and the part of the day some words imply.
_RELATIVE_DAYS = {
    "一昨日": 2,
    "おととい": 2,
    "今日": 0,
    "本日": 0,
    "きょう": 0,
    "昨日": 1,
    "きのう": 1,
    "今朝": 0,
    "今夜": 0,
    "今晩": 0,
    "昨夜": 1,
    "昨晩": 1,
    "ゆうべ": 1,
    "夕べ": 1,
}
_IMPLIED_PART = {"今朝": "朝", "今夜": "夜", "今晩": "夜", "昨夜": "夜", "昨晩": "夜"}
_IMPLIED_PART.update(ゆうべ="夜", 夕べ="夜")
_NIGHT_PARTS = ("夜", "深夜")
_ROUGHLY = r"(?:頃|ごろ|ころ|前後|くらい|ぐらい|過ぎ|すぎ)?"
_CLOCK = (
    rf"(?P<ampm>{'|'.join(_PART_OF_DAY)})?\s*+"
    r"(?:(?P<hour>\d{1,2})\s*+[:時]\s*+(?P<minute>\d{1,2}|半)?\s*+分?)?\s*+" + _ROUGHLY + r"\s*+"
)
# 「昨日の夜9時」「今朝9時」「16日 9時」: possessive spaces, as in _DATE_RE.
_RELATIVE_RE = re.compile(
    rf"(?:(?P<word>{'|'.join(_RELATIVE_DAYS)})|(?P<day>\d{{1,2}})\s*+日)\s*+(?:\(.\))?\s*+の?\s*+"
    + _CLOCK,
    re.I,
)
# 「9時」「夜8時半」: a time of day without any day.
_TIME_ONLY_RE = re.compile(
    rf"(?:{'|'.join(_PART_OF_DAY)})?\s*+\d{{1,2}}\s*+[:時]\s*+(?:\d{{1,2}}|半)?\s*+分?\s*+"
    + _ROUGHLY
    + r"\s*+",
    re.I,
)


def _relative_datetime(value: str, match: re.Match[str], now: datetime) -> datetime:
    """「昨日の夜9時」 -> yesterday 21:00 in Japan; 「16日 9時」 -> the latest 16th, 9:00."""
    try:
        today = now.astimezone(JST).date()
    except (OverflowError, ValueError):
        today = now.date()
    word = match.group("word")
    part = (match.group("ampm") or "").upper() or _IMPLIED_PART.get(word or "", "")
    if part and match.group("hour") is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input",
                "“{value}” does not say the hour. Write it like 昨日 21時 or 11月16日 21時. If "
                "you do not know the time, the day alone is enough (昨日 or 11月16日).",
            ).with_args(value=value)
        )
    hour = int(match.group("hour") or 0)
    if part in _NIGHT_PARTS and hour < 12 and hour not in _PART_OF_DAY[part]:
        # 「昨夜2時」: yesterday's night, but after midnight, so today? Nobody can tell.
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input",
                "“{value}” could be before or after midnight. Please write the date, "
                "like 11月16日 2時.",
            ).with_args(value=value)
        )
    if part and hour in _PART_OF_DAY[part]:
        hour += 12
    minute_text = match.group("minute") or "0"
    minute = 30 if minute_text == "半" else int(minute_text)
    if word:
        try:
            day = today - timedelta(days=_RELATIVE_DAYS[word])
        except OverflowError:
            day = today
    else:
        day = _latest_day_of_month(today, int(match.group("day")))
    return _checked_datetime(day.year, day.month, int(day.day), hour, minute, 0)


def _latest_day_of_month(today: date, day: int) -> date:
    """The latest `day`-th not after today: this month's, or last month's when this month's
    is still to come (an incident is reported after it happened). A day that month does not
    have is explained."""
    year, month = today.year, today.month
    if day > today.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "{year}-{month}-{day} does not exist on the calendar."
            ).with_args(year=year, month=month, day=day)
        ) from None


UNREADABLE_DATETIME = QT_TRANSLATE_NOOP(
    "input",
    "“{value}” is not a date and time we can read. Write it like 2026-11-20 09:30 "
    "or 11月20日 9時30分. If you do not know the time, the date alone is enough.",
)


def _parse_japanese_datetime(value: str, now: datetime) -> datetime:
    match = _DATE_RE.fullmatch(value)
    if not match:
        if _TIME_ONLY_RE.fullmatch(value):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "input",
                    "“{value}” has no day. Write it like 今日 9時, 昨日 9時 or 11月16日 9時.",
                ).with_args(value=value)
            )
        raise InputError(UNREADABLE_DATETIME.with_args(value=value))
    if match.group("era"):
        era = match.group("era").upper() if match.group("era") in ("r", "h") else match.group("era")
        era_year = 1 if match.group("eyear") == "元" else int(match.group("eyear"))
        year = _ERAS[era] + era_year
    elif match.group("year"):
        year = int(match.group("year"))
    else:
        year = None
    month, day = int(match.group("month")), int(match.group("day"))
    if year is None:
        return _without_year(month, day, match, now)
    hour = int(match.group("hour") or 0)
    minute_text = match.group("minute") or "0"
    minute = 30 if minute_text == "半" else int(minute_text)
    second = int(match.group("second") or 0)
    part = (match.group("ampm") or "").upper()
    if part and hour in _PART_OF_DAY[part]:
        hour += 12
    return _checked_datetime(year, month, day, hour, minute, second)


def _without_year(month: int, day: int, match: re.Match[str], now: datetime) -> datetime:
    """`11月16日 9:40` (as people write it in a message): this year in Japan, or last year
    when that would lie in the future (an incident is reported after it happened)."""
    try:
        this_year = now.astimezone(JST).year
    except (OverflowError, ValueError):
        this_year = now.year
    for candidate in (this_year, this_year - 1):
        try:
            moment = _parse_japanese_datetime(f"{candidate}-{match.group()}", now)
        except InputError:
            continue
        try:
            if moment <= now + timedelta(minutes=5):
                return moment
        except OverflowError:
            return moment
    # No past reading exists (2月29日 in a common year, say): this year's reading raises the
    # explanation, or is returned and refused as a future date by the caller.
    return _parse_japanese_datetime(f"{this_year}-{match.group()}", now)


def _checked_datetime(
    year: int, month: int, day: int, hour: int, minute: int, second: int
) -> datetime:
    try:
        date(year, month, day)
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "input", "{year}-{month}-{day} does not exist on the calendar."
            ).with_args(year=year, month=month, day=day)
        ) from None
    if hour > 23 or minute > 59 or second > 59:
        raise InputError(
            QT_TRANSLATE_NOOP("input", "{hour}:{minute:02d} is not a valid time of day.").with_args(
                hour=hour, minute=minute
            )
        )
    return datetime(year, month, day, hour, minute, second, tzinfo=JST)


def format_jst(moment: datetime, with_seconds: bool = False) -> str:
    """`2026-11-20 09:30` in JST, the form shown to users."""
    fmt = "%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M"
    try:
        return moment.astimezone(JST).strftime(fmt)
    except (OverflowError, ValueError):
        # A far-off date from a hand-edited case file (year 1 or 9999 with an offset): shown
        # as written, with its offset, rather than crashing the report.
        return moment.isoformat(sep=" ", timespec="seconds" if with_seconds else "minutes")
