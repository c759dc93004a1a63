"""``mureka-desktop library …`` as a user runs it: decisions by song number, string id or
video id; the trash asked for (never silently when not on a terminal); exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_disk import cli, make_library, rows

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
    assert unflagged.returncode == 1 and "700000999: not in the library" in unflagged.stderr
    assert [r["flag"] for r in rows(paths)] == ["picked", "", "rejected"]
    assert cli(tmp_path, "pick", "123").returncode == 2


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
    assert cli(tmp_path, "import", str(tmp_path / "nowhere")).returncode == 2
