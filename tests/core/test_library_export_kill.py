"""Export picks (the export job) into a folder with what earlier exports left there: exporting
again skips whole files and mends what a killed one cut off; the playlist is one entry per
video, each a relative path that resolves (issue 14, part 3). A kill in the middle of the job:
test_file_jobs_kill.py."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from library_disk import add_picks, export_picks

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.library.export import PLAYLIST
from mureka_desktop.core.model.videos import Relink, Video
from mureka_desktop.core.runtime.paths import resources_dir

CLIP = resources_dir() / "demo-clip.mp4"
TEMPLATE = "{title} - {song}"
BIG = 3 << 20  # bytes per video: a cut-off copy is the start of a larger file



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


async def test_a_title_starting_with_hash_is_an_entry_and_every_entry_resolves(
        tmp_path: Path, engine: Engine):
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
    add_picks(engine, videos)
    dest = tmp_path / "picks"
    _, report = await export_picks(engine, dest, TEMPLATE, hardlink=False)
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


async def test_a_cut_off_copy_left_under_its_name_is_made_whole_not_doubled(
        tmp_path: Path, engine: Engine):
    videos = add_picks(engine, library(tmp_path / "lib", 1))
    dest = tmp_path / "picks"
    dest.mkdir()
    src = Path(videos[0].video_path or "")
    cut = dest / "Take 0 - 700000000.mp4"
    cut.write_bytes(src.read_bytes()[: 3 << 20])  # what a killed copy used to leave
    (dest / ".mureka-export-0123456789ab.part").write_bytes(b"left by a killed export")
    job, report = await export_picks(engine, dest, TEMPLATE, hardlink=False)
    assert report.cleaned == 2 and job.failed == []
    assert sorted(p.name for p in dest.iterdir()) == [
        f"{PLAYLIST}.m3u", "Take 0 - 700000000.mp4", "Take 0 - 700000000.png"]
    assert sha(cut) == sha(src)


async def test_a_whole_file_is_recognised_by_size_and_the_hash_recorded_at_download(
        tmp_path: Path, engine: Engine):
    [video] = add_picks(engine, library(tmp_path / "lib", 1))
    dest = tmp_path / "picks"
    assert (await export_picks(engine, dest, TEMPLATE, hardlink=False))[1].copied == 2
    src = Path(video.video_path or "")
    engine.store.videos.set_files([Relink(video.id, sha256=sha(src))])
    _, again = await export_picks(engine, dest, TEMPLATE, hardlink=False)
    assert (again.already, again.copied) == (1, 0)
    # what is there does not have the content recorded: not this video, so a name of its own
    engine.store.videos.set_files([Relink(video.id, sha256="0" * 64)])
    _, other = await export_picks(engine, dest, TEMPLATE, hardlink=False)
    assert other.already == 0 and (dest / "Take 0 - 700000000 (2).mp4").exists()
