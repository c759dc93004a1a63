"""The scheduler: the one object that makes generate calls.

It owns spacing, the in-flight window, back-off, retries, pausing, reuse look-ups, crash
recovery and the hand-over to downloads.  The UI and the CLI ask it to start, pause, cancel or
retry and learn what happened through :class:`Event` callbacks.  Time comes from an injected
:class:`~mureka_desktop.core.clock.Clock`, so its tests run in virtual time.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

from mureka_desktop.core import api
from mureka_desktop.core.clock import Clock
from mureka_desktop.core.config import PauseReason, SchedulerConfig
from mureka_desktop.core.download_jobs import DownloadJobs, Fetch
from mureka_desktop.core.lookups import Lookups
from mureka_desktop.core.pacing import Pacer, Window, backoff
from mureka_desktop.core.store import FINISHED_STATES, Item, State, Store
from mureka_desktop.core.tasks import TaskOwner

log = logging.getLogger(__name__)
RUNNING_KEY = "queue_running"


class Api(Protocol):
    async def generate_video(self, song_id: str) -> api.Video: ...
    async def get_song(self, song_id: str) -> api.SongInfo: ...


@dataclass(frozen=True)
class Event:
    kind: str  # "item", "paused", "resumed", "idle"
    item: Item | None = None
    reason: PauseReason | None = None


@dataclass(frozen=True)
class Status:
    running: bool
    paused: PauseReason | None
    in_flight: int
    window: int
    concurrency: int
    next_call_in: float
    counts: dict[State, int]
    eta_seconds: float | None
    downloads: int


class Scheduler:
    def __init__(self, store: Store, client: Api, fetch: Fetch, config: SchedulerConfig,
                 clock: Clock | None = None, rng: random.Random | None = None) -> None:
        self.store = store
        self.api = client
        self.fetch = fetch
        self.config = config
        self.clock = clock or Clock()
        self.rng = rng or random.Random()
        self.pacer = Pacer(store, config.min_interval, config.margin)
        self.window = Window(config.concurrency)
        self.tasks = TaskOwner("scheduler")
        self.lookups = Lookups(lambda: self.api, self.store, self.pacer, self.clock, config,
                               change=self._change, found=self._download)
        self.downloads = DownloadJobs(store, fetch, config, self.clock, self.rng,
                                      change=self._change, lookup=self.lookups.get,
                                      pause=self.pause)
        self.progress = self.downloads.progress
        self._listeners: list[Callable[[Event], None]] = []
        self._running = False
        self._paused: PauseReason | None = None
        self._generating: dict[int, asyncio.Task[None]] = {}
        self._checking: dict[int, asyncio.Task[None]] = {}
        self._downloading: dict[int, asyncio.Task[None]] = {}
        self._front: deque[int] = deque()
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None
        self._recovered = False
        self._generation_times: deque[float] = deque(maxlen=20)

    # ------------------------------------------------------------------ public API
    def subscribe(self, listener: Callable[[Event], None]) -> None:
        self._listeners.append(listener)

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

    def start(self) -> None:
        """Start or resume working through the queue."""
        was_paused = self._paused
        self._running = True
        self._paused = None
        self.store.set_meta(RUNNING_KEY, "1")
        if self._loop_task is None:
            self._loop_task = self.tasks.spawn(self._dispatch_loop(), name="dispatch")
        if was_paused is not None:
            self._emit(Event("resumed"))
        self.wake()

    def pause(self, reason: PauseReason | None = None) -> None:
        """Stop making new calls. Generations already running finish and are downloaded."""
        self._paused = reason or PauseReason("user", "Paused")
        self.store.set_meta(RUNNING_KEY, "0")
        log.info("queue paused: %s", self._paused.message)
        self._emit(Event("paused", reason=self._paused))
        self.wake()

    def set_concurrency(self, n: int) -> None:
        self.config.concurrency = max(1, min(10, n))
        self.window.set_limit(self.config.concurrency)
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

    def retry_failed(self, item_ids: list[int] | None = None) -> int:
        targets = self.store.items_in(State.FAILED, State.CANCELLED) if item_ids is None else [
            i for i in (self.store.get(x) for x in item_ids)
            if i is not None and i.state in (State.FAILED, State.CANCELLED)]
        for item in targets:
            self._change(item.id, state=State.QUEUED, attempts=0, last_error=None,
                         not_before=0.0, finished_at=None)
        self.wake()
        return len(targets)

    def wake(self) -> None:
        self._wake.set()

    def is_idle(self) -> bool:
        if self._generating or self._checking or self._downloading:
            return False
        if self._paused is not None or not self._running:
            return True
        return not self.store.items_in(State.QUEUED, State.CHECKING, State.GENERATING,
                                       State.DOWNLOADING)

    async def wait_idle(self) -> None:
        while not self.is_idle():
            self._idle.clear()
            await self._idle.wait()

    async def close(self) -> None:
        """Cancel and await every background task; the journal keeps the queue consistent."""
        self._running = False
        await self.tasks.close()
        self._loop_task = None

    def status(self) -> Status:
        now = self.clock.time()
        counts = self.store.counts()
        return Status(
            running=self.running, paused=self._paused, in_flight=len(self._generating),
            window=self.window.size, concurrency=self.config.concurrency,
            next_call_in=self.pacer.wait_time(now), counts=counts,
            eta_seconds=self.eta(counts), downloads=len(self._downloading),
        )

    def eta(self, counts: dict[State, int] | None = None) -> float | None:
        """Seconds until the queue is through, from the API's limits and measured times."""
        counts = counts or self.store.counts()
        to_start = counts[State.QUEUED] + counts[State.CHECKING]
        running = counts[State.GENERATING]
        if not to_start and not running and not counts[State.DOWNLOADING]:
            return None
        gen = self.expected_generation()
        rate = min(1.0 / self.pacer.spacing, self.config.concurrency / gen)
        if to_start:
            return self.pacer.wait_time(self.clock.time()) + (to_start - 1) / rate + gen
        return gen / 2 if running else 5.0

    def expected_generation(self) -> float:
        """Seconds a generation takes: the mean of the last ones, else the configured guess."""
        if self._generation_times:
            return sum(self._generation_times) / len(self._generation_times)
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
        task = self.tasks.spawn(coro, name=f"{name}-{item_id}")
        registry[item_id] = task

        def _done(t: asyncio.Task[None]) -> None:
            if registry.get(item_id) is t:
                del registry[item_id]
            self.wake()

        task.add_done_callback(_done)

    def _recover(self) -> None:
        """Pick up what a previous run left: nothing is lost and nothing is paid twice."""
        for item in self.store.items_in(State.CHECKING):
            self._change(item.id, state=State.QUEUED)
        for item in self.store.items_in(State.DOWNLOADING):
            self._download(item)
        for item in self.store.items_in(State.GENERATING):
            log.info("song %s was generating when the app stopped: looking it up", item.song_id)
            self._spawn(self._generating, item.id, self._verify_orphan(item), "verify")

    async def _dispatch_loop(self) -> None:
        if not self._recovered:
            self._recovered = True
            self._recover()
        while True:
            self._wake.clear()
            delay = self._dispatch_once()
            if self.is_idle():
                self._idle.set()
                self._emit(Event("idle"))
            await self.clock.wait_event(self._wake, delay)

    def _dispatch_once(self) -> float | None:
        """Start at most one generate call; return how long to wait before trying again."""
        if not self.running:
            return None
        now = self.clock.time()
        candidates = self.store.queued(limit=max(50, self.config.lookahead * 4))
        for item in candidates:  # known links: only download, no slot needed
            if item.has_links and item.id not in self._downloading:
                self._download(item)
        if self.config.reuse_existing:
            self._start_lookups(candidates)
        if len(self._generating) >= min(self.window.size, self.config.concurrency):
            return None
        chosen, wait_for = self._next_item(candidates, now)
        if chosen is None:
            return wait_for
        wait = self.pacer.wait_time(now)
        if wait > 0:
            return wait
        if self._front and self._front[0] == chosen.id:
            self._front.popleft()
        self.pacer.mark_call(now)  # journaled before the call leaves
        sent = self._change(chosen.id, state=State.GENERATING, attempts=chosen.attempts + 1,
                            generation_started_at=now, last_error=None)
        self._spawn(self._generating, sent.id, self._generate(sent), "generate")
        return self.pacer.wait_time(now)

    def _next_item(self, candidates: list[Item], now: float) -> tuple[Item | None, float | None]:
        while self._front:
            front = self.store.get(self._front[0])
            if front is not None and front.state == State.QUEUED and not front.has_links:
                return front, None
            self._front.popleft()
        soonest: float | None = None
        for item in candidates:
            if item.has_links or item.id in self._checking:
                continue
            if self.config.reuse_existing and not item.checked and not item.regenerate:
                continue
            if item.not_before > now:
                wait = item.not_before - now
                soonest = wait if soonest is None else min(soonest, wait)
                continue
            return item, None
        return None, soonest

    # ------------------------------------------------------------------ look-ups
    def _start_lookups(self, candidates: list[Item]) -> None:
        pending = [i for i in candidates if not i.checked and not i.regenerate
                   and not i.has_links and i.id not in self._checking]
        for item in pending[: self.config.lookahead]:
            if len(self._checking) >= self.config.lookup_concurrency:
                return
            self._spawn(self._checking, item.id, self.lookups.check(item), "check")

    # ------------------------------------------------------------------ generation
    async def _generate(self, item: Item) -> None:
        started = self.clock.time()
        try:
            video = await self.api.generate_video(item.song_id)
        except api.RateLimited as exc:
            self.pacer.rate_limited(self.clock.time(), exc.retry_after)
            self._put_back(item, f"Rate limited ({exc.message}); resending")
            return
        except api.SlotsBusy as exc:
            self.window.slots_busy(len(self._generating) - 1)
            wait = max(self.config.slots_busy_wait, exc.retry_after or 0.0)
            self.pacer.not_before = max(self.pacer.not_before, self.clock.time() + wait)
            self._put_back(item, "All generation slots of the account are busy; waiting")
            return
        except api.InvalidSong as exc:
            self._change(item.id, state=State.FAILED, last_error=exc.message,
                         generation_started_at=None)
            return
        except api.AccountProblem as exc:
            if isinstance(exc, api.AccountStateError) and exc.retry_shortly:
                self.pacer.not_before = max(self.pacer.not_before,
                                            self.clock.time() + self.config.refresh_wait)
                self._put_back(item, f"Account session refreshing ({exc.message}); waiting")
                return
            self._put_back(item, None)
            self.pause(PauseReason(exc.reason, _explain(exc)))
            return
        except api.TransientError as exc:
            found = await self._find_after_ambiguous(item, exc) if exc.maybe_started else None
            if found is None:
                self._retry_later(item, exc.message)
                return
            video = found
        self._generation_times.append(self.clock.time() - started)
        self._got_video(item, video)

    def _put_back(self, item: Item, note: str | None) -> None:
        """Not a failure: the same item goes first again, its attempt not counted."""
        self._change(item.id, state=State.QUEUED, attempts=max(0, item.attempts - 1),
                     generation_started_at=None, last_error=note)
        if item.id not in self._front:
            self._front.appendleft(item.id)

    def _retry_later(self, item: Item, message: str) -> None:
        if item.attempts >= self.config.max_attempts:
            self._change(item.id, state=State.FAILED, generation_started_at=None,
                         last_error=f"{message} (gave up after {item.attempts} attempts)")
            return
        delay = backoff(item.attempts, self.config.backoff_base, self.config.backoff_cap,
                        self.rng)
        self._change(item.id, state=State.QUEUED, generation_started_at=None,
                     not_before=self.clock.time() + delay,
                     last_error=f"{message}; retrying in {delay:.0f} s")

    async def _find_after_ambiguous(self, item: Item, exc: api.TransientError
                                    ) -> api.Video | None:
        """The call may have reached the server: see whether a video appeared before paying
        again.  A server that answered (5xx) gets one look; a lost connection gets polled for
        as long as a generation can take."""
        deadline = (item.generation_started_at or self.clock.time()) + (
            self.config.generation_deadline if exc.status is None else 0.0)
        return await self.lookups.wait_for_video(item, deadline)

    async def _verify_orphan(self, item: Item) -> None:
        deadline = (item.generation_started_at or self.clock.time()) \
            + self.config.generation_deadline
        video = await self.lookups.wait_for_video(item, deadline)
        if video is None:
            log.info("song %s: no video appeared by the deadline; queueing it again",
                     item.song_id)
            self._change(item.id, state=State.QUEUED, generation_started_at=None, checked=True,
                         last_error="The app stopped during generation and no video appeared; "
                         "generating again")
            return
        self._got_video(item, video)

    def _got_video(self, item: Item, video: api.Video) -> None:
        """A generation of ours produced ``video``: free the slot, fetch the files."""
        self.window.success()
        self._download(self._change(item.id, state=State.DOWNLOADING, video_id=video.video_id,
                                    video_url=video.video_url,
                                    cover_url=video.video_cover_url,
                                    generation_started_at=None))

    def _download(self, item: Item) -> None:
        self._spawn(self._downloading, item.id, self.downloads.run(item), "download")


def _explain(exc: api.AccountProblem) -> str:
    if isinstance(exc, api.AuthError):
        return f"The API rejected the token or the Mureka login: {exc.message}. " \
               "Enter a new token in Settings, then resume."
    if isinstance(exc, api.BillingError):
        return f"Subscription or credits: {exc.message}. Top up the account, then resume."
    if isinstance(exc, api.AccountStateError):
        return f"The Mureka account needs attention ({exc.code}): {exc.message}. " \
               "Update the account on useapi.net, then resume."
    return exc.message
