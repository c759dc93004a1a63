"""The window's actions, menus, toolbars and context menu: what the user can press, built once
from the registry (ui/actions.py) and held by the window as an attribute (``window.acts``).

The window is seen here as a :class:`ActionHost`: the views the actions act on and the few
window behaviours they call; MainWindow holds the views and follows the engine's events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, Qt
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

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model.items import Item
from mureka_desktop.ui import actions as registry
from mureka_desktop.ui import icons
from mureka_desktop.ui.accounts_view import AccountsController, AccountsDock
from mureka_desktop.ui.actions import ActionSpec, Counts
from mureka_desktop.ui.commands import QueueCommands
from mureka_desktop.ui.help import HelpCommands
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.library.view import LibraryView
from mureka_desktop.ui.preview import PreviewPane
from mureka_desktop.ui.toolbar import TextWhereRoom


class ActionHost(Protocol):
    """What the actions act on (the window implements it)."""

    engine: Engine
    commands: QueueCommands
    preview: PreviewPane
    library: LibraryView
    table: QTableView
    tabs: QTabWidget
    search: QLineEdit
    state_filter: QComboBox
    accounts: AccountsController
    help: HelpCommands

    def show_tab(self, index: int) -> None: ...

    def quit(self) -> None: ...

    def undo(self) -> None: ...

    def toggle_play(self) -> None: ...


class WindowActions(QObject):
    """The window's QActions (``<name>_action``), its menus and toolbars."""

    add_action: QAction
    paste_action: QAction
    account_action: QAction
    start_action: QAction
    retry_action: QAction
    remove_action: QAction
    clear_action: QAction
    undo_action: QAction
    regenerate_action: QAction
    open_action: QAction
    folder_action: QAction
    copy_action: QAction
    copy_error_action: QAction
    settings_action: QAction
    quit_action: QAction
    play_action: QAction
    play_row_action: QAction
    queue_tab_action: QAction
    library_tab_action: QAction
    export_action: QAction
    find_action: QAction
    refresh_accounts_action: QAction
    accounts_action: QAction
    shortcuts_action: QAction
    about_action: QAction
    log_folder_action: QAction
    data_folder_action: QAction

    def __init__(self, window: QMainWindow, host: ActionHost) -> None:
        super().__init__(window)
        self.window, self.host = window, host
        # Start shows Pause while the queue runs (show_running sets the text): the icon follows.
        self._start_texts = {False: self.tr("Start"), True: self.tr("Pause")}
        self.specs = self.specs_for(host)
        self.by_name: dict[str, QAction] = {}
        for spec in self.specs:
            if spec.name == "accounts":  # the dock's own toggle, made with the dock
                self.accounts_dock = AccountsDock(host.accounts, self.refresh_accounts_action,
                                                  window)
                window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.accounts_dock)
                action = self.accounts_dock.toggleViewAction()
                action.setToolTip(spec.tip)
            else:
                action = registry.build(spec, window, self.with_keys)
            self.by_name[spec.name] = action
            setattr(self, f"{spec.name}_action", action)
        host.preview.detail.set_copy_action(self.copy_error_action)
        self._build_menus()
        self._start_icons = {self._start_texts[False]: self.start_action.icon(),
                             self._start_texts[True]: icons.action_icon("pause",
                                                                        window.palette())}
        self.start_action.changed.connect(self._sync_start_icon)
        bar = QToolBar(self.tr("Main", "toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        registry.fill(bar, self._named(registry.TOOLBAR))
        window.addToolBar(bar)
        self.toolbar = bar
        self._build_library_toolbar()
        self.toolbar_text = TextWhereRoom(bar, window, [
            [self.by_name[n] for n in tier] for tier in registry.TOOLBAR_TIERS])
        self._build_filter_toolbar()

    def specs_for(self, w: ActionHost) -> list[ActionSpec]:
        """Every command of the window, in the order the actions are made."""
        c, key = w.commands, QKeySequence.StandardKey
        spec = ActionSpec
        paths = w.engine.paths
        return [
            spec("add", self.tr("Add songs…"), c.add_songs, ("Ctrl+N",),
                 self.tr("Type or paste song ids"), "add"),
            spec("paste", self.tr("Paste"), c.paste, (key.Paste,),
                 self.tr("Add song ids from the clipboard"), "paste"),
            spec("account", self.tr("From account…"), c.add_from_account, ("Ctrl+Shift+N",),
                 self.tr("Pick songs from the Mureka account"), "account"),
            spec("start", self._start_texts[False], c.toggle_run, ("F5",),
                 self.tr("Start or pause the queue"), "start",
                 stable_name=self.tr("Start / Pause")),
            spec("retry", self.tr("Retry failed"), c.retry_failed, ("Ctrl+Shift+R",),
                 icon="retry", for_counts=registry.retryable),
            spec("remove", self.tr("Remove"), c.remove_selected, (key.Delete,),
                 self.tr("Remove the selected songs from the queue"), "remove",
                 for_selection=registry.removable),
            spec("clear", self.tr("Clear finished"), c.clear_finished, ("Ctrl+Shift+Del",),
                 self.tr("Hide done and cancelled songs from the list (they stay "
                    "in the history and the export; Ctrl+Z brings them "
                    "back)"), "clear", for_counts=registry.clearable),
            spec("undo", self.tr("Undo clear"), w.undo, (key.Undo,),
                 self.tr("Bring back the songs the last Clear finished hid"), "undo",
                 enabled=False),
            spec("regenerate", self.tr("Regenerate…"), c.regenerate, ("Ctrl+G",),
                 self.tr("Make a new video for the selected songs (costs credits)"),
                 "regenerate", for_selection=registry.any_item),
            spec("open", self.tr("Open video"), c.open_video, ("Ctrl+O",), icon="open",
                 for_selection=registry.one_done),
            spec("folder", self.tr("Show in folder"), c.show_in_folder, ("Ctrl+Shift+O",),
                 icon="folder", for_selection=registry.any_done),
            spec("copy", self.tr("Copy links"), c.copy_links, ("Ctrl+Shift+C",),
                 self.tr("Copy the video and cover links of the selected songs"), "copy",
                 for_selection=registry.any_link),
            spec("copy_error", self.tr("Copy error"), c.copy_error, ("Ctrl+Shift+E",),
                 self.tr("Copy the error of the selected songs"), "copy",
                 for_selection=registry.any_error),
            spec("settings", self.tr("Settings…"), c.open_settings, ("Ctrl+,",), icon="settings"),
            spec("quit", self.tr("Quit"), w.quit, (key.Quit,), icon="quit"),
            # Space plays where the videos are (the queue, its preview, the library's views
            # and player), never while a text field or a filter box has the focus.
            spec("play", self.tr("Play / pause preview"), w.toggle_play, ("Space",), icon="play",
                 context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
                 widgets=(w.table, w.preview)),
            # Enter on a queue row plays its video in the preview.
            spec("play_row", self.tr("Play the song's video"), self._play_row, ("Return", "Enter"),
                 icon="play", context=Qt.ShortcutContext.WidgetShortcut, widgets=(w.table,)),
            spec("queue_tab", self.tr("Queue"), lambda: w.show_tab(0), ("Ctrl+1",),
                 self.tr("Show the queue"), "queue"),
            spec("library_tab", self.tr("Library"), lambda: w.show_tab(1), ("Ctrl+2",),
                 self.tr("Show the library: every video made, to review"), "library"),
            spec("export", self.tr("Export…"), c.export, ("Ctrl+E",),
                 self.tr("Save the queue and history as CSV or JSON"), "export"),
            spec("find", self.tr("Filter…"), self._focus_search, (key.Find,),
                 self.tr("Filter the list by song, title or error"), "find"),
            spec("refresh_accounts", self.tr("Refresh accounts"), w.accounts.refresh, ("Ctrl+R",),
                 self.tr("Ask useapi.net for the Mureka accounts' health and credits again"),
                 "retry"),
            spec("accounts", "", lambda: None,
                 tip=self.tr("Show or hide the Mureka accounts under the queue")),
            spec("shortcuts", self.tr("Keyboard shortcuts"), w.help.shortcuts, (key.HelpContents,),
                 icon="keyboard"),
            spec("about", self.tr("About Mureka Desktop"), w.help.about, icon="about",
                 role=QAction.MenuRole.AboutRole),
            spec("log_folder", self.tr("Open log folder"), w.help.open_log_folder,
                 tip=fill(self.tr("Open %1"), paths.log_dir), icon="log"),
            spec("data_folder", self.tr("Open data folder"), w.help.open_data_folder,
                 tip=fill(self.tr("Open %1"), paths.data_dir), icon="folder"),
        ]

    def _named(self, names: Sequence[str | None]) -> list[QAction | None]:
        return [None if n is None else self.by_name[n] for n in names]

    def with_keys(self, text: str, action: QAction) -> str:
        """A tooltip: what the action does, then its shortcut ("Paste (Ctrl+V)")."""
        return fill(self.tr("%1 (%2)", "tooltip: what it does (its shortcut)"), text,
                    action.shortcut().toString())

    # ------------------------------------------------------------------ enabling
    def follow_selection(self, items: Sequence[Item]) -> None:
        """The selection's commands, enabled for what is selected."""
        for spec in self.specs:
            if spec.for_selection is not None:
                self.by_name[spec.name].setEnabled(spec.for_selection(items))

    def follow_counts(self, counts: Counts) -> None:
        """Queue-wide commands, enabled only when they apply; Start stays enabled: it says
        what is missing when pressed."""
        for spec in self.specs:
            if spec.for_counts is not None:
                self.by_name[spec.name].setEnabled(spec.for_counts(counts))

    # ------------------------------------------------------------------ menus and bars
    def menu_titles(self) -> dict[str, str]:
        return {"file": self.tr("&File"), "queue": self.tr("&Queue"), "view": self.tr("&View"),
                "review": self.tr("&Review"), "song": self.tr("&Song"),
                "help": self.tr("&Help")}

    def _build_menus(self) -> None:
        titles = self.menu_titles()
        for key, names in registry.MENUS:
            menu = self.window.menuBar().addMenu(titles[key])
            if key == "review":  # the library's keys
                self.review_menu = menu  # enabled while the Library tab shows
                menu.setEnabled(False)
                registry.fill(menu, list(self.host.library.acts.key_actions()))
            if key == "help":
                menu.setObjectName("helpMenu")  # found by name in any language (the Library's)
            registry.fill(menu, self._named(names))

    def context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.window)
        registry.fill(menu, self._named(registry.CONTEXT_MENU))
        menu.popup(self.host.table.viewport().mapToGlobal(pos))

    def _build_filter_toolbar(self) -> None:
        """The filter on its own bar, so it never falls into the main bar's overflow menu."""
        w, window = self.host, self.window
        window.addToolBarBreak()
        filters = QToolBar(self.tr("Filter", "toolbar"))
        filters.setObjectName("filterToolbar")
        filters.setMovable(False)
        show = QLabel(self.tr("Show:"))
        show.setBuddy(w.state_filter)
        show.setContentsMargins(4, 0, 4, 0)
        filters.addWidget(show)
        w.state_filter.setAccessibleName(self.tr("Show songs in state"))
        filters.addWidget(w.state_filter)
        w.search.setMinimumWidth(220)
        w.search.setMaximumWidth(520)  # a search field, not a banner across a wide window
        w.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        w.search.setAccessibleName(self.tr("Filter"))
        w.search.setToolTip(self.with_keys(self.tr("Filter by song, title or error"),
                                           self.find_action))
        self._find_icon = w.search.addAction(icons.action_icon("find", window.palette()),
                                             QLineEdit.ActionPosition.LeadingPosition)
        filters.addWidget(w.search)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        filters.addWidget(spacer)
        if w.engine.demo:
            badge = QLabel(fill(" %1 ", self.tr("DEMO")))
            badge.setObjectName("demoBadge")
            badge.setToolTip(fill(
                self.tr("Running against the built-in simulator: no token, no credits.\n"
                   "Demo songs and videos are kept apart in %1; a normal start does not show "
                   "them."), w.engine.paths.data_dir))
            badge.setAccessibleName(self.tr("Demo mode"))
            badge.setStyleSheet("#demoBadge { background: #f29900; color: #202124; "
                                "font-weight: bold; border-radius: 3px; padding: 2px 6px; "
                                "margin-left: 6px; }")
            filters.addWidget(badge)
        window.addToolBar(filters)
        self.filter_toolbar = filters

    def _build_library_toolbar(self) -> None:
        """The library's own actions, in the main bar's place while the Library tab shows."""
        bar = QToolBar(self.tr("Library"))
        bar.setObjectName("libraryToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        registry.fill(bar, [*self.host.library.acts.toolbar_actions(), None,
                           self.settings_action])
        self.window.insertToolBar(self.toolbar, bar)
        bar.hide()
        self.library_toolbar = bar
        self.queue_only_actions = [self.by_name[n] for n in registry.QUEUE_ONLY]
        library = self.host.library
        library.acts.add_window_keys([self.play_action])
        for widget in (*library.acts.key_widgets(), library.compare):
            widget.addAction(self.play_action)

    def show_library(self, library: bool) -> None:
        """The bars and menus of the tab shown (the library has its own filter bar)."""
        self.filter_toolbar.setVisible(not library)
        for action in self.queue_only_actions:  # the library's own toolbar instead
            action.setVisible(not library)
        self.toolbar.setVisible(not library)
        self.library_toolbar.setVisible(library)
        self.review_menu.setEnabled(library)

    # ------------------------------------------------------------------ state
    def show_running(self, running: bool) -> None:
        """Start reads Pause while the queue runs."""
        self.start_action.setText(self._start_texts[running])

    def retint_icons(self) -> None:
        """Redraw the bundled icons in the palette's text colour: light on a dark scheme,
        dark on a light one (theme icons follow the theme by themselves)."""
        palette = self.window.palette()
        for action in self.window.actions():
            name = action.property("iconName")
            if isinstance(name, str) and name:
                action.setIcon(icons.action_icon(name, palette))
        self._find_icon.setIcon(icons.action_icon("find", palette))
        self._start_icons = {self._start_texts[False]: icons.action_icon("start", palette),
                             self._start_texts[True]: icons.action_icon("pause", palette)}
        self._sync_start_icon()

    def _sync_start_icon(self) -> None:
        icon = self._start_icons.get(self.start_action.text())
        if icon is not None and icon.cacheKey() != self.start_action.icon().cacheKey():
            self.start_action.setIcon(icon)  # emits changed again, then matches

    def _play_row(self) -> None:
        """The current row's video plays in the preview (not paused when it already plays)."""
        preview = self.host.preview
        if preview.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
            preview.toggle_play()

    def _focus_search(self) -> None:
        """Ctrl+F: the search field of the tab shown (the queue's or the library's)."""
        w = self.host
        search = w.library.search if w.tabs.currentWidget() is w.library else w.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
