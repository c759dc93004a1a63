"""The core's file jobs leave the interpreter's settings alone: the GIL's switch interval and
the cyclic collector's frozen objects are the window's policy (ui/heap.py, following the
job's start and end events), not the runner's. With no window (the CLI, a script), a job
runs under the interpreter's own settings, whether or not it tells each video."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from library_disk import mp4_bytes, png_bytes
from songs import finish_songs

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model import events as ev


@pytest.mark.parametrize("announce_videos", [True, False], ids=["views", "cli"])
async def test_a_job_without_a_window_leaves_switch_interval_and_gc_alone(
        engine: Engine, tmp_path: Path, announce_videos: bool):
    out = tmp_path / "out"
    await finish_songs(engine, out, [str(700_000_000 + n) for n in range(40)],
                       body=lambda s: mp4_bytes(int(s) % 1000),
                       cover=lambda s: png_bytes(int(s) % 1000), video_id=None)
    engine.library.jobs.announce_videos = announce_videos  # the CLI sets False
    switch, frozen = sys.getswitchinterval(), gc.get_freeze_count()
    during: list[tuple[float, int]] = []
    engine.subscribe(lambda e: during.append((sys.getswitchinterval(), gc.get_freeze_count()))
                     if isinstance(e, ev.FileJobProgress) and not e.finished else None)
    report = await engine.library.jobs.rename("{title} - {song}")
    assert report.done == 40
    assert len(during) >= 2  # the start, and the worker's progress while it runs
    assert set(during) == {(switch, frozen)}
    assert (sys.getswitchinterval(), gc.get_freeze_count()) == (switch, frozen)
