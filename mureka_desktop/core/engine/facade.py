"""The engine facade: the one place a user action changes the queue.

The window and the CLI call these methods and learn what happened from the event stream
(:mod:`mureka_desktop.core.model.events`), which also carries the scheduler's own changes. The
store
is written for a user action here and nowhere else; the scheduler writes it for its own work.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import httpx

from mureka_desktop.core.accounts.info import AccountsMonitor
from mureka_desktop.core.accounts.usage import Usage
from mureka_desktop.core.api import client as api
from mureka_desktop.core.downloads.process import DownloadProcess
from mureka_desktop.core.ids.parse import ParseResult, song_number
from mureka_desktop.core.library.files import LibraryFiles
from mureka_desktop.core.library.jobs import FileJobs, recover
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.accounts import AccountsSnapshot
from mureka_desktop.core.model.items import AddResult, Record, State
from mureka_desktop.core.model.videos import Flag, Video
from mureka_desktop.core.model.videos import Review as VideoReview
from mureka_desktop.core.queue import export
from mureka_desktop.core.queue.intake import IntakeReview, review
from mureka_desktop.core.queue.scheduler import Event as SchedulerEvent
from mureka_desktop.core.queue.scheduler import Scheduler
from mureka_desktop.core.runtime import logs
from mureka_desktop.core.runtime.instance import InstanceLock
from mureka_desktop.core.runtime.paths import AppPaths, demo_settings_file
from mureka_desktop.core.runtime.phrases import Phrase, phrase
from mureka_desktop.core.settings.secrets import TokenStore
from mureka_desktop.core.settings.values import Settings
from mureka_desktop.core.storage.store import Store

log = logging.getLogger(__name__)
# Pauses that say something about an account: its health and credits are loaded again
# (once they have been asked for: the window does, the CLI does not).
ACCOUNT_PROBLEMS = ("auth", "billing", "account", "slots")

def _songs(n: int) -> Phrase:
    """A count of songs inside a sentence that counts something else too."""
    return phrase("songs", "{n} song(s)", n=n)


def scrub_text(text: str, secrets: Sequence[str]) -> str:
    """``text`` from the server with every known secret and token-shaped string removed
    (:func:`logs.scrub`: the one scrub for logs, stored errors, exports and the CLI)."""
    return logs.scrub(text, secrets)


@dataclass(frozen=True)
class Added:
    """What one add did (the review's songs, queued or restored)."""

    result: AddResult
    restored: list[str] = field(default_factory=list)

    @property
    def queued(self) -> int:
        return len(self.result.added) + len(self.result.requeued)


@dataclass
class Engine:
    paths: AppPaths
    settings: Settings
    store: Store
    http: httpx.AsyncClient
    media: httpx.AsyncClient
    client: api.MurekaClient
    scheduler: Scheduler
    output_dir: Path
    demo: bool
    tokens: TokenStore
    scrubber: logs.ScrubFilter | None = None
    extra: dict[str, object] = field(default_factory=dict)
    _listeners: list[Callable[[ev.Event], None]] = field(default_factory=list, init=False,
                                                         repr=False)
    _cleared: list[int] = field(default_factory=list, init=False, repr=False)
    # review decisions, newest last: (video row id, its review before the decision)
    _review_undo: list[tuple[int, VideoReview]] = field(default_factory=list, init=False,
                                                       repr=False)

    def __post_init__(self) -> None:
        self.scheduler.subscribe(self._from_scheduler)
        self.files = LibraryFiles(self.store, self._emit)  # the library's files (moves, trash)
        # Whatever a kill left half done to the library's files is settled first (journal).
        self.recovered: list[str] = recover(self.store)
        self.jobs = FileJobs(self.store, self._emit)  # rename, trash, export, import, locate
        self.accounts = AccountsMonitor(
            lambda: self.client, lambda: self.demo or self.client.has_token,
            lambda snapshot: self._emit(ev.AccountsChanged(snapshot)))

    # ------------------------------------------------------------------ events
    def subscribe(self, listener: Callable[[ev.Event], None]) -> None:
        self._listeners.append(listener)

    def _emit(self, event: ev.Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed")

    def _from_scheduler(self, event: SchedulerEvent) -> None:
        if event.kind == "song_changed" and event.item is not None:
            self._emit(ev.SongChanged(event.item))
            if event.item.state == State.DONE and event.item.video_path:
                self._announce_video(event.item.song_number, event.item.video_path)
        elif event.kind == "paused" and event.reason is not None:
            self._emit(ev.Paused(event.reason, event.follows_accounts))
            shown = self.accounts.snapshot.loads or self.accounts.snapshot.loading
            if event.reason.kind in ACCOUNT_PROBLEMS and not event.follows_accounts and shown:
                self.refresh_accounts()  # what /accounts says of it now
        elif event.kind == "resumed":
            self._emit(ev.Resumed())
            snapshot = self.accounts.snapshot
            if snapshot.loads and snapshot.problem is not None and not snapshot.loading:
                self.refresh_accounts()  # back online (or fixed): the panel's line follows
        elif event.kind == "idle":
            self._emit(ev.Idle())
        else:
            log.warning("scheduler event %r not forwarded", event.kind)

    def scrub(self, text: str) -> str:
        return scrub_text(text, self.scrubber.secrets if self.scrubber else [])

    # ------------------------------------------------------------------ intake
    def review(self, parsed: ParseResult, records: Sequence[Record] = ()) -> IntakeReview:
        return review(parsed, self.store, records)

    def add_reviewed(self, reviewed: IntakeReview, *, regenerate_done: bool = False) -> Added:
        """Add what a review offered: restore an export's finished songs, queue the rest,
        and with ``regenerate_done`` make new videos for the done ones (costs credits)."""
        restored = self.store.restore(reviewed.restored)
        queued = self.store.add(reviewed.addable)
        done = reviewed.already_done + queued.already_done
        requeued = queued.requeued
        if regenerate_done and done:
            again = self.store.add(done, regenerate=True)
            done, requeued = again.already_done, requeued + again.requeued
        result = AddResult(queued.added, reviewed.already_queued + queued.already_queued, done,
                           requeued)
        added = Added(result, restored)
        message = phrase("queued_restored", "Queued {songs}; restored {n} from an export.",
                         songs=_songs(added.queued), n=len(restored)) if restored else \
            phrase("queued", "Queued {n} song(s).", n=added.queued)
        self._emit(ev.QueueChanged(
            "add", message, count=added.queued + len(restored),
            appended=bool(result.added), reordered=bool(result.requeued or restored)))
        if restored:  # their videos join the library now, not at the next start
            videos = tuple(v for n in dict.fromkeys(song_number(i) for i in restored)
                           for v in self.store.videos.of_song(n))
            self._emit(ev.VideosChanged(videos, "imported", added=len(videos)))
        self.scheduler.wake()
        return added

    def add(self, song_ids: Sequence[str]) -> Added:
        """Queue ids as they are (no review): done songs stay done."""
        return self.add_reviewed(self.review(ParseResult(ids=list(song_ids))))

    # ------------------------------------------------------------------ queue
    def remove(self, item_ids: Sequence[int]) -> list[int]:
        """Take songs out of the queue: queued ones are cancelled first, running ones kept,
        done ones stay in the history."""
        items = [i for i in (self.store.get(x) for x in item_ids) if i is not None]
        self.scheduler.cancel([i.id for i in items if i.state in (State.QUEUED,
                                                                  State.CHECKING)])
        asked = [i.id for i in items]
        self.store.remove(asked)
        still = self.store.present(asked)
        gone = [x for x in asked if x not in still]
        kept = len(items) - len(gone)
        message = phrase("removed_kept", "Removed {songs}; kept {n} song(s) still "
                         "generating or downloading.", songs=_songs(len(gone)), n=kept) \
            if kept else phrase("removed", "Removed {n} song(s).", n=len(gone))
        self._emit(ev.QueueChanged("remove", message, count=len(gone), removed=tuple(gone)))
        return gone

    def clear_finished(self) -> list[int]:
        """Hide done and cancelled songs from the queue view; they stay in the history and
        the export, and :meth:`undo` brings exactly them back."""
        cleared = self.store.clear_finished()
        self._cleared = cleared
        self._emit(ev.QueueChanged(
            "clear", phrase("cleared", "Cleared {n} finished song(s) (still in the history).",
                            n=len(cleared)),
            count=len(cleared), removed=tuple(cleared), undoable=bool(cleared)))
        return cleared

    @property
    def can_undo(self) -> bool:
        return bool(self._cleared)

    def undo(self) -> list[int]:
        """Undo the last Clear finished."""
        back = self.store.unclear(self._cleared)
        self._cleared = []
        self._emit(ev.QueueChanged("undo", phrase("put_back", "Put back {n} finished song(s).",
                                                  n=len(back)),
                                   count=len(back), reordered=bool(back)))
        return back

    def regenerate(self, item_ids: Sequence[int]) -> AddResult:
        """Make new videos for these songs (each costs a credit)."""
        items = [i for i in (self.store.get(x) for x in item_ids) if i is not None
                 and i.state not in (State.GENERATING, State.DOWNLOADING, State.CHECKING)]
        result = self.store.add([i.song_id for i in items], regenerate=True)
        n = len(result.requeued)
        self._emit(ev.QueueChanged("regenerate", phrase(
            "regenerating", "Queued {n} song(s) to regenerate.", n=n), count=n, reordered=bool(n)))
        self.scheduler.wake()
        return result

    def retry(self, item_ids: Sequence[int] | None = None) -> int:
        """Queue failed and cancelled songs again (all of them, or these)."""
        n = self.scheduler.retry_failed(list(item_ids) if item_ids else None)
        self._emit(ev.QueueChanged("retry", phrase("retrying", "{n} song(s) queued again.", n=n),
                                   count=n))
        return n

    # ------------------------------------------------------------------ running
    def start(self) -> None:
        self.scheduler.start()

    def pause(self) -> None:
        self.scheduler.pause()

    def reset_spacing_scope(self) -> None:
        """Forget whether the 3 s rule was learned to count per token (Settings)."""
        self.scheduler.lanes.reset_scope()
        self._emit(ev.SettingsApplied(phrase(
            "spacing_reset", "Spacing reset: calls are spaced per Mureka account until a "
            "rejected call shows the rule is token-wide.")))

    @property
    def spacing_scope(self) -> str | None:
        """What was learned of the 3 s rule: "token", "account", or None (not yet)."""
        return self.scheduler.lanes.scope

    # ------------------------------------------------------------------ accounts
    def refresh_accounts(self) -> None:
        """Load the accounts' health and credits again (on the loop; an
        :class:`ev.AccountsChanged` tells the result)."""
        self.accounts.refresh()

    @property
    def accounts_snapshot(self) -> AccountsSnapshot:
        return self.accounts.snapshot

    def usage_today(self) -> dict[str, Usage]:
        """Generate calls and videos made today per account ("" : account not known)."""
        return self.scheduler.lanes.usage.today()

    def set_run_options(self, *, concurrency: int | None = None,
                        reuse_existing: bool | None = None) -> None:
        """Options for this run only (the CLI's flags); Settings are not saved."""
        if concurrency:
            self.scheduler.set_concurrency(concurrency)
        if reuse_existing is not None:
            self.scheduler.config.reuse_existing = reuse_existing

    @property
    def settings_file(self) -> Path:
        """Where the settings are saved: demo mode keeps its own beside its queue, so a demo
        changes nothing of the real settings and keeps what was set in it."""
        return demo_settings_file(self.paths) if self.demo else self.paths.settings_file

    def apply_settings(self, settings: Settings, token: str = "") -> None:
        """Save and use new settings (and a new token); resume a queue paused on the token."""
        self.settings = settings
        message: str | None = None
        settings.save(self.settings_file)
        if not self.demo:
            if token:
                if not self.tokens.set(token):
                    message = phrase("no_keyring", "No system keyring: the token is kept "
                                     "for this session only.")
                self.use_token(token, settings.api_base_effective())
            self.output_dir = Path(settings.output_dir).expanduser() if settings.output_dir \
                else self.paths.default_output_dir
            self.scheduler.config.output_dir = self.output_dir
        self.scheduler.set_concurrency(settings.concurrency)
        self.scheduler.config.reuse_existing = settings.reuse_existing
        self.scheduler.config.name_template = settings.name_template
        self._emit(ev.SettingsApplied(message))
        if self.scheduler.paused and self.scheduler.paused.kind == "auth" and token:
            self.scheduler.start()

    def use_token(self, token: str, base_url: str | None = None) -> None:
        """Switch to a new token or API base (after Settings): later calls use them."""
        self.client = api.MurekaClient(self.http, base_url or self.client.base_url, token)
        self.scheduler.api = self.client
        if self.scrubber is not None:
            self.scrubber.secrets.append(token)
        self.refresh_accounts()

    def _announce_video(self, number: str, path: str) -> None:
        """A new version arrived; the song's other versions are sent again (their lyrics may
        have come with the new version's look-up)."""
        for video in self.store.videos.of_song(number):
            if video.video_path == path:
                self._emit(ev.VideoChanged(video, "added", phrase(
                    "new_video", "New video: {title}", title=video.display_title)))
                self.files.hash_later(video)
            else:
                self._emit(ev.VideoChanged(video, "refreshed"))

    # ------------------------------------------------------------------ library
    def videos(self) -> list[Video]:
        """Every video of the library, oldest first."""
        return self.store.videos.all()

    def _decide(self, video_id: int, action: str, message: Callable[[str], str],
                change: Callable[[VideoReview], VideoReview]) -> Video:
        """``message``: what the status bar says, from the video's title."""
        before = self.store.videos.get(video_id)
        if before is None:
            raise KeyError(video_id)
        after = change(before.review)
        if action not in ("note", "seen"):  # a decision: stamped
            after = replace(after, reviewed_at=self.store.now())
        video = self.store.videos.set_review(video_id, after)
        self._review_undo.append((video_id, before.review))
        del self._review_undo[:-500]
        self._emit(ev.VideoChanged(video, action, message(video.display_title),
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
        video = self.store.videos.set_review(video_id, before)
        self._emit(ev.VideoChanged(video, "undo", phrase(
            "undone", "Undone: {title} is back as it was.", title=video.display_title),
            undoable=self.can_undo_review))
        return video

    # ------------------------------------------------------------------ export
    def export_text(self, fmt: str, flt: str = "all") -> tuple[str, int]:
        """The whole history (cleared songs included) as CSV or JSON with the review of each
        song's video, or (``flt``: picked, rejected, unreviewed) the library's videos that
        match; secrets scrubbed."""
        items, reviews = self.export_rows(flt)
        return self.render_export(items, fmt, reviews), len(items)

    def export_rows(self, flt: str = "all"
                    ) -> tuple[list[export.ExportRow], dict[str, VideoReview]]:
        """What an export holds (read here, on the caller's thread)."""
        return export.rows(self.store.history(), self.store.videos.all(), flt)

    def render_export(self, items: Sequence[export.ExportRow], fmt: str,
                      reviews: export.Reviews | None = None) -> str:
        """Format what :meth:`export_rows` gave (no store access: runs in a worker thread)."""
        return export.render(items, fmt, self.scrub, reviews)

    async def aclose(self) -> None:
        await self.accounts.close()
        await self.scheduler.close()
        worker = self.extra.get("download_process")
        if isinstance(worker, DownloadProcess):
            await worker.aclose()  # after the scheduler: its downloads are cancelled by now
        await self.jobs.close()
        await self.files.settle()
        await self.http.aclose()
        await self.media.aclose()
        self.store.close()
        lock = self.extra.get("lock")
        if isinstance(lock, InstanceLock):
            lock.release()
