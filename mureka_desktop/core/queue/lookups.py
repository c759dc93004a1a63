"""Song look-ups (``GET /music/{id}``): the free checks that save credits.

Before paying for a generation a song is looked up: an existing video is downloaded instead,
a V9.5 song is refused with no call.  After an ambiguous failure or a crash the same look-up
tells whether a generation we may have paid for produced a video.

A song whose look-up failed is never generated "as usual": it waits (per-song back-off, or the
whole queue offline) until a look-up succeeds, so the reuse check that saves credits is never
skipped.
"""

from __future__ import annotations

import logging
import random
import sqlite3
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from mureka_desktop.core.accounts.lanes import LanesView, song_account
from mureka_desktop.core.accounts.pacing import backoff
from mureka_desktop.core.api import client as api
from mureka_desktop.core.api.protocol import Api
from mureka_desktop.core.ids.parse import song_number
from mureka_desktop.core.model.config import PauseReason, SchedulerConfig
from mureka_desktop.core.model.items import Item
from mureka_desktop.core.queue.connectivity import Reachability
from mureka_desktop.core.queue.events import explain, pause_scope
from mureka_desktop.core.queue.outcomes import (
    AccountPaused,
    Failed,
    Found,
    LookupSent,
    LookupsShareLimit,
    Lyrics,
    Offline,
    Outcome,
    OwnerUnknown,
    Requeued,
    Routed,
    Taken,
    TooFrequent,
)
from mureka_desktop.core.runtime.clock import Clock

log = logging.getLogger(__name__)

LOOKUP_FAILED = "Look-up failed"  # how a song's look-up failure note begins


class LookupFailed(Exception):
    """The song could not be looked up, again and again: whether a video exists is unknown."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Looked:
    """What :meth:`Lookups.wait_for_video` found: a new video, or None by the deadline."""

    video: api.GeneratedVideo | None


class Lookups:
    def __init__(self, client: Callable[[], Api], lanes: LanesView, clock: Clock,
                 config: SchedulerConfig, online: Reachability,
                 rng: random.Random) -> None:
        self._client = client
        self.lanes = lanes
        self.clock = clock
        self.config = config
        self.online = online
        self.rng = rng
        self._failures: dict[int, int] = {}

    async def get(self, song_id: str, answer: list[api.SongInfo]) -> AsyncIterator[Outcome]:
        """GET /music/{id}, through the pacer once we know look-ups share the 3 s limit
        (the docs do not say; a 9008 on a look-up teaches us).  Yields what the lanes must
        learn (the scheduler applies each before the look-up goes on); the answer, once it
        came, is put in ``answer``."""
        account = song_account(song_id)
        for _ in range(3):
            sent = self.clock.time()
            if self.lanes.lookups_share_limit:
                while (wait := self.lanes.wait_time(account, self.clock.time())) > 0:
                    await self.clock.sleep(wait)
                sent = self.clock.time()
                yield LookupSent(account, sent)
            try:
                info = await self._client().get_song(song_id)
            except api.RateLimited as exc:
                log.info("look-ups share the rate limit: spacing them like generate calls")
                yield LookupsShareLimit()
                yield TooFrequent(account, sent, exc.retry_after)
                continue
            if self.lanes.lookups_share_limit:
                yield Taken(account)
            answer.append(info)
            return
        raise api.TransientError("Look-up kept being rate limited", maybe_started=False)

    async def check(self, item: Item, route_only: bool = False) -> AsyncIterator[Outcome]:
        """The reuse check before a song is generated (the scheduler has marked it
        "checking"); what it found, for the scheduler to apply.  ``route_only``: only learn
        the song's account (a bare number, or an id naming an account the token does not
        have), no reuse."""
        answer: list[api.SongInfo] = []
        try:
            async for step in self.get(item.song_id, answer):
                yield step
        except api.InvalidSong as exc:
            self._failures.pop(item.id, None)
            yield Failed(item.id, exc.message, {"checked": True})
            return
        except api.Unreachable as exc:
            # Not this song's fault: it stays as it was while the queue waits offline.
            yield Requeued(item.id)
            yield Offline(exc)
            return
        except api.AccountProblem as exc:
            for outcome in self._refused(item, exc):
                yield outcome
            return
        except api.ApiError as exc:
            yield self._lookup_failed(item, exc.message)
            return
        for outcome in self._found(item, answer[0], route_only):
            yield outcome

    def _refused(self, item: Item, exc: api.AccountProblem) -> list[Outcome]:
        if _retry_shortly(exc):
            return [self._lookup_failed(item, exc.message)]
        # The token or the account, not this song: its account waits for the user.  A
        # song whose account is not known waits a little while /accounts (free) says
        # which account is broken; the token refused pauses everything.
        token = pause_scope(exc, "") is None
        account = None if token else self.lanes.key_of(item)
        reason = PauseReason(exc.reason, explain(exc, account), account)
        if not token and account is None:
            return [Requeued(item.id, {"not_before": self.clock.time() +
                                       self.config.refresh_wait}),
                    OwnerUnknown(item.id, reason)]
        return [Requeued(item.id), AccountPaused(reason, account)]

    def _found(self, item: Item, info: api.SongInfo, route_only: bool) -> list[Outcome]:
        failed_before = self._failures.pop(item.id, None)
        routed, told = self._resolve_account(item, info)
        told = {"title": info.title, "model": info.version, **told}
        if failed_before or (item.last_error or "").startswith(LOOKUP_FAILED):
            # the look-up succeeded: its earlier failure is no longer the song's news
            told["last_error"] = None
        # shown and searched in the library, for every version of the song
        lyrics: list[Outcome] = [Lyrics(item.song_number, info.lyrics)] if info.lyrics else []
        if route_only:
            return [routed, *lyrics, Requeued(item.id, told)]
        told["checked"] = True
        if info.video is not None:
            log.info("song %s already has video %s: downloading it", item.song_id,
                     info.video.video_id)
            return [routed, *lyrics, Found(item.id, info.video, told)]
        if info.refuses_video:
            told.pop("last_error", None)  # the failure says why
            return [routed, *lyrics, Failed(
                item.id, f"Made with model {info.version}: the API makes videos only for V9, "
                "V8, O2, V7.6, V7.5 and edited songs. No call was made.", told)]
        return [routed, *lyrics, Requeued(item.id, told)]

    def _resolve_account(self, item: Item, info: api.SongInfo
                         ) -> tuple[Routed, dict[str, Any]]:
        """The look-up names the song's owner: a bare number learns its account, and an id
        naming another account (one the token may not have) is corrected.  The string form
        the look-up gave is stored (the fields returned), routes the item to its account's
        lane and is what generate sends."""
        owner = song_account(info.song_id)
        if owner is None or song_number(info.song_id) != item.song_number \
                or owner == song_account(item.song_id):
            return Routed(item.id), {}
        log.info("song %s belongs to Mureka account %s", item.song_number, owner)
        return Routed(item.id, forget_owner=True), {"song_id": song_number_form(info.song_id)}

    def _lookup_failed(self, item: Item, message: str) -> Outcome:
        """This song's look-up failed: try it again later; never generate without it."""
        failures = self._failures.get(item.id, 0) + 1
        self._failures[item.id] = failures
        log.info("look-up of %s failed (%s), %d time(s)", item.song_id, message, failures)
        if failures >= self.config.max_attempts:
            del self._failures[item.id]
            return Failed(item.id, f"The song could not be looked up ({message}; gave up "
                          f"after {failures} attempts). No call was made; Retry to try again.")
        delay = backoff(failures, self.config.backoff_base, self.config.backoff_cap, self.rng)
        return Requeued(item.id, {
            "not_before": self.clock.time() + delay,
            "last_error": f"{LOOKUP_FAILED} ({message}); trying it again in "
                          f"{seconds(delay)} s before any paid call"})

    async def wait_for_video(self, item: Item, deadline: float
                             ) -> AsyncIterator[Outcome | Looked]:
        """Look the song up until a video we have not seen before appears; yields what the
        scheduler must apply on the way, then :class:`Looked`.

        Its video is None only when a look-up that *succeeded* at or after ``deadline`` shows
        no new video.  While the API is unreachable it waits for it (the queue is offline); a
        song whose look-up keeps failing past the deadline raises :class:`LookupFailed`; an
        account problem (token rejected, credits, account state) is raised as is: the caller
        pauses.
        """
        failures = 0
        while True:
            answer: list[api.SongInfo] = []
            try:
                async for step in self.get(item.song_id, answer):
                    yield step
            except api.Unreachable as exc:
                yield Offline(exc)
                await self.online.wait_online()
                continue
            except api.AccountProblem as exc:
                if not _retry_shortly(exc):
                    raise
                failures += 1
                if self.clock.time() >= deadline and failures >= self.config.max_attempts:
                    raise LookupFailed(exc.message) from None
            except sqlite3.Error:
                raise
            except Exception as exc:  # an ApiError, or an answer we could not read
                failures += 1
                message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
                log.info("look-up of %s failed: %s", item.song_id, message)
                if self.clock.time() >= deadline and failures >= self.config.max_attempts:
                    raise LookupFailed(message) from None
            if answer:
                if (video := answer[0].video) is not None and \
                        video.video_id != item.prev_video_id:
                    yield Looked(video)
                    return
                if self.clock.time() >= deadline:
                    yield Looked(None)
                    return
            left = deadline - self.clock.time()
            await self.clock.sleep(self.config.orphan_poll if left <= 0
                                   else min(self.config.orphan_poll, left + 0.01))


def seconds(delay: float) -> str:
    """A delay as a message says it: to the tenth of a second, so that what is said is
    when it happens (3.4 s was said "3 s")."""
    return f"{delay:.1f}".removesuffix(".0")


def song_number_form(song_id: str) -> str:
    """The string id as stored (lower case, as the parser keeps it)."""
    return song_id.strip().lower()


def _retry_shortly(exc: api.AccountProblem) -> bool:
    return isinstance(exc, api.AccountStateError) and exc.retry_shortly
