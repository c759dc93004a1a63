"""Keyboard triage: one key per decision, each an engine call; then the next unreviewed video
comes up by itself (Lightroom's and Photo Mechanic's culling), when Settings say so.

The keys are QActions (listed by the F1 dialog and the Review menu), active while the focus is
on the library's grid, list, player or compare view, or in its full-screen player; never while
a text field (the note, the search) has it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model.videos import Video
from mureka_desktop.ui.library.model import LibraryProxy


class TriageController(QObject):
    """Owns the triage keys of the library (active while focus is in ``scope``).

    ``selection`` is the selection model the grid and the list share; ``scroll_to`` shows an
    index in whichever of them is visible; ``override`` (the compare view's active side), when
    it gives a video, is what the keys decide on, and nothing advances then."""

    def __init__(self, engine: Engine, selection: QItemSelectionModel, proxy: LibraryProxy,
                 scope: QWidget, edit_note: Callable[[], None],
                 scroll_to: Callable[[QModelIndex], None]) -> None:
        super().__init__(scope)
        self.engine = engine
        self.selection = selection
        self.proxy = proxy
        self.scope = scope
        self.scroll_to = scroll_to
        self.override: Callable[[], Video | None] | None = None
        # The column the current index takes: the list hides the grid's column 0, and from
        # a current index in a hidden column its Up and Down select the first row.
        self.column: Callable[[], int] = lambda: 0
        self.actions: list[QAction] = []
        add = self._add
        self.pick_action = add(self.tr("Pick"), "P", lambda v: engine.library.pick(v.id),
                               advance=True)
        self.reject_action = add(self.tr("Reject"), "X", lambda v: engine.library.reject(v.id),
                                 advance=True)
        add(self.tr("Unflag"), "U", lambda v: engine.library.unflag(v.id))
        for n in range(1, 6):
            add(self.tr("%n star(s)", "", n), str(n),
                lambda v, n=n: engine.library.rate(v.id, n), advance=True)  # type: ignore[misc]
        add(self.tr("Clear stars"), "0", lambda v: engine.library.rate(v.id, 0))
        note = self.action(self.tr("Edit note"), "N")
        note.triggered.connect(edit_note)

    @property
    def auto_advance(self) -> bool:
        return self.engine.settings.current.auto_advance

    def action(self, text: str, key: str | QKeySequence.StandardKey) -> QAction:
        """A library key: an action of the scope, listed with the others."""
        action = QAction(text, self.scope)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.scope.addAction(action)
        self.actions.append(action)
        return action

    def _add(self, text: str, key: str, decide: Callable[[Video], object],
             advance: bool = False) -> QAction:
        action = self.action(text, key)
        action.triggered.connect(lambda: self.decide(decide, advance))
        return action

    def current(self) -> Video | None:
        if self.override is not None and (video := self.override()) is not None:
            return video
        index = self.selection.currentIndex()
        return self.proxy.video_at(index.row()) if index.isValid() else None

    def decide(self, decide: Callable[[Video], object], advance: bool) -> None:
        video = self.current()
        if video is None:
            return
        in_compare = self.override is not None and self.override() is not None
        target = self._next_unreviewed(video) \
            if advance and self.auto_advance and not in_compare else None
        decide(video)  # the engine's event updates the model (and may filter the row out)
        if in_compare:
            return
        if target is not None:
            self.select(target)
        elif not self.selection.currentIndex().isValid() and self.proxy.rowCount():
            self.select_row(min(self._last_row, self.proxy.rowCount() - 1))

    def _next_unreviewed(self, video: Video) -> int | None:
        """The id of the next unreviewed video after the current one (wrapping round)."""
        rows = self.proxy.rowCount()
        start = self.selection.currentIndex().row()
        self._last_row = start
        for step in range(1, rows):
            other = self.proxy.video_at((start + step) % rows)
            if other is not None and other.id != video.id and other.review.unreviewed:
                return other.id
        return None

    def select(self, video_id: int) -> None:
        row = self.proxy.row_of(video_id)
        if row is not None:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, self.column())
        self.selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect |
            QItemSelectionModel.SelectionFlag.Rows)
        self.scroll_to(index)

    _last_row = 0
