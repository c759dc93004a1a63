"""A missing-file scan that comes due when no event loop is left (a window a test or a quit
left behind, its periodic look still ticking) does nothing: no error in Qt's loop and no
coroutine left unawaited (each fails a later, unrelated test; CI saw four fail that way)."""

from __future__ import annotations

import asyncio

from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from mureka_desktop.core.model.videos import Video
from mureka_desktop.ui.library.file_state import FileStates


class _Videos(QStandardItemModel):
    def videos(self) -> list[Video]:
        return []


def test_a_scan_due_with_no_event_loop_does_nothing(qtbot: QtBot) -> None:
    asyncio.set_event_loop(None)  # as after the app's loop closed
    model = _Videos()
    states = FileStates(model, delay_ms=1)  # type: ignore[arg-type]
    states.schedule()
    qtbot.wait(60)  # the timer fires: a Python error in its slot would fail this test
    assert states.scans == 0
