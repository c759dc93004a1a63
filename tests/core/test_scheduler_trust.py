"""The scheduler never pays twice, never hangs, and survives the network going away
(virtual time; issue 6)."""

from __future__ import annotations

import asyncio
import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fakes import Rig, item, settled

from mureka_desktop.core.accounts.pacing import MARGIN_KEY, Pacer
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.scheduler import Event


# ------------------------------------------------------------ 1. every task ends in a state
async def test_unexpected_error_in_a_lookup_fails_the_item_with_its_message(rig: Rig):
    rig.api.lookup_errors["100"] = RuntimeError("the look-up exploded")  # type: ignore[assignment]
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    settled(rig)
    failed = item(rig, "100")
    assert failed.state == State.FAILED
    assert "RuntimeError: the look-up exploded" in failed.last_error
    assert [s for _, s in rig.api.calls] == ["101"]  # 100 was never paid for


async def test_unexpected_error_in_a_generate_call_is_looked_up_never_resent(rig: Rig):
    rig.api.outcomes["100"] = [ValueError("a bug after the answer")]
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(rig.config.generation_deadline + 60)
    settled(rig)
    failed = item(rig, "100")
    assert failed.state == State.FAILED
    assert "ValueError: a bug after the answer" in failed.last_error
    assert "No new call was made" in failed.last_error
    assert len(rig.api.calls) == 1  # may have been paid for: never sent again on its own
    assert len(rig.api.lookups) > 2  # looked up until the deadline


async def test_unexpected_error_in_a_download_fails_the_download_only(rig: Rig):
    rig.fetch.errors = [httpx.InvalidURL("Invalid IPv6 URL")]
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    settled(rig)
    failed = item(rig, "100")
    assert failed.state == State.FAILED and "InvalidURL: Invalid IPv6 URL" in failed.last_error
    assert failed.video_id and failed.video_url  # the paid video is kept
    assert rig.scheduler.retry_failed() == 1  # Retry downloads it: no new generation
    await rig.clock.advance(60)
    assert rig.states() == {"100": State.DONE}
    assert rig.api.generated["100"] == 1 and len(rig.api.calls) == 1


@pytest.mark.parametrize("error", [NotADirectoryError(20, "Not a directory"),
                                   OSError(errno.EROFS, "Read-only file system"),
                                   FileExistsError(17, "File exists")])
async def test_output_folder_errors_in_a_download_pause_and_keep_the_links(rig: Rig, error):
    rig.fetch.errors = [error]
    rig.store.add(["100", "101", "102"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    settled(rig)
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "output"
    assert "Cannot write to the output folder" in rig.scheduler.paused.message
    kept = item(rig, "100")
    assert kept.state == State.QUEUED and kept.video_url and error.strerror in kept.last_error
    rig.scheduler.start()  # fixed: resume
    await rig.clock.advance(200)
    assert set(rig.states().values()) == {State.DONE}
    assert dict(rig.api.generated) == {"100": 1, "101": 1, "102": 1}


async def test_a_download_error_from_an_unusable_folder_pauses_before_the_next_paid_call(
        tmp_path: Path):
    # The real downloader's error when the output folder became a file mid-run (finding A):
    # paying on for songs that cannot be saved is what this must stop.
    from mureka_desktop.core.downloads.fetch import VIDEO, download, media_client

    blocker = tmp_path / "odo"
    blocker.write_text("")
    async with media_client(httpx.MockTransport(lambda r: httpx.Response(200))) as client:
        with pytest.raises(Exception) as info:
            await download(client, "https://cdn.test/1.mp4", blocker / "song-100.mp4", VIDEO)
    r = Rig(tmp_path, concurrency=1)
    try:
        r.fetch.errors = [info.value]
        pauses: list[float] = []
        r.scheduler.subscribe(lambda e: pauses.append(r.clock.time())
                              if e.kind == "paused" else None)
        r.store.add(["100", "101", "102"])
        r.scheduler.start()
        await r.clock.advance(300)
        assert r.scheduler.is_idle()
        paused = r.scheduler.paused
        assert paused is not None and paused.kind == "output"
        assert "not a directory" in paused.message and str(r.config.output_dir) in paused.message
        # 101 left as 100's generation ended (its download had not failed yet); nothing is
        # paid after the pause.
        assert pauses and all(t <= pauses[0] for t, _ in r.api.calls)
        assert [s for _, s in r.api.calls] == ["100", "101"]
        kept = item(r, "100")
        assert kept.state == State.QUEUED and kept.video_url and kept.cover_url
        r.scheduler.start()  # fixed: resume downloads 100 free and pays the others once
        await r.clock.advance(300)
        assert set(r.states().values()) == {State.DONE}
        assert dict(r.api.generated) == {"100": 1, "101": 1, "102": 1}
    finally:
        await r.scheduler.close()
        r.store.close()


async def test_a_retried_download_keeps_the_finished_cover_and_says_retry_only_if_it_will(
        rig: Rig):
    from mureka_desktop.core.downloads.fetch import DownloadError

    rig.config.max_attempts = 2
    slow = "The video download is too slow (under 50 KB/s for 30 s)"
    rig.fetch.errors = [DownloadError(slow)]  # the video breaks, the cover arrives
    seen: list[str] = []
    rig.scheduler.subscribe(lambda e: seen.append(e.item.last_error or "")
                            if e.kind == "song_changed" and e.item else None)
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert rig.states() == {"100": State.DONE}
    covers = [u for u, _ in rig.fetch.fetched if u.endswith(".png")]
    assert len(covers) == 1  # not downloaded again with the video
    assert any(e.startswith(slow + "; retrying in") for e in seen)
    rig.fetch.errors = [DownloadError(slow), DownloadError(slow), DownloadError(slow)]
    rig.store.add(["101"])
    rig.scheduler.wake()
    await rig.clock.advance(100)
    failed = item(rig, "101")
    assert failed.state == State.FAILED and "retry" not in failed.last_error


async def test_a_full_data_folder_pauses_instead_of_killing_the_task(rig: Rig):
    real_update = rig.store.update
    full = {"on": True}

    def update(item_id: int, **changes: Any) -> Any:
        if full["on"] and changes.get("state") == State.DONE:
            raise sqlite3.OperationalError("database or disk is full")
        return real_update(item_id, **changes)

    rig.store.update = update  # type: ignore[method-assign]
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    # Nothing can be written: the queue pauses (the CLI exits 3), the row keeps its last
    # stored state and is picked up again on resume.
    assert rig.scheduler.is_idle()
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "storage"
    assert "database or disk is full" in rig.scheduler.paused.message
    assert "free some space" in rig.scheduler.paused.message
    full["on"] = False  # space freed; the user resumes
    rig.scheduler.start()
    await rig.clock.advance(60)
    assert rig.states() == {"100": State.DONE}
    assert rig.api.generated["100"] == 1


async def test_a_locked_database_says_another_program_holds_it(rig: Rig):
    real_update = rig.store.update

    def update(item_id: int, **changes: Any) -> Any:
        if changes.get("state") == State.DONE:
            raise sqlite3.OperationalError("database is locked")
        return real_update(item_id, **changes)

    rig.store.update = update  # type: ignore[method-assign]
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    paused = rig.scheduler.paused
    assert paused is not None and paused.kind == "storage"
    assert "Another program holds the database" in paused.message
    assert "space" not in paused.message  # not "Free some space there"


async def test_verify_after_a_crash_with_lookups_broken_fails_without_paying(rig: Rig):
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(1)
    await rig.scheduler.close()  # the app dies during the generation
    rig.api.lookup_errors["100"] = RuntimeError("unreadable look-up")  # type: ignore[assignment]
    rig.scheduler = rig.new_scheduler()
    rig.scheduler.start()
    await rig.clock.advance(rig.config.generation_deadline + 200)
    settled(rig)
    failed = item(rig, "100")
    assert failed.state == State.FAILED and "unreadable look-up" in failed.last_error
    assert len(rig.api.calls) == 1


async def test_wait_idle_returns_after_any_of_these(rig: Rig):
    """The CLI's wait: it ends for every kind of trouble above (here all at once)."""
    rig.api.lookup_errors["100"] = RuntimeError("x")  # type: ignore[assignment]
    rig.api.outcomes["101"] = [KeyError("y")]
    rig.fetch.errors = [httpx.InvalidURL("z")]
    rig.store.add(["100", "101", "102"])
    rig.scheduler.start()
    waiter = asyncio.ensure_future(rig.scheduler.wait_idle())
    await rig.clock.advance(rig.config.generation_deadline + 100)
    assert await waiter is True
    settled(rig)


# ------------------------------------------------ 2. output folder before the first paid call
async def test_unwritable_output_folder_pauses_before_any_call(rig: Rig):
    blocker = rig.tmp / "out"
    blocker.write_text("a regular file where the folder should be")
    rig.config.output_dir = blocker / "videos"
    events: list[Event] = []
    rig.scheduler.subscribe(events.append)
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    await rig.clock.advance(60)
    assert rig.api.calls == [] and rig.api.lookups == []
    paused = rig.scheduler.paused
    assert paused is not None and paused.kind == "output"
    assert str(blocker / "videos") in paused.message
    assert [e.reason for e in events if e.kind == "paused"] == [paused]  # the banner's cue
    assert set(rig.states().values()) == {State.QUEUED}
    rig.config.output_dir = rig.tmp / "elsewhere"
    rig.scheduler.start()
    await rig.clock.advance(120)
    assert set(rig.states().values()) == {State.DONE}


# ----------------------------------------------------------- 3. a garbled 200 is paid for
async def test_garbled_200_is_looked_up_until_the_video_shows_never_regenerated(rig: Rig):
    rig.api.garble_answer.add("100")
    rig.api.lookup_lag = 30.0  # the new video shows in look-ups only 30 s later
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(200)
    assert rig.api.generated["100"] == 1
    assert len(rig.api.calls) == 1
    assert rig.states() == {"100": State.DONE}


async def test_garbled_200_with_no_video_ever_fails_without_paying_again(rig: Rig):
    rig.api.garble_answer.add("100")
    rig.api.lookup_lag = 1e9
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(rig.config.generation_deadline + 100)
    settled(rig)
    failed = item(rig, "100")
    assert failed.state == State.FAILED and "answered 200" in failed.last_error
    assert len(rig.api.calls) == 1


# ------------------------------------------------------ 5. Retry keeps refused songs refused
async def test_retry_failed_keeps_v95_refused_unless_forced(rig: Rig):
    rig.api.versions["100"] = "V9.5"
    rig.api.outcomes["101"] = [api.InvalidSong("Unknown song", 400)]
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    await rig.clock.advance(60)
    assert rig.states() == {"100": State.FAILED, "101": State.FAILED}
    assert "No call was made" in item(rig, "100").last_error
    assert rig.scheduler.retry_failed() == 1  # only the ordinary failure
    await rig.clock.advance(60)
    assert rig.states() == {"100": State.FAILED, "101": State.DONE}
    assert [s for _, s in rig.api.calls] == ["101", "101"]
    assert rig.scheduler.retry_failed([item(rig, "100").id]) == 0
    assert rig.scheduler.retry_failed([item(rig, "100").id], force=True) == 1
    await rig.clock.advance(60)
    assert [s for _, s in rig.api.calls] == ["101", "101", "100"]  # forced: sent as asked


# ------------------------------------------------------------------ 6. Retry-After capped
@pytest.mark.parametrize("retry_after", [999999.0, float("inf")])
async def test_a_huge_retry_after_does_not_freeze_the_queue(rig: Rig, retry_after: float):
    rig.api.outcomes["100"] = [api.RateLimited("Too frequently", retry_after)]
    rig.api.outcomes["101"] = [api.SlotsBusy("(6323)", retry_after)]
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    await rig.clock.advance(1400)
    assert rig.states() == {"100": State.DONE, "101": State.DONE}
    assert max(rig.gaps()) <= rig.config.retry_after_cap + 5


# ------------------------------------------------------------------ 7. the margin decays
async def test_the_9008_margin_decays_back_after_clean_calls(make_rig: Callable[..., Rig]):
    rig = make_rig()
    rig.store.set_meta(MARGIN_KEY, "1.6")  # left by an earlier storm: 4.6 s between calls
    rig.scheduler = rig.new_scheduler()
    rig.api.generation_time = 5.0  # slots never bind: the spacing alone sets the pace
    rig.store.add([str(100 + i) for i in range(40)])
    rig.scheduler.start()
    await rig.clock.advance(600)
    await rig.scheduler.close()
    gaps = rig.gaps()
    assert gaps[0] == pytest.approx(4.6, abs=0.06)
    assert min(gaps) >= 3.0
    assert gaps[-1] < 3.2  # back at the floor: 3 s + 0.08
    assert rig.scheduler.pacer.margin == pytest.approx(rig.config.margin)
    assert float(rig.store.get_meta(MARGIN_KEY) or 0) == pytest.approx(rig.config.margin)


def test_the_margin_never_goes_under_its_floor_nor_reads_garbage(tmp_path: Path):
    from mureka_desktop.core.storage.store import Store

    store = Store(tmp_path / "q.sqlite3")
    store.set_meta(MARGIN_KEY, "nan")
    pacer = Pacer(store, 3.0, 0.08)
    assert pacer.margin == 0.08
    for _ in range(100):
        pacer.clean_call()
    assert pacer.spacing == pytest.approx(3.08)
    pacer.rate_limited(0.0, float("nan"))
    assert pacer.not_before == 3.0
    pacer.rate_limited(0.0, 1e12)
    assert pacer.not_before == 600.0
    store.close()


# ------------------------------------------------- a 5xx after the server generated
async def test_a_5xx_after_generating_is_looked_up_until_the_video_shows(rig: Rig):
    # The gateway answered 502 but the generation ran: the video shows in look-ups only 20 s
    # later. Paying again after one quick look would buy a second video (an outside test saw
    # 5 paid generations for one song this way).
    rig.api.lose_answer.add("100")
    rig.api.lookup_lag = 20.0
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(300)
    assert rig.api.generated["100"] == 1
    assert len(rig.api.calls) == 1
    assert rig.states() == {"100": State.DONE}


async def test_a_5xx_with_no_video_by_the_deadline_is_sent_again(rig: Rig):
    # Nothing appeared within a generation's longest time: the server did not make it.
    rig.api.outcomes["100"].append(api.TransientError("HTTP 503: busy", 503,
                                                      maybe_started=True))
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(rig.config.generation_deadline + 200)
    assert [s for _, s in rig.api.calls] == ["100", "100"]
    usual = rig.config.expected_generation  # nothing measured yet
    assert rig.api.calls[1][0] - rig.api.calls[0][0] >= max(60.0, 4 * usual) - 1
    assert rig.states() == {"100": State.DONE}


async def test_songs_of_unknown_account_add_no_slots_to_the_status(rig: Rig):
    # One account, and bare numbers whose account the look-up has not told yet: the window
    # shown is that account's 10, not 10 more for the not-yet-routed songs (the status bar
    # said "Generating 3/20" for a one-account demo); the ETA counts one account's pace.
    rig.api.lookup_lag = 0.0
    rig.store.add(["user:7-mureka:55-song:100", "101", "102"])
    rig.scheduler.start()
    await rig.clock.advance(1)
    status = rig.scheduler.status()
    assert status.concurrency == rig.config.concurrency
    assert status.window == rig.config.concurrency


async def test_slots_held_by_others_for_ever_pause_instead_of_asking_for_ever(rig: Rig):
    # Every call answers "all slots busy" (6323) while nothing of ours runs: songs being made
    # on mureka.ai hold the account. Asking every 5 s for ever kept `generate` from ending.
    rig.api.outcomes["100"].extend(api.SlotsBusy("Generate multiple task exceed limit. (6323)")
                                   for _ in range(1000))
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(rig.config.slots_busy_limit + 120)
    paused = rig.scheduler.paused
    assert paused is not None and paused.kind == "slots" and "10 minutes" in paused.message
    asked = len(rig.api.calls)
    assert asked <= rig.config.slots_busy_limit / rig.config.slots_busy_wait + 2
    await rig.clock.advance(600)
    assert len(rig.api.calls) == asked  # nothing more until the user resumes
    assert rig.states() == {"100": State.QUEUED}
    assert rig.scheduler.is_idle()  # wait_idle returns: the CLI ends (exit 3)
