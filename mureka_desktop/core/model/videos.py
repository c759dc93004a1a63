"""The library: every video delivered, one row per video, with its review state.

A song has many videos (each regeneration adds one; the old file stays listed). The review
state (flag, rating, note, seen) lives on the video. This module has the records and the
filters (the SQL on the ``videos`` table is in :mod:`video_store`); the engine is the one
caller that writes review state, so every decision comes back as an event and can be undone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["FILTERS", "Flag", "LibraryFilter", "Relink", "Review", "Video", "counts",
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
    sha256: str | None = None  # of the video file, recorded at download (or import)
    cover_sha256: str | None = None
    trashed_at: float | None = None  # when "Move rejected to trash" took its files
    duration_ms: int | None = None  # read from the file's header at download or import

    @property
    def display_title(self) -> str:
        return self.title or f"Song {self.song_number}"


@dataclass(frozen=True, slots=True)
class Relink:
    """New files for a video of the library: renamed, located, found again by an import.
    None leaves a field as it is; a new video file takes the video out of the trash."""

    video_id: int
    video_path: str | None = None
    cover_path: str | None = None
    sha256: str | None = None
    cover_sha256: str | None = None
    size: int | None = None
    duration_ms: int | None = None


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
    ``rated`` (any stars) and ``stars<n>`` (at least n stars, 1 to 5)."""
    out = dict.fromkeys(("all", "unreviewed", "picked", "rejected", "seen", "unseen",
                         "rated", *(f"stars{n}" for n in range(1, 6))), 0)
    for video in videos:
        review = video.review
        out["all"] += 1
        out["unreviewed"] += review.unreviewed
        out["picked"] += review.flag == Flag.PICKED
        out["rejected"] += review.flag == Flag.REJECTED
        out["seen" if review.seen else "unseen"] += 1
        out["rated"] += review.rating > 0
        for n in range(1, review.rating + 1):
            out[f"stars{n}"] += 1
    return out
