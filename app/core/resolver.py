"""Which DNS server the checks ask: the user's choice (`--resolver`) or this computer's settings.

A `ResolverSpec` names one server by IP address and port, or stands for "the system's
resolvers" (`host is None`). `ResolverSpec.parse` turns what a user typed into a spec and
explains in plain words what is wrong with anything it cannot use.

Only IP addresses (and the word `localhost`, meaning 127.0.0.1) are accepted, never host
names: finding a DNS server by name would need a working DNS server first, which is exactly
what the user may not have when they reach for this option, and a failure of that extra
lookup would be indistinguishable from a failure of the check itself. Every operating
system's network settings also ask for DNS servers by address, so that is what users have
at hand.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass

from app.core.errors import CheckError, InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg

DEFAULT_PORT = 53

# Longer than any address with a port ("[ffff:...:ffff]:65535" is 47 characters): anything
# longer is a paste of something else, and echoing it back in a message would not help.
_MAX_INPUT = 64

# The ideographic full stop a Japanese IME may type for "." (NFKC maps "｡" to it, not to ".").
_IME_PUNCTUATION = str.maketrans({"。": "."})

_HOST_NAME = re.compile(r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$")

EMPTY = QT_TRANSLATE_NOOP(
    "dns",
    "No DNS server was entered. Enter the DNS server's IP address, for example 192.168.1.1.",
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "dns",
    "The DNS server entry is too long. Enter only an IP address, optionally followed by a "
    "colon and a port number, for example 192.168.1.1:53.",
)
BAD_PORT = QT_TRANSLATE_NOOP(
    "dns",
    "\u201c{port}\u201d is not a valid port number. The port must be a number from 1 to 65535 "
    "(DNS servers normally use 53).",
)
HOST_NAME = QT_TRANSLATE_NOOP(
    "dns",
    "\u201c{text}\u201d is a name, not an IP address. Enter the DNS server's IP address, for "
    "example 192.168.1.1. A DNS server cannot be given by name, because looking up a name "
    "itself needs a DNS server.",
)
NOT_ADDRESS = QT_TRANSLATE_NOOP(
    "dns",
    "\u201c{text}\u201d is not an IP address. Enter the DNS server's IP address, for example "
    "192.168.1.1 or 2001:db8::53, optionally followed by a colon and a port number "
    "(192.168.1.1:53).",
)
BRACKETS = QT_TRANSLATE_NOOP(
    "dns",
    "\u201c{text}\u201d is not written correctly. Square brackets are only for an IPv6 address "
    "followed by a port, for example [2001:db8::53]:53.",
)
UNUSABLE = QT_TRANSLATE_NOOP(
    "dns",
    "{address} cannot be a DNS server's address (it is an unspecified, broadcast or multicast "
    "address). Enter the address of the DNS server itself.",
)
NO_SYSTEM_DNS = QT_TRANSLATE_NOOP(
    "dns",
    "No DNS server is configured on this computer, so nothing can be checked. Check the "
    "network connection, or enter the address of a DNS server to use.",
)
SYSTEM_LABEL = QT_TRANSLATE_NOOP("dns", "this computer's DNS settings ({servers})")
SYSTEM_LABEL_NONE = QT_TRANSLATE_NOOP("dns", "this computer's DNS settings (no server found)")


@dataclass(frozen=True)
class ResolverSpec:
    """The DNS server to ask: `host` is an IP address, or None for this computer's resolvers.

    `host` is stored in canonical form ("2001:db8::53", never "2001:0db8:0:0::53"); `port`
    only matters when `host` is set (the system's own ports come from its configuration).
    Constructing a spec with something that is not an IP address raises `InputError`.
    """

    host: str | None = None
    port: int = DEFAULT_PORT

    def __post_init__(self) -> None:
        if isinstance(self.port, bool) or not isinstance(self.port, int):
            raise InputError(BAD_PORT.with_args(port=str(self.port)))
        if not 1 <= self.port <= 65535:
            raise InputError(BAD_PORT.with_args(port=str(self.port)))
        if self.host is not None:
            # Normalised here too, so that specs built in code compare equal to parsed ones.
            object.__setattr__(self, "host", _address(self.host, self.host))

    @classmethod
    def parse(cls, text: str) -> ResolverSpec:
        """Read `HOST`, `HOST:PORT`, `[IPv6]:PORT` or a bare IPv6 address as typed by a user.

        Full-width characters (`１２７．０．０．１：５３`) and surrounding spaces are accepted.
        HOST must be an IP address or `localhost`. A bare IPv6 address cannot carry a port
        (`2001:db8::53:53` is itself an address): brackets are needed for that. Raises
        `InputError` with a message saying what is wrong.
        """
        cleaned = unicodedata.normalize("NFKC", text).translate(_IME_PUNCTUATION).strip()
        if not cleaned:
            raise InputError(EMPTY)
        if len(cleaned) > _MAX_INPUT:
            raise InputError(TOO_LONG)
        if cleaned.startswith("["):
            match = re.fullmatch(r"\[([^\[\]]*)\](?::(.*))?", cleaned, flags=re.DOTALL)
            if match is None:
                raise InputError(BRACKETS.with_args(text=cleaned))
            host_text, port_text = match.group(1).strip(), match.group(2)
            if not host_text:
                raise InputError(BRACKETS.with_args(text=cleaned))
            port = _port(port_text) if port_text is not None else DEFAULT_PORT
            return cls(_address(host_text, cleaned), port)
        if "]" in cleaned:
            raise InputError(BRACKETS.with_args(text=cleaned))
        if cleaned.count(":") >= 2:
            # More than one colon can only be an IPv6 address without a port.
            return cls(_address(cleaned, cleaned), DEFAULT_PORT)
        host_text, sep, port_text = cleaned.partition(":")
        host_text = host_text.strip()
        if not host_text or "/" in cleaned:  # "/" also catches URLs ("http://192.0.2.1")
            raise InputError(NOT_ADDRESS.with_args(text=cleaned))
        # The address first: "ns1.example.jp:53" is better answered about the name.
        host = _address(host_text, cleaned)
        return cls(host, _port(port_text) if sep else DEFAULT_PORT)

    @property
    def is_system(self) -> bool:
        """True when the spec stands for this computer's configured resolvers."""
        return self.host is None

    def describe(self) -> str:
        """A stable, language-neutral label for JSON and reports: "127.0.0.1:5353",
        "[2001:db8::53]:53", or "system (192.0.2.53)" with the servers configured right now."""
        if self.host is not None:
            return format_server(self.host, self.port)
        try:
            servers = system_nameservers()
        except CheckError:
            return "system (none)"
        return "system (" + ", ".join(format_server(h, p, 53) for h, p in servers) + ")"

    def label(self) -> Msg:
        """The same as `describe()` as a translatable message for the UI and the PDF."""
        if self.host is not None:
            return _literal(self.describe())
        try:
            servers = system_nameservers()
        except CheckError:
            return SYSTEM_LABEL_NONE
        return SYSTEM_LABEL.with_args(
            servers=", ".join(format_server(h, p, 53) for h, p in servers)
        )


def _literal(text: str) -> Msg:
    # A message with no translatable words (an address): its "{text}" template renders as is.
    return Msg("dns", "{text}").with_args(text=text)


def format_server(host: str, port: int, default_port: int | None = None) -> str:
    """`host:port` with IPv6 in brackets; the port is left out when it equals `default_port`."""
    if default_port is not None and port == default_port:
        return host
    if ":" in host:
        return f"[{host}]:{port}"
    return f"{host}:{port}"


def system_nameservers(filename: str | None = None) -> tuple[tuple[str, int], ...]:
    """This computer's DNS servers as (address, port), read fresh from the OS configuration.

    `filename` overrides /etc/resolv.conf (used by tests; ignored on Windows, where dnspython
    reads the registry). Servers given as DNS-over-HTTPS URLs are skipped: the checks talk
    plain DNS so that they can tell every kind of failure apart. Raises `CheckError` when no
    usable server is configured (no resolv.conf, or one without `nameserver` lines).
    """
    # dnspython takes ~50 ms to import; only checks need it, not the wizard's start-up.
    import dns.inet
    import dns.nameserver
    import dns.resolver

    try:
        if filename is None:
            resolver = dns.resolver.Resolver(configure=True)
        else:
            resolver = dns.resolver.Resolver(filename=filename, configure=True)
    except (dns.resolver.NoResolverConfiguration, OSError, ValueError) as error:
        raise CheckError(NO_SYSTEM_DNS) from error
    servers: list[tuple[str, int]] = []
    for entry in resolver.nameservers:
        if isinstance(entry, str):
            if dns.inet.is_address(entry):
                servers.append((entry, resolver.nameserver_ports.get(entry, resolver.port)))
        elif isinstance(entry, dns.nameserver.Do53Nameserver):
            servers.append((entry.address, entry.port))
    if not servers:
        raise CheckError(NO_SYSTEM_DNS)
    return tuple(servers)


def _port(text: str) -> int:
    """A port number 1-65535 from ASCII digits (int() would also take Arabic-Indic digits)."""
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit()) or len(stripped) > 5:
        raise InputError(BAD_PORT.with_args(port=stripped))
    port = int(stripped)
    if not 1 <= port <= 65535:
        raise InputError(BAD_PORT.with_args(port=stripped))
    return port


def _address(host: str, whole: str) -> str:
    """The canonical text of an IP address (or localhost), else InputError about `whole`."""
    if not isinstance(host, str):
        raise InputError(NOT_ADDRESS.with_args(text=str(host)))
    if host.lower() in ("localhost", "localhost."):
        return "127.0.0.1"
    # Scoped IPv6 ("fe80::1%eth0") is not accepted: dnspython cannot route by zone id.
    if "%" in host or not host.isascii():
        raise InputError(NOT_ADDRESS.with_args(text=whole))
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if _HOST_NAME.match(host) and not host.replace(".", "").isdigit():
            raise InputError(HOST_NAME.with_args(text=host)) from None
        raise InputError(NOT_ADDRESS.with_args(text=whole)) from None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # "::ffff:192.0.2.53" reaches the same server as 192.0.2.53 and works without IPv6.
        address = address.ipv4_mapped
    unusable = address.is_unspecified or address.is_multicast
    if isinstance(address, ipaddress.IPv4Address) and address == ipaddress.IPv4Address(
        "255.255.255.255"
    ):
        unusable = True
    if unusable:
        raise InputError(UNUSABLE.with_args(address=str(address)))
    return str(address)
