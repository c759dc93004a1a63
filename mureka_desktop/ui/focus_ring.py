"""A focus ring that shows where the keys go: a 2 px frame in the palette's highlight colour
along the edge of the list, the grid or the table that has the keyboard focus (Fusion's own
cue is a faint dotted rectangle on the current row, hard to see in either scheme).

One small widget, moved into whichever view has the focus, over its edge only (a mask): one
paint per focus change or resize, nothing added to the views' painting of their rows."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget

WIDTH = 2


class FocusRing(QWidget):
    """Shown along the edge of whichever of ``views`` has the focus (or a child of one)."""

    def __init__(self, views: Sequence[QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.views = list(views)
        self.target: QWidget | None = None
        self.home = parent  # where it waits while no view has the focus
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return
        target = next((v for v in self.views if new is not None and shiboken6.isValid(v) and
                       (new is v or v.isAncestorOf(new))), None)
        if target is self.target:
            return
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = target
        if target is None:
            self.hide()
            self.setParent(self.home)
            return
        self.setParent(target)
        target.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()

    def _fit(self) -> None:
        if self.target is None:
            return
        rect = self.target.rect()
        self.setGeometry(rect)
        inner = QRect(rect).adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)
        self.setMask(QRegion(rect).subtracted(QRegion(inner)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Highlight))
        painter.end()
