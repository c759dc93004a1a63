"""The file jobs' runner: one job at a time (a second waits in line, never cancels the
first), each in a worker thread on its own connection to the store, unit by unit through
the journal. The loop's side turns what the worker did into the engine's events, a chunk at
a time (10,000 renamed videos never freeze the window).

Stopping (Cancel, quitting, SIGTERM) lets the unit under way finish, marks the rest undone
and says how many are left; the journal offers them again at the next start.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mureka_desktop.core.library import export as library_export
from mureka_desktop.core.library import files
from mureka_desktop.core.library.disk import RenamePlan
from mureka_desktop.core.library.files import CHUNK, PAUSE
from mureka_desktop.core.library.importing import ImportPlan
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.videos import Video
from mureka_desktop.core.runtime.phrases import phrase
from mureka_desktop.core.storage.store import Store

from .journal import DONE, FAILED, PLANNED, UNDONE, Journal, Unit
from .units import Context, Outcome, recover_unit, run_unit, system_trash

log = logging.getLogger(__name__)

__all__ = ["ACTIONS", "Finish", "JobReport", "JobRunner", "Plan", "Planned", "recover"]

ACTIONS = {"rename": "renamed", "trash": "trashed", "export": "exported",
           "import": "imported", "locate": "located"}
_POST_SECONDS = 0.1  # the worker tells the loop what changed at most this often
# Units are recorded in groups, one transaction each: a group ends after this long (the
# store's lock is held meanwhile: the window's own writes wait at most this) or this many.
_GROUP_SECONDS = 0.02
_GROUP_SECONDS_WINDOW = 0.01  # the window's own writes (a pick, a note) wait at most this
_GROUP_UNITS = 200
# With a window to keep fluid, the worker lets go of the GIL this long after each group: a
# busy worker otherwise takes half the interpreter from the event loop (the window's stalls
# double). The CLI has no window: no pause.
_YIELD_SECONDS = 0.006
_SHOW_WAIT_SECONDS = 10.0
# Videos told to the views per turn of the event loop: half the library's CHUNK, as the
# worker keeps running meanwhile (the views' share of each turn stays short).
_SHOW_CHUNK = CHUNK // 2  # a worker never waits longer for the views (a loop gone away)


@dataclass
class JobReport:
    """What a job did; with what its plan found (the one of its kind): the rename plan, the
    import plan, or the export's report."""

    kind: str
    total: int = 0
    done: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    left: int = 0  # units not run: the job was stopped
    restored: int = 0  # songs an import brought in as done
    no_trash: bool = False
    rename_plan: RenamePlan | None = None
    import_plan: ImportPlan | None = None
    export: library_export.ExportReport | None = None
    message: str = ""

    @property
    def stopped(self) -> bool:
        return self.left > 0


Planned = RenamePlan | ImportPlan | library_export.ExportReport | None
Plan = Callable[[Store], tuple[list[Unit], Planned]]
Finish = Callable[[Store, list[Unit], JobReport], None]


def recover(store: Store, trash: Callable[[str], None] = system_trash) -> list[str]:
    """Roll every job a kill or a crash left unfinished forward or back (from what the disk
    shows); what was found, for the user. Runs at every start, before anything else."""
    journal = Journal(store)
    said: list[str] = []
    for job in journal.open_jobs():
        ctx = Context(store, journal, job.kind, threading.Event(), trash)
        forward = back = 0
        # one transaction: a kill now leaves the disk as the next start finds it again
        with store.transaction():
            for unit in journal.units(job.id, (PLANNED,)):
                out = recover_unit(ctx, unit)
                forward += out.state == DONE
                back += out.state != DONE
        journal.end(job.id, "recovered")
        left = journal.counts(job.id)[UNDONE]
        said.append(phrase(
            "job_recovered", "An interrupted {what} was completed on disk ({forward} finished, "
                             "{back} not started); {left} left to do: run it again.",
            what=_WHAT.get(job.kind, job.kind), forward=forward, back=back, left=left))
        log.warning("recovered file job %s (%s): %d forward, %d back, %d left", job.id,
                    job.kind, forward, back, left)
    return said


# Each job's name inside a sentence ("Stopped the {what}: …").
_WHAT = {"rename": phrase("job_rename", "rename to the template"),
         "trash": phrase("job_trash", "move to the trash"),
         "export": phrase("job_export", "export of picks"),
         "import": phrase("job_import", "import of a folder"),
         "locate": phrase("job_locate", "locating missing files")}


class JobRunner:
    """Runs file jobs one at a time (:class:`jobs.FileJobs` defines them)."""

    def __init__(self, store: Store, emit: Callable[[ev.Event], None],
                 trash: Callable[[str], None] = system_trash) -> None:
        self.store = store
        self._emit = emit
        self.trash = trash
        self._lock = asyncio.Lock()
        self._stop = threading.Event()
        self._closing = False
        self.waiting = 0
        self.current: str | None = None
        # Each changed video told as an event (the window's views follow them); the CLI,
        # with no views, only wants the progress.
        self.announce_videos = True

    # ------------------------------------------------------------------ control
    @property
    def busy(self) -> bool:
        return self.current is not None or self.waiting > 0

    def cancel(self) -> None:
        """Stop the job under way after its current unit (the ones waiting still run)."""
        self._stop.set()

    def stop_all(self) -> None:
        """Quitting: the job under way stops after its unit; none waiting starts."""
        self._closing = True
        self._stop.set()

    async def close(self) -> None:
        self.stop_all()
        async with self._lock:
            pass

    # ------------------------------------------------------------------ running
    async def _run(self, kind: str, detail: str, plan: Plan, finish: Finish | None = None,
                   hardlink: bool = True) -> JobReport:
        self.waiting += 1
        if self.current is not None:
            self._emit(ev.FileJobProgress(self.current, 0, 0, self.waiting))
        try:
            await self._lock.acquire()
        finally:
            self.waiting -= 1
        try:
            if self._closing:
                return JobReport(kind, message=phrase("job_not_started",
                                                      "Not started: the app is quitting."))
            self.current = kind
            self._stop = threading.Event()
            # The job's start, told before the worker exists (so before it plans): a window
            # sets its policy for a worker beside it from here (ui/heap.py), and lets go of
            # it at the finished FileJobProgress every end below tells.
            self._emit(ev.FileJobProgress(kind, 0, 0, self.waiting))
            try:
                report = await self._in_worker(kind, detail, plan, finish, hardlink)
            except BaseException:
                # it never started (a folder that cannot be read), or its task was
                # cancelled (a quit): the status bar lets go of it
                self._emit(ev.FileJobProgress(kind, 0, 0, self.waiting, finished=True))
                raise
            if kind != "locate":
                self._emit(ev.VideosChanged((), ACTIONS[kind], report.message))
            self._emit(ev.FileJobProgress(kind, report.done, report.total, self.waiting,
                                          finished=True, message=report.message))
            if report.restored:
                self._emit(ev.QueueChanged("import", files.came_in_done(report.restored),
                                           count=report.restored, reordered=True))
            return report
        finally:
            self.current = None
            self._lock.release()

    async def _in_worker(self, kind: str, detail: str, plan: Plan, finish: Finish | None,
                         hardlink: bool) -> JobReport:
        loop = asyncio.get_running_loop()
        posted: asyncio.Queue[tuple[list[tuple[Video, bool]], int, int] | None] = \
            asyncio.Queue()

        shown = threading.Event()  # the loop has told the views what the worker posted

        def post(changed: list[tuple[Video, bool]], done: int, total: int) -> None:
            """From the worker: its changes, to the loop. With views to follow them, the
            worker waits until they are shown: the two take turns instead of sharing the
            interpreter (the window would stall twice as long)."""
            shown.clear()
            loop.call_soon_threadsafe(posted.put_nowait, (changed, done, total))
            if changed and self.announce_videos and not stop.is_set():
                shown.wait(_SHOW_WAIT_SECONDS)

        stop = self._stop
        future = loop.run_in_executor(None, self._work, kind, detail, plan, finish, stop,
                                      post, hardlink)
        shower = asyncio.ensure_future(self._show(kind, posted, shown))
        try:
            report = await asyncio.shield(future)
        except asyncio.CancelledError:
            stop.set()  # the unit under way finishes; the rest is offered at the next start
            await asyncio.wait([future])
            posted.put_nowait(None)
            await asyncio.wait([shower])
            raise
        except BaseException:
            posted.put_nowait(None)
            await asyncio.wait([shower])
            raise
        posted.put_nowait(None)
        await shower
        report.message = _summary(report)
        return report

    async def _show(self, kind: str,
                    posted: asyncio.Queue[tuple[list[tuple[Video, bool]], int, int] | None],
                    shown: threading.Event) -> None:
        """What the worker changed (the videos as it read them), as events,
        :data:`_SHOW_CHUNK` videos per turn of the loop."""
        action = ACTIONS[kind]
        while (item := await posted.get()) is not None:
            changed, done, total = item
            for start in range(0, len(changed), _SHOW_CHUNK):
                part = changed[start:start + _SHOW_CHUNK]
                videos = tuple(v for v, _ in part)
                if kind == "locate":
                    for video in videos:
                        self._emit(ev.VideoChanged(video, "located",
                                                   files.found_again(video.display_title)))
                elif videos:
                    self._emit(ev.VideosChanged(videos, action,
                                                added=sum(new for _, new in part)))
                await asyncio.sleep(PAUSE)
            self._emit(ev.FileJobProgress(kind, done, total, self.waiting))
            shown.set()

    def _work(self, kind: str, detail: str, plan: Plan, finish: Finish | None,
              stop: threading.Event,
              post: Callable[[list[tuple[Video, bool]], int, int], None],
              hardlink: bool) -> JobReport:
        store = Store(self.store.path, now=self.store.now)

        def read_then_post(changed: list[tuple[int, bool]], done: int, total: int) -> None:
            """The changed videos read here, on the worker's connection (not the loop's)."""
            found: list[tuple[Video, bool]] = []
            if changed and self.announce_videos:
                by_id = {v.id: v for v in store.videos.many([i for i, _ in changed])}
                found = [(by_id[i], new) for i, new in changed if i in by_id]
            post(found, done, total)

        try:
            return self._units(store, kind, detail, plan, finish, stop, read_then_post,
                               hardlink)
        finally:
            store.close()

    def _units(self, store: Store, kind: str, detail: str, plan: Plan,
               finish: Finish | None, stop: threading.Event,
               post: Callable[[list[tuple[int, bool]], int, int], None],
               hardlink: bool) -> JobReport:
        journal = Journal(store)
        planned, found = plan(store)
        report = JobReport(kind, total=len(planned))
        if isinstance(found, RenamePlan):
            report.rename_plan = found
        elif isinstance(found, ImportPlan):
            report.import_plan = found
        elif isinstance(found, library_export.ExportReport):
            report.export = found
        if not planned:
            if finish is not None:
                finish(store, [], report)
            return report
        job_id, units = journal.begin(kind, detail, planned)
        post([], 0, len(units))
        ctx = Context(store, journal, kind, stop, self.trash, hardlink,
                      Context.holds_from_env(),
                      report=report.export)
        changed: list[tuple[int, bool]] = []
        ran: list[Unit] = []
        db = store.connection
        try:
            self._loop(ctx, units, report, ran, changed, post)
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            recover(store, self.trash)  # the group's units, from what the disk shows
            raise
        left = units[len(ran):]
        if left:
            with store.transaction() as tx:
                for unit in left:
                    journal.settle(tx, unit.id, UNDONE)
            report.left = 0 if report.no_trash else len(left)
        journal.end(job_id, "stopped" if report.left else "done")
        post(changed, report.done, report.total)
        if finish is not None:
            finish(store, ran, report)
        return report

    def _loop(self, ctx: Context, units: list[Unit], report: JobReport, ran: list[Unit],
              changed: list[tuple[int, bool]],
              post: Callable[[list[tuple[int, bool]], int, int], None]) -> None:
        """The units, in groups of one transaction each (a kill in a group: the journal
        rolls its units forward from the disk at the next start)."""
        db = ctx.store.connection
        stop, kind = ctx.stop, ctx.kind
        group = last = time.monotonic()
        span = _GROUP_SECONDS_WINDOW if self.announce_videos else _GROUP_SECONDS
        for index, unit in enumerate(units):
            if stop.is_set():
                break
            if not db.in_transaction:
                db.execute("BEGIN IMMEDIATE")
                group = time.monotonic()
            out: Outcome = run_unit(ctx, unit)
            ran.append(_settled(unit, out.state))
            if out.state == DONE:
                report.done += 1
                report.restored += out.restored
                if out.video_id is not None:
                    changed.append((out.video_id, unit.video_id is None))
            if out.problem is not None:
                report.failed.append(out.problem)
            if out.state == FAILED and kind == "trash" and index == 0 and \
                    unit.video_from and Path(unit.video_from).exists():
                report.no_trash = True  # the first file refused: no trash here at all
                break
            now = time.monotonic()
            if now - group > span or (index + 1) % _GROUP_UNITS == 0:
                ctx.commit()
                if changed and now - last > _POST_SECONDS:
                    post(list(changed), report.done, report.total)
                    changed.clear()
                    last = now
                if self.announce_videos:
                    time.sleep(_YIELD_SECONDS)
        ctx.commit()


def _settled(unit: Unit, state: str) -> Unit:
    return Unit(unit.video_id, unit.video_from, unit.video_to, unit.cover_from, unit.cover_to,
                unit.payload, unit.id, state)


def _summary(report: JobReport) -> str:
    what = _WHAT.get(report.kind, report.kind)
    if report.left:
        return phrase("job_stopped", "Stopped the {what}: {done} done, {left} left; run it "
                      "again for the rest.", what=what, done=report.done, left=report.left)
    if report.kind == "rename":
        return files.renamed(report.done)
    if report.kind == "trash":
        return files.trashed(report.done)
    if report.kind == "import":
        n = len(report.import_plan.matched) if report.import_plan is not None and \
            report.done == report.total else report.done
        return files.imported(n)
    if report.kind == "export":
        n = report.export.videos if report.export is not None else report.done
        return phrase("exported", "Exported {n} pick(s).", n=n)
    return phrase("job_done", "{what}: {done} done.", what=what, done=report.done)
