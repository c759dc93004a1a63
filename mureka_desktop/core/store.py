"""The queue and its history in SQLite (WAL), journaled so a kill at any moment loses nothing.

Every state change is committed before the action it announces: an item is marked
``generating`` (with its start time) before the generate call leaves, and the time of every
call is stored before it is sent, so a restarted app knows what may still be running on the
server and how long to wait before the next call.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path
from typing import Any


class State(StrEnum):
    QUEUED = "queued"
    CHECKING = "checking"
    GENERATING = "generating"
    DOWNLOADING = "downloading"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATES = (State.CHECKING, State.GENERATING, State.DOWNLOADING)
FINISHED_STATES = (State.DONE, State.FAILED, State.CANCELLED)
# What "clear finished" removes: failed songs stay, to be retried or looked at.
CLEARABLE_STATES = (State.DONE, State.CANCELLED)


@dataclass(slots=True)
class Item:
    id: int
    song_id: str
    position: int
    state: State
    attempts: int = 0
    last_error: str | None = None
    title: str | None = None
    model: str | None = None
    checked: bool = False
    regenerate: bool = False
    prev_video_id: str | None = None
    video_id: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    video_path: str | None = None
    cover_path: str | None = None
    bytes_done: int = 0
    bytes_total: int = 0
    not_before: float = 0.0
    generation_started_at: float | None = None
    added_at: float = 0.0
    updated_at: float = 0.0
    finished_at: float | None = None

    @property
    def has_links(self) -> bool:
        return bool(self.video_url and self.cover_url)


_COLUMNS = [f.name for f in fields(Item)]

_MIGRATIONS: list[str] = [
    # 1: the queue
    """
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        song_id TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        title TEXT,
        video_id TEXT,
        video_url TEXT,
        cover_url TEXT,
        video_path TEXT,
        cover_path TEXT,
        generation_started_at REAL,
        added_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        finished_at REAL
    );
    CREATE INDEX items_state_position ON items(state, position);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: reuse look-ups, regeneration, back-off and download progress
    """
    ALTER TABLE items ADD COLUMN model TEXT;
    ALTER TABLE items ADD COLUMN checked INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE items ADD COLUMN regenerate INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE items ADD COLUMN prev_video_id TEXT;
    ALTER TABLE items ADD COLUMN bytes_done INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE items ADD COLUMN bytes_total INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE items ADD COLUMN not_before REAL NOT NULL DEFAULT 0;
    """,
    # 3: the journal of .part files a download may resume (downloads.py, part_files.py)
    """
    CREATE TABLE part_files (
        path TEXT PRIMARY KEY,
        total INTEGER NOT NULL,
        validator TEXT NOT NULL,
        started_at REAL NOT NULL
    );
    """,
]
SCHEMA_VERSION = len(_MIGRATIONS)


@dataclass(frozen=True)
class AddResult:
    added: list[str]
    already_queued: list[str]
    already_done: list[str]
    requeued: list[str]


class Store:
    """All queue state. Methods are short synchronous transactions (WAL, sub-millisecond)."""

    def __init__(self, path: Path, now: Any = time.time) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._now = now
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a killed process; only a power cut may lose the last commit.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._migrate()

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ schema
    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer Mureka Desktop (schema {version}); "
                f"this one knows schema {SCHEMA_VERSION}."
            )
        for number in range(version, SCHEMA_VERSION):
            with self._tx():
                for statement in _MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={number + 1}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ------------------------------------------------------------------ meta
    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT INTO meta(key, value) VALUES(?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    # ------------------------------------------------------------------ reading
    def _item(self, row: sqlite3.Row) -> Item:
        data = {name: row[name] for name in _COLUMNS}
        data["state"] = State(data["state"])
        data["checked"] = bool(data["checked"])
        data["regenerate"] = bool(data["regenerate"])
        return Item(**data)

    def get(self, item_id: int) -> Item | None:
        row = self._db.execute("SELECT * FROM items WHERE id=?", (item_id,)).fetchone()
        return None if row is None else self._item(row)

    def by_song(self, song_id: str) -> Item | None:
        row = self._db.execute("SELECT * FROM items WHERE song_id=?", (song_id,)).fetchone()
        return None if row is None else self._item(row)

    def all_items(self) -> list[Item]:
        return [self._item(r) for r in self._db.execute("SELECT * FROM items ORDER BY position")]

    def items_in(self, *states: State) -> list[Item]:
        marks = ",".join("?" * len(states))
        rows = self._db.execute(
            f"SELECT * FROM items WHERE state IN ({marks}) ORDER BY position", states)
        return [self._item(r) for r in rows]

    def queued(self, limit: int = 1000, unchecked_only: bool = False) -> list[Item]:
        extra = " AND checked=0 AND regenerate=0" if unchecked_only else ""
        rows = self._db.execute(
            f"SELECT * FROM items WHERE state='queued'{extra} ORDER BY position LIMIT ?",
            (limit,))
        return [self._item(r) for r in rows]

    def items_after(self, item_id: int) -> list[Item]:
        """Items added after ``item_id`` (ids only grow), in queue order."""
        rows = self._db.execute("SELECT * FROM items WHERE id > ? ORDER BY position", (item_id,))
        return [self._item(r) for r in rows]

    def present(self, item_ids: Iterable[int]) -> set[int]:
        """Which of these item ids are still in the store."""
        ids = list(item_ids)
        out: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self._db.execute(
                f"SELECT id FROM items WHERE id IN ({marks})", chunk))
        return out

    def counts(self) -> dict[State, int]:
        out = dict.fromkeys(State, 0)
        for state, n in self._db.execute("SELECT state, COUNT(*) FROM items GROUP BY state"):
            out[State(state)] = n
        return out

    def classify(self, song_ids: Iterable[str]) -> dict[str, State]:
        """The current state of every given id that is already in the store."""
        out: dict[str, State] = {}
        ids = list(song_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for song_id, state in self._db.execute(
                    f"SELECT song_id, state FROM items WHERE song_id IN ({marks})", chunk):
                out[song_id] = State(state)
        return out

    # ------------------------------------------------------------------ writing
    def add(self, song_ids: Iterable[str], *, regenerate: bool = False) -> AddResult:
        """Queue ids in order. Done ids are skipped unless ``regenerate``; failed and cancelled
        ids are queued again (a retry costs nothing that was not already lost)."""
        added: list[str] = []
        queued: list[str] = []
        done: list[str] = []
        requeued: list[str] = []
        now = self._now()
        with self._tx() as db:
            (top,) = db.execute("SELECT COALESCE(MAX(position), 0) FROM items").fetchone()
            for song_id in song_ids:
                row = db.execute("SELECT id, state, video_id FROM items WHERE song_id=?",
                                 (song_id,)).fetchone()
                if row is None:
                    top += 1
                    db.execute("INSERT INTO items(song_id, position, state, regenerate, "
                               "added_at, updated_at) VALUES(?,?,?,?,?,?)",
                               (song_id, top, State.QUEUED, int(regenerate), now, now))
                    added.append(song_id)
                    continue
                state = State(row["state"])
                if state == State.DONE and not regenerate:
                    done.append(song_id)
                elif state in (State.QUEUED, *ACTIVE_STATES):
                    queued.append(song_id)
                else:
                    top += 1
                    db.execute(
                        "UPDATE items SET state='queued', position=?, attempts=0, "
                        "last_error=NULL, not_before=0, checked=0, regenerate=?, "
                        "prev_video_id=CASE WHEN ? THEN video_id ELSE prev_video_id END, "
                        "video_id=CASE WHEN ? THEN NULL ELSE video_id END, "
                        "video_url=CASE WHEN ? THEN NULL ELSE video_url END, "
                        "cover_url=CASE WHEN ? THEN NULL ELSE cover_url END, "
                        "video_path=CASE WHEN ? THEN NULL ELSE video_path END, "
                        "cover_path=CASE WHEN ? THEN NULL ELSE cover_path END, "
                        "bytes_done=0, bytes_total=0, finished_at=NULL, updated_at=? "
                        "WHERE id=?",
                        (top, int(regenerate), *([int(state == State.DONE)] * 6), now,
                         row["id"]))
                    requeued.append(song_id)
        return AddResult(added, queued, done, requeued)

    def update(self, item_id: int, **changes: Any) -> Item:
        """Commit changes to one item and return it as stored."""
        bad = set(changes) - set(_COLUMNS)
        if bad:
            raise ValueError(f"unknown item fields: {sorted(bad)}")
        changes["updated_at"] = self._now()
        if changes.get("state") in FINISHED_STATES and "finished_at" not in changes:
            changes["finished_at"] = changes["updated_at"]
        assignments = ", ".join(f"{name}=?" for name in changes)
        values = [int(v) if isinstance(v, bool) else v for v in changes.values()]
        with self._tx() as db:
            db.execute(f"UPDATE items SET {assignments} WHERE id=?", (*values, item_id))
        item = self.get(item_id)
        if item is None:
            raise KeyError(item_id)
        return item

    def path_taken(self, path: Path) -> bool:
        """True when some item already owns this output file."""
        row = self._db.execute("SELECT 1 FROM items WHERE video_path=? OR cover_path=? LIMIT 1",
                               (str(path), str(path))).fetchone()
        return row is not None

    def remove(self, item_ids: Iterable[int]) -> int:
        ids = list(item_ids)
        with self._tx() as db:
            n = 0
            for item_id in ids:
                n += db.execute("DELETE FROM items WHERE id=? AND state NOT IN (?, ?)",
                                (item_id, State.GENERATING, State.DOWNLOADING)).rowcount
        return n

    def clear_finished(self) -> int:
        with self._tx() as db:
            return db.execute("DELETE FROM items WHERE state IN (?, ?)",
                              CLEARABLE_STATES).rowcount

    def move_to_front(self, item_id: int) -> None:
        with self._tx() as db:
            (low,) = db.execute("SELECT COALESCE(MIN(position), 1) FROM items").fetchone()
            db.execute("UPDATE items SET position=? WHERE id=?", (low - 1, item_id))

    # ------------------------------------------------------------------ part files
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
