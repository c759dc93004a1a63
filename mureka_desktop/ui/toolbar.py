"""Toolbars: icons with text beside them where the window has room, and a filter bar that never
falls into an overflow menu."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget


class TextWhereRoom(QObject):
    """Shows text beside the icons of a toolbar's actions tier by tier, as the window's width
    allows: the first tier always, the next ones only when the whole bar still fits.

    Actions without text keep their tooltip (name and shortcut) and accessible name."""

    def __init__(self, bar: QToolBar, window: QWidget, tiers: Sequence[Sequence[QAction]]
                 ) -> None:
        super().__init__(bar)
        self.bar = bar
        self.window = window
        self.tiers = [list(t) for t in tiers]
        self.shown = len(self.tiers)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.installEventFilter(self)
        self.fit()

    def _show_tiers(self, n: int) -> None:
        for i, tier in enumerate(self.tiers):
            priority = QAction.Priority.NormalPriority if i < n else \
                QAction.Priority.LowPriority
            for action in tier:
                if action.priority() != priority:
                    action.setPriority(priority)
        self.shown = n

    def _bar_width(self) -> int:
        layout = self.bar.layout()
        if layout is not None:
            layout.invalidate()
        return self.bar.sizeHint().width()

    def fit(self) -> None:
        room = self.window.width()
        for n in range(len(self.tiers), 0, -1):
            self._show_tiers(n)
            if self._bar_width() <= room:
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
