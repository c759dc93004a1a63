"""Several Mureka accounts in virtual time: routing, per-account lanes, the learned spacing
scope, per-account pause, per-account status."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from fakes import ACCOUNTS, Rig, full

from mureka_desktop.core.accounts.lanes import SCOPE_KEY, song_account
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.scheduler import Event


def songs(per_account: int = 10, accounts: tuple[str, ...] = ACCOUNTS) -> list[str]:
    # Interleaved as a user would paste them: not grouped by account.
    return [full(a, 500000 + 1000 * k + i) for i in range(per_account)
            for k, a in enumerate(accounts)]


@pytest.fixture
def rig(make_rig: Callable[..., Rig]) -> Rig:
    r = make_rig(reuse_existing=False)
    r.api.generation_time = 8.0
    r.api.listed = dict.fromkeys(ACCOUNTS)  # /accounts: all three, healthy
    return r


def test_account_comes_from_the_string_id():
    assert song_account("user:777-mureka:555000111-song:700000004") == "555000111"
    assert song_account("USER:7-MUREKA:0042-SONG:9") == "42"
    assert song_account("700000004") is None


async def test_accounts_work_side_by_side_each_with_its_own_spacing_and_slots(rig: Rig):
    rig.api.spacing_scope = "account"  # the server enforces 3 s per account
    rig.store.add(songs(30))
    rig.scheduler.start()
    await rig.clock.advance(300)
    assert set(rig.states().values()) == {State.DONE}
    assert rig.api.rejected == []
    first = sorted(t for t, _ in rig.api.calls)[:3]
    assert first[-1] - first[0] < 1.0  # three accounts: three calls within one second
    for account in ACCOUNTS:
        times = rig.calls_of(account)
        assert len(times) == 30
        assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 3.0
        assert rig.api.max_in_flight_by[account] <= 10
    # Each account at its own ideal: a call every 3.08 s until the 10 slots fill, then one
    # as each 8 s generation ends (spacing is the tighter limit here).
    starts = [t for t, _ in rig.api.calls]
    # (+0.9 s: while the scope is unknown, the third account waits for the second's probe.)
    assert max(starts) - min(starts) <= 29 * (3.0 + rig.config.margin) + 0.9 + 0.1
    assert rig.store.get_meta(SCOPE_KEY) == "account"
    # Known per account: the next run sends the first three calls at the same instant.
    await rig.scheduler.close()
    rig.scheduler = rig.new_scheduler()
    rig.api.listed = dict.fromkeys(("444", "555", "666"))
    rig.store.add([full("444", 1), full("555", 2), full("666", 3)])
    rig.scheduler.start()
    await rig.clock.advance(30)
    assert len({t for t, s in rig.api.calls[-3:]}) == 1


async def test_bare_number_is_routed_by_its_look_up_and_sent_as_the_string(
        make_rig: Callable[..., Rig]):
    rig = make_rig()
    rig.api.generation_time = 8.0
    rig.api.full_ids = {"900001": full("222", 900001), "900002": full("333", 900002)}
    rig.store.add(["900001", "900002", full("111", 900003)])
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert set(rig.states().values()) == {State.DONE}
    sent = sorted(s for _, s in rig.api.calls)
    assert sent == sorted([full("222", 900001), full("333", 900002), full("111", 900003)])
    item = rig.store.by_song("900001")
    assert item is not None and item.song_id == full("222", 900001)
    assert {lane.key for lane in rig.scheduler.lanes.all()} >= {"111", "222", "333"}


async def test_unknown_account_lane_keeps_3s_against_every_account(rig: Rig):
    rig.api.spacing_scope = "token"  # the worst case for a song of unknown account
    rig.store.add(["100", full("111", 1), "101", full("111", 2), "102"])
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert set(rig.states().values()) == {State.DONE}
    assert rig.api.rejected == []
    assert min(rig.gaps()) >= 3.0


async def test_6323_shrinks_only_that_accounts_window(rig: Rig):
    rig.store.add(songs(12, ("111", "222")))
    rig.scheduler.start()
    await rig.clock.advance(4)  # two calls per account out
    rig.api.outcomes[full("111", 500002)] = [api.SlotsBusy("Generate multiple task exceed "
                                                           "limit. (6323)")]
    await rig.clock.advance(3.5)
    assert rig.scheduler.lanes.lane("111").window.size == 2
    assert rig.scheduler.lanes.lane("222").window.size == 10
    await rig.clock.advance(300)
    assert set(rig.states().values()) == {State.DONE}


async def test_token_wide_rule_is_learned_from_one_9008_and_kept(rig: Rig, caplog):
    rig.api.spacing_scope = "token"
    rig.store.add(songs(10))
    caplog.set_level(logging.INFO)
    rig.scheduler.start()
    await rig.clock.advance(400)
    assert set(rig.states().values()) == {State.DONE}
    assert len(rig.api.rejected) == 1  # the one call that taught it
    assert rig.scheduler.lanes.token_wide
    assert rig.store.get_meta(SCOPE_KEY) == "token"
    assert any("per useapi.net token" in r.getMessage() for r in caplog.records)
    times = sorted(t for t, _ in rig.api.calls)
    after = [t for t in times if t > rig.api.rejected[0][0]]
    assert min(b - a for a, b in zip(after, after[1:], strict=False)) >= 3.0
    # The margin was not widened: the spacing was right, the scope was wrong.
    assert rig.scheduler.lanes.lane("111").pacer.margin == pytest.approx(rig.config.margin)
    # Learned for good: a new scheduler on the same store spaces token-wide from the start.
    await rig.scheduler.close()
    rig.scheduler = rig.new_scheduler()
    assert rig.scheduler.lanes.token_wide
    rig.scheduler.lanes.reset_scope()
    assert not rig.new_scheduler().lanes.token_wide


async def test_an_ordinary_9008_within_one_account_teaches_nothing(rig: Rig):
    rig.api.outcomes[full("111", 500001)] = [api.RateLimited("Too frequently")]
    rig.store.add(songs(3, ("111",)))
    rig.scheduler.start()
    await rig.clock.advance(100)
    assert set(rig.states().values()) == {State.DONE}
    assert not rig.scheduler.lanes.token_wide
    assert rig.store.get_meta(SCOPE_KEY) is None


async def test_a_broken_account_pauses_its_songs_only(rig: Rig):
    events: list[Event] = []
    rig.scheduler.subscribe(events.append)
    rig.api.account_errors["222"] = api.AccountStateError(
        "Session refresh failed, manual update required", "REFRESH_FAILED")
    rig.store.add(songs(10))
    rig.scheduler.start()
    await rig.clock.advance(10)
    paused = [e.reason for e in events if e.kind == "paused" and e.reason]
    assert paused and paused[0].account == "222" and "222" in paused[0].message
    assert "Update the account" in paused[0].message
    assert rig.scheduler.paused is None  # the others carry on
    assert rig.scheduler.status().accounts_text.split(" · ")[1] == "222 paused"
    await rig.clock.advance(300)
    states = {s: st for s, st in rig.states().items()}
    for song, state in states.items():
        assert state == (State.QUEUED if song_account(song) == "222" else State.DONE), song
    assert len(rig.calls_of("222")) == 1  # one refused call, then nothing for that account
    # Nothing left but the paused account's songs: the queue still runs (the toolbar shows
    # no whole-queue pause), says why the songs wait, and is idle (the CLI ends).
    assert rig.scheduler.paused is None and rig.scheduler.running
    waiting = rig.scheduler.waiting_reason()
    assert waiting is not None and waiting.account == "222"
    assert rig.scheduler.status().waiting_text == "Running · account 222 paused (10 songs)"
    assert await rig.scheduler.wait_idle()
    # The user fixes the account and resumes: its songs go.
    del rig.api.account_errors["222"]
    rig.scheduler.start()
    await rig.clock.advance(200)
    assert set(rig.states().values()) == {State.DONE}


async def test_a_token_every_account_refuses_pauses_everything(rig: Rig):
    for account in ACCOUNTS:
        rig.api.account_errors[account] = api.AuthError("Unauthorized", 401)
    paused: list[Any] = []
    rig.scheduler.subscribe(lambda e: paused.append(e) if e.kind == "paused" else None)
    rig.store.add(songs(5))
    rig.scheduler.start()
    await rig.clock.advance(60)
    # "Unauthorized" is the token, not one account: the whole queue pauses at once, told once
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "auth"
    assert rig.scheduler.paused.account is None
    assert "Songs of other accounts carry on" not in rig.scheduler.paused.message
    assert len(paused) == 1
    assert len(rig.api.calls) <= 3  # at most the calls already on their way
    assert set(rig.states().values()) == {State.QUEUED}
    assert rig.api.generated == {}


async def test_one_accounts_rejected_login_pauses_that_account_only(rig: Rig):
    rig.api.account_errors["222"] = api.AuthError("Wrong username/password combination.", 401)
    rig.store.add(songs(6))
    rig.scheduler.start()
    await rig.clock.advance(120)
    states = rig.states()
    for song, state in states.items():
        assert state == (State.QUEUED if song_account(song) == "222" else State.DONE), song


async def test_status_shows_slots_per_account_and_a_combined_eta(rig: Rig):
    rig.store.set_meta(SCOPE_KEY, "account")  # learned before: no probe delays the third
    await rig.scheduler.close()
    rig.scheduler = rig.new_scheduler()
    rig.store.add(songs(20))
    assert rig.scheduler.status().accounts_text == ""
    one_account_eta = rig.scheduler.eta()
    rig.scheduler.start()
    await rig.clock.advance(10)
    status = rig.scheduler.status()
    # Calls at 0, 3.08, 6.16, 9.24 on each account; the first 8 s generation is over.
    assert status.accounts_text == "111 3/10 · 222 3/10 · 333 3/10"
    assert status.in_flight == 9
    rig.scheduler.pause_account(PauseReason("billing", "credits"), "333")
    assert rig.scheduler.status().accounts_text.endswith("333 paused")
    # Three accounts at once: the ETA counts their combined rate, not one account's.
    assert one_account_eta is not None
    eta = rig.scheduler.eta()
    assert eta is not None and eta < one_account_eta / 1.5


def test_status_bar_text_per_account():
    from mureka_desktop.core.accounts.lanes import LaneStatus, lanes_text

    lanes = (LaneStatus("A", 10, 10, None), LaneStatus("B", 7, 10, None),
             LaneStatus("C", 0, 10, PauseReason("account", "broken", "C")))
    assert lanes_text(lanes) == "A 10/10 · B 7/10 · C paused"


async def test_one_accounts_long_run_first_in_line_does_not_hold_the_others_back(
        make_rig: Callable[..., Rig]):
    rig = make_rig()  # with the look-ups before each generation
    rig.api.generation_time = 8.0
    rig.store.add([full("111", 800000 + i) for i in range(80)]
                  + [full("222", 900000 + i) for i in range(5)])
    rig.scheduler.start()
    await rig.clock.advance(20)
    # Account 222's songs are 81st to 85th in line: they still start within seconds.
    assert len(rig.calls_of("222")) >= 4
    assert len(rig.calls_of("111")) >= 6


async def test_a_9008_from_network_jitter_in_steady_state_teaches_nothing(rig: Rig):
    # Per account, side by side: a 9008 on an account's third call (its own previous call
    # 3.08 s before, by our clock; the server saw it later, through a loaded network) while
    # the other accounts called a moment before.  That is no evidence the rule is
    # token-wide: an ordinary 9008, the margin widens, nothing is learned.
    rig.api.outcomes[full("222", 501002)] = [api.RateLimited("Too frequently")]
    rig.store.add(songs(5))
    rig.scheduler.start()
    await rig.clock.advance(200)
    assert set(rig.states().values()) == {State.DONE}
    assert not rig.scheduler.lanes.token_wide
    assert rig.scheduler.lanes.lane("222").pacer.margin > rig.config.margin


async def test_each_account_fills_its_own_ten_slots_and_no_more(rig: Rig):
    rig.api.generation_time = 45.0  # slots, not spacing, are the limit
    rig.store.add(songs(25))
    rig.scheduler.start()
    await rig.clock.advance(60)
    assert dict(rig.api.max_in_flight_by) == {"111": 10, "222": 10, "333": 10}
    assert rig.api.max_in_flight == 30  # three accounts: three times the slots of one
    await rig.clock.advance(400)
    assert set(rig.states().values()) == {State.DONE}
    assert max(rig.api.max_in_flight_by.values()) == 10
