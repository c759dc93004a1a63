"""The accounts panel's model: qtmodeltester, columns, a paused account, no secrets."""

from __future__ import annotations

import httpx

from mureka_desktop.core import api
from mureka_desktop.core.account_info import AccountInfo, load_accounts
from mureka_desktop.core.accounts import LaneStatus
from mureka_desktop.core.clock import FakeClock
from mureka_desktop.core.config import PauseReason
from mureka_desktop.simulator import SimConfig, build_app
from mureka_desktop.simulator.app import DEMO_TOKEN
from mureka_desktop.ui.accounts_panel import (
    COL_CREDITS,
    COL_HEALTH,
    COL_SLOTS,
    AccountRole,
    AccountsModel,
)

BASE = "http://127.0.0.1/v1/mureka"


async def accounts_from_simulator(**overrides: object) -> tuple[list[AccountInfo], str]:
    clock = FakeClock()
    config = SimConfig(accounts=["111", "222", "333"])
    config.update(overrides)
    app, _ = build_app(config, clock.time, clock.sleep)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
        client = api.MurekaClient(http, BASE, DEMO_TOKEN)
        raw = (await http.get(BASE + "/accounts",
                              headers={"Authorization": f"Bearer {DEMO_TOKEN}"})).text
        return await load_accounts(client), raw


async def test_accounts_with_health_and_credits_and_no_secrets(qapp, qtmodeltester):
    infos, raw = await accounts_from_simulator(broken_accounts={"222": "REFRESH_FAILED"},
                                               account_credits={"333": 7})
    assert "SESSIONCOOKIESECRET" in raw and "SECRETTOKEN" in raw  # the answer had them
    assert [(i.account, i.credits) for i in infos] == [("111", 9999), ("222", 9999),
                                                       ("333", 7)]
    assert "REFRESH_FAILED" in (infos[1].error or "")
    model = AccountsModel()
    model.set_accounts(infos)
    model.set_lanes((LaneStatus("111", 7, 10, None),
                     LaneStatus("222", 0, 10, PauseReason("account", "Fix it", "222"))))
    qtmodeltester.check(model)
    shown = [str(model.data(model.index(r, c))) for r in range(3) for c in range(4)]
    assert shown[COL_SLOTS] == "7/10" and shown[4 + COL_SLOTS] == "paused"
    assert shown[4 + COL_HEALTH] == "Paused: Fix it"
    assert shown[8 + COL_CREDITS] == "7" and shown[8 + COL_SLOTS] == "—"
    assert not [s for s in shown + [repr(infos)] if "SECRET" in s]
    assert model.data(model.index(0, 0), AccountRole) == infos[0]


async def test_one_account_needs_no_account_parameter(qapp):
    infos, _ = await accounts_from_simulator(accounts=[], credits=5)
    assert [(i.account, i.credits, i.credits_problem) for i in infos] == [
        ("123456789", 5, None)]
