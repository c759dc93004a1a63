"""Export picks never leaves a partial file under a final name, even killed with SIGKILL at
any point; exporting again skips whole files and cleans what the killed one left; the playlist
is one entry per video, each a relative path that resolves (issue 14, part 3)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from mureka_desktop.core.library.export import PLAYLIST, export_picks, is_temporary
from mureka_desktop.core.model.videos import Video
from mureka_desktop.core.runtime.paths import resources_dir

CLIP = resources_dir() / "demo-clip.mp4"
TEMPLATE = "{title} - {song}"
BIG = 12 << 20  # bytes per video: a copy takes long enough to be killed in the middle

CHILD = """
import json, sys
from dataclasses import replace
from pathlib import Path
from mureka_desktop.core.model.videos import Video
from mureka_desktop.core.library.export import export_picks
videos = [Video(**v) for v in json.loads(sys.argv[1])]
export_picks(videos, Path(sys.argv[2]), sys.argv[3], hardlink=False)
print("done", flush=True)
"""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def library(folder: Path, n: int = 4) -> list[Video]:
    folder.mkdir(parents=True, exist_ok=True)
    head = CLIP.read_bytes()
    out = []
    for i in range(n):
        video, cover = folder / f"v{i}.mp4", folder / f"v{i}.png"
        video.write_bytes(head + os.urandom(BIG))
        cover.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4096))
        out.append(Video(i + 1, f"70000000{i}", f"70000000{i}", 0.0, title=f"Take {i}",
                         video_path=str(video), cover_path=str(cover)))
    return out


def playlist_entries(playlist: Path) -> list[tuple[str, str]]:
    """(#EXTINF line, entry) pairs as a player reads them: a line starting with # is a
    comment or a directive, any other line an entry."""
    lines = playlist.read_text("utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    out: list[tuple[str, str]] = []
    info = ""
    for line in lines[1:]:
        if line.startswith("#"):
            info = line
        else:
            out.append((info, line))
    return out


def test_a_title_starting_with_hash_is_an_entry_and_every_entry_resolves(tmp_path: Path):
    lib = tmp_path / "lib"
    lib.mkdir()
    titles = ["#1 Hit", "Line one\nLine two\r\u2028three", " #spaced", "Plain"]
    videos = []
    for i, title in enumerate(titles):
        path = lib / f"v{i}.mp4"
        shutil.copyfile(CLIP, path)
        path.write_bytes(path.read_bytes() + bytes([i]))  # four different files
        videos.append(Video(i + 1, f"70000000{i}", f"70000000{i}", 0.0, title=title,
                            video_path=str(path)))
    dest = tmp_path / "picks"
    report = export_picks(videos, dest, TEMPLATE, hardlink=False)
    assert report.copied == 4 and report.playlist == dest / f"{PLAYLIST}.m3u"
    entries = playlist_entries(report.playlist)
    assert len(entries) == 4  # "#1 Hit - 700000000.mp4" is not taken for a comment
    assert entries[0][1] == "./#1 Hit - 700000000.mp4"
    for (info, entry), video in zip(entries, videos, strict=True):
        assert not Path(entry).is_absolute()
        assert sha(dest / entry) == sha(Path(video.video_path or ""))  # resolves, to it
        seconds, _, title = info.removeprefix("#EXTINF:").partition(",")
        assert int(seconds) == 4
        assert title == " ".join((video.title or "").split())
    assert entries[1][0] == "#EXTINF:4,Line one Line two three"


def test_a_cut_off_copy_left_under_its_name_is_made_whole_not_doubled(tmp_path: Path):
    videos = library(tmp_path / "lib", 1)
    dest = tmp_path / "picks"
    dest.mkdir()
    src = Path(videos[0].video_path or "")
    cut = dest / "Take 0 - 700000000.mp4"
    cut.write_bytes(src.read_bytes()[: 3 << 20])  # what a killed copy used to leave
    (dest / ".mureka-export-0123456789ab.part").write_bytes(b"left by a killed export")
    report = export_picks(videos, dest, TEMPLATE, hardlink=False)
    assert report.cleaned == 2 and report.failed == []
    assert sorted(p.name for p in dest.iterdir()) == [
        f"{PLAYLIST}.m3u", "Take 0 - 700000000.mp4", "Take 0 - 700000000.png"]
    assert sha(cut) == sha(src)


# SIGKILL points: when the target folder first holds anything, then after so many bytes
KILL_AT = [0, 1 << 20, 8 << 20, 14 << 20, 20 << 20, 27 << 20, 35 << 20, 44 << 20]


def folder_bytes(dest: Path) -> int | None:
    try:
        entries = list(os.scandir(dest))
    except FileNotFoundError:
        return None
    total = 0
    for entry in entries:
        with contextlib.suppress(FileNotFoundError):  # renamed or removed meanwhile
            total += entry.stat().st_size
    return total if entries else None


def export_killed(videos: list[Video], dest: Path, at: int) -> bool:
    """Run an export in a child process and SIGKILL it once ``dest`` holds ``at`` bytes;
    False when it finished first."""
    payload = json.dumps([{"id": v.id, "song_number": v.song_number, "song_id": v.song_id,
                           "created_at": v.created_at, "title": v.title,
                           "video_path": v.video_path, "cover_path": v.cover_path}
                          for v in videos])
    child = subprocess.Popen([sys.executable, "-c", CHILD, payload, str(dest), TEMPLATE],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    try:
        while child.poll() is None and time.monotonic() < deadline:
            size = folder_bytes(dest)
            if size is not None and size >= at:
                child.send_signal(signal.SIGKILL)
                break
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return child.returncode == -signal.SIGKILL


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_an_export_killed_at_any_point_leaves_no_partial_file_and_a_new_export_mends_it(
        tmp_path: Path):
    videos = library(tmp_path / "lib")
    sources = {sha(Path(p)) for v in videos for p in (v.video_path or "", v.cover_path or "")}
    killed = 0
    for at in KILL_AT:
        dest = tmp_path / f"picks-{at}"
        killed += export_killed(videos, dest, at)
        if not dest.exists():
            continue
        left = [p for p in dest.iterdir() if is_temporary(p.name)]
        for path in dest.iterdir():
            if is_temporary(path.name) or path.suffix == ".m3u":
                continue
            assert sha(path) in sources, f"killed at {at} bytes: {path.name} is partial"
        whole = [p for p in dest.iterdir() if p.suffix in (".mp4", ".png")
                 and not is_temporary(p.name)]
        report = export_picks(videos, dest, TEMPLATE, hardlink=False)
        assert report.failed == [] and report.cleaned == len(left), at
        # whole files are recognised, not copied again
        assert report.already == sum(p.suffix == ".mp4" for p in whole), at
        assert report.copied == 2 * len(videos) - len(whole), at
        names = sorted(p.name for p in dest.iterdir())
        assert names == sorted([f"{PLAYLIST}.m3u"] + [
            f"{v.title} - {v.song_number}{ext}" for v in videos for ext in (".mp4", ".png")]), at
        assert report.playlist is not None
        for _, entry in playlist_entries(report.playlist):
            assert sha(dest / entry) in sources
    assert killed >= len(KILL_AT) // 2, f"only {killed} exports were caught running"


def test_a_whole_file_is_recognised_by_size_and_the_hash_recorded_at_download(tmp_path: Path):
    [video] = library(tmp_path / "lib", 1)
    dest = tmp_path / "picks"
    assert export_picks([video], dest, TEMPLATE, hardlink=False).copied == 2
    src = Path(video.video_path or "")
    recorded = replace(video, sha256=sha(src))
    again = export_picks([recorded], dest, TEMPLATE, hardlink=False)
    assert (again.already, again.copied) == (1, 0)
    # what is there does not have the content recorded: not this video, so a name of its own
    other = export_picks([replace(video, sha256="0" * 64)], dest, TEMPLATE, hardlink=False)
    assert other.already == 0 and (dest / "Take 0 - 700000000 (2).mp4").exists()
