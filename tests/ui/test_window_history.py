"""The window keeps what the user made: one row per song, clear + undo, re-import of an
export, and a database it cannot open, all with real widgets."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from songs import scheduler_change
from window_tools import activate, dispose, shown, wait_for

from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import State
from mureka_desktop.ui.intake import ReviewDialog
from mureka_desktop.ui.main_window import MainWindow


def review_dialog(window: MainWindow) -> ReviewDialog:
    dialog = window.intake.dialog
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    return dialog


async def typed(window: MainWindow, text: str) -> ReviewDialog:
    """Text typed into the Add dialog: parsed on a worker thread, then a new review."""
    before = window.intake.dialog
    window.intake.take_text(text, "Typed in")
    await wait_for(lambda: window.intake.dialog is not before and
                   isinstance(window.intake.dialog, ReviewDialog))
    return review_dialog(window)


def drop_file(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    window.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))


async def test_a_song_from_the_account_then_typed_as_a_number_is_one_row(make_engine: Any,
                                                                         open_window: Any):
    from mureka_desktop.ui.account_songs import AccountSongsDialog

    engine = make_engine(library_size=3, v95_rate=0)
    window = open_window(engine)
    dialog = window.commands.add_from_account()
    assert isinstance(dialog, AccountSongsDialog)
    await wait_for(lambda: dialog.songs.topLevelItemCount() == 3, timeout=10)
    dialog.rows()[0].setCheckState(0, Qt.CheckState.Checked)
    [picked] = dialog.checked_ids()
    assert picked.startswith("user:")  # the account lists the string form
    dialog.add_button.click()
    review_dialog(window).add_button.click()
    await wait_for(lambda: window.model.rowCount() == 1, timeout=5)
    number = picked.rsplit(":", 1)[-1]
    again = await typed(window, number)
    assert again.summary.text().startswith("0 new · 1 duplicate ·")
    assert not again.add_button.isEnabled()
    both = await typed(window, f"{number}\n{picked}\n")  # both in one paste
    assert both.summary.text().startswith("0 new · 2 duplicates")
    assert [i.song_id for i in engine.queue.query.history()] == [picked]
    assert window.model.rowCount() == 1

async def fill_done(window: MainWindow, songs: list[str], tmp_path: Path) -> None:
    """Finished songs with their files, made through the engine as a run would leave them
    (the scheduler's change and its event; the table follows the event)."""
    engine = window.engine
    engine.queue.add(songs)
    for item in engine.queue.query.all_items():
        video, cover = tmp_path / f"song-{item.song_id}.mp4", tmp_path / f"song-{item.song_id}.png"
        video.write_bytes(b"video")
        cover.write_bytes(b"cover")
        scheduler_change(engine, item.id, state=State.DONE, title=f"Title {item.song_id}",
                         video_id=f"v{item.song_id}", video_url="https://cdn.test/v.mp4",
                         cover_url="https://cdn.test/c.png", video_path=str(video),
                         cover_path=str(cover))
    await shown(window)


async def test_clear_finished_asks_nothing_keeps_the_history_and_undoes(window: MainWindow,
                                                                       tmp_path: Path,
                                                                       qtbot: Any):
    seen: list[ev.Event] = []
    window.engine.subscribe(seen.append)
    await fill_done(window, ["1", "2"], tmp_path)
    window.engine.queue.add(["3"])
    assert window.model.rowCount() == 3  # the add reached the view through its event
    await activate(window)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.dialog is None  # no confirmation
    assert window.model.rowCount() == 1
    assert "Ctrl+Z to undo" in window.statusBar().currentMessage()
    assert [e.action for e in seen if isinstance(e, ev.QueueChanged)] == ["add", "add",
                                                                          "clear"]
    assert [i.song_id for i in window.engine.queue.query.history()] == ["1", "2", "3"]
    target = tmp_path / "export.json"
    await window.commands.export_to(target)  # the export holds the history
    assert [i["song_id"] for i in json.loads(target.read_text())["items"]] == ["1", "2", "3"]
    typed_in = await typed(window, "1")  # a cleared done song is already done
    assert typed_in.summary.text().startswith("0 new · 0 duplicates · 1 already")
    typed_in.reject()
    assert window.acts.undo_action.isEnabled()
    await activate(window)  # back from the dialog
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.acts.undo_action.shortcut().toString() == "Ctrl+Z"
    assert [window.model.item_at(r).song_id for r in range(window.model.rowCount())] == [
        "1", "2", "3"]
    assert not window.acts.undo_action.isEnabled()


async def test_dropping_our_export_on_a_fresh_window_restores_the_songs(make_engine: Any,
                                                                        open_window: Any,
                                                                        tmp_path: Path):
    first = make_engine()
    window = open_window(first)
    target = tmp_path / "export.csv"
    await fill_done(window, ["11", "12", "13"], tmp_path)
    await window.commands.export_to(target)
    await dispose(window)
    await first.aclose()
    (tmp_path / "song-13.mp4").unlink()  # a missing file: not done, offered for generation
    for path in (tmp_path / "home").rglob("queue.sqlite3*"):
        path.unlink()  # a fresh data folder
    fresh = make_engine()
    window = open_window(fresh)
    assert window.model.rowCount() == 0
    drop_file(window, target)
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog), timeout=10)
    dialog = review_dialog(window)
    assert dialog.summary.text().startswith("1 new · 2 restored from an export")
    assert dialog.add_button.text() == "Add 3"
    dialog.add_button.click()
    await wait_for(lambda: window.model.rowCount() == 3, timeout=5)
    items = {i.song_id: i for i in fresh.queue.query.all_items()}
    assert items["11"].state == State.DONE and items["11"].title == "Title 11"
    assert items["11"].video_path == str(tmp_path / "song-11.mp4")
    assert items["13"].state == State.QUEUED
    # the restored videos are in the library at once, not after a restart
    await wait_for(lambda: window.library.model.rowCount() == 2, timeout=5)

async def test_a_corrupt_database_shows_a_message_box_not_a_traceback(qapp: Any,
                                                                      tmp_path: Path):
    from mureka_desktop.core.runtime.paths import AppPaths
    from mureka_desktop.ui import launch

    paths = AppPaths.resolve(tmp_path / "home")
    db = paths.data_dir / "demo" / "queue.sqlite3"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database " * 200)
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)  # as run_window() sets it
    task = asyncio.ensure_future(launch.main(qapp, paths, demo=True, verbose=False))

    def box() -> QMessageBox | None:
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        return found[0] if found else None

    await wait_for(lambda: box() is not None, timeout=10)
    shown = box()
    assert shown is not None and str(db) in shown.text() and "Move it aside" in shown.text()
    assert not task.done()  # awaited through the box's signal
    try:
        shown.button(QMessageBox.StandardButton.Ok).click()
        assert await asyncio.wait_for(task, 5) == 2
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
