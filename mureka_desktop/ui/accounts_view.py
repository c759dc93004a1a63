"""The Mureka accounts in the window (a dock under the queue) and in Settings, over one model.

:class:`AccountsController` follows the engine: each :class:`~mureka_desktop.core.model.events.
AccountsChanged` replaces the rows, each status tick the slots and today's counts.  Loading
runs on the engine's loop (:meth:`Engine.refresh_accounts`); the views only ask and show.
With no token or no network the line above the table says so, and the rows known before stay.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.model.accounts import AccountsSnapshot
from mureka_desktop.core.queue.events import Status
from mureka_desktop.ui import scheme
from mureka_desktop.ui.accounts_panel import (
    COL_ACCOUNT,
    COL_CALLS,
    COL_CREDITS,
    COL_HEALTH,
    COL_SESSION,
    COL_SLOTS,
    COL_VIDEOS,
    AccountsModel,
)
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import plain, shown, tip

if TYPE_CHECKING:
    from mureka_desktop.app import Engine

ROW_HEIGHT = 22


class AccountsController(QObject):
    """The accounts' model and what the views say above it."""

    changed = Signal()  # the snapshot changed: the views re-read :meth:`summary`

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.model = AccountsModel(self)
        self.snapshot = engine.accounts.snapshot
        self._paused: list[str] = []

    def refresh(self) -> None:
        self.engine.accounts.refresh()

    def on_snapshot(self, snapshot: AccountsSnapshot) -> None:
        self.snapshot = snapshot
        self.model.set_accounts(snapshot.accounts)
        self.changed.emit()

    def tick(self, status: Status) -> None:
        self.model.set_activity(status.lanes, self.engine.accounts.usage_today())
        paused = self._paused_accounts()
        if paused != self._paused:  # an account paused or resumed: the line says it
            self._paused = paused
            self.changed.emit()

    def _paused_accounts(self) -> list[str]:
        return [info.account for info in self.model.accounts()
                if (lane := self.model.lane_of(info)) is not None and lane.paused]

    def summary(self) -> tuple[str, bool]:
        """The line above the table, and whether it tells of a problem."""
        snap = self.snapshot
        loading = self.tr("Refreshing…") if snap.loading else ""
        when = "" if snap.refreshed_at is None else fill(self.tr("Updated %1", "%1: a time"),
                                                         time.strftime("%H:%M", time.localtime(
                                                             snap.refreshed_at)))
        if snap.problem:
            problem = self.model.words.say(snap.problem)
            return " · ".join(p for p in (problem, when, loading) if p), True
        if not snap.accounts:
            return loading or self.tr("Not loaded yet: Refresh asks useapi.net."), False
        paused = self._paused_accounts()
        bad = [a.account for a in snap.accounts if a.error or a.account in paused]
        health = fill(self.tr("Needs attention: %1", "%1: Mureka accounts"),
                      ", ".join(bad)) if bad else self.tr("All accounts OK")
        return " · ".join(p for p in (health, when, loading) if p), bool(bad)


class AccountsTable(QTableView):
    """The accounts' table, as tall as its rows (up to ``rows``; then it scrolls)."""

    def __init__(self, model: AccountsModel, rows: int) -> None:
        super().__init__()
        self._rows = rows
        self.setObjectName("accountsTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setAccessibleName(self.tr("Mureka accounts"))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        for col in (COL_ACCOUNT, COL_SESSION, COL_CREDITS, COL_SLOTS, COL_CALLS, COL_VIDEOS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_HEALTH, QHeaderView.ResizeMode.Stretch)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        """As tall as its rows when there is room; on a small screen it gives way down to
        one row and scrolls (the window's minimum height stays a laptop's)."""
        rows = min(max(self.model().rowCount(), 1), self._rows)
        frame = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        self.setMaximumHeight(frame + rows * ROW_HEIGHT)
        self.setMinimumHeight(frame + ROW_HEIGHT)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.maximumHeight())


class SummaryLabel(QLabel):
    """The accounts in a few words (problems in red), following the controller."""

    def __init__(self, controller: AccountsController) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("accountsSummary")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain(self)  # the server's words; clipped by the layout rather than widening the window
        self._problem = False
        self._recolouring = False
        controller.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        text, self._problem = self.controller.summary()
        self.setText(shown(text))
        self.setToolTip(tip(text))
        self._recolour()

    def _recolour(self) -> None:
        """A problem in the scheme's error colour (light or dark); else the inherited text
        colour (a palette set here, not a style sheet, so the rest follows the scheme)."""
        palette = QPalette()
        if self._problem:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(scheme.colours().error))
        self._recolouring = True  # setPalette sends a PaletteChange of its own
        try:
            self.setPalette(palette)
        finally:
            self._recolouring = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in scheme.PALETTE_EVENTS and not self._recolouring:
            self._recolour()  # light or dark: the error colour follows


class AccountsDock(QDockWidget):
    """The accounts under the queue: one title line (summary, Refresh, close) over the table;
    View ▸ Accounts shows and hides it."""

    def __init__(self, controller: AccountsController, refresh: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Accounts"), parent)
        self.setObjectName("accountsDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable |
                         QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea |
                             Qt.DockWidgetArea.TopDockWidgetArea)
        title = QLabel(self.tr("Accounts"))
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)  # a font, not a style sheet: the text colour follows the scheme
        self.summary = SummaryLabel(controller)
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("accountsRefresh")
        self.refresh_button.setDefaultAction(refresh)
        self.refresh_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.refresh_button.setAutoRaise(True)
        hide = QToolButton()
        hide.setText("×")
        hide.setAutoRaise(True)
        hide.setToolTip(self.tr("Hide the accounts (View ▸ Accounts shows them again)"))
        hide.setAccessibleName(self.tr("Hide the accounts"))
        hide.clicked.connect(self.close)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 2, 2, 0)
        row.addWidget(title)
        row.addSpacing(8)
        row.addWidget(self.summary, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(hide)
        self.setTitleBarWidget(bar)
        self.table = AccountsTable(controller.model, rows=4)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.table)
        self.setWidget(body)


class AccountsSettings(QGroupBox):
    """Settings: the accounts (same model), and the learned spacing with its reset."""

    def __init__(self, controller: AccountsController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mureka accounts"), parent)
        self.engine = controller.engine
        self.summary = SummaryLabel(controller)
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("accountsRefresh")
        self.refresh_button.setToolTip(self.tr("Ask useapi.net for the accounts' health and "
                                               "credits again"))
        self.refresh_button.clicked.connect(controller.refresh)
        self.table = AccountsTable(controller.model, rows=6)
        self.scope = QLabel()
        self.scope.setObjectName("spacingScope")
        self.scope.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("resetSpacing")
        self.reset_button.setToolTip(self.tr(
            "Forget what was learned: space calls per Mureka account again until a rejected "
            "call shows the 3 s rule counts per token"))
        self.reset_button.clicked.connect(self.reset_spacing)
        row = QHBoxLayout()
        row.addWidget(self.scope, 1)
        row.addWidget(self.reset_button)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.show_scope()

    def show_scope(self) -> None:
        scope = self.engine.accounts.spacing_scope
        if scope == "token":
            text = self.tr("3 s spacing: learned to count per useapi.net token (a rejected "
                           "call showed it): every call waits 3 s after any account's.")
        elif scope == "account":
            text = self.tr("3 s spacing: confirmed per Mureka account: accounts call side "
                           "by side.")
        else:
            text = self.tr("3 s spacing: not learned yet; per Mureka account until a "
                           "rejected call shows it counts per token.")
        self.scope.setText(text)
        self.reset_button.setEnabled(scope is not None)

    def checked_unsaved(self, found: int) -> None:
        """The dialog's Check found ``found`` accounts for a token not saved yet: the list
        here is the saved token's, and says so (not a bare "No useapi.net token")."""
        self.summary.setText(self.tr(
            "Check found %n account(s) for the token above; Save to use it and list its "
            "accounts here.", "", found))
        self.summary.setToolTip(self.summary.text())

    def reset_spacing(self) -> None:
        self.engine.accounts.reset_spacing_scope()
        self.show_scope()
