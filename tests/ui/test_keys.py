"""Keys from outside (issue 15): the arrows move between videos in the grid and the list and
Shift+arrows or J/L seek; Ctrl+F focuses the search of the tab shown and what is typed there
(or in any text field) is text, never a triage or player key; Enter on a queue row plays its
video; a click on the seek bar jumps there. Keys are pressed on the focused widget."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from songs import finish_songs
from test_library_viewer import audio_device, current, open_library, press  # noqa: F401
from window_tools import activate, shown, wait_for

from mureka_desktop.simulator.media import cover_png

PLAYING = QMediaPlayer.PlaybackState.PlayingState
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_text(text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClicks(widget, text)


def reviews(window: Any) -> list[Any]:
    return [(v.review.flag, v.review.rating, v.review.note)
            for v in window.engine.library.videos.all()]


async def test_left_and_right_move_between_videos_in_the_grid_and_the_list(
        window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2", "3"], clip=True)
    pane = library.detail.preview
    assert library.grid.hasFocus() and current(library) == "1"
    press(Qt.Key.Key_Right)
    assert current(library) == "2"
    press(Qt.Key.Key_Right)
    assert current(library) == "3"
    press(Qt.Key.Key_Left)
    assert current(library) == "2"
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the list view
    await wait_for(lambda: library.list.hasFocus())
    press(Qt.Key.Key_Left)
    assert current(library) == "1"
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    assert current(library) == "3"
    await wait_for(lambda: pane.player.duration() > 0)
    assert pane.seek.value() == 0  # moving seeks nothing


async def test_shift_arrows_and_j_l_seek(audio_device: None, window: Any,  # noqa: F811
                                         tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    press(Qt.Key.Key_Right, SHIFT)
    await wait_for(lambda: pane.player.position() >= 3000)
    press(Qt.Key.Key_Left, SHIFT)
    await wait_for(lambda: pane.player.position() < 1000)
    press(Qt.Key.Key_L)
    await wait_for(lambda: pane.player.position() >= 3000)
    press(Qt.Key.Key_J)
    await wait_for(lambda: pane.player.position() < 1000)
    assert current(library) == "1"  # seeking moves to no other video


async def test_ctrl_f_focuses_the_library_search_and_what_is_typed_there_is_text(
        audio_device: None, window: Any, tmp_path: Path):  # noqa: F811
    library = await open_library(window, tmp_path, ["1", "2"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    before = reviews(window)
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert library.search.hasFocus()
    type_text("empty room px15nc")  # p, x, 1, 5, n, c, m, space: all text here
    assert library.search.text() == "empty room px15nc"
    assert reviews(window) == before
    assert not pane.audio.isMuted()
    assert pane.player.playbackState() != PLAYING
    assert library.acts.fullscreen is None and not library.comparing()


async def test_ctrl_f_focuses_the_queue_search_on_the_queue_tab(window: Any):
    await activate(window)
    window.table.setFocus()
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    type_text("abc")
    assert window.search.text() == "abc"


async def test_keys_in_the_lyrics_field_are_not_triage_keys(audio_device: None,  # noqa: F811
                                                            window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    before = reviews(window)
    library.detail.lyrics.setFocus(Qt.FocusReason.MouseFocusReason)  # clicked to select text
    await wait_for(lambda: library.detail.lyrics.hasFocus())
    for key in (Qt.Key.Key_P, Qt.Key.Key_X, Qt.Key.Key_3, Qt.Key.Key_M, Qt.Key.Key_Space,
                Qt.Key.Key_Right):
        press(key)
    assert reviews(window) == before and current(library) == "1"
    assert not pane.audio.isMuted() and pane.player.playbackState() != PLAYING


async def test_enter_on_a_queue_row_plays_its_video(window: Any, tmp_path: Path):
    await finish_songs(window.engine, tmp_path, ["700000001"], clip=True, cover=cover_png)
    await shown(window)
    await activate(window)
    window.table.setFocus()
    window.select_row(0)
    preview = window.preview
    await wait_for(lambda: preview.player.duration() > 0, timeout=10)
    press(Qt.Key.Key_Return)
    await wait_for(lambda: preview.player.playbackState() == PLAYING, timeout=10)
    press(Qt.Key.Key_Enter)  # Enter again: it plays on
    assert preview.player.playbackState() == PLAYING


async def test_a_click_on_the_seek_bar_jumps_there(window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    seek = pane.seek
    duration = pane.player.duration()
    at = QPoint(seek.width() * 3 // 4, seek.height() // 2)
    QTest.mouseClick(seek, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    # the handle is about three quarters in (not a page step further), and the player too
    assert abs(seek.value() - duration * 3 // 4) < duration // 6, (seek.value(), duration)
    expected = seek.value()
    await wait_for(lambda: abs(pane.player.position() - expected) < 500, timeout=10)


def movie_header(milliseconds: int) -> bytes:
    """An MP4 with only its headers (``ftyp``, ``moov/mvhd``): a length, nothing to play."""
    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I4s", 8 + len(payload), kind) + payload

    mvhd = struct.pack(">B3xIIII", 0, 0, 0, 1000, milliseconds) + b"\0" * 80
    return box(b"ftyp", b"isom\0\0\2\0isomiso2") + box(b"moov", box(b"mvhd", mvhd))


async def test_the_list_shows_each_videos_stored_duration_without_opening_it(
        make_engine: Any, open_window: Any, tmp_path: Path):
    from mureka_desktop.ui.library.columns import COLUMN_OF

    # An earlier session: "1" downloaded with a header saying 2:05 (read at download and
    # stored), "2" with none; since then both files became stubs no reader can open, so
    # the list can show only what was stored.
    engine = make_engine()
    await finish_songs(engine, tmp_path, ["1", "2"], name="{n}", cover=cover_png,
                       body=lambda n: movie_header(125_000) if n == "1" else b"\0" * 100)
    for n in ("1", "2"):
        (tmp_path / f"{n}.mp4").write_bytes(b"\0" * 100)
    window = open_window(engine)
    library = window.library
    library.sort.setCurrentIndex(1)  # oldest first
    await activate(window)
    window.show_tab(1)
    await wait_for(lambda: library.current_view().hasFocus())
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    column = COLUMN_OF["duration"]
    shown = {library.proxy.index(r, COLUMN_OF["song"]).data():
             library.proxy.index(r, column).data() for r in range(2)}
    assert shown["1"] == "2:05"
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Up)  # back on it: the detail pane says it too (the stub never plays)
    assert current(library) == "1"
    assert library.detail.fields["duration"].text() == "2:05"


def shows_a_frame(pane: Any) -> bool:
    """The video widget has a picture (not a black box); the frame is dropped at once."""
    return bool(pane.video.videoSink().videoFrame().isValid())


async def test_a_loaded_paused_or_ended_video_keeps_a_frame_in_the_pane_and_full_screen(
        window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    await wait_for(lambda: shows_a_frame(pane), timeout=5)  # its first frame, before a play
    pane.set_rate(4.0)
    press(Qt.Key.Key_Space)
    await wait_for(lambda: window.engine.library.videos.all()[0].review.seen, timeout=20)  # ended
    await wait_for(lambda: pane.player.playbackState() == QMediaPlayer.PlaybackState.PausedState
                   and pane.player.position() >= 3500, timeout=5)
    await wait_for(lambda: shows_a_frame(pane), timeout=5)  # its last frame, not black
    press(Qt.Key.Key_F)
    full = library.acts.fullscreen
    assert full is not None and full.active
    await wait_for(lambda: shows_a_frame(pane), timeout=5)
    press(Qt.Key.Key_Space)  # at its end, Space plays it from the start again
    await wait_for(lambda: pane.player.playbackState() == PLAYING and
                   pane.player.position() < 3000, timeout=5)
    press(Qt.Key.Key_Escape)


async def test_full_screen_shows_the_seek_bar_and_time_on_mouse_move(
        window: Any, tmp_path: Path, monkeypatch: Any):
    from mureka_desktop.ui.library import fullscreen

    monkeypatch.setattr(fullscreen, "CONTROLS_MS", 300)
    library = await open_library(window, tmp_path, ["1"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    press(Qt.Key.Key_F)
    full = library.acts.fullscreen
    assert full is not None and full.active
    assert not full.controls.isVisible()  # the video alone until the mouse moves
    QTest.mouseMove(full, QPoint(full.width() // 2, full.height() // 2))
    await wait_for(lambda: full.controls.isVisible(), timeout=2)
    assert full.time_label.text() == "0:00 / 0:04"
    seek = full.seek
    at = QPoint(seek.width() * 3 // 4, seek.height() // 2)
    QTest.mouseClick(seek, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    await wait_for(lambda: pane.player.position() > 2000, timeout=5)  # jumped there
    await wait_for(lambda: full.time_label.text().startswith(("0:02", "0:03")), timeout=5)
    await wait_for(lambda: not full.controls.isVisible(), timeout=3)  # the mouse stays still
    press(Qt.Key.Key_Escape)
    assert not full.active
