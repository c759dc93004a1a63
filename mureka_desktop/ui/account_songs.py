"""Pick songs from the Mureka account instead of typing ids (``GET /music/``, paged)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.api import client as api
from mureka_desktop.core.engine.accounts import Accounts
from mureka_desktop.core.ids.parse import normalize
from mureka_desktop.core.model.items import State
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.queue_model import state_words
from mureka_desktop.ui.text import plain, shown

COL_TITLE, COL_MODEL, COL_VIDEO, COL_HERE, COL_ID = range(5)


class AccountSongsDialog(QDialog):
    """Lists the account's songs, newest first; the checked ones go to the usual review."""

    def __init__(self, accounts: Accounts, tasks: TaskOwner,
                 on_pick: Callable[[list[str]], None], parent: QWidget | None = None,
                 known: Callable[[list[str]], dict[str, State]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add songs from the account"))
        self.resize(860, 480)
        self._accounts = accounts
        self._known = known or (lambda ids: {})
        self._tasks = tasks
        self._on_pick = on_pick
        self._last_id: str | None = None
        self._more = False
        self._states = state_words()

        self.account = QComboBox()
        self.account.setVisible(False)
        self.account.currentIndexChanged.connect(lambda _: self.reload())
        self.status = plain(QLabel(self.tr("Loading…")))
        self.songs = QTreeWidget()
        self.songs.setRootIsDecorated(False)
        self.songs.setHeaderLabels([self.tr("Title"), self.tr("Model"), self.tr("Video"),
                                    self.tr("In your queue"), self.tr("Song id")])
        self.songs.setColumnWidth(COL_TITLE, 220)
        # As wide as the Video column's words and the headers in the user's language.
        widest = max(self.songs.fontMetrics().horizontalAdvance(word) for word in (
            self.tr("exists (free)"), self.tr("not possible"), self.tr("to generate")))
        self.songs.setColumnWidth(COL_VIDEO, max(110, widest + 16))
        header = self.songs.header()
        for col in (COL_MODEL, COL_VIDEO, COL_HERE):
            self.songs.setColumnWidth(col, max(self.songs.columnWidth(col),
                                               header.sectionSizeHint(col)))
        self.songs.itemChanged.connect(lambda *_: self._update_count())
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.clicked.connect(self.load_more)
        self.all_button = QPushButton(self.tr("Check all"))
        self.all_button.clicked.connect(self._check_all)
        top = QHBoxLayout()
        top.addWidget(self.account)
        top.addWidget(self.status, 1)
        top.addWidget(self.all_button)
        top.addWidget(self.more_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        for button in (self.more_button, self.all_button, self.add_button):
            button.setAutoDefault(False)  # Enter goes to "Review n…", not the focused button
        self.buttons.accepted.connect(self._pick)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.songs, 1)
        layout.addWidget(self.buttons)
        self._update_count()

    # ------------------------------------------------------------------ loading
    def start(self) -> None:
        self._tasks.replace("account-songs", self._load_accounts())

    def reload(self) -> None:
        self.songs.clear()
        self._last_id = None
        self.load_more()

    def load_more(self) -> None:
        self.more_button.setEnabled(False)
        self.status.setText(self.tr("Loading…"))
        self._tasks.replace("account-songs", self._load_page())

    async def _load_accounts(self) -> None:
        try:
            accounts = await self._accounts.health()
        except api.ApiError as exc:
            self.status.setText(fill(self.tr("Cannot list the accounts: %1"),
                                     shown(exc.message)))
            return
        if len(accounts) > 1:  # the API needs to know which one
            self.account.blockSignals(True)
            for acc in accounts:
                self.account.addItem(fill(self.tr("Account %1"), acc.account), acc.account)
            self.account.blockSignals(False)
            self.account.setVisible(True)
        await self._load_page()

    async def _load_page(self) -> None:
        account = self.account.currentData() if self.account.isVisible() else None
        try:
            page = await self._accounts.songs(account, self._last_id)
        except api.ApiError as exc:
            self.status.setText(fill(self.tr("Cannot list the songs: %1"),
                                     shown(exc.message)))
            self.more_button.setEnabled(True)
            return
        self.songs.blockSignals(True)
        here = self._known([s.song_id for s in page.songs])
        for song in page.songs:
            self._add_row(song, here.get(song.song_id))
        self.songs.blockSignals(False)
        self._last_id, self._more = page.last_id, page.more
        self.more_button.setEnabled(page.more)
        n = self.songs.topLevelItemCount()
        self.status.setText(self.tr("%n song(s) (more to load)", "", n) if page.more
                            else self.tr("%n song(s)", "", n))
        self._update_count()

    def _add_row(self, song: api.SongInfo, here: State | None) -> None:
        video = self.tr("exists (free)") if song.video else \
            (self.tr("not possible") if song.refuses_video else self.tr("to generate"))
        row = QTreeWidgetItem([shown(song.title) or self.tr("(untitled)"),
                               shown(song.version) or "?", video,
                               "" if here is None else self._states[here], shown(song.song_id)])
        row.setData(COL_TITLE, Qt.ItemDataRole.UserRole, song.song_id)
        if song.refuses_video:
            row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            row.setToolTip(COL_VIDEO, self.tr("The API makes no videos for V9.5 songs"))
        else:
            row.setCheckState(COL_TITLE, Qt.CheckState.Unchecked)
        self.songs.addTopLevelItem(row)

    # ------------------------------------------------------------------ picking
    def rows(self) -> list[QTreeWidgetItem]:
        count = self.songs.topLevelItemCount()
        return [row for i in range(count) if (row := self.songs.topLevelItem(i)) is not None]

    def checked_ids(self) -> list[str]:
        out = []
        for row in self.rows():
            if row.checkState(COL_TITLE) == Qt.CheckState.Checked:
                song_id = normalize(str(row.data(COL_TITLE, Qt.ItemDataRole.UserRole)))
                if song_id:
                    out.append(song_id)
        return out

    def _check_all(self) -> None:
        for row in self.rows():
            if row.flags() & Qt.ItemFlag.ItemIsEnabled:
                row.setCheckState(COL_TITLE, Qt.CheckState.Checked)

    def _update_count(self) -> None:
        n = len(self.checked_ids())
        self.add_button.setText(self.tr("Review %n…", "", n))
        self.add_button.setEnabled(n > 0)
        self.add_button.setDefault(n > 0)

    def _pick(self) -> None:
        ids = self.checked_ids()
        self.accept()
        self._on_pick(ids)
