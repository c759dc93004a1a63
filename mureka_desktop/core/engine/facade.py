"""The engine facade: the four services the window and the CLI use, and the one event stream
they share.

- :attr:`Engine.queue` (:mod:`.queue`): add, remove, clear and undo, regenerate, retry,
  start, pause, run options; the run state and the status figures;
- :attr:`Engine.library` (:mod:`.library`): review decisions and their undo, the videos, the
  export, the file jobs;
- :attr:`Engine.accounts` (:mod:`.accounts`): health and credits, usage, the spacing scope;
- :attr:`Engine.settings` (:mod:`.settings`): settings, the token, the token swap.

A user action is one service call and one event (:mod:`mureka_desktop.core.model.events`);
the scheduler's own changes come on the same stream. The views read through the services'
query objects (:mod:`.queries`), never the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from mureka_desktop.core.api import client as api
from mureka_desktop.core.downloads.process import DownloadProcess
from mureka_desktop.core.engine.accounts import Accounts
from mureka_desktop.core.engine.library import Library
from mureka_desktop.core.engine.queue import Added, Queue
from mureka_desktop.core.engine.settings import Settings
from mureka_desktop.core.engine.stream import EventStream
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.scheduler import Event as SchedulerEvent
from mureka_desktop.core.queue.scheduler import Scheduler
from mureka_desktop.core.runtime import logs
from mureka_desktop.core.runtime.instance import InstanceLock
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore
from mureka_desktop.core.settings.values import Settings as SettingsValues
from mureka_desktop.core.storage.database import StoreError, explain
from mureka_desktop.core.storage.store import Store

__all__ = ["Added", "Engine", "Resources", "StoreError", "explain", "scrub_text"]
log = logging.getLogger(__name__)
# Pauses that say something about an account: its health and credits are loaded again
# (once they have been asked for: the window does, the CLI does not).
ACCOUNT_PROBLEMS = ("auth", "billing", "account", "slots")


def scrub_text(text: str, secrets: Sequence[str]) -> str:
    """``text`` from the server with every known secret and token-shaped string removed
    (:func:`logs.scrub`: the one scrub for logs, stored errors, exports and the CLI)."""
    return logs.scrub(text, secrets)


@dataclass
class Resources:
    """What the engine owns besides its services, released by :meth:`Engine.aclose`."""

    lock: InstanceLock | None = None  # one scheduler per queue
    download_process: DownloadProcess | None = None  # the real downloads' worker process
    # The demo's API (the simulator, served in this process); the core does not know its type.
    simulator: object | None = None


class Engine:
    def __init__(self, paths: AppPaths, settings: SettingsValues, store: Store,
                 http: httpx.AsyncClient, media: httpx.AsyncClient, client: api.MurekaClient,
                 scheduler: Scheduler, output_dir: Path, demo: bool, tokens: TokenStore,
                 scrubber: logs.ScrubFilter | None = None,
                 resources: Resources | None = None) -> None:
        self.paths = paths
        self.demo = demo
        # The engine's own parts: the composition root, tests and benchmarks reach them;
        # the views never do (they read through the services' queries).
        self.store = store
        self.scheduler = scheduler
        self.resources = resources or Resources()
        self._http = http
        self._media = media
        self._scrubber = scrubber
        self.events = EventStream()
        self.queue = Queue(store, scheduler, self.events)
        self.library = Library(store, self.events, self.scrub)
        self.accounts = Accounts(http, client, scheduler, self.events, demo=demo)
        self.settings = Settings(settings, tokens, paths, output_dir, http=http,
                                 scheduler=scheduler, accounts=self.accounts,
                                 events=self.events, scrubber=scrubber, demo=demo)
        scheduler.subscribe(self._from_scheduler)

    def subscribe(self, listener: Callable[[ev.Event], None]) -> None:
        self.events.subscribe(listener)

    def scrub(self, text: str) -> str:
        return scrub_text(text, self._scrubber.secrets if self._scrubber else [])

    def storage_problem(self, exc: BaseException) -> StoreError:
        """A failed read or write of the queue database, in words naming the file and what
        to do."""
        return explain(self.store.path, exc)

    def _from_scheduler(self, event: SchedulerEvent) -> None:
        emit = self.events.emit
        if event.kind == "song_changed" and event.item is not None:
            emit(ev.SongChanged(event.item))
            if event.item.state == State.DONE and event.item.video_path:
                self.library.announce_video(event.item.song_number, event.item.video_path)
        elif event.kind == "paused" and event.reason is not None:
            emit(ev.Paused(event.reason, event.follows_accounts))
            shown = self.accounts.snapshot.loads or self.accounts.snapshot.loading
            if event.reason.kind in ACCOUNT_PROBLEMS and not event.follows_accounts and shown:
                self.accounts.refresh()  # what /accounts says of it now
        elif event.kind == "resumed":
            emit(ev.Resumed())
            snapshot = self.accounts.snapshot
            if snapshot.loads and snapshot.problem is not None and not snapshot.loading:
                self.accounts.refresh()  # back online (or fixed): the panel's line follows
        elif event.kind == "idle":
            emit(ev.Idle())
        elif event.kind == "notice" and event.message:
            emit(ev.Notice(event.message))
        else:
            log.warning("scheduler event %r not forwarded", event.kind)
            return
        self.events.status_changed()  # counts or run state moved: one update per burst

    async def aclose(self) -> None:
        await self.accounts.close()
        await self.scheduler.close()
        if self.resources.download_process is not None:
            # after the scheduler: its downloads are cancelled by now
            await self.resources.download_process.aclose()
        await self.library.close()
        await self._http.aclose()
        await self._media.aclose()
        self.store.close()
        if self.resources.lock is not None:
            self.resources.lock.release()
