"""The Library's files in the real window: missing files marked in the grid and the detail
pane, Locate… (Ctrl+Shift+L and the bar's button), Rename files to the template (the renames shown
first), Import folder…, Export picks… and Move rejected to trash, each answered through its
real dialog as a user would."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from songs import finish_songs
from window_tools import activate, wait_for

from mureka_desktop.core.library.export import PLAYLIST
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Video
from mureka_desktop.simulator.media import cover_png
from mureka_desktop.ui.library import file_state
from mureka_desktop.ui.library.file_dialogs import (
    ExportPicksDialog,
    FileReportDialog,
    RenamePreviewDialog,
)
from mureka_desktop.ui.library.model import FILE_MISSING, FILE_TRASHED


async def finish(window: Any, folder: Path, numbers: list[str], *, clip: bool = False
                 ) -> list[Video]:
    """Songs done with their files named as the old downloads were (song-<n>), hashed as
    after a download (tests/songs.py): the library learns of them from their events."""
    return await finish_songs(window.engine, folder, numbers, title="Title {n}",
                              name="song-{n}", clip=clip, cover=cover_png)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifiers)


async def dialog_of(window: Any, kind: type) -> Any:
    """The file commands' dialog of this kind, once it is open."""
    files = window.library_files

    def up() -> bool:
        d = files.dialog
        return d is not None and shiboken6.isValid(d) and isinstance(d, kind) and d.isVisible()

    await wait_for(up, timeout=15)
    return files.dialog


def click(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def box_button(box: QMessageBox, text: str) -> QWidget:
    return next(b for b in box.buttons() if b.text() == text)


async def scanned(window: Any) -> None:
    """A scan that began after this call has ended (one under way may have read the disk
    before: it ends first)."""
    states = window.library.file_states
    for _ in range(2):
        before = states.scans
        states.schedule()
        await wait_for(lambda before=before: states.scans > before)


def row_text(window: Any, video_id: int) -> str:
    model = window.library.model
    return str(model.data(model.index(model.row_of(video_id), 0), Qt.ItemDataRole.DisplayRole))


async def show_library(window: Any, video: Video | None = None) -> None:
    await activate(window)
    window.show_tab(1)
    await wait_for(lambda: window.library.grid.hasFocus())
    if video is not None:
        window.library.triage.select(video.id)


# ---------------------------------------------------------------------- missing files
async def test_a_missing_file_is_marked_in_the_grid_and_the_detail_pane(window: Any,
                                                                        tmp_path: Path):
    here, gone = await finish(window, tmp_path / "out", ["11", "12"])
    Path(gone.video_path or "").unlink()
    library = window.library
    await scanned(window)
    assert library.model.marks.file_state(gone.id) == FILE_MISSING
    assert library.model.marks.file_state(here.id) is None
    assert "⚠ File missing" in row_text(window, gone.id)
    assert "File missing" not in row_text(window, here.id)
    assert "1 file missing" in library.shown.text()
    # the grid shows a card saying so, not a black box
    model = library.model
    icon = model.data(model.index(model.row_of(gone.id), 0), Qt.ItemDataRole.DecorationRole)
    image = icon.pixmap(library.thumbnails.size).toImage().convertToFormat(
        QImage.Format.Format_RGB32)
    band = image.pixelColor(2, image.height() // 2)  # the band, left of its text
    assert band.red() > 120 and band.green() < 80  # the red band across the middle
    await show_library(window, gone)
    bar = library.missing_bar
    assert bar.isVisible() and str(gone.video_path) in bar.text.text()
    library.triage.select(here.id)
    assert not bar.isVisible()
    # the file comes back (restored by hand): the mark goes at the next scan, which coming
    # back to the app starts by itself
    Path(gone.video_path or "").write_bytes(b"\0\0\0\x18ftypisom")
    scans = library.file_states.scans
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    await wait_for(lambda: library.file_states.scans > scans)
    assert library.model.marks.file_state(gone.id) is None and \
        library.model.marks.missing_count() == 0


async def test_scanning_ten_thousand_videos_stats_them_off_the_ui_thread(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    library = window.library
    (tmp_path / "one.mp4").write_bytes(b"x")
    videos = [Video(i, str(i), str(i), 0.0, video_path=str(
        tmp_path / ("one.mp4" if i % 10 else f"gone-{i}.mp4"))) for i in range(1, 10_001)]
    library.model.reset(videos)
    threads: list[str] = []
    real = file_state.file_states

    def watched(entries: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(entries)

    monkeypatch.setattr(file_state, "file_states", watched)
    await scanned(window)
    assert library.model.marks.missing_count() == 1000
    assert threads and threading.main_thread().name not in threads


async def test_a_file_deleted_while_the_app_runs_is_marked_by_itself(window: Any,
                                                                    tmp_path: Path):
    [video] = await finish(window, tmp_path / "out", ["13"])
    library = window.library
    await scanned(window)
    assert library.model.marks.file_state(video.id) is None
    await activate(window)  # looked at while the app is in front
    library.file_states._again.setInterval(400)  # the periodic look (10 s in the app)
    Path(video.video_path or "").unlink()  # a shell or a file manager, not the app
    await wait_for(lambda: library.model.marks.file_state(video.id) == FILE_MISSING, timeout=10)
    assert "1 file missing" in library.shown.text()


# ---------------------------------------------------------------------- locate
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

async def test_ctrl_shift_l_locates_a_moved_file_by_its_hash(window: Any, tmp_path: Path):
    [video] = await finish(window, tmp_path / "out", ["21"])
    moved = tmp_path / "elsewhere" / "my renamed copy.mp4"
    moved.parent.mkdir()
    shutil.move(video.video_path or "", moved)
    await scanned(window)
    await activate(window)
    window.table.setFocus()
    press(Qt.Key.Key_L, CTRL_SHIFT)  # a key of the Library tab only
    assert window.library_files.dialog is None
    await show_library(window, video)
    seen: list[ev.Event] = []
    window.engine.subscribe(seen.append)
    press(Qt.Key.Key_L, CTRL_SHIFT)
    picker = await dialog_of(window, QFileDialog)
    picker.selectFile(str(moved))
    picker.accept()
    await wait_for(lambda: window.engine.library.videos.get(video.id).video_path == str(moved))
    await wait_for(lambda: any(isinstance(e, ev.VideoChanged) for e in seen))
    assert [e.action for e in seen if isinstance(e, ev.VideoChanged)] == ["located"]
    await wait_for(lambda: window.library.model.marks.file_state(video.id) is None)
    assert not window.library.missing_bar.isVisible()
    assert "Linked Title 21" in window.statusBar().currentMessage()


async def test_locate_asks_when_the_file_cannot_be_proved_the_same(
        make_engine: Any, open_window: Any, tmp_path: Path):
    # A row as an older version left it, never hashed: written so by tests/songs.py, before
    # the window opens (a migration finds it so).
    engine = make_engine()
    [video] = await finish_songs(engine, tmp_path / "out", ["22"], title="Title {n}",
                                 name="song-{n}", cover=cover_png, hashes=False)
    window = open_window(engine)
    Path(video.video_path or "").unlink()
    other = tmp_path / "other.mp4"
    other.write_bytes(b"\0\0\0\x18ftypisom" + b"a different size")
    await scanned(window)
    await show_library(window, video)
    click(window.library.missing_bar.locate)  # the bar's own button
    picker = await dialog_of(window, QFileDialog)
    picker.selectFile(str(other))
    picker.accept()
    box = await dialog_of(window, QMessageBox)
    assert "does not look like the video of “Title 22”" in box.text()
    assert "bytes" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    click(box.button(QMessageBox.StandardButton.Cancel))
    await wait_for(lambda: not box.isVisible())
    assert window.engine.library.videos.get(video.id).video_path == video.video_path
    click(window.library.missing_bar.locate)
    picker = await dialog_of(window, QFileDialog)
    picker.selectFile(str(other))
    picker.accept()
    box = await dialog_of(window, QMessageBox)
    click(box_button(box, "Link anyway"))
    await wait_for(lambda: window.engine.library.videos.get(video.id).video_path == str(other))


# ---------------------------------------------------------------------- rename
async def test_rename_to_the_template_shows_the_renames_then_does_them(window: Any,
                                                                       tmp_path: Path):
    out = tmp_path / "out"
    one, two, gone = await finish(window, out, ["700000001", "700000002", "700000003"])
    Path(gone.video_path or "").unlink()
    (out / "Title 700000002 - 700000002.mp4").write_bytes(b"not ours")
    await show_library(window)
    window.library_files.rename_action.trigger()  # Library > Rename files to the template…
    preview = await dialog_of(window, RenamePreviewDialog)
    rows = [(preview.list.topLevelItem(i).text(0), preview.list.topLevelItem(i).text(1))
            for i in range(preview.list.topLevelItemCount())]
    assert rows == [("song-700000001.mp4", "Title 700000001 - 700000001.mp4"),
                    ("song-700000002.mp4", "Title 700000002 - 700000002 (2).mp4")]
    assert "2 videos will be renamed" in preview.summary.text()
    assert "1 with a missing file skipped" in preview.summary.text()
    assert os.path.exists(one.video_path or "")  # nothing happens before the answer
    seen: list[ev.Event] = []
    window.engine.subscribe(seen.append)
    click(preview.rename_button)
    videos = window.engine.library.videos
    await wait_for(lambda: videos.get(one.id).video_path == str(
        out / "Title 700000001 - 700000001.mp4"))
    moved = videos.get(two.id)
    assert moved.video_path == str(out / "Title 700000002 - 700000002 (2).mp4")
    assert moved.cover_path == str(out / "Title 700000002 - 700000002 (2).png")
    assert Path(moved.cover_path).is_file() and Path(moved.video_path).is_file()
    assert (out / "Title 700000002 - 700000002.mp4").read_bytes() == b"not ours"
    queued = window.engine.queue.query.by_song("700000002")
    assert queued.video_path == moved.video_path  # the queue's row too
    await wait_for(lambda: any(isinstance(e, ev.VideosChanged) and e.message for e in seen))
    events = [e for e in seen if isinstance(e, ev.VideosChanged)]
    assert {v.id for e in events for v in e.videos} == {one.id, two.id}
    assert all(e.action == "renamed" for e in events)
    assert "Renamed 2 videos" in events[-1].message
    # the grid holds the new paths (a click on the path shows the right folder)
    assert window.library.model.video(window.library.model.row_of(two.id)).video_path == \
        moved.video_path


async def test_a_failed_rename_is_reported_and_overwrites_nothing(window: Any,
                                                                 tmp_path: Path):
    out = tmp_path / "out"
    [video] = await finish(window, out, ["31"])
    window.library_files.rename_action.trigger()
    preview = await dialog_of(window, RenamePreviewDialog)
    # while the renames are shown, another program writes a file of the planned name
    (out / "Title 31 - 31.mp4").write_bytes(b"written meanwhile")
    click(preview.rename_button)
    report = await dialog_of(window, FileReportDialog)
    assert "Renamed 0 videos" in report.summary.text()
    assert "1 file could not be renamed" in report.summary.text()
    assert report.list.topLevelItem(0).text(0) == "song-31.mp4"
    assert "already there" in report.list.topLevelItem(0).text(1)
    assert (out / "Title 31 - 31.mp4").read_bytes() == b"written meanwhile"
    assert window.engine.library.videos.get(video.id).video_path == video.video_path
    assert Path(video.video_path or "").is_file()


# ---------------------------------------------------------------------- import
async def test_import_folder_adopts_and_reports_what_it_could_not_match(window: Any,
                                                                        tmp_path: Path):
    [lost] = await finish(window, tmp_path / "out", ["700000041"])
    other = tmp_path / "from the old laptop"
    other.mkdir()
    shutil.move(lost.video_path or "", other / "clip.mp4")
    (other / "Rain - 700000042.mp4").write_bytes(b"\0\0\0\x18ftypisom new song")
    (other / "Rain - 700000042.png").write_bytes(cover_png("42"))
    (other / "random.mp4").write_bytes(b"\0\0\0\x18ftypisom random")
    await show_library(window)
    window.library_files.import_action.trigger()
    picker = await dialog_of(window, QFileDialog)
    picker.setDirectory(str(tmp_path))
    picker.selectFile(str(other))
    picker.accept()
    report = await dialog_of(window, FileReportDialog)
    assert "3 files matched · 0 already in the library · 1 not matched" in \
        report.summary.text()
    rows = {report.list.topLevelItem(i).text(0): report.list.topLevelItem(i).text(1)
            for i in range(report.list.topLevelItemCount())}
    assert rows["random.mp4"].startswith("Not matched: no song number in the name")
    assert "same content as Title 700000041" in rows["clip.mp4"]
    assert "Rain" in rows["Rain - 700000042.mp4"]
    videos = {v.song_number: v for v in window.library.model.videos()}
    assert videos["700000041"].video_path == str(other / "clip.mp4")
    assert videos["700000042"].cover_path == str(other / "Rain - 700000042.png")
    assert window.engine.queue.query.by_song("700000042").state == State.DONE


# ---------------------------------------------------------------------- export
async def test_export_picks_by_p_then_the_menu(window: Any, tmp_path: Path):
    a, b, c = await finish(window, tmp_path / "out", ["51", "52", "53"], clip=True)
    library = window.library
    library.sort.setCurrentIndex(1)  # oldest first: 51, 52, 53
    await show_library(window, a)
    press(Qt.Key.Key_P)  # pick 51, on to 52
    press(Qt.Key.Key_X)  # reject 52
    press(Qt.Key.Key_P)  # pick 53
    dest = tmp_path / "picks"
    window.library_files.export_action.trigger()
    dialog = await dialog_of(window, ExportPicksDialog)
    assert "2 picked videos" in dialog.summary.text()
    assert dialog.hardlink.isChecked()
    dialog.folder.setText(str(dest))
    click(dialog.export_button)
    report = await dialog_of(window, FileReportDialog)
    assert "2 videos exported" in report.summary.text()
    assert "4 files hard-linked" in report.summary.text()
    assert f"Playlist: {PLAYLIST}.m3u" in report.summary.text()
    assert sorted(p.name for p in dest.iterdir()) == [
        f"{PLAYLIST}.m3u", "Title 51 - 51.mp4", "Title 51 - 51.png", "Title 53 - 53.mp4",
        "Title 53 - 53.png"]
    assert (dest / f"{PLAYLIST}.m3u").read_text() == (
        "#EXTM3U\n#EXTINF:4,Title 51\nTitle 51 - 51.mp4\n#EXTINF:4,Title 53\nTitle 53 - 53.mp4\n")
    assert os.path.samefile(dest / "Title 51 - 51.mp4", a.video_path or "")
    # unchecked: copies
    window.library_files.export_action.trigger()
    dialog = await dialog_of(window, ExportPicksDialog)
    dialog.folder.setText(str(tmp_path / "copies"))
    click(dialog.hardlink)
    click(dialog.export_button)
    report = await dialog_of(window, FileReportDialog)
    assert "0 files hard-linked · 4 copied" in report.summary.text()
    assert os.stat(tmp_path / "copies" / "Title 53 - 53.mp4").st_nlink == 1
    del b, c


async def test_export_without_picks_says_so(window: Any, tmp_path: Path):
    await finish(window, tmp_path / "out", ["61"])
    window.library_files.export_action.trigger()
    assert "No picked videos" in window.statusBar().currentMessage()


# ---------------------------------------------------------------------- trash
async def test_move_rejected_to_trash_asks_with_count_and_size(window: Any, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    data = tmp_path / "xdg" / "share"  # a fresh account: not even ~/.local/share yet
    monkeypatch.setenv("XDG_DATA_HOME", str(data))  # the system trash: $XDG_DATA_HOME/Trash
    keep, drop = await finish(window, tmp_path / "out", ["71", "72"])
    window.library.sort.setCurrentIndex(1)
    await show_library(window, drop)
    press(Qt.Key.Key_X)
    window.library_files.trash_action.trigger()
    box = await dialog_of(window, QMessageBox)
    size = os.path.getsize(drop.video_path or "") + os.path.getsize(drop.cover_path or "")
    assert box.text() == "Move the 1 rejected video to the trash?"
    assert QLocale().formattedDataSize(size) in box.informativeText()
    assert "Nothing is deleted" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    click(box_button(box, "Move 1 to trash"))
    trash = data / "Trash" / "files"
    await wait_for(lambda: window.library.model.marks.file_state(drop.id) == FILE_TRASHED)
    assert sorted(p.name for p in trash.iterdir()) == ["song-72.mp4", "song-72.png"]
    assert not os.path.exists(drop.video_path or "") and os.path.exists(keep.video_path or "")
    assert window.engine.library.videos.get(drop.id).trashed_at is not None
    assert "♻ In the trash" in row_text(window, drop.id)
    assert "Moved 1 rejected video to the trash." in window.statusBar().currentMessage()
    # nothing left to move: the command says so instead of asking
    window.library_files.trash_action.trigger()
    assert "No rejected videos" in window.statusBar().currentMessage()


async def test_a_system_without_trash_says_so_and_deletes_nothing(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "share"))  # no trash can be made here
    [video] = await finish(window, tmp_path / "out", ["81"])
    window.engine.library.reject(video.id)
    window.library_files.trash_action.trigger()
    box = await dialog_of(window, QMessageBox)
    click(box_button(box, "Move 1 to trash"))
    warning = await dialog_of(window, QMessageBox)
    await wait_for(lambda: warning.objectName() == "noTrash")
    assert "has no trash" in warning.text() and "nothing was deleted" in warning.text()
    assert os.path.exists(video.video_path or "") and os.path.exists(video.cover_path or "")
    assert window.engine.library.videos.get(video.id).trashed_at is None
