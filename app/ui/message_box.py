"""Message boxes whose wrapped Japanese text is never cut off, with the informative text right
under the main text.

QMessageBox sizes itself (a fixed size) from its layout's height for a width that is not the one
its labels end up with: a label could come out a line short, and the last line of the message
was not drawn (「…可能性があり」 with 「ます)。」 missing). Once the box is laid out,
`exec_fitted` gives each label the height its text takes at the label's real width.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

_LABELS = ("qt_msgbox_label", "qt_msgbox_informativelabel")


def fit_labels(box: QMessageBox) -> None:
    """Give the box's text labels the height their current width needs (the box then lays
    itself out again), and put the informative text one layout spacing under the main text."""
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        # Qt puts 7 px above the informative text, on top of the layout's spacing: with a
        # line to spare under the main text as well, the two read as unrelated paragraphs
        # (26 px apart, 52 device pixels at 2x).
        margins = informative.contentsMargins()
        margins.setTop(0)
        informative.setContentsMargins(margins)
    for name in _LABELS:
        label = box.findChild(QLabel, name)
        if label is None or not label.wordWrap():
            continue
        # heightForWidth is never less than the minimum height: measure without it. No line
        # to spare: it was drawn as an empty line under the text.
        label.setMinimumHeight(0)
        label.setMinimumHeight(label.heightForWidth(label.width()))


def exec_fitted(box: QMessageBox) -> int:
    """`box.exec()`, with the labels fitted as soon as the box is on screen."""
    QTimer.singleShot(0, lambda: fit_labels(box))
    return box.exec()
