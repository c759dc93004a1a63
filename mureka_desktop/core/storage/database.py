"""Opening the SQLite file behind the store, and turning its failures into advice.

A corrupt, truncated or read-only database is a situation the user can fix, not a bug: every
failure to open it becomes a :class:`StoreError` naming the file, what is wrong and what to
do, which the CLI prints (exit 2) and the window shows in a message box.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Literal

from mureka_desktop.core.runtime.phrases import phrase

_READ_ONLY = ("readonly", "read-only", "unable to open", "permission", "access")
_DAMAGED = ("not a database", "malformed", "corrupt", "disk image")


What = Literal["the queue database", "the data folder", "the log folder"]


class StoreError(RuntimeError):
    """The queue database cannot be used; ``str()`` is the message for the user (in English;
    ``args[0]`` is the same as a :class:`Phrase` for the window)."""

    def __init__(self, path: Path, problem: str, advice: str,
                 what: What = "the queue database") -> None:
        values = {"path": str(path), "problem": problem, "advice": advice}
        if what == "the data folder":
            message = phrase("cannot_use_data_folder", "Cannot use the data folder {path}: "
                             "{problem}. {advice}", **values)
        elif what == "the log folder":
            message = phrase("cannot_use_log_folder", "Cannot use the log folder {path}: "
                             "{problem}. {advice}", **values)
        else:
            message = phrase("cannot_use_database", "Cannot use the queue database {path}: "
                             "{problem}. {advice}", **values)
        super().__init__(message)
        self.path = path
        self.problem = problem
        self.advice = advice


def explain(path: Path, exc: BaseException, what: What = "the queue database") -> StoreError:
    """What went wrong with ``path`` and what the user can do about it."""
    problem = (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) \
        or type(exc).__name__
    low = problem.lower()
    if any(word in low for word in _DAMAGED):
        advice = phrase(
            "store_damaged", "The file is damaged (your video files are not in it). Move it "
            "aside and start again: re-importing an export (`mureka-desktop generate "
            "export.csv`) restores the finished songs without paying again.")
    elif "no such table" in low:
        advice = phrase(
            "store_not_a_queue", "The file holds no Mureka Desktop queue (empty, or another "
            "program's database): check --data-dir (or MUREKA_DESKTOP_HOME).")
    elif "full" in low or "no space" in low or (
            isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)):
        advice = phrase("store_disk_full", "The disk is full: free some space, then try again.")
    elif "locked" in low or "busy" in low:
        advice = phrase("store_locked", "Another program holds the database: close it, then "
                        "try again.")
    elif any(word in low for word in _READ_ONLY):
        advice = phrase(
            "store_read_only", "The data folder is read-only or not accessible: make it "
            "writable, or use another folder with --data-dir (or MUREKA_DESKTOP_HOME). "
            "`mureka-desktop export` can still read it.")
    else:
        advice = phrase("store_move_aside", "Move the file aside or use another folder with "
                        "--data-dir, then try again.")
    return StoreError(path, problem, advice, what)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode; WAL for writers, a plain read for ``readonly``."""
    try:
        if readonly:
            db = _connect_readonly(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a killed process; only a power cut may lose the
            # last commit.
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA busy_timeout=5000")
    except (OSError, sqlite3.Error) as exc:
        raise explain(path, exc) from None
    db.row_factory = sqlite3.Row
    return db


def _connect_readonly(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise sqlite3.OperationalError("unable to open database file (it does not exist)")
    uri = path.resolve().as_uri()
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None,
                         check_same_thread=False)
    try:
        db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        # A WAL database in a folder we cannot write: SQLite cannot make its -shm file.
        # Read the file as it is (what a crash left in the -wal is not seen).
        db.close()
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None,
                           check_same_thread=False)


def check(db: sqlite3.Connection) -> None:
    """Fail now, not in the middle of a run, on a file that is not a whole database."""
    row = db.execute("PRAGMA quick_check(1)").fetchone()
    if row is None or row[0] != "ok":
        raise sqlite3.DatabaseError(f"database disk image is malformed ({row[0] if row else '?'})")
