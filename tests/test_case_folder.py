"""The folder the owner chose with 「別の場所に保存…」 when the usual cases folder could not be
written is where new cases go from then on, in this window and after the next start: the owner
is not asked again for every case, and the welcome page says where they go. When that folder
is gone (a USB memory stick not plugged in), new cases go to the usual folder and the owner is
told; nothing is lost. Real files, Qt's own file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.core.case import load_case
from app.core.paths import default_case_dir
from tests.test_first_run import unwritable_home  # noqa: F401
from tests.test_save_elsewhere import (
    ELSEWHERE,
    _type_a_case,
    answer_dialogs,
    choose_file,
    click,
    close_without_asking_afterwards,
)
from tests.test_wizard_shell import situation, type_text


def _only_case_in(folder: Path) -> Path:
    [path] = folder.glob("*.mamori.json")
    return path


def _status_line(wizard) -> str:  # type: ignore[no-untyped-def]
    """The line under the step list (when the case was saved, and where)."""
    return wizard.steps.findChild(QLabel, "saveStatus").text()


def _new_case(qtbot, wizard, company: str) -> None:  # type: ignore[no-untyped-def]
    """「新しい事案」 on the welcome page, and a company name typed on the first step."""
    wizard.go_to_page("welcome")
    wizard.page_by_key("welcome").new_button.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is situation(wizard))
    type_text(qtbot, situation(wizard).company, company)


def test_new_cases_go_to_the_folder_the_owner_chose_also_after_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, wizard, fresh_wizard, request, tmp_path: Path
) -> None:
    with close_without_asking_afterwards(wizard):
        request.getfixturevalue("unwritable_home")  # after `wizard`, whose home it replaces
        usb = tmp_path / "usb"
        usb.mkdir()
        _type_a_case(qtbot, wizard)
        seen = answer_dialogs(qtbot, [click(ELSEWHERE), choose_file(usb / "やまだ.mamori.json")])
        assert wizard.autosave() is True
        assert "unexpected" not in seen
        # The usual folder still cannot be written: the next case goes to the chosen folder,
        # without a question.
        seen = answer_dialogs(qtbot, [])
        _new_case(qtbot, wizard, "株式会社すずき工務店")
        assert wizard.autosave() is True
        assert seen == []
        assert wizard.case_path is not None and wizard.case_path.parent == usb
        assert load_case(wizard.case_path).organisation.company == "株式会社すずき工務店"

    # The next start: the welcome page says where new cases go, and they go there.
    again = fresh_wizard()
    with close_without_asking_afterwards(again):
        note = again.page_by_key("welcome").folder_note
        assert note.isVisible()
        assert str(usb) in note.text() and "選んだフォルダ" in note.text()
        _new_case(qtbot, again, "佐藤商事")
        assert again.autosave() is True
        assert again.case_path is not None and again.case_path.parent == usb
        assert load_case(again.case_path).organisation.company == "佐藤商事"
        assert not list(default_case_dir().parent.glob("**/*.mamori.json"))


def test_a_chosen_folder_that_is_gone_sends_new_cases_to_the_usual_folder_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, fresh_wizard, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"  # the stick is not plugged in: the folder is not there
    first = fresh_wizard()
    first.settings.case_folder = usb
    first.close()

    wizard = fresh_wizard()
    note = wizard.page_by_key("welcome").folder_note
    assert note.isVisible()
    assert str(usb) in note.text() and str(default_case_dir()) in note.text()
    assert "見つかりません" in note.text()
    _new_case(qtbot, wizard, "株式会社やまだ商店")
    assert wizard.autosave() is True
    path = _only_case_in(default_case_dir())
    assert wizard.case_path == path
    assert load_case(path).organisation.company == "株式会社やまだ商店"
    assert not usb.exists()  # not made again where the stick was
    assert "選んだフォルダが見つからない" in _status_line(wizard)
    assert "いつものフォルダ" in _status_line(wizard)
    # The stick is back: the next new case goes there again.
    usb.mkdir()
    _new_case(qtbot, wizard, "佐藤商事")
    assert wizard.autosave() is True
    assert wizard.case_path is not None and wizard.case_path.parent == usb
    assert "見つからない" not in _status_line(wizard)


def test_a_usual_cases_folder_that_works_keeps_the_welcome_page_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, wizard
) -> None:
    assert not wizard.page_by_key("welcome").folder_note.isVisible()
    _new_case(qtbot, wizard, "株式会社やまだ商店")
    assert wizard.autosave() is True
    assert wizard.case_path == _only_case_in(default_case_dir())
    assert wizard.settings.case_folder is None


def _back_to_welcome(qtbot, wizard):  # type: ignore[no-untyped-def]
    welcome = wizard.page_by_key("welcome")
    wizard.go_to_page("welcome")
    qtbot.waitUntil(lambda: wizard.currentPage() is welcome)
    return welcome


def test_the_welcome_page_looks_again_when_the_owner_comes_back_to_it(  # type: ignore[no-untyped-def]
    qtbot, fresh_wizard, tmp_path: Path
) -> None:
    # The note and the recent cases were read only when the page was first shown: back on it,
    # they still said the stick was missing after it was plugged in, and listed no case.
    usb = tmp_path / "usb"  # not plugged in at the start
    first = fresh_wizard()
    first.settings.case_folder = usb
    first.close()

    wizard = fresh_wizard()
    welcome = wizard.page_by_key("welcome")
    assert "見つかりません" in welcome.folder_note.text()
    assert not welcome.recent.isVisible()
    _new_case(qtbot, wizard, "株式会社やまだ商店")
    assert wizard.autosave() is True
    saved = wizard.case_path
    assert saved is not None and saved.parent == default_case_dir()
    usb.mkdir()  # the stick is plugged in while the owner is on the first step

    welcome = _back_to_welcome(qtbot, wizard)
    assert "見つかりません" not in welcome.folder_note.text()
    assert welcome.folder_note.text() == f"新しい事案は、選んだフォルダに保存されます: {usb}"
    assert welcome.recent.isVisible()
    assert welcome.recent.item(0).text() == saved.name

    # Pulled out again (nothing of the case is on it): the next visit says so again.
    usb.rmdir()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is situation(wizard))
    welcome = _back_to_welcome(qtbot, wizard)
    assert "見つかりません" in welcome.folder_note.text()


def test_the_owner_can_go_back_to_the_usual_folder_from_the_welcome_page(  # type: ignore[no-untyped-def]
    qtbot, fresh_wizard, tmp_path: Path
) -> None:
    from tests.test_wizard_shell import mnemonic_clashes

    usb = tmp_path / "usb"
    usb.mkdir()
    first = fresh_wizard()
    first.settings.case_folder = usb
    first.close()

    wizard = fresh_wizard()
    welcome = wizard.page_by_key("welcome")
    button = welcome.usual_folder_button
    assert button.isVisible() and button.text() == "いつものフォルダに戻す(&U)"
    assert mnemonic_clashes(wizard, welcome) == {}
    wizard.set_language("en")
    qtbot.waitUntil(lambda: button.text() == "&Use the usual folder again")
    assert mnemonic_clashes(wizard, welcome) == {}
    wizard.set_language("ja")
    qtbot.waitUntil(lambda: button.text() == "いつものフォルダに戻す(&U)")
    # Asked first, with where new cases then go; cancelled, nothing changes.
    seen = answer_dialogs(qtbot, [click("キャンセル")])
    button.click()
    assert len(seen) == 1 and str(default_case_dir()) in seen[0] and str(usb) in seen[0]
    assert "いつものフォルダに保存されます" in seen[0]
    assert wizard.settings.case_folder == usb and button.isVisible()

    seen = answer_dialogs(qtbot, [click("いつものフォルダに戻す")])
    button.click()
    assert "unexpected" not in seen
    assert wizard.settings.case_folder is None
    assert not welcome.folder_note.isVisible() and not button.isVisible()
    # Also after the next start; and the next new case goes to the usual folder.
    again = fresh_wizard()
    with close_without_asking_afterwards(again):
        assert not again.page_by_key("welcome").folder_note.isVisible()
        _new_case(qtbot, again, "佐藤商事")
        assert again.autosave() is True
        assert again.case_path == _only_case_in(default_case_dir())
        assert not list(usb.iterdir())
