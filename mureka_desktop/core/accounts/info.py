"""What the user sees of each Mureka account: health (``GET /accounts``), credits
(``GET /profile/?account=``), and the scheduler's slots for it.

``/accounts`` answers also carry a masked token and the session cookie of the user's Mureka
login: :meth:`~mureka_desktop.core.api.client.MurekaClient.accounts` keeps neither, and nothing here
stores, logs or shows them.

:class:`AccountsMonitor` loads them on the engine's loop (never on the caller's stack), one
load at a time: asked again while loading, it loads once more when done.  With no token, or
with the API unreachable, it says so in :attr:`AccountsSnapshot.problem` and keeps what it
knew.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.accounts import AccountInfo, AccountsSnapshot
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.core.runtime.tasks import TaskOwner

log = logging.getLogger(__name__)


class AccountsApi(Protocol):
    async def accounts(self) -> list[api.AccountHealth]: ...
    async def credits(self, account: str | None = None) -> int | None: ...


async def load_accounts(client: AccountsApi) -> list[AccountInfo]:
    """Every configured account with its health and credits.  ``account=`` is sent to the
    profile only with several accounts (required then; optional with one)."""
    health = await client.accounts()
    several = len(health) > 1

    async def credits_of(entry: api.AccountHealth) -> AccountInfo:
        credits: int | None = None
        problem: str | None = None
        try:
            credits = await client.credits(entry.account if several else None)
        except api.ApiError as exc:
            problem = exc.message
            log.info("credits of account %s unknown: %s", entry.account, exc.message)
        return AccountInfo(entry.account, entry.error, entry.token_issued_days_ago,
                           entry.has_auto_refresh, credits, problem)

    return list(await asyncio.gather(*(credits_of(entry) for entry in health)))


NO_TOKEN = phrase("accounts_no_token",
                  "No useapi.net token: add one in Settings to see the accounts.")
NO_ACCOUNT = phrase("accounts_none", "No Mureka account is configured for this token on "
                    "useapi.net.")


def problem_text(exc: api.ApiError, known: bool) -> str:
    """Why the accounts could not be loaded, and what is shown instead."""
    if isinstance(exc, api.Unreachable):
        return phrase("accounts_offline_kept", "Offline: the API cannot be reached ({error}). "
                      "Showing what was known before.", error=exc.message) if known else \
            phrase("accounts_offline", "Offline: the API cannot be reached ({error}).",
                   error=exc.message)
    if isinstance(exc, api.AuthError):
        return phrase("accounts_token_rejected", "The API rejected the token ({error}): enter "
                      "a new one in Settings.", error=exc.message)
    if exc.status == 404:
        return NO_ACCOUNT
    return phrase("accounts_failed_kept", "The accounts could not be loaded: {error}. "
                  "Showing what was known before.", error=exc.message) if known else \
        phrase("accounts_failed", "The accounts could not be loaded: {error}.",
               error=exc.message)


class AccountsMonitor:
    def __init__(self, client: Callable[[], AccountsApi], has_token: Callable[[], bool],
                 changed: Callable[[AccountsSnapshot], None],
                 now: Callable[[], float] = time.time) -> None:
        self._client = client
        self._has_token = has_token
        self._changed = changed
        self._now = now
        self._tasks = TaskOwner("accounts")
        self._again = False
        self._running: asyncio.Task[None] | None = None
        self.snapshot = AccountsSnapshot()

    def refresh(self) -> None:
        """Load the accounts again, on the running loop (once more if a load is running)."""
        if self._running is not None and not self._running.done():
            self._again = True
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            log.debug("no running loop: accounts not refreshed")
            return
        self._running = self._tasks.spawn(self._refresh(), name="refresh")

    async def _refresh(self) -> None:
        while True:
            self._again = False
            await self.load()
            if not self._again:
                return

    async def load(self) -> AccountsSnapshot:
        """One load; :attr:`snapshot` is updated and announced before and after."""
        if not self._has_token():
            self._set(replace(self.snapshot, accounts=(), problem=NO_TOKEN, loading=False,
                              loads=self.snapshot.loads + 1))
            return self.snapshot
        self._set(replace(self.snapshot, loading=True))
        try:
            accounts = await load_accounts(self._client())
        except api.ApiError as exc:
            log.info("accounts not loaded: %s", exc.message)
            keep = not isinstance(exc, api.AuthError) and exc.status != 404
            known = self.snapshot.accounts if keep else ()
            self._set(replace(self.snapshot, accounts=known,
                              problem=problem_text(exc, bool(known)), loading=False,
                              loads=self.snapshot.loads + 1))
        except asyncio.CancelledError:
            self._set(replace(self.snapshot, loading=False))
            raise
        else:
            self._set(AccountsSnapshot(tuple(accounts), None if accounts else NO_ACCOUNT,
                                       self._now(), False, self.snapshot.loads + 1))
        return self.snapshot

    def _set(self, snapshot: AccountsSnapshot) -> None:
        self.snapshot = snapshot
        try:
            self._changed(snapshot)
        except Exception:
            log.exception("accounts listener failed")

    async def close(self) -> None:
        await self._tasks.close()
