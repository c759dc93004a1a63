"""The scheduler: the one object that makes generate calls.

It owns retries, pausing, reuse look-ups, crash recovery and the hand-over to downloads; the
limits (spacing, the in-flight window, back-off, a paused account) belong to each Mureka
account's lane (:mod:`.accounts`), which it asks which account may call now, and
:mod:`.picking` says which songs it looks at next.  The UI and the CLI ask it to start,
pause, cancel or retry and learn what happened through :class:`Event` callbacks.  Time
comes from an injected :class:`~mureka_desktop.core.clock.Clock`, so its tests run in virtual
time.

Every task it starts ends in a state: an error that is not one of ours fails (or pauses) the
item with its message, a database that cannot be written pauses the queue, and an API host
that cannot be reached takes the queue offline until it answers (:mod:`.connectivity`).
"""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from mureka_desktop.core import api
from mureka_desktop.core.accounts import AccountLane, AccountLanes
from mureka_desktop.core.clock import Clock
from mureka_desktop.core.config import PauseReason, SchedulerConfig
from mureka_desktop.core.connectivity import Connectivity
from mureka_desktop.core.download_jobs import DownloadJobs, Fetch, check_output_folder
from mureka_desktop.core.generation import Generations
from mureka_desktop.core.lookups import Lookups
from mureka_desktop.core.pacing import Pacer, Window
from mureka_desktop.core.phrases import phrase
from mureka_desktop.core.picking import Picker
from mureka_desktop.core.scheduler_events import Event, Status, describe
from mureka_desktop.core.store import FINISHED_STATES, Item, State, Store
from mureka_desktop.core.tasks import TaskOwner

__all__ = ["Api", "Event", "Scheduler", "Status"]
log = logging.getLogger(__name__)
RUNNING_KEY = "queue_running"


class Api(Protocol):
    async def generate_video(self, song_id: str) -> api.Video: ...
    async def get_song(self, song_id: str) -> api.SongInfo: ...
    async def probe(self) -> None: ...


class Scheduler:
    def __init__(self, store: Store, client: Api, fetch: Fetch, config: SchedulerConfig,
                 clock: Clock | None = None, rng: random.Random | None = None) -> None:
        self.store = store
        self.api = client
        self.fetch = fetch
        self.config = config
        self.clock = clock or Clock()
        self.rng = rng or random.Random()
        self.lanes = AccountLanes(store, config)
        self.picker = Picker(store, self.lanes, config, self.clock)
        self.tasks = TaskOwner("scheduler")
        self.connectivity = Connectivity(lambda: self.api.probe(), self.clock, self.rng, config,
                                         self.tasks, changed=self._connectivity_changed)
        self.lookups = Lookups(lambda: self.api, self.store, self.lanes, self.clock, config,
                               self.connectivity, self.rng, change=self._change,
                               found=self._download, pause=self.pause_account)
        self.downloads = DownloadJobs(store, fetch, config, self.clock, self.rng,
                                      self.connectivity, change=self._change,
                                      lookup=self.lookups.get, pause=self.pause)
        self.progress = self.downloads.progress
        self._front: deque[int] = deque()
        self.generations = Generations(
            lambda: self.api, self.lanes, self.lookups, self.connectivity, config,
            self.clock, self.rng, self._front, change=self._change,
            pause=self.pause_account, found=self._download)
        self._listeners: list[Callable[[Event], None]] = []
        self._running = False
        self._paused: PauseReason | None = None
        self._generating: dict[int, asyncio.Task[None]] = {}
        self._checking: dict[int, asyncio.Task[None]] = {}
        self._downloading: dict[int, asyncio.Task[None]] = {}
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._recovered = False

    # ------------------------------------------------------------------ public API
    def subscribe(self, listener: Callable[[Event], None]) -> None:
        self._listeners.append(listener)

    @property
    def pacer(self) -> Pacer:
        """The pacer of songs whose account is not known (every song, with one account)."""
        return self.lanes.lane(None).pacer

    @property
    def window(self) -> Window:
        return self.lanes.lane(None).window

    @property
    def running(self) -> bool:
        return self._running and self._paused is None

    @property
    def was_running(self) -> bool:
        """True when the queue was running when the app last stopped (resume it)."""
        return self.store.get_meta(RUNNING_KEY) == "1"

    @property
    def paused(self) -> PauseReason | None:
        return self._paused

    @property
    def offline_since(self) -> float | None:
        """When the API host stopped answering (clock time), or None while it answers."""
        return self.connectivity.offline_since

    def start(self) -> None:
        """Start or resume working through the queue.

        The output folder is checked first (before any paid call): a folder that cannot be
        written pauses the queue with kind "output".  While the API is unreachable the queue
        stays paused as "offline" and the next probe is made at once.
        """
        was_paused = self._paused
        self._running = True
        self._paused = None
        self._recovered = False  # pick up anything a failure left without a task
        self._save_running(True)
        for lane in self.lanes.all():
            lane.paused = None
        if self._loop_task is None:
            self._loop_task = self.tasks.spawn(self._dispatch_loop(), name="dispatch")
        problem = check_output_folder(self.config.output_dir)
        if problem is not None:
            self.pause(PauseReason("output", problem))
            return
        if self.connectivity.offline:
            self.connectivity.probe_now()
            self._go_offline()
            return
        if was_paused is not None:
            self._emit(Event("resumed"))
        self.wake()

    def pause(self, reason: PauseReason | None = None, *, follows_accounts: bool = False
              ) -> None:
        """Stop making new calls. Generations already running finish and are downloaded.
        ``follows_accounts``: only because every song left waits on a paused account."""
        self._paused = reason or PauseReason("user", phrase("paused", "Paused"))
        self._save_running(False)
        log.info("queue paused: %s", self._paused.message)
        self._emit(Event("paused", reason=self._paused, follows_accounts=follows_accounts))
        self._idle.set()
        self.wake()

    def pause_account(self, reason: PauseReason, account: str | None) -> None:
        """An account problem (401/402/412/596) on one Mureka account: only its songs wait;
        the other accounts carry on.  With the account unknown, or once every account that
        has songs waiting is paused (a token every account refuses), the whole queue pauses.
        """
        if account is None:
            self.pause(reason)
            return
        lane = self.lanes.lane(account)
        if lane.paused is None:
            lane.paused = reason
            log.info("account %s paused: %s", account, reason.message)
            self._emit(Event("paused", reason=reason))
        self.wake()

    def resume_account(self, account: str) -> None:
        """The user fixed one account: its songs go again."""
        lane = self.lanes.lane(account)
        if lane.paused is not None:
            lane.paused = None
            self._emit(Event("resumed"))
        self.wake()

    def _save_running(self, running: bool) -> None:
        try:
            self.store.set_meta(RUNNING_KEY, "1" if running else "0")
        except sqlite3.Error as exc:  # the pause itself must never fail
            log.error("cannot record that the queue is %s: %s",
                      "running" if running else "paused", exc)

    def set_concurrency(self, n: int) -> None:
        self.config.concurrency = max(1, min(10, n))
        for lane in self.lanes.all():
            lane.window.set_limit(self.config.concurrency)
        self.wake()

    def cancel(self, item_ids: list[int]) -> None:
        """Cancel items: queued ones at once; a running look-up or download is stopped.
        A generation already sent cannot be recalled: it is downloaded, then kept."""
        for item_id in item_ids:
            item = self.store.get(item_id)
            if item is None or item.state in FINISHED_STATES:
                continue
            if item.state == State.GENERATING:
                continue
            for running in (self._checking, self._downloading):
                task = running.pop(item_id, None)
                if task:
                    task.cancel()
            self._change(item_id, state=State.CANCELLED)
        self.wake()

    def retry_failed(self, item_ids: list[int] | None = None, *, force: bool = False) -> int:
        """Queue failed and cancelled items again; return how many.

        A song the look-up showed the API cannot make a video for (V9.5: failed with "No call
        was made") stays refused unless ``force``: then the call is sent as asked.  Other
        items are looked up again first (free), unless they already have their links.
        """
        targets = self.store.items_in(State.FAILED, State.CANCELLED) if item_ids is None else [
            i for i in (self.store.get(x) for x in item_ids)
            if i is not None and i.state in (State.FAILED, State.CANCELLED)]
        count = 0
        for item in targets:
            refused = item.state == State.FAILED and api.model_refuses_video(item.model)
            if refused and not force:
                continue
            self._change(item.id, state=State.QUEUED, attempts=0, last_error=None,
                         not_before=0.0, finished_at=None, checked=refused)
            count += 1
        self.wake()
        return count

    def wake(self) -> None:
        self._wake.set()

    def is_idle(self) -> bool:
        """Nothing running and nothing that will start by itself (offline resumes by itself,
        so it is not idle)."""
        if self._generating or self._checking or self._downloading:
            return False
        if self._paused is not None and self._paused.kind == "offline" and self._running:
            return False
        if self._paused is not None or not self._running:
            return True
        return not self.store.items_in(State.QUEUED, State.CHECKING, State.GENERATING,
                                       State.DOWNLOADING)

    async def wait_idle(self, offline_timeout: float | None = None) -> bool:
        """Wait until the queue is idle; True then.  False when the API has been unreachable
        for ``offline_timeout`` seconds (the queue stays paused as offline, items kept)."""
        while not self.is_idle():
            self._idle.clear()
            timeout = None
            if offline_timeout is not None and (since := self.offline_since) is not None:
                timeout = since + offline_timeout - self.clock.time()
                if timeout <= 0:
                    return False
            await self.clock.wait_event(self._idle, timeout)
        return True

    async def close(self) -> None:
        """Cancel and await every background task; the journal keeps the queue consistent."""
        self._running = False
        await self.tasks.close()
        self._loop_task = None

    def status(self) -> Status:
        now = self.clock.time()
        counts = self.store.counts()
        lanes = self.lanes.all() or [self.lanes.lane(None)]
        active = self.lanes.limiting() or lanes
        return Status(
            running=self.running, paused=self._paused, in_flight=len(self._generating),
            window=sum(lane.window.size for lane in active),
            concurrency=self.config.concurrency * len(active),
            next_call_in=min(self.lanes.wait_time(lane, now) for lane in active),
            counts=counts,
            # Paused (offline included), nothing progresses: no ETA to count down.
            eta_seconds=None if self._paused is not None else self.eta(counts),
            downloads=len(self._downloading), lanes=self.lanes.statuses(),
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

    # ------------------------------------------------------------------ internals
    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed")

    def _change(self, item_id: int, **changes: Any) -> Item:
        item = self.store.update(item_id, **changes)
        self._emit(Event("item", item=item))
        return item

    def _spawn(self, registry: dict[int, asyncio.Task[None]], item_id: int,
               coro: Coroutine[Any, Any, None], name: str) -> None:
        task = self.tasks.spawn(self._guarded(item_id, coro, name), name=f"{name}-{item_id}")
        registry[item_id] = task

        def _done(t: asyncio.Task[None]) -> None:
            if registry.get(item_id) is t:
                del registry[item_id]
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

    def _storage_failed(self, exc: sqlite3.Error) -> None:
        """The queue database cannot be written (a full disk): stop, keep what is stored."""
        self.pause(PauseReason("storage", phrase(
            "database_unwritable", "Cannot write the queue database in {folder}: {error}. "
            "Free some space there, then resume.", folder=str(self.store.path.parent),
            error=str(exc))))

    def _connectivity_changed(self, online: bool) -> None:
        if not online:
            if self._paused is None and self._running:
                self._go_offline()
            else:
                self._idle.set()
            return
        if self._paused is not None and self._paused.kind == "offline":
            self._paused = None
            log.info("the API answers again: resuming")
            self._emit(Event("resumed"))
        self.wake()

    def _go_offline(self) -> None:
        """Paused as offline: the running flag stays set (this resumes by itself)."""
        self._paused = PauseReason("offline", phrase(
            "offline", "Offline: the API cannot be reached ({error}). Nothing is lost; the "
            "queue carries on by itself when the API answers again.",
            error=self.connectivity.message))
        log.info("queue paused: %s", self._paused.message)
        self._emit(Event("paused", reason=self._paused))
        self._idle.set()
        self.wake()

    def _recover(self) -> None:
        """Pick up what a previous run (or a failure) left: nothing is lost and nothing is
        paid twice.  Items whose task is still running are theirs."""
        running = set(self._generating) | set(self._checking) | set(self._downloading)
        for item in self.store.items_in(State.CHECKING):
            if item.id not in running:
                self._change(item.id, state=State.QUEUED)
        for item in self.store.items_in(State.DOWNLOADING):
            if item.id not in running:
                self._download(item)
        for item in self.store.items_in(State.GENERATING):
            if item.id not in running:
                log.info("song %s was generating when the app stopped: looking it up",
                         item.song_id)
                self._spawn_generation(self.lanes.for_song(item.song_id), item.id,
                                       self.generations.verify_orphan(item), "verify")

    async def _dispatch_loop(self) -> None:
        while True:
            self._wake.clear()
            try:
                delay = self._dispatch_once()
            except Exception as exc:  # never a dead loop and a CLI waiting forever
                log.exception("dispatching failed")
                if isinstance(exc, sqlite3.Error):
                    self._storage_failed(exc)
                else:
                    self.pause(PauseReason("error", phrase(
                        "internal_error", "Internal error: {error}. Resume to try again; the "
                        "log has the details.", error=describe(exc))))
                delay = None
            if self.is_idle():
                self._idle.set()
                self._emit(Event("idle"))
            await self.clock.wait_event(self._wake, delay)

    def _dispatch_once(self) -> float | None:
        """Start the generate calls the lanes allow now (at most one per Mureka account);
        return how long to wait before trying again."""
        if not self.running:
            return None
        if not self._recovered:
            self._recovered = True
            self._recover()
        if (every := self.picker.all_waiting_paused(self._checking)) is not None:
            self.pause(every, follows_accounts=True)  # each account's pause was told
            return None
        now = self.clock.time()
        candidates = self.picker.candidates()
        for item in candidates:  # known links: only download, no slot needed
            if item.has_links and item.id not in self._downloading:
                self._download(item)
        soonest = self._start_lookups(candidates, now) if self.config.reuse_existing \
            else None
        done: set[str | None] = set()  # lanes that sent, or cannot send, this round
        for item in self.picker.in_order(candidates, self._front, self._checking):
            lane = self.lanes.for_song(item.song_id)
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

    def _send(self, lane: AccountLane, item: Item, now: float) -> None:
        if item.id in self._front:
            self._front.remove(item.id)
        self.lanes.mark_call(lane, now)  # journaled before the call leaves
        sent = self._change(item.id, state=State.GENERATING, attempts=item.attempts + 1,
                            generation_started_at=now, last_error=None)
        self._spawn_generation(lane, sent.id, self.generations.run(sent), "generate")

    def _spawn_generation(self, lane: AccountLane, item_id: int,
                          coro: Coroutine[Any, Any, None], name: str) -> None:
        lane.in_flight.add(item_id)
        self._spawn(self._generating, item_id, coro, name)
        self._generating[item_id].add_done_callback(
            lambda _t: lane.in_flight.discard(item_id))

    # ------------------------------------------------------------------ look-ups
    def _start_lookups(self, candidates: list[Item], now: float) -> float | None:
        """Start the reuse checks due; return when the next one waiting on back-off is."""
        pending = self.picker.by_lane([
            i for i in candidates if not i.checked and not i.regenerate and not i.has_links
            and i.id not in self._checking])
        soonest: float | None = None
        due = []
        for item in pending:
            if item.not_before > now:
                soonest = _soonest(soonest, item.not_before - now)
            else:
                due.append(item)
        for item in due[: self.config.lookahead]:
            if len(self._checking) >= self.config.lookup_concurrency:
                break
            self._spawn(self._checking, item.id, self.lookups.check(item), "check")
        return soonest

    def _download(self, item: Item) -> None:
        self._spawn(self._downloading, item.id, self.downloads.run(item), "download")


def _soonest(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    return a if b is None else min(a, b)
