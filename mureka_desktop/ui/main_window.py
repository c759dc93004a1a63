"""The main window: toolbar, queue table, preview, status bar. Logic lives in the engine."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from mureka_desktop.app import Engine
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.ui import accessibility, heap, scheme
from mureka_desktop.ui.accounts_view import AccountsController
from mureka_desktop.ui.commands import QueueCommands, has_work
from mureka_desktop.ui.drop_overlay import DropOverlay
from mureka_desktop.ui.engine_words import EngineWords
from mureka_desktop.ui.focus_ring import FocusRing
from mureka_desktop.ui.help import HelpCommands
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.intake import Intake
from mureka_desktop.ui.library import LibraryView
from mureka_desktop.ui.library.file_commands import LibraryFileCommands
from mureka_desktop.ui.notifications import Notifier
from mureka_desktop.ui.queue_model import ItemRole
from mureka_desktop.ui.queue_page import QueuePage
from mureka_desktop.ui.run_tally import RunTally
from mureka_desktop.ui.status import StatusBar, StatusPanel
from mureka_desktop.ui.window_actions import WindowActions

log = logging.getLogger(__name__)
LIVE_MS = 1000  # progress bars and countdowns, only while songs generate or download

# Labels translated where they are shown (the state selector).
FILTERS = [(QT_TRANSLATE_NOOP("MainWindow", "All songs"), None),
           (QT_TRANSLATE_NOOP("MainWindow", "Active"),
            {State.QUEUED, State.CHECKING, State.GENERATING, State.DOWNLOADING}),
           (QT_TRANSLATE_NOOP("MainWindow", "Done"), {State.DONE}),
           (QT_TRANSLATE_NOOP("MainWindow", "Failed"), {State.FAILED}),
           (QT_TRANSLATE_NOOP("MainWindow", "Cancelled"), {State.CANCELLED})]


class MainWindow(QMainWindow):
    """Holds the views and follows the engine's events; its actions, menus and toolbars are
    a part it holds (``acts``), its commands another (``commands``)."""

    closed = Signal()

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.tasks = TaskOwner("ui")
        self.queue = engine.queue  # the run state and the status figures
        self.setWindowTitle(self.tr("Mureka Desktop — Demo") if engine.demo else "Mureka Desktop")
        self.setAcceptDrops(True)
        self.resize(1200, 720)
        self.ui_state = QSettings(str(engine.paths.ui_state_file), QSettings.Format.IniFormat)

        self.queue_page = QueuePage(engine.queue)
        page = self.queue_page
        self.model, self.proxy, self.table = page.model, page.proxy, page.table
        self.preview, self.banner, self.splitter = page.preview, page.banner, page.splitter
        self.empty_hint = page.empty_hint
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_empty_hint)  # the actions follow the queue's content
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by song, title or error…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.state_filter = QComboBox()
        for label, _ in FILTERS:
            self.state_filter.addItem(self.tr(str(label)))
        self.state_filter.currentIndexChanged.connect(
            lambda i: self.proxy.set_states(FILTERS[i][1]))

        self.library = LibraryView(engine, engine.paths.thumbnail_dir)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(page, self.tr("Queue"))
        self.tabs.addTab(self.library, self.tr("Library"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.setStatusBar(StatusBar(self))
        self.status_panel = StatusPanel(self.statusBar())
        self.notifier = Notifier(self, keep_in_tray=engine.settings.current.keep_in_tray)
        self.words = EngineWords(self)  # the engine's messages in the user's language
        self.quitting = False  # Quit ends the app even when it keeps running in the tray
        self.intake = Intake(engine, self, self.tasks)
        self.dialog: QWidget | None = None
        self._actions_stale = True
        self.run = RunTally()  # what the run the user started finished
        self.accounts = AccountsController(engine, self)
        self.commands = QueueCommands(engine, self.tasks, self, self, self.intake, self.banner,
                                      self.notifier, self.accounts)

        self.table.doubleClicked.connect(lambda _: self.commands.open_video())
        self.banner.fix_requested.connect(self.commands.fix)
        paths = engine.paths
        self.help = HelpCommands(self, paths.data_dir, paths.log_dir)
        self.acts = WindowActions(self, self)  # menus, toolbars, keys: from ui/actions.py
        self.accounts_dock = self.acts.accounts_dock
        self.table.customContextMenuRequested.connect(self.acts.context_menu)
        self.drop_overlay = DropOverlay(self.tabs, self)
        # the Library menu's file commands
        self.library_files = LibraryFileCommands(self, engine, self.tasks, self.words,
                                                 self.library, self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Qt emits no selectionChanged when selected rows leave the view (a filter, a re-add,
        # a removal): the detail pane follows those too, once per burst of changes.
        self._reselect = QTimer(self)
        self._reselect.setSingleShot(True)
        self._reselect.setInterval(0)
        self._reselect.timeout.connect(self._selection_changed)
        for signal in (self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._reselect.start)

        engine.subscribe(self._on_event)
        # The figures follow StatusChanged; while songs generate or download, the progress
        # bars and the next call's countdown move once a second (no timer while idle).
        self._live = QTimer(self)
        self._live.setInterval(LIVE_MS)
        self._live.timeout.connect(self.refresh_status)
        self._restore_state()
        self.refresh_status()
        self._update_empty_hint()
        accessibility.describe(page, self.state_filter, self.search)
        # where the keys go, clearly (light or dark): the table, the grid or the list
        self.focus_ring = FocusRing([self.table, self.library.grid, self.library.list],
                                    self)
        self.accounts.refresh()  # health and credits, loaded on the engine's loop

    def _update_empty_hint(self) -> None:
        self.acts.follow_counts(self.engine.queue.query.counts())
        self._actions_stale = True
        self.queue_page.update_empty_hint()

    # ------------------------------------------------------------------ tabs
    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def library_shown(self) -> bool:
        return self.tabs.currentWidget() is self.library

    def _tab_changed(self) -> None:
        library = self.library_shown()
        self.acts.show_library(library)
        if library:
            self.preview.release()
            self.library.focus_grid()
        else:
            self.library.acts.release_players()
            self.table.setFocus()
        self._sync_undo()

    def toggle_play(self) -> None:
        if self.library_shown():
            self.library.acts.toggle_play()
        else:
            self.preview.toggle_play()

    def undo(self) -> None:
        if self.library_shown():
            video = self.engine.library.undo_review()
            if video is None:
                self.statusBar().showMessage(self.tr("Nothing to undo."), 3000)
            else:  # the video the decision is taken back on comes up (when the filter shows it)
                self.library.triage.select(video.id)
        else:
            self.commands.undo()

    def _sync_undo(self) -> None:
        library = self.library_shown()
        undo = self.acts.undo_action
        undo.setText(self.tr("Undo review") if library else self.tr("Undo clear"))
        undo.setEnabled(self.engine.library.can_undo_review if library
                        else self.engine.queue.can_undo)

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
        self.acts.follow_selection(self.selected_items())
        self._actions_stale = False

    def show_message(self, text: str, ms: int) -> None:
        self.statusBar().showMessage(text, ms)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in scheme.PALETTE_EVENTS and hasattr(self, "acts"):
            self.acts.retint_icons()

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
            self.intake.take_mime(event.mimeData(), self.tr("Dropped on the window"))

    # ------------------------------------------------------------------ events
    def _on_event(self, event: ev.Event) -> None:
        """Every change, the user's and the scheduler's, reaches the views from here."""
        if isinstance(event, ev.SongChanged):
            self.model.mark_dirty(event.item.id)
            self.run.count(event.item)
            self._actions_stale = True  # a selected song may have changed state
            if self.preview.item is not None and event.item.id == self.preview.item.id:
                QTimer.singleShot(150, self._selection_changed)
        elif isinstance(event, ev.QueueChanged):
            self._queue_changed(event)
        elif isinstance(event, ev.VideoChanged):
            self.library.on_event(event)
            if event.message and event.action != "added":
                self.statusBar().showMessage(self._undoable(self.words.say(event.message),
                                                            event.undoable), 5000)
            self._sync_undo()
        elif isinstance(event, ev.VideosChanged):
            self.library.on_videos(event)
            if event.message:
                self.statusBar().showMessage(self.words.say(event.message), 8000)
        elif isinstance(event, ev.Paused):
            if event.reason.kind != "user":
                self.banner.show_reason(event.reason)
            self.refresh_status()
        elif isinstance(event, ev.Resumed):
            self.banner.hide()
            self.refresh_status()
        elif isinstance(event, ev.AccountsChanged):
            self.accounts.on_snapshot(event.snapshot)
        elif isinstance(event, ev.StatusChanged):
            self.refresh_status()
        elif isinstance(event, ev.Notice | ev.SettingsApplied) and event.message:
            self.statusBar().showMessage(self.words.say(event.message), 8000)
        elif isinstance(event, ev.Idle) and self.run.active and self.queue.running:
            done, failed = self.run.end()
            if done or failed:  # a start with nothing to do ends quietly
                text = self.notifier.run_finished(done, failed)
                self.statusBar().showMessage(fill(self.tr("Run finished: %1"), text), 10000)

    def begin_run(self) -> None:
        """Counts what this run finishes (called on Start and when songs join a running queue)."""
        self.run.begin()

    def _queue_changed(self, event: ev.QueueChanged) -> None:
        if event.reordered:
            self.model.reload()
        else:
            if event.appended:
                self.model.append_new()
                if self.queue.running:
                    self.begin_run()  # songs added to a running queue: their end is told too
            if event.removed:
                self.model.drop_removed(list(event.removed))
        if event.count >= heap.BULK:
            heap.settle()  # thousands of new rows: keep them out of full GC passes
        self._sync_undo()
        self._actions_stale = True
        self.statusBar().showMessage(self._undoable(self.words.say(event.message),
                                                    event.undoable),
                                     10000 if event.undoable else 5000)
        self.refresh_status()

    def _undoable(self, message: str, undoable: bool) -> str:
        """The engine's message (translated), with how to take it back when it can be."""
        return fill(self.tr("%1 Ctrl+Z to undo."), message) if undoable else message

    def refresh_status(self) -> None:
        status = self.queue.status()
        self.status_panel.update(status, per_account=self.accounts_dock.isHidden())
        self.accounts.tick(status)
        # Pause only while there is something to pause: once a run is through, Start (the
        # queue still takes songs added later by itself).
        working = has_work(status)
        self.acts.show_running(working)
        if working and not self._live.isActive():
            self._live.start()
        elif not working:
            self._live.stop()
        self.acts.follow_counts(status.counts)
        if self._actions_stale:
            self._update_actions()
        self.model.refresh_progress()

    # ------------------------------------------------------------------ state
    def _restore_state(self) -> None:
        s = self.ui_state
        for key, restore in (("geometry", self.restoreGeometry),
                             ("windowState", self.restoreState),
                             ("splitter", self.splitter.restoreState),
                             ("columns", self.table.horizontalHeader().restoreState),
                             ("librarySplitter", self.library.splitter.restoreState)):
            value = s.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        self.library.restore_state(s)
        if s.value("tab") == "library":  # opens where it was left
            self.show_tab(1)

    def save_state(self) -> None:
        s = self.ui_state
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self.saveState())  # the accounts dock
        s.setValue("splitter", self.splitter.saveState())
        s.setValue("columns", self.table.horizontalHeader().saveState())
        s.setValue("librarySplitter", self.library.splitter.saveState())
        self.library.save_state(s)
        s.setValue("tab", "library" if self.library_shown() else "queue")
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
        self.library.acts.release_players()
        self._live.stop()
        super().closeEvent(event)
        self.closed.emit()

    async def shutdown(self) -> None:
        """Stop the views first, then every task the window owns."""
        self._live.stop()
        self.model.stop()
        await self.preview.dispose()
        await self.library.shutdown()
        await self.tasks.close()
