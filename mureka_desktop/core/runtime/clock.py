"""Injectable time: the scheduler never calls time.time() or asyncio.sleep() directly."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time


class Clock:
    """Wall-clock seconds and sleeping, on the running asyncio loop."""

    def time(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))

    async def wait_event(self, event: asyncio.Event, timeout: float | None) -> bool:
        """Wait until ``event`` is set or ``timeout`` seconds pass; True when the event fired."""
        if event.is_set():
            return True
        if timeout is None:
            await event.wait()
            return True
        waiter = asyncio.ensure_future(event.wait())
        sleeper = asyncio.ensure_future(self.sleep(timeout))
        try:
            await asyncio.wait({waiter, sleeper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()
            sleeper.cancel()
        return event.is_set()


class FakeClock(Clock):
    """Virtual time for tests: time moves only when :meth:`advance` is called."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self._now = start
        self._timers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()

    def time(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._timers, (self._now + seconds, next(self._seq), fut))
        await fut

    async def settle(self, rounds: int = 30) -> None:
        """Let every task that can run do so before time moves on."""
        for _ in range(rounds):
            await asyncio.sleep(0)

    async def advance(self, seconds: float, step: float = 0.05) -> None:
        """Move time forward, waking sleepers in order and letting them run in between."""
        end = self._now + seconds
        await self.settle()
        while True:
            while self._timers and self._timers[0][2].done():
                heapq.heappop(self._timers)
            next_due = self._timers[0][0] if self._timers else None
            target = min(end, self._now + step) if next_due is None else min(end, next_due)
            self._now = max(self._now, target)
            while self._timers and self._timers[0][0] <= self._now:
                _, _, fut = heapq.heappop(self._timers)
                if not fut.done():
                    fut.set_result(None)
            await self.settle()
            if self._now >= end:
                return
