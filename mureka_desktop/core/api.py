"""The useapi.net Mureka API: one client, every documented answer mapped to a type.

Successful answers become dataclasses; every failure is an :class:`ApiError` subclass the
scheduler can act on without looking at status codes.  The bearer token is added by
:class:`HostBoundAuth`, which refuses to send it anywhere but the API host.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import logging
import math
import re
from collections.abc import Generator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from mureka_desktop.core.ids import api_song_id

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://api.useapi.net/v1/mureka"
GENERATE_READ_TIMEOUT = 300.0
# A server asking for longer than this is not taken at its word (999999 or "inf" once froze
# the queue for days): ten minutes, then the normal back-off and pacing take over again.
MAX_RETRY_AFTER = 600.0
# V9.5 songs get no video (default model since Aug 2026).
_NO_VIDEO_MODEL = re.compile(r"(?:^|[^\d.])9\.5(?:$|[^\d])")


# ---------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Video:
    video_url: str
    video_cover_url: str
    video_id: str


@dataclass(frozen=True)
class SongInfo:
    song_id: str
    title: str | None
    version: str | None
    duration_ms: int | None
    video: Video | None
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


# ----------------------------------------------------------------------------- errors
class ApiError(Exception):
    """Base of every failure the client reports; ``message`` is safe to show the user."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class RateLimited(ApiError):
    """429 code 9008: called less than 3 s after the previous call. Not a failure."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message, 429)
        self.retry_after = retry_after


class SlotsBusy(ApiError):
    """429 6323: every generation slot of the account is busy. Not a failure."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message, 429)
        self.retry_after = retry_after


class InvalidSong(ApiError):
    """400: unknown or deleted song, or a model that gets no video."""


class AccountProblem(ApiError):
    """Problems that pause the whole queue until the user acts."""

    reason = "account"


class AuthError(AccountProblem):
    """401: token or Mureka account login rejected."""

    reason = "auth"


class BillingError(AccountProblem):
    """402 / 412: subscription expired or not enough credits."""

    reason = "billing"


class AccountStateError(AccountProblem):
    """596: the Mureka account behind the token is in an error state (string ``code``)."""

    reason = "account"

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message, 596)
        self.code = code

    @property
    def retry_shortly(self) -> bool:
        return self.code == "REFRESH_IN_PROGRESS"


class TransientError(ApiError):
    """5xx, timeouts, resets, undocumented bodies: retry with back-off.

    ``maybe_started`` is True when the request may have reached the server, so a generation
    could be running (and billed) although we got no answer.
    """

    def __init__(self, message: str, status: int | None = None, *, maybe_started: bool) -> None:
        super().__init__(message, status)
        self.maybe_started = maybe_started


class Unreachable(TransientError):
    """No connection to the API host at all (refused, DNS, connect timeout): the network or
    the host is down, not one song.  Nothing reached the server."""

    def __init__(self, message: str) -> None:
        super().__init__(message, None, maybe_started=False)


class UnreadableSuccess(TransientError):
    """HTTP 200 to a generate call with a body that is not the documented JSON: the server
    generated (and billed) a video, the answer just cannot be read.  Look the song up for it;
    never generate again on this."""

    def __init__(self, message: str) -> None:
        super().__init__(message, 200, maybe_started=True)


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

    async def generate_video(self, song_id: str) -> Video:
        response = await self._request(
            "POST", "/music/video-generate", json={"song_id": api_song_id(song_id)},
            timeout=httpx.Timeout(connect=15.0, read=GENERATE_READ_TIMEOUT, write=30.0,
                                  pool=30.0),
            sent_means_started=True,
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
            await self._request("GET", "/accounts")
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
        response = await self._request("GET", "/accounts")
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
                       **kwargs: Any) -> httpx.Response:
        url = self._base + path
        try:
            response = await self._http.request(method, url, auth=self._auth, **kwargs)
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
        raise _error_for(response, sent_means_started)


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
            f"HTTP {response.status_code} with a body that is not JSON: {_snippet(response)}",
            response.status_code, maybe_started=response.request.method == "POST",
        ) from None
    if not isinstance(body, dict):
        raise TransientError(f"HTTP {response.status_code} with unexpected JSON",
                             response.status_code, maybe_started=response.request.method == "POST")
    return body


def _snippet(response: httpx.Response) -> str:
    text = response.text[:120].replace("\n", " ").strip()
    return repr(text) if text else "(empty)"


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds: a number or an HTTP-date, clamped to [0, MAX_RETRY_AFTER];
    None when absent or unreadable (NaN, garbage)."""
    value = response.headers.get("Retry-After")
    return None if value is None else parse_retry_after(value, response.headers.get("Date"))


def parse_retry_after(value: str, date: str | None = None, now: datetime | None = None
                      ) -> float | None:
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        reference = now or datetime.now(UTC)
        if date:  # the server's own clock, when it says what time it is
            with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
                reference = email.utils.parsedate_to_datetime(date)
        if when.tzinfo is None or reference.tzinfo is None:
            when, reference = when.replace(tzinfo=UTC), reference.replace(tzinfo=UTC)
        seconds = (when - reference).total_seconds()
    if math.isnan(seconds):
        return None
    return min(MAX_RETRY_AFTER, max(0.0, seconds))


def _error_for(response: httpx.Response, sent_means_started: bool) -> ApiError:
    status = response.status_code
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        return TransientError(
            f"HTTP {status} with an undocumented body: {_snippet(response)}", status,
            maybe_started=sent_means_started and status >= 500,
        )
    message = str(body.get("error") or body.get("msg") or f"HTTP {status}")
    code = body.get("code")
    if status == 429:
        if code == 9008 or str(code) == "9008" or "too frequently" in message.lower():
            return RateLimited(message, _retry_after(response))
        return SlotsBusy(message, _retry_after(response))
    if status == 400:
        return InvalidSong(message, status)
    if status == 401:
        return AuthError(message, status)
    if status in (402, 412):
        return BillingError(message, status)
    if status == 596:
        return AccountStateError(message, str(code or "ACCOUNT_ERROR"))
    if status == 404 and "delet" in message.lower():
        return InvalidSong(message, status)
    return TransientError(f"HTTP {status}: {message}", status,
                          maybe_started=sent_means_started and status >= 500)


def _parse_video(data: Any) -> Video | None:
    if not isinstance(data, dict):
        return None
    url, cover, vid = data.get("video_url"), data.get("video_cover_url"), data.get("video_id")
    if not (isinstance(url, str) and url and isinstance(cover, str) and cover and vid is not None):
        return None
    return Video(url, cover, str(vid))


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
