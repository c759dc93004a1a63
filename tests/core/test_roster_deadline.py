"""A slow /accounts never holds the start: a short deadline, a line saying so, and the
listing asked again in the background."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from fakes import Rig

from mureka_desktop.core.api import client as api
from mureka_desktop.core.queue.events import Event
from mureka_desktop.core.queue.roster import LISTING_LATE, START_DEADLINE


async def test_start_goes_on_after_the_deadline_and_says_so(tmp_path: Path):
    rig = Rig(tmp_path)
    rig.api.listed = {"111": None, "222": None}
    rig.api.accounts_time = 300.0  # the body trickles for five minutes
    rig.store.add([f"user:1-mureka:111-song:{n}" for n in range(5)])
    notices: list[Event] = []
    rig.scheduler.subscribe(lambda e: notices.append(e) if e.kind == "notice" else None)
    try:
        start = rig.clock.time()
        rig.scheduler.start()
        await rig.clock.advance(START_DEADLINE - 0.5)
        assert rig.api.calls == [] and notices == []  # waits for /accounts, not longer
        await rig.clock.advance(1.0)
        assert [e.message for e in notices] == [LISTING_LATE]
        assert rig.api.calls, "the start went on after the deadline"
        assert rig.api.calls[0][0] - start <= START_DEADLINE + 0.2
    finally:
        await rig.scheduler.close()
        rig.store.close()


async def test_no_answer_is_asked_again_in_the_background(tmp_path: Path):
    rig = Rig(tmp_path)
    rig.api.listed = {"111": None}
    rig.api.accounts_time = START_DEADLINE  # the client gives up on the body at its deadline
    rig.api.accounts_fail = [api.TransientError("The API did not answer in full within 10 s",
                                                maybe_started=False)]
    rig.store.add([f"user:1-mureka:111-song:{n}" for n in range(3)])
    notices: list[Event] = []
    rig.scheduler.subscribe(lambda e: notices.append(e) if e.kind == "notice" else None)
    try:
        rig.scheduler.start()
        await rig.clock.advance(START_DEADLINE + 1)
        assert len(notices) == 1 and rig.api.calls  # said once, and went on
        assert rig.scheduler.lanes.listed is None
        await rig.clock.advance(30)  # asked again soon, not a minute later
        assert len(rig.api.accounts_asked) == 2
        assert rig.api.accounts_asked[1] - rig.api.accounts_asked[0] <= START_DEADLINE + 16
        assert rig.scheduler.lanes.listed == {"111": None}
    finally:
        await rig.scheduler.close()
        rig.store.close()


async def test_a_trickled_accounts_body_runs_into_the_total_deadline(monkeypatch):
    monkeypatch.setattr(api, "ACCOUNTS_DEADLINE", 0.5)

    async def trickle():
        yield b'{"111": {"account": "111"'
        for _ in range(50):  # a byte every 0.1 s: each read is quick, the body never ends
            await asyncio.sleep(0.1)
            yield b" "

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=trickle())

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = api.MurekaClient(http, "https://api.useapi.net/v1/mureka", "user:7-t")
    began = time.monotonic()
    with pytest.raises(api.TransientError) as raised:
        await client.accounts()
    assert time.monotonic() - began < 2.0
    assert raised.value.status is None and not raised.value.maybe_started
    await http.aclose()
