"""Rate control for generate calls: start-to-start spacing and the in-flight window.

Modelled on Picard's ``webservice/ratecontrol.py``: a minimum delay between calls (here with a
safety margin that widens whenever the server still says "too frequently"), and a congestion
window that shrinks when the account's generation slots are full and regrows on success.
"""

from __future__ import annotations

import random

from mureka_desktop.core.store import Store

LAST_CALL_KEY = "last_call_at"
MARGIN_KEY = "pacing_margin"
SHARED_KEY = "lookups_share_limit"


class Pacer:
    """Spacing of calls as the server sees them, persisted so it holds across restarts."""

    def __init__(self, store: Store, min_interval: float = 3.0, margin: float = 0.08,
                 max_margin: float = 2.0) -> None:
        self._store = store
        self.min_interval = min_interval
        stored_margin = store.get_meta(MARGIN_KEY)
        self.margin = max(margin, float(stored_margin)) if stored_margin else margin
        self.max_margin = max_margin
        last = store.get_meta(LAST_CALL_KEY)
        self.last_call = float(last) if last else None
        self.not_before = 0.0
        self.lookups_share_limit = store.get_meta(SHARED_KEY) == "1"
        self.calls = 0

    @property
    def spacing(self) -> float:
        return self.min_interval + self.margin

    def next_allowed(self) -> float:
        base = 0.0 if self.last_call is None else self.last_call + self.spacing
        return max(base, self.not_before)

    def wait_time(self, now: float) -> float:
        return max(0.0, self.next_allowed() - now)

    def mark_call(self, now: float) -> None:
        """Journal a call before it is sent: every call counts, rejected ones too."""
        self.last_call = now
        self.calls += 1
        self._store.set_meta(LAST_CALL_KEY, repr(now))

    def rate_limited(self, now: float, retry_after: float | None) -> None:
        """The server said 9008: widen the margin and wait at least the full interval."""
        self.margin = min(self.max_margin, self.margin + 0.25)
        self._store.set_meta(MARGIN_KEY, repr(self.margin))
        self.not_before = max(self.not_before, now + max(self.min_interval,
                                                         retry_after or 0.0))

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


def backoff(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """Exponential back-off with full jitter, never under ``base``."""
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return base + rng.uniform(0, max(0.0, ceiling - base))
