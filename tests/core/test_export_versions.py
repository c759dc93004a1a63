"""Every export lists every video (the versions of a regenerated song each with its own review),
the filters give the same rows as ``all``, times are ISO 8601, and re-importing an export made by
``mureka-desktop export`` into a fresh data folder, through the engine's intake, restores every
version whose file exists without paying for anything."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from cli_run import run_cli
from helpers import FakeKeyring

from mureka_desktop.app import build_engine
from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Flag, Review
from mureka_desktop.core.queue import export
from mureka_desktop.core.queue.intake import parse_input
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore
from mureka_desktop.core.storage.store import Store

PICKED = Review(Flag.PICKED, 5, "the one", True, 1795799664.448)
REJECTED = Review(Flag.REJECTED, 1, "too dark", False, 1795799700.25)
PICKED_AT, REJECTED_AT = "2026-11-27T17:14:24.448+00:00", "2026-11-27T17:15:00.250+00:00"


def _files(folder: Path, stem: str) -> tuple[str, str]:
    video, cover = folder / f"{stem}.mp4", folder / f"{stem}.png"
    video.write_bytes(b"mp4 " + stem.encode())
    cover.write_bytes(b"png " + stem.encode())
    return str(video), str(cover)


def _done(store: Store, song: str, video_id: str, stem: str, folder: Path, **more: object) -> None:
    item = store.by_song(song)
    assert item is not None
    video, cover = _files(folder, stem)
    store.update(item.id, state=State.DONE, video_id=video_id, video_path=video,
                 cover_path=cover, **more)


def make_library(data: Path) -> None:
    """Song 1 in two versions (first picked, second rejected), song 2 with a lost first version
    and an unreviewed second, song 3 failed, song 4 queued."""
    videos = data / "videos"
    videos.mkdir(parents=True)
    store = Store(data / "queue.sqlite3")
    store.add(["1", "2", "user:7-mureka:8-song:3", "4"])
    _done(store, "1", "v1", "one", videos, title="One", model="V9", attempts=1)
    _done(store, "2", "v2", "two-old", videos, title="Two", attempts=1)
    for song in ("1", "2"):
        store.add([song], regenerate=True)
    _done(store, "1", "v1b", "one (2)", videos, attempts=1)
    _done(store, "2", "v2b", "two", videos, attempts=3)
    (videos / "two-old.mp4").unlink()  # this version's file is gone: not restored
    three = store.by_song("3")
    assert three is not None
    store.update(three.id, state=State.FAILED, attempts=2, last_error="400: Bad request")
    one_a, two_a, one_b, _ = store.videos.all()
    assert (one_a.video_id, two_a.video_id, one_b.video_id) == ("v1", "v2", "v1b")
    store.videos.set_review(one_a.id, PICKED)
    store.videos.set_review(one_b.id, REJECTED)
    store.close()


def cli(data: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUREKA_")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    out = run_cli(["export", "--data-dir", str(data), *args], env)
    assert out.returncode == 0, out.stderr
    return out.stdout


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_every_filter_lists_every_version_with_the_songs_values(tmp_path: Path):
    make_library(tmp_path)
    every = csv_rows(cli(tmp_path))
    # in queue order (a regeneration moved songs 1 and 2 to its end), versions oldest first
    assert [(r["song_id"], r["video_id"], r["state"]) for r in every] == [
        ("user:7-mureka:8-song:3", "", "failed"), ("4", "", "queued"), ("1", "v1", "done"),
        ("1", "v1b", "done"), ("2", "v2", "done"), ("2", "v2b", "done")]
    assert [(r["flag"], r["rating"], r["note"]) for r in every[2:4]] == [
        ("picked", "5", "the one"), ("rejected", "1", "too dark")]
    assert [r["attempts"] for r in every] == ["2", "0", "1", "1", "3", "3"]
    assert every[0]["last_error"] == "400: Bad request"
    by_video = {r["video_id"]: r for r in every if r["video_id"]}
    expected = {"picked": ["v1"], "rejected": ["v1b"], "unreviewed": ["v2", "v2b"]}
    for flt, video_ids in expected.items():
        rows = csv_rows(cli(tmp_path, "--filter", flt))
        assert [r["video_id"] for r in rows] == video_ids, flt
        for row in rows:  # the very same row as in "all": attempts, title, state, review
            assert row == by_video[row["video_id"]], flt
    picked = json.loads(cli(tmp_path, "--filter", "picked", "--format", "json"))["items"]
    full = json.loads(cli(tmp_path, "--format", "json"))["items"]
    assert picked == [full[2]] and full[2]["attempts"] == 1 and full[2]["title"] == "One"


def test_reviewed_at_is_iso_8601_with_the_offset_and_both_forms_read_back(tmp_path: Path):
    make_library(tmp_path)
    rows = csv_rows(cli(tmp_path))
    assert [r["reviewed_at"] for r in rows[2:5]] == [PICKED_AT, REJECTED_AT, ""]
    data = json.loads(cli(tmp_path, "--format", "json"))["items"]
    assert [r["reviewed_at"] for r in data[2:5]] == [PICKED_AT, REJECTED_AT, None]
    header = ",".join(export.FIELDS)
    base = "1,One,done,v1,,,/o/1.mp4,/o/1.png,1,,V9,picked,5,,true,"
    for written in ("1795799664.448", PICKED_AT, "2026-11-27T19:14:24.448+02:00",
                    "2026-11-27T17:14:24.448Z", "2026-11-27T17:14:24.448"):
        [back] = export.read_export(f"{header}\r\n{base}{written}\r\n") or []
        assert back.record.review is not None, written
        assert back.record.review.reviewed_at == pytest.approx(1795799664.448, abs=1e-6), written
    old_json = json.dumps({"format": export.FORMAT, "version": 1, "items": [
        {"song_id": "1", "state": "done", "flag": "picked", "reviewed_at": 1795799664.448}]})
    [back] = export.read_export(old_json) or []
    assert back.record.review is not None and back.record.review.reviewed_at == 1795799664.448
    [back] = export.read_export(f"{header}\r\n{base}yesterday\r\n") or []
    assert back.record.review == Review(Flag.PICKED, 5, "", True, None)  # the decision stays


@pytest.mark.parametrize("fmt", ["csv", "json"])
async def test_reimport_of_a_cli_export_restores_every_version(tmp_path: Path, fmt: str):
    source = tmp_path / "source"
    make_library(source)
    exported = tmp_path / f"export.{fmt}"
    cli(source, "--format", fmt, "--out", str(exported))
    engine = build_engine(AppPaths.resolve(tmp_path / "fresh"), demo=True,
                          require_token=False, tokens=TokenStore(FakeKeyring()))
    try:
        incoming = parse_input(exported.read_text("utf-8"))
        reviewed = engine.queue.review(incoming.parsed, incoming.records)
        assert (reviewed.restored_songs, reviewed.to_add) == (2, 4)
        added = engine.queue.add_reviewed(reviewed)
        assert added.restored == ["1", "2"]
        store = engine.store
        history = store.history()
        assert sorted(i.song_number for i in history) == ["1", "2", "3", "4"]  # one row each
        states = {i.song_number: (i.state, i.video_id) for i in history}
        assert states["1"] == (State.DONE, "v1b") and states["2"] == (State.DONE, "v2b")
        assert states["3"][0] == states["4"][0] == State.QUEUED  # never made: queued again
        got = [(v.song_number, v.video_id, v.review) for v in store.videos.all()]
        assert got == [("1", "v1", PICKED), ("1", "v1b", REJECTED), ("2", "v2b", Review())]
        simulator = engine.resources.simulator
        assert not simulator.calls  # type: ignore[attr-defined]  # nothing paid, not even asked
        # and the fresh folder exports the same versions and reviews again
        rows, reviews = engine.library.export_rows()
        again = csv_rows(export.to_csv(rows, reviews=reviews))
        assert [(r["video_id"], r["flag"], r["reviewed_at"]) for r in again[:3]] == [
            ("v1", "picked", PICKED_AT), ("v1b", "rejected", REJECTED_AT), ("v2b", "", "")]
    finally:
        await engine.aclose()
