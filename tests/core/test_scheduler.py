"""The scheduler in virtual time: spacing, slots, errors, reuse, recovery."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fakes import Rig

from mureka_desktop.core.api import client as api
from mureka_desktop.core.downloads.fetch import DownloadError
from mureka_desktop.core.model.items import State


def ids(n: int) -> list[str]:
    return [str(100 + i) for i in range(n)]


async def test_spacing_and_slots_keep_the_ideal_pace(rig: Rig):
    rig.store.add(ids(30))
    rig.scheduler.start()
    await rig.clock.advance(400)
    assert set(rig.states().values()) == {State.DONE}
    assert len(rig.api.calls) == 30
    assert min(rig.gaps()) >= 3.0
    assert rig.api.max_in_flight == 10
    # Every call starts as soon as both limits allow: 3 s after the previous call and, past
    # the first ten, when a slot frees (45 s after the call ten before it).
    starts = [t for t, _ in rig.api.calls]
    for k in range(1, 30):
        earliest = starts[k - 1] + 3.0 + rig.config.margin
        if k >= 10:
            earliest = max(earliest, starts[k - 10] + 45.0)
        assert earliest <= starts[k] <= earliest + 0.06, k


async def test_concurrency_setting_bounds_in_flight(rig: Rig):
    rig.scheduler.set_concurrency(2)
    rig.store.add(ids(6))
    rig.scheduler.start()
    await rig.clock.advance(200)
    assert rig.api.max_in_flight == 2
    assert set(rig.states().values()) == {State.DONE}
    # slots kept busy: a new call as soon as one finishes (and spacing allows)
    starts = [t for t, _ in rig.api.calls]
    assert starts[2] - starts[0] == pytest.approx(45, abs=0.2)


async def test_9008_resends_the_same_item_first_and_widens_margin(rig: Rig):
    rig.api.outcomes["100"] = [api.RateLimited("Too frequently")]
    rig.store.add(ids(3))
    rig.scheduler.start()
    margin = rig.scheduler.pacer.margin
    await rig.clock.advance(100)
    assert [s for _, s in rig.api.calls] == ["100", "100", "101", "102"]
    assert min(rig.gaps()) >= 3.0
    assert rig.scheduler.pacer.margin > margin
    item = rig.store.by_song("100")
    assert item and item.state == State.DONE and item.attempts == 1


async def test_6323_waits_5s_shrinks_window_then_regrows(rig: Rig):
    rig.store.add(ids(12))
    rig.scheduler.start()
    await rig.clock.advance(10)  # 4 calls in flight (t=0, 3.08, 6.16, 9.24)
    rig.api.outcomes["104"] = [api.SlotsBusy("Generate multiple task exceed limit. (6323)")]
    await rig.clock.advance(3.5)
    calls = [s for _, s in rig.api.calls]
    assert calls[-1] == "104"
    assert rig.scheduler.window.size == 4
    rejected_at = rig.api.calls[-1][0]
    await rig.clock.advance(60)
    retry = [t for t, s in rig.api.calls if s == "104"]
    assert len(retry) == 2 and retry[1] - rejected_at >= 5.0
    await rig.clock.advance(400)
    assert set(rig.states().values()) == {State.DONE}
    assert rig.scheduler.window.size > 4  # regrown after successes


async def test_transient_errors_back_off_then_fail_after_5_attempts(make_rig: Callable[..., Rig]):
    # A back-off base well over the 3 s spacing: the spacing alone cannot pass for back-off.
    rig = make_rig(backoff_base=10.0, backoff_cap=120.0)
    rig.api.outcomes["100"] = [api.TransientError("HTTP 500: boom", 500, maybe_started=False)
                               for _ in range(5)]
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(2000)
    await rig.scheduler.close()
    item = rig.store.by_song("100")
    assert item and item.state == State.FAILED and item.attempts == 5
    assert "HTTP 500: boom" in (item.last_error or "")
    gaps = rig.gaps()
    assert len(rig.api.calls) == 5
    # Each wait is the jittered back-off: at least the 10 s base, at most 10 s x 2^(attempt-1).
    for attempt, gap in enumerate(gaps, start=1):
        assert 10.0 <= gap <= 10.0 * 2 ** (attempt - 1) + 0.2, (attempt, gaps)
    assert max(gaps) > 20.0  # it grows: attempt 4 waits between 10 s and 80 s


async def test_400_fails_at_once_with_the_server_message(rig: Rig):
    rig.api.outcomes["100"] = [api.InvalidSong("Unknown song", 400)]
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    item = rig.store.by_song("100")
    assert item and item.state == State.FAILED and item.last_error == "Unknown song"
    assert rig.states()["101"] == State.DONE
    assert [s for _, s in rig.api.calls].count("100") == 1


@pytest.mark.parametrize("error", [
    api.AuthError("Unauthorized", 401), api.BillingError("Not enough credits", 412),
    api.AccountStateError("Session refresh failed", "REFRESH_FAILED")])
async def test_account_problems_pause_everything_and_keep_items(rig: Rig, error):
    rig.api.outcomes["101"] = [error]
    rig.store.add(ids(5))
    rig.scheduler.start()
    await rig.clock.advance(120)
    assert rig.scheduler.paused is not None
    assert rig.scheduler.paused.kind == error.reason
    states = rig.states()
    assert states["100"] == State.DONE  # was already in flight: finished and downloaded
    assert all(states[s] == State.QUEUED for s in ["101", "102", "103", "104"])
    assert rig.store.by_song("101").attempts == 0  # type: ignore[union-attr]
    assert len(rig.api.calls) == 2
    assert rig.scheduler.is_idle()
    rig.scheduler.start()  # the user fixed it and resumes
    await rig.clock.advance(200)
    assert set(rig.states().values()) == {State.DONE}


async def test_refresh_in_progress_waits_and_retries(rig: Rig):
    rig.api.outcomes["100"] = [api.AccountStateError("refreshing", "REFRESH_IN_PROGRESS")]
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert rig.scheduler.paused is None
    times = [t for t, _ in rig.api.calls]
    assert len(times) == 2 and times[1] - times[0] >= rig.config.refresh_wait
    assert rig.states()["100"] == State.DONE


async def test_reuse_downloads_existing_video_and_refuses_v95_without_a_call(rig: Rig):
    existing = rig.api.existing("100")
    rig.api.versions["101"] = "V9.5"
    rig.api.lookup_errors["102"] = api.TransientError("HTTP 503", 503, maybe_started=False)
    rig.store.add(["100", "101", "102"])
    rig.scheduler.start()
    await rig.clock.advance(20)
    # The look-up of 102 failed: it is not generated "as usual" but looked up again later.
    assert rig.api.calls == []
    states = rig.states()
    assert states == {"100": State.DONE, "101": State.FAILED, "102": State.QUEUED}
    assert "V9.5" in (rig.store.by_song("101").last_error or "")  # type: ignore[union-attr]
    assert "Look-up failed" in (rig.store.by_song("102").last_error or "")  # type: ignore[union-attr]
    assert (existing.video_url, rig.tmp / "out" / "Song 100 - 100.mp4") in rig.fetch.fetched
    assert [s for _, s in rig.api.lookups].count("102") >= 2  # retried with back-off
    del rig.api.lookup_errors["102"]
    await rig.clock.advance(200)
    assert [s for _, s in rig.api.calls] == ["102"]
    assert rig.states()["102"] == State.DONE


async def test_regenerate_skips_reuse_and_pays_again_only_when_asked(rig: Rig):
    rig.api.existing("100")
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(20)
    assert rig.api.calls == []
    assert rig.store.add(["100"]).already_done == ["100"]
    assert rig.store.add(["100"], regenerate=True).requeued == ["100"]
    rig.scheduler.wake()
    await rig.clock.advance(100)
    assert [s for _, s in rig.api.calls] == ["100"]
    item = rig.store.by_song("100")
    assert item and item.state == State.DONE and item.video_path.endswith("Song 100 - 100 (2).mp4")


async def test_new_downloads_are_named_by_the_template(rig: Rig):
    rig.config.name_template = "{song} ({video}) {title}"
    rig.api.existing("100")
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(20)
    item = rig.store.by_song("100")
    assert item and item.video_path and item.cover_path
    assert Path(item.video_path).name == "100 (1001) Song 100.mp4"
    assert Path(item.cover_path).name == "100 (1001) Song 100.png"  # the cover's stem too
    # a template broken by hand in the settings file: the default, never a crash
    rig.config.name_template = "{titel}"
    rig.api.existing("101")
    rig.store.add(["101"])
    rig.scheduler.wake()
    await rig.clock.advance(20)
    item = rig.store.by_song("101")
    assert item and item.video_path and Path(item.video_path).name == "Song 101 - 101.mp4"


async def test_cancel_retry_and_pause_at_any_moment(rig: Rig):
    rig.store.add(ids(4))
    rig.scheduler.start()
    await rig.clock.advance(1)
    rig.scheduler.pause()
    await rig.clock.advance(30)
    assert len(rig.api.calls) == 1
    item = rig.store.by_song("101")
    assert item is not None
    rig.scheduler.cancel([item.id])
    rig.scheduler.start()
    await rig.clock.advance(200)
    states = rig.states()
    assert states["101"] == State.CANCELLED
    assert [states[s] for s in ["100", "102", "103"]] == [State.DONE] * 3
    assert rig.scheduler.retry_failed() == 1
    await rig.clock.advance(100)
    assert rig.states()["101"] == State.DONE


async def test_spacing_holds_across_a_restart(rig: Rig):
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(0.5)
    await rig.scheduler.close()
    rig.scheduler = rig.new_scheduler()  # the app restarts 1 s after the call
    await rig.clock.advance(0.5)
    rig.store.add(["101"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert min(rig.gaps()) >= 3.0


async def test_orphaned_generation_is_found_not_paid_twice(rig: Rig):
    rig.store.add(["100", "101"])
    rig.scheduler.start()
    await rig.clock.advance(5)  # both calls sent, both generating
    await rig.scheduler.close()  # the app dies; the server keeps generating
    assert rig.states() == {"100": State.GENERATING, "101": State.GENERATING}
    # the server finishes 100 only; 101 never appears (it was lost on the server)
    rig.api.existing("100")
    rig.scheduler = rig.new_scheduler()
    rig.scheduler.start()
    await rig.clock.advance(rig.config.generation_deadline + 60)
    assert rig.states() == {"100": State.DONE, "101": State.DONE}
    assert [s for _, s in rig.api.calls] == ["100", "101", "101"]
    regenerated = [t for t, s in rig.api.calls if s == "101"][1]
    started = rig.api.calls[1][0]
    assert regenerated - started >= rig.config.generation_deadline


async def test_lost_answer_is_looked_up_before_paying_again(rig: Rig):
    rig.api.lose_answer.add("100")
    rig.store.add(["100"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert rig.api.generated["100"] == 1
    assert rig.states()["100"] == State.DONE


async def test_expired_links_are_refreshed_by_lookup_not_regenerated(rig: Rig):
    rig.store.add(["100"])
    rig.fetch.errors = [DownloadError("link expired", expired=True)]
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert rig.states()["100"] == State.DONE
    assert len(rig.api.calls) == 1
    assert [s for _, s in rig.api.lookups].count("100") == 2  # reuse check + refresh


async def test_disk_full_pauses_and_keeps_the_links(rig: Rig):
    rig.store.add(["100", "101"])
    rig.fetch.errors = [DownloadError("No space left on device", disk_full=True)]
    rig.scheduler.start()
    await rig.clock.advance(60)
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "disk"
    item = rig.store.by_song("100")
    assert item and item.state == State.QUEUED and item.video_url
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert rig.states() == {"100": State.DONE, "101": State.DONE}
    assert rig.api.generated["100"] == 1


async def test_lookups_learn_to_share_the_limit(rig: Rig):
    rig.api.lookup_errors["101"] = api.RateLimited("Too frequently")
    rig.store.add(ids(2))
    rig.scheduler.start()
    await rig.clock.advance(1)
    del rig.api.lookup_errors["101"]
    await rig.clock.advance(100)
    assert rig.scheduler.pacer.lookups_share_limit
    assert rig.states() == {"100": State.DONE, "101": State.DONE}


async def test_eta_from_limits(rig: Rig):
    rig.store.add(ids(100))
    eta = rig.scheduler.eta()
    # 10 slots / 45 s is the tighter limit: one start every 4.5 s, then the last generation.
    assert eta == pytest.approx(99 * 4.5 + 45, rel=0.01)
    rig.scheduler.set_concurrency(1)
    assert rig.scheduler.eta() == pytest.approx(100 * 45, rel=0.01)


async def test_running_flag_survives_a_restart_so_the_app_resumes(rig: Rig):
    rig.store.add(ids(2))
    assert not rig.scheduler.was_running
    rig.scheduler.start()
    await rig.clock.advance(1)
    await rig.scheduler.close()
    assert rig.new_scheduler().was_running  # killed while running: resume on next start
    rig.scheduler = rig.new_scheduler()
    rig.scheduler.start()
    rig.scheduler.pause()
    assert not rig.new_scheduler().was_running  # the user paused: stay paused


async def test_a_song_put_back_after_a_9008_goes_first_again(rig: Rig):
    # 100 fails (400) and is retried while 101 waits after its 9008: 101 is sent again
    # before 100, although 100 comes earlier in the queue.
    rig.api.outcomes["100"] = [api.InvalidSong("Unknown song", 400)]
    rig.api.outcomes["101"] = [api.RateLimited("Too frequently")]
    rig.store.add(ids(3))
    rig.scheduler.start()
    while len(rig.api.calls) < 2:
        await rig.clock.advance(0.1)
    await rig.clock.advance(0.1)  # 101's 9008 is in
    assert rig.states()["101"] == State.QUEUED
    assert rig.scheduler.retry_failed() == 1  # 100 queued again, ahead of 101 by position
    await rig.clock.advance(120)
    assert [s for _, s in rig.api.calls] == ["100", "101", "101", "100", "102"]
