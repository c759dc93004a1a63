"""Toolbar and keyboard commands, window state, and preview failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from songs import queue_songs, scheduler_change
from window_tools import activate, shown, wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.ui.main_window import MainWindow


async def fill(window: MainWindow, states: dict[str, State]) -> None:
    engine = window.engine
    for item in queue_songs(engine, list(states)):
        scheduler_change(engine, item.id, state=states[item.song_id],
                         video_url=f"https://cdn.test/{item.song_id}.mp4",
                         cover_url=f"https://cdn.test/{item.song_id}.png")
    await shown(window)


def select(window: MainWindow, *rows: int) -> None:
    window.table.clearSelection()
    for row in rows:
        window.table.selectRow(row)


async def test_every_command_has_a_shortcut(window: MainWindow):
    actions = [window.acts.add_action, window.acts.paste_action, window.acts.start_action,
               window.acts.retry_action, window.acts.remove_action, window.acts.clear_action,
               window.acts.regenerate_action, window.acts.open_action, window.acts.folder_action,
               window.acts.copy_action, window.acts.settings_action]
    shortcuts = [a.shortcut().toString() for a in actions]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts)
    assert window.acts.paste_action.shortcut().toString() == "Ctrl+V"
    assert window.acts.remove_action.shortcut().toString() == "Del"


async def test_delete_key_removes_selected_but_keeps_running_items(window: MainWindow, qtbot):
    await fill(window, {"1": State.QUEUED, "2": State.GENERATING, "3": State.FAILED})
    await activate(window)
    window.table.setFocus()
    select(window, 0)
    window.table.selectionModel().select(
        window.proxy.index(1, 0), window.table.selectionModel().SelectionFlag.Select |
        window.table.selectionModel().SelectionFlag.Rows)
    QTest.keyClick(window.table, Qt.Key.Key_Delete)
    assert [i.song_id for i in window.engine.queue.query.all_items()] == ["2", "3"]
    assert window.statusBar().currentMessage() == \
        "Removed 1 song; kept 1 song still generating or downloading."


async def test_clear_finished_retry_failed_and_copy_links(window: MainWindow):
    await fill(window, {"1": State.DONE, "2": State.FAILED, "3": State.CANCELLED,
                        "4": State.QUEUED})
    window.acts.retry_action.trigger()
    states = {i.song_id: i.state for i in window.engine.queue.query.all_items()}
    assert states == {"1": State.DONE, "2": State.QUEUED, "3": State.QUEUED, "4": State.QUEUED}
    window.acts.clear_action.trigger()
    assert [i.song_id for i in window.engine.queue.query.all_items()] == ["2", "3", "4"]
    select(window, 0)
    window.acts.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == \
        "2\thttps://cdn.test/2.mp4\thttps://cdn.test/2.png"


async def test_regenerate_asks_first_because_it_costs_credits(window: MainWindow):
    await fill(window, {"1": State.DONE})
    scheduler_change(window.engine, window.engine.queue.query.all_items()[0].id, video_id="777")
    await shown(window)
    select(window, 0)
    window.acts.regenerate_action.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and "costs a credit" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.engine.queue.query.all_items()[0].state == State.DONE
    window.acts.regenerate_action.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox)
    confirm = next(b for b in box.buttons() if b.text().startswith("Regenerate"))
    confirm.click()
    item = window.engine.queue.query.all_items()[0]
    assert item.state == State.QUEUED and item.regenerate and item.prev_video_id == "777"


async def test_window_state_persists(make_engine: Any, open_window: Any):
    engine = make_engine()
    first = open_window(engine, show=False)
    first.resize(780, 560)  # the offscreen screen is 800 x 600: stay inside it
    first.show()
    first.splitter.setSizes([500, 270])
    first.table.setColumnWidth(1, 333)
    sizes, size = first.splitter.sizes(), first.size()
    first.close()  # closeEvent saves geometry, splitter and columns
    await first.shutdown()
    second = open_window(engine)
    assert second.size() == size
    assert second.splitter.sizes() == sizes
    assert second.table.columnWidth(1) == 333


async def test_drag_of_unusable_data_is_refused(window: MainWindow):
    mime = QMimeData()
    mime.setData("application/x-qt-image", b"\x00\x01")
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    window.dragEnterEvent(event)
    assert not event.isAccepted()


async def test_corrupt_video_and_cover_show_messages(window: MainWindow, tmp_path: Path):
    video, cover = tmp_path / "bad.mp4", tmp_path / "bad.png"
    video.write_bytes(b"\x00\x00\x00\x20ftypisom" + b"garbage" * 500)
    cover.write_bytes(b"\x89PNG\r\n\x1a\n" + b"broken")
    await fill(window, {"1": State.DONE})
    scheduler_change(window.engine, window.engine.queue.query.all_items()[0].id,
                     video_path=str(video), cover_path=str(cover))
    await shown(window)
    window.select_row(0)
    preview = window.preview
    assert "cannot be shown" in preview.cover.text()
    await wait_for(lambda: "cannot be played" in preview.video_message.text(), timeout=10)
    assert preview.stack.currentWidget() is preview.video_message
    assert not preview.play_button.isEnabled()


async def test_shutdown_mid_run_cancels_every_task_and_keeps_the_journal(make_engine: Any,
                                                                       open_window: Any):
    engine = make_engine(generation_time=30.0)
    window = open_window(engine)
    engine.queue.add(["1", "2"])
    window.commands.start()
    await wait_for(lambda: engine.queue.query.counts()[State.GENERATING] == 1, timeout=10)
    await window.shutdown()
    await engine.scheduler.close()
    assert len(engine.scheduler.tasks) == 0 and len(window.tasks) == 0
    generating = engine.queue.query.items_in(State.GENERATING)
    assert len(generating) == 1 and generating[0].generation_started_at  # journaled
    assert engine.scheduler.was_running  # the next start resumes and verifies it


async def test_export_from_the_window_reimports(window: MainWindow, tmp_path: Path):
    import json

    from mureka_desktop.core.ids.parse import parse_text

    await fill(window, {"1": State.DONE, "user:7-mureka:8-song:9": State.FAILED})
    dialog = window.commands.export()
    assert dialog.isVisible()
    dialog.reject()
    target = tmp_path / "out.json"
    await window.commands.export_to(target)
    data = json.loads(target.read_text())
    assert [i["state"] for i in data["items"]] == ["done", "failed"]
    assert parse_text(target.read_text()).ids == ["1", "user:7-mureka:8-song:9"]
    await window.commands.export_to(tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_text().startswith("song_id,title,state")
    assert "Exported 2 songs" in window.statusBar().currentMessage()


async def test_menus_hold_every_command(window: MainWindow):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Queue", "&View", "&Review", "&Song", "&Library", "&Help"]
    in_menus = {a for m in window.menuBar().actions() for a in m.menu().actions()}
    for action in (window.acts.add_action, window.acts.export_action, window.acts.quit_action,
                   window.acts.start_action, window.acts.regenerate_action, window.acts.copy_action,
                   window.acts.queue_tab_action, window.acts.library_tab_action,
                   window.library_files.rename_action, window.library_files.locate_action,
                   window.library_files.import_action, window.library_files.export_action,
                   window.library_files.trash_action):
        assert action in in_menus
