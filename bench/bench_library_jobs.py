"""The library's file jobs from the command line, at scale: ``mureka-desktop library rename``
of 10,000 videos (20,000 files: hard links to the demo clip, real PNG covers), timed from the
process's start to its exit (target < 5 s), three runs, each on a fresh data folder.

    .venv/bin/python bench/bench_library_jobs.py [--runs 3] [--videos 10000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mureka_desktop.core.runtime.paths import AppPaths, resources_dir
from mureka_desktop.core.storage.store import Store
from mureka_desktop.simulator.media import cover_png


def fill(home: Path, count: int) -> Path:
    """``count`` finished songs, one video each, named as old downloads were (song-<n>)."""
    paths = AppPaths.resolve(home)
    files = home / "videos"
    files.mkdir(parents=True)
    clip = resources_dir() / "demo-clip.mp4"
    covers = [cover_png(str(n)) for n in range(16)]
    store = Store(paths.database)
    db = store.connection
    now = time.time()
    db.execute("BEGIN")
    for n in range(count):
        number = str(700_000_000 + n)
        video, cover = files / f"song-{number}.mp4", files / f"song-{number}.png"
        try:
            os.link(clip, video)
        except OSError:
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
    db.execute("COMMIT")
    store.close()
    return files


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--videos", type=int, default=10_000)
    args = parser.parse_args()
    took: list[float] = []
    for run in range(args.runs):
        home = Path(tempfile.mkdtemp(prefix="mureka-bench-jobs-"))
        try:
            files = fill(home, args.videos)
            env = {k: v for k, v in os.environ.items() if not k.startswith("MUREKA_")}
            t0 = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "mureka_desktop", "--data-dir", str(home), "library",
                 "rename", "--template", "{title} - {song}"],
                capture_output=True, text=True, env=env, check=False)
            took.append(time.perf_counter() - t0)
            renamed = sum(1 for p in files.iterdir() if p.name.startswith("Song "))
            print(f"run {run + 1}: {renamed} files renamed in {took[-1]:.2f} s "
                  f"(exit {done.returncode}: {done.stdout.strip().splitlines()[-1]})",
                  flush=True)
            if done.returncode != 0 or renamed != 2 * args.videos:
                print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
                return 1
        finally:
            shutil.rmtree(home, ignore_errors=True)
    print(f"library rename of {args.videos} videos ({2 * args.videos} files) from the CLI: "
          f"{min(took):.2f}-{max(took):.2f} s over {len(took)} runs (target < 5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
