"""The Library tab: filter bar with counts, the cover grid or the detail list, the detail pane;
the compare view in their place when two versions are compared; the full-screen player.

The keys (triage, player, views) are actions of the tab's content, listed by the F1 dialog
and the Review menu (:meth:`LibraryView.key_actions`)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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

from mureka_desktop.core import events as ev
from mureka_desktop.core.engine import Engine
from mureka_desktop.core.library import LibraryFilter, Video, counts
from mureka_desktop.ui import icons, scheme
from mureka_desktop.ui.library import player
from mureka_desktop.ui.library.compare import CompareView
from mureka_desktop.ui.library.detail import LibraryDetail, as_item
from mureka_desktop.ui.library.file_state import FileStates, MissingBar
from mureka_desktop.ui.library.fullscreen import FullScreenVideo
from mureka_desktop.ui.library.list_view import LibraryList
from mureka_desktop.ui.library.model import SORTS, LibraryModel, LibraryProxy, review_line
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
        self._counts_later.timeout.connect(self._update_counts)
        self.detail.note_edited.connect(lambda vid, text: engine.set_note(vid, text))
        self.detail.played_to_end.connect(self._played_to_end)
        self.detail.compare_requested.connect(self.open_compare)

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
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 440])
        self.compare = CompareView(engine)
        self.compare.closed.connect(self._compare_closed)
        self.content = QStackedWidget()
        self.content.setObjectName("libraryContent")
        self.content.addWidget(self.splitter)
        self.content.addWidget(self.compare)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.content, 1)

        self.selection = grid.selectionModel()
        self.triage = TriageController(engine, self.selection, self.proxy, self.content,
                                       self.detail.edit_note, self._scroll_to)
        self.triage.override = lambda: self.compare.active_video() \
            if self.comparing() else None
        self._build_keys()
        self.fullscreen: FullScreenVideo | None = None  # made on first use
        self._window_keys: list[QAction] = []
        self.selection.currentChanged.connect(self._current_changed)
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
        row = self.model.row_of(event.video.id)
        if row is not None:  # the counts change by this video alone (not a pass over all)
            self._count(self.model.video(row), -1)
        self.model.upsert(event.video)
        self._count(event.video, +1)
        self._show_counts()
        if self.detail.video is not None and self.detail.video.id == event.video.id:
            self.detail.show_video(event.video)
            self._follow_current()
        if self.compare.is_open:
            self.compare.update_video(event.video)
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
        self._counts = counts(self.model.videos())
        self._show_counts()

    def _count(self, video: Video, sign: int) -> None:
        for key, n in counts([video]).items():
            self._counts[key] = self._counts.get(key, 0) + sign * n

    def _show_counts(self) -> None:
        n = self._counts
        for i, (key, label) in enumerate(_FLAGS):
            self.flag_filter.setItemText(i, f"{label} ({n[key]})")
        for i, (_, label, key) in enumerate(_SEEN):
            if key:
                self.seen_filter.setItemText(i, f"{label} ({n[key]})")
        self._update_hint()

    def _update_hint(self) -> None:
        viewport = self.current_view().viewport()
        if self.empty_hint.parent() is not viewport:
            self.empty_hint.setParent(viewport)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.shown.setText((f"{shown} of {total} videos" if shown != total
                            else f"{total} videos") + (
            self.tr(" · %n file(s) missing", "", self.model.missing_count())
            if self.model.missing_count() else ""))
        empty = shown == 0
        if empty:
            self.empty_hint.setText("No videos yet: finished songs appear here."
                                    if total == 0 else "No video matches the filter.")
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
        self._follow_current()
        self._file_states_changed()

    def _follow_current(self) -> None:
        """What depends on the current video: its versions, the compare and full-screen
        keys, the full-screen caption."""
        video = self.detail.video
        count = len(self.model.versions(video.song_number)) if video is not None else 0
        self.detail.show_versions(count)
        self.compare_action.setEnabled(count >= 2 and not self.comparing())
        if self.fullscreen is not None and self.fullscreen.active:
            self.fullscreen.set_caption(self._caption())

    def _caption(self) -> str:
        video = self.detail.video
        return "" if video is None else f"{video.display_title}  ·  {review_line(video)}"

    def current_view(self) -> QAbstractItemView:
        return self.list if self.list_mode else self.grid

    def _scroll_to(self, index: QModelIndex) -> None:
        self.current_view().scrollTo(index)

    def _played_to_end(self, video_id: int) -> None:
        video = self.engine.store.videos.get(video_id)
        if video is not None and not video.review.seen:
            self.engine.mark_seen(video_id)

    def focus_grid(self) -> None:
        """Focus the grid or the list (whichever shows), with a current video."""
        if self.comparing():
            self.compare.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.selection.currentIndex().isValid() and self.proxy.rowCount():
            self.triage.select_row(0)
        self.detail.resume()

    # ------------------------------------------------------------------ keys
    def _build_keys(self) -> None:
        key = self.triage.action
        self._icon(self.triage.pick_action, "pick")
        self._icon(self.triage.reject_action, "reject")
        self.seek_back_action = key(self.tr("Seek back 5 s"), "Left")
        self.seek_back_action.triggered.connect(lambda: self.seek_by(-player.SEEK_MS))
        self.seek_forward_action = key(self.tr("Seek forward 5 s"), "Right")
        self.seek_forward_action.triggered.connect(lambda: self.seek_by(player.SEEK_MS))
        # Left and Right seek: the grid's neighbours are a Ctrl away (Up and Down as ever).
        self.previous_action = key(self.tr("Previous video"), "Ctrl+Left")
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.next_action = key(self.tr("Next video"), "Ctrl+Right")
        self.next_action.triggered.connect(lambda: self.step(1))
        self.mute_action = key(self.tr("Mute / unmute"), "M")
        self.mute_action.triggered.connect(self.toggle_mute)
        self.fullscreen_action = key(self.tr("Full screen"), "F")
        self.fullscreen_action.setShortcuts([QKeySequence("F"), QKeySequence("Return"),
                                             QKeySequence("Enter")])
        self.fullscreen_action.triggered.connect(self.toggle_fullscreen)
        self._icon(self.fullscreen_action, "fullscreen")
        self.fullscreen_action.setToolTip(self.tr("Play the video full screen (F or Enter; "
                                                  "Esc leaves)"))
        # Enter belongs to the note field while it is edited: these keys live on the views
        # and the player only (and on the full-screen window).
        self.content.removeAction(self.fullscreen_action)
        for widget in (self.grid, self.list, self.detail.preview):
            widget.addAction(self.fullscreen_action)
        self.leave_fullscreen_action = key(self.tr("Leave full screen"), "Esc")
        self.leave_fullscreen_action.triggered.connect(self.leave_fullscreen)
        self.leave_fullscreen_action.setEnabled(False)
        self.compare_action = key(self.tr("Compare versions"), "C")
        self.compare_action.setToolTip(self.tr("Two versions of the song side by side, in "
                                               "sync (C)"))
        self._icon(self.compare_action, "compare")
        self.compare_action.triggered.connect(self.open_compare)
        self.compare_action.setEnabled(False)
        self.switch_side_action = key(self.tr("Compare: other side"), "Tab")
        self.switch_side_action.triggered.connect(self.compare.switch_side)
        self.close_compare_action = key(self.tr("Leave compare"), "Esc")
        self.close_compare_action.triggered.connect(self.compare.close_view)
        for action in (self.switch_side_action, self.close_compare_action):
            action.setEnabled(False)
        # The view toggle works from the filter bar too: an action of the whole tab.
        self.list_action = QAction(self.tr("List view"), self)
        self.list_action.setCheckable(True)
        self.list_action.setShortcut(QKeySequence("Ctrl+L"))
        self.list_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list_action.setToolTip(self.tr("Show the videos as a list with columns, or as "
                                            "a grid of covers (Ctrl+L)"))
        self._icon(self.list_action, "list")
        self.list_action.toggled.connect(self.set_list_mode)
        self.addAction(self.list_action)

    def _icon(self, action: QAction, name: str) -> None:
        action.setProperty("iconName", name)  # retinted when the scheme changes
        action.setIcon(icons.action_icon(name, self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in scheme.PALETTE_EVENTS and hasattr(self, "list_action"):
            for action in self.key_actions():
                name = action.property("iconName")
                if isinstance(name, str) and name:
                    action.setIcon(icons.action_icon(name, self.palette()))

    def key_actions(self) -> list[QAction]:
        """Every key of the library, in the order the Review menu lists them."""
        return [*self.triage.actions, self.list_action]

    def toolbar_actions(self) -> list[QAction | None]:
        """What the window's toolbar shows while the Library tab does (None: a separator)."""
        return [self.triage.pick_action, self.triage.reject_action, None,
                self.compare_action, self.fullscreen_action, self.list_action]

    def add_window_keys(self, actions: list[QAction]) -> None:
        """Keys of the window that must work in full screen too (Space)."""
        self._window_keys.extend(actions)

    # ------------------------------------------------------------------ views
    @property
    def list_mode(self) -> bool:
        return self.views.currentWidget() is self.list

    def set_list_mode(self, on: bool) -> None:
        if on == self.list_mode:
            return
        had_focus = self.current_view().hasFocus()
        self.views.setCurrentWidget(self.list if on else self.grid)
        self.list_action.setChecked(on)
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

    def step(self, delta: int) -> None:
        """The video before or after the current one, in the order shown."""
        if self.comparing() or not self.proxy.rowCount():
            return
        current = self.selection.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        self.triage.select_row(max(0, min(self.proxy.rowCount() - 1, row)))

    # ------------------------------------------------------------------ player
    def toggle_play(self) -> None:
        if self.comparing():
            self.compare.toggle_play()
        else:
            self.detail.preview.toggle_play()

    def seek_by(self, delta_ms: int) -> None:
        if self.comparing():
            self.compare.seek_by(delta_ms)
        else:
            player.seek_by(self.detail.preview, delta_ms)

    def toggle_mute(self) -> None:
        if self.comparing():
            self.compare.toggle_mute()
        else:
            player.toggle_mute(self.detail.preview)

    def toggle_fullscreen(self) -> None:
        if self.fullscreen is not None and self.fullscreen.active:
            self.leave_fullscreen()
            return
        if self.comparing():
            return
        if self.fullscreen is None:
            self.fullscreen = FullScreenVideo([*self.triage.actions, *self._window_keys])
            self.fullscreen.left.connect(self._fullscreen_left)
        pane = self.detail.preview
        if self.fullscreen.enter(pane, self._caption()):
            self.leave_fullscreen_action.setEnabled(True)
            # A paused video shows its frame again in its new place (a seek renders it).
            player.seek_to(pane, player.position(pane))

    def leave_fullscreen(self) -> None:
        if self.fullscreen is not None:
            self.fullscreen.leave()

    def _fullscreen_left(self) -> None:
        self.leave_fullscreen_action.setEnabled(False)
        pane = self.detail.preview
        player.seek_to(pane, player.position(pane))  # its frame, back in the pane
        # The video widget's native child takes the focus (and then drops it) once it is
        # shown again, some events later: for a moment, the focus that lands there or
        # nowhere goes back to the grid or the list, where the keys work.
        self._refocus_until = time.monotonic() + 1.0
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._watching_focus:
            app.focusChanged.connect(self._focus_moved)
            self._watching_focus = True
        self.window().activateWindow()
        self.focus_grid()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if time.monotonic() > self._refocus_until or not self.isVisible() or \
                (self.fullscreen is not None and self.fullscreen.active):
            return
        if new is None or self.detail.preview.video.isAncestorOf(new):
            QTimer.singleShot(0, self, self.focus_grid)  # not once the view is gone

    _refocus_until = 0.0
    _watching_focus = False

    # ------------------------------------------------------------------ compare
    def comparing(self) -> bool:
        return self.content.currentWidget() is self.compare

    def open_compare(self) -> None:
        """The current video beside another version of its song (the one before it, or
        after it when it is the first)."""
        video = self.detail.video
        if video is None or self.comparing():
            return
        versions = self.model.versions(video.song_number)
        if len(versions) < 2:
            return
        at = next(i for i, v in enumerate(versions) if v.id == video.id)
        other = versions[at - 1] if at > 0 else versions[1]
        self.leave_fullscreen()
        self.detail.hold()
        self.detail.preview.release()
        self.content.setCurrentWidget(self.compare)
        self.compare.open(versions, video, other)
        self.compare_action.setEnabled(False)
        self.switch_side_action.setEnabled(True)
        self.close_compare_action.setEnabled(True)
        self.fullscreen_action.setEnabled(False)

    def _compare_closed(self) -> None:
        self.content.setCurrentWidget(self.splitter)
        self.switch_side_action.setEnabled(False)
        self.close_compare_action.setEnabled(False)
        self.fullscreen_action.setEnabled(True)
        if self.detail.video is not None:  # the detail's player gets its video back
            self.detail.preview.show_item(as_item(self.detail.video))
        self._follow_current()
        self.focus_grid()

    def release_players(self) -> None:
        """The tab is left: nothing plays on."""
        self.leave_fullscreen()
        if self.comparing():
            self.compare.close_view()
        self.detail.hold()
        self.detail.preview.release()

    async def shutdown(self) -> None:
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
            self._watching_focus = False
        self.leave_fullscreen()
        await self.compare.shutdown()
        await self.file_states.close()
        await self.detail.preview.dispose()
        if self.fullscreen is not None:
            self.fullscreen.deleteLater()
            self.fullscreen = None
        await self.model.durations.close()
        await self.thumbnails.close()
