"""One running engine per queue: two schedulers on one store would pay twice for a song.

The lock is an OS file lock on ``<data dir>/instance.lock`` (released by the OS when the
process dies, so a kill -9 never leaves it stuck); the file holds the owner's pid for the
message shown to a second instance.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from mureka_desktop.core.runtime.phrases import phrase


class AlreadyRunning(RuntimeError):
    """Another Mureka Desktop process owns this queue."""


class InstanceLock:
    """One process per data folder. The lock file names its owner: the process id, then on a
    second line ``cli`` when it is a headless command (no window to use)."""

    def __init__(self, data_dir: Path, role: str = "window") -> None:
        self.path = data_dir / "instance.lock"
        self.role = role
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            owner, _, role = handle.read().strip().partition("\n")
            owner = owner.strip() or "unknown"
            handle.close()
            if role.strip() == "cli":
                raise AlreadyRunning(phrase(
                    "already_running_cli", "Another mureka-desktop (process {owner}) is using "
                    "this data folder. Wait for it to end, or stop it first.",
                    owner=owner)) from None
            raise AlreadyRunning(phrase(
                "already_running", "Mureka Desktop is already running on this queue (process "
                "{owner}). Use that window, or close it first.", owner=owner)) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()) + ("\ncli" if self.role == "cli" else ""))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
