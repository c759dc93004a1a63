"""The window's actions, menus, toolbars and context menu: what the user can press, built once.

Kept apart from MainWindow, which holds the views and follows the engine's events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)

from mureka_desktop.ui import icons
from mureka_desktop.ui.drop_overlay import DropOverlay
from mureka_desktop.ui.help import HelpCommands
from mureka_desktop.ui.toolbar import TextWhereRoom

if TYPE_CHECKING:
    from mureka_desktop.app import Engine
    from mureka_desktop.ui.commands import QueueCommands
    from mureka_desktop.ui.library import LibraryView
    from mureka_desktop.ui.preview import PreviewPane


class WindowActions(QMainWindow):
    """Base of MainWindow: builds the actions (one QAction per command, shortcut in its tip)."""

    engine: Engine
    commands: QueueCommands
    preview: PreviewPane
    library: LibraryView
    table: QTableView
    tabs: QTabWidget
    search: QLineEdit
    state_filter: QComboBox

    if TYPE_CHECKING:  # behaviour the actions call, defined by MainWindow
        def show_tab(self, index: int) -> None: ...
        def quit(self) -> None: ...
        def _undo(self) -> None: ...
        def _toggle_play(self) -> None: ...

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

