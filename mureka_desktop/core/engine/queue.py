"""The queue service: the user's actions on the queue (add, remove, clear and undo,
regenerate, retry, start, pause, run options) and the run state the views read.

Each action writes the store here (the scheduler writes it for its own work) and is told
once on the event stream.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from mureka_desktop.core.engine.queries import QueueQuery
from mureka_desktop.core.engine.stream import EventStream
from mureka_desktop.core.ids.parse import ParseResult, song_number
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import AddResult, Record, State
from mureka_desktop.core.queue.download_jobs import Progress
from mureka_desktop.core.queue.intake import IntakeReview, review
from mureka_desktop.core.queue.scheduler import Scheduler, Status
from mureka_desktop.core.runtime.phrases import Phrase, phrase
from mureka_desktop.core.storage.store import Store


def _songs(n: int) -> Phrase:
    """A count of songs inside a sentence that counts something else too."""
    return phrase("songs", "{n} song(s)", n=n)


@dataclass(frozen=True)
class Added:
    """What one add did (the review's songs, queued or restored)."""

    result: AddResult
    restored: list[str] = field(default_factory=list)

    @property
    def queued(self) -> int:
        return len(self.result.added) + len(self.result.requeued)


class Queue:
    def __init__(self, store: Store, scheduler: Scheduler, events: EventStream) -> None:
        self._store = store
        self._scheduler = scheduler
        self._events = events
        self._cleared: list[int] = []
        self.query = QueueQuery(store)  # what the views read

    def _emit(self, event: ev.QueueChanged) -> None:
        self._events.emit(event)
        self._events.status_changed()

    # ------------------------------------------------------------------ intake
    def review(self, parsed: ParseResult, records: Sequence[Record] = ()) -> IntakeReview:
        return review(parsed, self._store, records)

    def add_reviewed(self, reviewed: IntakeReview, *, regenerate_done: bool = False) -> Added:
        """Add what a review offered: restore an export's finished songs, queue the rest,
        and with ``regenerate_done`` make new videos for the done ones (costs credits)."""
        store = self._store
        restored = store.restore(reviewed.restored)
        queued = store.add(reviewed.addable)
        done = reviewed.already_done + queued.already_done
        requeued = queued.requeued
        if regenerate_done and done:
            again = store.add(done, regenerate=True)
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
                           for v in store.videos.of_song(n))
            self._events.emit(ev.VideosChanged(videos, "imported", added=len(videos)))
        self._scheduler.wake()
        return added

    def add(self, song_ids: Sequence[str]) -> Added:
        """Queue ids as they are (no review): done songs stay done."""
        return self.add_reviewed(self.review(ParseResult(ids=list(song_ids))))

    # ------------------------------------------------------------------ queue
    def remove(self, item_ids: Sequence[int]) -> list[int]:
        """Take songs out of the queue: queued ones are cancelled first, running ones kept,
        done ones stay in the history."""
        items = [i for i in (self._store.get(x) for x in item_ids) if i is not None]
        self._scheduler.cancel([i.id for i in items if i.state in (State.QUEUED,
                                                                   State.CHECKING)])
        asked = [i.id for i in items]
        self._store.remove(asked)
        still = self._store.present(asked)
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
        cleared = self._store.clear_finished()
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
        back = self._store.unclear(self._cleared)
        self._cleared = []
        self._emit(ev.QueueChanged("undo", phrase("put_back", "Put back {n} finished song(s).",
                                                  n=len(back)),
                                   count=len(back), reordered=bool(back)))
        return back

    def regenerate(self, item_ids: Sequence[int]) -> AddResult:
        """Make new videos for these songs (each costs a credit)."""
        items = [i for i in (self._store.get(x) for x in item_ids) if i is not None
                 and i.state not in (State.GENERATING, State.DOWNLOADING, State.CHECKING)]
        result = self._store.add([i.song_id for i in items], regenerate=True)
        n = len(result.requeued)
        self._emit(ev.QueueChanged("regenerate", phrase(
            "regenerating", "Queued {n} song(s) to regenerate.", n=n), count=n, reordered=bool(n)))
        self._scheduler.wake()
        return result

    def retry(self, item_ids: Sequence[int] | None = None) -> int:
        """Queue failed and cancelled songs again (all of them, or these)."""
        n = self._scheduler.retry_failed(list(item_ids) if item_ids else None)
        self._emit(ev.QueueChanged("retry", phrase("retrying", "{n} song(s) queued again.", n=n),
                                   count=n))
        return n

    # ------------------------------------------------------------------ running
    def start(self) -> None:
        self._scheduler.start()
        self._events.status_changed()

    def pause(self) -> None:
        self._scheduler.pause()

    def set_run_options(self, *, concurrency: int | None = None,
                        reuse_existing: bool | None = None) -> None:
        """Options for this run only (the CLI's flags); Settings are not saved."""
        self._scheduler.configure(concurrency=concurrency, reuse_existing=reuse_existing)

    async def wait_idle(self, offline_timeout: float | None = None) -> bool:
        """Wait until the queue is idle; False when the API stayed unreachable for
        ``offline_timeout`` seconds."""
        return await self._scheduler.wait_idle(offline_timeout)

    # ------------------------------------------------------------------ run state (reads)
    @property
    def running(self) -> bool:
        return self._scheduler.running

    @property
    def paused(self) -> PauseReason | None:
        return self._scheduler.paused

    @property
    def was_running(self) -> bool:
        """The queue was running when the app last stopped (resume it)."""
        return self._scheduler.was_running

    def waiting_reason(self) -> PauseReason | None:
        """Why the songs left wait while the queue runs, or None when some song can start."""
        return self._scheduler.waiting_reason()

    def is_idle(self) -> bool:
        return self._scheduler.is_idle()

    def status(self) -> Status:
        """The figures for the status bar (read again on each :class:`ev.StatusChanged`)."""
        return self._scheduler.status()

    @property
    def progress(self) -> dict[int, Progress]:
        """Download progress per song (live; the queue table paints it)."""
        return self._scheduler.progress

    def expected_generation(self) -> float:
        return self._scheduler.expected_generation()
