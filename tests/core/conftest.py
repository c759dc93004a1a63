"""The core tests' engine: one on the demo simulator in ``tmp_path/home`` (no token, a keyring
in memory), generations quick and never reusing a video or making a second version, closed
after the test. Finished songs: :func:`songs.finish_songs`. The scheduler on fakes: ``rig``
(``make_rig(**config)`` for another configuration), closed after the test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from fakes import Rig
from library_disk import demo_engine

from mureka_desktop.core.engine.facade import Engine

QUICK = {"generation_time": 0.2, "existing_video_rate": 0, "v95_rate": 0}


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    built = demo_engine(tmp_path / "home", **QUICK)
    yield built
    await built.aclose()


@pytest.fixture
async def make_rig(tmp_path: Path) -> AsyncIterator[Callable[..., Rig]]:
    """Schedulers on the fake API, fetch and clock (fakes.Rig) in ``tmp_path``; after the test
    each one's scheduler (the newest, after a restart) and store are closed."""
    rigs: list[Rig] = []

    def make(**config: object) -> Rig:
        made = Rig(tmp_path, **config)
        rigs.append(made)
        return made

    yield make
    for made in rigs:
        await made.scheduler.close()
        made.store.close()


@pytest.fixture
def rig(make_rig: Callable[..., Rig]) -> Rig:
    return make_rig()
