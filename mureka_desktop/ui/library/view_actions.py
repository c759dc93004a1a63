"""The Library tab's keys and what they do beyond triage: the player's keys, the next and
previous video, the list view, full screen and compare; the Review menu and the toolbar list
them (:meth:`LibraryActions.key_actions`, :meth:`LibraryActions.toolbar_actions`).

Kept apart from LibraryView, which holds the widgets and follows the engine's events."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QSplitter, QStackedWidget, QWidget

from mureka_desktop.ui import icons, scheme
from mureka_desktop.ui.library import player
from mureka_desktop.ui.library.compare import CompareView
from mureka_desktop.ui.library.detail import LibraryDetail, as_item
from mureka_desktop.ui.library.fullscreen import FullScreenVideo
from mureka_desktop.ui.library.model import LibraryModel, LibraryProxy, review_line
from mureka_desktop.ui.library.triage import TriageController
from mureka_desktop.ui.text import shown


class LibraryActions(QWidget):
    """Base of LibraryView: builds the library's keys (QActions of its content) and carries
    them out. Strings here are translated under this class's context; plural forms
    (``self.tr(text, "", n)``) belong in LibraryView, where Qt looks them up."""

    model: LibraryModel
    proxy: LibraryProxy
    detail: LibraryDetail
    splitter: QSplitter
    compare: CompareView
    content: QStackedWidget
    selection: QItemSelectionModel
    triage: TriageController
    fullscreen: FullScreenVideo | None
    _window_keys: list[QAction]

    # Behaviour the keys call, defined by LibraryView. (Not as stubs under "if
    # TYPE_CHECKING:": an "if" in a class body makes pyside6-lupdate file every string of
    # the module under an empty context, where no translation is ever looked up.)
    focus_grid: Callable[[], None]
    set_list_mode: Callable[[bool], None]
    _follow_current: Callable[[], None]

    # ------------------------------------------------------------------ keys
    def _build_keys(self, views: Sequence[QWidget]) -> None:
        """The keys, on ``views`` (the grid, the list and the player) and the compare view
        only: a text field of the tab never triggers them."""
        key = self.triage.action
        self._key_widgets = list(views)
        self._icon(self.triage.pick_action, "pick")
        self._icon(self.triage.reject_action, "reject")
        # Left and Right move between the videos, as in every culling tool (Up and Down
        # as ever); seeking is a Shift away, or J and L.
        self.seek_back_action = key(self.tr("Seek back 5 s"), "Shift+Left")
        self.seek_back_action.setShortcuts([QKeySequence("Shift+Left"), QKeySequence("J")])
        self.seek_back_action.triggered.connect(lambda: self.seek_by(-player.SEEK_MS))
        self.seek_forward_action = key(self.tr("Seek forward 5 s"), "Shift+Right")
        self.seek_forward_action.setShortcuts([QKeySequence("Shift+Right"), QKeySequence("L")])
        self.seek_forward_action.triggered.connect(lambda: self.seek_by(player.SEEK_MS))
        self.previous_action = key(self.tr("Previous video"), "Left")
        self.previous_action.setShortcuts([QKeySequence("Left"), QKeySequence("Ctrl+Left")])
        self.previous_action.triggered.connect(lambda: self.step(-1))
        self.next_action = key(self.tr("Next video"), "Right")
        self.next_action.setShortcuts([QKeySequence("Right"), QKeySequence("Ctrl+Right")])
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
        # Single keys (P, X, 1-5, M, F, Enter...) are for the videos, never for what is typed
        # in a text field (the note, the search): they live on the views, the player and the
        # compare view only (and on the full-screen window), not on the whole tab.
        for action in self.triage.actions:
            self.content.removeAction(action)
            for widget in (*views, self.compare):
                widget.addAction(action)
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

    def key_widgets(self) -> list[QWidget]:
        """Where the library's keys work: the grid, the list and the player."""
        return list(self._key_widgets)

    def toolbar_actions(self) -> list[QAction | None]:
        """What the window's toolbar shows while the Library tab does (None: a separator)."""
        return [self.triage.pick_action, self.triage.reject_action, None,
                self.compare_action, self.fullscreen_action, self.list_action]

    def add_window_keys(self, actions: list[QAction]) -> None:
        """Keys of the window that must work in full screen too (Space)."""
        self._window_keys.extend(actions)

    # ------------------------------------------------------------------ views
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

    def _caption(self) -> str:
        video = self.detail.video
        return "" if video is None else f"{shown(video.display_title)}  ·  {review_line(video)}"

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
            pane.play_on_load = True  # the video a decision moves to plays on
            # A paused video shows its frame again in its new place (a seek renders it).
            player.seek_to(pane, player.position(pane))

    def leave_fullscreen(self) -> None:
        if self.fullscreen is not None:
            self.fullscreen.leave()

    def _fullscreen_left(self) -> None:
        self.leave_fullscreen_action.setEnabled(False)
        pane = self.detail.preview
        pane.play_on_load = False
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
