"""One broken Mureka account in the real window, fed by the simulator over loopback HTTP:
the toolbar keeps showing a running queue while the healthy accounts work, the status bar
says which account waits and for how many songs, a song added for a healthy account starts
without F5, and F5 never calls the broken account (/accounts said it is broken)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import FakeKeyring, ServerThread
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_accounts_window import open_on
from window_tools import activate, wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.simulator import SimConfig, Simulator, build_app

ACCOUNTS = ["111", "222", "333"]


@pytest.fixture
def simulator() -> Iterator[tuple[ServerThread, Simulator]]:
    app, sim = build_app(SimConfig(accounts=list(ACCOUNTS), generation_time=0.3,
                                   generation_jitter=0.0,
                                   broken_accounts={"222": "REFRESH_FAILED"}))
    with ServerThread(app) as server:
        sim.config.media_base = f"http://localhost:{server.port}"
        yield server, sim


def calls_to(sim: Simulator, account: str) -> int:
    return sum(1 for c in sim.calls if c["kind"] == "generate" and c["account"] == account)


async def test_f5_with_one_broken_account_runs_the_others_and_never_calls_it(
        simulator: tuple[ServerThread, Simulator], open_window: Any, tmp_path: Any,
        keyring_backend: FakeKeyring):
    server, sim = simulator
    window = open_on(open_window, tmp_path, keyring_backend, f"{server.url}/v1/mureka")
    # Bare numbers: the simulator deals them round the accounts (n % 3); 222's look-ups 596.
    window.engine.queue.add([str(700000000 + i) for i in range(1, 7)])
    await activate(window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    await wait_for(lambda: window.engine.queue.query.counts()[State.DONE] == 4, timeout=30)
    await wait_for(lambda: window.status_panel.next_call.text() ==
                   "Running · account 222 paused (2 songs)", timeout=5)
    assert window.acts.start_action.text() == "Pause"  # not the whole queue paused
    assert window.engine.scheduler.running
    # A song for a healthy account, added now: it starts with no F5.
    window.engine.queue.add(["user:777-mureka:111-song:4242"])
    await wait_for(lambda: window.engine.queue.query.counts()[State.DONE] == 5, timeout=15)
    # F5 (pause), F5 (start): /accounts first, the broken account is not called.
    for _ in range(2):
        QTest.keyClick(window, Qt.Key.Key_F5)
        await wait_for(lambda: not window.engine.scheduler.is_idle() or True, timeout=1)
    await wait_for(lambda: window.engine.scheduler.is_idle(), timeout=10)
    assert calls_to(sim, "222") == 0
    assert window.acts.start_action.text() == "Pause"
