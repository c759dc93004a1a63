"""A download has an overall deadline and a minimum speed: a body trickling one byte every 25 s
fails (retryable, the .part kept) after a bounded time instead of running for minutes."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from helpers import ServerThread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from mureka_desktop.core.downloads.fetch import VIDEO, DownloadError, download, media_client
from mureka_desktop.core.downloads.pace import Limits, Watch
from mureka_desktop.core.downloads.part_files import MemoryJournal

MP4 = b"\x00\x00\x00\x20ftypisom" + b"\x42" * 100_000
# The thresholds scaled down so each case takes well under a second of real time.
QUICK = Limits(min_speed=2_000.0, window=0.4, deadline_floor=30.0, deadline_speed=1e9)


def slow_host(pause: float, piece: int, head_delay: float = 0.0) -> Starlette:
    """Sends MP4 ``piece`` bytes at a time, ``pause`` seconds apart (after ``head_delay``)."""
    async def video(request: Request) -> Response:
        waited = 0.0
        while waited < head_delay and not await request.is_disconnected():
            await asyncio.sleep(0.05)
            waited += 0.05

        async def trickle():
            for i in range(0, len(MP4), piece):
                yield MP4[i:i + piece]
                await asyncio.sleep(pause)
        return StreamingResponse(trickle(), 200, media_type="video/mp4",
                                 headers={"Content-Length": str(len(MP4)), "ETag": '"t"'})
    return Starlette(routes=[Route("/v.mp4", video)])


async def fetch(app: Starlette, dest: Path, limits: Limits,
                journal: MemoryJournal | None = None) -> tuple[DownloadError, float]:
    with ServerThread(app) as server:
        async with media_client() as client:
            start = time.monotonic()
            with pytest.raises(DownloadError) as info:
                await download(client, server.url + "/v.mp4", dest, VIDEO, journal=journal,
                               limits=limits)
            return info.value, time.monotonic() - start


async def test_a_body_trickling_a_byte_every_25_s_fails_soon_and_can_resume(tmp_path: Path):
    journal = MemoryJournal()
    dest = tmp_path / "a.mp4"
    error, took = await fetch(slow_host(pause=25.0, piece=1), dest, QUICK, journal)
    assert "too slow" in error.message
    assert not error.permanent and not error.expired
    assert took < 2.0  # a timer fired: no waiting for the next byte (or the 60 s read timeout)
    part = dest.with_name("a.mp4.part")
    assert part.read_bytes() == MP4[:1]  # what arrived is kept, journaled, for the next attempt
    assert journal.records == {str(part): (len(MP4), '"t"')}


async def test_headers_that_never_come_hit_the_deadline(tmp_path: Path):
    limits = Limits(min_speed=2_000.0, window=0.4, deadline_floor=0.5, deadline_speed=1e9)
    error, took = await fetch(slow_host(pause=0.0, piece=1000, head_delay=25.0),
                              tmp_path / "a.mp4", limits)
    assert "took longer" in error.message and not error.permanent
    assert took < 2.0


async def test_a_steady_but_too_long_body_hits_the_deadline(tmp_path: Path):
    # 2,000 bytes every 0.05 s is fast enough for the speed rule, not for a 0.6 s deadline.
    limits = Limits(min_speed=1_000.0, window=0.4, deadline_floor=0.6, deadline_speed=1e9)
    error, took = await fetch(slow_host(pause=0.05, piece=2_000), tmp_path / "a.mp4", limits)
    assert "took longer" in error.message and not error.permanent
    assert 0.5 < took < 2.0


class Ticks:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_default_limits_pass_a_slow_real_line_and_fail_a_trickle():
    """Virtual time with the shipped defaults: 12 KB/s for 20 minutes (a 14 MB video on a
    poor mobile line) trips neither rule; a byte every 25 s trips after one 30 s window."""
    clock = Ticks()
    watch = Watch(Limits(), clock)
    watch.body_started(14_400_000)
    for _ in range(12_000):  # 1,200 bytes every 0.1 s
        clock.t += 0.1
        assert watch.received(1_200) > clock.t
    clock = Ticks()
    watch = Watch(Limits(), clock)
    watch.body_started(50_000_000)
    fail_at = watch.fail_at()
    for _ in range(10):
        clock.t += 25.0
        if clock.t >= fail_at:
            break
        fail_at = watch.received(1)
    assert clock.t - watch.body_start <= 50.0 and fail_at <= clock.t
    assert fail_at == watch.body_start + 30.0
    assert "too slow" in watch.failure("video")
    # The job says "retrying in N s" when it will retry; a failed item must not promise it.
    assert "retry" not in watch.failure("video")


def test_the_deadline_scales_with_the_announced_size():
    clock = Ticks()
    small, big = Watch(Limits(), clock), Watch(Limits(), clock)
    small.body_started(1_000)
    big.body_started(100_000_000)
    assert small.deadline() - small.started == pytest.approx(120.125)
    assert big.deadline() - big.started == pytest.approx(120 + 12_500)
