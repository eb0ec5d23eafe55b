"""A window showing the created PDF with QtPdf: page navigation, zoom, print, open elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.layout import fitted_size

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
FIT_WIDTH_KEYS = "Ctrl+0"
# Besides Ctrl++ (the standard zoom-in key, shown in the tooltip): the + is a shifted key, and
# browsers take the key without Shift too: Ctrl+= on a US keyboard, Ctrl+; on a Japanese one.
EXTRA_ZOOM_IN_KEYS = ("Ctrl+=", "Ctrl+;")


class PdfPreviewDialog(QDialog):
    """Non-modal preview of one PDF file. `print_requested` asks the page to print it."""

    print_requested = Signal()
    open_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.viewport().installEventFilter(self)

        # The bar holds tool buttons: push buttons are at least 80 px wide each, and the bar
        # needed 847 px in Japanese, more than a 1366x768 laptop at 125 % (or an 800 px
        # window) gives. Short texts with their full name as tooltip and accessible name;
        # zoom is "−  96 %  +" as in browsers. With no room for 「拡大(&I)」, the zoom keys
        # (Ctrl+- and Ctrl++, as in browsers) are in their tooltips and accessible
        # descriptions instead of an Alt mnemonic.
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.page_label = QLabel(self)
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page_count_label = QLabel(self)
        self.page_label.setBuddy(self.page)
        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.zoom_out_button.setText("\N{MINUS SIGN}")
        self.zoom_in_button.setText("+")
        self.fit_width_button = QToolButton(self)
        self.fit_page_button = QToolButton(self)
        self.fit_width_button.setCheckable(True)
        self.fit_page_button.setCheckable(True)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.zoom_out_button, self.zoom_in_button):
            # Square (as tall as the other buttons), the sign bold enough to read at a glance.
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setMinimumWidth(self.fit_width_button.sizeHint().height())
        self.print_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.close_button = QPushButton(self)

        bar = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.next_button,
            self.page_label,
            self.page,
            self.page_count_label,
        ):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_width_button.clicked.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button.clicked.connect(
            lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitInView)
        )
        self.print_button.clicked.connect(self.print_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.close_button.clicked.connect(self.close)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda *_: self._update_zoom_label())
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            *((key, lambda: self.zoom_by(ZOOM_STEP)) for key in EXTRA_ZOOM_IN_KEYS),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)),
            (FIT_WIDTH_KEYS, lambda: self.set_zoom_mode(QPdfView.ZoomMode.FitToWidth)),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(fitted_size(self, 820, 900))
        self.retranslate()
        self.load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._update_zoom_label()  # a fitted page changes its scale with the window
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Set every text."""
        self.setWindowTitle(self.tr("Preview: {name}").format(name=self.path.name))
        self.previous_button.setText(self.tr("◀ &Previous"))
        self.next_button.setText(self.tr("&Next ▶"))
        self.page_label.setText(self.tr("P&age:"))
        self.page.setAccessibleName(self.tr("Page number"))
        self.fit_width_button.setText(self.tr("Fit &width"))
        self.fit_page_button.setText(self.tr("Whole pa&ge"))
        keys = QKeySequence.SequenceFormat.NativeText
        zoom_in = QKeySequence(QKeySequence.StandardKey.ZoomIn).toString(keys)
        zoom_out = QKeySequence(QKeySequence.StandardKey.ZoomOut).toString(keys)
        fit_width = QKeySequence(FIT_WIDTH_KEYS).toString(keys)
        for button, name, tip in (
            (self.previous_button, self.tr("Previous page"), ""),
            (self.next_button, self.tr("Next page"), ""),
            (self.zoom_out_button, self.tr("Zoom out"), zoom_out),
            (self.zoom_in_button, self.tr("Zoom in"), zoom_in),
            (self.fit_width_button, self.tr("Fit the page to the window's width"), fit_width),
            (self.fit_page_button, self.tr("Show the whole page"), ""),
        ):
            button.setAccessibleName(name)
            button.setToolTip(f"{name} ({tip})" if tip else name)
            # Screen readers say the key after the name (the tooltip is for the mouse).
            button.setAccessibleDescription(tip)
        self.print_button.setText(self.tr("P&rint…"))
        self.open_button.setText(self.tr("Open in PDF &viewer"))
        self.close_button.setText(self.tr("&Close"))
        self.view.setAccessibleName(self.tr("Pages of the report"))
        self._update_page_label()
        self._update_zoom_label()

    def load(self) -> bool:
        """(Re)load the file, e.g. after the PDF was created again. True if it could be read.

        The file is read into memory and not kept open: on Windows an open file cannot be
        replaced, so creating the PDF again over the one shown here failed with "close the
        file in the other program", and Explorer could not move or delete it either.
        """
        self.document.close()
        self.setWindowTitle(self.tr("Preview: {name}").format(name=self.path.name))
        try:
            data = self.path.read_bytes()
        except OSError:
            data = b""
        if self._buffer is not None:
            self._buffer.deleteLater()
        # The document reads from the buffer while it is shown (loading it is synchronous).
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        if data:
            self.document.load(self._buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready
        count = self.page_count() if ok else 0
        self.page.setMaximum(max(count, 1))
        self._update_page_label()
        self._page_changed(0)
        return ok and count > 0

    def page_count(self) -> int:
        """Pages in the shown PDF."""
        return self.document.pageCount()

    def current_page(self) -> int:
        """0-based page shown at the top of the view."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Jump to a 0-based page (clamped to the document)."""
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_changed(page)

    def effective_zoom(self) -> float:
        """The scale on screen, also when the view fits the width or the whole page."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(self.current_page(), 0))
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        # QPdfView draws a page at zoom 1.0 with its point size at the screen's logical dpi.
        dpi = self.view.logicalDpiX() / 72
        width = (viewport.width() - margins.left() - margins.right()) / (points.width() * dpi)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(width, ZOOM_MIN)
        height = (viewport.height() - margins.top() - margins.bottom()) / (points.height() * dpi)
        return max(min(width, height), ZOOM_MIN)

    def zoom_by(self, factor: float) -> None:
        """Zoom in or out from the scale shown now."""
        current = self.effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))
        self._update_zoom_label()

    def set_zoom_mode(self, mode: QPdfView.ZoomMode) -> None:
        """Fit to the window's width or show the whole page."""
        self.view.setZoomMode(mode)
        self._update_zoom_label()

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)

    def _update_page_label(self) -> None:
        self.page_count_label.setText(self.tr("of {count}").format(count=self.page_count()))

    def _update_zoom_label(self) -> None:
        # The fit buttons stay pressed while their mode is on: the state is shown by more
        # than colour, and the scale in per cent is always there.
        mode = self.view.zoomMode()
        self.fit_width_button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_button.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{self.effective_zoom() * 100:.0f} %")
        self.zoom_label.setAccessibleName(
            self.tr("Zoom: {zoom}").format(zoom=self.zoom_label.text())
        )
