"""Whether the API host answers at all: offline is a state of the queue, not of each song.

A connection that cannot even be opened (refused, DNS, connect timeout) reports
:class:`~mureka_desktop.core.api.client.Unreachable`.  The first such report takes the queue
offline: items stay as they are, and one task of the scheduler's probes the API quietly (a
cheap ``GET /accounts``) with jittered exponential back-off until any HTTP answer comes back.
Jobs report what they saw as :class:`~.outcomes.Offline`; the scheduler applies it and, when
the probe answers, :class:`~.outcomes.Online` (no callback into the scheduler).  A 5xx for
one song is not this: that song keeps its own back-off.
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

log = logging.getLogger(__name__)


class Connectivity:
    """Offline or online: the scheduler's state, changed only where the scheduler applies
    :class:`~.outcomes.Offline` and :class:`~.outcomes.Online`.  Jobs get a
    :class:`Reachability` (wait for the API, probe it) and report what they saw as outcomes."""

    def __init__(self, probe: Callable[[], Awaitable[None]], clock: Clock, rng: random.Random,
                 config: SchedulerConfig) -> None:
        self._probe = probe
        self.clock = clock
        self.rng = rng
        self.config = config
        self.offline_since: float | None = None
        self.message = ""
        self._online = asyncio.Event()
        self._online.set()
        self._kick = asyncio.Event()
        self.view = Reachability(self)

    @property
    def offline(self) -> bool:
        return self.offline_since is not None

    def went_offline(self, exc: api.Unreachable) -> bool:
        """A call could not reach the API host: offline from now.  False when it already was
        (the probe task runs)."""
        if self.offline:
            return False
        log.warning("the API is unreachable (%s): pausing until it answers", exc.message)
        self.offline_since = self.clock.time()
        self.message = exc.message
        self._online.clear()
        return True

    def came_online(self) -> None:
        log.info("the API answers again after %.0f s",
                 self.clock.time() - (self.offline_since or self.clock.time()))
        self.offline_since = None
        self.message = ""
        self._online.set()

    def probe_now(self) -> None:
        """Probe at once instead of at the next back-off step (the user pressed Start)."""
        self._kick.set()

    async def wait_online(self) -> None:
        """Return when the API answers again (at once when it does now). Cancelled on
        shutdown like every owned task."""
        await self._online.wait()

    async def unreachable(self) -> api.Unreachable | None:
        """Probe now: what says the API host cannot be reached, or None when it answers."""
        if self.offline:
            return api.Unreachable(self.message)
        try:
            await self._probe()
        except api.Unreachable as exc:
            return exc
        except Exception as exc:  # any other answer means the host is there
            log.info("probe answered with an error (%s): the API is reachable", exc)
        return None

    async def until_online(self) -> None:
        """Probe quietly with jittered back-off; return once the host answers (the scheduler
        then applies :class:`~.outcomes.Online`)."""
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
            return


class Reachability:
    """What a job may do about the API host: wait for it, probe it.  Going offline or
    online is the scheduler's (a job yields :class:`~.outcomes.Offline`)."""

    __slots__ = ("_of",)
    _of: Connectivity

    def __init__(self, connectivity: Connectivity) -> None:
        object.__setattr__(self, "_of", connectivity)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"connectivity is read-only to a job (tried to set {name})")

    @property
    def offline(self) -> bool:
        return self._of.offline

    async def wait_online(self) -> None:
        await self._of.wait_online()

    async def unreachable(self) -> api.Unreachable | None:
        return await self._of.unreachable()
