"""Rate control for generate calls: start-to-start spacing and the in-flight window.

Modelled on Picard's ``webservice/ratecontrol.py``: a minimum delay between calls (here with a
safety margin that widens whenever the server still says "too frequently"), and a congestion
window that shrinks when the account's generation slots are full and regrows on success.
"""

from __future__ import annotations

import math
import random

from mureka_desktop.core.storage.store import Store

LAST_CALL_KEY = "last_call_at"
MARGIN_KEY = "pacing_margin"
SHARED_KEY = "lookups_share_limit"


class Pacer:
    """Spacing of calls as the server sees them, persisted so it holds across restarts.

    The margin over the 3 s rule widens by ``step_up`` on every 9008 and narrows by
    ``step_down`` on every call the server took without one, never under ``margin`` (its
    floor): one storm no longer slows every later run.
    """

    def __init__(self, store: Store, min_interval: float = 3.0, margin: float = 0.08,
                 max_margin: float = 2.0, max_wait: float = 600.0, key: str = "") -> None:
        self._store = store
        # One pacer per Mureka account: its meta keys carry the account ("" for the lane of
        # songs whose account is not known, which keeps the keys of one-account versions).
        self._last_key = LAST_CALL_KEY + key
        self._margin_key = MARGIN_KEY + key
        self.min_interval = min_interval
        self.floor = max(0.0, margin)
        self.max_margin = max_margin
        self.max_wait = max_wait
        self.step_up = 0.25
        self.step_down = 0.05
        self.margin = min(self.max_margin, max(self.floor, _number(store.get_meta(self._margin_key))
                                               or 0.0))
        self.last_call = _number(store.get_meta(self._last_key))
        self.not_before = 0.0
        self.lookups_share_limit = store.get_meta(SHARED_KEY) == "1"

    @property
    def spacing(self) -> float:
        return self.min_interval + self.margin

    def next_allowed(self) -> float:
        base = 0.0 if self.last_call is None else self.last_call + self.spacing
        return max(base, self.not_before)

    def wait_time(self, now: float) -> float:
        return max(0.0, self.next_allowed() - now)

    def spacing_wait(self, now: float) -> float:
        """How long until the spacing after this pacer's last call has passed (its own
        back-off, ``not_before``, left out: that concerns its own account only)."""
        return 0.0 if self.last_call is None else max(0.0, self.last_call + self.spacing - now)

    def mark_call(self, now: float) -> None:
        """Journal a call before it is sent: every call counts, rejected ones too."""
        self.last_call = now
        self._store.set_meta(self._last_key, repr(now))

    def rate_limited(self, now: float, retry_after: float | None) -> None:
        """The server said 9008: widen the margin and wait at least the full interval (and
        what Retry-After asks, up to ``max_wait``)."""
        self._set_margin(self.margin + self.step_up)
        asked = retry_after if retry_after is not None and math.isfinite(retry_after) else 0.0
        wait = max(self.min_interval, min(self.max_wait, asked))
        self.not_before = max(self.not_before, now + wait)

    def clean_call(self) -> None:
        """A call went through without a 9008: the margin decays towards its floor."""
        if self.margin > self.floor:
            self._set_margin(self.margin - self.step_down)

    def _set_margin(self, margin: float) -> None:
        self.margin = min(self.max_margin, max(self.floor, margin))
        self._store.set_meta(self._margin_key, repr(self.margin))

    def learn_lookups_share_limit(self) -> None:
        self.lookups_share_limit = True
        self._store.set_meta(SHARED_KEY, "1")


class Window:
    """How many generations we keep in flight: shrinks on 6323, regrows on success."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = limit
        self._successes = 0

    def set_limit(self, limit: int) -> None:
        was_full = self.size >= self.limit
        self.limit = limit
        self.size = limit if was_full else min(self.size, limit)

    def slots_busy(self, in_flight_others: int) -> None:
        """The account accepted exactly ``in_flight_others`` of ours: keep to that for now."""
        self.size = max(1, min(self.size - 1, in_flight_others))
        self._successes = 0

    def success(self) -> None:
        if self.size < self.limit:
            self._successes += 1
            if self._successes >= 2:
                self.size += 1
                self._successes = 0


def _number(text: str | None) -> float | None:
    """A stored float, or None when missing or not a finite number."""
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def backoff(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """Exponential back-off with full jitter, never under ``base``."""
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return base + rng.uniform(0, max(0.0, ceiling - base))
