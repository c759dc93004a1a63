"""The app's loop (ui/event_loop.QtLoop) never runs a callback inside another task's step.

A step that makes Qt process its events (``QTest.mouseMove`` does, as do ``processEvents``
and a dialog's ``exec``) used to run the callbacks that came due there; a task's wake-up run
so is refused by asyncio and lost, and the task waited forever (a window's shutdown hung on
its file scan, one test run in four)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


async def _woken_while_a_step_pumps(pump: object) -> asyncio.Task[str]:
    loop = asyncio.get_running_loop()
    answer: asyncio.Future[str] = loop.create_future()

    async def waits() -> str:
        return await answer

    other = asyncio.ensure_future(waits())
    await asyncio.sleep(0.01)  # it waits on the answer now
    answer.set_result("woken")  # its wake-up is due at the loop's next turn...
    pump()  # type: ignore[operator]  # ...and Qt's events are processed inside this step
    return other


async def _outcome(task: asyncio.Task[str]) -> str:
    await asyncio.wait({task}, timeout=5)
    if not task.done():
        # Its wake-up was lost: it would never end, and cancelling it would wait forever
        # (here, and in the loop's clean-up after the test). Ended as a plain future.
        task.get_coro().close()
        asyncio.Future.cancel(task)
        pytest.fail("the woken task never ran again: its wake-up was lost")
    return task.result()


async def test_a_task_woken_while_another_step_processes_qt_events_still_runs(
        qapp: QApplication) -> None:
    other = await _woken_while_a_step_pumps(qapp.processEvents)
    assert await _outcome(other) == "woken"


async def test_a_task_woken_during_a_test_mouse_move_still_runs(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    other = await _woken_while_a_step_pumps(lambda: QTest.mouseMove(widget, QPoint(5, 5)))
    assert await _outcome(other) == "woken"
    assert asyncio.get_running_loop()._timer.deferred >= 1  # type: ignore[attr-defined]
