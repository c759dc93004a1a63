"""What starts now: the generate calls the Mureka accounts' lanes allow, the look-ups due and
the downloads of known links.

The :class:`~mureka_desktop.core.queue.scheduler.Scheduler` runs the loop and holds the queue's
run state (start, pause, offline); :class:`Dispatch` is asked, each time the loop wakes, what
may start.  It changes no item and starts no task: :meth:`Dispatch.what_starts_now` yields
:mod:`~mureka_desktop.core.queue.outcomes` (:class:`~.outcomes.Send`, :class:`~.outcomes.Check`,
:class:`~.outcomes.Download`, ...) that the scheduler applies, each before the round goes on
(so a call just sent counts for the next).  It keeps one registry per kind of running task
(generating, checking, downloading), which the scheduler fills, so that nothing runs twice
for one item.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Generator

from mureka_desktop.core.accounts.lanes import AccountLanes
from mureka_desktop.core.model.config import SchedulerConfig
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.queue import outcomes as out
from mureka_desktop.core.queue.picking import Picker
from mureka_desktop.core.queue.roster import START_DEADLINE, not_on_token
from mureka_desktop.core.runtime.clock import Clock
from mureka_desktop.core.storage.store import Store

log = logging.getLogger(__name__)
Tasks = dict[int, asyncio.Task[None]]
Round = Generator[out.Outcome, None, float | None]
HOLD_FOR_LOOKUP = 5.0  # s a song waits for an earlier song's look-up, to keep queue order


class Dispatch:
    def __init__(self, store: Store, lanes: AccountLanes, picker: Picker,
                 config: SchedulerConfig, clock: Clock, front: deque[int]) -> None:
        self.store = store
        self.lanes = lanes
        self.picker = picker
        self.config = config
        self.clock = clock
        self.front = front  # items to send first (put back after a 9008 or 6323)
        self.generating: Tasks = {}
        self.checking: Tasks = {}
        self.downloading: Tasks = {}
        self.recovered = False
        self.roster_ready = True  # False from a start until /accounts answered (or not)
        self.roster_since = 0.0  # when that start asked
        self.check_started: dict[int, float] = {}  # when each look-up in flight began

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
    def what_starts_now(self) -> Round:
        """What starts now: the generate calls the lanes allow (at most one per Mureka
        account), the look-ups due, the downloads of known links; returns how long to wait
        before trying again."""
        if not self.roster_ready:  # the roster's answer wakes the loop; a start waits
            left = self.roster_since + START_DEADLINE - self.clock.time()  # that long at most
            if left > 0:
                return left
            yield out.ListingLate()  # applied: roster_ready
        if not self.recovered:
            self.recovered = True
            yield from self._recover()
        now = self.clock.time()
        candidates = self.picker.candidates()
        for item in candidates:  # known links: only download, no slot needed
            if item.has_links and item.id not in self.downloading:
                yield out.Download(item.id)
        soonest = yield from self._start_lookups(candidates, now)
        done: set[str | None] = set()  # lanes that sent, or cannot send, this round
        held = self._held_by_lookups(candidates, now)
        for item in self.picker.in_order(candidates, self.front, self.checking):
            lane = self.lanes.for_item(item)
            if self.lanes.needs_route(item):
                continue  # its look-up (started above) says whose song it is
            if item.id not in self.front and held.get(item.id, False):
                continue  # a song before it in the queue is being looked up: it goes first
            if not self.lanes.is_listed(lane.key):
                if lane.key is not None and item.last_error != (said := not_on_token(lane.key)):
                    # no lane, no call: its look-up routes it to its owner, or it waits
                    yield out.Note(item.id, {"last_error": said})
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
            yield out.Send(item.id)
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

    def _start_lookups(self, candidates: list[Item], now: float) -> Round:
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
            yield out.Check(item.id, route_only)
        return soonest

    def _recover(self) -> Generator[out.Outcome, None, None]:
        """Pick up what a previous run (or a failure) left: nothing is lost and nothing is
        paid twice.  Items whose task is still running are theirs."""
        running = self.running()
        for item in self.store.items_in(State.CHECKING):
            if item.id not in running:
                yield out.Requeued(item.id)
        for item in self.store.items_in(State.DOWNLOADING):
            if item.id not in running:
                yield out.Download(item.id)
        for item in self.store.items_in(State.GENERATING):
            if item.id not in running:
                log.info("song %s was generating when the app stopped: looking it up",
                         item.song_id)
                yield out.Verify(item.id)


def _soonest(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    return a if b is None else min(a, b)

