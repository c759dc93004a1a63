"""The Library tab: filter bar with counts, the cover grid and the detail pane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core import events as ev
from mureka_desktop.core.engine import Engine
from mureka_desktop.core.library import LibraryFilter, counts
from mureka_desktop.ui.library.detail import LibraryDetail
from mureka_desktop.ui.library.file_state import FileStates, MissingBar
from mureka_desktop.ui.library.model import SORTS, LibraryModel, LibraryProxy
from mureka_desktop.ui.library.thumbnails import Thumbnailer
from mureka_desktop.ui.library.triage import TriageController

THUMB = QSize(192, 108)
_FLAGS = [("all", "All"), ("unreviewed", "Unreviewed"), ("picked", "Picked"),
          ("rejected", "Rejected")]
_SEEN = [(None, "Seen or not", ""), (True, "Seen", "seen"), (False, "Not seen", "unseen")]


class LibraryView(QWidget):
    def __init__(self, engine: Engine, thumbnail_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.thumbnails = Thumbnailer(thumbnail_dir, THUMB, self)
        self.model = LibraryModel(self.thumbnails, self)
        self.proxy = LibraryProxy(self)
        self.proxy.setSourceModel(self.model)

        self.grid = grid = QListView()
        grid.setObjectName("libraryGrid")
        grid.setViewMode(QListView.ViewMode.IconMode)
        grid.setResizeMode(QListView.ResizeMode.Adjust)
        grid.setMovement(QListView.Movement.Static)
        grid.setUniformItemSizes(True)
        grid.setIconSize(THUMB)
        grid.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 56))
        grid.setWordWrap(True)
        grid.setSpacing(6)
        grid.setLayoutMode(QListView.LayoutMode.Batched)
        grid.setBatchSize(200)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setModel(self.proxy)
        grid.setAccessibleName("Videos")
        self.empty_hint = QLabel("No videos yet: finished songs appear here.",
                                 grid.viewport())
        self.empty_hint.setObjectName("libraryEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("#libraryEmptyHint { color: #80868b; font-size: 15px; }")

        self.detail = LibraryDetail()
        self.file_states = FileStates(self.model, self)  # missing files, found off-thread
        self.missing_bar = MissingBar()
        detail_layout = self.detail.layout()
        assert isinstance(detail_layout, QVBoxLayout)
        detail_layout.insertWidget(1, self.missing_bar)  # under the player
        self.file_states.scanned.connect(self._file_states_changed)
        self._counts_later = QTimer(self)
        self._counts_later.setSingleShot(True)
        self._counts_later.setInterval(100)
        self._counts_later.timeout.connect(self._update_counts)
        self.detail.note_edited.connect(lambda vid, text: engine.set_note(vid, text))
        self.detail.played_to_end.connect(self._played_to_end)

        self.flag_filter = QComboBox()
        self.flag_filter.setObjectName("libraryFlagFilter")
        self.flag_filter.setAccessibleName("Show videos")
        for key, label in _FLAGS:
            self.flag_filter.addItem(label, key)
        self.rating_filter = QComboBox()
        self.rating_filter.setAccessibleName("Rating at least")
        self.rating_filter.addItem("Any rating", 0)
        for n in range(1, 6):
            self.rating_filter.addItem("★" * n + " or more", n)
        self.seen_filter = QComboBox()
        self.seen_filter.setAccessibleName("Seen")
        for value, label, _ in _SEEN:
            self.seen_filter.addItem(label, value)
        self.sort = QComboBox()
        self.sort.setAccessibleName("Sort")
        for label, _, _ in SORTS:
            self.sort.addItem(label)
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText("Search title, note, song or video id…")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(420)
        for combo in (self.flag_filter, self.rating_filter, self.seen_filter):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)
        self.sort.currentIndexChanged.connect(self._sort_changed)
        self.shown = QLabel()
        self.shown.setObjectName("libraryShown")

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(QLabel("Show:"))
        for widget in (self.flag_filter, self.rating_filter, self.seen_filter,
                       QLabel("Sort:"), self.sort, self.search):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.shown)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(grid)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.triage = TriageController(engine, grid, self.proxy, self.splitter,
                                       self.detail.edit_note)
        grid.selectionModel().currentChanged.connect(self._current_changed)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._update_hint)
        self._sort_changed(0)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self.model.reset(self.engine.videos())
        self._update_counts()
        self._update_hint()

    def on_event(self, event: ev.VideoChanged) -> None:
        """A video arrived or its review changed (through the engine)."""
        self.model.upsert(event.video)
        self._update_counts()
        if self.detail.video is not None and self.detail.video.id == event.video.id:
            self.detail.show_video(event.video)
        if event.action in ("added", "located"):
            self.file_states.schedule()

    def on_videos(self, event: ev.VideosChanged) -> None:
        """Many videos' files changed at once (renamed, imported, trashed): one count."""
        self.model.files_changed(event.videos)
        self._counts_later.start()  # a bulk change comes in chunks: count once at the end
        shown = self.detail.video
        if shown is not None:
            fresh = next((v for v in event.videos if v.id == shown.id), None)
            if fresh is not None:
                self.detail.show_video(fresh)
        self.file_states.schedule()

    def _file_states_changed(self) -> None:
        self._update_hint()
        video = self.detail.video
        self.missing_bar.show_for(video, None if video is None
                                  else self.model.file_state(video.id))

    def _update_counts(self) -> None:
        n = counts(self.model.videos())
        for i, (key, label) in enumerate(_FLAGS):
            self.flag_filter.setItemText(i, f"{label} ({n[key]})")
        for i, (_, label, key) in enumerate(_SEEN):
            if key:
                self.seen_filter.setItemText(i, f"{label} ({n[key]})")
        self._update_hint()

    def _update_hint(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown.setText((f"{shown} of {total} videos" if shown != total
                            else f"{total} videos") + (
            self.tr(" · %n file(s) missing", "", self.model.missing_count())
            if self.model.missing_count() else ""))
        empty = shown == 0
        if empty:
            self.empty_hint.setText("No videos yet: finished songs appear here."
                                    if total == 0 else "No video matches the filter.")
            self.empty_hint.resize(self.grid.viewport().size())
        self.empty_hint.setVisible(empty)

    # ------------------------------------------------------------------ filters
    def current_filter(self) -> LibraryFilter:
        return LibraryFilter(flag=str(self.flag_filter.currentData()),
                             min_rating=int(self.rating_filter.currentData()),
                             seen=self.seen_filter.currentData(),
                             text=self.search.text().strip())

    def _filter_changed(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self._update_hint()

    def _sort_changed(self, index: int) -> None:
        _, key, order = SORTS[index]
        self.proxy.set_sort(key, order)

    # ------------------------------------------------------------------ selection
    def _current_changed(self) -> None:
        self.detail.show_video(self.triage.current())
        self._file_states_changed()

    def _played_to_end(self, video_id: int) -> None:
        video = self.engine.store.videos.get(video_id)
        if video is not None and not video.review.seen:
            self.engine.mark_seen(video_id)

    def focus_grid(self) -> None:
        self.grid.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.grid.currentIndex().isValid() and self.proxy.rowCount():
            self.triage.select_row(0)

    async def shutdown(self) -> None:
        await self.file_states.close()
        await self.detail.preview.dispose()
        await self.thumbnails.close()
