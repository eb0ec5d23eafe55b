"""Japanese for Qt's own texts that Qt's catalogue (`qtbase_ja`) lacks.

Qt's Japanese catalogue dates from Qt 5: strings that Qt 6 added or reworded (「&Look in:」 with
its new mnemonic, the file type column's provider, the print dialog's double-sided options)
come out in English in the middle of Japanese dialogs. The app's own catalogue is installed
after Qt's, so Qt asks it first, under Qt's context names: listing the strings here lets
lupdate put them into i18n/mail_mamori_ja.ts, where they are translated like the app's own.
Nothing imports this module at run time; tests/test_no_english.py reads `QT_TEXTS`.

Only exact Qt source strings belong here (a changed word is a different string). Where Qt
looks a string up with a disambiguation, QTranslator falls back to the entry without one.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> tuple[str, str]:  # lupdate's name
    """Marks Qt's `source` in `context` for lupdate; returns the pair."""
    return context, source


QT_TEXTS = (
    # The widget-based file dialog (Linux; any platform without a native one).
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # The file list's Type column (moved from QFileDialog to this context in Qt 6).
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    # Renaming a file in the dialog to a name the file system refuses.
    QT_TRANSLATE_NOOP(
        "QFileSystemModel",
        '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters '
        "or no punctuation marks.",
    ),
    # The print dialog's Options part.
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages"),
    QT_TRANSLATE_NOOP(
        "QPrintSettingsOutput",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
        "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.",
    ),
    QT_TRANSLATE_NOOP("QPrintDialog", "Invalid Pages Definition"),
    QT_TRANSLATE_NOOP(
        "QPrintDialog",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, "
        "'-' to define ranges and make sure ranges do not intersect with each other.",
    ),
    # The print dialog's Properties dialog (its page set-up, CUPS job and advanced tabs).
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Billing information:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Start:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&End:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job &priority:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Scheduled &printing:"),
    QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "Advanced"),
    QT_TRANSLATE_NOOP(
        "QPrintPropertiesWidget", "There are conflicts in some options. Please fix them."
    ),
    QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Advanced Option Conflicts"),
    QT_TRANSLATE_NOOP(
        "QPrintPropertiesDialog",
        "There are conflicts in some advanced options. Do you want to fix them?",
    ),
)
