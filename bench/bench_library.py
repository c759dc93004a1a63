"""The library's figures with a synthetic library of 10,000 videos (real small PNG covers on
disk; the mp4s are hard links to the demo clip). Run it under Xvfb to have the window really
shown: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python
bench/bench_library.py``; with no display it runs offscreen.

* start-up: a subprocess launching the app on that data folder (offline: no token, nothing
  asked of the network) with the Library tab remembered, from process start to the first
  frame of the shown window; one launch warms the caches, three are measured (target < 1.5 s);
* first-time thumbnails: the UI thread's worst stall (a 5 ms timer's longest gap) from the
  first frame on, while the grid's first pages get their thumbnails made (target < 50 ms);
* triage: 1,000 decisions by key (P / X / 3, auto-advance on) pressed on the focused grid, one
  per turn of the event loop; the UI thread's worst stall (target < 50 ms) and the time per key;
* grid scroll: one page per frame with thumbnails cached (target < 16 ms);
* resident memory with the 10,000 videos loaded and the keys pressed (target < 400 MB).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
os.environ.pop("USEAPI_TOKEN", None)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import qasync  # noqa: E402
from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mureka_desktop.app import build_engine  # noqa: E402
from mureka_desktop.core.runtime.paths import AppPaths, resources_dir  # noqa: E402
from mureka_desktop.core.settings.secrets import TokenStore  # noqa: E402
from mureka_desktop.simulator.media import cover_png  # noqa: E402
from mureka_desktop.ui import heap  # noqa: E402
from mureka_desktop.ui.main_window import MainWindow  # noqa: E402

VIDEOS = int(os.environ.get("BENCH_VIDEOS", "10000"))
DECISIONS = 1_000
LAUNCHES = 3


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


class StallMeter:
    """The UI thread's longest gap between ticks of a 5 ms timer (what a user feels)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self._last) * 1000 - 5)
        self._last = now

    def start(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst


async def fill(home: Path) -> AppPaths:
    """A data folder holding VIDEOS finished songs, each one video in the library, opening
    on the Library tab."""
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
        try:
            os.link(clip, video)
        except OSError:  # another file system, or the clip's link count at its limit
            shutil.copyfile(clip, video)
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
        db.execute("INSERT INTO song_lyrics(song_number, lyrics, updated_at) VALUES(?,?,?)",
                   (number, f"[Verse]\nLine {n} of a song\nSummer rain on the window pane\n"
                    "[Chorus]\nEvery road leads back to you", now))
    db.execute("COMMIT")
    await engine.aclose()
    state = QSettings(str(paths.ui_state_file), QSettings.Format.IniFormat)
    state.setValue("tab", "library")
    state.sync()
    return paths


def launch(home: Path) -> float:
    """Process start to the first frame of the window, the library showing."""
    env = {**os.environ, "QT_LOGGING_RULES": "qt.multimedia.*=false"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mureka_desktop", "--data-dir", str(home),
                             "--exit-after-show"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("window shown"):
            elapsed = time.perf_counter() - start
            if line.strip() != "window shown":
                raise RuntimeError(f"the window showed {line.strip()!r}")
            break
    else:
        raise RuntimeError("the window never showed")
    proc.wait(60)
    return elapsed


async def run(paths: AppPaths) -> None:
    meter = StallMeter()
    start = time.perf_counter()
    engine = build_engine(paths, require_token=False, tokens=TokenStore(None))
    window = MainWindow(engine)
    window.resize(1280, 760)
    library = window.library
    assert library.isVisibleTo(window)  # the Library tab is remembered
    window.show()
    handle = window.windowHandle()
    while handle is not None and not handle.isExposed():  # mapped (X11 does it later)
        await asyncio.sleep(0.005)
    window.repaint()  # the first frame, as the app's start-up paints it
    await asyncio.sleep(0.1)  # the expose's own paint, then the measuring starts
    collector = heap.GuiThreadCollector(window)  # the app's garbage collection (ui/launch.py)
    heap.settle()
    meter.start()
    grid = library.grid
    bar = grid.verticalScrollBar()
    await asyncio.sleep(0.05)  # never processEvents() inside a coroutine: a nested loop
    while library.thumbnails.pending:
        await asyncio.sleep(0.005)
    shown = time.perf_counter() - start
    pages = 0
    for value in range(0, min(bar.maximum(), 10 * bar.pageStep()), bar.pageStep()):
        bar.setValue(value)  # the next pages' thumbnails, made for the first time
        pages += 1
        await asyncio.sleep(0.02)
        while library.thumbnails.pending:
            await asyncio.sleep(0.005)
    stall = meter.stop()
    print(f"library of {VIDEOS} shown in-process with its first page of thumbnails: "
          f"{shown:.2f} s; first-time thumbnails of {pages} pages: UI thread's worst stall "
          f"{stall:.1f} ms (target < 50)")

    window.activateWindow()
    bar.setValue(0)
    grid.setFocus()
    library.triage.select_row(0)
    await asyncio.sleep(0.2)
    keys = [Qt.Key.Key_P, Qt.Key.Key_X, Qt.Key.Key_3]
    costs: list[float] = []
    meter.start()
    for n in range(DECISIONS):
        focused = QApplication.focusWidget() or grid
        t0 = time.perf_counter()
        QTest.keyClick(focused, keys[n % 3])
        costs.append((time.perf_counter() - t0) * 1000)
        await asyncio.sleep(0)  # one key per turn of the loop, as a typist's keys come
    stall = meter.stop()
    decided = sum(1 for v in engine.library.videos.all() if not v.review.unreviewed)
    print(f"triage: {DECISIONS} decisions by key with auto-advance, {decided} videos decided; "
          f"UI thread's worst stall {stall:.1f} ms (target < 50); per key worst "
          f"{max(costs):.1f} ms, p99 {pct(costs, 0.99):.1f} ms, median {pct(costs, 0.5):.1f} ms")
    print(f"resident memory with {VIDEOS} videos: {rss_mb():.0f} MB (target < 400)")

    bar.setValue(0)
    for _ in range(2):  # the pages scrolled over get their thumbnails (cached afterwards)
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
    collector.stop()
    await window.shutdown()
    window.close()
    await engine.aclose()


def main() -> int:
    app = QApplication(sys.argv[:1])
    home = Path(tempfile.mkdtemp(prefix="mureka-bench-library-"))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def all_of_it() -> None:
        t0 = time.perf_counter()
        paths = await fill(home)
        print(f"synthetic library: {VIDEOS} videos on disk in {time.perf_counter() - t0:.1f} s "
              f"(platform {app.platformName()})")
        launch(home)  # warms the OS caches and the thumbnail cache's folder
        times = [launch(home) for _ in range(LAUNCHES)]
        print(f"start-up, library of {VIDEOS} visible: process start to first frame "
              f"{min(times):.2f}-{max(times):.2f} s over {LAUNCHES} warm launches, offline "
              f"(target < 1.5)")
        for thumb in paths.thumbnail_dir.glob("*"):  # the in-process run makes them anew
            thumb.unlink()
        await run(paths)

    try:
        with loop:
            loop.run_until_complete(all_of_it())
    finally:
        shutil.rmtree(home, ignore_errors=True)  # 10,000 links to the demo clip go with it
    return 0


if __name__ == "__main__":
    sys.exit(main())
