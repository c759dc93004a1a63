"""The status bar with several Mureka accounts: slots per account, a paused one named."""

from __future__ import annotations

from mureka_desktop.core.accounts.lanes import LaneStatus
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.events import Status
from mureka_desktop.ui.main_window import MainWindow


def status(lanes: tuple[LaneStatus, ...]) -> Status:
    return Status(running=True, paused=None, in_flight=sum(x.in_flight for x in lanes),
                  window=30, concurrency=30, next_call_in=0.0,
                  counts=dict.fromkeys(State, 0) | {State.QUEUED: 5}, eta_seconds=60.0,
                  downloads=0, lanes=lanes)


LANES = (LaneStatus("111", 10, 10, None), LaneStatus("222", 7, 10, None),
         LaneStatus("333", 0, 10, PauseReason("account", "broken", "333")))


async def test_slots_per_account(window: MainWindow, monkeypatch):
    monkeypatch.setattr(window.engine.scheduler, "status", lambda: status(LANES))
    window.accounts_dock.hide()  # the status bar alone says each account's slots
    window.refresh_status()
    assert window.status_panel.slots.text() == \
        "Generating 17: 111 10/10 · 222 7/10 · 333 paused"


async def test_with_the_accounts_panel_shown_the_status_bar_says_the_total(
        window: MainWindow, monkeypatch):
    """The accounts panel shows each account's slots; the status bar keeps to the total and
    names the paused accounts (it fits a 900 px window, with room for messages)."""
    monkeypatch.setattr(window.engine.scheduler, "status", lambda: status(LANES))
    assert window.accounts_dock.isVisible()
    window.refresh_status()
    assert window.status_panel.slots.text() == "Generating 17/30 · paused: 333"


async def test_one_account_reads_as_before(window: MainWindow):
    window.status_panel.update(status((LaneStatus(None, 4, 10, None),)))
    assert window.status_panel.slots.text() == "Generating 4/30"
