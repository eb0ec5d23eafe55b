"""A socket guard for tests: any attempt to reach an address other than loopback fails loudly.

    with loopback_only() as attempts:
        ... code under test ...
    assert attempts == []   # (every blocked attempt is also raised as OSError at once)

It patches the Python-level socket methods that start traffic (`connect`, `connect_ex`,
`sendto`, `sendmsg`) and `socket.getaddrinfo`, which is how every Python networking library,
dnspython's asyncio backend included, reaches the network. Together with the loopback DNS
server's query log it proves that a check sent its DNS queries only to the server it was
given.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
from collections.abc import Iterator
from typing import Any


def _is_loopback(host: Any) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port): a local wildcard, used for binding
    text = host.decode() if isinstance(host, bytes) else str(host)
    if text == "localhost":
        return True
    try:
        return ipaddress.ip_address(text.split("%")[0]).is_loopback
    except ValueError:
        return False


@contextlib.contextmanager
def loopback_only() -> Iterator[list[str]]:
    """Refuse every connection, datagram and name lookup that is not for loopback."""
    attempts: list[str] = []
    own_methods = {
        n for n in ("connect", "connect_ex", "sendto", "sendmsg") if n in vars(socket.socket)
    }
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex
    original_sendto = socket.socket.sendto
    original_sendmsg = socket.socket.sendmsg
    original_getaddrinfo = socket.getaddrinfo

    def refuse(what: str, address: Any) -> None:
        attempts.append(f"{what} {address!r}")
        raise OSError(f"test guard: {what} to {address!r} is not loopback")

    def family_ok(sock: socket.socket, address: Any) -> bool:
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return True  # Unix sockets and socketpairs used by asyncio internally
        return _is_loopback(address[0] if isinstance(address, tuple) else address)

    def connect(self: socket.socket, address: Any) -> None:
        if not family_ok(self, address):
            refuse("connect", address)
        return original_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not family_ok(self, address):
            refuse("connect_ex", address)
        return original_connect_ex(self, address)

    def sendto(self: socket.socket, data: Any, *args: Any) -> int:
        address = args[-1]
        if not family_ok(self, address):
            refuse("sendto", address)
        return original_sendto(self, data, *args)  # type: ignore[call-overload,no-any-return]

    def sendmsg(self: socket.socket, buffers: Any, *args: Any) -> int:
        if len(args) >= 3 and args[2] is not None and not family_ok(self, args[2]):
            refuse("sendmsg", args[2])
        return original_sendmsg(self, buffers, *args)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_loopback(host):
            refuse("getaddrinfo", host)
        return original_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = sendto  # type: ignore[method-assign,assignment]
    socket.socket.sendmsg = sendmsg  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo
    try:
        yield attempts
    finally:
        # Put the class back exactly as it was: the methods are inherited from _socket.socket,
        # so remove our overrides rather than assigning the inherited ones into the subclass.
        for name, original in (
            ("connect", original_connect),
            ("connect_ex", original_connect_ex),
            ("sendto", original_sendto),
            ("sendmsg", original_sendmsg),
        ):
            if name in own_methods:
                setattr(socket.socket, name, original)
            else:
                delattr(socket.socket, name)
        socket.getaddrinfo = original_getaddrinfo
