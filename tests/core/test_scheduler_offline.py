"""The scheduler when the network goes away: the queue waits offline, probes and resumes by
itself, never pays twice and never fails a song for it; a rejected token pauses the queue,
not the song (virtual time; issue 6)."""

from __future__ import annotations

import asyncio

from fakes import Rig, item

from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.scheduler import Event


# ------------------------------------------------------------------------- 4. offline
async def test_offline_pauses_keeps_items_probes_and_resumes_by_itself(rig: Rig):
    events: list[Event] = []
    rig.scheduler.subscribe(events.append)
    rig.store.add([str(100 + i) for i in range(8)])
    rig.scheduler.start()
    await rig.clock.advance(7)  # a few calls out, the rest queued
    before = {i.song_id: (i.attempts, i.state) for i in rig.store.all_items()}
    rig.api.offline = True
    await rig.clock.advance(1800)  # half an hour without the API
    paused = rig.scheduler.paused
    assert paused is not None and paused.kind == "offline" and "Offline" in paused.message
    assert [e.reason.kind for e in events if e.kind == "paused" and e.reason] == ["offline"]
    states = rig.states()
    assert State.FAILED not in states.values()
    for song, (attempts, state) in before.items():
        now = item(rig, song)
        if state == State.QUEUED:  # nothing burnt while offline
            assert now.state == State.QUEUED and now.attempts == attempts, song
    status = rig.scheduler.status()
    assert not status.running and status.eta_seconds is None  # no ETA counting down
    probes = rig.api.probes
    assert 10 < len(probes) < 60  # quietly: back-off up to a minute between probes
    gaps = [b - a for a, b in zip(probes, probes[1:], strict=False)]
    assert max(gaps) > 30 and min(gaps) >= rig.config.probe_base
    calls_while_offline = len(rig.api.calls)
    rig.api.offline = False
    await rig.clock.advance(61)  # the next probe finds the API
    assert rig.scheduler.paused is None
    assert events[-1].kind != "paused" and any(e.kind == "resumed" for e in events)
    await rig.clock.advance(400)
    assert set(rig.states().values()) == {State.DONE}
    assert all(n == 1 for n in rig.api.generated.values())
    assert len(rig.api.calls) > calls_while_offline


async def test_offline_mid_generation_waits_and_never_pays_twice(rig: Rig):
    rig.api.lose_answer.add("100")  # the answer is lost as the network goes away
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(44)
    rig.api.offline = True
    await rig.clock.advance(rig.config.generation_deadline * 3)  # offline past the deadline
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "offline"
    assert rig.states() == {"100": State.GENERATING}
    rig.api.offline = False
    await rig.clock.advance(120)
    assert rig.states() == {"100": State.DONE}
    assert rig.api.generated["100"] == 1 and len(rig.api.calls) == 1


async def test_wait_idle_gives_up_after_the_offline_timeout_with_items_kept(rig: Rig):
    rig.api.offline = True
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    waiter = asyncio.ensure_future(rig.scheduler.wait_idle(offline_timeout=600))
    await rig.clock.advance(599)
    assert not waiter.done()
    await rig.clock.advance(5)
    assert await waiter is False
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "offline"
    assert set(rig.states().values()) == {State.QUEUED}
    assert all(i.attempts == 0 for i in rig.store.all_items())


async def test_a_5xx_for_one_song_is_not_offline(rig: Rig):
    rig.api.outcomes["100"] = [api.TransientError("HTTP 503", 503, maybe_started=False)] * 2
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    await rig.clock.advance(200)
    assert rig.scheduler.paused is None and rig.api.probes == []
    assert rig.states() == {"100": State.DONE, "101": State.DONE}


async def test_a_download_cut_by_the_network_waits_instead_of_failing(rig: Rig):
    from mureka_desktop.core.downloads.fetch import DownloadError

    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(44)
    rig.api.offline = True
    rig.fetch.errors = [DownloadError("The video download broke off (ConnectError)")] * 10
    await rig.clock.advance(600)
    stuck = item(rig, "100")
    assert stuck.state == State.DOWNLOADING and rig.scheduler.paused is not None
    rig.fetch.errors = []
    rig.api.offline = False
    await rig.clock.advance(120)
    assert rig.states() == {"100": State.DONE}


async def test_a_rejected_token_on_a_lookup_pauses_the_queue_not_the_song(rig: Rig):
    for song in ("100", "101"):
        rig.api.lookup_errors[song] = api.AuthError("Unauthorized", 401)
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    await rig.clock.advance(120)
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "auth"
    assert rig.states() == {"100": State.QUEUED, "101": State.QUEUED}
    assert rig.api.calls == []
    rig.api.lookup_errors.clear()  # a new token
    rig.scheduler.start()
    await rig.clock.advance(120)
    assert rig.states() == {"100": State.DONE, "101": State.DONE}


async def test_a_rejected_token_while_looking_for_a_paid_video_keeps_it_for_resume(rig: Rig):
    rig.api.lose_answer.add("100")
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(44)
    rig.api.lookup_errors["100"] = api.AuthError("Unauthorized", 401)
    await rig.clock.advance(30)
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "auth"
    assert rig.states() == {"100": State.GENERATING} and rig.scheduler.is_idle()
    rig.api.lookup_errors.clear()
    rig.scheduler.start()  # resumed: the paid generation is looked up, not sent again
    await rig.clock.advance(60)
    assert rig.states() == {"100": State.DONE}
    assert len(rig.api.calls) == 1
