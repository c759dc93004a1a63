"""Re-importing the app's export never pays for what the user threw away: reject, move to the
trash, export, then `generate` the export into a fresh data folder makes no API call, brings
every version's review back (trashed too) and exits 0; Regenerate still makes a new version
(issue 14, part 5). The CLI runs as a real process against the simulator over loopback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_run import cli_env, run_cli, start_sim
from test_export_versions import cli

from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Flag, Review
from mureka_desktop.core.queue import export
from mureka_desktop.core.queue.intake import parse_input
from mureka_desktop.core.storage.store import Store

pytestmark = pytest.mark.e2e

REJECTED = Review(Flag.REJECTED, 1, "too dark", True, 1_795_799_700.25)
PICKED = Review(Flag.PICKED, 5, "the one", True, 1_795_799_664.5)
TRASHED_AT = 1_795_800_000.0


def _done(store: Store, song: str, folder: Path, tag: str) -> int:
    item = store.by_song(song)
    assert item is not None
    video, cover = folder / f"{tag}.mp4", folder / f"{tag}.png"
    video.write_bytes(b"mp4 " + tag.encode())
    cover.write_bytes(b"png " + tag.encode())
    store.update(item.id, state=State.DONE, title=f"Song {tag}", video_id=f"v{tag}",
                 video_path=str(video), cover_path=str(cover))
    [row] = [v for v in store.videos.of_song(song) if v.video_path == str(video)]
    return row.id


def thrown_away_library(data: Path) -> None:
    """Song 1: its one video rejected and moved to the trash. Song 2: rejected, its file
    still there. Song 3: a first version rejected and trashed, a second one picked."""
    files, trash = data / "videos", data / "trash"
    files.mkdir(parents=True)
    trash.mkdir()
    store = Store(data / "queue.sqlite3")
    store.add(["700000001", "700000002", "700000003"])
    one = _done(store, "700000001", files, "one")
    two = _done(store, "700000002", files, "two")
    three_a = _done(store, "700000003", files, "three-a")
    store.add(["700000003"], regenerate=True)
    three_b = _done(store, "700000003", files, "three-b")
    for video_id in (one, two, three_a):
        store.videos.set_review(video_id, REJECTED)
    store.videos.set_review(three_b, PICKED)
    for video_id in (one, three_a):  # Move rejected to trash
        video = store.videos.get(video_id)
        assert video is not None
        for path in (video.video_path, video.cover_path):
            shutil.move(path or "", trash)
    store.videos.mark_trashed([one, three_a], TRASHED_AT)
    store.close()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_reject_trash_export_then_generate_into_a_fresh_folder_pays_nothing(
        tmp_path: Path, fmt: str):
    source = tmp_path / "source"
    thrown_away_library(source)
    exported = tmp_path / f"export.{fmt}"
    cli(source, "--format", fmt, "--out", str(exported))
    fresh = tmp_path / "fresh"
    server, sim = start_sim(generation_time=0.05)
    try:
        result = run_cli(["generate", str(exported), "--data-dir", str(fresh),
                          "--out", str(tmp_path / "out")], cli_env(server))
        assert sim.calls == []  # not a generation, not even a look-up
    finally:
        server.__exit__()
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "700000001 rejected earlier: not made again" in out
    assert "700000002 rejected earlier: not made again" in out
    assert "700000003 rejected" not in out
    assert "0 queued" in out and "1 restored from an export" in out
    assert "2 rejected earlier" in out and "Nothing to do." in out
    store = Store(fresh / "queue.sqlite3")
    try:
        assert {i.song_number: i.state for i in store.history()} == dict.fromkeys(
            ("700000001", "700000002", "700000003"), State.DONE)
        got = {v.video_id: (v.review, v.trashed_at) for v in store.videos.all()}
        assert got == {"vone": (REJECTED, TRASHED_AT), "vtwo": (REJECTED, None),
                       "vthree-a": (REJECTED, TRASHED_AT), "vthree-b": (PICKED, None)}
    finally:
        store.close()


def test_regenerate_is_still_how_a_thrown_away_song_gets_a_new_version(tmp_path: Path):
    source = tmp_path / "source"
    thrown_away_library(source)
    exported = tmp_path / "export.csv"
    cli(source, "--out", str(exported))
    fresh = tmp_path / "fresh"
    server, sim = start_sim(generation_time=0.05)
    try:
        env = cli_env(server)
        first = run_cli(["generate", str(exported), "--data-dir", str(fresh),
                         "--out", str(tmp_path / "out")], env)
        assert first.returncode == 0, first.stdout + first.stderr
        again = run_cli(["generate", "700000001", "--regenerate", "--data-dir", str(fresh),
                         "--out", str(tmp_path / "out")], env)
        generated = [c["song_id"] for c in sim.calls if c["kind"] == "generate"]
    finally:
        server.__exit__()
    assert again.returncode == 0, again.stdout + again.stderr
    assert generated == ["700000001"]
    store = Store(fresh / "queue.sqlite3")
    try:
        versions = store.videos.of_song("700000001")
        assert [v.review.flag for v in versions] == [Flag.REJECTED, Flag.NONE]
    finally:
        store.close()


def test_the_export_names_when_a_video_went_to_the_trash_and_reads_it_back(tmp_path: Path):
    thrown_away_library(tmp_path)
    store = Store(tmp_path / "queue.sqlite3")
    items, reviews = export.rows(store.history(), store.videos.all())
    store.close()
    for text in (export.to_csv(items, reviews=reviews), export.to_json(items, reviews=reviews)):
        incoming = parse_input(text)
        trashed = {r.video_id: r.trashed_at for r in incoming.records}
        assert trashed == {"vone": TRASHED_AT, "vtwo": None, "vthree-a": TRASHED_AT,
                           "vthree-b": None}
