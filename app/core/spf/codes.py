"""Stable codes for everything the SPF validator reports, each with a plain-language title and
advice that says what to change (English source; Japanese in the translation catalogue).

The codes are part of the JSON contract of `mail-mamori spf check --json`: new codes may be
added, existing ones are never renamed. `Finding` itself lives in `app.core.findings`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from app.core.findings import Finding, Severity, error, register, warning
from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.spf.record import Problem

__all__ = [
    "ERROR_CODES",
    "WARNING_CODES",
    "Finding",
    "Severity",
    "error",
    "group_findings",
    "warning",
]


ERROR_CODES = (
    "multiple_records",
    "syntax",
    "non_ascii",
    "too_many_lookups",
    "too_many_void_lookups",
    "too_many_mx",
    "include_without_spf",
    "redirect_without_spf",
    "loop",
    "dns_error",
)
WARNING_CODES = (
    "no_record",
    "domain_not_found",
    "all_pass",
    "all_neutral",
    "no_all",
    "ptr",
    "redirect_ignored",
    "terms_after_all",
    "duplicate_include",
    "string_too_long",
    "record_too_long",
    "spf_rr_type_only",
    "quoted_value",
    "fullwidth_space",
    "unneeded_include",
    "void_lookup",
    "split_across_records",
    # Only in what people read (group_findings): several void_lookup findings as one.
    "void_lookups",
)

_TITLES: dict[str, Msg] = {
    "multiple_records": QT_TRANSLATE_NOOP("spf", "There are {count} SPF records"),
    "syntax": QT_TRANSLATE_NOOP("spf", "“{term}” is not valid SPF"),
    "non_ascii": QT_TRANSLATE_NOOP(
        "spf", "The record contains full-width or other non-ASCII characters"
    ),
    "too_many_lookups": QT_TRANSLATE_NOOP("spf", "{count} DNS lookups: the limit is 10"),
    "too_many_void_lookups": QT_TRANSLATE_NOOP(
        "spf", "{count} lookups find nothing: the limit is 2"
    ),
    "too_many_mx": QT_TRANSLATE_NOOP(
        "spf", "{domain} has {count} mail servers (MX): the limit is 10"
    ),
    "include_without_spf": QT_TRANSLATE_NOOP("spf", "include:{target} has no SPF record"),
    "redirect_without_spf": QT_TRANSLATE_NOOP("spf", "redirect={target} has no SPF record"),
    "loop": QT_TRANSLATE_NOOP("spf", "The record includes itself ({target})"),
    "dns_error": QT_TRANSLATE_NOOP("spf", "A DNS lookup failed ({name})"),
    "no_record": QT_TRANSLATE_NOOP("spf", "There is no SPF record"),
    "domain_not_found": QT_TRANSLATE_NOOP("spf", "The domain {domain} does not exist in DNS"),
    "all_pass": QT_TRANSLATE_NOOP("spf", "“{term}” lets the whole internet send as you"),
    "all_neutral": QT_TRANSLATE_NOOP("spf", "“?all” gives no protection"),
    "no_all": QT_TRANSLATE_NOOP("spf", "The record does not end with “all”"),
    "ptr": QT_TRANSLATE_NOOP("spf", "“{term}” should not be used"),
    "redirect_ignored": QT_TRANSLATE_NOOP("spf", "“{term}” is ignored"),
    "terms_after_all": QT_TRANSLATE_NOOP("spf", "Terms after “all” are never read: {terms}"),
    "duplicate_include": QT_TRANSLATE_NOOP("spf", "include:{target} appears more than once"),
    "string_too_long": QT_TRANSLATE_NOOP(
        "spf", "A string of the record is {length} bytes long: the limit is 255"
    ),
    "record_too_long": QT_TRANSLATE_NOOP("spf", "The record is {length} bytes long"),
    "spf_rr_type_only": QT_TRANSLATE_NOOP(
        "spf", "The record is published only with the old “SPF” record type"
    ),
    "quoted_value": QT_TRANSLATE_NOOP("spf", "Quote marks were entered as part of the value"),
    "fullwidth_space": QT_TRANSLATE_NOOP("spf", "A full-width space is used in the record"),
    "unneeded_include": QT_TRANSLATE_NOOP("spf", "include:{target} is not needed"),
    "void_lookup": QT_TRANSLATE_NOOP("spf", "{target} does not exist in DNS"),
    "void_lookups": QT_TRANSLATE_NOOP("spf", "{count} names in the record do not exist in DNS"),
    "split_across_records": QT_TRANSLATE_NOOP(
        "spf", "The record seems to be split across two TXT records"
    ),
}

_ADVICE: dict[str, Msg] = {
    "multiple_records": QT_TRANSLATE_NOOP(
        "spf",
        "A domain may have only one TXT record that starts with v=spf1. With two or more, "
        "receivers treat SPF as broken (permerror) for all your mail. Merge them into one "
        "record (the recommended record below does this) and delete the others.",
    ),
    "syntax": QT_TRANSLATE_NOOP(
        "spf",
        "{reason} Because of this one mistake receivers ignore the whole record (permerror). "
        "Correct or delete “{term}”.",
    ),
    "non_ascii": QT_TRANSLATE_NOOP(
        "spf",
        "SPF records may contain only half-width letters, digits and symbols. “{chars}” "
        "makes the record invalid (permerror). Retype the value in half-width characters, "
        "for example by pasting the recommended record below.",
    ),
    "too_many_lookups": QT_TRANSLATE_NOOP(
        "spf",
        "Each include, a, mx, ptr, exists and redirect makes receivers do a DNS lookup, "
        "including those inside the records you include. With more than 10, SPF fails "
        "(permerror) for all your mail. Remove includes of services you no longer use, and "
        "write your own servers as ip4: addresses instead of a or mx. This count is the "
        "worst case, with every term evaluated.",
    ),
    "too_many_void_lookups": QT_TRANSLATE_NOOP(
        "spf",
        "These names in the record do not exist in DNS: {names}. More than two such lookups "
        "make SPF fail (permerror). Remove the terms for names that no longer exist.",
    ),
    "too_many_mx": QT_TRANSLATE_NOOP(
        "spf",
        "An mx term may point at no more than 10 mail servers, otherwise SPF fails "
        "(permerror). Replace “{term}” with the ip4: addresses of the servers that really "
        "send mail.",
    ),
    "include_without_spf": QT_TRANSLATE_NOOP(
        "spf",
        "An include of a domain without an SPF record makes SPF fail (permerror). Check the "
        "spelling with your provider's instructions, or remove “{term}” if you no longer "
        "use that service.",
    ),
    "redirect_without_spf": QT_TRANSLATE_NOOP(
        "spf",
        "A redirect to a domain without an SPF record makes SPF fail (permerror). Check the "
        "spelling, or replace “{term}” with the terms you need and ~all.",
    ),
    "loop": QT_TRANSLATE_NOOP(
        "spf",
        "The record leads back to itself through {path}. Receivers give up (permerror). "
        "Remove the include or redirect that leads back.",
    ),
    "dns_error": QT_TRANSLATE_NOOP(
        "spf",
        "The DNS server gave no usable answer for {name} ({status}), so this part could not "
        "be checked. This says nothing about the record itself: try again later, or choose "
        "another DNS server in Settings.",
    ),
    "no_record": QT_TRANSLATE_NOOP(
        "spf",
        "The domain has no TXT record starting with v=spf1, so receivers cannot tell your "
        "mail from forged mail. Publish the recommended record below as a TXT record.",
    ),
    "domain_not_found": QT_TRANSLATE_NOOP(
        "spf",
        "The DNS answered that this domain does not exist, so it has no record of any kind. "
        "Check the spelling of the domain (the part after @ in your mail address). If it is "
        "right, ask your hosting or DNS company whether the domain is registered and set up: "
        "an SPF record can only be published on a domain that exists.",
    ),
    "all_pass": QT_TRANSLATE_NOOP(
        "spf",
        "With “{term}” every server in the world passes SPF for your domain, so SPF gives no "
        "protection at all against forged mail. Change it to ~all (or -all).",
    ),
    "all_neutral": QT_TRANSLATE_NOOP(
        "spf",
        "“?all” tells receivers to have no opinion about unknown servers, so forged mail is "
        "not marked. Change it to ~all (or -all).",
    ),
    "no_all": QT_TRANSLATE_NOOP(
        "spf",
        "Without “all” at the end, mail from unknown servers gets no verdict (neutral). Add "
        "~all (or -all) as the last term.",
    ),
    "ptr": QT_TRANSLATE_NOOP(
        "spf",
        "The ptr mechanism is slow and unreliable, and RFC 7208 says it should not be used; "
        "some receivers skip it. Replace it with ip4:/ip6: addresses or an a: term for your "
        "sending servers.",
    ),
    "redirect_ignored": QT_TRANSLATE_NOOP(
        "spf",
        "A record with an “all” term never uses redirect=. Keep only one of them: normally "
        "remove “{term}”, or remove “all” if the redirect is what you want.",
    ),
    "terms_after_all": QT_TRANSLATE_NOOP(
        "spf",
        "Receivers stop at “all”, so the terms after it have no effect. Move them before "
        "“all”, or delete them.",
    ),
    "duplicate_include": QT_TRANSLATE_NOOP(
        "spf",
        "The same include is written twice; each one costs a DNS lookup. Delete the second one.",
    ),
    "string_too_long": QT_TRANSLATE_NOOP(
        "spf",
        "A TXT record is made of strings of at most 255 bytes. Split the value into several "
        "strings (many DNS panels do this automatically; the recommended record below shows "
        "the split).",
    ),
    "record_too_long": QT_TRANSLATE_NOOP(
        "spf",
        "Records longer than about 450 bytes may not fit into one DNS answer, and some "
        "receivers then fail to read them. Shorten it: remove includes you do not need or "
        "combine ip4: addresses into ranges.",
    ),
    "spf_rr_type_only": QT_TRANSLATE_NOOP(
        "spf",
        "Receivers read SPF only from TXT records; the record type “SPF” is obsolete "
        "(RFC 7208). In your DNS panel, add the same value with the type TXT.",
    ),
    "quoted_value": QT_TRANSLATE_NOOP(
        "spf",
        "The value in DNS is “{text}”: the quote marks ({quote}) were typed as part of it, "
        "so receivers do not find v=spf1 at the start and ignore the record. Enter the value "
        "without the surrounding quote marks (half-width characters only).",
    ),
    "fullwidth_space": QT_TRANSLATE_NOOP(
        "spf",
        "A full-width (Japanese) space is not a separator in SPF, so the record is not "
        "understood. Replace it with a half-width space, or paste the recommended record.",
    ),
    "unneeded_include": QT_TRANSLATE_NOOP(
        "spf",
        "{reason} This include only costs a DNS lookup. Remove “{term}”.",
    ),
    "void_lookup": QT_TRANSLATE_NOOP(
        "spf",
        "“{term}” points at a name that has no DNS record, so it does nothing (and more "
        "than two such lookups break SPF). Remove it or correct the name.",
    ),
    "void_lookups": QT_TRANSLATE_NOOP(
        "spf",
        "These names have no DNS record: {names}. The terms that point at them ({terms}) do "
        "nothing, and more than two such lookups break SPF. Remove them or correct the names.",
    ),
    "split_across_records": QT_TRANSLATE_NOOP(
        "spf",
        "Another TXT record starts with “{text}”, which looks like the rest of your SPF "
        "record. Receivers read only the record that starts with v=spf1. Put everything "
        "into one TXT record and delete the other.",
    ),
}

_REASONS: dict[str, Msg] = {
    Problem.NOT_SPF: QT_TRANSLATE_NOOP("spf", "The value does not start with v=spf1."),
    Problem.NON_ASCII: QT_TRANSLATE_NOOP(
        "spf", "It contains a full-width or other non-ASCII character."
    ),
    Problem.CONTROL_CHAR: QT_TRANSLATE_NOOP(
        "spf",
        "It contains a tab, a line break or another invisible character; terms must be "
        "separated by ordinary half-width spaces.",
    ),
    Problem.UNKNOWN_MECHANISM: QT_TRANSLATE_NOOP(
        "spf",
        "SPF has no such term. Check for a typing mistake (for example “inculde”) or a "
        "missing colon or space.",
    ),
    Problem.QUALIFIER_ON_MODIFIER: QT_TRANSLATE_NOOP(
        "spf", "Modifiers such as redirect= and exp= cannot have +, -, ~ or ? in front."
    ),
    Problem.ALL_ARGUMENT: QT_TRANSLATE_NOOP(
        "spf", "“all” stands alone: write ~all or -all, with nothing after it."
    ),
    Problem.MISSING_DOMAIN: QT_TRANSLATE_NOOP(
        "spf", "A domain name must follow a colon, for example include:_spf.example.com."
    ),
    Problem.EMPTY_DOMAIN: QT_TRANSLATE_NOOP("spf", "The domain name after “:” or “=” is missing."),
    Problem.BAD_DOMAIN: QT_TRANSLATE_NOOP(
        "spf",
        "The domain name is incomplete or mistyped: it must end in a proper ending such as "
        ".jp or .com.",
    ),
    Problem.NUMERIC_DOMAIN: QT_TRANSLATE_NOOP(
        "spf",
        "This is an IP address written where a domain name belongs. Write IP addresses as "
        "ip4:203.0.113.25.",
    ),
    Problem.BAD_MACRO: QT_TRANSLATE_NOOP(
        "spf",
        "A “%” is only allowed as part of a macro such as %{{d}}; a plain % is written %%.",
    ),
    Problem.EXP_ONLY_MACRO: QT_TRANSLATE_NOOP(
        "spf", "The macros %{{c}}, %{{r}} and %{{t}} may only be used in explanation text."
    ),
    Problem.BAD_CIDR: QT_TRANSLATE_NOOP(
        "spf",
        "The number after “/” is not a valid prefix length (0 to 32 for IPv4, 0 to 128 for "
        "IPv6, without leading zeros).",
    ),
    Problem.CIDR_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "spf", "include, exists and ptr cannot have a “/” prefix length."
    ),
    Problem.BAD_IP4: QT_TRANSLATE_NOOP(
        "spf",
        "This is not a valid IPv4 address: four numbers from 0 to 255 separated by dots, "
        "for example ip4:203.0.113.25 (a space is needed before the next term).",
    ),
    Problem.BAD_IP6: QT_TRANSLATE_NOOP(
        "spf", "This is not a valid IPv6 address (for example ip6:2001:db8::25)."
    ),
    Problem.MISSING_IP: QT_TRANSLATE_NOOP(
        "spf", "An address must follow: ip4:203.0.113.25 or ip6:2001:db8::25."
    ),
    Problem.DUPLICATE_MODIFIER: QT_TRANSLATE_NOOP(
        "spf", "redirect= and exp= may each appear only once in a record."
    ),
    Problem.BAD_MODIFIER: QT_TRANSLATE_NOOP(
        "spf", "The value of this modifier contains a “%” that is not a valid macro."
    ),
}

STRING_JOIN_REASON = QT_TRANSLATE_NOOP(
    "spf",
    "The record is stored as several strings, and DNS joins them without adding a space, so "
    "two terms run together here. Add a space at the end of the first string.",
)

_UNNEEDED: dict[str, Msg] = {
    "servers.mcsv.net": QT_TRANSLATE_NOOP(
        "spf",
        "Mailchimp sends from its own domain and needs no SPF entry (it uses DKIM records "
        "instead).",
    ),
}


UNNEEDED_INCLUDES = frozenset(_UNNEEDED)


def reason_text(reason: Problem) -> Msg:
    """What is wrong with a term, for people (the reasons of "syntax" findings; every
    Problem has one, tests/test_spf_eval.py checks)."""
    return _REASONS[reason]


def unneeded_reason(target: str) -> Msg | None:
    """Why an include of `target` is not needed, or None if it may be."""
    return _UNNEEDED.get(target.lower().rstrip("."))


# An SPF or DMARC term inside a sentence (「~all に変更してください」, “include:_spf.google.com”,
# 「ホスト名「_dmarc」」): page 4 and the PDF set these in the fixed-width font, where a tilde is
# not a raised 「˜」 and an underscore does not vanish. Closing quotes and Japanese punctuation
# are not part of the term.
PROSE_TERM = re.compile(
    r"(?<![\w.%])(?:[~+?-]all\b|v=spf1|v=DMARC1|p=(?:none|quarantine|reject)|t=y|"
    r"(?:include|ip4|ip6|a|mx|exists|redirect|exp|rua|ruf|pct|rf|ri)[:=][^\s」」)(、。,;”’]*|"
    r"_dmarc(?:\.[A-Za-z0-9.-]+)?)",
    re.ASCII,
)


def finding_terms(finding: Finding) -> list[str]:
    """The terms of the owner's record a finding is about (several for a grouped one), to
    mark them in the record."""
    if finding.in_include:
        return []
    grouped = finding.args.get("terms", "").split()
    return grouped or ([finding.term] if finding.term else [])


def group_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings as people read them: names that do not exist are one finding naming
    every such name, not one warning per name next to the error that counts them.

    With more than two such names, the `too_many_void_lookups` error stays (it already lists
    every name) and takes the terms of the `void_lookup` warnings; with two, the warnings
    become one `void_lookups` warning. Stored results and the JSON output keep every finding
    as it was found."""
    items = list(findings)
    voids = [f for f in items if f.code == "void_lookup" and not f.in_include]
    too_many = next((f for f in items if f.code == "too_many_void_lookups"), None)
    if too_many is None and len(voids) < 2:
        return tuple(items)
    terms = " ".join(dict.fromkeys(f.term for f in voids if f.term))
    if too_many is not None:
        grouped = replace(too_many, args={**too_many.args, "terms": terms})
        anchor = too_many
    else:
        names = ", ".join(dict.fromkeys(f.args.get("target", "") for f in voids))
        grouped = warning(
            "void_lookups",
            term=voids[0].term,
            domain=voids[0].domain,
            count=len(voids),
            names=names,
            terms=terms,
        )
        anchor = voids[0]
    result = []
    for finding in items:
        if finding is anchor:
            result.append(grouped)
        elif finding not in voids:
            result.append(finding)
    return tuple(result)


def _spf_values(finding: Finding, values: dict[str, object]) -> None:
    """Fill in the reason texts of syntax and unneeded-include findings."""
    if finding.code == "syntax":
        reason = finding.args.get("reason", "")
        values["reason"] = (
            STRING_JOIN_REASON if reason == "string_join" else _REASONS.get(reason, "")
        )
    elif finding.code == "unneeded_include":
        values["reason"] = unneeded_reason(finding.args.get("target", "")) or ""


register(_TITLES, _ADVICE, _spf_values)
