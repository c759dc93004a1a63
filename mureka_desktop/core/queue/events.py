"""What the scheduler tells the world: events, the status snapshot, and the words it uses
for errors (safe to show the user)."""

from __future__ import annotations

from dataclasses import dataclass

from mureka_desktop.core.accounts.lanes import LaneStatus, lanes_text
from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.runtime.phrases import phrase


@dataclass(frozen=True)
class Event:
    # "song_changed" (its queue row in ``item``), "paused", "resumed", "idle"; paused with
    # reason.kind "offline" resumes by itself ("resumed") when the API answers again.
    kind: str
    item: Item | None = None
    reason: PauseReason | None = None
    # paused: the whole queue stops because every song left belongs to an account whose own
    # pause was already announced (nothing new to tell a user who read those)
    follows_accounts: bool = False
    # "notice": a line to show (``message``) that changes no state
    message: str | None = None


@dataclass(frozen=True)
class Status:
    running: bool
    paused: PauseReason | None
    in_flight: int
    window: int
    concurrency: int
    next_call_in: float
    counts: dict[State, int]
    eta_seconds: float | None  # None while paused: nothing progresses
    downloads: int
    lanes: tuple[LaneStatus, ...] = ()  # per Mureka account: slots, paused
    # (account, songs waiting) of each paused account while the rest of the queue runs
    waiting: tuple[tuple[str, int], ...] = ()

    @property
    def waiting_text(self) -> str:
        """"Running · account 222 paused (3 songs)" (empty when no account waits)."""
        if not self.running or not self.waiting:
            return ""
        parts = [f"account {a} paused ({n} song{'s' if n != 1 else ''})"
                 for a, n in self.waiting]
        return "Running · " + " · ".join(parts)

    @property
    def accounts_text(self) -> str:
        """"A 10/10 · B 7/10 · C paused" (empty with one account)."""
        named = [lane for lane in self.lanes if lane.account is not None]
        return lanes_text(self.lanes) if len(named) > 1 or any(
            lane.paused for lane in named) else ""


def describe(exc: BaseException) -> str:
    """An unexpected exception in one line: its type and message."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:300]}" if text else type(exc).__name__


def explain(exc: api.AccountProblem, account: str | None = None) -> str:
    """What went wrong and the fix; with ``account``, naming the Mureka account (its songs
    wait, the other accounts' carry on)."""
    text = _explain(exc)
    if account is None:
        return text
    return phrase("account_problem", "Mureka account {account}: {problem} Songs of other "
                  "accounts carry on.", account=account, problem=text)


def has_code(reason: PauseReason) -> bool:
    """A 596's code is in this pause (the sentence :func:`explain` makes of it): it replaces
    what /accounts said (its text, no code), never the reverse."""
    said = getattr(reason.message, "values", {}).get("problem", reason.message)
    return getattr(said, "key", None) == "account_attention"


def pause_scope(exc: api.AccountProblem, account: str | None) -> str | None:
    """Whose songs an account problem stops: the account's, or every song (None) when the
    token itself is refused (a 401 "Unauthorized": no account would take a call)."""
    if isinstance(exc, api.AuthError) and exc.token_level:
        return None
    return account


def _explain(exc: api.AccountProblem) -> str:
    if isinstance(exc, api.AuthError):
        return phrase("token_rejected", "The API rejected the token or the Mureka login: "
                      "{error}. Enter a new token in Settings, then resume.", error=exc.message)
    if isinstance(exc, api.BillingError):
        return phrase("billing", "Subscription or credits: {error}. Top up the account, then "
                      "resume.", error=exc.message)
    if isinstance(exc, api.AccountStateError) and exc.code is None:  # only /accounts' text
        return phrase("account_attention_no_code", "The Mureka account needs attention: "
                      "{error}. Update the account on useapi.net, then resume.",
                      error=exc.message)
    if isinstance(exc, api.AccountStateError):
        return phrase("account_attention", "The Mureka account needs attention ({code}): "
                      "{error}. Update the account on useapi.net, then resume.",
                      code=str(exc.code), error=exc.message)
    return exc.message
