"""The simulated API: the 3 s rule, generation slots, every documented error, V9.5 songs,
song look-up and listing, media on a second host, expiring links, seeded faults."""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import re
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from mureka_desktop.core.paths import resources_dir
from mureka_desktop.simulator.media import clip_bytes, cover_png

DEMO_TOKEN = "user:777-demoTokenForTheSimulator"
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
        self.last_call: float | None = None
        self.in_flight: set[int] = set()
        self.max_in_flight = 0
        self.calls: list[dict[str, Any]] = []
        self.generations: Counter[str] = Counter()
        self.videos: dict[str, dict[str, Any]] = {}
        self.video_songs: dict[str, str] = {}
        self.media_requests = 0
        self.media_auth_headers = 0
        self.media_bytes: dict[str, bytes] = {}
        self._jobs: set[asyncio.Task[Any]] = set()
        self._next_job = 0
        self._next_video = 112233445566

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
            "song_id": song_id, "title": f"Demo song {n[-4:]}",
            "version": "V9.5" if self.is_v95(song_id) else "V8",
            "duration_milliseconds": 120_000 + int(self._roll(song_id, "dur") * 120_000),
            "cover": f"{self.media_base()}/media/art-{n}.png", "lyrics": "[Verse]\nla la la",
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
        self._next_video += 1
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
                           "status": status, "note": note})

    def too_soon(self) -> bool:
        now = self.monotonic()
        previous, self.last_call = self.last_call, now
        return previous is not None and now - previous < self.config.min_interval

    async def generate(self, song_id: str) -> dict[str, Any]:
        self._next_job += 1
        job = self._next_job
        self.in_flight.add(job)
        self.max_in_flight = max(self.max_in_flight, len(self.in_flight))
        try:
            jitter = self.config.generation_time * self.config.generation_jitter
            await self.sleep(max(0.0, self.config.generation_time
                                 + self.rng.uniform(-jitter, jitter)))
            self.generations[song_id] += 1
            if self.config.credits is not None:
                self.config.credits -= 1
            self._make_video(song_id)
            return self._public_video(song_id)
        finally:
            self.in_flight.discard(job)

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
            "videos": {s: v["video_id"] for s, v in self.videos.items()},
        }


def _error(status: int, body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, status_code=status)


def build_app(config: SimConfig | None = None, clock: Callable[[], float] = time.time,
              sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
              ) -> tuple[Starlette, Simulator]:
    """The app and its state. ``clock`` and ``sleep`` default to wall time; tests give a
    virtual clock so timing never depends on the machine's load."""
    sim = Simulator(config or SimConfig(), clock, sleep)
    clip_path = Path(sim.config.clip) if sim.config.clip else \
        resources_dir() / "demo-clip.mp4"

    def authorized(request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {sim.config.token}"

    def unauthorized() -> JSONResponse:
        return _error(401, {"error": "Unauthorized", "code": 401})

    def account_state() -> JSONResponse | None:
        cfg = sim.config
        if cfg.account_error:
            return _error(596, {"error": f"Session problem: {cfg.account_error}, manual "
                                "update required", "code": cfg.account_error})
        if cfg.subscription_expired:
            return _error(402, {"error": "Account has no subscription or subscription "
                                "expired", "code": 402})
        if cfg.credits is not None and cfg.credits <= 0:
            return _error(412, {"error": "Not enough credits to generate a video",
                                "code": 412})
        return None

    async def video_generate(request: Request) -> Response:
        if not authorized(request):
            sim.record("generate", None, 401)
            return unauthorized()
        try:
            body = await request.json()
            raw = body["song_id"]
        except (ValueError, KeyError, TypeError):
            sim.record("generate", None, 400)
            return _error(400, {"error": "song_id is required", "code": 400})
        song_id = str(raw)
        if sim.too_soon():
            sim.record("generate", song_id, 429, "9008")
            return _error(429, {"code": 9008, "msg": "Too frequently, please try again later."})
        if (problem := account_state()) is not None:
            sim.record("generate", song_id, problem.status_code)
            return problem
        if sim.is_deleted(song_id):
            sim.record("generate", song_id, 400)
            return _error(400, {"error": "The song has been deleted", "code": 400})
        if sim.is_v95(song_id):
            sim.record("generate", song_id, 400)
            return _error(400, {"error": "Video generation is not supported for songs made "
                                "with model V9.5", "code": 400})
        if len(sim.in_flight) + sim.config.external_busy >= sim.config.slots:
            sim.record("generate", song_id, 429, "6323")
            return _error(429, {"error": "Generate multiple task exceed limit. (6323)"})
        roll = sim.rng.random()
        garble = song_id in sim.config.garbled_songs and song_id not in sim.garbled
        if roll < sim.config.fault_rate or garble:
            kind = "garbage" if garble else sim.rng.choice(sim.config.fault_kinds)
            sim.record("generate", song_id, 200 if kind == "garbage" else int(kind), "fault")
            if kind == "500":
                return _error(500, {"error": "Internal error"})
            if kind == "502":
                return PlainTextResponse("<html><body>502 Bad Gateway</body></html>", 502)
            # A 200 means the server generated (and billed): only the answer is unreadable.
            sim.garbled.add(song_id)
            await asyncio.shield(sim.start_job(song_id))
            return PlainTextResponse("OK<!doctype html>", 200)
        job = sim.start_job(song_id)
        lost = roll < sim.config.fault_rate + sim.config.lost_response_rate
        sim.record("generate", song_id, 502 if lost else 200, "lost" if lost else "")
        video = await asyncio.shield(job)
        if lost:
            return PlainTextResponse("<html>502 Bad Gateway</html>", 502)
        return JSONResponse(video)

    async def get_song(request: Request) -> Response:
        song_id = request.path_params["song_id"]
        if not authorized(request):
            sim.record("lookup", song_id, 401)
            return unauthorized()
        if sim.config.lookup_shares_limit and sim.too_soon():
            sim.record("lookup", song_id, 429, "9008")
            return _error(429, {"code": 9008, "msg": "Too frequently, please try again later."})
        if sim.is_deleted(song_id):
            sim.record("lookup", song_id, 400)
            return _error(400, {"error": "The song has been deleted"})
        sim.record("lookup", song_id, 200)
        body = {"song": sim.song(song_id), "user": {"user_id": 777},
                "feed_id": 1000 + int(sim._roll(song_id, "feed") * 1000)}
        # json.dumps, not JSONResponse: a broken server may send NaN, which JSONResponse refuses.
        return Response(json.dumps(body), media_type="application/json")

    def library() -> list[str]:
        return [f"user:777-mureka:123456789-song:{100000000 + i * 7919}"
                for i in range(sim.config.library_size)]

    async def list_songs(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        ids = library()
        start = 0
        if request.query_params.get("last_id"):
            try:
                start = ids.index(request.query_params["last_id"]) + 1
            except ValueError:
                start = len(ids)
        page = ids[start:start + 20]
        return JSONResponse({
            "list": [{"feed_id": 5000 + start + i, "state": 3, "songs": [sim.song(s)]}
                     for i, s in enumerate(page)],
            "last_id": page[-1] if page else None, "more": start + 20 < len(ids)})

    async def accounts(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        entry: dict[str, Any] = {"account": "123456789", "updated": "2026-11-01T10:00:00Z",
                                 "tokenIssuedDaysAgo": 3, "hasAutoRefresh": True}
        if sim.config.account_error:
            entry["error"] = sim.config.account_error
        return JSONResponse({"123456789": entry})

    async def profile(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        return JSONResponse({"user": {"id": 123456789, "name": "Demo"},
                             "credits": 9999 if sim.config.credits is None
                             else sim.config.credits})

    async def media(request: Request) -> Response:
        sim.media_requests += 1
        if "authorization" in request.headers:
            sim.media_auth_headers += 1
        name = request.path_params["name"]
        m = re.fullmatch(r"(\d+)\.(mp4|png)", name)
        if not m or m[1] not in sim.video_songs:
            return PlainTextResponse("not found", 404)
        exp = request.query_params.get("exp")
        if exp is not None and float(exp) < sim.now():
            return PlainTextResponse("<Error>Request has expired</Error>", 403,
                                     media_type="application/xml")
        data = clip_bytes(clip_path) if m[2] == "mp4" else cover_png(m[1])
        sim.media_bytes[name] = data
        ctype = "video/mp4" if m[2] == "mp4" else "image/png"
        return _ranged(request, data, ctype)

    async def stats(request: Request) -> Response:
        return JSONResponse(sim.stats())

    async def configure(request: Request) -> Response:
        try:
            sim.config.update(await request.json())
        except (KeyError, ValueError, TypeError) as exc:
            return _error(400, {"error": f"bad config: {exc}"})
        return JSONResponse(asdict(sim.config))

    routes = [
        Route("/v1/mureka/music/video-generate", video_generate, methods=["POST"]),
        Route("/v1/mureka/music/", list_songs, methods=["GET"]),
        Route("/v1/mureka/music/{song_id:str}", get_song, methods=["GET"]),
        Route("/v1/mureka/accounts", accounts, methods=["GET"]),
        Route("/v1/mureka/profile/", profile, methods=["GET"]),
        Route("/media/{name:str}", media, methods=["GET"]),
        Route("/_sim/stats", stats, methods=["GET"]),
        Route("/_sim/config", configure, methods=["POST"]),
    ]
    return Starlette(routes=routes), sim


def _ranged(request: Request, data: bytes, ctype: str) -> Response:
    header = request.headers.get("range")
    headers = {"Accept-Ranges": "bytes"}
    if header:
        m = re.fullmatch(r"bytes=(\d+)-(\d*)", header.strip())
        if not m or int(m[1]) >= len(data):
            return Response(status_code=416, headers={"Content-Range": f"bytes */{len(data)}"})
        start = int(m[1])
        end = min(len(data) - 1, int(m[2])) if m[2] else len(data) - 1
        headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
        return Response(data[start:end + 1], 206, headers=headers, media_type=ctype)
    return Response(data, 200, headers=headers, media_type=ctype)
