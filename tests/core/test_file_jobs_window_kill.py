"""The library's file jobs killed in a real *window* process, as test_file_jobs_kill.py kills
the CLI: ``python -m mureka_desktop`` (offscreen) starts Rename files or Move rejected to
trash at once (``MUREKA_DESKTOP_RUN_JOB``, ui/library/job_hook.py) and its worker holds at a
known point of a known unit (``MUREKA_DESKTOP_JOB_HOLD``); then SIGTERM (what logout sends:
the window quits, the unit under way finishes, the rest is left and said) or kill -9. The
next start (``mureka-desktop library check``) finds every row naming its file and every file
named by one row, and the job run again finishes without renaming or trashing twice.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from library_disk import (
    assert_library_matches_disk,
    cli,
    cli_env,
    files_in,
    make_library,
    rows,
    signal_at_hold,
)

from mureka_desktop.core.library.jobs import HOLD_ENV
from mureka_desktop.ui.library.job_hook import RUN_ENV

pytestmark = pytest.mark.e2e
COUNT = 5


def window_until(home: Path, job: str, hold: str, sig: int) -> tuple[int, str]:
    """Start the window running ``job``, wait for its worker's HOLD line, send ``sig``;
    the exit code and what it wrote on stderr."""
    code, _, err = signal_at_hold(["--data-dir", str(home)], cli_env(
        home, **{RUN_ENV: job, HOLD_ENV: hold}), sig, timeout=60)
    return code, err


def after_kill(home: Path, code: int, err: str, sig: int, hold: str) -> None:
    """The window's exit, then the next start's check: clean; after SIGTERM short of the
    last unit, the journal says what is left."""
    check = cli(home, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    if sig == signal.SIGTERM:
        assert code == 0, err  # quit as from the menu: the unit under way finished
        if int(hold.partition(":")[0]) < COUNT:
            assert " stopped with " in check.stdout, check.stdout
    else:
        assert code == -signal.SIGKILL, err


SIGNALS = [pytest.param(signal.SIGKILL, id="kill-9"), pytest.param(signal.SIGTERM, id="term")]


@pytest.mark.parametrize("sig", SIGNALS)
@pytest.mark.parametrize("hold", ["2:video", "3:cover", "4:recorded"])
def test_window_rename_killed_leaves_every_row_naming_its_file(tmp_path: Path, hold: str,
                                                               sig: int) -> None:
    home, reference = tmp_path / "home", tmp_path / "reference"
    paths = make_library(home, COUNT)
    make_library(reference, COUNT)
    done = cli(reference, "rename")  # the names the same job gives when nothing stops it
    assert done.returncode == 0, done.stdout + done.stderr
    code, err = window_until(home, "rename", hold, sig)
    after_kill(home, code, err, sig, hold)
    assert_library_matches_disk(paths, home / "videos", COUNT)
    renamed = sum(not Path(r["video_path"]).name.startswith("song-") for r in rows(paths))
    assert renamed >= int(hold.partition(":")[0]) - 1  # the units before the held one
    again = cli(home, "rename")
    assert again.returncode == 0, again.stdout + again.stderr
    assert_library_matches_disk(paths, home / "videos", COUNT)
    # every video renamed once, to its own name (no "(2)": nothing renamed twice)
    assert [p.name for p in files_in(home / "videos")] == \
        [p.name for p in files_in(reference / "videos")]


@pytest.mark.parametrize("sig", SIGNALS)
@pytest.mark.parametrize("hold", ["2:video", "3:recorded"])
def test_window_trash_killed_marks_every_trashed_video(tmp_path: Path, hold: str,
                                                       sig: int) -> None:
    paths = make_library(tmp_path, COUNT, flag="rejected")
    folder, trash = tmp_path / "videos", tmp_path / "xdg" / "Trash" / "files"

    def in_trash() -> list[str]:
        return sorted(p.name for p in trash.iterdir()) if trash.is_dir() else []

    code, err = window_until(tmp_path, "trash", hold, sig)
    after_kill(tmp_path, code, err, sig, hold)
    assert_library_matches_disk(paths, folder, COUNT)
    marked = sorted(Path(p).name for r in rows(paths) if r["trashed_at"] is not None
                    for p in (r["video_path"], r["cover_path"]))
    assert in_trash() == marked  # every file in the trash is a marked video's, cover too
    assert len(marked) >= 2 * (int(hold.partition(":")[0]) - 1)
    again = cli(tmp_path, "trash-rejected", "--yes")
    assert again.returncode == 0, again.stdout + again.stderr
    assert all(r["trashed_at"] is not None for r in rows(paths))
    assert len(in_trash()) == 2 * COUNT
