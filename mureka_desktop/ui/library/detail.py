"""The library's detail pane: the player (the app's :class:`PreviewPane`, which owns the
QMediaPlayer's lifetime and queues every call that may wait) and what is known of the video."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.model.videos import Video
from mureka_desktop.ui.cover_view import clock as _clock
from mureka_desktop.ui.help import open_local
from mureka_desktop.ui.library.columns import human_size, stamp
from mureka_desktop.ui.library.model import review_line
from mureka_desktop.ui.library.player import ended
from mureka_desktop.ui.preview import PreviewPane
from mureka_desktop.ui.text import BLOCK, escaped, plain, shown, tip

LOAD_DELAY_MS = 120
LYRICS = 100_000  # characters of lyrics shown (a song's are a few thousand)


def as_item(video: Video) -> Item:
    """What the preview pane plays: the video as a finished song of the queue."""
    return Item(id=video.id, song_id=video.song_id, position=0, state=State.DONE,
                title=video.display_title, video_id=video.video_id,
                video_path=video.video_path, cover_path=video.cover_path,
                song_number=video.song_number)


class LibraryDetail(QWidget):
    """``note_edited(video_id, text)`` when the note field is committed (Enter)."""

    note_edited = Signal(int, str)
    played_to_end = Signal(int)
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.video: Video | None = None
        self.preview = PreviewPane()
        # The queue's state line (state, attempts, error) says nothing about a library video:
        # its facts are in the form below.
        self.preview.detail.hide()
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(8, 0, 8, 8)
        for key, label in (("title", self.tr("Title:")), ("review", self.tr("Review:")),
                           ("song", self.tr("Song id:")), ("model", self.tr("Model:")),
                           ("duration", self.tr("Duration:")), ("date", self.tr("Created:")),
                           ("size", self.tr("Size:")), ("path", self.tr("File:")),
                           ("video", self.tr("Video id:"))):
            value = plain(QLabel("—"))  # outside text; never widens the pane
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(value.textInteractionFlags()
                                          | value.textInteractionFlags().TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.fields["path"].setTextFormat(Qt.TextFormat.RichText)  # our link, the path escaped
        self.fields["path"].setToolTip(self.tr("Click to show the file in its folder"))
        self.fields["path"].linkActivated.connect(self._show_in_folder)
        self.note = QLineEdit()
        self.note.setObjectName("detailNote")
        self.note.setPlaceholderText(self.tr("A note (N, then Enter to save)"))
        self.note.returnPressed.connect(self._commit_note)
        self._back_to: QWidget | None = None
        form.addRow(self.tr("Note:"), self.note)
        self.versions = QLabel("—")
        self.versions.setObjectName("detail_versions")
        self.compare_button = QPushButton(self.tr("Compare versions (C)"))
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setToolTip(self.tr("Two versions of this song side by side, "
                                               "played in sync"))
        self.compare_button.clicked.connect(self.compare_requested)
        versions = QHBoxLayout()
        versions.addWidget(self.versions, 1)
        versions.addWidget(self.compare_button)
        form.addRow(self.tr("Versions:"), versions)
        self.lyrics = QPlainTextEdit()
        self.lyrics.setObjectName("detailLyrics")
        self.lyrics.setReadOnly(True)
        self.lyrics.setAccessibleName(self.tr("Lyrics"))
        self.lyrics.setPlaceholderText(self.tr("No lyrics: the song's look-up gave none."))
        self.lyrics.setMaximumHeight(120)
        self.lyrics.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        form.addRow(self.tr("Lyrics:"), self.lyrics)
        # The facts scroll on a small screen rather than push the window taller than a laptop.
        facts = QWidget()
        facts.setObjectName("detailFacts")
        facts.setLayout(form)
        self.facts = QScrollArea()
        self.facts.setObjectName("detailFactsScroll")
        self.facts.setWidget(facts)
        self.facts.setWidgetResizable(True)
        self.facts.setFrameShape(QFrame.Shape.NoFrame)
        self.facts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.facts.setMinimumHeight(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.facts)
        # Keys move through videos faster than media opens: the player loads the video
        # shown once the selection has rested a moment (the facts below change at once).
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(LOAD_DELAY_MS)
        self._load_timer.timeout.connect(self._load)
        player = self.preview.player
        player.durationChanged.connect(self._duration)
        player.mediaStatusChanged.connect(self._media_status)
        self.show_video(None)
        # The video widget shows (black) from the start: its native surface is made with the
        # window's first frame, not as a 30-60 ms stall when the first video loads.
        self.preview.stack.setCurrentWidget(self.preview.video)

    def show_video(self, video: Video | None) -> None:
        """Show this video; the player reloads only when the file changes (a review decision
        on the shown video leaves playback alone)."""
        same_file = video is not None and self.video is not None and \
            video.id == self.video.id and video.video_path == self.video.video_path
        loaded = self.video is not None or not self.preview.source().isEmpty()
        self.video = video
        if not same_file and (video is not None or loaded):
            self._load_timer.start()
        f = self.fields
        if video is None:
            for label in f.values():
                label.setText("—")
            f["title"].setToolTip("")
            self.note.clear()
            self.note.setEnabled(False)
            self.lyrics.clear()
            self.show_versions(0)
            return
        f["title"].setText(shown(video.display_title))
        f["title"].setToolTip(tip(video.display_title))
        f["review"].setText(review_line(video))
        f["song"].setText(shown(video.song_id))
        f["model"].setText(shown(video.model) or "—")
        if not same_file:  # as stored from the file's header; the player's once it loads
            f["duration"].setText(_clock(video.duration_ms) if video.duration_ms else "—")
        f["date"].setText(stamp(video.created_at))
        f["size"].setText(self._size(video.video_path))
        path = video.video_path or ""
        url = QUrl.fromLocalFile(path).toString()  # a file name may hold "<" or "&"
        f["path"].setText(f'<a href="{html.escape(url)}">{escaped(path, BLOCK)}</a>'
                          if path else "—")
        # the whole path (a long one is cut at the pane's edge), and what a click does
        f["path"].setToolTip(tip(f"{path}\n{self.tr('Click to show the file in its folder')}"
                                 if path else ""))
        f["video"].setText(shown(video.video_id) or "—")
        self.note.setEnabled(True)
        if not self.note.hasFocus():
            self.note.setText(video.review.note)
        lyrics = shown(video.lyrics, LYRICS, lines=True)
        if self.lyrics.toPlainText() != lyrics:
            self.lyrics.setPlainText(lyrics)

    def _size(self, path: str | None) -> str:
        """The file's size on disk now (it may have gone since the library was read)."""
        if not path:
            return "—"
        try:
            return human_size(Path(path).stat().st_size)
        except OSError:
            return self.tr("file missing")

    def show_versions(self, count: int) -> None:
        """How many videos the shown video's song has; two or more can be compared."""
        self.versions.setText(self.tr("%n version(s) of this song", "", count) if count
                              else "—")
        self.compare_button.setVisible(count >= 2)

    def hold(self) -> None:
        """Load nothing now (the compare view or another tab takes over)."""
        self._load_timer.stop()

    def resume(self) -> None:
        """The tab shows again: the video released when it was left is loaded again."""
        if self.video is not None and self.preview.source().isEmpty():
            self._load_timer.start()

    def _load(self) -> None:
        video = self.video
        self.preview.show_item(None if video is None else as_item(video))

    def edit_note(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not self.note:  # where the keys come back to after Enter
            self._back_to = focused
        self.note.setFocus()
        self.note.selectAll()

    def _commit_note(self) -> None:
        if self.video is not None:
            self.note_edited.emit(self.video.id, self.note.text())
        # The triage keys work where they were pressed (the grid, the list): focus goes back
        # there, not nowhere (clearFocus left every key dead until a click).
        back, self._back_to = self._back_to, None
        if back is not None and isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.note.clearFocus()

    def _show_in_folder(self, link: str) -> None:
        # the launcher's failure is said in a box with the path (help.open_local), not lost
        open_local(Path(QUrl(link).toLocalFile()).parent, self)

    def _duration(self, ms: int) -> None:
        if self.video is not None and ms > 0:
            self.fields["duration"].setText(_clock(ms))

    def _media_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if self.video is not None and ended(self.preview, status):
            self.played_to_end.emit(self.video.id)
