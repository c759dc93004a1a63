"""The core's file jobs in process (core/file_jobs): one at a time, the journal, import with
hashes in the row's own transaction, the trash and its way back, and the check."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

from library_disk import mp4_bytes, png_bytes
from songs import finish_songs

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.library.jobs import check_library, recover
from mureka_desktop.core.library.jobs.journal import Journal, Unit
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Relink, Video


async def done(engine: Engine, folder: Path, n: int) -> Video:
    [found] = await finish_songs(engine, folder, [str(700_000_000 + n)], title=f"Song {n}",
                                 body=lambda _: mp4_bytes(n), cover=lambda _: png_bytes(n),
                                 video_id=None)
    return found


async def test_a_second_job_waits_for_the_first_and_neither_is_cancelled(
        engine: Engine, tmp_path: Path):
    out = tmp_path / "out"
    videos = [await done(engine, out, n) for n in range(30)]
    for v in videos[::2]:
        engine.library.reject(v.id)
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    engine.library.jobs.trash = lambda path: os.rename(path, tmp_path / Path(path).name)
    renaming = asyncio.ensure_future(engine.library.jobs.rename("{title} - {song}"))
    trashing = asyncio.ensure_future(engine.library.jobs.trash_rejected())
    renamed, trashed = await asyncio.gather(renaming, trashing)
    assert renamed.done == 30 and not renamed.stopped
    assert trashed.done == 15 and not trashed.stopped
    assert any(isinstance(e, ev.FileJobProgress) and e.waiting == 1 for e in seen)
    for v in engine.library.videos.all():
        assert Path(v.video_path or "").name == f"{v.title} - {v.song_number}.mp4"
        assert (v.trashed_at is not None) == (v.review.flag == "rejected")
        assert os.path.exists(v.video_path or "") == (v.trashed_at is None)
    assert check_library(engine.library.videos.all(), out).problems == 0


async def test_an_import_records_each_video_with_its_hashes(engine: Engine, tmp_path: Path):
    folder = tmp_path / "from another computer"
    folder.mkdir()
    for n in range(3):
        (folder / f"Night {n} - {700_000_100 + n}.mp4").write_bytes(mp4_bytes(100 + n))
        (folder / f"Night {n} - {700_000_100 + n}.png").write_bytes(png_bytes(100 + n))
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    report = await engine.library.jobs.import_folder(folder, "{title} - {song}")
    assert report.done == 3 and report.restored == 3
    videos = engine.library.videos.all()
    assert len(videos) == 3 and all(v.sha256 and v.cover_sha256 for v in videos)
    assert all(engine.store.by_song(v.song_number).state == State.DONE  # type: ignore
               for v in videos)
    bulk = [e for e in seen if isinstance(e, ev.VideosChanged)]
    assert sum(e.added for e in bulk) == 3 and bulk[-1].message == "Imported 6 files."
    again = await engine.library.jobs.import_folder(folder, "{title} - {song}")
    assert again.total == 0 and len(engine.library.videos.all()) == 3


async def test_a_file_back_from_the_trash_is_no_longer_trashed(engine: Engine, tmp_path: Path):
    video = await done(engine, tmp_path / "out", 1)
    engine.library.reject(video.id)
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    engine.library.jobs.trash = lambda path: os.rename(path, bin_ / Path(path).name)
    await engine.library.jobs.trash_rejected()
    report = check_library(engine.library.videos.all(), tmp_path / "out")
    assert report.trashed == 1 and not report.missing and report.problems == 0
    for path in (video.video_path, video.cover_path):
        shutil.move(bin_ / Path(path or "").name, path or "")
    report = check_library(engine.library.videos.all(), tmp_path / "out")
    assert [v.id for v in report.restored] == [video.id]
    engine.library.files.untrash(report.restored)
    assert engine.store.videos.get(video.id).trashed_at is None  # type: ignore[union-attr]


async def test_a_system_without_trash_moves_nothing(engine: Engine, tmp_path: Path):
    videos = [await done(engine, tmp_path / "out", n) for n in range(3)]
    for v in videos:
        engine.library.reject(v.id)

    def refuse(path: str) -> None:
        raise OSError(95, "no trash here")

    engine.library.jobs.trash = refuse
    report = await engine.library.jobs.trash_rejected()
    assert report.no_trash and report.done == 0 and not report.stopped
    assert all(os.path.exists(v.video_path or "") for v in videos)
    assert all(v.trashed_at is None for v in engine.library.videos.all())


async def test_locate_refuses_a_file_another_video_owns(engine: Engine, tmp_path: Path):
    one, two = await done(engine, tmp_path / "out", 1), await done(engine, tmp_path / "out", 2)
    report = await engine.library.jobs.locate(Relink(one.id, video_path=two.video_path))
    assert report.failed and "already in the library" in report.failed[0][1]
    moved = tmp_path / "moved.mp4"
    shutil.move(one.video_path or "", moved)
    report = await engine.library.jobs.locate(Relink(one.id, video_path=str(moved)))
    assert report.done == 1
    assert engine.store.videos.get(one.id).video_path == str(moved)  # type: ignore


async def test_recovery_rolls_a_moved_video_forward_and_its_cover_follows(
        engine: Engine, tmp_path: Path):
    """As a kill leaves it: the intent written, the video moved, the cover not yet."""
    video = await done(engine, tmp_path / "out", 7)
    new_video = str(tmp_path / "out" / "Song 7 - 700000007.mp4")
    new_cover = str(tmp_path / "out" / "Song 7 - 700000007.png")
    untouched = await done(engine, tmp_path / "out", 8)
    journal = Journal(engine.store)
    journal.begin("rename", "{title} - {song}", [
        Unit(video.id, video.video_path, new_video, video.cover_path, new_cover),
        Unit(untouched.id, untouched.video_path, str(tmp_path / "out" / "x.mp4"),
             untouched.cover_path, str(tmp_path / "out" / "x.png"))])
    os.link(video.video_path or "", new_video)  # killed between the link and the unlink
    said = recover(engine.store)
    assert len(said) == 1 and "1 finished, 1 not started" in said[0]
    after = engine.store.videos.get(video.id)
    assert after is not None and (after.video_path, after.cover_path) == (new_video, new_cover)
    assert not os.path.exists(video.video_path or "") and os.path.isfile(new_cover)
    assert engine.store.videos.get(untouched.id) == untouched
    assert check_library(engine.library.videos.all(), tmp_path / "out").problems == 0
    assert journal.open_jobs() == [] and journal.stopped()[0][1] == 1
