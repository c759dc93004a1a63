"""The accounts panel's model: qtmodeltester, columns, a paused account, no secrets."""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt

from mureka_desktop.core.accounts.info import load_accounts
from mureka_desktop.core.accounts.lanes import LaneStatus
from mureka_desktop.core.accounts.usage import Usage
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.accounts import AccountInfo
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.runtime.clock import FakeClock
from mureka_desktop.simulator import SimConfig, build_app
from mureka_desktop.simulator.app import DEMO_TOKEN
from mureka_desktop.ui.accounts_panel import (
    COL_CALLS,
    COL_CREDITS,
    COL_HEALTH,
    COL_SESSION,
    COL_SLOTS,
    COL_VIDEOS,
    COLUMNS,
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
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom, roles: changed.append(top.row()))
    model.set_activity((LaneStatus("111", 7, 10, None),
                        LaneStatus("222", 0, 10, PauseReason(
                            "account", "Mureka account 222: Fix it", "222"))),
                       {"111": Usage(9, 7), "333": Usage(1, 0)})
    qtmodeltester.check(model)
    assert changed == [0, 1, 2]  # every row's slots, health or counts changed
    rows = [[str(model.data(model.index(r, c))) for c in range(COLUMNS)] for r in range(3)]
    assert rows[0][COL_SLOTS] == "7/10" and rows[1][COL_SLOTS] == "paused"
    assert rows[0][COL_HEALTH] == "OK" and rows[0][COL_SESSION] == "3 d · auto-refresh"
    # useapi.net's own words for the broken account; the pause in its tooltip
    assert rows[1][COL_HEALTH].startswith("Needs attention: Session refresh failed")
    assert "Its songs wait: Mureka account 222: Fix it" in \
        model.data(model.index(1, COL_HEALTH), Qt.ItemDataRole.ToolTipRole)
    assert rows[2][COL_CREDITS] == "7" and rows[2][COL_SLOTS] == "—"
    assert (rows[0][COL_CALLS], rows[0][COL_VIDEOS]) == ("9", "7")
    assert (rows[1][COL_CALLS], rows[2][COL_CALLS]) == ("0", "1")
    # The same activity again announces nothing; one count more, that row only.
    changed.clear()
    model.set_activity((LaneStatus("111", 7, 10, None),), {"111": Usage(9, 7),
                                                           "333": Usage(1, 0)})
    assert changed == [1]  # 222 no longer paused
    changed.clear()
    model.set_activity((LaneStatus("111", 7, 10, None),), {"111": Usage(10, 7),
                                                           "333": Usage(1, 0)})
    assert changed == [0]
    shown = [str(model.data(model.index(r, c), role)) for r in range(3)
             for c in range(COLUMNS) for role in (Qt.ItemDataRole.DisplayRole,
                                                  Qt.ItemDataRole.ToolTipRole)]
    assert not [s for s in shown + [repr(infos)] if "SECRET" in s]
    assert model.data(model.index(0, 0), AccountRole) == infos[0]


def test_one_account_owns_the_songs_whose_account_is_not_known(qapp, qtmodeltester):
    model = AccountsModel()
    model.set_accounts([AccountInfo("123456789", None, 2, False, 50)])
    model.set_activity((LaneStatus(None, 3, 10, None),), {"": Usage(4, 2),
                                                          "123456789": Usage(1, 1)})
    qtmodeltester.check(model)
    row = [model.data(model.index(0, c)) for c in range(COLUMNS)]
    assert row[COL_SLOTS] == "3/10" and (row[COL_CALLS], row[COL_VIDEOS]) == ("5", "3")
    assert row[COL_SESSION] == "2 d · no auto-refresh"


async def test_one_account_needs_no_account_parameter(qapp):
    infos, _ = await accounts_from_simulator(accounts=[], credits=5)
    assert [(i.account, i.credits, i.credits_problem) for i in infos] == [
        ("123456789", 5, None)]
