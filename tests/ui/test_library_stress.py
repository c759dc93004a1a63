"""The library's selection switched 500 times while its player loads and plays.

The detail pane plays through the app's PreviewPane (every player call that may wait is
queued to Qt's loop; see ui/preview.py): switching as fast as a user holding an arrow key, with
triage decisions in between, must neither hang nor crash, and the last video must still play.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from test_library_view import finish
from window_tools import activate, wait_for

SWITCHES = 500


async def test_switching_videos_during_playback_never_hangs(window: Any, tmp_path: Path):
    await finish(window.engine, tmp_path, [str(800 + n) for n in range(6)], clip=True)
    library = window.library
    await activate(window)
    window.show_tab(1)
    await wait_for(library.grid.hasFocus)
    preview = library.detail.preview
    library.grid.setViewMode(library.grid.ViewMode.ListMode)  # Up / Down walk the rows
    for n in range(SWITCHES):
        QTest.keyClick(library.grid, Qt.Key.Key_Down if (n // 6) % 2 == 0 else Qt.Key.Key_Up)
        if n % 3 == 0:
            preview.toggle_play()
        if n % 50 == 25:
            QTest.keyClick(library.grid, Qt.Key.Key_0)  # a decision: an event mid-playback
        if n % 10 == 0:
            await asyncio.sleep(0.01)
    last = library.triage.current()
    assert last is not None and library.detail.video is not None
    assert library.detail.video.id == last.id and last.video_path
    # the player loads the video once the selection rests (ui/library/detail.py)
    await wait_for(lambda: preview.source() == QUrl.fromLocalFile(last.video_path))
    await wait_for(lambda: preview.player.source() == preview.source(), timeout=10)
    await asyncio.sleep(0.2)  # let every queued play / pause land
    if preview.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
        preview.toggle_play()
    await wait_for(lambda: preview.player.position() > 200, timeout=20)
