"""The core tests' engine: one on the demo simulator in ``tmp_path/home`` (no token, a keyring
in memory), generations quick and never reusing a video or making a second version, closed
after the test. Finished songs: :func:`songs.finish_songs`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from library_disk import demo_engine

from mureka_desktop.core.engine.facade import Engine

QUICK = {"generation_time": 0.2, "existing_video_rate": 0, "v95_rate": 0}


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    built = demo_engine(tmp_path / "home", **QUICK)
    yield built
    await built.aclose()
