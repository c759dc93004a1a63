"""The library's files on disk, with real files in tmp_path: hashes recorded at download,
missing files, renames to the template, Locate, Import folder, export of the picks (hard link
or copy, M3U) and the trash. The store is written through ``engine.library.files`` only."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
import time
from pathlib import Path

from songs import finish_songs

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.library import disk as lf
from mureka_desktop.core.library.importing import plan_import, song_in_name
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Video
from mureka_desktop.core.runtime.paths import resources_dir
from mureka_desktop.core.storage import store as store_mod
from mureka_desktop.core.storage.schema import MIGRATIONS
from mureka_desktop.core.storage.store import Store

CLIP = resources_dir() / "demo-clip.mp4"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def mp4(tag: str) -> bytes:
    """A small file that passes the MP4 check, different per tag."""
    return b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + tag.encode() * 50



async def finish(engine: Engine, folder: Path, number: str, title: str | None = None,
                 data: bytes | None = None, cover: bool = True, hashes: bool = True) -> Video:
    """A song done with its files in ``folder`` (named as a download would be), hashed as the
    engine does after a download (``hashes``: False, never hashed)."""
    [found] = await finish_songs(
        engine, folder, [number], title=title or "Song {n}",
        body=mp4 if data is None else (lambda _: data),
        cover=(lambda n: b"\x89PNG\r\n\x1a\n" + n.encode()) if cover else None,
        hashes=hashes)
    return found


# ---------------------------------------------------------------------- schema, download
def test_migration_from_v6_adds_hashes_and_trash_and_keeps_the_videos(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    db = sqlite3.connect(path)
    for script in store_mod._MIGRATIONS[:6]:
        db.executescript(script)
    db.execute("INSERT INTO items(song_id, song_number, position, state, title, video_path, "
               "added_at, updated_at, finished_at) VALUES ('42', '42', 1, 'done', 'Rain', "
               "'/v/a.mp4', 1, 5, 7)")
    db.execute("INSERT INTO videos(song_number, song_id, title, video_path, created_at, flag) "
               "VALUES ('42', '42', 'Rain', '/v/a.mp4', 7, 'picked')")
    db.execute("PRAGMA user_version=6")
    db.commit()
    db.close()
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)
    [video] = store.videos.all()
    assert (video.title, video.review.flag, video.sha256, video.trashed_at,
            video.duration_ms) == ("Rain", "picked", None, None, None)
    store.close()
    # an export reads a v6 database read-only without migrating it: the new columns are absent
    db = sqlite3.connect(tmp_path / "old.sqlite3")
    for script in store_mod._MIGRATIONS[:5]:
        db.executescript(script)
    db.execute("INSERT INTO videos(song_number, song_id, video_path, created_at) "
               "VALUES ('1', '1', '/v/x.mp4', 1)")
    db.execute("PRAGMA user_version=5")
    db.commit()
    db.close()
    old = Store(tmp_path / "old.sqlite3", readonly=True)
    assert [v.sha256 for v in old.videos.all()] == [None]
    old.close()


async def test_a_download_records_the_hashes_of_video_and_cover(engine: Engine):
    engine.queue.add(["11"])
    engine.queue.start()
    await engine.queue.wait_idle()
    await engine.library.files.settle()
    [video] = engine.library.videos.all()
    assert video.video_path and video.cover_path
    assert video.sha256 == sha(Path(video.video_path).read_bytes())
    assert video.cover_sha256 == sha(Path(video.cover_path).read_bytes())
    assert video.size == Path(video.video_path).stat().st_size > 0
    assert video.duration_ms == 4023  # the served clip's (its audio track), stored


async def test_an_imported_video_has_its_duration_stored(engine: Engine, tmp_path: Path):
    here = await finish(engine, tmp_path / "out", "700000003", "Still Here")
    lost = await finish(engine, tmp_path / "out", "700000004", "Lost", data=CLIP.read_bytes())
    Path(lost.video_path or "").unlink()
    other = tmp_path / "other"
    other.mkdir()
    # a new version (the clip with a box of its own at the end: other content)
    (other / "Still Here - 700000003 (2).mp4").write_bytes(
        CLIP.read_bytes() + b"\x00\x00\x00\x10free" + b"version2")
    shutil.copyfile(CLIP, other / "moved.mp4")  # the lost one, found by its content
    await engine.library.jobs.import_folder(other, "{title} - {song}")
    versions = engine.store.videos.of_song("700000003")
    assert [v.duration_ms for v in versions if v.id != here.id] == [4023]
    found = engine.store.videos.get(lost.id)
    assert found is not None and found.video_path == str(other / "moved.mp4")
    assert found.duration_ms == 4023


def test_missing_ids_stat_each_file(tmp_path: Path):
    (tmp_path / "a.mp4").write_bytes(b"x")
    (tmp_path / "dir.mp4").mkdir()
    assert lf.missing_ids([(1, str(tmp_path / "a.mp4")), (2, str(tmp_path / "gone.mp4")),
                           (3, None), (4, str(tmp_path / "dir.mp4"))]) == {2, 3, 4}


# ---------------------------------------------------------------------- rename
async def test_rename_to_the_template_moves_files_and_the_store_follows(engine: Engine,
                                                                        tmp_path: Path):
    out = tmp_path / "out"
    rain = await finish(engine, out, "700000004", "Summer Rain")
    await finish(engine, out, "700000005", "CON")  # a reserved name as a title
    gone = await finish(engine, out, "700000006", "Gone")
    Path(gone.video_path or "").unlink()
    (out / "Summer Rain - 700000004.mp4").write_bytes(b"someone else's file")
    plan = lf.plan_renames(engine.library.videos.all(), "{title} - {song}")
    assert [Path(r.video_path).name for r in plan.renames] == [
        "Summer Rain - 700000004 (2).mp4", "CON - 700000005.mp4"]
    assert [Path(r.cover_path or "").name for r in plan.renames] == [
        "Summer Rain - 700000004 (2).png", "CON - 700000005.png"]
    assert [v.id for v in plan.missing] == [gone.id] and plan.unchanged == 0
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    report = await engine.library.jobs.rename("{title} - {song}", plan)
    assert report.failed == [] and report.done == 2
    assert (out / "Summer Rain - 700000004.mp4").read_bytes() == b"someone else's file"
    assert not (out / "song-700000004.mp4").exists()
    moved = engine.store.videos.get(rain.id)
    assert moved is not None and moved.video_path == str(out / "Summer Rain - 700000004 (2).mp4")
    assert Path(moved.video_path).read_bytes() == mp4("700000004")
    assert moved.cover_path == str(out / "Summer Rain - 700000004 (2).png")
    # the queue's row names the new files too (Open video, Show in folder)
    item = engine.store.by_song("700000004")
    assert item is not None and item.video_path == moved.video_path
    assert item.cover_path == moved.cover_path
    changed = [e for e in seen if isinstance(e, ev.VideosChanged)]
    assert {e.action for e in changed} == {"renamed"}
    assert {v.id for e in changed for v in e.videos} == {rain.id, rain.id + 1}
    # planned again, nothing is left to do
    again = lf.plan_renames(engine.library.videos.all(), "{title} - {song}")
    assert again.renames == [] and again.unchanged == 2


def test_two_videos_of_one_song_get_distinct_names(tmp_path: Path):
    for name in ("a.mp4", "b.mp4"):
        (tmp_path / name).write_bytes(name.encode())
    videos = [Video(i, "7", "7", 0.0, title="Song", video_path=str(tmp_path / n))
              for i, n in ((1, "a.mp4"), (2, "b.mp4"))]
    plan = lf.plan_renames(videos, "{title} - {song}")
    assert [Path(r.video_path).name for r in plan.renames] == ["Song - 7.mp4",
                                                               "Song - 7 (2).mp4"]


def test_3000_videos_given_one_name_are_planned_at_once_each_unique(tmp_path: Path):
    videos = []
    for i in range(3000):
        path = tmp_path / f"v{i}.mp4"
        path.write_bytes(b"")
        (tmp_path / f"v{i}.png").write_bytes(b"")
        videos.append(Video(i + 1, "7", "7", 0.0, title="Same", video_path=str(path),
                            cover_path=str(tmp_path / f"v{i}.png")))
    (tmp_path / "Same (5).mp4").write_bytes(b"someone else's")
    started = time.perf_counter()
    plan = lf.plan_renames(videos, "{title}")
    took = time.perf_counter() - started
    names = [Path(r.video_path).name.casefold() for r in plan.renames]
    covers = [Path(r.cover_path or "").name.casefold() for r in plan.renames]
    assert len(names) == 3000 and len(set(names)) == 3000 and len(set(covers)) == 3000
    assert names[:5] == ["same.mp4", "same (2).mp4", "same (3).mp4", "same (4).mp4",
                         "same (6).mp4"]
    assert took < 3, f"{took:.2f} s to plan 3,000 renames to one name"
    for r in plan.renames:  # as the rename job moves them
        lf.move_no_clobber(r.video.video_path or "", r.video_path)
        lf.move_no_clobber(r.video.cover_path or "", r.cover_path or "")
    again = lf.plan_renames([dataclasses.replace(v, video_path=str(m.video_path),
                                                 cover_path=m.cover_path)
                             for v, m in zip(videos, plan.renames, strict=True)], "{title}")
    assert again.renames == [] and again.unchanged == 3000


# ---------------------------------------------------------------------- locate
async def test_locate_checks_the_hash_recorded_at_download(engine: Engine, tmp_path: Path):
    video = await finish(engine, tmp_path / "out", "11", data=mp4("eleven"))
    moved = tmp_path / "elsewhere" / "renamed by hand.mp4"
    moved.parent.mkdir()
    shutil.move(video.video_path or "", moved)
    Path(video.cover_path or "").unlink()
    (moved.parent / "renamed by hand.png").write_bytes(b"\x89PNG\r\n\x1a\ncover")
    check = lf.check_located(video, moved)
    assert check.same is True and check.relink.cover_path == str(moved.with_suffix(".png"))
    other = tmp_path / "other.mp4"
    other.write_bytes(mp4("another"))
    assert lf.check_located(video, other).same is False
    text = tmp_path / "notes.mp4"
    text.write_text("hello")
    assert "not an MP4" in lf.check_located(video, text).reason
    report = await engine.library.jobs.locate(check.relink)
    located = engine.store.videos.get(video.id)
    assert report.failed == [] and located is not None
    assert located.video_path == str(moved) and located.cover_path == check.relink.cover_path


def test_locate_without_a_hash_compares_sizes_and_asks(tmp_path: Path):
    picked = tmp_path / "x.mp4"
    picked.write_bytes(mp4("x"))
    size = picked.stat().st_size
    assert lf.check_located(Video(1, "1", "1", 0, size=size), picked).same is None
    assert lf.check_located(Video(1, "1", "1", 0, size=size + 1), picked).same is False
    assert lf.check_located(Video(1, "1", "1", 0), picked).same is None


# ---------------------------------------------------------------------- import
def test_song_numbers_are_read_from_names():
    songs = {"700000004": ("700000004", "Rain", "done")}
    assert song_in_name("Summer Rain - 700000004", "{title} - {song}", songs) == "700000004"
    assert song_in_name("song-42", "{title} - {song}", {}) == "42"
    # a short number is a song number only where the template puts one
    assert song_in_name("Rain - 42 (2)", "{title} - {song}", {}) == "42"
    assert song_in_name("Rain 42", "{title}", {}) is None
    # a name the default template made, before Settings changed the template
    assert song_in_name("Rain - 42", "{title}", {}) == "42"
    assert song_in_name("user_1-mureka_2-song_700000009", "{title}", {}) == "700000009"
    assert song_in_name("2024 best 700000004 take 123456789", "{title}", songs) == "700000004"
    assert song_in_name("123456789 and 987654321", "{title}", {}) is None
    assert song_in_name("holiday 2024", "{title} - {song}", {}) is None
    # a title's "song 0002" is not song 2, a template's video id is not a song number
    template = "{date} {title}: {model} [{video}]"
    assert song_in_name("2026-11-27 Demo song 0002_ V8 [112233445570]", template, {}) is None
    assert song_in_name("Demo song 0002", "{title}", {}) is None


async def test_import_folder_matches_by_hash_and_by_name_and_reports_the_rest(
        engine: Engine, tmp_path: Path):
    out = tmp_path / "out"
    lost = await finish(engine, out, "700000001", "Lost One")        # moved: found by hash
    by_name = await finish(engine, out, "700000002", "Named", hashes=False)  # found by its name
    here = await finish(engine, out, "700000003", "Still Here")      # in place: already
    for v in (lost, by_name):
        Path(v.video_path or "").unlink()
        Path(v.cover_path or "").unlink()
    other = tmp_path / "from another computer"
    other.mkdir()
    (other / "whatever.mp4").write_bytes(mp4("700000001"))  # same content as the lost one
    (other / "whatever.png").write_bytes(b"\x89PNG\r\n\x1a\nA")
    (other / "Named - 700000002.mp4").write_bytes(mp4("changed"))
    (other / "Night Drive - 700000009.mp4").write_bytes(mp4("new"))  # a song never seen
    (other / "Night Drive - 700000009.png").write_bytes(b"\x89PNG\r\n\x1a\nN")
    (other / "Still Here - 700000003 (2).mp4").write_bytes(mp4("v2"))  # another version
    (other / "holiday.mp4").write_bytes(mp4("holiday"))
    (other / "broken - 700000008.mp4").write_text("not a video")
    (other / "stray.png").write_bytes(b"\x89PNG\r\n\x1a\nS")
    (other / "notes.txt").write_text("ignored")
    shutil.copy(here.video_path or "", other / "copy of still here.mp4")
    songs = engine.store.videos.songs()
    plan = plan_import(other, engine.library.videos.all(), songs, "{title} - {song}")
    matched = dict(plan.matched)
    unmatched = dict(plan.unmatched)
    assert "same content as Lost One" in matched["whatever.mp4"]
    assert matched["whatever.png"] == "the cover of whatever.mp4"
    assert "song number in the name: Named" in matched["Named - 700000002.mp4"]
    assert "Night Drive" in matched["Night Drive - 700000009.mp4"]
    assert "new to this library" in matched["Night Drive - 700000009.mp4"]
    assert "a new version of Still Here" in matched["Still Here - 700000003 (2).mp4"]
    assert set(unmatched) == {"holiday.mp4", "broken - 700000008.mp4", "stray.png"}
    assert "not an MP4" in unmatched["broken - 700000008.mp4"]
    assert plan.already == ["copy of still here.mp4"]
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    await engine.library.jobs.import_folder(other, "{title} - {song}")
    videos = {v.id: v for v in engine.library.videos.all()}
    assert videos[lost.id].video_path == str(other / "whatever.mp4")
    assert videos[lost.id].cover_path == str(other / "whatever.png")
    assert videos[by_name.id].video_path == str(other / "Named - 700000002.mp4")
    assert videos[by_name.id].sha256 == sha(mp4("changed"))  # recorded from now on
    night = engine.store.videos.of_song("700000009")
    assert [(v.title, v.sha256) for v in night] == [("Night Drive", sha(mp4("new")))]
    song = engine.store.by_song("700000009")
    assert song is not None and song.state == State.DONE  # re-adding it pays nothing
    assert len(engine.store.videos.of_song("700000003")) == 2
    bulk = [e for e in seen if isinstance(e, ev.VideosChanged)]
    assert {e.action for e in bulk} == {"imported"}
    assert sum(len(e.videos) for e in bulk) == 4 and sum(e.added for e in bulk) == 2
    assert bulk[-1].message == "Imported 6 files."
    assert any(isinstance(e, ev.QueueChanged) and e.action == "import" for e in seen)
    # importing the same folder again changes nothing
    again = plan_import(other, engine.library.videos.all(), engine.store.videos.songs(),
                        "{title} - {song}")
    assert again.changes == 0 and len(again.already) == 7
