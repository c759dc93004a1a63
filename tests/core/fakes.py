"""A fake API and fetcher on a FakeClock, for the scheduler's virtual-time tests."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from mureka_desktop.core.accounts.lanes import song_account
from mureka_desktop.core.api import client as api
from mureka_desktop.core.downloads.fetch import Kind
from mureka_desktop.core.model.config import SchedulerConfig
from mureka_desktop.core.model.items import ACTIVE_STATES, State
from mureka_desktop.core.queue.scheduler import Scheduler
from mureka_desktop.core.runtime.clock import FakeClock
from mureka_desktop.core.storage.store import Store

ACCOUNTS = ("111", "222", "333")  # the fake token's Mureka accounts in the account tests


def full(account: str, n: int) -> str:
    """Song ``n``'s full id on ``account``."""
    return f"user:777-mureka:{account}-song:{n}"


class FakeApi:
    def __init__(self, clock: FakeClock, generation_time: float = 45.0) -> None:
        self.clock = clock
        self.generation_time = generation_time
        self.calls: list[tuple[float, str]] = []
        self.lookups: list[tuple[float, str]] = []
        self.outcomes: dict[str, list[Exception]] = defaultdict(list)
        self.lookup_errors: dict[str, Exception] = {}
        self.lookup_fails: dict[str, list[Exception]] = defaultdict(list)  # each raised once
        self.versions: dict[str, str] = {}
        self.videos: dict[str, api.GeneratedVideo] = {}
        self.generated: dict[str, int] = defaultdict(int)
        self.in_flight = 0
        self.max_in_flight = 0
        self.next_video = 1000
        self.lose_answer: set[str] = set()
        self.garble_answer: set[str] = set()
        self.lookup_lag = 0.0  # a new video shows in look-ups only this much later
        self.made_at: dict[str, float] = {}
        self.offline = False
        self.probes: list[float] = []
        # Several Mureka accounts: a standing error per account, the 3 s rule enforced per
        # account or per token (None: not enforced, the tests above check the gaps), the
        # full string id a bare number's look-up answers with.
        self.account_errors: dict[str | None, Exception] = {}
        self.spacing_scope: str | None = None
        self.rejected: list[tuple[float, str]] = []
        self.full_ids: dict[str, str] = {}
        self.in_flight_by: Counter[str | None] = Counter()
        self.max_in_flight_by: Counter[str | None] = Counter()
        self._last_by: dict[str | None, float] = {}
        # What GET /accounts answers: account -> its error (None: healthy); None: 404.
        self.listed: dict[str, str | None] | None = None
        self.accounts_asked: list[float] = []
        self.accounts_time = 0.0  # /accounts answers this long after it is asked
        self.accounts_fail: list[Exception] = []  # /accounts raises these first, in turn
        self.lookup_time = 0.0  # a look-up takes this long (0: answered at once)

    def existing(self, song_id: str) -> api.GeneratedVideo:
        self.next_video += 1
        video = api.GeneratedVideo(f"https://cdn.test/{self.next_video}.mp4",
                          f"https://cdn.test/{self.next_video}.png", str(self.next_video))
        self.videos[song_id] = video
        return video

    def _unreachable(self) -> None:
        if self.offline:
            raise api.Unreachable("Cannot reach the API: ConnectError")

    async def accounts(self) -> list[api.AccountHealth]:
        self._unreachable()
        self.accounts_asked.append(self.clock.time())
        if self.accounts_time:
            await self.clock.sleep(self.accounts_time)
        if self.accounts_fail:
            raise self.accounts_fail.pop(0)
        if self.listed is None:
            raise api.ApiError("No account is configured", 404)
        return [api.AccountHealth(a, None, 1.0, True, error) for a, error in self.listed.items()]

    async def probe(self) -> None:
        self.probes.append(self.clock.time())
        self._unreachable()

    def _too_soon(self, account: str | None) -> bool:
        if self.spacing_scope is None:
            return False
        key = account if self.spacing_scope == "account" else "token"
        now = self.clock.time()
        previous, self._last_by[key] = self._last_by.get(key), now
        return previous is not None and now - previous < 3.0

    async def generate_video(self, song_id: str) -> api.GeneratedVideo:
        self._unreachable()
        # The song's real owner: an id naming another account reaches it all the same.
        account = song_account(self.full_ids.get(song_id, song_id))
        self.calls.append((self.clock.time(), song_id))
        if self._too_soon(account):
            self.rejected.append((self.clock.time(), song_id))
            raise api.RateLimited("Too frequently, please try again later.")
        if self.outcomes[song_id]:
            raise self.outcomes[song_id].pop(0)
        if account in self.account_errors:
            raise self.account_errors[account]
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        self.in_flight_by[account] += 1
        self.max_in_flight_by[account] = max(self.max_in_flight_by[account],
                                             self.in_flight_by[account])
        try:
            await self.clock.sleep(self.generation_time)
        finally:
            self.in_flight -= 1
            self.in_flight_by[account] -= 1
        self.generated[song_id] += 1
        video = self.existing(song_id)
        self.made_at[song_id] = self.clock.time()
        if song_id in self.lose_answer:
            self.lose_answer.discard(song_id)
            raise api.TransientError("HTTP 502: lost", 502, maybe_started=True)
        if song_id in self.garble_answer:
            self.garble_answer.discard(song_id)
            raise api.UnreadableSuccess("HTTP 200 with a body that is not JSON: 'OK<!doc'")
        return video

    async def get_song(self, song_id: str) -> api.SongInfo:
        self._unreachable()
        self.lookups.append((self.clock.time(), song_id))
        if self.lookup_time:
            await self.clock.sleep(self.lookup_time)
        if song_id in self.lookup_errors:
            raise self.lookup_errors[song_id]
        if self.lookup_fails[song_id]:
            raise self.lookup_fails[song_id].pop(0)
        song_id = self.full_ids.get(song_id, song_id)
        video = self.videos.get(song_id)
        if self.clock.time() < self.made_at.get(song_id, -1e18) + self.lookup_lag:
            video = None
        return api.SongInfo(song_id, f"Song {song_id}", self.versions.get(song_id, "V8"), None,
                            video)


class FakeFetch:
    def __init__(self, clock: FakeClock | None = None) -> None:
        self.fetched: list[tuple[str, Path]] = []
        self.errors: list[Exception] = []
        self.clock = clock
        self.time = 0.0  # a download takes this long (0: at once)

    async def __call__(self, url: str, dest: Path, kind: Kind, progress: object) -> int:
        if self.time and self.clock is not None:
            await self.clock.sleep(self.time)
        if self.errors:
            raise self.errors.pop(0)
        self.fetched.append((url, dest))
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(b"0123456789")
        return 10


class Rig:
    """A scheduler on a fake API, fetcher and clock, with a real store in ``tmp``."""

    def __init__(self, tmp: Path, **config: object) -> None:
        self.tmp = tmp
        self.clock = FakeClock()
        self.api = FakeApi(self.clock)
        self.fetch = FakeFetch(self.clock)
        self.store = Store(tmp / "q.sqlite3", now=self.clock.time)
        self.config = SchedulerConfig(output_dir=tmp / "out", **config)  # type: ignore[arg-type]
        self.scheduler = self.new_scheduler()

    def new_scheduler(self) -> Scheduler:
        return Scheduler(self.store, self.api, self.fetch, self.config, clock=self.clock,
                         rng=random.Random(0))

    def states(self) -> dict[str, State]:
        return {i.song_id: i.state for i in self.store.all_items()}

    def calls_of(self, account: str) -> list[float]:
        return [t for t, s in self.api.calls if song_account(s) == account]

    def gaps(self) -> list[float]:
        times = [t for t, _ in self.api.calls]
        return [b - a for a, b in zip(times, times[1:], strict=False)]


def item(rig: Rig, song: str) -> Any:
    """The queue row of ``song`` (it must be there)."""
    found = rig.store.by_song(song)
    assert found is not None
    return found


def settled(rig: Rig) -> None:
    """Nothing left running or stuck in an active state: the run is over."""
    assert rig.scheduler.is_idle()
    assert not rig.store.items_in(*ACTIVE_STATES), rig.states()
