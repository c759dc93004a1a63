"""The end of a run tells what this run did: nothing to do ends quietly, a second batch
added to the running queue is told when it is done."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from window_tools import activate, wait_for

from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import State
from mureka_desktop.ui.main_window import MainWindow


@pytest.fixture
def told(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []

    def notify(title: str, body: str) -> Any:
        said.append((title, body))

    monkeypatch.setattr(window.notifier, "notify", notify)
    return said


async def test_f5_with_nothing_to_do_sends_no_run_finished(window: MainWindow,
                                                          told: list[tuple[str, str]]):
    window.engine.queue.add(["700000001"])
    await activate(window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    await wait_for(lambda: told, timeout=40)
    assert told[-1][1] == "1 video done."
    await wait_for(lambda: window.acts.start_action.text() == "Start", timeout=2)
    told.clear()
    idle: list[ev.Event] = []
    window.engine.subscribe(lambda e: idle.append(e) if isinstance(e, ev.Idle) else None)
    QTest.keyClick(window, Qt.Key.Key_F5)  # start again: every song is done already
    await wait_for(lambda: idle)  # the run ended at once
    assert window.queue.running and window.acts.start_action.text() == "Start"
    assert told == []  # not "Run finished: 1 video done." for a run that did nothing


async def test_songs_added_to_a_running_queue_are_told_when_done(window: MainWindow,
                                                                told: list[tuple[str, str]]):
    window.engine.queue.add(["700000001"])
    await activate(window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    await wait_for(lambda: told, timeout=40)
    assert told[-1][1] == "1 video done."
    assert window.queue.running  # the queue keeps running, idle
    await wait_for(lambda: window.acts.start_action.text() == "Start", timeout=2)  # the run is over
    window.engine.queue.add(["700000002", "700000003"])
    await wait_for(lambda: window.engine.queue.query.counts()[State.DONE] == 3, timeout=40)
    await wait_for(lambda: len(told) == 2, timeout=10)
    assert told[-1][1] == "2 videos done."  # this batch, not the queue's total


async def test_the_toolbar_says_start_once_a_run_is_through_and_f5_starts_again(
        window: MainWindow, told: list[tuple[str, str]]):
    window.engine.queue.add(["700000001"])
    await activate(window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    await wait_for(lambda: window.acts.start_action.text() == "Pause", timeout=5)
    await wait_for(lambda: told, timeout=40)
    await wait_for(lambda: window.acts.start_action.text() == "Start", timeout=2)
    window.engine.queue.add(["700000002"])  # a song added later runs by itself: Pause again
    await wait_for(lambda: window.acts.start_action.text() == "Pause", timeout=5)
    await wait_for(lambda: window.engine.queue.query.counts()[State.DONE] == 2, timeout=40)
    await wait_for(lambda: window.acts.start_action.text() == "Start", timeout=2)
    QTest.keyClick(window, Qt.Key.Key_F5)  # Start, not a pause of a queue that is through
    assert window.engine.scheduler.running
