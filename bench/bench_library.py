"""The library's figures, offscreen, with a synthetic library of 10,000 videos (real small PNG
covers on disk; the mp4s are hard links to the demo clip):

* library shown: from building the window to the grid's first page with thumbnails made;
* triage: 1,000 decisions by key (P / X / 3 with auto-advance) pressed on the focused grid,
  the time each key takes on the UI thread (worst, p99; target worst < 50 ms);
* grid scroll: one page per frame with thumbnails cached (worst, p99; target < 16 ms);
* resident memory with the 10,000 videos loaded (target < 400 MB).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

import qasync  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mureka_desktop.app import build_engine  # noqa: E402
from mureka_desktop.core.paths import AppPaths, resources_dir  # noqa: E402
from mureka_desktop.core.secrets import TokenStore  # noqa: E402
from mureka_desktop.simulator.media import cover_png  # noqa: E402
from mureka_desktop.ui.main_window import MainWindow  # noqa: E402

VIDEOS = int(os.environ.get("BENCH_VIDEOS", "10000"))
DECISIONS = 1_000


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


async def fill(home: Path) -> AppPaths:
    """A data folder holding VIDEOS finished songs, each one video in the library."""
    paths = AppPaths.resolve(home)
    files = home / "videos"
    files.mkdir(parents=True)
    clip = resources_dir() / "demo-clip.mp4"
    covers = [cover_png(str(n)) for n in range(16)]
    engine = build_engine(paths, require_token=False, tokens=TokenStore(None))
    db = engine.store._db
    now = time.time()
    db.execute("BEGIN")
    for n in range(VIDEOS):
        number = str(700_000_000 + n)
        video, cover = files / f"song-{number}.mp4", files / f"song-{number}.png"
        os.link(clip, video)
        cover.write_bytes(covers[n % 16])
        db.execute("INSERT INTO items(song_id, song_number, position, state, title, video_id, "
                   "video_path, cover_path, added_at, updated_at, finished_at, checked) "
                   "VALUES(?,?,?,'done',?,?,?,?,?,?,?,1)",
                   (number, number, n + 1, f"Song {n}", f"v{n}", str(video), str(cover),
                    now, now, now - n))
        db.execute("INSERT INTO videos(song_number, song_id, video_id, title, video_path, "
                   "cover_path, size, created_at) VALUES(?,?,?,?,?,?,?,?)",
                   (number, number, f"v{n}", f"Song {n}", str(video), str(cover), 70_000,
                    now - n))
    db.execute("COMMIT")
    await engine.aclose()
    return paths


async def run(paths: AppPaths) -> None:
    start = time.perf_counter()
    engine = build_engine(paths, require_token=False, tokens=TokenStore(None))
    window = MainWindow(engine)
    window.resize(1280, 760)
    window.show()
    window.show_tab(1)
    library = window.library
    await asyncio.sleep(0.05)  # never processEvents() inside a coroutine: a nested loop
    while library.thumbnails.pending:
        await asyncio.sleep(0.005)
    await asyncio.sleep(0.05)  # never processEvents() inside a coroutine: a nested loop
    shown = time.perf_counter() - start
    print(f"library of {VIDEOS} shown with its first page of thumbnails: {shown:.2f} s "
          f"(first run of the cache)")
    print(f"resident memory with {VIDEOS} videos: {rss_mb():.0f} MB (target < 400)")

    grid = library.grid
    window.activateWindow()
    grid.setFocus()
    library.triage.select_row(0)
    keys = [Qt.Key.Key_P, Qt.Key.Key_X, Qt.Key.Key_3]
    costs: list[float] = []
    for n in range(DECISIONS):
        t0 = time.perf_counter()
        QTest.keyClick(grid, keys[n % 3])
        costs.append((time.perf_counter() - t0) * 1000)
        if n % 20 == 0:
            await asyncio.sleep(0)
    decided = sum(1 for v in engine.videos() if not v.review.unreviewed)
    print(f"triage: {DECISIONS} decisions by key, {decided} videos decided; per key worst "
          f"{max(costs):.1f} ms, p99 {pct(costs, 0.99):.1f} ms, median "
          f"{pct(costs, 0.5):.1f} ms (target worst < 50)")

    bar = grid.verticalScrollBar()
    bar.setValue(0)
    for _ in range(3):  # the pages scrolled over get their thumbnails (cached afterwards)
        for value in range(0, min(bar.maximum(), 40 * bar.pageStep()), bar.pageStep()):
            bar.setValue(value)
            grid.viewport().repaint()
            while library.thumbnails.pending:
                await asyncio.sleep(0.002)
    frames: list[float] = []
    for value in range(0, min(bar.maximum(), 40 * bar.pageStep()), bar.pageStep()):
        t0 = time.perf_counter()
        bar.setValue(value)
        grid.viewport().repaint()
        frames.append((time.perf_counter() - t0) * 1000)
    print(f"grid scroll, one page per frame, thumbnails cached: worst {max(frames):.1f} ms, "
          f"p99 {pct(frames, 0.99):.1f} ms over {len(frames)} pages (target < 16)")
    await window.shutdown()
    window.close()
    await engine.aclose()


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(tempfile.mkdtemp(prefix="mureka-bench-library-"))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def both() -> None:
        t0 = time.perf_counter()
        paths = await fill(home)
        print(f"synthetic library: {VIDEOS} videos on disk in {time.perf_counter() - t0:.1f} s")
        await run(paths)

    with loop:
        loop.run_until_complete(both())
    return 0


if __name__ == "__main__":
    sys.exit(main())
