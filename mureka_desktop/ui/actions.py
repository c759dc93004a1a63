"""The window's actions, declared once: one :class:`ActionSpec` per command (its text, keys,
icon, handler and when it is enabled) and where each one shows (:data:`MENUS`,
:data:`TOOLBAR`, :data:`CONTEXT_MENU`). The menus, the toolbar, the context menu, the
keyboard-shortcuts list (built from the menus) and the enabling are all made from these;
the library's keys (ui/library/triage.py, view_actions.py) and its file commands
(ui/library/file_commands.py, :data:`LIBRARY_MENU`) are declared the same way.

The texts are written (and translated) in :meth:`WindowActions.specs
<mureka_desktop.ui.window_actions.WindowActions.specs>`; this module holds no wording."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from mureka_desktop.core.model.items import Item, State
from mureka_desktop.ui import icons

Key = QKeySequence.StandardKey | str
Counts = Mapping[State, int]


@dataclass(frozen=True)
class ActionSpec:
    """One command of the window (or of the library tab: ui/library/view_actions.py,
    triage.py, file_commands.py).
    ``name`` is its id: the QAction is ``<name>_action``."""

    name: str
    text: str
    handler: Callable[[], object]
    keys: tuple[Key, ...] = ()
    tip: str = ""
    icon: str = ""
    #: Where the keys work: the whole window, or (with ``widgets``) those widgets only.
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    widgets: tuple[QWidget, ...] = ()
    #: Enabled for this selection of queue songs (None: not by the selection).
    for_selection: Callable[[Sequence[Item]], bool] | None = None
    #: Enabled for these counts of the queue's songs by state (None: not by the counts).
    for_counts: Callable[[Counts], bool] | None = None
    enabled: bool = True
    #: The name the shortcuts list shows for an action whose text follows the state.
    stable_name: str = ""
    role: QAction.MenuRole | None = None
    checkable: bool = False
    #: The tip shows in the status bar too while the menu entry is hovered.
    status_tip: bool = False


def removable(items: Sequence[Item]) -> bool:
    return any(i.state not in (State.GENERATING, State.DOWNLOADING) for i in items)


def one_done(items: Sequence[Item]) -> bool:
    return len([i for i in items if i.state == State.DONE]) == 1


def any_done(items: Sequence[Item]) -> bool:
    return any(i.state == State.DONE for i in items)


def any_link(items: Sequence[Item]) -> bool:
    return any(i.video_url for i in items)


def any_error(items: Sequence[Item]) -> bool:
    return any(i.last_error for i in items)


def any_item(items: Sequence[Item]) -> bool:
    return bool(items)


def retryable(counts: Counts) -> bool:
    """Retry needs a failed or cancelled song."""
    return bool(counts.get(State.FAILED) or counts.get(State.CANCELLED))


def clearable(counts: Counts) -> bool:
    """Clear finished needs a done or cancelled song."""
    return bool(counts.get(State.DONE) or counts.get(State.CANCELLED))


# ------------------------------------------------------------------ placement
# Names of specs (None: a separator). Menu titles are keys of WindowActions.menu_titles().
MENUS: list[tuple[str, list[str | None]]] = [
    ("file", ["add", "account", "paste", None, "export", None, "settings", None, "quit"]),
    ("queue", ["start", "retry", None, "regenerate", "remove", "clear", "undo", None, "find"]),
    ("view", ["queue_tab", "library_tab", None, "accounts", "refresh_accounts"]),
    ("review", []),  # the library's keys
    ("song", ["open", "folder", "copy", "copy_error", None, "play_row", "play"]),
    ("help", ["shortcuts", None, "log_folder", "data_folder", None, "about"]),
]
TOOLBAR: list[str | None] = [
    "add", "paste", "account", None, "start", "retry", None, "regenerate", "remove", "clear",
    None, "open", "folder", "copy", None, "settings"]
#: Text beside the icons where the width allows, most used first; the rest icon only.
TOOLBAR_TIERS: list[list[str]] = [
    ["add", "start"], ["retry", "settings", "account"],
    ["paste", "remove", "clear", "open"], ["folder", "regenerate", "copy"]]
CONTEXT_MENU: list[str | None] = [
    "open", "folder", "copy", "copy_error", None, "regenerate", "retry", "remove"]
#: Queue commands that mean nothing in the library: hidden there (their keys too, so Del
#: never removes queue songs nobody sees).
QUEUE_ONLY: list[str] = [
    "add", "paste", "account", "start", "retry", "regenerate", "remove", "clear"]
#: The Library menu: the library's file commands (names of LibraryFileCommands' specs,
#: ui/library/file_commands.py), before Help.
LIBRARY_MENU: list[str | None] = ["locate", "import", "rename", None, "export", "trash"]


# ------------------------------------------------------------------ building
def build(spec: ActionSpec, window: QWidget, with_keys: Callable[[str, QAction], str]
          ) -> QAction:
    """The QAction of ``spec``, a child of ``window`` (its keys work there, or on the spec's
    widgets only)."""
    action = QAction(spec.text, window)
    if spec.icon:
        action.setIcon(icons.action_icon(spec.icon, window.palette()))
        action.setProperty("iconName", spec.icon)  # retinted when the scheme changes
    if spec.keys:
        action.setShortcut(QKeySequence(spec.keys[0]))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    tip = spec.tip or spec.text
    action.setToolTip(with_keys(tip, action) if spec.keys else tip)
    if spec.status_tip:
        action.setStatusTip(tip)
    action.triggered.connect(spec.handler)
    window.addAction(action)
    if len(spec.keys) > 1:
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
    if spec.context != Qt.ShortcutContext.WindowShortcut:
        action.setShortcutContext(spec.context)
    if spec.widgets:
        window.removeAction(action)
        for widget in spec.widgets:
            widget.addAction(action)
    if spec.stable_name:
        action.setProperty("stableName", spec.stable_name)  # the shortcuts dialog
    if spec.role is not None:
        action.setMenuRole(spec.role)
    action.setCheckable(spec.checkable)
    action.setEnabled(spec.enabled)
    return action


def fill(target: QMenu | QToolBar, actions: Sequence[QAction | None]) -> None:
    """``actions`` into a menu or toolbar, None as a separator."""
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)
