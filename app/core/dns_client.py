"""The app's DNS layer: one query in, one `DnsResult` with a precise status out.

Why the client sends its queries itself (with `dns.asyncquery.udp`/`tcp`) instead of using a
stub resolver such as `dns.resolver.Resolver.resolve`: the blacklist and SPF checks must
tell "the name does not exist" apart from "we could not find out". A DNSBL answer of
NXDOMAIN means "not listed"; a timeout, SERVFAIL or REFUSED means "not tested", and mixing
the two up is exactly how other checkers end up telling a hijacked shop that its server is
clean. A stub resolver retries across servers, folds several failures into one exception,
and applies search domains; here every query goes to the named server (or the system's
servers, in order), never gets a search domain appended, and its outcome is reported as one
of `DnsStatus` with the detail kept for the report. `query()` and `query_many()` never raise
for network or DNS trouble.

Timing (worst case, documented for the UI's progress and the CLI's `--timeout`):

* one query makes at most `retries + 1` attempts, each bounded by `timeout` seconds. An
  attempt is a UDP exchange and, when the UDP answer is truncated (TC=1), the TCP exchange
  that follows, both within the same `timeout`. Once a truncated answer is seen, later
  attempts go straight to TCP. So a query takes at most `timeout * (retries + 1)` seconds
  (plus scheduling overhead); with the defaults, 3 s * 2 = 6 s.
* only timeouts are retried. SERVFAIL, REFUSED, NXDOMAIN and network errors are answers
  (or definite failures) and come back at once. With several system servers the retry goes
  to the next one, unless the client is pinned to one server (`pinned()`): the blacklist
  check pins each run, because a list's health probes only vouch for the server that
  answered them.
* `query_many` runs at most `max_parallel` queries at a time, so N queries take at most
  `ceil(N / max_parallel) * timeout * (retries + 1)` seconds (`worst_case_seconds(N)`).

Concurrency: `query_many` runs the queries on a private event loop in the calling thread (no
thread per query, and cancelling closes their sockets at once, which threads blocked in
`recvfrom` cannot offer). Small calls run each query as a task; batches of `_BURST_MIN` or
more send their first attempts over one shared socket driven by callbacks (`_Batch`, with
`dns_burst.py`), and only queries that need a retry or TCP become tasks, with the same
rules. `cancel` is polled every 20 ms; queries not finished by then come back with status
`cancelled` and `on_result` is not called for them.
`query()` is `query_many()` with one query. A `DnsClient` holds only immutable settings, so
one instance may be used from several threads at once; `max_parallel` limits each call.
"""

from __future__ import annotations

import collections
import contextlib
import copy
import math
import re
import threading
import time
from collections.abc import Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures

    import dns.asyncquery
    import dns.exception
    import dns.flags
    import dns.message
    import dns.name
    import dns.rcode
    import dns.rdatatype

    from app.core.dns_burst import Burst, Garbled, fast_answer, query_wire, question_wire

from app.core.errors import CheckError, InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.resolver import ResolverSpec, format_server, system_nameservers

# EDNS0 buffer size recommended since DNS Flag Day 2020: big enough for most TXT answers,
# small enough to avoid IP fragmentation; larger answers come over TCP.
EDNS_PAYLOAD = 1232

# How often query_many looks at its `cancel` event: prompt enough for a Cancel button.
_CANCEL_POLL = 0.02

# How early the event loop may run a timer (it runs those due within its clock's resolution).
_CLOCK_RESOLUTION = time.get_clock_info("monotonic").resolution

# Batches at least this big send their first attempts over one shared socket (dns_burst.py).
_BURST_MIN = 8

# More CNAMEs than this in one answer is a loop or a broken server, not a real chain.
_MAX_CNAME_CHAIN = 16

# TXT and SPF (type 99): answers whose strings are kept as they came.
_TEXT_TYPES = frozenset({16, 99})


# Whitespace (any Unicode space) and control characters: never part of a name DNS can carry.
_BAD_NAME_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")

# Names made only of letters, digits, "-" and "_" (every DNSBL query name, most others) are
# turned into wire form directly: dnspython's parser costs about 10 us a name, a tenth of a
# millisecond per ten queries before the first one can leave. Their text form is the same as
# dnspython's (none of these characters is escaped); anything else goes through dnspython.
_PLAIN_NAME = re.compile(r"(?:[A-Za-z0-9_-]{1,63}\.)*[A-Za-z0-9_-]{1,63}\.?")
_LABEL_LENGTH = [bytes((length,)) for length in range(64)]  # a plain label's length byte

# Record type names already looked up (a batch repeats the same two or three).
_TYPE_CACHE: dict[str, dns.rdatatype.RdataType] = {}
_TYPE_TEXT: dict[int, str] = {}
_loaded = False


def _load_dnspython() -> None:
    """Import dnspython and asyncio on first use: together ~70 ms that the wizard's start-up
    (which only needs the result types of this module) should not pay."""
    global dns, asyncio, concurrent, Burst, Garbled, fast_answer, query_wire, question_wire
    global _loaded
    if _loaded:
        return
    _loaded = True
    import asyncio
    import concurrent.futures

    import dns.asyncquery
    import dns.exception
    import dns.flags
    import dns.message
    import dns.name
    import dns.rcode
    import dns.rdataclass
    import dns.rdatatype
    import dns.rdtypes.txtbase
    import dns.rrset

    from app.core.dns_burst import Burst, Garbled, fast_answer, query_wire, question_wire


T = TypeVar("T")

EMPTY_NAME = QT_TRANSLATE_NOOP("dns", "No domain name was entered.")
BAD_NAME = QT_TRANSLATE_NOOP(
    "dns",
    "\u201c{name}\u201d is not a valid domain name. Check it for typing mistakes, spaces or "
    "missing parts (for example: example.co.jp).",
)


class DnsStatus(StrEnum):
    """Outcome of one query. Only ok, nxdomain and nodata say anything about the name."""

    OK = "ok"  # at least one record of the requested type
    NXDOMAIN = "nxdomain"  # the name does not exist
    NODATA = "nodata"  # the name exists, but has no record of this type
    TIMEOUT = "timeout"  # no answer within timeout * (retries + 1)
    SERVFAIL = "servfail"  # the server could not get an answer
    REFUSED = "refused"  # the server will not answer us (policy, blocked resolver)
    ERROR = "error"  # any other rcode, a malformed answer, a network error, an invalid name
    CANCELLED = "cancelled"  # query_many was cancelled before this query finished
    SKIPPED = "skipped"  # no longer needed: the query it depended on found no record

    @property
    def definitive(self) -> bool:
        """True when the server really answered the question (ok, nxdomain or nodata).

        Everything else means "could not find out" and must never be read as "not listed"
        or "no record".
        """
        return self in (DnsStatus.OK, DnsStatus.NXDOMAIN, DnsStatus.NODATA)

    @property
    def message(self) -> Msg:
        """A plain-language explanation of the status for the UI and the report."""
        return _STATUS_MESSAGES[self]

    @property
    def label(self) -> Msg:
        """A few words for the status, to stand in brackets inside a sentence ("could not be
        looked up (no answer in time)"): the bare value ("timeout") read as English in the
        middle of the Japanese text."""
        return _STATUS_LABELS[self]


_STATUS_LABELS: dict[DnsStatus, Msg] = {
    DnsStatus.OK: QT_TRANSLATE_NOOP("dns", "answered"),
    DnsStatus.NXDOMAIN: QT_TRANSLATE_NOOP("dns", "name does not exist"),
    DnsStatus.NODATA: QT_TRANSLATE_NOOP("dns", "no record of this type"),
    DnsStatus.TIMEOUT: QT_TRANSLATE_NOOP("dns", "no answer in time"),
    DnsStatus.SERVFAIL: QT_TRANSLATE_NOOP("dns", "DNS server failure"),
    DnsStatus.REFUSED: QT_TRANSLATE_NOOP("dns", "refused by the DNS server"),
    DnsStatus.ERROR: QT_TRANSLATE_NOOP("dns", "DNS error"),
    DnsStatus.CANCELLED: QT_TRANSLATE_NOOP("dns", "cancelled"),
    DnsStatus.SKIPPED: QT_TRANSLATE_NOOP("dns", "not needed"),
}

_STATUS_MESSAGES: dict[DnsStatus, Msg] = {
    DnsStatus.OK: QT_TRANSLATE_NOOP("dns", "The DNS server answered."),
    DnsStatus.NXDOMAIN: QT_TRANSLATE_NOOP("dns", "This name does not exist in DNS."),
    DnsStatus.NODATA: QT_TRANSLATE_NOOP(
        "dns", "This name exists, but has no DNS record of the requested type."
    ),
    DnsStatus.TIMEOUT: QT_TRANSLATE_NOOP(
        "dns", "The DNS server did not answer in time, so this could not be checked."
    ),
    DnsStatus.SERVFAIL: QT_TRANSLATE_NOOP(
        "dns", "The DNS server reported a failure (SERVFAIL), so this could not be checked."
    ),
    DnsStatus.REFUSED: QT_TRANSLATE_NOOP(
        "dns",
        "The DNS server refused to answer (REFUSED), so this could not be checked. Another DNS "
        "server may work.",
    ),
    DnsStatus.ERROR: QT_TRANSLATE_NOOP(
        "dns", "The DNS query failed because of an error, so this could not be checked."
    ),
    DnsStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "dns", "The check was cancelled before this query finished."
    ),
    DnsStatus.SKIPPED: QT_TRANSLATE_NOOP(
        "dns",
        "Not needed: this answer only mattered if a related query found a record, and it "
        "found none.",
    ),
}


@dataclass(frozen=True)
class DnsResult:
    """What one query found. `records` are presentation strings ("127.0.0.2",
    "10 mx.example.jp.", '"v=spf1" " -all"'); for TXT and SPF queries `strings` holds each
    record's character-strings exactly as received (SPF validation needs the original split
    and lengths). `ttl` is the smallest TTL of the answer (CNAMEs included) or, for nxdomain
    and nodata, the negative-caching TTL from the SOA when the server sent one: how long
    resolvers may keep showing this answer. `server` is "address:port" of the server that
    gave the final answer (or the last one tried)."""

    name: str
    rdtype: str
    status: DnsStatus
    records: tuple[str, ...] = ()
    strings: tuple[tuple[bytes, ...], ...] = ()
    ttl: int | None = None
    via_tcp: bool = False
    elapsed: float = 0.0
    detail: str = ""
    server: str = ""
    attempts: int = 0
    cname_chain: tuple[str, ...] = field(default=())

    @property
    def definitive(self) -> bool:
        """True when the answer says something about the name (see `DnsStatus.definitive`)."""
        return self.status.definitive

    @property
    def texts(self) -> tuple[str, ...]:
        """Each TXT/SPF record's strings joined without separator (RFC 7208 3.3), decoded as
        UTF-8 with undecodable bytes replaced."""
        return tuple(b"".join(parts).decode("utf-8", errors="replace") for parts in self.strings)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form for `--json` output and saved cases (a stable contract: fields
        may be added, never renamed or removed). TXT strings are decoded as UTF-8 with
        undecodable bytes written as `\\xNN`."""
        return {
            "name": self.name,
            "type": self.rdtype,
            "status": self.status.value,
            "definitive": self.definitive,
            "records": list(self.records),
            "strings": [
                [part.decode("utf-8", errors="backslashreplace") for part in parts]
                for parts in self.strings
            ],
            "ttl": self.ttl,
            "via_tcp": self.via_tcp,
            "elapsed": round(self.elapsed, 4),
            "detail": self.detail,
            "server": self.server,
            "attempts": self.attempts,
            "cname_chain": list(self.cname_chain),
        }


def a_label(name: str) -> str:
    """`name` as an ASCII (A-label) domain name without the final dot: "日本語．jp" becomes
    "xn--wgv71a119e.jp"; ASCII labels keep their letter case.

    Uses IDNA 2003 (Python's codec, which applies NFKC, so full-width letters and dots work;
    the `idna` package for IDNA 2008 is not a dependency). Raises `InputError` for an empty
    name, whitespace or control characters, an empty label ("a..jp"), or a label or name too
    long for DNS. Any other name DNS can carry is accepted (underscores, as in `_dmarc`, and
    the odd characters SPF macros can expand to): stricter host-name rules belong to the
    code that reads a user's domain.
    """
    return _parse_name(name).to_text(omit_final_dot=True)


def _parse_name(name: str) -> dns.name.Name:
    """`a_label`'s checks, returning the parsed absolute name (parsed once per query)."""
    _load_dnspython()
    text = name.strip()
    if text in ("", "."):
        raise InputError(EMPTY_NAME)
    if _BAD_NAME_CHARS.search(text):
        raise InputError(BAD_NAME.with_args(name=text))
    try:
        parsed = dns.name.from_text(text) if text.isascii() else dns.name.from_unicode(text)
    except (dns.exception.DNSException, UnicodeError, ValueError):
        raise InputError(BAD_NAME.with_args(name=text)) from None
    if parsed == dns.name.root:
        raise InputError(EMPTY_NAME)
    return parsed


class _Query:
    """A validated query: the original order index is kept by the caller.

    `name` is the name without final dot (as given, for results that could not even be
    parsed); `wire` the absolute name in wire form, None when invalid (`problem` says why).
    `qname` (the dnspython name) is made on first use only: the batch path rarely needs it.
    """

    __slots__ = ("_qname", "name", "problem", "rdtype", "wire")

    def __init__(
        self,
        name: str,
        qname: dns.name.Name | None,
        rdtype: dns.rdatatype.RdataType,
        problem: str,
        wire: bytes | None = None,
    ) -> None:
        self.name = name
        self._qname = qname
        self.rdtype = rdtype
        self.problem = problem
        if wire is None and qname is not None:
            wire = qname.to_wire()
        self.wire = wire

    @property
    def qname(self) -> dns.name.Name | None:
        """The name as dnspython's `Name` (None when invalid)."""
        if self._qname is None and self.wire is not None:
            labels = []
            pos = 0
            while True:
                length = self.wire[pos]
                labels.append(self.wire[pos + 1 : pos + 1 + length])
                pos += 1 + length
                if length == 0:
                    break
            self._qname = dns.name.Name(labels)
        return self._qname


class DnsClient:
    """Sends DNS queries to one server (or the system's servers) and reports precise statuses.

    `timeout` is the time one attempt may take; `retries` how many more attempts follow a
    timeout; `max_parallel` how many queries one `query_many` call keeps in flight. See the
    module docstring for the worst-case timing. Thread-safe.
    """

    def __init__(
        self,
        spec: ResolverSpec | None = None,
        timeout: float = 3.0,
        retries: int = 1,
        max_parallel: int = 64,
    ) -> None:
        if not timeout > 0 or math.isinf(timeout):
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        if retries < 0:
            raise ValueError(f"retries must be 0 or more, not {retries!r}")
        if max_parallel < 1:
            raise ValueError(f"max_parallel must be at least 1, not {max_parallel!r}")
        _load_dnspython()
        self._spec = spec if spec is not None else ResolverSpec()
        self._timeout = float(timeout)
        self._retries = int(retries)
        self._max_parallel = int(max_parallel)
        self._config_error: CheckError | None = None
        servers: tuple[tuple[str, int], ...] = ()
        if self._spec.host is not None:
            servers = ((self._spec.host, self._spec.port),)
        else:
            # Read once: all queries of this client then go to the same servers, which the
            # report names. A missing configuration is kept and surfaces per query as
            # status "error" (or from require_servers()), never as an exception here.
            try:
                servers = system_nameservers()
            except CheckError as error:
                self._config_error = error
        self._servers = servers

    @property
    def spec(self) -> ResolverSpec:
        """The resolver choice this client was made with."""
        return self._spec

    @property
    def timeout(self) -> float:
        """Seconds one attempt may take."""
        return self._timeout

    @property
    def retries(self) -> int:
        """Further attempts after a timeout."""
        return self._retries

    @property
    def max_parallel(self) -> int:
        """Queries one `query_many` call keeps in flight at most."""
        return self._max_parallel

    @property
    def servers(self) -> tuple[tuple[str, int], ...]:
        """The (address, port) pairs queries go to, in order; empty if none is configured."""
        return self._servers

    def pinned(self, server: tuple[str, int], *, retries: int | None = None) -> DnsClient:
        """A client with the same settings (or `retries`) that sends every query, and every
        retry, to `server` only (one of `servers`, or any address and port).

        Why: with several system servers, a retry after a timeout moves on to the next
        server, so one batch's answers may come from servers that were never asked the same
        questions. The blacklist check needs every answer of a run from the server its
        health probes went to. `describe()` then names only that server.
        """
        clone = copy.copy(self)
        clone._servers = (server,)
        clone._config_error = None
        if retries is not None:
            if retries < 0:
                raise ValueError(f"retries must be 0 or more, not {retries!r}")
            clone._retries = int(retries)
        return clone

    def require_servers(self) -> None:
        """Raise `CheckError` if there is no server to ask (the CLI's exit code 3)."""
        if self._config_error is not None:
            raise self._config_error
        if not self._servers:  # pragma: no cover - system_nameservers() raises first
            raise CheckError(QT_TRANSLATE_NOOP("dns", "No DNS server is available."))

    def describe(self) -> str:
        """Stable label of the servers used, for JSON and reports ("127.0.0.1:5353",
        "system (192.0.2.53)")."""
        if self._spec.host is not None:
            return self._spec.describe()
        if not self._servers:
            return "system (none)"
        return "system (" + ", ".join(format_server(h, p, 53) for h, p in self._servers) + ")"

    def worst_case_seconds(self, count: int = 1) -> float:
        """Upper bound of the wall time of `count` queries (scheduling overhead aside)."""
        waves = math.ceil(max(count, 0) / self._max_parallel)
        return waves * self._timeout * (self._retries + 1)

    def query(self, name: str, rdtype: str) -> DnsResult:
        """Ask for `rdtype` records ("A", "TXT", "MX", "SPF", ...) of `name` (Unicode names
        are sent as A-labels). Never raises for network or DNS problems: they come back as
        a status. Raises `ValueError` only for an unknown record type (a programming error).
        Blocks the calling thread; it runs its own event loop (from inside a coroutine it
        uses a helper thread, which still blocks that coroutine's loop)."""
        return self.query_many([(name, rdtype)])[0]

    def query_many(
        self,
        queries: Iterable[tuple[str, str]],
        *,
        cancel: threading.Event | None = None,
        on_result: Callable[[DnsResult], None] | None = None,
        wanted_if: Mapping[int, int] | None = None,
    ) -> list[DnsResult]:
        """Run (name, rdtype) queries in parallel, at most `max_parallel` at a time.

        Returns the results in input order. `on_result` is called with each result as soon
        as its query finishes, in the thread that called query_many (the UI calls this from
        its worker thread, so the callback must hand results to the GUI thread itself, and
        be quick: it runs between the queries' network events). Exceptions it raises cancel
        the remaining queries and propagate. When `cancel` is set, queries still
        running or waiting stop within about 20 ms and come back with status `cancelled`
        (on_result is not called for those). Raises `ValueError` only for an unknown record
        type, before anything is sent.

        `wanted_if` maps the index of a query to the index of the query it depends on: it
        is wanted only if that one answers with a record (status `ok`). When the other ends
        any other way, the dependent query is dropped wherever it is (not sent yet, waiting
        for its answer, or retrying) and reported with status `skipped`, through `on_result`
        too. Why: a blacklist asks for a listing's reason (TXT) together with the listing
        (A), to stay within one round trip; for the many targets that are not listed, the
        reason's answer is not waited for, and a reason query that times out costs nothing.
        """
        prepared = [self._prepare(name, rdtype) for name, rdtype in queries]
        if not prepared:
            return []
        dependents: dict[int, list[int]] = {}
        for index, needs in (wanted_if or {}).items():
            if index != needs and 0 <= index < len(prepared) and 0 <= needs < len(prepared):
                dependents.setdefault(needs, []).append(index)
        return _run(self._run_many(prepared, cancel, on_result, dependents))

    # -- internals ---------------------------------------------------------------------

    @staticmethod
    def _prepare(name: str, rdtype: str) -> _Query:
        kind = _TYPE_CACHE.get(rdtype)
        if kind is None:
            try:
                # from_text accepts "TYPE99" and numbers too; names are case-insensitive.
                kind = dns.rdatatype.RdataType.make(rdtype.strip().upper())
            except (dns.exception.DNSException, ValueError, AttributeError) as error:
                raise ValueError(f"unknown DNS record type: {rdtype!r}") from error
            if len(_TYPE_CACHE) < 64:
                _TYPE_CACHE[rdtype] = kind
        if isinstance(name, str) and _PLAIN_NAME.fullmatch(name):
            text = name[:-1] if name.endswith(".") else name
            if len(text) <= 253:  # wire form: one length byte per label and the root label
                parts = []
                for label in text.encode("ascii").split(b"."):
                    parts.append(_LABEL_LENGTH[len(label)])
                    parts.append(label)
                parts.append(b"\x00")
                return _Query(text, None, kind, "", b"".join(parts))
        try:
            parsed = _parse_name(name)
        except InputError as error:
            return _Query(str(name), None, kind, "invalid name: " + error.message.render("en"))
        return _Query(parsed.to_text(omit_final_dot=True), parsed, kind, "")

    async def _run_many(
        self,
        prepared: list[_Query],
        cancel: threading.Event | None,
        on_result: Callable[[DnsResult], None] | None,
        dependents: dict[int, list[int]],
    ) -> list[DnsResult]:
        started = time.monotonic()
        results: list[DnsResult | None] = [None] * len(prepared)
        if cancel is not None and cancel.is_set():
            return [_cancelled(q, started) for q in prepared]
        if len(prepared) >= _BURST_MIN and self._servers:
            batch = _Batch(self, prepared, on_result, dependents)
            try:
                burst = await Burst.open(*self._servers[0], batch.answered)
            except OSError:
                pass  # each query then reports its own network error, as below
            else:
                try:
                    return await batch.run(burst, cancel)
                finally:
                    burst.close()
        limit = asyncio.Semaphore(self._max_parallel)
        tasks: dict[int, asyncio.Task[None]] = {}
        stopping = False

        def finished(index: int, result: DnsResult) -> None:
            if stopping:
                # Cancelled, but its answer was in before its task's cancellation: it is
                # reported as cancelled, like every query unfinished when `cancel` was seen.
                return
            if results[index] is not None:
                # Skipped already, but its answer was in before the task's cancellation
                # (asyncio.wait_for then returns the result instead of raising): the query
                # was reported once, as skipped, and stays so.
                return
            results[index] = result
            if on_result is not None:
                on_result(result)
            if result.status is DnsStatus.OK:
                return
            # The queries that needed this one, and theirs in turn (a loop, not recursion:
            # a long chain must not exhaust the stack).
            waiting = list(reversed(dependents.get(index, ())))
            while waiting:
                other = waiting.pop()
                if results[other] is not None:
                    continue
                tasks[other].cancel()
                results[other] = skipped = _skipped(prepared[other], started)
                if on_result is not None:
                    on_result(skipped)
                waiting.extend(reversed(dependents.get(other, ())))

        async def run_one(index: int, query: _Query) -> None:
            async with limit:
                result = await self._resolve(query)
            finished(index, result)

        for i, q in enumerate(prepared):
            tasks[i] = asyncio.ensure_future(run_one(i, q))
        pending: set[asyncio.Task[None]] = set(tasks.values())
        try:
            while pending:
                done, pending = await asyncio.wait(
                    pending,
                    timeout=None if cancel is None else _CANCEL_POLL,
                    return_when=asyncio.FIRST_EXCEPTION,
                )
                for task in done:
                    error = None if task.cancelled() else task.exception()  # cancelled: skipped
                    if error is not None:
                        raise error
                if cancel is not None and cancel.is_set():
                    break
        finally:
            stopping = True
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
        return [
            r if r is not None else _cancelled(q, started)
            for r, q in zip(results, prepared, strict=True)
        ]

    def _unsendable(self, query: _Query) -> DnsResult | None:
        """The error result of a query that cannot be sent at all (invalid name, no server)."""
        if query.wire is None:
            return _result(query, DnsStatus.ERROR, detail=query.problem)
        if not self._servers:
            detail = "no DNS server configured"
            if self._config_error is not None:
                detail = self._config_error.message.render("en")
            return _result(query, DnsStatus.ERROR, detail=detail)
        return None

    async def _resolve(
        self,
        query: _Query,
        resume: _FirstAttempt | None = None,
    ) -> DnsResult:
        """One query with retries; every outcome becomes a DnsResult. With `resume`, the first
        UDP attempt was made by a batch over its shared socket (`_Batch`) and either timed
        out (the retries follow here) or was truncated (TCP follows within that attempt)."""
        started = time.monotonic() if resume is None else resume.started
        unsendable = self._unsendable(query)
        if unsendable is not None:
            return unsendable
        use_tcp = False
        attempts = 0
        server = ""
        tried: list[str] = []
        try:
            for attempt in range(self._retries + 1):
                host, port = self._servers[attempt % len(self._servers)]
                server = format_server(host, port)
                if server not in tried:
                    tried.append(server)
                attempts = attempt + 1
                deadline = time.monotonic() + self._timeout
                if attempt == 0 and resume is not None:
                    if not resume.truncated:
                        continue  # the batch's attempt timed out: next attempt
                    use_tcp = True  # truncated: TCP within this attempt, as below
                    deadline = resume.deadline
                qname = query.qname
                assert qname is not None  # _unsendable() answered invalid names
                try:
                    message = dns.message.make_query(
                        qname,
                        query.rdtype,
                        use_edns=0,
                        payload=EDNS_PAYLOAD,
                        flags=dns.flags.RD,
                    )
                    if not use_tcp:
                        try:
                            # ignore_unexpected/ignore_errors: a stray or garbled datagram
                            # must not end the wait for the real answer. raise_on_truncation:
                            # a truncated answer cut mid-record does not parse, and would
                            # otherwise be ignored as garbage until the timeout.
                            response = await dns.asyncquery.udp(
                                message,
                                host,
                                timeout=self._timeout,
                                port=port,
                                ignore_unexpected=True,
                                ignore_errors=True,
                                raise_on_truncation=True,
                            )
                        except dns.message.Truncated:
                            use_tcp = True
                    if use_tcp:
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            continue  # the attempt's time went on the truncated UDP answer
                        response = await dns.asyncquery.tcp(
                            message, host, timeout=remaining, port=port
                        )
                except dns.exception.Timeout:
                    continue
                return _interpret(
                    query, response, server, use_tcp, attempts, time.monotonic() - started
                )
        except (OSError, EOFError, ValueError, dns.exception.DNSException) as error:
            protocol = "TCP" if use_tcp else "UDP"
            detail = f"{protocol} query to {server} failed: {_describe(error)}"
        except Exception as error:  # the contract is "never raises"
            # An unexpected library error must still be "not tested", never lost or "clean".
            detail = f"unexpected error: {_describe(error)}"
        else:
            plural = "s" if attempts != 1 else ""
            return _result(
                query,
                DnsStatus.TIMEOUT,
                detail=(
                    f"no answer from {', '.join(tried)} within {self._timeout:g} s "
                    f"({attempts} attempt{plural})"
                ),
                server=server,
                via_tcp=use_tcp,
                attempts=attempts,
                elapsed=time.monotonic() - started,
            )
        return _result(
            query,
            DnsStatus.ERROR,
            detail=detail,
            server=server,
            via_tcp=use_tcp,
            attempts=attempts,
            elapsed=time.monotonic() - started,
        )


@dataclass(frozen=True)
class _FirstAttempt:
    """How a batch's first attempt ended when `_resolve` has to take over."""

    started: float  # when the query started (for `elapsed`)
    truncated: bool  # True: TC=1 answer, TCP follows; False: timed out, the retries follow
    deadline: float  # end of the first attempt (for the TCP exchange after truncation)


class _Batch:
    """The queries of one `query_many` call over a shared `Burst` socket.

    The first attempt of each query is driven by callbacks (no task per query): it is sent
    as soon as a slot is free (all at once when the batch fits `max_parallel`), its answer is
    read in the socket's read callback, and a timer marks the end of the attempt. Only the
    queries that need more than one UDP datagram (a timeout, then the retries; a truncated
    answer, then TCP) go on as tasks in `DnsClient._resolve`, with the same timeout, retry and
    TCP rules as every other query. A datagram that cannot be read keeps the attempt waiting,
    exactly like `dns.asyncquery.udp(ignore_errors=True)`.
    """

    def __init__(
        self,
        client: DnsClient,
        prepared: list[_Query],
        on_result: Callable[[DnsResult], None] | None,
        dependents: dict[int, list[int]],
    ) -> None:
        self._client = client
        self._burst: Burst | None = None
        self._prepared = prepared
        self._on_result = on_result
        self._dependents = dependents
        self._loop = asyncio.get_running_loop()
        self._results: list[DnsResult | None] = [None] * len(prepared)
        self._next = 0  # the next query to start
        self._stopped = False  # cancelled or over: results that come in late are dropped
        self._starting = False  # inside _start_more (a query may complete while starting)
        self._in_flight = 0
        self._remaining = len(prepared)
        self._finished: asyncio.Future[None] = self._loop.create_future()
        # index -> (query id, start of the query) of first attempts in progress
        self._live: dict[int, tuple[int, float]] = {}
        # (deadline, index) of first attempts in the order sent: every attempt has the same
        # timeout, so the deadlines are in order too and one timer, set for the earliest,
        # serves them all (instead of a timer set and cancelled per query).
        self._deadlines: collections.deque[tuple[float, int]] = collections.deque()
        self._timer: asyncio.TimerHandle | None = None
        # index -> the task finishing a query after its first attempt (retries, TCP)
        self._tasks: dict[int, asyncio.Task[None]] = {}
        host, port = client.servers[0]
        self._server = format_server(host, port)

    async def run(self, burst: Burst, cancel: threading.Event | None) -> list[DnsResult]:
        """Send over `burst` (opened with `answered` as its handler), wait for every query (or
        `cancel`), and return the results in input order; unfinished queries come back as
        `cancelled`. Raises what `on_result` raised."""
        self._burst = burst
        started = self._loop.time()
        try:
            self._start_more()
            while not self._finished.done():
                await asyncio.wait(
                    [self._finished], timeout=None if cancel is None else _CANCEL_POLL
                )
                if cancel is not None and cancel.is_set():
                    break
            if self._finished.done():
                self._finished.result()  # raises the callback's exception
        finally:
            self._stop()
            tasks = list(self._tasks.values())
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
        return [
            r if r is not None else _cancelled(q, started)
            for r, q in zip(self._results, self._prepared, strict=True)
        ]

    def _stop(self) -> None:
        """End every first attempt in progress (cancel, a callback's exception, the end)."""
        assert self._burst is not None
        self._stopped = True  # a task finishing late reports nothing more
        for query_id, _started in self._live.values():
            self._burst.release(query_id)
        self._live.clear()
        self._deadlines.clear()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._next = len(self._prepared)  # nothing more is started

    def _start_more(self) -> None:
        if self._starting:
            return  # the loop below picks up the freed slot (no recursion per query)
        self._starting = True
        try:
            limit = self._client.max_parallel
            while self._in_flight < limit and self._next < len(self._prepared):
                first = self._next
                self._next = min(len(self._prepared), first + limit - self._in_flight)
                self._in_flight += self._next - first
                self._send_first(range(first, self._next))
        finally:
            self._starting = False

    def _send_first(self, indexes: range) -> None:
        """Start the first attempts of these queries, all at once: every query is built and
        registered, then they leave in one tight loop (at a hundred queries, the time from
        the first to the last query sent is added to the run's wall time)."""
        assert self._burst is not None
        register = self._burst.register
        prepared = self._prepared
        live = self._live
        now = self._loop.time()
        deadline = now + self._client.timeout
        wires: list[bytes] = []
        unsendable: list[tuple[int, DnsResult]] = []
        for index in indexes:
            if self._results[index] is not None:
                self._in_flight -= 1  # skipped before it could start
                continue
            query = prepared[index]
            problem = self._client._unsendable(query)
            if problem is not None:
                unsendable.append((index, problem))
                continue
            assert query.wire is not None
            rdtype = int(query.rdtype)
            query_id = register(question_wire(query.wire, rdtype), index)
            live[index] = (query_id, now)
            self._deadlines.append((deadline, index))
            wires.append(query_wire(query_id, query.wire, rdtype, EDNS_PAYLOAD))
        if wires and self._timer is None:
            self._timer = self._loop.call_at(deadline, self._timed_out)
        self._burst.send_many(wires)
        for index, result in unsendable:
            self._complete(index, result)

    def _end_first(self, index: int) -> float:
        """Forget a first attempt (its id; its deadline is skipped when reached); returns
        when the query started."""
        query_id, started = self._live.pop(index)
        assert self._burst is not None
        self._burst.release(query_id)
        return started

    def answered(self, index: int, data: bytes, question_length: int) -> None:
        """The burst's handler: `data` matched the first attempt of query `index`."""
        if index not in self._live:
            return  # a second copy of an answer already taken
        query = self._prepared[index]
        started = self._live[index][1]
        if data[2] & 0x02:  # TC: the answer did not fit; TCP within this attempt's time
            deadline = started + self._client.timeout
            self._end_first(index)
            self._hand_over(index, _FirstAttempt(started, True, deadline))
            return
        try:
            fast = fast_answer(data, query.name, int(query.rdtype), question_length)
        except Garbled:
            return  # like ignore_errors: keep waiting for a real answer
        if fast is not None:
            status, records, strings, ttl = fast
            result = _result(
                query,
                DnsStatus(status),
                records=records,
                strings=strings,
                ttl=ttl,
                server=self._server,
                attempts=1,
                elapsed=self._loop.time() - started,
            )
        else:
            try:
                message = dns.message.from_wire(data)
            except Exception:
                return  # a datagram dnspython cannot read: keep waiting, as above
            result = _interpret(query, message, self._server, False, 1, self._loop.time() - started)
        self._end_first(index)
        self._complete(index, result)

    def _timed_out(self) -> None:
        """The earliest deadline is reached: every first attempt past its deadline is over."""
        self._timer = None
        # The loop may run a timer up to its clock resolution early (about 16 ms on Windows).
        now = self._loop.time() + _CLOCK_RESOLUTION
        while self._deadlines and self._deadlines[0][0] <= now:
            deadline, index = self._deadlines.popleft()
            if index in self._live:  # else answered already
                started = self._end_first(index)
                self._hand_over(index, _FirstAttempt(started, False, deadline))
        if self._deadlines:
            self._timer = self._loop.call_at(self._deadlines[0][0], self._timed_out)

    def _hand_over(self, index: int, first: _FirstAttempt) -> None:
        """Let `_resolve` finish the query (retries, or TCP after truncation) as a task."""

        async def finish() -> None:
            result = await self._client._resolve(self._prepared[index], first)
            self._complete(index, result)

        task = self._loop.create_task(finish())
        self._tasks[index] = task
        task.add_done_callback(lambda _task: self._tasks.pop(index, None))

    def _complete(self, index: int, result: DnsResult) -> None:
        if not self._record(index, result, started=True):
            return
        if self._remaining == 0:
            self._finished.set_result(None)
        else:
            self._start_more()

    def _record(self, index: int, result: DnsResult, *, started: bool) -> bool:
        """Keep a query's result, report it, and drop the queries that needed it to find a
        record if it found none (and the queries that needed those, in turn). False when the
        query already had its result (it was skipped) or the batch is over (a callback
        raised)."""
        if self._results[index] is not None or not self._keep(index, result, started):
            return False
        if result.status is DnsStatus.OK:
            return True
        # A loop, not recursion: a long chain of dependent queries must not exhaust the stack
        # (inside a socket callback, where the error would be lost and the batch never end).
        waiting = list(reversed(self._dependents.get(index, ())))
        while waiting:
            other = waiting.pop()
            if self._results[other] is not None:
                continue
            # Only a started query counts as in flight (`_send_first` passes over the others).
            if not self._keep(other, self._drop(other), other < self._next):
                return False
            waiting.extend(reversed(self._dependents.get(other, ())))
        return True

    def _keep(self, index: int, result: DnsResult, started: bool) -> bool:
        """Store and report one result; False when the batch is over (cancelled, ended, or
        a callback raised): nothing more is reported then."""
        if self._stopped or self._finished.done():
            return False
        self._results[index] = result
        if started:
            self._in_flight -= 1
        self._remaining -= 1
        if self._on_result is not None:
            try:
                self._on_result(result)
            except BaseException as error:
                # Raised inside a socket or timer callback, where asyncio would only log it:
                # handed to run(), which stops the rest and raises it to the caller.
                self._stop()
                self._finished.set_exception(error)
                return False
        return True

    def _drop(self, index: int) -> DnsResult:
        """Stop a query that is no longer needed, wherever it is (its first attempt's answer,
        if it still comes, is ignored; a task finishing it is cancelled), and return its
        `skipped` result."""
        if index in self._live:
            self._end_first(index)
        task = self._tasks.pop(index, None)
        if task is not None:
            task.cancel()
        return _skipped(self._prepared[index], self._loop.time())


def _result(query: _Query, status: DnsStatus, **fields: Any) -> DnsResult:
    """A result for `query` (name and type filled in) with the given status and fields."""
    rdtype = _TYPE_TEXT.get(query.rdtype)
    if rdtype is None:  # dnspython's enum lookup costs more than the rest of a fast answer
        rdtype = _TYPE_TEXT[query.rdtype] = dns.rdatatype.to_text(query.rdtype)
    return DnsResult(name=query.name, rdtype=rdtype, status=status, **fields)


def _interpret(
    query: _Query,
    response: dns.message.Message,
    server: str,
    via_tcp: bool,
    attempts: int,
    elapsed: float,
) -> DnsResult:
    """Turn a response into a result: rcode first, then the records of the requested type
    owned by the query name or, through CNAMEs in the answer section, by its alias target."""
    assert query.qname is not None
    common: dict[str, Any] = {
        "server": server,
        "via_tcp": via_tcp,
        "attempts": attempts,
        "elapsed": elapsed,
    }
    rcode = response.rcode()
    if rcode == dns.rcode.SERVFAIL:
        return _result(query, DnsStatus.SERVFAIL, **common, detail=f"{server} answered SERVFAIL")
    if rcode == dns.rcode.REFUSED:
        return _result(query, DnsStatus.REFUSED, **common, detail=f"{server} answered REFUSED")
    if rcode not in (dns.rcode.NOERROR, dns.rcode.NXDOMAIN):
        return _result(
            query, DnsStatus.ERROR, **common, detail=f"{server} answered {dns.rcode.to_text(rcode)}"
        )

    owner = query.qname
    chain: list[str] = []
    ttls: list[int] = []
    found: dns.rrset.RRset | None = None
    for _ in range(_MAX_CNAME_CHAIN + 1):
        found = _find(response, owner, query.rdtype)
        if found is not None or query.rdtype == dns.rdatatype.CNAME:
            break
        alias = _find(response, owner, dns.rdatatype.CNAME)
        if alias is None or len(alias) == 0:
            break
        ttls.append(alias.ttl)
        target = next(iter(alias)).target
        if not isinstance(target, dns.name.Name) or target.to_text() in chain:
            return _result(query, DnsStatus.ERROR, **common, detail="CNAME loop in the answer")
        owner = target
        chain.append(target.to_text())
    else:
        return _result(query, DnsStatus.ERROR, **common, detail="CNAME chain too long")

    common["cname_chain"] = tuple(chain)
    if rcode == dns.rcode.NOERROR and (found is None or len(found) == 0) and _is_referral(response):
        return _result(
            query,
            DnsStatus.ERROR,
            **common,
            detail=(
                f"{server} answered with a referral instead of an answer: the DNS server does "
                "not resolve other domains (it is not a recursive resolver)"
            ),
        )
    if rcode == dns.rcode.NXDOMAIN:
        # With CNAMEs the rcode is about the last name of the chain (RFC 6604).
        return _result(query, DnsStatus.NXDOMAIN, **common, ttl=_negative_ttl(response))
    if found is None or len(found) == 0:
        return _result(query, DnsStatus.NODATA, **common, ttl=_negative_ttl(response))
    ttls.append(found.ttl)
    rdatas = list(found)
    strings: tuple[tuple[bytes, ...], ...] = ()
    if query.rdtype in _TEXT_TYPES:
        strings = tuple(
            tuple(r.strings) for r in rdatas if isinstance(r, dns.rdtypes.txtbase.TXTBase)
        )
    return _result(
        query,
        DnsStatus.OK,
        **common,
        records=tuple(r.to_text() for r in rdatas),
        strings=strings,
        ttl=min(ttls),
    )


def _is_referral(response: dns.message.Message) -> bool:
    """True for an empty NOERROR answer that is a referral, not a NODATA: neither
    authoritative (AA) nor recursive (RA), with no SOA in the authority section (a real
    negative answer carries the zone's SOA). Such an answer comes from a server that only
    knows its own zones (an authoritative-only server named as resolver) and says nothing
    about the name: reading it as "no record" would report a missing SPF or DMARC record."""
    if response.flags & (dns.flags.AA | dns.flags.RA):
        return False
    return not any(rrset.rdtype == dns.rdatatype.SOA for rrset in response.authority)


def _find(
    response: dns.message.Message, owner: dns.name.Name, rdtype: dns.rdatatype.RdataType
) -> dns.rrset.RRset | None:
    """The answer-section RRset of `owner` and `rdtype` (class IN), if present."""
    for rrset in response.answer:
        if rrset.name == owner and rrset.rdtype == rdtype and rrset.rdclass == dns.rdataclass.IN:
            return rrset
    return None


def _negative_ttl(response: dns.message.Message) -> int | None:
    """How long a negative answer may be cached: min(SOA TTL, SOA minimum) (RFC 2308)."""
    for rrset in response.authority:
        if rrset.rdtype == dns.rdatatype.SOA and len(rrset) > 0:
            soa = next(iter(rrset))
            return int(min(rrset.ttl, soa.minimum))
    return None


def _skipped(query: _Query, started: float) -> DnsResult:
    return _result(
        query,
        DnsStatus.SKIPPED,
        detail="not needed: the query it depended on found no record",
        elapsed=max(0.0, time.monotonic() - started),
    )


def _cancelled(query: _Query, started: float) -> DnsResult:
    return _result(
        query, DnsStatus.CANCELLED, detail="cancelled", elapsed=time.monotonic() - started
    )


def _describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class _ThreadLoop:
    """The private event loop of one thread, closed when the thread's locals go away."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` to the end, then cancel anything it left running."""
        try:
            return self.loop.run_until_complete(coro)
        finally:
            self._cancel_leftovers()

    def _cancel_leftovers(self) -> None:
        """Cancel the tasks a call left and wait for them to end, so that none of them runs
        inside the thread's next call (reporting to this call's callback, holding its
        sockets).

        The clean-up can itself be interrupted: a second Ctrl+C, or an `on_result` that
        raises KeyboardInterrupt again for a query whose answer was in before its
        cancellation. Each interruption ends at least the task it came from, so the clean-up
        goes on until nothing is left, then raises the first interruption. Should tasks still
        be left after many rounds, the loop is closed and the next call makes a fresh one."""
        loop = self.loop
        interruption: BaseException | None = None
        for _round in range(_CLEANUP_ROUNDS):
            leftover = asyncio.all_tasks(loop)
            if not leftover:
                break
            for task in leftover:
                task.cancel()
            try:
                loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
            except BaseException as error:
                interruption = interruption or error
        else:
            if asyncio.all_tasks(loop):
                loop.close()
        if interruption is not None:
            raise interruption

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # at interpreter exit modules may be gone
            self.loop.close()


_THREAD_LOOPS = threading.local()

# Rounds of cancelling a call's leftover tasks before its loop is given up (see _ThreadLoop).
_CLEANUP_ROUNDS = 100


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` on the calling thread's private event loop; from inside a running loop, on
    a helper thread (loops do not nest) so that sync callers in async code still work.

    Why one loop per thread, kept: making and closing a loop per call (asyncio.run) cost
    about 0.3 ms of a blacklist run's wall time, between its last answer and its result."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, coro).result()
    own: _ThreadLoop | None = getattr(_THREAD_LOOPS, "loop", None)
    if own is None or own.loop.is_closed():
        own = _THREAD_LOOPS.loop = _ThreadLoop()
    return own.run(coro)
