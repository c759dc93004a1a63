"""The scheduler's one way to change an item: the outcomes of jobs applied to the store and
announced as events, and the jobs started as owned tasks that always end in a state.

:class:`Applying` is the half of :class:`~mureka_desktop.core.queue.scheduler.Scheduler` that
changes items (the scheduler inherits it; nothing else does): :mod:`.dispatch` says what
starts now, :mod:`.generation`, :mod:`.lookups` and :mod:`.download_jobs` say what happened,
all as :mod:`~mureka_desktop.core.queue.outcomes`, and :meth:`Applying.apply` is where they take
effect: on items, and on the accounts' lanes (spacing, slots, pauses, owners: jobs only read
them).  The item's state table is in the scheduler's docstring.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

from mureka_desktop.core.accounts.lanes import AccountLane, AccountLanes
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.config import PauseReason, SchedulerConfig
from mureka_desktop.core.model.items import FINISHED_STATES, Item, State
from mureka_desktop.core.queue import outcomes as out
from mureka_desktop.core.queue.connectivity import Connectivity
from mureka_desktop.core.queue.dispatch import Dispatch, Tasks
from mureka_desktop.core.queue.download_jobs import DownloadJobs
from mureka_desktop.core.queue.events import Event, describe
from mureka_desktop.core.queue.generation import Generations
from mureka_desktop.core.queue.lookups import Lookups
from mureka_desktop.core.queue.roster import LISTING_LATE
from mureka_desktop.core.runtime.clock import Clock
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.core.storage.database import explain
from mureka_desktop.core.storage.store import Store

log = logging.getLogger(__name__)


class Applying:
    store: Store
    config: SchedulerConfig
    lanes: AccountLanes
    clock: Clock
    tasks: TaskOwner
    connectivity: Connectivity
    dispatch: Dispatch
    generations: Generations
    lookups: Lookups
    downloads: DownloadJobs
    _front: deque[int]
    _listeners: list[Callable[[Event], None]]

    # What the scheduler does with the run state (defined there).
    def pause(self, reason: PauseReason | None = None, *, follows_accounts: bool = False
              ) -> None:
        raise NotImplementedError

    def pause_account(self, reason: PauseReason, account: str | None,
                      item_id: int | None = None) -> None:
        raise NotImplementedError

    def wake(self) -> None:
        raise NotImplementedError

    def _offline(self, error: api.Unreachable) -> None:
        raise NotImplementedError

    def _online(self) -> None:
        raise NotImplementedError

    def apply(self, outcome: out.Outcome) -> None:
        """What a job returned (or what starts now), applied to the store and announced:
        the one place a job's result changes an item."""
        match outcome:
            case out.Requeued(item_id, fields, first):
                self._change(item_id, state=State.QUEUED, **fields)
                if first and item_id not in self._front:
                    self._front.appendleft(item_id)
            case out.Found(item_id, video, fields):
                self._change(item_id, state=State.DOWNLOADING, video_id=video.video_id,
                             video_url=video.video_url, cover_url=video.video_cover_url,
                             **fields)
                self.apply(out.Download(item_id))
            case out.Made(item_id, video):
                # From here on a failure concerns the download only: never generated again.
                if (made := self.store.get(item_id)) is None:
                    return
                lane = self.lanes.for_item(made)
                lane.window.success()
                lane.slot_freed(self.clock.time())
                lane.busy_since = None  # ours held a slot: not "busy with none of ours"
                self.lanes.usage.record_video(lane.key)
                self.apply(out.Found(item_id, video, {"generation_started_at": None}))
            case out.Note(item_id, fields):
                self._change(item_id, **fields)
            case out.Downloading(item_id):
                self._change(item_id, state=State.DOWNLOADING)
            case out.Done(item_id, fields):
                self._change(item_id, state=State.DONE, **fields)
            case out.Failed(item_id, reason, fields):
                self._change(item_id, state=State.FAILED, last_error=reason, **fields)
            case out.AccountPaused(reason, account):
                self.pause_account(reason, account)
            case out.QueuePaused(reason):
                self.pause(reason)
            case out.OwnerUnknown(item_id, reason):
                self.pause_account(reason, None, item_id)
            case out.Offline(error):
                self._offline(error)
            case out.Online():
                self._online()
            case out.Lyrics(number, text):
                self.store.videos.set_lyrics(number, text)
            case out.Waits(item_id, fields):
                if (item := self.store.get(item_id)) and item.state == State.QUEUED:
                    self._change(item_id, **fields)
            case out.Send() | out.Check() | out.Download() | out.Verify():
                self._start(outcome)
            case _:
                self._learn(outcome)

    def _learn(self, outcome: out.Outcome) -> None:
        """What an answer said about an account (its lane), or about which accounts the
        token has: the one place the lanes change after a job ran."""
        match outcome:
            case out.TooFrequent(account, sent_at, retry_after):
                self.lanes.rate_limited(self.lanes.lane(account), sent_at, self.clock.time(),
                                        retry_after)
            case out.SlotsFull(account, retry_after):
                self._slots_full(self.lanes.lane(account), retry_after)
            case out.Taken(account):
                self.lanes.lane(account).pacer.clean_call()
            case out.LaneWaits(account, until):
                pacer = self.lanes.lane(account).pacer
                pacer.not_before = max(pacer.not_before, until)
            case out.LookupSent(account, at):
                self.lanes.mark_call(self.lanes.lane(account), at)
            case out.CallLeaves(account, at):
                self.lanes.call_leaves(self.lanes.lane(account), at)
            case out.LookupsShareLimit():
                self.lanes.learn_lookups_share_limit()
            case out.Routed(item_id, forget_owner):
                self.lanes.routed.add(item_id)
                if forget_owner:
                    self.lanes.owners.pop(item_id, None)
            case out.Owner(item_id, account):
                self.lanes.owners[item_id] = account
            case out.Listed(accounts):
                self.lanes.listed = dict(accounts)
            case out.ListingLate() if not self.dispatch.roster_ready:  # said once
                log.warning("%s", LISTING_LATE)
                self._emit(Event("notice", message=LISTING_LATE))
                self.dispatch.roster_ready = True
                self.wake()

    def _slots_full(self, lane: AccountLane, retry_after: float | None) -> None:
        """A 6323 on ``lane``: the window keeps to the generations of ours the account took,
        no call for 5 s (or Retry-After, capped), and every slot busy while none of ours runs
        for ``slots_busy_limit`` pauses the account with a plain reason."""
        now = self.clock.time()
        lane.pacer.clean_call()
        lane.window.slots_busy(len(lane.in_flight) - 1)  # the call refused is in flight
        lane.slots_busy(now, retry_after)
        if len(lane.in_flight) > 1:  # ours (besides the call just refused) hold slots
            lane.busy_since = None
            return
        if lane.busy_since is None:
            lane.busy_since = now
            return
        if now - lane.busy_since < self.config.slots_busy_limit:
            return
        lane.busy_since = None
        minutes = round(self.config.slots_busy_limit / 60)
        said = phrase(
            "slots_held_account", "Mureka account {account} has had all its generation slots "
            "busy for {n} minute(s) while none of them was this app's: other generations "
            "(songs being made on mureka.ai?) hold them. Resume when they are done.",
            account=lane.key, n=minutes) if lane.key else phrase(
            "slots_held", "The Mureka account has had all its generation slots busy for "
            "{n} minute(s) while none of them was this app's: other generations (songs "
            "being made on mureka.ai?) hold them. Resume when they are done.", n=minutes)
        self.pause_account(PauseReason("slots", said, lane.key), lane.key)

    def _start(self, outcome: out.Send | out.Check | out.Download | out.Verify) -> None:
        """Start a job as an owned task; what it yields is applied as it comes."""
        item = self.store.get(outcome.item_id)
        if item is None:
            return
        match outcome:
            case out.Send():
                lane = self.lanes.for_item(item)
                if item.id in self._front:
                    self._front.remove(item.id)
                now = self.clock.time()
                self.lanes.mark_call(lane, now)  # held; counted again when it leaves
                self.lanes.usage.record_call(lane.key)
                sent = self._change(item.id, state=State.GENERATING,
                                    attempts=item.attempts + 1, generation_started_at=now,
                                    last_error=None)
                self._generation(lane, sent.id, self.generations.run(sent), "generate")
            case out.Verify():
                self._generation(self.lanes.for_item(item), item.id,
                                 self.generations.verify_orphan(item), "verify")
            case out.Check(_, route_only):
                checking = self._change(item.id, state=State.CHECKING)
                self._spawn(self.dispatch.checking, item.id,
                            self._check(checking, route_only), "check")
            case out.Download():
                self._spawn(self.dispatch.downloading, item.id,
                            self._run(self.downloads.run(item)), "download")

    async def _check(self, item: Item, route_only: bool) -> None:
        """One look-up.  Stopped (cancelled, the app closing), the song goes back to the
        queue as it was."""
        try:
            async for outcome in self.lookups.check(item, route_only):
                self.apply(outcome)
        except asyncio.CancelledError:
            if (current := self.store.get(item.id)) and current.state == State.CHECKING:
                self.store.update(item.id, state=State.QUEUED)
            raise

    async def _run(self, job: AsyncIterator[out.Outcome]) -> None:
        """Run a job; each outcome it yields is applied before it goes on."""
        async for outcome in job:
            self.apply(outcome)

    def _generation(self, lane: AccountLane, item_id: int,
                    job: AsyncIterator[out.Outcome], name: str) -> None:
        lane.in_flight.add(item_id)
        self._spawn(self.dispatch.generating, item_id, self._run(job), name)
        self.dispatch.generating[item_id].add_done_callback(
            lambda _t: lane.in_flight.discard(item_id))

    def _spawn(self, registry: Tasks, item_id: int, coro: Coroutine[Any, Any, None],
               name: str) -> None:
        task = self.tasks.spawn(self._guarded(item_id, coro, name), name=f"{name}-{item_id}")
        registry[item_id] = task

        def _done(t: asyncio.Task[None]) -> None:
            if registry.get(item_id) is t:
                del registry[item_id]
                if registry is self.dispatch.checking:
                    self.dispatch.check_started.pop(item_id, None)
            self.wake()

        task.add_done_callback(_done)

    async def _guarded(self, item_id: int, coro: Coroutine[Any, Any, None], what: str
                       ) -> None:
        """Run one item's task so that it always ends in a state."""
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._unexpected(item_id, what, exc)

    def _unexpected(self, item_id: int, what: str, exc: Exception) -> None:
        message = f"Unexpected error ({what}): {describe(exc)}"
        log.error("item %s: %s", item_id, message, exc_info=exc)
        if isinstance(exc, sqlite3.Error):
            self._storage_failed(exc)
            return
        try:
            item = self.store.get(item_id)
            if item is None or item.state in FINISHED_STATES:
                return
            # The video links (if any) are kept: a Retry downloads them, never pays again.
            self._change(item_id, state=State.FAILED, last_error=message)
        except sqlite3.Error as store_error:
            self._storage_failed(store_error)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed")

    def _change(self, item_id: int, **changes: Any) -> Item:
        item = self.store.update(item_id, **changes)
        self._emit(Event("song_changed", item=item))
        return item

    def _storage_failed(self, exc: sqlite3.Error) -> None:
        """The queue database cannot be written (a full disk, another program holding it):
        stop, keep what is stored, and say what to do about this cause."""
        self.pause(PauseReason("storage", phrase(
            "database_unwritable", "Cannot write the queue database in {folder}: {error}. "
            "{advice}", folder=str(self.store.path.parent), error=str(exc),
            advice=explain(self.store.path, exc).advice)))
