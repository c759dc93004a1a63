"""The window's policy while a file job's worker runs beside it (ui/heap.py): from the job's
start to its end, however it ends, the GIL's switch interval is short and the worker's new
objects are frozen as they come; after it, the interval is the one before.

The core's runner used to do this itself; it now only tells the job's start and end
(tests/core/test_file_jobs_no_ui_policy.py checks that it no longer touches either)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

import pytest
from test_library_file_commands import click, dialog_of, finish, show_library
from window_tools import wait_for

from mureka_desktop.core.library.jobs import HOLD_ENV
from mureka_desktop.core.model import events as ev
from mureka_desktop.ui.heap import SWITCH_SECONDS
from mureka_desktop.ui.library.file_dialogs import RenamePreviewDialog


async def _rename(window: Any, tmp_path: Path, count: int) -> Path:
    """Library > Rename files to the template…, accepted; the folder it renames in."""
    out = tmp_path / "out"
    await finish(window, out, [str(700000401 + n) for n in range(count)])
    await show_library(window)
    window.library_files.rename_action.trigger()
    preview = await dialog_of(window, RenamePreviewDialog)
    click(preview.rename_button)
    return out


async def test_a_rename_runs_with_a_short_switch_interval_then_puts_it_back(
        window: Any, tmp_path: Path):
    before = sys.getswitchinterval()
    assert before != SWITCH_SECONDS
    seen: list[tuple[ev.FileJobProgress, float]] = []
    window.engine.subscribe(lambda e: seen.append((e, sys.getswitchinterval()))
                            if isinstance(e, ev.FileJobProgress) else None)
    await _rename(window, tmp_path, 5)
    bar = window.library_files.job_bar
    await wait_for(lambda: any(e.finished for e, _ in seen) and not bar.isVisible())
    during = [switch for e, switch in seen if not e.finished]
    assert during and set(during) == {SWITCH_SECONDS}  # from the start, told before the plan
    assert seen[-1][0].done == 5
    assert sys.getswitchinterval() == before


async def _held(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> float:
    """A rename whose worker waits once its second video moved; the interval before it."""
    before = sys.getswitchinterval()
    monkeypatch.setenv(HOLD_ENV, "2:video")
    out = await _rename(window, tmp_path, 4)
    await wait_for(lambda: (out / "Title 700000402 - 700000402.mp4").exists())
    assert sys.getswitchinterval() == SWITCH_SECONDS
    frozen = gc.get_freeze_count()
    made = [[n] for n in range(2000)]  # new objects, as a worker's plan: frozen soon
    await wait_for(lambda: gc.get_freeze_count() >= frozen + len(made), timeout=5)
    return before


async def test_cancel_in_the_status_bar_puts_the_switch_interval_back(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    before = await _held(window, tmp_path, monkeypatch)
    bar = window.library_files.job_bar
    click(bar.cancel)
    await wait_for(lambda: not bar.isVisible())
    assert "2 done, 2 left" in window.statusBar().currentMessage()
    assert sys.getswitchinterval() == before


async def test_quitting_mid_job_puts_the_switch_interval_back(
        window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    before = await _held(window, tmp_path, monkeypatch)
    window.close()
    await window.shutdown()  # as the app does once the window is closed (ui/launch.py)
    assert sys.getswitchinterval() == before


async def test_a_job_that_fails_before_it_starts_puts_the_switch_interval_back(
        window: Any, tmp_path: Path):
    before = sys.getswitchinterval()
    await show_library(window)
    picker = window.library_files.import_folder()
    picker.fileSelected.emit(str(tmp_path / "unplugged"))  # a disk gone since it was picked
    picker.close()
    await wait_for(lambda: "Cannot read" in window.statusBar().currentMessage())
    assert sys.getswitchinterval() == before
