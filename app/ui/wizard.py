"""The wizard window: pages in order, the case being worked on, and saving it.

The case is saved after every page, after every check, on closing, and a moment after the owner
stops typing: a crash (or a power cut) loses at most the last few seconds of input. Every save
first collects what every page holds (`store_from_pages`), so a save never writes results
without the input they were made from."""

from __future__ import annotations

import errno
import logging
import shutil
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

from app.core.atomic import is_read_only
from app.core.i18n import join_sentences
from app.core.paths import default_case_dir
from app.ui.i18n import LanguageManager, msg_text
from app.ui.pages import PAGES
from app.ui.pages.base import BasePage
from app.ui.settings import AppSettings
from app.ui.startup_trace import mark
from app.ui.tasks import TaskRunner
from app.ui.widgets.layout import fitted_size
from app.ui.widgets.step_list import StepList
from app.ui.window_place import WindowSlot, cascaded

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from app.core.case import Case, CaseLoadError

log = logging.getLogger(__name__)

_BUILD_DELAY_MS = 100
_WATCHED = "mamoriWatched"  # set on an input whose changes start the idle save
DEFAULT_SIZE = (980, 720)  # the first start's size, where the screen has room for it
MINIMUM_SIZE = QSize(860, 480)
_QT_WIZARD_CONTEXT = "QWizard"  # a variable, so that lupdate leaves Qt's own strings to Qt
_STANDARD_BUTTONS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.FinishButton: "&Finish",
}


class MamoriWizard(QWizard):
    """Holds the case; pages read it in `load_case` and write it in `store_case`."""

    # How long the owner pauses after a change before the case is saved. Long enough not to
    # write while a word is being typed, short enough that a crash loses little.
    idle_save_ms = 2000

    case_loaded = Signal()
    case_saved = Signal(str)
    # A save failed: where (the path) and why (a Msg or the system's text). A page that shows
    # the result of its own work says it there too, in the current language; the next good
    # save emits case_saved.
    save_failed = Signal(str, object)
    settings_changed = Signal()
    first_shown = Signal()  # the first page has been painted (start-up benchmarks)

    def __init__(
        self,
        settings: AppSettings,
        languages: LanguageManager,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.languages = languages
        self.tasks = tasks or TaskRunner(self)
        # The case model (and the result types of every step it holds) is imported on first
        # use: the welcome page does not need it, and the owner waits for the welcome page.
        self._case: Case | None = None
        self.case_path: Path | None = None
        # The case file as this window last read or wrote it (its path and the digest of its
        # content): a file whose content has changed since was saved by another window (or
        # program), and is not overwritten.
        self._file_seen: tuple[Path, str | None] | None = None
        self._last_saved: datetime | None = None
        # Makes the text under the step list ("saved at", "opened", "could not save") in the
        # current language: a language switch showed the old language's text until the next save.
        self._status: Callable[[], str] = str
        self._save_error_shown = False
        self._save_problem = ""
        # The last save failed because its place cannot be written (a locked or full home
        # folder, a read-only drive): another folder may take the case, which is offered.
        self._may_save_elsewhere = False
        # ... and that place was where new cases go (`new_case_folder`): the folder the owner
        # then chooses becomes the place for new cases (also after the next start).
        self._new_case_folder_failed = False
        # The folder the owner chose for cases, when it was not there as this window's new
        # case was saved (a USB memory stick not plugged in): the case went to the usual
        # folder, which the line under the steps says.
        self._chosen_folder_missing: Path | None = None
        self._previous_id = -1
        self._closing = False
        # The case's content (case_content) as last read or written: the idle save writes only
        # when the pages hold something else. None: nothing read or written yet.
        self._saved_content: str | None = None
        # A file this window created for a new case, with the name it starts with (domain or
        # company, case_name_stem): it is renamed when that changes (the first save may come
        # before the domain is typed).
        self._named_for: tuple[Path, str] | None = None
        # Filling the pages from the case or reading them into it: changes to the inputs then
        # are not the owner's (a check mark on a table row, a refilled field).
        self._quiet = False
        self._idle_save = QTimer(self)
        self._idle_save.setSingleShot(True)
        self._idle_save.timeout.connect(self._save_when_idle)

        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        # Small enough for a 1366x768 laptop screen at 125 % scaling (1093x614 logical pixels,
        # less the task bar and the title bar): 640 px was taller than that.
        self.setMinimumSize(MINIMUM_SIZE)

        # A Settings button (DNS server, keys) on every page, left of the standard buttons.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self._custom_button)

        self.steps = StepList(self)
        self.setSideWidget(self.steps)
        mark("wizard: step list")
        # Only the first page is built before the window appears; the others (and the heavy
        # modules they import: reportlab, zxcvbn, dnspython) follow right after it is shown, or
        # as soon as anything asks for them. Start-up is what an owner waits for.
        self._pages: list[BasePage] = []
        self._first_painted = False
        self._add_page(0)
        mark("wizard: first page built")
        self.currentIdChanged.connect(self._on_page_changed)
        self._retranslate()
        geometry = settings.geometry
        # Another copy of the app already open restored the same position: this window steps
        # aside, or the owner would not see that it opened (it lay exactly on the other one).
        self._slot = WindowSlot(settings.folder)
        # Where a stepped-aside window was first shown: it saves its position on closing only
        # if the owner moved or resized it, so that closing it last does not move the next
        # start's window (nor, start after start, every window further down).
        self._placed: QRect | None = None
        if geometry is not None:
            self.restoreGeometry(geometry)
            if self._slot.offset and not self.isMaximized() and self.screen() is not None:
                available = self.screen().availableGeometry()
                frame = self.frameGeometry()
                to = cascaded(frame, self._slot.offset, available)
                # By the window itself, not its frame: before it is shown, the frame's size is
                # not known yet, and move() would shift it by the frame's width too.
                self.setGeometry(self.geometry().translated(to - frame.topLeft()))
                self._placed = self.geometry()
        else:
            self.resize(fitted_size(self, *DEFAULT_SIZE, whole_screen=True))
        self.load_into_pages()

    # -- pages ---------------------------------------------------------------------------------

    @property
    def case(self) -> Case:
        """The case being worked on (a new, empty one until the owner starts or opens one)."""
        if self._case is None:
            from app.core.case import Case

            self._case = Case()
        return self._case

    @case.setter
    def case(self, value: Case) -> None:
        self._case = value

    def _load_page(self, page: BasePage) -> None:
        # A page that shows nothing of the case (the welcome page) need not create one.
        if type(page).load_case is not BasePage.load_case:
            self._quiet = True
            try:
                page.load_case(self.case)
            finally:
                self._quiet = False
        self._watch_inputs(page)

    def _add_page(self, index: int) -> None:
        page = PAGES[index].page_class()(self)
        self.setPage(index, page)
        self._order_buttons()  # QWizard lays its buttons out again for a new page
        self._pages.append(page)
        self._load_page(page)

    def ensure_pages(self) -> None:
        """Build every page not built yet (each shows the current case)."""
        while len(self._pages) < len(PAGES):
            self._add_page(len(self._pages))

    @property
    def pages(self) -> list[BasePage]:
        """All pages in order (built now if they were not yet)."""
        self.ensure_pages()
        return self._pages

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_painted:
            # The first page is on screen now: build the others while the owner reads it.
            self._first_painted = True
            if self._slot.offset:
                self._placed = self.geometry()  # as the screen placed it: not the owner's move
            # A short pause lets the first frame reach the screen before the build starts; a
            # click on Next before that builds the pages at once (validateCurrentPage).
            QTimer.singleShot(_BUILD_DELAY_MS, self.ensure_pages)
            mark("first paint")
            self.first_shown.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # With the focus on the buttons at the bottom (after 次へ, say), PgUp/PgDn/Ctrl+Home/
        # Ctrl+End still scroll the page; keys from the page itself arrive here only if the
        # page did not want them.
        page = self.currentPage()
        if isinstance(page, BasePage) and page.scroll_by_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def nextId(self) -> int:
        # Until the later pages are built, QWizard would see the first page as the last one.
        if len(self._pages) < len(PAGES):
            current = self.currentId()
            return current + 1 if 0 <= current < len(PAGES) - 1 else -1
        return super().nextId()

    def page_by_key(self, key: str) -> BasePage | None:
        """The page registered under `key` ("welcome", "situation", ...)."""
        return next((p for p in self.pages if p.key == key), None)

    def go_to_page(self, key: str) -> None:
        """Jump back to an earlier page (used by the report page's links to fix gaps)."""
        target = self.page_by_key(key)
        if target is None:
            return
        target_id = self.pages.index(target)
        while self.currentId() > target_id:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break
        while self.currentId() < target_id:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def load_into_pages(self) -> None:
        """Show the current case on every page built so far (later ones load it when built)."""
        for page in self._pages:
            self._load_page(page)
        self._idle_save.stop()
        if self._case is not None:
            from app.core.case import case_content

            self._saved_content = case_content(self._case)
        self._update_title()
        self.case_loaded.emit()

    def store_from_pages(self) -> None:
        """Collect what every built page holds into the case (unbuilt ones hold nothing new).
        Every save does this first."""
        self._quiet = True
        try:
            for page in self._pages:
                page.store_case(self.case)
        finally:
            self._quiet = False

    # -- saving while the owner types ----------------------------------------------------------

    def _watch_inputs(self, root: QWidget) -> None:
        """Start the idle save on every change of an input under `root`: any kind of input,
        whichever page it is on, so that no page can forget it. Called again when a page is
        loaded or shown (inputs made since are included; each is connected once)."""
        for widget in root.findChildren(QWidget):
            if widget.property(_WATCHED):
                continue
            widget.setProperty(_WATCHED, True)
            changed = self._input_changed
            if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
                continue  # a password: never saved, and its text need not pass through here
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(changed)
                widget.editTextChanged.connect(changed)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(changed)
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for signal in (
                    model.dataChanged,
                    model.rowsInserted,
                    model.rowsRemoved,
                    model.modelReset,
                ):
                    signal.connect(changed)
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(changed)
            elif isinstance(widget, QAbstractSlider):
                widget.valueChanged.connect(changed)

    def _input_changed(self, *_args: object) -> None:
        # Only a timer restart per keystroke: the work waits for a pause.
        if not self._quiet and not self._closing:
            self._idle_save.start(self.idle_save_ms)

    def _save_when_idle(self) -> None:
        """The owner paused after a change: save if the pages hold anything not saved yet.

        Quiet: a failure shows in the step list only (a message box would take the next keys;
        the next save by another step or by closing explains it), and a file another window
        saved meanwhile is left to that next save, which keeps both and says so."""
        if self._case is None or self._closing:
            return
        if QApplication.activeModalWidget() is not None:
            self._idle_save.start()  # a dialog or question is open: after it
            return
        from app.core.case import case_content

        self.store_from_pages()
        if case_content(self.case) == self._saved_content:
            return
        if self.case_path is not None and (
            self._changed_elsewhere(self.case_path) or is_read_only(self.case_path)
        ):
            return
        self.autosave(warn=False)

    def validateCurrentPage(self) -> bool:
        # Next was pressed: the page about to be shown must exist.
        self.ensure_pages()
        if not super().validateCurrentPage():
            return False
        if isinstance(self.currentPage(), BasePage):
            self.autosave()
        return True

    def _on_page_changed(self, page_id: int) -> None:
        previous = self.page(self._previous_id) if self._previous_id >= 0 else None
        if isinstance(previous, BasePage):
            previous.leave_page()
            if page_id < self._previous_id:
                # Going back (or closing: the page id becomes -1): keep what was typed on the
                # page (going on, validateCurrentPage has saved it).
                self.autosave()
        current = self.page(page_id)
        if current is not None:
            self._watch_inputs(current)  # inputs the page made when it was shown
        self._previous_id = page_id
        self.steps.set_current(page_id, set(self.visitedIds()) - {page_id})

    # -- case files ----------------------------------------------------------------------------

    def start_new_case(self) -> bool:
        """Begin an empty case (not saved until the first page is completed). False: the owner
        chose to keep the current case, whose input could not all be saved."""
        from app.core.case import Case

        if not self._may_replace_case():
            return False
        self.tasks.cancel_all()
        self.case = Case()
        self.case_path = None
        self._named_for = None
        self._last_saved = None
        self._chosen_folder_missing = None
        self.load_into_pages()
        self._set_status(str)
        return True

    def open_case(self, path: Path) -> bool:
        """Open a saved case; offers the backup when the file is damaged. True if opened."""
        from app.core.case import CaseLoadError, file_digest, read_case

        if not self._may_replace_case():
            return False
        try:
            case, digest = read_case(path)
        except CaseLoadError as error:
            case = self._offer_backup(error)
            if case is None:
                return False
            # The backup's content goes over the damaged file (kept as .damaged) at the next
            # save: that file as it is now is the version this window has seen.
            digest = file_digest(Path(path))
        self.tasks.cancel_all()
        self.case = case
        self.case_path = Path(path)
        self._named_for = None  # the owner chose this file: its name stays
        self._chosen_folder_missing = None
        self._file_seen = (self.case_path, digest)
        self.settings.add_recent_case(self.case_path)
        self.load_into_pages()
        opened = self.case_path

        def status() -> str:
            text = self.tr("Opened: {name}").format(name=opened.name)
            if is_read_only(opened):
                text += "\n" + self.tr("Read-only: changes are saved in a copy.")
            return text

        self._set_status(status)
        return True

    def _offer_backup(self, error: CaseLoadError) -> Case | None:
        # Dialogs and dates are imported when needed: the first page waits for neither.
        from datetime import datetime

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        from app.core.case import load_case
        from app.ui.message_box import exec_fitted

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The case cannot be opened"))
        box.setText(msg_text(error.message))
        use_backup = None
        if error.backup is not None:
            from app.core.normalize import JST

            stamp = datetime.fromtimestamp(error.backup.stat().st_mtime, JST)
            box.setInformativeText(
                self.tr(
                    "A backup saved on {when} is available. Open the backup instead? "
                    "The damaged file is kept as “{damaged}”."
                ).format(
                    when=stamp.strftime("%Y-%m-%d %H:%M"),
                    damaged=error.path.name + ".damaged",
                )
            )
            use_backup = box.addButton(
                self.tr("&Open the backup"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
        else:
            # Nothing to cancel and nothing to fall back on: say what the owner can do
            # instead, and offer the folder where the wizard keeps its cases.
            folder = self.new_case_folder()[0]
            box.setInformativeText(
                self.tr(
                    "Start a new case or open another case file. Cases saved automatically "
                    "are in {folder}."
                ).format(folder=folder)
            )
            open_folder = box.addButton(
                self.tr("&Open the folder of saved cases"), QMessageBox.ButtonRole.ActionRole
            )
            close = box.addButton(QMessageBox.StandardButton.Close)
            box.setDefaultButton(close)
            box.setEscapeButton(close)
            exec_fitted(box)
            if box.clickedButton() is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            return None
        exec_fitted(box)
        if use_backup is None or box.clickedButton() is not use_backup or error.backup is None:
            return None
        try:
            case = load_case(error.backup)
        except CaseLoadError as second:
            QMessageBox.warning(
                self, self.tr("The case cannot be opened"), msg_text(second.message)
            )
            return None
        if error.path.is_file():
            shutil.copyfile(error.path, error.path.with_name(error.path.name + ".damaged"))
        return case

    def autosave(self, warn: bool = True) -> bool:
        """Save the case now, with what every page holds (after every page, check and pause
        in typing, and on close). Returns False if saving failed.
        `warn`: False when the caller explains the failure itself (closing the window)."""
        if self._case is None:
            return True  # nothing has been entered yet
        from app.core.case import (
            case_content,
            case_is_blank,
            case_name_stem,
            file_digest,
            save_case,
            save_new_case,
        )

        # The input on every page goes in first, whoever asked for the save: results are
        # never saved without the input they were made from.
        self.store_from_pages()
        # Whatever was entered is kept, even without a domain or company name (the file is
        # then named "case-<date>" until one of them is typed); only a case with nothing in
        # it gets no file.
        if self.case_path is None and case_is_blank(self.case):
            return True
        if (
            self.case_path is not None
            and is_read_only(self.case_path)
            and case_content(self.case) == self._saved_content
        ):
            return True  # a read-only case only looked at: it needs no copy
        stem = case_name_stem(self.case)
        changed_elsewhere: Path | None = None
        kept_read_only: Path | None = None
        place = self.case_path  # where the case is being saved (named when that fails)
        new_case_folder_tried = False
        try:
            if self.case_path is None:
                place, missing = self.new_case_folder()
                new_case_folder_tried = True
                # A fresh name (-2, -3... if taken): never another case's file.
                self.case_path = save_new_case(self.case, place)
                self._chosen_folder_missing = missing
                self._named_for = (self.case_path, stem)
                # Claimed with an exclusive create a moment ago: no other window writes it.
                digest = file_digest(self.case_path)
            elif self._changed_elsewhere(self.case_path):
                # Another window saved this case since this one read or wrote it: writing
                # over it would throw away what was entered there. Both are kept.
                changed_elsewhere = self.case_path
                self.case_path = save_new_case(self.case, self.case_path.parent)
                self._named_for = None  # the owner is told this name: it stays
                digest = file_digest(self.case_path)
            elif is_read_only(self.case_path):
                # Someone marked the file read-only (a copy sent by the vendor, an archived
                # case): it stays as it is, and the case goes on in a copy beside it, or in
                # the wizard's own folder when that folder cannot be written either.
                kept_read_only = self.case_path
                try:
                    self.case_path = save_new_case(self.case, kept_read_only.parent)
                except OSError:
                    place = self.new_case_folder()[0]
                    new_case_folder_tried = True
                    self.case_path = save_new_case(self.case, place)
                self._named_for = None  # the owner is told this name: it stays
                digest = file_digest(self.case_path)
            elif self._named_for is not None and self._named_for != (self.case_path, stem):
                # This window named the file before the domain or company was typed (or while
                # it was half typed): it takes the name it would have had, and the old one goes.
                old = self.case_path
                self.case_path = save_new_case(self.case, old.parent)
                self._named_for = (self.case_path, stem)
                digest = file_digest(self.case_path)
                self._remove_renamed(old)
            else:
                # Not changed elsewhere: the file is the version this window read or wrote,
                # which opens, so it becomes the backup without being read again.
                seen = self._file_seen[1] if self._file_seen is not None else None
                digest = save_case(self.case, self.case_path, known_good=seen)
        except OSError as error:
            if kept_read_only is not None:
                self._note_failed_save(error, place, read_only=kept_read_only)
            else:
                self._note_failed_save(error, place)
            self._new_case_folder_failed = new_case_folder_tried
            # While closing, the question in _close_without_saving has already been answered.
            if warn and not self._closing and not self._save_error_shown:
                self._save_error_shown = True
                if self._explain_failed_save():
                    return self.save_elsewhere()
            return False
        self._saved(digest)
        if kept_read_only is not None:
            log.warning("%s is read-only; saved as %s", kept_read_only, self.case_path)
            if warn and not self._closing:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(
                    self,
                    self.tr("Saved under a new name"),
                    self.tr(
                        "“{name}” is read-only, so it was left unchanged. So that nothing is "
                        "lost, the case in this window was saved as “{new}” in {folder}."
                    ).format(
                        name=kept_read_only.name,
                        new=self.case_path.name,
                        folder=self.case_path.parent,
                    ),
                )
        if changed_elsewhere is not None:
            log.warning(
                "%s changed since it was opened; saved as %s", changed_elsewhere, self.case_path
            )
            if warn and not self._closing:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(
                    self,
                    self.tr("Saved under a new name"),
                    self.tr(
                        "“{name}” was changed by another window or program after this window "
                        "opened it. So that neither version is lost, the case in this window "
                        "was saved as “{new}”."
                    ).format(name=changed_elsewhere.name, new=self.case_path.name),
                )
        return True

    def _saved(self, digest: str | None) -> None:
        """The case is now in `self.case_path` (its content has `digest`): later saves go
        there, and the status, the title and the recent cases say so."""
        from datetime import datetime

        from app.core.case import case_content
        from app.core.normalize import JST

        assert self.case_path is not None
        self._save_error_shown = False
        self._save_problem = ""
        self._may_save_elsewhere = False
        self._new_case_folder_failed = False
        self._file_seen = (self.case_path, digest)
        self._saved_content = case_content(self.case)
        self._idle_save.stop()  # everything typed so far is in this save
        self.settings.add_recent_case(self.case_path)
        self._last_saved = datetime.now(JST)
        self._show_saved_status()
        self._update_title()
        self.case_saved.emit(str(self.case_path))

    def _note_failed_save(
        self, error: OSError, place: Path | None = None, read_only: Path | None = None
    ) -> None:
        """Remember why saving failed (`_save_problem`, in the owner's words) and whether
        another place may take the case. `place`: where it could not be saved; `read_only`:
        instead, the read-only case file next to which (nor in `place`, the folder for new
        cases) no copy could be saved."""
        from app.core.os_errors import os_error_reason, place_cannot_be_written
        from app.ui.i18n import text_of

        log.warning("saving to %s failed: %s", read_only or place, error)
        self._set_status(lambda: self.tr("Could not save!"))
        reason = text_of(os_error_reason(error))
        if read_only is not None:
            self._save_problem = self.tr(
                "“{name}” is read-only, and a copy of the case could not be saved next to it "
                "or in {folder} ({reason})."
            ).format(name=read_only.name, folder=place, reason=reason)
        else:
            self._save_problem = self.tr(
                "The case could not be saved to {path} ({reason})."
            ).format(path=place, reason=reason)
        self._may_save_elsewhere = place_cannot_be_written(error)
        # Page 5 says it next to the PDF line, in whichever language is shown then.
        self.save_failed.emit(str(read_only or place), os_error_reason(error))

    def _explain_failed_save(self) -> bool:
        """Say why the case could not be saved and that the input is still here; where the
        place cannot be written, offer another one. True: the owner chose to save elsewhere."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui.message_box import exec_fitted

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Saving failed"))
        box.setText(
            join_sentences(
                self._save_problem,
                self.tr(
                    "Your input is still here. Free up space or check the disk or folder: the "
                    "case is saved again when you go to another step or close the window."
                ),
            )
        )
        elsewhere = self._add_elsewhere_button(box)
        ok = box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(ok)
        box.setEscapeButton(ok)
        exec_fitted(box)
        return elsewhere is not None and box.clickedButton() is elsewhere

    def _add_elsewhere_button(self, box: QMessageBox) -> QAbstractButton | None:
        """Offer 「別の場所に保存…」 in `box` when the last save failed because its place cannot
        be written (with a sentence saying so); None when another place would not help."""
        from PySide6.QtWidgets import QMessageBox

        if not self._may_save_elsewhere:
            return None
        box.setInformativeText(
            join_sentences(
                box.informativeText(),
                self.tr(
                    "You can also save the case in another place now, such as another folder "
                    "or a USB memory stick."
                ),
            )
        )
        return box.addButton(self.tr("Save &Elsewhere…"), QMessageBox.ButtonRole.ActionRole)

    def save_elsewhere(self) -> bool:
        """Ask for another file and save the case there: its own place cannot be written.
        From then on this window saves to that file. False: the owner cancelled (the case
        stays in the window, unsaved) or that place could not be written either (said so)."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        from app.core.case import CASE_SUFFIX, case_name_stem, save_case, suggested_case_name

        self.store_from_pages()
        # The name a save would give now: a file this window named before the domain or
        # company was typed ("case-<date>") was about to take that name when saving failed.
        # A name the owner chose (or opened) stays.
        stem = case_name_stem(self.case)
        named_by_us = self._named_for is not None and self._named_for != (self.case_path, stem)
        if self.case_path is None or named_by_us:
            name = suggested_case_name(self.case)
        else:
            name = self.case_path.name
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        while True:
            filename, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the case in another place"),
                str(folder / name),
                self.tr("Mail Mamori cases (*{suffix});;All files (*)").format(suffix=CASE_SUFFIX),
            )
            if not filename:
                return False
            path = Path(filename)
            if not path.name.lower().endswith(".json"):
                path = path.with_name(path.name + CASE_SUFFIX)
            try:
                if is_read_only(path):
                    # Replacing it would undo what someone chose (see is_read_only).
                    raise PermissionError(errno.EACCES, "read-only file", str(path))
                digest = save_case(self.case, path)
            except OSError as error:
                self._note_failed_save(error, path)
                if not self._explain_failed_save():
                    return False
                folder, name = path.parent, path.name
                continue
            log.info("the case was saved in another place: %s", path)
            if self._new_case_folder_failed:
                # New cases go there too, also after the next start: the owner's cases stay
                # in the one place they chose, and they are not asked again for every case.
                self.settings.case_folder = path.parent
                self.settings.sync()
            self.case_path = path
            self._named_for = None  # the owner chose this name: it stays
            self._chosen_folder_missing = None
            self._saved(digest)
            return True

    def _set_status(self, make: Callable[[], str]) -> None:
        """Show `make()` under the step list, and again after a language switch."""
        self._status = make
        self.steps.set_status(make())

    def _show_saved_status(self) -> None:
        """When the case was saved, and which fields hold a mistake and so were not saved with
        it: the owner learns it now, not only when closing (the text stays on screen)."""
        if self._last_saved is not None:
            self._set_status(self._saved_status)

    def _saved_status(self) -> str:
        if self._last_saved is None:
            return ""
        lines = [
            self.tr("Saved automatically at {time}").format(time=self._last_saved.strftime("%H:%M"))
        ]
        if self._chosen_folder_missing is not None:
            # Short: the column is narrow (the welcome page names both folders).
            lines.append(
                self.tr("The folder you chose for cases was not found: saved in the usual folder.")
            )
        unsaved = [name for _page, names in self.unsaved_input() for name in names]
        if unsaved:
            lines.append(
                self.tr("⚠ Not saved because of a mistake: {fields}").format(
                    fields=self.tr(", ").join(unsaved)
                )
            )
        return "\n".join(lines)

    def new_case_folder(self) -> tuple[Path, Path | None]:
        """Where a new case is saved: the folder the owner chose for cases (`save_elsewhere`,
        when the usual one could not be written) if it is there, otherwise the usual folder
        (`default_case_dir`). Second: the chosen folder when it cannot be found now (a USB
        memory stick not plugged in; it is used again once it is back), else None."""
        chosen = self.settings.case_folder
        if chosen is None:
            return default_case_dir(), None
        if chosen.is_dir():
            return chosen, None
        return default_case_dir(), chosen

    def _remove_renamed(self, old: Path) -> None:
        """Remove the file (and its backup) that a new case had before it was renamed."""
        from app.core.case import backup_path

        for path in (old, backup_path(old)):
            try:
                path.unlink(missing_ok=True)
            except OSError as error:  # the case itself is saved under its new name
                log.warning("could not remove %s after renaming the case: %s", path, error)

    def _changed_elsewhere(self, path: Path) -> bool:
        """True when the content of the case file at `path` changed since this window last
        read or wrote it (a file that has gone since is simply written again). The content,
        not the size and time: another window's save can keep both (coarse file times, the
        same length), and a sync tool rewriting the same content changes the time only."""
        from app.core.case import file_digest

        if self._file_seen is None or self._file_seen[0] != path:
            return False
        now = file_digest(path)
        return now is not None and now != self._file_seen[1]

    # -- language and window -------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the UI language now and remember it."""
        self.languages.set_language(lang)
        self.settings.language = lang

    def changeEvent(self, event: object) -> None:
        from PySide6.QtCore import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[arg-type]

    def _retranslate(self) -> None:
        # QWizard translates its standard buttons once, when built; after a language switch the
        # texts are fetched again from Qt's own catalogue (qtbase_ja), not from ours.
        for which, source in _STANDARD_BUTTONS.items():
            self.setButtonText(which, QCoreApplication.translate(_QT_WIZARD_CONTEXT, source))
        self.steps.set_steps([msg_text(spec.step) for spec in PAGES])
        current = max(self.currentId(), 0)
        self.steps.set_current(current, set(self.visitedIds()) - {current})
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Settin&gs…"))
        self._update_title()
        # After the pages have had their own LanguageChange (they come after the window's):
        # the line names their fields by their accessible names.
        QTimer.singleShot(0, self, lambda: self.steps.set_status(self._status()))

    def _order_buttons(self) -> None:
        # QWizard puts Settings last in the Tab order (after Close) although it is drawn left
        # of Back: Tab goes through the buttons as they are laid out, from left to right.
        order = (
            QWizard.WizardButton.CustomButton1,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
        buttons = [self.button(which) for which in order]
        for first, second in pairwise(buttons):
            QWidget.setTabOrder(first, second)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.open_settings()

    def open_settings(self) -> bool:
        """Show the Settings dialog; True if the user applied changes."""
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        # A dialog kept as a child of the wizard would keep its widgets (and what was typed
        # into them) in memory until the app closes.
        dialog.deleteLater()
        if accepted:
            self.settings.sync()
            self.settings_changed.emit()
        return accepted

    def _update_title(self) -> None:
        company = self._case.organisation.company if self._case is not None else ""
        title = self.tr("Mail Mamori")
        self.setWindowTitle(f"{title} — {company}" if company else title)

    def _persist_before_close(self) -> bool:
        """Save before the window closes. False: the case could not be saved and the owner
        chose to keep the window open (closing would lose the input)."""
        if self._closing:
            return True
        page = self.currentPage()
        if isinstance(page, BasePage):
            page.leave_page()
        if not self.autosave(warn=False) and not self._close_without_saving():
            return False
        self._closing = True
        self._idle_save.stop()
        if not self._slot.offset or self.geometry() != self._placed:
            self.settings.geometry = self.saveGeometry()
        self._slot.release()
        self.settings.sync()
        self.tasks.cancel_all()
        self.tasks.wait_idle(3000)
        return True

    def _close_without_saving(self) -> bool:
        """The last save before closing failed: closing now loses what was entered since the
        previous save. Asked once per close; the default keeps the window open. True: close."""
        return self._lose_unsaved_case(
            self.tr(
                "If you close now, what you entered since the last save is lost. Keep the "
                "window open, free up space or check the disk or folder, then close again: "
                "the case is saved once more."
            ),
            self.tr("&Keep the window open"),
            self.tr("Close &without saving"),
        )

    def _lose_unsaved_case(self, consequence: str, keep_text: str, lose_text: str) -> bool:
        """Say that the case could not be saved and what going on would lose; the default (and
        Esc) keeps it. Where its place cannot be written, another one is offered too. True: go
        on, the owner chose `lose_text` or the case was saved in another place."""
        from PySide6.QtWidgets import QMessageBox

        from app.ui.message_box import exec_fitted

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Saving failed"))
        box.setText(self._save_problem)
        box.setInformativeText(consequence)
        elsewhere = self._add_elsewhere_button(box)
        keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
        lose = box.addButton(lose_text, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        exec_fitted(box)
        if elsewhere is not None and box.clickedButton() is elsewhere:
            return self.save_elsewhere()  # cancelled: nothing is lost, the window stays
        return box.clickedButton() is lose

    def unsaved_input(self) -> list[tuple[BasePage, list[str]]]:
        """Pages holding text that could not be saved, with the names of those fields."""
        found = []
        for page in self._pages:  # a page not built yet holds nothing typed
            names = page.unsaved_input()
            if names:
                found.append((page, names))
        return found

    def _may_close(self, finishing: bool = False) -> bool:
        """Before Close, X or Finish: when some typed text could not be saved (a date that
        cannot be read, a mistyped address), say so and offer to go back to it. True: close."""
        if self._closing:
            return True
        unsaved = self.unsaved_input()
        if not unsaved:
            return True
        return self._ask_about_unsaved_input(
            unsaved,
            self.tr(
                "These entries contain a mistake (explained under each field), so they are "
                "only on the screen and not in the saved case. If you close now, they are lost."
            ),
            self.tr("&Finish anyway") if finishing else self.tr("&Close anyway"),
        )

    def may_create_report(self) -> bool:
        """Before the report PDF is made: text that could not be saved is not in the case, so
        it would be missing from the PDF without a word. Say so and offer to go back to it
        (the default). True: make the PDF."""
        unsaved = self.unsaved_input()
        if not unsaved:
            return True
        return self._ask_about_unsaved_input(
            unsaved,
            self.tr(
                "These entries contain a mistake (explained under each field), so they would "
                "be missing from the PDF."
            ),
            self.tr("&Create the PDF without them"),
        )

    def _may_replace_case(self) -> bool:
        """Before starting a new case or opening another one, which replaces what every page
        shows: when the current case could not be saved, or holds text that could not be saved,
        say so first; the default keeps the current case. True: go ahead."""
        if self._case is None:
            return True
        if self._save_problem:
            self.autosave(warn=False)  # once more: the disk or folder may have been fixed
        if self._save_problem and not self._discard_unsaved_case():
            return False
        unsaved = self.unsaved_input()
        if not unsaved:
            return True
        return self._ask_about_unsaved_input(
            unsaved,
            self.tr(
                "These entries contain a mistake (explained under each field), so they are "
                "only on the screen and not in the saved case. If you start a new case or open "
                "another one now, they are lost."
            ),
            self.tr("&Discard and continue"),
        )

    def _discard_unsaved_case(self) -> bool:
        """The current case could not be saved: starting or opening another case now loses
        what was entered since the previous save. True: the owner chose to discard it."""
        return self._lose_unsaved_case(
            self.tr(
                "If you start a new case or open another one now, what you entered since the "
                "last save is lost. Free up space or check the disk or folder first: the case "
                "is saved again when you go to another step or close the window."
            ),
            self.tr("&Keep this case"),
            self.tr("&Discard and continue"),
        )

    def _ask_about_unsaved_input(
        self, unsaved: list[tuple[BasePage, list[str]]], consequence: str, proceed: str
    ) -> bool:
        """Name the fields whose text could not be saved and offer to go back to the first of
        them (the default). True: the owner chose `proceed` and the text may be lost."""
        from PySide6.QtCore import Qt  # not at start-up: see qt_enums
        from PySide6.QtWidgets import QMessageBox

        separator = self.tr(", ")
        lines = "\n".join(
            "• "
            + self.tr("{step}: {fields}").format(
                step=page.step_name(), fields=separator.join(names)
            )
            for page, names in unsaved
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Some input could not be saved"))
        box.setText(self.tr("Some of what you typed could not be saved:") + "\n" + lines)
        box.setInformativeText(consequence)
        fix = box.addButton(self.tr("&Go back and fix it"), QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(proceed, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(fix)
        box.setEscapeButton(fix)
        from app.ui.message_box import exec_fitted

        exec_fitted(box)
        if box.clickedButton() is close:
            return True
        page = unsaved[0][0]
        self.go_to_page(page.key)
        if self.currentPage() is page:
            page.show_unsaved_input()
        return False

    def reject(self) -> None:
        """The Close button: the case is saved first, so closing never loses anything (text
        that cannot be saved is pointed out first)."""
        if not self._may_close() or not self._persist_before_close():
            return
        super().reject()

    def accept(self) -> None:
        """Finish: commit every page to the case and save once more, then close.

        Text that cannot be saved is pointed out first. The current page may then ask a
        question (the report page reminds the owner when no PDF has been created); if it
        declines, the input is saved and the wizard stays open.
        """
        if not self._may_close(finishing=True):
            self.autosave()
            return
        page = self.currentPage()
        if isinstance(page, BasePage) and not page.confirm_finish():
            self.autosave()
            return
        if not self._persist_before_close():
            return
        super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's X: QDialog answers it with reject(); asked here first so that "go back"
        # can keep the window open.
        if not self._may_close() or not self._persist_before_close():
            event.ignore()
            return
        super().closeEvent(event)
