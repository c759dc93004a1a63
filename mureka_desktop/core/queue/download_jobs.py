"""Download jobs: an item's video and cover fetched at once, with retries, link refresh and a
pause when the disk is full or the output folder cannot be written. A download never holds a
generation slot, and its failures never make the song be generated again.

A download changes no item itself: :meth:`DownloadJobs.run` yields
:mod:`~mureka_desktop.core.queue.outcomes` (its files chosen, a retry's note, new links, then done,
failed or put back with the queue paused) that the scheduler applies before it goes on.  Its
bytes are a value the UI reads (:attr:`DownloadJobs.progress`), not a change of the item."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mureka_desktop.core.accounts.pacing import backoff
from mureka_desktop.core.api import client as api
from mureka_desktop.core.downloads.fetch import COVER, VIDEO, DownloadError, Kind
from mureka_desktop.core.library import naming
from mureka_desktop.core.model.config import PauseReason, SchedulerConfig
from mureka_desktop.core.model.items import Item
from mureka_desktop.core.queue import outcomes as out
from mureka_desktop.core.queue.connectivity import Reachability
from mureka_desktop.core.queue.lookups import Lookups
from mureka_desktop.core.runtime.clock import Clock
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.core.storage.store import Store

Fetch = Callable[[str, Path, Kind, Callable[[int, int], None]], Awaitable[int]]
log = logging.getLogger(__name__)


def check_output_folder(folder: Path) -> str | None:
    """Create ``folder`` if needed and prove it takes a file; the problem, or None.

    Called before the first paid call of a run (one mkdir and one empty file: as cheap as a
    store commit), so a folder that cannot hold the videos stops the run before it pays.
    """
    try:
        if folder.exists() and not folder.is_dir():
            return _folder_problem(folder, phrase("folder_is_a_file",
                                                  "it is a file, not a folder"))
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".mureka-write-check-", dir=folder)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        return _folder_problem(folder, exc.strerror or str(exc))
    return None


def _folder_problem(folder: Path, why: str) -> str:
    return phrase("output_unwritable", "Cannot write to the output folder {folder}: {why}. "
                  "Choose another folder (Settings, or --out) or fix its permissions, then "
                  "resume.", folder=str(folder), why=why)


@dataclass
class Progress:
    """Bytes of each part of one item's download; read by the UI on its own timer."""

    parts: dict[str, tuple[int, int]] = field(default_factory=dict)

    def total(self) -> tuple[int, int]:
        done = sum(d for d, _ in self.parts.values())
        total = sum(t for _, t in self.parts.values())
        return done, total

    def tracker(self, part: str) -> Callable[[int, int], None]:
        def track(got: int, size: int) -> None:
            self.parts[part] = (got, size)
        return track


class DownloadJobs:
    def __init__(self, store: Store, fetch: Fetch, config: SchedulerConfig, clock: Clock,
                 rng: random.Random, online: Reachability, lookups: Lookups) -> None:
        self.store = store
        self.fetch = fetch
        self.config = config
        self.clock = clock
        self.rng = rng
        self.online = online
        self.lookups = lookups
        self.progress: dict[int, Progress] = {}
        self._slots = asyncio.Semaphore(config.download_concurrency)

    def _paths(self, item: Item) -> out.Note | None:
        """Choose the output files once and journal them, so a resumed download finds its
        ``.part`` files again."""
        if item.video_path and item.cover_path:
            return None
        folder = self.config.output_dir
        fields = naming.NameFields(song=item.song_number, title=item.title,
                                   video=item.video_id, model=item.model,
                                   created_at=self.store.now())
        try:
            stem = naming.render(self.config.name_template, fields)
        except naming.TemplateError as exc:  # a settings file edited by hand
            log.warning("%s: naming %s by the default template", exc, item.song_id)
            stem = naming.render(naming.DEFAULT_TEMPLATE, fields)
        stem = naming.unique_stem(folder, stem, (VIDEO.extension, COVER.extension),
                                  self.store.path_taken)
        return out.Note(item.id, {"video_path": str(folder / f"{stem}{VIDEO.extension}"),
                                  "cover_path": str(folder / f"{stem}{COVER.extension}")})

    async def run(self, item: Item) -> AsyncIterator[out.Outcome]:
        async with self._slots:
            async for outcome in self._run(item):
                yield outcome

    def _current(self, item_id: int) -> Item:
        """The item as the scheduler left it after the last outcome."""
        item = self.store.get(item_id)
        assert item is not None
        return item

    async def _run(self, item: Item) -> AsyncIterator[out.Outcome]:
        progress = self.progress.setdefault(item.id, Progress())
        refreshed = False
        attempt = 0
        finished: set[str] = set()  # parts already in place: a retry fetches only the rest
        try:
            while True:
                yield out.Downloading(item.id)
                if (paths := self._paths(self._current(item.id))) is not None:
                    yield paths
                item = self._current(item.id)
                assert item.video_url and item.cover_url
                assert item.video_path and item.cover_path
                parts = [(name, url, Path(path), kind) for name, url, path, kind in (
                    ("video", item.video_url, item.video_path, VIDEO),
                    ("cover", item.cover_url, item.cover_path, COVER)) if name not in finished]
                results = await asyncio.gather(
                    *(self.fetch(url, path, kind, progress.tracker(name))
                      for name, url, path, kind in parts),
                    return_exceptions=True)
                finished.update(name for (name, *_), result in zip(parts, results, strict=True)
                                if not isinstance(result, BaseException))
                errors = [r for r in results if isinstance(r, BaseException)]
                if not errors:
                    done, total = progress.total()
                    yield out.Done(item.id, {"last_error": None, "bytes_done": done,
                                             "bytes_total": total})
                    return
                for error in errors:
                    if isinstance(error, OSError):
                        # The folder itself (a file in its path, read-only, gone): every
                        # download would fail the same way. Keep the links, stop paying.
                        problem = _folder_problem(Path(item.video_path).parent,
                                                  error.strerror or str(error))
                        log.error("download of %s: %s", item.song_id, problem)
                        yield out.Requeued(item.id, {"last_error": problem})
                        yield out.QueuePaused(PauseReason("output", problem))
                        return
                    if not isinstance(error, DownloadError):
                        raise error  # the scheduler's guard fails the item with the message
                failure = _worst([e for e in errors if isinstance(e, DownloadError)])
                if failure.folder is not None:
                    # Not a directory any more, or not writable: every download (and every
                    # paid video) would fail the same way. Keep the links, stop paying.
                    problem = _folder_problem(Path(item.video_path).parent, failure.folder)
                    log.error("download of %s: %s (%s)", item.song_id, problem,
                              failure.message)
                    yield out.Requeued(item.id, {"last_error": problem})
                    yield out.QueuePaused(PauseReason("output", problem))
                    return
                if failure.disk_full:
                    yield out.Requeued(item.id, {"last_error": failure.message})
                    yield out.QueuePaused(PauseReason("disk", phrase(
                        "disk_full", "The disk is full: {error}. Free some space, then "
                        "resume.", error=failure.message)))
                    return
                if failure.expired and not refreshed:
                    refreshed = True
                    outcome: out.Outcome | None = None
                    async for outcome in self._refresh_links(item):
                        yield outcome
                    if isinstance(outcome, out.Note):
                        finished.clear()  # new links: a new video, fetch both parts again
                        continue
                    return
                if not failure.permanent and \
                        (unreachable := await self.online.unreachable()) is not None:
                    # The network went away: not this song's failure. Wait, then resume.
                    yield out.Offline(unreachable)
                    yield out.Note(item.id, {"last_error": None})
                    await self.online.wait_online()
                    continue
                attempt += 1
                if failure.permanent or attempt >= self.config.max_attempts:
                    yield out.Failed(item.id, failure.message)
                    return
                delay = backoff(attempt, 1.0, 30.0, self.rng)
                yield out.Note(item.id, {"last_error": f"{failure.message}; retrying in "
                                         f"{delay:.0f} s"})
                await self.clock.sleep(delay)
        finally:
            self.progress.pop(item.id, None)

    async def _refresh_links(self, item: Item) -> AsyncIterator[out.Outcome]:
        """Expired links: fresh ones through the song look-up, never a new generation.  The
        last outcome is a :class:`~.outcomes.Note` with the new links, or the failure."""
        while True:
            answer: list[api.SongInfo] = []
            try:
                async for step in self.lookups.get(item.song_id, answer):
                    yield step
            except api.Unreachable as exc:
                yield out.Offline(exc)
                await self.online.wait_online()
                continue
            except api.ApiError as exc:
                yield out.Failed(item.id, "The download links expired and refreshing them "
                                 f"failed: {exc.message}. Retry to try again.")
                return
            break
        if (video := answer[0].video) is None:
            yield out.Failed(item.id, "The download links expired and the song shows no "
                             "video any more. Retry to generate a new one (costs a credit).",
                             {"video_url": None, "cover_url": None})
            return
        yield out.Note(item.id, {"video_id": video.video_id, "video_url": video.video_url,
                                 "cover_url": video.video_cover_url})


def _worst(errors: list[DownloadError]) -> DownloadError:
    """The error that decides what happens: a full disk or an unusable output folder, then a
    dead link, then the rest."""
    def rank(e: DownloadError) -> Any:
        return (not e.disk_full, e.folder is None, not e.expired, not e.permanent)
    return sorted(errors, key=rank)[0]
