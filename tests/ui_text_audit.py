"""Finds English that the Japanese UI shows: the texts of a widget tree, and Qt's own strings.

`visible_texts` reads every text a widget tree shows or tells a screen reader (labels, buttons,
titles, tooltips, accessible names and descriptions, placeholders, combo box items, column
headings, actions and their menus). `TranslationRecorder` notes every (context, source) that
Qt or the app looks up while it is installed, so a string that is shown only later (a message,
a hidden tab, an item view's type column) is still caught. `english_words` says which words of
a text are English that an owner reading Japanese would trip over; names and notation that
Japanese UIs also write in Latin letters are allowed (`ALLOWED_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

# Latin words a Japanese owner reads as they are: product, protocol and record names, the
# syntax of the records the app explains (shown as code), abbreviations Japanese writes in
# Latin letters, units and key names. Lower case; compared case-insensitively.
_ALLOWED_WORDS = """
    spf dmarc dkim dns dnsbl dqs ip ipv mx txt ptr cname rfc smtp pop imap ftp ssl tls
    https http url www pdf csv tsv json utf bom ok id os it web vps isp rsa sha
    jst utc ntp jpcert cc usb css as sbl xbl pbl
    servfail refused nxdomain formerr notimp
    include all redirect exp none quarantine reject permerror temperror softfail neutral
    pass fail default
    spamhaus spamcop barracuda xserver conoha wing google workspace microsoft gmail outlook
    windows macos linux mail mamori
    ctrl alt shift del ins esc enter tab backspace home end meta
    jis mm pt pc dd in cm kb mb gb tb kib mib gib
"""
ALLOWED_WORDS = frozenset(_ALLOWED_WORDS.split())

# Whole phrases that stay in English in Japanese: what the owner sees elsewhere in English
# and has to recognise (a bounce's subject, a mail header, a vendor's product name).
ALLOWED_PHRASES = (
    "Undelivered Mail Returned to Sender",
    "Received",
    "Spamhaus Data Query Service",
    # Examples in the fields that ask for the names in Latin letters (page 1).
    "Yamada Shoten Co., Ltd.",
    "Taro Yamada",
)


def _blacklist_names() -> tuple[str, ...]:
    """The blacklists' own names (「Spam Eating Monkey (SEM-BLACK)」, 「UCEPROTECT Level 1」):
    the owner finds them by these names on the lists' sites. Longest first, so that a name
    containing another is taken whole."""
    from app.core.dnsbl_lists import load_lists

    return tuple(sorted({listed.name for listed in load_lists()}, key=len, reverse=True))


# Texts exempt as a whole, each for a reason.
EXEMPT_TEXTS = {
    "English": "the language switch names each language in that language",
}
# keyring's own name of the password store in the DQS section's tooltip is for whoever
# helps the owner with it (the visible text names the store in Japanese).
EXEMPT_PREFIXES = ("パスワードの保存先: ",)
# Lines quoting a blacklist's own words (its TXT record, 「リストの説明: Listed by CSS, see …」
# in the details of page 2): the owner finds the same English on the list's site.
QUOTED_LINE_PREFIXES = ("リストの説明: ",)

# URLs, paths, mail addresses and their local parts, domain and file names, header names
# (DKIM-Signature:), key sequences (Ctrl+Z), file patterns, placeholders: all written in
# Latin in Japanese too.
_NOT_WORDS = re.compile(
    r"https?://\S+"
    r"|(?:/[\w.+-]+)+/?|\b[A-Za-z]:\\\S*"
    r"|[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)+)?"
    r"|\b[\w-]+(?:\.[\w-]+)+\b"
    r"|\b[A-Z]\w*(?:-[A-Z]\w*)+:"
    r"|\b(?:Ctrl|Alt|Shift|Meta)\+\S+"
    r"|\*\.\w+"
    r"|%\d|\{\w+\}"
    # The English delisting request's [placeholders], quoted by the note under its box.
    r"|\[[^\[\]\n]*\]"
)
_WORD = re.compile(r"[A-Za-z]{2,}")
_BLACKLIST_NAMES = _blacklist_names()
_TAG = re.compile(r"<[^>]*>")


def english_words(text: str) -> list[str]:
    """The words of `text` that are English and not on the allow-list."""
    if text in EXEMPT_TEXTS or text.startswith(EXEMPT_PREFIXES):
        return []
    text = "\n".join(line for line in text.split("\n") if not line.startswith(QUOTED_LINE_PREFIXES))
    text = re.sub(r"&\w+;", " ", _TAG.sub(" ", text))  # rich text: tags and entities
    # Mnemonics, and break opportunities inside file names (maillog-\u200b20261114.\u200bgz).
    text = text.replace("&&", "").replace("&", "").replace("\u200b", "")
    for phrase in (*ALLOWED_PHRASES, *_BLACKLIST_NAMES):
        text = text.replace(phrase, " ")
    text = _NOT_WORDS.sub(" ", text)
    return [w for w in _WORD.findall(text) if w.lower() not in ALLOWED_WORDS]


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    for name in ("text", "toolTip", "statusTip", "whatsThis", "iconText"):
        value = getattr(action, name)()
        if value:
            yield f"{where} action.{name}", value.split("\t")[0]
    menu = action.menu()
    if isinstance(menu, QMenu):
        for sub in menu.actions():
            yield from _action_texts(sub, f"{where} > {action.text()}")


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of `root` and its children an owner can see or hear."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}({widget.objectName()})"
        values: list[tuple[str, str]] = [
            ("windowTitle", QWidget.windowTitle(widget) if QWidget.isWindow(widget) else ""),
            ("toolTip", QWidget.toolTip(widget)),
            ("whatsThis", QWidget.whatsThis(widget)),
            ("statusTip", QWidget.statusTip(widget)),
            ("accessibleName", QWidget.accessibleName(widget)),
            ("accessibleDescription", QWidget.accessibleDescription(widget)),
        ]
        if isinstance(widget, (QLabel, QAbstractButton)):
            values.append(("text", widget.text()))
        if isinstance(widget, QGroupBox):
            values.append(("title", widget.title()))
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            values.append(("placeholderText", widget.placeholderText()))
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            values.append(("text", widget.toPlainText()))  # what the app wrote, not the owner
        if isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        values += [("cell", item.text()), ("cell toolTip", item.toolTip())]
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                values += [("list item", item.text()), ("list item toolTip", item.toolTip())]
        if isinstance(widget, QAbstractSpinBox):
            values.append(("specialValueText", widget.specialValueText()))
            for name in ("prefix", "suffix"):
                if hasattr(widget, name):
                    values.append((name, getattr(widget, name)()))
        if isinstance(widget, QComboBox) and widget.objectName() not in ITEMS_IN_LATIN:
            values += [("item", widget.itemText(i)) for i in range(widget.count())]
            values += [
                ("item toolTip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""))
                for i in range(widget.count())
            ]
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                values += [("tab", widget.tabText(i)), ("tab toolTip", widget.tabToolTip(i))]
        header = (
            widget.horizontalHeader()
            if isinstance(widget, QTableView)
            else widget.header()
            if isinstance(widget, QTreeView)
            else None
        )
        if header is not None and header.model() is not None:
            model = header.model()
            for section in range(header.count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    heading = model.headerData(section, Qt.Orientation.Horizontal, role)
                    if isinstance(heading, str):
                        values.append(("heading", heading))
        for text_name, value in values:
            if value:
                yield f"{where} {text_name}", value
        # QWidget's own: a page may name an attribute `actions`.
        for action in QWidget.actions(widget):
            yield from _action_texts(action, where)


def english_in(root: QWidget) -> list[tuple[str, str, list[str]]]:
    """(where, text, words) for each text of `root` with English words not allowed."""
    found = []
    for where, text in visible_texts(root):
        words = english_words(text)
        if words:
            found.append((where, text, words))
    return found


class TranslationRecorder(QTranslator):
    """Notes each lookup and translates nothing itself: installed last, it is asked first and
    Qt then asks the real catalogues."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked: set[tuple[str, str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add((context, source, disambiguation or ""))
        return None

    def isEmpty(self) -> bool:
        return False

    def untranslated(self, app_sources: set[str]) -> list[tuple[str, str, str]]:
        """Qt's own lookups that came back as English the owner would see. `app_sources` are
        the app's source strings: PySide looks `self.tr()` up under each base class too
        (QWidget, QObject), where no catalogue has them; the app's own are checked by
        tests/test_translations.py."""
        left = []
        for context, source, disambiguation in sorted(self.asked):
            if source in app_sources or context in QT_CONTEXTS_IN_LATIN:
                continue
            text = QCoreApplication.translate(context, source, disambiguation or None)
            if text == source and english_words(source):
                left.append((context, source, disambiguation))
        return left


# Combo boxes whose items Japanese writes in Latin letters: the print dialog's paper sizes
# (「A4 Extra」, 「ANSI C」, 「PRC 16K」 as printed on the packs; Qt's context QPageSize).
ITEMS_IN_LATIN = frozenset({"pageSizeCombo"})

# Qt's contexts whose texts Japanese writes in Latin letters: key names in shortcuts
# (「Ctrl+Z」, 「Backspace」 as printed on the keys) and paper sizes (「A4 Extra」, 「JIS B5」,
# 「ANSI C」 as printed on the packs).
QT_CONTEXTS_IN_LATIN = frozenset({"QShortcut", "QPageSize"})
