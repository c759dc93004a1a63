"""The ``videos`` table (schema migration 5): the library's SQL, on the store's connection and
transactions. The records it reads and writes are in :mod:`library`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import fields
from pathlib import Path
from typing import Any

from mureka_desktop.core.model.items import Record
from mureka_desktop.core.model.videos import Flag, Relink, Review, Video

__all__ = ["Videos"]


_REVIEW_COLUMNS = ("flag", "rating", "note", "seen", "reviewed_at")
_VIDEO_COLUMNS = tuple(f.name for f in fields(Video) if f.name not in ("review", "lyrics"))


def _video(row: sqlite3.Row) -> Video:
    # a read-only store may be of an older schema: take the columns it has
    names = row.keys()
    data = {name: row[name] for name in _VIDEO_COLUMNS if name in names}
    review = Review(Flag(row["flag"]), int(row["rating"]), str(row["note"]),
                    bool(row["seen"]), row["reviewed_at"])
    lyrics = row["lyrics"] if "lyrics" in names else None
    return Video(**data, review=review, lyrics=lyrics or "")


class Videos:
    """The ``videos`` table, on the store's connection and transactions."""

    def __init__(self, db: sqlite3.Connection,
                 tx: Callable[[], AbstractContextManager[sqlite3.Connection]],
                 now: Callable[[], float]) -> None:
        self._db = db
        self._tx = tx
        self._now = now
        self._lyrics_table: bool | None = None

    def _select(self, where: str = "", params: Iterable[Any] = ()) -> list[Video]:
        # A read-only store of an older schema has no song_lyrics table: no lyrics then.
        sql = ("SELECT videos.*, song_lyrics.lyrics AS lyrics FROM videos LEFT JOIN "
               "song_lyrics USING(song_number)" if self._has_lyrics() else
               "SELECT * FROM videos")
        sql += (f" WHERE {where}" if where else "") + " ORDER BY id"
        return [_video(r) for r in self._db.execute(sql, tuple(params))]

    def _has_lyrics(self) -> bool:
        if not self._lyrics_table:  # only a found table is remembered (a migration adds it)
            row = self._db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                                   "name='song_lyrics'").fetchone()
            self._lyrics_table = row is not None
        return bool(self._lyrics_table)

    def set_lyrics(self, song_number: str, lyrics: str) -> bool:
        """Keep the lyrics a look-up gave for a song; True when they changed."""
        lyrics = lyrics.strip()
        if not lyrics or not self._has_lyrics():
            return False
        row = self._db.execute("SELECT lyrics FROM song_lyrics WHERE song_number=?",
                               (song_number,)).fetchone()
        if row is not None and row[0] == lyrics:
            return False
        with self._tx() as db:
            db.execute("INSERT INTO song_lyrics(song_number, lyrics, updated_at) "
                       "VALUES(?,?,?) ON CONFLICT(song_number) DO UPDATE SET "
                       "lyrics=excluded.lyrics, updated_at=excluded.updated_at",
                       (song_number, lyrics, self._now()))
        return True

    def lyrics(self, song_number: str) -> str:
        if not self._has_lyrics():
            return ""
        row = self._db.execute("SELECT lyrics FROM song_lyrics WHERE song_number=?",
                               (song_number,)).fetchone()
        return "" if row is None else str(row[0])

    def available(self) -> bool:
        """False on a read-only store of an older schema (no videos table yet)."""
        row = self._db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                               "name='videos'").fetchone()
        return row is not None

    def all(self) -> list[Video]:
        return self._select() if self.available() else []

    def many(self, video_ids: Iterable[int]) -> list[Video]:
        """These videos, in id order (missing ids left out)."""
        ids = list(dict.fromkeys(video_ids))
        out: list[Video] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            out += self._select(f"id IN ({','.join('?' * len(chunk))})", chunk)
        return sorted(out, key=lambda v: v.id)

    def get(self, video_id: int) -> Video | None:
        found = self._select("id=?", (video_id,))
        return found[0] if found else None

    def of_song(self, song_number: str) -> list[Video]:
        return self._select("song_number=?", (song_number,))

    def after(self, video_id: int) -> list[Video]:
        return self._select("id > ?", (video_id,))

    def path_taken(self, path: str) -> bool:
        row = self._db.execute("SELECT 1 FROM videos WHERE video_path=? OR cover_path=? "
                               "LIMIT 1", (path, path)).fetchone()
        return row is not None

    def record_song(self, db: sqlite3.Connection, item_id: int | None,
                    number: str | None = None) -> None:
        """A song turned done: its video joins the library (in the caller's transaction)."""
        row = db.execute("SELECT * FROM items WHERE id=?", (item_id,)).fetchone() \
            if item_id is not None else \
            db.execute("SELECT * FROM items WHERE song_number=?", (number,)).fetchone()
        if row is None:
            return
        self.record(db, song_number=row["song_number"], song_id=row["song_id"],
                    video_id=row["video_id"], title=row["title"], model=row["model"],
                    video_url=row["video_url"], cover_url=row["cover_url"],
                    video_path=row["video_path"], cover_path=row["cover_path"],
                    created_at=row["finished_at"] or row["updated_at"])

    def record(self, db: sqlite3.Connection, *, song_number: str, song_id: str,
               video_id: str | None, title: str | None, model: str | None,
               video_url: str | None, cover_url: str | None, video_path: str | None,
               cover_path: str | None, created_at: float, sha256: str | None = None,
               cover_sha256: str | None = None, duration_ms: int | None = None) -> int | None:
        """Add (or refresh) the video a finished song delivered, inside the caller's
        transaction; return its row id. The same video id, or the same file, is one video."""
        if not video_path:
            return None
        row = None
        if video_id:
            row = db.execute("SELECT id FROM videos WHERE song_number=? AND video_id=?",
                             (song_number, video_id)).fetchone()
        if row is None:
            row = db.execute("SELECT id FROM videos WHERE video_path=?",
                             (video_path,)).fetchone()
        size = _size(video_path)
        values = (song_number, song_id, video_id, title, model, video_url, cover_url,
                  video_path, cover_path, size, sha256, cover_sha256, duration_ms)
        if row is None:
            cursor = db.execute(
                "INSERT INTO videos(song_number, song_id, video_id, title, model, video_url, "
                "cover_url, video_path, cover_path, size, sha256, cover_sha256, duration_ms, "
                "created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (*values, created_at))
            return int(cursor.lastrowid or 0)
        db.execute("UPDATE videos SET song_number=?, song_id=?, video_id=COALESCE(?, video_id), "
                   "title=COALESCE(?, title), model=COALESCE(?, model), "
                   "video_url=COALESCE(?, video_url), cover_url=COALESCE(?, cover_url), "
                   "video_path=?, cover_path=COALESCE(?, cover_path), size=?, "
                   "sha256=COALESCE(?, sha256), cover_sha256=COALESCE(?, cover_sha256), "
                   "duration_ms=COALESCE(?, duration_ms), trashed_at=NULL WHERE id=?",
                   (*values, row[0]))
        return int(row[0])

    # ------------------------------------------------------------------ files
    def owner_of(self, path: str) -> Video | None:
        """The video whose file (or cover) this is, if any."""
        found = self._select("video_path=? OR cover_path=?", (path, path))
        return found[0] if found else None

    def songs(self) -> dict[str, tuple[str, str | None, str | None]]:
        """Every song the store knows (queue and library): number -> (id, title, queue state
        or None when only the library has it)."""
        out: dict[str, tuple[str, str | None, str | None]] = {}
        for row in self._db.execute("SELECT song_number, song_id, title FROM videos "
                                    "ORDER BY id"):
            out[row[0]] = (row[1], row[2] or (out.get(row[0]) or ("", None, None))[1], None)
        for row in self._db.execute("SELECT song_number, song_id, title, state FROM items"):
            known = out.get(row[0])
            out[row[0]] = (row[1], row[2] or (known[1] if known else None), row[3])
        return out

    def set_files(self, changes: Iterable[Relink]) -> list[int]:
        """New files (and hashes) for videos renamed, located or found again, in one
        transaction; the queue's rows naming the old files follow them. Raises
        sqlite3.IntegrityError when a new video file is already another video's."""
        done: list[int] = []
        with self._tx() as db:
            for c in changes:
                old = db.execute("SELECT video_path, cover_path, song_number FROM videos "
                                 "WHERE id=?", (c.video_id,)).fetchone()
                if old is None:
                    continue
                db.execute(
                    "UPDATE videos SET video_path=COALESCE(?, video_path), "
                    "cover_path=COALESCE(?, cover_path), sha256=COALESCE(?, sha256), "
                    "cover_sha256=COALESCE(?, cover_sha256), size=COALESCE(?, size), "
                    "duration_ms=COALESCE(?, duration_ms), "
                    "trashed_at=CASE WHEN ? IS NULL THEN trashed_at END WHERE id=?",
                    (c.video_path, c.cover_path, c.sha256, c.cover_sha256, c.size,
                     c.duration_ms, c.video_path, c.video_id))
                for column, new, was in (("video_path", c.video_path, old[0]),
                                         ("cover_path", c.cover_path, old[1])):
                    if new and was and new != was:  # the song's row, by its unique number
                        db.execute(f"UPDATE items SET {column}=? WHERE song_number=? AND "
                                   f"{column}=?", (new, old[2], was))
                done.append(c.video_id)
        return done

    def mark_trashed(self, video_ids: Iterable[int], when: float) -> list[int]:
        """These videos' files went to the system trash."""
        done: list[int] = []
        with self._tx() as db:
            for video_id in video_ids:
                if db.execute("UPDATE videos SET trashed_at=? WHERE id=?",
                              (when, video_id)).rowcount:
                    done.append(video_id)
        return done

    def add_file(self, *, song_number: str, song_id: str, title: str | None,
                 video_path: str, cover_path: str | None, sha256: str | None,
                 cover_sha256: str | None, created_at: float,
                 duration_ms: int | None = None) -> int:
        """A video found on disk (Import folder) joins the library as a version of its song."""
        with self._tx() as db:
            found = self.record(db, song_number=song_number, song_id=song_id, video_id=None,
                                title=title, model=None, video_url=None, cover_url=None,
                                video_path=video_path, cover_path=cover_path,
                                created_at=created_at, sha256=sha256,
                                cover_sha256=cover_sha256, duration_ms=duration_ms)
        assert found is not None
        return found

    def set_review(self, video_id: int, review: Review) -> Video:
        if not 0 <= review.rating <= 5:
            raise ValueError(f"a rating is 0 to 5, not {review.rating}")
        with self._tx() as db:
            db.execute("UPDATE videos SET flag=?, rating=?, note=?, seen=?, reviewed_at=? "
                       "WHERE id=?", (str(review.flag), review.rating, review.note,
                                      int(review.seen), review.reviewed_at, video_id))
        video = self.get(video_id)
        if video is None:
            raise KeyError(video_id)
        return video

    def put_review(self, db: sqlite3.Connection, path: str, review: Review) -> None:
        """Put back review state an export carried (in the caller's transaction)."""
        db.execute("UPDATE videos SET flag=?, rating=?, note=?, seen=?, reviewed_at=? "
                   "WHERE video_path=?", (str(review.flag), review.rating, review.note,
                                          int(review.seen), review.reviewed_at, path))

    def restore(self, db: sqlite3.Connection, number: str, song_id: str, rec: Record,
                now: float) -> None:
        """One version an export names joins the library with its review (in the caller's
        transaction)."""
        row = self.record(db, song_number=number, song_id=song_id, video_id=rec.video_id,
                          title=rec.title, model=rec.model, video_url=rec.video_url,
                          cover_url=rec.cover_url, video_path=rec.video_path,
                          cover_path=rec.cover_path,
                          created_at=now if rec.created_at is None else rec.created_at,
                          sha256=rec.sha256, cover_sha256=rec.cover_sha256)
        if rec.review is not None and rec.video_path:
            self.put_review(db, rec.video_path, rec.review)
        if rec.trashed_at is not None and row is not None:
            db.execute("UPDATE videos SET trashed_at=? WHERE id=?", (rec.trashed_at, row))

    def __iter__(self) -> Iterator[Video]:
        return iter(self.all())


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
