"""The library's file jobs killed from outside: a real ``mureka-desktop library …`` process
stopped at a known point of a known unit (the worker prints ``HOLD`` there and waits; see
core/file_jobs/units.py), then killed with SIGKILL or SIGTERM. The next start rolls the
journal forward or back; the library is then checked against the disk, and the job run again
finishes without renaming, trashing or copying anything twice.

On main (22db0b0) these jobs record their rows only after the whole batch: a kill after the
first file leaves rows naming nothing and files no row names.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from library_disk import (
    assert_library_matches_disk,
    cli,
    cli_env,
    files_in,
    make_library,
    mp4_bytes,
    rows,
    signal_at_hold,
)

from mureka_desktop.core.library.jobs import HOLD_ENV

pytestmark = pytest.mark.e2e
COUNT = 6
TEMPLATE = "{title} - {song}"


def run_until(home: Path, args: list[str], hold: str, sig: int) -> tuple[int, str]:
    """Start the CLI, wait for its HOLD line, send ``sig``; its exit code and stdout."""
    code, out, _ = signal_at_hold(["--data-dir", str(home), "library", *args],
                                  cli_env(home, **{HOLD_ENV: hold}), sig, timeout=30)
    return code, out


def after_kill(home: Path, code: int, out: str, sig: int, clean: bool = True) -> None:
    if sig == signal.SIGTERM:  # the unit under way finished; the rest is said to be left
        assert code in (0, 4), out
        if code == 4:
            assert "left" in out
    else:
        assert code == -signal.SIGKILL
    check = cli(home, "check")
    if clean:
        assert check.returncode == 0, check.stdout + check.stderr
    else:  # an import stopped half way: the rest of its folder is not in the library yet
        assert " 0 missing, 0 covers missing" in check.stdout, check.stdout + check.stderr


POINTS = ["1:start", "2:video", "3:cover", "4:recorded", f"{COUNT}:video"]
SIGNALS = [pytest.param(signal.SIGKILL, id="kill-9"), pytest.param(signal.SIGTERM, id="term")]


@pytest.mark.parametrize("sig", SIGNALS)
@pytest.mark.parametrize("hold", POINTS)
def test_rename_killed_leaves_every_row_naming_its_file(tmp_path: Path, hold: str,
                                                        sig: int) -> None:
    paths = make_library(tmp_path, COUNT)
    folder = tmp_path / "videos"
    code, out = run_until(tmp_path, ["rename", "--template", TEMPLATE], hold, sig)
    after_kill(tmp_path, code, out, sig)
    assert_library_matches_disk(paths, folder, COUNT)
    again = cli(tmp_path, "rename", "--template", TEMPLATE)
    assert again.returncode == 0, again.stdout + again.stderr
    assert_library_matches_disk(paths, folder, COUNT)
    # every video renamed once, to its own name (no "(2)": nothing renamed twice)
    assert sorted(p.name for p in files_in(folder)) == sorted(
        f"Song {n} - {700_000_000 + n}{ext}" for n in range(COUNT) for ext in (".mp4", ".png"))


@pytest.mark.parametrize("sig", SIGNALS)
@pytest.mark.parametrize("hold", POINTS)
def test_trash_killed_marks_every_trashed_video(tmp_path: Path, hold: str, sig: int) -> None:
    paths = make_library(tmp_path, COUNT, flag="rejected")
    folder = tmp_path / "videos"
    code, out = run_until(tmp_path, ["trash-rejected", "--yes"], hold, sig)
    after_kill(tmp_path, code, out, sig)
    assert_library_matches_disk(paths, folder, COUNT)
    trash = tmp_path / "xdg" / "Trash" / "files"

    def in_trash() -> list[str]:
        return sorted(p.name for p in trash.iterdir()) if trash.is_dir() else []

    marked = sorted(Path(p).name for r in rows(paths) if r["trashed_at"] is not None
                    for p in (r["video_path"], r["cover_path"]))
    assert in_trash() == marked  # every file in the trash is a marked video's, cover too
    again = cli(tmp_path, "trash-rejected", "--yes")
    assert again.returncode == 0, again.stdout + again.stderr
    assert_library_matches_disk(paths, folder, COUNT)
    assert all(r["trashed_at"] is not None for r in rows(paths))
    assert len(in_trash()) == 2 * COUNT


def _export_complete(dest: Path, home: Path) -> None:
    sources = {p.read_bytes() for p in files_in(home / "videos")}
    for path in files_in(dest):
        assert path.read_bytes() in sources, f"a cut-off or foreign file: {path.name}"
    assert not [p for p in dest.iterdir() if "(2)" in p.name]


@pytest.mark.parametrize("sig", SIGNALS)
@pytest.mark.parametrize("hold", POINTS)
def test_export_killed_leaves_no_cut_off_file(tmp_path: Path, hold: str, sig: int) -> None:
    paths = make_library(tmp_path, COUNT, flag="picked")
    dest = tmp_path / "picks"
    code, out = run_until(tmp_path, ["export-picks", str(dest), "--copy"], hold, sig)
    if sig == signal.SIGKILL:
        # the copy cut off under the unit's final name, as a kill in mid-copy leaves it
        db = sqlite3.connect(paths.database)
        row = db.execute("SELECT video_to FROM file_units WHERE state='planned' ORDER BY id "
                         "LIMIT 1").fetchone()
        db.close()
        if row is not None and not os.path.exists(row[0]):
            Path(row[0]).write_bytes(mp4_bytes(0)[:100])
    after_kill(tmp_path, code, out, sig)
    assert_library_matches_disk(paths, tmp_path / "videos", COUNT)
    _export_complete(dest, tmp_path)
    again = cli(tmp_path, "export-picks", str(dest), "--copy")
    assert again.returncode == 0, again.stdout + again.stderr
    _export_complete(dest, tmp_path)
    assert len(files_in(dest)) == 2 * COUNT
    playlist = (dest / "Mureka picks.m3u").read_text("utf-8").splitlines()
    entries = [line for line in playlist if line and not line.startswith("#")]
    assert len(entries) == COUNT and all((dest / e).is_file() for e in entries)


@pytest.mark.parametrize("sig", SIGNALS)
@pytest.mark.parametrize("hold", ["1:start", "3:recorded", f"{COUNT}:start"])
def test_import_killed_records_whole_rows(tmp_path: Path, hold: str, sig: int) -> None:
    source = tmp_path / "made"
    make_library(source, COUNT)
    folder = source / "videos"
    home = tmp_path / "fresh"
    code, out = run_until(home, ["import", str(folder)], hold, sig)
    after_kill(home, code, out, sig, clean=False)
    paths = make_library(home, 0)

    def imported() -> list[sqlite3.Row]:
        return rows(paths)

    for row in imported():  # every row whole: its file, its cover, its content hash
        assert os.path.isfile(row["video_path"]) and os.path.isfile(row["cover_path"])
        assert row["sha256"] and row["cover_sha256"]
    again = cli(home, "import", str(folder))
    assert again.returncode == 0, again.stdout + again.stderr
    named = [r["video_path"] for r in imported()]
    assert sorted(named) == sorted(str(p) for p in files_in(folder) if p.suffix == ".mp4")
    assert all(r["sha256"] for r in imported())


def test_check_finds_and_fixes_a_moved_file(tmp_path: Path) -> None:
    paths = make_library(tmp_path, 3)
    folder = tmp_path / "videos"
    moved = folder / "renamed by hand.mp4"
    shutil.move(folder / "song-700000001.mp4", moved)
    check = cli(tmp_path, "check")
    assert check.returncode == 1
    assert "missing: " in check.stdout and f"not in the library: {moved}" in check.stdout
    fixed = cli(tmp_path, "check", "--fix")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert str(moved) in [r["video_path"] for r in rows(paths)]


def test_check_after_a_kill_says_what_the_journal_did_once(tmp_path: Path) -> None:
    make_library(tmp_path, COUNT)
    code, _ = run_until(tmp_path, ["rename", "--template", TEMPLATE], "2:video",
                        signal.SIGKILL)
    assert code == -signal.SIGKILL
    check = cli(tmp_path, "check")
    said = [line for line in (check.stdout + check.stderr).splitlines()
            if line.startswith("journal: ")]
    assert said and len(said) == len(set(said)), check.stdout + check.stderr


def test_check_fix_finds_files_moved_into_a_subfolder(tmp_path: Path) -> None:
    paths = make_library(tmp_path, 3)
    sub = tmp_path / "videos" / "kept" / "2026"
    sub.mkdir(parents=True)
    for ext in (".mp4", ".png"):
        shutil.move(tmp_path / "videos" / f"song-700000001{ext}", sub / f"by hand{ext}")
    (sub / "someone else's.mp4").write_bytes(b"\x00\x00\x00\x18ftypisom" + b"x" * 100)
    assert cli(tmp_path, "check").returncode == 1
    fixed = cli(tmp_path, "check", "--fix")
    # found again; the other file there is now in a library folder and not the library's
    assert fixed.returncode == 1 and " 0 missing, 0 covers missing" in fixed.stdout, fixed
    assert f"not in the library: {sub}/someone else's.mp4" in fixed.stdout
    row = rows(paths)[1]
    assert (row["video_path"], row["cover_path"]) == (str(sub / "by hand.mp4"),
                                                      str(sub / "by hand.png"))
    assert len(rows(paths)) == 3  # the other file there is not adopted
