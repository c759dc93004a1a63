"""Generate calls: what each answer means for its item.

One call per item, sent by the scheduler once spacing and slots allow.  9008 and 6323 put the
item back first in line (not a failure), account problems pause the queue, an unreachable host
takes it offline, and any answer that leaves in doubt whether the server generated (a lost
connection, a 5xx, an unreadable 200, an error nobody foresaw) is settled by looking the song
up before anything is paid again.  After a 200, failures only ever concern the download.

A generation changes no item and no lane itself: :meth:`Generations.run` yields
:mod:`~mureka_desktop.core.queue.outcomes` (what the answer said about the account's limits, a
note while it looks the song up, then the item's next state) and the scheduler applies each
before the job goes on.  It sees the lanes through a read-only
:class:`~mureka_desktop.core.accounts.lanes.LanesView`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
from collections import deque
from collections.abc import AsyncIterator, Callable

from mureka_desktop.core.accounts.lanes import LanesView
from mureka_desktop.core.accounts.pacing import backoff
from mureka_desktop.core.api import client as api
from mureka_desktop.core.api.protocol import Api
from mureka_desktop.core.model.config import PauseReason, SchedulerConfig
from mureka_desktop.core.model.items import Item
from mureka_desktop.core.queue import outcomes as out
from mureka_desktop.core.queue.events import describe, explain, pause_scope
from mureka_desktop.core.queue.lookups import Looked, LookupFailed, Lookups
from mureka_desktop.core.runtime.clock import Clock

Outcomes = AsyncIterator[out.Outcome]

log = logging.getLogger(__name__)


class Generations:
    def __init__(self, client: Callable[[], Api], lanes: LanesView,
                 lookups: Lookups, config: SchedulerConfig, clock: Clock,
                 rng: random.Random) -> None:
        self._client = client
        self.lanes = lanes
        self.lookups = lookups
        self.config = config
        self.clock = clock
        self.rng = rng
        self.times: deque[float] = deque(maxlen=20)  # seconds the last generations took

    async def run(self, item: Item) -> Outcomes:
        """One generate call, on the lane (Mureka account) the scheduler sent it on."""
        account = self.lanes.key_of(item)
        # The spacing counts from the moment the call leaves, not from its dispatch (the
        # task may wait its turn): marked here, and nothing is awaited before it is sent.
        started = self.clock.time()
        yield out.CallLeaves(account, started)
        try:
            video = await self._client().generate_video(item.song_id)
        except api.RateLimited as exc:
            was_token_wide = self.lanes.token_wide
            yield out.TooFrequent(account, started, exc.retry_after)
            learned = self.lanes.token_wide and not was_token_wide  # applied by now
            yield self._put_back(item, "Rate limited: the 3 s rule counts per token; resending"
                                 if learned else f"Rate limited ({exc.message}); resending")
            return
        except api.SlotsBusy as exc:
            yield self._put_back(item, "All generation slots of the account are busy; waiting")
            yield out.SlotsFull(account, exc.retry_after)
            return
        except api.InvalidSong as exc:
            yield out.Taken(account)
            yield out.Failed(item.id, exc.message, {"generation_started_at": None})
            return
        except api.AccountProblem as exc:
            if isinstance(exc, api.AccountStateError) and exc.retry_shortly:
                yield out.LaneWaits(account, self.clock.time() + self.config.refresh_wait)
                yield self._put_back(item, f"Account session refreshing ({exc.message}); "
                                     "waiting")
                return
            yield self._put_back(item, None)
            for outcome in self._pause_lane(account, exc, item):
                yield outcome
            return
        except api.Unreachable as exc:
            # Nothing reached the server: the item is as it was, the queue goes offline.
            yield self._put_back(item, None)
            yield out.Offline(exc)
            return
        except api.TransientError as exc:
            if exc.status is not None:
                yield out.Taken(account)  # the server answered: the spacing was fine
            if not exc.maybe_started:
                yield self._retry_later(item, exc.message)
                return
            async for outcome in self._find_after_ambiguous(item, exc):
                yield outcome
            return
        except (asyncio.CancelledError, sqlite3.Error):
            raise
        except Exception as exc:
            # Not one of ours (a bug, an answer nobody foresaw): the call may have been paid
            # for, so look for its video as after a lost answer; never send it again blindly.
            log.error("generate call for %s failed unexpectedly", item.song_id, exc_info=exc)
            async for outcome in self._find_after_ambiguous(item, api.UnreadableSuccess(
                    f"Unexpected error in the generate call: {describe(exc)}")):
                yield outcome
            return
        yield out.Taken(account)
        self.times.append(self.clock.time() - started)
        yield out.Made(item.id, video)

    def _pause_lane(self, key: str | None, exc: api.AccountProblem, item: Item
                    ) -> list[out.Outcome]:
        """Pause the songs of this account; the token refused pauses every account; a song
        whose account is not known: /accounts says which (the scheduler asks)."""
        token = pause_scope(exc, "") is None
        account = None if token else key
        reason = PauseReason(exc.reason, explain(exc, account), account)
        if account is None and not token:
            return [out.OwnerUnknown(item.id, reason)]
        return [out.AccountPaused(reason, account)]

    def _put_back(self, item: Item, note: str | None) -> out.Outcome:
        """Not a failure: the same item goes first again, its attempt not counted."""
        return out.Requeued(item.id, {"attempts": max(0, item.attempts - 1),
                                      "generation_started_at": None, "last_error": note},
                            first=True)

    def _retry_later(self, item: Item, message: str) -> out.Outcome:
        if item.attempts >= self.config.max_attempts:
            return out.Failed(item.id, f"{message} (gave up after {item.attempts} attempts)",
                              {"generation_started_at": None})
        delay = backoff(item.attempts, self.config.backoff_base, self.config.backoff_cap,
                        self.rng)
        return out.Requeued(item.id, {"generation_started_at": None,
                                      "not_before": self.clock.time() + delay,
                                      "last_error": f"{message}; retrying in {delay:.0f} s"})

    async def _find_after_ambiguous(self, item: Item, exc: api.TransientError) -> Outcomes:
        """The call may have reached the server: see whether a video appeared before paying
        again; the item's next state is the last outcome.

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
            yield out.Note(item.id, {"last_error": f"{exc.message}. The call may have been "
                                     "billed: looking the song up for its video before any "
                                     "new call"})
        looked: list[api.GeneratedVideo | None] = []
        async for outcome in self._look_for_video(item, deadline, looked, lambda why: (
                f"{exc.message}. Whether the server made the video is unknown: the song "
                f"cannot be looked up ({why}). No new call was made; Retry looks it up again.")):
            yield outcome
        if not looked:  # paused, or failed: said above
            return
        video = looked[0]
        if video is not None:
            self.times.append(self.clock.time() - started)
            yield out.Made(item.id, video)
        elif generated:
            yield out.Failed(item.id, f"{exc.message}. The server answered 200 (a video was "
                             "made and billed) but the song shows no video. No new call was "
                             "made; Retry looks it up again.", {"generation_started_at": None})
        else:
            yield self._retry_later(item, exc.message)

    async def _look_for_video(self, item: Item, deadline: float,
                              looked: list[api.GeneratedVideo | None],
                              unknown: Callable[[str], str]) -> Outcomes:
        """Look the song up for a video a call may have made: what the look-ups yield on the
        way, then the video (or None) appended to ``looked``; an account problem pauses the
        song, a song that cannot be looked up fails with ``unknown(why)`` (nothing appended)."""
        try:
            async for step in self.lookups.wait_for_video(item, deadline):
                if isinstance(step, Looked):
                    looked.append(step.video)
                else:
                    yield step
        except api.AccountProblem as problem:
            for outcome in self._paused_while_generating(item, problem):
                yield outcome
        except LookupFailed as failed:
            yield out.Failed(item.id, unknown(failed.message), {"generation_started_at": None})

    async def verify_orphan(self, item: Item) -> Outcomes:
        deadline = (item.generation_started_at or self.clock.time()) \
            + self.config.generation_deadline
        wait = max(0.0, deadline - self.clock.time())
        yield out.Note(item.id, {"last_error": "The app stopped during a generation that may "
                                 f"have been billed: looking the song up for its video (up to "
                                 f"{wait:.0f} s) before any new call"})
        looked: list[api.GeneratedVideo | None] = []
        async for outcome in self._look_for_video(item, deadline, looked, lambda why: (
                "The app stopped during generation and the song cannot be looked up "
                f"({why}). No new call was made; Retry looks it up again.")):
            yield outcome
        if not looked:  # paused, or failed: said above
            return
        video = looked[0]
        if video is None:
            log.info("song %s: no video appeared by the deadline; queueing it again",
                     item.song_id)
            yield out.Requeued(item.id, {
                "generation_started_at": None, "checked": True,
                "last_error": "The app stopped during generation and no video appeared; "
                "generating again"})
            return
        yield out.Made(item.id, video)

    def _paused_while_generating(self, item: Item, problem: api.AccountProblem
                                 ) -> list[out.Outcome]:
        """The token or account failed while we looked for a video we may have paid for:
        the item stays "generating" (no new call) and is looked up again on resume."""
        log.info("song %s: look-up refused (%s); checked again on resume", item.song_id,
                 problem.message)
        return self._pause_lane(self.lanes.key_of(item), problem, item)
