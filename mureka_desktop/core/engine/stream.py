"""The one event stream the services share: the window and the CLI subscribe once and learn
every change (the user's actions and the scheduler's own work) from here."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from mureka_desktop.core.model import events as ev

log = logging.getLogger(__name__)


class EventStream:
    def __init__(self) -> None:
        self._listeners: list[Callable[[ev.Event], None]] = []
        self._status_due = False

    def subscribe(self, listener: Callable[[ev.Event], None]) -> None:
        self._listeners.append(listener)

    def emit(self, event: ev.Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed")

    def status_changed(self) -> None:
        """The queue's figures changed: one :class:`ev.StatusChanged` for the burst (at the
        loop's next turn; at once when no loop runs)."""
        if self._status_due:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.emit(ev.StatusChanged())
            return
        self._status_due = True
        loop.call_soon(self._emit_status)

    def _emit_status(self) -> None:
        self._status_due = False
        self.emit(ev.StatusChanged())
