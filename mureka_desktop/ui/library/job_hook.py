"""A file job started in a real window process without a dialog, for the tests that kill
the window in the middle of one (tests/ui/test_window_job_kill.py), as others kill the CLI:
``MUREKA_DESKTOP_RUN_JOB=rename`` renames every video to the template in Settings, ``trash``
moves the rejected ones to the trash, once the window's loop runs. The job runs as the
Library menu runs it once the user has said yes (the preview's renames; the rejected videos
whose files are there). Unset, nothing happens."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from mureka_desktop.core.library.disk import plan_renames

if TYPE_CHECKING:
    from mureka_desktop.ui.library.file_commands import LibraryFileCommands

RUN_ENV = "MUREKA_DESKTOP_RUN_JOB"


def run_from_env(commands: LibraryFileCommands) -> None:
    kind = os.environ.get(RUN_ENV, "").strip()
    if kind not in ("rename", "trash"):
        return

    def start() -> None:
        if kind == "rename":
            template = commands._template()
            plan = plan_renames(commands.w.engine.videos(), template)
            commands._run("library-rename", commands._rename(template, plan))
        else:
            commands._run("library-trash", commands._trash(commands._rejected()))

    QTimer.singleShot(0, start)
