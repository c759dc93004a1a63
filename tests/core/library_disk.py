"""A library on disk for the file jobs' tests: a data folder with N finished songs, each one
video (a small MP4 with its own content) and its cover, and the checks of the library against
the disk that every kill test ends with."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from helpers import FakeKeyring

from mureka_desktop.app import build_engine
from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.library.export import ExportReport
from mureka_desktop.core.library.jobs.runner import JobReport
from mureka_desktop.core.model.items import Record
from mureka_desktop.core.model.videos import Flag, Review, Video
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore
from mureka_desktop.core.storage.store import Store


def mp4_bytes(n: int) -> bytes:
    """An ISO media file (``ftyp`` first) whose content is its own."""
    return b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + f"video {n}".encode() * 200


def png_bytes(n: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + f"cover {n}".encode() * 20


def make_library(home: Path, count: int, *, flag: str = "", title: str = "Song {n}"
                 ) -> AppPaths:
    """``count`` videos in ``home/videos`` named ``song-<number>.mp4`` with covers."""
    paths = AppPaths.resolve(home)
    files = home / "videos"
    files.mkdir(parents=True, exist_ok=True)
    store = Store(paths.database)
    db = store.connection
    now = time.time()
    db.execute("BEGIN")
    for n in range(count):
        number = str(700_000_000 + n)
        video, cover = files / f"song-{number}.mp4", files / f"song-{number}.png"
        video.write_bytes(mp4_bytes(n))
        cover.write_bytes(png_bytes(n))
        name = title.format(n=n)
        db.execute("INSERT INTO items(song_id, song_number, position, state, title, video_id, "
                   "video_path, cover_path, added_at, updated_at, finished_at, checked) "
                   "VALUES(?,?,?,'done',?,?,?,?,?,?,?,1)",
                   (number, number, n + 1, name, f"v{n}", str(video), str(cover), now, now,
                    now - n))
        db.execute("INSERT INTO videos(song_number, song_id, video_id, title, video_path, "
                   "cover_path, size, created_at, flag, sha256, cover_sha256) "
                   "VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                   (number, number, f"v{n}", name, str(video), str(cover),
                    video.stat().st_size, now - n, flag,
                    hashlib.sha256(mp4_bytes(n)).hexdigest(),
                    hashlib.sha256(png_bytes(n)).hexdigest()))
    db.execute("COMMIT")
    store.close()
    (home / "config").mkdir(exist_ok=True)
    return paths


def rows(paths: AppPaths) -> list[sqlite3.Row]:
    db = sqlite3.connect(paths.database)
    db.row_factory = sqlite3.Row
    try:
        return db.execute("SELECT * FROM videos ORDER BY id").fetchall()
    finally:
        db.close()


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file()
                  and p.suffix.lower() in (".mp4", ".png"))


def assert_library_matches_disk(paths: AppPaths, folder: Path, made: int) -> None:
    """Every row names an existing file (a trashed row: its file and cover are gone, to the
    trash); every file the library made (``made`` videos and as many covers) is named by
    exactly one row; a video's cover has the video's name."""
    found = rows(paths)
    named: Counter[str] = Counter()
    for row in found:
        video, cover = row["video_path"], row["cover_path"]
        if row["trashed_at"] is not None:
            assert not os.path.exists(video), f"trashed but still there: {video}"
            assert not cover or not os.path.exists(cover), f"cover left behind: {cover}"
            continue
        assert video and os.path.isfile(video), f"row {row['id']} names nothing: {video}"
        assert cover and os.path.isfile(cover), f"row {row['id']}'s cover is gone: {cover}"
        assert Path(video).stem == Path(cover).stem, (video, cover)
        named.update([video, cover])
    on_disk = [str(p) for p in files_in(folder)]
    assert sorted(named) == sorted(on_disk), (
        f"files no row names: {sorted(set(on_disk) - set(named))[:5]}; "
        f"names with no file: {sorted(set(named) - set(on_disk))[:5]}")
    assert all(n == 1 for n in named.values()), [p for p, n in named.items() if n > 1]
    trashed = sum(r["trashed_at"] is not None for r in found)
    assert len(on_disk) == 2 * (made - trashed)


def cli(home: Path, *args: str, env: dict[str, str] | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mureka_desktop", "--data-dir", str(home),
                           "library", *args], capture_output=True, text=True,
                          timeout=timeout, env=env or cli_env(home), stdin=subprocess.DEVNULL)


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUREKA_")}
    env.update(XDG_DATA_HOME=str(home / "xdg"), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def demo_engine(home: Path, **sim: Any) -> Engine:
    """An engine in ``home`` on the demo simulator (no token, a keyring in memory); ``sim``:
    the simulator's settings that differ from the demo's."""
    return build_engine(AppPaths.resolve(home), demo=True, require_token=False,
                        tokens=TokenStore(FakeKeyring()), sim_overrides=sim or None)


def add_picks(engine: Engine, videos: Sequence[Video]) -> list[Video]:
    """``videos`` (made in a test, their files on disk) in ``engine``'s library, picked (as an
    export of ours restores them: done, with their titles, models and video ids)."""
    engine.store.restore([Record(
        v.song_id, title=v.title, model=v.model, video_id=v.video_id,
        video_path=v.video_path, cover_path=v.cover_path, review=Review(flag=Flag.PICKED),
        sha256=v.sha256, cover_sha256=v.cover_sha256, created_at=v.created_at)
        for v in videos])
    by_path = {v.video_path: v for v in engine.store.videos.all()}
    return [by_path[v.video_path] for v in videos]


async def export_picks(engine: Engine, dest: Path, template: str, *, hardlink: bool = True
                       ) -> tuple[JobReport, ExportReport]:
    """The export job on ``engine``'s picks: its report, and what the export did."""
    report = await engine.library.jobs.export_picks(dest, template, hardlink=hardlink)
    assert report.export is not None
    return report, report.export


def signal_at_hold(args: list[str], env: dict[str, str], sig: int,
                   timeout: float) -> tuple[int, str, str]:
    """``python -m mureka_desktop args`` started, held by its HOLD hook (it writes a line
    "HOLD ..." on stderr and waits), then sent ``sig`` there (a kill from outside at that
    point); its exit code, stdout and stderr. Fails when it never reaches the hold."""
    proc = subprocess.Popen([sys.executable, "-m", "mureka_desktop", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, env=env)
    seen: list[str] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            seen.append(line)
            if line.startswith("HOLD "):
                break
        else:
            raise AssertionError(f"never reached the hold: {''.join(seen)}")
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=timeout)
        return proc.returncode, out, "".join(seen) + err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
