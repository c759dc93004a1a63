"""A file job started in a real window process without a dialog, for the tests that kill
the window in the middle of one (tests/ui/test_window_job_kill.py), as others kill the CLI:
``MUREKA_DESKTOP_RUN_JOB=rename`` renames every video to the template in Settings, ``trash``
moves the rejected ones to the trash, once the window's loop runs. The job runs as the
Library menu runs it once the user has said yes (the preview's renames; the rejected videos
whose files are there). Unset, nothing happens."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine
from typing import Any, Protocol

from PySide6.QtCore import QTimer

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.library.disk import RenamePlan, plan_renames
from mureka_desktop.core.model.videos import Video

RUN_ENV = "MUREKA_DESKTOP_RUN_JOB"


class FileCommands(Protocol):
    """What of the Library's file commands (file_commands.py) a test's job runs through."""

    engine: Engine

    def _run(self, key: str, coro: object) -> asyncio.Task[None]: ...
    def _template(self) -> str: ...
    def _rename(self, template: str, plan: RenamePlan) -> Coroutine[Any, Any, None]: ...
    def _rejected(self) -> list[Video]: ...
    def _trash(self, rejected: list[Video]) -> Coroutine[Any, Any, None]: ...


def run_from_env(commands: FileCommands) -> None:
    kind = os.environ.get(RUN_ENV, "").strip()
    if kind not in ("rename", "trash"):
        return

    def start() -> None:
        if kind == "rename":
            template = commands._template()
            plan = plan_renames(commands.engine.library.videos.all(), template)
            commands._run("library-rename", commands._rename(template, plan))
        else:
            commands._run("library-trash", commands._trash(commands._rejected()))

    QTimer.singleShot(0, start)
