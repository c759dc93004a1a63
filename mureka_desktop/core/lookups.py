"""Song look-ups (``GET /music/{id}``): the free checks that save credits.

Before paying for a generation a song is looked up: an existing video is downloaded instead,
a V9.5 song is refused with no call.  After an ambiguous failure or a crash the same look-up
tells whether a generation we may have paid for produced a video.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from mureka_desktop.core import api
from mureka_desktop.core.clock import Clock
from mureka_desktop.core.config import SchedulerConfig
from mureka_desktop.core.pacing import Pacer
from mureka_desktop.core.store import Item, State, Store

if TYPE_CHECKING:
    from mureka_desktop.core.scheduler import Api

log = logging.getLogger(__name__)


class Lookups:
    def __init__(self, client: Callable[[], Api], store: Store, pacer: Pacer, clock: Clock,
                 config: SchedulerConfig, *, change: Callable[..., Item],
                 found: Callable[[Item], None]) -> None:
        self._client = client
        self.store = store
        self.pacer = pacer
        self.clock = clock
        self.config = config
        self._change = change
        self._found = found

    async def get(self, song_id: str) -> api.SongInfo:
        """GET /music/{id}, through the pacer once we know look-ups share the 3 s limit
        (the docs do not say; a 9008 on a look-up teaches us)."""
        for _ in range(3):
            if self.pacer.lookups_share_limit:
                while (wait := self.pacer.wait_time(self.clock.time())) > 0:
                    await self.clock.sleep(wait)
                self.pacer.mark_call(self.clock.time())
            try:
                return await self._client().get_song(song_id)
            except api.RateLimited as exc:
                log.info("look-ups share the rate limit: spacing them like generate calls")
                self.pacer.learn_lookups_share_limit()
                self.pacer.rate_limited(self.clock.time(), exc.retry_after)
        raise api.TransientError("Look-up kept being rate limited", maybe_started=False)

    async def check(self, item: Item) -> None:
        """The reuse check before a song is generated."""
        item = self._change(item.id, state=State.CHECKING)
        try:
            info = await self.get(item.song_id)
        except api.InvalidSong as exc:
            self._change(item.id, state=State.FAILED, last_error=exc.message, checked=True)
            return
        except api.ApiError as exc:
            log.info("look-up of %s failed (%s): generating as usual", item.song_id, exc.message)
            self._change(item.id, state=State.QUEUED, checked=True)
            return
        except asyncio.CancelledError:
            if (current := self.store.get(item.id)) and current.state == State.CHECKING:
                self.store.update(item.id, state=State.QUEUED)
            raise
        title, model = info.title, info.version
        if info.video is not None:
            log.info("song %s already has video %s: downloading it", item.song_id,
                     info.video.video_id)
            self._found(self._change(item.id, state=State.DOWNLOADING, checked=True,
                                     title=title, model=model, video_id=info.video.video_id,
                                     video_url=info.video.video_url,
                                     cover_url=info.video.video_cover_url))
        elif info.refuses_video:
            self._change(item.id, state=State.FAILED, checked=True, title=title, model=model,
                         last_error=f"Made with model {model}: the API makes videos only for "
                         "V9, V8, O2, V7.6, V7.5 and edited songs. No call was made.")
        else:
            self._change(item.id, state=State.QUEUED, checked=True, title=title, model=model)

    async def wait_for_video(self, item: Item, deadline: float) -> api.Video | None:
        """Look the song up until a video we have not seen before appears, or ``deadline``."""
        while True:
            try:
                info = await self.get(item.song_id)
            except api.ApiError as exc:
                log.info("look-up of %s failed: %s", item.song_id, exc.message)
            else:
                if info.video is not None and info.video.video_id != item.prev_video_id:
                    return info.video
            if self.clock.time() >= deadline:
                return None
            await self.clock.sleep(min(self.config.orphan_poll,
                                       max(0.0, deadline - self.clock.time()) + 0.01))
