"""The library in the store and the engine: one row per video, review state on the video,
every decision one engine call and one event, undoable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from songs import finish_songs

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Flag, LibraryFilter, counts, matches
from mureka_desktop.core.storage import store as store_mod
from mureka_desktop.core.storage.store import SCHEMA_VERSION, Store


def _v4_database(path: Path) -> None:
    db = sqlite3.connect(path)
    for script in store_mod._MIGRATIONS[:4]:
        db.executescript(script)
    db.execute("INSERT INTO items(song_id, song_number, position, state, title, video_id, "
               "video_path, cover_path, added_at, updated_at, finished_at) VALUES "
               "('user:1-mureka:2-song:42', '42', 1, 'done', 'Summer Rain', 'v1', "
               "'/v/song-42.mp4', '/v/song-42.png', 1, 5, 7)")
    db.execute("INSERT INTO items(song_id, song_number, position, state, added_at, "
               "updated_at) VALUES ('43', '43', 2, 'queued', 1, 1)")
    db.execute("INSERT INTO items(song_id, song_number, position, state, added_at, "
               "updated_at, cleared_at) VALUES ('44', '44', 3, 'failed', 1, 1, 9)")
    db.execute("PRAGMA user_version=4")
    db.commit()
    db.close()


def test_migration_from_v4_makes_each_done_song_its_first_video(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    _v4_database(path)
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION >= 5
    [video] = store.videos.all()
    assert (video.song_number, video.song_id, video.video_id, video.title, video.video_path,
            video.cover_path, video.created_at) == (
        "42", "user:1-mureka:2-song:42", "v1", "Summer Rain", "/v/song-42.mp4",
        "/v/song-42.png", 7)
    assert video.review.unreviewed and video.review.flag == Flag.NONE
    assert len(store.history()) == 3  # the queue is untouched
    store.close()


def test_a_regenerated_song_keeps_its_old_video_and_gains_a_new_one(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    store.add(["7"])
    [item] = store.all_items()
    old = tmp_path / "song-7.mp4"
    old.write_bytes(b"x" * 10)
    store.update(item.id, state=State.DONE, video_id="a", video_path=str(old),
                 cover_path=str(tmp_path / "song-7.png"))
    store.update(item.id, state=State.DONE)  # the same video again: still one
    assert [v.size for v in store.videos.all()] == [10]
    store.add(["7"], regenerate=True)
    assert store.path_taken(old)  # a new download must not overwrite the old version
    store.update(item.id, state=State.DONE, video_id="b",
                 video_path=str(tmp_path / "song-7 (2).mp4"))
    first, second = store.videos.of_song("7")
    assert (first.video_id, second.video_id) == ("a", "b")
    assert first.video_path == str(old)
    store.close()



async def _done(engine: Engine, folder: Path, *numbers: str) -> list[int]:
    videos = await finish_songs(engine, folder, numbers, title="Song title {n}")
    return [v.id for v in videos]


async def test_each_review_decision_is_one_event_and_undoes(engine: Engine, tmp_path: Path):
    one, two = await _done(engine, tmp_path, "1", "2")
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    engine.library.pick(one)
    engine.library.rate(one, 4)
    engine.library.reject(two)
    engine.library.set_note(two, "  too dark ")
    engine.library.mark_seen(two)
    engine.library.unflag(two)
    changes = [e for e in seen if isinstance(e, ev.VideoChanged)]
    assert [e.action for e in changes] == ["pick", "rate", "reject", "note", "seen", "unflag"]
    assert all(e.undoable for e in changes) and changes[1].message == \
        "Rated Song title 1 4 stars."
    a, b = engine.library.videos.all()
    assert (a.review.flag, a.review.rating, a.review.reviewed_at is not None) == (
        Flag.PICKED, 4, True)
    assert (b.review.flag, b.review.note, b.review.seen) == (Flag.NONE, "too dark", True)
    # undo walks back one decision at a time, each an event
    assert engine.library.undo_review() is not None
    assert engine.library.videos.all()[1].review.flag == Flag.REJECTED
    for _ in range(5):
        engine.library.undo_review()
    assert all(v.review.unreviewed and not v.review.note and not v.review.seen
               for v in engine.library.videos.all())
    assert not engine.library.can_undo_review and engine.library.undo_review() is None
    assert [e.action for e in seen if isinstance(e, ev.VideoChanged)][-6:] == ["undo"] * 6
    with pytest.raises(ValueError):
        engine.library.rate(one, 6)


async def test_a_song_finished_by_a_run_announces_its_video(engine: Engine):
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    engine.queue.add(["11"])
    engine.queue.start()
    await engine.queue.wait_idle()
    added = [e for e in seen if isinstance(e, ev.VideoChanged) and e.action == "added"]
    assert len(added) == 1 and added[0].video.song_number == "11"
    assert [v.song_number for v in engine.library.videos.all()] == ["11"]


async def test_filters_and_counts(engine: Engine, tmp_path: Path):
    one, two, three = await _done(engine, tmp_path, "1", "2", "3")
    engine.library.pick(one)
    engine.library.rate(one, 5)
    engine.library.reject(two)
    engine.library.set_note(three, "Chorus is great")
    engine.library.mark_seen(three)
    videos = engine.library.videos.all()

    def shown(**kw: object) -> list[str]:
        flt = LibraryFilter(**kw)  # type: ignore[arg-type]
        return [v.song_number for v in videos if matches(v, flt)]

    assert shown() == ["1", "2", "3"]
    assert shown(flag="unreviewed") == ["3"]
    assert shown(flag="picked") == ["1"] and shown(flag="rejected") == ["2"]
    assert shown(min_rating=4) == ["1"]
    assert shown(seen=True) == ["3"] and shown(seen=False) == ["1", "2"]
    assert shown(text="chorus") == ["3"] and shown(text="TITLE 2") == ["2"]
    assert counts(videos) == {"all": 3, "unreviewed": 1, "picked": 1, "rejected": 1,
                              "seen": 1, "unseen": 2, "rated": 1, "stars1": 1, "stars2": 1,
                              "stars3": 1, "stars4": 1, "stars5": 1}
