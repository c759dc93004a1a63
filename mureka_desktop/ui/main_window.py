"""The main window: toolbar, queue table, preview, status bar. Logic lives in the engine."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QWidget,
)

from mureka_desktop.app import Engine
from mureka_desktop.core import events as ev
from mureka_desktop.core.store import Item, State
from mureka_desktop.core.tasks import TaskOwner
from mureka_desktop.ui import accessibility, heap, icons, queue_actions
from mureka_desktop.ui.commands import QueueCommands
from mureka_desktop.ui.drop_overlay import DropOverlay
from mureka_desktop.ui.help import HelpCommands
from mureka_desktop.ui.intake import Intake
from mureka_desktop.ui.library import LibraryView
from mureka_desktop.ui.notifications import Notifier
from mureka_desktop.ui.queue_model import ItemRole
from mureka_desktop.ui.queue_page import QueuePage
from mureka_desktop.ui.status import StatusPanel
from mureka_desktop.ui.toolbar import TextWhereRoom

log = logging.getLogger(__name__)

FILTERS = [("All songs", None), ("Active", {State.QUEUED, State.CHECKING, State.GENERATING,
                                             State.DOWNLOADING}),
           ("Done", {State.DONE}), ("Failed", {State.FAILED}),
           ("Cancelled", {State.CANCELLED})]


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.tasks = TaskOwner("ui")
        self.commands = QueueCommands(self)
        self.scheduler = engine.scheduler
        self.setWindowTitle("Mureka Desktop" + (" — Demo" if engine.demo else ""))
        self.setAcceptDrops(True)
        self.resize(1200, 720)
        self.ui_state = QSettings(str(engine.paths.ui_state_file), QSettings.Format.IniFormat)

        self.queue_page = QueuePage(engine.store, self.scheduler)
        page = self.queue_page
        self.model, self.proxy, self.table = page.model, page.proxy, page.table
        self.preview, self.banner, self.splitter = page.preview, page.banner, page.splitter
        self.empty_hint = page.empty_hint
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_empty_hint)  # the actions follow the queue's content
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _: self.commands.open_video())
        self.banner.fix_requested.connect(self.commands.fix)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter by song, title or error…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.state_filter = QComboBox()
        for label, _ in FILTERS:
            self.state_filter.addItem(label)
        self.state_filter.currentIndexChanged.connect(
            lambda i: self.proxy.set_states(FILTERS[i][1]))

        self.library = LibraryView(engine, engine.paths.thumbnail_dir)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(page, "Queue")
        self.tabs.addTab(self.library, "Library")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.status_panel = StatusPanel(self.statusBar())
        self.notifier = Notifier(self, keep_in_tray=engine.settings.keep_in_tray)
        self.quitting = False  # Quit ends the app even when it keeps running in the tray
        self.intake = Intake(engine, self, self.tasks)
        self.dialog: QWidget | None = None
        self._actions_stale = True
        self.run_active = False
        self._build_actions()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        engine.subscribe(self._on_event)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.refresh_status)
        self._tick.start()
        self._restore_state()
        self.refresh_status()
        self._update_empty_hint()
        accessibility.describe(self)

    # ------------------------------------------------------------------ actions
    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "", icon: str = "") -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.action_icon(icon, self.palette()))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip or text} ({action.shortcut().toString()})"
                          if shortcut else tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        c = self.commands
        self.add_action = a("Add songs…", c.add_songs, "Ctrl+N", "Type or paste song ids",
                            icon="add")
        self.paste_action = a("Paste", self.commands.paste, QKeySequence.StandardKey.Paste,
                              "Add song ids from the clipboard", icon="paste")
        self.account_action = a("From account…", self.commands.add_from_account, "Ctrl+Shift+N",
                                "Pick songs from the Mureka account", icon="account")
        self.start_action = a("Start", self.commands.toggle_run, "F5", "Start or pause the queue",
                              icon="start")
        self.start_action.setProperty("stableName", "Start / Pause")  # shortcuts dialog
        self.retry_action = a("Retry failed", self.commands.retry_failed, "Ctrl+Shift+R",
                              icon="retry")
        self.remove_action = a("Remove", c.remove_selected, QKeySequence.StandardKey.Delete,
                               "Remove the selected songs from the queue", icon="remove")
        self.clear_action = a("Clear finished", self.commands.clear_finished, "Ctrl+Shift+Del",
                              "Hide done and cancelled songs from the list (they stay in the "
                              "history and the export; Ctrl+Z brings them back)", icon="clear")
        self.undo_action = a("Undo clear", self._undo, QKeySequence.StandardKey.Undo,
                             "Bring back the songs the last Clear finished hid", icon="undo")
        self.undo_action.setEnabled(False)
        self.regenerate_action = a("Regenerate…", self.commands.regenerate, "Ctrl+G",
                                   "Make a new video for the selected songs (costs credits)",
                                   icon="regenerate")
        self.open_action = a("Open video", self.commands.open_video, "Ctrl+O", icon="open")
        self.folder_action = a("Show in folder", self.commands.show_in_folder, "Ctrl+Shift+O",
                               icon="folder")
        self.copy_action = a("Copy links", self.commands.copy_links, "Ctrl+Shift+C",
                             "Copy the video and cover links of the selected songs",
                             icon="copy")
        self.copy_error_action = a("Copy error", c.copy_error, "Ctrl+Shift+E",
                                   "Copy the error of the selected songs", icon="copy")
        self.preview.detail.set_copy_action(self.copy_error_action)
        self.settings_action = a("Settings…", self.commands.open_settings, "Ctrl+,",
                                 icon="settings")
        self.quit_action = a("Quit", self.quit, QKeySequence.StandardKey.Quit, icon="quit")
        self.play_action = a("Play / pause preview", self._toggle_play, "Space", icon="play")
        self.play_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.preview.addAction(self.play_action)
        self.queue_tab_action = a("Queue", lambda: self.show_tab(0), "Ctrl+1",
                                  "Show the queue", icon="queue")
        self.library_tab_action = a("Library", lambda: self.show_tab(1), "Ctrl+2",
                                    "Show the library: every video made, to review",
                                    icon="library")
        self.export_action = a("Export…", c.export, "Ctrl+E",
                               "Save the queue and history as CSV or JSON", icon="export")
        self.find_action = a("Filter…", self._focus_search, QKeySequence.StandardKey.Find,
                             "Filter the list by song, title or error", icon="find")
        paths = self.engine.paths
        self.help = HelpCommands(self, paths.data_dir, paths.log_dir)
        self.shortcuts_action = a("Keyboard shortcuts", self.help.shortcuts,
                                  QKeySequence.StandardKey.HelpContents, icon="keyboard")
        self.about_action = a("About Mureka Desktop", self.help.about, icon="about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.log_folder_action = a("Open log folder", self.help.open_log_folder,
                                   tip=f"Open {paths.log_dir}", icon="log")
        self.data_folder_action = a("Open data folder", self.help.open_data_folder,
                                    tip=f"Open {paths.data_dir}", icon="folder")
        self._build_menus()

        # Start shows Pause while the queue runs (refresh_status sets the text): the icon follows.
        self._start_icons = {"Start": self.start_action.icon(),
                             "Pause": icons.action_icon("pause", self.palette())}
        self.start_action.changed.connect(self._sync_start_icon)

        bar = QToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        for action in (self.add_action, self.paste_action, self.account_action, None,
                       self.start_action, self.retry_action, None, self.regenerate_action,
                       self.remove_action, self.clear_action, None, self.open_action,
                       self.folder_action, self.copy_action, None, self.settings_action):
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        self.addToolBar(bar)
        self.toolbar = bar
        # Text beside the icons where the width allows, most used first; the rest icon only.
        self.toolbar_text = TextWhereRoom(bar, self, [
            [self.add_action, self.start_action],
            [self.retry_action, self.settings_action, self.account_action],
            [self.paste_action, self.remove_action, self.clear_action, self.open_action],
            [self.folder_action, self.regenerate_action, self.copy_action]])

        # The filter on its own bar, so it never falls into the main bar's overflow menu.
        self.addToolBarBreak()
        filters = QToolBar("Filter")
        filters.setObjectName("filterToolbar")
        filters.setMovable(False)
        show = QLabel("Show:")
        show.setBuddy(self.state_filter)
        show.setContentsMargins(4, 0, 4, 0)
        self._queue_filter_actions = [filters.addWidget(show)]
        self.state_filter.setAccessibleName("Show songs in state")
        self._queue_filter_actions.append(filters.addWidget(self.state_filter))
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(520)  # a search field, not a banner across a wide window
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search.setAccessibleName("Filter")
        self.search.setToolTip(f"Filter by song, title or error "
                               f"({self.find_action.shortcut().toString()})")
        self.search.addAction(icons.action_icon("find", self.palette()),
                              QLineEdit.ActionPosition.LeadingPosition)
        self._queue_filter_actions.append(filters.addWidget(self.search))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        filters.addWidget(spacer)
        if self.engine.demo:
            badge = QLabel(" DEMO ")
            badge.setObjectName("demoBadge")
            badge.setToolTip(
                "Running against the built-in simulator: no token, no credits.\n"
                f"Demo songs and videos are kept apart in {self.engine.paths.data_dir}; "
                "a normal start does not show them.")
            badge.setAccessibleName("Demo mode")
            badge.setStyleSheet("#demoBadge { background: #f29900; color: white; "
                                "font-weight: bold; border-radius: 3px; padding: 2px 6px; "
                                "margin-left: 6px; }")
            filters.addWidget(badge)
        self.addToolBar(filters)
        self.filter_toolbar = filters
        self.drop_overlay = DropOverlay(self.tabs, self)

    def _sync_start_icon(self) -> None:
        icon = self._start_icons.get(self.start_action.text())
        if icon is not None and icon.cacheKey() != self.start_action.icon().cacheKey():
            self.start_action.setIcon(icon)  # emits changed again, then matches

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_empty_hint(self) -> None:
        queue_actions.follow_counts(self, self.engine.store.counts())
        self._actions_stale = True
        self.queue_page.update_empty_hint()

    def _build_menus(self) -> None:
        menus: dict[str, list[QAction | None]] = {
            "&File": [self.add_action, self.account_action, self.paste_action, None,
                      self.export_action, None, self.settings_action, None, self.quit_action],
            "&Queue": [self.start_action, self.retry_action, None, self.regenerate_action,
                       self.remove_action, self.clear_action, self.undo_action, None,
                       self.find_action],
            "&View": [self.queue_tab_action, self.library_tab_action],
            "&Song": [self.open_action, self.folder_action, self.copy_action,
                      self.copy_error_action, None,
                      self.play_action],
            "&Help": [self.shortcuts_action, None, self.log_folder_action,
                      self.data_folder_action, None, self.about_action],
        }
        for title, actions in menus.items():
            menu = self.menuBar().addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.open_action, self.folder_action, self.copy_action,
                       self.copy_error_action, None, self.regenerate_action, self.retry_action,
                       self.remove_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ tabs
    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def library_shown(self) -> bool:
        return self.tabs.currentWidget() is self.library

    def _tab_changed(self) -> None:
        for action in self._queue_filter_actions:  # the library has its own filter bar
            action.setVisible(not self.library_shown())
        self.find_action.setEnabled(not self.library_shown())
        if self.library_shown():
            self.preview.release()
            self.library.focus_grid()
        else:
            self.library.detail.preview.release()
            self.table.setFocus()
        self._sync_undo()

    def _toggle_play(self) -> None:
        (self.library.detail.preview if self.library_shown() else self.preview).toggle_play()

    def _undo(self) -> None:
        if self.library_shown():
            if self.engine.undo_review() is None:
                self.statusBar().showMessage("Nothing to undo.", 3000)
        else:
            self.commands.undo()

    def _sync_undo(self) -> None:
        library = self.library_shown()
        self.undo_action.setText("Undo review" if library else "Undo clear")
        self.undo_action.setEnabled(self.engine.can_undo_review if library
                                    else self.engine.can_undo)

    # ------------------------------------------------------------------ selection
    def selected_items(self) -> list[Item]:
        rows = self.table.selectionModel().selectedRows()
        items = [self.proxy.data(r, ItemRole) for r in rows]
        return [i for i in items if isinstance(i, Item)]

    def current_item(self) -> Item | None:
        index = self.table.currentIndex()
        item = self.proxy.data(index, ItemRole) if index.isValid() else None
        return item if isinstance(item, Item) else None

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect |
            QItemSelectionModel.SelectionFlag.Rows)

    def _selection_changed(self) -> None:
        items = self.selected_items()
        item = items[0] if len(items) == 1 else None
        if item is None or self.preview.item is None or item.id != self.preview.item.id or \
                item.state != self.preview.item.state:
            self.preview.show_item(item)
        self._update_actions()

    def _update_actions(self) -> None:
        items = self.selected_items()
        done = [i for i in items if i.state == State.DONE]
        self.open_action.setEnabled(len(done) == 1)
        self.folder_action.setEnabled(bool(done))
        self.copy_action.setEnabled(any(i.video_url for i in items))
        self.regenerate_action.setEnabled(bool(items))
        self.remove_action.setEnabled(any(i.state not in (State.GENERATING, State.DOWNLOADING)
                                          for i in items))
        self.copy_error_action.setEnabled(any(i.last_error for i in items))
        self._actions_stale = False

    # ------------------------------------------------------------------ commands
    # ------------------------------------------------------------------ drops
    # A drop is always taken as a copy: the source (a file manager, a browser) must never
    # delete what it dragged here. The highlight shows while a usable drag hovers the window.
    def _take_as_copy(self, event: QDragMoveEvent | QDropEvent) -> bool:
        if not (event.possibleActions() & Qt.DropAction.CopyAction) or \
                not Intake.can_accept(event.mimeData()):
            event.ignore()
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._take_as_copy(event):
            self.drop_overlay.show_over_target()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._take_as_copy(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        if self._take_as_copy(event):
            self.intake.take_mime(event.mimeData(), "Dropped on the window")

    # ------------------------------------------------------------------ events
    def _on_event(self, event: ev.Event) -> None:
        """Every change, the user's and the scheduler's, reaches the views from here."""
        if isinstance(event, ev.SongChanged):
            self.model.mark_dirty(event.item.id)
            self._actions_stale = True  # a selected song may have changed state
            if self.preview.item is not None and event.item.id == self.preview.item.id:
                QTimer.singleShot(150, self._selection_changed)
        elif isinstance(event, ev.QueueChanged):
            self._queue_changed(event)
        elif isinstance(event, ev.VideoChanged):
            self.library.on_event(event)
            if event.message and event.action != "added":
                self.statusBar().showMessage(event.message + (
                    " Ctrl+Z to undo." if event.undoable else ""), 5000)
            self._sync_undo()
        elif isinstance(event, ev.Paused):
            if event.reason.kind != "user":
                self.banner.show_reason(event.reason)
            self.refresh_status()
        elif isinstance(event, ev.Resumed):
            self.banner.hide()
            self.refresh_status()
        elif isinstance(event, ev.SettingsApplied):
            if event.message:
                self.statusBar().showMessage(event.message, 8000)
        elif isinstance(event, ev.Idle) and self.run_active and self.scheduler.running:
            self.run_active = False
            counts = self.engine.store.counts()
            text = self.notifier.run_finished(counts[State.DONE], counts[State.FAILED])
            self.statusBar().showMessage(f"Run finished: {text}", 10000)

    def _queue_changed(self, event: ev.QueueChanged) -> None:
        if event.reordered:
            self.model.reload()
        else:
            if event.appended:
                self.model.append_new()
            if event.removed:
                self.model.drop_removed(list(event.removed))
        if event.count >= heap.BULK:
            heap.settle()  # thousands of new rows: keep them out of full GC passes
        self._sync_undo()
        self._actions_stale = True
        message = event.message + (" Ctrl+Z to undo." if event.undoable else "")
        self.statusBar().showMessage(message, 10000 if event.undoable else 5000)
        self.refresh_status()

    def refresh_status(self) -> None:
        status = self.scheduler.status()
        self.status_panel.update(status)
        self.start_action.setText("Pause" if status.running else "Start")
        queue_actions.follow_counts(self, status.counts)
        if self._actions_stale:
            self._update_actions()
        self.model.refresh_progress()

    # ------------------------------------------------------------------ state
    def _restore_state(self) -> None:
        s = self.ui_state
        for key, restore in (("geometry", self.restoreGeometry),
                             ("splitter", self.splitter.restoreState),
                             ("columns", self.table.horizontalHeader().restoreState),
                             ("librarySplitter", self.library.splitter.restoreState)):
            value = s.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save_state(self) -> None:
        s = self.ui_state
        s.setValue("geometry", self.saveGeometry())
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("columns", self.table.horizontalHeader().saveState())
        s.setValue("librarySplitter", self.library.splitter.saveState())
        s.sync()

    def quit(self) -> None:
        self.quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.notifier.keep_in_tray and not self.quitting:
            event.ignore()  # keeps running in the tray; the tray's menu has Quit
            self.hide()
            return
        self.save_state()
        self.preview.release()
        self.library.detail.preview.release()
        self._tick.stop()
        super().closeEvent(event)
        self.closed.emit()

    async def shutdown(self) -> None:
        """Stop the views first, then every task the window owns."""
        self._tick.stop()
        self.model.stop()
        await self.preview.dispose()
        await self.library.shutdown()
        await self.tasks.close()
