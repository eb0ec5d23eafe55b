"""What a blacklist result means for the owner, and a filled-in delisting request.

`guidance_for(result, lst)` explains one result in plain language (both languages): what the
listing means, what to fix first, where to ask for removal and how long it usually takes, and,
for a result that could not be tested, why and the ways out (another DNS server, a free
Spamhaus DQS key).

`request_text(case, result, lst)` writes the English text a list's removal form asks for, from
the case: the address or domain, what happened, and what was fixed and when. Only structured
facts of the case are used (company, domain, contact, the misused addresses, the spam volume,
the times of the timeline); the timeline's free text is never copied, only recognised kinds of
action ("changed passwords", "deleted unused accounts", ...) are named, so nothing private the
owner typed (and never a password) ends up in a mail to a third party.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Protocol, TypeVar

from app.core.dnsbl import Reason, Status, local
from app.core.dnsbl_lists import IPV6_PROBE_CLEAN, IPV6_PROBE_LISTED, DnsblList, LocalText
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST


class ResultLike(Protocol):
    """A live `CheckResult` or a `BlacklistResultRecord` from the case."""

    @property
    def list_name(self) -> str: ...
    @property
    def zone(self) -> str: ...
    @property
    def target(self) -> str: ...
    @property
    def codes(self) -> tuple[str, ...] | list[str]: ...
    @property
    def ttl(self) -> int | None: ...
    @property
    def delist_url(self) -> str: ...
    @property
    def unverified(self) -> bool: ...


@dataclass(frozen=True)
class Guidance:
    """Everything the details pane and the report say about one result."""

    meaning: LocalText
    steps: tuple[LocalText, ...] = ()
    delist_url: str = ""
    delist_time: LocalText | None = None
    recheck: LocalText | None = None
    ways_out: tuple[LocalText, ...] = ()
    caution: LocalText | None = None
    needs_request: bool = False  # True: a delisting request makes sense


STEP_STOP = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "Fix the cause first: change the password of every misused mail account to a long, "
    "unique one (16 characters or more, mixing upper and lower case, digits and symbols) and "
    "delete accounts nobody uses, such as those of staff who have left.",
)
STEP_CHECK_SERVER = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "Ask your hosting provider to confirm that no more spam is being sent or waiting in the "
    "mail queue, and that sending mail requires a password (SMTP authentication).",
)
STEP_REQUEST = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "Then ask the list for removal: open the delisting page and paste the English request "
    "text below into its form. A request sent before the cause is fixed is usually refused "
    "or the address is listed again.",
)
STEP_WAIT = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "This list removes entries by itself once the spam stops; no request is needed. Check "
    "again later.",
)
RECHECK = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "DNS servers may keep showing this answer for up to {duration} after a change. Re-check "
    "after that.",
)
POLICY_MEANING = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "This is not a spam listing: the address is in a range that is not expected to send mail "
    "directly (for example a home or office internet line).",
)
POLICY_STEP = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "If this address is your mail server with a fixed IP address, ask your hosting or "
    "internet provider to have it excluded (Spamhaus: the PBL removal form). If mail from "
    "this line should go out through your provider's mail server, configure it that way.",
)
INFO_STEP = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "No action is expected from you: the listing covers your provider's whole network. Tell "
    "your hosting provider if mail is refused because of it. Never pay for a removal.",
)
UNVERIFIED = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "The meaning of this list's answers comes from third-party descriptions, not from the "
    "list's operator; treat it with some care.",
)
NOT_LISTED = QT_TRANSLATE_NOOP("dnsbl-guide", "This list does not list {target}.")
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "dnsbl-guide", "This list does not check this kind of address, so there is nothing to do."
)
WAY_DNS = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "Open Settings and choose another DNS server: your company's or your internet "
    "provider's DNS server (public services such as 8.8.8.8 or 1.1.1.1 are refused by some "
    "lists).",
)
WAY_DQS = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "For Spamhaus: register a free Spamhaus DQS account (free for small, non-commercial use "
    "such as checking your own mail) and enter its key in Settings. The key is kept in this "
    "computer's password manager.",
)
WAY_RETRY = QT_TRANSLATE_NOOP("dnsbl-guide", "Check again in a few minutes.")
WAY_DQS_KEY = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "Check the Spamhaus DQS key in Settings (copy it again from your Spamhaus account), or "
    "remove it to use the ordinary Spamhaus lists.",
)


# What happened, without the advice of `Reason.explanation` (the banner's and the CLI's): the
# details list the ways out right below, and said each of them twice or three times.
FACTS: dict[Reason, Msg] = {
    Reason.TIMEOUT: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The DNS server did not answer in time, so this list could not be checked. This says "
        "nothing about a listing.",
    ),
    Reason.SERVFAIL: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The DNS server reported a failure (SERVFAIL) for this list, so it could not be "
        "checked. The list may be down, or it may not answer your DNS server.",
    ),
    Reason.REFUSED: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The DNS server refused the query (REFUSED), so this list could not be checked.",
    ),
    Reason.RESOLVER_BLOCKED: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The list refuses to answer the DNS server you use: public DNS services (such as "
        "8.8.8.8 or 1.1.1.1) and many cloud networks are blocked. Nothing is known about a "
        "listing.",
    ),
    Reason.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The list refused to answer because your DNS server sends it too many queries (it is "
        "shared by many users). Nothing is known about a listing.",
    ),
    Reason.LIST_UNHEALTHY: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The list did not pass its self-test in this run, so none of its answers can be used: "
        "whether you are listed on it is not known.",
    ),
    Reason.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The answer could not be used (for example an address outside 127.0.0.0/8, which "
        "means your DNS server replaces “not found” answers with its own).",
    ),
    Reason.CONFIG_ERROR: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The list answered that the query was not valid for it (for Spamhaus DQS: the key was "
        "not accepted).",
    ),
    Reason.NETWORK_ERROR: QT_TRANSLATE_NOOP(
        "dnsbl-guide",
        "The DNS server could not be reached (a network error), so this list could not be checked.",
    ),
    Reason.CANCELLED: QT_TRANSLATE_NOOP(
        "dnsbl-guide", "The check was cancelled before this list answered."
    ),
}


# After a failed self-test's own words (which name no test query): what the self-test is,
# with this list's test queries, so that the vendor can repeat it.
SELF_TEST_HOW = QT_TRANSLATE_NOOP(
    "dnsbl-guide",
    "How the self-test works: every list answers a few test queries the same way at all "
    "times. This list must answer “listed” for {listed} and “not listed” for {clean}. The "
    "app asks these first and uses the list's answers only when both come back right.",
)
# A test query's name in the sentence above (the quotes of the language).
PROBE_NAME = QT_TRANSLATE_NOOP("dnsbl-guide", "“{name}”")
PROBE_OR = QT_TRANSLATE_NOOP("dnsbl-guide", "{first} or {second}")


def _probe_names(names: Iterable[str]) -> Msg:
    shown = [PROBE_NAME.with_args(name=name) for name in names]
    joined = shown[0]
    for name in shown[1:]:
        joined = PROBE_OR.with_args(first=joined, second=name)
    return joined


def _self_test(result: ResultLike, lst: DnsblList) -> LocalText:
    """`SELF_TEST_HOW` for the test queries `result`'s target was checked with."""
    listed: tuple[str, ...]
    clean: tuple[str, ...]
    if ":" in result.target and not result.target.lower().startswith("::ffff:"):
        listed, clean = (IPV6_PROBE_LISTED,), (IPV6_PROBE_CLEAN,)
    else:
        listed, clean = lst.probe_listed, lst.probe_clean
    if not listed or not clean:
        return LocalText("", "")
    return local(SELF_TEST_HOW.with_args(listed=_probe_names(listed), clean=_probe_names(clean)))


def _duration(seconds: int) -> Msg:
    if seconds >= 3600 and seconds % 3600 == 0:
        return QT_TRANSLATE_NOOP("dnsbl-guide", "{n} hours").with_args(n=seconds // 3600)
    if seconds >= 60:
        return QT_TRANSLATE_NOOP("dnsbl-guide", "{n} minutes").with_args(n=-(-seconds // 60))
    return QT_TRANSLATE_NOOP("dnsbl-guide", "{n} seconds").with_args(n=seconds)


def _ways_out(reason: Reason, lst: DnsblList | None) -> tuple[LocalText, ...]:
    spamhaus = lst is not None and bool(lst.dqs_zone)
    # A free key is no way out while one is in use (its own problem is CONFIG_ERROR's).
    offer_dqs = spamhaus and not (lst is not None and lst.uses_dqs)
    ways: list[LocalText] = []
    if reason is Reason.CONFIG_ERROR and lst is not None and lst.uses_dqs:
        ways.append(local(WAY_DQS_KEY))
    else:
        if reason in (Reason.TIMEOUT, Reason.NETWORK_ERROR, Reason.SERVFAIL, Reason.CANCELLED):
            ways.append(local(WAY_RETRY))
        ways.append(local(WAY_DNS))
        if offer_dqs:
            ways.append(local(WAY_DQS))
    # Spamhaus's own hint says what the ways above say (public DNS servers are refused,
    # another DNS server, a DQS key): shown after them, the owner read the same advice two
    # or three times. Other lists' hints add something (Barracuda: register your server).
    if lst is not None and (lst.not_tested_hint.ja or lst.not_tested_hint.en) and not spamhaus:
        ways.append(lst.not_tested_hint)
    return tuple(ways)


def guidance_for(
    status: Status | str,
    reason: Reason | str | None,
    meaning: LocalText,
    result: ResultLike,
    lst: DnsblList | None,
) -> Guidance:
    """Explain one result. `meaning` is the result's own meaning (codes or problem text);
    `lst` the list definition when known (a record from an older case may name a list this
    version no longer has)."""
    status = Status(status)
    caution = local(UNVERIFIED) if result.unverified else None
    recheck = (
        local(RECHECK.with_args(duration=_duration(result.ttl)))
        if result.ttl and status is not Status.NOT_TESTED
        else None
    )
    delist_time = lst.delist_time if lst is not None else None
    if status is Status.LISTED:
        steps = [local(STEP_STOP), local(STEP_CHECK_SERVER)]
        automatic = removes_by_itself(lst)
        steps.append(local(STEP_WAIT if automatic else STEP_REQUEST))
        if lst is not None and (lst.advice.ja or lst.advice.en):
            steps.append(lst.advice)
        return Guidance(
            meaning=meaning,
            steps=tuple(steps),
            delist_url=result.delist_url,
            delist_time=delist_time,
            recheck=recheck,
            caution=caution,
            needs_request=not automatic,
        )
    if status is Status.POLICY:
        informational = lst is not None and lst.informational
        text = meaning if informational else _join(meaning, local(POLICY_MEANING))
        steps = [local(INFO_STEP if informational else POLICY_STEP)]
        if lst is not None and (lst.advice.ja or lst.advice.en):
            steps.append(lst.advice)
        return Guidance(
            meaning=text,
            steps=tuple(steps),
            delist_url=result.delist_url,
            delist_time=delist_time,
            recheck=recheck,
            caution=caution,
        )
    if status is Status.NOT_TESTED:
        why = Reason(reason) if reason else Reason.LIST_UNHEALTHY
        # The result's own text is often the reason's explanation, advice included: the ways
        # out below say that advice (once).
        own = meaning.en and meaning.en != local(why.explanation).en
        facts = local(FACTS[why])
        text = _join(facts, meaning) if own else facts
        if why is Reason.LIST_UNHEALTHY:
            # The list's own problem says that it did not pass, and how: the general fact
            # said the same again before it.
            text = meaning if own else facts
            if lst is not None:
                text = _join(text, _self_test(result, lst))
        return Guidance(
            meaning=text,
            ways_out=_ways_out(why, lst),
            caution=caution,
        )
    if status is Status.UNSUPPORTED:
        return Guidance(meaning=meaning if meaning.en else local(UNSUPPORTED))
    return Guidance(
        meaning=local(NOT_LISTED.with_args(target=result.target)), recheck=recheck, caution=caution
    )


def removes_by_itself(lst: DnsblList | None) -> bool:
    """True for a list that ends a listing by itself once the spam stops (SpamCop about a
    day after the last report, UCEPROTECT level 1 after 7 days): asking it for removal is
    not needed. UCEPROTECT's only removal on request is a paid one, which the app never
    sends the owner to."""
    return lst is not None and lst.id in _AUTOMATIC


_AUTOMATIC = frozenset({"spamcop", "uceprotect-1"})


class _RankedResult(Protocol):
    @property
    def list_id(self) -> str: ...
    @property
    def status(self) -> str: ...


R = TypeVar("R", bound=_RankedResult)


@dataclass(frozen=True)
class DelistingOrder(Generic[R]):
    """The listings of a run in the order to work on them: `requests` need a removal request
    (most widely used lists first), `automatic` end by themselves once the spam stops."""

    requests: tuple[R, ...] = ()
    automatic: tuple[R, ...] = ()


def delisting_order(results: Iterable[R], lists: tuple[DnsblList, ...]) -> DelistingOrder[R]:
    """Order the `listed` results of a run for the owner: Spamhaus first (the list most
    receivers use, so its listing refuses the most mail), then the others in the order of
    the list definitions (roughly how widely they are used); the lists that end a listing by
    themselves (no request) come apart. Results of lists this version does not know come
    after the known ones; equals keep the run's order."""
    index = {lst.id: n for n, lst in enumerate(lists)}
    by_id = {lst.id: lst for lst in lists}

    def rank(result: R) -> tuple[int, int]:
        lst = by_id.get(result.list_id)
        spamhaus = lst is not None and bool(lst.dqs_zone)
        return (0 if spamhaus else 1, index.get(result.list_id, len(lists)))

    listed = sorted((r for r in results if r.status == Status.LISTED.value), key=rank)
    requests = tuple(r for r in listed if not removes_by_itself(by_id.get(r.list_id)))
    automatic = tuple(r for r in listed if removes_by_itself(by_id.get(r.list_id)))
    return DelistingOrder(requests, automatic)


def _join(first: LocalText, second: LocalText) -> LocalText:
    if first == second or not (second.ja or second.en):
        return first
    return LocalText(first.ja + second.ja, f"{first.en} {second.en}".strip())


# -- the delisting request -------------------------------------------------------------------

# Kinds of action recognised in the timeline (Japanese or English notes), in English.
_ACTIONS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, str], ...] = (
    (
        re.compile(r"パスワード|password|passwort", re.I),
        re.compile(r"変更|変え|再設定|リセット|change|reset|renew", re.I),
        "password",
    ),
    (
        re.compile(r"アカウント|account|メールアドレス|mailbox", re.I),
        re.compile(r"削除|廃止|delete|remov|disabl|停止", re.I),
        "accounts",
    ),
    (re.compile(r"SMTP[\s-]*(認証|AUTH)|smtp auth", re.I), None, "smtp_auth"),
    (re.compile(r"\bSPF\b", re.I), None, "spf"),
    (re.compile(r"リレー|relay", re.I), None, "relay"),
    (re.compile(r"VPS|移行|移転|引っ越|migrat|new server", re.I), None, "move"),
    (
        re.compile(r"キュー|queue|送信.*(停止|止め)|stopp?ed.*(sending|spam)", re.I),
        None,
        "queue",
    ),
    (
        re.compile(r"ウイルス|マルウェア|malware|virus|スキャン|scan", re.I),
        None,
        "malware",
    ),
    (
        re.compile(r"セキュリティ会社|ベンダー|調査|診断|vendor|investigat|audit", re.I),
        None,
        "vendor",
    ),
)
_SKIP = re.compile(r"解除|申請|delist|removal request", re.I)
_ABUSE_START = (
    re.compile(r"始ま|開始|start|began", re.I),
    re.compile(r"迷惑|スパム|spam|大量送信", re.I),
)


def _action_sentence(kind: str, text: str, accounts: list[str]) -> str:
    strong = bool(re.search(r"16|強|strong", text, re.I))
    if kind == "password":
        if re.search(r"FTP|コントロールパネル|control panel", text, re.I):
            return "Changed the FTP / control panel password."
        if re.search(r"すべて|全て|全部|残り|all|every", text, re.I):
            tail = " to strong, unique ones" if strong else ""
            return f"Changed the passwords of all our mail accounts{tail}."
        named = [a for a in accounts if a.split("@")[0].lower() in text.lower()]
        if named:
            tail = " to a strong, unique one" if strong else ""
            return f"Changed the password of {', '.join(named)}{tail}."
        tail = " to strong, unique ones" if strong else ""
        return f"Changed mail account passwords{tail}."
    return {
        "accounts": "Deleted mail accounts that were no longer used.",
        "smtp_auth": "Made SMTP authentication mandatory for sending mail.",
        "spf": "Published / corrected the SPF record of our domain.",
        "relay": "Set up a separate relay server for our outgoing mail.",
        "move": "Moved our mail to a new, clean server.",
        "queue": "Stopped the unsolicited sending and cleared the mail queue.",
        "malware": "Checked our computers and server for malware.",
        "vendor": "Had a security company investigate the incident.",
    }[kind]


def _jst(moment: datetime) -> str:
    return moment.astimezone(JST).strftime("%Y-%m-%d %H:%M") + " JST"


def recognised_actions(case: object) -> list[tuple[datetime, str]]:
    """(time, English sentence) for every timeline entry of a recognised kind, in time order."""
    incident = getattr(case, "incident", None)
    accounts = list(getattr(incident, "affected_accounts", []) or [])
    found: list[tuple[datetime, str]] = []
    for entry in sorted(getattr(incident, "timeline", []) or [], key=lambda e: e.at):
        text = f"{entry.event}"
        if _SKIP.search(text) or all(p.search(text) for p in _ABUSE_START):
            continue
        for pattern, extra, kind in _ACTIONS:
            if pattern.search(text) and (extra is None or extra.search(text)):
                found.append((entry.at, _action_sentence(kind, text, accounts)))
                break
    return found


def _in_latin(latin: str, written: str, what: str) -> str:
    """A name for the English request: as given in Latin letters, or as written when that is
    Latin already; else a placeholder quoting it, for the owner to complete (the list's staff
    abroad cannot read 株式会社やまだ商店, and some removal forms refuse it)."""
    latin, written = latin.strip(), written.strip()
    if latin:
        return latin
    if written and written.isascii():
        return written
    if written:
        return f"[{what} in Latin letters: {written}]"
    return f"[{what}]"


def request_text(case: object, result: ResultLike, lst: DnsblList | None = None) -> str:
    """The English removal request for `result`, filled in from `case` (a `Case`). Unknown
    facts become bracketed placeholders for the owner to complete."""
    org = getattr(case, "organisation", None)
    incident = getattr(case, "incident", None)
    person = getattr(org, "contact", None)
    company = _in_latin(
        getattr(org, "company_latin", ""), getattr(org, "company", ""), "company name"
    )
    domain = getattr(org, "domain_ascii", "") or getattr(org, "domain", "") or "[domain]"
    contact = _in_latin(getattr(person, "name_latin", ""), getattr(person, "name", ""), "your name")
    email = getattr(getattr(org, "contact", None), "email", "") or "[contact e-mail address]"
    accounts = list(getattr(incident, "affected_accounts", []) or [])
    volume = getattr(incident, "spam_volume", None)
    counted = bool(getattr(incident, "spam_volume_counted", False))
    noticed = getattr(incident, "noticed_at", None)
    timeline = sorted(getattr(incident, "timeline", []) or [], key=lambda e: e.at)
    started = next(
        (e.at for e in timeline if all(p.search(e.event) for p in _ABUSE_START)),
        None,
    )
    name = lst.name if lst is not None else result.list_name
    is_ip = ":" in result.target or result.target.replace(".", "").isdigit()
    what = f"the IP address {result.target}" if is_ip else f"the domain {result.target}"
    codes = ", ".join(result.codes)
    code_note = f", answer {codes}" if codes else ""

    lines = [
        f"Subject: Removal request for {result.target} ({name})",
        "",
        "Hello,",
        "",
        f"We are {company} ({domain}), a small business in Japan. "
        f"{what[0].upper()}{what[1:]}, used by our mail service, is listed on "
        f"{name} ({result.zone}{code_note}).",
        "",
        "What happened:",
    ]
    if accounts:
        victims = ", ".join(accounts)
        plural = "s" if len(accounts) > 1 else ""
        lines.append(
            f"An attacker obtained the password of our mail account{plural} {victims} and "
            "used our mail server to send unsolicited mail."
        )
    else:
        lines.append(
            "An attacker obtained the password of one of our mail accounts and used our mail "
            "server to send unsolicited mail."
        )
    if volume:
        how = "counted from our server logs" if counted else "our estimate"
        lines.append(f"About {volume:,} messages were sent ({how}).")
    if started is not None:
        lines.append(f"The abuse started on {_jst(started)}.")
    if noticed is not None:
        lines.append(f"We noticed it on {_jst(noticed)}.")
    lines += ["", "What we have fixed (times in Japan Standard Time):"]
    actions = recognised_actions(case)
    if actions:
        lines += [f"- {_jst(at)}: {sentence}" for at, sentence in actions]
    else:
        lines.append("- [Describe what you fixed and when, e.g. which passwords were changed]")
    lines += [
        "",
        "The abuse has stopped and our mail accounts are secured. We kindly ask you to remove "
        f"{result.target} from {name}.",
        "",
        "Thank you for your help.",
        "",
        contact,
        company,
        email,
    ]
    return "\n".join(lines) + "\n"


# A part for the owner to complete: what `request_text` leaves in square brackets.
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,300}\]")
# Japanese script and full-width forms (CJK punctuation, kana, kanji, full-width letters).
_JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+")


@dataclass(frozen=True)
class RequestGaps:
    """What still keeps a request text from being sent as it is, each in order of appearance
    and without repeats: the parts in square brackets to complete, and the runs of Japanese
    text outside them (which the list's staff abroad cannot read, and some forms refuse)."""

    placeholders: tuple[str, ...] = ()
    japanese: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.placeholders or self.japanese)


def request_gaps(text: str) -> RequestGaps:
    """The gaps of a request text the owner is about to copy (generated or their version)."""
    placeholders = list(dict.fromkeys(m.group(0) for m in _PLACEHOLDER.finditer(text)))
    rest = _PLACEHOLDER.sub(" ", text)
    japanese = list(dict.fromkeys(m.group(0) for m in _JAPANESE.finditer(rest)))
    return RequestGaps(tuple(placeholders), tuple(japanese))
