"""Qt tests: real widgets offscreen, async tests on a qasync loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from helpers import FakeKeyring
from PySide6.QtWidgets import QApplication

from mureka_desktop.app import Engine, build_engine
from mureka_desktop.core.paths import AppPaths
from mureka_desktop.core.secrets import TokenStore


def pytest_asyncio_loop_factories(config: Any, item: Any) -> dict[str, Any]:
    return {"qasync": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}


@pytest.fixture
def keyring_backend() -> FakeKeyring:
    return FakeKeyring()


@pytest.fixture
def make_engine(tmp_path: Path, keyring_backend: FakeKeyring) -> Iterator[Any]:
    engines: list[Engine] = []

    def make(**sim: Any) -> Engine:
        engine = build_engine(AppPaths.resolve(tmp_path / "home"), demo=True,
                              require_token=False, tokens=TokenStore(keyring_backend),
                              sim_overrides={"generation_time": 0.2, "existing_video_rate": 0,
                                             "v95_rate": 0, **sim})
        engines.append(engine)
        return engine

    yield make


@pytest.fixture
async def window(make_engine: Any, qapp: QApplication) -> AsyncIterator[Any]:
    from mureka_desktop.ui.main_window import MainWindow

    engine = make_engine()
    win = MainWindow(engine)
    win.show()
    yield win
    await win.shutdown()
    await engine.aclose()
    win.close()
    win.deleteLater()


async def wait_for(predicate: Any, timeout: float = 30.0) -> None:
    """Wait on the running (qasync) loop until ``predicate()`` holds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)
