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

Concurrency: `query_many` runs the queries as asyncio tasks on a private event loop in the
calling thread (no thread per query, and cancelling a task closes its socket at once, which
threads blocked in `recvfrom` cannot offer). `cancel` is polled every 20 ms; queries not
finished by then come back with status `cancelled` and `on_result` is not called for them.
`query()` is `query_many()` with one query. A `DnsClient` holds only immutable settings, so
one instance may be used from several threads at once; `max_parallel` limits each call.
"""

from __future__ import annotations

import copy
import math
import re
import threading
import time
from collections.abc import Callable, Coroutine, Iterable
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

# Batches at least this big send their first attempts over one shared socket (dns_burst.py).
_BURST_MIN = 8

# More CNAMEs than this in one answer is a loop or a broken server, not a real chain.
_MAX_CNAME_CHAIN = 16

# TXT and SPF (type 99): answers whose strings are kept as they came.
_TEXT_TYPES = frozenset({16, 99})


# Whitespace (any Unicode space) and control characters: never part of a name DNS can carry.
_BAD_NAME_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")
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


@dataclass(frozen=True)
class _Query:
    """A validated query: the original order index is kept by the caller."""

    name: str  # as given, for results that could not even be parsed
    qname: dns.name.Name | None
    rdtype: dns.rdatatype.RdataType
    problem: str  # why qname is None


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
        """
        prepared = [self._prepare(name, rdtype) for name, rdtype in queries]
        if not prepared:
            return []
        return _run(self._run_many(prepared, cancel, on_result))

    # -- internals ---------------------------------------------------------------------

    @staticmethod
    def _prepare(name: str, rdtype: str) -> _Query:
        try:
            # from_text accepts "TYPE99" and numbers too; names are case-insensitive.
            kind = dns.rdatatype.RdataType.make(rdtype.strip().upper())
        except (dns.exception.DNSException, ValueError, AttributeError) as error:
            raise ValueError(f"unknown DNS record type: {rdtype!r}") from error
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
    ) -> list[DnsResult]:
        started = time.monotonic()
        results: list[DnsResult | None] = [None] * len(prepared)
        if cancel is not None and cancel.is_set():
            return [_cancelled(q, started) for q in prepared]
        limit = asyncio.Semaphore(self._max_parallel)
        burst: Burst | None = None
        if len(prepared) >= _BURST_MIN and self._servers:
            try:
                burst = await Burst.open(*self._servers[0])
            except OSError:
                burst = None  # each query then reports its own network error

        async def run_one(index: int, query: _Query) -> None:
            async with limit:
                result = await self._resolve(query, burst)
            results[index] = result
            if on_result is not None:
                on_result(result)

        pending: set[asyncio.Task[None]] = {
            asyncio.ensure_future(run_one(i, q)) for i, q in enumerate(prepared)
        }
        try:
            while pending:
                done, pending = await asyncio.wait(
                    pending,
                    timeout=None if cancel is None else _CANCEL_POLL,
                    return_when=asyncio.FIRST_EXCEPTION,
                )
                for task in done:
                    error = task.exception()
                    if error is not None:
                        raise error
                if cancel is not None and cancel.is_set():
                    break
        finally:
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
            if burst is not None:
                burst.close()
        return [
            r if r is not None else _cancelled(q, started)
            for r, q in zip(results, prepared, strict=True)
        ]

    async def _resolve(self, query: _Query, burst: Burst | None = None) -> DnsResult:
        """One query with retries; every outcome becomes a DnsResult. With `burst`, the first
        UDP attempt goes over the batch's shared socket (same timeout, same outcomes)."""
        started = time.monotonic()
        if query.qname is None:
            return _result(query, DnsStatus.ERROR, detail=query.problem)
        if not self._servers:
            detail = "no DNS server configured"
            if self._config_error is not None:
                detail = self._config_error.message.render("en")
            return _result(query, DnsStatus.ERROR, detail=detail)
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
                try:
                    if not use_tcp and attempt == 0 and burst is not None:
                        outcome = await _burst_exchange(burst, query, server, deadline, started)
                        if isinstance(outcome, DnsResult):
                            return outcome
                        if outcome is None:
                            use_tcp = True  # truncated: TCP within this attempt, as below
                        else:
                            return _interpret(
                                query, outcome, server, False, attempts, time.monotonic() - started
                            )
                    message = dns.message.make_query(
                        query.qname,
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


async def _burst_exchange(
    burst: Burst, query: _Query, server: str, deadline: float, started: float
) -> DnsResult | dns.message.Message | None:
    """The first attempt of a batch query over the shared socket: a result read directly, a
    parsed message for `_interpret`, None when the answer is truncated; raises
    `dns.exception.Timeout` when nothing usable arrives before `deadline`."""
    assert query.qname is not None
    qname_wire = query.qname.to_wire()
    assert qname_wire is not None
    question = question_wire(qname_wire, int(query.rdtype))
    query_id, inbox = burst.register(question)
    try:
        burst.send(query_wire(query_id, qname_wire, int(query.rdtype), EDNS_PAYLOAD))
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise dns.exception.Timeout
            try:
                # asyncio.timeout, not wait_for: no extra task per query.
                async with asyncio.timeout(remaining):
                    data = await inbox.get()
            except TimeoutError:
                raise dns.exception.Timeout from None
            if data[2] & 0x02:  # TC: the answer did not fit
                return None
            try:
                fast = fast_answer(data, query.name, int(query.rdtype), len(question))
            except Garbled:
                continue  # like ignore_errors: keep waiting for a real answer
            if fast is not None:
                status, records, ttl = fast
                return _result(
                    query,
                    DnsStatus(status),
                    records=records,
                    ttl=ttl,
                    server=server,
                    attempts=1,
                    elapsed=time.monotonic() - started,
                )
            try:
                return dns.message.from_wire(data)
            except Exception:
                continue
    finally:
        burst.release(query_id)


def _result(query: _Query, status: DnsStatus, **fields: Any) -> DnsResult:
    """A result for `query` (name and type filled in) with the given status and fields."""
    return DnsResult(
        name=query.name, rdtype=dns.rdatatype.to_text(query.rdtype), status=status, **fields
    )


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


def _cancelled(query: _Query, started: float) -> DnsResult:
    return _result(
        query, DnsStatus.CANCELLED, detail="cancelled", elapsed=time.monotonic() - started
    )


def _describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` on a fresh event loop; from inside a running loop, on a helper thread
    (asyncio.run refuses to nest) so that sync callers in async code still work."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
