"""The composition root: builds the engine's objects and wires them. Nothing happens on import.

The CLI uses :func:`build_engine` alone; the window (``mureka_desktop.ui``) builds the same
engine and puts its Qt views on top.
"""

from __future__ import annotations

import logging
import math
import os
import random
from pathlib import Path

import httpx

from mureka_desktop.core.api import client as api
from mureka_desktop.core.downloads.fetch import Kind, ProgressFn, download, media_client
from mureka_desktop.core.downloads.process import DownloadProcess
from mureka_desktop.core.engine.facade import Engine, Resources, scrub_text
from mureka_desktop.core.model.config import SchedulerConfig
from mureka_desktop.core.queue.download_jobs import Fetch
from mureka_desktop.core.queue.scheduler import Scheduler
from mureka_desktop.core.runtime import logs
from mureka_desktop.core.runtime.clock import Clock
from mureka_desktop.core.runtime.instance import InstanceLock
from mureka_desktop.core.runtime.paths import AppPaths, demo_settings_file
from mureka_desktop.core.settings.secrets import TokenStore
from mureka_desktop.core.settings.values import Settings
from mureka_desktop.core.storage.database import explain
from mureka_desktop.core.storage.store import Store

log = logging.getLogger(__name__)

DEMO_API_BASE = "http://127.0.0.1:8765/v1/mureka"
DEMO_MEDIA_BASE = "http://localhost:8766"


__all__ = ["DEMO_API_BASE", "Engine", "NoTokenError", "build_engine", "demo_paths"]


class NoTokenError(Exception):
    """No token in the environment or the keyring."""


def accounts_interval(default: float = 60.0) -> float:
    """Seconds between two ``GET /accounts`` while the queue runs; the environment's
    ``MUREKA_ACCOUNTS_INTERVAL`` (at least 1 s) sets it, e.g. for a run against the
    simulator."""
    try:
        value = float(os.environ.get("MUREKA_ACCOUNTS_INTERVAL", default))
    except ValueError:
        return default
    return max(1.0, value) if math.isfinite(value) else default


def demo_paths(paths: AppPaths) -> AppPaths:
    """Demo mode keeps its queue and videos apart from the real ones."""
    root = paths.data_dir / "demo"
    return AppPaths(root, paths.config_dir, paths.log_dir, root / "videos")


def build_engine(paths: AppPaths, *, demo: bool = False, out_dir: Path | None = None,
                 tokens: TokenStore | None = None, clock: Clock | None = None,
                 sim_overrides: dict[str, object] | None = None,
                 settings: Settings | None = None, verbose: bool = False,
                 require_token: bool = True, role: str = "window") -> Engine:
    own = demo_settings_file(demo_paths(paths)) if demo else paths.settings_file
    # a demo keeps what was set in it; its first start takes the real settings as they are
    settings = settings or Settings.load(own if own.exists() else paths.settings_file)
    tokens = tokens or TokenStore()
    if demo:
        paths = demo_paths(paths)
    elif require_token and not tokens.get():
        raise NoTokenError("No API token: set USEAPI_TOKEN or save one in Settings "
                           "(it is kept in the system keyring).")
    lock = InstanceLock(paths.data_dir, role)  # role "cli": a headless command holds it
    try:
        lock.acquire()  # raises AlreadyRunning: one scheduler per queue, or songs get paid twice
    except OSError as exc:  # a read-only or inaccessible data folder
        raise explain(paths.data_dir, exc, "the data folder") from None
    try:
        scrubber = logs.setup(paths.log_dir, verbose)
        # Raises StoreError (corrupt, truncated, read-only): a message, never a traceback.
        store = Store(paths.database, scrub=lambda text: scrub_text(text, scrubber.secrets))
    except OSError as exc:
        lock.release()
        raise explain(paths.log_dir, exc, "the log folder") from None
    except BaseException:
        lock.release()
        raise
    transport: httpx.AsyncBaseTransport | None = None
    resources = Resources(lock=lock)
    if demo:
        from mureka_desktop.simulator import SimConfig, build_app

        sim_config = SimConfig(generation_time=10.0, media_base=DEMO_MEDIA_BASE,
                               existing_video_rate=0.1, v95_rate=0.05, seed=7)
        sim_config.update(dict(sim_overrides or {}))
        app, simulator = build_app(sim_config)
        transport = httpx.ASGITransport(app=app)
        resources.simulator = simulator
        base, token = DEMO_API_BASE, sim_config.token
    else:
        base = settings.api_base_effective()
        token = tokens.get() or ""
    if token:
        scrubber.secrets.append(token)
    http = httpx.AsyncClient(transport=transport, timeout=api.default_timeout(),
                             trust_env=not demo, follow_redirects=False,
                             headers={"User-Agent": "MurekaDesktop"})
    media = media_client(transport)
    client = api.MurekaClient(http, base, token)
    output = (out_dir or (Path(settings.output_dir) if settings.output_dir and not demo
                          else paths.default_output_dir)).expanduser()

    fetch: Fetch
    if demo:
        # The demo's media host is the simulator in this process (an ASGI transport): small
        # files, fetched here.
        async def fetch(url: str, dest: Path, kind: Kind, progress: ProgressFn) -> int:
            return await download(media, url, dest, kind, progress, journal=store.parts)
    else:
        # Real downloads run in a worker process: 50 MB/s of Python HTTP on this process's
        # GIL would stall the window (bench/bench_ui.py).
        worker = DownloadProcess(store.parts)
        resources.download_process = worker
        fetch = worker.fetch

    config = SchedulerConfig(concurrency=settings.concurrency,
                             reuse_existing=settings.reuse_existing, output_dir=output,
                             name_template=settings.name_template,
                             expected_generation=10.0 if demo else 45.0,
                             accounts_interval=accounts_interval())
    scheduler = Scheduler(store, client, fetch, config, clock=clock, rng=random.Random())
    return Engine(paths, settings, store, http, media, client, scheduler, output, demo, tokens,
                  scrubber, resources)
