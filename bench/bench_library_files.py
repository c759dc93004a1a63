"""The library's file commands at scale, offscreen, on the synthetic library of
bench_library.py (10,000 videos: hard links to the demo clip, real PNG covers):

* missing-file scan: the UI thread's share (worst event-loop stall while it runs; target
  < 50 ms) and the worker's time, with 500 files gone;
* Rename files to the template (the core's journaled job, as the window runs it): the event
  loop's worst stall while 20,000 files are renamed and recorded;
* Import folder of the 19,500 files that moved (the core's job: hashing, matching and
  recording in a worker; the event loop turns it into events for the grid): worst stall;
* Export picks: 1,000 picked videos hard-linked, with covers and the playlist (worker).

``--busy``: with another CPU-bound process running all along (``while True: pass``), as on
a desktop where something else works: the stalls' target is the same.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

import qasync  # noqa: E402
from bench_library import VIDEOS, fill  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mureka_desktop.app import build_engine  # noqa: E402
from mureka_desktop.core.runtime.paths import AppPaths  # noqa: E402
from mureka_desktop.core.settings.secrets import TokenStore  # noqa: E402
from mureka_desktop.ui import heap  # noqa: E402
from mureka_desktop.ui.main_window import MainWindow  # noqa: E402


async def stalls(work: Callable[[], Awaitable[Any]]) -> tuple[Any, float, float]:
    """Run ``work`` while a 5 ms ticker measures the event loop: (result, seconds taken,
    worst stall in ms)."""
    loop = asyncio.get_running_loop()
    worst = 0.0

    async def tick() -> None:
        nonlocal worst
        last = loop.time()
        while True:
            await asyncio.sleep(0.005)
            now = loop.time()
            worst = max(worst, (now - last - 0.005) * 1000)
            last = now

    ticker = asyncio.ensure_future(tick())
    t0 = time.perf_counter()
    result = await work()
    took = time.perf_counter() - t0
    ticker.cancel()
    return result, took, worst


async def run(paths: AppPaths) -> None:
    engine = build_engine(paths, require_token=False, tokens=TokenStore(None))
    window = MainWindow(engine)
    window.show()
    window.show_tab(1)
    library = window.library
    states = library.file_states
    await asyncio.sleep(0.5)
    heap.settle()  # as the window does after a bulk load
    videos = engine.library.videos.all()
    for v in videos[::20]:
        os.unlink(v.video_path or "")

    async def scan() -> None:
        before = states.scans
        states.schedule()
        while states.scans == before:
            await asyncio.sleep(0.001)

    _, took, worst = await stalls(scan)
    print(f"missing-file scan of {VIDEOS} videos ({library.model.marks.missing_count()} missing): "
          f"{took * 1000:.0f} ms in all (150 ms of it the coalescing delay), worst event-loop "
          f"stall {worst:.1f} ms (target < 50)")

    template = "{title} - {song}"
    done, took, worst = await stalls(lambda: engine.library.jobs.rename(template))
    print(f"rename to the template (the window's job: planned, {done.done * 2} files renamed "
          f"and recorded unit by unit through the journal, events, grid): {took:.2f} s with "
          f"the event loop's worst stall {worst:.1f} ms (target < 50)")

    moved = paths.data_dir / "moved"
    moved.mkdir()
    for v in engine.library.videos.all():
        for p in (v.video_path, v.cover_path):
            if p and os.path.exists(p):
                shutil.move(p, moved / Path(p).name)
    await scan()
    report, took, worst = await stalls(lambda: engine.library.jobs.import_folder(moved, template))
    matched = len(report.import_plan.matched) if report.import_plan else 0
    print(f"import folder of {len(list(moved.iterdir()))} files (the window's job): "
          f"{matched} matched (read, hashed, recorded unit by unit) in "
          f"{took:.2f} s with the event loop's worst stall {worst:.1f} ms (target < 50)")

    picks = engine.library.videos.all()[:1000]
    for video in picks:  # what the user picked (not timed)
        engine.library.pick(video.id)
    t0 = time.perf_counter()
    job = await engine.library.jobs.export_picks(paths.data_dir / "picks", template, True,
                                                  [v.id for v in picks])
    report = job.export
    assert report is not None, job.failed
    print(f"export picks: {report.videos} videos, {report.linked} files hard-linked, "
          f"{report.copied} copied, playlist written, in {time.perf_counter() - t0:.2f} s "
          f"(the core's job, journaled)")
    await window.shutdown()
    window.close()
    await engine.aclose()


def main() -> int:
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"]) \
        if "--busy" in sys.argv[1:] else None
    app = QApplication(sys.argv[:1])
    collector = heap.GuiThreadCollector(app)  # as the app runs it (ui/launch.py)
    home = Path(tempfile.mkdtemp(prefix="mureka-bench-files-"))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def both() -> None:
        paths = await fill(home)
        await run(paths)

    try:
        with loop:
            loop.run_until_complete(both())
    finally:  # 10,000 hard links to the demo clip: never left behind (ext4 allows 65,000)
        shutil.rmtree(home, ignore_errors=True)
        collector.stop()
        if busy is not None:
            busy.kill()
            busy.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
