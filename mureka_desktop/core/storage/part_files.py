"""The ``part_files`` table: which ``.part`` files downloads may resume, and what they were
started as (total size, validator).  On the store's connection and transactions, like
:mod:`.video_store`; :mod:`mureka_desktop.core.downloads.part_files` says why it exists."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any


class PartFiles:
    """The journal downloads write through (``PartJournal`` in downloads/part_files.py)."""

    def __init__(self, db: sqlite3.Connection,
                 tx: Callable[[], AbstractContextManager[sqlite3.Connection]],
                 now: Any) -> None:
        self._db = db
        self._tx = tx
        self._now = now

    def part_record(self, path: str) -> tuple[int, str] | None:
        """The total size and validator journaled for a ``.part`` file, if any."""
        row = self._db.execute("SELECT total, validator FROM part_files WHERE path=?",
                               (path,)).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def part_started(self, path: str, total: int, validator: str) -> None:
        """Journal a ``.part`` file before the first byte of its body is written."""
        with self._tx() as db:
            db.execute("INSERT INTO part_files(path, total, validator, started_at) "
                       "VALUES(?,?,?,?) ON CONFLICT(path) DO UPDATE SET total=excluded.total, "
                       "validator=excluded.validator, started_at=excluded.started_at",
                       (path, total, validator, self._now()))

    def part_forget(self, path: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM part_files WHERE path=?", (path,))
