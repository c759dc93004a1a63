"""File names keep the song number whatever the title, and Import folder reads back every name
the app's templates make: the song, the title and the day, one video per content (issue 14,
part 4)."""

from __future__ import annotations

import hashlib
import os
import struct
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from library_disk import add_picks, demo_engine, export_picks

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.library import naming
from mureka_desktop.core.library.files import add_new
from mureka_desktop.core.library.importing import plan_import, song_in_name
from mureka_desktop.core.model.videos import Video
from mureka_desktop.simulator import SimConfig
from mureka_desktop.simulator.state import Simulator

# the titles the issue found pushing the song number out of the name
LONG_TITLES = ["Ä" * 70 + " und noch mehr Text", "x" * 200, "é" * 250, "😀" * 125]
TEMPLATES = ["{title} - {song}", "{song} - {title}", "{date} {title}: {model} [{video}] {song}",
             "-{title}-{song}-", "{title}.{song}", "{video}_{song}", "{model} {title} {song}",
             "[{song}] {title} ({date})", "{title}  -  {model}  -  {song}"]
TITLES = [*LONG_TITLES, "Summer Rain", "CON", "", "   ", "#1 Hit", "-rf", "a/b:c", "Top 100",
          "e\u0301" * 200, "dots...", " (2)"]


def mp4(tag: str, created: int = 0) -> bytes:
    """A small MP4: ``ftyp`` then a ``moov`` whose movie header holds a creation time (MP4
    epoch, 1904) and a 4 s duration."""
    mvhd = struct.pack(">B3xIIII", 0, created, created, 1000, 4000) + b"\x00" * 80
    moov = struct.pack(">I4s", 8 + 8 + len(mvhd), b"moov") + \
        struct.pack(">I4s", 8 + len(mvhd), b"mvhd") + mvhd
    return b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + moov + tag.encode() * 50


@pytest.fixture
async def fresh(tmp_path: Path) -> AsyncIterator[Engine]:
    """An engine on a data folder that has never seen these songs."""
    built = demo_engine(tmp_path / "fresh")
    yield built
    await built.aclose()


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_song_number_survives_any_title_within_the_byte_limit(template: str):
    for title in TITLES:
        fields = naming.NameFields(song="700000004", title=title, video="1796123456789",
                                   model="V8" * 80, created_at=1_795_799_664.0)
        stem = naming.render(template, fields)
        for n in (1, 2, 999, 99_999):
            name = naming.numbered(stem, n) + ".mp4.part"
            assert len(name.encode("utf-8")) <= naming.MAX_NAME_BYTES, (template, title)
            assert "700000004" in name, (template, title, name)
            # a fresh library knows no song: the name alone tells
            assert song_in_name(naming.numbered(stem, n), template, {}) == "700000004", \
                (template, title, name)


def test_fields_are_cut_on_a_character_boundary_and_the_song_stays_whole():
    stem = naming.render("{title} - {song}", naming.NameFields("700000004", "Ä" * 70 + " x"))
    assert stem.endswith(" - 700000004") and stem.startswith("Ä" * 40)
    stem = naming.render("{title} - {song}", naming.NameFields("700000004", "e\u0301" * 300))
    assert stem.endswith("é - 700000004")  # a letter keeps its accent or loses it with it
    # the template's own text is cut last, and only when the fields are gone
    stem = naming.render("{song} " + "note " * 40, naming.NameFields("700000004", "T"))
    assert stem.startswith("700000004 note note")


def test_a_template_without_the_song_is_allowed_with_a_note():
    assert naming.check_template("{title}") is None
    note = naming.template_note("{title} [{video}]")
    assert note is not None and "content only" in note
    assert naming.template_note("{title} - {song}") is None
    assert naming.template_note("{nope}") is None  # refused, not noted
    assert naming.render("{title}", naming.NameFields("700000004", "Rain")) == "Rain"


def long_title_videos(folder: Path) -> list[Video]:
    folder.mkdir(parents=True)
    out = []
    for i, title in enumerate([*LONG_TITLES[:2], "ü" * 250 + "b" * 250, "Short"]):
        path = folder / f"v{i}.mp4"
        path.write_bytes(mp4(str(i)))
        out.append(Video(i + 1, f"70000000{i}", f"70000000{i}", 1_795_799_664.0 + i,
                         title=title, video_id=f"17961234567{i}", model="V8",
                         video_path=str(path)))
    return out


@pytest.mark.parametrize("template", ["{title} - {song}", "{song} {title}",
                                      "{date} {title}: {model} [{video}] {song}"])
async def test_long_titles_then_import_into_a_fresh_data_folder_matches_4_of_4(
        tmp_path: Path, fresh: Engine, template: str):
    dest = tmp_path / "named"
    maker = demo_engine(tmp_path / "maker")
    try:
        add_picks(maker, long_title_videos(tmp_path / "lib"))
        job, report = await export_picks(maker, dest, template, hardlink=False)
    finally:
        await maker.aclose()
    assert report.copied == 4 and not job.failed
    plan = plan_import(dest, fresh.library.videos.all(), fresh.store.videos.songs(), template)
    assert plan.unmatched == [] and len(plan.new) == 4, plan.unmatched
    assert sorted(n.song_number for n in plan.new) == [f"70000000{i}" for i in range(4)]
    await fresh.library.jobs.import_folder(dest, template)
    videos = fresh.library.videos.all()
    assert len(videos) == 4 and all(v.sha256 for v in videos)


async def test_title_and_date_come_from_the_name_and_the_file(tmp_path: Path, fresh: Engine):
    folder = tmp_path / "from another computer"
    folder.mkdir()
    made = time.mktime((2026, 3, 14, 9, 30, 0, 0, 0, -1))
    # named by the default template while Settings now holds another one
    rain = folder / "Summer Rain - 700000006.mp4"
    rain.write_bytes(mp4("rain", created=int(made) + 2_082_844_800))
    # no creation time in the file: its modification time tells
    night = folder / "Night Drive 700000007.mp4"
    night.write_bytes(mp4("night"))
    os.utime(night, (made + 3600, made + 3600))
    # the day in the name wins over a file time that is not on it
    dated = folder / "2026-02-01 Dawn_ V8 [555] 700000008.mp4"
    dated.write_bytes(mp4("dawn"))
    plan = plan_import(folder, fresh.library.videos.all(), fresh.store.videos.songs(),
                       "{date} {title}: {model} [{video}] {song}")
    assert plan.unmatched == []
    await fresh.library.jobs.import_folder(folder, "{date} {title}: {model} [{video}] {song}")
    videos = {v.song_number: v for v in fresh.library.videos.all()}
    assert {n: v.title for n, v in videos.items()} == {
        "700000006": "Summer Rain", "700000007": "Night Drive", "700000008": "Dawn"}
    assert videos["700000006"].created_at == pytest.approx(made)
    assert videos["700000007"].created_at == pytest.approx(made + 3600)
    assert time.strftime("%Y-%m-%d", time.localtime(videos["700000008"].created_at)) == \
        "2026-02-01"
    song = fresh.store.by_song("700000006")
    assert song is not None and song.title == "Summer Rain"
    assert song.finished_at == pytest.approx(made)


async def test_byte_identical_files_in_one_folder_are_one_video(tmp_path: Path,
                                                               fresh: Engine):
    folder = tmp_path / "copies"
    folder.mkdir()
    body = mp4("same")
    for stem in ("Rain - 700000004", "Rain - 700000004 (2)", "Copy of Rain 700000004"):
        (folder / f"{stem}.mp4").write_bytes(body)
        (folder / f"{stem}.png").write_bytes(b"\x89PNG\r\n\x1a\nsame")
    # the same bytes named for another song: that song's, as its name says
    (folder / "Snow - 700000005.mp4").write_bytes(body)
    plan = plan_import(folder, fresh.library.videos.all(), fresh.store.videos.songs())
    assert [Path(n.video_path).name for n in plan.new] == ["Copy of Rain 700000004.mp4",
                                                           "Snow - 700000005.mp4"]
    assert plan.new[0].cover_path == str(folder / "Copy of Rain 700000004.png")
    assert plan.unmatched == [] and len(plan.already) == 4
    await fresh.library.jobs.import_folder(folder, "{title} - {song}")
    assert len(fresh.store.videos.of_song("700000004")) == 1
    assert len(fresh.store.videos.of_song("700000005")) == 1


async def test_a_row_restored_by_import_has_its_content_hash_in_the_same_write(
        tmp_path: Path, fresh: Engine):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "Rain - 700000004.mp4").write_bytes(mp4("rain"))
    (folder / "Rain - 700000004.png").write_bytes(b"\x89PNG\r\n\x1a\nrain")
    plan = plan_import(folder, fresh.library.videos.all(), fresh.store.videos.songs())
    written: list[str] = []
    # every statement the import runs: the row must never be written without its hash
    fresh.store._db.set_trace_callback(written.append)  # noqa: SLF001
    [new] = plan.new
    add_new(fresh.store, new, fresh.store.videos.songs())  # what the import job runs for it
    fresh.store._db.set_trace_callback(None)  # noqa: SLF001
    inserts = [s for s in written if s.startswith("INSERT INTO videos")]
    assert len(inserts) == 1
    digest = hashlib.sha256(mp4("rain")).hexdigest()
    assert digest in inserts[0]
    [video] = fresh.library.videos.all()
    assert video.sha256 == digest and video.cover_sha256


def test_the_demo_simulator_never_gives_two_songs_or_two_runs_one_video_id():
    seen: dict[str, str] = {}
    for run in range(2):  # the second run a minute after the first
        sim = Simulator(SimConfig(existing_video_songs=[str(n) for n in range(1, 6)]),
                        clock=lambda run=run: 1_796_000_000.0 + 60 * run)
        for n in range(1, 6):
            video = sim.song(str(n))["video"]["video_id"]
            assert str(video) not in seen, (run, n, seen.get(str(video)))
            seen[str(video)] = f"run {run} song {n}"
    assert len(seen) == 10

