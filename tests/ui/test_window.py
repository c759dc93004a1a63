"""The main window against the in-process simulator: intake, a demo run, the banner, preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from songs import queue_songs
from window_tools import activate, wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.ui.intake import ReviewDialog
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.queue_model import COL_STATE


def drop(window: MainWindow, mime: QMimeData) -> None:
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def review_dialog(window: MainWindow) -> ReviewDialog:
    dialog = window.intake.dialog
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    return dialog


async def test_dropped_text_is_reviewed_then_queued(window: MainWindow):
    queue_songs(window.engine, ["500"], state=State.DONE)
    mime = QMimeData()
    mime.setText("101\n102 101\nnot-an-id\n500\n")
    drop(window, mime)
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))  # parsed off-thread
    dialog = review_dialog(window)
    assert dialog.summary.text() == \
        "2 new · 1 duplicate · 1 already done · 1 invalid (line 3)"
    assert dialog.regenerate.isVisibleTo(dialog)
    assert dialog.add_button.text() == "Add 2"
    assert window.engine.queue.query.counts()[State.QUEUED] == 0  # nothing before Add
    dialog.add_button.click()
    assert [i.song_id for i in window.engine.queue.query.items_in(State.QUEUED)] == ["101", "102"]
    assert window.model.rowCount() == 3
    assert window.engine.queue.query.by_song("500").state == State.DONE  # type: ignore[union-attr]


async def test_dropped_files_and_binary_file(window: MainWindow, tmp_path: Path):
    good = tmp_path / "ids.csv"
    good.write_text("song_id,title\n201,a\n202,b\n")
    binary = tmp_path / "cover.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(binary))])
    drop(window, mime)
    await wait_for(lambda: isinstance(window.intake.dialog, QMessageBox))
    box = window.intake.dialog
    assert isinstance(box, QMessageBox) and "binary file" in box.text()
    assert "Nothing from them was queued" in box.text()
    box.close()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    drop(window, mime)
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))
    dialog = review_dialog(window)
    assert dialog.summary.text().startswith("2 new")
    dialog.buttons.rejected.emit()  # Cancel queues nothing
    assert window.engine.queue.query.all_items() == []


async def test_ctrl_v_pastes_from_the_clipboard(window: MainWindow, qtbot: Any):
    QGuiApplication.clipboard().setText("https://www.mureka.ai/song-detail/4242\n4343")
    await activate(window)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))  # parsed off-thread
    dialog = review_dialog(window)
    assert dialog.summary.text().startswith("2 new")
    dialog.add_button.click()
    assert [i.song_id for i in window.engine.queue.query.all_items()] == ["4242", "4343"]


async def test_demo_run_from_start_to_done_then_preview(window: MainWindow):
    engine = window.engine
    engine.queue.add(["301", "302", "303"])
    window.commands.start()
    await wait_for(lambda: engine.queue.query.counts()[State.DONE] == 3, timeout=40)
    await wait_for(lambda: window.model.data(window.model.index(2, COL_STATE)) == "Done", 5)
    await wait_for(lambda: window.statusBar().currentMessage() ==
                   "Run finished: 3 videos done.", timeout=5)
    await wait_for(lambda: "3 done" in window.status_panel.counts.text(), timeout=2)
    sim: Any = window.engine.resources.simulator
    times = [c["m"] for c in sim.calls if c["kind"] == "generate"]
    assert all(b - a >= 3.0 for a, b in zip(times, times[1:], strict=False))

    # the preview: the cover, and video frames read from the widget's sink on the GUI thread
    # (no Python slot on a media thread's signal, no frame kept: see ui/preview.py)
    window.select_row(0)
    preview = window.preview
    assert preview.item is not None and preview.item.song_id == "301"
    assert preview.cover.has_image()
    sink = preview.video.videoSink()
    preview.set_rate(4.0)
    preview.toggle_play()
    await wait_for(lambda: preview.player.position() > 1000 and sink.videoFrame().isValid(),
                   timeout=20)
    image = sink.videoFrame().toImage()
    assert not image.isNull() and image.width() == 320
    assert preview.player.duration() > 3000
    # another done row plays its own file; a row with nothing to play releases the old one
    window.select_row(1)
    assert preview.item is not None and preview.item.song_id == "302"
    played = engine.queue.query.by_song("302")
    assert played is not None
    second = QUrl.fromLocalFile(played.video_path)
    assert preview.source() == second
    await wait_for(lambda: preview.player.source() == second, timeout=5)
    preview.toggle_play()
    await wait_for(lambda: preview.player.position() > 0, timeout=20)
    queue_songs(engine, ["304"], state=State.FAILED, last_error="boom")
    await wait_for(lambda: window.model.rowCount() == 4, timeout=5)
    window.select_row(3)
    assert preview.item is not None and preview.item.song_id == "304"
    assert preview.source().isEmpty()
    await wait_for(lambda: preview.player.source().isEmpty(), timeout=5)  # the file is let go
    assert preview.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState

    # a missing file shows a message, not a black box
    missing = engine.queue.query.by_song("303")
    assert missing is not None and missing.video_path
    Path(missing.video_path).unlink()
    window.select_row(2)
    assert "missing" in preview.video_message.text()
    assert preview.stack.currentWidget() is preview.video_message


async def test_rejected_token_shows_the_banner_and_keeps_the_queue(make_engine: Any,
                                                                   open_window: Any):
    engine = make_engine()
    engine.settings.use_token("user:1-someRevokedToken")
    window = open_window(engine)
    engine.queue.add(["401", "402"])
    window.commands.start()
    await wait_for(lambda: window.banner.isVisible(), timeout=20)
    assert "rejected the token" in window.banner.message.text()
    assert window.banner.button.text() == "Open Settings"
    assert [i.state for i in engine.queue.query.all_items()] == [State.QUEUED, State.QUEUED]
    assert window.status_panel.next_call.text() == "Paused"
    window.banner.button.click()
    assert window.dialog is not None and window.dialog.isVisible()
    window.dialog.close()


async def test_pick_songs_from_the_account(make_engine: Any, open_window: Any):
    from mureka_desktop.ui.account_songs import COL_TITLE, COL_VIDEO, AccountSongsDialog

    engine = make_engine(library_size=25, v95_rate=0.3)
    window = open_window(engine)
    dialog = window.commands.add_from_account()
    assert isinstance(dialog, AccountSongsDialog)
    await wait_for(lambda: dialog.songs.topLevelItemCount() == 20, timeout=10)
    assert dialog.more_button.isEnabled() and "more to load" in dialog.status.text()
    dialog.more_button.click()
    await wait_for(lambda: dialog.songs.topLevelItemCount() == 25, timeout=10)
    assert not dialog.more_button.isEnabled()
    rows = dialog.rows()
    refused = [r for r in rows if r.text(COL_VIDEO) == "not possible"]
    assert refused and all(not (r.flags() & Qt.ItemFlag.ItemIsEnabled) for r in refused)
    dialog.all_button.click()
    offered = [r for r in rows if r not in refused]
    assert all(r.checkState(COL_TITLE) == Qt.CheckState.Checked for r in offered)
    assert all(r.checkState(COL_TITLE) != Qt.CheckState.Checked for r in refused)
    picked = dialog.checked_ids()
    assert len(picked) == 25 - len(refused)
    assert dialog.add_button.text() == f"Review {len(picked)}…"
    dialog.add_button.click()
    review = review_dialog(window)
    assert review.summary.text().startswith(f"{len(picked)} new")
    review.add_button.click()
    assert [i.song_id for i in engine.queue.query.all_items()] == picked


async def test_the_demo_badge_names_the_demo_data_folder(window: MainWindow):
    from PySide6.QtWidgets import QLabel

    badge = window.findChild(QLabel, "demoBadge")
    assert badge is not None
    demo_dir = window.engine.paths.data_dir
    assert demo_dir.name == "demo" and str(demo_dir) in badge.toolTip()
