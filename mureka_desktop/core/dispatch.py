"""What starts now: the generate calls the Mureka accounts' lanes allow, the look-ups due and
the downloads of known links, each run as an owned task that always ends in a state.

The :class:`~mureka_desktop.core.scheduler.Scheduler` runs the loop and holds the queue's
run state (start, pause, offline); :class:`Dispatch` is asked, each time the loop wakes, what
may start, and keeps one registry per kind of running task (generating, checking,
downloading) so that nothing runs twice for one item.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections import deque
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

from mureka_desktop.core.accounts import AccountLane, AccountLanes
from mureka_desktop.core.clock import Clock
from mureka_desktop.core.config import SchedulerConfig
from mureka_desktop.core.download_jobs import DownloadJobs
from mureka_desktop.core.generation import Generations
from mureka_desktop.core.lookups import Lookups
from mureka_desktop.core.outcomes import Outcome
from mureka_desktop.core.picking import Picker
from mureka_desktop.core.roster import not_on_token
from mureka_desktop.core.scheduler_events import describe
from mureka_desktop.core.store import FINISHED_STATES, Item, State, Store
from mureka_desktop.core.tasks import TaskOwner

log = logging.getLogger(__name__)
Tasks = dict[int, asyncio.Task[None]]
HOLD_FOR_LOOKUP = 5.0  # s a song waits for an earlier song's look-up, to keep queue order


class Dispatch:
    def __init__(self, store: Store, lanes: AccountLanes, picker: Picker,
                 config: SchedulerConfig, clock: Clock, tasks: TaskOwner, front: deque[int],
                 *, change: Callable[..., Item],
                 apply: Callable[[Outcome], None],
                 storage_failed: Callable[[sqlite3.Error], None],
                 wake: Callable[[], None]) -> None:
        self.store = store
        self.lanes = lanes
        self.picker = picker
        self.config = config
        self.clock = clock
        self.tasks = tasks
        self.front = front  # items to send first (put back after a 9008 or 6323)
        self._change = change
        self._apply = apply
        self._storage_failed = storage_failed
        self._wake = wake
        self.generating: Tasks = {}
        self.checking: Tasks = {}
        self.downloading: Tasks = {}
        self.recovered = False
        self.roster_ready = True  # False from a start until /accounts answered (or not)
        self.check_started: dict[int, float] = {}  # when each look-up in flight began
        # The jobs, set by the scheduler once built (they call back into :meth:`download`).
        self.generations: Generations
        self.lookups: Lookups
        self.downloads: DownloadJobs

    @property
    def busy(self) -> bool:
        return bool(self.generating or self.checking or self.downloading)

    def running(self) -> set[int]:
        return set(self.generating) | set(self.checking) | set(self.downloading)

    def stop(self, item_id: int) -> None:
        """Stop a running look-up or download of ``item_id`` (a generation runs on)."""
        for running in (self.checking, self.downloading):
            task = running.pop(item_id, None)
            if task:
                task.cancel()

    # ------------------------------------------------------------------ one round
    def once(self) -> float | None:
        """Start the generate calls the lanes allow now (at most one per Mureka account);
        return how long to wait before trying again."""
        if not self.roster_ready:
            return None  # the roster's answer wakes the loop
        if not self.recovered:
            self.recovered = True
            self._recover()
        now = self.clock.time()
        candidates = self.picker.candidates()
        for item in candidates:  # known links: only download, no slot needed
            if item.has_links and item.id not in self.downloading:
                self.download(item)
        soonest = self._start_lookups(candidates, now)
        done: set[str | None] = set()  # lanes that sent, or cannot send, this round
        held = self._held_by_lookups(candidates, now)
        for item in self.picker.in_order(candidates, self.front, self.checking):
            lane = self.lanes.for_item(item)
            if self.lanes.needs_route(item):
                continue  # its look-up (started above) says whose song it is
            if item.id not in self.front and held.get(item.id, False):
                continue  # a song before it in the queue is being looked up: it goes first
            if not self.lanes.is_listed(lane.key):
                self._wait_unlisted(item, lane.key)
                continue
            if lane.key in done:
                continue
            if lane.paused is not None or lane.free_slots(self.config.concurrency) <= 0:
                done.add(lane.key)  # a slot that frees wakes the loop
                continue
            if item.not_before > now:
                soonest = _soonest(soonest, item.not_before - now)
                continue
            wait = self.lanes.wait_time(lane, now)
            if wait > 0:
                done.add(lane.key)
                soonest = _soonest(soonest, wait)
                continue
            done.add(lane.key)
            self._send(lane, item, now)
            # Other lanes may now have to wait for this call (token-wide, unknown account).
            soonest = _soonest(soonest, self.lanes.wait_time(lane, now))
        return soonest

    def _held_by_lookups(self, candidates: list[Item], now: float) -> dict[int, bool]:
        """The queue's order is kept: a song waits while an earlier song of its lane is
        being looked up (a look-up takes milliseconds; one that hangs holds nobody for
        more than :data:`HOLD_FOR_LOOKUP`)."""
        first: dict[str | None, int] = {}  # lane -> queue position of its first look-up
        recent = [i for i, t in self.check_started.items() if now - t < HOLD_FOR_LOOKUP]
        for checking in (self.store.get(i) for i in recent):
            if checking is not None and checking.state == State.CHECKING:
                key = self.lanes.key_of(checking)
                first[key] = min(first.get(key, checking.position), checking.position)
        return {item.id: item.position > first.get(self.lanes.key_of(item), item.position)
                for item in candidates}

    def _wait_unlisted(self, item: Item, key: str | None) -> None:
        """A song of an account /accounts does not list: no lane, no call.  Its look-up
        routes it to its owner; when it cannot, the song waits and says why."""
        if key is None:
            return
        said = not_on_token(key)
        if item.last_error != said:
            self._change(item.id, last_error=said)

    def _send(self, lane: AccountLane, item: Item, now: float) -> None:
        if item.id in self.front:
            self.front.remove(item.id)
        self.lanes.mark_call(lane, now)  # journaled before the call leaves
        self.lanes.usage.record_call(lane.key)
        sent = self._change(item.id, state=State.GENERATING, attempts=item.attempts + 1,
                            generation_started_at=now, last_error=None)
        self._spawn_generation(lane, sent.id, self._drive(self.generations.run(sent)),
                               "generate")

    def _spawn_generation(self, lane: AccountLane, item_id: int,
                          coro: Coroutine[Any, Any, None], name: str) -> None:
        lane.in_flight.add(item_id)
        self._spawn(self.generating, item_id, coro, name)
        self.generating[item_id].add_done_callback(
            lambda _t: lane.in_flight.discard(item_id))

    def _start_lookups(self, candidates: list[Item], now: float) -> float | None:
        """Start the reuse checks due (and, reuse or not, the look-ups that route a song
        whose id names an account the token does not have); return when the next one
        waiting on back-off is."""
        reuse = self.config.reuse_existing
        pending = self.picker.by_lane([
            i for i in candidates if not i.has_links and i.id not in self.checking and (
                (reuse and not i.checked and not i.regenerate) or
                self.lanes.needs_route(i))])
        soonest: float | None = None
        due = []
        for item in pending:
            if item.not_before > now:
                soonest = _soonest(soonest, item.not_before - now)
            else:
                due.append(item)
        for item in due[: self.config.lookahead]:
            if len(self.checking) >= self.config.lookup_concurrency:
                break
            route_only = not reuse or item.checked or item.regenerate
            self.check_started[item.id] = now
            checking = self._change(item.id, state=State.CHECKING)
            self._spawn(self.checking, item.id, self._check(checking, route_only), "check")
        return soonest

    async def _check(self, item: Item, route_only: bool) -> None:
        """One look-up; what it found is applied by the scheduler.  Stopped (cancelled, the
        app closing), the song goes back to the queue as it was."""
        try:
            outcomes = await self.lookups.check(item, route_only)
        except asyncio.CancelledError:
            if (current := self.store.get(item.id)) and current.state == State.CHECKING:
                self.store.update(item.id, state=State.QUEUED)
            raise
        for outcome in outcomes:
            self._apply(outcome)

    async def _drive(self, job: AsyncIterator[Outcome]) -> None:
        """Run a job; each outcome it yields is applied before it goes on."""
        async for outcome in job:
            self._apply(outcome)

    def download(self, item: Item) -> None:
        self._spawn(self.downloading, item.id, self._drive(self.downloads.run(item)),
                    "download")

    def _recover(self) -> None:
        """Pick up what a previous run (or a failure) left: nothing is lost and nothing is
        paid twice.  Items whose task is still running are theirs."""
        running = self.running()
        for item in self.store.items_in(State.CHECKING):
            if item.id not in running:
                self._change(item.id, state=State.QUEUED)
        for item in self.store.items_in(State.DOWNLOADING):
            if item.id not in running:
                self.download(item)
        for item in self.store.items_in(State.GENERATING):
            if item.id not in running:
                log.info("song %s was generating when the app stopped: looking it up",
                         item.song_id)
                self._spawn_generation(self.lanes.for_item(item), item.id,
                                       self._drive(self.generations.verify_orphan(item)),
                                       "verify")

    # ------------------------------------------------------------------ owned tasks
    def _spawn(self, registry: Tasks, item_id: int, coro: Coroutine[Any, Any, None],
               name: str) -> None:
        task = self.tasks.spawn(self._guarded(item_id, coro, name), name=f"{name}-{item_id}")
        registry[item_id] = task

        def _done(t: asyncio.Task[None]) -> None:
            if registry.get(item_id) is t:
                del registry[item_id]
                if registry is self.checking:
                    self.check_started.pop(item_id, None)
            self._wake()

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


def _soonest(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    return a if b is None else min(a, b)

