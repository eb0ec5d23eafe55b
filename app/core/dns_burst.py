"""The first UDP attempt of a large `DnsClient.query_many` batch, over one connected socket.

A blacklist run sends about a hundred small queries at once. Through `dns.asyncquery.udp`
each costs a socket of its own plus dnspython's message building and parsing, about 0.3 ms of
CPU per query, which at a hundred queries is more than a third of a typical answer time. Here
the batch's first attempt shares one UDP socket connected to the first server (the kernel then
drops datagrams from anyone else), queries are built from bytes, and the common answers (an A
record set, a TXT record set of plain printable text, NXDOMAIN, NODATA, with the SOA's negative
TTL) are read directly. Anything else (a truncated answer, an empty answer with neither AA nor
RA set (a referral is not NODATA), another rcode, a CNAME, TXT data that dnspython would
escape, an EDNS extended rcode, trailing bytes) is handed to dnspython's parser and
`_interpret`, exactly as before (dnspython takes about 80 us to read one TXT answer, which
at a listing's reason per list was a visible part of a run); a datagram that does not parse
is ignored like `dns.asyncquery.udp(ignore_errors=True)` does, and the attempt keeps waiting.
Timeouts, retries and the TCP fallback stay with `DnsClient`.

Each query gets a random 16-bit id unique within the batch, and an answer must echo the
question exactly (name compared without regard to case, type and class), so a stray or
spoofed datagram is ignored. A matching datagram is handed to the burst's handler straight
from the socket's read callback: no queue and no task per query, because at a hundred queries
their scheduling was a visible part of the run's wall time. For the same reason the queries
of a batch are built and sent in one go (`send_many`).
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import socket
import struct
from collections.abc import Callable
from typing import Any, cast

_A = 1
_SOA = 6
_TXT = 16
_OPT = 41
_IN = 1
_MAX_POINTERS = 64
_QUESTION_NAME = b"\xc0\x0c"  # a compression pointer to the name at offset 12
_MAX_TTL = 0x7FFFFFFF

# Read buffer per datagram: the largest UDP payload, so nothing is cut. asyncio's own datagram
# transport reads with 256 KiB, which the C library allocates by mmap and frees again for every
# datagram (about 12 us, more than reading a whole common answer).
_MAX_DATAGRAM = 65535

# Datagrams read per readiness callback at most, so that timers and the cancel poll still run
# while answers keep coming.
_READ_BATCH = 64

# Bytes that dnspython writes as they are inside a TXT string's quotes: printable ASCII except
# the quote and the backslash, which it escapes (as it does every other byte).
_PLAIN_TXT = re.compile(rb"[\x20\x21\x23-\x5b\x5d-\x7e]*")


class Garbled(Exception):
    """A datagram that matched a query but cannot be read; the attempt keeps waiting."""


class Burst(asyncio.DatagramProtocol):
    """One connected UDP socket shared by the first attempts of a batch."""

    def __init__(self, handler: Callable[[int, bytes, int], None]) -> None:
        self.transport: asyncio.DatagramTransport | None = None
        self._sock: socket.socket | None = None  # read by the loop's reader callback
        self._loop: asyncio.AbstractEventLoop | None = None
        # query id -> (question, the caller's key for the query)
        self._pending: dict[int, tuple[bytes, int]] = {}
        self._handler = handler
        # Unpredictable ids without a system call per query: seeded from the OS once.
        self._ids = random.Random(os.urandom(16))

    @classmethod
    async def open(cls, host: str, port: int, handler: Callable[[int, bytes, int], None]) -> Burst:
        """A burst socket connected to `host`:`port` (OSError if that is impossible).

        Every datagram that answers a registered query (id and question match) is passed to
        `handler(key, datagram, length of the question section)`, which must not raise (it
        runs inside the socket's read callback)."""
        loop = asyncio.get_running_loop()
        protocol = cls(handler)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_DGRAM)
        try:
            sock.setblocking(False)
            sock.connect((host, port))  # UDP: no packet is sent, only the peer is fixed
            try:
                loop.add_reader(sock.fileno(), protocol._readable)
            except NotImplementedError:
                # Loops without readers (the proactor loop on Windows): asyncio's transport.
                await loop.create_datagram_endpoint(lambda: protocol, sock=sock)
            else:
                protocol._sock, protocol._loop = sock, loop
        except BaseException:
            sock.close()
            raise
        return protocol

    def _readable(self) -> None:
        assert self._sock is not None
        for _ in range(_READ_BATCH):
            try:
                data = self._sock.recv(_MAX_DATAGRAM)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                # An ICMP error (port unreachable, ...) reported on the connected socket: like
                # error_received below. The reader is level-triggered: more data, more calls.
                return
            self.datagram_received(data, None)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # The selector loop's datagram transport does not subclass DatagramTransport.
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: Any) -> None:
        if len(data) < 12 or not data[2] & 0x80:  # too short, or not a response
            return
        entry = self._pending.get(int.from_bytes(data[:2], "big"))
        if entry is None:
            return
        question, key = entry
        end = 12 + len(question)
        if data[4:6] != b"\x00\x01" or data[12:end].lower() != question:
            return
        self._handler(key, data, len(question))

    def error_received(self, exc: Exception) -> None:
        # ICMP errors (port unreachable, ...) on a connected socket: like dnspython with
        # ignore_errors=True, the attempt waits for its timeout.
        return

    def close(self) -> None:
        """Close the socket (pending attempts time out or are cancelled by their callers)."""
        if self._sock is not None:
            assert self._loop is not None
            self._loop.remove_reader(self._sock.fileno())
            self._sock.close()
            self._sock = None
        if self.transport is not None:
            self.transport.close()

    def register(self, question: bytes, key: int) -> int:
        """A fresh query id for `question` (qname wire + type + class, lower case); answers
        to it go to the handler with `key`."""
        pending = self._pending
        while True:
            query_id = self._ids.getrandbits(16)
            if query_id not in pending:
                break
        pending[query_id] = (question, key)
        return query_id

    def release(self, query_id: int) -> None:
        """Forget a finished query's id."""
        self._pending.pop(query_id, None)

    def send_many(self, wires: list[bytes]) -> None:
        """Send queries. A query that cannot be sent (a full buffer, a network error) is left
        to time out and be retried, as the datagram transport does."""
        if self._sock is not None:
            send = self._sock.send
            for wire in wires:
                # Not contextlib.suppress: a context manager per query costs more than the send.
                try:  # noqa: SIM105
                    send(wire)
                except OSError:
                    pass
            return
        assert self.transport is not None
        for wire in wires:
            self.transport.sendto(wire)


def question_wire(qname_wire: bytes, rdtype: int) -> bytes:
    """The question section of a query, lower-cased for matching answers."""
    return qname_wire.lower() + struct.pack("!HH", rdtype, _IN)


def query_wire(query_id: int, qname_wire: bytes, rdtype: int, payload: int) -> bytes:
    """A standard recursive query with an EDNS0 OPT record (what dnspython's make_query sends
    with use_edns=0 and this payload)."""
    header = struct.pack("!HHHHHH", query_id, 0x0100, 1, 0, 0, 1)
    opt = b"\x00" + struct.pack("!HHIH", _OPT, payload, 0, 0)
    return header + qname_wire + struct.pack("!HH", rdtype, _IN) + opt


def _read_name(data: bytes, pos: int) -> tuple[str, int]:
    """A (possibly compressed) name at `pos`: (lower-case text without final dot, next pos)."""
    labels: list[str] = []
    end = -1
    jumps = 0
    while True:
        if pos >= len(data):
            raise Garbled("name runs past the end")
        length = data[pos]
        if length & 0xC0 == 0xC0:
            if pos + 1 >= len(data):
                raise Garbled("cut pointer")
            if end < 0:
                end = pos + 2
            jumps += 1
            if jumps > _MAX_POINTERS:
                raise Garbled("pointer loop")
            pos = ((length & 0x3F) << 8) | data[pos + 1]
            continue
        if length & 0xC0:
            raise Garbled("unknown label type")
        pos += 1
        if length == 0:
            break
        label = data[pos : pos + length]
        if len(label) != length:
            raise Garbled("cut label")
        labels.append(label.decode("latin-1").lower())
        pos += length
    return ".".join(labels), (end if end >= 0 else pos)


def _txt_record(rdata: bytes) -> tuple[str, tuple[bytes, ...]] | None:
    """One TXT record's presentation text (as dnspython writes it) and its character-strings,
    or None when dnspython must read it (no strings, a cut string, bytes it escapes)."""
    parts: list[bytes] = []
    pos = 0
    while pos < len(rdata):
        length = rdata[pos]
        part = rdata[pos + 1 : pos + 1 + length]
        if len(part) != length or not _PLAIN_TXT.fullmatch(part):
            return None
        parts.append(part)
        pos += 1 + length
    if not parts:
        return None
    return " ".join('"' + part.decode("ascii") + '"' for part in parts), tuple(parts)


def fast_answer(
    data: bytes, qname: str, rdtype: int, question_length: int
) -> tuple[str, tuple[str, ...], tuple[tuple[bytes, ...], ...], int | None] | None:
    """Read a common answer directly: ("ok" | "nxdomain" | "nodata", records in presentation
    form, each TXT record's character-strings (empty for A), ttl), or None when the answer
    needs dnspython (any shape other than the ones in the module docstring). `data` must
    answer `qname` (its question section is `qname`'s, as `Burst` checks before handing it
    over): a record owned by the question's name is taken as owned by `qname`. Raises
    `Garbled` for a datagram that cannot be a valid message."""
    flags = int.from_bytes(data[2:4], "big")
    if not flags & 0x8000 or (flags >> 11) & 0xF or flags & 0x0200:
        return None  # not a response, another opcode, or truncated: the full path decides
    rcode = flags & 0xF
    if rcode not in (0, 3):
        return None
    try:
        qd, an, ns, ar = struct.unpack("!HHHH", data[4:12])
    except struct.error:
        raise Garbled("short header") from None
    if rcode == 0 and an == 0 and not flags & 0x0480:
        # An empty answer, neither authoritative (AA) nor recursive (RA): perhaps a referral
        # from a server that does not resolve other domains, which must not become NODATA.
        return None
    pos = 12 + question_length
    wanted = qname.lower().rstrip(".")
    # The pointer 0xC00C names the question's name only when there is a question there (a
    # datagram without one would have it point into its first record, a pointer loop).
    question_name = _QUESTION_NAME if qd == 1 and question_length > 4 else None
    # presentation text -> TXT strings (None for A); a dict keeps the first of equal records,
    # in the order received, as dnspython's record set does
    records: dict[str, tuple[bytes, ...] | None] = {}
    ttls: list[int] = []
    negative: int | None = None
    for section, count in ((0, an), (1, ns), (2, ar)):
        for _ in range(count):
            if data[pos : pos + 2] == question_name:
                # The common owner: the question's name (already checked to be ours).
                name, pos = wanted, pos + 2
            else:
                name, pos = _read_name(data, pos)
            try:
                rtype, rclass, ttl, length = struct.unpack("!HHIH", data[pos : pos + 10])
            except struct.error:
                raise Garbled("cut record") from None
            pos += 10
            rdata = data[pos : pos + length]
            if len(rdata) != length:
                raise Garbled("cut rdata")
            rdata_pos = pos
            pos += length
            if ttl > _MAX_TTL and rtype != _OPT:
                ttl = 0  # RFC 2181 8: a TTL with the top bit set is zero (dnspython agrees)
            if section == 0:
                if rcode != 0 or rclass != _IN or name != wanted or rtype != rdtype:
                    return None  # NXDOMAIN with records, CNAMEs, other owners: full path
                if rtype == _A and length == 4:
                    records[socket.inet_ntoa(rdata)] = None
                elif rtype == _TXT:
                    txt = _txt_record(rdata)
                    if txt is None:
                        return None
                    records.setdefault(txt[0], txt[1])
                else:
                    return None  # other data (or a malformed A record): dnspython reads it
                ttls.append(ttl)
            elif section == 1:
                if rtype == _SOA and negative is None and rclass == _IN:
                    _mname, at = _read_name(data, rdata_pos)
                    _rname, at = _read_name(data, at)
                    fields = data[at : at + 20]
                    if len(fields) != 20 or at + 20 != rdata_pos + length:
                        raise Garbled("bad SOA")
                    minimum = struct.unpack("!IIIII", fields)[4]
                    negative = min(ttl, minimum)
            elif rtype == _OPT and ttl >> 24:
                return None  # an EDNS extended rcode changes the meaning
    if pos != len(data):
        return None  # trailing bytes: let dnspython judge
    if rcode == 3:
        return "nxdomain", (), (), negative
    if records:
        strings = tuple(v for v in records.values() if v is not None)
        return "ok", tuple(records), strings, min(ttls)
    return "nodata", (), (), negative
