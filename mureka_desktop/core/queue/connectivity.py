"""Whether the API host answers at all: offline is a state of the queue, not of each song.

A connection that cannot even be opened (refused, DNS, connect timeout) reports
:class:`~mureka_desktop.core.api.client.Unreachable`.  The first such report takes the queue
offline:
items stay as they are, and one owned task probes the API quietly (a cheap ``GET /accounts``)
with jittered exponential back-off until any HTTP answer comes back.  A 5xx for one song is
not this: that song keeps its own back-off.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable

from mureka_desktop.core.accounts.pacing import backoff
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.config import SchedulerConfig
from mureka_desktop.core.runtime.clock import Clock
from mureka_desktop.core.runtime.tasks import TaskOwner

log = logging.getLogger(__name__)


class Connectivity:
    def __init__(self, probe: Callable[[], Awaitable[None]], clock: Clock, rng: random.Random,
                 config: SchedulerConfig, tasks: TaskOwner, *,
                 changed: Callable[[bool], None]) -> None:
        self._probe = probe
        self.clock = clock
        self.rng = rng
        self.config = config
        self.tasks = tasks
        self._changed = changed
        self.offline_since: float | None = None
        self.message = ""
        self._online = asyncio.Event()
        self._online.set()
        self._kick = asyncio.Event()

    @property
    def offline(self) -> bool:
        return self.offline_since is not None

    def report(self, exc: api.Unreachable) -> None:
        """A call could not reach the API host: go offline (once) and start probing."""
        if self.offline:
            return
        log.warning("the API is unreachable (%s): pausing until it answers", exc.message)
        self.offline_since = self.clock.time()
        self.message = exc.message
        self._online.clear()
        self.tasks.replace("probe", self._probe_loop())
        self._changed(False)

    def probe_now(self) -> None:
        """Probe at once instead of at the next back-off step (the user pressed Start)."""
        self._kick.set()

    async def wait_online(self) -> None:
        """Return when the API answers again (at once when it does now). Cancelled on
        shutdown like every owned task."""
        await self._online.wait()

    async def reachable(self) -> bool:
        """Probe now: False (and offline) when the API host cannot be reached. A download
        that broke off asks this before counting the failure against its song."""
        if self.offline:
            return False
        try:
            await self._probe()
        except api.Unreachable as exc:
            self.report(exc)
            return False
        except Exception as exc:  # any other answer means the host is there
            log.info("probe answered with an error (%s): the API is reachable", exc)
        return True

    async def _probe_loop(self) -> None:
        attempt = 0
        while True:
            attempt += 1
            self._kick.clear()
            await self.clock.wait_event(self._kick, backoff(
                attempt, self.config.probe_base, self.config.probe_cap, self.rng))
            try:
                await self._probe()
            except api.Unreachable as exc:
                log.debug("probe %d: still unreachable (%s)", attempt, exc.message)
                continue
            except Exception as exc:
                log.warning("probe %d failed unexpectedly (%s: %s): still offline", attempt,
                            type(exc).__name__, exc)
                continue
            break
        log.info("the API answers again after %.0f s",
                 self.clock.time() - (self.offline_since or self.clock.time()))
        self.offline_since = None
        self.message = ""
        self._online.set()
        self._changed(True)
