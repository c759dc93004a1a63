"""Painting the queue table: every cell from its item, in few calls; the progress bar.

The table shows 10,000 rows and repaints while a page scrolls. Qt's own delegate asks the model
seven roles a cell, each a call into Python through the filter proxy (and one more for the
source index), then lays the text out through the style (a QTextLayout a cell).
:class:`QueueDelegate` finds the row's item (in Python while the filter is idle), takes the cell's
text, icon, alignment and colour from the model in one Python call
(:meth:`QueueModel.painted`), lets the style draw the cell's panel (selection, alternate rows)
and its focus frame, and draws the icon and the (elided) text itself. The text is always plain:
never markup.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

from mureka_desktop.core.model.items import Item
from mureka_desktop.ui.queue_model import COL_ATTEMPTS, COL_STATE, QueueFilter, QueueModel

Index = QModelIndex | QPersistentModelIndex
MARGIN = 4  # text from the cell's edges, as the styles do
ICON = 12
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_HORIZONTAL = int(Qt.AlignmentFlag.AlignHorizontal_Mask)
_VCENTER = int(Qt.AlignmentFlag.AlignVCenter)
_RIGHT_EDGE = int(Qt.AlignmentFlag.AlignRight)
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
# Plain ints: Python's enum operators cost more than the painting they decide.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_DISABLED_GROUP = QPalette.ColorGroup.Disabled
_ACTIVE_GROUP = QPalette.ColorGroup.Active
_INACTIVE_GROUP = QPalette.ColorGroup.Inactive
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_ELIDE = Qt.TextElideMode.ElideRight
REPEATED = (COL_STATE, COL_ATTEMPTS)  # columns of a few values: their texts laid out once


class QueueDelegate(QStyledItemDelegate):
    """Paints a queue cell from one data() call (see the module's docstring)."""

    def __init__(self, proxy: QueueFilter, model: QueueModel, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.proxy = proxy
        self.model = model
        self.view = view
        self._static: dict[str, tuple[QStaticText, float, float]] = {}  # text, its size

    def item_of(self, index: Index) -> Item | None:
        row = index.row() if self.proxy.identity() else self.proxy.mapToSource(index).row()
        return self.model.item_at(row) if 0 <= row < self.model.size() else None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = self.item_of(index)
        if item is None:
            super().paint(painter, option, index)
            return
        column = index.column()
        text, icon, alignment, foreground = self.model.painted(item, column)
        view = self.view
        view.style().drawPrimitive(_PANEL, option, painter, view)  # (a style sheet may change it)
        x, y, w, h = cast(tuple[int, int, int, int], option.rect.getRect())  # one call
        x, w = x + MARGIN, w - 2 * MARGIN
        if icon is not None:
            icon.paint(painter, x, y + (h - ICON) // 2, ICON, ICON)
            x += ICON + MARGIN
            w -= ICON + MARGIN
        state = option.state.value
        if text:
            self._text(painter, option, state, x, y, w, h, text, alignment, foreground,
                       column in REPEATED)
        if state & _FOCUS:
            self.focus(painter, option)

    def _text(self, painter: QPainter, option: QStyleOptionViewItem, state: int, x: int,
              y: int, w: int, h: int, text: str, alignment: int | None,
              foreground: QColor | None, repeated: bool) -> None:
        if foreground is None or state & _SELECTED:
            painter.setPen(self._pen(option.palette, state, foreground))
        else:
            painter.setPen(foreground)
        if repeated:  # "Queued", "0": laid out once, drawn as is
            laid = self._static.get(text)
            if laid is None:
                if len(self._static) > 200:
                    self._static.clear()
                static = QStaticText(text)
                static.prepare(QTransform(), option.font)
                size = static.size()
                laid = self._static[text] = (static, size.width(), size.height())
            static, width, height = laid
            if width <= w:
                left = x + w - width if alignment is not None and alignment & _RIGHT_EDGE \
                    else x
                painter.drawStaticText(QPointF(left, y + (h - height) / 2), static)
                return
        metrics = option.fontMetrics if len(text) * 7 > w else None
        if metrics is not None and metrics.horizontalAdvance(text) > w:
            text = metrics.elidedText(text, _ELIDE, w)
        flags = _LEFT if alignment is None else (alignment & _HORIZONTAL) | _VCENTER
        painter.drawText(x, y, w, h, flags, text)

    @staticmethod
    def _pen(palette: QPalette, state: int, foreground: QColor | None) -> QColor:
        group = (_DISABLED_GROUP if not state & _ENABLED else
                 _ACTIVE_GROUP if state & _ACTIVE else _INACTIVE_GROUP)
        if state & _SELECTED:
            return palette.color(group, _HIGHLIGHTED_TEXT)
        return foreground or palette.color(group, _TEXT)

    def focus(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        """The current cell's focus frame, as the style draws it."""
        frame = QStyleOptionFocusRect()
        frame.rect = option.rect
        frame.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange | \
            QStyle.StateFlag.State_Item
        frame.palette = option.palette
        frame.direction = option.direction
        frame.fontMetrics = option.fontMetrics
        selected = bool(option.state.value & _SELECTED)
        frame.backgroundColor = option.palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Window)
        self.view.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame,
                                        painter, self.view)


class ProgressDelegate(QueueDelegate):
    """Draws the download fraction as a bar with its label; empty cells stay plain."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = self.item_of(index)
        fraction = None if item is None else self.model.fraction(item)
        if item is None or fraction is None:
            super().paint(painter, option, index)
            return
        view = self.view
        view.style().drawPrimitive(_PANEL, option, painter, view)  # selection, alternate row
        palette = option.palette
        bar = option.rect.adjusted(3, 3, -3, -3)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * max(0.0, min(1.0, fraction))))
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.fillRect(filled, palette.color(QPalette.ColorRole.Highlight))
        text = str(self.model.painted(item, index.column())[0] or "")
        centre = int(Qt.AlignmentFlag.AlignCenter)
        # the label readable on both sides of the fill's edge
        painter.setClipRect(filled)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(bar, centre, text)
        rest = QRect(bar)
        rest.setLeft(filled.right() + 1)
        painter.setClipRect(rest)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(bar, centre, text)
        painter.restore()
        if option.state.value & _FOCUS:
            self.focus(painter, option)

