"""Keyboard triage: one key per decision, each an engine call; then the next unreviewed video
comes up by itself (Lightroom's and Photo Mechanic's culling)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView, QWidget

from mureka_desktop.core.engine import Engine
from mureka_desktop.core.library import Video
from mureka_desktop.ui.library.model import LibraryModel, LibraryProxy


class TriageController(QObject):
    """Owns the triage keys of the library (active while focus is in ``scope``)."""

    def __init__(self, engine: Engine, grid: QListView, proxy: LibraryProxy, scope: QWidget,
                 edit_note: Callable[[], None]) -> None:
        super().__init__(scope)
        self.engine = engine
        self.grid = grid
        self.proxy = proxy
        self.auto_advance = True
        self.actions: list[QAction] = []
        add = self._add
        add("Pick", "P", lambda v: engine.pick(v.id), advance=True)
        add("Reject", "X", lambda v: engine.reject(v.id), advance=True)
        add("Unflag", "U", lambda v: engine.unflag(v.id))
        for n in range(1, 6):
            add(f"{n} star{'s' if n > 1 else ''}", str(n),
                lambda v, n=n: engine.rate(v.id, n), advance=True)  # type: ignore[misc]
        add("Clear stars", "0", lambda v: engine.rate(v.id, 0))
        note = QAction("Edit note", scope)
        note.setShortcut(QKeySequence("N"))
        note.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        note.triggered.connect(edit_note)
        scope.addAction(note)
        self.actions.append(note)


    def _add(self, text: str, key: str, decide: Callable[[Video], object],
             advance: bool = False) -> None:
        action = QAction(text, self._scope_or_parent())
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.decide(decide, advance))
        self._scope_or_parent().addAction(action)
        self.actions.append(action)

    def _scope_or_parent(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def current(self) -> Video | None:
        index = self.grid.currentIndex()
        return self.proxy.video_at(index.row()) if index.isValid() else None

    def decide(self, decide: Callable[[Video], object], advance: bool) -> None:
        video = self.current()
        if video is None:
            return
        target = self._next_unreviewed(video) if advance and self.auto_advance else None
        decide(video)  # the engine's event updates the model (and may filter the row out)
        if target is not None:
            self.select(target)
        elif not self.grid.currentIndex().isValid() and self.proxy.rowCount():
            self.select_row(min(self._last_row, self.proxy.rowCount() - 1))

    def _next_unreviewed(self, video: Video) -> int | None:
        """The id of the next unreviewed video after the current one (wrapping round)."""
        rows = self.proxy.rowCount()
        start = self.grid.currentIndex().row()
        self._last_row = start
        for step in range(1, rows):
            other = self.proxy.video_at((start + step) % rows)
            if other is not None and other.id != video.id and other.review.unreviewed:
                return other.id
        return None

    def select(self, video_id: int) -> None:
        model = self.proxy.sourceModel()
        assert isinstance(model, LibraryModel)
        row = model.row_of(video_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(model.index(row))
        if index.isValid():
            self.select_row(index.row())

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.grid.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.grid.scrollTo(index)

    _last_row = 0
