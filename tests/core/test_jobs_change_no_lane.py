"""Jobs change no lane and no run state: what an answer says about an account (a 9008, a 6323,
a clean answer, a refreshing session, a spaced look-up, whose song it is, what /accounts
lists) and whether the API answers are outcomes the scheduler applies.

Each new outcome has a scenario here run twice through the real scheduler (fake API, virtual
time): once as is, once with the scheduler dropping that one outcome.  The effect is seen in
the first run and not in the second, so it happens through the outcome and nowhere else.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fakes import Rig, full

from mureka_desktop.core.accounts import lanes as lanes_module
from mureka_desktop.core.accounts import pacing
from mureka_desktop.core.accounts.lanes import LanesView
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue import connectivity, download_jobs, generation, lookups, roster
from mureka_desktop.core.queue import outcomes as out
from mureka_desktop.core.queue.connectivity import Reachability

JOBS = (generation, lookups, download_jobs, roster)
JOB_FILES = {Path(m.__file__ or "").resolve() for m in JOBS}
FORBIDDEN = re.compile(r"\b(AccountLanes?|Connectivity|Scheduler|Applying)\b")


# ---------------------------------------------------------------- what a job is given
@pytest.mark.parametrize("module", JOBS, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_a_job_module_knows_no_mutable_lane_or_connectivity(module: Any):
    names = vars(module)
    assert "AccountLanes" not in names and "AccountLane" not in names
    assert "Connectivity" not in names
    for cls in (v for v in names.values() if inspect.isclass(v) and v.__module__ ==
                module.__name__):
        for p in inspect.signature(cls.__init__).parameters.values():
            assert not FORBIDDEN.search(str(p.annotation)), p


def test_the_views_jobs_get_are_read_only(tmp_path: Path):
    rig = Rig(tmp_path)
    view = rig.scheduler.generations.lanes
    assert isinstance(view, LanesView) and rig.scheduler.lookups.lanes is view
    assert isinstance(rig.scheduler.downloads.online, Reachability)
    for target, name in ((view, "token_wide"), (view, "_lanes"),
                         (rig.scheduler.downloads.online, "_of")):
        with pytest.raises(AttributeError):
            setattr(target, name, None)
    # what a job may ask of the lanes (adding a way to change them fails here)
    public = {n for n in dir(LanesView) if not n.startswith("_")}
    assert public == {"key_of", "accounts", "wait_time", "lookups_share_limit", "token_wide"}
    rig.store.close()


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attribute set on a lane, a pacer, a window, the lanes or the connectivity while
    a job's own code runs (its frame on the stack): none may be."""
    bad: list[str] = []
    for cls in (lanes_module.AccountLane, lanes_module.AccountLanes, pacing.Pacer,
                pacing.Window, connectivity.Connectivity):
        def setter(self: object, name: str, value: object,
                   _base: Callable[..., None] = cls.__setattr__) -> None:
            frame = sys._getframe(1)
            while frame is not None:
                code = frame.f_code
                if code.co_name != "__init__" and (
                        Path(code.co_filename).resolve() in JOB_FILES
                        or code.co_qualname.startswith("Reachability.")):
                    bad.append(f"{type(self).__name__}.{name} set in {code.co_qualname}")
                    break
                frame = frame.f_back  # type: ignore[assignment]
            _base(self, name, value)
        monkeypatch.setattr(cls, "__setattr__", setter)
    return bad


async def test_no_job_sets_lane_or_connectivity_state(tmp_path: Path, watched: list[str]):
    rig = Rig(tmp_path, concurrency=2)
    rig.api.generation_time = 5.0
    rig.api.listed = {"111": None, "222": None}
    rig.store.set_meta("lookups_share_limit", "1")
    rig.scheduler = rig.new_scheduler()
    a = rig.api
    a.outcomes[full("111", 1)] = [api.RateLimited("Too frequently")]
    a.outcomes[full("111", 2)] = [api.SlotsBusy("All slots busy")]
    a.outcomes[full("222", 3)] = [api.AccountStateError("Refreshing", "REFRESH_IN_PROGRESS")]
    a.outcomes[full("222", 4)] = [api.TransientError("HTTP 502", 502, maybe_started=True)]
    a.outcomes[full("222", 5)] = [api.InvalidSong("The song has been deleted", 400)]
    rig.store.add([full("111", 1), full("111", 2), full("222", 3), full("222", 4),
                   full("222", 5), full("111", 6)])
    rig.scheduler.start()
    await rig.clock.advance(40)
    a.offline = True
    rig.store.add([full("111", 7)])
    rig.scheduler.wake()
    await rig.clock.advance(20)
    a.offline = False
    await rig.clock.advance(200)
    states = rig.states()
    assert states[full("222", 5)] == State.FAILED
    assert all(s == State.DONE for k, s in states.items() if k != full("222", 5)), states
    assert watched == []
    await rig.scheduler.close()
    rig.store.close()


# ---------------------------------------------------------------- one scenario per outcome
Scenario = Callable[[Rig], Any]


async def _run(tmp_path: Path, drop: type | None, setup: Callable[[Rig], None],
               seconds: float, observe: Callable[[Rig], object], **config: Any
               ) -> tuple[object, list[type]]:
    rig = Rig(tmp_path / (drop.__name__ if drop else "all"), **config)
    rig.api.generation_time = 5.0
    setup(rig)
    seen: list[type] = []
    apply = rig.scheduler.apply

    def spy(outcome: out.Outcome) -> None:
        seen.append(type(outcome))
        if type(outcome) is not drop:
            apply(outcome)

    rig.scheduler.apply = spy  # type: ignore[method-assign]
    rig.scheduler.start()
    await rig.clock.advance(seconds)
    result = observe(rig)
    await rig.scheduler.close()
    rig.store.close()
    return result, seen


def _gap(rig: Rig, song: str) -> float:
    times = [t for t, s in rig.api.calls if s == song]
    return times[1] - times[0]


def too_frequent(rig: Rig) -> None:
    rig.store.add(["1"])
    rig.api.outcomes["1"] = [api.RateLimited("Too frequently")]


def slots_full(rig: Rig) -> None:
    rig.store.add(["1"])
    rig.api.outcomes["1"] = [api.SlotsBusy("All slots busy")]


def taken(rig: Rig) -> None:
    rig.store.set_meta("pacing_margin", "1.0")
    rig.scheduler = rig.new_scheduler()
    rig.store.add(["1"])


def lane_waits(rig: Rig) -> None:
    rig.store.add(["1"])
    rig.api.outcomes["1"] = [api.AccountStateError("Refreshing", "REFRESH_IN_PROGRESS")]


def lookup_sent(rig: Rig) -> None:
    rig.store.set_meta("lookups_share_limit", "1")
    rig.scheduler = rig.new_scheduler()
    rig.store.add(["1"])


def lookups_share_limit(rig: Rig) -> None:
    rig.store.add(["1"])
    real = rig.api.get_song
    refused = [api.RateLimited("Too frequently")]

    async def get_song(song_id: str) -> api.SongInfo:
        if refused:
            raise refused.pop()
        return await real(song_id)

    rig.api.get_song = get_song  # type: ignore[method-assign]


def routed(rig: Rig) -> None:
    rig.api.listed = {"111": None}
    rig.store.add([full("999", 5)])


def owner(rig: Rig) -> None:
    rig.api.listed = {"111": None, "222": "Session refresh failed (REFRESH_FAILED)"}
    rig.api.full_ids["700"] = full("222", 700)
    rig.api.lookup_errors["700"] = api.AccountStateError("Session refresh failed",
                                                         "REFRESH_FAILED")
    rig.store.add(["700"])


def listed(rig: Rig) -> None:
    rig.api.listed = {"111": None}
    rig.store.add([full("999", 5)])


def online(rig: Rig) -> None:
    rig.api.offline = True
    rig.store.add(["1"])

    async def back() -> None:
        await rig.clock.sleep(20)
        rig.api.offline = False

    rig.scheduler.tasks.spawn(back())


CASES: list[tuple[type, Callable[[Rig], None], float, Callable[[Rig], object], dict]] = [
    # 9008: the margin widens
    (out.TooFrequent, too_frequent, 20, lambda r: r.scheduler.pacer.margin > 0.08, {}),
    # 6323: no call for the documented 5 s (else the 3 s spacing)
    (out.SlotsFull, slots_full, 20, lambda r: _gap(r, "1") >= 5.0, {}),
    # a clean answer: the margin decays from 1.0
    (out.Taken, taken, 20, lambda r: r.scheduler.pacer.margin < 1.0, {}),
    # a session refreshing: the account waits refresh_wait (15 s) before the next call
    (out.LaneWaits, lane_waits, 40, lambda r: _gap(r, "1") >= 15.0, {}),
    # look-ups share the 3 s rule: the generate call waits 3 s after the look-up
    (out.LookupSent, lookup_sent, 20,
     lambda r: r.api.calls[0][0] - r.api.lookups[0][0] >= 3.0, {}),
    # a 9008 on a look-up teaches that look-ups share the limit (kept in the store)
    (out.LookupsShareLimit, lookups_share_limit, 20,
     lambda r: r.store.get_meta("lookups_share_limit") == "1", {}),
    # a song of an account the token does not have, looked up once, then waits and says so
    (out.Routed, routed, 30,
     lambda r: len(r.api.lookups) == 1 and r.scheduler.waiting_reason() is not None, {}),
    # a 596 on a bare number's look-up and /accounts: the song is the broken account's
    (out.Owner, owner, 60,
     lambda r: r.scheduler.picker.waiting_by_account() == (("222", 1),), {}),
    # what /accounts lists: an account it does not list is never called
    (out.Listed, listed, 30, lambda r: r.api.calls == [], {}),
    # the API answers again: the queue resumes by itself
    (out.Online, online, 120,
     lambda r: r.scheduler.paused is None and r.states() == {"1": State.DONE}, {}),
]


@pytest.mark.parametrize(("kind", "setup", "seconds", "observe", "config"), CASES,
                         ids=[c[0].__name__ for c in CASES])
async def test_each_new_outcome_takes_effect_only_when_the_scheduler_applies_it(
        tmp_path: Path, kind: type, setup: Callable[[Rig], None], seconds: float,
        observe: Callable[[Rig], object], config: dict):
    applied, seen = await _run(tmp_path, None, setup, seconds, observe, **config)
    assert kind in seen
    assert applied is True
    dropped, _ = await _run(tmp_path, kind, setup, seconds, observe, **config)
    assert dropped is False
