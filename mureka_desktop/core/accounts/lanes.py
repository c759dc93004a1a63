"""One lane per Mureka account: its spacing, its window of slots, its pause.

The limits the app keeps to belong to a Mureka account (10 generations at once: 6323; "too
frequently": 9008), so each account gets an :class:`AccountLane` with its own
:class:`~mureka_desktop.core.accounts.pacing.Pacer` and
:class:`~mureka_desktop.core.accounts.pacing.Window`,
and accounts work side by side.  A song's account comes from its string id
``user:<n>-mureka:<account>-song:<n>``; a bare number whose account is not known yet goes to
the lane keyed ``None``, which is spaced against every other lane (it may be any of them), so
the 3 s rule holds whatever account it turns out to be.

Whether the 3 s rule counts per account or per useapi.net token is not documented.  The lanes
start per account and learn: a 9008 for an account whose own previous call was well over 3 s
before (:data:`LEARN_SLACK`), while another account's call went out less than 3 s before, can
only mean the rule is token-wide.  While the scope is unknown one call at a time may overlap
another account's 3 s (:data:`PROBE_WINDOW`), so learning costs at most one rejected call.
Once learned, every call is spaced against every other (persisted in the store's meta;
:meth:`AccountLanes.reset_scope` forgets it).
"""

from __future__ import annotations

import logging
import re
from collections import deque
from dataclasses import dataclass

from mureka_desktop.core.accounts.pacing import Pacer, Window
from mureka_desktop.core.accounts.usage import DailyUsage
from mureka_desktop.core.model.config import PauseReason, SchedulerConfig
from mureka_desktop.core.model.items import Item
from mureka_desktop.core.storage.store import Store

log = logging.getLogger(__name__)

SCOPE_KEY = "spacing_scope"  # "token" or "account" once learned; absent or "" unknown
# While the scope is unknown, one call at a time may overlap another account's last 3 s (a
# probe); a 9008 comes back at once, so a probe unanswered this long confirms the per-account
# rule.  This keeps the cost of learning "token-wide" at one rejected call.
PROBE_WINDOW = 0.9
# A 9008 is evidence of the token-wide rule only when the account's own previous call was
# this much more than 3 s before (or there was none): a call sent 3.08 s after the previous
# one may reach the server under 3 s after it through a loaded machine or network, and that
# ordinary 9008 must not switch every account to a third of their speed.
LEARN_SLACK = 1.0
SHARED_KEY = "lookups_share_limit"
_ACCOUNT = re.compile(r"user:[0-9]+-mureka:([0-9]+)-song:[0-9]+", re.IGNORECASE)


def song_account(song_id: str) -> str | None:
    """The Mureka account a string id names, or None for a bare number."""
    m = _ACCOUNT.fullmatch(song_id.strip())
    return (m[1].lstrip("0") or "0") if m else None


@dataclass(frozen=True)
class LaneStatus:
    account: str | None  # None: songs whose account is not known yet
    in_flight: int
    window: int
    paused: PauseReason | None

    @property
    def label(self) -> str:
        return self.account or "default"

    def text(self) -> str:
        return f"{self.label} paused" if self.paused else \
            f"{self.label} {self.in_flight}/{self.window}"


def lanes_text(lanes: tuple[LaneStatus, ...]) -> str:
    """"A 10/10 · B 7/10 · C paused"."""
    return " · ".join(lane.text() for lane in lanes)


class AccountLane:
    """One Mureka account's limits: spacing, slots, back-off (in the pacer), pause."""

    def __init__(self, key: str | None, store: Store, config: SchedulerConfig) -> None:
        self.key = key
        self.pacer = Pacer(store, config.min_interval, config.margin,
                           max_wait=config.retry_after_cap,
                           key="" if key is None else f":{key}")
        self.window = Window(config.concurrency)
        self.in_flight: set[int] = set()  # item ids with a generation out on this account
        self.paused: PauseReason | None = None
        self.busy_since: float | None = None  # "all slots busy" with none of ours running
        self._busy_wait = config.slots_busy_wait
        self._retry_after_cap = config.retry_after_cap
        # After a 6323: no call before ``slots_until``; one of our generations finishing
        # frees a slot and ends the wait early (never under the documented 5 s).
        self.slots_until = 0.0
        self._slots_refused_at = 0.0

    def slots_busy(self, now: float, retry_after: float | None) -> float:
        """A 6323: wait the documented ``slots_busy_wait`` (5 s), or what Retry-After asks
        up to ``retry_after_cap`` (60 s; longer counts as 60 s).  Returns the wait."""
        asked = min(self._retry_after_cap, retry_after or 0.0)
        wait = max(self._busy_wait, asked)
        self._slots_refused_at = now
        self.slots_until = max(self.slots_until, now + wait)
        return wait

    def slot_freed(self, now: float) -> None:
        """One of this app's generations on the account finished: a slot is free, so a
        6323 wait ends now (or 5 s after the refusal, if that is later)."""
        if self.slots_until > now:
            self.slots_until = max(now, self._slots_refused_at + self._busy_wait)

    def free_slots(self, concurrency: int) -> int:
        return min(self.window.size, concurrency) - len(self.in_flight)

    def status(self) -> LaneStatus:
        return LaneStatus(self.key, len(self.in_flight), self.window.size, self.paused)


class AccountLanes:
    def __init__(self, store: Store, config: SchedulerConfig) -> None:
        self._store = store
        self._config = config
        self._lanes: dict[str | None, AccountLane] = {}
        scope = store.get_meta(SCOPE_KEY)
        self.token_wide = scope == "token"
        self.per_account_confirmed = scope == "account"
        self._probe_at: float | None = None
        self.lookups_share_limit = store.get_meta(SHARED_KEY) == "1"
        self._recent: deque[tuple[float, str | None]] = deque(maxlen=256)
        self.usage = DailyUsage(store)  # calls and videos today, per account
        # What ``GET /accounts`` (free) last said: account -> its error (None: healthy); None
        # while not known (not asked yet, or it did not answer): every account is then
        # taken as listed.
        self.listed: dict[str, str | None] | None = None
        # Songs whose account only a look-up (or a 596 with /accounts) told: item id ->
        # account.  The look-up wins over the account an id names.
        self.owners: dict[int, str] = {}
        self.routed: set[int] = set()  # items a look-up has routed (their owner is known)

    # ------------------------------------------------------------------ lanes
    def lane(self, key: str | None) -> AccountLane:
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = AccountLane(key, self._store, self._config)
        return lane

    def for_song(self, song_id: str) -> AccountLane:
        return self.lane(song_account(song_id))

    def key_of(self, item: Item) -> str | None:
        """The song's account: learned from its look-up, else named by its string id
        (None: a bare number not looked up yet)."""
        return self.owners.get(item.id) or song_account(item.song_id)

    def for_item(self, item: Item) -> AccountLane:
        return self.lane(self.key_of(item))

    def is_listed(self, key: str | None) -> bool:
        """True unless /accounts answered and does not list this account (None, the
        songs whose account is not known yet, always has a lane)."""
        return key is None or self.listed is None or key in self.listed

    def needs_route(self, item: Item) -> bool:
        """True while a look-up must say whose song this is before it is sent: its id names
        an account /accounts does not list, or it is a bare number and the token has
        several accounts (sent as a bare number, it would reach some account unknown) or a
        broken one (it may be that one's: never called to find out)."""
        if item.id in self.routed:
            return False
        key = self.key_of(item)
        if key is None:
            return self.listed is not None and (len(self.listed) > 1
                                                or any(self.listed.values()))
        return not self.is_listed(key)

    def unlisted(self, item: Item) -> str | None:
        """The account of ``item`` when /accounts does not list it (its songs get no lane)."""
        key = self.key_of(item)
        return None if self.is_listed(key) else key

    def all(self) -> list[AccountLane]:
        return list(self._lanes.values())

    def statuses(self) -> tuple[LaneStatus, ...]:
        return tuple(lane.status() for lane in sorted(
            self._lanes.values(), key=lambda x: (x.key is None, x.key or ""))
            if (lane.key is not None and self.is_listed(lane.key)) or lane.in_flight
            or len(self._lanes) == 1)

    # ------------------------------------------------------------------ spacing
    def wait_time(self, lane: AccountLane, now: float, *, learn: bool = True) -> float:
        """How long until ``lane`` may call: its own pacer, and the spacing after every call
        that may count against the same limit (all of them once the scope is token-wide;
        the unknown-account lane's always).  ``learn`` False: a probe left unanswered long
        enough is not recorded yet (a job asks; the scheduler's next round records it)."""
        wait = max(lane.pacer.wait_time(now), lane.slots_until - now)
        for other in self._lanes.values():
            if other is lane:
                continue
            if self.token_wide or lane.key is None or other.key is None:
                wait = max(wait, other.pacer.spacing_wait(now))
        if self._probing(lane, now, learn=learn) and self._probe_at is not None:
            wait = max(wait, self._probe_at + PROBE_WINDOW - now)
        return wait

    def _probing(self, lane: AccountLane, now: float, *, learn: bool = True) -> bool:
        """True when a call of ``lane`` now would test the scope (overlap another account's
        last 3 s while the scope is unknown)."""
        if self.token_wide or self.per_account_confirmed or lane.key is None:
            return False
        if self._probe_at is not None and now >= self._probe_at + PROBE_WINDOW:
            if not learn:
                return False
            self.per_account_confirmed = True
            self._store.set_meta(SCOPE_KEY, "account")
            log.info("the 3 s rule counts per Mureka account: accounts call side by side")
            return False
        interval = self._config.min_interval
        return any(key != lane.key and now - t < interval for t, key in self._recent)

    def mark_call(self, lane: AccountLane, now: float) -> None:
        """Journal a call before it leaves (see :meth:`Pacer.mark_call`)."""
        if self._probing(lane, now):
            self._probe_at = now
        lane.pacer.mark_call(now)
        self._recent.append((now, lane.key))

    def call_leaves(self, lane: AccountLane, at: float) -> None:
        """The call marked at its dispatch leaves only at ``at``: move its mark (and its
        place among the recent calls) there, so the next call is spaced from the real send."""
        held = lane.pacer.last_call
        if held is not None and at <= held:
            return
        lane.pacer.mark_call(at)
        for i in range(len(self._recent) - 1, -1, -1):
            if self._recent[i] == (held, lane.key):
                self._recent[i] = (at, lane.key)
                break
        else:
            self._recent.append((at, lane.key))
        if held is not None and self._probe_at == held:
            self._probe_at = at

    def rate_limited(self, lane: AccountLane, sent_at: float, now: float,
                     retry_after: float | None) -> bool:
        """A 9008 for the call ``lane`` sent at ``sent_at``.  True when it taught us that the
        3 s rule is token-wide (then the margin is left alone: the spacing was not short)."""
        if not self.token_wide and lane.key is not None and self._token_wide_cause(lane,
                                                                                     sent_at):
            self.token_wide = True
            self.per_account_confirmed = False
            self._store.set_meta(SCOPE_KEY, "token")
            log.warning("the 3 s rule counts per useapi.net token, not per Mureka account "
                        "(9008 for account %s, whose previous call was 3 s or more before): "
                        "spacing every call against every account from now on", lane.key)
            lane.pacer.not_before = max(lane.pacer.not_before,
                                        now + self._config.min_interval)
            return True
        lane.pacer.rate_limited(now, retry_after)
        return False

    def _token_wide_cause(self, lane: AccountLane, sent_at: float) -> bool:
        """Only a 9008 between two lanes that /accounts lists as different accounts says
        the rule is token-wide (an id naming an account the token does not have reaches
        some other, listed account: its 9008 is that account's own)."""
        if self.listed is None or lane.key not in self.listed:
            return False
        interval = self._config.min_interval
        own = [t for t, key in self._recent if key == lane.key and t < sent_at]
        if own and sent_at - max(own) < interval + LEARN_SLACK:
            return False  # its own spacing may have looked short to the server
        listed = self.listed
        return any(key != lane.key and key in listed and sent_at - interval < t <= sent_at
                   for t, key in self._recent)

    @property
    def scope(self) -> str | None:
        """What was learned of the 3 s rule: "token", "account", or None (not yet: spaced
        per account until a 9008 says otherwise)."""
        return "token" if self.token_wide else "account" if self.per_account_confirmed \
            else None

    def reset_scope(self) -> None:
        """Forget what was learned: spacing per account again (Settings)."""
        self.token_wide = self.per_account_confirmed = False
        self._probe_at = None
        self._store.set_meta(SCOPE_KEY, "")
        log.info("spacing scope reset: unknown, per Mureka account until a 9008 says not")

    def learn_lookups_share_limit(self) -> None:
        self.lookups_share_limit = True
        self._store.set_meta(SHARED_KEY, "1")
        for lane in self._lanes.values():
            lane.pacer.lookups_share_limit = True

    # ------------------------------------------------------------------ rate
    def limiting(self) -> list[AccountLane]:
        """The lanes whose limits bound the pace: the accounts' own lanes that are not paused.
        The lane of songs whose account is not known yet counts only when it is the only one
        (its songs belong to some account: it adds no slots of its own)."""
        named = [lane for lane in self._lanes.values()
                 if lane.key is not None and self.is_listed(lane.key)]
        lanes = named or list(self._lanes.values())
        return [lane for lane in lanes if lane.paused is None]

    def rate(self, concurrency: int, generation: float) -> float:
        """Calls a second the running lanes can make together (for the ETA)."""
        active = self.limiting()
        if not active:
            return 0.0
        if self.token_wide or len(active) == 1:
            spacing = max(lane.pacer.spacing for lane in active)
            return min(1.0 / spacing, len(active) * concurrency / generation)
        return sum(min(1.0 / lane.pacer.spacing, concurrency / generation)
                   for lane in active)


class LanesView:
    """What a job may know of the lanes, and no way to change them: the scheduler alone
    applies what an answer said about an account (:mod:`~mureka_desktop.core.queue.outcomes`).
    """

    __slots__ = ("_lanes",)
    _lanes: AccountLanes

    def __init__(self, lanes: AccountLanes) -> None:
        object.__setattr__(self, "_lanes", lanes)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"the lanes are read-only to a job (tried to set {name})")

    def key_of(self, item: Item) -> str | None:
        return self._lanes.key_of(item)

    def accounts(self) -> list[str | None]:
        """The accounts that have a lane."""
        return [lane.key for lane in self._lanes.all()]

    def wait_time(self, key: str | None, now: float) -> float:
        """How long until the lane of ``key`` may call (see :meth:`AccountLanes.wait_time`)."""
        return self._lanes.wait_time(self._lanes.lane(key), now, learn=False)

    @property
    def lookups_share_limit(self) -> bool:
        return self._lanes.lookups_share_limit

    @property
    def token_wide(self) -> bool:
        return self._lanes.token_wide
