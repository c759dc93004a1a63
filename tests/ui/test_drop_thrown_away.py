"""The window's review of a dropped export lists the songs whose every video the user threw
away as "rejected earlier: not made again" and queues nothing for them (issue 14, part 5)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from window_tools import wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Flag
from mureka_desktop.core.queue import export
from mureka_desktop.core.storage.store import Store
from mureka_desktop.ui.intake import ReviewDialog
from mureka_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent.parent / "core"))
from test_reimport_thrown_away import TRASHED_AT, thrown_away_library  # noqa: E402


async def test_a_dropped_export_lists_thrown_away_songs_and_queues_none(window: MainWindow,
                                                                        tmp_path: Path):
    source = tmp_path / "source"
    thrown_away_library(source)
    store = Store(source / "queue.sqlite3")  # another library's data, read to export it
    items, reviews = export.rows(store.history(), store.videos.all())
    store.close()
    exported = tmp_path / "export.csv"
    exported.write_text(export.to_csv(items, reviews=reviews), "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(exported))])
    buttons = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction,
                                                   mime, *buttons))
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, *buttons)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog), timeout=10)
    dialog = window.intake.dialog
    assert isinstance(dialog, ReviewDialog)
    summary = dialog.summary.text()
    assert "2 rejected earlier: not made again" in summary
    assert "1 restored from an export" in summary and "0 new" in summary
    listed = dialog.findChild(QPlainTextEdit, "rejectedEarlier")
    assert listed is not None
    assert listed.toPlainText().split("\n") == ["700000001", "700000002"]
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    engine = window.engine
    await wait_for(lambda: len(engine.library.videos.all()) == 4)
    assert not engine.queue.query.items_in(State.QUEUED, State.CHECKING, State.GENERATING)
    thrown = {v.video_id: (v.review.flag, v.trashed_at) for v in engine.library.videos.all()}
    assert thrown["vone"] == (Flag.REJECTED, TRASHED_AT)
