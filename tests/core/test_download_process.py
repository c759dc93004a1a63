"""Downloads in the worker process: the same guarantees as in one process (verified files,
the .part journal in the app's store, resume with If-Range, no token anywhere near the media
host), progress and cancel across the pipe, a crashed or silent worker failing its jobs as
retryable and being replaced, and no worker outliving the app."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ServerThread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from mureka_desktop.app import build_engine
from mureka_desktop.core.downloads.fetch import COVER, VIDEO, DownloadError, MemoryJournal
from mureka_desktop.core.downloads.process import DownloadProcess, worker_env
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore

MP4 = b"\x00\x00\x00\x20ftypisom" + bytes(range(256)) * 12000  # ~3 MB: 3 progress batches
CHUNK = 65536


class Host:
    """Serves MP4 with an ETag and ranges; ``pace`` seconds between chunks; ``cut_at`` breaks
    the next body after that many bytes."""

    def __init__(self) -> None:
        self.pace = 0.0
        self.cut_at = 0
        self.requests: list[dict[str, str]] = []
        self.sent = 0

    def app(self) -> Starlette:
        async def video(request: Request) -> Response:
            self.requests.append(dict(request.headers))
            start = 0
            if "range" in request.headers and request.headers.get("if-range") == '"v1"':
                start = int(request.headers["range"].split("=")[1].rstrip("-"))
            body = MP4[start:]
            headers = {"Content-Length": str(len(body)), "ETag": '"v1"'}
            if start:
                headers["Content-Range"] = f"bytes {start}-{len(MP4) - 1}/{len(MP4)}"
            cut, self.cut_at = self.cut_at, 0

            async def chunks():
                for i in range(0, len(body), CHUNK):
                    if cut and i >= cut:
                        raise ConnectionResetError("cut")
                    if self.pace:
                        await asyncio.sleep(self.pace)
                    self.sent += len(body[i:i + CHUNK])
                    yield body[i:i + CHUNK]
            return StreamingResponse(chunks(), 206 if start else 200, headers=headers,
                                     media_type="video/mp4")

        async def page(request: Request) -> Response:
            return Response("<html></html>", 200, media_type="text/html")

        async def expired(request: Request) -> Response:
            return Response("gone", 403)

        return Starlette(routes=[Route("/v.mp4", video), Route("/page.mp4", page),
                                 Route("/expired.png", expired)])


@pytest.fixture
def host():
    h = Host()
    with ServerThread(h.app()) as server:
        h.url = server.url  # type: ignore[attr-defined]
        yield h


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by a parent that is gone) counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


async def until(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_downloads_in_the_worker_with_progress_and_the_journal_here(host, tmp_path):
    journal = MemoryJournal()
    worker = DownloadProcess(journal)
    seen: list[tuple[int, int]] = []
    try:
        size = await worker.fetch(host.url + "/v.mp4", tmp_path / "a.mp4", VIDEO,
                                  lambda got, total: seen.append((got, total)))
        assert worker.pid is not None and worker.pid != os.getpid()
    finally:
        await worker.aclose()
    assert size == len(MP4) and (tmp_path / "a.mp4").read_bytes() == MP4
    assert not list(tmp_path.glob("*.part")) and journal.records == {}
    assert seen[-1] == (len(MP4), len(MP4))
    assert all("authorization" not in h and "cookie" not in h for h in host.requests)


def test_the_worker_never_gets_the_token():
    env = worker_env({"USEAPI_TOKEN": "user:1-secret", "HOME": "/h"})
    assert "USEAPI_TOKEN" not in env and env["HOME"] == "/h"
    assert "secret" not in repr(env)


async def test_errors_keep_their_meaning_across_the_pipe(host, tmp_path):
    worker = DownloadProcess(MemoryJournal())
    try:
        with pytest.raises(DownloadError, match="text/html") as info:
            await worker.fetch(host.url + "/page.mp4", tmp_path / "p.mp4", VIDEO, _none)
        assert info.value.permanent and not info.value.expired
        with pytest.raises(DownloadError) as info:
            await worker.fetch(host.url + "/expired.png", tmp_path / "e.png", COVER, _none)
        assert info.value.expired and not info.value.permanent
        with pytest.raises(DownloadError, match="only https"):
            await worker.fetch("http://cdn.example.com/v.mp4", tmp_path / "x.mp4", VIDEO, _none)
        folder = tmp_path / "file"
        folder.write_text("in the way")
        with pytest.raises(DownloadError) as info:
            await worker.fetch(host.url + "/v.mp4", folder / "a.mp4", VIDEO, _none)
        assert info.value.folder is not None and "not a directory" in info.value.folder
        assert worker.starts == 1  # one worker served them all
    finally:
        await worker.aclose()
    assert not list(tmp_path.glob("*.part"))


async def test_a_broken_body_resumes_with_if_range_from_the_journal_here(host, tmp_path):
    journal = MemoryJournal()
    worker = DownloadProcess(journal)
    dest = tmp_path / "a.mp4"
    part = dest.with_name("a.mp4.part")
    host.cut_at = 5 * CHUNK
    try:
        with pytest.raises(DownloadError, match="broke off|stopped at"):
            await worker.fetch(host.url + "/v.mp4", dest, VIDEO, _none)
        assert journal.records == {str(part): (len(MP4), '"v1"')}  # written in this process
        have = part.stat().st_size
        assert 0 < have < len(MP4)
        await worker.fetch(host.url + "/v.mp4", dest, VIDEO, _none)
    finally:
        await worker.aclose()
    assert dest.read_bytes() == MP4
    assert host.requests[-1]["range"] == f"bytes={have}-"
    assert host.requests[-1]["if-range"] == '"v1"'
    assert journal.records == {}


async def test_cancel_stops_the_job_in_the_worker_and_keeps_the_part(host, tmp_path):
    journal = MemoryJournal()
    worker = DownloadProcess(journal)
    dest = tmp_path / "a.mp4"
    part = dest.with_name("a.mp4.part")
    host.pace = 0.05
    got: list[int] = []
    try:
        task = asyncio.ensure_future(worker.fetch(host.url + "/v.mp4", dest, VIDEO,
                                                  lambda d, t: got.append(d)))
        await until(lambda: bool(got))  # progress crossed the pipe while the body streams
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        sent = host.sent
        await asyncio.sleep(0.3)
        assert host.sent <= sent + CHUNK  # the worker stopped reading: the body stopped
        assert part.exists() and not dest.exists()  # kept for resuming, as in one process
        assert str(part) in journal.records
        pid = worker.pid
        host.pace = 0.0
        await worker.fetch(host.url + "/v.mp4", dest, VIDEO, _none)  # resumes in the same one
        assert worker.pid == pid and worker.starts == 1
        assert "range" in host.requests[-1]
    finally:
        await worker.aclose()
    assert dest.read_bytes() == MP4


async def test_a_crashed_worker_fails_its_jobs_as_retryable_and_is_replaced(host, tmp_path):
    worker = DownloadProcess(MemoryJournal())
    dest = tmp_path / "a.mp4"
    host.pace = 0.05
    got: list[int] = []
    try:
        task = asyncio.ensure_future(worker.fetch(host.url + "/v.mp4", dest, VIDEO,
                                                  lambda d, t: got.append(d)))
        await until(lambda: bool(got))
        first = worker.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        with pytest.raises(DownloadError, match="worker stopped") as info:
            await asyncio.wait_for(task, 10)
        assert not info.value.permanent  # the job is retried, the .part resumed
        host.pace = 0.0
        await worker.fetch(host.url + "/v.mp4", dest, VIDEO, _none)
        assert worker.starts == 2 and worker.pid != first
        assert "range" in host.requests[-1]
    finally:
        await worker.aclose()
    assert dest.read_bytes() == MP4 and not alive(first)


async def test_a_silent_worker_is_killed_and_its_job_fails(tmp_path):
    hung = [sys.executable, "-c", "import time; time.sleep(60)"]
    worker = DownloadProcess(MemoryJournal(), command=hung, silence=0.5)
    try:
        with pytest.raises(DownloadError, match="said nothing"):
            await asyncio.wait_for(worker.fetch("https://cdn.example.com/v.mp4",
                                                tmp_path / "a.mp4", VIDEO, _none), 10)
    finally:
        await worker.aclose()


async def test_a_journal_the_store_cannot_write_fails_the_job_with_the_store_error(host,
                                                                                   tmp_path):
    class Full(MemoryJournal):
        def part_started(self, path: str, total: int, validator: str) -> None:
            raise sqlite3.OperationalError("database or disk is full")

    worker = DownloadProcess(Full())
    try:
        with pytest.raises(sqlite3.OperationalError, match="disk is full"):
            await worker.fetch(host.url + "/v.mp4", tmp_path / "a.mp4", VIDEO, _none)
    finally:
        await worker.aclose()
    part = tmp_path / "a.mp4.part"  # not one byte written before the journal held its record
    assert not part.exists() or part.stat().st_size == 0


async def test_the_engine_owns_the_worker_and_stops_it(host, tmp_path):
    engine = build_engine(AppPaths.resolve(tmp_path / "home"), require_token=False,
                          tokens=TokenStore(None))
    try:
        await engine.scheduler.fetch(host.url + "/v.mp4", tmp_path / "a.mp4", VIDEO, _none)
        pid = engine.resources.download_process.pid  # type: ignore[attr-defined]
        assert pid is not None and alive(pid)
    finally:
        await engine.aclose()
    assert not alive(pid)


PARENT = """
import asyncio, sys
from pathlib import Path
from mureka_desktop.core.downloads.process import DownloadProcess
from mureka_desktop.core.downloads.fetch import VIDEO, MemoryJournal

async def main():
    worker = DownloadProcess(MemoryJournal())
    got = asyncio.Event()
    task = asyncio.ensure_future(worker.fetch(sys.argv[1], Path(sys.argv[2]), VIDEO,
                                              lambda d, t: got.set()))
    await got.wait()
    print(worker.pid, flush=True)
    await task

asyncio.run(main())
"""


def test_a_killed_app_leaves_no_worker_behind(host, tmp_path):
    host.pace = 0.1
    parent = subprocess.Popen([sys.executable, "-c", PARENT, host.url + "/v.mp4",
                               str(tmp_path / "a.mp4")], stdout=subprocess.PIPE, text=True,
                              env=worker_env())
    try:
        assert parent.stdout is not None
        pid = int(parent.stdout.readline())
        assert alive(pid)
        parent.kill()  # SIGKILL: no clean-up runs in the app
        parent.wait(10)
        deadline = time.monotonic() + 10
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(pid)  # its input closed with the app: it exited by itself
    finally:
        parent.kill()
        parent.wait(10)


def _none(got: int, total: int) -> None:
    pass
