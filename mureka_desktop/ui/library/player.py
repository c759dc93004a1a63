"""What the library's player keys do to a :class:`PreviewPane`: seek, mute, and the end of a
video counting as seen. Every player call goes through the pane's queued ``_call`` (never a
QMediaPlayer method from Python: see ui/preview.py)."""

from __future__ import annotations

from PySide6.QtCore import Q_ARG
from PySide6.QtMultimedia import QMediaPlayer

from mureka_desktop.ui.preview import PreviewPane

SEEK_MS = 5000


def position(pane: PreviewPane) -> int:
    """Where the pane is: the seek slider follows the player and is moved at once by a seek
    (the player catches up from the event loop)."""
    return int(pane.seek.value())


def seek_to(pane: PreviewPane, ms: int) -> None:
    if pane.source().isEmpty():
        return
    duration = pane.player.duration()
    target = max(0, ms)
    if duration > 0:
        target = min(target, max(0, duration - 200))
    pane._call("setPosition", Q_ARG("qlonglong", target))
    pane.seek.setValue(target)


def seek_by(pane: PreviewPane, delta_ms: int) -> None:
    seek_to(pane, position(pane) + delta_ms)


def set_muted(pane: PreviewPane, muted: bool) -> None:
    """Through the pane's mute button (it queues the call and shows the state); a pane with
    no audio device stays muted."""
    if pane.mute_button.isEnabled() and pane.mute_button.isChecked() != muted:
        pane.mute_button.setChecked(muted)


def toggle_mute(pane: PreviewPane) -> None:
    set_muted(pane, not pane.mute_button.isChecked())


def is_playing(pane: PreviewPane) -> bool:
    return pane.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState


def ended(pane: PreviewPane, status: QMediaPlayer.MediaStatus) -> bool:
    """The media the pane shows (not one it moved away from) played to its end."""
    return status == QMediaPlayer.MediaStatus.EndOfMedia and \
        pane.player.source() == pane.source() and not pane.source().isEmpty()
