"""The Library menu's file commands as the core's journaled jobs, in the real window: two
commands at once both finish (one waits), the trash is not "missing", a file put back from
the trash is noticed, and Ctrl+Q during a rename finishes the file under way and leaves the
library matching the disk, the rest offered at the next start.

On main (22db0b0) each of these fails: the commands share one task name and cancel each
other, the header counts trashed files as missing, a restored file stays marked trashed, and
a quit mid-rename leaves rows naming files that were renamed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_library_file_commands import (
    box_button,
    click,
    dialog_of,
    finish,
    scanned,
    show_library,
)
from window_tools import wait_for

from mureka_desktop.core.library.jobs import HOLD_ENV
from mureka_desktop.ui.library.file_dialogs import RenamePreviewDialog
from mureka_desktop.ui.library.model import FILE_TRASHED


async def test_rename_then_import_at_once_both_finish(window: Any, tmp_path: Path):
    out = tmp_path / "out"
    one, two = await finish(window, out, ["700000101", "700000102"])
    elsewhere = tmp_path / "old laptop"
    elsewhere.mkdir()
    (elsewhere / "Rain - 700000103.mp4").write_bytes(b"\0\0\0\x18ftypisom another song")
    await show_library(window)
    window.library_files.rename_action.trigger()
    preview = await dialog_of(window, RenamePreviewDialog)
    click(preview.rename_button)
    # at once, before the rename has done anything: Library > Import folder…
    picker = window.library_files.import_folder()
    picker.selectFile(str(elsewhere))
    picker.accept()
    videos = window.engine.library.videos
    await wait_for(lambda: window.engine.queue.query.by_song("700000103") is not None)
    await wait_for(lambda: videos.get(two.id).video_path == str(
        out / "Title 700000102 - 700000102.mp4"))
    assert videos.get(one.id).video_path == str(out / "Title 700000101 - 700000101.mp4")
    assert sorted(p.name for p in out.iterdir()) == [
        "Title 700000101 - 700000101.mp4", "Title 700000101 - 700000101.png",
        "Title 700000102 - 700000102.mp4", "Title 700000102 - 700000102.png"]


async def _trash_one(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    keep, drop = await finish(window, tmp_path / "out", ["91", "92"])
    window.engine.library.reject(drop.id)
    await show_library(window)
    window.library_files.trash_action.trigger()
    box = await dialog_of(window, QMessageBox)
    click(box_button(box, "Move 1 to trash"))
    await wait_for(lambda: window.library.model.marks.file_state(drop.id) == FILE_TRASHED)
    return drop


async def test_the_header_does_not_count_trashed_files_as_missing(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    await _trash_one(window, tmp_path, monkeypatch)
    await scanned(window)
    assert "missing" not in window.library.shown.text()
    assert window.library.model.marks.missing_count() == 0


async def test_a_file_put_back_from_the_trash_is_noticed(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    drop = await _trash_one(window, tmp_path, monkeypatch)
    trash = tmp_path / "xdg" / "Trash" / "files"
    for path in (drop.video_path, drop.cover_path):  # "Restore" in the file manager
        shutil.move(trash / Path(path).name, path)
    await scanned(window)  # the periodic check
    videos = window.engine.library.videos
    await wait_for(lambda: videos.get(drop.id).trashed_at is None)
    await scanned(window)
    assert window.library.model.marks.file_state(drop.id) is None


async def test_ctrl_q_during_a_rename_finishes_the_file_under_way(
        open_window: Any, make_engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    window = open_window()
    out = tmp_path / "out"
    numbers = [str(700000201 + n) for n in range(5)]
    videos = await finish(window, out, numbers)
    monkeypatch.setenv(HOLD_ENV, "2:video")  # the worker waits there: the second video moved
    await show_library(window)
    window.library_files.rename_action.trigger()
    preview = await dialog_of(window, RenamePreviewDialog)
    click(preview.rename_button)
    second = out / f"Title {numbers[1]} - {numbers[1]}.mp4"
    await wait_for(lambda: second.exists())
    assert window.library_files.job_bar.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    await window.shutdown()  # as the app does once the window is closed (ui/launch.py)
    await window.engine.aclose()
    db = sqlite3.connect(window.engine.paths.database)
    rows = {r[0]: (r[1], r[2]) for r in db.execute(
        "SELECT id, video_path, cover_path FROM videos")}
    states = [r[0] for r in db.execute("SELECT state FROM file_units ORDER BY id")]
    db.close()
    assert states == ["done", "done", "undone", "undone", "undone"]
    for n, video in enumerate(videos):
        path, cover = rows[video.id]
        stem = f"Title {numbers[n]} - {numbers[n]}" if n < 2 else f"song-{numbers[n]}"
        assert (path, cover) == (str(out / f"{stem}.mp4"), str(out / f"{stem}.png"))
        assert os.path.isfile(path) and os.path.isfile(cover)
    assert len(list(out.iterdir())) == 10
    monkeypatch.delenv(HOLD_ENV)
    again = open_window(make_engine())  # the next start says what is left
    message = again.statusBar().currentMessage()
    assert "stopped before the end, with 3 files left" in message, message


async def test_cancel_in_the_status_bar_stops_after_the_file_under_way(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    out = tmp_path / "out"
    numbers = [str(700000301 + n) for n in range(4)]
    await finish(window, out, numbers)
    monkeypatch.setenv(HOLD_ENV, "2:video")
    await show_library(window)
    window.library_files.rename_action.trigger()
    preview = await dialog_of(window, RenamePreviewDialog)
    click(preview.rename_button)
    bar = window.library_files.job_bar
    await wait_for(lambda: (out / f"Title {numbers[1]} - {numbers[1]}.mp4").exists())
    assert bar.isVisible() and "Renaming" in bar.text.text()
    click(bar.cancel)
    await wait_for(lambda: not bar.isVisible())
    assert "2 done, 2 left" in window.statusBar().currentMessage()
    renamed = sorted(p.name for p in out.iterdir() if p.name.startswith("Title"))
    assert renamed == [f"Title {n} - {n}{ext}" for n in numbers[:2] for ext in (".mp4", ".png")]
    videos = window.engine.library.videos
    assert {Path(v.video_path).name for v in videos.all()} == {
        f"Title {n} - {n}.mp4" for n in numbers[:2]} | {f"song-{n}.mp4" for n in numbers[2:]}


async def test_an_unreadable_folder_leaves_no_job_in_the_status_bar(window: Any,
                                                                    tmp_path: Path):
    await show_library(window)
    picker = window.library_files.import_folder()
    picker.fileSelected.emit(str(tmp_path / "unplugged"))  # a disk gone since it was picked
    picker.close()
    await wait_for(lambda: "Cannot read" in window.statusBar().currentMessage())
    assert not window.library_files.job_bar.isVisible()
