"""Keyboard triage: one key per decision, each an engine call; then the next unreviewed video
comes up by itself (Lightroom's and Photo Mechanic's culling), when Settings say so.

The keys are QActions declared as :class:`~mureka_desktop.ui.actions.ActionSpec` (as the
window's are), listed by the F1 dialog and the Review menu, active while the focus is on the
library's grid, list, player or compare view (``keys_on``), or in its full-screen player; never
while a text field (the note, the search) has it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model.videos import Video
from mureka_desktop.ui import actions as registry
from mureka_desktop.ui.actions import ActionSpec
from mureka_desktop.ui.library.model import LibraryProxy

# Where the library's single keys work: on the widgets given, and what they hold.
KEY_CONTEXT = Qt.ShortcutContext.WidgetWithChildrenShortcut


def key_spec(name: str, text: str, handler: Callable[[], object], keys: tuple[str, ...],
             keys_on: Sequence[QWidget], icon: str = "", tip: str = "",
             enabled: bool = True) -> ActionSpec:
    """A library key: active on ``keys_on`` only (never in a text field of the tab)."""
    return ActionSpec(name, text, handler, keys, tip, icon, KEY_CONTEXT, tuple(keys_on),
                      enabled=enabled)


def plain(text: str, _action: QAction) -> str:
    """A library key's tooltip: its text (the keys are in the menu and the F1 list)."""
    return text


class TriageController(QObject):
    """Owns the triage keys of the library (active while the focus is in ``keys_on``; their
    QActions are children of ``parent``).

    ``selection`` is the selection model the grid and the list share; ``scroll_to`` shows an
    index in whichever of them is visible; ``override`` (the compare view's active side), when
    it gives a video, is what the keys decide on, and nothing advances then."""

    def __init__(self, engine: Engine, selection: QItemSelectionModel, proxy: LibraryProxy,
                 parent: QWidget, keys_on: Sequence[QWidget], edit_note: Callable[[], None],
                 scroll_to: Callable[[QModelIndex], None]) -> None:
        super().__init__(parent)
        self.engine = engine
        self.selection = selection
        self.proxy = proxy
        self.scroll_to = scroll_to
        self.override: Callable[[], Video | None] | None = None
        # The column the current index takes: the list hides the grid's column 0, and from
        # a current index in a hidden column its Up and Down select the first row.
        self.column: Callable[[], int] = lambda: 0
        self.specs = self.specs_for(engine, edit_note, keys_on)
        self.actions: list[QAction] = [registry.build(spec, parent, plain)
                                       for spec in self.specs]
        self.pick_action, self.reject_action = self.actions[:2]

    def specs_for(self, engine: Engine, edit_note: Callable[[], None],
                  keys_on: Sequence[QWidget]) -> list[ActionSpec]:
        """The decisions, in the order the Review menu lists them (Pick and Reject first)."""
        library, decide = engine.library, self._decider
        specs = [
            key_spec("pick", self.tr("Pick"), decide(lambda v: library.pick(v.id), True),
                     ("P",), keys_on, icon="pick"),
            key_spec("reject", self.tr("Reject"), decide(lambda v: library.reject(v.id), True),
                     ("X",), keys_on, icon="reject"),
            key_spec("unflag", self.tr("Unflag"), decide(lambda v: library.unflag(v.id)),
                     ("U",), keys_on)]
        for n in range(1, 6):
            specs.append(key_spec(f"stars{n}", self.tr("%n star(s)", "", n),
                                  decide(self._rate(n), True), (str(n),), keys_on))
        specs += [key_spec("clear_stars", self.tr("Clear stars"), decide(self._rate(0)), ("0",),
                           keys_on),
                  key_spec("note", self.tr("Edit note"), edit_note, ("N",), keys_on)]
        return specs

    @property
    def auto_advance(self) -> bool:
        return self.engine.settings.current.auto_advance

    def _rate(self, stars: int) -> Callable[[Video], object]:
        return lambda v: self.engine.library.rate(v.id, stars)

    def _decider(self, decide: Callable[[Video], object], advance: bool = False
                 ) -> Callable[[], None]:
        """A key's handler: ``decide`` on the current video (then the next, if ``advance``)."""
        return lambda: self.decide(decide, advance)

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
