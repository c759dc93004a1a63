"""Owned background tasks: strong references, failures logged, cancelled on shutdown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskOwner:
    """Keeps every task it starts until it ends (as FeelUOwn's ``utils/aio.py`` does)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._tasks: set[asyncio.Task[Any]] = set()
        self._named: dict[str, asyncio.Task[Any]] = {}

    def spawn(self, coro: Coroutine[Any, Any, T], name: str | None = None) -> asyncio.Task[T]:
        try:
            task = asyncio.ensure_future(coro)
        except RuntimeError:  # no event loop: the coroutine never runs, and is not left
            coro.close()      # behind unawaited
            raise
        if name:
            task.set_name(f"{self.name}:{name}")
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def replace(self, key: str, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        """Start ``coro`` under ``key``, cancelling the previous task of that key."""
        old = self._named.pop(key, None)
        if old is not None:
            old.cancel()
        task = self.spawn(coro, name=key)
        self._named[key] = task
        return task

    def running(self, key: str) -> bool:
        """A task started under ``key`` has not ended yet."""
        task = self._named.get(key)
        return task is not None and not task.done()

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("background task %s failed", task.get_name(), exc_info=exc)

    def __len__(self) -> int:
        return len(self._tasks)

    async def close(self) -> None:
        """Cancel every task and wait for all of them to finish."""
        while self._tasks:
            tasks = list(self._tasks)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for task in tasks:
                self._tasks.discard(task)
