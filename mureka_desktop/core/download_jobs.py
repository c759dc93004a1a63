"""Download jobs: an item's video and cover fetched at once, with retries, link refresh and a
pause when the disk is full or the output folder cannot be written. A download never holds a
generation slot, and its failures never make the song be generated again."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mureka_desktop.core import api, naming
from mureka_desktop.core.clock import Clock
from mureka_desktop.core.config import PauseReason, SchedulerConfig
from mureka_desktop.core.connectivity import Connectivity
from mureka_desktop.core.downloads import COVER, VIDEO, DownloadError, Kind
from mureka_desktop.core.pacing import backoff
from mureka_desktop.core.phrases import phrase
from mureka_desktop.core.store import Item, State, Store

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
                 rng: random.Random, connectivity: Connectivity, *, change: Callable[..., Item],
                 lookup: Callable[[str], Awaitable[api.SongInfo]],
                 pause: Callable[[PauseReason], None]) -> None:
        self.store = store
        self.fetch = fetch
        self.config = config
        self.clock = clock
        self.rng = rng
        self.connectivity = connectivity
        self._change = change
        self._lookup = lookup
        self._pause = pause
        self.progress: dict[int, Progress] = {}
        self._slots = asyncio.Semaphore(config.download_concurrency)

    def _paths(self, item: Item) -> Item:
        """Choose the output files once and journal them, so a resumed download finds its
        ``.part`` files again."""
        if item.video_path and item.cover_path:
            return item
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
        return self._change(item.id, video_path=str(folder / f"{stem}{VIDEO.extension}"),
                            cover_path=str(folder / f"{stem}{COVER.extension}"))

    async def run(self, item: Item) -> None:
        async with self._slots:
            await self._run(item)

    async def _run(self, item: Item) -> None:
        progress = self.progress.setdefault(item.id, Progress())
        refreshed = False
        attempt = 0
        finished: set[str] = set()  # parts already in place: a retry fetches only the rest
        try:
            while True:
                item = self._paths(self._change(item.id, state=State.DOWNLOADING))
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
                    self._change(item.id, state=State.DONE, last_error=None,
                                 bytes_done=done, bytes_total=total)
                    return
                for error in errors:
                    if isinstance(error, OSError):
                        # The folder itself (a file in its path, read-only, gone): every
                        # download would fail the same way. Keep the links, stop paying.
                        problem = _folder_problem(Path(item.video_path).parent,
                                                  error.strerror or str(error))
                        log.error("download of %s: %s", item.song_id, problem)
                        self._change(item.id, state=State.QUEUED, last_error=problem)
                        self._pause(PauseReason("output", problem))
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
                    self._change(item.id, state=State.QUEUED, last_error=problem)
                    self._pause(PauseReason("output", problem))
                    return
                if failure.disk_full:
                    self._change(item.id, state=State.QUEUED, last_error=failure.message)
                    self._pause(PauseReason("disk", phrase(
                        "disk_full", "The disk is full: {error}. Free some space, then "
                        "resume.", error=failure.message)))
                    return
                if failure.expired and not refreshed:
                    refreshed = True
                    if await self._refresh_links(item):
                        finished.clear()  # new links: a new video, fetch both parts again
                        continue
                    return
                if not failure.permanent and not await self.connectivity.reachable():
                    # The network went away: not this song's failure. Wait, then resume.
                    self._change(item.id, last_error=None)
                    await self.connectivity.wait_online()
                    continue
                attempt += 1
                if failure.permanent or attempt >= self.config.max_attempts:
                    self._change(item.id, state=State.FAILED, last_error=failure.message)
                    return
                delay = backoff(attempt, 1.0, 30.0, self.rng)
                self._change(item.id, last_error=f"{failure.message}; retrying in {delay:.0f} s")
                await self.clock.sleep(delay)
        finally:
            self.progress.pop(item.id, None)

    async def _refresh_links(self, item: Item) -> bool:
        """Expired links: fresh ones through the song look-up, never a new generation."""
        while True:
            try:
                info = await self._lookup(item.song_id)
            except api.Unreachable as exc:
                self.connectivity.report(exc)
                await self.connectivity.wait_online()
                continue
            except api.ApiError as exc:
                return self._refresh_failed(item, exc)
            break
        if info.video is None:
            self._change(item.id, state=State.FAILED, video_url=None, cover_url=None,
                         last_error="The download links expired and the song shows no video "
                         "any more. Retry to generate a new one (costs a credit).")
            return False
        self._change(item.id, video_id=info.video.video_id, video_url=info.video.video_url,
                     cover_url=info.video.video_cover_url)
        return True

    def _refresh_failed(self, item: Item, exc: api.ApiError) -> bool:
        self._change(item.id, state=State.FAILED,
                     last_error=f"The download links expired and refreshing them failed: "
                     f"{exc.message}. Retry to try again.")
        return False


def _worst(errors: list[DownloadError]) -> DownloadError:
    """The error that decides what happens: a full disk or an unusable output folder, then a
    dead link, then the rest."""
    def rank(e: DownloadError) -> Any:
        return (not e.disk_full, e.folder is None, not e.expired, not e.permanent)
    return sorted(errors, key=rank)[0]
