"""Blacklist results as kept in the case: the target list, every run, and what changed.

The records are plain, mutable dataclasses with string statuses so that a case written by a
newer version (with statuses this one does not know) still opens. Meanings and problems are
kept in Japanese and English, so the report does not depend on the list definitions of the
version that reads the case. No DQS key is ever part of a record: zones are the public ones.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import domain_forms

if TYPE_CHECKING:  # the case imports this module: keep DNS code out of its import chain
    from app.core.dnsbl import BlacklistRun, CheckResult, ListHealth
    from app.core.dnsbl_targets import Target

MAX_RUNS = 50  # older runs are dropped from the case (the first one is always kept)


@dataclass
class BlacklistTargetRecord:
    """One target of the editable target list, or of a run."""

    value: str
    kind: str  # "ip" | "domain"
    display: str = ""
    origins: list[str] = field(default_factory=list)  # Origin.to_text() values

    def to_target(self) -> Target:
        """The core target (unknown kinds are read as IP when the value has no letters)."""
        from app.core.dnsbl_targets import Origin, Target, TargetKind

        try:
            kind = TargetKind(self.kind)
        except ValueError:
            kind = TargetKind.DOMAIN if any(c.isalpha() for c in self.value) else TargetKind.IP
        return Target(
            self.value, kind, self.display, tuple(Origin.from_text(o) for o in self.origins)
        )

    @classmethod
    def from_target(cls, target: Target) -> BlacklistTargetRecord:
        """The record of a core target."""
        return cls(
            target.value,
            target.kind.value,
            target.display,
            [o.to_text() for o in target.origins],
        )


@dataclass
class BlacklistResultRecord:
    """One target on one list in one run."""

    list_id: str
    list_name: str
    zone: str
    target: str
    target_kind: str
    status: str  # listed | not_listed | policy | not_tested | unsupported
    reason: str | None = None
    codes: list[str] = field(default_factory=list)
    severity: str | None = None
    meaning: dict[str, str] = field(default_factory=dict)  # {"ja": ..., "en": ...}
    txt: list[str] = field(default_factory=list)
    ttl: int | None = None
    delist_url: str = ""
    unverified: bool = False

    def meaning_text(self, lang: str) -> str:
        """The meaning in `lang` (the other language if that one is missing)."""
        return self.meaning.get(lang) or next(iter(self.meaning.values()), "")


@dataclass
class BlacklistListRecord:
    """A list's health in one run (one entry per family: ipv4, ipv6, domain)."""

    list_id: str
    list_name: str
    zone: str
    family: str
    healthy: bool | None
    reason: str | None = None
    problem: dict[str, str] = field(default_factory=dict)
    # What a failed self-test showed (dnsbl.ProbeFailure; "" when it passed, or in a case
    # saved before this was kept: the cautious reading, "did not pass", applies then).
    failure: str = ""


@dataclass
class BlacklistRunRecord:
    """One run: when, through which DNS server, and everything it found."""

    checked_at: datetime
    resolver: str
    dqs: bool = False
    cancelled: bool = False
    rewriting: bool = False
    targets: list[BlacklistTargetRecord] = field(default_factory=list)
    results: list[BlacklistResultRecord] = field(default_factory=list)
    lists: list[BlacklistListRecord] = field(default_factory=list)

    def count(self, status: str) -> int:
        """How many results have `status`."""
        return sum(1 for r in self.results if r.status == status)


def text_digest(text: str) -> str:
    """SHA-256 (hex) of `text`: tells whether a generated request text changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class DelistingRequestRecord:
    """What the owner did with the delisting request of one list and target on page 2: their
    own version of the English text (the [placeholders] they completed), and when they last
    changed and copied it. The generated text itself is not kept: it is made again from the
    case whenever it is shown, so it always follows the facts entered in the earlier steps."""

    list_id: str
    target: str
    text: str = ""  # the owner's version; "" while they use the generated text
    # Digest of the generated text when the owner last changed their version. When the text
    # generated now has another digest, facts it is built from (company, timeline, ...)
    # changed since, and the owner's version may say something out of date: page 2 says so.
    based_on: str = ""
    edited_at: datetime | None = None
    copied_at: datetime | None = None

    @property
    def edited(self) -> bool:
        """True when the owner's own version is kept (not the generated text)."""
        return bool(self.text)

    def outdated(self, generated: str) -> bool:
        """True when the owner's version was last changed while the app generated a text
        other than `generated` (the one it makes now)."""
        return self.edited and bool(self.based_on) and self.based_on != text_digest(generated)


@dataclass
class RemovalSentRecord:
    """The owner's own record that they sent the removal request of one list and target (page
    2, 「解除を申請した」): the app cannot see the list's form, so this is their word, with the
    date they give. It outlives the listing's end, so that the run showing the removal can say
    the request came first ("requested 11/18 → delisted"); see `BlacklistSection.add_run`."""

    list_id: str
    target: str
    sent_on: date
    note: str = ""  # e.g. the list's ticket number
    marked_at: datetime | None = None  # when the owner recorded it
    # The first completed run after it that answered "not listed": the listing ended then.
    delisted_at: datetime | None = None


REQUESTED_ON = QT_TRANSLATE_NOOP("dnsbl-history", "requested {date}")


def short_date(day: date) -> str:
    """A date as month/day (11/18): the year is that of the incident, read from the context."""
    return f"{day.month}/{day.day}"


@dataclass
class BlacklistSection:
    """The case's blacklist step: the target list as edited, the runs, or why it was skipped,
    and the owner's delisting requests."""

    targets: list[BlacklistTargetRecord] = field(default_factory=list)
    runs: list[BlacklistRunRecord] = field(default_factory=list)
    skipped_reason: str = ""
    # Added within version 2: files without the key open with an empty list.
    requests: list[DelistingRequestRecord] = field(default_factory=list)
    # Removal requests the owner says they sent. Added within version 2: files without the key
    # open with an empty list.
    sent: list[RemovalSentRecord] = field(default_factory=list)

    def completed_runs(self) -> list[BlacklistRunRecord]:
        """Runs that were not cancelled, oldest first."""
        return [run for run in self.runs if not run.cancelled]

    def latest(self) -> BlacklistRunRecord | None:
        """The most recent completed run."""
        runs = self.completed_runs()
        return runs[-1] if runs else None

    def previous(self) -> BlacklistRunRecord | None:
        """The completed run before the latest one."""
        runs = self.completed_runs()
        return runs[-2] if len(runs) >= 2 else None

    def add_run(self, record: BlacklistRunRecord) -> None:
        """Append a run, keeping the first run and the most recent ones.

        A completed run that answers "not listed" for a list and target ends that listing, and
        with it the owner's request for it: a later listing there is a new one, whose request
        is generated afresh from the facts then (not the old text saying the abuse stopped).
        A result that could not be tested, or a target no longer checked, keeps the request.
        """
        self.runs.append(record)
        if len(self.runs) > MAX_RUNS:
            self.runs = [self.runs[0], *self.runs[-(MAX_RUNS - 1) :]]
        if not record.cancelled:
            ended = {(r.list_id, r.target) for r in record.results if r.status == "not_listed"}
            self.requests = [q for q in self.requests if (q.list_id, q.target) not in ended]
            self._follow_sent(record)

    def _follow_sent(self, record: BlacklistRunRecord) -> None:
        """A sent request stays across re-checks: the first run answering "not listed" notes
        that the listing ended; a run finding it listed again after that starts a new listing,
        for which nothing was sent yet, so the record goes."""
        status = {(r.list_id, r.target): r.status for r in record.results}
        kept: list[RemovalSentRecord] = []
        for sent in self.sent:
            now = status.get((sent.list_id, sent.target))
            if now == "not_listed" and sent.delisted_at is None:
                sent.delisted_at = record.checked_at
            elif now == "listed" and sent.delisted_at is not None:
                continue
            kept.append(sent)
        self.sent = kept

    def sent_request(self, list_id: str, target: str) -> RemovalSentRecord | None:
        """The owner's record that the request for `list_id` and `target` was sent, if any."""
        return next((s for s in self.sent if s.list_id == list_id and s.target == target), None)

    def mark_sent(
        self, list_id: str, target: str, sent_on: date, note: str, at: datetime
    ) -> RemovalSentRecord:
        """Record that the owner sent the removal request of `list_id` and `target` on
        `sent_on` (a second mark replaces the date and note)."""
        found = self.sent_request(list_id, target)
        if found is None:
            found = RemovalSentRecord(list_id, target, sent_on)
            self.sent.append(found)
        found.sent_on, found.note, found.marked_at = sent_on, note.strip(), at
        return found

    def unmark_sent(self, list_id: str, target: str) -> None:
        """Take back the record that the request of `list_id` and `target` was sent."""
        self.sent = [s for s in self.sent if (s.list_id, s.target) != (list_id, target)]

    def request(self, list_id: str, target: str) -> DelistingRequestRecord | None:
        """The owner's request record for `list_id` and `target`, if any."""
        return next((q for q in self.requests if q.list_id == list_id and q.target == target), None)

    def _request_record(self, list_id: str, target: str) -> DelistingRequestRecord:
        found = self.request(list_id, target)
        if found is None:
            found = DelistingRequestRecord(list_id, target)
            self.requests.append(found)
        return found

    def _drop_if_empty(self, record: DelistingRequestRecord) -> None:
        if not record.edited and record.copied_at is None:
            self.requests.remove(record)

    def edit_request(
        self, list_id: str, target: str, text: str, generated: str, at: datetime
    ) -> None:
        """The owner changed the request text of `list_id` and `target` to `text`; `generated`
        is the text the app made. A text equal to it (or emptied) keeps no own version."""
        record = self._request_record(list_id, target)
        if text == generated or not text.strip():
            record.text, record.based_on, record.edited_at = "", "", None
            self._drop_if_empty(record)
            return
        if record.text != text:
            record.edited_at = at
        record.text = text
        # The facts as they are when the owner last worked on their version: a change after
        # that is pointed out (`outdated`); by editing again they have seen the current one.
        record.based_on = text_digest(generated)

    def note_request_copied(self, list_id: str, target: str, at: datetime) -> None:
        """The owner copied the request text of `list_id` and `target` (for the list's form)."""
        self._request_record(list_id, target).copied_at = at


def run_domains(run: BlacklistRunRecord) -> list[str]:
    """The domain names a run checked (the case's own domain first)."""
    own = [t.value for t in run.targets if t.kind == "domain" and "domain" in t.origins]
    others = [t.value for t in run.targets if t.kind == "domain" and t.value not in own]
    return own + others


class DomainCoverage(StrEnum):
    """What a run says about the case's current domain. Page 2 (whether Next needs a reason)
    and the report (scorecard, section 7, review) both read it, so they never disagree."""

    # The run checked the case's domain, or no domain is entered yet (nothing to compare).
    CHECKED = "checked"
    # The owner removed the domain from the list: the addresses' results are real, but the
    # domain itself is unchecked (the domain lists were never asked about it).
    ADDRESSES_ONLY = "addresses_only"
    # The run checked a domain the owner corrected on page 1 since: its results, addresses
    # looked up from that domain included, say nothing about the current one.
    OTHER_DOMAIN = "other_domain"


def checked_domain_names(run: BlacklistRunRecord) -> list[str]:
    """Every name under which `run` checked a domain (A-label and display forms); runs stored
    without their targets are read from their results."""
    names: list[str] = []
    for target in run.targets:
        if target.kind == "domain":
            names += [target.value, target.display]
    if not run.targets:
        names += [r.target for r in run.results if r.target_kind == "domain"]
    return [n for n in names if n]


def domain_coverage(run: BlacklistRunRecord, domain_ascii: str, domain: str = "") -> DomainCoverage:
    """Whether `run` checked the case's current domain (`domain_ascii` and/or its Unicode form
    `domain`; case, a final dot and the two IDN forms do not matter)."""
    current = domain_forms(domain_ascii) | domain_forms(domain)
    if not current:
        return DomainCoverage.CHECKED
    checked: set[str] = set()
    for name in checked_domain_names(run):
        checked |= domain_forms(name)
    if not checked:
        return DomainCoverage.ADDRESSES_ONLY
    return DomainCoverage.CHECKED if current & checked else DomainCoverage.OTHER_DOMAIN


# Where an IP target comes from when it is the mail server's own address: an MX host of the
# domain, an address the owner typed, or the sending hop of a bounce. Not the domain's own
# A/AAAA (usually the web server) nor an SPF term (often the provider's relays).
_MAIL_SERVER_ORIGINS = ("mx", "entered", "received")


def mail_server_addresses(
    run: BlacklistRunRecord, domain_ascii: str, domain: str = ""
) -> list[str]:
    """The IP addresses `run` checked that are the mail server's (see `_MAIL_SERVER_ORIGINS`),
    in the run's order. MX addresses of a domain the owner has corrected since belong to that
    other domain, so they are left out; an empty list when there are none (none is made up)."""
    other = domain_coverage(run, domain_ascii, domain) is DomainCoverage.OTHER_DOMAIN
    kinds = {"entered", "received"} if other else set(_MAIL_SERVER_ORIGINS)
    found: list[str] = []
    for target in run.targets:
        if target.kind != "ip" or target.value in found:
            continue
        if any(origin.partition(":")[0] in kinds for origin in target.origins):
            found.append(target.value)
    return found


_ANSWERED = frozenset({"listed", "policy", "not_listed"})


def nothing_checked(run: BlacklistRunRecord) -> bool:
    """True when no list answered in `run` (every result could not be tested, or does not
    apply): such a run says nothing about a listing. Page 2 treats it as no run at all (Next
    waits for a run that checked something, or a reason to skip) and the report prints the
    reason to skip next to it."""
    return not any(r.status in _ANSWERED for r in run.results)


class UncheckedCause(StrEnum):
    """The likely cause when no list answered, read from the results' reasons."""

    # Timeouts and network errors: offline, or the DNS server cannot be reached.
    NO_ANSWER = "no_answer"
    # The lists refuse the DNS server used (public resolvers, busy ones).
    BLOCKED = "blocked"
    # The DNS server itself refused the queries, or failed them (REFUSED, SERVFAIL).
    REFUSED = "refused"
    # The DNS server altered the answers: an address outside 127.0.0.0/8, or "listed" for
    # the test query that is never listed.
    ALTERED = "altered"
    # The lists did not pass their self-test, and nothing in the answers blames the DNS
    # server (lists shut down, unreachable through it, or silently ignoring it).
    SELF_TEST = "self_test"
    OTHER = "other"


_CAUSES = {
    "timeout": UncheckedCause.NO_ANSWER,
    "network_error": UncheckedCause.NO_ANSWER,
    "resolver_blocked": UncheckedCause.BLOCKED,
    "rate_limited": UncheckedCause.BLOCKED,
    "refused": UncheckedCause.REFUSED,
    "servfail": UncheckedCause.REFUSED,
    "bad_answer": UncheckedCause.ALTERED,
    "list_unhealthy": UncheckedCause.SELF_TEST,
}
# The self-test answers that show the DNS server answering in the lists' place.
_ALTERING_FAILURES = frozenset({"outside", "wildcard"})


def unchecked_cause(run: BlacklistRunRecord) -> UncheckedCause:
    """The cause most of `run`'s untested results share. A DNS server that alters answers
    comes first (every other reason can follow from it); on a tie, the one whose remedy is
    the most specific (a blocked DNS server before a missing answer). A failed self-test
    counts as altered answers only when its answers showed it: a list that is down or
    unreachable fails it too, and the DNS server was blamed for that."""
    if run.rewriting:
        return UncheckedCause.ALTERED
    altering = {entry.list_id for entry in run.lists if entry.failure in _ALTERING_FAILURES}
    counts: dict[UncheckedCause, int] = {}
    for r in run.results:
        if r.status == "not_tested":
            cause = _CAUSES.get(r.reason or "", UncheckedCause.OTHER)
            if cause is UncheckedCause.SELF_TEST and r.list_id in altering:
                cause = UncheckedCause.ALTERED
            counts[cause] = counts.get(cause, 0) + 1
    if not counts:
        return UncheckedCause.OTHER
    return max(counts, key=lambda c: (counts[c], -_TIE_ORDER.index(c)))


_TIE_ORDER = (
    UncheckedCause.BLOCKED,
    UncheckedCause.REFUSED,
    UncheckedCause.ALTERED,
    UncheckedCause.SELF_TEST,
    UncheckedCause.NO_ANSWER,
    UncheckedCause.OTHER,
)


def result_record(result: CheckResult) -> BlacklistResultRecord:
    """The case record of one result."""
    meaning = {"ja": result.meaning("ja"), "en": result.meaning("en")}
    return BlacklistResultRecord(
        list_id=result.list_id,
        list_name=result.list_name,
        zone=result.zone,
        target=result.target,
        target_kind=result.target_kind.value,
        status=result.status.value,
        reason=result.reason.value if result.reason else None,
        codes=list(result.codes),
        severity=result.severity.value if result.severity else None,
        meaning=meaning,
        txt=list(result.txt),
        ttl=result.ttl,
        delist_url=result.delist_url,
        unverified=result.unverified,
    )


def health_record(entry: ListHealth) -> BlacklistListRecord:
    """The case record of one health entry."""
    return BlacklistListRecord(
        list_id=entry.list_id,
        list_name=entry.list_name,
        zone=entry.zone,
        family=entry.family.value,
        healthy=entry.healthy,
        reason=entry.reason.value if entry.reason else None,
        problem=entry.problem.to_dict() if entry.problem else {},
        failure=entry.failure.value if entry.failure else "",
    )


def run_record(run: BlacklistRun) -> BlacklistRunRecord:
    """The case record of a run."""
    return BlacklistRunRecord(
        checked_at=run.checked_at,
        resolver=run.resolver,
        dqs=run.dqs,
        cancelled=run.cancelled,
        rewriting=run.rewriting,
        targets=[BlacklistTargetRecord.from_target(t) for t in run.targets],
        results=[result_record(r) for r in run.results],
        lists=[health_record(h) for h in run.health],
    )


# -- what changed ----------------------------------------------------------------------------

# Nothing to translate in the frame itself (only in its labels): not extracted by lupdate.
TRANSITION = Msg("dnsbl", "{list} ({target}): {before} → {after}")
HISTORY_LABELS: dict[str, Msg] = {
    "listed": QT_TRANSLATE_NOOP("dnsbl-history", "listed"),
    "policy": QT_TRANSLATE_NOOP("dnsbl-history", "policy listing"),
    "not_listed": QT_TRANSLATE_NOOP("dnsbl-history", "not listed"),
    "delisted": QT_TRANSLATE_NOOP("dnsbl-history", "delisted"),
    "not_tested": QT_TRANSLATE_NOOP("dnsbl-history", "not tested"),
    "unsupported": QT_TRANSLATE_NOOP("dnsbl-history", "not supported"),
}
# A list and target not in one of the two runs compared. Not 「確認なし」, which read almost as
# 「確認できず」 (asked but no answer), nor 「対象外」, which the run lines use for a list that
# does not handle that kind of target: the target was simply not part of that run.
ABSENT_BEFORE = QT_TRANSLATE_NOOP("dnsbl-history", "not in the previous check")
ABSENT_AFTER = QT_TRANSLATE_NOOP("dnsbl-history", "not in the latest check")
_LISTINGS = {"listed", "policy"}


def history_label(status: str | None, *, before: bool, delisted: bool = False) -> Msg:
    """The word for one side of a change: `status` in the previous run (`before`) or in the
    latest one. None: the list and target were not in that run. A status this version does
    not know reads as "not tested", as everywhere else."""
    if delisted:
        return HISTORY_LABELS["delisted"]
    if status is None:
        return ABSENT_BEFORE if before else ABSENT_AFTER
    return HISTORY_LABELS.get(status, HISTORY_LABELS["not_tested"])


@dataclass(frozen=True)
class Change:
    """One list + target whose status differs between two runs (None: not in that run)."""

    list_id: str
    list_name: str
    target: str
    before: str | None
    after: str | None

    @property
    def delisted(self) -> bool:
        """True when a listing disappeared (listed or policy, now not listed)."""
        return self.before in _LISTINGS and self.after == "not_listed"

    @property
    def newly_listed(self) -> bool:
        """True when a listing appeared."""
        return self.after in _LISTINGS and self.before not in _LISTINGS

    @property
    def message(self) -> Msg:
        """ "SpamCop (203.0.113.25): listed → delisted"."""
        return self.message_with(None)

    def before_label(self, sent: RemovalSentRecord | None) -> Msg:
        """The word for the previous side; a listing that ended after the owner sent its
        removal request says when they sent it ("requested 11/18")."""
        if self.delisted and sent is not None:
            return REQUESTED_ON.with_args(date=short_date(sent.sent_on))
        return history_label(self.before, before=True)

    def message_with(self, sent: RemovalSentRecord | None) -> Msg:
        """ "Barracuda (203.0.113.25): requested 11/18 → delisted" when `sent` is the owner's
        record for this list and target, else as `message`."""
        before = self.before_label(sent)
        after = history_label(self.after, before=False, delisted=self.delisted)
        return TRANSITION.with_args(
            list=self.list_name, target=self.target, before=before, after=after
        )


def diff_runs(previous: BlacklistRunRecord, current: BlacklistRunRecord) -> tuple[Change, ...]:
    """Per list and target, what changed from `previous` to `current` (in `current`'s order,
    then what disappeared). A result that is new in `current` counts only when it is a
    listing; a target no longer checked counts only when it was listed before."""
    before = {(r.list_id, r.target): r for r in previous.results}
    after = {(r.list_id, r.target): r for r in current.results}
    changes: list[Change] = []
    for key, now in after.items():
        old = before.get(key)
        if old is None:
            if now.status in _LISTINGS:
                changes.append(Change(now.list_id, now.list_name, now.target, None, now.status))
            continue
        if old.status != now.status:
            changes.append(Change(now.list_id, now.list_name, now.target, old.status, now.status))
    for key, old in before.items():
        if key not in after and old.status in _LISTINGS:
            changes.append(Change(old.list_id, old.list_name, old.target, old.status, None))
    return tuple(changes)
