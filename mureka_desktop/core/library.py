"""The library: every video delivered, one row per video, with its review state.

A song has many videos (each regeneration adds one; the old file stays listed). The review
state (flag, rating, note, seen) lives on the video. This module has the records, the SQL on
the ``videos`` table (schema migration 5) and the filters; the engine is the one caller that
writes review state, so every decision comes back as an event and can be undone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

__all__ = ["FILTERS", "Flag", "LibraryFilter", "Review", "Video", "Videos", "counts",
           "matches"]


class Flag(StrEnum):
    NONE = ""
    PICKED = "picked"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Review:
    """What the user decided about one video."""

    flag: Flag = Flag.NONE
    rating: int = 0
    note: str = ""
    seen: bool = False
    reviewed_at: float | None = None

    @property
    def unreviewed(self) -> bool:
        """No decision yet: neither flagged nor rated (a note or a viewing is no decision)."""
        return self.flag == Flag.NONE and self.rating == 0


@dataclass(frozen=True, slots=True)
class Video:
    id: int
    song_number: str
    song_id: str
    created_at: float
    video_id: str | None = None
    title: str | None = None
    model: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    video_path: str | None = None
    cover_path: str | None = None
    size: int = 0
    review: Review = Review()
    lyrics: str = ""  # from the song's look-up (table song_lyrics), shared by its versions

    @property
    def display_title(self) -> str:
        return self.title or f"Song {self.song_number}"

    def with_review(self, review: Review) -> Video:
        return replace(self, review=review)


_REVIEW_COLUMNS = ("flag", "rating", "note", "seen", "reviewed_at")
_VIDEO_COLUMNS = tuple(f.name for f in fields(Video) if f.name not in ("review", "lyrics"))


def _video(row: sqlite3.Row) -> Video:
    data = {name: row[name] for name in _VIDEO_COLUMNS}
    review = Review(Flag(row["flag"]), int(row["rating"]), str(row["note"]),
                    bool(row["seen"]), row["reviewed_at"])
    lyrics = row["lyrics"] if "lyrics" in row.keys() else None  # noqa: SIM118
    return Video(**data, review=review, lyrics=lyrics or "")


# ---------------------------------------------------------------------- filters
FILTERS = ("all", "unreviewed", "picked", "rejected")


@dataclass(frozen=True)
class LibraryFilter:
    """Which videos a view shows. ``flag``: one of :data:`FILTERS`; ``seen``: None for
    either; ``text`` matches title, note, lyrics, song number and video id
    (case-insensitive)."""

    flag: str = "all"
    min_rating: int = 0
    seen: bool | None = None
    text: str = ""


def matches(video: Video, flt: LibraryFilter) -> bool:
    review = video.review
    if flt.flag == "unreviewed" and not review.unreviewed:
        return False
    if flt.flag == "picked" and review.flag != Flag.PICKED:
        return False
    if flt.flag == "rejected" and review.flag != Flag.REJECTED:
        return False
    if review.rating < flt.min_rating:
        return False
    if flt.seen is not None and review.seen != flt.seen:
        return False
    if flt.text:
        needle = flt.text.casefold()
        hay = " ".join(x for x in (video.title, review.note, video.song_number, video.video_id,
                                   video.lyrics) if x)
        if needle not in hay.casefold():
            return False
    return True


def counts(videos: Iterable[Video]) -> dict[str, int]:
    """How many videos each filter shows: all, unreviewed, picked, rejected, seen, unseen,
    and ``rated`` (any stars)."""
    out = dict.fromkeys(("all", "unreviewed", "picked", "rejected", "seen", "unseen",
                         "rated"), 0)
    for video in videos:
        review = video.review
        out["all"] += 1
        out["unreviewed"] += review.unreviewed
        out["picked"] += review.flag == Flag.PICKED
        out["rejected"] += review.flag == Flag.REJECTED
        out["seen" if review.seen else "unseen"] += 1
        out["rated"] += review.rating > 0
    return out


# ---------------------------------------------------------------------- store
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

    def record(self, db: sqlite3.Connection, *, song_number: str, song_id: str,
               video_id: str | None, title: str | None, model: str | None,
               video_url: str | None, cover_url: str | None, video_path: str | None,
               cover_path: str | None, created_at: float) -> int | None:
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
                  video_path, cover_path, size)
        if row is None:
            cursor = db.execute(
                "INSERT INTO videos(song_number, song_id, video_id, title, model, video_url, "
                "cover_url, video_path, cover_path, size, created_at) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,?)", (*values, created_at))
            return int(cursor.lastrowid or 0)
        db.execute("UPDATE videos SET song_number=?, song_id=?, video_id=COALESCE(?, video_id), "
                   "title=COALESCE(?, title), model=COALESCE(?, model), "
                   "video_url=COALESCE(?, video_url), cover_url=COALESCE(?, cover_url), "
                   "video_path=?, cover_path=COALESCE(?, cover_path), size=? WHERE id=?",
                   (*values, row[0]))
        return int(row[0])

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

    def __iter__(self) -> Iterator[Video]:
        return iter(self.all())


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0
