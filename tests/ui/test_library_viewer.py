"""The library's viewer half: the detail list (model under qtmodeltester, remembered across
restarts), the mute key and full screen, a video played to its end counting as seen,
compare versions in sync, auto-advance as a setting, lyrics, and the library's own toolbar.
Keys are pressed with QTest.keyClick on the focused widget."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from songs import scheduler_change
from test_library_view import finish
from test_scheme import lightness
from window_tools import activate, wait_for
from window_tools import shown as table_shown

from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Flag
from mureka_desktop.core.queue.outcomes import Lyrics
from mureka_desktop.core.runtime.paths import resources_dir
from mureka_desktop.ui import preview as preview_mod
from mureka_desktop.ui.help import ShortcutsDialog
from mureka_desktop.ui.library.columns import COLUMN_OF
from mureka_desktop.ui.library.model import LibraryModel, LibraryProxy
from mureka_desktop.ui.library.thumbnails import Thumbnailer

PLAYING = QMediaPlayer.PlaybackState.PlayingState
PAUSED = QMediaPlayer.PlaybackState.PausedState


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifiers)


async def open_library(window: Any, tmp_path: Path, numbers: list[str],
                       clip: bool = False) -> Any:
    await finish(window.engine, tmp_path, numbers, clip=clip)
    library = window.library
    library.sort.setCurrentIndex(1)  # oldest first
    await activate(window)
    window.show_tab(1)
    await wait_for(lambda: library.current_view().hasFocus())
    return library


def focus_in(widget: Any) -> bool:
    """The focus is on ``widget`` or inside it (the video widget's own child may hold it)."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def current(library: Any) -> str:
    video = library.triage.current()
    assert video is not None
    return str(video.song_number)


def second_version(engine: Any, folder: Path, number: str) -> None:
    """The song made again: the user's Regenerate, then a second video of it (what the
    scheduler does when the regeneration is downloaded)."""
    item = engine.queue.query.by_song(number)
    engine.queue.regenerate([item.id])
    path = folder / f"{number} (2).mp4"
    shutil.copyfile(resources_dir() / "demo-clip.mp4", path)
    scheduler_change(engine, item.id, state=State.DONE, video_id=f"w{number}",
                     video_path=str(path), cover_path=str(folder / f"{number}.png"))


async def test_the_table_model_passes_qtmodeltester(qtmodeltester: Any, make_engine: Any,
                                                    tmp_path: Path):
    engine = make_engine()
    await finish(engine, tmp_path, ["1", "2", "3"], clip=True)
    thumbs = Thumbnailer(tmp_path / "cache", QSize(64, 36))
    model = LibraryModel(thumbs)
    model.set_order("date", Qt.SortOrder.AscendingOrder)  # oldest first: 1, 2, 3
    model.reset(engine.library.videos.all())
    qtmodeltester.check(model)
    proxy = LibraryProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    duration = model.index(0, COLUMN_OF["duration"])
    model.data(duration)  # asks the worker for the file's duration
    await wait_for(lambda: model.data(duration) == "0:04")
    assert model.data(model.index(0, COLUMN_OF["song"])) == "1"
    assert model.headerData(COLUMN_OF["size"], Qt.Orientation.Horizontal) == "Size"
    engine.library.rate(model.video(1).id, 3)
    model.upsert(engine.library.videos.all()[1])
    proxy.set_sort("rating", Qt.SortOrder.DescendingOrder)
    assert [proxy.video_at(r).song_number for r in range(3)] == ["2", "3", "1"]
    engine.library.rate(model.video(2).id, 5)  # "1" moves up under the rating sort
    model.upsert(engine.library.videos.get(model.video(2).id))
    assert [proxy.video_at(r).song_number for r in range(3)] == ["1", "2", "3"]
    engine.library.set_note(model.video(0).id, "x")
    engine.library.rate(model.video(0).id, 0)  # and down again
    model.upsert(engine.library.videos.get(model.video(0).id))
    assert [proxy.video_at(r).song_number for r in range(3)] == ["2", "3", "1"]
    qtmodeltester.check(proxy)
    await model.durations.close()
    await thumbs.close()


async def test_ctrl_l_shows_the_list_where_the_keys_work_and_it_is_remembered(
        window: Any, open_window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2", "3"])
    assert not library.list_mode and library.grid.hasFocus()
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert library.list_mode and library.list.hasFocus() and library.list.isVisible()
    assert current(library) == "1"
    press(Qt.Key.Key_P)  # the same triage keys in the list, with auto-advance
    assert current(library) == "2"
    press(Qt.Key.Key_3)
    assert current(library) == "3"
    by = {v.song_number: v.review for v in window.engine.library.videos.all()}
    assert by["1"].flag == Flag.PICKED and by["2"].rating == 3
    row = library.list.currentIndex().row()
    assert library.list.selectionModel().isRowSelected(row)
    assert library.proxy.index(row, COLUMN_OF["title"]).data() == "Song 3 title"
    # header clicks sort the list (and the grid: one proxy)
    header = library.list.header()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, COLUMN_OF["rating"]))
    assert library.proxy.video_at(0).song_number == "2"
    window.save_state()
    again = open_window(window.engine)
    assert again.library_shown() and again.library.list_mode
    press_in = again.library.acts.list_action
    assert press_in.isChecked()


def _section_centre(header: Any, column: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                  header.height() // 2)


async def test_auto_advance_is_a_setting_triage_follows(window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2", "3"])
    engine = window.engine
    engine.settings.apply(replace(engine.settings.current, auto_advance=False))
    press(Qt.Key.Key_P)
    assert current(library) == "1"  # stays on the decided video
    press(Qt.Key.Key_X)
    assert current(library) == "1"
    assert engine.library.videos.all()[0].review.flag == Flag.REJECTED
    engine.settings.apply(replace(engine.settings.current, auto_advance=True))
    press(Qt.Key.Key_P)
    assert current(library) == "2"


@pytest.fixture
def audio_device(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine has no sound card: the panes see one (the mute button works)."""

    class Devices:
        @staticmethod
        def audioOutputs() -> list[object]:
            return [object()]

    monkeypatch.setattr(preview_mod, "QMediaDevices", Devices)


async def test_m_mutes(audio_device: None, open_window: Any, tmp_path: Path):
    window = open_window()
    library = await open_library(window, tmp_path, ["1"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    assert not pane.audio.isMuted()
    press(Qt.Key.Key_M)
    await wait_for(lambda: pane.audio.isMuted())
    press(Qt.Key.Key_M)
    await wait_for(lambda: not pane.audio.isMuted())


async def test_f_plays_full_screen_and_esc_leaves(window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    press(Qt.Key.Key_F)
    full = library.acts.fullscreen
    assert full is not None and full.active and full.isVisible()
    assert pane.video.parent() is full
    await wait_for(lambda: focus_in(full))
    assert "Song 1 title" in full.caption.text()
    press(Qt.Key.Key_Space)  # the window's play key works in full screen
    await wait_for(lambda: pane.player.playbackState() == PLAYING)
    press(Qt.Key.Key_P)  # and the triage keys
    assert window.engine.library.videos.all()[0].review.flag == Flag.PICKED
    assert "Song 2 title" in full.caption.text()  # auto-advance goes on in full screen
    # and the next video plays there, not a black screen until Space
    await wait_for(lambda: pane.player.source().fileName().endswith("2.mp4") and
                   pane.player.playbackState() == PLAYING)
    press(Qt.Key.Key_Escape)
    assert not full.active and not full.isVisible()
    assert pane.stack.indexOf(pane.video) >= 0
    await wait_for(lambda: library.current_view().hasFocus())
    press(Qt.Key.Key_Return)  # Enter too
    assert full.active
    press(Qt.Key.Key_F)  # and F again leaves
    assert not full.active


async def test_a_video_played_to_its_end_counts_as_seen(window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: pane.player.duration() > 0)
    pane.set_rate(4.0)
    press(Qt.Key.Key_Space)
    await wait_for(lambda: window.engine.library.videos.all()[0].review.seen, timeout=20)
    assert "seen" in library.detail.fields["review"].text()


async def test_compare_plays_both_versions_in_sync_and_decides_on_either(
        audio_device: None, open_window: Any, tmp_path: Path):
    window = open_window()
    await finish(window.engine, tmp_path, ["5"], clip=True)
    second_version(window.engine, tmp_path, "5")
    library = await open_library(window, tmp_path, ["6"], clip=True)
    library.triage.select(window.engine.library.videos.all()[1].id)  # the second version of 5
    assert library.detail.compare_button.isVisibleTo(library.detail)
    assert "2 versions" in library.detail.versions.text()
    press(Qt.Key.Key_C)
    compare = library.compare
    assert library.comparing() and compare.isVisible()
    a, b = compare.panes()
    await wait_for(lambda: a.player.duration() > 0 and b.player.duration() > 0)
    assert {s.video.video_id for s in compare.sides} == {"v5", "w5"}
    assert focus_in(compare)
    press(Qt.Key.Key_Space)
    await wait_for(lambda: a.player.playbackState() == PLAYING and
                   b.player.playbackState() == PLAYING)
    press(Qt.Key.Key_Space)
    await wait_for(lambda: a.player.playbackState() == PAUSED and
                   b.player.playbackState() == PAUSED)
    press(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    await wait_for(lambda: a.player.position() >= 3000 and b.player.position() >= 3000)
    press(Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    await wait_for(lambda: a.player.position() < 1000 and b.player.position() < 1000)
    assert abs(a.player.position() - b.player.position()) < 300
    # one side heard: the framed one
    await wait_for(lambda: not a.audio.isMuted() and b.audio.isMuted())
    press(Qt.Key.Key_Tab)  # the other side
    assert compare.active == 1
    await wait_for(lambda: a.audio.isMuted() and not b.audio.isMuted())
    right = compare.sides[1].video
    press(Qt.Key.Key_P)
    left = compare.sides[0].video
    compare.sides[0].reject.click()
    by = {v.id: v.review.flag for v in window.engine.library.videos.all()}
    assert by[right.id] == Flag.PICKED and by[left.id] == Flag.REJECTED
    assert "Picked" in compare.sides[1].review.text()
    assert library.comparing()  # deciding does not leave the view
    press(Qt.Key.Key_Escape)
    assert not library.comparing() and compare.panes() == []
    await wait_for(lambda: len(compare.tasks) == 0)  # both players disposed of
    await wait_for(lambda: not library.detail.preview.source().isEmpty())


async def test_c_needs_two_versions(window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1"])
    assert not library.acts.compare_action.isEnabled()
    assert not library.detail.compare_button.isVisibleTo(library.detail)
    press(Qt.Key.Key_C)
    assert not library.comparing()


async def test_lyrics_show_in_the_detail_pane_and_the_search_finds_them(
        window: Any, tmp_path: Path):
    # the lyrics come with the song's look-up, before its video (the scheduler applies them)
    window.engine.scheduler.apply(Lyrics("2", "[Verse]\nPaper boats on a silver stream"))
    library = await open_library(window, tmp_path, ["1", "2"])
    library.triage.select_row(1)
    assert "Paper boats" in library.detail.lyrics.toPlainText()
    library.search.setFocus()
    QTest.keyClicks(library.search, "silver stream")
    assert library.proxy.rowCount() == 1 and library.proxy.video_at(0).song_number == "2"


async def test_the_library_shows_its_own_toolbar_and_hides_queue_commands(
        window: Any, tmp_path: Path):
    window.engine.queue.add(["99"])  # a queued song, selected in the queue
    await table_shown(window)
    window.select_row(0)
    library = await open_library(window, tmp_path, ["1"])
    assert not window.acts.toolbar.isVisible() and window.acts.library_toolbar.isVisible()
    for action in window.acts.queue_only_actions:
        assert not action.isVisible()
    shown = window.acts.library_toolbar.actions()
    assert library.triage.pick_action in shown and library.acts.compare_action in shown
    press(Qt.Key.Key_Delete)  # no queue song removed from the library
    assert window.engine.queue.query.by_song("99") is not None
    assert window.acts.review_menu.isEnabled()
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.acts.toolbar.isVisible() and not window.acts.library_toolbar.isVisible()
    assert window.acts.add_action.isVisible() and not window.acts.review_menu.isEnabled()


async def test_f1_lists_the_library_keys_under_review(window: Any, tmp_path: Path):
    await open_library(window, tmp_path, ["1"])
    press(Qt.Key.Key_F1)
    dialog = window.help.dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = [(dialog.list.topLevelItem(i).text(0), dialog.list.topLevelItem(i).text(1))
            for i in range(dialog.list.topLevelItemCount())]
    review = rows.index(("Review", ""))
    keys = dict(rows[review + 1:])
    for name, key in (("Pick", "P"), ("Reject", "X"), ("Unflag", "U"), ("3 stars", "3"),
                      ("Clear stars", "0"), ("Edit note", "N"), ("Seek back 5 s", "Shift+Left, J"),
                      ("Seek forward 5 s", "Shift+Right, L"), ("Mute / unmute", "M"),
                      ("Previous video", "Left, Ctrl+Left"), ("Next video", "Right, Ctrl+Right"),
                      ("Full screen", "F, Return, Enter"), ("Leave full screen", "Esc"),
                      ("Compare versions", "C"), ("List view", "Ctrl+L")):
        assert keys.get(name) == key, name
    dialog.close()


async def test_the_video_comes_back_when_the_library_tab_shows_again(window: Any,
                                                                     tmp_path: Path):
    library = await open_library(window, tmp_path, ["1"], clip=True)
    pane = library.detail.preview
    await wait_for(lambda: not pane.source().isEmpty())
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert pane.source().isEmpty()  # released: nothing plays in a hidden tab
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    await wait_for(lambda: not pane.source().isEmpty() and pane.player.duration() > 0)


async def test_ctrl_left_and_right_step_through_the_videos(window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2", "3"])
    ctrl = Qt.KeyboardModifier.ControlModifier
    press(Qt.Key.Key_Right, ctrl)
    assert current(library) == "2"
    press(Qt.Key.Key_Right, ctrl)
    press(Qt.Key.Key_Right, ctrl)  # stays on the last
    assert current(library) == "3"
    press(Qt.Key.Key_Left, ctrl)
    assert current(library) == "2"
    assert window.engine.library.videos.all()[1].review.unreviewed  # moving decides nothing


async def test_the_library_icons_follow_a_dark_scheme(window: Any, follower: Any) -> None:
    from mureka_desktop.ui import icons, scheme

    if not icons.themed("add").isNull():
        pytest.skip("the system icon theme draws these icons, not ours")
    library = window.library
    assert lightness(library.acts.compare_action.icon()) < 100
    follower.forced = "dark"
    follower.apply()
    await wait_for(lambda: scheme.is_dark(library.palette()), timeout=5)
    for action in (library.triage.pick_action, library.acts.compare_action,
                   library.acts.fullscreen_action, library.acts.list_action):
        assert lightness(action.icon()) > 160, action.text()


async def test_up_and_down_in_the_list_carry_on_from_where_left_and_right_moved(
        window: Any, tmp_path: Path):
    library = await open_library(window, tmp_path, ["1", "2", "3", "4", "5", "6", "7"])
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = library.list
    assert library.list_mode and view.hasFocus()
    rect = view.visualRect(library.proxy.index(1, COLUMN_OF["title"]))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current(library) == "2"
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Right)
    assert current(library) == "4"
    press(Qt.Key.Key_Down)
    assert current(library) == "5"
    chosen = {i.row() for i in view.selectionModel().selectedIndexes()}
    assert chosen == {4}, chosen
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    assert current(library) == "3"
