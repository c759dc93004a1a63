"""Generate calls and videos made today, per Mureka account, counted by the app.

The API says nothing about a day's use, so the app counts what it sends: every generate call
that leaves (refused ones too: they count against the account's limits) and every video a
generation of ours made (the ones that cost a credit; reused videos are not counted).
"Today" is the local date.  The counts live in the store's meta table, so a restart keeps
them; the first count of a new day starts from zero.  Songs whose account is not known yet
(a bare number sent without a look-up) are counted under ``""``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from mureka_desktop.core.storage.store import Store

log = logging.getLogger(__name__)

USAGE_KEY = "account_usage_today"
UNKNOWN = ""  # the account of songs whose account is not known yet


@dataclass(frozen=True)
class Usage:
    calls: int = 0
    videos: int = 0


class DailyUsage:
    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today
        self._day = today()
        self._counts: dict[str, Usage] = {}
        self._load()

    def _load(self) -> None:
        raw = self._store.get_meta(USAGE_KEY)
        if not raw:
            return
        try:
            saved = json.loads(raw)
            if saved.get("date") != self._day.isoformat():
                return  # another day's counts
            self._counts = {str(k): Usage(int(v[0]), int(v[1]))
                            for k, v in dict(saved.get("accounts", {})).items()}
        except (ValueError, TypeError, AttributeError, IndexError, KeyError):
            log.warning("today's per-account counts could not be read: starting from zero")

    def _roll(self) -> None:
        day = self._today()
        if day != self._day:
            self._day, self._counts = day, {}

    def _save(self) -> None:
        value = json.dumps({"date": self._day.isoformat(),
                            "accounts": {k: [u.calls, u.videos]
                                         for k, u in self._counts.items()}})
        try:
            self._store.set_meta(USAGE_KEY, value)
        except sqlite3.Error as exc:  # a count must never stop a call
            log.warning("cannot save today's per-account counts: %s", exc)

    def record_call(self, account: str | None) -> None:
        self._add(account, calls=1)

    def record_video(self, account: str | None) -> None:
        self._add(account, videos=1)

    def _add(self, account: str | None, calls: int = 0, videos: int = 0) -> None:
        self._roll()
        key = account or UNKNOWN
        old = self._counts.get(key, Usage())
        self._counts[key] = Usage(old.calls + calls, old.videos + videos)
        self._save()

    def today(self) -> dict[str, Usage]:
        """Today's counts by account (``""``: songs whose account was not known)."""
        self._roll()
        return dict(self._counts)
