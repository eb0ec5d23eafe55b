"""The case section of step 4 (送信ドメイン認証): SPF checks, the recommended record, DMARC, DKIM.

Everything here is plain data saved in the case file under `sender_auth` (see
docs/case-format.md). `spf_checks` is a history, oldest first: the oldest check of the latest
check's domain is the state before anything was changed, the last one the latest re-check, so
the page and the report can show "before / after" (`checks_to_compare`). The page and the CLI produce the results; the report reads them.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.core.dkim import DkimCheck, DkimKey, DkimStatus
from app.core.dmarc import DmarcCheck, DmarcStatus
from app.core.dnsbl_history import BlacklistSection
from app.core.findings import error, warning
from app.core.normalize import JST
from app.core.spf.check import SpfCheck, SpfNode, SpfStatus
from app.core.spf.generate import IpCheck, SpfRecommendation, TermNote, Verification

MAX_HISTORY = 20


@dataclass
class SenderAuthSection:
    """What step 4 found and what the user entered there."""

    spf_checks: list[SpfCheck] = field(default_factory=list)
    recommendation: SpfRecommendation | None = None
    dmarc: DmarcCheck | None = None
    dkim: DkimCheck | None = None
    outbound_ips: list[str] = field(default_factory=list)  # added by the user on page 4
    extra_terms: list[str] = field(default_factory=list)  # ip4:/ip6:/include: terms to add
    # Ids of the sending services ticked on page 4 (spf_presets.toml [[service]]); their terms
    # are added to extra_terms when the record is generated.
    services: list[str] = field(default_factory=list)
    # Ids of services whose box the owner unticked: no longer used, so their terms are left
    # out of the recommendation even where the published record has them.
    unused_services: list[str] = field(default_factory=list)
    # Includes of the published record that no service box stands for (an unknown service,
    # a provider's own include), unticked by the owner: left out of the recommendation too.
    unused_terms: list[str] = field(default_factory=list)
    all_policy: str = "~all"
    # True once the owner picked ~all or -all on page 4. Until then the choice follows the
    # published record (-all stays -all: a default never weakens what is published). Added
    # within version 2: files without it open with False.
    all_policy_chosen: bool = False
    report_address: str = ""  # where DMARC reports should go
    dkim_selectors: list[str] = field(default_factory=list)  # selectors the user knows
    # The header of a sent mail the user pasted for the DKIM check, as pasted: its selectors
    # are tried again when the check is repeated after reopening the case. Added within
    # version 2: files without it open with "".
    dkim_header: str = ""

    @property
    def first_check(self) -> SpfCheck | None:
        """The SPF state before anything was changed: the oldest check kept of the latest
        check's domain. A check of a domain the owner corrected afterwards is no "before"."""
        index = _oldest_of_latest_domain(self.spf_checks)
        return self.spf_checks[index] if index is not None else None

    @property
    def latest_check(self) -> SpfCheck | None:
        """The most recent SPF check."""
        return self.spf_checks[-1] if self.spf_checks else None

    def add_spf_check(self, check: SpfCheck) -> None:
        """Append a check; the oldest check of its domain is always kept as the "before"
        state, the oldest of the others is dropped when the history is full."""
        self.spf_checks.append(check)
        if len(self.spf_checks) > MAX_HISTORY:
            # Keeping index 0 for ever would keep a domain the owner corrected on page 1 and
            # drop the new domain's real "before" once the history is full.
            before = _oldest_of_latest_domain(self.spf_checks)
            del self.spf_checks[1 if before == 0 else 0]


def _same_domain(a: str, b: str) -> bool:
    return a.strip().rstrip(".").lower() == b.strip().rstrip(".").lower()


def _oldest_of_latest_domain(checks: list[SpfCheck]) -> int | None:
    """The index of the oldest check made for the latest check's domain."""
    if not checks:
        return None
    latest = checks[-1].domain_ascii
    return next(i for i, c in enumerate(checks) if _same_domain(c.domain_ascii, latest))


def results_for_other_domain(section: SenderAuthSection, domain_ascii: str) -> dict[str, str]:
    """The stored results that were not made for `domain_ascii` (the owner changed the case's
    domain after checking): "spf", "generate", "dmarc", "dkim" -> the domain they were for.
    Empty when no domain is entered yet."""
    if not domain_ascii.strip():
        return {}
    results = {
        "spf": section.latest_check,
        "generate": section.recommendation,
        "dmarc": section.dmarc,
        "dkim": section.dkim,
    }
    return {
        kind: result.domain
        for kind, result in results.items()
        if result is not None and not _same_domain(result.domain_ascii, domain_ascii)
    }


def checks_to_compare(section: SenderAuthSection) -> tuple[SpfCheck, SpfCheck] | None:
    """The first and the latest SPF check of the latest check's domain (before/after
    publishing), or None when there are not two. Checks of an earlier domain are left out."""
    latest = section.latest_check
    if latest is None:
        return None
    same = [c for c in section.spf_checks if _same_domain(c.domain_ascii, latest.domain_ascii)]
    return (same[0], same[-1]) if len(same) >= 2 else None


def outbound_ips_from_case(case: Any) -> list[str]:
    """Sending IP addresses the blacklist step knows of: the ones taken from a bounce's
    Received headers and the ones the owner entered (MX and SPF addresses are left out: the
    first may only receive, the second are already in the record). Internet addresses only."""
    section = getattr(case, "blacklist", None)
    if not isinstance(section, BlacklistSection):
        return []
    latest = section.latest()
    targets = latest.targets if latest is not None and latest.targets else section.targets
    found: list[str] = []
    for target in targets:
        if target.kind != "ip":
            continue
        if not any(o == "entered" or o.startswith("received:") for o in target.origins):
            continue
        try:
            address = ipaddress.ip_address(target.value)
        except ValueError:
            continue
        if _outbound(address) and str(address) not in found:
            found.append(str(address))
    return found


_LOCAL_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
)


def _outbound(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Could mail to the internet come from this address? Not loopback (DNSBL answers are
    127.0.0.x), link-local, multicast or a LAN range; documentation ranges are kept because
    example data uses them."""
    if address.is_loopback or address.is_link_local or address.is_multicast:
        return False
    if address.is_unspecified or address.is_reserved:
        return False
    return not any(address in network for network in _LOCAL_NETWORKS)


def example_sender_auth() -> SenderAuthSection:
    """Realistic results for the example case (page 4 in the screenshots, the report): two
    SPF records left by different people, no DMARC, a DKIM key at the "default" selector."""
    domain = "example.co.jp"
    checked = datetime(2026, 11, 18, 10, 20, tzinfo=JST)
    xserver = "+a:sv0000.xserver.jp +mx include:spf.sender.xserver.jp ~all"
    first = f"v=spf1 {xserver}"
    second = "v=spf1 ip4:198.51.100.25 ptr ?all"
    before = SpfCheck(
        domain=domain,
        domain_ascii=domain,
        status=SpfStatus.PERMERROR,
        record=first,
        records=(first, second),
        strings=(first,),
        lookups=3,
        void_lookups=0,
        findings=(
            error("multiple_records", domain=domain, count=2),
            warning("all_neutral", term="?all", domain=domain),
            warning("ptr", term="ptr", domain=domain),
        ),
        tree=SpfNode(
            domain,
            "root",
            "",
            "ok",
            first,
            lookups=3,
            children=(
                SpfNode(
                    "spf.sender.xserver.jp",
                    "include",
                    "include:spf.sender.xserver.jp",
                    "ok",
                    "v=spf1 ip4:203.0.113.0/26 ip4:203.0.113.128/26 ~all",
                ),
            ),
        ),
        ttl=3600,
        checked_at=checked,
        resolver="system (192.0.2.53)",
    )
    record = f"v=spf1 {xserver.replace(' ~all', '')} ip4:198.51.100.25 ~all"
    recommendation = SpfRecommendation(
        domain=domain,
        domain_ascii=domain,
        record=record,
        strings=(record,),
        all_policy="~all",
        lookups=3,
        existing=first,
        existing_status="permerror",
        verified=True,
        checks=(
            Verification("includes", True),
            Verification("syntax", True),
            Verification("lookups", True, {"count": "3"}),
            Verification("outbound_ips", True, {"ips": "203.0.113.25, 198.51.100.25"}),
            Verification("strings", True, {"count": "1", "length": str(len(record))}),
        ),
        notes=(
            TermNote("merged", args={"count": "2"}),
            TermNote("removed_ptr", "ptr"),
            TermNote("replaced_all", args={"old": "?all", "new": "~all"}),
            TermNote("outbound_ip_covered", args={"ip": "203.0.113.25"}),
            TermNote("outbound_ip_covered", args={"ip": "198.51.100.25"}),
        ),
        ip_checks=(
            IpCheck("203.0.113.25", "permerror", "pass"),
            IpCheck("198.51.100.25", "permerror", "pass"),
        ),
        provider="xserver",
        created_at=datetime(2026, 11, 18, 10, 25, tzinfo=JST),
    )
    dmarc = DmarcCheck(
        domain=domain,
        domain_ascii=domain,
        status=DmarcStatus.NONE,
        findings=(warning("dmarc_no_record", domain=domain),),
        next_step="publish_none",
        recommended=f"v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}",
        new_report_address=f"dmarc-reports@{domain}",
        ttl=3600,
        checked_at=datetime(2026, 11, 18, 10, 22, tzinfo=JST),
        resolver="system (192.0.2.53)",
    )
    dkim = DkimCheck(
        domain=domain,
        domain_ascii=domain,
        status=DkimStatus.OK,
        keys=(
            DkimKey(
                "default",
                domain,
                f"default._domainkey.{domain}",
                "probe",
                "ok",
                "rsa",
                2048,
            ),
        ),
        selectors_tried=("default", "google", "selector1", "selector2", "s1", "s2"),
        checked_at=datetime(2026, 11, 18, 10, 23, tzinfo=JST),
        resolver="system (192.0.2.53)",
    )
    return SenderAuthSection(
        spf_checks=[before],
        recommendation=recommendation,
        dmarc=dmarc,
        dkim=dkim,
        outbound_ips=["198.51.100.25"],
        all_policy="~all",
        report_address=f"dmarc-reports@{domain}",
    )
