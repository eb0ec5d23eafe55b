"""Widgets of the blacklist page: status icons, the target list, the bounce-paste dialog.

Every status is shown as an icon *and* a text with its own mark (× 掲載, ○ 掲載なし, ...), so
nothing depends on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.dnsbl_targets import (
    SKIP_REASONS,
    ReceivedExtraction,
    Target,
    TargetKind,
    extract_received_ips,
    merge_targets,
    parse_target,
    parse_targets,
)
from app.core.errors import InputError
from app.ui.i18n import msg_text
from app.ui.widgets.checked_field import ERROR_STYLE, CheckedField
from app.ui.widgets.layout import fitted_size, wrapped_label
from app.ui.widgets.status_icons import StatusKind
from app.ui.widgets.status_icons import status_icon as status_kind_icon
from app.ui.widgets.tables import pad_rows

# Results drawn with the wizard's one icon set (shape and symbol differ, not only the colour).
_KINDS = {
    "listed": StatusKind.BAD,
    "policy": StatusKind.WARNING,
    "not_listed": StatusKind.OK,
    "not_tested": StatusKind.UNKNOWN,
    "unsupported": StatusKind.INACTIVE,
    "cancelled": StatusKind.INACTIVE,
    "pending": StatusKind.PENDING,
}


def status_icon(status: str) -> QIcon:
    """The icon for a blacklist result status."""
    return status_kind_icon(_KINDS.get(status, StatusKind.UNKNOWN))


# -- the editable target list ----------------------------------------------------------------

COL_TARGET, COL_KIND, COL_ORIGIN = range(3)


class TargetsEditor(QWidget):
    """The targets to check: a table (target, kind, where it came from) and the buttons to
    look them up from the domain, add an address, paste a bounce, and remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._targets: list[Target] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        pad_rows(self.table)  # where an address was found wraps onto several lines
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TARGET, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ORIGIN, QHeaderView.ResizeMode.Stretch)
        # The stretched column gets its width only after the rows were first measured (at
        # its old, narrow width: rows far too tall); measure them again when it changes. Once
        # the resize is over: while Qt announces it, the column still has its old width (rows
        # measured then were too tall, or cut off when the window was made narrower).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_rows)
        header.sectionResized.connect(
            lambda column, _old, _new: self._refit.start() if column == COL_ORIGIN else None
        )
        self.lookup_button = QPushButton(self)
        self.paste_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        # Several addresses may be pasted at once (comma, space or one per line).
        self.add_field = CheckedField(parse_targets, parent=self)
        self.add_button = QPushButton(self)
        self.notes = wrapped_label(self)
        self.notes.hide()

        buttons = QVBoxLayout()
        buttons.addWidget(self.lookup_button)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_field, 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(add_row)
        layout.addWidget(self.notes)

        self.add_button.clicked.connect(self.add_from_field)
        self.add_field.edit.returnPressed.connect(self.add_from_field)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        """Set the texts."""
        self.table.setHorizontalHeaderLabels(
            [self.tr("Address or domain"), self.tr("Kind"), self.tr("Found in")]
        )
        self.table.setAccessibleName(self.tr("Addresses and domains to check"))
        self.lookup_button.setText(self.tr("&Look up from the domain"))
        self.lookup_button.setToolTip(
            self.tr("Find the addresses of your mail servers (MX), your domain and its SPF record")
        )
        self.paste_button.setText(self.tr("From a bounced &mail…"))
        self.remove_button.setText(self.tr("R&emove"))
        self.add_button.setText(self.tr("&Add"))
        self.add_field.edit.setPlaceholderText(
            self.tr("Add IP addresses or domains, e.g. 203.0.113.25, 198.51.100.7")
        )
        self.add_field.set_accessible_name(self.tr("IP address or domain to add"))
        self._refresh()

    # -- data ---------------------------------------------------------------------------------

    def targets(self) -> list[Target]:
        """The targets in table order."""
        return list(self._targets)

    def set_targets(self, targets: list[Target] | tuple[Target, ...]) -> None:
        """Replace the list."""
        self._targets = list(merge_targets(list(targets)))
        self._refresh()
        self.changed.emit()

    def add_targets(self, targets: list[Target] | tuple[Target, ...]) -> int:
        """Add targets (duplicates merged); returns how many were new."""
        before = len(self._targets)
        self._targets = list(merge_targets(self._targets, list(targets)))
        self._refresh()
        self.changed.emit()
        return len(self._targets) - before

    def add_from_field(self) -> None:
        """Add what is typed in the field (its message explains a mistake)."""
        if not self.add_field.text().strip():
            return
        if not self.add_field.validate():
            return
        targets = self.add_field.value
        if isinstance(targets, tuple) and targets:
            self.add_targets(targets)
            self.add_field.set_text("")

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            if 0 <= row < len(self._targets):
                del self._targets[row]
        self._refresh()
        self.changed.emit()

    def show_notes(self, lines: list[str]) -> None:
        """Show what the last lookup found or could not find (empty: hide)."""
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))

    def _refresh(self) -> None:
        self.table.setRowCount(len(self._targets))
        for row, target in enumerate(self._targets):
            kind = self.tr("IP address") if target.kind is TargetKind.IP else self.tr("Domain")
            origins = self.tr(", ").join(msg_text(o.describe()) for o in target.origins)
            for column, text in (
                (COL_TARGET, target.label),
                (COL_KIND, kind),
                (COL_ORIGIN, origins),
            ):
                item = QTableWidgetItem(text)
                if column == COL_TARGET and target.display and target.display != target.value:
                    item.setToolTip(target.value)
                self.table.setItem(row, column, item)
        self._fit_rows()
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text, the table as tall as its rows (up to five)."""
        self.table.resizeRowsToContents()
        # As tall as its rows (up to five), so the results below stay in view.
        rows = sum(self.table.rowHeight(r) for r in range(min(len(self._targets), 5)))
        height = (
            self.table.horizontalHeader().height() + max(rows, 48) + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height + 4)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))


# -- the bounce dialog -----------------------------------------------------------------------


class ReceivedDialog(QDialog):
    """Paste a bounced mail (or its headers); the sending addresses found are offered with a
    reason for each one that is skipped."""

    def __init__(self, own_names: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.own_names = own_names
        self.extraction: ReceivedExtraction | None = None
        self.intro = wrapped_label(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.read_button = QPushButton(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.found = QTableWidget(0, 3, self)
        self.found.verticalHeader().setVisible(False)
        self.found.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the OK button (keyboard users were trapped in it); the
        # arrows move between rows and Space ticks or unticks an address.
        self.found.setTabKeyNavigation(False)
        header = self.found.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.buttons)
        self.read_button.clicked.connect(self.read)
        self.text.textChanged.connect(self._text_changed)
        # The button says what it does: the ticked addresses go into the list of targets.
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Addresses from a bounced mail"))
        self.intro.setText(
            self.tr(
                "Open the returned mail (“Undelivered Mail Returned to Sender”, "
                "「配信不能」 and similar), show its full text or source, and paste it here. The "
                "addresses your mail was sent from are taken from its Received lines. Nothing is "
                "sent anywhere."
            )
        )
        self.text.setPlaceholderText(self.tr("Paste the whole bounced mail here"))
        self.text.setAccessibleName(self.tr("Bounced mail text"))
        self.read_button.setText(self.tr("&Read the addresses"))
        self.add_button.setText(self.tr("&Add the ticked addresses"))
        self.found.setHorizontalHeaderLabels([self.tr("Address"), self.tr("From"), self.tr("Use")])
        self.found.setAccessibleName(self.tr("Addresses found in the bounced mail"))
        self.resize(fitted_size(self, 720, 560))  # 560 px did not fit a laptop at 125 %

    def read(self) -> None:
        """Extract the addresses from the pasted text (the text stays as pasted)."""
        try:
            self.extraction = extract_received_ips(self.text.toPlainText(), self.own_names)
        except InputError as error:
            self.problem.setText("⚠ " + msg_text(error.message))
            self.problem.show()
            self.extraction = None
            self.found.setRowCount(0)
            return
        self.problem.hide()
        hops = self.extraction.hops
        if not hops:
            self.problem.setText(
                "⚠ "
                + self.tr(
                    "No Received lines with an address were found. Paste the complete mail "
                    "including its header lines."
                )
            )
            self.problem.show()
        self.found.setRowCount(len(hops))
        for row, hop in enumerate(reversed(hops)):  # newest first, as in the mail
            address = QTableWidgetItem(hop.address)
            if hop.skipped is None:
                address.setFlags(address.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                address.setCheckState(Qt.CheckState.Checked)
                use = (
                    self.tr("Most likely the address your mail left from")
                    if hop.likely_sender
                    else self.tr("Will be checked")
                )
            else:
                address.setFlags(Qt.ItemFlag.ItemIsEnabled)
                reason = SKIP_REASONS.get(hop.skipped)
                use = self.tr("Skipped: {reason}").format(
                    reason=msg_text(reason) if reason else hop.skipped
                )
            address.setData(Qt.ItemDataRole.UserRole, hop.address)
            self.found.setItem(row, 0, address)
            self.found.setItem(row, 1, QTableWidgetItem(hop.from_name))
            self.found.setItem(row, 2, QTableWidgetItem(use))

    def _text_changed(self) -> None:
        # The addresses read belong to the text as it was: an owner who pasted another bounce
        # over the first and pressed Add got the first mail's addresses, shown in the list as
        # if they came from the new one. Add reads the new text again.
        if self.extraction is None and not self.found.rowCount() and self.problem.isHidden():
            return
        self.extraction = None
        self.found.setRowCount(0)
        self.problem.hide()

    def selected_targets(self) -> list[Target]:
        """The checked addresses as targets."""
        if self.extraction is None:
            return []
        chosen = set()
        for row in range(self.found.rowCount()):
            item = self.found.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.add(item.data(Qt.ItemDataRole.UserRole))
        return [t for t in self.extraction.targets if t.value in chosen]

    def accept(self) -> None:
        """Add reads the text first when the user did not press Read. When the pasted text
        gave nothing to add, the dialog stays open with the explanation (closing would drop
        the paste and add nothing, without saying why)."""
        if self.extraction is None and self.text.toPlainText().strip():
            self.read()
        if self.text.toPlainText().strip() and not self.selected_targets():
            if not self.problem.isVisible():
                tickable = self.extraction is not None and any(
                    hop.skipped is None for hop in self.extraction.hops
                )
                self.problem.setText(
                    "⚠ "
                    + (
                        self.tr(
                            "No address is ticked, so nothing would be added. Tick the "
                            "addresses to check, or press Cancel."
                        )
                        if tickable
                        else self.tr(
                            "None of the addresses found can be checked (the reasons are in "
                            "the list). Press Cancel to close this window."
                        )
                    )
                )
                self.problem.show()
            return
        super().accept()


__all__ = ["ReceivedDialog", "TargetsEditor", "parse_target", "status_icon"]
