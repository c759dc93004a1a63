"""The asyncio loop on Qt's event loop (qasync), made to keep two of asyncio's promises: a task
always runs with its loop set as the running one, and a callback never runs inside another
task's step."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import qasync
from PySide6.QtCore import QEventLoop, QTimerEvent
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


class _Callbacks(qasync._SimpleTimer):  # type: ignore[misc]
    """qasync's callbacks (each a Qt timer), never run while a task's step is under way.

    Qt processes its events inside a step when the step calls something that runs a nested
    event loop (``QTest.mouseMove``, ``processEvents``, a dialog's ``exec``). qasync would
    run the callbacks that come due there, but asyncio cannot enter a task while another
    one runs: a task's wake-up run there fails ("Cannot enter into task ...") and is gone,
    and that task waits forever (a window's shutdown waited on its file scan that way, one
    test run in four). Such a callback is put back, due at once: it runs when the step
    that processed the events has ended, as asyncio's own loop would run it."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self.deferred = 0  # callbacks put back so (for the tests)

    def timerEvent(self, event: QTimerEvent) -> None:  # noqa: N802 (Qt's name)
        if asyncio.current_task(self._loop) is None:
            super().timerEvent(event)
            return
        callbacks = self._SimpleTimer__callbacks
        handle = callbacks.pop(event.timerId(), None)
        self.killTimer(event.timerId())
        if handle is not None:
            self.deferred += 1
            if self.deferred == 1:
                log.debug("Qt's events processed inside a task's step: callbacks wait for it")
            callbacks[self.startTimer(0)] = handle


class QtLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's loop, with two changes.

    - Callbacks never run inside another task's step (:class:`_Callbacks`).
    - The pass over Qt's events that its run_until_complete makes "one last time" after a
      run: qasync makes it with no running loop, so a task stepped there (a load started just
      before, a gather's children) finds no loop and fails. That pass comes after every run:
      at the end of the app, after a QApplication.quit() from a session ending (the loop is
      run again for the orderly shutdown), and after every fixture and test that
      pytest-asyncio runs. Here it runs with this loop set as the running one."""

    def __init__(self, app: QApplication | None = None, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self._timer = _Callbacks(self)

    def run_until_complete(self, future: Any) -> Any:
        if self.is_running():
            raise RuntimeError("Event loop already running")
        future = asyncio.ensure_future(future, loop=self)

        def stop(_: object) -> None:
            self.stop()

        future.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(stop)
        asyncio.events._set_running_loop(self)
        try:
            QApplication.instance().eventDispatcher().processEvents(  # type: ignore[union-attr]
                QEventLoop.ProcessEventsFlag.AllEvents)
        finally:
            asyncio.events._set_running_loop(None)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()
