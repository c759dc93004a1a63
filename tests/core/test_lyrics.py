"""Lyrics: a song's free look-up gives them; they are kept (schema 6, one row per song, shared
by its versions), shown by the library and matched by its text search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mureka_desktop.core.api.client import _parse_song
from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.videos import LibraryFilter, matches
from mureka_desktop.core.storage import store as store_mod
from mureka_desktop.core.storage.store import SCHEMA_VERSION, Store
from mureka_desktop.simulator.state import demo_lyrics


def _v5_database(path: Path) -> None:
    db = sqlite3.connect(path)
    for script in store_mod._MIGRATIONS[:5]:
        db.executescript(script)
    db.execute("INSERT INTO videos(song_number, song_id, video_id, title, video_path, "
               "created_at, flag, rating, note) VALUES ('42', '42', 'v1', 'Summer Rain', "
               "'/v/42.mp4', 7, 'picked', 4, 'keep')")
    db.execute("PRAGMA user_version=5")
    db.commit()
    db.close()


def test_migration_from_v5_keeps_the_videos_and_adds_lyrics(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    _v5_database(path)
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION >= 6
    [video] = store.videos.all()
    assert (video.title, video.review.rating, video.review.note, video.lyrics) == (
        "Summer Rain", 4, "keep", "")
    assert store.videos.set_lyrics("42", "  [Verse]\nSummer rain  ")
    assert not store.videos.set_lyrics("42", "[Verse]\nSummer rain")  # unchanged
    assert store.videos.all()[0].lyrics == "[Verse]\nSummer rain"
    store.close()


def test_a_read_only_v5_store_reads_videos_without_lyrics(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    _v5_database(path)
    store = Store(path, readonly=True)
    assert [v.lyrics for v in store.videos.all()] == [""]
    assert not store.videos.set_lyrics("42", "la")
    store.close()


def test_the_look_up_answer_carries_the_lyrics():
    song = _parse_song({"song_id": "1", "title": "T", "lyrics": "[Verse]\nla"}, "1")
    assert song.lyrics == "[Verse]\nla"
    assert _parse_song({"song_id": "1", "lyrics": "  "}, "1").lyrics is None
    assert _parse_song({"song_id": "1", "lyrics": 5}, "1").lyrics is None



async def test_lyrics_from_the_look_up_reach_every_version_and_the_search(engine: Engine):
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    engine.queue.add(["700000011"])
    engine.queue.start()
    await engine.queue.wait_idle()
    [video] = engine.library.videos.all()
    assert video.lyrics == demo_lyrics("700000011") and video.lyrics.startswith("[Verse]")
    line = video.lyrics.splitlines()[1]
    assert matches(video, LibraryFilter(text=line.upper()))
    assert not matches(video, LibraryFilter(text="no such line anywhere"))
    added = [e for e in seen if isinstance(e, ev.VideoChanged) and e.action == "added"]
    assert added[0].video.lyrics == video.lyrics
