"""A real DNS server on loopback for tests and benchmarks, with fault injection.

    with DnsTestServer() as server:            # 127.0.0.1, random free port, UDP and TCP
        server.add_record("mx.example.jp", "A", "192.0.2.25")
        server.load_zone_file("tests/fixtures/zones/dnstest.zone")
        server.delay("zen.example", 0.3, subtree=True)
        server.truncate("big.dnstest.example")
        ... DnsClient(ResolverSpec(server.host, server.port)) ...
        server.queries(name="big.dnstest.example")  # [QueryLogEntry(..., protocol="udp"), ...]

It answers like a recursive resolver that knows only its zone data: CNAME chains are
followed inside the answer, wildcards (RFC 4592) are synthesised, and everything else is
NXDOMAIN (a name that exists with other types, or an empty non-terminal, is NODATA). It never
forwards and only ever talks to loopback.

Queries are answered on one background thread. Each answer is made when its query arrives and
sent once its delay is over, so a delay stands for time on the network: it holds up nothing
else, and a hundred queries delayed by 100 ms each leave 100 ms after they arrived (the
server's own work is done while they wait). Faults and records may be changed while it runs,
from any thread; an answer already waiting out its delay keeps what it was made from.

Fault rules match one name exactly, or with `subtree=True` the name and every name under it,
optionally for one record type (`rtype="TXT"`) or one protocol (`protocol="tcp"`) only. The
most specific matching rule wins (longer name first, then exact before subtree, then a rule
for one type, then one for one protocol; the later of two equal rules). A delay rule and an
action rule (drop, servfail, refused, rcode, truncate, referral) apply together, and the
global delay adds to both. `referral` answers like an authoritative-only server asked about a
foreign name (NOERROR, no answer, NS in the authority section, neither AA nor RA). `decoys()`
rules add datagrams a client must ignore (another id, question or port) before the real UDP
answer.

Zone text is read by a small parser of the RFC 1035 master-file format (`$ORIGIN`, `$TTL`,
`@`, blank owners, parentheses, comments, quoted strings with `\\DDD` decimal escapes, TTL
units such as `1h`), because dnslib's own `RR.fromZone` reads `\\DDD` as octal and cannot
read the SPF type. Records are built with dnslib's record classes.

The pytest fixtures `dns_server` and `dns_client` are registered by `tests/conftest.py`.
Run `python -m tests.dns_server [ZONEFILE...]` to serve zones by hand.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import ipaddress
import os
import re
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from dnslib import (
    AAAA,
    CLASS,
    CNAME,
    EDNS0,
    MX,
    NS,
    PTR,
    QTYPE,
    RCODE,
    RDMAP,
    RR,
    SOA,
    TXT,
    A,
    DNSError,
    DNSHeader,
    DNSLabel,
    DNSQuestion,
    DNSRecord,
)

from app.core.dns_client import DnsClient
from app.core.resolver import ResolverSpec

FIXTURE_ZONES = Path(__file__).resolve().parent / "fixtures" / "zones"

# Largest UDP answer the server sends, whatever the client offers (RFC 6891 clients default
# to 1232); bigger answers are truncated so the client has to come back over TCP.
MAX_UDP_PAYLOAD = 1232
CLASSIC_UDP_LIMIT = 512  # RFC 1035 limit for clients without EDNS
MAX_CNAME_CHAIN = 16

OPT = 41
SPF = 99
ANY = 255

Key = tuple[bytes, ...]  # lower-cased labels, most specific first, root = ()


@dataclass(frozen=True)
class QueryLogEntry:
    """One query as the server received it: name as sent (no final dot), type, protocol and
    `time.monotonic()` at receipt."""

    name: str
    rtype: str
    protocol: str
    time: float


@dataclass(frozen=True)
class _Rule:
    key: Key
    subtree: bool
    rtype: int | None
    protocol: str | None  # "udp", "tcp" or None for both
    kind: str  # "delay", "action" or "decoy"
    action: str  # "drop", "truncate", "truncate-partial", "referral", "rcode:N" ("" otherwise)
    seconds: float  # delay rules only

    def score(self, key: Key, rtype: int, protocol: str) -> int | None:
        """How specifically this rule matches (higher wins), or None if it does not."""
        if self.rtype is not None and self.rtype != rtype:
            return None
        if self.protocol is not None and self.protocol != protocol:
            return None
        if self.subtree:
            if len(key) < len(self.key) or key[len(key) - len(self.key) :] != self.key:
                return None
        elif key != self.key:
            return None
        return (
            len(self.key) * 8
            + (0 if self.subtree else 4)
            + (2 if self.rtype is not None else 0)
            + (1 if self.protocol is not None else 0)
        )


@dataclass(frozen=True)
class _Plan:
    delay: float
    action: str
    decoys: bool = False


class ZoneSyntaxError(ValueError):
    """Zone text the parser cannot read; says which line."""


class DnsTestServer:
    """Authoritative-style DNS server on loopback (UDP and TCP on one port) for tests.

    `zones`: `Path`s of zone files and `str`s of zone text to load before starting.
    `tcp=False` keeps the TCP port bound but not listening, so TCP connections are refused
    (for testing a client whose TCP fallback fails).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        zones: Iterable[str | Path] = (),
        *,
        default_ttl: int = 300,
        tcp: bool = True,
    ) -> None:
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError(f"the test DNS server only listens on loopback, not {host}")
        self.host = host
        self.default_ttl = default_ttl
        self.tcp = tcp
        self._family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._lock = threading.Lock()
        self._records: dict[Key, list[RR]] = {}
        self._nodes: Counter[Key] = Counter()  # every owner and each of its ancestors
        self._rules: list[_Rule] = []
        self._global_delay = 0.0
        self._log: list[QueryLogEntry] = []
        self._in_flight = 0
        self._max_in_flight = 0
        self._port = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Future[None] | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._timers: set[asyncio.TimerHandle | None] = set()  # delayed answers
        self._writers: set[asyncio.StreamWriter] = set()
        for zone in zones:
            if isinstance(zone, Path):
                self.load_zone_file(zone)
            else:
                self.load_zone(zone)

    # -- life cycle --------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The UDP and TCP port (0 before `start()`)."""
        return self._port

    @property
    def address(self) -> str:
        """ "host:port" ("[::1]:port" for IPv6), as `ResolverSpec.parse` accepts it."""
        return f"[{self.host}]:{self._port}" if ":" in self.host else f"{self.host}:{self._port}"

    @property
    def running(self) -> bool:
        """True between `start()` and `stop()`."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> DnsTestServer:
        """Bind UDP and TCP on one free port and serve on a background thread."""
        if self._thread is not None:
            raise RuntimeError("server already started")
        udp, tcp = self._bind()
        self._port = udp.getsockname()[1]
        self._ready.clear()
        self._thread = threading.Thread(
            target=self._serve, args=(udp, tcp), name=f"dns-test-server:{self._port}", daemon=True
        )
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the test DNS server did not start")
        if self._startup_error is not None:
            self._thread.join()
            self._thread = None
            raise RuntimeError("the test DNS server did not start") from self._startup_error
        return self

    def stop(self) -> None:
        """Stop serving, close every socket and join the thread (idempotent)."""
        thread, loop, stop = self._thread, self._loop, self._stop
        if thread is None:
            return
        if loop is not None and stop is not None:
            with contextlib.suppress(RuntimeError):  # loop already closed
                loop.call_soon_threadsafe(lambda: stop.done() or stop.set_result(None))
        thread.join(10)
        if thread.is_alive():
            raise RuntimeError("the test DNS server did not stop")
        self._thread = None

    def __enter__(self) -> DnsTestServer:
        return self.start() if self._thread is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _bind(self) -> tuple[socket.socket, socket.socket]:
        # UDP first on port 0, then TCP on the same number; retry if that one is taken.
        last_error: OSError | None = None
        for _ in range(50):
            udp = socket.socket(self._family, socket.SOCK_DGRAM)
            tcp = socket.socket(self._family, socket.SOCK_STREAM)
            try:
                udp.bind((self.host, 0))
                if os.name != "nt":  # on Windows SO_REUSEADDR allows stealing a busy port
                    tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                tcp.bind((self.host, udp.getsockname()[1]))
                if self.tcp:
                    tcp.listen(256)
            except OSError as error:
                udp.close()
                tcp.close()
                last_error = error
                continue
            udp.setblocking(False)
            tcp.setblocking(False)
            return udp, tcp
        raise RuntimeError("no free port for UDP and TCP together") from last_error

    def _serve(self, udp: socket.socket, tcp: socket.socket) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main(udp, tcp))
        except BaseException as error:  # reported to start() instead of dying silently
            self._startup_error = error
            self._ready.set()
        finally:
            udp.close()
            tcp.close()
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._loop = None

    async def _main(self, udp: socket.socket, tcp: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        self._stop = loop.create_future()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _UdpProtocol(self, udp), sock=udp
        )
        server = await asyncio.start_server(self._tcp_connection, sock=tcp) if self.tcp else None
        self._ready.set()
        try:
            await self._stop
        finally:
            transport.close()
            if server is not None:
                server.close()
            for writer in list(self._writers):
                writer.close()
            # Answers still waiting out their delay are never sent: no longer in flight.
            waiting = [timer for timer in self._timers if timer is not None]
            for timer in waiting:
                timer.cancel()
            self._timers.clear()
            with self._lock:
                self._in_flight -= len(waiting)
            if server is not None:
                await server.wait_closed()
            await asyncio.sleep(0)  # let transports finish closing their sockets

    async def _tcp_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self._writers.add(writer)
        peer = writer.get_extra_info("peername")

        def send(wire: bytes) -> None:
            if not writer.is_closing():
                writer.write(struct.pack("!H", len(wire)) + wire)

        try:
            while True:
                (length,) = struct.unpack("!H", await reader.readexactly(2))
                data = await reader.readexactly(length)
                # Each query of a connection is answered independently, like a real server.
                self._accept(data, "tcp", peer, send, asyncio.get_running_loop().time())
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    # -- answering ---------------------------------------------------------------------

    def _accept(
        self,
        data: bytes,
        protocol: str,
        peer: Any,
        send: Callable[[bytes], None],
        arrived: float,
    ) -> None:
        """Answer one query: the answer is made at once, from the data and rules as they are
        when the query arrives, and sent when its delay, counted from `arrived` (loop time),
        is over. A delay thus stands for time on the network: the server's own work happens
        while the answer waits, so a hundred queries delayed by 100 ms leave 100 ms after each
        arrived, not one after another after it."""
        if not _is_loopback(peer):
            return  # never send anything anywhere but loopback
        try:
            request = DNSRecord.parse(data)
        except Exception:  # a garbled datagram is not worth an answer
            return
        if request.header.qr:
            return
        if not request.questions or request.header.opcode != 0:
            reply = request.reply()
            reply.header.rcode = RCODE.FORMERR if not request.questions else RCODE.NOTIMP
            send(reply.pack())
            return
        question = request.q
        qtype = int(question.qtype)
        key = _key(question.qname)
        with self._lock:
            self._log.append(
                QueryLogEntry(
                    str(question.qname).rstrip(".") or ".",
                    _type_name(qtype),
                    protocol,
                    time.monotonic(),
                )
            )
            plan = self._plan(key, qtype, protocol)
            if plan.action == "drop":
                return
        wire = self._respond(request, key, qtype, protocol, plan.action)
        extra: list[bytes] = []
        forged = b""
        if plan.decoys and protocol == "udp":
            extra = _decoys(request, qtype)
            forged = _forged(request, qtype).pack()
        with self._lock:
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)

        def deliver() -> None:
            self._timers.discard(timer)
            # Counted down before sending: a client that has its answer must never see its
            # query still "in flight" (the test thread reads the counters).
            with self._lock:
                self._in_flight -= 1
            for decoy in extra:
                send(decoy)
            if forged:
                _send_from_another_port(forged, peer)
            send(wire)

        if plan.delay <= 0:
            timer = None
            deliver()
            return
        assert self._loop is not None
        timer = self._loop.call_at(arrived + plan.delay, deliver)
        self._timers.add(timer)

    def _plan(self, key: Key, qtype: int, protocol: str) -> _Plan:
        best: dict[str, tuple[int, _Rule]] = {}
        for rule in self._rules:
            score = rule.score(key, qtype, protocol)
            # ">=": of two equally specific rules the one set later wins.
            if score is not None and (rule.kind not in best or score >= best[rule.kind][0]):
                best[rule.kind] = (score, rule)
        delay = self._global_delay
        if "delay" in best:
            delay += best["delay"][1].seconds
        action = best["action"][1].action if "action" in best else ""
        return _Plan(delay, action, "decoy" in best)

    def _respond(
        self, request: DNSRecord, key: Key, qtype: int, protocol: str, action: str
    ) -> bytes:
        reply = request.reply(ra=1, aa=1)
        client_payload = 0
        for rr in request.ar:
            if rr.rtype == OPT:
                client_payload = max(int(rr.rclass), CLASSIC_UDP_LIMIT)
                reply.add_ar(EDNS0(udp_len=MAX_UDP_PAYLOAD))
        if action.startswith("rcode:"):
            reply.header.rcode = int(action[6:])
            return reply.pack()
        if action == "referral":
            # What an authoritative-only server says about a name outside its zones: no
            # answer, no SOA, the parent's name servers, neither AA nor RA.
            referral = request.reply(ra=0, aa=0)
            referral.ar = [rr for rr in reply.ar]
            parent = DNSLabel(request.q.qname.label[-1:]) if request.q.qname.label else "."
            referral.add_auth(RR(parent, QTYPE.NS, rdata=NS("ns.referral.test."), ttl=3600))
            return referral.pack()
        if action == "truncate" and protocol == "udp":
            reply.header.tc = 1
            return reply.pack()
        partial = action == "truncate-partial" and protocol == "udp"
        with self._lock:
            rcode, answers, authority = self._resolve(request.q.qname, key, qtype)
        reply.header.rcode = rcode
        for rr in answers:
            reply.add_answer(rr)
        for rr in authority:
            reply.add_auth(rr)
        if partial:
            # Some servers cut the packet mid-record instead (RFC 2181 9 says they should
            # not): the counts promise records that are not all there.
            reply.header.tc = 1
            wire = reply.pack()
            return wire[: max(len(wire) - 3, 12)]
        wire = reply.pack()
        if protocol == "udp":
            limit = min(client_payload, MAX_UDP_PAYLOAD) if client_payload else CLASSIC_UDP_LIMIT
            if len(wire) > limit:
                # Too big for this client over UDP: TC=1 and no records, as RFC 2181 9 asks.
                reply.rr, reply.auth = [], []
                reply.header.tc = 1
                reply.set_header_qa()
                wire = reply.pack()
        return wire

    def _resolve(self, qname: DNSLabel, key: Key, qtype: int) -> tuple[int, list[RR], list[RR]]:
        """(rcode, answers, authority) for a query, following CNAMEs in the data."""
        answers: list[RR] = []
        owner = qname
        seen: set[Key] = set()
        rcode = RCODE.NOERROR
        complete = False
        for _ in range(MAX_CNAME_CHAIN + 1):
            seen.add(key)
            records = self._lookup(key)
            if records is None:
                rcode = RCODE.NXDOMAIN
                break
            matching = [rr for rr in records if qtype in (ANY, rr.rtype)]
            if matching:
                answers.extend(_with_owner(rr, owner) for rr in matching)
                complete = True
                break
            alias = next((rr for rr in records if rr.rtype == QTYPE.CNAME), None)
            if alias is None:
                break  # NODATA
            answers.append(_with_owner(alias, owner))
            owner = alias.rdata.label
            key = _key(owner)
            if key in seen:
                break
        authority: list[RR] = []
        if not complete:
            soa = self._soa_for(key)
            if soa is not None:
                authority.append(soa)
        return rcode, answers, authority

    def _lookup(self, key: Key) -> list[RR] | None:
        """Records owned by `key` ([] for an empty non-terminal), wildcard-synthesised per
        RFC 4592 when the name does not exist, or None for a name that does not exist."""
        if self._nodes[key] > 0:
            return self._records.get(key, [])
        for cut in range(1, len(key) + 1):
            encloser = key[cut:]
            if self._nodes[encloser] > 0 or not encloser:
                # The closest encloser: only its own wildcard may synthesise the answer.
                wildcard = (b"*", *encloser)
                return self._records.get(wildcard, []) if self._nodes[wildcard] > 0 else None
        return None

    def _soa_for(self, key: Key) -> RR | None:
        for cut in range(len(key) + 1):
            for rr in self._records.get(key[cut:], []):
                if rr.rtype == QTYPE.SOA:
                    return rr
        return None

    # -- zone data ---------------------------------------------------------------------

    def add_record(
        self,
        name: str,
        rtype: str,
        value: str | bytes | Sequence[str | bytes],
        ttl: int | None = None,
    ) -> None:
        """Add one record. `name` is absolute (final dot optional; Unicode is converted to
        A-labels). `value` is zone-file rdata ("10 mx.example.jp.", "192.0.2.1").

        For TXT and SPF: a list gives the record's strings one by one (each up to 255
        bytes); a `str` starting with a double quote is zone-file syntax ('"a" "b"'); any
        other `str`/`bytes` is one text, split into 255-byte strings if longer (as DNS
        hosting panels do).
        """
        rtype_code = _type_code(rtype)
        owner = _absolute(_ascii_name(name), ".")
        if rtype_code in (QTYPE.TXT, SPF) and not (
            isinstance(value, str) and value.startswith('"')
        ):
            if isinstance(value, (str, bytes)):
                raw = value.encode() if isinstance(value, str) else value
                parts = [raw[i : i + 255] for i in range(0, len(raw), 255)] or [b""]
            else:
                parts = [p.encode() if isinstance(p, str) else bytes(p) for p in value]
            rdata = _txt(parts)
        else:
            if not isinstance(value, str):
                raise TypeError(f"{rtype} record values are zone-file text")
            tokens = [t for _, line_tokens, _ in _tokenize(value) for t in line_tokens]
            rdata = _rdata(rtype_code, tokens, ".", 1)
        self._add(RR(DNSLabel(owner), rtype_code, CLASS.IN, self._ttl(ttl), rdata))

    def load_zone(self, text: str, origin: str | None = None) -> int:
        """Add the records of zone-file `text`; returns how many. `origin` is the initial
        `$ORIGIN` (relative names without any origin are taken as absolute)."""
        records = list(
            _parse_zone(text, _absolute(origin, ".") if origin else ".", self.default_ttl)
        )
        for rr in records:
            self._add(rr)
        return len(records)

    def load_zone_file(self, path: str | Path) -> int:
        """Add the records of a zone file (UTF-8); returns how many."""
        path = Path(path)
        try:
            return self.load_zone(path.read_text(encoding="utf-8"))
        except ZoneSyntaxError as error:
            raise ZoneSyntaxError(f"{path}: {error}") from None

    def load_fixture_zones(self) -> int:
        """Add every `tests/fixtures/zones/*.zone`; returns how many records."""
        return sum(self.load_zone_file(p) for p in sorted(FIXTURE_ZONES.glob("*.zone")))

    def remove_records(self, name: str, rtype: str | None = None) -> int:
        """Remove the records of `name` (of one type, or all); returns how many."""
        key = _key(DNSLabel(_absolute(_ascii_name(name), ".")))
        code = _type_code(rtype) if rtype is not None else None
        with self._lock:
            records = self._records.get(key, [])
            keep = [rr for rr in records if code is not None and rr.rtype != code]
            removed = len(records) - len(keep)
            if keep:
                self._records[key] = keep
            elif key in self._records:
                del self._records[key]
                self._nodes.subtract(_suffixes(key))
        return removed

    def clear_records(self) -> None:
        """Forget all zone data."""
        with self._lock:
            self._records.clear()
            self._nodes.clear()

    def _ttl(self, ttl: int | None) -> int:
        return self.default_ttl if ttl is None else int(ttl)

    def _add(self, rr: RR) -> None:
        key = _key(rr.rname)
        with self._lock:
            if key not in self._records:
                self._records[key] = []
                self._nodes.update(_suffixes(key))
            self._records[key].append(rr)

    # -- faults ------------------------------------------------------------------------

    def delay(
        self,
        name: str,
        seconds: float,
        *,
        subtree: bool = False,
        rtype: str | None = None,
        protocol: str | None = None,
    ) -> None:
        """Answer queries for `name` (and names under it with `subtree`) `seconds` late."""
        self._set_rule(name, subtree, rtype, protocol, "delay", "", float(seconds))

    def drop(
        self,
        name: str,
        *,
        subtree: bool = False,
        rtype: str | None = None,
        protocol: str | None = None,
    ) -> None:
        """Never answer queries for `name`, over UDP or TCP (the query is still logged)."""
        self._set_rule(name, subtree, rtype, protocol, "action", "drop", 0.0)

    def servfail(
        self,
        name: str,
        *,
        subtree: bool = False,
        rtype: str | None = None,
        protocol: str | None = None,
    ) -> None:
        """Answer queries for `name` with SERVFAIL."""
        self.rcode(name, "SERVFAIL", subtree=subtree, rtype=rtype, protocol=protocol)

    def refused(
        self,
        name: str,
        *,
        subtree: bool = False,
        rtype: str | None = None,
        protocol: str | None = None,
    ) -> None:
        """Answer queries for `name` with REFUSED."""
        self.rcode(name, "REFUSED", subtree=subtree, rtype=rtype, protocol=protocol)

    def rcode(
        self,
        name: str,
        rcode: str,
        *,
        subtree: bool = False,
        rtype: str | None = None,
        protocol: str | None = None,
    ) -> None:
        """Answer queries for `name` with this rcode ("NOTIMP", "FORMERR", ...) and no records."""
        code = int(getattr(RCODE, rcode.upper()))
        self._set_rule(name, subtree, rtype, protocol, "action", f"rcode:{code}", 0.0)

    def truncate(
        self,
        name: str,
        *,
        subtree: bool = False,
        rtype: str | None = None,
        protocol: str | None = None,
        partial: bool = False,
    ) -> None:
        """Answer UDP queries for `name` with TC=1 and no records; TCP gets the real answer.

        `partial=True` sends the answer cut off in the middle of its last record instead (a
        packet that does not parse), as some servers do.
        """
        action = "truncate-partial" if partial else "truncate"
        self._set_rule(name, subtree, rtype, protocol, "action", action, 0.0)

    def decoys(
        self,
        name: str,
        *,
        subtree: bool = False,
        rtype: str | None = None,
    ) -> None:
        """Before each real UDP answer for `name`, send answers a client must ignore, each
        claiming the record 127.0.0.99 (TXT "decoy"): with another query id, for another
        name, for another type, without the response bit, cut off mid-record, and one with
        the right id and question from another port of 127.0.0.1 (a spoofing attempt)."""
        self._set_rule(name, subtree, rtype, "udp", "decoy", "", 0.0)

    def referral(
        self,
        name: str,
        *,
        subtree: bool = False,
        rtype: str | None = None,
        protocol: str | None = None,
    ) -> None:
        """Answer queries for `name` with a referral, as an authoritative-only server does
        for names outside its zones: NOERROR, no answer, an NS record of the top-level domain
        in the authority section, no SOA, and neither AA nor RA set."""
        self._set_rule(name, subtree, rtype, protocol, "action", "referral", 0.0)

    def set_global_delay(self, seconds: float) -> None:
        """Delay every answer by `seconds` (added to any per-name delay); 0 to stop."""
        with self._lock:
            self._global_delay = max(0.0, float(seconds))

    def clear_faults(self, name: str | None = None) -> None:
        """Remove the fault rules set for `name`, or all rules and the global delay."""
        with self._lock:
            if name is None:
                self._rules.clear()
                self._global_delay = 0.0
                return
            key = _key(DNSLabel(_absolute(_ascii_name(name), ".")))
            self._rules = [r for r in self._rules if r.key != key]

    def _set_rule(
        self,
        name: str,
        subtree: bool,
        rtype: str | None,
        protocol: str | None,
        kind: str,
        action: str,
        seconds: float,
    ) -> None:
        key = _key(DNSLabel(_absolute(_ascii_name(name), ".")))
        code = _type_code(rtype) if rtype is not None else None
        if protocol not in (None, "udp", "tcp"):
            raise ValueError(f"protocol must be 'udp', 'tcp' or None, not {protocol!r}")
        rule = _Rule(key, subtree, code, protocol, kind, action, seconds)
        scope = (key, subtree, code, protocol, kind)
        with self._lock:
            # A new rule for the same name, scope, type, protocol and kind replaces the old one.
            self._rules = [
                r for r in self._rules if (r.key, r.subtree, r.rtype, r.protocol, r.kind) != scope
            ]
            self._rules.append(rule)

    # -- query log ---------------------------------------------------------------------

    def queries(
        self, name: str | None = None, rtype: str | None = None, protocol: str | None = None
    ) -> list[QueryLogEntry]:
        """Received queries in arrival order, optionally filtered (names compared without
        regard to case or a final dot)."""
        wanted = _ascii_name(name).rstrip(".").lower() if name is not None else None
        wanted_type = _type_name(_type_code(rtype)) if rtype is not None else None
        with self._lock:
            entries = list(self._log)
        return [
            e
            for e in entries
            if (wanted is None or e.name.lower() == wanted)
            and (wanted_type is None or e.rtype == wanted_type)
            and (protocol is None or e.protocol == protocol)
        ]

    def protocols(self, name: str, rtype: str | None = None) -> list[str]:
        """The protocols ("udp"/"tcp") of the queries for `name`, in arrival order."""
        return [e.protocol for e in self.queries(name, rtype)]

    def clear_log(self) -> None:
        """Forget the logged queries and reset `max_in_flight`."""
        with self._lock:
            self._log.clear()
            self._max_in_flight = self._in_flight

    @property
    def in_flight(self) -> int:
        """Queries received and not yet answered (dropped ones do not count)."""
        with self._lock:
            return self._in_flight

    @property
    def max_in_flight(self) -> int:
        """The most queries being answered at the same time since start or `clear_log()`."""
        with self._lock:
            return self._max_in_flight


class _UdpProtocol(asyncio.DatagramProtocol):
    """UDP queries, each stamped with (about) the time it arrived.

    asyncio hands over one datagram per turn of the loop. Making an answer takes the server
    far longer than a client takes to send a query (dnslib parses and packs in Python), so a
    burst of queries would otherwise be read, and their delays started, one answer's work
    after another. Every datagram already waiting is read before any is answered, and again
    after each answer.
    """

    # Datagrams taken from the socket in one turn of the loop at most, so delayed answers
    # still leave on time while a client keeps sending.
    _MAX_PER_TURN = 1024

    def __init__(self, server: DnsTestServer, sock: socket.socket) -> None:
        self.server = server
        self.sock = sock
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # asyncio's selector transport implements DatagramTransport without subclassing it.
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: Any) -> None:
        loop = asyncio.get_running_loop()
        waiting: collections.deque[tuple[float, bytes, Any]] = collections.deque()
        waiting.append((loop.time(), data, addr))
        budget = self._drain(waiting, loop, self._MAX_PER_TURN - 1)
        while waiting:
            arrived, data, addr = waiting.popleft()
            self.server._accept(data, "udp", addr, self._sender(addr), arrived)
            budget = self._drain(waiting, loop, budget)

    def _drain(
        self,
        waiting: collections.deque[tuple[float, bytes, Any]],
        loop: asyncio.AbstractEventLoop,
        budget: int,
    ) -> int:
        """Read the datagrams waiting on the socket (at most `budget`); returns what is left."""
        while budget > 0:
            try:
                data, addr = self.sock.recvfrom(65535)
            except OSError:  # nothing more waiting (BlockingIOError), or an ICMP error
                return budget
            waiting.append((loop.time(), data, addr))
            budget -= 1
        return budget

    def _sender(self, addr: Any) -> Callable[[bytes], None]:
        transport = self.transport

        def send(wire: bytes) -> None:
            if transport is not None and not transport.is_closing():
                transport.sendto(wire, addr)

        return send

    def error_received(self, exc: Exception) -> None:
        pass  # e.g. ICMP port unreachable from a client that gave up: nothing to do


# -- helpers -------------------------------------------------------------------------------


def _forged(request: DNSRecord, qtype: int) -> DNSRecord:
    """An answer to `request` that claims the decoy record (with a question of its own:
    `request.reply()` shares the request's, and the decoys change theirs)."""
    qname = request.q.qname
    reply = DNSRecord(
        DNSHeader(id=request.header.id, qr=1, aa=1, ra=1, rd=request.header.rd),
        q=DNSQuestion(qname, request.q.qtype),
    )
    if qtype == QTYPE.TXT:
        reply.add_answer(RR(qname, QTYPE.TXT, rdata=TXT("decoy"), ttl=60))
    else:
        reply.add_answer(RR(qname, QTYPE.A, rdata=A("127.0.0.99"), ttl=60))
    return reply


def _decoys(request: DNSRecord, qtype: int) -> list[bytes]:
    """Datagrams from the server's own port that must not be taken as the answer."""
    out = []
    wrong_id = _forged(request, qtype)
    wrong_id.header.id = (request.header.id + 1) & 0xFFFF
    out.append(wrong_id.pack())
    wrong_name = _forged(request, qtype)
    wrong_name.q.qname = DNSLabel(b"decoy." + str(request.q.qname).encode())
    out.append(wrong_name.pack())
    wrong_type = _forged(request, qtype)
    wrong_type.q.qtype = QTYPE.MX if qtype != QTYPE.MX else QTYPE.A
    out.append(wrong_type.pack())
    not_response = _forged(request, qtype)
    not_response.header.qr = 0
    out.append(not_response.pack())
    out.append(_forged(request, qtype).pack()[:-3])  # cut mid-record, TC not set
    return out


def _send_from_another_port(wire: bytes, peer: Any) -> None:
    family = socket.AF_INET6 if ":" in str(peer[0]) else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as other:
        other.sendto(wire, peer[:2] if family == socket.AF_INET else peer)


def _is_loopback(peer: Any) -> bool:
    try:
        return ipaddress.ip_address(str(peer[0]).split("%")[0]).is_loopback
    except (ValueError, TypeError, IndexError):
        return False


def _key(label: DNSLabel | str) -> Key:
    if not isinstance(label, DNSLabel):
        label = DNSLabel(label)
    return tuple(part.lower() for part in label.label)


def _suffixes(key: Key) -> list[Key]:
    return [key[i:] for i in range(len(key) + 1)]


def _with_owner(rr: RR, owner: DNSLabel) -> RR:
    return RR(owner, rr.rtype, rr.rclass, rr.ttl, rr.rdata)


def _type_code(rtype: str) -> int:
    text = rtype.strip().upper()
    if re.fullmatch(r"TYPE\d+", text):
        return int(text[4:])
    try:
        return int(getattr(QTYPE, text))
    except (AttributeError, DNSError):
        raise ValueError(f"unknown record type: {rtype!r}") from None


def _type_name(code: int) -> str:
    return str(QTYPE[code])  # dnslib spells unknown types "TYPE65280"


def _ascii_name(name: str) -> str:
    name = name.strip()
    if name.isascii():
        return name
    return ".".join(
        label.encode("idna").decode("ascii") if label else "" for label in name.split(".")
    )


def _absolute(name: str, origin: str) -> str:
    """`name` made absolute against `origin` ("@" is the origin itself)."""
    if name == "@":
        return origin
    if name.endswith(".") and not name.endswith("\\."):
        return name
    return f"{name}." if origin == "." else f"{name}.{origin}"


def _txt(parts: Sequence[bytes]) -> TXT:
    for part in parts:
        if len(part) > 255:
            raise ValueError(f"a TXT string may hold at most 255 bytes, not {len(part)}")
    return TXT(list(parts))


# -- zone-file parsing ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    text: str  # as written (escapes kept), for names and numbers
    data: bytes  # decoded (escapes applied), for character-strings
    quoted: bool


_TTL_RE = re.compile(r"^(\d+[smhdwSMHDW]?)+$")
_TTL_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def _parse_ttl(text: str, line: int) -> int:
    if text.isdigit():
        return int(text)
    if not _TTL_RE.match(text):
        raise ZoneSyntaxError(f"line {line}: not a TTL: {text!r}")
    total = 0
    for number, unit in re.findall(r"(\d+)([smhdwSMHDW]?)", text):
        total += int(number) * _TTL_UNITS[unit.lower() or "s"]
    return total


def _tokenize(text: str) -> Iterator[tuple[int, list[_Token], bool]]:
    """(line number, tokens, owner left blank) for each logical record of zone text."""
    tokens: list[_Token] = []
    depth = 0
    line = 1
    record_line = 1
    blank_owner = False
    at_line_start = True
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            if depth == 0:
                if tokens:
                    yield record_line, tokens, blank_owner
                tokens = []
                blank_owner = False
                at_line_start = True
            i += 1
            continue
        if at_line_start and depth == 0 and not tokens:
            record_line = line
            blank_owner = c in " \t"
        at_line_start = False
        if c in " \t\r":
            i += 1
        elif c == ";":
            while i < n and text[i] != "\n":
                i += 1
        elif c == "(":
            depth += 1
            i += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise ZoneSyntaxError(f"line {line}: ')' without '('")
            i += 1
        elif c == '"':
            data, i = _read_chars(text, i + 1, line, quoted=True)
            tokens.append(_Token(data.decode("utf-8", "replace"), data, True))
        else:
            start = i
            data, i = _read_chars(text, i, line, quoted=False)
            tokens.append(_Token(text[start:i], data, False))
    if depth != 0:
        raise ZoneSyntaxError(f"line {line}: '(' without ')'")
    if tokens:
        yield record_line, tokens, blank_owner


def _read_chars(text: str, i: int, line: int, *, quoted: bool) -> tuple[bytes, int]:
    """Read a word or the inside of a quoted string from `i`; decode RFC 1035 escapes
    (`\\DDD` is a decimal byte, `\\X` is X). Returns (bytes, index after the token)."""
    out = bytearray()
    n = len(text)
    while i < n:
        c = text[i]
        if quoted and c == '"':
            return bytes(out), i + 1
        if not quoted and (c in ' \t\r\n;()"'):
            return bytes(out), i
        if c == "\n" and quoted:
            raise ZoneSyntaxError(f"line {line}: unterminated quoted string")
        if c == "\\":
            digits = text[i + 1 : i + 4]
            if len(digits) == 3 and digits.isascii() and digits.isdigit():
                value = int(digits)
                if value > 255:
                    raise ZoneSyntaxError(f"line {line}: escape \\{digits} is not a byte")
                out.append(value)
                i += 4
                continue
            if i + 1 >= n:
                raise ZoneSyntaxError(f"line {line}: backslash at end of text")
            out.extend(text[i + 1].encode())
            i += 2
            continue
        out.extend(c.encode())
        i += 1
    if quoted:
        raise ZoneSyntaxError(f"line {line}: unterminated quoted string")
    return bytes(out), i


def _parse_zone(text: str, origin: str, default_ttl: int) -> Iterator[RR]:
    ttl = default_ttl
    owner: str | None = None
    for line, tokens, blank_owner in _tokenize(text):
        first = tokens[0].text
        if not tokens[0].quoted and first.startswith("$"):
            directive = first.upper()
            if directive == "$ORIGIN" and len(tokens) == 2:
                origin = _absolute(tokens[1].text, origin)
            elif directive == "$TTL" and len(tokens) == 2:
                ttl = _parse_ttl(tokens[1].text, line)
            else:
                raise ZoneSyntaxError(f"line {line}: unsupported directive {first}")
            continue
        rest = list(tokens)
        if not blank_owner:
            owner = _absolute(_ascii_name(rest.pop(0).text), origin)
        if owner is None:
            raise ZoneSyntaxError(f"line {line}: record without an owner name")
        record_ttl = ttl
        while rest and not rest[0].quoted:
            word = rest[0].text
            if word.upper() in ("IN", "CH", "HS"):
                if word.upper() != "IN":
                    raise ZoneSyntaxError(f"line {line}: only class IN is supported")
                rest.pop(0)
            elif _TTL_RE.match(word):
                record_ttl = _parse_ttl(word, line)
                rest.pop(0)
            else:
                break
        if not rest:
            raise ZoneSyntaxError(f"line {line}: record type missing")
        try:
            rtype = _type_code(rest.pop(0).text)
            rdata = _rdata(rtype, rest, origin, line)
        except ZoneSyntaxError:
            raise
        except (ValueError, IndexError, TypeError, AttributeError) as error:
            raise ZoneSyntaxError(f"line {line}: {error}") from None
        yield RR(DNSLabel(owner), rtype, CLASS.IN, record_ttl, rdata)


def _rdata(rtype: int, tokens: list[_Token], origin: str, line: int) -> Any:
    words = [t.text for t in tokens]

    def name(text: str) -> DNSLabel:
        return DNSLabel(_absolute(_ascii_name(text), origin))

    def need(count: int) -> None:
        if len(tokens) != count:
            raise ZoneSyntaxError(
                f"line {line}: {_type_name(rtype)} needs {count} value(s), got {len(tokens)}"
            )

    if rtype == QTYPE.A:
        need(1)
        return A(tuple(ipaddress.IPv4Address(words[0]).packed))
    if rtype == QTYPE.AAAA:
        need(1)
        return AAAA(tuple(ipaddress.IPv6Address(words[0]).packed))
    if rtype in (QTYPE.TXT, SPF):
        if not tokens:
            raise ZoneSyntaxError(f"line {line}: TXT needs at least one string")
        return _txt([t.data for t in tokens])
    if rtype == QTYPE.MX:
        need(2)
        return MX(name(words[1]), int(words[0]))
    if rtype == QTYPE.CNAME:
        need(1)
        return CNAME(name(words[0]))
    if rtype == QTYPE.PTR:
        need(1)
        return PTR(name(words[0]))
    if rtype == QTYPE.NS:
        need(1)
        return NS(name(words[0]))
    if rtype == QTYPE.SOA:
        need(7)
        times = tuple(
            int(words[2]) if i == 0 else _parse_ttl(w, line) for i, w in enumerate(words[2:])
        )
        return SOA(name(words[0]), name(words[1]), times)
    rd_class = RDMAP.get(_type_name(rtype))
    if rd_class is None:
        raise ZoneSyntaxError(f"line {line}: record type {_type_name(rtype)} is not supported")
    return rd_class.fromZone(words, DNSLabel(origin))


# -- pytest fixtures -----------------------------------------------------------------------


@pytest.fixture
def dns_server() -> Iterator[DnsTestServer]:
    """A running `DnsTestServer` on 127.0.0.1 with every `tests/fixtures/zones/*.zone`."""
    server = DnsTestServer()
    server.load_fixture_zones()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def dns_client(dns_server: DnsTestServer) -> DnsClient:
    """A `DnsClient` asking `dns_server`, with a 0.5 s timeout and one retry."""
    return DnsClient(ResolverSpec(dns_server.host, dns_server.port), timeout=0.5, retries=1)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve zone files on 127.0.0.1 until interrupted (for trying things by hand)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.dns_server", description=main.__doc__)
    parser.add_argument("zones", nargs="*", help="zone files (default: the test fixtures)")
    parser.add_argument("--delay", type=float, default=0.0, help="delay every answer (seconds)")
    args = parser.parse_args(argv)
    server = DnsTestServer()
    if args.zones:
        for path in args.zones:
            server.load_zone_file(path)
    else:
        server.load_fixture_zones()
    server.set_global_delay(args.delay)
    with server:
        print(f"serving on {server.address} (UDP and TCP); Ctrl-C stops", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
