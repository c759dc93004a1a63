"""The asyncio loop on Qt's event loop (qasync), made to keep asyncio's promise that a task
always runs with its loop set as the running one."""

from __future__ import annotations

import asyncio
from typing import Any

import qasync
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication


class QtLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync's loop, except for the pass over Qt's events that its run_until_complete makes
    "one last time" after a run: qasync makes it with no running loop, so a task stepped there
    (a load started just before, a gather's children) finds no loop and fails. That pass comes
    after every run: at the end of the app, after a QApplication.quit() from a session ending
    (the loop is run again for the orderly shutdown), and after every fixture and test that
    pytest-asyncio runs. Here it runs with this loop set as the running one."""

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
