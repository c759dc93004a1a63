"""What the queue holds: a song's row (:class:`Item`) and its states, and the records an add
or an export hands the store. Plain data: no SQL here (that is :mod:`store`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mureka_desktop.core.model.videos import Review

__all__ = ["ACTIVE_STATES", "CLEARABLE_STATES", "FINISHED_STATES", "AddResult", "Item",
           "Record", "State"]


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
# What "clear finished" hides from the queue view (never from the store): failed songs stay,
# to be retried or looked at.
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
    song_number: str = ""  # the song's identity (ids.song_number); song_id is what the API gets
    cleared_at: float | None = None  # set when "Clear finished" hid it from the queue view

    @property
    def has_links(self) -> bool:
        return bool(self.video_url and self.cover_url)


@dataclass(frozen=True)
class AddResult:
    added: list[str]
    already_queued: list[str]
    already_done: list[str]
    requeued: list[str]


@dataclass(frozen=True)
class Record:
    """A finished song as an export names it: restored as done when its files are on disk."""

    song_id: str
    title: str | None = None
    model: str | None = None
    video_id: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    video_path: str | None = None
    cover_path: str | None = None
    review: Review | None = None  # the library's review of this video, when the export had it
    sha256: str | None = None  # the files' content hashes, when known (an import read them)
    cover_sha256: str | None = None
    created_at: float | None = None  # when the video was made (else: when it is restored)
    trashed_at: float | None = None  # its files went to the system trash (an export said so)
