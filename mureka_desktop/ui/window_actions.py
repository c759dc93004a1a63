"""The window's actions, menus, toolbars and context menu: what the user can press, built once.

Kept apart from MainWindow, which holds the views and follows the engine's events."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtMultimedia import QMediaPlayer
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

from mureka_desktop.ui import icons, scheme
from mureka_desktop.ui.accounts_view import AccountsController, AccountsDock
from mureka_desktop.ui.drop_overlay import DropOverlay
from mureka_desktop.ui.help import HelpCommands
from mureka_desktop.ui.i18n import fill
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
    accounts: AccountsController

    # Behaviour the actions call, defined by MainWindow. (Not as stubs under "if
    # TYPE_CHECKING:": an "if" in a class body makes pyside6-lupdate file every string of
    # the module under an empty context, where no translation is ever looked up.)
    show_tab: Callable[[int], None]
    quit: Callable[[], None]
    _undo: Callable[[], None]
    _toggle_play: Callable[[], None]

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "", icon: str = "") -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.action_icon(icon, self.palette()))
            action.setProperty("iconName", icon)  # retinted when the scheme changes
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(self._with_keys(tip or text, action) if shortcut else tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _with_keys(self, text: str, action: QAction) -> str:
        """A tooltip: what the action does, then its shortcut ("Paste (Ctrl+V)")."""
        return fill(self.tr("%1 (%2)", "tooltip: what it does (its shortcut)"), text,
                    action.shortcut().toString())

    def _build_actions(self) -> None:
        a, c = self._action, self.commands
        self.add_action = a(self.tr("Add songs…"), c.add_songs, "Ctrl+N",
                            self.tr("Type or paste song ids"), icon="add")
        self.paste_action = a(self.tr("Paste"), c.paste, QKeySequence.StandardKey.Paste,
                              self.tr("Add song ids from the clipboard"), icon="paste")
        self.account_action = a(self.tr("From account…"), c.add_from_account, "Ctrl+Shift+N",
                                self.tr("Pick songs from the Mureka account"), icon="account")
        # Start shows Pause while the queue runs (show_running sets the text): the icon follows.
        self._start_texts = {False: self.tr("Start"), True: self.tr("Pause")}
        self.start_action = a(self._start_texts[False], c.toggle_run, "F5",
                              self.tr("Start or pause the queue"), icon="start")
        self.start_action.setProperty("stableName", self.tr("Start / Pause"))  # shortcuts dialog
        self.retry_action = a(self.tr("Retry failed"), c.retry_failed, "Ctrl+Shift+R",
                              icon="retry")
        self.remove_action = a(self.tr("Remove"), c.remove_selected,
                               QKeySequence.StandardKey.Delete,
                               self.tr("Remove the selected songs from the queue"), icon="remove")
        self.clear_action = a(self.tr("Clear finished"), c.clear_finished, "Ctrl+Shift+Del",
                              self.tr("Hide done and cancelled songs from the list (they stay "
                                      "in the history and the export; Ctrl+Z brings them "
                                      "back)"), icon="clear")
        self.undo_action = a(self.tr("Undo clear"), self._undo, QKeySequence.StandardKey.Undo,
                             self.tr("Bring back the songs the last Clear finished hid"),
                             icon="undo")
        self.undo_action.setEnabled(False)
        self.regenerate_action = a(self.tr("Regenerate…"), c.regenerate, "Ctrl+G",
                                   self.tr("Make a new video for the selected songs "
                                           "(costs credits)"), icon="regenerate")
        self.open_action = a(self.tr("Open video"), c.open_video, "Ctrl+O", icon="open")
        self.folder_action = a(self.tr("Show in folder"), c.show_in_folder, "Ctrl+Shift+O",
                               icon="folder")
        self.copy_action = a(self.tr("Copy links"), c.copy_links, "Ctrl+Shift+C",
                             self.tr("Copy the video and cover links of the selected songs"),
                             icon="copy")
        self.copy_error_action = a(self.tr("Copy error"), c.copy_error, "Ctrl+Shift+E",
                                   self.tr("Copy the error of the selected songs"), icon="copy")
        self.preview.detail.set_copy_action(self.copy_error_action)
        self.settings_action = a(self.tr("Settings…"), c.open_settings, "Ctrl+,",
                                 icon="settings")
        self.quit_action = a(self.tr("Quit"), self.quit, QKeySequence.StandardKey.Quit,
                             icon="quit")
        self.play_action = a(self.tr("Play / pause preview"), self._toggle_play, "Space",
                             icon="play")
        # Space plays where the videos are (the queue, its preview, the library's views and
        # player), never while a text field or a filter box has the focus.
        self.play_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.play_action)
        for widget in (self.table, self.preview):
            widget.addAction(self.play_action)
        # Enter on a queue row plays its video in the preview.
        self.play_row_action = a(self.tr("Play the song's video"), self._play_row, "Return",
                                 icon="play")
        self.play_row_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.play_row_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.play_row_action)
        self.table.addAction(self.play_row_action)
        self.queue_tab_action = a(self.tr("Queue"), lambda: self.show_tab(0), "Ctrl+1",
                                  self.tr("Show the queue"), icon="queue")
        self.library_tab_action = a(self.tr("Library"), lambda: self.show_tab(1), "Ctrl+2",
                                    self.tr("Show the library: every video made, to review"),
                                    icon="library")
        self.export_action = a(self.tr("Export…"), c.export, "Ctrl+E",
                               self.tr("Save the queue and history as CSV or JSON"),
                               icon="export")
        self.find_action = a(self.tr("Filter…"), self._focus_search,
                             QKeySequence.StandardKey.Find,
                             self.tr("Filter the list by song, title or error"), icon="find")
        self.refresh_accounts_action = a(
            self.tr("Refresh accounts"), self.accounts.refresh, "Ctrl+R",
            self.tr("Ask useapi.net for the Mureka accounts' health and credits again"),
            icon="retry")
        self.accounts_dock = AccountsDock(self.accounts, self.refresh_accounts_action, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.accounts_dock)
        self.accounts_action = self.accounts_dock.toggleViewAction()
        self.accounts_action.setToolTip(self.tr("Show or hide the Mureka accounts under the "
                                                "queue"))
        paths = self.engine.paths
        self.help = HelpCommands(self, paths.data_dir, paths.log_dir)
        self.shortcuts_action = a(self.tr("Keyboard shortcuts"), self.help.shortcuts,
                                  QKeySequence.StandardKey.HelpContents, icon="keyboard")
        self.about_action = a(self.tr("About Mureka Desktop"), self.help.about, icon="about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.log_folder_action = a(self.tr("Open log folder"), self.help.open_log_folder,
                                   tip=fill(self.tr("Open %1"), paths.log_dir), icon="log")
        self.data_folder_action = a(self.tr("Open data folder"), self.help.open_data_folder,
                                    tip=fill(self.tr("Open %1"), paths.data_dir), icon="folder")
        self._build_menus()

        self._start_icons = {self._start_texts[False]: self.start_action.icon(),
                             self._start_texts[True]: icons.action_icon("pause", self.palette())}
        self.start_action.changed.connect(self._sync_start_icon)

        bar = QToolBar(self.tr("Main", "toolbar"))
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
        self._build_library_toolbar()
        # Text beside the icons where the width allows, most used first; the rest icon only.
        self.toolbar_text = TextWhereRoom(bar, self, [
            [self.add_action, self.start_action],
            [self.retry_action, self.settings_action, self.account_action],
            [self.paste_action, self.remove_action, self.clear_action, self.open_action],
            [self.folder_action, self.regenerate_action, self.copy_action]])

        # The filter on its own bar, so it never falls into the main bar's overflow menu.
        self.addToolBarBreak()
        filters = QToolBar(self.tr("Filter", "toolbar"))
        filters.setObjectName("filterToolbar")
        filters.setMovable(False)
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.state_filter)
        show.setContentsMargins(4, 0, 4, 0)
        self._queue_filter_actions = [filters.addWidget(show)]
        self.state_filter.setAccessibleName(self.tr("Show songs in state"))
        self._queue_filter_actions.append(filters.addWidget(self.state_filter))
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(520)  # a search field, not a banner across a wide window
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search.setAccessibleName(self.tr("Filter"))
        self.search.setToolTip(self._with_keys(self.tr("Filter by song, title or error"),
                                               self.find_action))
        self._find_icon = self.search.addAction(icons.action_icon("find", self.palette()),
                                                QLineEdit.ActionPosition.LeadingPosition)
        self._queue_filter_actions.append(filters.addWidget(self.search))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        filters.addWidget(spacer)
        if self.engine.demo:
            badge = QLabel(fill(" %1 ", self.tr("DEMO")))
            badge.setObjectName("demoBadge")
            badge.setToolTip(fill(
                self.tr("Running against the built-in simulator: no token, no credits.\n"
                   "Demo songs and videos are kept apart in %1; a normal start does not show "
                   "them."), self.engine.paths.data_dir))
            badge.setAccessibleName(self.tr("Demo mode"))
            badge.setStyleSheet("#demoBadge { background: #f29900; color: #202124; "
                                "font-weight: bold; border-radius: 3px; padding: 2px 6px; "
                                "margin-left: 6px; }")
            filters.addWidget(badge)
        self.addToolBar(filters)
        self.filter_toolbar = filters
        self.drop_overlay = DropOverlay(self.tabs, self)

    def show_running(self, running: bool) -> None:
        """Start reads Pause while the queue runs."""
        self.start_action.setText(self._start_texts[running])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in scheme.PALETTE_EVENTS and hasattr(self, "_find_icon"):
            self.retint_icons()

    def retint_icons(self) -> None:
        """Redraw the bundled icons in the palette's text colour: light on a dark scheme,
        dark on a light one (theme icons follow the theme by themselves)."""
        palette = self.palette()
        for action in self.actions():
            name = action.property("iconName")
            if isinstance(name, str) and name:
                action.setIcon(icons.action_icon(name, palette))
        self._find_icon.setIcon(icons.action_icon("find", palette))
        self._start_icons = {self._start_texts[False]: icons.action_icon("start", palette),
                             self._start_texts[True]: icons.action_icon("pause", palette)}
        self._sync_start_icon()

    def _build_library_toolbar(self) -> None:
        """The library's own actions, in the main bar's place while the Library tab shows."""
        bar = QToolBar(self.tr("Library"))
        bar.setObjectName("libraryToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in [*self.library.toolbar_actions(), None, self.settings_action]:
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        self.insertToolBar(self.toolbar, bar)
        bar.hide()
        self.library_toolbar = bar
        # Queue commands that mean nothing in the library: hidden there (their keys too, so
        # Del never removes queue songs nobody sees).
        self.queue_only_actions = [
            self.add_action, self.paste_action, self.account_action, self.start_action,
            self.retry_action, self.regenerate_action, self.remove_action, self.clear_action]
        self.library.add_window_keys([self.play_action])
        for widget in (*self.library.key_widgets(), self.library.compare):
            widget.addAction(self.play_action)

    def _sync_start_icon(self) -> None:
        icon = self._start_icons.get(self.start_action.text())
        if icon is not None and icon.cacheKey() != self.start_action.icon().cacheKey():
            self.start_action.setIcon(icon)  # emits changed again, then matches

    def _play_row(self) -> None:
        """The current row's video plays in the preview (not paused when it already plays)."""
        if self.preview.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
            self.preview.toggle_play()

    def _focus_search(self) -> None:
        """Ctrl+F: the search field of the tab shown (the queue's or the library's)."""
        search = self.library.search if self.tabs.currentWidget() is self.library \
            else self.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def _build_menus(self) -> None:
        menus: dict[str, list[QAction | None]] = {  # Review: the library's keys
            self.tr("&File"): [self.add_action, self.account_action, self.paste_action, None,
                      self.export_action, None, self.settings_action, None, self.quit_action],
            self.tr("&Queue"): [self.start_action, self.retry_action, None, self.regenerate_action,
                       self.remove_action, self.clear_action, self.undo_action, None,
                       self.find_action],
            self.tr("&View"): [self.queue_tab_action, self.library_tab_action, None,
                               self.accounts_action, self.refresh_accounts_action],
            self.tr("&Review"): list(self.library.key_actions()),
            self.tr("&Song"): [self.open_action, self.folder_action, self.copy_action,
                      self.copy_error_action, None,
                      self.play_row_action, self.play_action],
            self.tr("&Help"): [self.shortcuts_action, None, self.log_folder_action,
                      self.data_folder_action, None, self.about_action],
        }
        for title, actions in menus.items():
            menu = self.menuBar().addMenu(title)
            if actions is menus[self.tr("&Review")]:
                self.review_menu = menu  # enabled while the Library tab shows
                menu.setEnabled(False)
            if actions is menus[self.tr("&Help")]:
                menu.setObjectName("helpMenu")  # found by name in any language (the Library's)
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

