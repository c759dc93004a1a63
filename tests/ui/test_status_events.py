"""The status bar follows the engine's StatusChanged events: no 250 ms poll of the scheduler
(a SQL count four times a second), and no timer at all while the queue has nothing to do."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QTimer
from songs import queue_songs

from mureka_desktop.core.model import events as ev
from mureka_desktop.ui.main_window import MainWindow


def timers(window: MainWindow) -> list[QTimer]:
    return window.findChildren(QTimer)


async def turns(n: int = 5) -> None:
    """A few turns of the loop (a status event comes at the next one), no timer's worth."""
    for _ in range(n):
        await asyncio.sleep(0)


async def test_the_status_bar_follows_the_scheduler_without_a_timer(window: MainWindow):
    assert not any(t.interval() == 250 for t in timers(window))  # the old poll is gone
    engine, scheduler = window.engine, window.engine.scheduler
    assert window.status_panel.counts.text() == "0 done · 0 failed · 0 queued"
    ids = [i.id for i in queue_songs(engine, ["101", "102", "103"])]
    await turns()
    assert window.status_panel.counts.text() == "0 done · 0 failed · 3 queued"
    # Only the scheduler acts now (not a user action).
    scheduler.cancel(ids[:1])
    for _ in range(5):
        await asyncio.sleep(0)
    assert window.status_panel.counts.text() == "0 done · 0 failed · 2 queued"
    # idle (the queue is not running): the status bar's live timer does not run
    assert not window._live.isActive()


async def test_a_burst_of_changes_is_one_status_event(window: MainWindow):
    items = queue_songs(window.engine, [str(n) for n in range(200, 210)])
    await turns()  # the add's own status event has come
    seen: list[ev.Event] = []
    window.engine.subscribe(seen.append)
    window.engine.scheduler.cancel([i.id for i in items])
    assert sum(isinstance(e, ev.SongChanged) for e in seen) == 10
    assert not any(isinstance(e, ev.StatusChanged) for e in seen)  # at the loop's next turn
    for _ in range(5):
        await asyncio.sleep(0)
    assert sum(isinstance(e, ev.StatusChanged) for e in seen) == 1


async def test_accounts_listed_late_is_said_in_the_status_bar(window: MainWindow):
    """/accounts not answering in time at a start: the scheduler goes on and the window says
    so (the engine forwards the scheduler's notice as an event; it was dropped before)."""
    from mureka_desktop.core.queue.outcomes import ListingLate

    seen: list[ev.Event] = []
    window.engine.subscribe(seen.append)
    window.engine.scheduler.dispatch.roster_ready = False  # a start still waiting on it
    window.engine.scheduler.apply(ListingLate())
    assert [type(e) for e in seen if isinstance(e, ev.Notice)] == [ev.Notice]
    assert window.statusBar().currentMessage() == (
        "useapi.net did not list the accounts in time; going on with what is known.")
