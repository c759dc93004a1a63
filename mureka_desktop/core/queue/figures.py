"""The queue's figures for the status bar: slots, the next call, counts, the ETA computed from
the accounts' limits and the measured generation times.  Reads only; changes nothing."""

from __future__ import annotations

from mureka_desktop.core.accounts.lanes import AccountLanes
from mureka_desktop.core.model.config import PauseReason, SchedulerConfig
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.dispatch import Dispatch
from mureka_desktop.core.queue.events import Status
from mureka_desktop.core.queue.generation import Generations
from mureka_desktop.core.queue.picking import Picker
from mureka_desktop.core.runtime.clock import Clock
from mureka_desktop.core.storage.store import Store


class QueueFigures:
    def __init__(self, store: Store, lanes: AccountLanes, picker: Picker, dispatch: Dispatch,
                 generations: Generations, config: SchedulerConfig, clock: Clock) -> None:
        self.store = store
        self.lanes = lanes
        self.picker = picker
        self.dispatch = dispatch
        self.generations = generations
        self.config = config
        self.clock = clock

    def status(self, running: bool, paused: PauseReason | None) -> Status:
        now = self.clock.time()
        counts = self.store.counts()
        lanes = self.lanes.all() or [self.lanes.lane(None)]
        active = self.lanes.limiting() or lanes
        return Status(
            running=running, paused=paused, in_flight=len(self.dispatch.generating),
            window=sum(lane.window.size for lane in active),
            concurrency=self.config.concurrency * len(active),
            next_call_in=min(self.lanes.wait_time(lane, now) for lane in active),
            counts=counts,
            # Paused (offline included), nothing progresses: no ETA to count down.
            eta_seconds=None if paused is not None else self.eta(counts),
            downloads=len(self.dispatch.downloading), lanes=self.lanes.statuses(),
            waiting=self.picker.waiting_by_account() if any(
                lane.paused for lane in self.lanes.all()) else (),
        )

    def eta(self, counts: dict[State, int] | None = None) -> float | None:
        """Seconds until the queue is through, from the API's limits and measured times."""
        counts = counts or self.store.counts()
        to_start = counts[State.QUEUED] + counts[State.CHECKING]
        running = counts[State.GENERATING]
        if not to_start and not running and not counts[State.DOWNLOADING]:
            return None
        gen = self.expected_generation()
        if not self.lanes.all():
            self.lanes.lane(None)  # the lane every song starts in, before any call
        lanes = self.lanes.limiting()
        rate = self.lanes.rate(self.config.concurrency, gen) if lanes else 0.0
        if to_start and rate > 0:
            now = self.clock.time()
            wait = min(self.lanes.wait_time(lane, now) for lane in lanes)
            return wait + (to_start - 1) / rate + gen
        return gen / 2 if running else 5.0

    def expected_generation(self) -> float:
        """Seconds a generation takes: the mean of the last ones, else the configured guess."""
        if times := self.generations.times:
            return sum(times) / len(times)
        return self.config.expected_generation
