"""The engine's part for the library's files outside the file jobs (:mod:`.jobs`, which move
files through a journal): a new video's hash and duration read after its download, files back
from the trash, and :func:`add_new` (the row an import's new video becomes, used by the import
job), each told to the world as one :class:`events.VideosChanged`.

``Engine.files`` is the one instance; the window and tests call it, never the store.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from mureka_desktop.core.library import mp4info
from mureka_desktop.core.library.disk import sha256_of
from mureka_desktop.core.library.importing import NewVideo
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import ACTIVE_STATES, Record, State
from mureka_desktop.core.model.videos import Relink, Video
from mureka_desktop.core.runtime.phrases import Phrase, phrase
from mureka_desktop.core.storage.store import Store

log = logging.getLogger(__name__)

__all__ = ["CHUNK", "LibraryFiles", "add_new"]

CHUNK = 200  # videos recorded between two turns of the event loop (~10 ms with 10,000)
# The pause between chunks: long enough for the window's timers and paint to come first
# (sleep(0) lets the next chunk run before them under qasync).
PAUSE = 0.002


class LibraryFiles:
    def __init__(self, store: Store, emit: Callable[[ev.Event], None]) -> None:
        self.store = store
        self._emit = emit
        self._hashing: set[asyncio.Task[None]] = set()

    # ------------------------------------------------------------------ hashes
    def hash_later(self, video: Video) -> None:
        """Record the SHA-256 of a new video's files, read in a worker thread (a 50 MB video
        takes ~0.1 s), so Locate and Import folder recognise them after a move or a rename.
        The download is done before: a run never waits for this."""
        if (video.sha256 and video.duration_ms is not None) or not video.video_path:
            return
        task = asyncio.ensure_future(self._hash(video.id, video.video_path, video.cover_path))
        self._hashing.add(task)
        task.add_done_callback(self._hashed)

    async def _hash(self, video_id: int, path: str, cover: str | None) -> None:
        digest = await asyncio.to_thread(sha256_of, path)
        cover_digest = await asyncio.to_thread(sha256_of, cover)
        duration = await asyncio.to_thread(mp4info.duration_ms, path)
        now = self.store.videos.get(video_id)
        if now is None or now.video_path != path:
            return  # renamed or relinked meanwhile: that recorded its own
        self.store.videos.set_files([Relink(video_id, sha256=digest,
                                            cover_sha256=cover_digest if now.cover_path == cover
                                            else None, duration_ms=duration)])

    def _hashed(self, task: asyncio.Task[None]) -> None:
        self._hashing.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("hashing a new video failed", exc_info=task.exception())

    async def settle(self, timeout: float = 30.0) -> None:
        """Let the hashes being read be recorded (at shutdown: a CLI run ends with them);
        past ``timeout`` they are given up (a later import reads them again)."""
        pending = set(self._hashing)
        if not pending:
            return
        _, late = await asyncio.wait(pending, timeout=timeout)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)

    def _videos(self, ids: Sequence[int]) -> tuple[Video, ...]:
        return tuple(self.store.videos.many(ids))

    def _record(self, ids: Sequence[int], action: str, message: str,
                added: int = 0) -> tuple[Video, ...]:
        videos = self._videos(ids)
        if videos or message:
            self._emit(ev.VideosChanged(videos, action, message, added=added))
        return videos

    def untrash(self, videos: Sequence[Video]) -> list[Video]:
        """Files marked trashed that are back at their paths (restored from the system
        trash, found by the periodic check): no longer marked."""
        ids = self.store.videos.set_files([Relink(v.id, video_path=v.video_path)
                                           for v in videos if v.video_path])
        return list(self._record(ids, "restored", phrase(
            "restored_from_trash", "Back from the trash: {n} video(s).", n=len(ids))
            if ids else ""))

# What the library's files say, here and in the file jobs (jobs/runner.py, jobs/units.py).
def renamed(n: int) -> Phrase:
    return phrase("renamed", "Renamed {n} video(s) to the file name template.", n=n)


def trashed(n: int) -> Phrase:
    return phrase("trashed", "Moved {n} rejected video(s) to the trash.", n=n)


def imported(n: int) -> Phrase:
    return phrase("imported", "Imported {n} file(s).", n=n)


def came_in_done(n: int) -> Phrase:
    return phrase("import_restored", "{n} song(s) came in done from an imported folder.", n=n)


def found_again(title: str) -> Phrase:
    return phrase("found_again", "Found {title} again.", title=title)


def in_library(title: str) -> Phrase:
    return phrase("file_in_library", "That file is already in the library as {title}.",
                  title=title)


def add_new(store: Store, new: NewVideo,
            songs: dict[str, tuple[str, str | None, str | None]]) -> tuple[int, bool]:
    """One new video an import found (inside the caller's transaction, if any): its row id,
    and whether its song came in as done. ``songs`` (``store.videos.songs()``) follows."""
    known = songs.get(new.song_number)
    state = None if known is None else known[2]
    if known is not None and (state is None or state == State.DONE
                              or state in ACTIVE_STATES):
        # a version beside the song's own (or a song only the library had)
        return store.videos.add_file(
            song_number=new.song_number, song_id=new.song_id, title=new.title,
            video_path=new.video_path, cover_path=new.cover_path, sha256=new.sha256,
            cover_sha256=new.cover_sha256,
            created_at=store.now() if new.created_at is None else new.created_at,
            duration_ms=new.duration_ms), False
    # a song the store does not know, or one queued or failed: done with this file, its
    # hashes in the same transaction (a kill between them left a row with none)
    came = bool(store.restore([Record(
        new.song_id, title=new.title, video_path=new.video_path, cover_path=new.cover_path,
        sha256=new.sha256, cover_sha256=new.cover_sha256, created_at=new.created_at)]))
    songs[new.song_number] = (new.song_id, new.title, State.DONE)
    owner = store.videos.owner_of(new.video_path)
    assert owner is not None
    if new.duration_ms:
        store.videos.set_files([Relink(owner.id, duration_ms=new.duration_ms)])
    return owner.id, came
