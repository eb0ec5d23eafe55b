"""用語集: the technical words of the report, in plain language for the owner."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.i18n import QT_TRANSLATE_NOOP, Msg
from app.core.report.context import ReportContext
from app.core.report.flowables import data_table, heading, keep_together

TITLE = QT_TRANSLATE_NOOP("report", "Glossary")
COL_TERM = QT_TRANSLATE_NOOP("report", "Term")
COL_MEANING = QT_TRANSLATE_NOOP("report", "Meaning")

TERMS: list[tuple[Msg, Msg]] = [
    (
        QT_TRANSLATE_NOOP("report", "Blacklist (DNSBL)"),
        QT_TRANSLATE_NOOP(
            "report",
            "A list of IP addresses and domains reported as sources of spam, such as Spamhaus, "
            "Barracuda or SpamCop. Once listed, much of your mail is refused. Removal has to be "
            "requested and takes from a few hours to a few months.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "SPF"),
        QT_TRANSLATE_NOOP(
            "report",
            "A DNS record that lists the servers allowed to send mail for your domain, so that "
            "receivers can tell whether a mail came from one of them.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "DKIM"),
        QT_TRANSLATE_NOOP(
            "report",
            "An electronic signature added to each mail sent, with which receivers can check "
            "that it came from your domain and was not changed on the way.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "DMARC"),
        QT_TRANSLATE_NOOP(
            "report",
            "A DNS record in which the domain owner tells receivers what to do with mail that "
            "fails SPF and DKIM (accept, treat as spam, or refuse) and where to send reports.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "SMTP authentication"),
        QT_TRANSLATE_NOOP(
            "report",
            "Asking for a user name and password before a mail can be sent. When a password is "
            "guessed, as here, the attacker can send as if they were the real user.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "Relay server"),
        QT_TRANSLATE_NOOP(
            "report",
            "Another server that sends your mail out on your behalf. It is used for a while so "
            "that mail keeps arriving while your own server's IP address is on a blacklist.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "VPS"),
        QT_TRANSLATE_NOOP(
            "report",
            "A virtual private server. Unlike a shared rental server, you control its settings "
            "and can read its logs; moving to one also gives a new IP address.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "IP address"),
        QT_TRANSLATE_NOOP(
            "report",
            "The number that identifies a server on the internet (for example 203.0.113.25).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "SHA-256 (hash value)"),
        QT_TRANSLATE_NOOP(
            "report",
            "A 64-character value computed from a file's content. If even one character of the "
            "file changes, the value changes, so it shows that kept evidence was not altered.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "NTP"),
        QT_TRANSLATE_NOOP(
            "report",
            "A way of keeping the clocks of PCs and servers exact. Times in different logs can "
            "only be compared when the clocks are right.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("report", "Preliminary and final report"),
        QT_TRANSLATE_NOOP(
            "report",
            "The two steps of reporting a personal data leak to the Personal Information "
            "Protection Commission: the preliminary report promptly (as a guide within 3 to 5 "
            "days), the final report within 30 days (60 days for unauthorised access and other "
            "improper purposes).",
        ),
    ),
]


def build(ctx: ReportContext) -> list[Flowable]:
    """The glossary table."""
    return [
        heading(ctx, "", TITLE),
        # A short reference table: better on one page than one row left over on the next.
        keep_together([data_table(ctx, [COL_TERM, COL_MEANING], TERMS, [40, 134])]),
    ]
