"""The preview's time belongs to the song shown: a failed or not yet downloaded song shows no
time at all, never the last video's "0:00 / 0:04" (its player reports its stop and release
after the pane has moved on)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

from window_tools import wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.core.runtime.paths import resources_dir
from mureka_desktop.simulator.media import cover_png


async def test_a_song_with_nothing_to_play_shows_no_stale_time(window: Any, tmp_path: Path):
    store = window.engine.store
    store.add(["700000001", "700000002", "700000003"])
    done, failed, queued = store.all_items()
    video, cover = tmp_path / "done.mp4", tmp_path / "done.png"
    shutil.copyfile(resources_dir() / "demo-clip.mp4", video)
    cover.write_bytes(cover_png(done.song_id))
    store.update(done.id, state=State.DONE, video_path=str(video), cover_path=str(cover))
    store.update(failed.id, state=State.FAILED, attempts=1, last_error="refused")
    window.model.reload()
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
