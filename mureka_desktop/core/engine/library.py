"""The library service: review decisions on the videos (pick, reject, unflag, stars, note,
seen) and their undo, the videos the views read, the export, and the file jobs (rename,
trash, export picks, import, locate) with their journal."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from mureka_desktop.core.engine.queries import VideosQuery
from mureka_desktop.core.engine.stream import EventStream
from mureka_desktop.core.library.files import LibraryFiles
from mureka_desktop.core.library.jobs import FileJobs, Journal, recover
from mureka_desktop.core.library.jobs.journal import JobRow
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.videos import Flag, Video
from mureka_desktop.core.model.videos import Review as VideoReview
from mureka_desktop.core.queue import export
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.core.storage.store import Store

log = logging.getLogger(__name__)
SAID_KEY = "file_jobs_said"  # the newest stopped job already offered again


class Library:
    def __init__(self, store: Store, events: EventStream, scrub: Callable[[str], str]) -> None:
        self._store = store
        self._events = events
        self._scrub = scrub
        # review decisions, newest last: (video row id, its review before the decision)
        self._review_undo: list[tuple[int, VideoReview]] = []
        self.videos = VideosQuery(store)  # what the views read
        self.files = LibraryFiles(store, events.emit)  # the library's files (moves, trash)
        # Whatever a kill left half done to the library's files is settled first (journal).
        self.recovered: list[str] = recover(store)
        self.jobs = FileJobs(store, events.emit)  # rename, trash, export, import, locate

    # ------------------------------------------------------------------ file jobs
    def stopped_jobs(self) -> list[tuple[JobRow, int]]:
        """Jobs stopped by a quit or a kill with units left, newest first, with how many."""
        return Journal(self._store).stopped()

    def stopped_jobs_unsaid(self) -> list[tuple[JobRow, int]]:
        """The stopped jobs not offered again yet; from now on they count as offered."""
        stopped = self.stopped_jobs()
        said = int(self._store.get_meta(SAID_KEY) or 0)
        fresh = [(job, left) for job, left in stopped if job.id > said]
        if fresh:
            self._store.set_meta(SAID_KEY, str(max(job.id for job, _ in stopped)))
        return fresh

    def announce_video(self, number: str, path: str) -> None:
        """A new version arrived; the song's other versions are sent again (their lyrics may
        have come with the new version's look-up)."""
        for video in self._store.videos.of_song(number):
            if video.video_path == path:
                self._events.emit(ev.VideoChanged(video, "added", phrase(
                    "new_video", "New video: {title}", title=video.display_title)))
                self.files.hash_later(video)
            else:
                self._events.emit(ev.VideoChanged(video, "refreshed"))

    # ------------------------------------------------------------------ review decisions
    def _decide(self, video_id: int, action: str, message: Callable[[str], str],
                change: Callable[[VideoReview], VideoReview]) -> Video:
        """``message``: what the status bar says, from the video's title."""
        before = self._store.videos.get(video_id)
        if before is None:
            raise KeyError(video_id)
        after = change(before.review)
        if action not in ("note", "seen"):  # a decision: stamped
            after = replace(after, reviewed_at=self._store.now())
        video = self._store.videos.set_review(video_id, after)
        self._review_undo.append((video_id, before.review))
        del self._review_undo[:-500]
        self._events.emit(ev.VideoChanged(video, action, message(video.display_title),
                                          undoable=True))
        return video

    def pick(self, video_id: int) -> Video:
        return self._decide(video_id, "pick",
                            lambda title: phrase("picked", "Picked {title}.", title=title),
                            lambda r: replace(r, flag=Flag.PICKED))

    def reject(self, video_id: int) -> Video:
        return self._decide(video_id, "reject",
                            lambda title: phrase("rejected", "Rejected {title}.", title=title),
                            lambda r: replace(r, flag=Flag.REJECTED))

    def unflag(self, video_id: int) -> Video:
        return self._decide(video_id, "unflag",
                            lambda title: phrase("unflagged", "Unflagged {title}.", title=title),
                            lambda r: replace(r, flag=Flag.NONE))

    def rate(self, video_id: int, stars: int) -> Video:
        """0 to 5 stars; 0 clears them."""
        if not 0 <= stars <= 5:
            raise ValueError(f"a rating is 0 to 5 stars, not {stars}")
        return self._decide(video_id, "rate", lambda title: phrase(
            "rated", "Rated {title} {n} star(s).", title=title, n=stars) if stars else
            phrase("stars_cleared", "Cleared the stars of {title}.", title=title),
            lambda r: replace(r, rating=stars))

    def set_note(self, video_id: int, note: str) -> Video:
        return self._decide(video_id, "note",
                            lambda title: phrase("noted", "Noted {title}.", title=title),
                            lambda r: replace(r, note=note.strip()))

    def mark_seen(self, video_id: int, seen: bool = True) -> Video:
        return self._decide(video_id, "seen", lambda title: phrase(
            "seen", "Seen: {title}.", title=title) if seen else phrase(
            "not_seen", "Not seen: {title}.", title=title), lambda r: replace(r, seen=seen))

    @property
    def can_undo_review(self) -> bool:
        return bool(self._review_undo)

    def undo_review(self) -> Video | None:
        """Undo the last review decision (pick, reject, unflag, stars, note, seen)."""
        if not self._review_undo:
            return None
        video_id, before = self._review_undo.pop()
        video = self._store.videos.set_review(video_id, before)
        self._events.emit(ev.VideoChanged(video, "undo", phrase(
            "undone", "Undone: {title} is back as it was.", title=video.display_title),
            undoable=self.can_undo_review))
        return video

    # ------------------------------------------------------------------ export
    def export_rows(self, flt: str = "all"
                    ) -> tuple[list[export.ExportRow], dict[str, VideoReview]]:
        """What an export holds: the whole history (cleared songs included) with the review
        of each song's video, or (``flt``: picked, rejected, unreviewed) the library's
        videos that match (read here, on the caller's thread)."""
        return export.rows(self._store.history(), self._store.videos.all(), flt)

    def render_export(self, items: Sequence[export.ExportRow], fmt: str,
                      reviews: export.Reviews | None = None) -> str:
        """CSV or JSON of what :meth:`export_rows` gave, secrets scrubbed (no store access:
        runs in a worker thread)."""
        return export.render(items, fmt, self._scrub, reviews)

    async def close(self) -> None:
        await self.jobs.close()
        await self.files.settle()
