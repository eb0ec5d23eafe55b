"""Dialogs of page 3: adding or editing one mail account, and a readable list of messages."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.accounts import STATUS_LABELS, Account, AccountStatus, normalise_address
from app.core.errors import InputError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.normalize import (
    UNREADABLE_DATETIME,
    MailAddress,
    fold_width,
    normalize_email,
    parse_datetime,
)
from app.ui.i18n import msg_text
from app.ui.widgets.checked_field import CheckedField, tidy_on_leave
from app.ui.widgets.layout import wrapped_label

# Says what to do: the owner who typed an address already listed wants to change that entry.
DUPLICATE = QT_TRANSLATE_NOOP(
    "AccountDialog",
    "{address} is already in the list. To change its details, close this window, select "
    "{address} in the list and press “Edit”.",
)
UNREADABLE_DATE = QT_TRANSLATE_NOOP(
    "AccountDialog",
    "“{value}” is not a date we can read. Write it like 2026-11-16 or 2026年11月16日, or leave "
    "the field empty if you do not know it.",
)


def parse_changed_date(text: str) -> date:
    """A password change date as people write it (2026-11-16, 2026/11/16, 2026年11月16日)."""
    try:
        return parse_datetime(text).date()
    except InputError as error:
        # The general message asks for a time too, which this field does not want, and does
        # not say that the field may stay empty.
        if error.message.source == UNREADABLE_DATETIME.source:
            raise InputError(UNREADABLE_DATE.with_args(value=text.strip())) from None
        raise


def plain_label(text: str) -> str:
    """A label's text without mnemonic markers or trailing colon, for accessible names."""
    text = text.replace("&", "").strip().rstrip(":：").strip()
    return re.sub(r"[(（][A-Za-z][)）]$", "", text).strip()


class AccountDialog(QDialog):
    """Add an account (`account` None) or edit one; `taken` are the other accounts' addresses."""

    def __init__(
        self, account: Account | None, taken: Collection[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._original = account
        self._taken = {normalise_address(a) for a in taken}
        self.address = CheckedField(
            self._parse_address, required=True, describe=self._describe_address, parent=self
        )
        self.owner = QLineEdit(self)
        self.status = QComboBox(self)
        for status in AccountStatus:
            self.status.addItem(msg_text(STATUS_LABELS[status]), status.value)
        self.active = QCheckBox(self)
        self.changed = CheckedField(parse_changed_date, parent=self)
        self.forward = CheckedField(normalize_email, parent=self)
        # Shown as the hint says they are saved once the cursor leaves: typed full-width
        # (「ｔａｎａｋａ＠…」), the field looked like a mistake next to 「Saved as tanaka@…」.
        # Ctrl+Z brings back what was typed.
        tidy_on_leave(self.address.edit, fold_width)
        tidy_on_leave(self.forward.edit, fold_width)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.hint = wrapped_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.address_label = QLabel(self)
        self.owner_label = QLabel(self)
        self.status_label = QLabel(self)
        self.changed_label = QLabel(self)
        self.forward_label = QLabel(self)
        self.note_label = QLabel(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[QLabel, QWidget, QWidget]] = [
            (self.address_label, self.address, self.address.edit),
            (self.owner_label, self.owner, self.owner),
            (self.status_label, self.status, self.status),
            (self.changed_label, self.changed, self.changed.edit),
            (self.forward_label, self.forward, self.forward.edit),
            (self.note_label, self.note, self.note),
        ]
        for label, field, focus in rows:
            form.addRow(label, field)
            label.setBuddy(focus)
        form.addRow("", self.active)
        # Created next to the status but drawn under the note: Tab goes down the form.
        QWidget.setTabOrder(self.note, self.active)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        # A top-level window is never lower than the height its layout needs at its minimum
        # width, where a message under a field wraps to more lines: the height to spare went
        # into the fields, as gaps between each label and its field. It goes here instead.
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.address, self.changed, self.forward):
            # After the field's own check (connected first), which may show a message.
            field.edit.editingFinished.connect(self._fit_height)
            field.edit.textChanged.connect(self._fit_height)
        # The button says what it does (it was 「OK」): add the account, or keep the changes.
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.retranslate()
        self._fill(account)
        self._as_opened = self._entered()

    def retranslate(self) -> None:
        """Set every text."""
        editing = self._original is not None
        self.setWindowTitle(
            self.tr("Edit mail account") if editing else self.tr("Add mail account")
        )
        # Its mnemonic is none of the fields' (A, U, S, L, F, N, W).
        self.ok_button.setText(self.tr("Save &changes") if editing else self.tr("Add to the lis&t"))
        self.hint.setText(
            self.tr(
                "Enter what you know; only the address is required. Do not enter the password "
                "here: it is checked further down the page and never saved."
            )
        )
        self.address_label.setText(self.tr("Mail &address:"))
        self.address.edit.setPlaceholderText(self.tr("e.g. info@example.co.jp"))
        self.address.set_required_message(self.tr("Please enter the mail address."))
        self.owner_label.setText(self.tr("&Used by:"))
        self.owner.setPlaceholderText(
            self.tr("name of the person (for a shared address: who is responsible)")
        )
        self.status_label.setText(self.tr("&Status:"))
        self.changed_label.setText(self.tr("Password &last changed:"))
        self.changed.edit.setPlaceholderText(self.tr("e.g. 2026-11-16 (leave empty if unknown)"))
        self.forward_label.setText(self.tr("&Forward to:"))
        self.forward.edit.setPlaceholderText(self.tr("for staff who left: the successor's address"))
        self.note_label.setText(self.tr("&Note:"))
        # The note is printed in the report's account table (section 8), which goes to the
        # security vendor: the owner should know before writing something private there.
        self.note.setPlaceholderText(self.tr("printed in the report; never write a password here"))
        self.active.setText(self.tr("The account still &works (not deleted or disabled)"))
        for label, widget in (
            (self.owner_label, self.owner),
            (self.status_label, self.status),
            (self.note_label, self.note),
        ):
            widget.setAccessibleName(plain_label(label.text()))
        self.address.set_accessible_name(plain_label(self.address_label.text()))
        self.changed.set_accessible_name(plain_label(self.changed_label.text()))
        self.forward.set_accessible_name(plain_label(self.forward_label.text()))
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the longest example in a field (the English ones were cut off)."""
        edits = (self.address.edit, self.owner, self.changed.edit, self.forward.edit)
        longest = max(e.fontMetrics().horizontalAdvance(e.placeholderText()) for e in edits)
        labels = (
            self.address_label,
            self.owner_label,
            self.status_label,
            self.changed_label,
            self.forward_label,
            self.note_label,
        )
        label = max(label.sizeHint().width() for label in labels)
        # Room for the layout's margins and spacing and the fields' frames and padding.
        self.setMinimumWidth(max(520, label + longest + 64))

    def _fit_height(self, *_args: object) -> None:
        """Grow when a message appears under a field: the layout gave wrapped messages no more
        height than the dialog had, and their last line was cut off."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _fill(self, account: Account | None) -> None:
        account = account or Account(address="")
        self.address.set_text(account.address)
        self.owner.setText(account.owner)
        self.status.setCurrentIndex(max(0, self.status.findData(account.status.value)))
        self.active.setChecked(account.active)
        changed = account.password_changed_on
        self.changed.set_text(changed.isoformat() if changed else "")
        self.forward.set_text(account.forward_to)
        self.note.setPlainText(account.note)

    def _parse_address(self, text: str) -> MailAddress:
        value = normalize_email(text)
        if normalise_address(value.display) in self._taken:
            raise InputError(DUPLICATE.with_args(address=normalise_address(value.display)))
        return value

    def _describe_address(self, value: MailAddress) -> str:
        shown = normalise_address(value.display)
        if shown != self.address.text().strip():
            return self.tr("Saved as {address}.").format(address=shown)
        return ""

    def accept(self) -> None:
        """Close only when every field can be read; the first bad one gets the focus."""
        for field in (self.address, self.changed, self.forward):
            if not field.validate():
                self._fit_height()
                field.edit.setFocus()
                return
        super().accept()

    def _entered(self) -> tuple[object, ...]:
        """What the fields hold, to tell whether anything was changed (kept only in memory,
        for as long as the dialog is open; the dialog has no password field)."""
        return (
            self.address.text().strip(),
            self.owner.text().strip(),
            self.status.currentIndex(),
            self.active.isChecked(),
            self.changed.text().strip(),
            self.forward.text().strip(),
            self.note.toPlainText().strip(),
        )

    def has_changes(self) -> bool:
        """Whether anything differs from what the dialog opened with."""
        return self._entered() != self._as_opened

    def reject(self) -> None:
        """Escape, Cancel and the window's X: with something typed or changed, ask first (the
        default keeps editing); with nothing changed, close at once."""
        if self.has_changes() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        """True: the owner chose to discard what was entered."""
        # Imported here: QMessageBox is kept out of start-up.
        from PySide6.QtWidgets import QMessageBox

        from app.ui.message_box import exec_fitted

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Discard changes?"))
        if self._original is None:
            box.setText(self.tr("Close this window without adding the account?"))
        else:
            box.setText(self.tr("Close this window without saving your changes?"))
        box.setInformativeText(self.tr("What you entered in this window will be discarded."))
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(
            self.tr("&Discard and close"), QMessageBox.ButtonRole.DestructiveRole
        )
        # A stray Enter or Escape keeps what was typed.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        exec_fitted(box)
        return box.clickedButton() is discard

    def result_account(self) -> Account:
        """The account as entered (the latest verdict of an edited account is kept)."""
        address = self.address.value
        forward = self.forward.value
        status = AccountStatus(self.status.currentData())
        base = self._original or Account(address="")
        return replace(
            base,
            address=normalise_address(address.display) if address else base.address,
            owner=self.owner.text().strip(),
            status=status,
            active=self.active.isChecked(),
            password_changed_on=self.changed.value,
            forward_to=normalise_address(forward.display) if forward else "",
            note=self.note.toPlainText().strip(),
        )


class OwnerDialog(QDialog):
    """Who uses `count` selected accounts: one name for all of them (empty: nobody named)."""

    def __init__(
        self,
        count: int,
        current: str,
        known: Collection[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._count = count
        self.hint = wrapped_label(self)
        self.owner_label = QLabel(self)
        self.owner = QLineEdit(self)
        self.owner.setText(current)
        self.owner.selectAll()
        # The names already on the list, so that 「山田 太郎」 is not typed in three spellings.
        completer = QCompleter(sorted(known), self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        self.owner_label.setBuddy(self.owner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.owner_label, self.owner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        # As tall as the wrapped hint needs at the dialog's width (measured at the layout's
        # narrower preferred width, it left gaps between the rows).
        self.adjustSize()
        if layout.hasHeightForWidth():
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def retranslate(self) -> None:
        """Set every text."""
        self.setWindowTitle(self.tr("Who uses the selected accounts"))
        self.hint.setText(
            self.tr(
                "The name is set for all {count} selected accounts; for a shared address, name "
                "the person responsible. Leave it empty if nobody is known yet."
            ).format(count=self._count)
        )
        self.owner_label.setText(self.tr("&Used by:"))
        self.owner.setAccessibleName(plain_label(self.owner_label.text()))
        self.owner.setPlaceholderText(self.tr("name of the person"))
        self.ok_button.setText(self.tr("&Set for all"))

    def owner_text(self) -> str:
        """The name as entered, without surrounding spaces."""
        return self.owner.text().strip()


class MessageListDialog(QDialog):
    """A summary line and a list of messages (one per line, selectable), with an OK button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = wrapped_label(self)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setMinimumHeight(160)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def show_messages(self, title: str, summary: str, lines: list[str], details_name: str) -> None:
        """Fill the dialog; the list is hidden when there are no lines, and the dialog is then
        only as tall as its text (a lone sentence floated in the middle of a tall window)."""
        self.setWindowTitle(title)
        self.summary.setText(summary)
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.details.setAccessibleName(details_name)
        self.setMinimumHeight(320 if lines else 0)
        self.adjustSize()
        # adjustSize measures the wrapped summary at the layout's preferred width, far
        # narrower than the dialog's minimum: a two-line reason was given room for five, and
        # floated in the middle. Measured again at the width the dialog really has.
        layout = self.layout()
        if not lines and layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def text(self) -> str:
        """Everything the dialog says (for tests and screen readers)."""
        return self.summary.text() + "\n" + self.details.toPlainText()
