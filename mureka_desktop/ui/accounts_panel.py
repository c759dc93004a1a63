"""A compact table of the Mureka accounts: health, session, credits, slots in use, calls and
videos today.

The rows come from :class:`~mureka_desktop.core.model.accounts.AccountsSnapshot` (refreshed on
start, on demand and when an account error arrives); the slots from the scheduler's
:class:`~mureka_desktop.core.accounts.lanes.LaneStatus` and today's counts from
:class:`~mureka_desktop.core.accounts.usage.Usage`, on each status tick, announced only for the
cells that changed.  With one account configured, the songs whose account is not known yet
(bare numbers) are that account's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from mureka_desktop.core.accounts.lanes import LaneStatus
from mureka_desktop.core.accounts.usage import UNKNOWN, Usage
from mureka_desktop.core.model.accounts import AccountInfo
from mureka_desktop.core.runtime.phrases import Phrase
from mureka_desktop.ui import scheme
from mureka_desktop.ui.engine_words import EngineWords
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import shown, tip

(COL_ACCOUNT, COL_HEALTH, COL_SESSION, COL_CREDITS, COL_SLOTS, COL_CALLS,
 COL_VIDEOS) = range(7)
COLUMNS = 7
AccountRole = Qt.ItemDataRole.UserRole
_BAD = {False: QColor(scheme.LIGHT.error), True: QColor(scheme.DARK.error)}  # by is_dark
_LIVE = (COL_HEALTH, COL_SLOTS, COL_CALLS, COL_VIDEOS)  # change with the scheduler

Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractTableModel):
    """One row per account; ``UserRole`` returns its :class:`AccountInfo`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[AccountInfo] = []
        self._lanes: dict[str | None, LaneStatus] = {}
        self._usage: dict[str, Usage] = {}
        self.words = EngineWords(self)
        self._headers = (self.tr("Account"), self.tr("Health"), self.tr("Session"),
                         self.tr("Credits"), self.tr("Slots"), self.tr("Calls today"),
                         self.tr("Videos today"))
        self._tips = (None, self.tr("What useapi.net says of the account, or why its songs "
                                    "wait"),
                      self.tr("Days since the Mureka session was issued; whether useapi.net "
                              "refreshes it by itself"),
                      self.tr("Credits left on the Mureka account"),
                      self.tr("Generations of this app running on the account / the most "
                              "it may run now"),
                      self.tr("Generate calls this app sent to the account today (refused "
                              "ones included)"),
                      self.tr("Videos this app's generations made on the account today"))

    # ------------------------------------------------------------------ feeding
    def set_accounts(self, accounts: tuple[AccountInfo, ...] | list[AccountInfo]) -> None:
        if list(accounts) == self._accounts:
            return
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def set_activity(self, lanes: tuple[LaneStatus, ...], usage: dict[str, Usage]) -> None:
        """The scheduler's slots and today's counts: only rows whose cells changed are
        announced, with the roles that changed."""
        before = [self._live(row) for row in range(len(self._accounts))]
        self._lanes = {lane.account: lane for lane in lanes}
        self._usage = dict(usage)
        for row, old in enumerate(before):
            if self._live(row) != old:
                self.dataChanged.emit(self.index(row, COL_HEALTH), self.index(row, COL_VIDEOS),
                                      [Qt.ItemDataRole.DisplayRole,
                                       Qt.ItemDataRole.ForegroundRole,
                                       Qt.ItemDataRole.ToolTipRole])

    def _live(self, row: int) -> tuple[object, ...]:
        return tuple(self.data(self.index(row, col)) for col in _LIVE)

    def lane_of(self, info: AccountInfo) -> LaneStatus | None:
        lane = self._lanes.get(info.account)
        if lane is None and len(self._accounts) == 1:
            lane = self._lanes.get(None)  # one account: every song is its
        return lane

    def usage_of(self, info: AccountInfo) -> Usage:
        usage = self._usage.get(info.account, Usage())
        if len(self._accounts) == 1 and UNKNOWN in self._usage:
            other = self._usage[UNKNOWN]
            usage = Usage(usage.calls + other.calls, usage.videos + other.videos)
        return usage

    def accounts(self) -> list[AccountInfo]:
        return list(self._accounts)

    # ------------------------------------------------------------------ model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        info = self._accounts[index.row()]
        col = index.column()
        if role == AccountRole:
            return info
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(info, col)
            if role == Qt.ItemDataRole.ToolTipRole:  # the server's words, as text
                return tip(self._tip(info, col, text)) or None
            return shown(text) if text else text
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_HEALTH and self._bad(info):
            return _BAD[scheme.is_dark()]  # readable on a light or a dark base
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= COL_CREDITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _bad(self, info: AccountInfo) -> bool:
        lane = self.lane_of(info)
        return bool(info.error or (lane and lane.paused))

    def _text(self, info: AccountInfo, col: int) -> str | None:
        lane = self.lane_of(info)
        if col == COL_ACCOUNT:
            return info.account
        if col == COL_HEALTH:  # useapi.net's word first: it is the plainer one
            if info.error:
                return fill(self.tr("Needs attention: %1", "%1: useapi.net's words"),
                            info.error)
            if lane is not None and lane.paused is not None:
                return fill(self.tr("Paused: %1", "%1: why, and the fix"),
                            self.words.say(_own(lane.paused.message)))
            return self.tr("OK")
        if col == COL_SESSION:
            return self._session(info)
        if col == COL_CREDITS:
            return "?" if info.credits is None else f"{info.credits:,}"
        if col == COL_SLOTS:
            return "—" if lane is None else \
                (self.tr("paused") if lane.paused else f"{lane.in_flight}/{lane.window}")
        if col == COL_CALLS:
            return str(self.usage_of(info).calls)
        if col == COL_VIDEOS:
            return str(self.usage_of(info).videos)
        return None

    def _session(self, info: AccountInfo) -> str:
        parts = []
        if info.token_issued_days_ago is not None:
            parts.append(fill(self.tr("%1 d", "a session's age in days"),
                              f"{info.token_issued_days_ago:.0f}"))
        if info.has_auto_refresh is not None:
            parts.append(self.tr("auto-refresh") if info.has_auto_refresh
                         else self.tr("no auto-refresh"))
        return " · ".join(parts) or "—"

    def _tip(self, info: AccountInfo, col: int, text: str | None) -> str | None:
        if col == COL_CREDITS and info.credits_problem:
            return fill(self.tr("Credits unknown: %1"), info.credits_problem)
        if col == COL_SESSION and info.token_issued_days_ago is not None:
            return fill(self.tr("Session issued %1 days ago; %2"),
                        f"{info.token_issued_days_ago:.0f}",
                        self.tr("useapi.net refreshes it by itself") if info.has_auto_refresh
                        else self.tr("no auto-refresh: update it on useapi.net when it "
                                     "expires"))
        if col == COL_HEALTH:
            lane = self.lane_of(info)
            if info.error and lane is not None and lane.paused is not None:
                return fill(self.tr("%1\nIts songs wait: %2"), text,
                            self.words.say(lane.paused.message))
            return text
        return None


def _own(message: str) -> str:
    """A pause's reason without the "Mureka account N: … Songs of other accounts carry on."
    around it: the row already names the account."""
    if isinstance(message, Phrase) and message.key == "account_problem":
        problem = message.values.get("problem")
        if isinstance(problem, str):
            return problem
    return message
