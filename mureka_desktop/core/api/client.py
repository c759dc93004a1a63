"""The useapi.net Mureka API: one client, every documented answer mapped to a type.

Successful answers become dataclasses; every failure is an :class:`ApiError` subclass the
scheduler can act on without looking at status codes (defined in :mod:`.api_errors`,
re-exported here).  The bearer token is added by :class:`HostBoundAuth`, which refuses to send
it anywhere but the API host.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from mureka_desktop.core.api.errors import (
    MAX_RETRY_AFTER,
    AccountProblem,
    AccountStateError,
    ApiError,
    AuthError,
    BillingError,
    InvalidSong,
    RateLimited,
    SlotsBusy,
    TransientError,
    Unreachable,
    UnreadableSuccess,
    error_for,
    parse_retry_after,
    snippet,
)
from mureka_desktop.core.ids.parse import api_song_id

__all__ = [
    "DEFAULT_API_BASE", "MAX_RETRY_AFTER", "AccountHealth", "AccountProblem",
    "AccountStateError", "ApiError", "AuthError", "BillingError", "GeneratedVideo",
    "HostBoundAuth", "InvalidSong", "MurekaClient", "RateLimited", "SlotsBusy", "SongInfo",
    "SongPage", "TransientError", "Unreachable", "UnreadableSuccess", "default_timeout",
    "model_refuses_video", "parse_retry_after",
]

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.useapi.net/v1/mureka"
GENERATE_READ_TIMEOUT = 300.0
# httpx times each read, not the whole answer: a body trickled a byte at a time never times
# out.  Every call but the generate call (which waits for the video) has a total deadline.
ACCOUNTS_DEADLINE = 10.0  # /accounts: the start waits for it
REQUEST_DEADLINE = 60.0
# V9.5 songs get no video (default model since Aug 2026).
_NO_VIDEO_MODEL = re.compile(r"(?:^|[^\d.])9\.5(?:$|[^\d])")


# ---------------------------------------------------------------------------- results
@dataclass(frozen=True)
class GeneratedVideo:
    """A video the API made for a song: its links and its id."""

    video_url: str
    video_cover_url: str
    video_id: str


@dataclass(frozen=True)
class SongInfo:
    song_id: str
    title: str | None
    version: str | None
    duration_ms: int | None
    video: GeneratedVideo | None
    lyrics: str | None = None

    @property
    def refuses_video(self) -> bool:
        """True for models the API makes no video for (V9.5)."""
        return model_refuses_video(self.version)


def model_refuses_video(model: str | None) -> bool:
    """True for models the API makes no video for (V9.5)."""
    return bool(model and _NO_VIDEO_MODEL.search(model.lower()))


@dataclass(frozen=True)
class AccountHealth:
    account: str
    updated: str | None
    token_issued_days_ago: float | None
    has_auto_refresh: bool | None
    error: str | None


@dataclass(frozen=True)
class SongPage:
    songs: list[SongInfo]
    last_id: str | None
    more: bool


# ------------------------------------------------------------------------------- auth
class HostBoundAuth(httpx.Auth):
    """Adds the bearer token to requests for one host only, never to media hosts."""

    def __init__(self, token: str, host: str) -> None:
        self._token = token
        self._host = host.lower()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.host.lower() == self._host and request.url.scheme in ("https", "http"):
            request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    @property
    def has_token(self) -> bool:
        return bool(self._token)

    def __repr__(self) -> str:  # never the token
        return f"HostBoundAuth(host={self._host!r})"


def default_timeout() -> httpx.Timeout:
    return httpx.Timeout(connect=15.0, read=30.0, write=30.0, pool=30.0)


# ----------------------------------------------------------------------------- client
class MurekaClient:
    """Calls the API through one shared ``httpx.AsyncClient`` owned by the caller."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, token: str) -> None:
        self._http = http
        self._base = base_url.rstrip("/")
        self._auth = HostBoundAuth(token, httpx.URL(self._base).host)

    @property
    def base_url(self) -> str:
        return self._base

    @property
    def has_token(self) -> bool:
        return self._auth.has_token

    async def generate_video(self, song_id: str) -> GeneratedVideo:
        response = await self._request(
            "POST", "/music/video-generate", json={"song_id": api_song_id(song_id)},
            timeout=httpx.Timeout(connect=15.0, read=GENERATE_READ_TIMEOUT, write=30.0,
                                  pool=30.0),
            sent_means_started=True, deadline=None,
        )
        try:
            body = _json_object(response)
        except TransientError as exc:
            raise UnreadableSuccess(exc.message) from None
        video = _parse_video(body)
        if video is None:
            raise UnreadableSuccess(
                "The server answered 200 without video_url/video_cover_url/video_id")
        return video

    async def probe(self) -> None:
        """A cheap call that only tells whether the API host answers (``GET /accounts``):
        any HTTP answer returns, only :class:`Unreachable` is raised."""
        try:
            await self._request("GET", "/accounts", deadline=ACCOUNTS_DEADLINE)
        except Unreachable:
            raise
        except ApiError:
            return

    async def get_song(self, song_id: str) -> SongInfo:
        response = await self._request("GET", f"/music/{quote(song_id, safe=':-')}")
        body = _json_object(response)
        song = body.get("song")
        if not isinstance(song, dict):
            raise TransientError("Song look-up answered without a song", response.status_code,
                                 maybe_started=False)
        return _parse_song(song, song_id)

    async def list_songs(self, account: str | None = None, last_id: str | None = None
                         ) -> SongPage:
        params = {k: v for k, v in (("account", account), ("last_id", last_id)) if v}
        response = await self._request("GET", "/music/", params=params)
        body = _json_object(response)
        songs: list[SongInfo] = []
        for feed in body.get("list") or []:
            if isinstance(feed, dict):
                for song in feed.get("songs") or []:
                    if isinstance(song, dict) and song.get("song_id") is not None:
                        songs.append(_parse_song(song, str(song["song_id"])))
        last = body.get("last_id")
        return SongPage(songs, None if last is None else str(last), bool(body.get("more")))

    async def accounts(self) -> list[AccountHealth]:
        response = await self._request("GET", "/accounts", deadline=ACCOUNTS_DEADLINE)
        body = _json_object(response)
        out = []
        for key, value in body.items():
            if not isinstance(value, dict):
                continue
            days = value.get("tokenIssuedDaysAgo")
            out.append(AccountHealth(
                account=str(value.get("account", key)),
                updated=None if value.get("updated") is None else str(value["updated"]),
                token_issued_days_ago=float(days) if isinstance(days, int | float) else None,
                has_auto_refresh=value.get("hasAutoRefresh")
                if isinstance(value.get("hasAutoRefresh"), bool) else None,
                error=None if not value.get("error") else str(value["error"]),
            ))
        return out

    async def profile(self, account: str | None = None) -> dict[str, Any]:
        params = {"account": account} if account else {}
        return _json_object(await self._request("GET", "/profile/", params=params))

    async def credits(self, account: str | None = None) -> int | None:
        """Remaining credits of a Mureka account, or None when the profile does not say."""
        value = (await self.profile(account)).get("credits")
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return None
        try:
            return int(float(value))
        except ValueError:
            return None

    async def _request(self, method: str, path: str, *, sent_means_started: bool = False,
                       deadline: float | None = REQUEST_DEADLINE, **kwargs: Any
                       ) -> httpx.Response:
        url = self._base + path
        try:
            async with asyncio.timeout(deadline):
                response = await self._http.request(method, url, auth=self._auth, **kwargs)
        except TimeoutError:
            raise TransientError(f"The API did not answer in full within {deadline:.0f} s",
                                 maybe_started=sent_means_started) from None
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise Unreachable(f"Cannot reach the API: {_no_connection(exc, url)}") from None
        except httpx.PoolTimeout:
            raise TransientError("Cannot reach the API: too many requests are waiting for a "
                                 "connection", maybe_started=False) from None
        except httpx.TimeoutException as exc:
            raise TransientError(f"The API did not answer in time ({type(exc).__name__})",
                                 maybe_started=sent_means_started) from None
        except httpx.TransportError as exc:
            raise TransientError(f"Connection to the API failed: {type(exc).__name__}",
                                 maybe_started=sent_means_started) from None
        if response.status_code == 200:
            return response
        raise error_for(response, sent_means_started)


def _no_connection(exc: httpx.TransportError, url: str) -> str:
    """Why no connection was made, in plain words (never the exception's class name)."""
    host = httpx.URL(url).host or "the API host"
    text = str(exc).lower()
    if isinstance(exc, httpx.ConnectTimeout):
        return f"{host} did not answer in time; check the network connection"
    if "refused" in text or "all connection attempts failed" in text:
        return f"nothing answers at {host}; check the network connection and the API address"
    if any(s in text for s in ("name or service", "nodename", "name resolution",
                               "getaddrinfo", "no address")):
        return f"the name {host} could not be looked up; check the network connection"
    return f"no connection to {host}; check the network connection"


# ----------------------------------------------------------------------------- parsing
def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise TransientError(
            f"HTTP {response.status_code} with a body that is not JSON: {snippet(response)}",
            response.status_code, maybe_started=response.request.method == "POST",
        ) from None
    if not isinstance(body, dict):
        raise TransientError(f"HTTP {response.status_code} with unexpected JSON",
                             response.status_code, maybe_started=response.request.method == "POST")
    return body


def _parse_video(data: Any) -> GeneratedVideo | None:
    if not isinstance(data, dict):
        return None
    url, cover, vid = data.get("video_url"), data.get("video_cover_url"), data.get("video_id")
    if not (isinstance(url, str) and url and isinstance(cover, str) and cover and vid is not None):
        return None
    return GeneratedVideo(url, cover, str(vid))


def _parse_song(song: dict[str, Any], song_id: str) -> SongInfo:
    duration = song.get("duration_milliseconds")
    return SongInfo(
        song_id=str(song.get("song_id") or song_id),
        title=str(song["title"]) if song.get("title") else None,
        version=str(song["version"]) if song.get("version") else None,
        duration_ms=int(duration) if isinstance(duration, int | float)
        and not isinstance(duration, bool) and math.isfinite(duration) else None,
        video=_parse_video(song.get("video")),
        lyrics=lyrics if isinstance(lyrics := song.get("lyrics"), str) and lyrics.strip()
        else None,
    )
