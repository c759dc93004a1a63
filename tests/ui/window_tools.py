"""Helpers a UI test calls on the running (qasync) loop: wait for a condition, make a window
the active one, wait for the queue table to show the engine's songs, dispose of a window.

A module of its own name, not ``conftest`` (tests/ui and tests/core each have a conftest.py,
both imported as ``conftest``: a run of both would hand a test the wrong one)."""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent


async def dispose(window: Any) -> None:
    """Shut a window down and delete it now, on the GUI thread (once: later calls pass)."""
    if not shiboken6.isValid(window):
        return
    await window.shutdown()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


async def wait_for(predicate: Any, timeout: float = 30.0) -> None:
    """Wait on the running (qasync) loop until ``predicate()`` holds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


async def activate(window: Any) -> None:
    """Make ``window`` the active window (shortcuts need it), waiting on the running loop."""
    window.activateWindow()
    window.raise_()
    await wait_for(window.isActiveWindow, timeout=5)


async def shown(window: Any, timeout: float = 5.0) -> None:
    """Wait until the queue table shows every song as the engine has it now. The table learns
    of the scheduler's changes from ``SongChanged`` and repaints them together at most every
    100 ms (``QueueModel.mark_dirty``), as in the app: a test waits for that, never reloads."""
    query = window.engine.queue.query
    model = window.model
    await wait_for(lambda: [model.item_at(r) for r in range(model.rowCount())]
                   == query.all_items(), timeout)
