"""Page 5 報告書: review what the report will say, fill in what only the report needs, make the PDF.

The page has five tabs (review, vendor and request, damage and actions, evidence and time,
personal data) above an always-visible bar that creates the PDF and then previews, opens,
prints it or shows its folder. Building and printing run off the GUI thread through the
wizard's TaskRunner. Nothing here shows user or attacker text as rich text.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from app.core.case import Case
from app.core.errors import InputError
from app.core.i18n import Msg, join_sentences
from app.core.normalize import (
    JST,
    format_jst,
    normalize_email,
    normalize_ip,
    normalize_phone,
)
from app.core.report.builder import ReportInfo
from app.core.report.context import DATE_ONLY
from app.core.report.flowables import AreaStatus
from app.core.report.sections import privacy as privacy_section
from app.core.report.sections.timeline import ANSWER_WORDS
from app.core.report_details import Answer, CreatedReport, RequestType
from app.core.report_review import (
    REPORT,
    TAB_EVIDENCE,
    TAB_INCIDENT,
    TAB_PRIVACY,
    TAB_REVIEW,
    TAB_VENDOR,
    Coverage,
    ReviewItem,
    content_fingerprint,
    review_case,
    suggested_report_name,
    with_pdf_suffix,
    write_report,
)
from app.ui.i18n import msg_text, text_of
from app.ui.message_box import exec_fitted
from app.ui.pages.base import BasePage
from app.ui.printing import PrintError, prepare_printer, print_pdf
from app.ui.tasks import TaskContext, TaskHandle
from app.ui.widgets.announce import announce_labels
from app.ui.widgets.checked_field import (
    ERROR_STYLE,
    CheckedField,
    DateTimeField,
    tidy_on_leave,
)
from app.ui.widgets.focus import window_focus
from app.ui.widgets.layout import scrolling, wrapped_label
from app.ui.widgets.pdf_preview import PdfPreviewDialog
from app.ui.widgets.report_editors import (
    ActionsEditor,
    EvidenceEditor,
    ImpactForm,
    format_size,
    list_edit,
    plain_lines,
    set_plain_lines,
)
from app.ui.widgets.status_icons import StatusKind, status_pixmap

log = logging.getLogger(__name__)

REPORT_LANGUAGES = ("ja", "en")


def review_kind(item: ReviewItem) -> StatusKind:
    """The icon for a review row: a tick only for a clean, complete result.

    Nothing here is red: every field of the report is optional, and the red cross means
    要対応/不合格 elsewhere in the wizard. A section not filled in yet is grey, a check not run
    yet is grey with a question mark (as a list not tested on page 2).
    """
    if item.coverage is Coverage.FILLED:
        # A complete check that found something to do is not a clean result.
        return StatusKind.OK if item.finding is None else StatusKind.WARNING
    if item.coverage is Coverage.PARTLY:
        return StatusKind.WARNING
    return StatusKind.UNKNOWN if item.notes else StatusKind.PENDING


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _accessible(label: QLabel) -> str:
    """A label's text without the mnemonic, Japanese mnemonic suffix or colon."""
    return _accessible_text(label.text())


def _accessible_text(text: str) -> str:
    """`ログの時間帯(&Z):` -> `ログの時間帯`, `&Time zone:` -> `Time zone`."""
    text = text.replace("&", "")
    for suffix in (":", "："):
        text = text.rstrip().removesuffix(suffix)
    if text.endswith(")") and "(" in text and len(text) - text.rfind("(") == 3:
        text = text[: text.rfind("(")]
    return text.strip()


class ReportPage(BasePage):
    """Review, the report's own fields, and the PDF (create, preview, open, print, folder)."""

    key = "report"

    # -- building ---------------------------------------------------------------------------

    def build(self) -> None:
        self._loading = False
        self._review: list[ReviewItem] = []
        self._review_rows: list[QWidget] = []
        self.review_states: dict[str, tuple[StatusKind, str]] = {}
        self._build_handle: TaskHandle | None = None
        self._print_handle: TaskHandle | None = None
        self._last_info: ReportInfo | None = None
        self._last_pdf: CreatedReport | None = None
        self._stale = False
        self._preview: PdfPreviewDialog | None = None
        self._printer: QPrinter | None = None  # kept alive while a worker prints on it
        self._message = ""  # the last result or problem shown in the PDF box
        self._message_is_problem = False
        # Where the case could not be saved, and why, until a save works again: said in a line
        # of its own, so that a PDF made all the same does not look failed.
        self._save_failure: tuple[str, Msg | str] | None = None
        # While the PDF is made or printed: the button that had the focus, and where Qt put it.
        self._busy_focus: tuple[QWidget, QWidget | None] | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh_review)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = wrapped_label(self)
        layout.addWidget(self.intro)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self._tab_keys: list[str] = []
        self._add_tab(TAB_REVIEW, self._build_review())
        self._add_tab(TAB_VENDOR, self._build_vendor())
        self._add_tab(TAB_INCIDENT, self._build_incident())
        self._add_tab(TAB_EVIDENCE, self._build_evidence())
        self._add_tab(TAB_PRIVACY, self._build_privacy())
        layout.addWidget(self._build_pdf_box())
        self._connect_changes()
        self.mamori.save_failed.connect(self._case_save_failed)
        self.mamori.case_saved.connect(self._case_save_worked)

    def _add_tab(self, key: str, content: QWidget) -> None:
        self._tab_keys.append(key)
        self.tabs.addTab(scrolling(content), "")

    def _build_review(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        self.review_intro = wrapped_label(content)
        layout.addWidget(self.review_intro)
        self.review_grid = QGridLayout()
        self.review_grid.setHorizontalSpacing(10)
        # Rows of two or three lines (a chapter and its details) stay apart from the next.
        self.review_grid.setVerticalSpacing(10)
        self.review_grid.setColumnStretch(2, 1)
        layout.addLayout(self.review_grid)
        self.review_legend = wrapped_label(content)
        layout.addWidget(self.review_legend)
        layout.addStretch(1)
        return content

    def _build_vendor(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        self.vendor_intro = wrapped_label(content)
        layout.addWidget(self.vendor_intro)

        self.vendor_box = QGroupBox(content)
        form = _form(self.vendor_box)
        self.vendor_name = QLineEdit(self.vendor_box)
        self.vendor_person = QLineEdit(self.vendor_box)
        self.vendor_email = CheckedField(normalize_email, parent=self.vendor_box)
        self.vendor_phone = QLineEdit(self.vendor_box)
        tidy_on_leave(self.vendor_phone, normalize_phone)
        self.vendor_name_label = QLabel(self.vendor_box)
        self.vendor_person_label = QLabel(self.vendor_box)
        self.vendor_email_label = QLabel(self.vendor_box)
        self.vendor_phone_label = QLabel(self.vendor_box)
        form.addRow(self.vendor_name_label, self.vendor_name)
        form.addRow(self.vendor_person_label, self.vendor_person)
        form.addRow(self.vendor_email_label, self.vendor_email)
        form.addRow(self.vendor_phone_label, self.vendor_phone)
        layout.addWidget(self.vendor_box)

        self.request_box = QGroupBox(content)
        request_layout = QVBoxLayout(self.request_box)
        self.request_types_label = QLabel(self.request_box)
        self.request_types_label.setWordWrap(True)
        request_layout.addWidget(self.request_types_label)
        row = QHBoxLayout()
        self.request_checks: dict[RequestType, QCheckBox] = {}
        for kind in RequestType:
            check = QCheckBox(self.request_box)
            self.request_checks[kind] = check
            row.addWidget(check)
        row.addStretch(1)
        request_layout.addLayout(row)
        self.request_text_label = QLabel(self.request_box)
        self.request_text = list_edit(self.request_box, rows=4)
        self.request_text_label.setBuddy(self.request_text)
        request_layout.addWidget(self.request_text_label)
        request_layout.addWidget(self.request_text)
        layout.addWidget(self.request_box)

        self.open_box = QGroupBox(content)
        open_layout = QVBoxLayout(self.open_box)
        self.open_hint = wrapped_label(self.open_box)
        self.questions_label = QLabel(self.open_box)
        self.questions = list_edit(self.open_box)
        self.unresolved_label = QLabel(self.open_box)
        self.unresolved = list_edit(self.open_box)
        self.questions_label.setBuddy(self.questions)
        self.unresolved_label.setBuddy(self.unresolved)
        for widget in (
            self.open_hint,
            self.questions_label,
            self.questions,
            self.unresolved_label,
            self.unresolved,
        ):
            open_layout.addWidget(widget)
        layout.addWidget(self.open_box)
        layout.addStretch(1)
        return content

    def _build_incident(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)

        self.status_box = QGroupBox(content)
        form = _form(self.status_box)
        self.current_status = list_edit(self.status_box, rows=3)
        self.suspected_cause = QLineEdit(self.status_box)
        self.current_status_label = QLabel(self.status_box)
        self.suspected_cause_label = QLabel(self.status_box)
        form.addRow(self.current_status_label, self.current_status)
        form.addRow(self.suspected_cause_label, self.suspected_cause)
        layout.addWidget(self.status_box)

        self.notes_box = QGroupBox(content)
        notes_layout = QVBoxLayout(self.notes_box)
        self.notes_hint = wrapped_label(self.notes_box)
        # One line per misused account (there are only a few): easier to read than a table.
        self.account_notes = QWidget(self.notes_box)
        self.account_notes_form = QFormLayout(self.account_notes)
        self.account_notes_form.setContentsMargins(0, 0, 0, 0)
        self.account_notes_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.account_notes_form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        self.note_edits: dict[str, QLineEdit] = {}
        notes_layout.addWidget(self.notes_hint)
        notes_layout.addWidget(self.account_notes)
        layout.addWidget(self.notes_box)

        self.spam_box = QGroupBox(content)
        form = _form(self.spam_box)
        self.spam_start = DateTimeField(parent=self.spam_box)
        self.spam_end = DateTimeField(parent=self.spam_box)
        self.spam_basis = QLineEdit(self.spam_box)
        self.spam_samples = list_edit(self.spam_box)
        self.spam_samples_hint = wrapped_label(self.spam_box)
        samples = QWidget(self.spam_box)
        samples_layout = QVBoxLayout(samples)
        samples_layout.setContentsMargins(0, 0, 0, 0)
        samples_layout.addWidget(self.spam_samples)
        samples_layout.addWidget(self.spam_samples_hint)
        self.spam_start_label = QLabel(self.spam_box)
        self.spam_end_label = QLabel(self.spam_box)
        self.spam_basis_label = QLabel(self.spam_box)
        self.spam_samples_label = QLabel(self.spam_box)
        form.addRow(self.spam_start_label, self.spam_start)
        form.addRow(self.spam_end_label, self.spam_end)
        form.addRow(self.spam_basis_label, self.spam_basis)
        form.addRow(self.spam_samples_label, samples)
        layout.addWidget(self.spam_box)

        self.server_box = QGroupBox(content)
        form = _form(self.server_box)
        self.server_addresses = list_edit(self.server_box, rows=2)
        self.server_problems = QLabel(self.server_box)
        self.server_problems.setWordWrap(True)
        self.server_problems.setTextFormat(Qt.TextFormat.PlainText)
        self.server_problems.setStyleSheet(ERROR_STYLE)
        self.server_problems.hide()
        addresses = QWidget(self.server_box)
        addresses_layout = QVBoxLayout(addresses)
        addresses_layout.setContentsMargins(0, 0, 0, 0)
        addresses_layout.addWidget(self.server_addresses)
        addresses_layout.addWidget(self.server_problems)
        self.mail_software = QLineEdit(self.server_box)
        self.server_addresses_label = QLabel(self.server_box)
        self.mail_software_label = QLabel(self.server_box)
        form.addRow(self.server_addresses_label, addresses)
        form.addRow(self.mail_software_label, self.mail_software)
        layout.addWidget(self.server_box)

        self.actions_box = QGroupBox(content)
        actions_layout = QVBoxLayout(self.actions_box)
        self.actions_intro = wrapped_label(self.actions_box)
        self.actions = ActionsEditor(self.actions_box)
        actions_layout.addWidget(self.actions_intro)
        actions_layout.addWidget(self.actions)
        layout.addWidget(self.actions_box)
        layout.addStretch(1)

        for label, widget in (
            (self.current_status_label, self.current_status),
            (self.suspected_cause_label, self.suspected_cause),
            (self.spam_start_label, self.spam_start.edit),
            (self.spam_end_label, self.spam_end.edit),
            (self.spam_basis_label, self.spam_basis),
            (self.spam_samples_label, self.spam_samples),
            (self.server_addresses_label, self.server_addresses),
            (self.mail_software_label, self.mail_software),
        ):
            label.setBuddy(widget)
        return content

    def _build_evidence(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        self.evidence_box = QGroupBox(content)
        evidence_layout = QVBoxLayout(self.evidence_box)
        self.evidence = EvidenceEditor(self.mamori.tasks, self.evidence_box)
        evidence_layout.addWidget(self.evidence)
        layout.addWidget(self.evidence_box)

        self.log_box = QGroupBox(content)
        log_layout = QVBoxLayout(self.log_box)
        self.log_hint = wrapped_label(self.log_box)
        self.log_excerpt = QPlainTextEdit(self.log_box)
        self.log_excerpt.setTabChangesFocus(True)
        self.log_excerpt.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log_excerpt.setMinimumHeight(110)
        self.log_excerpt.setFont(self.evidence._mono)
        # The box's title carries the mnemonic: it moves the focus to the text field.
        log_layout.addWidget(self.log_hint)
        log_layout.addWidget(self.log_excerpt)
        layout.addWidget(self.log_box)

        self.clock_box = QGroupBox(content)
        form = _form(self.clock_box)
        self.clock_hint = wrapped_label(self.clock_box)
        form.addRow(self.clock_hint)
        self.log_zone = QComboBox(self.clock_box)
        self.log_zone.setEditable(True)
        self.log_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ntp = QComboBox(self.clock_box)
        self.clock_note = QLineEdit(self.clock_box)
        self.log_zone_label = QLabel(self.clock_box)
        self.ntp_label = QLabel(self.clock_box)
        self.clock_note_label = QLabel(self.clock_box)
        form.addRow(self.log_zone_label, self.log_zone)
        form.addRow(self.ntp_label, self.ntp)
        form.addRow(self.clock_note_label, self.clock_note)
        self.log_zone_label.setBuddy(self.log_zone)
        self.ntp_label.setBuddy(self.ntp)
        self.clock_note_label.setBuddy(self.clock_note)
        layout.addWidget(self.clock_box)
        layout.addStretch(1)
        return content

    def _build_privacy(self) -> QWidget:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        self.privacy_why_box = QGroupBox(content)
        why_layout = QVBoxLayout(self.privacy_why_box)
        self.privacy_why = wrapped_label(self.privacy_why_box)
        self.privacy_deadlines = wrapped_label(content)
        why_layout.addWidget(self.privacy_why)
        layout.addWidget(self.privacy_why_box)
        self.privacy_box = QGroupBox(content)
        box_layout = QVBoxLayout(self.privacy_box)
        self.impact = ImpactForm(self.privacy_box)
        box_layout.addWidget(self.impact)
        layout.addWidget(self.privacy_box)
        # The rules about deadlines come after the questions, for those who want the detail.
        self.deadlines_box = QGroupBox(content)
        deadlines_layout = QVBoxLayout(self.deadlines_box)
        deadlines_layout.addWidget(self.privacy_deadlines)
        layout.addWidget(self.deadlines_box)
        layout.addStretch(1)
        return content

    def _build_pdf_box(self) -> QGroupBox:
        self.pdf_box = QGroupBox(self)
        layout = QVBoxLayout(self.pdf_box)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.language_label = QLabel(self.pdf_box)
        self.report_language = QComboBox(self.pdf_box)
        self.language_label.setBuddy(self.report_language)
        self.create_button = QPushButton(self.pdf_box)
        self.create_button.setDefault(False)
        QWidget.setTabOrder(self.create_button, self.report_language)  # as laid out: left first
        top.addWidget(self.create_button)
        top.addSpacing(12)
        top.addWidget(self.language_label)
        top.addWidget(self.report_language)
        top.addStretch(1)
        layout.addLayout(top)
        # Three lines, each in its own style: the PDF made last (never red: it is there even
        # when what came after failed), a problem with the latest creating or printing, and a
        # case that could not be saved.
        self.pdf_status = wrapped_label(self.pdf_box)
        layout.addWidget(self.pdf_status)
        self.pdf_problem = wrapped_label(self.pdf_box)
        self.pdf_problem.setStyleSheet(ERROR_STYLE)
        self.pdf_problem.hide()
        layout.addWidget(self.pdf_problem)
        self.save_status = wrapped_label(self.pdf_box)
        self.save_status.setStyleSheet(ERROR_STYLE)
        self.save_status.hide()
        layout.addWidget(self.save_status)
        self.pdf_progress = QProgressBar(self.pdf_box)
        self.pdf_progress.hide()
        layout.addWidget(self.pdf_progress)
        actions = QHBoxLayout()
        self.preview_button = QPushButton(self.pdf_box)
        self.open_button = QPushButton(self.pdf_box)
        self.print_button = QPushButton(self.pdf_box)
        self.folder_button = QPushButton(self.pdf_box)
        for button in (
            self.preview_button,
            self.open_button,
            self.print_button,
            self.folder_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.create_button.clicked.connect(self.choose_and_create)
        self.preview_button.clicked.connect(self.preview)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.print_button.clicked.connect(self.print_report)
        self.folder_button.clicked.connect(self.open_folder)
        return self.pdf_box

    def _connect_changes(self) -> None:
        """Any edit refreshes the review (batched by a short timer)."""
        for edit in (
            self.vendor_name,
            self.vendor_person,
            self.vendor_phone,
            self.vendor_email.edit,
            self.suspected_cause,
            self.spam_basis,
            self.mail_software,
            self.clock_note,
            self.spam_start.edit,
            self.spam_end.edit,
        ):
            edit.textChanged.connect(self._changed)
        for plain in (
            self.request_text,
            self.questions,
            self.unresolved,
            self.current_status,
            self.spam_samples,
            self.server_addresses,
            self.log_excerpt,
        ):
            plain.textChanged.connect(self._changed)
        for check in self.request_checks.values():
            check.toggled.connect(self._changed)
        self.log_zone.editTextChanged.connect(self._changed)
        self.ntp.currentIndexChanged.connect(self._changed)
        self.actions.changed.connect(self._changed)
        self.evidence.changed.connect(self._changed)
        self.evidence.hashed.connect(self._evidence_added)
        self.impact.changed.connect(self._changed)
        self.server_addresses.textChanged.connect(lambda: self._check_addresses(show=False))
        self.tabs.currentChanged.connect(self._tab_changed)

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Report"))
        self.setSubTitle(
            self.tr(
                "Check what the report will contain, add what only the report needs, then "
                "create the PDF for your security vendor."
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save and &finish"))
        self.intro.setText(
            self.tr(
                "Everything on these tabs is optional: fill in what you know, the report marks "
                "the rest as “not entered”. Most useful to the vendor: who they are, what you "
                "ask of them, and the evidence you kept."
            )
        )
        names = {
            TAB_REVIEW: self.tr("&1 Review"),
            TAB_VENDOR: self.tr("&2 Vendor and request"),
            TAB_INCIDENT: self.tr("&3 Damage and actions"),
            TAB_EVIDENCE: self.tr("&4 Evidence and times"),
            TAB_PRIVACY: self.tr("&5 Personal data"),
        }
        for index, key in enumerate(self._tab_keys):
            self.tabs.setTabText(index, names[key])
        self.tabs.setAccessibleName(self.tr("Parts of the report"))

        self.review_intro.setText(
            self.tr(
                "Each line is a section of the report. Where something is missing, the button "
                "takes you to the place where you can enter it."
            )
        )
        self.review_legend.setText(
            self.tr(
                "Blacklists, passwords and sender authentication appear in the report once "
                "they have been checked in their steps of this wizard."
            )
        )

        self.vendor_intro.setText(
            self.tr(
                "Who the report is for and what you ask of them (the JPCERT/CC report form asks "
                "the same)."
            )
        )
        self.vendor_box.setTitle(self.tr("Security vendor or adviser"))
        self.vendor_name_label.setText(self.tr("&Company:"))
        self.vendor_person_label.setText(self.tr("Contact na&me:"))
        self.vendor_email_label.setText(self.tr("&E-mail:"))
        self.vendor_phone_label.setText(self.tr("P&hone:"))
        self.vendor_name.setPlaceholderText(self.tr("e.g. the company that looks after your IT"))
        self.request_box.setTitle(self.tr("Your request"))
        self.request_types_label.setText(self.tr("What kind of request is it? (one or more)"))
        request_words = {
            RequestType.INFORMATION: self.tr("For your &information"),
            RequestType.QUESTION: self.tr("&Questions"),
            RequestType.INVESTIGATION: self.tr("Request for inve&stigation"),
        }
        for kind, check in self.request_checks.items():
            check.setText(request_words[kind])
        self.request_text_label.setText(self.tr("&What you ask for:"))
        self.request_text.setPlaceholderText(
            self.tr("e.g. Please investigate the cause and whether mails were read.")
        )
        self.open_box.setTitle(self.tr("Questions and open issues"))
        self.open_hint.setText(self.tr("One item per line."))
        self.questions_label.setText(self.tr("Q&uestions for the vendor:"))
        self.unresolved_label.setText(self.tr("&Things not yet known or not yet done:"))

        self.status_box.setTitle(self.tr("Where things stand"))
        self.current_status_label.setText(self.tr("&Current status:"))
        self.current_status.setPlaceholderText(
            self.tr("e.g. All passwords changed; spam stopped; blacklist removal requested.")
        )
        self.suspected_cause_label.setText(self.tr("Suspected ca&use:"))
        self.suspected_cause.setPlaceholderText(
            self.tr("e.g. the password was the same as the user name")
        )
        self.notes_box.setTitle(self.tr("Notes on the misused accounts"))
        for account, edit in self.note_edits.items():
            edit.setAccessibleName(self.tr("Note on {account}").format(account=account))
            edit.setPlaceholderText(self.tr("e.g. password was the user name; changed on 11/16"))
        self._update_notes_hint()
        self.spam_box.setTitle(self.tr("The spam that was sent"))
        self.spam_start_label.setText(self.tr("Sending &started:"))
        self.spam_end_label.setText(self.tr("Sending &ended:"))
        self.spam_start.edit.setPlaceholderText(self.tr("e.g. 2026-11-14 02:13 (from the logs)"))
        self.spam_end.edit.setPlaceholderText(self.tr("empty: not known or still going on"))
        self.spam_basis_label.setText(self.tr("W&here the number comes from:"))
        self.spam_basis.setPlaceholderText(
            self.tr("e.g. the warning mail from the hosting company")
        )
        self.spam_samples_label.setText(self.tr("E&xamples of the spam:"))
        self.spam_samples.setPlaceholderText(
            self.tr("Subjects or senders exactly as they appeared, one per line")
        )
        self.spam_samples_hint.setText(
            self.tr(
                "Copied as they are: these lines were written by the attacker and are never "
                "opened or interpreted."
            )
        )
        self.server_box.setTitle(self.tr("Mail server"))
        self.server_addresses_label.setText(self.tr("Server &IP addresses:"))
        self.server_addresses.setPlaceholderText(self.tr("one per line, e.g. 203.0.113.25"))
        self.mail_software_label.setText(self.tr("&Mail software:"))
        self.mail_software.setPlaceholderText(
            self.tr("if known, e.g. the hosting company's standard mail server")
        )
        self.actions_box.setTitle(self.tr("Recovery and prevention"))
        self.actions_intro.setText(
            self.tr(
                "What was done or is planned: passwords changed, blacklist removal, relay "
                "server, moving the server, SMTP authentication, SPF."
            )
        )
        self.actions.retranslate()

        self.evidence_box.setTitle(self.tr("Evidence files"))
        self.evidence.retranslate()
        self.log_box.setTitle(self.tr("Log e&xcerpt"))
        self.log_hint.setText(
            self.tr(
                "A few lines from the server log that show the misuse, pasted exactly as they "
                "are. They may contain text written by the attacker; it is only shown, never "
                "interpreted."
            )
        )
        self.clock_box.setTitle(self.tr("About the times"))
        self.clock_hint.setText(
            self.tr(
                "Vendors compare times with server logs, so they need to know which clock and "
                "time zone the times come from."
            )
        )
        self.log_zone_label.setText(self.tr("Time &zone of the logs:"))
        zone = self.log_zone.currentText()
        self.log_zone.blockSignals(True)
        self.log_zone.clear()
        self.log_zone.addItems(
            ["", self.tr("JST (Japan time)"), self.tr("UTC"), self.tr("Not known yet")]
        )
        self.log_zone.setCurrentText(zone)
        self.log_zone.blockSignals(False)
        self.log_zone.lineEdit().setPlaceholderText(self.tr("choose or type, e.g. JST"))
        self.ntp_label.setText(self.tr("Cloc&ks set automatically (NTP):"))
        answer = self.ntp.currentData()
        self.ntp.blockSignals(True)
        self.ntp.clear()
        for value in (None, Answer.YES, Answer.NO, Answer.UNKNOWN):
            self.ntp.addItem(msg_text(ANSWER_WORDS[value]), value.value if value else "")
        self.ntp.setCurrentIndex(max(self.ntp.findData(answer or ""), 0))
        self.ntp.blockSignals(False)
        self.clock_note_label.setText(self.tr("Note on the clocks:"))
        self.clock_note.setPlaceholderText(
            self.tr("e.g. the PC clock is set automatically by Windows")
        )

        self.privacy_why_box.setTitle(self.tr("Why these questions matter"))
        self.privacy_box.setTitle(self.tr("Personal data in the misused mailboxes"))
        self.deadlines_box.setTitle(msg_text(privacy_section.DEADLINES))
        self.impact.retranslate()
        self._update_privacy_texts()

        self.pdf_box.setTitle(self.tr("The report (PDF)"))
        self.create_button.setText(self.tr("Create &PDF…"))
        self.language_label.setText(self.tr("&Language of the report:"))
        current = self.report_language.currentData() or "ja"
        self.report_language.blockSignals(True)
        self.report_language.clear()
        self.report_language.addItem(self.tr("Japanese (standard)"), "ja")
        self.report_language.addItem(self.tr("English (extra copy)"), "en")
        self.report_language.setCurrentIndex(max(self.report_language.findData(current), 0))
        self.report_language.blockSignals(False)
        self.preview_button.setText(self.tr("Pre&view"))
        self.open_button.setText(self.tr("&Open in PDF viewer"))
        self.print_button.setText(self.tr("P&rint…"))
        self.folder_button.setText(self.tr("Show fol&der"))
        self.pdf_progress.setAccessibleName(self.tr("Progress"))

        self._name_controls()
        self._render_review()
        self._show_pdf_state()

    def _name_controls(self) -> None:
        """Accessible names from the visible labels (without mnemonics)."""
        for label, widget in (
            (self.vendor_name_label, self.vendor_name),
            (self.vendor_person_label, self.vendor_person),
            (self.vendor_phone_label, self.vendor_phone),
            (self.request_text_label, self.request_text),
            (self.questions_label, self.questions),
            (self.unresolved_label, self.unresolved),
            (self.current_status_label, self.current_status),
            (self.suspected_cause_label, self.suspected_cause),
            (self.spam_basis_label, self.spam_basis),
            (self.spam_samples_label, self.spam_samples),
            (self.server_addresses_label, self.server_addresses),
            (self.mail_software_label, self.mail_software),
            (self.log_zone_label, self.log_zone),
            (self.ntp_label, self.ntp),
            (self.clock_note_label, self.clock_note),
            (self.language_label, self.report_language),
        ):
            widget.setAccessibleName(_accessible(label))
        self.vendor_name_label.setBuddy(self.vendor_name)
        self.vendor_person_label.setBuddy(self.vendor_person)
        self.vendor_email_label.setBuddy(self.vendor_email.edit)
        self.vendor_phone_label.setBuddy(self.vendor_phone)
        self.log_excerpt.setAccessibleName(_accessible_text(self.log_box.title()))
        self.vendor_name.setAccessibleName(self.tr("Vendor company"))
        self.vendor_person.setAccessibleName(self.tr("Vendor contact person"))
        self.vendor_phone.setAccessibleName(self.tr("Vendor phone"))
        self.vendor_email.set_accessible_name(self.tr("Vendor e-mail"))
        self.spam_start.set_accessible_name(_accessible(self.spam_start_label))
        self.spam_end.set_accessible_name(_accessible(self.spam_end_label))
        if self.log_zone.lineEdit() is not None:
            self.log_zone.lineEdit().setAccessibleName(_accessible(self.log_zone_label))

    def _update_privacy_texts(self) -> None:
        """The report's own explanation of the PPC rules, with the dates of this case."""
        self.privacy_why.setText(
            "\n\n".join(
                [
                    self.tr(
                        "A misused mailbox or its address book often holds names, addresses or "
                        "phone numbers of customers, partners or staff. With your answers, the "
                        "vendor can help you decide whether the Personal Information "
                        "Protection Commission (個人情報保護委員会) must be told."
                    ),
                    msg_text(privacy_section.ONE_PERSON),
                ]
            )
        )
        noticed = self.mamori.case.incident.noticed_at
        if noticed is None:
            dates = msg_text(privacy_section.NO_DATES)
        else:

            def day(offset: int) -> str:
                local = (noticed + timedelta(days=offset)).astimezone(JST)
                return msg_text(
                    DATE_ONLY.with_args(year=local.year, month=local.month, day=local.day)
                )

            dates = msg_text(
                privacy_section.DATES.with_args(
                    noticed=day(0),
                    quick_from=day(3),
                    quick_to=day(5),
                    final_30=day(30),
                    final_60=day(60),
                )
            )
        self.privacy_deadlines.setText(
            "\n\n".join(
                [msg_text(privacy_section.UNKNOWN_RUNS), dates, msg_text(privacy_section.CONFIRM)]
            )
        )

    # -- review -----------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._refresh_timer.start()

    def _scratch_case(self) -> Case:
        """The case as it would be saved now, without touching the wizard's case."""
        scratch = copy.deepcopy(self.mamori.case)
        self.store_case(scratch)
        return scratch

    def refresh_review(self) -> None:
        """Re-judge every section from the case plus what is typed on this page."""
        self._refresh_timer.stop()
        scratch = self._scratch_case()
        review = review_case(scratch)
        if review != self._review:
            self._review = review
            self._render_review()
        last = scratch.report.last_pdf
        stale = last is not None and last.fingerprint != content_fingerprint(scratch)
        if stale != self._stale:
            self._stale = stale
            self._show_pdf_state()

    def _coverage_words(self, checks: bool = False) -> dict[Coverage, str]:
        """The state in words; the check sections speak of checking rather than entering."""
        if checks:
            return {
                Coverage.FILLED: self.tr("Checked"),
                Coverage.PARTLY: self.tr("Partly checked"),
                Coverage.MISSING: self.tr("Not checked"),
            }
        return {
            Coverage.FILLED: self.tr("Filled in"),
            Coverage.PARTLY: self.tr("Partly"),
            Coverage.MISSING: self.tr("Missing"),
        }

    def _review_word(self, item: ReviewItem) -> str:
        """The state of a review row in words, saying so when a complete check found problems."""
        if item.notes and item.coverage is Coverage.FILLED and item.finding is not None:
            if item.finding is AreaStatus.PROBLEM:
                return self.tr("Checked: action needed")
            return self.tr("Checked: needs attention")
        return self._coverage_words(checks=bool(item.notes))[item.coverage]

    def _tab_name(self, key: str) -> str:
        index = self._tab_keys.index(key) if key in self._tab_keys else 0
        # "&5 Personal data" / "個人情報(&5)" -> "Personal data" / "個人情報"
        return re.sub(r"^\d\s+", "", _accessible_text(self.tabs.tabText(index)))

    def _render_review(self) -> None:
        """Rebuild the rows of the review grid from `self._review`."""
        for widget in self._review_rows:
            self.review_grid.removeWidget(widget)
            # Hidden at once: deletion waits for the event loop, and an unmanaged widget would
            # otherwise sit at the top left until then.
            widget.hide()
            widget.deleteLater()
        self._review_rows = []
        # (section key, "page" or "report:<tab>", button): what each link does, for tests.
        self.review_buttons: list[tuple[str, str, QPushButton]] = []
        separator = self.tr(", ")
        content = self.review_intro.parentWidget()
        ratio = self.devicePixelRatioF() or 1.0
        size = max(16, self.fontMetrics().height())
        # section key -> (icon kind, word) as shown, for tests.
        self.review_states: dict[str, tuple[StatusKind, str]] = {}
        for row, item in enumerate(self._review):
            word = self._review_word(item)
            kind = review_kind(item)
            self.review_states[item.key] = (kind, word)
            icon = QLabel(content)
            icon.setPixmap(status_pixmap(kind, size, ratio))
            icon.setAccessibleName(word)
            state = _plain_label(content)
            state.setText(word)
            bold = QFont(state.font())
            bold.setBold(True)
            state.setFont(bold)
            text = QWidget(content)
            text_layout = QVBoxLayout(text)
            text_layout.setContentsMargins(0, 0, 0, 0)
            text_layout.setSpacing(0)
            title = _plain_label(text)
            title.setWordWrap(True)
            title.setText(f"{item.number} {msg_text(item.title)}")
            title.setFont(bold)
            text_layout.addWidget(title)
            details = [msg_text(note) for note in item.notes]
            missing = [msg_text(m) for fix in item.fixes for m in fix.missing]
            if missing:
                details.append(
                    self.tr("Not entered yet: {fields}").format(fields=separator.join(missing))
                )
            if details:
                detail = _plain_label(text)
                detail.setWordWrap(True)
                detail.setText(separator.join(details) if item.notes else "\n".join(details))
                text_layout.addWidget(detail)
            buttons = QWidget(content)
            buttons_layout = QVBoxLayout(buttons)
            buttons_layout.setContentsMargins(0, 0, 0, 0)
            buttons_layout.setSpacing(2)
            for fix in item.fixes:
                if fix.page == REPORT:
                    caption = self.tr("Open “{tab}”").format(tab=self._tab_name(fix.tab))
                    target = fix.tab
                else:
                    page = self.mamori.page_by_key(fix.page)
                    if page is None:
                        continue  # that step is not part of this version of the wizard
                    caption = self.tr("Go to “{step}”").format(step=page.step_name())
                    target = fix.page
                button = QPushButton(caption, buttons)
                button.setAccessibleName(
                    self.tr("{section}: {action}").format(
                        section=msg_text(item.title), action=button.text()
                    )
                )
                button.clicked.connect(
                    lambda _checked=False, p=fix.page, t=target: self.go_to_fix(p, t)
                )
                buttons_layout.addWidget(button)
                where = f"{REPORT}:{fix.tab}" if fix.page == REPORT else fix.page
                self.review_buttons.append((item.key, where, button))
            buttons_layout.addStretch(1)
            for column, widget in enumerate((icon, state, text, buttons)):
                alignment = Qt.AlignmentFlag.AlignTop
                self.review_grid.addWidget(widget, row, column, alignment)
                self._review_rows.append(widget)
        # New buttons join the end of the Tab order, after the PDF box below the tabs: put them
        # where they are drawn, right after the tabs' bar.
        previous: QWidget = self.tabs.tabBar()
        for _key, _where, button in self.review_buttons:
            QWidget.setTabOrder(previous, button)
            previous = button

    def go_to_fix(self, page: str, target: str) -> None:
        """Open the tab of this page, or go back to the wizard page, where a gap is filled."""
        if page == REPORT:
            self.show_tab(target)
            return
        self.mamori.go_to_page(page)

    def show_tab(self, key: str) -> None:
        """Bring a tab to the front and put the cursor on its first field."""
        if key not in self._tab_keys:
            return
        self.tabs.setCurrentIndex(self._tab_keys.index(key))
        first = {
            TAB_VENDOR: self.vendor_name,
            TAB_INCIDENT: self.current_status,
            TAB_EVIDENCE: self.evidence.add_button,
            TAB_PRIVACY: next(iter(self.impact.answers.values())),
        }.get(key)
        if first is not None:
            first.setFocus()

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._tab_keys) and self._tab_keys[index] == TAB_REVIEW:
            self.refresh_review()

    # -- case -------------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Entering the page: other pages' data is now in the case."""
        self._fill_account_notes(self._current_notes())
        self.evidence.default_collector = self.mamori.case.organisation.contact.name
        self._update_privacy_texts()
        self.refresh_review()

    def load_case(self, case: Case) -> None:
        self._loading = True
        try:
            details = case.report
            vendor = details.vendor
            self.vendor_name.setText(vendor.name)
            self.vendor_person.setText(vendor.contact_person)
            self.vendor_email.set_text(vendor.email)
            self.vendor_phone.setText(vendor.phone)
            for kind, check in self.request_checks.items():
                check.setChecked(kind in details.request_types)
            self.request_text.setPlainText(details.request_text)
            set_plain_lines(self.questions, details.questions)
            set_plain_lines(self.unresolved, details.unresolved)
            self.current_status.setPlainText(details.current_status)
            self.suspected_cause.setText(details.suspected_cause)
            self._fill_account_notes(dict(details.account_notes), case)
            start, end = details.spam_period_start, details.spam_period_end
            self.spam_start.set_text(format_jst(start) if start else "")
            self.spam_end.set_text(format_jst(end) if end else "")
            self.spam_basis.setText(details.spam_volume_basis)
            set_plain_lines(self.spam_samples, details.spam_samples)
            set_plain_lines(self.server_addresses, details.server_addresses)
            self._check_addresses(show=True)
            self.mail_software.setText(details.mail_software)
            self.actions.set_actions(details.recovery_actions)
            self.evidence.set_evidence(details.evidence)
            self.evidence.default_collector = case.organisation.contact.name
            self.log_excerpt.setPlainText(details.log_excerpt)
            self.log_zone.setCurrentText(details.clock.log_time_zone)
            ntp = details.clock.ntp_synced
            self.ntp.setCurrentIndex(max(self.ntp.findData(ntp.value if ntp else ""), 0))
            self.clock_note.setText(details.clock.note)
            self.impact.set_impact(details.personal_data)
            self._last_pdf = details.last_pdf
            self._last_info = None
            self._message = ""
            self._save_failure = None  # another case: its own saves tell
            self.report_language.setCurrentIndex(0)  # Japanese unless asked otherwise each time
            self.tabs.setCurrentIndex(0)
        finally:
            self._loading = False
        self._stale = False
        self._update_privacy_texts()
        self.refresh_review()
        self._show_pdf_state()

    def store_case(self, case: Case) -> None:
        details = case.report
        vendor = details.vendor
        vendor.name = self.vendor_name.text().strip()
        vendor.contact_person = self.vendor_person.text().strip()
        if self.vendor_email.validate(show=False):
            value = self.vendor_email.value
            vendor.email = value.display if value else ""
        vendor.phone = normalize_phone(self.vendor_phone.text())
        details.request_types = [k for k, check in self.request_checks.items() if check.isChecked()]
        details.request_text = self.request_text.toPlainText().strip()
        details.questions = plain_lines(self.questions)
        details.unresolved = plain_lines(self.unresolved)
        details.current_status = self.current_status.toPlainText().strip()
        details.suspected_cause = self.suspected_cause.text().strip()
        details.account_notes = self._current_notes(details.account_notes)
        if self.spam_start.validate(show=False):
            details.spam_period_start = self.spam_start.value
        if self.spam_end.validate(show=False):
            details.spam_period_end = self.spam_end.value
        details.spam_volume_basis = self.spam_basis.text().strip()
        details.spam_samples = plain_lines(self.spam_samples)
        # Readable lines are kept while another line has a mistake (that one stays on screen).
        details.server_addresses, _ok = self._check_addresses(show=False)
        details.mail_software = self.mail_software.text().strip()
        # Rows with an unreadable time stay in the table (with a message) until fixed.
        details.recovery_actions = self.actions.actions()
        details.evidence = self.evidence.evidence()
        details.log_excerpt = self.log_excerpt.toPlainText().strip("\n")
        details.clock.log_time_zone = self.log_zone.currentText().strip()
        ntp = self.ntp.currentData()
        details.clock.ntp_synced = Answer(ntp) if ntp else None
        details.clock.note = self.clock_note.text().strip()
        self.impact.store(details.personal_data)
        details.last_pdf = copy.deepcopy(self._last_pdf)

    def unsaved_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for field in (self.vendor_email, self.spam_start, self.spam_end):
            if field.text().strip() and not field.validate(show=False):
                widgets.append(field.edit)
        if not self._check_addresses(show=False)[1]:
            widgets.append(self.server_addresses)
        if self.actions.first_problem_row() is not None:
            widgets.append(self.actions.table)
        if self.evidence.first_problem_row() is not None:
            widgets.append(self.evidence.table)
        people = self.impact.people_count
        if people.text().strip() and not people.validate(show=False):
            widgets.append(people.edit)
        return widgets

    def show_unsaved_input(self) -> None:
        for field in (self.vendor_email, self.spam_start, self.spam_end, self.impact.people_count):
            if field.text().strip():
                field.validate()
        self._check_addresses(show=True)
        for editor in (self.actions, self.evidence):
            editor.validate()
            row = editor.first_problem_row()
            if row is not None:
                editor.table.setCurrentCell(row, 0)
        super().show_unsaved_input()

    def validatePage(self) -> bool:
        # Finish is handled by confirm_finish (before anything is saved); fields never block.
        return True

    # -- account notes ------------------------------------------------------------------------

    def _current_notes(self, stored: dict[str, str] | None = None) -> dict[str, str]:
        """Notes as typed, keeping notes of accounts no longer listed (nothing is lost)."""
        notes = dict(stored if stored is not None else self.mamori.case.report.account_notes)
        for account, edit in self.note_edits.items():
            text = edit.text().strip()
            if text:
                notes[account] = text
            else:
                notes.pop(account, None)
        return notes

    def _fill_account_notes(self, notes: dict[str, str], case: Case | None = None) -> None:
        accounts = [a for a in (case or self.mamori.case).incident.affected_accounts if a.strip()]
        while self.account_notes_form.rowCount():
            self.account_notes_form.removeRow(0)
        self.note_edits = {}
        for account in dict.fromkeys(accounts):
            label = _plain_label(self.account_notes)
            label.setText(account)
            edit = QLineEdit(self.account_notes)
            edit.setText(notes.get(account, ""))
            edit.setCursorPosition(0)
            edit.setAccessibleName(self.tr("Note on {account}").format(account=account))
            edit.setPlaceholderText(self.tr("e.g. password was the user name; changed on 11/16"))
            edit.textChanged.connect(self._changed)
            label.setBuddy(edit)
            self.account_notes_form.addRow(label, edit)
            self.note_edits[account] = edit
        # New fields join the end of the Tab order (after the PDF box): put them where they are
        # drawn, after the box above.
        previous: QWidget = self.suspected_cause
        for edit in self.note_edits.values():
            QWidget.setTabOrder(previous, edit)
            previous = edit
        self.account_notes.setVisible(bool(accounts))
        self._update_notes_hint()

    def _update_notes_hint(self) -> None:
        self.notes_hint.setText(
            self.tr(
                "A note for each misused account, e.g. what its password was like and when it "
                "was changed."
            )
            if self.note_edits
            else self.tr(
                "No misused accounts have been entered on the “Situation” page; once they are, "
                "you can add a note for each here."
            )
        )

    def _check_addresses(self, show: bool) -> tuple[list[str], bool]:
        good: list[str] = []
        problems = []
        for number, line in enumerate(self.server_addresses.toPlainText().splitlines(), 1):
            if not line.strip():
                continue
            try:
                good.append(str(normalize_ip(line)))
            except InputError as error:
                problems.append(
                    self.tr("Line {line}: {problem}").format(
                        line=number, problem=msg_text(error.message)
                    )
                )
        if show or not problems:
            self.server_problems.setText("\n".join("⚠ " + p for p in problems))
            self.server_problems.setVisible(bool(problems))
        return good, not problems

    def _evidence_added(self) -> None:
        """Hash results belong in the case at once: the owner may have moved to another page."""
        self.mamori.autosave()
        self.refresh_review()

    # -- the PDF ----------------------------------------------------------------------------

    def report_language_code(self) -> str:
        """ "ja" (default) or "en"."""
        value = self.report_language.currentData()
        return value if value in REPORT_LANGUAGES else "ja"

    def default_pdf_path(self) -> Path:
        """Documents folder (or the folder of the last PDF) plus the suggested name."""
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        if self._last_pdf is not None and self._last_pdf.path:
            previous = Path(self._last_pdf.path).parent
            if previous.is_dir():
                folder = previous
        return folder / suggested_report_name(self.mamori.case, self.report_language_code())

    def choose_and_create(self) -> None:
        """Ask where to save, then create the PDF there."""
        if self.busy:
            return
        # A mistyped field is only on screen: the PDF would lack it without a word.
        if not self.mamori.may_create_report():
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            str(self.default_pdf_path()),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.create_pdf(with_pdf_suffix(Path(path)))

    @property
    def busy(self) -> bool:
        """True from starting a build or print job until its result has been shown."""
        return self._build_handle is not None or self._print_handle is not None

    def create_pdf(self, path: Path) -> TaskHandle | None:
        """Save the case, then build the report at `path` off the GUI thread."""
        if self.busy:
            return None
        case = self.mamori.case
        # Saving puts every page's input into the case first: the PDF and the saved case agree.
        self.mamori.autosave()
        snapshot = copy.deepcopy(case)
        lang = self.report_language_code()
        self._set_busy(True, self.tr("Creating the PDF…"))

        def work(_ctx: TaskContext) -> tuple[ReportInfo, CreatedReport]:
            return write_report(snapshot, path, lang=lang)

        self._build_handle = self.mamori.tasks.run(
            work,
            on_done=self._created,
            on_error=self._create_failed,
            on_cancelled=lambda: self._set_busy(False),
            owner=self,
            queue="report",
        )
        return self._build_handle

    def _created(self, result: tuple[ReportInfo, CreatedReport]) -> None:
        info, record = result
        self._set_busy(False)
        self._last_info = info
        self._last_pdf = record
        self.mamori.case.report.last_pdf = copy.deepcopy(record)
        self.mamori.autosave()
        self._stale = False
        self._message = ""
        self._show_pdf_state()
        announce_labels(self.pdf_status, self.save_status)
        if self._preview is not None:
            self._preview.path = Path(record.path)
            self._preview.load()
        self.refresh_review()

    def _create_failed(self, message: Msg) -> None:
        self._set_busy(False)
        self._message = msg_text(message)
        self._message_is_problem = True
        self._show_pdf_state()
        announce_labels(self.pdf_problem, self.save_status)

    def _case_save_failed(self, path: str, reason: Msg | str) -> None:
        self._save_failure = (path, reason)
        self._show_pdf_state()

    def _case_save_worked(self, _path: str) -> None:
        if self._save_failure is not None:
            self._save_failure = None
            self._show_pdf_state()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        if not busy:
            self._build_handle = self._print_handle = None
        self.pdf_progress.setVisible(busy)
        if busy:
            self.pdf_progress.setRange(0, 0)  # a moving bar: the build has no steps to count
            self._message, self._message_is_problem = text, False
            self._show_pdf_state()
        buttons = (
            self.create_button,
            self.preview_button,
            self.open_button,
            self.print_button,
            self.folder_button,
        )
        pressed = next((b for b in buttons if window_focus(self) is b), None)
        for button in buttons:
            button.setEnabled(not busy)
        if busy:
            # Qt hands the focus of a disabled button on; it comes back at the end unless the
            # owner has moved on meanwhile.
            self._busy_focus = (pressed, window_focus(self)) if pressed else None
        if not busy:
            self._show_pdf_state()
            back, self._busy_focus = self._busy_focus, None
            moved_on = back is not None and window_focus(self) not in (back[1], None)
            if back is not None and back[0].isEnabled() and not moved_on:
                back[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def pdf_path(self) -> Path | None:
        """The last created PDF if it still exists."""
        if self._last_pdf is None or not self._last_pdf.path:
            return None
        path = Path(self._last_pdf.path)
        return path if path.is_file() else None

    def _show_pdf_state(self) -> None:
        """The status lines under the Create button, and which actions are available."""
        if not hasattr(self, "pdf_status"):
            return
        lines = []
        last = self._last_pdf
        path = self.pdf_path()
        failed = bool(self._message) and self._message_is_problem
        save_failed = self._save_failure is not None
        if last is None:
            lines.append(
                self.tr(
                    "No PDF has been created yet. Press “Create PDF…”, choose where to save "
                    "it, and give the file to your vendor. Then press “Save and finish”."
                )
            )
        else:
            when = format_jst(last.created_at) if last.created_at else ""
            lines.append(
                self.tr("Created {when}: {name} ({pages} pages, {size}) in {folder}").format(
                    when=when,
                    name=Path(last.path).name,
                    pages=last.pages,
                    size=format_size(last.size_bytes),
                    folder=str(Path(last.path).parent),
                )
            )
            if path is None:
                lines.append(
                    "⚠ "
                    + self.tr(
                        "The file is no longer there (moved or deleted). Create it again to "
                        "preview or print it."
                    )
                )
            if self._last_info is not None:
                for warning in self._last_info.warnings:
                    lines.append("⚠ " + msg_text(warning))
            if self._stale:
                lines.append(
                    "⚠ "
                    + self.tr(
                        "The case has changed since this PDF was created. Create it again so "
                        "that the report shows everything."
                    )
                )
            elif path is not None and not self.busy and not failed and not save_failed:
                # The hint before the first PDF ended with this step; after "Create the PDF
                # now" in the Finish reminder the owner was left on the page not knowing it.
                lines.append(
                    self.tr(
                        "Give this file to your vendor (preview or print it first if you "
                        "like), then press “Save and finish”."
                    )
                )
        if self._message and not failed:
            lines.append(self._message)
        self.pdf_status.setText("\n".join(lines))
        self.pdf_problem.setText("⚠ " + self._message if failed else "")
        self.pdf_problem.setVisible(failed)
        self.save_status.setText(self._save_text(pdf_made=path is not None))
        self.save_status.setVisible(save_failed)
        available = path is not None and not self.busy
        for button in (
            self.preview_button,
            self.open_button,
            self.print_button,
            self.folder_button,
        ):
            button.setEnabled(available)

    def _save_text(self, pdf_made: bool) -> str:
        """The line saying the case could not be saved ("" while it saves), in the current
        language (the owner may switch languages meanwhile)."""
        if self._save_failure is None:
            return ""
        path, reason = self._save_failure
        return "⚠ " + join_sentences(
            self.tr("The case could not be saved to {path} ({reason}).").format(
                path=path, reason=text_of(reason)
            ),
            self.tr("The PDF above is not affected.") if pdf_made else "",
            self.tr(
                "Your input is still here. Free up space or check the disk or folder: the case "
                "is saved again when you go to another step or close the window."
            ),
        )

    def preview(self) -> PdfPreviewDialog | None:
        """Show the PDF in a window of the app (QtPdf)."""
        path = self.pdf_path()
        if path is None:
            return None
        if self._preview is None:
            dialog = PdfPreviewDialog(path, self)
            dialog.print_requested.connect(self.print_report)
            dialog.open_requested.connect(self.open_in_viewer)
            dialog.destroyed.connect(lambda *_: setattr(self, "_preview", None))
            self._preview = dialog
        else:
            self._preview.path = path
            self._preview.load()
        self._preview.show()
        self._preview.raise_()
        self._preview.activateWindow()
        return self._preview

    def open_in_viewer(self) -> bool:
        """Open the PDF in the system's PDF viewer (which can print it, too)."""
        path = self.pdf_path()
        return path is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_folder(self) -> bool:
        """Show the folder that holds the PDF in the file manager."""
        path = self.pdf_path()
        return path is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def print_report(self) -> None:
        """The Qt print dialog, then print (rendered page by page off the GUI thread)."""
        path = self.pdf_path()
        if path is None or self.busy:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        count = prepare_printer(printer, path)
        if count == 0:
            self._message = self.tr("The PDF could not be read. Please create it again.")
            self._message_is_problem = True
            self._show_pdf_state()
            return
        dialog = QPrintDialog(printer, self._preview or self)
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.setMinMax(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer, path)

    def print_to(self, printer: QPrinter, path: Path | None = None) -> TaskHandle | None:
        """Print the PDF on an already set-up printer off the GUI thread (tests use a PDF printer)."""
        path = path or self.pdf_path()
        if path is None or self.busy:
            return None
        self._set_busy(True, self.tr("Printing…"))
        self.pdf_progress.setRange(0, 0)
        self._printer = printer

        def work(ctx: TaskContext) -> int:
            try:
                return print_pdf(
                    path,
                    printer,
                    progress=lambda done, total: ctx.progress((done, total)),
                    cancelled=lambda: ctx.cancelled,
                )
            except PrintError as error:
                log.warning("printing %s failed: %s", path, error)
                return -1

        def progressed(value: object) -> None:
            done, total = value  # type: ignore[misc]
            self.pdf_progress.setRange(0, total)
            self.pdf_progress.setValue(done)

        self._print_handle = self.mamori.tasks.run(
            work,
            on_done=self._printed,
            on_progress=progressed,
            on_error=self._create_failed,
            on_cancelled=lambda: self._set_busy(False),
            owner=self,
            queue="print",
        )
        return self._print_handle

    def _printed(self, pages: int) -> None:
        self._set_busy(False)
        self._printer = None
        if pages < 0:
            self._message = self.tr(
                "Printing could not start. Check the printer, or open the PDF in your PDF "
                "viewer and print it from there."
            )
            self._message_is_problem = True
        else:
            self._message = self.tr("Sent {pages} pages to the printer.").format(pages=pages)
            self._message_is_problem = False
        self._show_pdf_state()

    # -- finishing --------------------------------------------------------------------------

    def confirm_finish(self) -> bool:
        """Before Finish: remind the owner, kindly, when the PDF is missing or out of date."""
        if self.busy or self.evidence.busy:
            # Closing now would cancel the work (and drop a half-read evidence file).
            QMessageBox.information(
                self,
                self.tr("Please wait"),
                self.tr(
                    "The app is still creating or printing the PDF, or reading evidence files. "
                    "Please wait a moment."
                ),
            )
            return False
        scratch = copy.deepcopy(self.mamori.case)
        for page in self.mamori.pages:
            page.store_case(scratch)
        last = scratch.report.last_pdf
        if last is not None and last.fingerprint == content_fingerprint(scratch):
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Create the report first?"))
        if last is None:
            box.setText(self.tr("The report PDF has not been created yet."))
        else:
            box.setText(self.tr("The case has changed since the PDF was created."))
        box.setInformativeText(
            self.tr(
                "The PDF is what you give to your security vendor. Your input is saved either "
                "way, so you can also open this case later and create it then."
            )
        )
        create = box.addButton(self.tr("&Create the PDF now"), QMessageBox.ButtonRole.AcceptRole)
        finish = box.addButton(
            self.tr("&Finish without a PDF"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(create)
        exec_fitted(box)
        clicked = box.clickedButton()
        if clicked is create:
            QTimer.singleShot(0, self.choose_and_create)
            return False
        return clicked is finish

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        """For `make screenshots`: each tab after the first, by its key."""
        return [(key, lambda key=key: self.show_tab(key)) for key in self._tab_keys[1:]]

    def leave_page(self) -> None:
        # Hashing and printing carry on in the background; their results are kept on arrival.
        self._refresh_timer.stop()


PAGE = ReportPage
