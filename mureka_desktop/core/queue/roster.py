"""Which Mureka accounts the token has, from ``GET /accounts`` (free, no 3 s rule).

The scheduler asks on every start (before any call, so a broken account is never called
again just because the user pressed F5), every ``accounts_interval`` while the queue runs,
and when a song whose account is not known is refused with a 596.  :meth:`Roster.load`
returns what the answer says (the listing, the pauses it calls for) as outcomes; the
scheduler applies them.

What a 596 taught is kept in memory only, on purpose: which account a bare number belongs to
(:class:`~.outcomes.Owner`) and that the account is broken.  A restart forgets both and loses
nothing, because no call goes out before /accounts answered: it lists the broken account
again (its songs wait), and a bare number is looked up (free) before it is sent whenever the
token has several accounts or a broken one, so its look-up routes it to its account again
(tests/core/test_scheduler_roster.py, "after a restart").  A stored verdict would be stale the
moment the user repairs the account on useapi.net; /accounts never is.  The answer's
masked token and session cookie are dropped by the client and never reach this module.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from mureka_desktop.core.accounts.lanes import LanesView
from mureka_desktop.core.api import client as api
from mureka_desktop.core.api.protocol import Api
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.queue.events import explain
from mureka_desktop.core.queue.outcomes import (
    AccountPaused,
    Listed,
    ListingLate,
    Outcome,
    Owner,
    Waits,
)
from mureka_desktop.core.runtime.phrases import phrase

log = logging.getLogger(__name__)


def not_on_token(account: str) -> str:
    return phrase("account_not_on_token", "Mureka account {account} is not on this token: "
                  "its songs wait. Add the account on useapi.net, or give the songs' ids "
                  "with their own account.", account=account)


def gone_from_token(account: str) -> str:
    return phrase("account_gone", "Mureka account {account} is not on this token any more: "
                  "its songs wait. Add it again on useapi.net, then resume.", account=account)


# A start waits this long at most for /accounts (the client's own deadline for its body is
# as long); then it goes on with what is known and asks again after ``ASK_AGAIN``.
START_DEADLINE = 10.0
ASK_AGAIN = 15.0


# Printed by the CLI (the engine does not forward "notice" events to the window yet).
LISTING_LATE = phrase("accounts_late", "useapi.net did not list the accounts in time; going "
                      "on with what is known.")


class Roster:
    def __init__(self, client: Callable[[], Api], lanes: LanesView) -> None:
        self._client = client
        self.lanes = lanes
        self.ever: set[str] = set()  # every account /accounts listed in this run
        self.loads = 0
        self.failed = False  # the last ask had no answer (asked again soon)
        self._late = False  # the last ask ran out of time (no answer, or a body too slow)

    async def within(self, told: Awaitable[list[Outcome] | None], start: bool
                     ) -> AsyncIterator[Outcome]:
        """What ``told`` (an ask of /accounts) says; at a ``start``, :class:`ListingLate`
        first when the ask ran out of time (a body too slow, no answer)."""
        self._late = False
        outcomes = await told
        if start and self._late:
            yield ListingLate()
        for outcome in outcomes or ():
            yield outcome

    async def _ask(self) -> dict[str, str | None] | None:
        """/accounts: account -> its error (None: healthy), or None when it did not answer."""
        self.failed = True
        try:
            entries = await self._client().accounts()
        except api.ApiError as exc:
            # out of time (a body trickled, no answer): the start must say so
            self._late = isinstance(exc, api.TransientError) and exc.status is None
            log.info("/accounts did not answer (%s): accounts taken as they come",
                     exc.message)
            return None
        self.loads += 1
        self.failed = False
        return {entry.account: entry.error for entry in entries}

    async def load(self) -> list[Outcome] | None:
        """Ask /accounts; what its answer says (the listing, then the pauses it calls for),
        or None when it did not answer (what was known stays)."""
        listed = await self._ask()
        return None if listed is None else self._outcomes(listed)

    def _outcomes(self, listed: dict[str, str | None]) -> list[Outcome]:
        self.ever |= set(listed)
        told: list[Outcome] = [Listed(listed)]
        for account, error in listed.items():
            if error:
                problem = api.AccountStateError(error, None)  # /accounts gives no code
                told.append(AccountPaused(PauseReason("account", explain(problem, account),
                                                      account), account))
        for key in self.lanes.accounts():
            if key is not None and key in self.ever and key not in listed:
                log.warning("Mureka account %s is not on the token any more", key)
                told.append(AccountPaused(PauseReason("account", gone_from_token(key), key),
                                          key))
        return told

    async def find_owner(self, item_id: int, reason: PauseReason, wait: float, now: float
                         ) -> list[Outcome]:
        """A song whose account is not known was refused (596): /accounts says which
        account is broken; with exactly one, the song is that account's and waits with it.
        Otherwise it is tried again after ``wait`` (/accounts silent: everything pauses)."""
        listed = await self._ask()
        if listed is None:
            return [AccountPaused(reason, None)]
        told = self._outcomes(listed)
        broken = [account for account, error in listed.items() if error]
        if len(broken) == 1:
            log.info("item %s belongs to broken Mureka account %s", item_id, broken[0])
            return [*told, Owner(item_id, broken[0])]
        return [*told, Waits(item_id, {"not_before": now + wait,
                                       "last_error": reason.message})]
