"""The Library tab's keys and what they do beyond triage: the player's keys, the next and
previous video, the list view, full screen and compare; the Review menu and the toolbar list
them (:meth:`LibraryActions.key_actions`, :meth:`LibraryActions.toolbar_actions`).

Declared as :class:`~mureka_desktop.ui.actions.ActionSpec`, as the window's actions are, and
held by LibraryView (``view.acts``), which holds the widgets and follows the engine's events;
the view is seen here as a :class:`LibraryHost`."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QSplitter, QStackedWidget, QWidget

from mureka_desktop.ui import actions as registry
from mureka_desktop.ui import icons
from mureka_desktop.ui.actions import ActionSpec
from mureka_desktop.ui.library import player
from mureka_desktop.ui.library.compare import CompareView
from mureka_desktop.ui.library.detail import LibraryDetail, as_item
from mureka_desktop.ui.library.fullscreen import FullScreenVideo
from mureka_desktop.ui.library.model import LibraryModel, LibraryProxy, review_line
from mureka_desktop.ui.library.triage import KEY_CONTEXT, TriageController, key_spec, plain
from mureka_desktop.ui.text import shown


class LibraryHost(Protocol):
    """What the library's keys act on (LibraryView implements it)."""

    model: LibraryModel
    proxy: LibraryProxy
    detail: LibraryDetail
    splitter: QSplitter
    compare: CompareView
    content: QStackedWidget
    selection: QItemSelectionModel
    triage: TriageController

    def comparing(self) -> bool: ...

    def focus_grid(self) -> None: ...

    def set_list_mode(self, on: bool) -> None: ...

    def follow_current(self) -> None: ...

    def isVisible(self) -> bool: ...  # noqa: N802 (Qt's name)

    def window(self) -> QWidget: ...

    def palette(self) -> QPalette: ...


class LibraryActions(QObject):
    """The library's keys (QActions ``<name>_action``, children of the view) and what they
    do. Strings here are translated under this class's context."""

    seek_back_action: QAction
    seek_forward_action: QAction
    previous_action: QAction
    next_action: QAction
    mute_action: QAction
    fullscreen_action: QAction
    leave_fullscreen_action: QAction
    compare_action: QAction
    switch_side_action: QAction
    close_compare_action: QAction
    list_action: QAction

    def __init__(self, view: QWidget, host: LibraryHost, keys_on: Sequence[QWidget]) -> None:
        super().__init__(view)
        self.view, self.host = view, host
        self.fullscreen: FullScreenVideo | None = None  # made on first use
        self._key_widgets = list(keys_on)
        self._window_keys: list[QAction] = []
        self._refocus_until = 0.0
        self._watching_focus = False
        self.specs = self.specs_for(host, [*keys_on, host.compare])
        self.by_name: dict[str, QAction] = {}
        for spec in self.specs:
            action = registry.build(spec, view, plain)
            self.by_name[spec.name] = action
            setattr(self, f"{spec.name}_action", action)
        # The single keys (P, X, 1-5, M, F, Enter...): the triage's, then the player's.
        self.actions = [*host.triage.actions,
                        *(self.by_name[s.name] for s in self.specs if s.name != "list")]
        host.compare.closed.connect(self._compare_closed)
        host.detail.compare_requested.connect(self.open_compare)

    def specs_for(self, h: LibraryHost, keys_on: Sequence[QWidget]) -> list[ActionSpec]:
        """The player's, the views' and compare's keys, on ``keys_on`` only (the grid, the
        list, the player and the compare view: a text field of the tab never triggers
        them); then the view toggle, which works from the filter bar too."""
        def key(name: str, text: str, handler: object, *keys: str, icon: str = "",
                tip: str = "", enabled: bool = True) -> ActionSpec:
            assert callable(handler)
            return key_spec(name, text, handler, keys, keys_on, icon, tip, enabled)

        seek = player.SEEK_MS
        return [
            # Left and Right move between the videos, as in every culling tool (Up and Down
            # as ever); seeking is a Shift away, or J and L.
            key("seek_back", self.tr("Seek back 5 s"), lambda: self.seek_by(-seek),
                "Shift+Left", "J"),
            key("seek_forward", self.tr("Seek forward 5 s"), lambda: self.seek_by(seek),
                "Shift+Right", "L"),
            key("previous", self.tr("Previous video"), lambda: self.step(-1),
                "Left", "Ctrl+Left"),
            key("next", self.tr("Next video"), lambda: self.step(1), "Right", "Ctrl+Right"),
            key("mute", self.tr("Mute / unmute"), self.toggle_mute, "M"),
            key("fullscreen", self.tr("Full screen"), self.toggle_fullscreen,
                "F", "Return", "Enter", icon="fullscreen",
                tip=self.tr("Play the video full screen (F or Enter; Esc leaves)")),
            key("leave_fullscreen", self.tr("Leave full screen"), self.leave_fullscreen, "Esc",
                enabled=False),
            key("compare", self.tr("Compare versions"), self.open_compare, "C", icon="compare",
                tip=self.tr("Two versions of the song side by side, in sync (C)"),
                enabled=False),
            key("switch_side", self.tr("Compare: other side"), h.compare.switch_side, "Tab",
                enabled=False),
            key("close_compare", self.tr("Leave compare"), h.compare.close_view, "Esc",
                enabled=False),
            ActionSpec("list", self.tr("List view"), self._toggle_list, ("Ctrl+L",),
                       self.tr("Show the videos as a list with columns, or as a grid of "
                               "covers (Ctrl+L)"), "list", KEY_CONTEXT, (self.view,),
                       checkable=True),
        ]

    def _toggle_list(self) -> None:
        self.host.set_list_mode(self.list_action.isChecked())

    def retint_icons(self) -> None:
        """The keys' icons in the palette's text colour (the scheme changed)."""
        for action in self.key_actions():
            name = action.property("iconName")
            if isinstance(name, str) and name:
                action.setIcon(icons.action_icon(name, self.host.palette()))

    def key_actions(self) -> list[QAction]:
        """Every key of the library, in the order the Review menu lists them."""
        return [*self.actions, self.list_action]

    def key_widgets(self) -> list[QWidget]:
        """Where the library's keys work: the grid, the list and the player."""
        return list(self._key_widgets)

    def toolbar_actions(self) -> list[QAction | None]:
        """What the window's toolbar shows while the Library tab does (None: a separator)."""
        return [self.host.triage.pick_action, self.host.triage.reject_action, None,
                self.compare_action, self.fullscreen_action, self.list_action]

    def add_window_keys(self, actions: list[QAction]) -> None:
        """Keys of the window that must work in full screen too (Space)."""
        self._window_keys.extend(actions)

    def follow_versions(self, count: int) -> None:
        """The current video has ``count`` versions: compare them when two; the full-screen
        caption follows it."""
        self.compare_action.setEnabled(count >= 2 and not self.host.comparing())
        if self.fullscreen is not None and self.fullscreen.active:
            self.fullscreen.set_caption(self._caption())

    # ------------------------------------------------------------------ views
    def step(self, delta: int) -> None:
        """The video before or after the current one, in the order shown."""
        h = self.host
        if h.comparing() or not h.proxy.rowCount():
            return
        current = h.selection.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        h.triage.select_row(max(0, min(h.proxy.rowCount() - 1, row)))

    # ------------------------------------------------------------------ player
    def toggle_play(self) -> None:
        if self.host.comparing():
            self.host.compare.toggle_play()
        else:
            self.host.detail.preview.toggle_play()

    def seek_by(self, delta_ms: int) -> None:
        if self.host.comparing():
            self.host.compare.seek_by(delta_ms)
        else:
            player.seek_by(self.host.detail.preview, delta_ms)

    def toggle_mute(self) -> None:
        if self.host.comparing():
            self.host.compare.toggle_mute()
        else:
            player.toggle_mute(self.host.detail.preview)

    def _caption(self) -> str:
        video = self.host.detail.video
        return "" if video is None else f"{shown(video.display_title)}  ·  {review_line(video)}"

    def toggle_fullscreen(self) -> None:
        if self.fullscreen is not None and self.fullscreen.active:
            self.leave_fullscreen()
            return
        if self.host.comparing():
            return
        if self.fullscreen is None:
            self.fullscreen = FullScreenVideo([*self.actions, *self._window_keys])
            self.fullscreen.left.connect(self._fullscreen_left)
        pane = self.host.detail.preview
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
        pane = self.host.detail.preview
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
        self.host.window().activateWindow()
        self.host.focus_grid()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if time.monotonic() > self._refocus_until or not self.host.isVisible() or \
                (self.fullscreen is not None and self.fullscreen.active):
            return
        if new is None or self.host.detail.preview.video.isAncestorOf(new):
            QTimer.singleShot(0, self, self.host.focus_grid)  # not once the view is gone

    # ------------------------------------------------------------------ compare
    def open_compare(self) -> None:
        """The current video beside another version of its song (the one before it, or
        after it when it is the first)."""
        video = self.host.detail.video
        if video is None or self.host.comparing():
            return
        versions = self.host.model.versions(video.song_number)
        if len(versions) < 2:
            return
        at = next(i for i, v in enumerate(versions) if v.id == video.id)
        other = versions[at - 1] if at > 0 else versions[1]
        self.leave_fullscreen()
        self.host.detail.hold()
        self.host.detail.preview.release()
        self.host.content.setCurrentWidget(self.host.compare)
        self.host.compare.open(versions, video, other)
        self.compare_action.setEnabled(False)
        self.switch_side_action.setEnabled(True)
        self.close_compare_action.setEnabled(True)
        self.fullscreen_action.setEnabled(False)

    def _compare_closed(self) -> None:
        self.host.content.setCurrentWidget(self.host.splitter)
        self.switch_side_action.setEnabled(False)
        self.close_compare_action.setEnabled(False)
        self.fullscreen_action.setEnabled(True)
        if self.host.detail.video is not None:  # the detail's player gets its video back
            self.host.detail.preview.show_item(as_item(self.host.detail.video))
        self.host.follow_current()
        self.host.focus_grid()

    def release_players(self) -> None:
        """The tab is left: nothing plays on."""
        self.leave_fullscreen()
        if self.host.comparing():
            self.host.compare.close_view()
        self.host.detail.hold()
        self.host.detail.preview.release()

    def close(self) -> None:
        """The tab closes: no focus watched, full screen left."""
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
            self._watching_focus = False
        self.leave_fullscreen()

    def dispose(self) -> None:
        """The full-screen window goes (once the players are disposed of)."""
        if self.fullscreen is not None:
            self.fullscreen.deleteLater()
            self.fullscreen = None
