"""The accounts service: the Mureka accounts' health and credits (loaded on the loop, told
as :class:`ev.AccountsChanged`), today's usage, the learned spacing scope, and the one
account loader, used by the accounts panel and by Settings' Check alike."""

from __future__ import annotations

import httpx

from mureka_desktop.core.accounts.info import AccountsMonitor, load_accounts
from mureka_desktop.core.accounts.usage import Usage
from mureka_desktop.core.api import client as api
from mureka_desktop.core.engine.stream import EventStream
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.accounts import AccountInfo, AccountsSnapshot
from mureka_desktop.core.queue.scheduler import Scheduler
from mureka_desktop.core.runtime.phrases import phrase


class Accounts:
    def __init__(self, http: httpx.AsyncClient, client: api.MurekaClient, scheduler: Scheduler,
                 events: EventStream, *, demo: bool) -> None:
        self._http = http
        self._client = client
        self._scheduler = scheduler
        self._events = events
        self.monitor = AccountsMonitor(
            lambda: self._client, lambda: demo or self._client.has_token,
            lambda snapshot: events.emit(ev.AccountsChanged(snapshot)))

    @property
    def client(self) -> api.MurekaClient:
        """The client of the saved token (the queue's calls go through the same one)."""
        return self._client

    def use_client(self, client: api.MurekaClient) -> None:
        """A new token or API base: the accounts are loaded again with it."""
        self._client = client
        self.refresh()

    # ------------------------------------------------------------------ health and credits
    @property
    def snapshot(self) -> AccountsSnapshot:
        return self.monitor.snapshot

    def refresh(self) -> None:
        """Load the accounts' health and credits again (on the loop; an
        :class:`ev.AccountsChanged` tells the result)."""
        self.monitor.refresh()

    async def check(self, token: str, base: str = "") -> list[AccountInfo]:
        """The accounts of a token not saved yet (Settings' Check): health and credits, as
        the panel loads them.  Raises :class:`api.ApiError` (AuthError: token refused)."""
        client = api.MurekaClient(self._http, base or api.DEFAULT_API_BASE, token)
        return await load_accounts(client)

    async def health(self) -> list[api.AccountHealth]:
        """The accounts useapi.net has for the saved token (no credits)."""
        return await self._client.accounts()

    async def songs(self, account: str | None = None, last_id: str | None = None
                    ) -> api.SongPage:
        """One page of an account's songs on Mureka (``last_id``: the page after it)."""
        return await self._client.list_songs(account=account, last_id=last_id)

    # ------------------------------------------------------------------ usage and pacing
    def usage_today(self) -> dict[str, Usage]:
        """Generate calls and videos made today per account ("" : account not known)."""
        return self._scheduler.lanes.usage.today()

    @property
    def spacing_scope(self) -> str | None:
        """What was learned of the 3 s rule: "token", "account", or None (not yet)."""
        return self._scheduler.lanes.scope

    def reset_spacing_scope(self) -> None:
        """Forget whether the 3 s rule was learned to count per token (Settings)."""
        self._scheduler.lanes.reset_scope()
        self._events.emit(ev.SettingsApplied(phrase(
            "spacing_reset", "Spacing reset: calls are spaced per Mureka account until a "
            "rejected call shows the rule is token-wide.")))

    async def close(self) -> None:
        await self.monitor.close()
