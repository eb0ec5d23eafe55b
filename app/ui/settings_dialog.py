"""The Settings dialog: which DNS server the checks ask, and further sections added by pages.

A section is a QGroupBox subclass with `load()` (fill from settings) and `apply() -> bool`
(validate and store; False keeps the dialog open). Register one by adding its class to
`SECTIONS` below.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CheckError
from app.core.resolver import ResolverSpec, format_server, system_nameservers
from app.ui.dqs_settings import DqsKeySection
from app.ui.settings import AppSettings
from app.ui.tasks import TaskContext, TaskHandle, TaskRunner, dialog_tasks
from app.ui.widgets.checked_field import CheckedField
from app.ui.widgets.layout import fitted_size, scrolling, wrapped_label


class DnsServerSection(QGroupBox):
    """System resolvers or a DNS server the user names (HOST, HOST:PORT, [IPv6]:PORT)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._servers: list[tuple[str, int]] | None = None  # None: still being looked up
        self._task: TaskHandle | None = None
        self.explanation = wrapped_label(self)
        self.use_system = QRadioButton(self)
        self.use_custom = QRadioButton(self)
        self.server = CheckedField(ResolverSpec.parse, parent=self)
        group = QButtonGroup(self)
        group.addButton(self.use_system)
        group.addButton(self.use_custom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.use_system)
        layout.addWidget(self.use_custom)
        layout.addWidget(self.server)
        self.use_custom.toggled.connect(self.server.setEnabled)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setTitle(self.tr("DNS server for the checks"))
        self.explanation.setText(
            self.tr(
                "The checks ask a DNS server. Public DNS services such as 8.8.8.8 or 1.1.1.1 are "
                "refused by some blacklists (Spamhaus), so their results would be “not tested”. "
                "Your company's or your internet provider's DNS server usually works."
            )
        )
        self._show_system_servers()
        self.use_custom.setText(self.tr("Use this &DNS server:"))
        self.server.edit.setPlaceholderText(self.tr("e.g. 192.0.2.53 or 192.0.2.53:5353"))
        self.server.set_accessible_name(self.tr("DNS server address"))
        self.server.set_required_message(self.tr("Please enter the DNS server's IP address."))

    def _show_system_servers(self) -> None:
        if self._servers is None:
            servers = self.tr("looking them up…")
        elif self._servers:
            servers = ", ".join(format_server(h, p, 53) for h, p in self._servers)
        else:
            servers = self.tr("none found")
        self.use_system.setText(
            self.tr("Use this computer's DNS settings ({servers})").format(servers=servers)
        )

    def _servers_found(self, servers: list[tuple[str, int]]) -> None:
        self._servers = servers
        self._show_system_servers()

    def load(self) -> None:
        """Show the current setting (the system's DNS servers are looked up off the GUI
        thread: reading them from the OS can take seconds)."""
        if self._task is None:

            def work(_ctx: TaskContext) -> list[tuple[str, int]]:
                try:
                    return list(system_nameservers())
                except CheckError:
                    return []

            self._task = dialog_tasks(self).run(work, on_done=self._servers_found, owner=self)
        custom = bool(self.settings.resolver)
        self.use_custom.setChecked(custom)
        self.use_system.setChecked(not custom)
        self.server.set_text(self.settings.resolver)
        self.server.setEnabled(custom)

    def cancel_pending(self) -> None:
        """The dialog was cancelled: the look-up is no longer wanted."""
        if self._task is not None:
            self._task.cancel()

    def apply(self) -> bool:
        """Store the choice; an unusable address keeps the dialog open with an explanation."""
        if self.use_system.isChecked():
            self.settings.resolver = ""
            return True
        self.server.required = True
        if not self.server.validate():
            self.server.setFocus()
            return False
        self.settings.resolver = self.server.value.describe()
        return True


# Sections in the order they appear; pages add their own here (one line each).
SECTIONS: list[type[QGroupBox]] = [DnsServerSection, DqsKeySection]


class SettingsDialog(QDialog):
    """Opened from the wizard's Settings button. Sections run slow work (the OS password
    store, the system's DNS settings) through `self.tasks`: the wizard's runner when the
    parent has one."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        runner = getattr(parent, "tasks", None)
        self.tasks: TaskRunner = runner if isinstance(runner, TaskRunner) else TaskRunner(self)
        self.setWindowTitle(self.tr("Settings"))
        # The sections scroll, the buttons stay: 1366x768 at 150 % leaves 910x512 logical
        # pixels, and the sections' texts were cut off there with OK out of reach below them.
        self.content = QWidget(self)
        self.sections = [cls(settings, self.content) for cls in SECTIONS]  # type: ignore[call-arg]
        sections = QVBoxLayout(self.content)
        sections.setContentsMargins(0, 0, 0, 0)
        for section in self.sections:
            sections.addWidget(section)
        sections.addStretch(1)
        self.scroll_area = scrolling(self.content)
        # The sections fold down to about 400 px (the key's buttons go under the field); on
        # a screen narrower still, scroll sideways rather than cut them off.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout = QVBoxLayout(self)
        # In the dialog before the buttons are made: a widget given a parent goes to the end
        # of the Tab order, and Tab went from Cancel back up to the first section.
        layout.addWidget(self.scroll_area, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for section in self.sections:
            section.load()  # type: ignore[attr-defined]
        self.content.installEventFilter(self)
        self._fit()

    def needed_height(self, width: int) -> int:
        """The dialog's height at `width` with every section in sight (no scrolling)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        content = self.content.layout().totalHeightForWidth(inner)
        return (
            margins.top()
            + content
            + layout.spacing()
            + self.buttons.sizeHint().height()
            + margins.bottom()
        )

    def _fit(self) -> None:
        """As wide as comfortable lines of the explanations (about 40 Japanese characters),
        as tall as the sections need at that width: a fixed 680x600 left a third of the
        window empty, and would cut the sections off where they need more. Wide enough for
        the key's row on one line (on a narrower screen its buttons go under the field).
        Never larger than the screen: there the sections scroll."""
        comfortable = 42 * self.fontMetrics().horizontalAdvance("M")
        margins = self.layout().contentsMargins()
        least = self.content.layout().sizeHint().width() + margins.left() + margins.right()
        width = fitted_size(self, max(comfortable, least), 0).width()
        self.resize(fitted_size(self, width, self.needed_height(width)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Grow when a section shows more (a message, a button) than the dialog has room for,
        up to what the screen allows: Qt does not enlarge a window for text that wraps."""
        # Only while shown: touching the layout from events sent while the dialog is being
        # destroyed left PySide with wrappers of deleted widgets (a crash later on).
        if (
            watched is self.content
            and event.type() == QEvent.Type.LayoutRequest
            and self.isVisible()
        ):
            needed = self.needed_height(self.width())
            if needed > self.height():
                self.resize(fitted_size(self, self.width(), needed))
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Cancel: sections drop what was typed but not applied (the DQS key above all)."""
        for section in self.sections:
            cancel = getattr(section, "cancel_pending", None)
            if callable(cancel):
                cancel()
        super().reject()

    def accept(self) -> None:
        """Apply every section; stay open while one of them has a problem."""
        if all(section.apply() for section in self.sections):  # type: ignore[attr-defined]
            super().accept()
