"""The scheduler's settings and the reasons it pauses: shared by the scheduler and its jobs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: The file name template of new downloads (what :mod:`..library.naming` renders).
DEFAULT_TEMPLATE = "{title} - {song}"


@dataclass
class SchedulerConfig:
    concurrency: int = 10
    reuse_existing: bool = True
    output_dir: Path = Path("videos")
    name_template: str = DEFAULT_TEMPLATE  # file names of new downloads (core/library/naming.py)
    min_interval: float = 3.0
    margin: float = 0.08
    slots_busy_wait: float = 5.0
    # "all slots busy" this long while none of the account's generations is ours: something
    # else holds them (songs being made on mureka.ai): pause that account instead of asking
    # every 5 s for ever (generate must always end)
    slots_busy_limit: float = 600.0
    refresh_wait: float = 15.0
    max_attempts: int = 5
    backoff_base: float = 3.0
    backoff_cap: float = 120.0
    generation_deadline: float = 330.0
    orphan_poll: float = 10.0
    lookahead: int = 4
    lookup_concurrency: int = 2
    download_concurrency: int = 4
    expected_generation: float = 45.0
    # A 429's Retry-After is honoured up to this (a longer one counts as this long)
    retry_after_cap: float = 60.0
    # /accounts (free) asked again this often while the queue runs: an account gone from the
    # token, or one that broke, pauses its own songs
    accounts_interval: float = 60.0
    probe_base: float = 2.0  # offline: first probe after ~2 s, then doubling ...
    probe_cap: float = 60.0  # ... up to a minute between probes


@dataclass(frozen=True)
class PauseReason:
    # "user", "auth", "billing", "account", "disk", "output" (folder not writable),
    # "slots" (held by others for long), "storage" (the queue database cannot be written),
    # "offline" (resumes by itself),
    # "error" (a bug: the message says what)
    kind: str
    message: str
    account: str | None = None  # set when only this Mureka account's songs wait
