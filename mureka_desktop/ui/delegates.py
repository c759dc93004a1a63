"""Painting helpers for the queue table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from mureka_desktop.ui.queue_model import ProgressRole


class ProgressDelegate(QStyledItemDelegate):
    """Draws the download fraction as a progress bar; empty cells stay plain."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        fraction = index.data(ProgressRole)
        if fraction is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        # The row's background (selection, alternate colour) first, then the bar over it.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        bar.direction = option.direction
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = max(0, min(1000, int(float(fraction) * 1000)))
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        # Qt 6 has no orientation field: without State_Horizontal the style fills bottom-up.
        # Only the enabled/active bits of the cell's state: "selected" would recolour the bar.
        keep = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
        bar.state = (option.state & keep) | QStyle.StateFlag.State_Horizontal
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
