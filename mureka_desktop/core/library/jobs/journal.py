"""The journal of file jobs (schema migration 8): what a job is about to do to the library's
files, one unit per video (its file and cover travel together, from -> to), written before a
file is touched, and each unit's outcome, recorded in the transaction that changes its
video's row. Nothing here touches the disk."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from mureka_desktop.core.storage.store import Store

__all__ = ["DONE", "FAILED", "PLANNED", "UNDONE", "Journal", "JobRow", "Unit"]

PLANNED, DONE, FAILED, UNDONE = "planned", "done", "failed", "undone"
KEEP = 20  # jobs whose units are kept once ended


@dataclass(frozen=True)
class Unit:
    """One video's part of a job. ``video_to`` None for the trash; ``payload`` what an
    import records (JSON-able)."""

    video_id: int | None
    video_from: str | None = None
    video_to: str | None = None
    cover_from: str | None = None
    cover_to: str | None = None
    payload: dict[str, Any] | None = None
    id: int = 0  # its row, once written
    state: str = PLANNED
    note: str | None = None


@dataclass(frozen=True)
class JobRow:
    id: int
    kind: str
    detail: str
    started_at: float
    ended_at: float | None
    outcome: str | None


def _unit(row: sqlite3.Row) -> Unit:
    payload = json.loads(row["payload"]) if row["payload"] else None
    return Unit(row["video_id"], row["video_from"], row["video_to"], row["cover_from"],
                row["cover_to"], payload, int(row["id"]), str(row["state"]), row["note"])


class Journal:
    """The ``file_jobs`` and ``file_units`` tables, on a store's connection."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._db = store.connection

    def begin(self, kind: str, detail: str, units: Sequence[Unit]) -> tuple[int, list[Unit]]:
        """Write a job and every unit's intent in one transaction; the units with their ids."""
        with self.store.transaction() as db:
            # the journal keeps the last jobs only (a rename of 10,000 videos is 10,000 rows)
            db.execute(f"DELETE FROM file_units WHERE job_id IN (SELECT id FROM file_jobs "
                       f"WHERE ended_at IS NOT NULL ORDER BY id DESC LIMIT -1 OFFSET {KEEP})")
            db.execute(f"DELETE FROM file_jobs WHERE id IN (SELECT id FROM file_jobs WHERE "
                       f"ended_at IS NOT NULL ORDER BY id DESC LIMIT -1 OFFSET {KEEP})")
            cursor = db.execute("INSERT INTO file_jobs(kind, detail, started_at) VALUES(?,?,?)",
                                (kind, detail, self.store.now()))
            job_id = int(cursor.lastrowid or 0)
            out: list[Unit] = []
            for u in units:
                cursor = db.execute(
                    "INSERT INTO file_units(job_id, video_id, video_from, video_to, cover_from, "
                    "cover_to, payload) VALUES(?,?,?,?,?,?,?)",
                    (job_id, u.video_id, u.video_from, u.video_to, u.cover_from, u.cover_to,
                     None if u.payload is None else json.dumps(u.payload)))
                out.append(Unit(u.video_id, u.video_from, u.video_to, u.cover_from,
                                u.cover_to, u.payload, int(cursor.lastrowid or 0)))
        return job_id, out

    def settle(self, db: sqlite3.Connection, unit_id: int, state: str,
               note: str | None = None) -> None:
        """A unit's outcome, inside the caller's transaction (the one changing its row)."""
        db.execute("UPDATE file_units SET state=?, note=? WHERE id=?", (state, note, unit_id))

    def end(self, job_id: int, outcome: str) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE file_jobs SET ended_at=?, outcome=? WHERE id=?",
                       (self.store.now(), outcome, job_id))

    def open_jobs(self) -> list[JobRow]:
        """Jobs that never ended (the process was killed or quit mid-way)."""
        return [JobRow(int(r["id"]), r["kind"], r["detail"], r["started_at"], r["ended_at"],
                       r["outcome"])
                for r in self._db.execute("SELECT * FROM file_jobs WHERE ended_at IS NULL "
                                          "ORDER BY id")]

    def job(self, job_id: int) -> JobRow | None:
        r = self._db.execute("SELECT * FROM file_jobs WHERE id=?", (job_id,)).fetchone()
        return None if r is None else JobRow(int(r["id"]), r["kind"], r["detail"],
                                             r["started_at"], r["ended_at"], r["outcome"])

    def units(self, job_id: int, states: Iterable[str] = (PLANNED,)) -> list[Unit]:
        wanted = list(states)
        marks = ",".join("?" * len(wanted))
        return [_unit(r) for r in self._db.execute(
            f"SELECT * FROM file_units WHERE job_id=? AND state IN ({marks}) ORDER BY id",
            (job_id, *wanted))]

    def counts(self, job_id: int) -> dict[str, int]:
        out = dict.fromkeys((PLANNED, DONE, FAILED, UNDONE), 0)
        for state, n in self._db.execute("SELECT state, COUNT(*) FROM file_units WHERE "
                                         "job_id=? GROUP BY state", (job_id,)):
            out[str(state)] = int(n)
        return out

    def stopped(self) -> list[tuple[JobRow, int]]:
        """Jobs that ended with units left undone (stopped by a quit, or rolled back at a
        start), newest first, with how many: the work to offer again."""
        rows = self._db.execute(
            "SELECT j.*, (SELECT COUNT(*) FROM file_units u WHERE u.job_id=j.id AND "
            "u.state='undone') AS left_over FROM file_jobs j WHERE j.outcome IN "
            "('stopped', 'recovered') ORDER BY j.id DESC LIMIT 20").fetchall()
        return [(JobRow(int(r["id"]), r["kind"], r["detail"], r["started_at"], r["ended_at"],
                        r["outcome"]), int(r["left_over"])) for r in rows if r["left_over"]]
