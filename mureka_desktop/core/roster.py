"""Which Mureka accounts the token has, from ``GET /accounts`` (free, no 3 s rule).

The scheduler asks on every start (before any call, so a broken account is never called
again just because the user pressed F5), every ``accounts_interval`` while the queue runs,
and when a song whose account is not known is refused with a 596.  :meth:`Roster.load`
returns the pauses that the answer calls for; the scheduler applies them.  The answer's
masked token and session cookie are dropped by the client and never reach this module.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from mureka_desktop.core import api
from mureka_desktop.core.accounts import AccountLanes
from mureka_desktop.core.config import PauseReason
from mureka_desktop.core.jobs_api import Api
from mureka_desktop.core.phrases import phrase
from mureka_desktop.core.scheduler_events import explain

log = logging.getLogger(__name__)


def not_on_token(account: str) -> str:
    return phrase("account_not_on_token", "Mureka account {account} is not on this token: "
                  "its songs wait. Add the account on useapi.net, or give the songs' ids "
                  "with their own account.", account=account)


def gone_from_token(account: str) -> str:
    return phrase("account_gone", "Mureka account {account} is not on this token any more: "
                  "its songs wait. Add it again on useapi.net, then resume.", account=account)


class Roster:
    def __init__(self, client: Callable[[], Api], lanes: AccountLanes) -> None:
        self._client = client
        self.lanes = lanes
        self.ever: set[str] = set()  # every account /accounts listed in this run
        self.loads = 0

    def broken(self) -> list[str]:
        """The listed accounts in an error state."""
        listed = self.lanes.listed or {}
        return [account for account, error in listed.items() if error]

    async def load(self) -> list[tuple[str, PauseReason]] | None:
        """Ask /accounts; the pauses its answer calls for, or None when it did not answer
        (what was known stays)."""
        try:
            entries = await self._client().accounts()
        except api.ApiError as exc:
            log.info("/accounts did not answer (%s): accounts taken as they come",
                     exc.message)
            return None
        self.loads += 1
        listed = {entry.account: entry.error for entry in entries}
        self.lanes.listed = listed
        self.ever |= set(listed)
        pauses: list[tuple[str, PauseReason]] = []
        for account, error in listed.items():
            if error:
                problem = api.AccountStateError(error, "ACCOUNT_ERROR")
                pauses.append((account, PauseReason("account", explain(problem, account),
                                                    account)))
        for lane in self.lanes.all():
            key = lane.key
            if key is not None and key in self.ever and key not in listed:
                log.warning("Mureka account %s is not on the token any more", key)
                pauses.append((key, PauseReason("account", gone_from_token(key), key)))
        return pauses
