"""Page 3 パスワードとアカウント: the company's mailboxes, their owners, and their passwords.

The account list is part of the case (`Case.accounts`); passwords never are. A password typed or
generated here lives only in the password field (and, after "Copy", on the clipboard until it is
cleared automatically). It is checked off the GUI thread on the "password" queue; the worker gets
it through a one-element list that the worker empties as it starts and that `_wipe_secrets()`
empties if the check has not started yet, so no closure or queued task holds it once the page is
left. Leaving the page, switching the language and closing the wizard empty the field with
`setText("")` (which, unlike `clear()`, also drops the field's undo history) and the label
showing a generated password. To spot a password used for two mailboxes, the page keeps keyed
fingerprints (`password_policy.fingerprint`) of the passwords marked as set in this session, in
memory only; the case gets the verdict summary and the date.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.accounts import (
    STATUS_LABELS,
    Account,
    AccountInventory,
    AccountStatus,
    VerdictSummary,
    recommendations,
)
from app.core.accounts_csv import MAX_BYTES, TOO_BIG, CsvImport, export_csv, import_csv
from app.core.case import Case
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP, Msg, join_sentences
from app.core.normalize import JST
from app.core.os_errors import os_error_reason
from app.core.password_generator import generate_password, group_for_display
from app.core.password_policy import (
    PasswordContext,
    PasswordFingerprint,
    Verdict,
    evaluate,
    fingerprint,
    rule_name,
    score_label,
)
from app.core.password_strength import load_dictionaries
from app.ui.i18n import msg_text, text_of
from app.ui.pages.base import BasePage
from app.ui.secret_clipboard import SecretClipboard
from app.ui.tasks import TaskContext, TaskHandle
from app.ui.widgets.account_dialog import (
    AccountDialog,
    MessageListDialog,
    OwnerDialog,
    plain_label,
)
from app.ui.widgets.focus import disable_keeping_focus
from app.ui.widgets.layout import page_layout, wrapped_label
from app.ui.widgets.secret_line_edit import SecretLineEdit
from app.ui.widgets.status_icons import StatusKind, status_icon
from app.ui.widgets.strength_bar import StrengthBar
from app.ui.widgets.tables import ColumnFitting, pad_rows

COL_ADDRESS, COL_OWNER, COL_STATUS, COL_ACTIVE, COL_CHANGED, COL_VERDICT = range(6)
# Of the account table's width, kept for the verdict when long addresses or owners need room;
# they are not narrowed below these many character widths.
_VERDICT_SHARE = 0.3
_OWNER_EMS = 7
_ADDRESS_EMS = 16
ADDRESS_ROLE = Qt.ItemDataRole.UserRole

CANNOT_READ = QT_TRANSLATE_NOOP("AccountsPage", "The file could not be read ({reason}).")
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "cp932": "Shift_JIS (cp932)",
    "utf-16": "UTF-16",
}


def _read_csv_file(path: Path, default_domain: str) -> CsvImport:
    """Runs on a worker thread: read the file (refusing huge ones before reading) and parse it."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(TOO_BIG.with_args(limit=MAX_BYTES // 1_000_000))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(CANNOT_READ.with_args(reason=os_error_reason(error))) from None
    return import_csv(data, default_domain)


# The rule named first in the table when several failed: the one that says most about the risk.
_HEADLINE_ORDER = (
    "equals_username",
    "contains_context",
    "reused",
    "fullwidth",
    "non_ascii",
    "control_char",
    "too_short",
    "weak_score",
)


def headline_rule(failed: tuple[str, ...]) -> str:
    """The failed rule to name when there is room for one."""
    for code in _HEADLINE_ORDER:
        if code in failed:
            return code
    return failed[0]


def merge_imported(
    inventory: AccountInventory, imported: tuple[Account, ...]
) -> tuple[AccountInventory, int, int]:
    """Add imported accounts; for known addresses fill in what the file says. (new, updated)."""
    added = updated = 0
    for row in imported:
        existing = inventory.find(row.address)
        if existing is None:
            inventory = inventory.with_account(row)
            added += 1
            continue
        merged = replace(
            existing,
            owner=row.owner or existing.owner,
            status=row.status if row.status is not AccountStatus.UNKNOWN else existing.status,
            active=row.active,
            password_changed_on=row.password_changed_on or existing.password_changed_on,
            verdict=row.verdict or existing.verdict,
            forward_to=row.forward_to or existing.forward_to,
            note=row.note or existing.note,
        )
        if merged != existing:
            updated += 1
        inventory = inventory.with_account(merged)
    return inventory, added, updated


@dataclass(frozen=True)
class _UndoStep:
    """What the 「元に戻す」 button puts back: the list (and the password fingerprints kept in
    memory) as they were before the last change, as long as nothing changed the list since."""

    before: AccountInventory
    fingerprints: dict[str, PasswordFingerprint]
    after: AccountInventory
    select: tuple[str, ...]
    done: str  # the line under the list once undone
    name: str  # the button's accessible name: what it undoes


class AccountsPage(BasePage):
    """The account list (add, edit, import, export), recommendations, and the password check."""

    key = "accounts"
    # How long a copied password stays on the clipboard (tests shorten it).
    clipboard_clear_seconds: float = 60.0
    # Pause after the last key press before the password is checked.
    debounce_ms = 250

    def build(self) -> None:
        self._inventory = AccountInventory()
        # Fingerprints of the passwords marked as set in this session, by address (memory only).
        self._fingerprints: dict[str, PasswordFingerprint] = {}
        # Bumped whenever the password or its account changes: older results are dropped.
        self._generation = 0
        self._verdict: Verdict | None = None
        self._verdict_generation = -1
        self._pending: list[list[str]] = []  # one-element boxes handed to queued checks
        self._handles: list[TaskHandle] = []
        self._visited = False
        self._warmed = False
        self._wipes = 0  # bumped by every wipe: a password generated before it is dropped
        self.dialog: AccountDialog | None = None
        self.import_report: MessageListDialog | None = None

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.intro = wrapped_label(content)
        layout.addWidget(self.intro)

        # -- the list -----------------------------------------------------------------------
        self.list_box = QGroupBox(content)
        list_layout = QVBoxLayout(self.list_box)
        self.table = QTableWidget(0, 6, self.list_box)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once (Shift/Ctrl and a click, Shift+arrows, Ctrl+A): after importing a
        # control panel's 30 accounts, each one's status and owner were set one dialog at a time.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        # Long results wrap onto a second line instead of being cut off (English rule names,
        # large system fonts); rows grow to fit.
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        pad_rows(self.table)  # no cramped rows, of one line or wrapped
        header = self.table.horizontalHeader()
        # Widths are set by _fit_columns: sized to their contents, one long address or owner
        # (「長谷川 真由美子 (営業部 第二課 課長代理)」 from a CSV) pushed the status and the
        # verdict out of sight, behind a sideways scroll bar.
        for column in range(COL_VERDICT + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._fitting = ColumnFitting(self.table, self._fit_columns)
        self.table.setMinimumHeight(230)
        list_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.list_box)
        self.edit_button = QPushButton(self.list_box)
        self.bulk_button = QPushButton(self.list_box)
        self.remove_button = QPushButton(self.list_box)
        self.import_button = QPushButton(self.list_box)
        self._import_over = lambda: self.import_button.setEnabled(True)
        self.export_button = QPushButton(self.list_box)
        for button in (self.add_button, self.edit_button, self.bulk_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        list_layout.addLayout(buttons)
        self.summary = wrapped_label(self.list_box)
        list_layout.addWidget(self.summary)
        status_row = QHBoxLayout()
        self.list_status = wrapped_label(self.list_box)
        self.list_status.hide()
        # A row taken off the list by mistake (the Delete key is one press), or a change made to
        # many accounts at once, is undone in one step with everything typed about them; shown
        # only right after such a change.
        self.undo_button = QPushButton(self.list_box)
        self.undo_button.setAutoDefault(False)
        self.undo_button.hide()
        self._undo: _UndoStep | None = None
        status_row.addWidget(self.list_status, 1)
        status_row.addWidget(self.undo_button)
        list_layout.addLayout(status_row)
        layout.addWidget(self.list_box)
        self._build_menus()

        # -- the selected account -----------------------------------------------------------
        self.detail_box = QGroupBox(content)
        detail_layout = QVBoxLayout(self.detail_box)
        self.detail_text = wrapped_label(self.detail_box)
        self.recommendation_text = wrapped_label(self.detail_box)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addWidget(self.recommendation_text)
        layout.addWidget(self.detail_box)

        # -- the password check -------------------------------------------------------------
        self.password_box = QGroupBox(content)
        password_layout = QVBoxLayout(self.password_box)
        self.password_hint = wrapped_label(self.password_box)
        password_layout.addWidget(self.password_hint)
        row = QHBoxLayout()
        self.password_label = QLabel(self.password_box)
        self.password = SecretLineEdit(self.password_box)
        self.password_label.setBuddy(self.password)
        self.show_password = QCheckBox(self.password_box)
        row.addWidget(self.password_label)
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        password_layout.addLayout(row)
        strength_row = QHBoxLayout()
        self.strength_bar = StrengthBar(self.password_box)
        self.strength_text = QLabel(self.password_box)
        strength_row.addWidget(self.strength_bar, 1)
        strength_row.addWidget(self.strength_text)
        password_layout.addLayout(strength_row)
        self.verdict_text = wrapped_label(self.password_box)
        bold = QFont(self.verdict_text.font())
        bold.setBold(True)
        self.verdict_text.setFont(bold)
        self.failed_text = wrapped_label(self.password_box)
        self.advice_text = wrapped_label(self.password_box)
        password_layout.addWidget(self.verdict_text)
        password_layout.addWidget(self.failed_text)
        password_layout.addWidget(self.advice_text)
        actions = QHBoxLayout()
        self.generate_button = QPushButton(self.password_box)
        self._generate_over = lambda: self.generate_button.setEnabled(True)
        self.copy_button = QPushButton(self.password_box)
        self.mark_button = QPushButton(self.password_box)
        actions.addWidget(self.generate_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.mark_button)
        password_layout.addLayout(actions)
        generated_row = QHBoxLayout()
        self.generated_caption = QLabel(self.password_box)
        # A plain label (not selectable): on X11 a selection would become the primary selection.
        self.generated = QLabel(self.password_box)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.25)
        self.generated.setFont(mono)
        self.generated.setTextFormat(Qt.TextFormat.PlainText)
        generated_row.addWidget(self.generated_caption)
        generated_row.addWidget(self.generated, 1)
        password_layout.addLayout(generated_row)
        self.clipboard_status = wrapped_label(self.password_box)
        self.mark_status = wrapped_label(self.password_box)
        password_layout.addWidget(self.clipboard_status)
        password_layout.addWidget(self.mark_status)
        layout.addWidget(self.password_box)

        # -- departed staff -----------------------------------------------------------------
        self.departed_box = QGroupBox(content)
        departed_layout = QVBoxLayout(self.departed_box)
        self.departed_label = QLabel(self.departed_box)
        self.departed_label.setWordWrap(True)
        self.departed_actions = QPlainTextEdit(self.departed_box)
        self.departed_actions.setTabChangesFocus(True)
        self.departed_actions.setMaximumHeight(90)
        self.departed_label.setBuddy(self.departed_actions)
        departed_layout.addWidget(self.departed_label)
        departed_layout.addWidget(self.departed_actions)
        layout.addWidget(self.departed_box)
        layout.addStretch(1)
        page_layout(self, content)

        self.secret_clipboard = SecretClipboard(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.debounce_ms)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self._activated())
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.remove_selected,
            Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Undo),
            self.table,
            self.undo,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo)
        self.import_button.clicked.connect(self._choose_import_file)
        self.export_button.clicked.connect(self._choose_export_file)
        self.password.textChanged.connect(self._password_changed)
        self.password.textEdited.connect(self._password_edited)
        self.password.copy_requested.connect(self._copy_selection)
        self.show_password.toggled.connect(self._toggle_shown)
        self._debounce.timeout.connect(self._start_check)
        self.generate_button.clicked.connect(self.generate)
        self.copy_button.clicked.connect(self.copy_password)
        self.mark_button.clicked.connect(self.mark_changed)
        self.secret_clipboard.finished.connect(self._clipboard_finished)
        self.mamori.finished.connect(self._wizard_closed)

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        # Verdicts and advice are rendered in the old language; the password goes too (the page
        # promises it is never kept longer than needed).
        self._wipe_secrets()
        self.setTitle(self.tr("Passwords and accounts"))
        self.setSubTitle(
            self.tr(
                "List every mail account of the company, check that each has a strong password "
                "of its own, and deal with accounts of staff who left."
            )
        )
        self.intro.setText(
            self.tr(
                "Accounts with weak passwords and forgotten accounts of people who left are how "
                "mail servers are taken over. Add the accounts by hand or import the list from "
                "your hosting company's control panel (CSV). You can go on to the next step at "
                "any time; what is still open appears in the report."
            )
        )
        self.list_box.setTitle(self.tr("Mail accounts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mail address"),
                self.tr("Used by"),
                self.tr("Status"),
                self.tr("Account"),
                # Two lines in English: the column of dates is narrower than its heading.
                self.tr("Password\nchanged"),
                self.tr("Latest check"),
            ]
        )
        self.table.setAccessibleName(self.tr("List of mail accounts"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move from list"))
        self.remove_button.setToolTip(
            self.tr("Removes the account from this list only; the mailbox at the host stays.")
        )
        self.bulk_button.setText(self.tr("Change &selected"))
        self.bulk_button.setToolTip(
            self.tr(
                "Set the status or who uses them for all selected accounts at once. Select "
                "several with Shift or Ctrl and a click, Shift and the arrow keys, or Ctrl+A."
            )
        )
        self.status_menu.setTitle(self.tr("Set &status"))
        for status, text in (
            (AccountStatus.IN_SERVICE, self.tr("&In service")),
            (AccountStatus.DEPARTED, self.tr("&Departed")),
            (AccountStatus.SHARED, self.tr("S&hared")),
            (AccountStatus.UNKNOWN, self.tr("&Unknown")),
        ):
            self.status_actions[status].setText(text)
        self.owner_action.setText(self.tr("Set who &uses them…"))
        self.disable_action.setText(self.tr("Mark as &deleted or disabled"))
        self.enable_action.setText(self.tr("Mark as still &working"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.remove_action.setText(self.tr("Re&move from list"))
        self.undo_button.setText(self.tr("&Undo"))
        self.import_button.setText(self.tr("&Import CSV…"))
        self.import_button.setToolTip(
            self.tr("The account list exported from the control panel (UTF-8 or Shift_JIS)")
        )
        self.export_button.setText(self.tr("E&xport CSV…"))
        self.detail_box.setTitle(self.tr("Selected account"))
        self.password_box.setTitle(self.tr("Check or create a password"))
        self.password_label.setText(self.tr("Pass&word to check:"))
        self.password.setAccessibleName(self.tr("Password to check"))
        self.password.setPlaceholderText(self.tr("type or paste a new password"))
        self.show_password.setText(self.tr("S&how"))
        self.show_password.setAccessibleName(self.tr("Show the password"))
        self.strength_bar.setAccessibleName(self.tr("Password strength"))
        self.generate_button.setText(self.tr("Gene&rate"))
        self.generate_button.setToolTip(
            self.tr("Create a random password that meets every rule and the host's limits")
        )
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the password; it is removed from the clipboard after a minute")
        )
        self.mark_button.setText(self.tr("Password changed &today"))
        self.mark_button.setToolTip(
            self.tr(
                "Record that the selected account now has this password: the check result and "
                "today's date are saved, the password itself is not."
            )
        )
        self.generated_caption.setText(self.tr("Generated:"))
        self.generated.setAccessibleName(self.tr("Generated password, in groups of four"))
        self.departed_box.setTitle(self.tr("Accounts of staff who left"))
        self.departed_label.setText(
            self.tr("What was &done about them (deleted, disabled, forwarded; when and by whom):")
        )
        self.departed_actions.setAccessibleName(plain_label(self.departed_label.text()))
        self.departed_actions.setPlaceholderText(
            self.tr("e.g. tanaka@ deleted on 2026-11-20 by Yamada; its mail now goes to sato@")
        )
        self._set_note(self.clipboard_status, "")
        self._set_note(self.mark_status, "")
        self._show_list_status("")
        self._refresh_table()
        self._show_verdict(None)

    # -- case -----------------------------------------------------------------------------------

    def load_case(self, case: Case) -> None:
        self._wipe_secrets()
        # Another case is another company: its passwords have nothing to do with this one's.
        self._fingerprints.clear()
        self._inventory = case.accounts.inventory
        self.departed_actions.setPlainText(case.accounts.departed_actions)
        self._set_note(self.clipboard_status, "")
        self._set_note(self.mark_status, "")
        self._show_list_status("")
        self._visited = False
        self._refresh_table()
        if self._inventory.accounts:
            self._select_rows([0])

    def store_case(self, case: Case) -> None:
        section = case.accounts
        section.inventory = self._inventory
        section.departed_actions = self.departed_actions.toPlainText().strip()

    def initializePage(self) -> None:
        self._visited = True
        self._add_affected_accounts()
        if not self._warmed:
            # The first check would otherwise wait about 0.4 s for the Japanese word lists.
            self._warmed = True
            self.mamori.tasks.run(
                lambda _ctx: load_dictionaries(),
                on_done=lambda _result: None,
                on_error=lambda _message: None,  # the first check loads them again if needed
                owner=self,
                queue="password",
            )

    def _add_affected_accounts(self) -> None:
        # The hijacked mailbox typed on page 1 belongs on this list; typing it again is
        # needless work, and forgetting it would leave its password unchecked.
        case = self.mamori.case
        added = case.accounts.add_affected(
            case.incident.affected_accounts, self.tr("Misused in the incident")
        )
        if case.accounts.inventory is not self._inventory:
            self._set_inventory(case.accounts.inventory, select=added[0] if added else None)
        if added:
            self._show_list_status(
                self.tr(
                    "Added from step 1 (misused accounts): {addresses}. Please fill in who uses "
                    "them and check their new passwords."
                ).format(addresses=self.tr(", ").join(added))
            )

    def leave_page(self) -> None:
        self._wipe_secrets()
        self._stamp_review()

    def validatePage(self) -> bool:
        # Next: stamped before the wizard stores and saves the case.
        self._stamp_review()
        return True

    def _stamp_review(self) -> None:
        # Stamped when the owner leaves the page, not in store_case: storing the same input
        # twice must give the same case (the report page compares them to spot changes).
        if self._visited:
            self.mamori.case.accounts.reviewed_at = _now()

    # -- the list -------------------------------------------------------------------------------

    def _set_inventory(
        self, inventory: AccountInventory, select: str | Sequence[str] | None = None
    ) -> None:
        """Show `inventory` and put it in the case at once (the table's change starts the
        wizard's save after a pause, as typing does; the page's leaving saves too)."""
        selected = select or self.selected_addresses()
        self._inventory = inventory
        self.mamori.case.accounts.inventory = inventory
        self._refresh_table(selected)
        # The line under the list tells what the last change did; once the list changes
        # again (an import, an edit, a checked password) it would describe the past. Callers
        # that report this change set it afterwards.
        self._show_list_status("")

    def selected_addresses(self) -> list[str]:
        """Addresses of the selected accounts, in the list's order."""
        model = self.table.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model else []
        items = (self.table.item(row, COL_ADDRESS) for row in rows)
        return [item.data(ADDRESS_ROLE) for item in items if item is not None]

    def selected_address(self) -> str | None:
        """Address of the selected account when exactly one is selected: the one the edit
        dialog, the details and the password check are about."""
        selected = self.selected_addresses()
        return selected[0] if len(selected) == 1 else None

    def selected_account(self) -> Account | None:
        """The selected account when exactly one is selected."""
        address = self.selected_address()
        return self._inventory.find(address) if address else None

    def selected_accounts(self) -> list[Account]:
        """Every selected account, in the list's order."""
        found = (self._inventory.find(a) for a in self.selected_addresses())
        return [a for a in found if a is not None]

    def _refresh_table(self, select: str | Sequence[str] | None = None) -> None:
        select = select or self.selected_addresses()
        wanted = {select} if isinstance(select, str) else set(select)
        table = self.table
        table.blockSignals(True)
        table.setRowCount(0)
        for account in self._inventory.accounts:
            row = table.rowCount()
            table.insertRow(row)
            for column, item in enumerate(self._row_items(account)):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(ADDRESS_ROLE, account.address)
                if not account.active:
                    item.setForeground(
                        self.palette().color(self.palette().ColorRole.PlaceholderText)
                    )
                table.setItem(row, column, item)
        table.blockSignals(False)
        self._fit_columns()
        rows = [r for r in range(table.rowCount()) if table.item(r, 0).data(ADDRESS_ROLE) in wanted]
        if rows:
            self._select_rows(rows)
        self._selection_changed()
        self._update_summary()

    def _fit_columns(self) -> None:
        """Every column as wide as its contents, unless the verdict would get less than its
        share of the table: then the owner, and then the address, give up the difference down
        to a readable width (their text wraps onto more lines). The verdict takes the rest."""
        self._fitting.share(
            self.table,
            COL_VERDICT,
            _VERDICT_SHARE,
            ((COL_OWNER, _OWNER_EMS), (COL_ADDRESS, _ADDRESS_EMS)),
        )

    def _select_rows(self, rows: list[int]) -> None:
        """Select exactly these rows; the first becomes the current one (where the keyboard is)."""
        model = self.table.model()
        last = model.columnCount() - 1
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        selection_model = self.table.selectionModel()
        selection_model.setCurrentIndex(model.index(rows[0], 0), flags.NoUpdate)
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)

    def _row_items(self, account: Account) -> list[QTableWidgetItem]:
        status = QTableWidgetItem(msg_text(STATUS_LABELS[account.status]))
        if account.active and account.status in (AccountStatus.DEPARTED, AccountStatus.UNKNOWN):
            status.setIcon(status_icon(StatusKind.WARNING))
            status.setToolTip(self.tr("Needs attention: see the recommendations below."))
        active = QTableWidgetItem(self.tr("Enabled") if account.active else self.tr("Disabled"))
        if not account.active:
            active.setIcon(status_icon(StatusKind.INACTIVE))
        changed = account.password_changed_on
        changed_item = QTableWidgetItem(changed.isoformat() if changed else self.tr("unknown"))
        if account.verdict is None and account.active and account.status is AccountStatus.DEPARTED:
            # As in the report: a former employee's account is to be deleted, not checked.
            verdict_item = QTableWidgetItem(self.tr("Not needed: delete or disable"))
            verdict_item.setIcon(status_icon(StatusKind.WARNING))
            verdict_item.setToolTip(
                self.tr("Delete or disable this account; checking its password is not needed.")
            )
        else:
            verdict_item = QTableWidgetItem(self._verdict_cell_text(account.verdict))
            verdict_item.setIcon(status_icon(self._verdict_kind(account.verdict)))
            verdict_item.setToolTip(self._verdict_tooltip(account.verdict))
        address = QTableWidgetItem(account.address)
        if account.note:
            address.setToolTip(self.tr("Note: {note}").format(note=account.note))
        return [
            address,
            QTableWidgetItem(account.owner or self.tr("(none)")),
            status,
            active,
            changed_item,
            verdict_item,
        ]

    @staticmethod
    def _verdict_kind(verdict: VerdictSummary | None) -> StatusKind:
        if verdict is None:
            return StatusKind.UNKNOWN
        return StatusKind.OK if verdict.acceptable else StatusKind.BAD

    def _verdict_cell_text(self, verdict: VerdictSummary | None) -> str:
        if verdict is None:
            return self.tr("Not checked")
        if verdict.acceptable:
            return self.tr("Passed ({strength})").format(
                strength=msg_text(score_label(verdict.score))
            )
        if not verdict.failed:
            return self.tr("Failed")
        rule = msg_text(rule_name(headline_rule(verdict.failed)))
        if len(verdict.failed) > 1:
            return self.tr("Failed: {rule} (+{count})").format(
                rule=rule, count=len(verdict.failed) - 1
            )
        return self.tr("Failed: {rule}").format(rule=rule)

    def _verdict_full_text(self, verdict: VerdictSummary | None) -> str:
        if verdict is None:
            return self.tr("Not checked")
        when = verdict.evaluated_at.astimezone(JST).strftime("%Y-%m-%d %H:%M")
        if verdict.acceptable:
            result = self._verdict_cell_text(verdict)
        else:
            rules = self.tr(", ").join(msg_text(rule_name(c)) for c in verdict.failed)
            result = self.tr("Failed: {rules}").format(rules=rules) if rules else self.tr("Failed")
        return self.tr("{result} (checked on {when})").format(result=result, when=when)

    def _verdict_tooltip(self, verdict: VerdictSummary | None) -> str:
        if verdict is None:
            return self.tr("The password of this account has not been checked in this app.")
        when = verdict.evaluated_at.astimezone(JST).strftime("%Y-%m-%d %H:%M")
        lines = [
            # The strength in words: a bare 「0/4」 means nothing to the owner.
            self.tr("Checked on {when}. Strength: {label}.").format(
                when=when, label=msg_text(score_label(verdict.score))
            )
        ]
        if verdict.failed:
            lines.append(
                self.tr("Rules not met: {rules}").format(
                    rules=self.tr(", ").join(msg_text(rule_name(c)) for c in verdict.failed)
                )
            )
        return "\n".join(lines)

    def _update_summary(self) -> None:
        inventory = self._inventory
        if not inventory.accounts:
            self.summary.setText(
                self.tr(
                    "No accounts yet. Add them with “Add…”, or import the CSV file that your "
                    "hosting company's control panel exports."
                )
            )
            return
        noticed = self.mamori.case.incident.noticed_at
        since = noticed.astimezone(JST).date() if noticed else None
        s = inventory.summary(since=since)
        lines = [
            self.tr(
                "{total} accounts ({active} enabled): {in_service} in service, "
                "{departed} departed, {shared} shared, {unknown} unknown."
            ).format(
                total=s.total,
                active=s.active,
                in_service=s.in_service,
                departed=s.departed,
                shared=s.shared,
                unknown=s.unknown,
            ),
            # Former staff's accounts are not counted (InventorySummary): they are to be
            # deleted, which the open items below say, not checked.
            self.tr(
                "Passwords of the accounts in use (not counting former staff): {ok} passed, "
                "{weak} failed, {unchecked} not checked."
            ).format(ok=s.acceptable, weak=s.weak, unchecked=s.unchecked),
        ]
        open_items: list[str] = []
        if s.unchecked:
            open_items.append(
                self.tr("Accounts whose password has not been checked yet: {count}.").format(
                    count=s.unchecked
                )
            )
        if s.weak:
            open_items.append(
                self.tr("Accounts whose password failed the check: {count}.").format(count=s.weak)
            )
        if s.departed_active:
            open_items.append(
                self.tr(
                    "Departed staff accounts still enabled: {count}. Delete or disable them."
                ).format(count=s.departed_active)
            )
        unknown_active = sum(
            1 for a in inventory.accounts if a.active and a.status is AccountStatus.UNKNOWN
        )
        if unknown_active:
            open_items.append(
                self.tr("Accounts nobody can place: {count}. Find out who uses them.").format(
                    count=unknown_active
                )
            )
        if s.shared_without_owner:
            open_items.append(
                self.tr("Shared accounts without a responsible person: {count}.").format(
                    count=s.shared_without_owner
                )
            )
        if since is not None and s.password_not_changed:
            open_items.append(
                self.tr(
                    "Working accounts whose password was not changed since the incident "
                    "({date}): {count}."
                ).format(date=since.isoformat(), count=s.password_not_changed)
            )
        if open_items:
            lines.append(self.tr("Still to do:"))
            lines.extend(self._bullet(item) for item in open_items)
        else:
            lines.append(self.tr("Every account has been dealt with."))
        self.summary.setText("\n".join(lines))

    @staticmethod
    def _set_note(label: QLabel, text: str) -> None:
        """Show `text` in `label`, or hide the label while there is nothing to say."""
        label.setText(text)
        label.setVisible(bool(text))

    def _bullet(self, text: str) -> str:
        return self.tr("• {text}").format(text=text)

    def _selection_changed(self) -> None:
        account = self.selected_account()
        count = len(self.selected_addresses())
        self.edit_button.setEnabled(account is not None)
        self.edit_action.setEnabled(account is not None)
        self.remove_button.setEnabled(count > 0)
        self.remove_action.setEnabled(count > 0)
        self.bulk_button.setEnabled(count > 0)
        # Offered only where it changes something.
        chosen = self.selected_accounts()
        self.disable_action.setEnabled(any(a.active for a in chosen))
        self.enable_action.setEnabled(any(not a.active for a in chosen))
        self.export_button.setEnabled(bool(self._inventory.accounts))
        if count > 1:
            self.detail_box.setTitle(self.tr("Selected accounts: {count}").format(count=count))
            self.detail_text.setText(
                self.tr(
                    "Set their status, who uses them, or mark them as deleted or disabled all "
                    "at once with “Change selected” (or the right mouse button)."
                )
            )
            self.recommendation_text.setText(
                self.tr("Select a single account to see what to do about it.")
            )
            self.password_hint.setText(
                self.tr(
                    "Passwords are checked one account at a time: select a single account "
                    "first. What you type here is never saved."
                )
            )
        elif account is None:
            self.detail_box.setTitle(self.tr("Selected account"))
            self.detail_text.setText(
                self.tr("Select an account in the list to see what to do about it.")
            )
            self.recommendation_text.clear()
            self.password_hint.setText(
                self.tr(
                    "Select an account first: its address and the names in the case are part "
                    "of the check. What you type here is never saved."
                )
            )
        else:
            self.detail_box.setTitle(
                self.tr("Selected account: {address}").format(address=account.address)
            )
            self.detail_text.setText(self._describe(account))
            advice = [self._bullet(msg_text(m)) for m in recommendations(account)]
            self.recommendation_text.setText(
                "\n".join([self.tr("What to do:"), *advice]) if advice else ""
            )
            self.password_hint.setText(
                self.tr(
                    "New password for {address}. It is checked as you type, on this computer "
                    "only, and never saved: only the result is kept when you record the change."
                ).format(address=account.address)
            )
        # The check depends on the account (its address is the user name).
        self._context_changed()

    def _describe(self, account: Account) -> str:
        parts = [
            self.tr("Used by: {owner}").format(owner=account.owner or self.tr("(not entered)")),
            self.tr("Status: {status}").format(status=msg_text(STATUS_LABELS[account.status])),
            self.tr("Account: {state}").format(
                state=self.tr("Enabled") if account.active else self.tr("Disabled")
            ),
        ]
        changed = account.password_changed_on
        parts.append(
            self.tr("Password changed: {date}").format(
                date=changed.isoformat() if changed else self.tr("unknown")
            )
        )
        if account.forward_to:
            parts.append(self.tr("Forwarded to: {address}").format(address=account.forward_to))
        lines = [self.tr(" / ").join(parts)]
        lines.append(
            self.tr("Latest check: {result}").format(
                result=self._verdict_full_text(account.verdict)
            )
        )
        if account.note:
            lines.append(self.tr("Note: {note}").format(note=account.note))
        return "\n".join(lines)

    def add_account(self) -> None:
        """Open the dialog for a new account."""
        self._open_dialog(None)

    def edit_selected(self) -> None:
        """Open the dialog for the selected account."""
        account = self.selected_account()
        if account is not None:
            self._open_dialog(account)

    def _open_dialog(self, account: Account | None) -> None:
        taken = [a.address for a in self._inventory.accounts if a != account]
        dialog = AccountDialog(account, taken, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._dialog_accepted(account, dialog.result_account()))
        self.dialog = dialog
        dialog.open()

    def _dialog_accepted(self, original: Account | None, account: Account) -> None:
        accounts = list(self._inventory.accounts)
        index = next(
            (i for i, a in enumerate(accounts) if original and a.address == original.address), None
        )
        if index is None:
            accounts.append(account)
        else:
            accounts[index] = account
        if original is not None and original.address in self._fingerprints:
            # The same mailbox under a corrected address keeps its password's fingerprint.
            self._fingerprints[account.address] = self._fingerprints.pop(original.address)
        self._set_inventory(AccountInventory(tuple(accounts)), select=account.address)
        self.table.setFocus()

    def remove_selected(self) -> None:
        """Take the selected accounts off the list (the mailboxes at the host are not touched),
        as one step that 「元に戻す」 undoes; asks first when there are several."""
        addresses = tuple(self.selected_addresses())
        if not addresses or (len(addresses) > 1 and not self._confirm_removal(addresses)):
            return
        first_row = min(r.row() for r in self.table.selectionModel().selectedRows())
        before, prints = self._inventory, dict(self._fingerprints)
        after = before
        for address in addresses:
            self._fingerprints.pop(address, None)
            after = after.without(address)
        self._set_inventory(after, select=[])
        if self.table.rowCount():
            self._select_rows([min(first_row, self.table.rowCount() - 1)])
        if len(addresses) == 1:
            removed = self.tr(
                "{address} was removed from this list. The mailbox itself still exists at the "
                "host until you delete it in the control panel."
            ).format(address=addresses[0])
            done = self.tr("{address} is back in the list.").format(address=addresses[0])
            name = self.tr("Put the removed account back in the list")
        else:
            removed = self.tr(
                "{count} accounts were removed from this list. The mailboxes themselves still "
                "exist at the host until you delete them in the control panel."
            ).format(count=len(addresses))
            done = self.tr("The {count} accounts are back in the list.").format(
                count=len(addresses)
            )
            name = self.tr("Put the removed accounts back in the list")
        self._show_list_status(removed)
        self._offer_undo(_UndoStep(before, prints, self._inventory, addresses, done, name))

    def _confirm_removal(self, addresses: Sequence[str]) -> bool:
        """Ask before several accounts leave the list at once; No is the default (and Esc)."""
        # Imported here: QMessageBox is kept out of start-up.
        from PySide6.QtWidgets import QMessageBox

        from app.ui.message_box import exec_fitted

        shown = 8
        lines = [self._bullet(address) for address in addresses[:shown]]
        if len(addresses) > shown:
            lines.append(self.tr("and {count} more").format(count=len(addresses) - shown))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Remove from list"))
        box.setText(
            self.tr("Remove these {count} accounts from the list?").format(count=len(addresses))
        )
        box.setInformativeText(
            "\n".join(lines)
            + "\n\n"
            + self.tr(
                "What you entered about them (who uses them, status, notes) goes with them; "
                "“Undo” brings it all back. The mailboxes at the host are not touched."
            )
        )
        remove = box.addButton(self.tr("&Remove them"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Don't remove"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.removal_box = box  # for tests
        exec_fitted(box)
        return box.clickedButton() is remove

    # -- several accounts at once -----------------------------------------------------------------

    def _build_menus(self) -> None:
        """The actions on the selected accounts: under "Change selected" and, with editing and
        removing, in the list's context menu (right mouse button or the menu key)."""
        self.status_menu = QMenu(self)
        self.status_actions: dict[AccountStatus, QAction] = {}
        for status in AccountStatus:
            action = self.status_menu.addAction("")
            action.triggered.connect(lambda _checked=False, s=status: self.set_selected(status=s))
            self.status_actions[status] = action
        self.owner_action = QAction(self)
        self.owner_action.triggered.connect(self.ask_owner)
        self.disable_action = QAction(self)
        self.disable_action.triggered.connect(lambda: self.set_selected(active=False))
        self.enable_action = QAction(self)
        self.enable_action.triggered.connect(lambda: self.set_selected(active=True))
        self.edit_action = QAction(self)
        self.edit_action.triggered.connect(self.edit_selected)
        self.remove_action = QAction(self)
        self.remove_action.triggered.connect(self.remove_selected)
        self.bulk_menu = QMenu(self)
        self.bulk_menu.addMenu(self.status_menu)
        self.bulk_menu.addAction(self.owner_action)
        self.bulk_menu.addSeparator()
        self.bulk_menu.addAction(self.disable_action)
        self.bulk_menu.addAction(self.enable_action)
        self.bulk_button.setMenu(self.bulk_menu)
        self.context_menu = QMenu(self)
        self.context_menu.addAction(self.edit_action)
        self.context_menu.addSeparator()
        self.context_menu.addMenu(self.status_menu)
        self.context_menu.addAction(self.owner_action)
        self.context_menu.addSeparator()
        self.context_menu.addAction(self.disable_action)
        self.context_menu.addAction(self.enable_action)
        self.context_menu.addSeparator()
        self.context_menu.addAction(self.remove_action)
        self.owner_dialog: OwnerDialog | None = None

    def _activated(self) -> None:
        # Enter or a double click: one account is edited as before; with several selected
        # (a double click selects one first) Enter offers what can be done to all of them.
        if self.selected_address() is not None:
            self.edit_selected()
        elif self.selected_addresses():
            self._show_context_menu(None)

    def _show_context_menu(self, pos: QPoint | None) -> None:
        viewport = self.table.viewport()
        if pos is None or self.table.indexAt(pos).row() < 0:
            # The menu key, or a click below the last row: by the row with the keyboard.
            rect = self.table.visualRect(self.table.currentIndex())
            pos = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
        if not self.selected_addresses():
            return
        self.context_menu.popup(viewport.mapToGlobal(pos))

    def set_selected(
        self,
        *,
        owner: str | None = None,
        status: AccountStatus | None = None,
        active: bool | None = None,
    ) -> None:
        """Give every selected account this owner, status and/or state, as one undoable step.
        Verdicts and passwords stay each account's own."""
        addresses = tuple(self.selected_addresses())
        if not addresses:
            return
        before = self._inventory
        after = before.with_changes(addresses, owner=owner, status=status, active=active)
        count = len(addresses)
        if after == before:
            self._show_list_status(
                self.tr(
                    "Nothing changed: the selected accounts ({count}) already had that."
                ).format(count=count)
            )
            return
        self._set_inventory(after, select=addresses)
        if status is not None:
            text = self.tr("Status set to “{status}” for the selected accounts ({count}).").format(
                status=msg_text(STATUS_LABELS[status]), count=count
            )
        elif owner is not None and owner.strip():
            text = self.tr("“Used by” set to {owner} for the selected accounts ({count}).").format(
                owner=owner.strip(), count=count
            )
        elif owner is not None:
            text = self.tr("“Used by” emptied for the selected accounts ({count}).").format(
                count=count
            )
        elif active is False:
            text = self.tr(
                "Marked as deleted or disabled: the selected accounts ({count}). This app changes "
                "nothing at the host: delete or disable them in the control panel too."
            ).format(count=count)
        else:
            text = self.tr("Marked as still working: the selected accounts ({count}).").format(
                count=count
            )
        self._show_list_status(text)
        self._offer_undo(
            _UndoStep(
                before,
                dict(self._fingerprints),
                after,
                addresses,
                self.tr("Undone: the accounts ({count}) are as they were before.").format(
                    count=count
                ),
                self.tr("Undo the change to the selected accounts"),
            )
        )

    def ask_owner(self) -> None:
        """Ask who uses the selected accounts (the name of one already shared is offered)."""
        accounts = self.selected_accounts()
        if not accounts:
            return
        owners = {a.owner for a in accounts}
        known = sorted({a.owner.strip() for a in self._inventory.accounts if a.owner.strip()})
        dialog = OwnerDialog(len(accounts), owners.pop() if len(owners) == 1 else "", known, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        addresses = [a.address for a in accounts]
        dialog.accepted.connect(lambda: self._owner_chosen(addresses, dialog.owner_text()))
        self.owner_dialog = dialog
        dialog.open()

    def _owner_chosen(self, addresses: list[str], owner: str) -> None:
        # The dialog is modal: the selection is still the one it was opened for, unless a
        # case was loaded meanwhile; then nothing is changed.
        if self.selected_addresses() == addresses:
            self.set_selected(owner=owner)
        self.table.setFocus()

    def undo(self) -> None:
        """Undo the last removal or change of several accounts, if nothing changed since."""
        step = self._undo
        if step is None:
            return
        if self._inventory is not step.after:
            self._show_list_status("")  # changed meanwhile: that list is the newer one
            return
        self._fingerprints = dict(step.fingerprints)
        self._set_inventory(step.before, select=list(step.select))
        self._show_list_status(step.done)
        self.table.setFocus()

    def _offer_undo(self, step: _UndoStep) -> None:
        self._undo = step
        self.undo_button.setAccessibleName(step.name)
        self.undo_button.show()

    def _show_list_status(self, text: str) -> None:
        # Whatever the line said before, an offer to undo a change no longer applies.
        self._undo = None
        self.undo_button.hide()
        self.list_status.setText(text)
        self.list_status.setVisible(bool(text))

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        """Further views for `make screenshots`: several accounts selected at once."""

        def several() -> None:
            count = self.table.rowCount()
            if count > 1:
                self._select_rows(list(range(min(2, count - 2), min(5, count))))

        return [("several", several)]

    # -- CSV ------------------------------------------------------------------------------------

    def _choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the account list (CSV)"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> TaskHandle:
        """Read a control panel's CSV off the GUI thread, merge it, and report what happened."""
        org = self.mamori.case.organisation
        domain = org.domain or org.domain_ascii
        self._import_over = disable_keeping_focus(self.import_button)
        return self.mamori.tasks.run(
            lambda _ctx: _read_csv_file(path, domain),
            on_done=lambda result: self._imported(path, result),
            on_error=lambda message: self._import_failed(path, message),
            # Cancelled (another case opened): nothing was imported, the button works again.
            on_cancelled=lambda: self._import_over(),
            owner=self,
        )

    def _imported(self, path: Path, result: CsvImport) -> None:
        self._import_over()
        inventory, added, updated = merge_imported(self._inventory, result.accounts)
        self._set_inventory(inventory)
        section = self.mamori.case.accounts
        section.imported_from = path.name
        section.imported_at = _now()
        count = len(result.accounts)
        unchanged = count - added - updated
        if unchanged:
            # 「3 件を読み込みました (新規 0 件・更新 0 件)」 after importing the same file
            # again left the owner wondering where the three had gone.
            read = self.tr(
                "{count} accounts were read from “{name}”: {added} new, {updated} updated, "
                "{unchanged} already in the list as the file has them."
            )
        else:
            read = self.tr(
                "{count} accounts were read from “{name}”: {added} new, {updated} updated."
            )
        summary = [
            read.format(
                count=count, name=path.name, added=added, updated=updated, unchanged=unchanged
            ),
            self.tr("Character encoding: {encoding}.").format(
                encoding=ENCODING_NAMES.get(result.encoding, result.encoding)
            ),
        ]
        summary.extend(self._bullet(msg_text(m)) for m in result.notices)
        lines: list[str] = []
        if result.problems:
            summary.append(
                self.tr(
                    "Rows with problems: {count}. The other rows were imported; fix these in "
                    "the file and import it again, or add them by hand."
                ).format(count=len(result.problems))
            )
            lines = [msg_text(p.message) for p in result.problems]
        self._show_import_report(self.tr("Import finished"), "\n".join(summary), lines)

    def _import_failed(self, path: Path, message: Msg) -> None:
        self._import_over()
        self._show_import_report(
            self.tr("The file could not be imported"),
            self.tr("Nothing was imported from “{name}”. {reason}").format(
                name=path.name, reason=msg_text(message)
            ),
            [],
        )

    def _show_import_report(self, title: str, summary: str, lines: list[str]) -> None:
        dialog = MessageListDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_messages(title, summary, lines, self.tr("Rows with problems"))
        self.import_report = dialog
        dialog.open()

    def _choose_export_file(self) -> None:
        domain = self.mamori.case.organisation.domain_ascii or "mail"
        suggested = Path.home() / f"{domain}-accounts-{_now():%Y%m%d}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the account list (CSV)"),
            str(suggested),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> bool:
        """Write the list as CSV for Excel (UTF-8 with BOM); True if written."""
        data = export_csv(self._inventory, lang=self.mamori.languages.language)
        try:
            path.write_bytes(data)
        except OSError as error:
            self._show_list_status(
                self.tr("The list could not be saved to {path} ({reason}).").format(
                    path=path, reason=text_of(os_error_reason(error))
                )
            )
            return False
        self._show_list_status(
            self.tr("The list was saved to {path}. It contains no passwords.").format(path=path)
        )
        return True

    # -- the password check ---------------------------------------------------------------------

    def _password_context(self) -> PasswordContext:
        case = self.mamori.case
        address = self.selected_address() or ""
        names = {a.owner.strip() for a in self._inventory.accounts if a.owner.strip()}
        if case.organisation.contact.name.strip():
            names.add(case.organisation.contact.name.strip())
        domain_words = tuple(w for w in (case.organisation.domain_ascii,) if w)
        return PasswordContext(
            user_address=address,
            company_name=case.organisation.company,
            staff_names=tuple(sorted(names)),
            extra_words=domain_words,
            host=case.organisation.provider or None,
            other_passwords=tuple(fp for a, fp in self._fingerprints.items() if a != address),
        )

    def _password_changed(self, text: str) -> None:
        self._generation += 1  # whatever is being checked now is out of date
        self._verdict = None
        self._set_note(self.mark_status, "")
        if not text:
            self._debounce.stop()
            self._show_verdict(None)
        else:
            self._show_checking()
            self._debounce.start(self.debounce_ms)
        self._update_buttons()

    def _password_edited(self, _text: str) -> None:
        # The user changed the generated password: the grouped display no longer matches it.
        self._show_generated("")

    def _context_changed(self) -> None:
        self._generation += 1
        self._verdict = None
        if self.password.text():
            self._show_checking()
            self._debounce.start(self.debounce_ms)
        self._update_buttons()

    def _start_check(self) -> None:
        generation = self._generation
        box = [self.password.text()]
        if not box[0]:
            return
        context = self._password_context()
        self._pending = [b for b in self._pending if b]
        self._pending.append(box)
        self._handles = [h for h in self._handles if h.pending]

        def check(ctx: TaskContext) -> Verdict | None:
            # Take the password out of the box: from here on only this frame holds it.
            secret = box.pop() if box else ""
            if not secret or ctx.cancelled:
                return None
            return evaluate(secret, context)

        handle = self.mamori.tasks.run(
            check,
            on_done=lambda verdict: self._verdict_arrived(generation, verdict),
            on_error=self._check_failed,
            owner=self,
            queue="password",
        )
        self._handles.append(handle)

    def _verdict_arrived(self, generation: int, verdict: Verdict | None) -> None:
        if verdict is None or generation != self._generation:
            return  # typed on, switched accounts or left the page meanwhile
        self._verdict = verdict
        self._verdict_generation = generation
        self._show_verdict(verdict)
        self._update_buttons()

    def _check_failed(self, message: Msg) -> None:
        self.verdict_text.setText(msg_text(message))

    def current_verdict(self) -> Verdict | None:
        """The verdict for exactly what is in the field now (None while a check is pending)."""
        if self._verdict is None or self._verdict_generation != self._generation:
            return None
        return self._verdict

    def _show_checking(self) -> None:
        self.strength_text.setText(self.tr("Checking…"))

    def _show_verdict(self, verdict: Verdict | None) -> None:
        if verdict is None:
            self.strength_bar.set_score(None, self.tr("Nothing entered"))
            self.strength_text.setText(self.tr("Strength: –"))
            self.verdict_text.setText(
                self.tr("Type a password to check it, or let the app generate one.")
            )
            self.failed_text.clear()
            self.advice_text.clear()
            self.failed_text.hide()
            self.advice_text.hide()
            return
        # In words, next to the four-step bar: 「(0/4)」 was a score the owner had to decode.
        strength = self.tr("Strength: {label}").format(label=msg_text(score_label(verdict.score)))
        self.strength_text.setText(strength)
        mark = "✔ " if verdict.acceptable else "✖ "
        summary = mark + msg_text(verdict.summary)
        self.verdict_text.setText(summary)
        self.strength_bar.set_score(verdict.score, strength + " " + summary)
        # The summary already says when every rule is met.
        self._set_note(
            self.failed_text,
            self.tr("Rules not met: {rules}").format(
                rules=self.tr(", ").join(msg_text(rule_name(c)) for c in verdict.failed)
            )
            if verdict.failed
            else "",
        )
        self.advice_text.setText("\n".join(self._bullet(msg_text(m)) for m in verdict.advice))
        self.advice_text.setVisible(bool(verdict.advice))

    def _update_buttons(self) -> None:
        has_text = bool(self.password.text())
        self.copy_button.setEnabled(has_text)
        self.mark_button.setEnabled(
            self.selected_account() is not None and self.current_verdict() is not None
        )

    def _toggle_shown(self, shown: bool) -> None:
        self.password.set_shown(shown)

    def generate(self) -> TaskHandle:
        """Make a new password off the GUI thread (the generator runs the check on its draws)."""
        context = self._password_context()
        wipes = self._wipes
        self._generate_over = disable_keeping_focus(self.generate_button)
        return self.mamori.tasks.run(
            lambda _ctx: generate_password(host=context.host, context=context),
            on_done=lambda password: self._generated_arrived(wipes, password),
            on_error=self._generate_failed,
            # Cancelled (another case opened): no password arrives, the button works again.
            on_cancelled=lambda: self._generate_over(),
            owner=self,
            queue="password",
        )

    def _generated_arrived(self, wipes: int, password: str) -> None:
        self._generate_over()
        if wipes != self._wipes:
            return  # the page was left meanwhile: do not bring a password back
        self.password.setText(password)
        self._show_generated(group_for_display(password))
        self._set_note(self.clipboard_status, "")

    def _show_generated(self, grouped: str) -> None:
        self.generated.setText(grouped)
        self.generated.setVisible(bool(grouped))
        self.generated_caption.setVisible(bool(grouped))

    def _generate_failed(self, message: Msg) -> None:
        self._generate_over()
        self.verdict_text.setText(msg_text(message))

    def copy_password(self) -> None:
        """Copy the password to the clipboard; it is removed again after a while."""
        text = self.password.text()
        if not text:
            return
        self.secret_clipboard.copy(text, self.clipboard_clear_seconds)
        del text
        message = self.tr(
            "Copied. Paste it into the control panel now: the clipboard is emptied in {seconds} "
            "seconds, and when you close this app."
        ).format(seconds=round(self.clipboard_clear_seconds))
        if sys.platform == "win32":
            message = join_sentences(
                message,
                self.tr(
                    "Windows was asked not to keep it in the clipboard history (Windows key + V) "
                    "and not to sync it to your other devices."
                ),
            )
        self._set_note(self.clipboard_status, message)

    def _copy_selection(self, cut: bool) -> None:
        # Ctrl+C / Ctrl+X while the password is shown: the same timed clipboard as "Copy".
        text = self.password.selectedText()
        if not text:
            return
        self.secret_clipboard.copy(text, self.clipboard_clear_seconds)
        del text
        if cut:
            self.password.del_()
        self._set_note(
            self.clipboard_status,
            self.tr("Copied. The clipboard is emptied in {seconds} seconds.").format(
                seconds=round(self.clipboard_clear_seconds)
            ),
        )

    def _clipboard_finished(self, removed: bool) -> None:
        if removed:
            self._set_note(
                self.clipboard_status, self.tr("The password was removed from the clipboard.")
            )
        else:
            self._set_note(
                self.clipboard_status,
                self.tr("Something else was copied meanwhile, so the clipboard was left as it is."),
            )

    def mark_changed(self) -> None:
        """Record that the selected account now has the password in the field (not the password)."""
        account = self.selected_account()
        verdict = self.current_verdict()
        if account is None or verdict is None:
            return
        self._fingerprints[account.address] = fingerprint(self.password.text())
        now = _now()
        updated = replace(
            account,
            password_changed_on=now.date(),
            verdict=VerdictSummary.from_verdict(verdict, at=now),
        )
        self._set_inventory(self._inventory.with_account(updated), select=account.address)
        # Set at the host and recorded here: nothing on this page needs the password any more
        # (a copy on the clipboard stays until its timer runs out).
        self._wipe_secrets()
        if verdict.acceptable:
            text = self.tr(
                "Recorded for {address}: changed today, the new password passed the check. The "
                "password itself was not saved."
            )
        else:
            text = self.tr(
                "Recorded for {address}: changed today, but the new password did not pass the "
                "check. Please change it again to a stronger one. The password itself was not saved."
            )
        self._set_note(self.mark_status, text.format(address=account.address))
        self.mamori.autosave()

    # -- keeping secrets short-lived --------------------------------------------------------------

    def _wipe_secrets(self) -> None:
        """Forget every password on the page (left, language switched, recorded, closing)."""
        self._debounce.stop()
        self._generation += 1
        self._wipes += 1
        for box in self._pending:
            box.clear()  # checks not started yet will find nothing to check
        self._pending.clear()
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()
        # Shown and selected on X11, the text became the primary selection: take it back (a
        # copy made with "Copy" stays until its timer runs out).
        self.secret_clipboard.clear_if_holding(self.password.text())
        # setText() drops the undo history (clear() would keep it: Ctrl+Z brought it back).
        self.password.setText("")
        self.password.setModified(False)
        self.show_password.setChecked(False)
        self._show_generated("")
        self._verdict = None
        self._show_verdict(None)
        self._update_buttons()

    def _wizard_closed(self, _result: int) -> None:
        self._wipe_secrets()
        self.secret_clipboard.clear_now()


def _now() -> datetime:
    return datetime.now(JST).replace(microsecond=0)


PAGE = AccountsPage
