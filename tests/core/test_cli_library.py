"""``mureka-desktop library …`` as a user runs it: decisions by song number, string id or
video id; the trash asked for (never silently when not on a terminal); exit codes."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from library_disk import cli, cli_env, make_library, mp4_bytes, png_bytes, rows

pytestmark = pytest.mark.e2e


def test_pick_reject_unflag_by_any_id_and_an_unknown_one(tmp_path: Path):
    paths = make_library(tmp_path, 3)
    picked = cli(tmp_path, "pick", "700000000", "v1")
    assert picked.returncode == 0, picked.stderr
    assert "pick: Song 0 (song 700000000" in picked.stdout
    rejected = cli(tmp_path, "reject", "user:777-mureka:555-song:700000002")
    assert rejected.returncode == 0, rejected.stderr
    assert [r["flag"] for r in rows(paths)] == ["picked", "picked", "rejected"]
    unflagged = cli(tmp_path, "unflag", "v1", "700000999")
    assert unflagged.returncode == 2 and "700000999: not in the library" in unflagged.stderr
    assert [r["flag"] for r in rows(paths)] == ["picked", "picked", "rejected"]
    assert cli(tmp_path, "pick", "123").returncode == 2


def test_an_unknown_id_among_known_ones_changes_nothing_and_is_usage(tmp_path: Path):
    paths = make_library(tmp_path, 2)
    mixed = cli(tmp_path, "pick", "700000001", "799999999", "v0", "x-nope")
    assert mixed.returncode == 2, mixed
    assert "799999999: not in the library" in mixed.stderr
    assert "x-nope: not in the library" in mixed.stderr
    assert "v0:" not in mixed.stderr and "pick:" not in mixed.stdout
    assert [r["flag"] for r in rows(paths)] == ["", ""]


def _on_a_terminal(home: Path, *args: str, keys: bytes = b"", sig: int | None = None
                   ) -> tuple[int, str]:
    """``library args`` with a terminal for stdin, stdout and stderr: once it asks
    ([y/N]), ``keys`` are typed, or ``sig`` is sent as the terminal sends it on Ctrl+C."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "mureka_desktop", "--data-dir", str(home),
                             "library", *args], stdin=slave, stdout=slave, stderr=slave,
                            env=cli_env(home), close_fds=True)
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 60
    asked = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
            if not asked and b"[y/N]" in seen:
                asked = True
                if keys:
                    os.write(master, keys)
                if sig is not None:
                    proc.send_signal(sig)
            if proc.poll() is not None and not ready:
                break
        code = proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert asked, seen
    return code, seen.decode(errors="replace")


def test_trash_rejected_ctrl_d_at_the_question_moves_nothing(tmp_path: Path):
    paths = make_library(tmp_path, 2, flag="rejected")
    code, shown = _on_a_terminal(tmp_path, "trash-rejected", keys=b"\x04")
    assert "Traceback" not in shown and "Error" not in shown, shown
    assert code == 0 and "Nothing moved." in shown, shown
    assert all(r["trashed_at"] is None for r in rows(paths))


def test_trash_rejected_ctrl_c_at_the_question_moves_nothing(tmp_path: Path):
    paths = make_library(tmp_path, 2, flag="rejected")
    code, shown = _on_a_terminal(tmp_path, "trash-rejected", sig=signal.SIGINT)
    assert "Traceback" not in shown and "KeyboardInterrupt" not in shown, shown
    assert code == 130 and "Nothing moved." in shown, shown
    assert all(r["trashed_at"] is None for r in rows(paths))
    code, shown = _on_a_terminal(tmp_path, "trash-rejected", keys=b"y\n")
    assert code == 0 and "Moved 2 rejected videos to the trash." in shown, shown


def test_trash_rejected_asks_and_piped_needs_yes(tmp_path: Path):
    paths = make_library(tmp_path, 2, flag="rejected")
    asked = cli(tmp_path, "trash-rejected")  # stdin is not a terminal: nothing moves
    assert asked.returncode == 2 and "--yes" in asked.stderr
    assert all(r["trashed_at"] is None for r in rows(paths))
    moved = cli(tmp_path, "trash-rejected", "--yes")
    assert moved.returncode == 0 and "Moved 2 rejected videos to the trash." in moved.stdout
    assert all(r["trashed_at"] is not None for r in rows(paths))
    check = cli(tmp_path, "check")
    assert check.returncode == 0 and "2 in the trash, 0 missing" in check.stdout
    assert cli(tmp_path, "trash-rejected").stdout.startswith("No rejected videos")


def test_rename_with_a_bad_template_is_usage(tmp_path: Path):
    make_library(tmp_path, 1)
    bad = cli(tmp_path, "rename", "--template", "{nope}")
    assert bad.returncode == 2 and "Unknown field" in bad.stderr
    empty = cli(tmp_path, "rename", "--template", " ")
    assert empty.returncode == 2 and "The template is empty" in empty.stderr
    assert cli(tmp_path, "import", str(tmp_path / "nowhere")).returncode == 2


def test_export_picks_with_a_picked_file_gone_exits_1_naming_it(tmp_path: Path):
    paths = make_library(tmp_path, 2, flag="picked")
    os.unlink(rows(paths)[1]["video_path"])
    dest = tmp_path / "picks"
    exported = cli(tmp_path, "export-picks", str(dest))
    assert exported.returncode == 1, exported
    assert "missing: Song 1: its file is gone" in exported.stdout
    assert (dest / "Song 0 - 700000000.mp4").is_file() or len(list(dest.glob("*.mp4"))) == 1


@pytest.mark.parametrize("command", [["check"], ["check", "--fix"], ["rename"],
                                     ["pick", "1"], ["trash-rejected", "--yes"],
                                     ["export-picks", "out"]])
def test_a_data_folder_with_no_library_is_said_so_and_nothing_is_created(
        tmp_path: Path, command: list[str]):
    home = tmp_path / "typo"
    result = cli(home, *command)
    assert result.returncode == 2, result
    assert f"There is no library in {home}" in result.stderr
    assert not home.exists() and not (tmp_path / "out").exists()


def test_import_adopts_the_unnumbered_name_and_its_cover_a_copy_is_a_duplicate(
        tmp_path: Path):
    paths = make_library(tmp_path, 1)
    folder = tmp_path / "old laptop"
    folder.mkdir()
    (folder / "Track 1 - 710000001.mp4").write_bytes(mp4_bytes(1001))
    (folder / "Track 1 - 710000001 (2).mp4").write_bytes(mp4_bytes(1001))
    (folder / "Track 1 - 710000001.png").write_bytes(png_bytes(1001))
    imported = cli(tmp_path, "import", str(folder))
    assert imported.returncode == 0, imported
    assert "not matched:" not in imported.stdout, imported.stdout
    assert ("duplicate: Track 1 - 710000001 (2).mp4: the same bytes as "
            "Track 1 - 710000001.mp4") in imported.stdout
    [row] = [r for r in rows(paths) if r["song_number"] == "710000001"]
    assert row["video_path"] == str(folder / "Track 1 - 710000001.mp4")
    assert row["cover_path"] == str(folder / "Track 1 - 710000001.png")
    # check agrees: the copy is no problem, --fix leaves it (and the library) alone
    for args in (["check"], ["check", "--fix"], ["check"]):
        checked = cli(tmp_path, *args)
        assert checked.returncode == 0, checked
        assert "duplicate (left alone): " + str(folder / "Track 1 - 710000001 (2).mp4") \
            in checked.stdout
        assert "not in the library:" not in checked.stdout and ": clean" in checked.stdout
    assert [dict(r) for r in rows(paths)][-1]["video_path"] == row["video_path"]
    assert len(rows(paths)) == 2 and (folder / "Track 1 - 710000001 (2).mp4").is_file()


def test_import_gives_a_copys_cover_to_the_video_it_copies(tmp_path: Path):
    paths = make_library(tmp_path, 0)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "Track 1 - 710000001.mp4").write_bytes(mp4_bytes(1001))
    (folder / "Track 1 - 710000001 (2).mp4").write_bytes(mp4_bytes(1001))
    (folder / "Track 1 - 710000001 (2).png").write_bytes(png_bytes(1001))
    imported = cli(tmp_path, "import", str(folder))
    assert imported.returncode == 0 and "not matched:" not in imported.stdout, imported
    [row] = rows(paths)
    assert row["video_path"] == str(folder / "Track 1 - 710000001.mp4")
    assert row["cover_path"] == str(folder / "Track 1 - 710000001 (2).png")


def test_a_second_command_on_a_busy_data_folder_names_the_other_command(tmp_path: Path):
    make_library(tmp_path, 2)
    first = subprocess.Popen(
        [sys.executable, "-m", "mureka_desktop", "--data-dir", str(tmp_path), "library",
         "rename", "--template", "{song} x"], stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env=cli_env(tmp_path, MUREKA_DESKTOP_JOB_HOLD="1:start"))
    try:
        assert first.stderr is not None
        line = ""
        while "HOLD" not in line:  # the rename holds its first unit: the folder is busy
            line = first.stderr.readline()
            assert line, "the first command ended before holding"
        second = cli(tmp_path, "check")
        assert second.returncode == 2, second
        assert f"Another mureka-desktop (process {first.pid}) is using this data folder" \
            in second.stderr and "window" not in second.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        first.wait(timeout=60)
