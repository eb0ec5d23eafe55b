"""The whole wizard by keyboard alone: the Tab order of every page, where the focus lands."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.core.example_case import example_case

KEYS = ["welcome", "situation", "blacklist", "accounts", "sender_auth", "report"]


def tab_chain(qtbot, wizard, limit: int = 120) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab until the focus comes back to where it started; the widgets it visited.
    A widget that keeps the focus for several presses (links in a text browser) counts once."""
    start = QApplication.focusWidget()
    assert start is not None
    chain = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return chain
        if widget is not chain[-1]:
            assert widget not in chain, f"Tab is caught in a loop at {widget!r}"
            chain.append(widget)
    raise AssertionError(f"Tab never came back to {start!r}: {chain[-3:]!r}")


def show_page(qtbot, wizard, key: str, lang: str = "ja") -> None:  # type: ignore[no-untyped-def]
    wizard.set_language(lang)
    wizard.case = example_case()
    wizard.load_into_pages()
    if key != "welcome":
        wizard.go_to_page(key)
    assert wizard.currentPage().key == key
    qtbot.wait(20)


def wizard_buttons(wizard: QWizard) -> list[QWidget]:
    """The buttons at the bottom, as they are laid out from left to right."""
    kinds = (
        QWizard.WizardButton.CustomButton1,
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    )
    buttons = [wizard.button(kind) for kind in kinds]
    visible = [b for b in buttons if b.isVisible() and b.isEnabled()]
    xs = [b.mapTo(wizard, b.rect().topLeft()).x() for b in visible]
    assert xs == sorted(xs)  # the order above is the one on screen
    return visible


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_tab_reaches_the_buttons_left_to_right_after_the_page(
    qtbot, wizard, key: str, lang: str
) -> None:  # type: ignore[no-untyped-def]
    show_page(qtbot, wizard, key, lang)
    chain = tab_chain(qtbot, wizard)
    buttons = wizard_buttons(wizard)
    positions = [chain.index(b) for b in buttons]
    # Consecutive in the chain and in their on-screen order (Settings first, Close last).
    assert positions == list(range(positions[0], positions[0] + len(buttons)))
    page = wizard.currentPage()
    # Every other stop is a control of the page: nothing unnamed of Qt's own in between.
    others = [w for w in chain if w not in buttons]
    assert all(page.isAncestorOf(w) for w in others)


@pytest.mark.parametrize("key", KEYS)
def test_the_focus_starts_on_a_visible_named_control_of_the_page(qtbot, wizard, key: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QTabBar

    show_page(qtbot, wizard, key)
    widget = QApplication.focusWidget()
    assert widget is not None and wizard.currentPage().isAncestorOf(widget)
    if isinstance(widget, QTabBar):
        return  # the report page opens on its tabs: the tab's title is the name
    name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
    assert name, f"focus starts on an unnamed {type(widget).__name__}"
    # A page's scroll area has no frame: with the focus on it nothing shows where the focus is.
    assert type(widget) is not QAbstractScrollArea and type(widget).__name__ != "QScrollArea"


def _scroll_area(widget: QWidget) -> QWidget | None:
    from PySide6.QtWidgets import QScrollArea

    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    return area


def _top_left(widget: QWidget, within: QWidget) -> tuple[int, int]:
    point = widget.mapTo(within, widget.rect().topLeft())
    return point.x(), point.y()


def _positions(first: QWidget, second: QWidget, wizard: QWizard) -> list[tuple[int, int]]:
    """Where the two are drawn: inside one scroll area, as if it were not scrolled; otherwise
    in the wizard, a control inside a scroll area standing for the area itself."""
    area1, area2 = _scroll_area(first), _scroll_area(second)
    if area1 is not None and area1 is area2:
        return [_top_left(w, area1.widget()) for w in (first, second)]
    return [_top_left(area or w, wizard) for w, area in ((first, area1), (second, area2))]


def assert_visual_order(wizard: QWizard, chain: list[QWidget]) -> None:
    """Each Tab goes right on the same line, or down: never back up or to the left."""
    page = wizard.currentPage()
    controls = [w for w in chain if page.isAncestorOf(w)]
    wrong = []
    for first, second in pairwise(controls):
        (x1, y1), (x2, y2) = _positions(first, second, wizard)
        if _scroll_area(first) is not _scroll_area(second):
            ok = y2 >= y1  # into or out of a scroll area: from the area to what is below it
        else:
            ok = y2 > y1 + 8 or (abs(y2 - y1) <= 8 and x2 > x1)
        if not ok:
            wrong.append(
                f"{first.accessibleName() or type(first).__name__} ({x1},{y1}) -> "
                f"{second.accessibleName() or type(second).__name__} ({x2},{y2})"
            )
    assert wrong == []


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_tab_follows_the_layout_top_to_bottom_left_to_right(
    qtbot, wizard, key: str, lang: str
) -> None:  # type: ignore[no-untyped-def]
    show_page(qtbot, wizard, key, lang)
    assert_visual_order(wizard, tab_chain(qtbot, wizard))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_tab_follows_the_layout_on_every_tab_of_the_report(qtbot, wizard, lang: str) -> None:  # type: ignore[no-untyped-def]
    show_page(qtbot, wizard, "report", lang)
    page = wizard.currentPage()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        page.tabs.tabBar().setFocus()
        qtbot.wait(20)
        assert_visual_order(wizard, tab_chain(qtbot, wizard))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_accessible_name_keeps_a_mnemonic(qtbot, wizard, lang: str) -> None:  # type: ignore[no-untyped-def]
    # 「詳しい方向け(&F)」 is read 「詳しい方向け かっこ F」 if only the & is removed.
    import re

    show_page(qtbot, wizard, "welcome", lang)
    wizard.ensure_pages()
    leftover = re.compile(r"&|[(（][A-Za-z0-9][)）]\s*$")
    names = {w.accessibleName() for w in wizard.findChildren(QWidget)}
    assert sorted(n for n in names if leftover.search(n)) == []


def dialog_chain(qtbot, dialog) -> list[QWidget]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    return tab_chain(qtbot, dialog)


def assert_dialog_order(chain: list[QWidget]) -> None:
    """Down the dialog, and left to right on one line."""
    wrong = []
    for first, second in pairwise(chain):
        (x1, y1), (x2, y2) = (_top_left(w, w.window()) for w in (first, second))
        if not (y2 > y1 + 8 or (abs(y2 - y1) <= 8 and x2 > x1)):
            wrong.append(
                f"{first.accessibleName() or first} -> {second.accessibleName() or second}"
            )
    assert wrong == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_tab_goes_down_the_account_dialog(qtbot, wizard, lang: str) -> None:  # type: ignore[no-untyped-def]
    from app.ui.widgets.account_dialog import AccountDialog

    wizard.set_language(lang)
    dialog = AccountDialog(None, [], wizard)
    chain = dialog_chain(qtbot, dialog)
    assert chain[0] is dialog.address.edit  # the only required field is where typing starts
    # 「まだ使える状態」 is drawn under the note; Tab used to reach it right after the status.
    assert chain.index(dialog.active) == chain.index(dialog.note) + 1
    assert_dialog_order(chain)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_tab_goes_down_the_settings_and_bounce_dialogs(qtbot, wizard, lang: str) -> None:  # type: ignore[no-untyped-def]
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.widgets.blacklist_widgets import ReceivedDialog

    wizard.set_language(lang)
    assert_dialog_order(dialog_chain(qtbot, SettingsDialog(wizard.settings, wizard)))
    bounce = ReceivedDialog(("example.co.jp",), wizard)
    assert_dialog_order(dialog_chain(qtbot, bounce))


def test_switching_the_language_by_keyboard_keeps_the_focus_on_the_choice(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    welcome = wizard.page_by_key("welcome")
    combo = welcome.language
    combo.setFocus()
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 日本語 -> English
    qtbot.wait(20)
    assert wizard.languages.language == "en"
    assert QApplication.focusWidget() is combo
    assert combo.accessibleName() == "Display language"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.wait(20)
    assert wizard.languages.language == "ja"
    assert QApplication.focusWidget() is combo
    assert combo.accessibleName() == "表示言語"


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the wizard had screen readers announce."""
    from app.ui.widgets import announce

    messages: list[str] = []
    monkeypatch.setattr(announce, "_send", lambda event: messages.append(event.message()))
    return messages


def test_a_finished_check_is_announced_in_the_words_of_its_status_line(
    qtbot, wizard, dns_server, announced: list[str]
) -> None:  # type: ignore[no-untyped-def]
    # The result appears in a status line while the focus is elsewhere; a screen reader only
    # read it if the owner went looking for it.
    from tests.test_sender_auth_page import Z, open_page

    page = open_page(qtbot, wizard, dns_server, domain=f"good.{Z}")
    qtbot.keyClick(page.dmarc_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.case.sender_auth.dmarc is not None, timeout=10000)
    qtbot.waitUntil(page.dmarc_button.isEnabled, timeout=5000)
    assert announced and "DMARC レコードが登録されています" in announced[-1]
    assert "<" not in announced[-1]  # plain text, not the label's HTML


def test_a_created_pdf_is_announced(qtbot, wizard, tmp_path, announced: list[str]) -> None:  # type: ignore[no-untyped-def]
    from tests.test_report_page import create, open_example

    page = open_example(wizard, tmp_path)
    create(qtbot, page, tmp_path / "report.pdf")
    assert announced == [page.pdf_status.text()] and "report.pdf" in announced[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_tab_follows_the_layout_with_the_folded_parts_open(qtbot, wizard, lang: str) -> None:  # type: ignore[no-untyped-def]
    show_page(qtbot, wizard, "situation", lang)
    page = wizard.currentPage()
    page.provider.setCurrentIndex(page.provider.findData("other"))  # the provider's name field
    qtbot.wait(50)
    page.company.setFocus()
    assert_visual_order(wizard, tab_chain(qtbot, wizard))
    show_page(qtbot, wizard, "sender_auth", lang)
    page = wizard.currentPage()
    page.dkim_advanced.set_open(True)  # selectors and mail headers
    qtbot.wait(50)  # laid out again
    page.check_button.setFocus()  # the first control of the page
    chain = tab_chain(qtbot, wizard)
    assert_visual_order(wizard, chain)
    assert page.dkim_button in chain


def test_a_mistake_found_at_next_puts_the_focus_on_the_field_that_explains_it(
    qtbot, wizard
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_wizard_shell import go_to_situation, type_text

    go_to_situation(qtbot, wizard)
    page = wizard.currentPage()
    type_text(qtbot, page.domain.edit, "example.co.jp")
    type_text(qtbot, page.contact_email.edit, "taro.example.co.jp")  # no @
    page.domain.edit.setFocus()
    qtbot.keyClick(page.domain.edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # 次へ(&N)
    # A mnemonic "animates" the click: the button reacts a moment later.
    qtbot.waitUntil(lambda: bool(page.contact_email.message.text()), timeout=3000)
    assert wizard.currentPage() is page
    assert QApplication.focusWidget() is page.contact_email.edit
    # The field tells a screen reader what is wrong, in Japanese.
    assert "@" in page.contact_email.edit.accessibleDescription()
    assert page.contact_email.edit.accessibleDescription() in page.contact_email.message.text()


def test_an_account_added_by_keyboard_is_selected_with_the_focus_on_the_list(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    import shiboken6

    from tests.test_accounts_page import open_accounts_page

    page = open_accounts_page(qtbot, wizard)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # 追加(&A)…
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=3000)
    dialog = page.dialog
    # The dialog shows before its window is activated; the focus follows the activation,
    # which the window system (even offscreen) delivers a moment later.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.address.edit, timeout=3000)
    qtbot.keyClicks(dialog.address.edit, "new.staff@example.co.jp")
    qtbot.keyClick(
        dialog.address.edit, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier
    )  # 一覧に追加(&T)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=3000)
    # The wizard's window takes the focus back from the dialog on the list.
    assert wizard.focusWidget() is page.table
    assert page.selected_account() is not None
    assert page.selected_account().address == "new.staff@example.co.jp"


def test_an_opened_case_starts_on_the_first_field_and_no_hidden_page_takes_the_focus(
    qtbot, wizard, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # Loading the case's timeline put the focus in its table: on the welcome page the keys
    # went to a table on a hidden page, and the opened case started in the middle of page 1.
    from app.core.case import save_case

    welcome = wizard.page_by_key("welcome")
    wizard.ensure_pages()
    welcome.language.setFocus()
    wizard.case = example_case()
    wizard.load_into_pages()
    assert QApplication.focusWidget() is welcome.language
    path = tmp_path / "example.mamori.json"
    save_case(example_case(), path)
    welcome.open_path(path)
    page = wizard.currentPage()
    assert page.key == "situation"
    assert QApplication.focusWidget() is page.company


def _owner_switches_to_another_window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    """Another window takes the keyboard (the browser, or another window of the app)."""
    from PySide6.QtWidgets import QLineEdit

    other = QWidget()
    qtbot.addWidget(other)
    field = QLineEdit(other)
    other.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=3000)
    return other


def _owner_comes_back(qtbot, wizard, other: QWidget) -> None:  # type: ignore[no-untyped-def]
    other.hide()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)


def test_a_check_that_fails_while_the_owner_is_in_another_window_leaves_the_focus_on_start(
    qtbot, wizard, dns_server, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Whether the focus was on the run's buttons was asked of the active window: with the
    # owner reading something else during the check, the answer was no, and the focus stayed
    # where Qt had put it when Cancel was disabled (the empty results table).
    import threading

    import app.core.dnsbl as dnsbl
    from app.core.errors import CheckError
    from app.core.resolver import NO_SYSTEM_DNS

    go = threading.Event()

    def unreachable(*_args: object, **_kwargs: object) -> None:
        go.wait(10)
        raise CheckError(NO_SYSTEM_DNS)

    monkeypatch.setattr(dnsbl, "check", unreachable)
    wizard.settings.resolver = dns_server.address
    show_page(qtbot, wizard, "blacklist")
    page = wizard.currentPage()
    page.run_button.setFocus()
    qtbot.keyClick(page.run_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is page.cancel_button
    other = _owner_switches_to_another_window(qtbot)
    go.set()
    qtbot.waitUntil(lambda: not page._running, timeout=10000)
    _owner_comes_back(qtbot, wizard, other)
    assert QApplication.focusWidget() is page.run_button


def test_a_password_made_while_the_owner_is_in_another_window_gives_the_focus_back(
    qtbot, wizard, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # With another window active when the password arrived, the focus counted as moved on
    # and stayed on the field below the button: the next keys went there.
    import threading

    import app.ui.pages.accounts as accounts_module
    from tests.test_accounts_page import open_accounts_page

    go = threading.Event()
    real = accounts_module.generate_password

    def held(*args: object, **kwargs: object) -> str:
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(accounts_module, "generate_password", held)
    page = open_accounts_page(qtbot, wizard)
    page.generate_button.setFocus()
    qtbot.keyClick(page.generate_button, Qt.Key.Key_Space)
    assert not page.generate_button.isEnabled()
    other = _owner_switches_to_another_window(qtbot)
    go.set()
    qtbot.waitUntil(lambda: bool(page.password.text()), timeout=10000)
    _owner_comes_back(qtbot, wizard, other)
    assert QApplication.focusWidget() is page.generate_button


@pytest.mark.parametrize("counted", [False, True])
def test_tab_lands_on_the_checked_choice_of_the_spam_volume(qtbot, wizard, counted: bool) -> None:  # type: ignore[no-untyped-def]
    """Tab from the spam volume went to 「ログで数えた」 although 「推定」 was checked, and never
    reached 「推定」: in a radio group Tab goes to the checked choice, the arrows to the other."""
    show_page(qtbot, wizard, "situation")
    page = wizard.currentPage()
    if counted:  # the other choice, as a loaded case or a click leaves it
        page.volume_counted.setChecked(True)
    checked, other = (
        (page.volume_counted, page.volume_estimated)
        if counted
        else (page.volume_estimated, page.volume_counted)
    )
    page.volume.edit.setFocus()
    qtbot.keyClick(page.volume.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is checked
    chain = tab_chain(qtbot, wizard)
    assert other not in chain
    # The arrow keys move to the other choice (and choose it); Tab then lands there.
    qtbot.keyClick(checked, Qt.Key.Key_Right if not counted else Qt.Key.Key_Left)
    assert QApplication.focusWidget() is other and other.isChecked()
    page.volume.edit.setFocus()
    qtbot.keyClick(page.volume.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is other
