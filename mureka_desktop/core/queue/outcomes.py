"""What a job says happened to its item: typed values that the scheduler alone applies to the
store (and announces as events).  A job returns them; it never changes an item itself.

:mod:`.lookups` and :mod:`.roster` return them; generate calls (:mod:`.generation`) and
downloads (:mod:`.download_jobs`) yield them as they happen (a note while a long look-up runs,
then the item's next state), and what an answer said about an account's limits
(:class:`TooFrequent`, :class:`SlotsFull`, ...: a job reads the lanes through a read-only
:class:`~mureka_desktop.core.accounts.lanes.LanesView` and never changes them);
:mod:`.dispatch` yields what starts now (:class:`Send`, :class:`Check`, :class:`Download`,
:class:`Verify`).  The scheduler applies each one
(:meth:`~.applying.Applying.apply`) before the job goes on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.config import PauseReason


@dataclass(frozen=True)
class Requeued:
    """Back in the queue (with ``fields``: when it may go again, why it waits, what the
    look-up told: title, model, its account's string id).  ``first``: it goes first again
    (put back after a 9008, a 6323 or an account problem: not a failure)."""

    item_id: int
    fields: Mapping[str, Any] = field(default_factory=dict)
    first: bool = False


@dataclass(frozen=True)
class Made:
    """A generation of ours produced ``video``: its slot is free; download it."""

    item_id: int
    video: api.GeneratedVideo


@dataclass(frozen=True)
class Note:
    """The item stays in its state; ``fields`` change (why it waits, its files, new links)."""

    item_id: int
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Downloading:
    """The download starts (a queued item with its links, or one already downloading)."""

    item_id: int


@dataclass(frozen=True)
class Done:
    """Both files are in place (``fields``: the bytes fetched)."""

    item_id: int
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Found:
    """The song already has a video: download it (no call, no credit)."""

    item_id: int
    video: api.GeneratedVideo
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Failed:
    item_id: int
    reason: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AccountPaused:
    """Pause this account's songs; ``account`` None: every song (the token refused)."""

    reason: PauseReason
    account: str | None


@dataclass(frozen=True)
class QueuePaused:
    """Stop every new call: the disk is full or the output folder cannot be written."""

    reason: PauseReason


@dataclass(frozen=True)
class OwnerUnknown:
    """Refused by an account problem while the song's account is not known: /accounts
    (free) says which account is broken."""

    item_id: int
    reason: PauseReason


@dataclass(frozen=True)
class Offline:
    """The API could not be reached: the queue waits offline."""

    error: api.Unreachable


@dataclass(frozen=True)
class Online:
    """The API host answers again (a probe got an answer): the queue goes on."""


# What an answer said about an account's limits (the scheduler updates that account's lane;
# ``account`` None: the lane of songs whose account is not known yet).
@dataclass(frozen=True)
class TooFrequent:
    """A 9008 for the call sent at ``sent_at``: widen the spacing (or learn the 3 s rule is
    token-wide) and wait what Retry-After asks, up to its cap."""

    account: str | None
    sent_at: float
    retry_after: float | None


@dataclass(frozen=True)
class SlotsFull:
    """A 6323: every generation slot of the account is busy.  Its window shrinks, it waits
    (5 s, or Retry-After up to its cap), and when none of ours holds a slot for long the
    account pauses."""

    account: str | None
    retry_after: float | None


@dataclass(frozen=True)
class Taken:
    """The server answered a call without a 9008: the spacing margin decays."""

    account: str | None


@dataclass(frozen=True)
class LaneWaits:
    """The account's session is refreshing: no call on it before ``until``."""

    account: str | None
    until: float


@dataclass(frozen=True)
class LookupSent:
    """A look-up leaves now, spaced like a generate call (look-ups share the 3 s limit)."""

    account: str | None
    at: float


@dataclass(frozen=True)
class CallLeaves:
    """The generate call journaled when it was dispatched leaves only now (a busy loop, a
    task waiting its turn): the lane's spacing counts from here, the moment it is sent."""

    account: str | None
    at: float


@dataclass(frozen=True)
class LookupsShareLimit:
    """A 9008 on a look-up: look-ups count against the 3 s rule (kept in the store)."""


@dataclass(frozen=True)
class Routed:
    """A look-up said whose song this is; ``forget_owner``: its string id (now corrected)
    names the owner, so what a 596 and /accounts told earlier no longer holds."""

    item_id: int
    forget_owner: bool = False


@dataclass(frozen=True)
class Owner:
    """A 596 and /accounts told the account of a song whose id does not name it."""

    item_id: int
    account: str


@dataclass(frozen=True)
class Listed:
    """What /accounts (free) answered: account -> its error (None: healthy)."""

    accounts: Mapping[str, str | None]


@dataclass(frozen=True)
class ListingLate:
    """/accounts did not answer within the start's deadline: the start goes on with what is
    known (the accounts it listed before, else every account taken as it comes)."""


@dataclass(frozen=True)
class Lyrics:
    """The song's lyrics, kept for the library (every version of the song)."""

    song_number: str
    text: str


@dataclass(frozen=True)
class Waits:
    """A queued song waits (``fields``: until when, why); one no longer queued is left."""

    item_id: int
    fields: Mapping[str, Any] = field(default_factory=dict)


# What starts now (:mod:`.dispatch` yields these; the scheduler starts the job as an owned task).
@dataclass(frozen=True)
class Send:
    """Send the generate call (the lane's spacing and slots allow it)."""

    item_id: int


@dataclass(frozen=True)
class Check:
    """Look the song up (free): its video if it has one, else its account and model."""

    item_id: int
    route_only: bool


@dataclass(frozen=True)
class Download:
    """Fetch the video and cover of an item that has its links."""

    item_id: int


@dataclass(frozen=True)
class Verify:
    """The app stopped during this generation: look for its video before any new call."""

    item_id: int


Outcome = (Requeued | Found | Made | Note | Downloading | Done | Failed | AccountPaused
           | QueuePaused | OwnerUnknown | Offline | Online | Lyrics | Waits
           | TooFrequent | SlotsFull | Taken | LaneWaits | LookupSent | CallLeaves
           | LookupsShareLimit
           | Routed | Owner | Listed | ListingLate
           | Send | Check | Download | Verify)
