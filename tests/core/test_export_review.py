"""Exports carry the library's review state (flag, rating, note, seen, reviewed at), the CLI
exports one filter of it (``export --filter picked``), and re-importing an export into a
fresh data folder restores the review with the songs."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from cli_run import run_cli

from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Flag, Review
from mureka_desktop.core.queue import export
from mureka_desktop.core.storage.store import Store


def _library(path: Path, files: Path) -> Store:
    store = Store(path)
    store.add(["1", "2", "3"])
    for item in store.all_items():
        video = files / f"{item.song_number}.mp4"
        video.write_bytes(b"x")
        store.update(item.id, state=State.DONE, title=f"T{item.song_number}",
                     video_id=f"v{item.song_number}", video_path=str(video),
                     cover_path=str(files / f"{item.song_number}.png"))
    # song 1 regenerated: its first version stays in the library, picked
    one = store.by_song("1")
    assert one is not None
    store.add(["1"], regenerate=True)
    second = files / "1 (2).mp4"
    second.write_bytes(b"y")
    store.update(one.id, state=State.DONE, video_id="v1b", video_path=str(second))
    first, two, three, newer = store.videos.all()
    store.videos.set_review(first.id, Review(Flag.PICKED, 5, "the one", True, 100.0))
    store.videos.set_review(two.id, Review(Flag.REJECTED, 0, "", False, 101.0))
    store.videos.set_review(newer.id, Review(Flag.NONE, 2, "", False, 102.0))
    return store


def test_rows_per_filter_and_review_columns(tmp_path: Path):
    store = _library(tmp_path / "q.sqlite3", tmp_path)
    items, videos = store.history(), store.videos.all()
    every, reviews = export.rows(items, videos, "all")
    text = export.to_csv(every, reviews=reviews)
    rows = {r["song_id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert list(rows["1"])[-6:] == ["flag", "rating", "note", "seen", "reviewed_at",
                                    "trashed_at"]
    assert (rows["1"]["video_id"], rows["1"]["rating"], rows["1"]["flag"]) == ("v1b", "2", "")
    assert (rows["2"]["flag"], rows["3"]["flag"], rows["3"]["rating"]) == ("rejected", "", "0")
    picked, _ = export.rows(items, videos, "picked")
    assert [(i.song_id, i.video_id) for i in picked] == [("1", "v1")]  # the older version
    assert [i.song_id for i in export.rows(items, videos, "rejected")[0]] == ["2"]
    assert [i.song_id for i in export.rows(items, videos, "unreviewed")[0]] == ["3"]
    data = json.loads(export.to_json(picked, reviews=reviews))
    [row] = data["items"]
    assert (row["flag"], row["rating"], row["note"], row["seen"]) == ("picked", 5, "the one",
                                                                       True)
    store.close()


def test_reimporting_an_export_restores_the_review(tmp_path: Path):
    store = _library(tmp_path / "q.sqlite3", tmp_path)
    items, reviews = export.rows(store.history(), store.videos.all(), "all")
    for text in (export.to_csv(items, reviews=reviews), export.to_json(items, reviews=reviews)):
        read = export.read_export(text) or []
        fresh = Store(tmp_path / f"fresh-{len(text)}.sqlite3")
        fresh.restore([e.record for e in read])
        got = {v.song_number: v.review for v in fresh.videos.all()}
        assert got["2"].flag == Flag.REJECTED and got["2"].reviewed_at == 101.0
        assert got["1"].rating == 2 and got["3"].unreviewed
        fresh.close()
    store.close()


def test_cli_export_filter_picked(tmp_path: Path):
    data = tmp_path / "d"
    (data / "videos").mkdir(parents=True)
    _library(data / "queue.sqlite3", data / "videos").close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUREKA_")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    out = run_cli(["export", "--filter", "picked", "--data-dir", str(data)], env)
    assert out.returncode == 0, out.stderr
    [row] = list(csv.DictReader(io.StringIO(out.stdout)))
    assert (row["song_id"], row["video_id"], row["flag"], row["note"]) == (
        "1", "v1", "picked", "the one")
    bad = run_cli(["export", "--filter", "maybe", "--data-dir", str(data)], env)
    assert bad.returncode == 2
