"""The download worker: a child process that runs :func:`downloads.download` for the app, so
50 MB/s of Python HTTP never holds the window's GIL.

``python -m mureka_desktop.core.downloads.worker`` talks JSON lines: jobs and cancels come on
stdin, progress (coalesced, a few times a second), journal writes and results go to stdout.
The ``.part`` journal stays in the parent's store: a job carries the record of its ``.part``,
and each journal write is a call the worker waits on, so the order "forget, empty, journal,
then the first byte" holds across the two processes exactly as in one. The worker has no
token (its environment leaves it out) and exits when its stdin closes, so it never outlives
the app, even one killed with SIGKILL. See :mod:`download_process` for the parent's side.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import IO, Any

import httpx

from mureka_desktop.core.downloads.fetch import (
    COVER,
    VIDEO,
    DownloadError,
    Kind,
    download,
    media_client,
)
from mureka_desktop.core.downloads.pace import Limits

KINDS: dict[str, Kind] = {VIDEO.name: VIDEO, COVER.name: COVER}
PROGRESS_EVERY = 0.05  # seconds between progress lines (the table repaints every 100 ms)
HEARTBEAT_EVERY = 2.0  # seconds between "alive" lines while jobs run
NICE = 10  # the worker's scheduling priority below the app's
JOURNAL_WAIT = 60.0  # seconds a journal write may take in the parent before the job fails


class JournalFailed(Exception):
    """The parent could not write the journal (its store failed): the job stops there."""


# ---------------------------------------------------------------------- errors on the wire
def error_to_json(exc: BaseException) -> dict[str, Any]:
    """An exception as the parent rebuilds it (:func:`error_from_json`)."""
    if isinstance(exc, DownloadError):
        return {"type": "download", "message": exc.message, "expired": exc.expired,
                "permanent": exc.permanent, "disk_full": exc.disk_full, "spoilt": exc.spoilt,
                "folder": exc.folder}
    if isinstance(exc, OSError):
        return {"type": "os", "errno": exc.errno, "strerror": exc.strerror,
                "message": str(exc)}
    if isinstance(exc, JournalFailed):
        return {"type": "journal", "message": str(exc)}
    return {"type": "other", "name": type(exc).__name__, "message": str(exc)}


class WorkerError(Exception):
    """An unexpected error in the worker, by name and message."""


def error_from_json(data: dict[str, Any]) -> Exception:
    kind = data.get("type")
    message = str(data.get("message", ""))
    if kind == "download":
        return DownloadError(message, expired=bool(data.get("expired")),
                             permanent=bool(data.get("permanent")),
                             disk_full=bool(data.get("disk_full")),
                             spoilt=bool(data.get("spoilt")), folder=data.get("folder"))
    if kind == "os":
        code = data.get("errno")
        if isinstance(code, int):
            return OSError(code, str(data.get("strerror") or errno.errorcode.get(code, "")))
        return OSError(message)
    return WorkerError(f"{data.get('name', 'Error')}: {message}" if kind == "other" else message)


# ---------------------------------------------------------------------- the worker
class Channel:
    """The worker's end of the pipe: lines out from the loop thread, lines in on a thread."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self._lock = threading.Lock()
        self._calls = 0
        self._answers: dict[int, dict[str, Any]] = {}
        self._answered = threading.Condition(self._lock)
        self.closed = False

    def send(self, message: dict[str, Any]) -> None:
        line = json.dumps(message, separators=(",", ":")).encode() + b"\n"
        with self._lock:
            if self.closed:
                return
            try:
                self.out.write(line)
                self.out.flush()
            except OSError:  # the app is gone: its end of stdin closes too, which stops us
                self.closed = True

    def call(self, message: dict[str, Any]) -> None:
        """Send ``message`` and block until the parent answers it (a journal write).

        Blocking the worker's loop is the point: no byte of the body is written before the
        parent's store holds the record. It costs one round trip per download started."""
        with self._lock:
            self._calls += 1
            number = self._calls
        self.send({**message, "call": number})
        with self._answered:
            if not self._answered.wait_for(lambda: number in self._answers or self.closed,
                                           JOURNAL_WAIT):
                raise JournalFailed("the app did not answer a journal write in time")
            answer = self._answers.pop(number, None)
        if answer is None:
            raise JournalFailed("the app went away")
        if answer.get("error"):
            raise JournalFailed(str(answer["error"]))

    def answered(self, message: dict[str, Any]) -> None:
        with self._answered:
            self._answers[int(message["call"])] = message
            self._answered.notify_all()

    def close(self) -> None:
        with self._answered:
            self.closed = True
            self._answered.notify_all()


class RemoteJournal:
    """The part journal of one job: the record it started with; writes go to the parent."""

    def __init__(self, channel: Channel, job: int, path: str,
                 record: tuple[int, str] | None) -> None:
        self.channel = channel
        self.job = job
        self.records: dict[str, tuple[int, str]] = {path: record} if record else {}

    def part_record(self, path: str) -> tuple[int, str] | None:
        return self.records.get(path)

    def part_started(self, path: str, total: int, validator: str) -> None:
        self.channel.call({"ev": "journal", "job": self.job, "op": "started", "path": path,
                           "total": total, "validator": validator})
        self.records[path] = (total, validator)

    def part_forget(self, path: str) -> None:
        if path not in self.records:
            return  # the parent has no record of it either: nothing to wait for
        self.channel.call({"ev": "journal", "job": self.job, "op": "forget", "path": path})
        del self.records[path]


class Worker:
    def __init__(self, channel: Channel, client: httpx.AsyncClient) -> None:
        self.channel = channel
        self.client = client
        self.jobs: dict[int, asyncio.Task[None]] = {}
        self.progress: dict[int, tuple[int, int]] = {}
        self.stopped = asyncio.Event()

    def start(self, message: dict[str, Any]) -> None:
        job = int(message["job"])
        task = asyncio.ensure_future(self._run(job, message))
        self.jobs[job] = task
        task.add_done_callback(lambda _: self.jobs.pop(job, None))

    def cancel(self, job: int) -> None:
        task = self.jobs.get(job)
        if task is not None:
            task.cancel()
        else:
            self.channel.send({"ev": "cancelled", "job": job})  # already over: say so

    async def _run(self, job: int, message: dict[str, Any]) -> None:
        dest = Path(message["dest"])
        part = str(dest.with_name(dest.name + ".part"))
        record = message.get("record")
        journal = RemoteJournal(self.channel, job, part,
                                (int(record[0]), str(record[1])) if record else None)
        limits = Limits(**message["limits"]) if message.get("limits") else None

        def progress(got: int, total: int) -> None:
            self.progress[job] = (got, total)

        try:
            size = await download(self.client, message["url"], dest, KINDS[message["kind"]],
                                  progress, journal=journal, limits=limits)
        except asyncio.CancelledError:
            self.progress.pop(job, None)
            self.channel.send({"ev": "cancelled", "job": job})
            return
        except Exception as exc:
            self.progress.pop(job, None)
            self.channel.send({"ev": "failed", "job": job, "error": error_to_json(exc)})
            return
        self.progress.pop(job, None)
        self.channel.send({"ev": "done", "job": job, "size": size})

    async def report(self) -> None:
        """Progress of every running job, coalesced; a heartbeat while any job runs."""
        sent: dict[int, tuple[int, int]] = {}
        quiet = 0.0
        while True:
            await asyncio.sleep(PROGRESS_EVERY)
            changed = {job: got for job, got in self.progress.items() if sent.get(job) != got}
            quiet += PROGRESS_EVERY
            if changed:
                self.channel.send({"ev": "progress",
                                   "jobs": {str(j): list(v) for j, v in changed.items()}})
                sent = dict(self.progress)
                quiet = 0.0
            elif self.jobs and quiet >= HEARTBEAT_EVERY:
                self.channel.send({"ev": "alive"})
                quiet = 0.0

    async def stop(self) -> None:
        for task in list(self.jobs.values()):
            task.cancel()
        await asyncio.gather(*self.jobs.values(), return_exceptions=True)


def _read(stream: IO[bytes], loop: asyncio.AbstractEventLoop, worker: Worker,
          channel: Channel) -> None:
    """The stdin thread: journal answers are taken here (the loop may be waiting on one),
    jobs and cancels go to the loop; end of input stops the worker."""
    try:
        for line in stream:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            op = message.get("op")
            if op == "answer":
                channel.answered(message)
            elif op == "fetch":
                loop.call_soon_threadsafe(worker.start, message)
            elif op == "cancel":
                loop.call_soon_threadsafe(worker.cancel, int(message["job"]))
    finally:
        channel.close()
        loop.call_soon_threadsafe(worker.stopped.set)


async def serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    channel = Channel(stdout)
    async with media_client() as client:
        worker = Worker(channel, client)
        loop = asyncio.get_running_loop()
        reader = threading.Thread(target=_read, args=(stdin, loop, worker, channel),
                                  name="download-worker-stdin", daemon=True)
        reader.start()
        reporter = asyncio.ensure_future(worker.report())
        channel.send({"ev": "ready"})
        try:
            await worker.stopped.wait()
        finally:
            reporter.cancel()
            await worker.stop()


def main() -> int:
    # Ctrl+C in a terminal reaches the whole process group: the app decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Background work: when the CPU is short, the window comes first (a download only waits a
    # little longer; a stalled repaint is what the user sees).
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICE)
    with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):
        asyncio.run(serve(sys.stdin.buffer, sys.stdout.buffer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
