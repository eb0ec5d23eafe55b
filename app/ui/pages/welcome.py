"""Page 0 ようこそ: what the wizard does, what to have at hand, the privacy promise, new or saved case."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import LANGUAGE_NAMES
from app.ui.pages.base import BasePage

# The first page: a number instead of PySide6's `Qt` namespace (see qt_enums).
from app.ui.qt_enums import USER_ROLE
from app.ui.widgets.layout import heading_label, make_selectable, page_layout, wrapped_label

if TYPE_CHECKING:
    from app.core.recent_cases import RecentCase

RECENT_ROWS = (3, 5)  # the fewest and most rows the recent cases list shows at once


class WelcomePage(BasePage):
    """The start: choose the language, start a new case or continue a saved one."""

    key = "welcome"

    def build(self) -> None:
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(10)

        row = QHBoxLayout()
        self.language_label = QLabel(content)
        self.language = QComboBox(content)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout.addLayout(row)

        # The paragraphs become selectable once the page is on screen: laid out through a
        # QTextDocument, they would keep the first page from appearing for ~6 ms longer, for
        # the same pixels (tests/test_startup.py compares both renderings).
        self.intro = wrapped_label(content, selectable=False)
        layout.addWidget(self.intro)

        # The start comes right after the first paragraph, before the longer explanations: on a
        # laptop at 125 % (980x526 logical) the owner coming back to a saved case had to
        # scroll to find how to open it. The buttons are stacked beside the recent cases, so
        # the whole box is hardly taller than the two buttons.
        self.case_box = QGroupBox(content)
        box_layout = QVBoxLayout(self.case_box)
        case_layout = QHBoxLayout()
        box_layout.addLayout(case_layout)
        self.new_button = QCommandLinkButton(self.case_box)
        self.open_button = QCommandLinkButton(self.case_box)
        self.recent_label = QLabel(self.case_box)
        self.recent_label.setWordWrap(True)
        self.recent = QListWidget(self.case_box)
        self.recent_label.setBuddy(self.recent)
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        recent_column = QVBoxLayout()
        recent_column.addWidget(self.recent_label)
        recent_column.addWidget(self.recent)
        recent_column.addStretch(1)
        case_layout.addLayout(buttons, 1)
        case_layout.addLayout(recent_column, 1)
        self._case_layout = case_layout
        # Where new cases go, when it is not the usual folder: shown only then, with the way
        # back to the usual folder beside it.
        folder_row = QHBoxLayout()
        self.folder_note = wrapped_label(self.case_box)
        self.folder_note.setVisible(False)
        self.usual_folder_button = QPushButton(self.case_box)
        self.usual_folder_button.setVisible(False)
        folder_row.addWidget(self.folder_note, 1)
        folder_row.addWidget(self.usual_folder_button)
        box_layout.addLayout(folder_row)
        layout.addWidget(self.case_box)

        self.steps_heading = heading_label(content)
        self.steps_text = wrapped_label(content, selectable=False)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps_text)

        self.prepare_heading = heading_label(content)
        self.prepare_text = wrapped_label(content, selectable=False)
        layout.addWidget(self.prepare_heading)
        layout.addWidget(self.prepare_text)

        self.privacy_box = QGroupBox(content)
        privacy_layout = QVBoxLayout(self.privacy_box)
        self.privacy_text = wrapped_label(self.privacy_box, selectable=False)
        privacy_layout.addWidget(self.privacy_text)
        layout.addWidget(self.privacy_box)
        layout.addStretch(1)
        page_layout(self, content)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.new_button.clicked.connect(self._start_new)
        self.open_button.clicked.connect(self._choose_file)
        self.recent.itemActivated.connect(self._open_recent)
        self.usual_folder_button.clicked.connect(self._use_usual_folder)
        self.mamori.first_shown.connect(self._first_shown)

    def _first_shown(self) -> None:
        # Queued: not from inside the paint event that reports the first frame.
        QTimer.singleShot(0, self, self._make_text_selectable)
        # Reading the recent cases waits for the first frame too (it imports the case code).
        self._painted = True
        QTimer.singleShot(0, self, self._describe_recent)

    # What was read from the recent case files, by path (kept across refreshes, so a list
    # filled again does not flash back to bare file names), and whether the first frame is out.
    _painted = False
    _described: dict[Path, RecentCase] | None = None

    def _describe_recent(self) -> None:
        """Read the recent case files off the GUI thread for whose case each is and when it
        was saved; the list shows file names until then (and for a file that cannot be read)."""
        paths = list(self.mamori.settings.recent_cases)
        if not paths:
            return

        def describe(_context: object) -> list[RecentCase]:
            from app.core.recent_cases import describe_recent

            return describe_recent(paths)

        def show(described: list[RecentCase]) -> None:
            self._described = {entry.path: entry for entry in described}
            self._show_recent_descriptions()

        self.mamori.tasks.run(describe, on_done=show, on_error=lambda _message: None, owner=self)

    def _show_recent_descriptions(self) -> None:
        """Name each recent case by its company (else domain) and last save, as far as it was
        read; the tooltip keeps the domain and the whole path."""
        if not self._described:
            return
        from datetime import datetime  # not at start-up (tests/test_startup.py)

        from app.core.recent_cases import CaseFileState

        for row in range(self.recent.count()):
            item = self.recent.item(row)
            path = Path(item.data(USER_ROLE))
            entry = self._described.get(path)
            if entry is None:
                continue
            state = entry.state
            if state is CaseFileState.MISSING:  # gone since the list was filled
                item.setText(self.tr("{file} (not found)").format(file=path.name))
                continue
            if state is CaseFileState.DAMAGED:
                item.setText(self.tr("{file} (cannot be opened as it is)").format(file=path.name))
                continue
            # The company is what the owner knows the case by; the domain (or the file name)
            # only when no company was entered. The list is half the box wide: a line with
            # both and the year was cut off at 1x.
            name = entry.company or entry.domain or path.name
            when = ""
            if entry.saved_at is not None:
                saved = entry.saved_at
                year = "" if saved.year == datetime.now(saved.tzinfo).year else f"{saved.year}/"
                when = f"{year}{saved.month}/{saved.day} {saved:%H:%M}"
            item.setText(self.tr("{name}, saved {when}").format(name=name, when=when))
            item.setToolTip(f"{entry.domain}\n{path}" if entry.domain else str(path))

    def _make_text_selectable(self) -> None:
        for label in (self.intro, self.steps_text, self.prepare_text, self.privacy_text):
            make_selectable(label)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Mail Mamori"))
        self.setSubTitle(
            self.tr(
                "Step by step, this wizard helps you recover after your mail server was misused "
                "to send spam, and keeps it from happening again."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Display language"))
        self.intro.setText(
            self.tr(
                "When a mail account is taken over, spam is sent in your name, your domain lands "
                "on blacklists and your mail stops arriving. You do not need technical "
                "knowledge: answer the questions on each page and the app does the checks."
            )
        )
        self.steps_heading.setText(self.tr("What the wizard does"))
        self.steps_text.setText(
            self.tr(
                "1. Situation: what happened and when.\n"
                "2. Blacklists: whether your domain and mail servers are listed, and how to get "
                "removed.\n"
                "3. Passwords and accounts: strong passwords for every mailbox, accounts of staff "
                "who left.\n"
                "4. Sender authentication: a correct SPF record (and DMARC) for your domain.\n"
                "5. Report: a PDF summary for your security vendor (in Japanese or English)."
            )
        )
        self.prepare_heading.setText(self.tr("Have at hand"))
        self.prepare_text.setText(
            self.tr(
                "• Your domain name (the part after @ in your mail address)\n"
                "• The login for your hosting company's control panel\n"
                "• A list of your company's mail addresses and who uses them\n"
                "• Any “undeliverable” mails that came back, and notes of what happened when"
            )
        )
        self.privacy_box.setTitle(self.tr("Your privacy"))
        self.privacy_text.setText(
            self.tr(
                "Only DNS queries (the same lookups every mail server makes) leave this computer. "
                "Passwords you test are never saved anywhere. Everything you enter is saved only "
                "in a case file on this computer (or in a folder you choose), which you can open "
                "again later."
            )
        )
        self.case_box.setTitle(self.tr("Start"))
        self.new_button.setText(self.tr("&Start a new case"))
        self.new_button.setDescription(self.tr("Begin with the situation of the incident."))
        self.open_button.setText(self.tr("&Open a saved case…"))
        self.open_button.setDescription(self.tr("Continue where you left off."))
        self.recent_label.setText(self.tr("&Recently used cases (double-click or Enter to open):"))
        self.recent.setAccessibleName(self.tr("Recently used cases"))
        self._show_recent_descriptions()
        self.usual_folder_button.setText(self.tr("&Use the usual folder again"))
        self._show_case_folder()
        index = self.language.findData(self.mamori.languages.language)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def initializePage(self) -> None:
        self._refresh()
        # The show that follows (the window's first, or a restart's) finds it fresh.
        self._fresh = not self.isVisible()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page (QWizard calls initializePage only going forwards): the
        recent cases and the folder for new cases may have changed since (a case saved, a
        memory stick removed)."""
        super().showEvent(event)
        if event.spontaneous():
            return  # the window restored, not the page entered
        if self._fresh:
            self._fresh = False
            return
        self._refresh()

    def _refresh(self) -> None:
        """Look again at the recent cases and at the folder new cases go to."""
        self._fill_recent()
        self._case_folder = self.mamori.new_case_folder()
        self._show_case_folder()

    # The folder for new cases and the chosen one that is missing, as last looked up (a
    # folder is looked at only when the owner has chosen one: the usual start costs nothing).
    _case_folder: tuple[Path, Path | None] | None = None
    _fresh = False  # looked up by initializePage for the show that comes next

    def _show_case_folder(self) -> None:
        """Say where new cases are saved when it is not the usual folder: the folder the owner
        chose, or the usual one while the chosen folder cannot be found."""
        if self._case_folder is None or self.mamori.settings.case_folder is None:
            self.folder_note.setVisible(False)
            self.usual_folder_button.setVisible(False)
            return
        folder, missing = self._case_folder
        if missing is not None:
            text = self.tr(
                "The folder you chose for cases, {chosen}, cannot be found right now (for "
                "example, a USB memory stick that is not plugged in). Until it is back, new "
                "cases are saved in the usual folder, {folder}."
            ).format(chosen=missing, folder=folder)
        else:
            text = self.tr("New cases are saved in the folder you chose: {folder}").format(
                folder=folder
            )
        self.folder_note.setText(text)
        self.folder_note.setVisible(True)
        self.usual_folder_button.setVisible(True)

    def _use_usual_folder(self) -> None:
        """Forget the folder the owner chose for cases, once they have read where new cases
        go then. The cases saved there stay there (and in the recent cases)."""
        from PySide6.QtWidgets import QMessageBox  # on use: not at start-up

        from app.core.paths import default_case_dir
        from app.ui.message_box import exec_fitted

        chosen = self.mamori.settings.case_folder
        if chosen is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Use the usual folder again"))
        box.setText(
            self.tr("New cases will then be saved in the usual folder: {folder}").format(
                folder=default_case_dir()
            )
        )
        box.setInformativeText(
            self.tr(
                "The cases already saved in {chosen} stay there; open them with “Open a saved "
                "case…”."
            ).format(chosen=chosen)
        )
        confirm = box.addButton(self.tr("&Use the usual folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(confirm)
        exec_fitted(box)
        if box.clickedButton() is not confirm:
            return
        self.mamori.settings.case_folder = None
        self.mamori.settings.sync()
        self._refresh()
        # The button pressed is gone with the note: the keyboard goes on from the start.
        self.new_button.setFocus()

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in self.mamori.settings.recent_cases:
            item = QListWidgetItem(path.name, self.recent)
            item.setData(USER_ROLE, str(path))
            item.setToolTip(str(path))
        self._show_recent_descriptions()
        if self._painted:
            self._describe_recent()
        has_recent = self.recent.count() > 0
        if has_recent:
            # As tall as its names (three to five rows): a list of one name was twice as tall
            # as the two buttons beside it, and pushed the explanations further down.
            rows = min(max(self.recent.count(), RECENT_ROWS[0]), RECENT_ROWS[1])
            frame = 2 * self.recent.frameWidth()
            # sizeHintForRow is asked before the list is polished and came out smaller than
            # the rows it then draws: three rows showed as two, at 2x beside a scroll bar.
            row = max(self.recent.sizeHintForRow(0), self.recent.fontMetrics().height() + 4)
            bar = self.recent.horizontalScrollBar().sizeHint().height()
            self.recent.setFixedHeight(rows * row + frame + bar)
        self.recent.setVisible(has_recent)
        self.recent_label.setVisible(has_recent)
        # Half the box for the recent cases when there are any; otherwise the buttons take it all.
        self._case_layout.setStretch(1, 1 if has_recent else 0)

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.mamori.languages.language:
            self.mamori.set_language(code)

    def _start_new(self) -> None:
        if self.mamori.start_new_case():
            self.mamori.next()

    def _choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # on use: its classes cost the first page time

        from app.core.case import CASE_SUFFIX

        filename, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a saved case"),
            str(self.mamori.new_case_folder()[0]),
            self.tr("Mail Mamori cases (*{suffix});;All files (*)").format(suffix=CASE_SUFFIX),
        )
        if filename:
            self.open_path(Path(filename))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open_path(Path(item.data(USER_ROLE)))

    def open_path(self, path: Path) -> None:
        """Open a case file and continue to the first step if it could be opened."""
        if self.mamori.open_case(path):
            self.mamori.next()


PAGE = WelcomePage
