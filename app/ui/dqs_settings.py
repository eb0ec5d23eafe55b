"""Settings section for the Spamhaus DQS key, kept in the OS password store only.

The section says where the key goes ("stored in this computer's password manager (Secret
Service)"), or, when this computer has no usable password store, says calmly (it is a normal
situation, not an error) that the key can be used for this session only, and offers that. No
modal dialogs: everything is shown inline. OK stays open once to let the owner read that;
pressed again it uses the key for this session and closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import dqs_key
from app.core.dqs_key import KeySource
from app.core.errors import InputError
from app.core.i18n import Msg, join_sentences
from app.ui.i18n import msg_text
from app.ui.settings import AppSettings
from app.ui.tasks import TaskContext, TaskHandle, dialog_tasks
from app.ui.widgets.checked_field import ERROR_STYLE
from app.ui.widgets.layout import wrapped_label
from app.ui.widgets.reflow import ReflowRow

SIGNUP_URL = "https://www.spamhaus.com/free-trial/sign-up-for-a-free-data-query-service-account/"


class DqsKeySection(QGroupBox):
    """Enter, replace or remove the Spamhaus DQS key."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings  # never used for the key: it does not go into settings
        self._pending: str | None = None  # a key that could not be stored, awaiting a choice
        self._busy = 0  # calls to the password store still running
        self._forgettable = False
        self._handles: list[TaskHandle] = []
        self._state: tuple[KeySource | Msg, dqs_key.KeyringInfo] | None = None
        self.explanation = wrapped_label(self, rich=True)
        self.explanation.setOpenExternalLinks(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.state = wrapped_label(self)
        self.key_label = QLabel(self)
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_label.setBuddy(self.key)
        self.save_button = QPushButton(self)
        self.forget_button = QPushButton(self)
        self.message = wrapped_label(self)
        self.message.hide()
        self.session_button = QPushButton(self)
        self.session_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.state)
        # The buttons go under the field when the dialog is narrow: side by side, the row
        # made the dialog scroll sideways below about 630 px (1366x768 at 200 %).
        row = ReflowRow()
        layout.addLayout(row)
        row.add_leading(self.key_label)
        row.add_leading(self.key)
        row.add_trailing(self.save_button)
        row.add_trailing(self.forget_button)
        layout.addWidget(self.message)
        layout.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_button.clicked.connect(self.save)
        self.forget_button.clicked.connect(self.forget)
        self.session_button.clicked.connect(self.use_for_session)
        self.key.returnPressed.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("Spamhaus DQS key (optional)"))
        self.explanation.setText(
            self.tr(
                "Spamhaus does not answer through public DNS servers. With a free Spamhaus "
                "Data Query Service (DQS) key, its lists can be checked through any DNS server. "
                "The key is free for small, non-commercial use such as checking your own mail: "
                '<a href="{url}">register at Spamhaus</a>. The key is kept only in this '
                "computer's password manager, never in the case file, the settings or the "
                "report."
            ).format(url=SIGNUP_URL)
        )
        self.key_label.setText(self.tr("&Key:"))
        self.key.setPlaceholderText(self.tr("paste the key from your Spamhaus account"))
        # The hint says where the key comes from: all of it stays readable (the Settings
        # dialog is as wide as its content needs, no wider).
        hint = self.key.fontMetrics().horizontalAdvance(self.key.placeholderText())
        self.key.setMinimumWidth(hint + 2 * self.key.fontMetrics().averageCharWidth() + 8)
        self.key.setAccessibleName(self.tr("Spamhaus DQS key"))
        self.save_button.setText(self.tr("&Save key"))
        self.forget_button.setText(self.tr("Remo&ve key"))
        # Not S: that is "Save key"'s.
        self.session_button.setText(self.tr("&Use it for this session only"))
        if self._state is not None:
            self._show_state(self._state)

    def _run(self, work: Callable[[TaskContext], Any], on_done: Callable[[Any], None]) -> None:
        # The OS password store can take seconds to answer (or wait for the user to unlock
        # it): every call to it runs off the GUI thread, one at a time, in order.
        self._busy += 1
        self._set_buttons()

        def done(result: Any) -> None:
            self._busy -= 1
            self._set_buttons()
            on_done(result)

        def failed(message: Msg) -> None:
            self._busy -= 1
            self._set_buttons()
            self._show(msg_text(message), problem=True)

        def cancelled() -> None:
            self._busy -= 1

        handle = dialog_tasks(self).run(
            work,
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
            owner=self,
            queue="keyring",
        )
        self._handles = [h for h in self._handles if h.pending] + [handle]

    def _set_buttons(self) -> None:
        idle = self._busy == 0
        self.save_button.setEnabled(idle)
        self.session_button.setEnabled(idle)
        self.forget_button.setEnabled(idle and self._forgettable)

    @property
    def busy(self) -> bool:
        """True while the password store is being asked."""
        return self._busy > 0

    def load(self) -> None:
        """Show where the key in use comes from (never the key itself); the password store is
        asked off the GUI thread."""
        if not self.state.text():
            self.state.setText(self.tr("Asking this computer's password manager…"))

        def work(_ctx: TaskContext) -> tuple[KeySource | Msg, dqs_key.KeyringInfo]:
            try:
                _key, source = dqs_key.load_key()
            except InputError as error:
                return error.message, dqs_key.keyring_info()
            return source, dqs_key.keyring_info()

        self._run(work, self._show_state)

    def _show_state(self, found: tuple[KeySource | Msg, dqs_key.KeyringInfo]) -> None:
        self._state = found  # shown again in the other language after a switch
        source, info = found
        if isinstance(source, Msg):
            self.state.setText("⚠ " + msg_text(source))
            self._forgettable = False
            self._set_buttons()
            return
        texts = {
            dqs_key.KeySource.KEYRING: self.tr(
                "A key is stored in this computer's password manager ({backend})."
            ).format(backend=msg_text(info.label)),
            dqs_key.KeySource.SESSION: self.tr(
                "A key is used for this session only; it will be forgotten when Mail Mamori closes."
            ),
            dqs_key.KeySource.ENV: self.tr(
                "The key from the environment variable MAIL_MAMORI_DQS_KEY is used."
            ),
            dqs_key.KeySource.NONE: self.tr("No key is set: the ordinary Spamhaus lists are used."),
        }
        text = texts[source]
        if not info.persistent and source is dqs_key.KeySource.NONE:
            text = join_sentences(
                text,
                self.tr(
                    "This computer has no password manager Mail Mamori can use, so a "
                    "key can only be used for one session."
                ),
            )
        self.state.setText(text)
        # keyring's own name of the store, for whoever helps the owner with it.
        self.state.setToolTip(self.tr("Password store: {backend}").format(backend=info.backend))
        self._forgettable = source in (dqs_key.KeySource.KEYRING, dqs_key.KeySource.SESSION)
        self._set_buttons()

    def _show(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if problem else "")
        self.message.setText(("⚠ " if problem else "") + text)
        self.message.show()

    def save(self, then_close: bool = False) -> bool:
        """Store the typed key (off the GUI thread). True when nothing is left to decide;
        False while it is being stored or waits for a choice. `then_close`: OK was pressed,
        so the dialog is accepted once the key is stored."""
        text = self.key.text()
        if not text.strip():
            return True
        try:
            key = dqs_key.normalize_key(text)
        except InputError as error:
            self._show(msg_text(error.message), problem=True)
            self.key.setFocus()
            return False
        # setText, not clear(): clear() can be undone, so the key would stay in the undo history.
        self.key.setText("")
        self._pending = key  # until the store has answered
        self._show(self.tr("Storing the key…"))

        def stored(result: dqs_key.StoreResult) -> None:
            if result.session_only:
                # No password store here: normal, so no red warning; the owner learns where
                # the key goes and what OK does now.
                self._show(self._session_notice(result.message))
            else:
                self._show(msg_text(result.message), problem=not result.stored)
            if result.stored:
                self._pending = None
                self.session_button.hide()
                if then_close:
                    self.window().accept()
            else:
                self.session_button.show()
            self.load()

        # Cancel cannot interrupt the store: it is asked afterwards and undoes the store.
        self._run(lambda ctx: dqs_key.store_key(key, cancelled=lambda: ctx.cancelled), stored)
        return False

    def _session_notice(self, message: Msg) -> str:
        info = self._state[1] if self._state is not None else None
        if info is not None and not info.persistent:
            # The line above already says why (no password manager here): the notice says
            # only where the key goes, not the same sentence again.
            where = self.tr(
                "The key is not saved anywhere: it is used for this session only and "
                "forgotten when Mail Mamori closes."
            )
        else:
            where = msg_text(message)
        return join_sentences(where, self.tr("Press OK to use it, or Cancel to leave it."))

    def use_for_session(self, closing: bool = False) -> None:
        """The user chose to use the key that could not be stored until the app closes.
        `closing`: chosen with OK, so the section is not asked again."""
        chosen = self._pending
        if chosen:
            dqs_key.set_session_key(chosen)
        self._pending = None
        self.session_button.hide()
        if chosen and self._state is not None and not isinstance(self._state[0], Msg):
            # The section's own state line says it at once (it said "No key is set" above
            # the notice that the key is used, until the password store was asked again);
            # the notice would only repeat it.
            self._show_state((KeySource.SESSION, self._state[1]))
            self.message.setText("")
            self.message.hide()
        else:
            self._show(msg_text(dqs_key.SESSION_ONLY))
            if not closing:
                self.load()

    def forget(self) -> None:
        """Remove the key from the password store and this session (off the GUI thread)."""
        self._pending = None
        self.session_button.hide()

        def forgotten(message: Msg) -> None:
            self._show(msg_text(message))
            self.load()

        self._run(lambda _ctx: dqs_key.forget_key(), forgotten)

    def apply(self) -> bool:
        """OK: store a typed key (the dialog closes once it is stored); stay open while the
        store is asked. OK pressed again while a key waits for the session-only choice uses
        it for this session (the notice said so): it did nothing, and said nothing."""
        if self.key.text().strip():
            return self.save(then_close=True)
        if self.busy:
            return False
        if self._pending is not None:
            self.use_for_session(closing=True)
        return True

    def cancel_pending(self) -> None:
        """The dialog was cancelled: stop asking the password store, forget a key that was not
        stored and empty the field, so that no widget keeps the key in memory (undo history
        included)."""
        for handle in self._handles:
            handle.cancel()
        self._handles = []
        self._pending = None
        self.key.setText("")
        self.session_button.hide()
