"""The simulator itself, in process through httpx.ASGITransport: the documented behaviours."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from mureka_desktop.core.api import client as api
from mureka_desktop.core.downloads.fetch import VIDEO, DownloadError, download, media_client
from mureka_desktop.core.runtime.clock import FakeClock
from mureka_desktop.simulator import SimConfig, build_app
from mureka_desktop.simulator.app import DEMO_TOKEN

BASE = "http://127.0.0.1/v1/mureka"


class Now:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def client_for(config: SimConfig, now: Now | None = None):
    app, sim = build_app(config, now or Now())
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    return api.MurekaClient(http, BASE, config.token), http, sim


async def test_three_second_rule_and_slots():
    # The simulator runs on a virtual clock: the generation cannot end while the test makes
    # its other calls, however loaded the machine is.
    clock = FakeClock()
    app, sim = build_app(SimConfig(generation_time=0.2, generation_jitter=0.0, slots=1),
                         clock.time, clock.sleep)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    client = api.MurekaClient(http, BASE, DEMO_TOKEN)
    first = asyncio.ensure_future(client.generate_video("1"))
    while not sim.in_flight:
        await asyncio.sleep(0)
    with pytest.raises(api.RateLimited):  # no virtual time passed: less than 3 s
        await client.generate_video("2")
    sim.last_call = None  # pretend 3 s passed: the slot is still busy (no time moved)
    with pytest.raises(api.SlotsBusy):
        await client.generate_video("3")
    assert sim.in_flight and not first.done()
    await clock.advance(0.15)
    assert not first.done()  # the generation takes 0.2 s of the simulator's time
    await clock.advance(0.1)
    video = await first
    assert video.video_url.startswith("http://localhost:1/media/")
    assert sim.generations == {"1": 1}
    await http.aclose()


@pytest.mark.parametrize(("overrides", "error"), [
    ({"account_error": "COOKIE_EXPIRED"}, api.AccountStateError),
    ({"subscription_expired": True}, api.BillingError),
    ({"credits": 0}, api.BillingError),
    ({"v95_songs": ["1"]}, api.InvalidSong),
    ({"deleted_songs": ["1"]}, api.InvalidSong),
])
async def test_documented_errors(overrides, error):
    config = SimConfig(generation_time=0.01)
    config.update(overrides)
    client, http, _ = client_for(config)
    with pytest.raises(error):
        await client.generate_video("1")
    await http.aclose()


async def test_wrong_token_is_401_everywhere():
    config = SimConfig()
    app, _ = build_app(config)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
    client = api.MurekaClient(http, BASE, "user:1-nope")
    with pytest.raises(api.AuthError):
        await client.generate_video("1")
    with pytest.raises(api.AuthError):
        await client.accounts()
    await http.aclose()


async def test_lookup_listing_and_existing_videos():
    client, http, _ = client_for(SimConfig(existing_video_songs=["7"], library_size=25,
                                           v95_songs=["8"]))
    info = await client.get_song("7")
    assert info.video is not None and info.title
    assert (await client.get_song("8")).refuses_video
    page = await client.list_songs()
    assert len(page.songs) == 20 and page.more
    rest = await client.list_songs(last_id=page.last_id)
    assert len(rest.songs) == 5 and not rest.more
    await http.aclose()


async def test_links_expire_and_media_has_no_auth(tmp_path):
    now = Now()
    config = SimConfig(generation_time=0.01, link_ttl=60.0)
    app, sim = build_app(config, now)
    transport = httpx.ASGITransport(app=app)
    http = httpx.AsyncClient(transport=transport)
    client = api.MurekaClient(http, BASE, DEMO_TOKEN)
    video = await client.generate_video("5")
    async with media_client(transport) as media:
        await download(media, video.video_url, tmp_path / "a.mp4", VIDEO)
        now.t += 61
        with pytest.raises(DownloadError) as info:
            await download(media, video.video_url, tmp_path / "b.mp4", VIDEO)
        assert info.value.expired
        fresh = await client.get_song("5")  # a look-up hands out fresh links
        assert fresh.video is not None
        await download(media, fresh.video.video_url, tmp_path / "b.mp4", VIDEO)
    assert sim.media_auth_headers == 0
    await http.aclose()


async def test_lookups_can_share_the_limit():
    client, http, _ = client_for(SimConfig(lookup_shares_limit=True))
    await client.get_song("1")
    with pytest.raises(api.RateLimited):
        await client.get_song("2")
    await http.aclose()
