"""What the user sees of each Mureka account: health (``GET /accounts``), credits
(``GET /profile/?account=``), and the scheduler's slots for it.

``/accounts`` answers also carry a masked token and the session cookie of the user's Mureka
login: :meth:`~mureka_desktop.core.api.MurekaClient.accounts` keeps neither, and nothing here
stores, logs or shows them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from mureka_desktop.core import api

log = logging.getLogger(__name__)


class AccountsApi(Protocol):
    async def accounts(self) -> list[api.AccountHealth]: ...
    async def credits(self, account: str | None = None) -> int | None: ...


@dataclass(frozen=True)
class AccountInfo:
    account: str
    error: str | None  # the account's own error state (``error`` of /accounts)
    token_issued_days_ago: float | None
    has_auto_refresh: bool | None
    credits: int | None
    credits_problem: str | None = None  # why the credits are unknown

    @property
    def health(self) -> str:
        if self.error:
            return f"Needs attention: {self.error}"
        age = "" if self.token_issued_days_ago is None else \
            f", session {self.token_issued_days_ago:.0f} days old"
        refresh = "" if self.has_auto_refresh is None else \
            ("" if self.has_auto_refresh else ", no auto-refresh")
        return f"OK{age}{refresh}"


async def load_accounts(client: AccountsApi) -> list[AccountInfo]:
    """Every configured account with its health and credits.  ``account=`` is sent to the
    profile only with several accounts (required then; optional with one)."""
    health = await client.accounts()
    several = len(health) > 1
    out: list[AccountInfo] = []
    for entry in health:
        credits: int | None = None
        problem: str | None = None
        try:
            credits = await client.credits(entry.account if several else None)
        except api.ApiError as exc:
            problem = exc.message
            log.info("credits of account %s unknown: %s", entry.account, exc.message)
        out.append(AccountInfo(entry.account, entry.error, entry.token_issued_days_ago,
                               entry.has_auto_refresh, credits, problem))
    return out
