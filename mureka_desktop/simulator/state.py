"""The simulator's state: its settings and what it has seen (counters tests assert on).

One Mureka account by default, as before; with ``accounts`` several, each with its own
generation slots, credits and error state, songs dealt to them by number, and the 3 s rule
counted per account or per token (``spacing_scope``), as the real API may do either.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import re
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

DEMO_TOKEN = "user:777-demoTokenForTheSimulator"
DEFAULT_ACCOUNT = "123456789"
_FULL = re.compile(r"user:(\d+)-mureka:(\d+)-song:(\d+)")


@dataclass
class SimConfig:
    token: str = DEMO_TOKEN
    seed: int = 1
    generation_time: float = 45.0
    generation_jitter: float = 0.15
    min_interval: float = 3.0
    slots: int = 10
    external_busy: int = 0
    credits: int | None = None
    account_error: str | None = None
    subscription_expired: bool = False
    fault_rate: float = 0.0
    # what a fault is: a 500 or 502 before generating (nothing made), or a garbled 200 after
    fault_kinds: list[str] = field(default_factory=lambda: ["500", "502", "garbage"])
    lost_response_rate: float = 0.0
    v95_rate: float = 0.0
    deleted_rate: float = 0.0
    existing_video_rate: float = 0.0
    v95_songs: list[str] = field(default_factory=list)
    deleted_songs: list[str] = field(default_factory=list)
    existing_video_songs: list[str] = field(default_factory=list)
    link_ttl: float | None = None
    lookup_shares_limit: bool = False
    media_base: str | None = None
    library_size: int = 60
    clip: str = ""
    # Faults of a hostile or broken server, per song:
    garbled_songs: list[str] = field(default_factory=list)  # first 200 unreadable (generated)
    bad_url_songs: list[str] = field(default_factory=list)  # video_url httpx cannot parse
    nan_duration_songs: list[str] = field(default_factory=list)  # look-up: NaN duration
    video_lookup_lag: float = 0.0  # a new video shows in look-ups only this much later
    # Several Mureka accounts behind the token (empty: the one DEFAULT_ACCOUNT, as before).
    accounts: list[str] = field(default_factory=list)
    spacing_scope: str = "account"  # the 3 s rule per "account" or per "token"
    broken_accounts: dict[str, str] = field(default_factory=dict)  # account -> 596 code
    # A broken account's songs answer their look-ups with its 596 too (the look-up goes
    # through the account's session)
    lookups_check_account: bool = True
    # Accounts whose songs exist (and generate) but that /accounts does not list: an account
    # the token does not have, or one removed from it mid-run
    hidden_accounts: list[str] = field(default_factory=list)
    # a Retry-After header on a 429, by its code ("9008", "6323"), e.g. {"6323": "999999"}
    retry_after: dict[str, str] = field(default_factory=dict)
    account_credits: dict[str, int] = field(default_factory=dict)  # else ``credits``
    # What a hostile server may send as text (tests of the window's text handling):
    titles: dict[str, str] = field(default_factory=dict)  # song id -> its title
    lyrics: dict[str, str] = field(default_factory=dict)  # song id -> its lyrics
    song_errors: dict[str, str] = field(default_factory=dict)  # song id -> a 400's error

    def update(self, changes: dict[str, Any]) -> None:
        names = {f.name for f in fields(self)}
        for key, value in changes.items():
            if key not in names:
                raise KeyError(key)
            setattr(self, key, value)


class Simulator:
    """The simulator's state; ``stats()`` gives the counters tests assert on."""

    def __init__(self, config: SimConfig, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.config = config
        self.now = clock
        # The 3 s rule and call times on a monotonic clock, or on the injected one.
        self.monotonic = time.monotonic if clock is time.time else clock
        self.sleep = sleep
        self.garbled: set[str] = set()
        self.rng = random.Random(config.seed)
        self.started = time.time()
        self.last_calls: dict[str, float] = {}  # by account, or "token" (spacing_scope)
        self.in_flight: set[int] = set()
        self.max_in_flight = 0
        self.in_flight_by: dict[str, set[int]] = {}
        self.max_in_flight_by: Counter[str] = Counter()
        self.calls: list[dict[str, Any]] = []
        self.generations: Counter[str] = Counter()
        self.videos: dict[str, dict[str, Any]] = {}
        self.video_songs: dict[str, str] = {}
        self.media_requests = 0
        self.media_auth_headers = 0
        self.media_bytes: dict[str, bytes] = {}
        self._jobs: set[asyncio.Task[Any]] = set()
        self._next_job = 0
        # Video ids from the clock in milliseconds, one more at least per video: no two songs
        # share one, and neither do two runs (a demo data folder keeps the first's videos).
        self._next_video = 0

    # ------------------------------------------------------------------ accounts
    @property
    def last_call(self) -> float | None:
        return max(self.last_calls.values(), default=None)

    @last_call.setter
    def last_call(self, value: float | None) -> None:
        """Tests pretend 3 s passed with ``last_call = None``."""
        self.last_calls = {} if value is None else {key: value for key in self.last_calls}

    @property
    def account_ids(self) -> list[str]:
        return list(self.config.accounts) or [DEFAULT_ACCOUNT]

    @property
    def several(self) -> bool:
        return len(self.account_ids) > 1

    def account_of(self, song_id: str) -> str:
        """The account a song belongs to: named by its string id, else dealt by number."""
        m = _FULL.fullmatch(song_id)
        ids = self.account_ids
        if m and m[2] in ids:
            return m[2]
        # An id naming an account the token does not have reaches the song's real owner.
        number = m[3] if m else song_id
        return ids[int(number) % len(ids)] if number.isdigit() else ids[0]

    def full_id(self, song_id: str) -> str:
        m = _FULL.fullmatch(song_id)
        if m and m[2] in self.account_ids:
            return song_id
        if m:  # the look-up names the real owner
            return f"user:{m[1]}-mureka:{self.account_of(song_id)}-song:{m[3]}"
        if not song_id.isdigit():
            return song_id
        return f"user:777-mureka:{self.account_of(song_id)}-song:{song_id}"

    def credits_of(self, account: str) -> int | None:
        return self.config.account_credits.get(account, self.config.credits)

    # ------------------------------------------------------------------ songs
    def _roll(self, song_id: str, what: str) -> float:
        digest = hashlib.sha256(f"{self.config.seed}:{what}:{song_id}".encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64

    def is_deleted(self, song_id: str) -> bool:
        return song_id in self.config.deleted_songs or self._roll(song_id, "del") < \
            self.config.deleted_rate

    def is_v95(self, song_id: str) -> bool:
        return song_id in self.config.v95_songs or self._roll(song_id, "v95") < \
            self.config.v95_rate

    def song(self, song_id: str) -> dict[str, Any]:
        number = _FULL.fullmatch(song_id)
        n = number[3] if number else song_id
        song: dict[str, Any] = {
            # With several accounts a bare number's look-up names its account, as the real
            # API's string ids do; with one, the id comes back as it was asked.
            # An id naming an account the token does not have: the look-up names the owner.
            "song_id": self.full_id(song_id) if self.several or _FULL.fullmatch(song_id)
            else song_id,
            "title": self.config.titles.get(song_id, f"Demo song {n[-4:]}"),
            "version": "V9.5" if self.is_v95(song_id) else "V8",
            "duration_milliseconds": 120_000 + int(self._roll(song_id, "dur") * 120_000),
            "cover": f"{self.media_base()}/media/art-{n}.png",
            "lyrics": self.config.lyrics.get(song_id, demo_lyrics(n)),
        }
        if song_id not in self.videos and (song_id in self.config.existing_video_songs or
                                           self._roll(song_id, "vid") <
                                           self.config.existing_video_rate):
            self._make_video(song_id)
        if song_id in self.videos and self.now() >= self.videos[song_id]["created"] + \
                self.config.video_lookup_lag:
            song["video"] = self._public_video(song_id)
        if song_id in self.config.nan_duration_songs:
            song["duration_milliseconds"] = float("nan")
        return song

    def media_base(self) -> str:
        return (self.config.media_base or "http://localhost:1").rstrip("/")

    def _make_video(self, song_id: str) -> dict[str, Any]:
        self._next_video = max(self._next_video + 1, int(self.now() * 1000))
        video = {"video_id": self._next_video, "created": self.now()}
        self.videos[song_id] = video
        self.video_songs[str(self._next_video)] = song_id
        return video

    def _public_video(self, song_id: str) -> dict[str, Any]:
        video = self.videos[song_id]
        vid = video["video_id"]
        query = ""
        if self.config.link_ttl is not None:
            query = f"?exp={self.now() + self.config.link_ttl:.3f}"
        base = self.media_base()
        if song_id in self.config.bad_url_songs:
            return {"video_url": "http://[::1/x.mp4", "video_cover_url": "http://[::1/x.png",
                    "video_id": vid}
        return {"video_url": f"{base}/media/{vid}.mp4{query}",
                "video_cover_url": f"{base}/media/{vid}.png{query}", "video_id": vid}

    # ------------------------------------------------------------------ calls
    def record(self, kind: str, song_id: str | None, status: int, note: str = "") -> None:
        self.calls.append({"t": time.time(), "m": self.monotonic(), "kind": kind,
                           "song_id": song_id,
                           "account": None if song_id is None else self.account_of(song_id),
                           "status": status, "note": note})

    def too_soon(self, account: str | None = None) -> bool:
        """The 3 s rule, per account or per token; every call counts, rejected ones too."""
        key = "token" if self.config.spacing_scope == "token" or account is None \
            else account
        now = self.monotonic()
        previous, self.last_calls[key] = self.last_calls.get(key), now
        return previous is not None and now - previous < self.config.min_interval

    def busy_slots(self, account: str) -> int:
        return len(self.in_flight_by.get(account, ())) + self.config.external_busy

    async def generate(self, song_id: str) -> dict[str, Any]:
        self._next_job += 1
        job = self._next_job
        account = self.account_of(song_id)
        mine = self.in_flight_by.setdefault(account, set())
        self.in_flight.add(job)
        mine.add(job)
        self.max_in_flight = max(self.max_in_flight, len(self.in_flight))
        self.max_in_flight_by[account] = max(self.max_in_flight_by[account], len(mine))
        try:
            jitter = self.config.generation_time * self.config.generation_jitter
            await self.sleep(max(0.0, self.config.generation_time
                                 + self.rng.uniform(-jitter, jitter)))
            self.generations[song_id] += 1
            if account in self.config.account_credits:
                self.config.account_credits[account] -= 1
            elif self.config.credits is not None:
                self.config.credits -= 1
            self._make_video(song_id)
            return self._public_video(song_id)
        finally:
            self.in_flight.discard(job)
            mine.discard(job)

    def start_job(self, song_id: str) -> asyncio.Task[dict[str, Any]]:
        """Generation runs on the server whatever the client does with its connection."""
        task = asyncio.ensure_future(self.generate(song_id))
        self._jobs.add(task)
        task.add_done_callback(self._jobs.discard)
        return task

    def stats(self) -> dict[str, Any]:
        return {
            "calls": self.calls, "max_in_flight": self.max_in_flight,
            "in_flight": len(self.in_flight), "generations": dict(self.generations),
            "media_requests": self.media_requests,
            "media_auth_headers": self.media_auth_headers,
            "config": asdict(self.config),
            "accounts": {a: {"max_in_flight": self.max_in_flight_by[a],
                             "generate_calls": [c["m"] for c in self.calls
                                                if c["kind"] == "generate"
                                                and c["account"] == a],
                             "rejected_9008": sum(1 for c in self.calls
                                                  if c["account"] == a
                                                  and c["note"] == "9008"),
                             "generations": sum(n for s, n in self.generations.items()
                                                if self.account_of(s) == a)}
                         for a in self.account_ids},
            "videos": {s: v["video_id"] for s, v in self.videos.items()},
        }


_LINES = ["Summer rain on the window pane", "City lights in the evening haze",
          "Hold the line, we are almost home", "Every road leads back to you",
          "Dancing slow in an empty room", "Paper boats on a silver stream",
          "Call my name when the night is long", "We were young and the sky was wide"]


def demo_lyrics(number: str) -> str:
    """A few plausible lines, the same for a song every time (the demo's look-ups)."""
    seed = int(number[-6:]) if number[-6:].isdigit() else len(number)
    verse = [_LINES[(seed + i * 3) % len(_LINES)] for i in range(4)]
    chorus = [_LINES[(seed + 5) % len(_LINES)], _LINES[(seed + 2) % len(_LINES)]]
    return "[Verse]\n" + "\n".join(verse) + "\n\n[Chorus]\n" + "\n".join(chorus)
