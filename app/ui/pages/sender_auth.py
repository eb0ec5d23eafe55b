"""Page 4 送信ドメイン認証: check SPF, recommend one correct record, DMARC and DKIM status.

What the owner sees, top to bottom: what SPF does and does not do (it stops forgery, not
spam sent with a stolen password); the current SPF record with each problem marked and
explained; the recommended record with a copy button and how it was verified; the steps
for their DNS panel; a re-check after publishing with before/after; DMARC and DKIM with
their own recommendations. Every check runs only when a button is pressed, off the GUI
thread through the wizard's task runner, and every result is stored in the case at once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.case import Case
from app.core.dkim import KEY_STATUS_TEXT, DkimCheck, DkimStatus, check_dkim
from app.core.dmarc import (
    MAILBOX_NEW,
    DmarcCheck,
    DmarcStatus,
    check_dmarc,
    default_report_address,
)
from app.core.dns_client import DnsClient
from app.core.errors import InputError
from app.core.findings import Finding, Severity, lookup_failed
from app.core.i18n import Msg
from app.core.normalize import format_jst, normalize_email
from app.core.sender_auth import (
    SenderAuthSection,
    checks_to_compare,
    outbound_ips_from_case,
    results_for_other_domain,
)
from app.core.spf.check import SpfCheck, SpfNode, SpfStatus, check_spf
from app.core.spf.codes import PROSE_TERM, finding_terms
from app.core.spf.evaluate import parse_ip
from app.core.spf.generate import (
    HARD,
    POLICY_EXPLANATIONS,
    SOFT,
    GenerateRequest,
    SpfRecommendation,
    default_policy,
    generate_spf,
    normalize_term,
    policy_reason,
    published_all,
)
from app.core.spf.lookups import (
    LookupBreakdown,
    includes_without_box,
    known_include,
    service_name,
)
from app.core.spf.presets import (
    dns_host,
    sending_services,
    service_terms,
    split_service_terms,
)
from app.ui.i18n import msg_text
from app.ui.pages.base import BasePage
from app.ui.tasks import TaskContext, TaskHandle
from app.ui.widgets.announce import announce_label
from app.ui.widgets.checked_field import ERROR_STYLE
from app.ui.widgets.collapsible import Collapsible
from app.ui.widgets.focus import window_focus
from app.ui.widgets.layout import heading_label, page_layout, wrapped_label
from app.ui.widgets.tables import PaddedRowsDelegate

OK_STYLE = "color: #1b5e20;"
WARN_STYLE = "color: #7a4a00;"
NOTE_FRAME = "QFrame#note { border: 1px solid palette(mid); border-radius: 4px; }"
ERROR_MARK = "✖"
WARN_MARK = "⚠"
OK_MARK = "✔"
UNKNOWN_MARK = "？"


def _mono() -> str:
    family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    return f"font-family: '{family}', monospace;"


def _plain(label_text: str) -> str:
    """A label's text without mnemonic markers or trailing colon, for accessible names."""
    text = label_text.replace("&", "").strip().rstrip(":：").strip()
    return re.sub(r"[(（][A-Za-z][)）]$", "", text).strip()


# SPF/DMARC terms inside prose. The Japanese UI font draws "~" as a small raised mark that
# reads like a backtick, so terms are shown in the fixed-width font, where "~all" is clear.
# A term ends before a closing quote, English as Japanese (「…」, “…”).
_TERM = PROSE_TERM


def rich(text: str) -> str:
    """Plain text as HTML with SPF terms in the fixed-width font."""
    escaped = html.escape(text)
    return _TERM.sub(lambda m: f'<span style="{_mono()}">{m.group(0)}</span>', escaped)


def _not_checked(finding: Finding) -> bool:
    """A lookup that failed (timeout, SERVFAIL): nothing is known there, and the finding's own
    text says it is not a problem with the record, so it is never labelled an error."""
    return lookup_failed(finding)


def _mark(finding: Finding) -> str:
    if _not_checked(finding):
        return UNKNOWN_MARK
    return ERROR_MARK if finding.severity == Severity.ERROR else WARN_MARK


def _count(check: SpfCheck, severity: Severity) -> int:
    """Findings of one severity, counted as they are listed (grouped); a failed lookup is
    none of them (the result row says the record could not be checked)."""
    return sum(1 for f in check.shown_findings if f.severity == severity and not _not_checked(f))


def _terms_of(records: list[str] | tuple[str, ...]) -> set[str]:
    """The terms of published records, lower case and without "+", to match service terms."""
    return {t.lower().lstrip("+") for record in records for t in record.split()}


def _split_items(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,、，]+", text) if t]


class FindingList(QWidget):
    """Findings as numbered lines: a mark (✖ error, ⚠ warning, ？ could not check, as page 2
    says of a list that did not answer), the title in bold and the advice below it. Numbers
    match the marks in the record display."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.labels: list[QLabel] = []

    def show_findings(self, findings: list[tuple[int, Finding]], empty_text: str = "") -> None:
        """Replace the list; `findings` are (number, finding) pairs."""
        for label in self.labels:
            # Deleted only when the event loop runs again: hidden now, so that two refreshes in
            # a row never show the findings twice.
            label.hide()
            label.deleteLater()
        self.labels = []
        if not findings and empty_text:
            self._add(f"{OK_MARK} {html.escape(empty_text)}", OK_STYLE)
        for number, finding in findings:
            is_error = finding.severity == Severity.ERROR and not _not_checked(finding)
            if _not_checked(finding):
                kind = self.tr("Could not check")
            else:
                kind = self.tr("Error") if is_error else self.tr("Warning")
            mark = _mark(finding)
            title = rich(msg_text(finding.title))
            advice = rich(msg_text(finding.message))
            self._add(
                f"<b>{mark}{number} {kind}: {title}</b><br>{advice}",
                ERROR_STYLE if is_error else WARN_STYLE,
            )
        self.setVisible(bool(self.labels))

    def _add(self, text: str, style: str) -> None:
        label = wrapped_label(self, rich=True)
        label.setText(text)
        label.setStyleSheet(style)
        self._layout.addWidget(label)
        self.labels.append(label)

    def text(self) -> str:
        """All lines as plain text (for tests and accessibility)."""
        return "\n".join(label.text() for label in self.labels)


class LookupBreakdownView(QWidget):
    """Where an over-limit SPF record's DNS lookups go (a table, most expensive first) and
    the ways below 10, in the owner's words. Hidden while the record is within the limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.heading = wrapped_label(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.table = wrapped_label(self, rich=True)
        self.advice_heading = wrapped_label(self)
        self.advice_heading.setFont(font)
        self.advice = wrapped_label(self, rich=True)
        self.hint = wrapped_label(self)
        for widget in (self.heading, self.table, self.advice_heading, self.advice, self.hint):
            layout.addWidget(widget)
        self.hide()

    def show_breakdown(
        self, breakdown: LookupBreakdown | None, lang: str, title: str, hint: str = ""
    ) -> None:
        """Show `breakdown` under `title` ("{total}"/"{limit}" filled in) with an optional
        `hint` below the suggestions, or hide."""
        if breakdown is None or not breakdown.over_limit:
            self.hide()
            return
        self.heading.setText(title.format(total=breakdown.total, limit=breakdown.limit))
        head = (self.tr("Term"), self.tr("What it is"), self.tr("DNS lookups"))
        cell = 'style="padding: 3px 8px; border-bottom: 1px solid palette(mid);"'
        rows = [
            "<tr>"
            + "".join(f"<th align='left' {cell}>{html.escape(h)}</th>" for h in head)
            + "</tr>"
        ]
        for cost in breakdown.terms:
            count = (self.tr("{count}") if cost.complete else self.tr("{count} or more")).format(
                count=cost.lookups
            )
            rows.append(
                f'<tr><td {cell}><span style="{_mono()}">{html.escape(cost.term)}</span></td>'
                f"<td {cell}>{html.escape(cost.what(lang))}</td>"
                f"<td align='right' {cell}>{html.escape(count)}</td></tr>"
            )
        total = self.tr("Total (the limit is {limit})").format(limit=breakdown.limit)
        times = self.tr("{count}").format(count=breakdown.total)
        rows.append(
            f"<tr><td></td><td {cell}><b>{html.escape(total)}</b></td>"
            f"<td align='right' {cell}><b style=\"{ERROR_STYLE}\">{html.escape(times)}</b></td></tr>"
        )
        self.table.setText("<table cellspacing='0'>" + "".join(rows) + "</table>")
        self.advice_heading.setText(self.tr("How to get to 10 or fewer:"))
        items = "".join(f"<li>{rich(s.message(lang))}</li>" for s in breakdown.suggestions)
        self.advice.setText(f"<ul style='margin-left: 0px;'>{items}</ul>")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.show()

    def text(self) -> str:
        """Everything shown, as plain text (for tests and screen-reader checks)."""
        parts = (self.heading, self.table, self.advice_heading, self.advice, self.hint)
        return "\n".join(re.sub(r"<[^>]+>", " ", w.text()) for w in parts)


class _ClickLabel(QLabel):
    """A rich-text label that selects its radio button when clicked, like the radio's own
    text would."""

    def __init__(self, radio: QRadioButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._radio = radio
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)

    def text_plain(self) -> str:
        """The text without its markup (for the radio's accessible name)."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.text()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._radio.click()
        self._radio.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class SenderAuthPage(BasePage):
    """SPF, DMARC and DKIM for the case's domain."""

    key = "sender_auth"

    # -- building -----------------------------------------------------------------------------

    def build(self) -> None:
        self._busy: set[str] = set()
        self._regenerate = False  # a service box was clicked while the record was being made
        self._scroll_to_comparison = False
        self._handles: list[TaskHandle] = []
        self._section = SenderAuthSection()
        self._last_error: dict[str, str] = {}
        self._other_domain: dict[str, str] = {}  # result kind -> the earlier domain it was for
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(12)

        self.intro = wrapped_label(content)
        layout.addWidget(self.intro)
        self.limits_note = QFrame(content)
        self.limits_note.setObjectName("note")
        self.limits_note.setStyleSheet(NOTE_FRAME)
        note_layout = QVBoxLayout(self.limits_note)
        self.limits_text = wrapped_label(self.limits_note)
        note_layout.addWidget(self.limits_text)
        layout.addWidget(self.limits_note)
        self.stale_note = wrapped_label(content)
        self.stale_note.setStyleSheet(WARN_STYLE)
        self.stale_note.hide()
        layout.addWidget(self.stale_note)

        layout.addWidget(self._build_current(content))
        layout.addWidget(self._build_recommendation(content))
        layout.addWidget(self._build_publish(content))
        layout.addWidget(self._build_dmarc(content))
        layout.addWidget(self._build_dkim(content))
        layout.addStretch(1)
        page_layout(self, content)

    def _build_current(self, parent: QWidget) -> QGroupBox:
        box = self.current_box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.domain_label = wrapped_label(box)
        self.check_button = QPushButton(box)
        self.check_button.clicked.connect(lambda: self.run_spf_check(recheck=False))
        row.addWidget(self.domain_label, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.spf_status = wrapped_label(box, rich=True)
        self.spf_record = wrapped_label(box, rich=True)
        self.spf_record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.spf_counts = wrapped_label(box)
        self.spf_breakdown = LookupBreakdownView(box)
        self.spf_findings = FindingList(box)
        self.tree_label = QLabel(box)
        self.spf_tree = QTreeWidget(box)
        self.spf_tree.setColumnCount(3)
        self.spf_tree.setRootIsDecorated(True)
        self.spf_tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.spf_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spf_tree.header().setStretchLastSection(False)
        self.spf_tree.setItemDelegate(PaddedRowsDelegate(self.spf_tree))  # rows apart, as in tables
        self.tree_label.setBuddy(self.spf_tree)
        self.spf_checked = wrapped_label(box)
        for widget in (
            self.spf_status,
            self.spf_record,
            self.spf_counts,
            self.spf_findings,
            self.spf_breakdown,
            self.tree_label,
            self.spf_tree,
            self.spf_checked,
        ):
            layout.addWidget(widget)
        return box

    def _build_recommendation(self, parent: QWidget) -> QGroupBox:
        box = self.rec_box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        self.rec_intro = wrapped_label(box)
        layout.addWidget(self.rec_intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.found_ips_label = QLabel(box)
        self.found_ips = wrapped_label(box)
        form.addRow(self.found_ips_label, self.found_ips)
        self.ips_label = QLabel(box)
        self.ips = QPlainTextEdit(box)
        self.ips.setTabChangesFocus(True)
        self.ips.setMaximumHeight(70)
        self.ips_label.setBuddy(self.ips)
        form.addRow(self.ips_label, self.ips)
        # Common services as plain-named boxes: the owner knows "we use Google Workspace",
        # not "include:_spf.google.com". Each box adds exactly the term typing it would add.
        self.services_label = QLabel(box)
        self.services_label.setWordWrap(True)
        services = QWidget(box)
        grid = QGridLayout(services)
        grid.setContentsMargins(0, 0, 0, 0)
        self.service_boxes: dict[str, QCheckBox] = {}
        for index, service in enumerate(sending_services()):
            check = QCheckBox(services)
            self.service_boxes[service.id] = check
            # Only the owner's clicks (not load_case) say "used" / "no longer used".
            check.clicked.connect(
                lambda checked, sid=service.id: self._service_clicked(sid, checked)
            )
            grid.addWidget(check, index // 2, index % 2)
        # The published record's other includes (a service the presets do not know, the
        # provider's own): one box each, so the owner can leave out what is no longer used
        # there too (the suggestions ask about them; without a box nothing could be done).
        self.record_terms_holder = QWidget(services)
        holder_layout = QVBoxLayout(self.record_terms_holder)
        holder_layout.setContentsMargins(0, 4, 0, 0)
        self.record_terms_heading = wrapped_label(self.record_terms_holder)
        holder_layout.addWidget(self.record_terms_heading)
        self.record_terms_holder.hide()
        self.term_boxes: dict[str, QCheckBox] = {}
        self._term_boxes_for: tuple[tuple[str, ...], str] = ((), "")
        grid.addWidget(self.record_terms_holder, grid.rowCount(), 0, 1, 2)
        # Boxes ticked by the app (the published record uses the service) and boxes the owner
        # unticked are said in words: ticks the owner did not make read as a mistake.
        self.services_note = wrapped_label(services)
        self.services_note.hide()
        grid.addWidget(self.services_note, grid.rowCount(), 0, 1, 2)
        form.addRow(self.services_label, services)
        self.terms_label = QLabel(box)
        self.terms_label.setWordWrap(True)
        self.terms = QLineEdit(box)
        self.terms.setStyleSheet(_mono())  # "_" and "~" are hard to read in the UI font
        self.terms_label.setBuddy(self.terms)
        form.addRow(self.terms_label, self.terms)
        layout.addLayout(form)
        self.input_problems = wrapped_label(box)
        self.input_problems.setStyleSheet(ERROR_STYLE)
        self.input_problems.hide()
        layout.addWidget(self.input_problems)

        self.policy_heading = QLabel(box)
        layout.addWidget(self.policy_heading)
        # Why the choice starts where it does (it follows the published record's all).
        self.policy_note = wrapped_label(box, rich=True)
        layout.addWidget(self.policy_note)
        self.soft = QRadioButton(box)
        self.soft_syntax = _ClickLabel(self.soft, box)
        self.soft_text = wrapped_label(box, rich=True)
        self.hard = QRadioButton(box)
        self.hard_syntax = _ClickLabel(self.hard, box)
        self.hard_text = wrapped_label(box, rich=True)
        self.policy_group = QButtonGroup(self)
        self.policy_group.addButton(self.soft)
        self.policy_group.addButton(self.hard)
        self.soft.setChecked(True)
        self._policy_chosen = False
        self.policy_group.buttonClicked.connect(self._policy_clicked)
        for radio, syntax, text in (
            (self.soft, self.soft_syntax, self.soft_text),
            (self.hard, self.hard_syntax, self.hard_text),
        ):
            # The plain words are the radio's own text; the syntax follows in a label of its
            # own because a radio button cannot show "~all" in the fixed-width font, and the
            # UI font draws "~" like a backtick.
            choice = QHBoxLayout()
            choice.setSpacing(4)
            choice.addWidget(radio)
            choice.addWidget(syntax, 1)
            layout.addLayout(choice)
            text.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(text)

        row = QHBoxLayout()
        self.generate_button = QPushButton(box)
        self.generate_button.clicked.connect(self.run_generate)
        row.addWidget(self.generate_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.rec_status = wrapped_label(box, rich=True)
        layout.addWidget(self.rec_status)
        record_row = QHBoxLayout()
        self.rec_record = QLineEdit(box)
        self.rec_record.setReadOnly(True)
        self.rec_record.setStyleSheet(_mono())
        self.copy_button = QPushButton(box)
        self.copy_button.clicked.connect(self.copy_record)
        record_row.addWidget(self.rec_record, 1)
        record_row.addWidget(self.copy_button)
        self.rec_record_holder = QWidget(box)
        self.rec_record_holder.setLayout(record_row)
        record_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rec_record_holder)
        self.rec_strings = wrapped_label(box)
        self.rec_checks = wrapped_label(box, rich=True)
        # Next to the verdict: where the lookups go when the record needs more than 10.
        self.rec_breakdown = LookupBreakdownView(box)
        self.rec_notes = wrapped_label(box, rich=True)
        for widget in (self.rec_strings, self.rec_checks, self.rec_breakdown, self.rec_notes):
            layout.addWidget(widget)
        return box

    def _build_publish(self, parent: QWidget) -> QGroupBox:
        box = self.publish_box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        self.publish_caveat = wrapped_label(box)
        self.publish_steps = wrapped_label(box, rich=True)
        self.publish_rules = wrapped_label(box, rich=True)
        layout.addWidget(self.publish_caveat)
        layout.addWidget(self.publish_steps)
        layout.addWidget(self.publish_rules)
        row = QHBoxLayout()
        self.recheck_button = QPushButton(box)
        self.recheck_button.clicked.connect(lambda: self.run_spf_check(recheck=True))
        row.addWidget(self.recheck_button)
        # Why the button is greyed out, in words (a tooltip alone is missed by keyboard users).
        self.recheck_hint = wrapped_label(box)
        row.addWidget(self.recheck_hint, 1)
        layout.addLayout(row)
        self.compare_heading = heading_label(box)
        layout.addWidget(self.compare_heading)
        self.compare = QGridLayout()
        self.compare.setHorizontalSpacing(16)
        self.compare_holder = QWidget(box)
        self.compare_holder.setLayout(self.compare)
        layout.addWidget(self.compare_holder)
        self.compare_verdict = wrapped_label(box, rich=True)
        layout.addWidget(self.compare_verdict)
        self._compare_labels: list[QLabel] = []
        return box

    def _build_dmarc(self, parent: QWidget) -> QGroupBox:
        box = self.dmarc_box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        self.dmarc_intro = wrapped_label(box, rich=True)
        layout.addWidget(self.dmarc_intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.report_label = QLabel(box)
        self.report_address = QLineEdit(box)
        self.report_label.setBuddy(self.report_address)
        form.addRow(self.report_label, self.report_address)
        layout.addLayout(form)
        # Where the address is chosen, the owner reads whether that mailbox must be created.
        self.report_note = wrapped_label(box, rich=True)
        layout.addWidget(self.report_note)
        self.report_address.textChanged.connect(self._show_report_note)
        row = QHBoxLayout()
        self.dmarc_button = QPushButton(box)
        self.dmarc_button.clicked.connect(self.run_dmarc)
        row.addWidget(self.dmarc_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.dmarc_status = wrapped_label(box, rich=True)
        self.dmarc_findings = FindingList(box)
        self.dmarc_next = wrapped_label(box, rich=True)
        layout.addWidget(self.dmarc_status)
        layout.addWidget(self.dmarc_findings)
        layout.addWidget(self.dmarc_next)
        record_row = QHBoxLayout()
        record_row.setContentsMargins(0, 0, 0, 0)
        self.dmarc_record = QLineEdit(box)
        self.dmarc_record.setReadOnly(True)
        self.dmarc_record.setStyleSheet(_mono())
        self.dmarc_copy = QPushButton(box)
        self.dmarc_copy.clicked.connect(self.copy_dmarc)
        record_row.addWidget(self.dmarc_record, 1)
        record_row.addWidget(self.dmarc_copy)
        self.dmarc_record_holder = QWidget(box)
        self.dmarc_record_holder.setLayout(record_row)
        layout.addWidget(self.dmarc_record_holder)
        self.dmarc_mailbox = wrapped_label(box, rich=True)
        layout.addWidget(self.dmarc_mailbox)
        self.dmarc_path = wrapped_label(box, rich=True)
        layout.addWidget(self.dmarc_path)
        return box

    def _build_dkim(self, parent: QWidget) -> QGroupBox:
        box = self.dkim_box = QGroupBox(parent)
        layout = QVBoxLayout(box)
        self.dkim_intro = wrapped_label(box)
        layout.addWidget(self.dkim_intro)
        # Selectors and headers are jargon: folded away, while the check and its results stay
        # in view (the common selectors are tried without any input).
        self.dkim_advanced = Collapsible(box)
        layout.addWidget(self.dkim_advanced)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.selectors_label = QLabel(self.dkim_advanced.content)
        self.selectors = QLineEdit(self.dkim_advanced.content)
        self.selectors.setStyleSheet(_mono())
        self.selectors_label.setBuddy(self.selectors)
        form.addRow(self.selectors_label, self.selectors)
        self.header_label = QLabel(self.dkim_advanced.content)
        self.header = QPlainTextEdit(self.dkim_advanced.content)
        self.header.setTabChangesFocus(True)
        self.header.setMaximumHeight(70)
        self.header_label.setBuddy(self.header)
        form.addRow(self.header_label, self.header)
        content_layout = self.dkim_advanced.content.layout()
        assert isinstance(content_layout, QVBoxLayout)
        content_layout.addLayout(form)
        row = QHBoxLayout()
        self.dkim_button = QPushButton(box)
        self.dkim_button.clicked.connect(self.run_dkim)
        row.addWidget(self.dkim_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.dkim_status = wrapped_label(box, rich=True)
        self.dkim_keys = wrapped_label(box, rich=True)
        self.dkim_findings = FindingList(box)
        layout.addWidget(self.dkim_status)
        layout.addWidget(self.dkim_keys)
        layout.addWidget(self.dkim_findings)
        return box

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sender authentication (SPF, DMARC, DKIM)"))
        self.setSubTitle(
            self.tr(
                "Check that your domain tells receivers which servers may send its mail, and "
                "fix it if needed. Each check runs only when you press its button."
            )
        )
        self.intro.setText(
            self.tr(
                "SPF is a TXT record in your domain's DNS that lists the servers allowed to "
                "send mail for your addresses. DMARC tells receivers what to do with mail that "
                "fails the check and sends you reports; DKIM signs your mail."
            )
        )
        self.limits_text.setText(
            self.tr(
                "ℹ Please note: SPF stops other people from forging your domain. It does not "
                "stop spam sent through your own server with a stolen password: such mail "
                "passes SPF and DKIM. What stops that is strong passwords, removing unused "
                "accounts, and SMTP authentication (step 3)."
            )
        )
        self.current_box.setTitle(self.tr("Current SPF record"))
        self.check_button.setText(self.tr("&Check SPF"))
        self.tree_label.setText(self.tr("Records used through include and redirect:"))
        self.spf_tree.setHeaderLabels(
            [self.tr("Record"), self.tr("DNS lookups (with those below)"), self.tr("State")]
        )
        self.spf_tree.setAccessibleName(self.tr("Include tree of the SPF record"))
        self.rec_box.setTitle(self.tr("Recommended SPF record"))
        self.rec_intro.setText(
            self.tr(
                "The recommended record keeps what your current record needs, adds what your "
                "hosting company needs and every server that sends your mail, and is checked "
                "before it is shown: at most 10 DNS lookups, every include answers, every "
                "sending IP address passes. It is always one record: never add a second one."
            )
        )
        self.found_ips_label.setText(self.tr("Found in the blacklist check:"))
        self.ips_label.setText(self.tr("Other sending &IP addresses (one per line):"))
        self.ips.setPlaceholderText(self.tr("e.g. 203.0.113.25 (your mail server's address)"))
        self.ips.setAccessibleName(_plain(self.ips_label.text()))
        self.services_label.setText(
            self.tr("Other services that send your mail (tick all you use):")
        )
        lang = self.mamori.languages.language
        kinds = {
            "mail": self.tr("mail service"),
            "newsletter": self.tr("newsletter and bulk mail service"),
            "hosting": self.tr("web and mail hosting"),
        }
        for service in sending_services():
            check = self.service_boxes[service.id]
            check.setText(service.name(lang))
            # Brand names read the same in both languages; the kind tells a screen-reader
            # user what the box is (and which language the page speaks).
            check.setAccessibleName(
                self.tr("{service}, {kind}").format(
                    service=service.name(lang), kind=kinds.get(service.kind, "")
                )
            )
            check.setToolTip(service.term.value)
        self.terms_label.setText(self.tr("&Others, as SPF terms (for advanced users):"))
        self.terms.setPlaceholderText(
            self.tr("e.g. include:spf.example.net (separate with spaces)")
        )
        self.terms.setAccessibleName(_plain(self.terms_label.text()))
        self.policy_heading.setText(
            self.tr("What should receivers do with mail from other servers?")
        )
        # Plain words first, the syntax after: the owner chooses by what happens to the mail.
        self.soft.setText(self.tr("Mail from other servers is treated as &suspicious"))
        self.hard.setText(self.tr("Mail from o&ther servers is refused"))
        self.soft_text.setText(rich(msg_text(POLICY_EXPLANATIONS[SOFT])))
        self.hard_text.setText(rich(msg_text(POLICY_EXPLANATIONS[HARD])))
        self.generate_button.setText(self.tr("&Make the recommended record"))
        self.copy_button.setText(self.tr("Cop&y"))
        self.copy_button.setAccessibleName(self.tr("Copy the recommended SPF record"))
        self.rec_record.setAccessibleName(self.tr("Recommended SPF record"))
        self.publish_box.setTitle(self.tr("How to publish it"))
        self.recheck_button.setText(self.tr("&Re-check after publishing"))
        self.compare_heading.setText(self.tr("Before and after"))
        self.dmarc_box.setTitle(self.tr("DMARC"))
        self.report_label.setText(self.tr("Reports go to (&e-mail address):"))
        self.report_address.setAccessibleName(_plain(self.report_label.text()))
        self.dmarc_button.setText(self.tr("Check &DMARC"))
        self.dmarc_copy.setText(self.tr("Co&py DMARC record"))
        self.dmarc_record.setAccessibleName(self.tr("Recommended DMARC record"))
        self.dmarc_path.setText(
            rich(
                self.tr(
                    "The path: ① Watch first, reports only (p=none) → ② Forged mail goes to spam "
                    "folders (p=quarantine) → ③ Forged mail is refused (p=reject). Change the "
                    "record only when the reports show that your own mail passes."
                )
            )
        )
        self.dkim_box.setTitle(self.tr("DKIM"))
        self.dkim_intro.setText(
            self.tr(
                "DKIM keys are published under a name (selector) chosen by your provider. We "
                "try the common ones; pasting the header of a mail you sent shows the exact one."
            )
        )
        self.dkim_advanced.set_texts(
            self.tr("&For advanced users: selectors and mail headers"),
            self.tr("open"),
            self.tr("closed"),
        )
        self.selectors_label.setText(self.tr("Se&lectors to try as well:"))
        self.selectors.setPlaceholderText(self.tr("e.g. default s1 (separate with spaces)"))
        self.selectors.setAccessibleName(_plain(self.selectors_label.text()))
        self.header_label.setText(self.tr("&Header of a sent mail (optional):"))
        self.header.setPlaceholderText(self.tr("Paste the lines starting with DKIM-Signature:"))
        self.header.setAccessibleName(_plain(self.header_label.text()))
        self.dkim_button.setText(self.tr("Check D&KIM"))
        self.refresh()

    # -- case ---------------------------------------------------------------------------------

    def load_case(self, case: Case) -> None:
        self._section = case.sender_auth
        section = self._section
        self.ips.setPlainText("\n".join(section.outbound_ips))
        # Terms typed by hand in an older case tick their box instead of staying as jargon.
        typed_services, other_terms = split_service_terms(section.extra_terms)
        ticked = {*section.services, *typed_services}
        for service_id, check in self.service_boxes.items():
            check.setChecked(service_id in ticked)
        # A case saved before the boxes followed the published record (no unused_services)
        # showed them unticked next to a recommendation that keeps those services, and the
        # first click ticked the others by surprise: they follow the record from the start.
        self._tick_published(self._published_records(case))
        self.terms.setText(" ".join(other_terms))
        (self.hard if section.all_policy == HARD else self.soft).setChecked(True)
        self._policy_chosen = section.all_policy_chosen
        self.report_address.setText(section.report_address)
        self.selectors.setText(" ".join(section.dkim_selectors))
        self.header.setPlainText(section.dkim_header)
        # What the owner entered is never hidden: known selectors or a pasted header keep the
        # details open.
        self.dkim_advanced.set_open(bool(section.dkim_selectors or section.dkim_header))
        self.input_problems.hide()
        self._last_error = {}
        self.retranslate()

    def store_case(self, case: Case) -> None:
        section = case.sender_auth
        ips, terms, _problems = self._read_inputs()
        section.outbound_ips = ips
        section.services, section.extra_terms = self._services_and_terms(terms)
        section.all_policy = HARD if self.hard.isChecked() else SOFT
        section.all_policy_chosen = self._policy_chosen
        section.report_address = self.report_address.text().strip()
        section.dkim_selectors = _split_items(self.selectors.text())
        section.dkim_header = self.header.toPlainText().strip()

    def _service_clicked(self, service_id: str, checked: bool) -> None:
        """A service ticked or unticked by the owner: remembered as used / no longer used,
        and a recommendation already shown is made again at once, so its lookup count and
        breakdown follow the box."""
        unused = self._section.unused_services
        if checked and service_id in unused:
            unused.remove(service_id)
        elif not checked and service_id not in unused and self._published_uses(service_id):
            # Only a service the record lists can be "no longer used": a box ticked by mistake
            # and unticked again must not take the page-1 provider's include (Google's for
            # Google Workspace) out of the recommendation.
            unused.append(service_id)
        self._show_services_note()
        self._show_spf_breakdown()
        self._remake_if_shown()

    def _published_uses(self, service_id: str) -> bool:
        """True if the published record (as last read) lists the service's term."""
        published = _terms_of(self._published_records())
        return any(
            s.id == service_id and s.term.value.lower() in published for s in sending_services()
        )

    def _term_clicked(self, term: str, checked: bool) -> None:
        """An include of the published record without a service box ticked or unticked."""
        unused = self._section.unused_terms
        if checked and term in unused:
            unused.remove(term)
        elif not checked and term not in unused:
            unused.append(term)
        self._show_services_note()
        self._show_spf_breakdown()
        self._remake_if_shown()

    def _remake_if_shown(self) -> None:
        """Make a recommendation already shown again at once, so that its lookup count and
        breakdown follow the boxes."""
        if self._section.recommendation is None:
            return
        if "generate" in self._busy:
            self._regenerate = True
            return
        self.run_generate()

    def _tick_published(self, records: tuple[str, ...] | list[str]) -> None:
        """Tick the services the published record uses: the boxes say what the record does,
        so unticking one is how the owner says a service is no longer used."""
        published = _terms_of(records)
        unused = set(self._section.unused_services)
        for service in sending_services():
            if service.term.value.lower() in published and service.id not in unused:
                self.service_boxes[service.id].setChecked(True)

    def _published_records(self, case: Case | None = None) -> list[str]:
        """The current domain's published SPF records as last read: by the latest check, or
        else by the recommendation (which reads them afresh); [] if neither is of this domain."""
        case = case or self.mamori.case
        org = case.organisation
        domain = org.domain_ascii or org.domain
        section = case.sender_auth
        other = results_for_other_domain(section, domain)
        check = section.latest_check
        if check is not None and "spf" not in other:
            return list(check.records)
        rec = section.recommendation
        if rec is not None and rec.existing and "generate" not in other:
            return [rec.existing]
        return []

    def _show_record_terms(self) -> None:
        """One box per include of the published record that no service box stands for,
        ticked unless the owner unticked it."""
        lang = self.mamori.languages.language
        terms = tuple(includes_without_box(self._published_records()))
        if self._term_boxes_for != (terms, lang):
            self._term_boxes_for = (terms, lang)
            for box in self.term_boxes.values():
                box.deleteLater()
            self.term_boxes = {}
            layout = self.record_terms_holder.layout()
            for term in terms:
                box = QCheckBox(self._term_label(term), self.record_terms_holder)
                box.setToolTip(term)
                box.clicked.connect(lambda checked, t=term: self._term_clicked(t, checked))
                layout.addWidget(box)
                self.term_boxes[term] = box
            # Boxes made later join the end of the Tab chain: put them where they are drawn,
            # after the service boxes and before the field for other terms.
            previous: QWidget = list(self.service_boxes.values())[-1]
            for box in self.term_boxes.values():
                QWidget.setTabOrder(previous, box)
                previous = box
            QWidget.setTabOrder(previous, self.terms)
        for term, box in self.term_boxes.items():
            box.setChecked(term not in self._section.unused_terms)
        self.record_terms_heading.setText(
            self.tr("Also in your current record (untick what you no longer use):")
        )
        self.record_terms_holder.setVisible(bool(terms))

    def _term_label(self, term: str) -> str:
        """A record-term box's text: the provider's name if known, else the term."""
        owner = known_include(term)
        if owner:
            return self.tr("{name} ({term})").format(
                name=service_name(owner, self.mamori.languages.language), term=term
            )
        return self.tr("{term} (a service this app does not know)").format(term=term)

    def _show_services_note(self) -> None:
        """Under the service boxes: which were ticked because the published record uses
        them, and which the owner unticked (left out of the recommendation)."""
        published = _terms_of(self._published_records())
        lang = self.mamori.languages.language
        sep = self.tr(", ")
        in_record = [s for s in sending_services() if s.term.value.lower() in published]
        ticked = [s.name(lang) for s in in_record if self.service_boxes[s.id].isChecked()]
        unticked = [
            s.name(lang)
            for s in in_record
            if not self.service_boxes[s.id].isChecked() and s.id in self._section.unused_services
        ]
        unticked += [
            self._term_label(term)
            for term, box in self.term_boxes.items()
            if not box.isChecked() and term in self._section.unused_terms
        ]
        lines = []
        if ticked:
            lines.append(
                self.tr(
                    "Ticked because your current SPF record uses them: {services}. If you no "
                    "longer use one, untick it: the recommended record then leaves it out."
                ).format(services=sep.join(ticked))
            )
        if unticked:
            lines.append(
                self.tr(
                    "Left out of the recommended record because you unticked them: "
                    "{services}. If you still use one, tick it again."
                ).format(services=sep.join(unticked))
            )
        self.services_note.setText("\n".join(lines))
        self.services_note.setVisible(bool(lines))

    def _services_and_terms(self, terms: list[str]) -> tuple[list[str], list[str]]:
        """The ticked services (with those whose term was typed) and the other typed terms."""
        typed, rest = split_service_terms(terms)
        ticked = [sid for sid, check in self.service_boxes.items() if check.isChecked()]
        return list(dict.fromkeys([*ticked, *typed])), rest

    def unsaved_widgets(self) -> list[QWidget]:
        ip_problems, term_problems = self._input_problems()
        return [w for w, bad in ((self.ips, ip_problems), (self.terms, term_problems)) if bad]

    def show_unsaved_input(self) -> None:
        self._show_input_problems(self._read_inputs()[2])
        super().show_unsaved_input()

    def initializePage(self) -> None:
        # The domain may have been changed on page 1 since this page was last shown.
        self.refresh()

    def leave_page(self) -> None:
        for handle in self._handles:
            handle.cancel()
        self._handles = []
        self._busy.clear()
        self._update_buttons()

    # -- inputs -------------------------------------------------------------------------------

    def _domain_text(self) -> str:
        org = self.mamori.case.organisation
        return org.domain_ascii or org.domain

    def _default_report_address(self) -> str:
        """Where DMARC reports go when the owner leaves the field empty: the contact's address
        from page 1 when it is in the case's domain (a mailbox that exists; an address in
        another domain would need that domain's consent), else dmarc-reports@<domain>."""
        domain = self._domain_text().lower()
        contact = self.mamori.case.organisation.contact.email.strip()
        if contact and domain:
            try:
                address = normalize_email(contact).ascii
            except InputError:
                address = ""
            host = address.rpartition("@")[2].lower()
            if host == domain or host.endswith("." + domain):
                return address
        return default_report_address(domain) if domain else ""

    def _show_report_note(self) -> None:
        """Under the field: whether the address that will be used must be created first."""
        domain = self._domain_text()
        typed = self.report_address.text().strip()
        address = typed or self._default_report_address()
        if domain and address.lower() == default_report_address(domain.lower()).lower():
            text = self.tr(
                "{address} probably does not exist yet. Create this mailbox at your mail "
                "server before you publish the DMARC record, or enter an address you already "
                "read in this field: reports sent to an address that does not exist are lost."
            ).format(address=address)
            self.report_note.setText(f'<span style="{WARN_STYLE}">{WARN_MARK} {rich(text)}</span>')
        elif domain and not typed:
            self.report_note.setText(
                rich(
                    self.tr(
                        "Reports will go to {address}, the contact address from the Situation "
                        "page. To use another address, enter it here."
                    ).format(address=address)
                )
            )
        else:
            self.report_note.setText("")
        self.report_note.setVisible(bool(self.report_note.text()))

    def _policy_clicked(self) -> None:
        self._policy_chosen = True
        self._show_policy()

    def _published_all(self) -> str | None:
        """How the domain's published SPF record ends (`published_all`), from the latest
        check of the current domain or else the recommendation's; None if not known."""
        domain = self._domain_text()
        check = self._section.latest_check
        if check is not None and "spf" not in results_for_other_domain(self._section, domain):
            if check.records:
                return published_all(check.records)
            if check.status == SpfStatus.NONE:
                return "none"
            return None
        rec = self._section.recommendation
        if rec is not None and "generate" not in results_for_other_domain(self._section, domain):
            if rec.existing:
                return published_all((rec.existing,))
            if rec.existing_status == SpfStatus.NONE.value:
                return "none"
        return None

    def _show_policy(self) -> None:
        """Follow the published record's all until the owner picks one, and say why."""
        published = self._published_all()
        if not self._policy_chosen:
            keep_hard = self._section.all_policy == HARD  # chosen in an older version
            if keep_hard or (published is not None and default_policy(published) == HARD):
                self.hard.setChecked(True)
            else:
                self.soft.setChecked(True)
        if published == HARD:
            self.soft_syntax.setText(rich(self.tr("(~all)")))
            self.hard_syntax.setText(rich(self.tr("(-all, as in your current record)")))
        else:
            self.soft_syntax.setText(rich(self.tr("(~all, recommended)")))
            self.hard_syntax.setText(rich(self.tr("(-all)")))
        for radio, syntax in ((self.soft, self.soft_syntax), (self.hard, self.hard_syntax)):
            radio.setAccessibleName(f"{_plain(radio.text())} {syntax.text_plain()}")
        policy = HARD if self.hard.isChecked() else SOFT
        reason = policy_reason(published, policy) if published is not None else None
        weakened = published == HARD and policy == SOFT
        self.policy_note.setText(
            f'<span style="{WARN_STYLE if weakened else ""}">'
            f"{WARN_MARK + ' ' if weakened else ''}{rich(msg_text(reason))}</span>"
            if reason is not None
            else ""
        )
        self.policy_note.setVisible(reason is not None)

    def _read_inputs(self) -> tuple[list[str], list[str], list[str]]:
        ips: list[str] = []
        terms: list[str] = []
        ip_problems, term_problems = self._input_problems(ips, terms)
        return list(dict.fromkeys(ips)), list(dict.fromkeys(terms)), ip_problems + term_problems

    def _input_problems(
        self, ips: list[str] | None = None, terms: list[str] | None = None
    ) -> tuple[list[str], list[str]]:
        """Problems of the IP lines and of the terms; the readable values go to `ips`/`terms`."""
        ips = [] if ips is None else ips
        terms = [] if terms is None else terms
        ip_problems: list[str] = []
        term_problems: list[str] = []
        for number, line in enumerate(self.ips.toPlainText().splitlines(), start=1):
            for item in _split_items(line):
                try:
                    ips.append(str(parse_ip(item)))
                except InputError as error:
                    ip_problems.append(
                        self.tr("IP addresses, line {line}: {problem}").format(
                            line=number, problem=msg_text(error.message)
                        )
                    )
        for item in _split_items(self.terms.text()):
            try:
                terms.append(normalize_term(item))
            except InputError as error:
                term_problems.append(msg_text(error.message))
        return ip_problems, term_problems

    def _show_input_problems(self, problems: list[str]) -> None:
        self.input_problems.setText("\n".join(f"⚠ {p}" for p in problems))
        self.input_problems.setVisible(bool(problems))

    def _client_factory(self) -> Callable[[], DnsClient]:
        """Makes the DNS client on the worker thread: with the system's DNS settings, creating
        it reads them from the OS, which can take seconds. The settings are read here, on the
        GUI thread."""
        spec = self.mamori.settings.resolver_spec()
        return lambda: DnsClient(spec, timeout=3.0)

    # -- running checks -----------------------------------------------------------------------

    def _start(
        self,
        kind: str,
        work: Callable[[TaskContext], object],
        done: Callable[[object], None],
    ) -> None:
        """Run `work` off the GUI thread; `done(result)` stores the result in the case."""
        pressed = self.focusWidget() if self.focusWidget() in self._buttons(kind) else None
        self._busy.add(kind)
        self._last_error.pop(kind, None)
        self._update_buttons()
        self.refresh()
        # Qt hands the focus of the button disabled while the check runs to the next control;
        # unless the owner has moved on by then, it comes back to the button at the end.
        landed = window_focus(self) if pressed is not None else None

        def announce() -> None:
            statuses = {
                "spf": self.spf_status,
                "dmarc": self.dmarc_status,
                "dkim": self.dkim_status,
            }
            status = statuses.get(kind)
            if status is not None:
                announce_label(status)

        def give_focus_back() -> None:
            moved_on = window_focus(self) not in (landed, None)
            if pressed is not None and pressed.isEnabled() and not moved_on:
                pressed.setFocus(Qt.FocusReason.OtherFocusReason)

        def finished(result: object) -> None:
            self._busy.discard(kind)
            done(result)
            self.mamori.autosave()
            self._update_buttons()
            self.refresh()
            give_focus_back()
            announce()
            if self._scroll_to_comparison:
                # After "re-check after publishing" the owner wants to see before/after.
                self._scroll_to_comparison = False
                area = self.findChild(QScrollArea)
                if area is not None:
                    area.ensureWidgetVisible(self.compare_verdict)

        def failed(message: Msg) -> None:
            self._busy.discard(kind)
            self._last_error[kind] = msg_text(message)
            self._update_buttons()
            self.refresh()
            give_focus_back()
            announce()

        def cancelled() -> None:
            self._busy.discard(kind)
            self._update_buttons()
            self.refresh()
            give_focus_back()
            announce()

        handle = self.mamori.tasks.run(
            work,
            on_done=finished,
            on_error=failed,
            on_cancelled=cancelled,
            owner=self,
        )
        self._handles = [h for h in self._handles if h.pending] + [handle]

    def run_spf_check(self, recheck: bool = False) -> None:
        """Fetch and validate the domain's SPF record (also after publishing)."""
        domain = self._domain_text()
        if not domain:
            return
        client = self._client_factory()

        def done(result: object) -> None:
            assert isinstance(result, SpfCheck)
            self._section.add_spf_check(result)
            if result.domain_ascii == self._domain_text():
                self._tick_published(result.records)
                self.store_case(self.mamori.case)
            if recheck:
                self._scroll_to_comparison = True

        self._start("spf", lambda ctx: check_spf(domain, client(), cancel=ctx.cancel_event), done)

    def run_generate(self) -> None:
        """Build and verify the recommended record from the inputs."""
        domain = self._domain_text()
        ips, terms, problems = self._read_inputs()
        self._show_input_problems(problems)
        if not domain or problems:
            return
        self.store_case(self.mamori.case)
        org = self.mamori.case.organisation
        request = GenerateRequest(
            domain=domain,
            provider=org.provider,
            server_name=org.server_name,
            outbound_ips=tuple(dict.fromkeys([*outbound_ips_from_case(self.mamori.case), *ips])),
            # The ticked services' terms first, exactly as if they had been typed.
            extra_terms=tuple(
                dict.fromkeys([*service_terms(self.mamori.case.sender_auth.services), *terms])
            ),
            # Not chosen yet: the generator keeps a published -all (it reads the record
            # afresh); a -all shown here already is passed on as it is.
            all_policy=(
                (HARD if self.hard.isChecked() else SOFT)
                if self._policy_chosen or self.hard.isChecked()
                else None
            ),
            unused_terms=(
                *service_terms(self._section.unused_services),
                *self._section.unused_terms,
            ),
        )
        client = self._client_factory()
        lang = self.mamori.languages.language

        def done(result: object) -> None:
            assert isinstance(result, SpfRecommendation)
            self._section.recommendation = result
            if result.existing:
                self._tick_published([result.existing])
                self.store_case(self.mamori.case)
            if self._regenerate:
                self._regenerate = False
                QTimer.singleShot(0, self.run_generate)

        self._start(
            "generate",
            lambda ctx: generate_spf(request, client(), cancel=ctx.cancel_event, lang=lang),
            done,
        )

    def run_dmarc(self) -> None:
        """Check _dmarc.<domain> and recommend the next step."""
        domain = self._domain_text()
        address = self.report_address.text().strip()
        if address:
            try:
                address = normalize_email(address).ascii
            except InputError as error:
                self._last_error["dmarc"] = msg_text(error.message)
                self.refresh()
                return
        if not domain:
            return
        address = address or self._default_report_address()
        client = self._client_factory()

        def done(result: object) -> None:
            assert isinstance(result, DmarcCheck)
            self._section.dmarc = result

        self._start(
            "dmarc",
            lambda ctx: check_dmarc(
                domain, client(), report_address=address, cancel=ctx.cancel_event
            ),
            done,
        )

    def run_dkim(self) -> None:
        """Look for DKIM keys (common selectors, the user's, and a pasted header's)."""
        domain = self._domain_text()
        if not domain:
            return
        from app.core.dkim import COMMON_SELECTORS

        selectors = [*_split_items(self.selectors.text()), *COMMON_SELECTORS]
        header = self.header.toPlainText()
        client = self._client_factory()

        def done(result: object) -> None:
            assert isinstance(result, DkimCheck)
            self._section.dkim = result

        self._start(
            "dkim",
            lambda ctx: check_dkim(
                domain, client(), selectors=selectors, header=header, cancel=ctx.cancel_event
            ),
            done,
        )

    def copy_record(self) -> None:
        """Put the recommended SPF record on the clipboard."""
        if self.rec_record.text():
            QGuiApplication.clipboard().setText(self.rec_record.text())
            self.rec_status.setText(
                self.rec_status.text() + "<br>" + html.escape(self.tr("Copied."))
            )

    def copy_dmarc(self) -> None:
        """Put the recommended DMARC record on the clipboard."""
        if self.dmarc_record.text():
            QGuiApplication.clipboard().setText(self.dmarc_record.text())

    def _kind_buttons(self) -> list[tuple[str, QPushButton]]:
        return [
            ("spf", self.check_button),
            ("spf", self.recheck_button),
            ("generate", self.generate_button),
            ("dmarc", self.dmarc_button),
            ("dkim", self.dkim_button),
        ]

    def _buttons(self, kind: str) -> list[QWidget]:
        """The buttons that start a check of this kind."""
        return [button for k, button in self._kind_buttons() if k == kind]

    def _update_buttons(self) -> None:
        has_domain = bool(self._domain_text())
        for kind, button in self._kind_buttons():
            button.setEnabled(has_domain and kind not in self._busy)
        # Re-checking compares the published record with the recommended one: before there is
        # one for this domain, there is nothing to publish and nothing to compare with.
        waiting = (
            self._section.recommendation is None or "generate" in self._other_domain
        ) and has_domain
        why = self.tr(
            "First press “Make the recommended record” above, then publish the record and check it here."
        )
        if waiting:
            self.recheck_button.setEnabled(False)
        self.recheck_button.setToolTip(why if waiting else "")
        self.recheck_button.setAccessibleDescription(why if waiting else "")
        self.recheck_hint.setText(why)
        self.recheck_hint.setVisible(waiting)

    # -- showing results ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show everything stored in the case (results survive reopening and language
        changes because they are rendered from the case, never kept only in widgets)."""
        if not hasattr(self, "spf_status"):
            return
        domain = self._domain_text()
        if domain:
            self.domain_label.setText(self.tr("Domain: {domain}").format(domain=domain))
        else:
            self.domain_label.setText(
                self.tr("No domain yet: enter it on the Situation page first.")
            )
        # The intro names the case's domain: it follows the domain entered on page 1 (the page
        # is built before the owner types it, so setting it once in retranslate showed
        # _dmarc.example.co.jp on every new case).
        self.dmarc_intro.setText(
            rich(
                self.tr(
                    "DMARC is a second TXT record, at _dmarc.{domain}. Start by watching "
                    "(p=none): it only asks receivers to send you reports, nothing is blocked. "
                    "After a few weeks, when the reports show that all your real mail passes, "
                    "send forged mail to spam folders (p=quarantine) and then have it refused "
                    "(p=reject)."
                ).format(domain=domain or "example.co.jp")
            )
        )
        self._show_other_domain(domain)
        self._show_spf(self._section.latest_check)
        self._show_recommendation(self._section.recommendation)
        self._show_publish()
        self._show_dmarc(self._section.dmarc)
        self._show_dkim(self._section.dkim)
        self._show_policy()
        self._show_record_terms()
        self._show_services_note()
        found = outbound_ips_from_case(self.mamori.case)
        if found:
            self.found_ips.setText(", ".join(found))
        elif self.mamori.case.blacklist.latest() is not None:
            # Checked, and no bounce or sending address was among the targets: "yet" would
            # suggest the check is still to come.
            self.found_ips.setText(self.tr("(none)"))
        else:
            self.found_ips.setText(self.tr("(none yet)"))
        self.report_address.setPlaceholderText(
            self.tr("Empty: {address} (it must receive mail)").format(
                address=self._default_report_address()
            )
            if domain
            else ""
        )
        self._show_report_note()
        self._update_buttons()

    def _show_other_domain(self, domain: str) -> None:
        self._other_domain = results_for_other_domain(self._section, domain)
        earlier = sorted(set(self._other_domain.values()))
        self.stale_note.setVisible(bool(earlier))
        if earlier:
            self.stale_note.setText(
                f"{WARN_MARK} "
                + self.tr(
                    "Some results below were checked for {old}, not for your domain {domain}. "
                    "They are kept only for comparison: press the check buttons again to "
                    "check {domain}."
                ).format(old=", ".join(earlier), domain=domain)
            )

    def _status_line(self, kind: str, mark: str, text: str, style: str) -> str:
        if kind in self._busy:
            return html.escape(self.tr("Checking…"))
        if kind in self._last_error:
            return (
                f'<span style="{ERROR_STYLE}">{UNKNOWN_MARK} '
                f"{html.escape(self._last_error[kind])}</span>"
            )
        line = f'<span style="{style}"><b>{mark} {rich(text)}</b></span>'
        if kind in self._other_domain:
            # A result of the earlier domain is never shown as the current state.
            note = self.tr("For {old}, not your current domain: check again.").format(
                old=self._other_domain[kind]
            )
            line = f'<span style="{WARN_STYLE}"><b>{WARN_MARK} {html.escape(note)}</b></span><br>{line}'
        return line

    def _show_spf_breakdown(self) -> None:
        """Where the published record's lookups go, with the owner's answers so far: a
        service unticked below is named as one to remove, not asked about again."""
        check = self._section.latest_check
        section = self._section
        breakdown = check.breakdown if check is not None else None
        if breakdown is not None:
            breakdown = breakdown.answered(section.unused_services, section.unused_terms)
        self.spf_breakdown.show_breakdown(
            breakdown,
            self.mamori.languages.language,
            self.tr("Where the DNS lookups go: {total} of at most {limit}"),
        )

    def _show_spf(self, check: SpfCheck | None) -> None:
        if check is None:
            self.spf_status.setText(self._status_line("spf", "", self.tr("Not checked yet."), ""))
            for widget in (self.spf_record, self.spf_counts, self.spf_checked):
                widget.setText("")
            self.spf_findings.show_findings([])
            self.spf_tree.clear()
            self.spf_tree.hide()
            self.tree_label.hide()
            self.spf_breakdown.hide()
            return
        mark, style = {
            SpfStatus.VALID: (OK_MARK, OK_STYLE),
            SpfStatus.NONE: (WARN_MARK, WARN_STYLE),
            SpfStatus.PERMERROR: (ERROR_MARK, ERROR_STYLE),
            SpfStatus.TEMPERROR: (UNKNOWN_MARK, ERROR_STYLE),
        }[check.status]
        texts = {
            SpfStatus.VALID: self.tr("The SPF record is valid."),
            SpfStatus.NONE: self.tr("There is no SPF record."),
            SpfStatus.PERMERROR: self.tr(
                "The SPF record is broken: receivers ignore it for all your mail."
            ),
            SpfStatus.TEMPERROR: self.tr(
                "Could not check completely: a DNS lookup failed. This is not a clean result."
            ),
        }
        if check.status == SpfStatus.VALID and check.warnings:
            mark, style = WARN_MARK, WARN_STYLE
            texts[SpfStatus.VALID] = self.tr("The SPF record is valid, but can be improved.")
        text = texts[check.status]
        if check.domain_missing:
            # Not "there is no SPF record": the name is most likely mistyped.
            mark, style, text = ERROR_MARK, ERROR_STYLE, msg_text(check.headline)
        self.spf_status.setText(self._status_line("spf", mark, text, style))
        numbered = list(enumerate(check.shown_findings, start=1))
        self.spf_record.setText(self._record_html(check, numbered))
        if check.tree is not None:
            self.spf_counts.setText(
                self.tr(
                    "DNS lookups: {lookups} of at most 10 (worst case: every term counted). "
                    "Names that do not exist: {voids} of at most 2."
                ).format(lookups=check.lookups, voids=check.void_lookups)
            )
        else:
            self.spf_counts.setText("")
        self._show_spf_breakdown()
        self.spf_findings.show_findings(
            numbered, self.tr("No problems found.") if check.status == SpfStatus.VALID else ""
        )
        self._fill_tree(check.tree)
        when = format_jst(check.checked_at) if check.checked_at else ""
        self.spf_checked.setText(
            self.tr("Checked {when} using the DNS server {server}.").format(
                when=when, server=self._server_text(check.resolver)
            )
        )

    def _server_text(self, described: str) -> str:
        """The resolver as stored ("system (192.0.2.53)", "192.0.2.53:5353") in words."""
        if described.startswith("system (") and described.endswith(")"):
            return self.tr("of this computer ({servers})").format(servers=described[8:-1])
        return described

    def _record_html(self, check: SpfCheck, numbered: list[tuple[int, Finding]]) -> str:
        if not check.records and check.unrecognised:
            # Published but not read as SPF: the owner must see what is there to replace it.
            label = html.escape(self.tr("Published value (not read as SPF):"))
            return "<br>".join(
                f'{label} <span style="{_mono()}">{html.escape(text)}</span>'
                for text in check.unrecognised
            )
        if not check.records:
            return ""
        marks: dict[str, list[str]] = {}
        for number, finding in numbered:
            for term in finding_terms(finding):
                marks.setdefault(term, []).append(f"{_mark(finding)}{number}")
        lines = []
        for index, record in enumerate(check.records, start=1):
            parts = []
            for term in record.split(" "):
                text = html.escape(term)
                if term in marks:
                    text = (
                        f'<span style="background-color: #fff0c2; text-decoration: underline;">'
                        f"{text}</span><sup><b>{' '.join(marks[term])}</b></sup>"
                    )
                parts.append(text)
            prefix = ""
            if len(check.records) > 1:
                prefix = html.escape(self.tr("Record {number}:").format(number=index)) + " "
            lines.append(f'{prefix}<span style="{_mono()}">{" ".join(parts)}</span>')
        return "<br>".join(lines)

    def _fill_tree(self, tree: SpfNode | None) -> None:
        self.spf_tree.clear()
        visible = tree is not None and bool(tree.children)
        self.spf_tree.setVisible(visible)
        self.tree_label.setVisible(visible)
        if tree is None:
            return
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())

        def add(node: SpfNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
            # Each row counts what it costs with everything under it, as the breakdown table
            # above does: the record's own count (Google 3 here, 4 there; the domain 6 where
            # the total is 12) read as a second, contradicting set of numbers. The domain's
            # row is the total; an include's row is the include itself plus its records.
            item = QTreeWidgetItem(
                parent, [node.term or node.domain, str(node.cost), msg_text(node.state)]
            )
            item.setToolTip(0, node.record or "")
            # Terms as the record and the breakdown show them; in the UI font the underscore
            # of include:_spf… fell below the row and read as "include: spf".
            item.setFont(0, mono)
            for child in node.children:
                add(child, item)

        add(tree, self.spf_tree)
        self.spf_tree.expandAll()
        self.spf_tree.resizeColumnToContents(1)
        self.spf_tree.resizeColumnToContents(2)
        # As tall as its rows (up to 12), so the page does not show an empty box.
        rows = len(tree.walk())
        row_height = max(self.spf_tree.sizeHintForRow(0), self.fontMetrics().height() + 4)
        header = self.spf_tree.header().sizeHint().height()
        frame = 2 * self.spf_tree.frameWidth() + 4
        self.spf_tree.setFixedHeight(header + frame + row_height * min(rows, 12))

    def _show_recommendation(self, rec: SpfRecommendation | None) -> None:
        has = rec is not None
        self.rec_record_holder.setVisible(has)
        for widget in (self.rec_strings, self.rec_checks, self.rec_notes):
            widget.setVisible(has)
        if rec is None:
            self.rec_status.setText(self._status_line("generate", "", "", ""))
            self.rec_record.clear()
            self.rec_breakdown.hide()
            return
        if rec.no_change_needed:
            text, mark, style = (
                self.tr("No change needed: your published record already does everything."),
                OK_MARK,
                OK_STYLE,
            )
        elif rec.verified and rec.existing_status == "none":
            # Nothing is published yet: "instead of the current one" sent the owner looking
            # for a record that is not there.
            text, mark, style = (
                self.tr("Verified. Your domain has no SPF record yet: publish this one."),
                OK_MARK,
                OK_STYLE,
            )
        elif rec.verified:
            text, mark, style = (
                self.tr("Verified. Publish this record instead of the current one."),
                OK_MARK,
                OK_STYLE,
            )
        else:
            text, mark, style = (
                self.tr("Not fully verified: read the points marked below before publishing."),
                WARN_MARK,
                WARN_STYLE,
            )
        self.rec_status.setText(self._status_line("generate", mark, text, style))
        self.rec_record.setText(rec.record)
        self.rec_record.setCursorPosition(0)
        if len(rec.strings) > 1:
            self.rec_strings.setText(
                self.tr(
                    "The record is longer than 255 characters. If your DNS panel asks for "
                    "it in parts, enter these {count} parts in this order: {parts}"
                ).format(count=len(rec.strings), parts=rec.zone_text)
            )
        else:
            self.rec_strings.setText("")
            self.rec_strings.hide()
        checks = []
        for check in rec.checks:
            mark = {True: OK_MARK, False: ERROR_MARK, None: UNKNOWN_MARK}[check.ok]
            style = {True: OK_STYLE, False: ERROR_STYLE, None: WARN_STYLE}[check.ok]
            checks.append(f'<span style="{style}">{mark} {rich(msg_text(check.message))}</span>')
        heading = self.tr("Checked before recommending:")
        self.rec_checks.setText(f"<b>{html.escape(heading)}</b><br>" + "<br>".join(checks))
        self.rec_breakdown.show_breakdown(
            rec.breakdown,
            self.mamori.languages.language,
            self.tr(
                "The recommended record needs {total} DNS lookups, more than {limit}. "
                "Where they go:"
            ),
            self.tr(
                "A service you no longer use: untick its box under “Other services that send "
                "your mail” above, and the record is made again at once without it."
            ),
        )
        notes = [f"• {rich(msg_text(n.message))}" for n in rec.notes]
        heading = self.tr("What changed and why:")
        self.rec_notes.setText(
            f"<b>{html.escape(heading)}</b><br>" + "<br>".join(notes) if notes else ""
        )
        self.rec_notes.setVisible(bool(notes))

    def _show_publish(self) -> None:
        lang = self.mamori.languages.language
        host = dns_host(self.mamori.case.organisation.provider)
        self.publish_caveat.setText(
            self.tr(
                "These are the steps for {panel} as far as we know them; screens change, so "
                "please confirm with your provider if something looks different."
            ).format(panel=host.name(lang))
        )
        steps = "".join(f"<li>{rich(step)}</li>" for step in host.steps(lang))
        self.publish_steps.setText(f"<ol>{steps}</ol>")
        latest = self._section.latest_check
        if latest is not None and latest.status == SpfStatus.NONE and not latest.unrecognised:
            # 「既存のレコードを書き換えてください」 sent the owner of a domain without SPF
            # looking for a record to change, right under 「新しく追加します」.
            only_one = self.tr(
                "Only one record may start with v=spf1: your domain has none yet, so add this "
                "one as a new record, and never a second one later."
            )
        else:
            only_one = self.tr(
                "Only one record may start with v=spf1: change the existing one instead of "
                "adding another."
            )
        rules = [
            self.tr("Record type: TXT (not “SPF”, which receivers no longer read)."),
            host.host_field(lang),
            self.tr(
                "Value: the recommended record exactly as copied: no quote marks around it, "
                "no full-width characters or spaces."
            ),
            only_one,
            self.tr(
                "After saving, wait a little (up to the time DNS keeps old answers, often an "
                "hour) and press “Re-check after publishing”."
            ),
        ]
        heading = self.tr("Check these points:")
        self.publish_rules.setText(
            f"<b>{html.escape(heading)}</b><ul>"
            + "".join(f"<li>{rich(r)}</li>" for r in rules)
            + "</ul>"
        )
        self._show_comparison()

    def _show_comparison(self) -> None:
        for label in self._compare_labels:
            label.hide()
            label.deleteLater()
        self._compare_labels = []
        pair = checks_to_compare(self._section)
        show = pair is not None
        self.compare_heading.setVisible(show)
        self.compare_holder.setVisible(show)
        self.compare_verdict.setVisible(show)
        if pair is None:
            return
        before, after = pair

        def cell(text: str, row: int, column: int, bold: bool = False, mono: bool = False) -> None:
            label = wrapped_label(self.compare_holder, rich=mono)
            if mono:
                lines = (html.escape(line) for line in text.splitlines())
                text = f'<span style="{_mono()}">' + "<br>".join(lines) + "</span>"
            label.setText(text)
            if bold:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            self.compare.addWidget(label, row, column)
            self._compare_labels.append(label)

        status_text = {
            SpfStatus.VALID: self.tr("✔ valid"),
            SpfStatus.NONE: self.tr("⚠ no record"),
            SpfStatus.PERMERROR: self.tr("✖ broken (permerror)"),
            SpfStatus.TEMPERROR: self.tr("？ could not check"),
        }
        cell("", 0, 0)
        for column, check in ((1, before), (2, after)):
            when = format_jst(check.checked_at) if check.checked_at else ""
            title = self.tr("Before") if column == 1 else self.tr("After (latest check)")
            cell(f"{title}\n{when}", 0, column, bold=True)
        rows: list[tuple[str, Callable[[SpfCheck], str]]] = [
            (self.tr("Record"), lambda c: "\n".join(c.records) or "-"),
            (self.tr("Result"), lambda c: status_text[c.status]),
            (self.tr("DNS lookups"), lambda c: f"{c.lookups} / 10"),
            (self.tr("Errors"), lambda c: str(_count(c, Severity.ERROR))),
            (self.tr("Warnings"), lambda c: str(_count(c, Severity.WARNING))),
        ]
        for row, (name, value) in enumerate(rows, start=1):
            cell(name, row, 0, bold=True)
            cell(value(before), row, 1, mono=row == 1)
            cell(value(after), row, 2, mono=row == 1)
        self.compare.setColumnStretch(1, 1)
        self.compare.setColumnStretch(2, 1)
        rec = self._section.recommendation
        if rec is not None and after.record is not None:
            if after.record == rec.record and len(after.records) == 1:
                self.compare_verdict.setText(
                    f'<span style="{OK_STYLE}">'
                    + html.escape(self.tr("✔ The published record matches the recommendation."))
                    + "</span>"
                )
            else:
                minutes = max(1, (after.ttl or 3600) // 60)
                self.compare_verdict.setText(
                    f'<span style="{WARN_STYLE}">'
                    + html.escape(
                        self.tr(
                            "⚠ The published record is not the recommended one yet. If you "
                            "have just changed it, DNS may show the old value for up to "
                            "{minutes} minutes: check again later."
                        ).format(minutes=minutes)
                    )
                    + "</span>"
                )
        else:
            self.compare_verdict.setText("")

    def _show_dmarc(self, check: DmarcCheck | None) -> None:
        if check is None:
            self.dmarc_status.setText(
                self._status_line("dmarc", "", self.tr("Not checked yet."), "")
            )
            self.dmarc_findings.show_findings([])
            self.dmarc_next.setText("")
            self.dmarc_record_holder.hide()
            self.dmarc_mailbox.hide()
            return
        mark, style, text = {
            DmarcStatus.VALID: (OK_MARK, OK_STYLE, self.tr("A DMARC record is published.")),
            DmarcStatus.NONE: (WARN_MARK, WARN_STYLE, self.tr("DMARC is not set up yet.")),
            DmarcStatus.INVALID: (
                ERROR_MARK,
                ERROR_STYLE,
                self.tr("The DMARC record is not usable: receivers ignore it."),
            ),
            DmarcStatus.TEMPERROR: (
                UNKNOWN_MARK,
                ERROR_STYLE,
                self.tr("Could not check DMARC: a DNS lookup failed."),
            ),
        }[check.status]
        if not check.domain_exists:
            mark, style, text = ERROR_MARK, ERROR_STYLE, msg_text(check.headline)
        line = self._status_line("dmarc", mark, text, style)
        if check.record:
            line += f'<br><span style="{_mono()}">{html.escape(check.record)}</span>'
        if check.checked_at:
            line += "<br>" + html.escape(
                self.tr("Checked {when}.").format(when=format_jst(check.checked_at))
            )
        self.dmarc_status.setText(line)
        self.dmarc_findings.show_findings(list(enumerate(check.findings, start=1)))
        step = check.step_message
        heading = self.tr("Next step:")
        self.dmarc_next.setText(
            f"<b>{html.escape(heading)}</b> {rich(msg_text(step))}" if step is not None else ""
        )
        self.dmarc_record_holder.setVisible(bool(check.recommended))
        self.dmarc_record.setText(check.recommended or "")
        self.dmarc_record.setCursorPosition(0)
        mailbox = check.mailbox_message
        new_box = mailbox is not None and mailbox.source == MAILBOX_NEW.source
        self.dmarc_mailbox.setText(
            f'<span style="{WARN_STYLE if new_box else ""}">'
            f"{WARN_MARK + ' ' if new_box else ''}{rich(msg_text(mailbox))}</span>"
            if mailbox is not None
            else ""
        )
        self.dmarc_mailbox.setVisible(mailbox is not None)

    def _show_dkim(self, check: DkimCheck | None) -> None:
        if check is None:
            self.dkim_status.setText(self._status_line("dkim", "", self.tr("Not checked yet."), ""))
            self.dkim_keys.setText("")
            self.dkim_findings.show_findings([])
            return
        mark, style, text = {
            DkimStatus.OK: (OK_MARK, OK_STYLE, self.tr("A usable DKIM key is published.")),
            DkimStatus.PROBLEM: (
                ERROR_MARK,
                ERROR_STYLE,
                self.tr("There is a problem with a DKIM key."),
            ),
            DkimStatus.NOT_FOUND: (
                WARN_MARK,
                WARN_STYLE,
                self.tr("No DKIM key found under the selectors tried."),
            ),
            DkimStatus.TEMPERROR: (
                UNKNOWN_MARK,
                ERROR_STYLE,
                self.tr("Could not check DKIM: a DNS lookup failed."),
            ),
        }[check.status]
        line = self._status_line("dkim", mark, text, style)
        if check.checked_at:
            line += "<br>" + html.escape(
                self.tr("Checked {when}.").format(when=format_jst(check.checked_at))
            )
        self.dkim_status.setText(line)
        keys = []
        for key in check.keys:
            key_mark = OK_MARK if key.status == "ok" else ERROR_MARK
            detail = msg_text(KEY_STATUS_TEXT[key.status])
            if key.bits:
                detail += self.tr(" ({type}, {bits} bits)").format(
                    type=key.key_type.upper() if key.key_type == "rsa" else key.key_type,
                    bits=key.bits,
                )
            name = f'<span style="{_mono()}">{html.escape(key.name)}</span>'
            keys.append(f"{key_mark} {name}: {html.escape(detail)}")
        self.dkim_keys.setText("<br>".join(keys))
        self.dkim_findings.show_findings(list(enumerate(check.shown_findings, start=1)))


PAGE = SenderAuthPage
