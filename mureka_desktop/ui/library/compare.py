"""Compare versions: two videos of one song side by side, played in sync, decided on either.

Each side is a :class:`PreviewPane` (it owns its QMediaPlayer and queues every call that may
wait); the panes are made when the view opens and disposed of when it closes. Play, pause and
seek go to both players; a timer nudges the right one back to the left one's position when
they drift apart. The active side (framed) is the one the triage keys decide on and the one
heard; Tab switches sides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Q_ARG, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model.videos import Video
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.library import player
from mureka_desktop.ui.library.columns import stamp
from mureka_desktop.ui.library.detail import as_item
from mureka_desktop.ui.library.model import review_line
from mureka_desktop.ui.preview import PreviewPane
from mureka_desktop.ui.text import ElidedLabel, plain, shown, tip

DRIFT_MS = 300  # the right player is moved to the left one's position past this much


class Side(QFrame):
    """One version: its header, its player and its decision buttons."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """``name``: the object name, compareLeft or compareRight."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.video: Video | None = None
        self.pane: PreviewPane | None = None
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Version"))
        self.review = plain(QLabel())
        self.review.setObjectName("compareReview")
        self.pick = QPushButton(self.tr("Pick"))
        self.reject = QPushButton(self.tr("Reject"))
        for button in (self.pick, self.reject):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay on the view
        buttons = QHBoxLayout()
        buttons.addWidget(self.review, 1)
        buttons.addWidget(self.pick)
        buttons.addWidget(self.reject)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(6, 6, 6, 6)
        self.box.addWidget(self.choice)
        self.box.addLayout(buttons)

    def set_active(self, active: bool) -> None:
        self.setStyleSheet(f"#{self.objectName()} {{ border: 2px solid "
                           f"{'#1a73e8' if active else 'transparent'}; border-radius: 4px; }}")

    def show_video(self, video: Video) -> None:
        same = self.video is not None and self.video.id == video.id
        self.video = video
        self.review.setText(review_line(video))
        if not same and self.pane is not None:
            self.pane.show_item(as_item(video))
            self.pane.title.setText(fill(self.tr("%1 · %2", "a video's title · when it was "
                                                 "made"), shown(video.display_title),
                                         stamp(video.created_at)))
            self.pane.title.setToolTip(tip(video.display_title))


class CompareView(QWidget):
    """``closed`` when the user leaves the view (Esc, the Back button)."""

    closed = Signal()

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryCompare")
        self.engine = engine
        self.tasks = TaskOwner("compare")
        self.versions: list[Video] = []
        self.active = 0
        self.muted = False
        self.sides = [Side("compareLeft"), Side("compareRight")]
        row = QHBoxLayout()
        for n, side in enumerate(self.sides):
            row.addWidget(side, 1)
            side.choice.activated.connect(lambda i, n=n: self._choose(n, i))
            side.pick.clicked.connect(lambda _=False, n=n: self._decide(n, engine.library.pick))
            side.reject.clicked.connect(lambda _=False, n=n: self._decide(n, engine.library.reject))
        self.title = ElidedLabel()
        self.title.setObjectName("compareTitle")
        self.title.setStyleSheet("#compareTitle { font-weight: bold; font-size: 14px; }")
        hint = QLabel(self.tr("Space plays both · ←/→ seek both · Tab switches side · "
                              "P / X / 1–5 decide on the framed side · M mute · Esc back"))
        hint.setObjectName("compareHint")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # light or dark scheme
        self.back = QPushButton(self.tr("Back to the videos"))
        self.back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(self.close_view)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        layout.addWidget(hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._sync = QTimer(self)
        self._sync.setInterval(400)
        self._sync.timeout.connect(self._keep_in_sync)

    # ------------------------------------------------------------------ opening
    @property
    def is_open(self) -> bool:
        return any(side.pane is not None for side in self.sides)

    def open(self, versions: list[Video], left: Video, right: Video) -> None:
        """Show ``left`` and ``right`` (two of ``versions``, one song's videos)."""
        self.versions = list(versions)
        self.title.setText(fill(self.tr("Compare versions: %1"), shown(left.display_title)))
        self.title.setToolTip(tip(left.display_title))
        for side, video in zip(self.sides, (left, right), strict=True):
            if side.pane is None:
                side.pane = self._make_pane(side)
            side.video = None
            side.choice.clear()
            for n, v in enumerate(self.versions, 1):
                side.choice.addItem(fill(self.tr("Version %1 of %2 · %3"), n,
                                         len(self.versions), stamp(v.created_at)), v.id)
            side.choice.setCurrentIndex(self._index_of(video.id))
            side.show_video(video)
        self.set_active(0)
        self._sync.start()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _make_pane(self, side: Side) -> PreviewPane:
        pane = PreviewPane()
        pane.detail.hide()
        pane.cover.hide()  # the video is what is compared
        pane.play_button.hide()  # one play for both: Space
        pane.seek.sliderMoved.connect(lambda ms: self.seek_to(ms))
        pane.player.mediaStatusChanged.connect(
            lambda status, side=side: self._status(side, status))
        pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.box.insertWidget(1, pane, 1)
        return pane

    def _index_of(self, video_id: int) -> int:
        return next((i for i, v in enumerate(self.versions) if v.id == video_id), 0)

    def _choose(self, n: int, index: int) -> None:
        if 0 <= index < len(self.versions):
            self.sides[n].show_video(self.versions[index])
            self.set_active(n)

    def close_view(self) -> None:
        """Leave the view: the players are released now and disposed of from the loop."""
        self._sync.stop()
        for side in self.sides:
            pane, side.pane = side.pane, None
            if pane is not None:
                pane.hide()
                side.box.removeWidget(pane)
                self.tasks.spawn(self._dispose(pane), name="dispose")
        self.closed.emit()

    async def _dispose(self, pane: PreviewPane) -> None:
        await pane.dispose()
        pane.deleteLater()

    async def shutdown(self) -> None:
        if self.is_open:
            self.close_view()
        await self.tasks.close()

    # ------------------------------------------------------------------ state
    def panes(self) -> list[PreviewPane]:
        return [side.pane for side in self.sides if side.pane is not None]

    def set_active(self, n: int) -> None:
        self.active = n
        for i, side in enumerate(self.sides):
            side.set_active(i == n)
            if side.pane is not None:
                player.set_muted(side.pane, self.muted or i != n)  # one side heard

    def switch_side(self) -> None:
        self.set_active(1 - self.active)

    def active_video(self) -> Video | None:
        return self.sides[self.active].video if self.is_open else None

    def update_video(self, video: Video) -> None:
        """A video changed (a decision): the sides showing it say so."""
        self.versions = [video if v.id == video.id else v for v in self.versions]
        for side in self.sides:
            if side.video is not None and side.video.id == video.id:
                side.show_video(video)

    def _decide(self, n: int, decide: Callable[[int], object]) -> None:
        video = self.sides[n].video
        self.set_active(n)
        if video is not None:
            decide(video.id)

    # ------------------------------------------------------------------ playing
    def playing(self) -> bool:
        return any(player.is_playing(p) for p in self.panes())

    def toggle_play(self) -> None:
        playing = self.playing()
        for pane in self.panes():
            if playing:
                pane._call("pause")
            else:
                pane.play()  # from the start again when it ended

    def seek_to(self, ms: int) -> None:
        for pane in self.panes():
            player.seek_to(pane, ms)

    def seek_by(self, delta_ms: int) -> None:
        panes = self.panes()
        if panes:
            self.seek_to(player.position(panes[0]) + delta_ms)

    def toggle_mute(self) -> None:
        self.muted = not self.muted
        self.set_active(self.active)

    def _keep_in_sync(self) -> None:
        panes = self.panes()
        if len(panes) != 2 or not all(player.is_playing(p) for p in panes):
            return
        lead, follow = panes[0].player.position(), panes[1].player.position()
        if abs(lead - follow) > DRIFT_MS and 0 < lead < panes[1].player.duration():
            panes[1]._call("setPosition", Q_ARG("qlonglong", lead))

    def _status(self, side: Side, status: QMediaPlayer.MediaStatus) -> None:
        video = side.video
        if side.pane is not None and video is not None and player.ended(side.pane, status) \
                and not video.review.seen:
            self.engine.library.mark_seen(video.id)
