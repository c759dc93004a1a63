"""The scheduler: the one object that makes generate calls.

It owns the queue's run state (start, pause, per-account pause, offline), retries, the idle
wait and the status; each time its loop wakes, :mod:`.dispatch` says what may start now
(generate calls, reuse look-ups, downloads, crash recovery).  Jobs change no item: the
dispatcher, the generate calls (:mod:`.generation`), the look-ups (:mod:`.lookups`), the
downloads (:mod:`.download_jobs`) and /accounts (:mod:`.roster`) return or yield
:mod:`.outcomes`, and the scheduler alone applies them to the store and announces them
(:class:`~.applying.Applying`, its half that changes items and lanes and runs the jobs as
owned tasks).  The limits (spacing, the in-flight window, back-off, a paused account) belong
to each Mureka account's lane (:mod:`.accounts`), which says which account may call now; jobs
see the lanes read-only and report what an answer said about them as outcomes too (a 9008, a
6323, ...), and :mod:`.picking` says which songs are looked at next.  The UI and the CLI ask
it to start, pause, cancel or retry and learn what happened through :class:`Event`
callbacks.  Time comes from an injected Clock, so its tests run in virtual time.

Every task it starts ends in a state: an error that is not one of ours fails (or pauses) the
item with its message, a database that cannot be written pauses the queue, and an API host
that cannot be reached takes the queue offline until it answers (:mod:`.connectivity`;
:class:`~.outcomes.Offline`, then :class:`~.outcomes.Online` from the scheduler's probe).

An item's states and every transition between them (tests/core/test_state_table.py parses
this table and makes each transition happen; a transition missing here fails it)::

    queued      -> checking     the free look-up starts (reuse check, or routing to an account)
    checking    -> queued       looked up (no video yet), or its account or the API failed
    checking    -> downloading  the song already has a video: no call, no credit
    checking    -> failed       the song is deleted, or made with V9.5, or cannot be looked up
    checking    -> cancelled    cancelled by the user
    queued      -> generating   the generate call is sent (the lane's spacing and slots allow)
    queued      -> downloading  it has its video's links (a retry after a failed download)
    generating  -> queued       9008, 6323, an account problem, offline, or a retry later
    generating  -> downloading  the video is made (or found by a look-up after a lost answer)
    generating  -> failed       refused (400), or gave up after the attempts
    downloading -> done         both files are in place
    downloading -> queued       the disk is full or the output folder unwritable (paused)
    downloading -> failed       the download failed for good, or its links died with the video
    downloading -> cancelled    cancelled by the user
    queued      -> cancelled    cancelled by the user
    failed      -> queued       Retry
    cancelled   -> queued       Retry
"""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
from collections import deque
from collections.abc import Awaitable, Callable

from mureka_desktop.core.accounts.lanes import AccountLanes, LanesView
from mureka_desktop.core.accounts.pacing import Pacer, Window
from mureka_desktop.core.api import client as api
from mureka_desktop.core.api.protocol import Api
from mureka_desktop.core.model.config import PauseReason, SchedulerConfig
from mureka_desktop.core.model.items import FINISHED_STATES, State
from mureka_desktop.core.queue.applying import Applying
from mureka_desktop.core.queue.configuring import Configuring
from mureka_desktop.core.queue.connectivity import Connectivity
from mureka_desktop.core.queue.dispatch import Dispatch
from mureka_desktop.core.queue.download_jobs import DownloadJobs, Fetch, check_output_folder
from mureka_desktop.core.queue.events import Event, Status, describe, has_code
from mureka_desktop.core.queue.figures import QueueFigures
from mureka_desktop.core.queue.generation import Generations
from mureka_desktop.core.queue.lookups import Lookups
from mureka_desktop.core.queue.outcomes import Online, Outcome
from mureka_desktop.core.queue.picking import Picker
from mureka_desktop.core.queue.roster import ASK_AGAIN, Roster
from mureka_desktop.core.runtime.clock import Clock
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.core.storage.store import Store

__all__ = ["Api", "Event", "Scheduler", "Status"]
log = logging.getLogger(__name__)
RUNNING_KEY = "queue_running"


class Scheduler(Applying, Configuring):
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
        self.connectivity = Connectivity(lambda: self.api.probe(), self.clock, self.rng, config)
        self._front: deque[int] = deque()
        view = LanesView(self.lanes)  # what jobs see of the lanes: they change nothing
        self.roster = Roster(lambda: self.api, view)
        self._roster_task: asyncio.Task[None] | None = None
        self._roster_again = asyncio.Event()
        self.dispatch = Dispatch(store, self.lanes, self.picker, config, self.clock,
                                 self._front)
        self.lookups = Lookups(lambda: self.api, view, self.clock, config,
                               self.connectivity.view, self.rng)
        self.downloads = DownloadJobs(store, fetch, config, self.clock, self.rng,
                                      self.connectivity.view, self.lookups)
        self.progress = self.downloads.progress
        self.generations = Generations(lambda: self.api, view, self.lookups, config,
                                       self.clock, self.rng)
        self.figures = QueueFigures(store, self.lanes, self.picker, self.dispatch,
                                    self.generations, config, self.clock)
        self._listeners: list[Callable[[Event], None]] = []
        self._running = False
        self._paused: PauseReason | None = None
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._loop_task: asyncio.Task[None] | None = None

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
        self.dispatch.recovered = False  # pick up anything a failure left without a task
        self._save_running(True)
        for lane in self.lanes.all():
            lane.paused = None
        self.dispatch.roster_ready = False  # no call before /accounts (free) says which are broken
        self.dispatch.roster_since = self.clock.time()
        if self._roster_task is None:
            self._roster_task = self.tasks.spawn(self._roster_loop(), name="accounts")
        else:
            self._roster_again.set()
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
        self._paused = reason or PauseReason("user", phrase("paused", "Paused by the user"))
        self._save_running(False)
        log.info("queue paused: %s", self._paused.message)
        self._emit(Event("paused", reason=self._paused, follows_accounts=follows_accounts))
        self._idle.set()
        self.wake()

    def pause_account(self, reason: PauseReason, account: str | None,
                      item_id: int | None = None) -> None:
        """An account problem (401/402/412/596) on one Mureka account: only its songs wait;
        the other accounts carry on.  ``item_id`` with no account: a song whose account is
        not known was refused; /accounts (free) says which account is broken.  With no
        account and no song (the token itself refused), the whole queue pauses.
        """
        if account is None and item_id is not None:
            self.tasks.spawn(self._refresh_roster(self.roster.find_owner(
                item_id, reason, self.config.refresh_wait, self.clock.time())),
                name=f"owner-{item_id}")
            return
        if account is None:
            if self._paused is not None and self._paused.kind == reason.kind and \
                    self._paused.account is None:
                return  # calls already on their way when the token was refused: told once
            self.pause(reason)
            return
        lane = self.lanes.lane(account)
        if lane.paused is None or has_code(reason) and lane.paused.message != reason.message:
            lane.paused = reason
            log.info("account %s paused: %s", account, reason.message)
            self._emit(Event("paused", reason=reason))
        self.wake()

    def _save_running(self, running: bool) -> None:
        try:
            self.store.set_meta(RUNNING_KEY, "1" if running else "0")
        except sqlite3.Error as exc:  # the pause itself must never fail
            log.error("cannot record that the queue is %s: %s",
                      "running" if running else "paused", exc)

    def cancel(self, item_ids: list[int]) -> None:
        """Cancel items: queued ones at once; a running look-up or download is stopped.
        A generation already sent cannot be recalled: it is downloaded, then kept."""
        for item_id in item_ids:
            item = self.store.get(item_id)
            if item is None or item.state in FINISHED_STATES:
                continue
            if item.state == State.GENERATING:
                continue
            self.dispatch.stop(item_id)
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
        so it is not idle).  Songs that wait on a paused account, or on one the token does
        not have, start only when the user acts: they leave the queue idle (and running)."""
        if self.dispatch.busy:
            return False
        if self._paused is not None and self._paused.kind == "offline" and self._running:
            return False
        if self._paused is not None or not self._running:
            return True
        if self.store.items_in(State.GENERATING, State.DOWNLOADING):
            return False
        return all(self.picker.blocked(item) is not None
                   for item in self.store.items_in(State.QUEUED, State.CHECKING))

    def waiting_reason(self) -> PauseReason | None:
        """Why the songs left wait while the queue runs (paused accounts, accounts not on
        the token), or None when some song can still start."""
        return self.picker.waiting_reason()

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
        return self.figures.status(self.running, self._paused)

    def eta(self, counts: dict[State, int] | None = None) -> float | None:
        """Seconds until the queue is through, from the API's limits and measured times."""
        return self.figures.eta(counts)

    def expected_generation(self) -> float:
        return self.figures.expected_generation()

    # ------------------------------------------------------------------ internals
    def _offline(self, error: api.Unreachable) -> None:
        """A job could not reach the API host: offline (once), probing until it answers."""
        if not self.connectivity.went_offline(error):
            return
        self.tasks.replace("probe", self._probe())
        if self._paused is None and self._running:
            self._go_offline()
        else:
            self._idle.set()

    async def _probe(self) -> None:
        await self.connectivity.until_online()
        self.apply(Online())

    def _online(self) -> None:
        self.connectivity.came_online()
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

    async def _roster_loop(self) -> None:
        """/accounts on start, then every ``accounts_interval`` while the queue runs."""
        while True:
            self._roster_again.clear()
            await self._refresh_roster()
            timeout = (min(self.config.accounts_interval, ASK_AGAIN) if self.roster.failed
                       else self.config.accounts_interval) if self.running else None
            await self.clock.wait_event(self._roster_again, timeout)

    async def _refresh_roster(self, told: Awaitable[list[Outcome] | None] | None = None
                              ) -> None:
        """What /accounts said (``told``: a song's owner asked for; else the roster); a
        start waits ``START_DEADLINE`` at most for it."""
        start = not self.dispatch.roster_ready
        async for outcome in self.roster.within(told or self.roster.load(), start):
            self.apply(outcome)
        self.dispatch.roster_ready = True
        self.wake()

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
        """What the lanes allow now (:meth:`Dispatch.what_starts_now`) while the queue runs;
        how long to wait before asking again."""
        if not self.running:
            return None
        round_ = self.dispatch.what_starts_now()
        while True:
            try:
                outcome = next(round_)
            except StopIteration as finished:
                delay: float | None = finished.value
                return delay
            self.apply(outcome)
