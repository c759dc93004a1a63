"""Which songs the scheduler looks at next, across Mureka accounts.

The head of the queue in order, songs put back after a 9008 or 6323 first, and, when the head
belongs to accounts that cannot call (paused, every slot busy), the next songs of the other
accounts, so that one account's long run never holds the others back.  Look-ups go round robin
over the accounts.  No state but when it last looked past the head.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection

from mureka_desktop.core.accounts.lanes import AccountLanes
from mureka_desktop.core.model.config import PauseReason, SchedulerConfig
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.queue.roster import not_on_token
from mureka_desktop.core.runtime.clock import Clock
from mureka_desktop.core.runtime.phrases import sentences
from mureka_desktop.core.storage.store import Store

DISCOVERY_INTERVAL = 10.0  # s between looks past the queue's head for other accounts


class Picker:
    def __init__(self, store: Store, lanes: AccountLanes, config: SchedulerConfig,
                 clock: Clock) -> None:
        self.store = store
        self.lanes = lanes
        self.config = config
        self.clock = clock
        self._looked_past = float("-inf")

    def candidates(self) -> list[Item]:
        """The head of the queue, and when it belongs only to accounts that cannot call
        (paused, every slot busy), the next songs of the other accounts too: one account's
        thousand songs first in line never hold the others back."""
        limit = max(50, self.config.lookahead * 4)
        head = self.store.queued(limit=limit)
        if len(head) < limit:
            return head
        blocked = {lane.key for lane in self.lanes.all()
                   if lane.paused is not None or lane.free_slots(self.config.concurrency) <= 0}
        keys = {self.lanes.key_of(item) for item in head}
        now = self.clock.time()
        # One account known: look past the head for others now and then only (the query
        # scans the queue); several, or the head's accounts stuck: every time.
        if not keys <= blocked and len(self.lanes.all()) <= 1 \
                and now < self._looked_past + DISCOVERY_INTERVAL:
            return head
        self._looked_past = now
        seen = {item.id for item in head}
        return head + [item for item in self.store.queued_outside(keys, limit)
                       if item.id not in seen]

    def in_order(self, candidates: list[Item], front: deque[int], checking: Collection[int]
                 ) -> list[Item]:
        """Items that may be generated, those put back (9008, 6323) first."""
        first: list[Item] = []
        for item_id in list(front):
            item = self.store.get(item_id)
            if item is not None and item.state == State.QUEUED and not item.has_links:
                first.append(item)
            else:
                front.remove(item_id)
        seen = {item.id for item in first}
        rest = [item for item in candidates if item.id not in seen and not item.has_links
                and item.id not in checking
                and (item.checked or item.regenerate or not self.config.reuse_existing)]
        return first + rest

    def by_lane(self, items: list[Item]) -> list[Item]:
        """Round robin over the accounts (paused ones left out), each in queue order: every
        account's next songs are looked up early."""
        queues: dict[str | None, list[Item]] = {}
        for item in items:
            lane = self.lanes.for_item(item)
            if lane.paused is None:
                queues.setdefault(lane.key, []).append(item)
        out: list[Item] = []
        rounds = max((len(q) for q in queues.values()), default=0)
        for k in range(rounds):
            out.extend(q[k] for q in queues.values() if k < len(q))
        return out

    def blocked(self, item: Item) -> PauseReason | None:
        """Why ``item`` cannot start until the user acts: its account is paused, or the
        token does not have it (and its look-up did not route it elsewhere); else None."""
        key = self.lanes.key_of(item)
        if key is None:
            return None
        if (paused := self.lanes.lane(key).paused) is not None:
            return paused
        if not self.lanes.is_listed(key) and item.id in self.lanes.routed:
            return PauseReason("account", not_on_token(key), key)
        return None

    def waiting_reason(self) -> PauseReason | None:
        """When every song left to start waits on an account (paused, or not on the
        token): why, else None."""
        reasons: list[PauseReason] = []
        for item in self.store.items_in(State.QUEUED, State.CHECKING):
            reason = self.blocked(item)
            if reason is None:
                return None
            if reason not in reasons:
                reasons.append(reason)
        if not reasons:
            return None
        if len(reasons) == 1:
            return reasons[0]
        return PauseReason(reasons[0].kind, sentences(*(r.message for r in reasons)))

    def waiting_by_account(self) -> tuple[tuple[str, int], ...]:
        """(account, songs waiting) for each paused account with songs left."""
        counts: dict[str, int] = {}
        for item in self.store.items_in(State.QUEUED, State.CHECKING):
            key = self.lanes.key_of(item)
            if key is not None and self.lanes.lane(key).paused is not None:
                counts[key] = counts.get(key, 0) + 1
        return tuple(sorted(counts.items()))
