"""What the API's failures mean: every documented error answer mapped to a type.

The table in the useapi.net docs (and ../shared/useapi-mureka.md) becomes one
:class:`ApiError` subclass per meaning, so the scheduler acts on types, never on status codes.
:func:`error_for` reads a non-200 answer; :func:`parse_retry_after` a Retry-After header.
The client (:mod:`.api`) raises these and re-exports them.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import math
from datetime import UTC, datetime
from typing import Any

import httpx

# A server asking for longer than this is not taken at its word (999999 or "inf" once froze
# the queue for days): ten minutes, then the normal back-off and pacing take over again.
MAX_RETRY_AFTER = 600.0


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

    @property
    def token_level(self) -> bool:
        """The useapi.net token itself ("Unauthorized"), not one Mureka account's login
        ("Wrong username/password combination"): every account is refused alike."""
        text = self.message.lower()
        return not any(word in text for word in ("username", "password", "login"))


class BillingError(AccountProblem):
    """402 / 412: subscription expired or not enough credits."""

    reason = "billing"


class AccountStateError(AccountProblem):
    """596: the Mureka account behind the token is in an error state (string ``code``)."""

    reason = "account"

    def __init__(self, message: str, code: str | None) -> None:
        super().__init__(message, 596)
        self.code = code  # None: not said (the error text of /accounts)

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


def snippet(response: httpx.Response) -> str:
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


def error_for(response: httpx.Response, sent_means_started: bool) -> ApiError:
    status = response.status_code
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        return TransientError(
            f"HTTP {status} with an undocumented body: {snippet(response)}", status,
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
        return AccountStateError(message, str(code) if code else None)
    if status == 404 and "delet" in message.lower():
        return InvalidSong(message, status)
    return TransientError(f"HTTP {status}: {message}", status,
                          maybe_started=sent_means_started and status >= 500)
