"""The Library tab: filter bar with counts, the cover grid or the detail list, the detail pane;
the compare view in their place when two versions are compared; the full-screen player.

The keys (triage, player, views) are actions of the tab's content, listed by the F1 dialog
and the Review menu: declared, built and carried out by the actions the view holds
(``view.acts``, ui/library/view_actions.py; the triage's by ui/library/triage.py)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.videos import LibraryFilter, Video, counts
from mureka_desktop.ui import scheme
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.library.columns import COLUMN_OF
from mureka_desktop.ui.library.compare import CompareView
from mureka_desktop.ui.library.detail import LibraryDetail
from mureka_desktop.ui.library.file_state import FileStates, MissingBar
from mureka_desktop.ui.library.list_view import LibraryList
from mureka_desktop.ui.library.model import SORTS, LibraryModel, LibraryProxy
from mureka_desktop.ui.library.thumbnails import Thumbnailer
from mureka_desktop.ui.library.triage import TriageController
from mureka_desktop.ui.library.view_actions import LibraryActions

THUMB = QSize(192, 108)
# The filters' choices, translated where they are shown (self.tr(label)).
_FLAGS = [("all", QT_TRANSLATE_NOOP("LibraryView", "All")),
          ("unreviewed", QT_TRANSLATE_NOOP("LibraryView", "Unreviewed")),
          ("picked", QT_TRANSLATE_NOOP("LibraryView", "Picked")),
          ("rejected", QT_TRANSLATE_NOOP("LibraryView", "Rejected"))]
_SEEN = [(None, QT_TRANSLATE_NOOP("LibraryView", "Seen or not"), ""),
         (True, QT_TRANSLATE_NOOP("LibraryView", "Seen"), "seen"),
         (False, QT_TRANSLATE_NOOP("LibraryView", "Not seen"), "unseen")]


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
        grid.setAccessibleName(self.tr("Videos"))
        self.empty_hint = QLabel(self.tr("No videos yet: finished songs appear here."),
                                 grid.viewport())
        self.empty_hint.setObjectName("libraryEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("#libraryEmptyHint { color: #80868b; font-size: 15px; }")

        self.list = LibraryList(self.proxy)
        self.list.sorted_by.connect(self._sorted_from_list)
        self.list.setSelectionModel(grid.selectionModel())  # one current video for both
        self.views = QStackedWidget()
        self.views.setObjectName("libraryViews")
        self.views.addWidget(grid)
        self.views.addWidget(self.list)

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
        self._counts_later.timeout.connect(self._show_counts)
        self.detail.note_edited.connect(lambda vid, text: engine.library.set_note(vid, text))
        self.detail.played_to_end.connect(self._played_to_end)

        self.flag_filter = QComboBox()
        self.flag_filter.setObjectName("libraryFlagFilter")
        self.flag_filter.setAccessibleName(self.tr("Show videos"))
        for key, label in _FLAGS:
            self.flag_filter.addItem(self.tr(str(label)), key)
        self.rating_filter = QComboBox()
        self.rating_filter.setAccessibleName(self.tr("Rating at least"))
        self.rating_filter.addItem(self.tr("Any rating"), 0)
        for n in range(1, 6):
            self.rating_filter.addItem(self._at_least(n), n)
        # as wide as its usual choice, not its longest ("★★★★★ or more (123)"): the bar fits
        # 900 px; the open list shows every choice whole
        self.rating_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rating_filter.setMinimumContentsLength(max(8, len(self.tr("Any rating"))))
        self.seen_filter = QComboBox()
        self.seen_filter.setAccessibleName(self.tr("Seen"))
        for value, label, _ in _SEEN:
            self.seen_filter.addItem(self.tr(str(label)), value)
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort"))
        for label, _, _ in SORTS:
            self.sort.addItem(self.tr(label))
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search title, note, song or video id…"))
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
        bar.addWidget(QLabel(self.tr("Show:")))
        for widget in (self.flag_filter, self.rating_filter, self.seen_filter,
                       QLabel(self.tr("Sort:")), self.sort, self.search):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.shown)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        self.compare = CompareView(engine)
        self.content = QStackedWidget()
        self.content.setObjectName("libraryContent")
        self.content.addWidget(self.splitter)
        self.content.addWidget(self.compare)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.content, 1)

        self.selection = grid.selectionModel()
        keys_on = [grid, self.list, self.detail.preview]
        self.triage = TriageController(engine, self.selection, self.proxy, self,
                                       [*keys_on, self.compare], self.detail.edit_note,
                                       self._scroll_to)
        self.triage.override = lambda: self.compare.active_video() \
            if self.comparing() else None
        self.triage.column = lambda: COLUMN_OF["title"] if self.list_mode else 0
        self.acts = LibraryActions(self, self, keys_on)
        self.selection.currentChanged.connect(self._current_changed)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted,
                       self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._update_hint)
        self._sort_changed(0)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self.model.reset(self.engine.library.videos.all())
        self._update_counts()
        self._update_hint()

    def on_event(self, event: ev.VideoChanged) -> None:
        """A video arrived or its review changed (through the engine)."""
        row = self.model.row_of(event.video.id)
        if row is not None:  # the counts change by this video alone (not a pass over all)
            self._count(self.model.video(row), -1)
        self.model.upsert(event.video)
        self._count(event.video, +1)
        self._show_counts()
        if self.detail.video is not None and self.detail.video.id == event.video.id:
            self.detail.show_video(event.video)
            self.follow_current()
        if self.compare.is_open:
            self.compare.update_video(event.video)
        if event.action in ("added", "located"):
            self.file_states.schedule()

    def on_videos(self, event: ev.VideosChanged) -> None:
        """Many videos' files changed at once (renamed, imported, trashed): one count."""
        # the counts change by these videos alone: a pass over all 10,000 for each chunk of
        # an import stalled the window for tens of ms
        before = {v.id: self.model.video(row) for v in event.videos
                  if (row := self.model.row_of(v.id)) is not None}
        self.model.files_changed(event.videos)
        self._count_many(before.values(), -1)
        self._count_many({v.id: v for v in event.videos}.values(), +1)
        self._counts_later.start()  # a bulk change comes in chunks: shown once at the end
        shown = self.detail.video
        if shown is not None:
            fresh = next((v for v in event.videos if v.id == shown.id), None)
            if fresh is not None:
                self.detail.show_video(fresh)
        # A file job's chunks wait for its last event (its summary): a scan under way
        # repainted every re-linked row a second time, with the worker taking turns.
        if event.message or not self.engine.library.jobs.busy:
            self.file_states.schedule()

    def _file_states_changed(self) -> None:
        self._update_hint()
        video = self.detail.video
        self.missing_bar.show_for(video, None if video is None
                                  else self.model.marks.file_state(video.id))

    def _update_counts(self) -> None:
        self._counts = counts(self.model.videos())
        self._show_counts()

    def _count(self, video: Video, sign: int) -> None:
        self._count_many([video], sign)

    def _count_many(self, videos: Iterable[Video], sign: int) -> None:
        for key, n in counts(videos).items():
            self._counts[key] = self._counts.get(key, 0) + sign * n

    def _show_counts(self) -> None:
        n = self._counts
        counted = self.tr("%1 (%2)", "a filter's choice (how many videos it shows)")
        for i, (key, label) in enumerate(_FLAGS):
            self.flag_filter.setItemText(i, fill(counted, self.tr(str(label)), n[key]))
        for stars in range(1, 6):  # "★★★ or more (4)"
            self.rating_filter.setItemText(stars, fill(counted, self._at_least(stars),
                                                       n[f"stars{stars}"]))
        for i, (_, label, key) in enumerate(_SEEN):
            if key:
                self.seen_filter.setItemText(i, fill(counted, self.tr(str(label)), n[key]))
        self._update_hint()

    def _at_least(self, stars: int) -> str:
        return fill(self.tr("%1 or more", "%1: one to five stars"), "★" * stars)

    def _update_hint(self) -> None:
        viewport = self.current_view().viewport()
        if self.empty_hint.parent() is not viewport:
            self.empty_hint.setParent(viewport)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown.setText((fill(self.tr("%1 of %n video(s)", "", total), shown)
                            if shown != total else self.tr("%n video(s)", "", total)) + (
            self.tr(" · %n file(s) missing", "", self.model.marks.missing_count())
            if self.model.marks.missing_count() else ""))
        empty = shown == 0
        if empty:
            self.empty_hint.setText(self.tr("No videos yet: finished songs appear here.")
                                    if total == 0 else self.tr("No video matches the filter."))
            self.empty_hint.resize(viewport.size())
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
        if not 0 <= index < len(SORTS):
            return
        if self.sort.count() > len(SORTS):  # a header's sort no longer shown
            self.sort.removeItem(len(SORTS))
        _, key, order = SORTS[index]
        self.proxy.set_sort(key, order)
        if hasattr(self, "list"):
            self.list.show_sort(key, order)

    # ------------------------------------------------------------------ selection
    def _sorted_from_list(self, key: str, order: Qt.SortOrder) -> None:
        """The Sort box shows a header's sort when it has it ("Sort: by column" else)."""
        match = next((i for i, (_, k, o) in enumerate(SORTS) if (k, o) == (key, order)), -1)
        self.sort.blockSignals(True)
        if self.sort.count() > len(SORTS):
            self.sort.removeItem(len(SORTS))
        if match < 0:
            self.sort.addItem(self.tr("By the list's column"))
            match = len(SORTS)
        self.sort.setCurrentIndex(match)
        self.sort.blockSignals(False)

    def _current_changed(self) -> None:
        index = self.selection.currentIndex()
        self.detail.show_video(self.proxy.video_at(index.row()) if index.isValid() else None)
        self.follow_current()
        self._file_states_changed()

    def follow_current(self) -> None:
        """What depends on the current video: its versions, the compare and full-screen
        keys, the full-screen caption."""
        video = self.detail.video
        count = len(self.model.versions(video.song_number)) if video is not None else 0
        self.detail.show_versions(count)
        self.acts.follow_versions(count)

    def current_view(self) -> QAbstractItemView:
        return self.list if self.list_mode else self.grid

    def _scroll_to(self, index: QModelIndex) -> None:
        self.current_view().scrollTo(index)

    def _played_to_end(self, video_id: int) -> None:
        video = self.engine.library.videos.get(video_id)
        if video is not None and not video.review.seen:
            self.engine.library.mark_seen(video_id)

    def comparing(self) -> bool:
        return self.content.currentWidget() is self.compare

    def focus_grid(self) -> None:
        """Focus the grid or the list (whichever shows), with a current video."""
        if self.comparing():
            self.compare.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.selection.currentIndex().isValid() and self.proxy.rowCount():
            self.triage.select_row(0)
        self.detail.resume()

    # ------------------------------------------------------------------ views
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in scheme.PALETTE_EVENTS and hasattr(self, "acts"):
            self.acts.retint_icons()

    @property
    def list_mode(self) -> bool:
        return self.views.currentWidget() is self.list

    def set_list_mode(self, on: bool) -> None:
        if on == self.list_mode:
            return
        had_focus = self.current_view().hasFocus()
        self.views.setCurrentWidget(self.list if on else self.grid)
        self.acts.list_action.setChecked(on)
        current = self.selection.currentIndex()
        if current.isValid():  # the whole row shows selected in the list
            self.triage.select_row(current.row())
        self._update_hint()
        if had_focus or self.isVisible():
            self.current_view().setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_state(self, settings: QSettings) -> None:
        self.set_list_mode(str(settings.value("libraryView", "grid")) == "list")

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("libraryView", "list" if self.list_mode else "grid")

    async def shutdown(self) -> None:
        self.acts.close()
        await self.compare.shutdown()
        await self.file_states.close()
        await self.detail.preview.dispose()
        self.acts.dispose()
        await self.model.durations.close()
        await self.thumbnails.close()
