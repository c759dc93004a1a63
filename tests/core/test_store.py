import sqlite3
from pathlib import Path

import pytest

from mureka_desktop.core.model.items import State
from mureka_desktop.core.storage import store as store_mod
from mureka_desktop.core.storage.store import SCHEMA_VERSION, Store


def test_migrates_a_version_1_database_without_losing_items(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(store_mod._MIGRATIONS[0])
    db.execute("INSERT INTO items(song_id, position, state, video_url, added_at, updated_at) "
               "VALUES('42', 1, 'downloading', 'https://cdn/x.mp4', 1, 1)")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION
    [item] = store.all_items()
    assert (item.song_id, item.state, item.video_url, item.checked) == (
        "42", State.DOWNLOADING, "https://cdn/x.mp4", False)
    store.close()


def test_refuses_a_newer_schema(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer Mureka Desktop"):
        Store(path)


def test_add_reports_queued_done_and_requeues_failed(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    first = store.add(["1", "2", "3"])
    assert first.added == ["1", "2", "3"]
    one, two, three = store.all_items()
    store.update(one.id, state=State.DONE, video_id="9", video_path="/v/1.mp4")
    store.update(two.id, state=State.FAILED, last_error="x", attempts=5)
    again = store.add(["1", "2", "3", "4"])
    assert again.already_done == ["1"] and again.requeued == ["2"]
    assert again.already_queued == ["3"] and again.added == ["4"]
    requeued = store.by_song("2")
    assert requeued and requeued.state == State.QUEUED and requeued.attempts == 0
    assert requeued.position > three.position  # goes to the end of the queue
    regen = store.add(["1"], regenerate=True)
    assert regen.requeued == ["1"]
    item = store.by_song("1")
    assert item and item.regenerate and item.prev_video_id == "9" and item.video_path is None
    assert store.classify(["1", "4", "77"]) == {"1": State.QUEUED, "4": State.QUEUED}
    store.close()


def test_every_change_is_committed_at_once(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    store = Store(path)
    store.add(["5"])
    item = store.all_items()[0]
    store.update(item.id, state=State.GENERATING, generation_started_at=123.0)
    store.set_meta("last_call_at", "123.0")
    # A second connection (as a restarted process would open) sees it without any close().
    other = sqlite3.connect(path)
    assert other.execute("SELECT state, generation_started_at FROM items").fetchone() == (
        "generating", 123.0)
    assert other.execute("SELECT value FROM meta").fetchone() == ("123.0",)
    other.close()
    store.close()


def test_remove_and_clear_finished_keep_running_items(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    store.add(["1", "2", "3"])
    a, b, c = store.all_items()
    store.update(a.id, state=State.GENERATING)
    store.update(b.id, state=State.DONE)
    assert store.remove([a.id, c.id]) == 1
    assert store.clear_finished() == [b.id]
    assert [i.song_id for i in store.all_items()] == ["1"]
    assert [i.song_id for i in store.history()] == ["1", "2"]  # done songs never leave
    store.close()


def test_items_after_and_present(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    store.add(["1", "2"])
    first, second = store.all_items()
    store.add(["3"])
    assert [i.song_id for i in store.items_after(second.id)] == ["3"]
    assert store.present([first.id, 999]) == {first.id}
    store.close()


FULL = "user:777-mureka:555000111-song:700000004"


def test_one_song_two_spellings_is_one_row_keeping_the_string_form(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    first = store.add(["700000004", FULL])  # both spellings in one add
    assert first.added == ["700000004"] and first.already_queued == [FULL]
    [item] = store.all_items()
    assert item.song_id == FULL and item.song_number == "700000004"
    again = store.add(["700000004"])  # the number later: the string form stays
    assert again.already_queued == ["700000004"]
    assert [i.song_id for i in store.all_items()] == [FULL]
    assert store.classify(["700000004", FULL, "1"]) == {"700000004": State.QUEUED,
                                                        FULL: State.QUEUED}
    assert store.by_song("700000004") == store.by_song(FULL)
    store.close()


def _old_store(path: Path, rows: list[tuple[object, ...]]) -> None:
    """A database as the previous release wrote it (schema 2): identity = the id string."""
    db = sqlite3.connect(path)
    for migration in store_mod._MIGRATIONS[:2]:
        db.executescript(migration)
    db.executemany("INSERT INTO items(id, song_id, position, state, attempts, title, video_id, "
                   "video_path, cover_path, added_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                   rows)
    db.execute("PRAGMA user_version=2")
    db.commit()
    db.close()


def test_migration_merges_spellings_of_one_song(tmp_path: Path):
    path = tmp_path / "q.sqlite3"
    _old_store(path, [
        # paid twice: the number and the string form both done, two files
        (1, "700000004", 1, "done", 1, "Night", "v1", "/o/song-700000004.mp4",
         "/o/song-700000004.png", 10, 10),
        (2, FULL, 2, "done", 1, None, "v2", "/o/song-700000004-2.mp4",
         "/o/song-700000004-2.png", 20, 20),
        # the string form queued after the number failed
        (3, "800000001", 3, "failed", 5, None, None, None, None, 30, 30),
        (4, "user:777-mureka:555000111-song:800000001", 4, "queued", 0, None, None, None,
         None, 40, 40),
        (5, "42", 5, "done", 1, "Alone", "v5", "/o/song-42.mp4", "/o/song-42.png", 50, 50),
    ])
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION
    items = {i.song_number: i for i in store.history()}
    assert sorted(items) == ["42", "700000004", "800000001"]
    merged = items["700000004"]
    # the done row with its files, the string form for the call, the history of both
    assert (merged.song_id, merged.state, merged.video_path, merged.title) == (
        FULL, State.DONE, "/o/song-700000004.mp4", "Night")
    assert merged.prev_video_id == "v2" and merged.attempts == 2 and merged.added_at == 10
    other = items["800000001"]
    assert (other.song_id, other.state, other.attempts) == (
        "user:777-mureka:555000111-song:800000001", State.QUEUED, 5)
    assert items["42"].title == "Alone"
    # and the identity holds from now on
    assert store.add(["700000004"]).already_done == ["700000004"]
    assert len(store.history()) == 3
    store.close()


def test_clear_finished_hides_songs_and_undo_brings_exactly_them_back(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    store.add(["1", "2", "3", "4"])
    one, two, three, four = store.all_items()
    store.update(one.id, state=State.DONE, video_path="/o/1.mp4")
    store.update(two.id, state=State.CANCELLED)
    store.update(three.id, state=State.FAILED)
    cleared = store.clear_finished()
    assert cleared == [one.id, two.id]
    assert [i.song_id for i in store.all_items()] == ["3", "4"]
    assert [i.song_id for i in store.history()] == ["1", "2", "3", "4"]
    assert store.counts()[State.DONE] == 0 and store.present([one.id, three.id]) == {three.id}
    # a cleared done song added again is "already done", not new
    assert store.classify(["1"]) == {"1": State.DONE}
    assert store.add(["1"]).already_done == ["1"]
    store.update(four.id, state=State.DONE)
    store.clear_finished()  # a second clear; undo of the first brings back only its songs
    assert store.unclear(cleared) == cleared
    assert [i.song_id for i in store.all_items()] == ["1", "2", "3"]
    # a cleared cancelled song queued again comes back into the view
    store.clear_finished()
    assert store.add(["2"]).requeued == ["2"]
    assert [i.song_id for i in store.all_items()] == ["3", "2"]
    store.close()


def test_remove_keeps_done_songs_in_the_history(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    store.add(["1", "2"])
    one, two = store.all_items()
    store.update(one.id, state=State.DONE, video_path="/o/1.mp4")
    assert store.remove([one.id, two.id]) == 2
    assert store.all_items() == []
    assert [i.song_id for i in store.history()] == ["1"]
    store.close()


def test_restore_records_songs_as_done(tmp_path: Path):
    from mureka_desktop.core.model.items import Record

    store = Store(tmp_path / "q.sqlite3")
    store.add(["2", "3"])
    store.update(store.all_items()[1].id, state=State.DONE, video_id="old")
    records = [Record("1", title="One", video_id="v1", video_path="/o/1.mp4",
                      cover_path="/o/1.png"),
               Record("user:7-mureka:8-song:2", video_id="v2", video_path="/o/2.mp4",
                      cover_path="/o/2.png"),
               Record("3", video_id="v3", video_path="/o/3.mp4", cover_path="/o/3.png")]
    assert store.restore(records) == ["1", "user:7-mureka:8-song:2"]
    items = {i.song_number: i for i in store.all_items()}
    assert (items["1"].state, items["1"].title, items["1"].video_path) == (
        State.DONE, "One", "/o/1.mp4")
    assert (items["2"].song_id, items["2"].state) == ("user:7-mureka:8-song:2", State.DONE)
    assert items["3"].video_id == "old"  # a song already done is left alone
    store.add(["user:1-mureka:2-song:5"])
    store.update(store.by_song("5").id, state=State.FAILED)  # type: ignore[union-attr]
    assert store.restore([Record("5", video_path="/o/5.mp4", cover_path="/o/5.png")]) == [
        "user:1-mureka:2-song:5"]  # the string form stays: it routes the call
    assert store.by_song("5").state == State.DONE  # type: ignore[union-attr]
    store.close()


def test_stored_errors_are_scrubbed(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3", scrub=lambda t: t.replace("s3cret", "[token]"))
    store.add(["1"])
    item = store.update(store.all_items()[0].id, state=State.FAILED,
                        last_error="400: Bearer s3cret was sent")
    assert item.last_error == "400: Bearer [token] was sent"
    store.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "header only"])
def test_a_damaged_database_is_a_store_error_naming_the_file(tmp_path: Path, damage: str):
    from mureka_desktop.core.storage.store import StoreError

    good = tmp_path / "good.sqlite3"
    store = Store(good)
    store.add([str(n) for n in range(1, 3000)])
    store.close()
    data = good.read_bytes()
    bad = tmp_path / "queue.sqlite3"
    bad.write_bytes({"garbage": b"not a database at all " * 100,
                     "truncated": data[: len(data) // 2],
                     "header only": data[:100]}[damage])
    with pytest.raises(StoreError) as caught:
        Store(bad)
    assert str(bad) in str(caught.value) and "Move it aside" in str(caught.value)
