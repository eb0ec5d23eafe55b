"""What start-up does before the first page is on screen, and what it leaves for later.

The owner waits for the first page (issue 7: at most 1.5x a minimal frozen QWizard, measured by
bench/package.py). These tests pin the work that was moved out of that wait, so that it does not
creep back in, and that nothing the owner sees changed. No timings are asserted here.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Runs the real start-up (app.__main__ without arguments) in a fresh interpreter, offscreen, and
# reports the state at the moment the first page has been painted.
_PROBE = r"""
import json, sys
import PySide6.QtCore as QtCore
import PySide6.QtWidgets as QtWidgets
from app.ui import application

def report(app):
    # Read first: anything below may itself create the Qt namespace or import modules.
    qt_namespace_built = "Qt" in QtCore.__dict__
    widget_types = sorted(name for name in QtWidgets.__dict__ if name.startswith("Q"))
    modules = sorted(sys.modules)
    from PySide6.QtGui import QFontDatabase, QFontInfo
    from PySide6.QtWidgets import QApplication, QLabel
    from app.ui.wizard import MamoriWizard
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MamoriWizard))
    page = wizard.currentPage()
    labels = [label for label in page.findChildren(QLabel) if label.text()]
    state = {
        "qt_namespace_built": qt_namespace_built,
        "widget_types": widget_types,
        "modules": modules,
        "built_pages": [p.key for p in wizard._pages],
        "page": page.key,
        "title": page.title(),
        "families": QFontDatabase.families(),
        "label_families": sorted({QFontInfo(label.font()).family() for label in labels}),
        "label_texts": [label.text() for label in labels],
    }
    print("STATE " + json.dumps(state, ensure_ascii=False), flush=True)
    application_quit(app)

application_quit = application._report_shown_and_quit
application._report_shown_and_quit = report
from app.__main__ import main
code = main([])
print("CASE-AFTER-CLOSE " + json.dumps("app.core.case" in sys.modules), flush=True)
sys.exit(code)
"""


def _environment(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "MAIL_MAMORI"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MAIL_MAMORI_QUIT_WHEN_SHOWN="1",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        **extra,
    )
    return env


@pytest.fixture(scope="module")
def first_page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The state of a fresh start of the wizard at its first paint (then it closes)."""
    home = tmp_path_factory.mktemp("startup-home")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        env=_environment(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    state = json.loads(next(line for line in lines if line.startswith("STATE "))[6:])
    state["case_after_close"] = json.loads(
        next(line for line in lines if line.startswith("CASE-AFTER-CLOSE "))[17:]
    )
    state["stderr"] = result.stderr
    return state


def test_only_the_welcome_page_is_built_before_the_first_paint(first_page) -> None:  # type: ignore[no-untyped-def]
    assert first_page["page"] == "welcome"
    assert first_page["built_pages"] == ["welcome"]
    modules = set(first_page["modules"])
    later_pages = {f"app.ui.pages.{name}" for name in ("situation", "blacklist", "accounts")}
    assert not later_pages & modules


def test_heavy_modules_wait_until_the_first_page_is_shown(first_page) -> None:  # type: ignore[no-untyped-def]
    modules = set(first_page["modules"])
    for name in (
        "app.core.case",
        "reportlab",
        "zxcvbn",
        "dns",
        "asyncio",
        "keyring",
        "logging.handlers",
        "xml.etree.ElementTree",
        "multiprocessing",
        "datetime",
    ):
        assert name not in modules, f"{name} is imported before the first page is shown"


def test_pyside_builds_no_qt_namespace_enums_before_the_first_paint(first_page) -> None:  # type: ignore[no-untyped-def]
    # Touching PySide6.QtCore.Qt builds ~100 Python enums at once (app/ui/qt_enums.py).
    assert first_page["qt_namespace_built"] is False


def test_no_dialog_or_style_classes_are_built_before_the_first_paint(first_page) -> None:  # type: ignore[no-untyped-def]
    # PySide6 creates a class (and its enums) on first use; these are not on the first page.
    # QStyle used to be built when app.findChild() wrapped the application's style object.
    built = set(first_page["widget_types"])
    assert "QWizard" in built  # the probe does see the classes that are used
    assert not {"QMessageBox", "QFileDialog", "QStyle"} & built


def test_the_bundled_font_is_registered_before_the_first_page_is_drawn(first_page) -> None:  # type: ignore[no-untyped-def]
    from app.ui.fonts import FAMILY

    assert FAMILY in first_page["families"]
    # Every label of the first page resolves to the bundled family: its Japanese glyphs come
    # from BIZ UDPGothic, whatever fonts the system has.
    assert first_page["label_families"] == [FAMILY]


def test_the_first_page_is_japanese(first_page) -> None:  # type: ignore[no-untyped-def]
    assert first_page["title"] == "メールまもりへようこそ"
    texts = "".join(first_page["label_texts"])
    assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in texts)


def test_closing_on_the_welcome_page_creates_no_case(first_page) -> None:  # type: ignore[no-untyped-def]
    assert first_page["case_after_close"] is False


def test_start_up_phases_are_printed_only_when_asked(tmp_path: Path) -> None:
    code = "from app.__main__ import main; raise SystemExit(main([]))"
    quiet = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert quiet.returncode == 0, quiet.stderr
    assert "startup " not in quiet.stderr
    traced = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=_environment(tmp_path, MAIL_MAMORI_STARTUP_TIMES="1"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert traced.returncode == 0, traced.stderr
    phases = [
        line.split(" ", 2)[2] for line in traced.stderr.splitlines() if line.startswith("startup ")
    ]
    assert phases[0] == "python started"
    assert phases[-1] == "first paint"
    assert "first-page-shown " in traced.stdout


def test_enum_numbers_match_qt() -> None:
    from PySide6.QtCore import Qt

    from app.ui import qt_enums

    pairs = [
        (qt_enums.PLAIN_TEXT, Qt.TextFormat.PlainText),
        (qt_enums.RICH_TEXT, Qt.TextFormat.RichText),
        (qt_enums.TEXT_SELECTABLE_BY_MOUSE, Qt.TextInteractionFlag.TextSelectableByMouse),
        (qt_enums.SCROLL_BAR_ALWAYS_OFF, Qt.ScrollBarPolicy.ScrollBarAlwaysOff),
        (qt_enums.NO_FOCUS, Qt.FocusPolicy.NoFocus),
        (qt_enums.CLICK_FOCUS, Qt.FocusPolicy.ClickFocus),
        (qt_enums.STRONG_FOCUS, Qt.FocusPolicy.StrongFocus),
        (qt_enums.USER_ROLE, Qt.ItemDataRole.UserRole),
        (qt_enums.ALIGN_TOP_LEFT, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft),
        (qt_enums.ALIGN_RIGHT_TOP, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight),
    ]
    for number, member in pairs:
        assert number == member.value, member


def test_layout_helpers_set_the_same_properties_as_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from app.ui.widgets.layout import scrolling, wrapped_label

    plain = wrapped_label()
    rich = wrapped_label(rich=True)
    area = scrolling(QLabel())
    for widget in (plain, rich, area):
        qtbot.addWidget(widget)
    assert plain.textFormat() == Qt.TextFormat.PlainText
    assert rich.textFormat() == Qt.TextFormat.RichText
    assert plain.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_a_misspelt_enum_property_is_an_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from app.ui.qt_enums import set_enum_property

    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="textFromat"):
        set_enum_property(label, "textFromat", 0)


def test_one_language_manager_per_application(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.application import create_application
    from app.ui.i18n import language_manager

    app = create_application()
    first = language_manager(app)
    assert language_manager(app) is first
    assert first.parent() is app


def test_nothing_in_the_app_uses_what_the_linux_build_leaves_out() -> None:
    # packaging/qt_trim.py excludes multiprocessing (and ctypes on Linux) so that PyInstaller's
    # bootstrap does not import them at every start; the app must not need them.
    offenders = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"multiprocessing", "ctypes"} or (
                    name == "concurrent.futures" and "ProcessPool" in ast.unparse(node)
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert offenders == []


def test_welcome_text_turns_selectable_after_the_first_paint_with_the_same_pixels(
    qtbot,  # type: ignore[no-untyped-def]
    app_home: Path,
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt

    from app.ui.application import create_application
    from app.ui.i18n import language_manager
    from app.ui.settings import AppSettings
    from app.ui.wizard import MamoriWizard

    app = create_application()
    languages = language_manager(app)
    languages.set_language("ja")
    settings = AppSettings(QSettings(str(app_home / "settings.ini"), QSettings.Format.IniFormat))
    window = MamoriWizard(settings, languages)
    try:
        window.resize(980, 720)
        page = window.page(0)
        paragraphs = [page.intro, page.steps_text, page.prepare_text, page.privacy_text]
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        before = window.grab().toImage()  # the first paint: selection is switched on after it
        assert not any(label.textInteractionFlags() & selectable for label in paragraphs)
        qtbot.waitUntil(
            lambda: all(label.textInteractionFlags() & selectable for label in paragraphs)
        )
        after = window.grab().toImage()
        assert before.size() == after.size()
        assert before == after
    finally:
        window.tasks.cancel_all()
        window.tasks.wait_idle(5000)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
