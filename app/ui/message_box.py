"""Message boxes whose wrapped Japanese text is never cut off.

QLabel measures wrapped text with the font's own line spacing, but lines that mix Japanese and
Latin glyphs (fallback fonts, brackets) are drawn further apart: with several wrapped lines
the label comes out one line short and the last line of the message is not drawn
(「…可能性があり」 with 「ます)。」 missing). Once the box is laid out, `exec_fitted` gives each
label the measured height plus one line to spare.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

_LABELS = ("qt_msgbox_label", "qt_msgbox_informativelabel")


def fit_labels(box: QMessageBox) -> None:
    """Give the box's text labels the height their current width needs, then resize."""
    changed = False
    for name in _LABELS:
        label = box.findChild(QLabel, name)
        if label is None or not label.wordWrap():
            continue
        needed = label.heightForWidth(label.width()) + label.fontMetrics().lineSpacing()
        if needed > label.height():
            label.setMinimumHeight(needed)
            changed = True
    if changed:
        box.adjustSize()


def exec_fitted(box: QMessageBox) -> int:
    """`box.exec()`, with the labels fitted as soon as the box is on screen."""
    QTimer.singleShot(0, lambda: fit_labels(box))
    return box.exec()
