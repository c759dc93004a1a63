from pathlib import Path

from PySide6.QtCore import Qt

from mureka_desktop.core.engine.queries import QueueQuery
from mureka_desktop.core.model.items import State
from mureka_desktop.core.storage.store import Store
from mureka_desktop.ui.queue_model import (
    COL_ERROR,
    COL_SONG,
    COL_STATE,
    ItemRole,
    QueueFilter,
    QueueModel,
)


def make_store(tmp_path: Path) -> Store:
    # A model unit test: the model gets a store and query of its own, no engine or window.
    store = Store(tmp_path / "q.sqlite3")
    store.add(["3", "1", "user:777-mureka:5-song:2"])
    items = store.all_items()
    store.update(items[0].id, state=State.FAILED, last_error="Unknown song\nmore detail")
    store.update(items[1].id, state=State.DONE, title="Night Drive", video_id="99")
    return store


def test_model_passes_qtmodeltester(qapp, qtmodeltester, tmp_path: Path):
    store = make_store(tmp_path)
    model = QueueModel(QueueQuery(store))
    qtmodeltester.check(model)
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    store.close()


def test_roles_and_columns(qapp, tmp_path: Path):
    store = make_store(tmp_path)
    model = QueueModel(QueueQuery(store))
    assert model.rowCount() == 3
    assert model.data(model.index(1, COL_SONG)) == "1 · Night Drive"
    assert model.data(model.index(2, COL_SONG)) == "2"
    assert model.data(model.index(2, COL_SONG), Qt.ItemDataRole.ToolTipRole) == \
        "user:777-mureka:5-song:2"
    assert model.data(model.index(0, COL_STATE)) == "Failed"
    assert model.data(model.index(0, COL_ERROR)) == "Unknown song"
    assert model.data(model.index(0, COL_ERROR), Qt.ItemDataRole.ToolTipRole) == \
        "Unknown song\nmore detail"
    assert model.data(model.index(0, 0), ItemRole).song_id == "3"
    assert model.data(model.index(0, COL_STATE), Qt.ItemDataRole.DecorationRole) is not None
    store.close()


def test_updates_are_coalesced_into_one_datachanged(qtbot, tmp_path: Path):
    store = make_store(tmp_path)
    model = QueueModel(QueueQuery(store))
    items = store.all_items()
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, roles=None: changes.append((a.row(), b.row())))
    for _ in range(50):
        for item in items:
            store.update(item.id, attempts=item.attempts + 1)
            model.mark_dirty(item.id)
    assert changes == []
    qtbot.waitUntil(lambda: bool(changes), timeout=2000)
    assert changes == [(0, 2)]
    assert model.data(model.index(0, 3)) == 1
    store.close()


def test_filter_by_state_and_text_and_sort(qapp, tmp_path: Path):
    store = make_store(tmp_path)
    model = QueueModel(QueueQuery(store))
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    proxy.set_states({State.FAILED})
    assert proxy.rowCount() == 1
    proxy.set_states(None)
    proxy.set_text("night")
    assert proxy.rowCount() == 1 and proxy.data(proxy.index(0, COL_SONG)) == "1 · Night Drive"
    proxy.set_text("")
    proxy.sort(COL_STATE, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, COL_STATE)) for r in range(3)] == [
        "Queued", "Done", "Failed"]
    store.close()


def test_progress_shows_generation_time_then_download_bytes(qapp, tmp_path: Path):
    from mureka_desktop.core.queue.download_jobs import Progress
    from mureka_desktop.ui.queue_model import COL_PROGRESS, ProgressRole

    store = Store(tmp_path / "q.sqlite3")  # a unit test: the model's own store, no engine
    store.add(["1"])
    item = store.all_items()[0]
    store.update(item.id, state=State.GENERATING, generation_started_at=1000.0)
    progress: dict[int, Progress] = {}
    clock = [1020.0]
    model = QueueModel(QueueQuery(store), progress, expected_generation=lambda: 40.0,
                       now=lambda: clock[0])
    index = model.index(0, COL_PROGRESS)
    assert model.data(index) == "20 s" and model.data(index, ProgressRole) == 0.5
    clock[0] = 2000.0  # longer than expected: never claims to be finished
    assert model.data(index, ProgressRole) == 0.95
    store.update(item.id, state=State.DOWNLOADING, generation_started_at=None)
    model.mark_dirty(item.id)
    model.flush()
    progress[item.id] = Progress({"video": (300, 1000), "cover": (100, 1000)})
    assert model.data(index) == "20%" and model.data(index, ProgressRole) == 0.2
    store.update(item.id, state=State.DONE)
    del progress[item.id]
    model.mark_dirty(item.id)
    model.flush()
    assert model.data(index) == "" and model.data(index, ProgressRole) is None
    store.close()


def test_adds_and_removes_touch_only_their_rows(qapp, tmp_path: Path):
    store = make_store(tmp_path)
    model = QueueModel(QueueQuery(store))
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda parent, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda parent, a, b: removed.append((a, b)))
    store.add(["10", "11"])
    model.append_new()
    assert inserted == [(3, 4)]
    assert [model.data(model.index(r, COL_SONG)) for r in (3, 4)] == ["10", "11"]
    ids = [model.item_at(r).id for r in range(5)]
    assert store.remove([ids[0], ids[3], ids[4]]) == 3
    model.drop_removed([ids[0], ids[3], ids[4]])
    assert removed == [(3, 4), (0, 0)] and resets == []
    assert [model.item_at(r).id for r in range(model.rowCount())] == ids[1:3]
    store.update(ids[1], attempts=9)  # the row index still finds the moved rows
    model.mark_dirty(ids[1])
    model.flush()
    assert model.data(model.index(0, 3)) == 9 and resets == []
    store.close()
