"""Generate calls: what each answer means for its item.

One call per item, sent by the scheduler once spacing and slots allow.  9008 and 6323 put the
item back first in line (not a failure), account problems pause the queue, an unreachable host
takes it offline, and any answer that leaves in doubt whether the server generated (a lost
connection, a 5xx, an unreadable 200, an error nobody foresaw) is settled by looking the song
up before anything is paid again.  After a 200, failures only ever concern the download.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
from collections import deque
from collections.abc import Callable

from mureka_desktop.core import api
from mureka_desktop.core.accounts import AccountLane, AccountLanes
from mureka_desktop.core.clock import Clock
from mureka_desktop.core.config import PauseReason, SchedulerConfig
from mureka_desktop.core.connectivity import Connectivity
from mureka_desktop.core.jobs_api import Api
from mureka_desktop.core.lookups import LookupFailed, Lookups
from mureka_desktop.core.pacing import backoff
from mureka_desktop.core.phrases import phrase
from mureka_desktop.core.scheduler_events import describe, explain, pause_scope
from mureka_desktop.core.store import Item, State

log = logging.getLogger(__name__)


class Generations:
    def __init__(self, client: Callable[[], Api], lanes: AccountLanes,
                 lookups: Lookups, connectivity: Connectivity, config: SchedulerConfig,
                 clock: Clock, rng: random.Random, front: deque[int], *,
                 change: Callable[..., Item],
                 pause: Callable[[PauseReason, str | None, int | None], None],
                 found: Callable[[Item], None]) -> None:
        self._client = client
        self.lanes = lanes
        self.lookups = lookups
        self.connectivity = connectivity
        self.config = config
        self.clock = clock
        self.rng = rng
        self._front = front  # items to send first (shared with the scheduler)
        self._change = change
        self._pause = pause
        self._found = found
        self.times: deque[float] = deque(maxlen=20)  # seconds the last generations took

    async def run(self, item: Item) -> None:
        """One generate call, on the lane (Mureka account) the scheduler sent it on."""
        lane = self.lanes.for_item(item)
        pacer = lane.pacer
        started = self.clock.time()
        try:
            video = await self._client().generate_video(item.song_id)
        except api.RateLimited as exc:
            learned = self.lanes.rate_limited(lane, item.generation_started_at or started,
                                              self.clock.time(), exc.retry_after)
            self._put_back(item, "Rate limited: the 3 s rule counts per token; resending"
                           if learned else f"Rate limited ({exc.message}); resending")
            return
        except api.SlotsBusy as exc:
            pacer.clean_call()
            lane.window.slots_busy(len(lane.in_flight) - 1)
            lane.slots_busy(self.clock.time(), exc.retry_after)
            self._put_back(item, "All generation slots of the account are busy; waiting")
            self._slots_held_elsewhere(lane)
            return
        except api.InvalidSong as exc:
            pacer.clean_call()
            self._change(item.id, state=State.FAILED, last_error=exc.message,
                         generation_started_at=None)
            return
        except api.AccountProblem as exc:
            if isinstance(exc, api.AccountStateError) and exc.retry_shortly:
                pacer.not_before = max(pacer.not_before,
                                       self.clock.time() + self.config.refresh_wait)
                self._put_back(item, f"Account session refreshing ({exc.message}); waiting")
                return
            self._put_back(item, None)
            self._pause_lane(lane, exc, item)
            return
        except api.Unreachable as exc:
            # Nothing reached the server: the item is as it was, the queue goes offline.
            self._put_back(item, None)
            self.connectivity.report(exc)
            return
        except api.TransientError as exc:
            if exc.status is not None:
                pacer.clean_call()  # the server answered: the spacing was fine
            if not exc.maybe_started:
                self._retry_later(item, exc.message)
                return
            found = await self._find_after_ambiguous(item, exc)
            if found is None:
                return
            video = found
        except (asyncio.CancelledError, sqlite3.Error):
            raise
        except Exception as exc:
            # Not one of ours (a bug, an answer nobody foresaw): the call may have been paid
            # for, so look for its video as after a lost answer; never send it again blindly.
            log.error("generate call for %s failed unexpectedly", item.song_id, exc_info=exc)
            found = await self._find_after_ambiguous(item, api.UnreadableSuccess(
                f"Unexpected error in the generate call: {describe(exc)}"))
            if found is None:
                return
            video = found
        else:
            pacer.clean_call()
        lane.busy_since = None
        self.times.append(self.clock.time() - started)
        self._got_video(item, video)

    def _slots_held_elsewhere(self, lane: AccountLane) -> None:
        """Every slot busy while none of our generations runs on this account: after
        ``slots_busy_limit`` of that, pause the account with a plain reason."""
        now = self.clock.time()
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
            "busy for {minutes} minutes while none of them was this app's: other generations "
            "(songs being made on mureka.ai?) hold them. Resume when they are done.",
            account=lane.key, minutes=minutes) if lane.key else phrase(
            "slots_held", "The Mureka account has had all its generation slots busy for "
            "{minutes} minutes while none of them was this app's: other generations (songs "
            "being made on mureka.ai?) hold them. Resume when they are done.", minutes=minutes)
        self._pause(PauseReason("slots", said, lane.key), lane.key, None)

    def _pause_lane(self, lane: AccountLane, exc: api.AccountProblem, item: Item) -> None:
        """Pause the songs of this account; the token refused pauses every account; a song
        whose account is not known: /accounts says which (the scheduler asks)."""
        token = pause_scope(exc, "") is None
        account = None if token else lane.key
        if account is None and not token and item.state != State.GENERATING:
            # not sent again before /accounts said whose song this is
            self._change(item.id, not_before=self.clock.time() + self.config.refresh_wait)
        self._pause(PauseReason(exc.reason, explain(exc, account), account), account,
                    item.id if account is None and not token else None)

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
        again.  With no video, the item is put in its next state here and None returned.

        A lost connection and a 5xx alike are polled for as long as a generation can take:
        a gateway's 502 often comes while the generation runs on, and its video shows in
        look-ups only later (one quick look, then paying again, bought five videos of one song
        in an outside test). Only when no video appeared by then is the call sent again. A 200
        we could not read means the server generated: it is polled for as long, and never
        sent again (the item fails)."""
        generated = isinstance(exc, api.UnreadableSuccess)
        started = item.generation_started_at or self.clock.time()
        deadline = started + self.config.generation_deadline
        if not generated and exc.status is not None:
            # The server answered (5xx): a generation it started runs its usual time; four
            # times the usual (at least a minute) covers it without holding the slot for the
            # full read timeout when the server in fact made nothing.
            usual = (sum(self.times) / len(self.times)) if self.times \
                else self.config.expected_generation
            deadline = started + min(self.config.generation_deadline, max(60.0, 4 * usual))
        if not generated:
            self._change(item.id, last_error=f"{exc.message}. The call may have been billed: "
                         "looking the song up for its video before any new call")
        try:
            video = await self.lookups.wait_for_video(item, deadline)
        except api.AccountProblem as problem:
            self._paused_while_generating(item, problem)
            return None
        except LookupFailed as failed:
            self._change(item.id, state=State.FAILED, generation_started_at=None,
                         last_error=f"{exc.message}. Whether the server made the video is "
                         f"unknown: the song cannot be looked up ({failed.message}). No new "
                         "call was made; Retry looks it up again.")
            return None
        if video is not None:
            return video
        if generated:
            self._change(item.id, state=State.FAILED, generation_started_at=None,
                         last_error=f"{exc.message}. The server answered 200 (a video was "
                         "made and billed) but the song shows no video. No new call was made; "
                         "Retry looks it up again.")
        else:
            self._retry_later(item, exc.message)
        return None

    async def verify_orphan(self, item: Item) -> None:
        deadline = (item.generation_started_at or self.clock.time()) \
            + self.config.generation_deadline
        wait = max(0.0, deadline - self.clock.time())
        self._change(item.id, last_error="The app stopped during a generation that may have "
                     f"been billed: looking the song up for its video (up to {wait:.0f} s) "
                     "before any new call")
        try:
            video = await self.lookups.wait_for_video(item, deadline)
        except api.AccountProblem as problem:
            self._paused_while_generating(item, problem)
            return
        except LookupFailed as failed:
            self._change(item.id, state=State.FAILED, generation_started_at=None,
                         last_error="The app stopped during generation and the song cannot be "
                         f"looked up ({failed.message}). No new call was made; Retry looks it "
                         "up again.")
            return
        if video is None:
            log.info("song %s: no video appeared by the deadline; queueing it again",
                     item.song_id)
            self._change(item.id, state=State.QUEUED, generation_started_at=None, checked=True,
                         last_error="The app stopped during generation and no video appeared; "
                         "generating again")
            return
        self._got_video(item, video)

    def _paused_while_generating(self, item: Item, problem: api.AccountProblem) -> None:
        """The token or account failed while we looked for a video we may have paid for:
        the item stays "generating" (no new call) and is looked up again on resume."""
        log.info("song %s: look-up refused (%s); checked again on resume", item.song_id,
                 problem.message)
        self._pause_lane(self.lanes.for_item(item), problem, item)

    def _got_video(self, item: Item, video: api.Video) -> None:
        """A generation of ours produced ``video``: free the slot, fetch the files.  From
        here on a failure concerns the download only: the song is never generated again."""
        lane = self.lanes.for_item(item)
        lane.window.success()
        lane.slot_freed(self.clock.time())
        self.lanes.usage.record_video(lane.key)
        self._found(self._change(item.id, state=State.DOWNLOADING, video_id=video.video_id,
                                    video_url=video.video_url,
                                    cover_url=video.video_cover_url,
                                    generation_started_at=None))
