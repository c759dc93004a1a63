import sqlite3
from pathlib import Path

import pytest

from mureka_desktop.core import store as store_mod
from mureka_desktop.core.store import SCHEMA_VERSION, State, Store


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
    assert store.clear_finished() == 1
    assert [i.song_id for i in store.all_items()] == ["1"]
    store.close()


def test_items_after_and_present(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    store.add(["1", "2"])
    first, second = store.all_items()
    store.add(["3"])
    assert [i.song_id for i in store.items_after(second.id)] == ["3"]
    assert store.present([first.id, 999]) == {first.id}
    store.close()
