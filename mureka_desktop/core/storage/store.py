"""The queue and its history in SQLite (WAL), journaled so a kill at any moment loses nothing.

Every state change is committed before the action it announces: an item is marked
``generating`` (with its start time) before the generate call leaves, and the time of every
call is stored before it is sent, so a restarted app knows what may still be running on the
server and how long to wait before the next call.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

from mureka_desktop.core.ids.parse import song_number
from mureka_desktop.core.model.items import (
    ACTIVE_STATES,
    CLEARABLE_STATES,
    FINISHED_STATES,
    AddResult,
    Item,
    Record,
    State,
)
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.core.storage import database
from mureka_desktop.core.storage.database import StoreError
from mureka_desktop.core.storage.part_files import PartFiles
from mureka_desktop.core.storage.schema import MIGRATIONS
from mureka_desktop.core.storage.video_store import Videos

__all__ = ["ACTIVE_STATES", "CLEARABLE_STATES", "FINISHED_STATES", "AddResult", "Item",
           "Record", "State", "Store", "StoreError"]


_COLUMNS = [f.name for f in fields(Item)]
_COLUMN_SET = frozenset(_COLUMNS)
_IN_VIEW = "cleared_at IS NULL"


def _number(song_id: str) -> str:
    """:func:`ids.song_number`, with the common case (a bare number) first."""
    return song_id if song_id.isdigit() else song_number(song_id)

_MIGRATIONS = MIGRATIONS  # appended to in core/schema.py
SCHEMA_VERSION = len(_MIGRATIONS)


def _chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


class Store:
    """All queue state. Methods are short synchronous transactions (WAL, sub-millisecond).

    Rows are songs, one per song number.  The queue view (:meth:`all_items`, :meth:`counts`,
    :meth:`items_in`) leaves out songs cleared from it; :meth:`history` holds every song.
    """

    def __init__(self, path: Path, now: Any = time.time, *,
                 scrub: Callable[[str], str] | None = None, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._now = now
        self._scrub = scrub
        self._db = database.connect(path, readonly=readonly)
        self.videos = Videos(self._db, self._tx, now)  # the library (model/videos.py)
        self.parts = PartFiles(self._db, self._tx, now)  # the downloads' .part journal
        try:
            if not readonly:
                self._migrate()
            database.check(self._db)
        except sqlite3.Error as exc:
            self._db.close()
            raise database.explain(path, exc) from None
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        self._db.close()

    def now(self) -> float:
        """The store's clock (a fake one in tests)."""
        return float(self._now())

    # ------------------------------------------------------------------ schema
    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(self.path, phrase(
                "store_newer", "it was written by a newer Mureka Desktop (schema {version}); "
                "this one knows schema {known}", version=version, known=SCHEMA_VERSION),
                phrase("store_update", "Update Mureka Desktop."))
        for number in range(version, SCHEMA_VERSION):
            with self._tx():
                for statement in _MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={number + 1}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a nested one is part of the outer (a file job records its
        journal and the rows it changes together)."""
        if self._db.in_transaction:
            yield self._db
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """:meth:`_tx` for the file jobs' journal (core/file_jobs)."""
        return self._tx()

    @property
    def connection(self) -> sqlite3.Connection:
        return self._db

    # ------------------------------------------------------------------ meta
    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT INTO meta(key, value) VALUES(?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    # ------------------------------------------------------------------ reading
    def _items(self, sql: str, params: Sequence[Any] = ()) -> list[Item]:
        cursor = self._db.execute(sql, params)
        # A read-only store may be of an older schema: take the columns it has.
        names = [d[0] for d in cursor.description]
        keep = [(i, n) for i, n in enumerate(names) if n in _COLUMN_SET]
        out: list[Item] = []
        for row in cursor:
            data = {name: row[i] for i, name in keep}
            data["state"] = State(data["state"])
            data["checked"] = bool(data.get("checked", False))
            data["regenerate"] = bool(data.get("regenerate", False))
            if not data.get("song_number"):
                data["song_number"] = _number(data["song_id"])
            out.append(Item(**data))
        return out

    def get(self, item_id: int) -> Item | None:
        found = self._items("SELECT * FROM items WHERE id=?", (item_id,))
        return found[0] if found else None

    def by_song(self, song_id: str) -> Item | None:
        """The song, whichever way its id is spelled."""
        found = self._items("SELECT * FROM items WHERE song_number=?", (_number(song_id),))
        return found[0] if found else None

    def all_items(self) -> list[Item]:
        """The queue view: every song not cleared from it, in queue order."""
        return self._items(f"SELECT * FROM items WHERE {_IN_VIEW} ORDER BY position")

    def history(self) -> list[Item]:
        """Every song the store knows, cleared ones included (exports and the library)."""
        return self._items("SELECT * FROM items ORDER BY position")

    def items_in(self, *states: State) -> list[Item]:
        marks = ",".join("?" * len(states))
        return self._items(
            f"SELECT * FROM items WHERE state IN ({marks}) AND {_IN_VIEW} ORDER BY position",
            states)

    def queued(self, limit: int = 1000) -> list[Item]:
        return self._items("SELECT * FROM items WHERE state='queued' ORDER BY position LIMIT ?",
                           (limit,))

    def queued_outside(self, accounts: Collection[str | None], limit: int) -> list[Item]:
        """Queued items, in queue order, whose string id names none of ``accounts`` (None:
        bare numbers): the next songs of the Mureka accounts that can still call when the
        head of the queue belongs to accounts that cannot (paused, slots full)."""
        clauses = ["song_id NOT LIKE ?" for a in accounts if a is not None]
        params: list[Any] = [f"user:%-mureka:{a}-song:%" for a in accounts if a is not None]
        if None in accounts:
            clauses.append("song_id LIKE 'user:%'")
        where = " AND ".join(["state='queued'", *clauses])
        return self._items(f"SELECT * FROM items WHERE {where} ORDER BY position LIMIT ?",
                           (*params, limit))

    def items_after(self, item_id: int) -> list[Item]:
        """Items of the queue view added after ``item_id`` (ids only grow), in queue order."""
        return self._items(
            f"SELECT * FROM items WHERE id > ? AND {_IN_VIEW} ORDER BY position", (item_id,))

    def present(self, item_ids: Iterable[int]) -> set[int]:
        """Which of these item ids are still in the queue view."""
        out: set[int] = set()
        for chunk in _chunks(list(item_ids)):
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self._db.execute(
                f"SELECT id FROM items WHERE id IN ({marks}) AND {_IN_VIEW}", chunk))
        return out

    def counts(self) -> dict[State, int]:
        """Songs per state in the queue view."""
        out = dict.fromkeys(State, 0)
        for state, n in self._db.execute(
                f"SELECT state, COUNT(*) FROM items WHERE {_IN_VIEW} GROUP BY state"):
            out[State(state)] = n
        return out

    def classify(self, song_ids: Iterable[str]) -> dict[str, State]:
        """The state of every given id whose song is in the store (cleared ones included),
        keyed by the id as given, whichever way it is spelled."""
        wanted: dict[str, list[str]] = {}
        for song_id in song_ids:
            wanted.setdefault(_number(song_id), []).append(song_id)
        out: dict[str, State] = {}
        for chunk in _chunks(list(wanted)):
            marks = ",".join("?" * len(chunk))
            for number, state in self._db.execute(
                    f"SELECT song_number, state FROM items WHERE song_number IN ({marks})",
                    chunk):
                for song_id in wanted[number]:
                    out[song_id] = State(state)
        return out

    # ------------------------------------------------------------------ writing
    def add(self, song_ids: Iterable[str], *, regenerate: bool = False) -> AddResult:
        """Queue ids in order, one row per song number. Done songs are skipped unless
        ``regenerate``; failed and cancelled ones are queued again (a retry costs nothing that
        was not already lost). A string id given for a song known by its bare number replaces
        it: it routes the call to the right account."""
        added: list[str] = []
        queued: list[str] = []
        done: list[str] = []
        requeued: list[str] = []
        now = self._now()
        with self._tx() as db:
            (top,) = db.execute("SELECT COALESCE(MAX(position), 0) FROM items").fetchone()
            for song_id in song_ids:
                number = _number(song_id)
                row = db.execute("SELECT id, state, song_id FROM items WHERE song_number=?",
                                 (number,)).fetchone()
                if row is None:
                    top += 1
                    db.execute("INSERT INTO items(song_id, song_number, position, state, "
                               "regenerate, added_at, updated_at) VALUES(?,?,?,?,?,?,?)",
                               (song_id, number, top, State.QUEUED, int(regenerate), now, now))
                    added.append(song_id)
                    continue
                if row["song_id"] == number and song_id != number:
                    db.execute("UPDATE items SET song_id=? WHERE id=?", (song_id, row["id"]))
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
                        "cleared_at=NULL, "
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

    def restore(self, records: Iterable[Record]) -> list[str]:
        """Record songs as done with the files an export names (the caller checked them on
        disk). Several records of one song are its versions, oldest first: each joins the
        library with its own review, the last one is the song's (one queue row per song).
        Songs already done or at work are left alone; return the ids restored (one a song)."""
        restored: list[str] = []
        now = self._now()
        songs: dict[str, list[Record]] = {}
        for rec in records:
            songs.setdefault(_number(rec.song_id), []).append(rec)
        with self._tx() as db:
            (top,) = db.execute("SELECT COALESCE(MAX(position), 0) FROM items").fetchone()
            for number, versions in songs.items():
                row = db.execute("SELECT id, state, song_id FROM items WHERE song_number=?",
                                 (number,)).fetchone()
                if row is not None and State(row["state"]) in (State.DONE, *ACTIVE_STATES):
                    continue
                top += 1
                # the string form wins over the bare number, whichever side has it
                given = next((r.song_id for r in versions if r.song_id != number), number)
                song_id = row["song_id"] if row is not None and given == number else given
                rec = versions[-1]
                made = now if rec.created_at is None else rec.created_at
                values = (song_id, number, top, rec.title, rec.model, rec.video_id,
                          rec.video_url, rec.cover_url, rec.video_path, rec.cover_path)
                if row is None:
                    db.execute("INSERT INTO items(song_id, song_number, position, title, model, "
                               "video_id, video_url, cover_url, video_path, cover_path, state, "
                               "checked, added_at, updated_at, finished_at) "
                               "VALUES(?,?,?,?,?,?,?,?,?,?,'done',1,?,?,?)",
                               (*values, now, now, made))
                else:
                    db.execute("UPDATE items SET song_id=?, song_number=?, position=?, "
                               "title=COALESCE(?, title), model=COALESCE(?, model), "
                               "video_id=?, video_url=?, cover_url=?, video_path=?, "
                               "cover_path=?, state='done', checked=1, last_error=NULL, "
                               "cleared_at=NULL, not_before=0, updated_at=?, finished_at=? "
                               "WHERE id=?", (*values, now, made, row["id"]))
                for version in versions:
                    self.videos.restore(db, number, song_id, version, now)
                restored.append(song_id)
        return restored

    def update(self, item_id: int, **changes: Any) -> Item:
        """Commit changes to one item and return it as stored."""
        bad = set(changes) - set(_COLUMNS)
        if bad:
            raise ValueError(f"unknown item fields: {sorted(bad)}")
        if self._scrub is not None and isinstance(changes.get("last_error"), str):
            # Server text may echo the request, token included: never store it.
            changes["last_error"] = self._scrub(changes["last_error"])
        changes["updated_at"] = self._now()
        if changes.get("state") in FINISHED_STATES and "finished_at" not in changes:
            changes["finished_at"] = changes["updated_at"]
        assignments = ", ".join(f"{name}=?" for name in changes)
        values = [int(v) if isinstance(v, bool) else v for v in changes.values()]
        with self._tx() as db:
            db.execute(f"UPDATE items SET {assignments} WHERE id=?", (*values, item_id))
            if changes.get("state") == State.DONE:
                self.videos.record_song(db, item_id)
        item = self.get(item_id)
        if item is None:
            raise KeyError(item_id)
        return item

    def path_taken(self, path: Path) -> bool:
        """True when some item, or some video of the library (an earlier version of a
        regenerated song), already owns this output file."""
        row = self._db.execute("SELECT 1 FROM items WHERE video_path=? OR cover_path=? LIMIT 1",
                               (str(path), str(path))).fetchone()
        return row is not None or self.videos.path_taken(str(path))

    def remove(self, item_ids: Iterable[int]) -> int:
        """Take songs out of the queue view; return how many left it. Done songs stay in the
        history (hidden, as by Clear finished); songs at work are kept; the rest are deleted
        (nothing was made for them)."""
        n = 0
        now = self._now()
        with self._tx() as db:
            for item_id in item_ids:
                n += db.execute(f"UPDATE items SET cleared_at=? WHERE id=? AND state=? "
                                f"AND {_IN_VIEW}", (now, item_id, State.DONE)).rowcount
                n += db.execute("DELETE FROM items WHERE id=? AND state NOT IN (?, ?, ?)",
                                (item_id, State.DONE, State.GENERATING,
                                 State.DOWNLOADING)).rowcount
        return n

    def clear_finished(self) -> list[int]:
        """Hide done and cancelled songs from the queue view; return their ids (for undo)."""
        with self._tx() as db:
            ids = [r[0] for r in db.execute(
                f"SELECT id FROM items WHERE state IN (?, ?) AND {_IN_VIEW} ORDER BY position",
                CLEARABLE_STATES)]
            now = self._now()
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                db.execute(f"UPDATE items SET cleared_at=? WHERE id IN ({marks})", (now, *chunk))
        return ids

    def unclear(self, item_ids: Iterable[int]) -> list[int]:
        """Undo of a clear: put exactly these songs back in the queue view."""
        back: list[int] = []
        with self._tx() as db:
            for item_id in item_ids:
                if db.execute("UPDATE items SET cleared_at=NULL WHERE id=? AND "
                              "cleared_at IS NOT NULL", (item_id,)).rowcount:
                    back.append(item_id)
        return back
