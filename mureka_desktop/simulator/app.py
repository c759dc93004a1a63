"""The simulated API: the 3 s rule, generation slots, every documented error, V9.5 songs,
song look-up and listing, media on a second host, expiring links, seeded faults."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from mureka_desktop.core.runtime.paths import resources_dir
from mureka_desktop.simulator.media import clip_bytes, cover_png
from mureka_desktop.simulator.state import DEMO_TOKEN, SimConfig, Simulator

__all__ = ["DEMO_TOKEN", "SimConfig", "Simulator", "build_app"]


def _error(status: int, body: dict[str, Any], retry_after: str = "") -> JSONResponse:
    headers = {"Retry-After": retry_after} if retry_after and status == 429 else None
    return JSONResponse(body, status_code=status, headers=headers)


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

    def account_state(account: str) -> JSONResponse | None:
        cfg = sim.config
        problem = cfg.broken_accounts.get(account) or cfg.account_error
        if problem:
            return _error(596, {"error": f"Session problem: {problem}, manual "
                                "update required", "code": problem})
        if cfg.subscription_expired:
            return _error(402, {"error": "Account has no subscription or subscription "
                                "expired", "code": 402})
        credits = sim.credits_of(account)
        if credits is not None and credits <= 0:
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
        if sim.several:  # one song, one id: keyed by its string form
            song_id = sim.full_id(song_id)
        account = sim.account_of(song_id)
        if sim.too_soon(account):
            sim.record("generate", song_id, 429, "9008")
            return _error(429, {"code": 9008, "msg": "Too frequently, please try again later."},
                          sim.config.retry_after.get("9008", ""))
        if (problem := account_state(account)) is not None:
            sim.record("generate", song_id, problem.status_code)
            return problem
        if sim.is_deleted(song_id):
            sim.record("generate", song_id, 400)
            return _error(400, {"error": "The song has been deleted", "code": 400})
        if song_id in sim.config.song_errors:
            sim.record("generate", song_id, 400)
            return _error(400, {"error": sim.config.song_errors[song_id], "code": 400})
        if sim.is_v95(song_id):
            sim.record("generate", song_id, 400)
            return _error(400, {"error": "Video generation is not supported for songs made "
                                "with model V9.5", "code": 400})
        if sim.busy_slots(account) >= sim.config.slots:
            sim.record("generate", song_id, 429, "6323")
            return _error(429, {"error": "Generate multiple task exceed limit. (6323)"},
                          sim.config.retry_after.get("6323", ""))
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
        if sim.several:
            song_id = sim.full_id(song_id)
        if not authorized(request):
            sim.record("lookup", song_id, 401)
            return unauthorized()
        if sim.config.lookup_shares_limit and sim.too_soon(sim.account_of(song_id)):
            sim.record("lookup", song_id, 429, "9008")
            return _error(429, {"code": 9008, "msg": "Too frequently, please try again later."})
        broken = sim.config.broken_accounts.get(sim.account_of(song_id))
        if broken and sim.config.lookups_check_account:
            sim.record("lookup", song_id, 596)
            return _error(596, {"error": f"Session problem: {broken}, manual update required",
                                "code": broken})
        if sim.is_deleted(song_id):
            sim.record("lookup", song_id, 400)
            return _error(400, {"error": "The song has been deleted"})
        sim.record("lookup", song_id, 200)
        body = {"song": sim.song(song_id), "user": {"user_id": 777},
                "feed_id": 1000 + int(sim._roll(song_id, "feed") * 1000)}
        # json.dumps, not JSONResponse: a broken server may send NaN, which JSONResponse refuses.
        return Response(json.dumps(body), media_type="application/json")

    def library(account: str) -> list[str]:
        """An account's songs; with several, numbers dealt as :meth:`Simulator.account_of`
        deals bare ones (one account: the list of before)."""
        k, idx = len(sim.account_ids), sim.account_ids.index(account)
        base = 100000000 if k == 1 else 100000000 - 100000000 % k + idx
        return [f"user:777-mureka:{account}-song:{base + i * 7919 * k}"
                for i in range(sim.config.library_size)]

    def account_param(request: Request) -> str | JSONResponse:
        """``account=``: optional with one account, required (and known) with several."""
        account = request.query_params.get("account")
        if not account:
            if sim.several:
                return _error(400, {"error": "Parameter account is required: several "
                                    "accounts are configured", "code": 400})
            return sim.account_ids[0]
        if account not in sim.account_ids:
            return _error(400, {"error": f"Account {account} is not configured", "code": 400})
        return account

    async def list_songs(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        account = account_param(request)
        if isinstance(account, Response):
            return account
        ids = library(account)
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
        answer: dict[str, Any] = {}
        for n, account in enumerate(sim.account_ids):
            if account in sim.config.hidden_accounts:
                continue
            # Like the real answer, secrets included: a masked token and the session cookie
            # of the user's Mureka login, which the app must never store, log or show.
            entry: dict[str, Any] = {
                "account": account, "updated": "2026-11-01T10:00:00Z",
                "updatedUTC": "2026-11-01T10:00:00Z", "tokenIssuedDaysAgo": 3 + n,
                "hasAutoRefresh": True, "token": f"eyJhbGciOi...SECRETTOKEN{n}",
                "sessionCookie": f"SESSIONCOOKIESECRET{n}"}
            problem = sim.config.broken_accounts.get(account) or sim.config.account_error
            if problem:
                entry["error"] = f"Session refresh failed ({problem}), manual update required"
            answer[account] = entry
        return JSONResponse(answer)

    async def profile(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        account = account_param(request)
        if isinstance(account, Response):
            return account
        credits = sim.credits_of(account)
        return JSONResponse({"user": {"user_id": int(account), "stage_name": "Demo",
                                      "vip_name": "Pro", "vip_end_UTC": "2027-01-01T00:00:00Z"},
                             "credits": 9999 if credits is None else credits,
                             "feed_list_count": len(library(account))})

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
