"""What the engine tells the world: one stream for the window and the CLI.

The scheduler's own changes (a song's state, a pause) and the user's actions (add, remove,
clear, undo, regenerate, retry, import, settings) arrive through the same listeners, so a view
learns every change from here and never pokes itself after a command.
"""

from __future__ import annotations

from dataclasses import dataclass

from mureka_desktop.core.model.accounts import AccountsSnapshot
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import Item
from mureka_desktop.core.model.videos import Video


@dataclass(frozen=True)
class SongChanged:
    """One song's row changed (state, progress fields, error)."""

    item: Item


@dataclass(frozen=True)
class QueueChanged:
    """A user action changed which songs the queue shows, or their order.

    ``appended``: new rows at the end; ``removed``: rows that left the queue view;
    ``reordered``: rows moved or came back (re-read the view). ``message`` says what happened;
    ``undoable`` when :meth:`Engine.undo` reverts it.
    """

    action: str
    message: str
    count: int = 0
    appended: bool = False
    removed: tuple[int, ...] = ()
    reordered: bool = False
    undoable: bool = False


@dataclass(frozen=True)
class Paused:
    """The queue (``reason.account`` None) or one Mureka account's songs stopped.

    ``follows_accounts``: the whole queue stops only because every song left belongs to
    accounts whose own pauses were announced before; the reason repeats theirs."""

    reason: PauseReason
    follows_accounts: bool = False


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class Notice:
    """Something worth saying that changes no state (``/accounts`` did not answer in time at
    a start: the run goes on with what is known)."""

    message: str


@dataclass(frozen=True)
class Idle:
    """Nothing left to do for now (or paused with nothing running)."""


@dataclass(frozen=True)
class SettingsApplied:
    message: str | None = None


@dataclass(frozen=True)
class VideoChanged:
    """One video of the library is new or changed (a download finished, a review decision,
    an undo). ``action`` names the decision (pick, reject, unflag, rate, note, seen, undo,
    added; refreshed: facts other than the review, such as lyrics); ``message`` says it for a
    status bar."""

    video: Video
    action: str
    message: str = ""
    undoable: bool = False


@dataclass(frozen=True)
class VideosChanged:
    """Files of many videos changed at once (renamed, located, imported, moved to the trash):
    one event for the lot. ``action``: renamed, located, imported, trashed; ``added``: how
    many of ``videos`` are new to the library."""

    videos: tuple[Video, ...]
    action: str
    message: str = ""
    added: int = 0


@dataclass(frozen=True)
class FileJobProgress:
    """A file job (rename, trash, export, import, locate: core/file_jobs) moved on:
    ``done`` of ``total`` units; ``waiting`` jobs in line behind it; ``finished`` once it
    ended (``message`` says how, and what is left when it was stopped). A job's first one
    (0 of 0) comes before its worker starts planning; every end is told with ``finished``:
    done, stopped, failed, or cancelled by a quit."""

    kind: str
    done: int
    total: int
    waiting: int = 0
    finished: bool = False
    message: str = ""


@dataclass(frozen=True)
class AccountsChanged:
    """The Mureka accounts' health and credits were (re)loaded, or are loading, or could not
    be (``snapshot.problem`` says why: no token, offline, token rejected)."""

    snapshot: AccountsSnapshot


@dataclass(frozen=True)
class StatusChanged:
    """The queue's figures (counts, slots, run state) changed: read them again
    (``engine.queue.status()``). Coalesced: one event for a burst of changes."""


Event = (SongChanged | QueueChanged | Paused | Resumed | Idle | Notice | SettingsApplied
         | VideoChanged | VideosChanged | FileJobProgress | AccountsChanged | StatusChanged)
