"""A compact table of the Mureka accounts: health, credits, slots in use.

The rows come from :func:`~mureka_desktop.core.account_info.load_accounts` (refreshed on
start, on demand and when an account error arrives) and the slots from the scheduler's
:class:`~mureka_desktop.core.accounts.LaneStatus` on each status tick.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from mureka_desktop.core.account_info import AccountInfo
from mureka_desktop.core.accounts import LaneStatus

COL_ACCOUNT, COL_HEALTH, COL_CREDITS, COL_SLOTS = range(4)
HEADERS = ("Account", "Health", "Credits", "Slots")
AccountRole = Qt.ItemDataRole.UserRole
_BAD = QColor("#d93025")

Index = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractTableModel):
    """One row per account; ``UserRole`` returns its :class:`AccountInfo`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[AccountInfo] = []
        self._lanes: dict[str | None, LaneStatus] = {}

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def set_lanes(self, lanes: tuple[LaneStatus, ...]) -> None:
        """The scheduler's slots per account: only the Slots and Health columns change."""
        self._lanes = {lane.account: lane for lane in lanes}
        if self._accounts:
            self.dataChanged.emit(self.index(0, COL_HEALTH),
                                  self.index(len(self._accounts) - 1, COL_SLOTS),
                                  [Qt.ItemDataRole.DisplayRole,
                                   Qt.ItemDataRole.ForegroundRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        info = self._accounts[index.row()]
        lane = self._lanes.get(info.account)
        col = index.column()
        if role == AccountRole:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ACCOUNT:
                return info.account
            if col == COL_HEALTH:
                return "Paused: " + lane.paused.message if lane and lane.paused \
                    else info.health
            if col == COL_CREDITS:
                return "?" if info.credits is None else str(info.credits)
            if col == COL_SLOTS:
                return "—" if lane is None else \
                    ("paused" if lane.paused else f"{lane.in_flight}/{lane.window}")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CREDITS:
            return info.credits_problem
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_HEALTH and (
                info.error or (lane and lane.paused)):
            return _BAD
        return None
