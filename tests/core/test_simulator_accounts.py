"""The simulator with several Mureka accounts (in process, virtual clock), and the client's
handling of ``/accounts`` secrets."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from mureka_desktop.core.api import client as api
from mureka_desktop.core.runtime.clock import FakeClock
from mureka_desktop.simulator import SimConfig, build_app
from mureka_desktop.simulator.app import DEMO_TOKEN

BASE = "http://127.0.0.1/v1/mureka"
ACCOUNTS = ["111", "222", "333"]


def rig(**overrides: object):
    clock = FakeClock()
    config = SimConfig(generation_time=5.0, generation_jitter=0.0, accounts=list(ACCOUNTS))
    config.update(overrides)
    app, sim = build_app(config, clock.time, clock.sleep)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    return api.MurekaClient(http, BASE, DEMO_TOKEN), http, sim, clock


async def test_bare_numbers_are_dealt_to_accounts_and_looked_up_as_strings():
    client, http, sim, _ = rig()
    infos = [await client.get_song(str(n)) for n in (300, 301, 302)]
    assert [i.song_id for i in infos] == [
        "user:777-mureka:111-song:300", "user:777-mureka:222-song:301",
        "user:777-mureka:333-song:302"]
    await http.aclose()


async def test_spacing_per_account_lets_accounts_call_together_and_slots_are_per_account():
    client, http, sim, clock = rig(slots=1)
    jobs = [asyncio.ensure_future(client.generate_video(f"user:777-mureka:{a}-song:{n}"))
            for n, a in enumerate(ACCOUNTS)]
    while len(sim.in_flight) < 3:
        await asyncio.sleep(0)
    assert sim.max_in_flight_by == {"111": 1, "222": 1, "333": 1}  # one slot each, all used
    sim.last_calls.clear()  # pretend 3 s passed: account 111's one slot is still busy
    with pytest.raises(api.SlotsBusy):
        await client.generate_video("user:777-mureka:111-song:9")
    await clock.advance(5.1)
    await asyncio.gather(*jobs)
    assert sim.stats()["accounts"]["222"]["generations"] == 1
    await http.aclose()


async def test_spacing_per_token_refuses_a_second_account_within_3s():
    client, http, sim, clock = rig(spacing_scope="token")
    job = asyncio.ensure_future(client.generate_video("user:777-mureka:111-song:1"))
    while not sim.in_flight:
        await asyncio.sleep(0)
    with pytest.raises(api.RateLimited):
        await client.generate_video("user:777-mureka:222-song:2")
    await clock.advance(5.1)
    await job
    await http.aclose()


async def test_a_broken_account_among_healthy_ones(caplog):
    caplog.set_level(logging.DEBUG)
    client, http, sim, clock = rig(broken_accounts={"222": "REFRESH_FAILED"},
                                   account_credits={"333": 0})
    with pytest.raises(api.AccountStateError):
        await client.generate_video("user:777-mureka:222-song:2")
    with pytest.raises(api.BillingError):
        await client.generate_video("user:777-mureka:333-song:3")
    job = asyncio.ensure_future(client.generate_video("user:777-mureka:111-song:1"))
    await clock.advance(5.1)
    await job
    accounts = await client.accounts()
    assert [(a.account, a.error is not None) for a in accounts] == [
        ("111", False), ("222", True), ("333", False)]
    # The answer carried a masked token and a session cookie: nothing of them is kept,
    # shown (repr, str) or logged.
    raw = (await http.get(BASE + "/accounts",
                          headers={"Authorization": f"Bearer {DEMO_TOKEN}"})).json()
    secrets = [v for e in raw.values() for k, v in e.items() if k in ("token", "sessionCookie")]
    assert len(secrets) == 6
    shown = repr(accounts) + str(accounts) + caplog.text
    assert not [s for s in secrets if s in shown]
    assert not [a for a in accounts if hasattr(a, "token") or hasattr(a, "session_cookie")]
    await http.aclose()


async def test_account_is_required_on_listing_and_profile_with_several():
    client, http, sim, _ = rig(account_credits={"222": 42})
    with pytest.raises(api.InvalidSong, match="account is required"):
        await client.list_songs()
    with pytest.raises(api.InvalidSong, match="account is required"):
        await client.profile()
    page = await client.list_songs(account="222")
    assert page.songs and all(s.song_id.startswith("user:777-mureka:222-") for s in page.songs)
    assert await client.credits("222") == 42
    assert await client.credits("111") == 9999
    await http.aclose()


async def test_one_account_as_before():
    client, http, sim, _ = rig(accounts=[])
    assert (await client.get_song("300")).song_id == "300"
    assert (await client.list_songs()).songs[0].song_id.startswith(
        "user:777-mureka:123456789-song:")
    assert await client.credits() == 9999
    await http.aclose()
