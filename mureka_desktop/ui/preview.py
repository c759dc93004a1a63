"""The preview pane: the cover, and the video with play/pause, seek, time, volume and mute."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Q_ARG, QEvent, QMetaObject, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.model.items import Item, State
from mureka_desktop.ui import icons, scheme
from mureka_desktop.ui.cover_view import CoverView, clock
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.seek_slider import SeekSlider
from mureka_desktop.ui.song_detail import SongDetail, failed_message
from mureka_desktop.ui.text import BLOCK, ElidedLabel, plain, shown

log = logging.getLogger(__name__)


END_FRAME_MS = 100  # where an ended video stays: on its last frame


class PreviewPane(QWidget):
    """Cover above, video below; changing items releases the old media first.

    This pane is the one owner of the window's QMediaPlayer: created here, on the GUI thread,
    and destroyed with the pane. No Python code runs on a media thread: nothing here connects
    to ``QVideoSink.videoFrameChanged`` or keeps a ``QVideoFrame``. A Python slot there needs
    the GIL on an FFmpeg thread while the GUI thread, holding the GIL, waits inside
    ``player.stop()`` for that thread: a deadlock (seen in the test suite). For the same
    reason the app installs no Python Qt message handler: media threads log warnings, and the
    handler would wait for the GIL there (py-spy caught exactly that in the stress test). Qt's
    logging rules, not Python code, filter those messages. The player's own signals are
    emitted on the GUI thread.

    A third path needs more than that: an FFmpeg thread destroying one of its objects asks
    PySide (through ``disconnectNotify`` on our Python-made player) for the GIL, while the GUI
    thread holds it inside ``stop()`` or ``setSource()``, which wait for that very thread
    (py-spy: ``Shiboken::GilState::acquire`` under ``~QObject`` on the FFmpeg thread). So
    Python never calls a player method that may wait: :meth:`_call` queues the call, and Qt's
    event loop runs it in C++ with the GIL released. Calls run in the order they were queued;
    ``_source`` holds what the pane shows while the player catches up. The player is deleted
    the same way (:meth:`dispose`), never from Python.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        # A title from the server: one plain line, elided, whole in the tooltip.
        self.title = ElidedLabel(self.tr("Select a song to preview it"))
        self.title.setObjectName("previewTitle")
        self.detail = SongDetail()
        self.cover = CoverView()
        self.cover.setObjectName("cover")
        self.video = QVideoWidget()
        self.video.setMinimumSize(160, 90)
        # Its own child (a window container) takes the focus when a video shows, and the
        # keys of the list beside it (Enter, Space, Delete) would go with it: the focus goes
        # back where it was (see _focus_moved).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.video_message = plain(QLabel())  # may name a path or the player's error
        self.video_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.video_message.setWordWrap(True)
        self.video_message.setObjectName("videoMessage")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.video_message)
        self.stack.addWidget(self.video)

        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video)
        self._source = QUrl()  # what the pane shows; the player follows through _call()
        self._disposed = False
        self.play_on_load = False  # set while the pane plays full screen
        self._wants_play = False  # a play was asked for this media (it may be loading)

        self.play_button = QToolButton()
        self.play_button.setIcon(self._icon("play"))
        self.play_button.setToolTip(self.tr("Play / pause (Space)"))
        self.play_button.clicked.connect(self.toggle_play)
        self.seek = SeekSlider()  # a click jumps there
        self.seek.setToolTip(self.tr("Seek"))
        self.seek.setRange(0, 0)
        self.seek.setMinimumWidth(120)  # in a narrow pane the volume gives way, not the seek
        self.seek.sliderMoved.connect(
            lambda ms: self._call("setPosition", Q_ARG("qlonglong", ms)))
        self.time_label = QLabel()  # empty while nothing plays: no time of another song
        self.mute_button = QToolButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setIcon(self._icon("volume"))
        self.mute_button.setToolTip(self.tr("Mute"))
        self.mute_button.toggled.connect(self._set_muted)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(90)
        self.volume.setMinimumWidth(48)
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.valueChanged.connect(
            lambda v: self._call("setVolume", Q_ARG("float", v / 100), target=self.audio))
        self.audio.setVolume(0.8)  # before any media: nothing to wait for
        self.check_audio_device()

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.seek, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.mute_button)
        controls.addWidget(self.volume)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.cover, 2)
        layout.addWidget(self.stack, 3)
        layout.addLayout(controls)

        self.player.durationChanged.connect(self._duration)
        self.player.mediaStatusChanged.connect(self._media_status)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._error)
        self.show_item(None)

    # ------------------------------------------------------------------ items
    def show_item(self, item: Item | None) -> None:
        self.release()
        self.item = item
        self.detail.show_item(item)
        self._enable_controls(False)
        if item is None:
            self.title.setText(self.tr("Select a song to preview it"))
            self.title.setToolTip("")
            self.cover.show_message("")
            self._video_message("")
            return
        self.title.set_outside_text(item.title or fill(self.tr("Song %1"), item.song_id))
        if item.state != State.DONE:
            waiting = failed_message(item) if item.state == State.FAILED else \
                self.tr("This song was cancelled.") if item.state == State.CANCELLED else \
                self.tr("The video appears here once it is downloaded.")
            self.cover.show_message("")
            self._video_message(waiting)
            return
        self._load_cover(item.cover_path)
        self.check_audio_device()
        self._load_video(item.video_path)

    def release(self) -> None:
        """Stop and drop the current media so its file is closed."""
        self._source = QUrl()
        self._call("stop")
        self._call("setSource", Q_ARG(QUrl, QUrl()))

    def source(self) -> QUrl:
        """The media the pane shows (the player may still be switching to it)."""
        return QUrl(self._source)

    def _call(self, method: str, *args: Any, target: QObject | None = None) -> None:
        """Queue a slot of the player (or audio output): Qt runs it from its event loop, in
        C++, without the GIL (see the class docstring)."""
        if self._disposed:
            return
        QMetaObject.invokeMethod(target or self.player, method,
                                 Qt.ConnectionType.QueuedConnection, *args)

    async def dispose(self, timeout: float = 5.0) -> None:
        """Release the media and delete the player from Qt's event loop, not from Python."""
        if self._disposed:
            return
        self.release()
        self._disposed = True
        gone: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def destroyed(*_: object) -> None:
            if not gone.done():
                gone.set_result(None)

        self.player.destroyed.connect(destroyed)
        self.player.deleteLater()
        try:
            await asyncio.wait_for(gone, timeout)
        except TimeoutError:
            log.warning("the media player was not deleted within %.0f s", timeout)

    def _load_cover(self, path: str | None) -> None:
        if not path or not Path(path).is_file():
            self.cover.show_message(fill(self.tr("The cover file is missing.\n%1"),
                                          shown(path, BLOCK)))
            return
        reader = QImageReader(path)
        image = reader.read()
        if image.isNull():
            self.cover.show_message(fill(self.tr("The cover cannot be shown: %1"),
                                          shown(reader.errorString(), BLOCK)))
            return
        self.cover.set_pixmap(QPixmap.fromImage(image))

    def _load_video(self, path: str | None) -> None:
        if not path or not Path(path).is_file():
            self._video_message(fill(self.tr("The video file is missing.\n%1"),
                                     shown(path, BLOCK)))
            return
        self.stack.setCurrentWidget(self.video)
        self._source = QUrl.fromLocalFile(path)
        self._call("setSource", Q_ARG(QUrl, self._source))
        self._wants_play = self.play_on_load
        if self.play_on_load:  # full screen: the next video plays, not a black screen
            self._call("play")
        self._enable_controls(True)

    def _video_message(self, text: str) -> None:
        self.video_message.setText(text)
        self.stack.setCurrentWidget(self.video_message)

    def _enable_controls(self, enabled: bool) -> None:
        for widget in (self.play_button, self.seek):
            widget.setEnabled(enabled)
        if not enabled:
            self.seek.setRange(0, 0)
            self.time_label.setText("")

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._disposed or old is None or new is None or new is self.video or \
                not self.video.isAncestorOf(new):
            return

        def back() -> None:
            if shiboken6.isValid(old) and old.isVisible() and shiboken6.isValid(new) and \
                    new.hasFocus():
                old.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self, back)

    # ------------------------------------------------------------------ player
    def toggle_play(self) -> None:
        if self._source.isEmpty():
            return
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        if playing and self.player.source() == self._source:
            self._wants_play = False
            self._call("pause")
        else:
            self.play()

    def play(self) -> None:
        """Play on; from the start again when it stands at its end (its last frame shown)."""
        if self._source.isEmpty():
            return
        duration = self.player.duration()
        if self._current() and duration > 0 and \
                self.player.position() >= duration - 2 * END_FRAME_MS:
            self._call("setPosition", Q_ARG("qlonglong", 0))
            self.seek.setValue(0)
        self._wants_play = True  # a play asked for while it loads: no first-frame pause
        self._call("play")

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        """Never a black box: a loaded video that does not play shows its first frame (a
        pause renders it), and one that played to its end stays on its last frame."""
        if not self._current():
            return
        if status == QMediaPlayer.MediaStatus.LoadedMedia and not self._wants_play and \
                self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
            self._call("pause")
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._call("pause")
            self._call("setPosition", Q_ARG("qlonglong",
                                            max(0, self.player.duration() - END_FRAME_MS)))

    def set_rate(self, rate: float) -> None:
        self._call("setPlaybackRate", Q_ARG(float, rate))

    def check_audio_device(self) -> bool:
        """No audio output at all: show the sound as muted, and say why.

        Checked when the pane is built and at each preview, not from
        ``QMediaDevices.audioOutputsChanged`` (a backend thread may emit it: no Python slot
        there)."""
        present = bool(QMediaDevices.audioOutputs())
        button = self.mute_button
        if present:
            if not button.isEnabled():
                button.setEnabled(True)
                button.setChecked(False)
                button.setToolTip(self.tr("Mute"))
                button.setAccessibleDescription("")
            return True
        button.setChecked(True)
        button.setEnabled(False)
        text = self.tr("No audio device was found: videos play without sound.")
        button.setToolTip(text)
        button.setAccessibleDescription(text)
        self.volume.setToolTip(text)
        self.volume.setEnabled(False)  # nothing to set: it looks inactive, as the button does
        return False

    def _set_muted(self, muted: bool) -> None:
        self._call("setMuted", Q_ARG(bool, muted), target=self.audio)
        self.mute_button.setIcon(self._icon("muted" if muted else "volume"))

    def _icon(self, name: str) -> QIcon:
        """The theme's icon, or ours in the palette's text colour (visible on dark too)."""
        return icons.action_icon(name, self.palette())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in scheme.PALETTE_EVENTS and hasattr(self, "volume"):
            # a disposed pane's player is gone: its play button shows "play"
            self._state(QMediaPlayer.PlaybackState.StoppedState if self._disposed
                        else self.player.playbackState())
            self.mute_button.setIcon(self._icon("muted" if self.mute_button.isChecked()
                                                else "volume"))

    def _current(self) -> bool:
        """True when the player's signals are about the media the pane shows: the old media
        keeps reporting (its stop, its release) after the pane moved to a song with nothing
        to play or to another video."""
        return not self._source.isEmpty() and self.player.source() == self._source

    def _duration(self, ms: int) -> None:
        if not self._current():
            return
        self.seek.setRange(0, ms)
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self._current():
            return
        if not self.seek.isSliderDown():
            self.seek.setValue(ms)
        self.time_label.setText(f"{clock(ms)} / {clock(self.player.duration())}")

    def _state(self, state: Any) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setIcon(self._icon("pause" if playing else "play"))

    def _error(self, error: Any, message: str) -> None:
        if error == QMediaPlayer.Error.NoError or self.player.source() != self._source:
            return  # no error, or one of media the pane has already moved away from
        text = fill(self.tr("The video cannot be played: %1"), shown(message, BLOCK) or error.name)
        self._video_message(text)
        self._enable_controls(False)
