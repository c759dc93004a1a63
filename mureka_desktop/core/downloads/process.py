"""The app's side of the download worker (:mod:`download_worker`): one child process, started
on the first download, restarted after a crash, stopped (never orphaned) on close.

:meth:`DownloadProcess.fetch` has the signature of the scheduler's ``Fetch`` and keeps the
promises of :func:`downloads.download`: the same function runs in the worker, the ``.part``
journal stays in this process's store (each write answered before the worker goes on),
progress arrives coalesced, a cancelled fetch cancels the job in the worker and waits for it to
let go of its ``.part`` (kept for resuming, as in one process). A worker that dies or falls
silent fails its jobs with a retryable :class:`DownloadError`; the next fetch starts a new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import mureka_desktop
from mureka_desktop.core.downloads.fetch import DownloadError, Kind, ProgressFn
from mureka_desktop.core.downloads.pace import Limits
from mureka_desktop.core.downloads.part_files import PartJournal
from mureka_desktop.core.downloads.worker import error_from_json

__all__ = ["DownloadProcess", "worker_command", "worker_env"]
log = logging.getLogger(__name__)

SILENCE = 30.0  # seconds without a line from a worker with jobs before it is taken for hung
STOP_WAIT = 5.0  # seconds a worker has to exit on its own before it is killed
CANCEL_WAIT = 10.0  # seconds a cancelled fetch waits for the worker to let go of the .part
SECRETS = ("USEAPI_TOKEN",)  # never in the worker's environment: it talks to media hosts only


def worker_command() -> list[str]:
    """How to start the worker: ``python -m``, or the bundle's own executable."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--download-worker"]
    return [sys.executable, "-m", "mureka_desktop.core.downloads.worker"]


def worker_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The app's environment without its secrets, with this package importable."""
    env = {k: v for k, v in (os.environ if base is None else base).items() if k not in SECRETS}
    root = str(Path(mureka_desktop.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


@dataclass
class _Job:
    part: str
    progress: ProgressFn
    done: asyncio.Future[int]
    journal_error: BaseException | None = None
    cancel_sent: bool = False


@dataclass
class _Session:
    """One worker process, from its start to its end."""

    proc: asyncio.subprocess.Process
    jobs: dict[int, _Job] = field(default_factory=dict)
    ended: bool = False
    reader: asyncio.Task[None] | None = None


class DownloadProcess:
    def __init__(self, journal: PartJournal, *, limits: Limits | None = None,
                 command: Sequence[str] | None = None, silence: float = SILENCE) -> None:
        self.journal = journal
        self.limits = limits
        self.command = list(command) if command is not None else worker_command()
        self.silence = silence
        self.starts = 0  # workers started so far (a crash makes the next fetch start one)
        self._session: _Session | None = None
        self._starting = asyncio.Lock()
        self._next_job = 0
        self._closed = False

    @property
    def pid(self) -> int | None:
        session = self._session
        return None if session is None or session.ended else session.proc.pid

    async def fetch(self, url: str, dest: Path, kind: Kind, progress: ProgressFn) -> int:
        session = await self._running()
        self._next_job += 1
        job_id = self._next_job
        part = str(dest.with_name(dest.name + ".part"))
        job = _Job(part, progress, asyncio.get_running_loop().create_future())
        session.jobs[job_id] = job  # before the first await: the reader fails it if need be
        record = self.journal.part_record(part)
        message: dict[str, Any] = {"op": "fetch", "job": job_id, "url": url, "dest": str(dest),
                                   "kind": kind.name, "record": list(record) if record else None}
        if self.limits is not None:
            message["limits"] = asdict(self.limits)
        self._send(session, message)
        try:
            return await asyncio.shield(job.done)
        except asyncio.CancelledError:
            if not job.done.done():
                job.cancel_sent = True
                self._send(session, {"op": "cancel", "job": job_id})
                # The worker lets go of the .part (kept for resuming) before we return.
                with contextlib.suppress(BaseException):
                    await asyncio.wait_for(asyncio.shield(job.done), CANCEL_WAIT)
            raise
        finally:
            session.jobs.pop(job_id, None)

    async def aclose(self) -> None:
        """Stop the worker (its jobs are cancelled there) and wait for it to exit."""
        self._closed = True
        async with self._starting:
            session, self._session = self._session, None
        if session is not None:
            await self._stop(session)

    # ------------------------------------------------------------------ internals
    async def _running(self) -> _Session:
        async with self._starting:
            if self._closed:
                raise DownloadError("Downloads are shutting down")
            session = self._session
            if session is None or session.ended:
                session = self._session = await self._start()
            return session

    async def _start(self) -> _Session:
        try:
            proc = await asyncio.create_subprocess_exec(
                *self.command, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                env=worker_env(), limit=1 << 20)
        except OSError as exc:
            raise DownloadError(f"Cannot start the download worker: {exc}") from None
        self.starts += 1
        log.debug("download worker %s started", proc.pid)
        session = _Session(proc)
        session.reader = asyncio.ensure_future(self._read(session))
        return session

    def _send(self, session: _Session, message: dict[str, Any]) -> None:
        stdin = session.proc.stdin
        if session.ended or stdin is None or stdin.is_closing():
            self._fail(session, "its input is closed")
            return
        stdin.write(json.dumps(message, separators=(",", ":")).encode() + b"\n")

    async def _read(self, session: _Session) -> None:
        stdout = session.proc.stdout
        assert stdout is not None
        why = "it exited"
        try:
            while True:
                try:
                    line = await asyncio.wait_for(stdout.readline(), self.silence)
                except TimeoutError:
                    if session.jobs:
                        why = f"it said nothing for {self.silence:.0f} s"
                        session.proc.kill()
                    continue
                if not line:
                    break
                try:
                    self._dispatch(session, json.loads(line))
                except (ValueError, KeyError, TypeError):
                    log.warning("download worker: unreadable line %r", line[:200])
        except (OSError, ValueError) as exc:  # a line over the limit, a broken pipe
            why = f"its output broke ({exc})"
            with contextlib.suppress(ProcessLookupError):
                session.proc.kill()
        finally:
            code = await session.proc.wait()
            self._fail(session, f"{why} (exit status {code})")

    def _fail(self, session: _Session, why: str) -> None:
        """The worker is gone: its jobs fail as retryable errors (the .part stays)."""
        if not session.ended and not self._closed:
            log.warning("download worker %s stopped: %s", session.proc.pid, why)
        session.ended = True
        for job in session.jobs.values():
            if not job.done.done():
                job.done.set_exception(DownloadError(
                    f"The download worker stopped ({why}); the download will be retried"))

    def _dispatch(self, session: _Session, message: dict[str, Any]) -> None:
        event = message.get("ev")
        if event == "progress":
            for key, (got, total) in message["jobs"].items():
                job = session.jobs.get(int(key))
                if job is not None:
                    _safely(job.progress, int(got), int(total))
            return
        if event == "journal":
            self._journal(session, message)
            return
        job = session.jobs.get(int(message.get("job", 0)))
        if job is None or job.done.done():
            return
        if event == "done":
            size = int(message["size"])
            _safely(job.progress, size, size)
            job.done.set_result(size)
        elif event == "failed":
            error = message["error"]
            if error.get("type") == "journal" and job.journal_error is not None:
                job.done.set_exception(job.journal_error)  # the store's own error
            else:
                job.done.set_exception(error_from_json(error))
        elif event == "cancelled":
            if job.cancel_sent:
                job.done.cancel()
            else:  # the worker is stopping (end of its input) with this job still running
                job.done.set_exception(DownloadError("The download was stopped"))

    def _journal(self, session: _Session, message: dict[str, Any]) -> None:
        """A journal write asked by the worker, answered at once (it waits for the answer)."""
        job = session.jobs.get(int(message["job"]))
        answer: dict[str, Any] = {"op": "answer", "call": message["call"]}
        try:
            if job is None or message["path"] != job.part:
                raise ValueError("a journal write for a file that is not this job's")
            if message["op"] == "started":
                self.journal.part_started(job.part, int(message["total"]),
                                          str(message["validator"]))
            else:
                self.journal.part_forget(job.part)
        except Exception as exc:
            if job is not None:
                job.journal_error = exc
            answer["error"] = f"{type(exc).__name__}: {exc}"
        self._send(session, answer)

    async def _stop(self, session: _Session) -> None:
        proc = session.proc
        if proc.stdin is not None and not proc.stdin.is_closing():
            proc.stdin.close()  # end of input: the worker cancels its jobs and exits
        try:
            await asyncio.wait_for(asyncio.shield(proc.wait()), STOP_WAIT)
        except TimeoutError:
            log.warning("download worker %s did not exit: killed", proc.pid)
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
        if session.reader is not None:
            await asyncio.gather(session.reader, return_exceptions=True)


def _safely(progress: Callable[[int, int], None], got: int, total: int) -> None:
    try:
        progress(got, total)
    except Exception:
        log.exception("download progress callback failed")
