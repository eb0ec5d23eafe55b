"""Installs Qt translators (Qt's own `qtbase_ja` and the app's catalogue) and translates core Msgs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from shiboken6 import isValid

from app.core import i18n as core_i18n
from app.core.i18n import DataText, Msg, snug_names
from app.core.paths import i18n_path

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}

# The application's LanguageManager. Kept here rather than found with app.findChild(), which
# wraps every child of the application in Python on the way, the style among them: PySide6 then
# builds the QStyle class's 13 enums, a few milliseconds before the first page for nothing.
_manager: LanguageManager | None = None


class LanguageManager(QObject):
    """Switches the whole application between Japanese (default) and English at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = core_i18n.DEFAULT_LANGUAGE

    def set_language(self, lang: str) -> None:
        """Install the translators for `lang`; every widget receives a LanguageChange event."""
        if lang not in core_i18n.LANGUAGES:
            lang = core_i18n.DEFAULT_LANGUAGE
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"qtbase_{lang}", qt_dir)
            self._load(f"mail_mamori_{lang}", str(i18n_path()))
        self.language = lang
        core_i18n.set_language(lang)
        QLocale.setDefault(
            QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English)
        )
        _retranslate_tab_bar_buttons()

    def _load(self, name: str, folder: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, folder):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)


# Qt names a tab bar's scroll buttons once, when the bar is built, and never again.
_TAB_BAR_BUTTONS = {"ScrollLeftButton": "Scroll Left", "ScrollRightButton": "Scroll Right"}


def _retranslate_tab_bar_buttons() -> None:
    """Give the scroll buttons of every existing tab bar their names in the new language
    (Qt's own catalogue, context QTabBar), which Qt does not do on a language change."""
    # Imported here: the classes are built on first use, which start-up need not pay for.
    from PySide6.QtWidgets import QApplication, QTabBar, QToolButton

    if not isinstance(QCoreApplication.instance(), QApplication):
        return  # the command line and the self-test have no widgets
    for widget in QApplication.allWidgets():
        if not isinstance(widget, QTabBar):
            continue
        for button in widget.findChildren(QToolButton):
            source = _TAB_BAR_BUTTONS.get(button.objectName())
            if source is not None:
                button.setAccessibleName(QCoreApplication.translate("QTabBar", source))


def language_manager(app: QCoreApplication) -> LanguageManager:
    """The application's one LanguageManager (a second one would leave stale translators)."""
    global _manager
    if _manager is None or not isValid(_manager) or _manager.parent() is not app:
        _manager = LanguageManager(app)
    return _manager


def text_of(value: Msg | str) -> str:
    """`msg_text` for a message, or the string itself (a reason that has no translation)."""
    return msg_text(value) if isinstance(value, Msg) else value


def msg_text(msg: Msg) -> str:
    """A core message translated into the current UI language, placeholders filled in."""
    if isinstance(msg, DataText):
        return msg.render()  # the core language follows the UI's (LanguageManager)
    template = QCoreApplication.translate(msg.context, msg.source)
    values = {k: (msg_text(v) if isinstance(v, Msg) else v) for k, v in msg.args}
    template = snug_names(template, {k: values[k] for k, v in msg.args if isinstance(v, DataText)})
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return msg.render()
