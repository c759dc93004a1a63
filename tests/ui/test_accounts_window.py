"""The accounts in the real window, fed by the simulator over loopback HTTP: three accounts,
one broken; loaded on start, on Ctrl+R and when an account error arrives; no token and no
network said plainly; the learned spacing reset from Settings; no secret anywhere."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import FakeKeyring, ServerThread
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from window_tools import activate, wait_for

from mureka_desktop.app import build_engine
from mureka_desktop.core.accounts.lanes import SCOPE_KEY, LaneStatus
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.accounts import AccountInfo, AccountsSnapshot
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.events import Status, explain
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import SERVICE, TokenStore
from mureka_desktop.core.settings.values import Settings
from mureka_desktop.core.storage.store import Store
from mureka_desktop.simulator import SimConfig, Simulator, build_app
from mureka_desktop.simulator.app import DEMO_TOKEN
from mureka_desktop.ui.accounts_panel import (
    COL_CALLS,
    COL_CREDITS,
    COL_HEALTH,
    COL_SESSION,
    COL_SLOTS,
    COL_VIDEOS,
    AccountRole,
)
from mureka_desktop.ui.accounts_view import AccountsSettings
from mureka_desktop.ui.main_window import MainWindow

ACCOUNTS = ["111", "222", "333"]


@pytest.fixture
def simulator() -> Iterator[tuple[ServerThread, Simulator]]:
    app, sim = build_app(SimConfig(accounts=list(ACCOUNTS), generation_time=0.3,
                                   generation_jitter=0.0, account_credits={"333": 40}))
    with ServerThread(app) as server:
        sim.config.media_base = f"http://localhost:{server.port}"
        yield server, sim


def open_on(open_window: Any, tmp_path: Path, keyring_backend: FakeKeyring,
            base: str, token: str | None = DEMO_TOKEN) -> MainWindow:
    if token:
        keyring_backend.passwords[(SERVICE, "useapi-token")] = token
    engine = build_engine(AppPaths.resolve(tmp_path / "home"), require_token=False,
                          tokens=TokenStore(keyring_backend),
                          settings=Settings(api_base=base, output_dir=str(tmp_path / "out")))
    window: MainWindow = open_window(engine)
    return window


@pytest.fixture
def on_simulator(simulator: tuple[ServerThread, Simulator], open_window: Any, tmp_path: Path,
                 keyring_backend: FakeKeyring) -> Callable[[], MainWindow]:
    """Opens the window on the simulator's server, the demo token saved."""
    server, _ = simulator
    return lambda: open_on(open_window, tmp_path, keyring_backend, f"{server.url}/v1/mureka")


def cells(window: MainWindow, column: int) -> list[str]:
    model = window.accounts.model
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def every_text(root: QWidget) -> str:
    """What the window shows a user: labels, buttons, tooltips, and every model cell."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
    model = root.accounts.model  # type: ignore[attr-defined]
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                parts.append(str(model.data(model.index(r, c), role)))
    return "\n".join(parts)


async def test_the_window_shows_each_account_from_the_simulator_and_no_secret(
        simulator: tuple[ServerThread, Simulator], on_simulator: Callable[[], MainWindow],
        tmp_path: Path):
    _, sim = simulator
    sim.config.broken_accounts["222"] = "REFRESH_FAILED"
    window = on_simulator()
    # Loaded on start, without anyone asking.
    await wait_for(lambda: window.accounts.model.rowCount() == 3, timeout=10)
    assert window.accounts_dock.isVisible()
    assert cells(window, 0) == ACCOUNTS
    health = cells(window, COL_HEALTH)
    assert health[0] == "OK" and health[2] == "OK"
    assert health[1].startswith("Needs attention: Session refresh failed (REFRESH_FAILED)")
    assert cells(window, COL_CREDITS) == ["9,999", "9,999", "40"]
    assert cells(window, COL_SESSION)[0] == "3 d · auto-refresh"
    summary = window.accounts_dock.summary.text()
    assert summary.startswith("Needs attention: 222 · Updated ")
    # A run: the slots fill, then today's calls and videos count per account.
    window.engine.queue.add([f"user:777-mureka:{a}-song:{4000 + 10 * k + i}" for i in range(2)
                       for k, a in enumerate(ACCOUNTS)])
    window.commands.start()
    await wait_for(lambda: "1/10" in cells(window, COL_SLOTS), timeout=10)
    await wait_for(lambda: window.engine.queue.query.counts()[State.DONE] == 4, timeout=30)
    await wait_for(lambda: cells(window, COL_VIDEOS) == ["2", "0", "2"], timeout=5)
    calls = cells(window, COL_CALLS)  # 111 and 333: 2 (3 when load delays a call: 9008)
    assert calls[1] == "0" and {calls[0], calls[2]} <= {"2", "3"}  # 222: never called
    assert cells(window, COL_SLOTS)[1] == "paused"
    # The banner: one account waits, not the queue.
    assert window.banner.message.text().startswith(
        "<b>Account paused.</b> Mureka account 222: The Mureka account needs attention")
    # /accounts sent a masked token and a session cookie for each account: they are kept,
    # logged and shown nowhere (widgets, model, database, settings, logs, window state).
    window.save_state()
    assert "SECRET" not in every_text(window)
    home = tmp_path / "home"
    files = [p for p in home.rglob("*") if p.is_file()]
    assert files and not [p for p in files if b"SECRET" in p.read_bytes()]


async def test_an_account_error_reloads_the_accounts_by_itself(
        simulator: tuple[ServerThread, Simulator], on_simulator: Callable[[], MainWindow]):
    _, sim = simulator
    window = on_simulator()
    await wait_for(lambda: cells(window, COL_HEALTH) == ["OK"] * 3, timeout=10)
    loads = window.engine.accounts.snapshot.loads
    # The account breaks after the panel was loaded; its next call answers 596.
    sim.config.broken_accounts["222"] = "SESSION_EXPIRED"
    window.engine.queue.add(["user:777-mureka:222-song:5001"])
    window.commands.start()
    await wait_for(lambda: window.engine.accounts.snapshot.loads > loads, timeout=10)
    await wait_for(lambda: not window.engine.accounts.snapshot.loading, timeout=10)
    info = window.accounts.model.data(window.accounts.model.index(1, 0), AccountRole)
    assert info.account == "222" and "SESSION_EXPIRED" in (info.error or "")
    assert window.accounts_dock.summary.text().startswith("Needs attention: 222")


async def test_ctrl_r_refreshes_the_accounts(
        simulator: tuple[ServerThread, Simulator], on_simulator: Callable[[], MainWindow]):
    _, sim = simulator
    window = on_simulator()
    await wait_for(lambda: cells(window, COL_CREDITS) == ["9,999", "9,999", "40"], timeout=10)
    sim.config.account_credits["333"] = 39  # spent elsewhere
    await activate(window)
    window.table.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier)
    await wait_for(lambda: cells(window, COL_CREDITS)[2] == "39", timeout=10)


async def test_no_token_and_no_network_are_said_in_the_panel_without_a_modal(
        open_window: Any, tmp_path: Path, keyring_backend: FakeKeyring):
    window = open_on(open_window, tmp_path, keyring_backend, "http://127.0.0.1:9/v1/mureka",
                     token=None)
    await wait_for(lambda: window.engine.accounts.snapshot.loads == 1, timeout=10)
    assert window.accounts_dock.summary.text() == \
        "No useapi.net token: add one in Settings to see the accounts."
    assert QApplication.activeModalWidget() is None
    # A token, but nothing listens at the API's address.
    window.engine.settings.use_token(DEMO_TOKEN)
    await wait_for(lambda: window.engine.accounts.snapshot.loads == 2, timeout=15)
    assert window.accounts_dock.summary.text().startswith(
        "Offline: the API cannot be reached")
    assert QApplication.activeModalWidget() is None


async def test_settings_show_the_accounts_and_reset_the_learned_spacing(
        on_simulator: Callable[[], MainWindow], tmp_path: Path):
    # Learned in an earlier session: on disk before this session's engine reads it.
    database = AppPaths.resolve(tmp_path / "home").database
    database.parent.mkdir(parents=True, exist_ok=True)
    earlier = Store(database)
    earlier.set_meta(SCOPE_KEY, "token")
    earlier.close()
    window = on_simulator()
    await wait_for(lambda: window.accounts.model.rowCount() == 3, timeout=10)
    dialog = window.commands.open_settings()
    section = dialog.findChild(AccountsSettings)
    assert section is not None and section.table.model().rowCount() == 3
    assert "learned to count per useapi.net token" in section.scope.text()
    assert section.reset_button.isEnabled()
    QTest.mouseClick(section.reset_button, Qt.MouseButton.LeftButton)
    assert window.engine.accounts.spacing_scope is None
    assert window.engine.store.get_meta(SCOPE_KEY) == ""  # read: forgotten for the next session
    assert "not learned yet" in section.scope.text() and not section.reset_button.isEnabled()
    assert "Spacing reset" in window.statusBar().currentMessage()
    dialog.reject()


async def test_an_account_paused_for_credits_reads_as_needing_attention(
        window: MainWindow, monkeypatch):
    """/accounts says nothing of credits: an account paused on 412 is named all the same,
    and no longer once it runs again."""
    await wait_for(lambda: window.engine.accounts.snapshot.loads >= 1, timeout=10)
    window.accounts.on_snapshot(AccountsSnapshot(
        (AccountInfo("111", None, 1, True, 50), AccountInfo("333", None, 1, True, 0)),
        None, 1000.0))
    summary = window.accounts_dock.summary
    assert summary.text().startswith("All accounts OK")
    billing = PauseReason("billing", explain(api.BillingError("Not enough credits", 412),
                                             "333"), "333")
    lanes = (LaneStatus("111", 2, 10, None), LaneStatus("333", 0, 10, billing))
    monkeypatch.setattr(window.engine.scheduler, "status", lambda: Status(
        True, None, 2, 20, 20, 0.0, dict.fromkeys(State, 0), None, 0, lanes))
    window.refresh_status()
    assert summary.text().startswith("Needs attention: 333")
    assert cells(window, COL_HEALTH)[1] == "Paused: Subscription or credits: Not enough " \
        "credits. Top up the account, then resume."
    lanes = (LaneStatus("111", 2, 10, None), LaneStatus("333", 1, 10, None))
    window.refresh_status()
    assert summary.text().startswith("All accounts OK")
