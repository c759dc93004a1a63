"""The window's downloads run in the worker process, driven from the qasync loop (its
subprocess pipes and child watcher): progress reaches the table's live-progress map while the
body streams, and the worker stops with the engine."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from helpers import ServerThread
from songs import queue_songs
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from window_tools import wait_for

from mureka_desktop.app import build_engine
from mureka_desktop.core.downloads.fetch import VIDEO
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.download_jobs import Progress
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore

BODY = b"\x00\x00\x00\x20ftypisom" + b"\x5a" * (4 * 1024 * 1024)


def slow_host() -> Starlette:
    async def video(request: Request) -> Response:
        async def chunks():
            for i in range(0, len(BODY), 256 * 1024):
                await asyncio.sleep(0.03)
                yield BODY[i:i + 256 * 1024]
        return StreamingResponse(chunks(), headers={"Content-Length": str(len(BODY))},
                                 media_type="video/mp4")
    return Starlette(routes=[Route("/v.mp4", video)])


async def test_the_window_downloads_through_the_worker(open_window, tmp_path: Path):
    engine = build_engine(AppPaths.resolve(tmp_path / "home"), require_token=False,
                          tokens=TokenStore(None))
    window = open_window(engine)
    [item] = queue_songs(engine, ["700000001"], state=State.DOWNLOADING)
    progress = window.engine.scheduler.progress.setdefault(item.id, Progress())
    with ServerThread(slow_host()) as server:
        task = asyncio.ensure_future(window.engine.scheduler.fetch(
            server.url + "/v.mp4", tmp_path / "a.mp4", VIDEO, progress.tracker("video")))
        await wait_for(lambda: 0 < progress.total()[0] < len(BODY), timeout=20)
        worker = engine.resources.download_process
        pid = worker.pid  # type: ignore[attr-defined]
        assert pid is not None and pid != os.getpid()
        assert await asyncio.wait_for(task, 30) == len(BODY)
    assert (tmp_path / "a.mp4").read_bytes() == BODY
    await window.shutdown()
    await engine.aclose()
    assert worker.pid is None  # type: ignore[attr-defined]
    try:
        os.kill(pid, 0)
        gone = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] == "Z"
    except (ProcessLookupError, FileNotFoundError):
        gone = True
    assert gone
