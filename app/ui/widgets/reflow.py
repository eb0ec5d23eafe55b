"""A row that folds: a field with its label, and buttons that go onto a line of their own
below the field when the row is too narrow for all of them side by side."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class ReflowRow(QLayout):
    """Leading widgets (a label, then a field that takes the spare width) and trailing
    widgets (buttons). On one line while every widget has its minimum width there (the field)
    or its preferred width (the others); otherwise the trailing widgets go under the field.

    A row of fixed widgets made the Settings dialog scroll sideways below about 630 px: its
    minimum width was the whole row's. This row's minimum is its wider line when folded, and
    it reports the height it needs at each width (height for width), so the dialog grows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._leading = 0  # the first this many items lead; the rest trail
        self.setContentsMargins(0, 0, 0, 0)

    # -- filling ------------------------------------------------------------------------------

    def add_leading(self, widget: QWidget) -> None:
        """Add a widget to the leading part (the last one added stretches)."""
        self.addChildWidget(widget)
        self._items.insert(self._leading, QWidgetItem(widget))
        self._leading += 1
        self.invalidate()

    def add_trailing(self, widget: QWidget) -> None:
        """Add a widget (a button) to the trailing part."""
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        """Items added by Qt itself trail."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the row holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at `index` (None past the end)."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at `index`."""
        if not 0 <= index < len(self._items):
            return None
        if index < self._leading:
            self._leading -= 1
        return self._items.pop(index)

    # -- sizes --------------------------------------------------------------------------------

    def _gap(self) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        widget = self.parentWidget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, widget)
        return gap if gap >= 0 else 6

    def _parts(self) -> tuple[list[QLayoutItem], list[QLayoutItem]]:
        shown = [(n, item) for n, item in enumerate(self._items) if not item.isEmpty()]
        return (
            [item for n, item in shown if n < self._leading],
            [item for n, item in shown if n >= self._leading],
        )

    def _line_width(self, items: list[QLayoutItem], stretch_last: bool) -> int:
        """Width of `items` side by side: the preferred widths, the last one's minimum where
        it stretches (the field)."""
        if not items:
            return 0
        widths = [item.sizeHint().width() for item in items]
        if stretch_last:
            widths[-1] = items[-1].minimumSize().width()
        return sum(widths) + self._gap() * (len(items) - 1)

    def _one_line_width(self) -> int:
        leading, trailing = self._parts()
        width = self._line_width(leading, stretch_last=True)
        if leading and trailing:
            width += self._gap()
        return width + self._line_width(trailing, stretch_last=False)

    @staticmethod
    def _line_height(items: list[QLayoutItem]) -> int:
        return max((item.sizeHint().height() for item in items), default=0)

    def _folds(self, width: int) -> bool:
        leading, trailing = self._parts()
        return bool(leading and trailing) and width < self._one_line_width()

    def hasHeightForWidth(self) -> bool:
        """The row is taller when narrow (folded)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """One line, or two when `width` is too narrow for one."""
        leading, trailing = self._parts()
        if self._folds(width):
            return self._line_height(leading) + self._gap() + self._line_height(trailing)
        return self._line_height(leading + trailing)

    def expandingDirections(self) -> Qt.Orientation:
        """The field takes the spare width."""
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:
        """Everything on one line, the field at its preferred width."""
        leading, trailing = self._parts()
        width = self._one_line_width()
        if leading:
            width += max(0, leading[-1].sizeHint().width() - leading[-1].minimumSize().width())
        return QSize(width, self._line_height(leading + trailing))

    def minimumSize(self) -> QSize:
        """The wider of the two lines when folded."""
        leading, trailing = self._parts()
        width = max(
            self._line_width(leading, stretch_last=True),
            self._line_width(trailing, stretch_last=False),
        )
        return QSize(width, self._line_height(leading + trailing))

    # -- placing ------------------------------------------------------------------------------

    def setGeometry(self, rect: QRect) -> None:
        """Place the widgets on one line or two."""
        super().setGeometry(rect)
        leading, trailing = self._parts()
        gap = self._gap()
        folds = self._folds(rect.width())
        first = self._line_height(leading if folds else leading + trailing)
        # The buttons keep their preferred width; the field takes what is left of its line.
        right = rect.right() + 1
        if not folds and trailing:
            right -= self._line_width(trailing, stretch_last=False) + gap
        x = rect.x()
        field_x = x
        for n, item in enumerate(leading):
            hint = item.sizeHint()
            width = right - x if n == len(leading) - 1 else hint.width()
            field_x = x
            self._place(item, QRect(x, rect.y(), max(width, 0), first))
            x += width + gap
        if folds:
            # Under the field, where they belong; from the left edge if they do not fit there.
            y = rect.y() + first + gap
            need = self._line_width(trailing, stretch_last=False)
            x = field_x if field_x + need <= rect.right() + 1 else rect.x()
            height = self._line_height(trailing)
        else:
            y, height = rect.y(), first
        for item in trailing:
            width = item.sizeHint().width()
            self._place(item, QRect(x, y, width, height))
            x += width + gap

    @staticmethod
    def _place(item: QLayoutItem, cell: QRect) -> None:
        """`item` in `cell`, vertically centred at its preferred height."""
        height = min(cell.height(), item.sizeHint().height())
        top = cell.y() + (cell.height() - height) // 2
        item.setGeometry(QRect(cell.x(), top, cell.width(), height))
