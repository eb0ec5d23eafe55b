"""Facts about the Qt binding the app relies on, checked against the installed version."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(bool)


def test_emitting_signals_from_python_does_not_leak_away_true() -> None:
    # PySide6 6.12.0 returned True from emit() without a new reference: every emit removed one
    # reference to True and, a few thousand signals later, the app aborted ("deallocating True").
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.changed.emit(True)
    assert sys.getrefcount(True) >= before


def test_qtpdf_is_available_for_the_report_preview() -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    assert QPdfDocument is not None and QPdfView is not None
