"""The preview's time belongs to the song shown: a failed or not yet downloaded song shows no
time at all, never the last video's "0:00 / 0:04" (its player reports its stop and release
after the pane has moved on)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from songs import finish_songs, queue_songs, scheduler_change
from window_tools import shown, wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.simulator.media import cover_png


async def test_a_song_with_nothing_to_play_shows_no_stale_time(window: Any, tmp_path: Path):
    engine = window.engine
    await finish_songs(engine, tmp_path, ["700000001"], name="done", clip=True, cover=cover_png)
    [failed] = queue_songs(engine, ["700000002"])
    queue_songs(engine, ["700000003"])
    scheduler_change(engine, failed.id, state=State.FAILED, attempts=1, last_error="refused")
    await shown(window)
    preview = window.preview
    label = preview.time_label

    window.select_row(0)
    await wait_for(lambda: label.text().endswith(" / 0:04"), timeout=10)  # the clip's time
    preview.set_rate(4.0)
    preview.toggle_play()
    await wait_for(lambda: preview.player.position() > 500, timeout=10)

    for row in (1, 2):  # failed, then queued (not downloaded yet)
        window.select_row(row)
        await wait_for(lambda: preview.player.source().isEmpty(), timeout=5)
        await asyncio.sleep(0.3)  # the old media's last signals (stop, release) arrive
        assert label.text() == "", label.text()
        assert not preview.seek.isEnabled() and preview.seek.maximum() == 0

        window.select_row(0)  # back to a video: its own time again
        await wait_for(lambda: label.text().endswith(" / 0:04"), timeout=10)
