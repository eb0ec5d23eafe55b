"""Reading one SPF record (RFC 7208 section 4.6 and 12): terms, qualifiers, CIDRs, macros.

`parse_record(text)` never raises: every problem comes back in `ParsedRecord.problems` with
the offending term and a reason, because a record with a syntax error anywhere is a
permerror before anything is evaluated (RFC 7208 4.6), and the validator must explain each
problem, not only the first. Names and tags are case-insensitive (RFC 5234 2.3), so
`V=SPF1 MX -ALL` is a valid record.

The grammar details that other validators get wrong, and why they are read this way here:

* terms are separated by spaces only (0x20); a tab, CR, LF or NUL inside the record is part
  of a term and makes that term invalid (RFC 7208 4.6.1 and the `macro-literal` rule).
* a domain-spec may contain any visible character except `%`, including `:` and `/`
  (`a:foo:bar/baz.example.com` is legal); it must end in a macro or in `.toplabel`, where
  the top label is not all digits and neither starts nor ends with a hyphen
  (`a:111.222.33.44`, `a:abc.123`, `a:example.-com` and the single label `a:museum` are
  errors).
* CIDR lengths have no leading zeros and stay within 32 (ip4) and 128 (ip6).
* `exp=` and `redirect=` may appear once each; a name followed by `=` is a modifier, so
  `redirect:x` is an unknown mechanism and `-redirect=x` a qualifier on a modifier.
* the macro letters c, r and t are only allowed in explanation text, not in domain-specs.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from enum import StrEnum

VERSION = "v=spf1"

MECHANISMS = frozenset({"all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"})
# Terms that cost a DNS lookup against the limit of 10 (RFC 7208 4.6.4).
LOOKUP_TERMS = frozenset({"include", "a", "mx", "ptr", "exists", "redirect"})
QUALIFIERS = "+-~?"

MACRO_LETTERS = frozenset("slodipvh")
EXP_ONLY_LETTERS = frozenset("crt")
DELIMITERS = frozenset(".-+,/_=")

_MODIFIER = re.compile(r"^([A-Za-z][A-Za-z0-9_.\-]*)=(.*)$", re.DOTALL)
# RFC 7208 toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" )
# alphanum ). Written as the grammar, the first branch is quadratic: on a long run of letters
# that ends badly, every split between the two `*alphanum` is tried. `[0-9]*` up to the FIRST
# letter accepts the same labels with one way to match.
_TOPLABEL = re.compile(r"^(?:[0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9\-]*[A-Za-z0-9])$")
_QNUM = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])"
_IP4_NETWORK = re.compile(rf"^{_QNUM}\.{_QNUM}\.{_QNUM}\.{_QNUM}$")
_CIDR_NUMBER = re.compile(r"^(?:0|[1-9][0-9]*)$")
# A domain-spec followed by an optional dual-cidr-length, e.g. "example.com/24//64".
_WITH_CIDR = re.compile(r"^(.*?)(/[0-9]+)?(//[0-9]+)?$", re.DOTALL)
_CIDR_ONLY = re.compile(r"^(/[0-9]+)?(//[0-9]+)?$")


class Problem(StrEnum):
    """Why a term is not valid SPF (each becomes a Japanese explanation in `codes`)."""

    NOT_SPF = "not_spf"  # the text does not start with "v=spf1"
    NON_ASCII = "non_ascii"  # a character outside 7-bit ASCII
    CONTROL_CHAR = "control_char"  # a tab, line break or other control character
    UNKNOWN_MECHANISM = "unknown_mechanism"
    QUALIFIER_ON_MODIFIER = "qualifier_on_modifier"
    ALL_ARGUMENT = "all_argument"  # "all" takes no value or CIDR
    MISSING_DOMAIN = "missing_domain"  # include/exists need ":domain"
    EMPTY_DOMAIN = "empty_domain"  # "a:" or "redirect="
    BAD_DOMAIN = "bad_domain"  # does not end in a valid top label or macro
    NUMERIC_DOMAIN = "numeric_domain"  # looks like an IP address: use ip4:
    BAD_MACRO = "bad_macro"  # "%" not followed by {x}, %, _ or -
    EXP_ONLY_MACRO = "exp_only_macro"  # %{c}, %{r}, %{t} outside explanation text
    BAD_CIDR = "bad_cidr"
    CIDR_NOT_ALLOWED = "cidr_not_allowed"  # on include, exists, ptr
    BAD_IP4 = "bad_ip4"
    BAD_IP6 = "bad_ip6"
    MISSING_IP = "missing_ip"  # "ip4" without ":address"
    DUPLICATE_MODIFIER = "duplicate_modifier"  # two redirect= or two exp=
    BAD_MODIFIER = "bad_modifier"  # unknown modifier with an invalid value


@dataclass(frozen=True)
class Term:
    """One mechanism or modifier as written, with its parts read out.

    `name` is lower-case ("include", "ip4", "redirect", or an unknown modifier's name).
    `qualifier` is "+", "-", "~" or "?" for mechanisms ("+" when none is written) and ""
    for modifiers. `value` is the domain-spec, network or modifier value as written ("" when
    absent). `cidr4`/`cidr6` are the prefix lengths written (None when absent). `start` is
    the offset of the term in the record text.
    """

    text: str
    name: str
    is_modifier: bool
    qualifier: str = ""
    explicit_qualifier: bool = False
    value: str = ""
    cidr4: int | None = None
    cidr6: int | None = None
    start: int = 0

    @property
    def counts_lookup(self) -> bool:
        """True for the terms that count against the limit of 10 DNS lookups."""
        return self.name in LOOKUP_TERMS

    @property
    def has_macro(self) -> bool:
        """True if the value contains a macro, so its target depends on the message."""
        return "%{" in self.value


@dataclass(frozen=True)
class SyntaxProblem:
    """A term that is not valid SPF: which term, where, and why."""

    term: str
    reason: Problem
    start: int = 0
    detail: str = ""


@dataclass(frozen=True)
class ParsedRecord:
    """A record read term by term. `problems` empty means the syntax is valid."""

    text: str
    terms: tuple[Term, ...] = ()
    problems: tuple[SyntaxProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True if the whole record is valid SPF syntax."""
        return not self.problems

    @property
    def mechanisms(self) -> tuple[Term, ...]:
        """The directives in order."""
        return tuple(t for t in self.terms if not t.is_modifier)

    def modifier(self, name: str) -> Term | None:
        """The first modifier called `name` (lower-case), if any."""
        return next((t for t in self.terms if t.is_modifier and t.name == name), None)

    @property
    def redirect(self) -> Term | None:
        """The redirect= modifier, if any."""
        return self.modifier("redirect")

    @property
    def exp(self) -> Term | None:
        """The exp= modifier, if any."""
        return self.modifier("exp")

    @property
    def all_term(self) -> Term | None:
        """The first `all` mechanism, if any."""
        return next((t for t in self.terms if not t.is_modifier and t.name == "all"), None)


def is_spf_record(text: str | bytes) -> bool:
    """True if a TXT record's text selects it as an SPF record (RFC 7208 4.5): it starts with
    "v=spf1" in any letter case, followed by a space or the end. "v=spf10" is not SPF."""
    head = text[:7].decode("latin-1") if isinstance(text, bytes) else text[:7]
    return head[:6].lower() == VERSION and (len(head) == 6 or head[6] == " ")


def split_terms(text: str) -> list[tuple[int, str]]:
    """(offset, term) for each space-separated term after the version."""
    terms = []
    position = len(VERSION)
    for match in re.finditer(r"[^ ]+", text[position:]):
        terms.append((position + match.start(), match.group()))
    return terms


def parse_record(text: str) -> ParsedRecord:
    """Read an SPF record (the TXT strings already joined). Never raises."""
    if not is_spf_record(text):
        return ParsedRecord(text, (), (SyntaxProblem(text[:20], Problem.NOT_SPF),))
    terms: list[Term] = []
    problems: list[SyntaxProblem] = []
    seen_modifiers: set[str] = set()
    for start, token in split_terms(text):
        term, problem = parse_term(token, start)
        if problem is not None:
            problems.append(problem)
            continue
        assert term is not None
        if term.is_modifier and term.name in ("redirect", "exp"):
            if term.name in seen_modifiers:
                problems.append(SyntaxProblem(token, Problem.DUPLICATE_MODIFIER, start, term.name))
                continue
            seen_modifiers.add(term.name)
        terms.append(term)
    return ParsedRecord(text, tuple(terms), tuple(problems))


def parse_term(token: str, start: int = 0) -> tuple[Term | None, SyntaxProblem | None]:
    """Read one term. Returns (term, None) or (None, problem)."""

    def bad(reason: Problem, detail: str = "") -> tuple[None, SyntaxProblem]:
        return None, SyntaxProblem(token, reason, start, detail)

    if not token.isascii():
        return bad(Problem.NON_ASCII)
    if any(ord(ch) < 0x21 or ord(ch) > 0x7E for ch in token):
        return bad(Problem.CONTROL_CHAR)

    modifier = _MODIFIER.match(token)
    if modifier is not None:
        name, value = modifier.group(1).lower(), modifier.group(2)
        if name in ("redirect", "exp"):
            reason = check_domain_spec(value)
            if reason is not None:
                return bad(reason)
        else:
            reason = check_macro_string(value, exp_letters=True)
            if reason is not None:
                return bad(Problem.BAD_MODIFIER if reason == Problem.BAD_MACRO else reason)
        return Term(token, name, True, value=value, start=start), None

    qualifier = "+"
    explicit = False
    rest = token
    if rest[0] in QUALIFIERS:
        qualifier, explicit, rest = rest[0], True, rest[1:]
        if _MODIFIER.match(rest):
            return bad(Problem.QUALIFIER_ON_MODIFIER)
    name_match = re.match(r"[^:/]*", rest)
    assert name_match is not None
    name = name_match.group().lower()
    after = rest[name_match.end() :]
    if name not in MECHANISMS:
        return bad(Problem.UNKNOWN_MECHANISM)

    def term(value: str = "", cidr4: int | None = None, cidr6: int | None = None) -> Term:
        return Term(token, name, False, qualifier, explicit, value, cidr4, cidr6, start)

    if name == "all":
        return (term(), None) if after == "" else bad(Problem.ALL_ARGUMENT)

    if name in ("include", "exists"):
        if not after.startswith(":"):
            if after.startswith("/"):
                return bad(Problem.CIDR_NOT_ALLOWED)
            return bad(Problem.MISSING_DOMAIN)
        spec = after[1:]
        reason = check_domain_spec(spec)
        if reason is not None:
            if reason == Problem.BAD_DOMAIN and _CIDR_SUFFIX.search(spec):
                return bad(Problem.CIDR_NOT_ALLOWED)
            return bad(reason)
        return term(spec), None

    if name == "ptr":
        if after == "":
            return term(), None
        if not after.startswith(":"):
            return bad(Problem.CIDR_NOT_ALLOWED)
        spec = after[1:]
        reason = check_domain_spec(spec)
        if reason is not None:
            return bad(reason)
        return term(spec), None

    if name in ("a", "mx"):
        spec = ""
        cidr_text = after
        if after.startswith(":"):
            split = _WITH_CIDR.match(after[1:])
            assert split is not None
            spec = split.group(1)
            cidr_text = (split.group(2) or "") + (split.group(3) or "")
            reason = check_domain_spec(spec)
            if reason is not None:
                return bad(reason)
        cidrs = _CIDR_ONLY.match(cidr_text)
        if cidrs is None:
            return bad(Problem.BAD_CIDR)
        ok4, cidr4 = _cidr(cidrs.group(1), 32)
        ok6, cidr6 = _cidr(cidrs.group(2), 128, slashes=2)
        if not (ok4 and ok6):
            return bad(Problem.BAD_CIDR)
        return term(spec, cidr4, cidr6), None

    # ip4 / ip6
    if not after.startswith(":"):
        return bad(Problem.MISSING_IP)
    value = after[1:]
    network, slash, length = value.partition("/")
    if name == "ip4":
        if not _IP4_NETWORK.match(network):
            return bad(Problem.BAD_IP4)
        ok, cidr = _cidr("/" + length, 32) if slash else (True, None)
    else:
        if "%" in network or not _valid_ip6(network):
            # "ip6:::1.1.1.1//33": the dual-cidr form belongs to a and mx only.
            return bad(Problem.BAD_CIDR if "//" in value else Problem.BAD_IP6)
        ok, cidr = _cidr("/" + length, 128) if slash else (True, None)
    if not ok:
        return bad(Problem.BAD_CIDR)
    if name == "ip4":
        return term(network, cidr4=cidr), None
    return term(network, cidr6=cidr), None


_CIDR_SUFFIX = re.compile(r"/[0-9]+$")


def _cidr(text: str | None, maximum: int, slashes: int = 1) -> tuple[bool, int | None]:
    """(valid, prefix length) of "/24" (or "//64" with `slashes=2`); (True, None) when
    absent. Invalid: a leading zero, a value above `maximum`, anything but digits."""
    if not text:
        return True, None
    digits = text[slashes:]
    if text[:slashes] != "/" * slashes or not _CIDR_NUMBER.match(digits):
        return False, None
    value = int(digits)
    return (False, None) if value > maximum else (True, value)


def _valid_ip6(text: str) -> bool:
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


# -- macros ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MacroToken:
    """A piece of a macro-string: literal text, or a macro `%{letter digits r delimiters}`."""

    literal: str = ""
    letter: str = ""  # as written (upper case means URL-escape the expansion)
    digits: int | None = None
    reverse: bool = False
    delimiters: str = ""

    @property
    def is_macro(self) -> bool:
        """True for `%{...}` tokens."""
        return bool(self.letter)


class MacroError(ValueError):
    """A macro-string that does not follow RFC 7208 7.1."""

    def __init__(self, reason: Problem) -> None:
        super().__init__(reason.value)
        self.reason = reason


def tokenize_macro_string(
    text: str, *, exp_letters: bool, allow_space: bool = False
) -> list[MacroToken]:
    """Split a macro-string into literal and macro tokens (`%%`, `%_`, `%-` become literals
    "%", " " and "%20"). Raises `MacroError` for a bad `%` sequence, an unknown macro letter,
    a letter only allowed in explanations (c, r, t) when `exp_letters` is False, a zero
    digit transformer, or a character that is not a visible ASCII character (spaces only
    with `allow_space`, for explanation text)."""
    tokens: list[MacroToken] = []
    literal: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != "%":
            code = ord(ch)
            if not (0x21 <= code <= 0x7E or (allow_space and ch == " ")):
                raise MacroError(Problem.NON_ASCII if code > 0x7E else Problem.CONTROL_CHAR)
            literal.append(ch)
            i += 1
            continue
        nxt = text[i + 1] if i + 1 < n else ""
        if nxt in ("%", "_", "-"):
            literal.append({"%": "%", "_": " ", "-": "%20"}[nxt])
            i += 2
            continue
        if nxt != "{":
            raise MacroError(Problem.BAD_MACRO)
        end = text.find("}", i + 2)
        if end < 0:
            raise MacroError(Problem.BAD_MACRO)
        body = text[i + 2 : end]
        match = re.fullmatch(r"([A-Za-z])([0-9]*)([rR]?)([.\-+,/_=]*)", body)
        if match is None:
            raise MacroError(Problem.BAD_MACRO)
        letter = match.group(1)
        if letter.lower() in EXP_ONLY_LETTERS:
            if not exp_letters:
                raise MacroError(Problem.EXP_ONLY_MACRO)
        elif letter.lower() not in MACRO_LETTERS:
            raise MacroError(Problem.BAD_MACRO)
        digits = int(match.group(2)) if match.group(2) else None
        if digits == 0:
            raise MacroError(Problem.BAD_MACRO)  # RFC 7208 7.3: the value MUST be nonzero
        if literal:
            tokens.append(MacroToken(literal="".join(literal)))
            literal = []
        tokens.append(
            MacroToken(
                letter=letter,
                digits=digits,
                reverse=bool(match.group(3)),
                delimiters=match.group(4),
            )
        )
        i = end + 1
    if literal:
        tokens.append(MacroToken(literal="".join(literal)))
    return tokens


def check_macro_string(text: str, *, exp_letters: bool = False) -> Problem | None:
    """None if `text` is a valid macro-string, else why not."""
    try:
        tokenize_macro_string(text, exp_letters=exp_letters)
    except MacroError as error:
        return error.reason
    return None


def check_domain_spec(spec: str) -> Problem | None:
    """None if `spec` is a valid domain-spec (RFC 7208 7.1), else why not.

    It must be a valid macro-string ending in a macro or in "." toplabel with an optional
    final dot. The check is on the text as written: what a macro expands to is not checked
    (RFC 7208 7.1 and test "invalid-hello-macro")."""
    if spec == "":
        return Problem.EMPTY_DOMAIN
    try:
        tokens = tokenize_macro_string(spec, exp_letters=False)
    except MacroError as error:
        return error.reason
    # "%%", "%_" and "%-" are macro-expands in the grammar and so may end a domain-spec; they
    # become literals here, so look at the raw text for them.
    if tokens and tokens[-1].is_macro:
        return None
    if re.search(r"(?<!%)(?:%%)*%[%_\-]$", spec):
        return None
    tail = tokens[-1].literal if tokens else ""
    body = tail[:-1] if tail.endswith(".") else tail
    dot = body.rfind(".")
    if dot < 0:
        return Problem.BAD_DOMAIN
    toplabel = body[dot + 1 :]
    if not _TOPLABEL.match(toplabel):
        if toplabel.isdigit() and len(tokens) == 1:
            try:
                ipaddress.IPv4Address(body)
            except ValueError:
                pass
            else:
                return Problem.NUMERIC_DOMAIN
        return Problem.BAD_DOMAIN
    return None
