"""The preview switched between rows hundreds of times while media loads and plays.

A hang seen in this suite was a GIL / Qt-mutex deadlock between the GUI thread stopping the
player and an FFmpeg thread calling into Python. The preview owns the only QMediaPlayer, keeps
it on the GUI thread, and no Python code runs on a media thread: switching as fast as a user
holding the arrow key must neither hang nor crash, and the last row must still play.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTest import QTest
from songs import finish_songs, scheduler_change
from window_tools import shown, wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.simulator.media import cover_png

SWITCHES = 400


async def test_switching_rows_during_playback_never_hangs(window: Any, tmp_path: Path):
    engine = window.engine
    songs = [str(900 + n) for n in range(6)]
    engine.queue.add(songs)
    failed = engine.queue.query.by_song(songs[4])  # one row with nothing to play among the others
    assert failed is not None
    scheduler_change(engine, failed.id, state=State.FAILED, last_error="refused")
    await finish_songs(engine, tmp_path, songs[:4] + songs[5:], name="{n}", clip=True,
                       cover=cover_png)
    await shown(window)
    preview = window.preview
    window.table.setFocus()
    window.select_row(0)
    for n in range(SWITCHES):
        QTest.keyClick(window.table, Qt.Key.Key_Down if (n // 6) % 2 == 0 else Qt.Key.Key_Up)
        if n % 3 == 0:
            preview.toggle_play()
        if n % 10 == 0:  # let media load and frames flow now and then
            await asyncio.sleep(0.01)
    last = window.current_item()
    assert last is not None and preview.item is not None and preview.item.id == last.id
    if last.state != State.DONE:
        QTest.keyClick(window.table, Qt.Key.Key_Up)
        last = window.current_item()
    assert last is not None and last.video_path
    assert preview.source() == QUrl.fromLocalFile(last.video_path)
    await wait_for(lambda: preview.player.source() == preview.source(), timeout=10)
    await asyncio.sleep(0.2)  # let every queued play / pause land
    if preview.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
        preview.toggle_play()
    await wait_for(lambda: preview.player.position() > 200, timeout=20)
