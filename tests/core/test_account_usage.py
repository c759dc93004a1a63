"""The accounts' health and credits (loaded on the loop, problems said plainly, secrets never
kept) and today's calls and videos per account (counted by the app, kept across a restart,
new each local day)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from fakes import Rig, full

from mureka_desktop.core.accounts.info import NO_TOKEN, AccountsMonitor
from mureka_desktop.core.accounts.usage import USAGE_KEY, DailyUsage, Usage
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.accounts import AccountsSnapshot
from mureka_desktop.core.model.items import State
from mureka_desktop.core.runtime.clock import FakeClock
from mureka_desktop.core.storage.store import Store
from mureka_desktop.simulator import SimConfig, build_app
from mureka_desktop.simulator.app import DEMO_TOKEN

ACCOUNTS = ["111", "222", "333"]
BASE = "http://127.0.0.1/v1/mureka"


# ---------------------------------------------------------------------------- usage
def test_counts_per_account_survive_a_restart_and_start_again_each_day(tmp_path: Path):
    day = [date(2026, 11, 5)]
    store = Store(tmp_path / "q.sqlite3")
    try:
        usage = DailyUsage(store, lambda: day[0])
        for account in ("111", "111", "222", None):
            usage.record_call(account)
        usage.record_video("111")
        assert usage.today() == {"111": Usage(2, 1), "222": Usage(1, 0), "": Usage(1, 0)}
        # A restart on the same day keeps them (the store's meta).
        again = DailyUsage(store, lambda: day[0])
        assert again.today()["111"] == Usage(2, 1)
        # Midnight: the next count starts a new day, and so does a restart the day after.
        day[0] = date(2026, 11, 6)
        assert again.today() == {}
        assert DailyUsage(store, lambda: day[0]).today() == {}
        again.record_call("333")
        assert DailyUsage(store, lambda: day[0]).today() == {"333": Usage(1, 0)}
        # Unreadable counts are no reason to stop: zero, and a warning in the log.
        store.set_meta(USAGE_KEY, "{not json")
        assert DailyUsage(store, lambda: day[0]).today() == {}
    finally:
        store.close()


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    r = Rig(tmp_path, reuse_existing=False)
    r.api.generation_time = 8.0
    yield r
    await r.scheduler.close()
    r.store.close()


async def test_the_scheduler_counts_each_accounts_calls_and_videos(rig: Rig):
    rig.api.spacing_scope = "account"
    rig.api.outcomes[full("111", 1)] = [api.RateLimited("Too frequently")]  # refused: a call
    rig.api.account_errors["333"] = api.AccountStateError("broken", "REFRESH_FAILED")
    rig.store.add([full(a, 10 * k + i) for i in range(3) for k, a in enumerate(ACCOUNTS)])
    rig.scheduler.start()
    await rig.clock.advance(120)
    usage = rig.scheduler.lanes.usage.today()
    assert usage["111"] == Usage(calls=4, videos=3)
    assert usage["222"] == Usage(calls=3, videos=3)
    assert usage["333"] == Usage(calls=1, videos=0)  # one refused call, then it waited
    assert sum(1 for s in rig.states().values() if s == State.DONE) == 6
    # The next session of the same day starts from these.
    await rig.scheduler.close()
    rig.scheduler = rig.new_scheduler()
    assert rig.scheduler.lanes.usage.today()["111"] == Usage(4, 3)


# ---------------------------------------------------------------------------- monitor
async def monitor_on_simulator(http: httpx.AsyncClient, token: str = DEMO_TOKEN
                               ) -> tuple[AccountsMonitor, list[AccountsSnapshot]]:
    seen: list[AccountsSnapshot] = []
    client = api.MurekaClient(http, BASE, token)
    return AccountsMonitor(lambda: client, lambda: client.has_token, seen.append,
                           now=lambda: 1000.0), seen


def simulator(**overrides: object) -> httpx.AsyncClient:
    clock = FakeClock()
    config = SimConfig(accounts=list(ACCOUNTS))
    config.update(overrides)
    app, _ = build_app(config, clock.time, clock.sleep)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app))


async def test_accounts_health_and_credits_with_no_secret_kept_or_logged(tmp_path: Path,
                                                                          caplog):
    caplog.set_level(logging.DEBUG)
    async with simulator(broken_accounts={"222": "REFRESH_FAILED"},
                         account_credits={"333": 12}) as http:
        monitor, seen = await monitor_on_simulator(http)
        monitor.refresh()
        monitor.refresh()  # asked before the load started: that load answers it
        await asyncio.sleep(0)
        assert monitor.snapshot.loading
        monitor.refresh()  # asked while loading: one more load when done
        monitor.refresh()
        await wait_until(lambda: monitor.snapshot.loads == 2 and not monitor.snapshot.loading)
        await asyncio.sleep(0.1)
        assert monitor.snapshot.loads == 2
        await monitor.close()
    snap = monitor.snapshot
    assert [(a.account, a.credits) for a in snap.accounts] == [("111", 9999), ("222", 9999),
                                                               ("333", 12)]
    assert "REFRESH_FAILED" in (snap.accounts[1].error or "")
    assert snap.accounts[0].token_issued_days_ago == 3 and snap.accounts[0].has_auto_refresh
    assert snap.problem is None and snap.refreshed_at == 1000.0 and not snap.loading
    # The answer carried a masked token and a session cookie: kept nowhere, logged nowhere.
    assert "SECRET" not in repr(seen) and "SECRET" not in caplog.text


async def test_no_token_offline_and_rejected_token_are_said_plainly():
    async with simulator() as http:
        monitor, seen = await monitor_on_simulator(http, token="")
        await monitor.load()
        assert monitor.snapshot.problem == NO_TOKEN and not monitor.snapshot.accounts
        monitor, _ = await monitor_on_simulator(http, token="user:1-wrong")
        await monitor.load()
        assert "rejected the token" in (monitor.snapshot.problem or "")
        good, _ = await monitor_on_simulator(http)
        await good.load()
        assert len(good.snapshot.accounts) == 3
    # The API goes away: what was known stays, and the panel says it may be old.
    offline = httpx.AsyncClient(transport=httpx.MockTransport(_refuse))
    async with offline:
        client = api.MurekaClient(offline, BASE, DEMO_TOKEN)
        good._client = lambda: client
        await good.load()
    assert good.snapshot.problem is not None
    assert good.snapshot.problem.startswith("Offline: the API cannot be reached")
    assert "known before" in good.snapshot.problem and len(good.snapshot.accounts) == 3
    assert good.snapshot.refreshed_at == 1000.0  # when it last answered


async def test_no_account_configured_is_said_so():
    async with httpx.AsyncClient(transport=httpx.MockTransport(
            lambda r: httpx.Response(404, json={"error": "No accounts configured"}))) as http:
        monitor, _ = await monitor_on_simulator(http)
        await monitor.load()
    assert monitor.snapshot.problem == \
        "No Mureka account is configured for this token on useapi.net."


def _refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


async def wait_until(predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        assert loop.time() < end, "condition not met in time"
        await asyncio.sleep(0.01)


async def test_the_accounts_offline_line_clears_when_the_queue_goes_again(tmp_path: Path):
    from helpers import FakeKeyring

    from mureka_desktop.app import build_engine
    from mureka_desktop.core.runtime.paths import AppPaths
    from mureka_desktop.core.settings.secrets import TokenStore

    engine = build_engine(AppPaths.resolve(tmp_path / "home"), demo=True, require_token=False,
                          tokens=TokenStore(FakeKeyring()))
    monitor = engine.accounts.monitor
    working = monitor._client
    engine.accounts.refresh()
    await wait_until(lambda: monitor.snapshot.loads == 1 and not monitor.snapshot.loading)
    assert monitor.snapshot.problem is None
    offline = httpx.AsyncClient(transport=httpx.MockTransport(_refuse))
    monitor._client = lambda: api.MurekaClient(offline, BASE, DEMO_TOKEN)  # the API goes away
    engine.accounts.refresh()
    await wait_until(lambda: monitor.snapshot.loads == 2 and not monitor.snapshot.loading)
    assert (monitor.snapshot.problem or "").startswith("Offline")
    monitor._client = working  # it answers again; the queue goes again (here: resumed)
    engine.queue.pause()
    engine.queue.start()
    await wait_until(lambda: monitor.snapshot.loads == 3 and not monitor.snapshot.loading)
    assert monitor.snapshot.problem is None  # no stale "Offline" line until a Refresh
    await offline.aclose()
    await engine.aclose()
