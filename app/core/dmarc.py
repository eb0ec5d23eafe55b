"""DMARC: read and check the policy record at `_dmarc.<domain>`, and recommend the next step.

Rules follow RFC 7489 as revised by RFC 9989 (DMARCbis, 2026):

* a record must start with `v=DMARC1`; "DMARC1" is case-sensitive (`v=dmarc1` is ignored by
  receivers), and more than one record means no DMARC at all;
* tags: p, sp, np (non-existent subdomains), psd, t (test mode, `t=y`), adkim, aspf, rua,
  ruf, fo. `pct`, `rf` and `ri` were removed: they are reported, and never emitted. Unknown
  tags are ignored by receivers (reported as a warning);
* a record without p= (or with an invalid one) counts as p=none when it has a usable rua;
* reports to an address on another domain are only sent if that domain publishes
  `<domain>._report._dmarc.<report domain>` with a record starting `v=DMARC1` (RFC 7489
  7.1); this is checked.

The rollout recommended: first `v=DMARC1; p=none; rua=mailto:<address>` (reports only), read
the reports for a few weeks while SPF and DKIM are fixed, then p=quarantine, then p=reject.
Same-organisation is decided without the Public Suffix List: two domains belong together
when one is the other or ends with "." + the other, which errs towards checking the
authorisation record when in doubt.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.core.dns_client import DnsClient, DnsStatus
from app.core.findings import Finding, Severity, error, register, warning
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.normalize import JST, normalize_domain, normalize_email

POLICIES = ("none", "quarantine", "reject")
REMOVED_TAGS = ("pct", "rf", "ri")
KNOWN_TAGS = ("v", "p", "sp", "np", "psd", "t", "adkim", "aspf", "rua", "ruf", "fo")
_VALUES = {
    "p": POLICIES,
    "sp": POLICIES,
    "np": POLICIES,
    "adkim": ("r", "s"),
    "aspf": ("r", "s"),
    "t": ("y", "n"),
    "psd": ("y", "n", "u"),
}
_VERSION = re.compile(r"^v\s*=\s*DMARC1\s*(;|$)")
_VERSION_ANY_CASE = re.compile(r"^v\s*=\s*dmarc1\s*(;|$)", re.IGNORECASE)

_TITLES: dict[str, Msg] = {
    "dmarc_no_record": QT_TRANSLATE_NOOP("dmarc", "There is no DMARC record"),
    "dmarc_domain_not_found": QT_TRANSLATE_NOOP(
        "dmarc", "The domain {domain} does not exist in DNS"
    ),
    "dmarc_multiple_records": QT_TRANSLATE_NOOP("dmarc", "There are {count} DMARC records"),
    "dmarc_version": QT_TRANSLATE_NOOP("dmarc", "The record does not start with v=DMARC1"),
    "dmarc_invalid_policy": QT_TRANSLATE_NOOP("dmarc", "“{text}” is not a valid policy"),
    "dmarc_no_policy": QT_TRANSLATE_NOOP("dmarc", "The record has no p= policy"),
    "dmarc_policy_none": QT_TRANSLATE_NOOP(
        "dmarc", "p=none: reports only, forged mail is not stopped yet"
    ),
    "dmarc_testing": QT_TRANSLATE_NOOP("dmarc", "t=y: the policy is in test mode"),
    "dmarc_no_rua": QT_TRANSLATE_NOOP("dmarc", "No address for reports (rua=)"),
    "dmarc_rua_invalid": QT_TRANSLATE_NOOP("dmarc", "“{uri}” is not a usable report address"),
    "dmarc_rua_unauthorized": QT_TRANSLATE_NOOP(
        "dmarc", "{report_domain} has not agreed to receive your reports"
    ),
    "dmarc_removed_tag": QT_TRANSLATE_NOOP("dmarc", "“{tag}=” is no longer part of DMARC"),
    "dmarc_unknown_tag": QT_TRANSLATE_NOOP("dmarc", "Unknown tag “{tag}”"),
    "dmarc_invalid_value": QT_TRANSLATE_NOOP("dmarc", "“{text}” has an invalid value"),
}
_ADVICE: dict[str, Msg] = {
    "dmarc_domain_not_found": QT_TRANSLATE_NOOP(
        "dmarc",
        "The DNS answered that this domain does not exist, so it has no record of any kind. "
        "Check the spelling of the domain (the part after @ in your mail address). If it is "
        "right, ask your hosting or DNS company whether the domain is registered and set up.",
    ),
    "dmarc_no_record": QT_TRANSLATE_NOOP(
        "dmarc",
        "Without DMARC, receivers do not know what to do with mail that fails SPF and DKIM, "
        "and you get no reports about mail sent in your name. Publish the first record below: "
        "p=none only asks for reports and blocks nothing.",
    ),
    "dmarc_multiple_records": QT_TRANSLATE_NOOP(
        "dmarc",
        "With more than one DMARC record receivers ignore DMARC completely. Keep one record "
        "at _dmarc.{domain} and delete the others.",
    ),
    "dmarc_version": QT_TRANSLATE_NOOP(
        "dmarc",
        "A DMARC record must start exactly with “v=DMARC1” (DMARC in capitals), followed by "
        "“;”. Receivers ignore “{text}”. Correct the start of the record.",
    ),
    "dmarc_invalid_policy": QT_TRANSLATE_NOOP(
        "dmarc",
        "p= must be none, quarantine or reject. Receivers treat this record as p=none at "
        "best. Correct it, starting with p=none.",
    ),
    "dmarc_no_policy": QT_TRANSLATE_NOOP(
        "dmarc",
        "Receivers treat a record without p= as p=none (reports only). Write p=none "
        "explicitly, and later move on to quarantine and reject.",
    ),
    "dmarc_policy_none": QT_TRANSLATE_NOOP(
        "dmarc",
        "This is the right first step. Read the reports for a few weeks; when all your real "
        "mail passes SPF or DKIM, change to p=quarantine, and later to p=reject.",
    ),
    "dmarc_testing": QT_TRANSLATE_NOOP(
        "dmarc",
        "With t=y receivers apply the policy one step more leniently (reject as quarantine, "
        "quarantine as none). Remove t=y when your test period is over.",
    ),
    "dmarc_no_rua": QT_TRANSLATE_NOOP(
        "dmarc",
        "Without rua= you receive no reports, so you cannot see who sends mail in your name. "
        "Add rua=mailto: with an address whose mail you read.",
    ),
    "dmarc_rua_invalid": QT_TRANSLATE_NOOP(
        "dmarc",
        "Report addresses are written as mailto:address@example.jp, separated by commas. "
        "Receivers skip this one.",
    ),
    "dmarc_rua_unauthorized": QT_TRANSLATE_NOOP(
        "dmarc",
        "Reports are to go to {address}, on another domain. That domain must publish a TXT "
        "record “v=DMARC1” at {auth_name}, otherwise receivers send no reports there. Ask "
        "its administrator to add it, or use an address on your own domain.",
    ),
    "dmarc_removed_tag": QT_TRANSLATE_NOOP(
        "dmarc",
        "RFC 9989 removed pct=, rf= and ri=; receivers that follow it ignore them. Delete "
        "“{text}” (for a careful start, use p=none or t=y instead of pct=).",
    ),
    "dmarc_unknown_tag": QT_TRANSLATE_NOOP(
        "dmarc",
        "Receivers ignore tags they do not know. Check “{text}” for a typing mistake, or "
        "delete it.",
    ),
    "dmarc_invalid_value": QT_TRANSLATE_NOOP(
        "dmarc", "Receivers ignore this tag. Allowed values: {allowed}."
    ),
}
register(_TITLES, _ADVICE)

# The page and the report put these under their own heading 「次の手順」: a step that began
# with "Next step" read 「次の手順: 次の段階: …」 (the command line prints them as they are).
_STEPS: dict[str, Msg] = {
    "publish_none": QT_TRANSLATE_NOOP(
        "dmarc",
        "Publish this record as a TXT record with the host name “_dmarc”. It only asks "
        "receivers for reports: no mail is blocked.",
    ),
    "fix": QT_TRANSLATE_NOOP(
        "dmarc",
        "Replace the current record with this corrected one (TXT record, host name “_dmarc”).",
    ),
    "quarantine": QT_TRANSLATE_NOOP(
        "dmarc",
        "After reading the reports for a few weeks and making sure all your real mail passes "
        "SPF or DKIM, change the record to this. Forged mail then goes to spam folders.",
    ),
    "reject": QT_TRANSLATE_NOOP(
        "dmarc",
        "The last step, after some weeks with p=quarantine without problems: change the "
        "record to this. Forged mail is then refused.",
    ),
    "done": QT_TRANSLATE_NOOP(
        "dmarc",
        "Your policy is p=reject: forged mail in your name is refused. Keep reading the "
        "reports now and then.",
    ),
    "check_domain": QT_TRANSLATE_NOOP(
        "dmarc",
        "A DMARC record can only be published on a domain that exists: correct the domain "
        "first, then check again.",
    ),
}


# The recommended record sends reports to an address the published record did not name. The
# usual dmarc-reports@<domain> is rarely a mailbox the owner has: they must create it (or use
# one they read) before publishing, or the reports are lost.
MAILBOX_NEW = QT_TRANSLATE_NOOP(
    "dmarc",
    "Reports will be sent to {address}. This mailbox probably does not exist yet: create it "
    "at your mail server (for example in your hosting company's control panel) before you "
    "publish the record, or use an address you already read instead. Reports sent to an "
    "address that does not exist are lost.",
)
MAILBOX_CHECK = QT_TRANSLATE_NOOP(
    "dmarc",
    "Reports will be sent to {address}. Make sure this mailbox exists and that someone reads "
    "it: the reports show whether your own mail passes.",
)


class DmarcStatus(StrEnum):
    """What was found at _dmarc.<domain>."""

    VALID = "valid"  # one usable record
    NONE = "none"  # no DMARC record
    INVALID = "invalid"  # records exist but receivers ignore them (or act as p=none)
    TEMPERROR = "temperror"  # the lookup failed


# The headline when the domain itself does not exist (see `DmarcCheck.domain_exists`).
DOMAIN_MISSING_TEXT = QT_TRANSLATE_NOOP(
    "dmarc", "The domain does not exist in DNS: check how it is spelled."
)

STATUS_TEXT: dict[DmarcStatus, Msg] = {
    DmarcStatus.VALID: QT_TRANSLATE_NOOP("dmarc", "A DMARC record is published."),
    DmarcStatus.NONE: QT_TRANSLATE_NOOP("dmarc", "DMARC is not set up yet."),
    DmarcStatus.INVALID: QT_TRANSLATE_NOOP(
        "dmarc", "The DMARC record is not usable: receivers ignore it."
    ),
    DmarcStatus.TEMPERROR: QT_TRANSLATE_NOOP(
        "dmarc", "DMARC could not be checked: a DNS lookup failed."
    ),
}


@dataclass(frozen=True)
class ReportAddress:
    """One rua/ruf address and whether its domain accepts reports for ours (`authorized`:
    True, False, or None when not needed or not checkable)."""

    tag: str
    uri: str
    address: str
    domain: str
    external: bool
    authorized: bool | None = None
    auth_name: str = ""


@dataclass(frozen=True)
class DmarcCheck:
    """The DMARC report for one domain, with the recommended record for the next step."""

    domain: str
    domain_ascii: str
    status: DmarcStatus
    record: str | None = None
    records: tuple[str, ...] = ()
    tags: dict[str, str] = field(default_factory=dict)
    policy: str = ""
    testing: bool = False
    findings: tuple[Finding, ...] = ()
    reports: tuple[ReportAddress, ...] = ()
    next_step: str = ""  # "publish_none", "fix", "quarantine", "reject", "done"
    recommended: str | None = None
    ttl: int | None = None
    checked_at: datetime | None = None
    resolver: str = ""
    # The report address the recommended record adds (not in the published record): the
    # owner must have that mailbox. Added within version 2: files without it open with "".
    new_report_address: str = ""
    # False when the DNS answered that the domain itself does not exist (a mistyped domain):
    # there is nothing to publish a record on. Files without it open with True.
    domain_exists: bool = True

    @property
    def headline(self) -> Msg:
        """The result in one sentence (`STATUS_TEXT`, or that the domain does not exist)."""
        return STATUS_TEXT[self.status] if self.domain_exists else DOMAIN_MISSING_TEXT

    @property
    def mailbox_message(self) -> Msg | None:
        """What to do about the report address the recommendation adds: create
        dmarc-reports@<domain> (it probably does not exist), or make sure another address is
        read. None when the recommendation keeps the published addresses."""
        address = self.new_report_address
        if not address or not self.recommended:
            return None
        if address.lower() == default_report_address(self.domain_ascii).lower():
            return MAILBOX_NEW.with_args(address=address)
        return MAILBOX_CHECK.with_args(address=address)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Findings that make receivers ignore the record or lose reports."""
        return tuple(f for f in self.findings if f.severity == Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Findings that weaken DMARC."""
        return tuple(f for f in self.findings if f.severity == Severity.WARNING)

    @property
    def step_message(self) -> Msg | None:
        """What to do with the recommended record, in plain language."""
        return _STEPS.get(self.next_step)

    def codes(self) -> set[str]:
        """The codes of all findings."""
        return {f.code for f in self.findings}

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON form for `dmarc check --json` (stable contract)."""
        step = self.step_message
        return {
            "domain": self.domain_ascii,
            "name": f"_dmarc.{self.domain_ascii}",
            "record": self.record,
            "records": list(self.records),
            "result": self.status.value,
            "policy": self.policy,
            "testing": self.testing,
            "tags": dict(self.tags),
            "errors": [f.to_dict(lang) for f in self.errors],
            "warnings": [f.to_dict(lang) for f in self.warnings],
            "reports": [
                {
                    "tag": r.tag,
                    "uri": r.uri,
                    "address": r.address,
                    "external": r.external,
                    "authorized": r.authorized,
                    "authorization_name": r.auth_name,
                }
                for r in self.reports
            ],
            "next_step": self.next_step,
            "next_step_message": step.render(lang) if step is not None else "",
            "recommended": self.recommended,
            "new_report_address": self.new_report_address,
            "new_report_address_message": (
                self.mailbox_message.render(lang) if self.mailbox_message is not None else ""
            ),
            "ttl": self.ttl,
            "checked_at": self.checked_at.isoformat() if self.checked_at else None,
            "resolver": self.resolver,
            "domain_exists": self.domain_exists,
        }


def parse_tags(record: str) -> list[tuple[str, str, str]]:
    """(tag lower-case, value, text as written) for each `tag=value` of a DMARC record."""
    tags = []
    for part in record.split(";"):
        text = part.strip()
        if not text:
            continue
        name, sep, value = text.partition("=")
        tags.append((name.strip().lower() if sep else text.lower(), value.strip(), text))
    return tags


def same_organisation(a: str, b: str) -> bool:
    """True if one domain is the other or a subdomain of it (no Public Suffix List: when in
    doubt, the authorisation record is checked)."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def _report_addresses(
    tag: str, value: str, domain: str, findings: list[Finding]
) -> list[ReportAddress]:
    found = []
    for raw in value.split(","):
        uri = raw.strip()
        if not uri:
            continue
        address = uri[7:] if uri.lower().startswith("mailto:") else ""
        address = address.split("!")[0]  # the "!size" suffix of RFC 7489 (gone in 9989)
        try:
            parsed = normalize_email(address) if address else None
        except Exception:  # InputError: anything unusable is reported the same way
            parsed = None
        if parsed is None:
            findings.append(warning("dmarc_rua_invalid", domain=domain, uri=uri))
            continue
        report_domain = parsed.domain.ascii
        external = not same_organisation(report_domain, domain)
        found.append(
            ReportAddress(
                tag,
                uri,
                parsed.ascii,
                report_domain,
                external,
                auth_name=f"{domain}._report._dmarc.{report_domain}" if external else "",
            )
        )
    return found


def build_record(tags: dict[str, str]) -> str:
    """A DMARC record from tags in the conventional order (v, p first; removed tags
    dropped)."""
    order = ["v", "p", "sp", "np", "psd", "t", "adkim", "aspf", "rua", "ruf", "fo"]
    parts = [f"{k}={tags[k]}" for k in order if tags.get(k)]
    parts += [f"{k}={v}" for k, v in tags.items() if k not in order and k not in REMOVED_TAGS and v]
    return "; ".join(parts)


def default_report_address(domain: str) -> str:
    """The address suggested for reports when the user has not given one."""
    return f"dmarc-reports@{domain}"


def check_dmarc(
    domain: str,
    client: DnsClient,
    *,
    report_address: str = "",
    cancel: threading.Event | None = None,
) -> DmarcCheck:
    """Fetch and check `_dmarc.<domain>`, check report-address authorisations, and
    recommend the record for the next step. `report_address` is used when the record has
    no rua (default: dmarc-reports@<domain>). Raises InputError for a bad domain or
    address; DNS trouble is a temperror result."""
    name = normalize_domain(domain)
    address = normalize_email(report_address).ascii if report_address.strip() else ""
    address = address or default_report_address(name.ascii)
    checked_at = datetime.now(JST).replace(microsecond=0)
    common: dict[str, Any] = {
        "domain": name.unicode,
        "domain_ascii": name.ascii,
        "checked_at": checked_at,
        "resolver": client.describe(),
    }
    result = client.query_many([(f"_dmarc.{name.ascii}", "TXT")], cancel=cancel)[0]
    if not result.definitive:
        return DmarcCheck(
            status=DmarcStatus.TEMPERROR,
            findings=(
                error("dns_error", domain=name.ascii, name=result.name, status=result.status),
            ),
            **common,
        )
    texts = [b"".join(p).decode("utf-8", errors="replace") for p in result.strings]
    findings: list[Finding] = []
    records = [t for t in texts if _VERSION.match(t.strip())]
    for text in texts:
        if not _VERSION.match(text.strip()) and _VERSION_ANY_CASE.match(text.strip()):
            # Receivers ignore it; an error when it is the only candidate, else a warning.
            make = warning if records else error
            findings.append(make("dmarc_version", domain=name.ascii, text=text[:40]))
    first = f"v=DMARC1; p=none; rua=mailto:{address}"
    if (
        not records
        and result.status == DnsStatus.NXDOMAIN
        and _domain_missing(name.ascii, client, cancel)
    ):
        # Not "publish a record": a mistyped domain (exampel.co.jp passes every spelling
        # check) must be corrected first, as `spf check` says.
        return DmarcCheck(
            status=DmarcStatus.NONE,
            findings=(warning("dmarc_domain_not_found", domain=name.ascii),),
            next_step="check_domain",
            ttl=result.ttl,
            domain_exists=False,
            **common,
        )
    if not records:
        invalid = bool(findings)
        findings.append(warning("dmarc_no_record", domain=name.ascii))
        return DmarcCheck(
            status=DmarcStatus.INVALID if invalid else DmarcStatus.NONE,
            records=tuple(texts),
            findings=tuple(findings),
            next_step="publish_none",
            recommended=first,
            ttl=result.ttl,
            new_report_address=address,
            **common,
        )
    if len(records) > 1:
        findings.append(error("dmarc_multiple_records", domain=name.ascii, count=len(records)))
    record = records[0].strip()
    tags: dict[str, str] = {}
    for tag, value, text in parse_tags(record):
        if tag in tags:
            continue  # the first of a repeated tag counts
        if tag in REMOVED_TAGS:
            findings.append(warning("dmarc_removed_tag", domain=name.ascii, tag=tag, text=text))
            continue
        if tag not in KNOWN_TAGS:
            findings.append(warning("dmarc_unknown_tag", domain=name.ascii, tag=tag, text=text))
            continue
        allowed = _VALUES.get(tag)
        if allowed is not None and value.lower() not in allowed:
            code = "dmarc_invalid_policy" if tag == "p" else "dmarc_invalid_value"
            make = error if tag == "p" else warning
            findings.append(
                make(code, domain=name.ascii, text=text, allowed=", ".join(allowed), tag=tag)
            )
            continue
        tags[tag] = value.lower() if allowed is not None else value
    reports: list[ReportAddress] = []
    for tag in ("rua", "ruf"):
        if tag in tags:
            reports += _report_addresses(tag, tags[tag], name.ascii, findings)
    reports = _authorise(reports, name.ascii, client, cancel, findings)
    if not any(r.tag == "rua" for r in reports):
        findings.append(warning("dmarc_no_rua", domain=name.ascii))
    policy = tags.get("p", "")
    if not policy and "dmarc_invalid_policy" not in {f.code for f in findings}:
        findings.append(warning("dmarc_no_policy", domain=name.ascii))
    effective = policy or "none"
    if effective == "none":
        findings.append(warning("dmarc_policy_none", domain=name.ascii))
    testing = tags.get("t") == "y"
    if testing:
        findings.append(warning("dmarc_testing", domain=name.ascii))
    next_step, recommended = _next(tags, findings, address, effective)
    published_rua = tags.get("rua", "").lower()
    added = ""
    if recommended is not None and f"mailto:{address}".lower() in recommended.lower():
        added = "" if f"mailto:{address}".lower() in published_rua else address
    errors = [f for f in findings if f.severity == Severity.ERROR]
    status = DmarcStatus.VALID
    if any(f.code in ("dmarc_multiple_records", "dmarc_invalid_policy") for f in errors):
        status = DmarcStatus.INVALID
    elif any(f.code == "dns_error" for f in errors):
        status = DmarcStatus.TEMPERROR
    findings.sort(key=lambda f: f.severity != Severity.ERROR)
    return DmarcCheck(
        status=status,
        record=record,
        records=tuple(records),
        tags=tags,
        policy=effective,
        testing=testing,
        findings=tuple(findings),
        reports=tuple(reports),
        next_step=next_step,
        recommended=recommended,
        ttl=result.ttl,
        new_report_address=added,
        **common,
    )


def _domain_missing(domain: str, client: DnsClient, cancel: threading.Event | None) -> bool:
    """True when the DNS answers NXDOMAIN for the domain itself. Asked only after
    _dmarc.<domain> was NXDOMAIN, which is the usual answer for a domain without DMARC; a
    lookup that fails says nothing, and the check goes on as for a domain without DMARC."""
    answer = client.query_many([(domain, "TXT")], cancel=cancel)[0]
    return answer.status == DnsStatus.NXDOMAIN


def _authorise(
    reports: list[ReportAddress],
    domain: str,
    client: DnsClient,
    cancel: threading.Event | None,
    findings: list[Finding],
) -> list[ReportAddress]:
    """Look up the authorisation records of external report domains (all at once)."""
    external = [r for r in reports if r.external]
    names = list(dict.fromkeys(r.auth_name for r in external))
    answers = dict(
        zip(names, client.query_many([(n, "TXT") for n in names], cancel=cancel), strict=True)
    )
    checked = []
    for report in reports:
        if not report.external:
            checked.append(report)
            continue
        answer = answers[report.auth_name]
        if not answer.definitive:
            findings.append(
                error("dns_error", domain=domain, name=answer.name, status=answer.status)
            )
            checked.append(report)
            continue
        ok = answer.status == DnsStatus.OK and any(
            _VERSION.match(b"".join(p).decode("utf-8", errors="replace").strip())
            for p in answer.strings
        )
        if not ok:
            findings.append(
                error(
                    "dmarc_rua_unauthorized",
                    domain=domain,
                    address=report.address,
                    report_domain=report.domain,
                    auth_name=report.auth_name,
                )
            )
        checked.append(
            ReportAddress(
                report.tag,
                report.uri,
                report.address,
                report.domain,
                True,
                ok,
                report.auth_name,
            )
        )
    return checked


def _next(
    tags: dict[str, str], findings: list[Finding], address: str, policy: str
) -> tuple[str, str | None]:
    """The next step of the rollout and the record for it."""
    fixed = dict(tags)
    fixed["v"] = "DMARC1"
    if "rua" not in fixed or any(f.code == "dmarc_rua_unauthorized" for f in findings):
        rua = [u for u in fixed.get("rua", "").split(",") if u.strip()]
        unauthorised = {
            f.args.get("address", "") for f in findings if f.code == "dmarc_rua_unauthorized"
        }
        rua = [u.strip() for u in rua if u.strip()[7:].split("!")[0] not in unauthorised]
        if not rua:
            rua = [f"mailto:{address}"]
        fixed["rua"] = ",".join(rua)
    broken = any(
        f.code in ("dmarc_multiple_records", "dmarc_invalid_policy", "dmarc_removed_tag")
        or f.code in ("dmarc_rua_unauthorized", "dmarc_no_rua", "dmarc_no_policy")
        for f in findings
    )
    if broken:
        fixed["p"] = policy
        return "fix", build_record(fixed)
    if policy == "none":
        fixed["p"] = "quarantine"
        return "quarantine", build_record(fixed)
    if policy == "quarantine":
        fixed["p"] = "reject"
        return "reject", build_record(fixed)
    return "done", None
