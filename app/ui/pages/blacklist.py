"""Page 2 ブラックリスト確認: which addresses to check, the check with live rows, the results,
what each one means and how to get delisted, and what changed since the last check.

Data flow: the targets are edited here (looked up from the case's domain on request, added by
hand or taken from a bounce); the check runs off the GUI thread through `app.ui.tasks`; every
completed run is stored in the case's history at once and the case is saved. Next is enabled
once a run of the case's domain has completed, or when the owner records why the check is
skipped. A run in which no list answered (offline, a DNS server that refuses everything;
`dnsbl_history.nothing_checked`) tells the owner nothing: it is kept in the history, but Next
waits as if there were no run. A run of addresses only checked those addresses but not the
domain (`dnsbl_history.domain_coverage`, the report's rule too): Next then waits for the owner
to say why the domain is left out, in the same field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.case import Case
from app.core.dnsbl import (
    DEFAULT_MAX_PARALLEL,
    BlacklistRun,
    CheckProgress,
    Reason,
    resolver_label,
)
from app.core.dnsbl_guidance import delisting_order, guidance_for, request_gaps, request_text
from app.core.dnsbl_history import (
    REQUESTED_ON,
    BlacklistResultRecord,
    BlacklistRunRecord,
    BlacklistTargetRecord,
    DelistingRequestRecord,
    DomainCoverage,
    RemovalSentRecord,
    UncheckedCause,
    checked_domain_names,
    diff_runs,
    domain_coverage,
    nothing_checked,
    result_record,
    run_domains,
    run_record,
    short_date,
    unchecked_cause,
)
from app.core.dnsbl_lists import DnsblList, ListKind, LocalText, list_by_id, load_lists
from app.core.dnsbl_targets import (
    Origin,
    OriginKind,
    Target,
    TargetKind,
    TargetLookup,
    lookup_targets,
    parse_target,
)
from app.core.errors import InputError
from app.core.i18n import Msg, join_sentences
from app.core.normalize import JST, format_jst
from app.ui.i18n import msg_text
from app.ui.pages.base import BasePage
from app.ui.tasks import TaskContext, TaskHandle
from app.ui.widgets.announce import announce_label
from app.ui.widgets.blacklist_widgets import ReceivedDialog, TargetsEditor, status_icon
from app.ui.widgets.checked_field import ERROR_STYLE
from app.ui.widgets.focus import disable_keeping_focus, window_focus
from app.ui.widgets.layout import page_layout, wrapped_label
from app.ui.widgets.tables import ColumnFitting, pad_rows

COL_LIST, COL_TARGET, COL_RESULT, COL_MEANING = range(4)
WARN_STYLE = "color: #7a4a00; font-weight: bold;"
BANNER_STYLE = "QFrame#banner { border: 1px solid #b26a00; border-radius: 4px; }"


class BlacklistPage(BasePage):
    """Check the company's addresses and domain on DNS blacklists."""

    key = "blacklist"

    # -- building -----------------------------------------------------------------------------

    def build(self) -> None:
        self.lists: tuple[DnsblList, ...] = load_lists()
        self.timeout = 3.0
        self._task: TaskHandle | None = None
        self._lookup_task: TaskHandle | None = None
        self._rows: dict[tuple[str, str], int] = {}
        self._records: dict[int, BlacklistResultRecord] = {}
        self._shown_run: BlacklistRunRecord | None = None
        self._running = False
        self._focus_start_after_run = False  # the run was cancelled from the keyboard
        self._lookup_over = lambda: self.targets.lookup_button.setEnabled(True)
        # The owner completes the request's [placeholders] in the box: their version is kept in
        # the case per list and target (`BlacklistSection.requests`), so another row, a language
        # switch or reopening the case shows it again. The key of the request shown (None: the
        # box shows no request, or is being filled by the page) and the text generated for it.
        self._request_key: tuple[str, str] | None = None
        self._request_generated = ""

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(8)
        self.intro = wrapped_label(content)
        layout.addWidget(self.intro)

        # targets
        self.targets_box = QGroupBox(content)
        targets_layout = QVBoxLayout(self.targets_box)
        self.targets = TargetsEditor(self.targets_box)
        targets_layout.addWidget(self.targets)
        layout.addWidget(self.targets_box)

        # run controls
        run_row = QHBoxLayout()
        self.run_button = QPushButton(content)
        self.cancel_button = QPushButton(content)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(content)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        # "0%" before any check read as a check that had run and found nothing; the
        # percentage shows from the first run on (see _show_progress).
        self.progress.setTextVisible(False)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        layout.addLayout(run_row)
        # Before a check Next waits for one of two things: a run, or a reason to skip. The
        # status says both, and this button leads to the skip box (below the results once
        # there are any, so out of sight on a small screen).
        status_row = QHBoxLayout()
        self.status = wrapped_label(content)
        self.skip_link = QPushButton(content)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.skip_link, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)

        # not-tested banner with the ways out
        self.banner = QFrame(content)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = wrapped_label(self.banner)
        self.settings_button = QPushButton(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        layout.addWidget(self.banner)

        # results + details
        self.results_box = QGroupBox(content)
        results_layout = QVBoxLayout(self.results_box)
        self.summary = wrapped_label(self.results_box)
        self.summary.hide()  # until a run is shown: empty, it left a gap above the table
        results_layout.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self.results_box)
        self.table = QTableWidget(0, 4, self.splitter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        # Cells wrap and rows grow to their text: on one line, the meaning was cut off after
        # a few words ("The DNS server refused the query (REFUS…"), so the reader had to open
        # every row's details to learn what it meant.
        self.table.setWordWrap(True)
        pad_rows(self.table)
        header = self.table.horizontalHeader()
        # Widths are set by _fit_columns: sized to their contents, a long list name ("Spam
        # Eating Monkey (SEM-BLACK)") and a long result left the meaning one character and "…".
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._fitting = ColumnFitting(self.table, self._fit_columns)
        self.table.setMinimumHeight(180)
        details = QWidget(self.splitter)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 4, 0, 0)
        self.details = QTextBrowser(details)
        self.details.setOpenExternalLinks(True)
        self.details.setMinimumHeight(140)
        self.request_label = QLabel(details)
        self.request = QPlainTextEdit(details)
        self.request.setTabChangesFocus(True)
        self.request.setMinimumHeight(120)
        self.request_label.setBuddy(self.request)
        # What is still to complete before the text can be sent (placeholders, Japanese).
        self.request_gaps = wrapped_label(details)
        self.request_gaps.hide()
        # Whose text the box shows (the owner's version, since when; copied when).
        self.request_note = wrapped_label(details)
        self.request_note.hide()
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(details)
        self.restore_button = QPushButton(details)
        self.open_button = QPushButton(details)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        # The owner's own record that they sent the request (the app cannot see the list's
        # form): ticked with the date and, if they like, the list's ticket number. Kept in the
        # case (`BlacklistSection.sent`), so the report tells the vendor which lists were asked.
        sent_row = QHBoxLayout()
        self.sent_check = QCheckBox(details)
        self.sent_date = QDateEdit(details)
        self.sent_date.setCalendarPopup(True)
        self.sent_date.setDisplayFormat("yyyy-MM-dd")
        self.sent_note = QLineEdit(details)
        self.sent_note.setMaxLength(200)
        sent_row.addWidget(self.sent_check)
        sent_row.addWidget(self.sent_date)
        sent_row.addWidget(self.sent_note, 1)
        self._sent_key: tuple[str, str] | None = None
        self._filling_sent = False
        details_layout.addWidget(self.details, 2)
        details_layout.addWidget(self.request_label)
        details_layout.addWidget(self.request, 1)
        details_layout.addWidget(self.request_gaps)
        details_layout.addWidget(self.request_note)
        details_layout.addLayout(buttons)
        details_layout.addLayout(sent_row)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details)
        self.splitter.setChildrenCollapsible(False)
        results_layout.addWidget(self.splitter)
        # Hidden until there are rows: an empty table, details and request pane would push
        # the skip box ~700 px down, where the owner looking for a way on does not find it.
        self.results_box.hide()
        layout.addWidget(self.results_box, 1)

        # what changed
        self.changes_box = QGroupBox(content)
        changes_layout = QVBoxLayout(self.changes_box)
        self.changes_intro = wrapped_label(self.changes_box)
        self.changes = QListWidget(self.changes_box)
        self.changes.setMaximumHeight(120)
        changes_layout.addWidget(self.changes_intro)
        changes_layout.addWidget(self.changes)
        self.changes_box.hide()
        layout.addWidget(self.changes_box)

        # skipping
        self.skip_box = QGroupBox(content)
        skip_layout = QVBoxLayout(self.skip_box)
        self.skip = QCheckBox(self.skip_box)
        self.skip_reason = QLineEdit(self.skip_box)
        self.skip_reason.setEnabled(False)
        skip_layout.addWidget(self.skip)
        skip_layout.addWidget(self.skip_reason)
        layout.addWidget(self.skip_box)
        # Takes the room the hidden results leave, so the boxes above keep their natural size
        # (see _show_results).
        layout.addStretch(1)
        self._layout = layout
        page_layout(self, content)

        self.run_button.clicked.connect(self.start_check)
        self.cancel_button.clicked.connect(self.cancel_check)
        self.targets.lookup_button.clicked.connect(self.start_lookup)
        self.targets.paste_button.clicked.connect(self.paste_bounce)
        self.targets.changed.connect(self._targets_changed)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.copy_button.clicked.connect(self.copy_request)
        self.restore_button.clicked.connect(self.restore_generated_request)
        self.request.textChanged.connect(self._request_edited)
        self.open_button.clicked.connect(self.open_delisting_page)
        self.sent_check.toggled.connect(self._sent_changed)
        self.sent_date.dateChanged.connect(self._sent_changed)
        self.sent_note.textChanged.connect(self._sent_changed)
        self.settings_button.clicked.connect(self._open_settings)
        self.skip.toggled.connect(self._skip_toggled)
        self.skip_link.clicked.connect(self.go_to_skip)
        self.completeChanged.connect(self._update_skip_link)
        self.skip_reason.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._show_details()

    # -- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Blacklist check"))
        self.setSubTitle(
            self.tr(
                "Check whether your mail server's addresses and your domain are on the DNS "
                "blacklists that receivers use to refuse mail."
            )
        )
        self.intro.setText(
            self.tr(
                "Only DNS queries leave this computer. A list that cannot be asked is shown as "
                "“not tested”, never as clean."
            )
        )
        self.targets_box.setTitle(self.tr("What to check"))
        self.targets.retranslate()
        self.run_button.setText(self.tr("&Start the check"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.settings_button.setText(self.tr("Open Se&ttings…"))
        self.results_box.setTitle(self.tr("Results"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Blacklist"), self.tr("Address"), self.tr("Result"), self.tr("Meaning")]
        )
        self.table.setAccessibleName(self.tr("Blacklist results"))
        self.details.setAccessibleName(self.tr("Details of the selected result"))
        self.request_label.setText(
            self.tr("Delisting &request (English, to paste into the list's form):")
        )
        self.request.setAccessibleName(self.tr("Delisting request text"))
        self.changes.setAccessibleName(self.tr("Changes since the previous check"))
        self.copy_button.setText(self.tr("Cop&y request text"))
        self.restore_button.setText(self.tr("&Use the generated text"))
        self.open_button.setText(self.tr("&Open delisting page"))
        self.sent_check.setText(self.tr("I sent the removal re&quest on"))
        self.sent_date.setAccessibleName(self.tr("Date the removal request was sent"))
        self.sent_note.setPlaceholderText(self.tr("Note, e.g. the list's ticket number (optional)"))
        self.sent_note.setAccessibleName(self.tr("Note on the removal request"))
        self.changes_box.setTitle(self.tr("Changes since the previous check"))
        self._update_skip_texts()
        if self._running:
            # A language switch during a check: the rows filling in stay (showing the
            # previous run again, or the idle "Press Start", wiped or contradicted them).
            self._retranslate_running()
        elif self._shown_run is not None:
            self._show_run(self._shown_run)
        else:
            self._update_status_idle()
        self._show_changes()
        self._show_details()

    def _retranslate_running(self) -> None:
        cancelling = not self.cancel_button.isEnabled()
        self.status.setText(self.tr("Cancelling…") if cancelling else self._checking_text())
        pending = self.tr("checking…")
        for row in range(self.table.rowCount()):
            record = self._records.get(row)
            if record is not None:
                self._fill_row(record)
            elif (item := self.table.item(row, COL_RESULT)) is not None:
                item.setText(pending)

    def _checking_text(self) -> str:
        return self.tr("Checking {count} list(s)…").format(count=len(self.lists))

    def _update_skip_texts(self) -> None:
        # After a run of addresses only, the same field asks why the domain was left out: the
        # report prints it under that title, next to its note that the domain is unchecked.
        latest = self.mamori.case.blacklist.latest()
        if (
            latest is not None
            and not nothing_checked(latest)
            and self._coverage(latest) is DomainCoverage.ADDRESSES_ONLY
        ):
            self.skip_box.setTitle(self.tr("The domain was not checked"))
            self.skip.setText(self.tr("Go on without checking the &domain, because:"))
            self.skip_reason.setPlaceholderText(
                self.tr("e.g. our web hosting company checks the domain for us")
            )
            self.skip_reason.setAccessibleName(self.tr("Reason for not checking the domain"))
            self.skip_link.setText(self.tr("S&kip checking the domain…"))
            return
        self.skip_box.setTitle(self.tr("Skip this step"))
        self.skip.setText(self.tr("&Do not check now, because:"))
        self.skip_reason.setPlaceholderText(
            self.tr("e.g. our security vendor checks the blacklists for us")
        )
        self.skip_reason.setAccessibleName(self.tr("Reason for skipping the check"))
        self.skip_link.setText(self.tr("S&kip the check…"))

    def _lang(self) -> str:
        return self.mamori.languages.language

    # -- case ---------------------------------------------------------------------------------

    def load_case(self, case: Case) -> None:
        self._stop_tasks()
        section = case.blacklist
        targets = [record.to_target() for record in section.targets]
        self.targets.set_targets(targets)
        self._ensure_domain_target(case)
        self.targets.show_notes([])
        self.skip.setChecked(bool(section.skipped_reason))
        self.skip_reason.setText(section.skipped_reason)
        latest = section.latest()
        self._shown_run = latest
        if latest is not None:
            self._show_run(latest)
        else:
            self._clear_results()
            self._update_status_idle()
        self._show_changes()
        self.completeChanged.emit()

    def store_case(self, case: Case) -> None:
        section = case.blacklist
        section.targets = [BlacklistTargetRecord.from_target(t) for t in self.targets.targets()]
        section.skipped_reason = self.skip_reason.text().strip() if self.skip.isChecked() else ""

    def initializePage(self) -> None:
        # The domain may have been changed on page 1 since the last visit: the target list
        # follows it, and a run for the old domain is shown as such (and no longer lets Next
        # through).
        self._ensure_domain_target(self.mamori.case)
        if self._shown_run is not None and not self._running:
            self._update_status_done(self._shown_run)
        # The request is made from page 1's facts: shown again as they are now (the owner's
        # own version is kept in the case, and told when the facts changed since).
        self._show_details()
        self.completeChanged.emit()

    def _ensure_domain_target(self, case: Case) -> None:
        domain = case.organisation.domain_ascii
        if not domain:
            return
        current = self.targets.targets()
        previous = {
            t.value
            for t in current
            if t.kind is TargetKind.DOMAIN and any(o.kind is OriginKind.DOMAIN for o in t.origins)
        }
        domain_changed = bool(previous) and domain not in previous
        # A domain that was only on the list as the case's domain is replaced by the new one;
        # one the owner also typed in stays. Addresses looked up from the old domain (its A,
        # MX and SPF) say nothing about the new one: they go too, unless the owner typed them
        # in or found them in a bounce.
        looked_up = {OriginKind.DOMAIN, OriginKind.A, OriginKind.MX, OriginKind.SPF}
        kept = [
            t
            for t in current
            if t.value == domain
            or not (
                (t.kind is TargetKind.DOMAIN or domain_changed)
                and all(o.kind in looked_up for o in t.origins)
            )
        ]
        dropped = len([t for t in current if t.kind is TargetKind.IP]) - len(
            [t for t in kept if t.kind is TargetKind.IP]
        )
        if domain not in {t.value for t in kept}:
            try:
                kept.insert(0, parse_target(domain, Origin(OriginKind.DOMAIN)))
            except InputError:
                return
        if kept != current:
            self.targets.set_targets(kept)
        if dropped:
            self.targets.show_notes(
                [
                    self.tr(
                        "The domain was changed: {count} address(es) looked up for the "
                        "previous domain were removed. Press “Look up from the domain” to find "
                        "the new domain's addresses."
                    ).format(count=dropped)
                ]
            )

    def _coverage(self, run: BlacklistRunRecord) -> DomainCoverage:
        org = self.mamori.case.organisation
        return domain_coverage(run, org.domain_ascii, org.domain)

    def leave_page(self) -> None:
        # Going back or on: a running check goes on only while the page is shown.
        self._stop_tasks()

    def _stop_tasks(self) -> None:
        # `pending`, not `running`: a check that has just ended may have its result on the way;
        # it would arrive on a page the owner has left.
        for handle in (self._task, self._lookup_task):
            if handle is not None and handle.pending:
                handle.cancel()

    def isComplete(self) -> bool:
        if self._running:
            return False
        latest = self.mamori.case.blacklist.latest()
        # A run in which no list answered counts as no run: it is no check of anything.
        if (
            latest is not None
            and not nothing_checked(latest)
            and self._coverage(latest) is DomainCoverage.CHECKED
        ):
            return True
        return self.skip.isChecked() and bool(self.skip_reason.text().strip())

    def _update_skip_link(self) -> None:
        # Offered while Next waits and nothing runs: once a run or a reason lets the owner on,
        # the way round is no longer needed.
        self.skip_link.setVisible(not self._running and not self.isComplete())

    def go_to_skip(self) -> None:
        """Scroll to the skip box and put the cursor there (on the reason once skip is ticked)."""
        area = self.findChild(QScrollArea)
        if area is not None:
            area.ensureWidgetVisible(self.skip_box, 0, 0)
        (self.skip_reason if self.skip.isChecked() else self.skip).setFocus(
            Qt.FocusReason.ShortcutFocusReason
        )

    def _skip_toggled(self, checked: bool) -> None:
        self.skip_reason.setEnabled(checked)
        if checked:
            self.skip_reason.setFocus()
        self.completeChanged.emit()

    def _targets_changed(self) -> None:
        self.run_button.setEnabled(bool(self.targets.targets()) and not self._running)

    # -- looking up targets -------------------------------------------------------------------

    def _client_factory(self):  # type: ignore[no-untyped-def]
        """A function making the DNS client, for the worker thread (settings are read here,
        on the GUI thread)."""
        from app.core.dns_client import DnsClient

        spec = self.mamori.settings.resolver_spec()
        timeout = self.timeout

        def make() -> DnsClient:
            return DnsClient(spec, timeout=timeout, retries=1, max_parallel=DEFAULT_MAX_PARALLEL)

        return make

    def start_lookup(self) -> None:
        """Find the addresses of the case's domain (MX, own, SPF) off the GUI thread."""
        domain = self.mamori.case.organisation.domain_ascii
        domains = [t.value for t in self.targets.targets() if t.kind is TargetKind.DOMAIN]
        domain = domain or (domains[0] if domains else "")
        if not domain:
            self.targets.show_notes(
                [self.tr("Enter your domain on the previous page, or add a domain here first.")]
            )
            return
        self._lookup_over = disable_keeping_focus(self.targets.lookup_button)
        self.targets.show_notes([self.tr("Looking up {domain}…").format(domain=domain)])

        make_client = self._client_factory()

        def work(ctx: TaskContext) -> TargetLookup:
            client = make_client()
            client.require_servers()
            return lookup_targets(domain, client, cancel=ctx.cancel_event)

        self._lookup_task = self.mamori.tasks.run(
            work,
            on_done=self._lookup_done,
            on_error=self._lookup_failed,
            on_cancelled=lambda: self._lookup_over(),
            owner=self,
        )

    def _lookup_done(self, lookup: TargetLookup) -> None:
        self._lookup_over()
        added = self.targets.add_targets(list(lookup.targets))
        lines = [
            self.tr("{count} new address(es) found for {domain}.").format(
                count=added, domain=lookup.domain
            )
        ]
        lines += ["⚠ " + msg_text(p) for p in lookup.problems]
        # ・ is the Japanese bullet; English text showed it too.
        bullet = "・" if self._lang() == "ja" else "• "
        lines += [bullet + msg_text(n) for n in lookup.notes]
        self.targets.show_notes(lines)

    def _lookup_failed(self, message: Msg) -> None:
        self._lookup_over()
        self.targets.show_notes(["⚠ " + msg_text(message)])

    def paste_bounce(self) -> None:
        """Open the dialog that takes addresses from a pasted bounce."""
        org = self.mamori.case.organisation
        own = tuple(n for n in (org.domain_ascii, org.server_name) if n)
        dialog = ReceivedDialog(own, self)
        if dialog.exec() == ReceivedDialog.DialogCode.Accepted:
            self.add_from_bounce(dialog.selected_targets())

    def add_from_bounce(self, targets: list[Target]) -> None:
        """Add the addresses chosen in the bounce dialog."""
        added = self.targets.add_targets(targets)
        self.targets.show_notes(
            [self.tr("{count} address(es) added from the bounced mail.").format(count=added)]
        )

    # -- running ------------------------------------------------------------------------------

    def start_check(self) -> None:
        """Check every target on every fitting list, filling rows as lists answer."""
        targets = self.targets.targets()
        if not targets or self._running:
            return
        self.store_case(self.mamori.case)
        lists = self.lists
        self._running = True
        self._focus_start_after_run = False
        self.completeChanged.emit()
        # Cancel takes the focus from the button that started the run: a disabled button
        # would hand it to the next control that can take it, far down the page.
        self.cancel_button.setEnabled(True)
        if window_focus(self) is self.run_button:
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.run_button.setEnabled(False)
        self.banner.hide()
        self.changes_box.hide()
        self._prepare_rows(targets, lists)
        self._show_progress(0)
        self.status.setStyleSheet("")
        self.status.setText(self._checking_text())
        make_client = self._client_factory()

        def work(ctx: TaskContext) -> BlacklistRun:
            from app.core.dnsbl import check
            from app.core.dqs_key import load_key

            key, _source = load_key()
            client = make_client()
            client.require_servers()
            return check(
                targets,
                lists,
                client,
                dqs_key=key,
                cancel=ctx.cancel_event,
                on_progress=ctx.progress,
            )

        self._task = self.mamori.tasks.run(
            work,
            on_done=self._check_done,
            on_progress=self._check_progress,
            on_error=self._check_failed,
            on_cancelled=self._check_cancelled,
            owner=self,
        )

    def cancel_check(self) -> None:
        """Stop the running check (its partial results are not kept)."""
        if self._task is not None and self._task.pending:
            self._task.cancel()
            # Qt hands the focus of a disabled button on: Start takes it back at the end.
            self._focus_start_after_run = window_focus(self) is self.cancel_button
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _check_progress(self, event: object) -> None:
        if not isinstance(event, CheckProgress):
            return
        self.progress.setRange(0, max(event.total, 1))
        self.progress.setValue(event.done)
        for result in event.results:
            self._fill_row(result_record(result))

    def _check_done(self, run: BlacklistRun) -> None:
        keyboard = self._finish()
        record = run_record(run)
        case = self.mamori.case
        previous = case.blacklist.latest()
        case.blacklist.add_run(record)
        self._shown_run = record
        self._show_run(record)
        self._show_changes(previous, record)
        self.mamori.autosave()
        self.completeChanged.emit()
        announce_label(self.status)
        if keyboard and self.table.rowCount():
            # The results, first row selected: its explanation is shown beside it.
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.table.currentRow() < 0:
                self.table.setCurrentCell(0, COL_RESULT)

    def _check_cancelled(self) -> None:
        self._finish()
        # The words carry their own mark where the language uses one (Japanese ○ ×); the icon is
        # the mark everywhere, so none is added here.
        cancelled = self.tr("cancelled")
        for row in range(self.table.rowCount()):
            if row not in self._records:
                item = self.table.item(row, COL_RESULT)
                if item is not None:
                    item.setText(cancelled)
                    item.setIcon(status_icon("cancelled"))
        self.status.setText(
            self.tr("The check was cancelled. Nothing was saved; start it again when ready.")
        )
        announce_label(self.status)
        self.completeChanged.emit()

    def _check_failed(self, message: Msg) -> None:
        self._finish()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText("⚠ " + msg_text(message))
        announce_label(self.status)
        self.completeChanged.emit()

    def _finish(self) -> bool:
        """The run has ended. True if the focus was on its buttons (it is on Start again)."""
        self._running = False
        # The wizard's own focus: the owner may be in another window when the check ends.
        keyboard = self._focus_start_after_run or window_focus(self) in (
            self.cancel_button,
            self.run_button,
        )
        self._focus_start_after_run = False
        self.run_button.setEnabled(bool(self.targets.targets()))
        if keyboard:
            self.run_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.cancel_button.setEnabled(False)
        # The bar is left where the run got to: a finished run sets it full when its results
        # are shown, while a cancelled or failed one at 100% would read as "all checked".
        return keyboard

    def _open_settings(self) -> None:
        if self.mamori.open_settings():
            self.status.setText(self.tr("Settings changed. Start the check again to use them."))

    # -- showing results ----------------------------------------------------------------------

    def _clear_results(self) -> None:
        self._show_results(False)
        self.table.setRowCount(0)
        self._rows.clear()
        self._records.clear()
        self.summary.setText("")
        self.summary.hide()
        self.banner.hide()
        self._show_details()

    def _show_results(self, visible: bool) -> None:
        self.results_box.setVisible(visible)
        # The results take the spare height when shown; the stretch at the end when not.
        self._layout.setStretch(self._layout.count() - 1, 0 if visible else 1)

    def _prepare_rows(
        self,
        targets: list[Target],
        lists: tuple[DnsblList, ...],
        rank: dict[tuple[str, str], int] | None = None,
    ) -> None:
        """One row per target and fitting list; `rank` (list id, target -> position) puts
        those rows first, in its order, the others after them as they come."""
        self._clear_results()
        pending = self.tr("checking…")
        rows = []
        for target in targets:
            for lst in lists:
                wanted = ListKind.IP if target.kind is TargetKind.IP else ListKind.DOMAIN
                if lst.kind is wanted:
                    rows.append((lst, target))
        if rank:
            rows.sort(key=lambda row: rank.get((row[0].id, row[1].value), len(rank)))
        self.table.setRowCount(len(rows))
        self._show_results(bool(rows))
        for row, (lst, target) in enumerate(rows):
            self._rows[(lst.id, target.value)] = row
            self.table.setItem(row, COL_LIST, _named_item(lst.name))
            self.table.setItem(row, COL_TARGET, _named_item(target.label))
            result = QTableWidgetItem(status_icon("pending"), pending)
            self.table.setItem(row, COL_RESULT, result)
            self.table.setItem(row, COL_MEANING, QTableWidgetItem(""))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The result as wide as its text; the list and the address too, unless the meaning
        would get less than its share of the table: then they give up the difference (their
        cells wrap onto another line), down to a readable width. The meaning takes the rest,
        its text wrapped: the rows are as tall as their cells need."""
        self._fitting.share(
            self.table,
            COL_MEANING,
            _MEANING_SHARE,
            ((COL_LIST, _NAME_EMS), (COL_TARGET, _NAME_EMS)),
        )

    def _status_label(self, record: BlacklistResultRecord) -> str:
        # The icon beside the text is the mark; Japanese adds its customary ○ × in the
        # translation itself, so English does not show two marks.
        labels = {
            "listed": self.tr("listed"),
            "policy": self.tr("policy listing"),
            "not_listed": self.tr("not listed"),
            "not_tested": self.tr("not tested"),
            "unsupported": self.tr("not supported"),
        }
        return labels.get(record.status, record.status)

    def _status_text(self, record: BlacklistResultRecord) -> str:
        """The result with its reason ("not tested (your DNS server is blocked)")."""
        text = self._status_label(record)
        if record.reason:
            try:
                text += f" ({msg_text(Reason(record.reason).label)})"
            except ValueError:
                text += f" ({record.reason})"
        return text

    def _fill_row(self, record: BlacklistResultRecord) -> None:
        row = self._rows.get((record.list_id, record.target))
        if row is None:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self._rows[(record.list_id, record.target)] = row
            self.table.setItem(row, COL_LIST, _named_item(record.list_name))
            self.table.setItem(row, COL_TARGET, _named_item(record.target))
        self._records[row] = record
        # The cell holds the result alone: with its reason (「確認できず (DNS サーバがブロック
        # されている)」) the column took the meaning's room. The meaning beside it says why; the
        # tooltip, the screen reader and the details give the reason too.
        full = self._status_text(record)
        label = self._status_label(record)
        sent = self._sent_text(record)
        if sent:
            # In words beside the result, not by a colour: 「× 掲載」 / 「申請済み 11/18」.
            label, full = f"{label}\n{sent}", f"{full}, {sent}"
        result = QTableWidgetItem(status_icon(record.status), label)
        result.setData(Qt.ItemDataRole.UserRole, record.status)
        result.setData(Qt.ItemDataRole.AccessibleTextRole, full)
        result.setToolTip(full)
        self.table.setItem(row, COL_RESULT, result)
        meaning = record.meaning_text(self._lang()) if record.status != "not_listed" else ""
        item = QTableWidgetItem(meaning)
        item.setToolTip(meaning)
        self.table.setItem(row, COL_MEANING, item)
        self._fit_columns()
        if self.table.currentRow() == row:
            self._show_details()

    def _show_run(self, run: BlacklistRunRecord) -> None:
        targets = [t.to_target() for t in run.targets]
        lists = tuple(lst for lst in self.lists if any(r.list_id == lst.id for r in run.results))
        self._prepare_rows(targets, lists, self._problems_first(run))
        for record in run.results:
            self._fill_row(record)
        # Rows for lists that are not in this version's set stay as recorded.
        counts = {
            s: run.count(s) for s in ("listed", "policy", "not_listed", "not_tested", "unsupported")
        }
        self.summary.setText(
            self.tr(
                "Checked on {when} (Japan time) through {server}: {listed} listed, {policy} on "
                "policy lists (whole network), {not_listed} not listed, {not_tested} could not "
                "be checked."
            ).format(
                when=format_jst(run.checked_at),
                server=msg_text(resolver_label(run.resolver)),
                **counts,
            )
        )
        self.summary.show()
        self._update_status_done(run)
        self._update_banner(run)
        first_listing = next(
            (row for row, r in sorted(self._records.items()) if r.status in ("listed", "policy")),
            0 if self._records else None,
        )
        if first_listing is not None:
            self.table.selectRow(first_listing)
        self._show_details()

    def _problems_first(self, run: BlacklistRunRecord) -> dict[tuple[str, str], int]:
        """Row positions for the results that need the owner: the listings in the order to
        ask for removal (as the status numbers them), then policy listings, then the lists
        that could not be checked. Among 30 clean rows, four listings were scattered over a
        table that shows five rows at a time."""
        order = delisting_order(run.results, self.lists)
        first = [*order.requests, *order.automatic]
        first += [r for r in run.results if r.status == "policy"]
        first += [r for r in run.results if r.status == "not_tested"]
        return {(r.list_id, r.target): n for n, r in enumerate(first)}

    def _delisting_text(self, run: BlacklistRunRecord) -> str:
        """What to do about the listings, in order: fix the cause, then which lists to ask
        first (Spamhaus, the most used), and which end by themselves."""
        order = delisting_order(run.results, self.lists)
        sep = self.tr(", ")

        def grouped(results: tuple[BlacklistResultRecord, ...]) -> list[tuple[str, list[str]]]:
            # One entry per list, with every address it lists (one form per list).
            groups: dict[str, tuple[str, list[str]]] = {}
            for r in results:
                groups.setdefault(r.list_id, (r.list_name, []))[1].append(r.target)
            return list(groups.values())

        parts = [
            self.tr("Blacklist listings found: {count}.").format(count=run.count("listed")),
            self.tr(
                "First stop the cause: change the passwords of the misused accounts and delete "
                "unused ones (step 3, “Passwords and accounts”)."
            ),
        ]
        requests = grouped(order.requests)
        if requests:
            shown = [
                self.tr("{n}. {list}: {targets}").format(n=n, list=name, targets=sep.join(targets))
                for n, (name, targets) in enumerate(requests[:_ORDER_SHOWN], 1)
            ]
            if len(requests) > _ORDER_SHOWN:
                shown.append(
                    self.tr("{count} more in the table").format(count=len(requests) - _ORDER_SHOWN)
                )
            parts.append(
                self.tr("Then ask for removal in this order: {order}.").format(
                    order=sep.join(shown)
                )
            )
        automatic = grouped(order.automatic)
        if automatic:
            names = sep.join(f"{name} ({sep.join(targets)})" for name, targets in automatic)
            parts.append(
                self.tr(
                    "{lists}: no request needed, the listing ends by itself once the spam stops."
                ).format(lists=names)
            )
        if run.count("not_tested"):
            # Spamhaus blocked: the order above could not include it, and "1. Barracuda"
            # alone read as if that were all.
            parts.append(
                self.tr(
                    "Some lists could not be checked (see the notice below): whether they list "
                    "you is not known."
                )
            )
        parts.append(self.tr("Select a row to see what it means and how to ask for removal."))
        return join_sentences(*parts)

    def _update_status_idle(self) -> None:
        self._update_skip_texts()
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr(
                "Press “Start the check” to check the addresses and domains listed above. "
                "To go on without checking now, tick “Do not check now” below and give a reason."
            )
        )
        self._show_progress(None)
        self._targets_changed()

    def _show_progress(self, value: int | None) -> None:
        """The bar at `value` of 1 (0 when a run starts, 1 when one is shown), or empty and
        without a percentage when no check has run (None)."""
        self.progress.setRange(0, 1)
        self.progress.setValue(value or 0)
        self.progress.setTextVisible(value is not None)

    def _update_status_done(self, run: BlacklistRunRecord) -> None:
        self._update_skip_texts()
        self.status.setStyleSheet("")
        listed = run.count("listed")
        coverage = self._coverage(run)
        if coverage is DomainCoverage.OTHER_DOMAIN:
            self.status.setStyleSheet(WARN_STYLE)
            text = self._other_domain_text(run)
        elif listed:
            text = self._delisting_text(run)
        elif nothing_checked(run):
            # Nothing answered (no network, a dead DNS server): "no listing found" read as
            # good news, though nothing at all is known. Next waits as without a run.
            self.status.setStyleSheet(WARN_STYLE)
            self.status.setText(self._nothing_checked_text(run))
            self._show_progress(1)
            self._targets_changed()
            return
        elif run.count("not_tested"):
            self.status.setStyleSheet(WARN_STYLE)
            text = self.tr(
                "No listing found, but some lists could not be checked (see below). Those are "
                "not clean results."
            )
        else:
            text = self.tr("No listing found on the lists that could be checked.")
        if coverage is DomainCoverage.ADDRESSES_ONLY:
            # The addresses' results stand; only the domain is missing.
            self.status.setStyleSheet(WARN_STYLE)
            text += "\n⚠ " + self._addresses_only_text()
        self.status.setText(text)
        self._show_progress(1)
        self._targets_changed()

    def _nothing_checked_text(self, run: BlacklistRunRecord) -> str:
        """No list answered: say so, the likely cause (from the results' reasons), and the
        two ways on (fix the connection or the DNS server and check again, or record why the
        check is skipped)."""
        cause = unchecked_cause(run)
        headline = self.tr(
            "No list could be checked ({count} could not be checked), so whether you are "
            "listed is not known."
        ).format(count=run.count("not_tested"))
        causes = {
            UncheckedCause.NO_ANSWER: self.tr(
                "No answer came back: this computer is probably not connected to the internet, "
                "or the DNS server cannot be reached."
            ),
            UncheckedCause.BLOCKED: self.tr(
                "The lists refuse to answer the DNS server you use (public DNS services such "
                "as 8.8.8.8 or 1.1.1.1 are blocked)."
            ),
            UncheckedCause.REFUSED: self.tr(
                "The DNS server refused or failed the queries: it may not answer queries "
                "from this computer."
            ),
            UncheckedCause.ALTERED: self.tr(
                "The DNS server's answers could not be used: it seems to change them."
            ),
            # Not "the DNS server changes them": lists that are down or cannot be reached
            # fail their self-test as well, and nothing in the answers told them apart.
            UncheckedCause.SELF_TEST: self.tr(
                "The lists did not pass their self-test (their test queries did not get the "
                "answers every working list gives), so their answers cannot be used. They may "
                "not be reachable through the DNS server you use."
            ),
            UncheckedCause.OTHER: self.tr("Why is shown for each list: select a row in the table."),
        }
        if cause is UncheckedCause.NO_ANSWER:
            retry = self.tr(
                "To go on, check the internet connection (or choose another DNS server in "
                "Settings), then press “Start the check” again."
            )
        else:
            retry = self.tr(
                "To go on, choose another DNS server in Settings (your company's or your "
                "internet provider's), then press “Start the check” again."
            )
        skip = self.tr("Or tick “Do not check now” below and write why the check is skipped.")
        return "⚠ " + join_sentences(headline, causes[cause], retry, skip)

    def _other_domain_text(self, run: BlacklistRunRecord) -> str:
        domain = self.mamori.case.organisation.domain or self.mamori.case.organisation.domain_ascii
        # Runs stored without their targets name the domain only in their results.
        old = run_domains(run) or list(dict.fromkeys(checked_domain_names(run)))
        return "⚠ " + self.tr(
            "These results are from the check on {when} for {old}, not for your domain "
            "{domain}. Press “Start the check” to check {domain}, or record below why you "
            "skip the check."
        ).format(when=format_jst(run.checked_at), old=", ".join(old), domain=domain)

    def _addresses_only_text(self) -> str:
        domain = self.mamori.case.organisation.domain or self.mamori.case.organisation.domain_ascii
        return self.tr(
            "This check included IP addresses only, not your domain {domain}: whether {domain} "
            "is on the domain blacklists is not known. Add {domain} to the list above and press "
            "“Start the check”, or record below why the domain is left out."
        ).format(domain=domain)

    def _update_banner(self, run: BlacklistRunRecord) -> None:
        if nothing_checked(run):
            # The status says it all (nothing checked, the likely cause, the two ways on);
            # the banner said half of it again. Settings is a button of every page.
            self.banner.hide()
            return
        reasons = {r.reason for r in run.results if r.status == "not_tested" and r.reason}
        blocked = reasons & {"resolver_blocked", "rate_limited", "bad_answer", "list_unhealthy"}
        if run.rewriting:
            text = msg_text(Reason.BAD_ANSWER.explanation)
        elif blocked:
            reason = next(
                r
                for r in ("resolver_blocked", "rate_limited", "bad_answer", "list_unhealthy")
                if r in blocked
            )
            text = self._refusal_text(run, reason) or msg_text(Reason(reason).explanation)
        elif reasons:
            text = self.tr(
                "Some lists did not answer. Select a “not tested” row to see why; check again "
                "later or choose another DNS server in Settings."
            )
        else:
            self.banner.hide()
            return
        # The explanation speaks of "this list": which ones it means comes first (Spamhaus,
        # the list that matters most, was easy to miss among "some lists").
        names = list(dict.fromkeys(r.list_name for r in run.results if r.status == "not_tested"))
        shown = self.tr(", ").join(names[:_NAMES_SHOWN])
        if len(names) > _NAMES_SHOWN:
            shown = self.tr("{lists} and {count} more").format(
                lists=shown, count=len(names) - _NAMES_SHOWN
            )
        named = self.tr("Could not be checked: {lists}.").format(lists=shown)
        self.banner_text.setText("⚠ " + join_sentences(named, text))
        self.banner.show()

    def _refusal_text(self, run: BlacklistRunRecord, reason: str) -> str | None:
        """The banner's words for lists that refuse the DNS server, or None for the shared
        explanation. That one speaks of "the list" and offers a Spamhaus DQS key: after two
        names ("URIBL, SURBL") it read as if one list were meant, and it sent the owner for a
        key when Spamhaus had answered."""
        if reason not in ("resolver_blocked", "rate_limited"):
            return None
        refusing = {
            r.list_id
            for r in run.results
            if r.status == "not_tested" and r.reason in ("resolver_blocked", "rate_limited")
        }
        spamhaus = any(list_id.startswith("spamhaus") for list_id in refusing)
        if len(refusing) < 2 and spamhaus:
            return None
        if reason == "resolver_blocked":
            cause = self.tr(
                "These lists refuse to answer the DNS server you use: public DNS services "
                "(such as 8.8.8.8 or 1.1.1.1) and many cloud networks are blocked. Nothing is "
                "known about a listing on them."
            )
            if len(refusing) < 2:
                cause = self.tr(
                    "The list refuses to answer the DNS server you use: public DNS services "
                    "(such as 8.8.8.8 or 1.1.1.1) and many cloud networks are blocked. Nothing "
                    "is known about a listing."
                )
        else:
            cause = self.tr(
                "These lists refused to answer because your DNS server sends them too many "
                "queries (it is shared by many users)."
            )
            if len(refusing) < 2:
                cause = self.tr(
                    "The list refused to answer because your DNS server sends it too many "
                    "queries (it is shared by many users)."
                )
        if spamhaus:
            way = self.tr(
                "Ways out: choose your company's or internet provider's DNS server in Settings, "
                "or, for Spamhaus, enter a free Spamhaus DQS key in Settings."
            )
        else:
            way = self.tr(
                "Way out: choose your company's or internet provider's DNS server in Settings."
            )
        return join_sentences(cause, way)

    def _show_changes(
        self,
        previous: BlacklistRunRecord | None = None,
        current: BlacklistRunRecord | None = None,
    ) -> None:
        section = self.mamori.case.blacklist
        if previous is None or current is None:
            previous, current = section.previous(), section.latest()
        if previous is None or current is None:
            self.changes_box.hide()
            return
        changes = diff_runs(previous, current)
        self.changes.clear()
        self.changes_intro.setText(
            self.tr("Compared with the check on {when}:").format(
                when=format_jst(previous.checked_at)
            )
        )
        if changes:
            for change in changes:
                sent = section.sent_request(change.list_id, change.target)
                self.changes.addItem(msg_text(change.message_with(sent)))
        else:
            self.changes.addItem(self.tr("No change."))
        self.changes_box.show()

    # -- details ------------------------------------------------------------------------------

    def selected_record(self) -> BlacklistResultRecord | None:
        """The result of the selected row."""
        row = self.table.currentRow()
        return self._records.get(row)

    def _show_details(self) -> None:
        record = self.selected_record()
        if record is None:
            self.details.setHtml(
                "<p>"
                + escape(self.tr("Select a result to see what it means and what to do."))
                + "</p>"
            )
            self._request_key = None
            self.request.clear()
            self.request.setEnabled(False)
            self._show_request_state()
            self.copy_button.setEnabled(False)
            self.open_button.setEnabled(False)
            self._show_sent(None)
            return
        lang = self._lang()
        lst = list_by_id(self.lists, record.list_id)
        meaning = LocalText(record.meaning.get("ja", ""), record.meaning.get("en", ""))
        guide = guidance_for(record.status, record.reason, meaning, record, lst)
        listing = record.status in ("listed", "policy")
        means_label = escape(self.tr("What it means:"))
        answer_label = escape(self.tr("Answer:"))
        says_label = escape(self.tr("The list says:"))
        todo_label = escape(self.tr("What to do:"))
        ways_label = escape(self.tr("Ways out:"))
        page_label = escape(self.tr("Delisting page:"))
        time_label = escape(self.tr("Usually takes:"))
        title = f"{record.list_name} — {record.target}: {self._status_text(record)}"
        parts = [
            f"<h3>{escape(title)}</h3>",
            f"<p><b>{means_label}</b> {escape(guide.meaning.get(lang))}</p>",
        ]
        if record.codes:
            parts.append(f"<p><b>{answer_label}</b> {escape(', '.join(record.codes))}</p>")
        if record.txt:
            parts.append(f"<p><b>{says_label}</b> {escape(' '.join(record.txt))}</p>")
        if guide.steps:
            parts.append(f"<p><b>{todo_label}</b></p><ol>")
            parts += [f"<li>{escape(step.get(lang))}</li>" for step in guide.steps]
            parts.append("</ol>")
        if guide.ways_out:
            parts.append(f"<p><b>{ways_label}</b></p><ul>")
            parts += [f"<li>{escape(way.get(lang))}</li>" for way in guide.ways_out]
            parts.append("</ul>")
        if guide.delist_url and listing:
            url = escape(guide.delist_url)
            parts.append(f'<p><b>{page_label}</b> <a href="{url}">{url}</a></p>')
        if guide.delist_time is not None and listing:
            parts.append(f"<p><b>{time_label}</b> {escape(guide.delist_time.get(lang))}</p>")
        if guide.recheck is not None:
            parts.append(f"<p>{escape(guide.recheck.get(lang))}</p>")
        if guide.caution is not None:
            parts.append(f"<p><i>{escape(guide.caution.get(lang))}</i></p>")
        sent = self.mamori.case.blacklist.sent_request(record.list_id, record.target)
        if sent is not None:
            sent_label = escape(self.tr("Removal request:"))
            parts.append(f"<p><b>{sent_label}</b> {escape(self._sent_sentence(sent))}</p>")
        self.details.setHtml("".join(parts))
        self._request_key = None
        if guide.needs_request:
            generated = request_text(self.mamori.case, record, lst)
            saved = self.mamori.case.blacklist.request(record.list_id, record.target)
            self.request.setEnabled(True)
            self.request.setPlainText(
                saved.text if saved is not None and saved.edited else generated
            )
            self._request_key = (record.list_id, record.target)
            self._request_generated = generated
        else:
            self.request.clear()
            self.request.setEnabled(False)
        self._show_request_state()
        self.copy_button.setEnabled(guide.needs_request)
        self.open_button.setEnabled(
            bool(guide.delist_url) and record.status in ("listed", "policy")
        )
        # Only a listing that needs a request can have one sent: not a policy or informational
        # listing, nor a list that ends the listing by itself.
        self._show_sent(record if guide.needs_request else None)

    # -- the owner's record that the request was sent ----------------------------------------

    def _sent_text(self, record: BlacklistResultRecord) -> str:
        """ "requested 11/18" for a result whose request the owner says they sent, else ""."""
        sent = self.mamori.case.blacklist.sent_request(record.list_id, record.target)
        if sent is None:
            return ""
        return msg_text(REQUESTED_ON.with_args(date=short_date(sent.sent_on)))

    def _sent_sentence(self, sent: RemovalSentRecord) -> str:
        text = self.tr("sent on {date} (recorded by you).").format(date=sent.sent_on.isoformat())
        if sent.note:
            text += " " + self.tr("Note: {note}").format(note=sent.note)
        return text

    def _show_sent(self, record: BlacklistResultRecord | None) -> None:
        """Fill the "request sent" controls for `record` (None: hide them)."""
        if self._filling_sent:
            return  # the owner is working in these controls: their text stays as typed
        self._filling_sent = True
        try:
            visible = record is not None
            for widget in (self.sent_check, self.sent_date, self.sent_note):
                widget.setVisible(visible)
            self._sent_key = (record.list_id, record.target) if record is not None else None
            if record is None:
                return
            sent = self.mamori.case.blacklist.sent_request(record.list_id, record.target)
            self.sent_check.setChecked(sent is not None)
            day = sent.sent_on if sent is not None else _now().date()
            self.sent_date.setDate(QDate(day.year, day.month, day.day))
            self.sent_note.setText(sent.note if sent is not None else "")
        finally:
            self._filling_sent = False

    def _sent_changed(self) -> None:
        """The owner ticked or unticked "request sent", or changed its date or note."""
        if self._filling_sent or self._sent_key is None:
            return
        section = self.mamori.case.blacklist
        checked = self.sent_check.isChecked()
        if not checked and section.sent_request(*self._sent_key) is None:
            return  # a date or note typed before ticking: nothing to record yet
        if checked:
            picked = self.sent_date.date()
            day = date(picked.year(), picked.month(), picked.day())
            section.mark_sent(*self._sent_key, day, self.sent_note.text(), _now())
        else:
            section.unmark_sent(*self._sent_key)
        record = self.selected_record()
        if record is not None:
            self._update_sent_row(record)
        self.mamori.autosave()

    def _update_sent_row(self, record: BlacklistResultRecord) -> None:
        """Show the change in the table and the details without refilling the controls (a
        note's trailing space, not kept in the case, would be taken away while typing)."""
        self._filling_sent = True
        try:
            self._fill_row(record)
        finally:
            self._filling_sent = False

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        """Further views for `make screenshots`: a listing's details, a request the owner
        changed, then the history."""
        area = self.findChild(QScrollArea)
        if area is None:
            return []
        bar = area.verticalScrollBar()

        def details() -> None:
            listed = [row for row, r in sorted(self._records.items()) if r.status == "listed"]
            if listed:
                self.table.selectRow(listed[min(1, len(listed) - 1)])
            bar.setValue(self.results_box.y())

        def request() -> None:
            # A listing whose request the owner has changed: the box, its note, buttons and the
            # record of the request sent.
            own = [
                row
                for row, r in sorted(self._records.items())
                if self.mamori.case.blacklist.request(r.list_id, r.target) is not None
            ]
            if own:
                self.table.selectRow(own[0])
            # The note below the box is laid out first: then the buttons under it are in view.
            for _nested in range(4):  # each layout's new size asks its parent to lay out again
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
            area.ensureWidgetVisible(self.sent_check, 0, 8)

        return [
            ("details", details),
            ("request", request),
            ("history", lambda: bar.setValue(bar.maximum())),
        ]

    def _saved_request(self) -> DelistingRequestRecord | None:
        if self._request_key is None:
            return None
        return self.mamori.case.blacklist.request(*self._request_key)

    def _show_request_state(self) -> None:
        """Say whose text the box shows and when it was copied; offer the generated text back."""
        saved = self._saved_request()
        lines = []
        if saved is not None and saved.edited:
            when = format_jst(saved.edited_at) if saved.edited_at else ""
            lines.append(
                self.tr("This is your own version of the request, last changed on {when}.").format(
                    when=when
                )
            )
            if saved.outdated(self._request_generated):
                lines.append(
                    "⚠ "
                    + self.tr(
                        "Information in the earlier steps has changed since then, and the "
                        "generated text changed with it. Check that your version is still right, "
                        "or press “Use the generated text”."
                    )
                )
        if saved is not None and saved.copied_at is not None:
            lines.append(
                self.tr("Copied for the list's form on {when}.").format(
                    when=format_jst(saved.copied_at)
                )
            )
        self.request_note.setText("\n".join(lines))
        self.request_note.setVisible(bool(lines))
        self.restore_button.setEnabled(saved is not None and saved.edited)
        self._show_request_gaps()

    def _show_request_gaps(self) -> None:
        """Point out what the owner must still complete before sending the text."""
        gaps = request_gaps(self.request.toPlainText()) if self._request_key else None
        lines = []
        if gaps is not None and gaps.placeholders:
            shown = " ".join(f"[{_shorten(p[1:-1], 58)}]" for p in gaps.placeholders[:4])
            if len(gaps.placeholders) > 4:
                shown += " …"
            lines.append(
                "⚠ "
                + self.tr(
                    "Before you copy the text, replace the parts in square brackets with your "
                    "own information: {parts}"
                ).format(parts=shown)
            )
        if gaps is not None and gaps.japanese:
            shown = " ".join(_shorten(j, 20) for j in gaps.japanese[:3])
            lines.append(
                "⚠ "
                + self.tr(
                    "The text contains Japanese ({text}). The list's staff abroad may not read "
                    "it, and some forms refuse it: write it in Latin letters."
                ).format(text=shown)
            )
        if gaps is not None and any("Latin letters" in p for p in gaps.placeholders):
            lines.append(
                self.tr(
                    "Enter the company name and your name in Latin letters in step 1 "
                    "(Situation), and every request is filled in with them."
                )
            )
        self.request_gaps.setText("\n".join(lines))
        self.request_gaps.setVisible(bool(lines))

    def _request_edited(self) -> None:
        if self._request_key is None:
            return
        self.mamori.case.blacklist.edit_request(
            *self._request_key, self.request.toPlainText(), self._request_generated, _now()
        )
        self._show_request_state()

    def restore_generated_request(self) -> None:
        """Show the generated request again instead of the owner's version (one undo step in
        the box brings their version back)."""
        if self._request_key is None:
            return
        # The button is disabled once the generated text is back: the box keeps the focus.
        self.request.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.request.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self._request_generated)
        cursor.endEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.request.setTextCursor(cursor)
        self.status.setText(
            self.tr(
                "The generated request text is shown again. To get your version back, use Undo "
                "(Ctrl+Z) in the text box before selecting another row."
            )
        )

    def copy_request(self) -> None:
        """Put the request text on the clipboard (it never contains a password)."""
        text = self.request.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status.setText(
                self.tr("The request text was copied. Paste it into the list's form.")
            )
            if self._request_key is not None:
                # When it was copied tells the owner (and the report) which lists were asked;
                # saved now, as the owner goes on in the browser.
                self.mamori.case.blacklist.note_request_copied(*self._request_key, _now())
                self._show_request_state()
                self.mamori.autosave()

    def open_delisting_page(self) -> None:
        """Open the list's delisting page in the browser."""
        record = self.selected_record()
        if record is not None and record.delist_url:
            QDesktopServices.openUrl(QUrl(record.delist_url))


_ORDER_SHOWN = 5  # lists named in the delisting order; the table has every one
# Of the results table's width, kept for the meaning: at a third, a meaning of two sentences
# ran to five lines and a table row showed one result.
_MEANING_SHARE = 0.5
_NAME_EMS = 13  # list names and addresses keep this width at least ("UCEPROTECT Level 3")
_NAMES_SHOWN = 4  # lists named in the not-tested banner


def _named_item(text: str) -> QTableWidgetItem:
    """A list name or address cell; the tooltip has it whole too (it wraps in its column)."""
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


def _shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters with an ellipsis (a quote in a note, not the text)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _now() -> datetime:
    return datetime.now(JST).replace(microsecond=0)


PAGE = BlacklistPage
