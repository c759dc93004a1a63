"""Export picks (the core's file job): hard links, a copy when asked, when links are refused
or across disks, never an overwrite; the playlist; picks whose file is gone are skipped."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from library_disk import add_picks, export_picks
from test_library_files import mp4

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.library.export import PLAYLIST, ExportReport, m3u, place
from mureka_desktop.core.model.videos import Video
from mureka_desktop.core.runtime.paths import resources_dir

CLIP = resources_dir() / "demo-clip.mp4"


# ---------------------------------------------------------------------- export
def picked(folder: Path, n: int, clip: bool = False) -> list[Video]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        video, cover = folder / f"v{i}.mp4", folder / f"v{i}.png"
        if clip:
            shutil.copyfile(CLIP, video)
        else:
            video.write_bytes(mp4(str(i)))
        cover.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes([i]))
        out.append(Video(i + 1, f"70000000{i}", f"70000000{i}", 0.0,
                         title="Summer Rain" if i < 2 else None,
                         video_path=str(video), cover_path=str(cover)))
    return out


async def test_export_hard_links_writes_the_playlist_and_never_overwrites(
        engine: Engine, tmp_path: Path):
    videos = add_picks(engine, picked(tmp_path / "lib", 3, clip=True))
    dest = tmp_path / "picks"
    dest.mkdir()
    (dest / "Summer Rain - 700000000.mp4").write_bytes(b"a different file already there")
    job, report = await export_picks(engine, dest, "{title} - {song}", hardlink=True)
    assert (report.linked, report.copied, job.failed) == (6, 0, [])
    names = sorted(p.name for p in dest.iterdir())
    assert names == ["700000002.mp4", "700000002.png", f"{PLAYLIST}.m3u",
                     "Summer Rain - 700000000 (2).mp4", "Summer Rain - 700000000 (2).png",
                     "Summer Rain - 700000000.mp4", "Summer Rain - 700000001.mp4",
                     "Summer Rain - 700000001.png"]
    assert (dest / "Summer Rain - 700000000.mp4").read_bytes() == \
        b"a different file already there"
    linked = dest / "Summer Rain - 700000000 (2).mp4"
    assert os.path.samefile(linked, videos[0].video_path or "")
    assert os.stat(linked).st_nlink == 2
    assert (dest / f"{PLAYLIST}.m3u").read_text("utf-8") == (
        "#EXTM3U\n"
        "#EXTINF:4,Summer Rain\nSummer Rain - 700000000 (2).mp4\n"
        "#EXTINF:4,Summer Rain\nSummer Rain - 700000001.mp4\n"
        "#EXTINF:4,Song 700000002\n700000002.mp4\n")
    # exporting again into the same folder adds nothing
    _, again = await export_picks(engine, dest, "{title} - {song}", hardlink=True)
    assert (again.linked, again.copied, again.already) == (0, 0, 3)
    assert sorted(p.name for p in dest.iterdir()) == names
    assert again.playlist == dest / f"{PLAYLIST}.m3u"


async def test_export_copies_when_asked(engine: Engine, tmp_path: Path):
    add_picks(engine, picked(tmp_path / "lib", 2))
    _, copied = await export_picks(engine, tmp_path / "copies", "{song}", hardlink=False)
    assert (copied.linked, copied.copied) == (0, 4)
    target = tmp_path / "copies" / "700000000.mp4"
    assert target.read_bytes() == mp4("0") and os.stat(target).st_nlink == 1


def test_a_file_is_copied_when_links_are_refused_and_never_on_another_error(tmp_path: Path):
    [video] = picked(tmp_path / "lib", 1)
    src = video.video_path or ""
    report = ExportReport(tmp_path)

    def refuse(src: str, dst: str) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")  # FAT, SMB

    place(src, tmp_path / "fat.mp4", True, refuse, report)
    assert (report.linked, report.copied) == (0, 1)
    assert (tmp_path / "fat.mp4").read_bytes() == mp4("0")

    def broken(src: str, dst: str) -> None:
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(OSError, match="Input/output error"):
        place(src, tmp_path / "io.mp4", True, broken, report)
    assert not (tmp_path / "io.mp4").exists() and report.copied == 1
    with pytest.raises(FileExistsError):  # never over a file
        place(src, tmp_path / "fat.mp4", True, os.link, report)


@pytest.mark.skipif(not os.path.isdir("/dev/shm") or
                    os.stat("/dev/shm").st_dev == os.stat("/tmp").st_dev,
                    reason="needs a second file system")
async def test_export_to_another_disk_copies_instead_of_linking(engine: Engine,
                                                               tmp_path: Path):
    add_picks(engine, picked(tmp_path / "lib", 1))
    dest = Path("/dev/shm") / f"mureka-export-test-{os.getpid()}"
    try:
        _, report = await export_picks(engine, dest, "{song}")  # EXDEV, for real
        assert (report.linked, report.copied) == (0, 2)
        assert (dest / "700000000.mp4").read_bytes() == mp4("0")
    finally:
        shutil.rmtree(dest, ignore_errors=True)


async def test_export_skips_picks_whose_file_is_gone(engine: Engine, tmp_path: Path):
    videos = add_picks(engine, picked(tmp_path / "lib", 2))
    Path(videos[1].video_path or "").unlink()
    _, report = await export_picks(engine, tmp_path / "out", "{song}")
    assert report.missing == ["Summer Rain"] and report.videos == 1


def test_m3u_lines():
    from mureka_desktop.core.library.export import PlaylistEntry

    text = m3u([PlaylistEntry("a b.mp4", "Title, with comma\nand a line", 3.6),
                PlaylistEntry("c.mp4", "Unknown length", None)])
    assert text == "#EXTM3U\n#EXTINF:4,Title, with comma and a line\na b.mp4\n" \
        "#EXTINF:-1,Unknown length\nc.mp4\n"
