"""Page 1 状況の確認: the company, its mail system and the facts of the incident."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.case import Case, HowNoticed
from app.core.errors import InputError
from app.core.normalize import (
    CountReading,
    DomainName,
    MailAddress,
    complete_address,
    fold_width,
    format_jst,
    normalize_domain,
    normalize_email,
    normalize_latin_name,
    normalize_phone,
    read_count,
    website_domain_suggestion,
)
from app.core.providers import OTHER, providers
from app.ui.i18n import msg_text
from app.ui.pages.base import BasePage
from app.ui.qt_enums import CLICK_FOCUS, STRONG_FOCUS, set_enum_property
from app.ui.widgets.checked_field import (
    ERROR_STYLE,
    CheckedField,
    DateTimeField,
    tidy_on_leave,
    tidy_text_on_leave,
)
from app.ui.widgets.layout import page_layout, wrapped_label
from app.ui.widgets.timeline_editor import TimelineEditor


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    # At large font sizes the labels move above their fields instead of squeezing them.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class SituationPage(BasePage):
    """Company, contact, domain, provider, how and when it was noticed, accounts, volume, timeline."""

    key = "situation"

    def build(self) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self._accounts_ok = True
        self.intro = wrapped_label(content)
        layout.addWidget(self.intro)

        # -- company ------------------------------------------------------------------------
        self.company_box = QGroupBox(content)
        form = _form(self.company_box)
        self.company = QLineEdit(self.company_box)
        # The names in Latin letters go into the English delisting requests (page 2): the
        # list's staff abroad cannot read 株式会社やまだ商店.
        self.company_latin = QLineEdit(self.company_box)
        tidy_on_leave(self.company_latin, normalize_latin_name)
        self.contact_name = QLineEdit(self.company_box)
        self.contact_name_latin = QLineEdit(self.company_box)
        tidy_on_leave(self.contact_name_latin, normalize_latin_name)
        self.contact_department = QLineEdit(self.company_box)
        self.contact_email = CheckedField(normalize_email, parent=self.company_box)
        self.contact_phone = QLineEdit(self.company_box)
        tidy_on_leave(self.contact_phone, normalize_phone)
        # The page promises that full-width addresses are made half-width: shown as typed,
        # 「ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ」 looked like a mistake the owner had to fix.
        tidy_on_leave(self.contact_email.edit, fold_width)
        self.company_label = QLabel(self.company_box)
        self.company_latin_label = QLabel(self.company_box)
        self.contact_name_label = QLabel(self.company_box)
        self.contact_name_latin_label = QLabel(self.company_box)
        self.contact_department_label = QLabel(self.company_box)
        self.contact_email_label = QLabel(self.company_box)
        self.contact_phone_label = QLabel(self.company_box)
        form.addRow(self.company_label, self.company)
        form.addRow(self.company_latin_label, self.company_latin)
        form.addRow(self.contact_name_label, self.contact_name)
        form.addRow(self.contact_name_latin_label, self.contact_name_latin)
        form.addRow(self.contact_department_label, self.contact_department)
        form.addRow(self.contact_email_label, self.contact_email)
        form.addRow(self.contact_phone_label, self.contact_phone)
        layout.addWidget(self.company_box)

        # -- mail system --------------------------------------------------------------------
        self.system_box = QGroupBox(content)
        form = _form(self.system_box)
        self.domain = CheckedField(
            normalize_domain, required=True, describe=self._describe_domain, parent=self.system_box
        )
        tidy_on_leave(self.domain.edit, fold_width)
        # A website address (https://www.…) is accepted as typed, but the owner is asked
        # whether the mail domain is meant; created here so Tab reaches the button next.
        self.domain_suggestion = QWidget(self.system_box)
        self.domain_suggestion_text = QLabel(self.domain_suggestion)
        self.domain_suggestion_text.setWordWrap(True)
        self.domain_suggestion_button = QPushButton(self.domain_suggestion)
        self.domain_suggestion_button.setAutoDefault(False)
        suggestion_row = QHBoxLayout(self.domain_suggestion)
        suggestion_row.setContentsMargins(0, 0, 0, 0)
        suggestion_row.addWidget(self.domain_suggestion_text, 1)
        suggestion_row.addWidget(self.domain_suggestion_button)
        self.domain_suggestion.hide()
        self._suggested_domain: DomainName | None = None
        domain_column = QVBoxLayout()
        domain_column.setContentsMargins(0, 0, 0, 0)
        domain_column.setSpacing(4)
        domain_column.addWidget(self.domain)
        domain_column.addWidget(self.domain_suggestion)
        domain_holder = QWidget(self.system_box)
        domain_holder.setLayout(domain_column)
        self.provider = QComboBox(self.system_box)
        self.provider_other = QLineEdit(self.system_box)
        self.server_name = QLineEdit(self.system_box)
        self.administrator = QLineEdit(self.system_box)
        self.domain_label = QLabel(self.system_box)
        self.provider_label = QLabel(self.system_box)
        self.provider_other_label = QLabel(self.system_box)
        self.server_name_label = QLabel(self.system_box)
        self.administrator_label = QLabel(self.system_box)
        form.addRow(self.domain_label, domain_holder)
        form.addRow(self.provider_label, self.provider)
        form.addRow(self.provider_other_label, self.provider_other)
        form.addRow(self.server_name_label, self.server_name)
        form.addRow(self.administrator_label, self.administrator)
        self._system_form = form
        layout.addWidget(self.system_box)

        # -- incident -------------------------------------------------------------------------
        self.incident_box = QGroupBox(content)
        form = _form(self.incident_box)
        self.noticed_at = DateTimeField(parent=self.incident_box)
        self.how_noticed = QComboBox(self.incident_box)
        self.how_detail = QPlainTextEdit(self.incident_box)
        self.how_detail.setTabChangesFocus(True)
        self.how_detail.setMinimumHeight(90)
        self.accounts = QPlainTextEdit(self.incident_box)
        self.accounts.setTabChangesFocus(True)
        self.accounts.setMaximumHeight(90)
        # Stored half-width (the page promises it); shown so too once the cursor leaves, with
        # a bare mailbox name ("info", as the owner calls it) completed with the domain.
        tidy_text_on_leave(self.accounts, self._tidy_accounts)
        self.accounts_problems = QLabel(self.incident_box)
        self.accounts_problems.setWordWrap(True)
        self.accounts_problems.setStyleSheet(ERROR_STYLE)
        self.accounts_problems.hide()
        accounts_column = QVBoxLayout()
        accounts_column.setContentsMargins(0, 0, 0, 0)
        accounts_column.addWidget(self.accounts)
        accounts_column.addWidget(self.accounts_problems)
        accounts_holder = QWidget(self.incident_box)
        accounts_holder.setLayout(accounts_column)
        self.volume = CheckedField(
            read_count, describe=self._describe_volume, parent=self.incident_box
        )
        self.volume_counted = QRadioButton(self.incident_box)
        self.volume_estimated = QRadioButton(self.incident_box)
        self.volume_kind = QButtonGroup(self)
        self.volume_kind.addButton(self.volume_counted)
        self.volume_kind.addButton(self.volume_estimated)
        self.volume_estimated.setChecked(True)
        # Tab goes to the checked choice of a radio group, the arrows to the others. Qt only
        # sorts that out once a choice has had the focus: until then Tab went to 「ログで数えた」
        # (first in the focus chain), unchecked, and left the group without 「推定」.
        self.volume_kind.buttonToggled.connect(self._tab_to_checked_kind)
        self._tab_to_checked_kind()
        volume_row = QHBoxLayout()
        volume_row.setContentsMargins(0, 0, 0, 0)
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_estimated)
        volume_row.addWidget(self.volume_counted)
        volume_holder = QWidget(self.incident_box)
        volume_holder.setLayout(volume_row)
        self.noticed_at_label = QLabel(self.incident_box)
        self.how_noticed_label = QLabel(self.incident_box)
        self.how_detail_label = QLabel(self.incident_box)
        self.accounts_label = QLabel(self.incident_box)
        self.volume_label = QLabel(self.incident_box)
        form.addRow(self.noticed_at_label, self.noticed_at)
        form.addRow(self.how_noticed_label, self.how_noticed)
        form.addRow(self.how_detail_label, self.how_detail)
        form.addRow(self.accounts_label, accounts_holder)
        form.addRow(self.volume_label, volume_holder)
        layout.addWidget(self.incident_box)

        # -- timeline -------------------------------------------------------------------------
        self.timeline_box = QGroupBox(content)
        timeline_layout = QVBoxLayout(self.timeline_box)
        self.timeline_hint = wrapped_label(self.timeline_box)
        self.timeline = TimelineEditor(self.timeline_box)
        timeline_layout.addWidget(self.timeline_hint)
        timeline_layout.addWidget(self.timeline)
        layout.addWidget(self.timeline_box)
        layout.addStretch(1)
        page_layout(self, content)

        for label, widget in (
            (self.company_label, self.company),
            (self.company_latin_label, self.company_latin),
            (self.contact_name_label, self.contact_name),
            (self.contact_name_latin_label, self.contact_name_latin),
            (self.contact_department_label, self.contact_department),
            (self.contact_email_label, self.contact_email),
            (self.contact_phone_label, self.contact_phone),
            (self.domain_label, self.domain),
            (self.provider_label, self.provider),
            (self.provider_other_label, self.provider_other),
            (self.server_name_label, self.server_name),
            (self.administrator_label, self.administrator),
            (self.noticed_at_label, self.noticed_at),
            (self.how_noticed_label, self.how_noticed),
            (self.how_detail_label, self.how_detail),
            (self.accounts_label, self.accounts),
            (self.volume_label, self.volume),
        ):
            # A checked field is a container; its line edit is what takes the focus.
            label.setBuddy(widget.edit if isinstance(widget, CheckedField) else widget)

        self.domain.validity_changed.connect(lambda _ok: self.completeChanged.emit())
        self.domain.edit.textChanged.connect(self._update_domain_suggestion)
        self.domain_suggestion_button.clicked.connect(self._accept_domain_suggestion)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.accounts.textChanged.connect(lambda: self._check_accounts(show=False))

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Situation"))
        self.setSubTitle(
            self.tr(
                "Tell us about your company and what happened. Fill in what you know; you can "
                "come back and add more later. Only the domain is required."
            )
        )
        self.intro.setText(
            self.tr(
                "Full-width characters are fine: addresses and numbers are converted "
                "automatically. Dates can be written like 2026-11-16 09:40 or 2026年11月16日 9時40分."
            )
        )
        self.company_box.setTitle(self.tr("Company and contact person"))
        self.company_label.setText(self.tr("&Company name:"))
        # No mnemonic for the two Latin-name fields: every letter of their labels is taken on
        # this page; Tab reaches each right after the name it spells.
        self.company_latin_label.setText(self.tr("Company name in Latin letters:"))
        self.company_latin.setPlaceholderText(
            self.tr("e.g. Yamada Shoten Co., Ltd. (for the English delisting requests)")
        )
        self.contact_name_label.setText(self.tr("Contact &person:"))
        self.contact_name_latin_label.setText(self.tr("Contact person in Latin letters:"))
        self.contact_name_latin.setPlaceholderText(self.tr("e.g. Taro Yamada"))
        self.contact_department_label.setText(self.tr("Depart&ment / title:"))
        self.contact_email_label.setText(self.tr("Contact &e-mail:"))
        self.contact_phone_label.setText(self.tr("P&hone:"))
        self.system_box.setTitle(self.tr("Your mail system"))
        self.domain_label.setText(self.tr("&Domain name (required):"))
        self.domain.edit.setPlaceholderText(self.tr("e.g. example.co.jp"))
        self.domain.set_required_message(
            self.tr("Please enter your domain: the part after @ in your mail address.")
        )
        self._update_domain_suggestion()
        self.provider_label.setText(self.tr("Hosting compan&y:"))
        # &F, not &V: "Remo&ve selected rows" of the timeline needs the V (every letter of
        # "Remove" and "Delete" is taken on this page); Finish is never shown on page 1.
        self.provider_other_label.setText(self.tr("Name o&f the provider:"))
        self.server_name_label.setText(self.tr("&Server name (if known):"))
        self.server_name.setPlaceholderText(
            self.tr("e.g. sv1234.xserver.jp, from the control panel")
        )
        self.administrator_label.setText(self.tr("Server &administrator:"))
        self.administrator.setPlaceholderText(
            self.tr("who looks after the server and mail accounts")
        )
        self.incident_box.setTitle(self.tr("What happened"))
        self.noticed_at_label.setText(self.tr("Noticed &on:"))
        self.noticed_at.edit.setPlaceholderText(self.tr("e.g. 2026-11-16 09:40"))
        self.how_noticed_label.setText(self.tr("Ho&w it was noticed:"))
        self.how_detail_label.setText(self.tr("Wha&t you noticed:"))
        self.how_detail.setPlaceholderText(
            self.tr("In your own words: what you saw, who told you, what you checked.")
        )
        self.accounts_label.setText(self.tr("Misused mail acco&unts:"))
        self.accounts.setPlaceholderText(
            self.tr(
                "One address per line, e.g. info@example.co.jp (or only info: the domain above "
                "is added)"
            )
        )
        self.volume_label.setText(self.tr("Spam sent (number of ma&ils):"))
        self.volume.edit.setPlaceholderText(self.tr("e.g. 300000 or 30万"))
        self.volume_estimated.setText(self.tr("Rough estimate"))
        self.volume_counted.setText(self.tr("Counted from &logs"))
        self.timeline_box.setTitle(self.tr("Timeline of events and actions taken"))
        self.timeline_hint.setText(
            self.tr(
                "List what happened and what was done, with the time (Japan time). Vendors need "
                "times to match events with server logs."
            )
        )
        self.timeline.retranslate()
        for label, widget in (
            (self.company_label, self.company),
            (self.company_latin_label, self.company_latin),
            (self.contact_name_label, self.contact_name),
            (self.contact_name_latin_label, self.contact_name_latin),
            (self.contact_department_label, self.contact_department),
            (self.contact_phone_label, self.contact_phone),
            (self.provider_label, self.provider),
            (self.provider_other_label, self.provider_other),
            (self.server_name_label, self.server_name),
            (self.administrator_label, self.administrator),
            (self.how_noticed_label, self.how_noticed),
            (self.how_detail_label, self.how_detail),
            (self.accounts_label, self.accounts),
        ):
            widget.setAccessibleName(_plain(label.text()))
        self.contact_email.set_accessible_name(_plain(self.contact_email_label.text()))
        self.domain.set_accessible_name(_plain(self.domain_label.text()))
        self.noticed_at.set_accessible_name(_plain(self.noticed_at_label.text()))
        self.volume.set_accessible_name(_plain(self.volume_label.text()))
        self.volume_group_names()
        self._fill_combos()
        self._align_label_columns()

    def _align_label_columns(self) -> None:
        """One label width for the three forms, so their fields start at the same place."""
        labels = [
            self.company_label,
            self.company_latin_label,
            self.contact_name_label,
            self.contact_name_latin_label,
            self.contact_department_label,
            self.contact_email_label,
            self.contact_phone_label,
            self.domain_label,
            self.provider_label,
            self.provider_other_label,
            self.server_name_label,
            self.administrator_label,
            self.noticed_at_label,
            self.how_noticed_label,
            self.how_detail_label,
            self.accounts_label,
            self.volume_label,
        ]
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def volume_group_names(self) -> None:
        """Accessible names of the counted/estimated choice."""
        self.volume_estimated.setAccessibleName(self.tr("The number is an estimate"))
        self.volume_counted.setAccessibleName(self.tr("The number was counted from logs"))

    def _how_noticed_names(self) -> dict[HowNoticed, str]:
        return {
            HowNoticed.LOGIN_FAILED: self.tr("Could not log in (FTP, control panel, mail)"),
            HowNoticed.BOUNCES: self.tr("Many “undeliverable” mails came back"),
            HowNoticed.MAIL_NOT_DELIVERED: self.tr("Customers said our mail does not arrive"),
            HowNoticed.CUSTOMER_REPORT: self.tr("Customers received spam from our address"),
            HowNoticed.PROVIDER_NOTICE: self.tr("The hosting company warned us or stopped mail"),
            HowNoticed.BLACKLIST_CHECK: self.tr("A blacklist check showed a listing"),
            HowNoticed.SECURITY_VENDOR: self.tr("A security vendor or consultant found it"),
            HowNoticed.OTHER: self.tr("Other"),
        }

    def _fill_combos(self) -> None:
        lang = self.mamori.languages.language
        current_provider = self.provider.currentData()
        self.provider.blockSignals(True)
        self.provider.clear()
        self.provider.addItem(self.tr("(please choose)"), "")
        for provider in providers():
            self.provider.addItem(provider.name(lang), provider.id)
        self.provider.setCurrentIndex(max(self.provider.findData(current_provider or ""), 0))
        self.provider.blockSignals(False)
        self._provider_changed()

        current_how = self.how_noticed.currentData()
        self.how_noticed.clear()
        self.how_noticed.addItem(self.tr("(please choose)"), "")
        for value, name in self._how_noticed_names().items():
            self.how_noticed.addItem(name, value.value)
        self.how_noticed.setCurrentIndex(max(self.how_noticed.findData(current_how or ""), 0))

    def _provider_changed(self, *_args: object) -> None:
        other = self.provider.currentData() == OTHER
        self._system_form.setRowVisible(self.provider_other, other)

    def _describe_domain(self, value: DomainName) -> str:
        if value.ascii != value.unicode:
            return self.tr("Checked as {ascii} (the form DNS uses).").format(ascii=value.ascii)
        return ""

    def _update_domain_suggestion(self, *_args: object) -> None:
        suggestion = website_domain_suggestion(self.domain.text())
        self._suggested_domain = suggestion
        if suggestion is None:
            self.domain_suggestion.hide()
            return
        self.domain_suggestion_text.setText(
            "ⓘ "
            + self.tr(
                "This looks like a website address. Is the part after @ in your mail "
                "addresses {domain}?"
            ).format(domain=suggestion.unicode)
        )
        self.domain_suggestion_button.setText(
            self.tr("Use {domain}").format(domain=suggestion.unicode)
        )
        self.domain_suggestion_button.setAccessibleName(
            self.tr("Use {domain} as the domain").format(domain=suggestion.unicode)
        )
        self.domain_suggestion.show()

    def _accept_domain_suggestion(self) -> None:
        if self._suggested_domain is None:
            return
        self.domain.set_text(self._suggested_domain.unicode)
        self.domain.edit.setFocus()

    def _tab_to_checked_kind(self, *_args: object) -> None:
        for button in self.volume_kind.buttons():
            policy = STRONG_FOCUS if button.isChecked() else CLICK_FOCUS
            set_enum_property(button, "focusPolicy", policy)

    def _describe_volume(self, value: object) -> str:
        if not isinstance(value, CountReading):
            return ""
        if value.value is None:
            return self.tr("Recorded as unknown.")
        count = f"{value.value:,}"
        if value.upper is not None:
            return self.tr(
                "Read as {count} to {upper} mails: the lower number, {count}, is recorded. "
                "Your own words are kept for the report too."
            ).format(count=count, upper=f"{value.upper:,}")
        if value.at_least:
            return self.tr(
                "Read as at least {count} mails. Your own words are kept for the report too."
            ).format(count=count)
        if value.approximate:
            return self.tr("Read as about {count} mails.").format(count=count)
        if str(value.value) != self.volume.text().strip():
            return self.tr("Read as {count} mails.").format(count=count)
        return ""

    # -- validation -----------------------------------------------------------------------------

    def _mail_domain(self) -> str:
        """The domain typed above, when it can be read ("" otherwise)."""
        if self.domain.text().strip() and self.domain.validate(show=False):
            value = self.domain.value
            return value.unicode if isinstance(value, DomainName) else ""
        return ""

    def _tidy_accounts(self, text: str) -> str:
        domain = self._mail_domain()
        return "\n".join(
            complete_address(fold_width(line), domain) if line.strip() else fold_width(line)
            for line in text.split("\n")
        )

    def _account_lines(self) -> list[tuple[int, str]]:
        domain = self._mail_domain()
        return [
            (number, complete_address(line.strip(), domain))
            for number, line in enumerate(self.accounts.toPlainText().splitlines(), start=1)
            if line.strip()
        ]

    def _check_accounts(self, show: bool = True) -> list[MailAddress]:
        good: list[MailAddress] = []
        problems = []
        for number, line in self._account_lines():
            try:
                good.append(normalize_email(line))
            except InputError as error:
                problems.append(
                    self.tr("Line {line}: {problem}").format(
                        line=number, problem=msg_text(error.message)
                    )
                )
        if show or not problems:
            self.accounts_problems.setText("\n".join("⚠ " + p for p in problems))
            self.accounts_problems.setVisible(bool(problems))
        self._accounts_ok = not problems
        return good

    def isComplete(self) -> bool:
        return self.domain.is_valid()

    def validatePage(self) -> bool:
        fields = [self.domain, self.contact_email, self.noticed_at, self.volume]
        ok = True
        first_bad: QWidget | None = None
        for field in fields:
            if not field.validate() and first_bad is None:
                first_bad = field
                ok = False
        self._check_accounts(show=True)
        if not self._accounts_ok:
            ok = False
            first_bad = first_bad or self.accounts
        if not self.timeline.validate():
            ok = False
            if first_bad is None:
                first_bad = self.timeline.table
                row = self.timeline.first_problem_row()
                if row is not None:
                    self.timeline.table.setCurrentCell(row, 0)
        if first_bad is not None:
            first_bad.setFocus()
        return ok

    def _checked_fields(self) -> list[CheckedField]:
        return [self.contact_email, self.domain, self.noticed_at, self.volume]

    def unsaved_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [
            field.edit
            for field in self._checked_fields()
            if field.text().strip() and not field.validate(show=False)
        ]
        self._check_accounts(show=False)
        if not self._accounts_ok:
            widgets.append(self.accounts)
        if self.timeline.first_problem_row() is not None:
            widgets.append(self.timeline.table)
        return widgets

    def show_unsaved_input(self) -> None:
        for field in self._checked_fields():
            if field.text().strip():
                field.validate()
        self._check_accounts(show=True)
        self.timeline.validate()
        row = self.timeline.first_problem_row()
        if row is not None:
            self.timeline.table.setCurrentCell(row, 0)
        super().show_unsaved_input()

    # -- case -------------------------------------------------------------------------------

    def screenshot_states(self) -> list[tuple[str, Callable[[], None]]]:
        """For `make screenshots`: the timeline at the foot of the page."""
        area = self.findChild(QScrollArea)
        if area is None:
            return []
        return [("timeline", lambda: area.ensureWidgetVisible(self.timeline_box, 0, 0))]

    def load_case(self, case: Case) -> None:
        org, incident = case.organisation, case.incident
        self.company.setText(org.company)
        self.company_latin.setText(org.company_latin)
        self.contact_name.setText(org.contact.name)
        self.contact_name_latin.setText(org.contact.name_latin)
        self.contact_department.setText(org.contact.department)
        self.contact_email.set_text(org.contact.email)
        self.contact_phone.setText(org.contact.phone)
        self.domain.set_text(org.domain)
        self.provider.setCurrentIndex(max(self.provider.findData(org.provider), 0))
        self.provider_other.setText(org.provider_other)
        self.server_name.setText(org.server_name)
        self.administrator.setText(org.administrator)
        self.noticed_at.set_text(format_jst(incident.noticed_at) if incident.noticed_at else "")
        how = incident.how_noticed.value if incident.how_noticed else ""
        self.how_noticed.setCurrentIndex(max(self.how_noticed.findData(how), 0))
        self.how_detail.setPlainText(incident.how_noticed_detail)
        self.accounts.setPlainText("\n".join(incident.affected_accounts))
        self.volume.set_text(_volume_shown(incident.spam_volume, incident.spam_volume_text))
        (self.volume_counted if incident.spam_volume_counted else self.volume_estimated).setChecked(
            True
        )
        self.timeline.set_entries(incident.timeline)
        self._check_accounts(show=False)
        self.completeChanged.emit()

    def store_case(self, case: Case) -> None:
        org, incident = case.organisation, case.incident
        org.company = self.company.text().strip()
        org.company_latin = normalize_latin_name(self.company_latin.text())
        org.contact.name = self.contact_name.text().strip()
        org.contact.name_latin = normalize_latin_name(self.contact_name_latin.text())
        org.contact.department = self.contact_department.text().strip()
        if self.contact_email.validate(show=False):
            value = self.contact_email.value
            org.contact.email = value.display if value else ""
        org.contact.phone = normalize_phone(self.contact_phone.text())
        if self.domain.validate(show=False) and self.domain.value is not None:
            org.domain = self.domain.value.unicode
            org.domain_ascii = self.domain.value.ascii
        org.provider = self.provider.currentData() or ""
        org.provider_other = self.provider_other.text().strip() if org.provider == OTHER else ""
        org.server_name = self.server_name.text().strip()
        org.administrator = self.administrator.text().strip()
        if self.noticed_at.validate(show=False):
            incident.noticed_at = self.noticed_at.value
        how = self.how_noticed.currentData()
        incident.how_noticed = HowNoticed(how) if how else None
        incident.how_noticed_detail = self.how_detail.toPlainText().strip()
        # The lines that can be read are kept even while another line has a mistake; the
        # mistaken ones stay in the field (and the wizard asks before closing).
        incident.affected_accounts = [a.display for a in self._check_accounts(show=False)]
        if self.volume.validate(show=False):
            reading = self.volume.value
            incident.spam_volume = reading.value if reading is not None else None
            # The owner's words (数十万通) go to the report with the number read from them;
            # a number written in digits says nothing more.
            typed = self.volume.text().strip()
            keep = reading is not None and not reading.exact_digits
            incident.spam_volume_text = typed if keep else ""
        incident.spam_volume_counted = self.volume_counted.isChecked()
        if self.timeline.validate():
            incident.timeline = self.timeline.entries()
        else:
            # Keep the rows that can be read; the others stay in the table until fixed.
            readable = self.timeline.entries()
            if readable:
                incident.timeline = readable


def _volume_shown(volume: int | None, wording: str) -> str:
    """The owner's wording when it still reads as the stored number, else the number."""
    if wording:
        try:
            reading = read_count(wording)
        except InputError:
            reading = None
        if reading is not None and reading.value == volume:
            return wording
    return f"{volume}" if volume is not None else ""


def _plain(label_text: str) -> str:
    """A label's text without mnemonic markers or trailing colon, for accessible names."""
    text = label_text.replace("&", "").strip().rstrip(":：").strip()
    return re.sub(r"[(（][A-Za-z][)）]$", "", text).strip()


PAGE = SituationPage
