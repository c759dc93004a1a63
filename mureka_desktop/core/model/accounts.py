"""What the app knows of each Mureka account, as plain data: its health and credits, and the
list as last loaded (:mod:`mureka_desktop.core.accounts.info` loads it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AccountInfo:
    account: str
    error: str | None  # the account's own error state (``error`` of /accounts)
    token_issued_days_ago: float | None
    has_auto_refresh: bool | None
    credits: int | None
    credits_problem: str | None = None  # why the credits are unknown


@dataclass(frozen=True)
class AccountsSnapshot:
    accounts: tuple[AccountInfo, ...] = ()
    problem: str | None = None  # why the list is empty or may be old, in words
    refreshed_at: float | None = None  # wall time of the last load that answered
    loading: bool = False
    loads: int = 0  # loads finished (answered or not)
