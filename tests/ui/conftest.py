"""Qt tests: real widgets offscreen, async tests on a qasync loop.

Lifetimes are explicit: every window a test opens is shut down, closed and deleted on the GUI
thread before the test's loop goes away, and every engine is closed. Nothing is left for the
garbage collector to free later on some other thread (see mureka_desktop/ui/heap.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import qasync
import shiboken6
from helpers import FakeKeyring
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from mureka_desktop.app import Engine, build_engine
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore


def pytest_asyncio_loop_factories(config: Any, item: Any) -> dict[str, Any]:
    return {"qasync": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}


@pytest.fixture(autouse=True)
def _app_quits_only_when_told(qapp: QApplication) -> None:
    # As in the app (ui/launch.py): closing a window must not stop the loop under a test.
    qapp.setQuitOnLastWindowClosed(False)


@pytest.fixture(autouse=True, scope="session")
def _english_plurals(qapp: QApplication) -> None:
    # As in the app (ui/launch.py): "1 song", "2 songs" come from the shipped translation.
    from mureka_desktop.ui.i18n import install_translators

    install_translators(qapp)


@pytest.fixture
def keyring_backend() -> FakeKeyring:
    return FakeKeyring()


async def dispose(window: Any) -> None:
    """Shut a window down and delete it now, on the GUI thread (once: later calls pass)."""
    if not shiboken6.isValid(window):
        return
    await window.shutdown()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
async def make_engine(tmp_path: Path, keyring_backend: FakeKeyring
                      ) -> AsyncIterator[Callable[..., Engine]]:
    engines: list[Engine] = []

    def make(**sim: Any) -> Engine:
        engine = build_engine(AppPaths.resolve(tmp_path / "home"), demo=True,
                              require_token=False, tokens=TokenStore(keyring_backend),
                              sim_overrides={"generation_time": 0.2, "existing_video_rate": 0,
                                             "v95_rate": 0, **sim})
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        await engine.aclose()


@pytest.fixture
async def open_window(make_engine: Callable[..., Engine], qapp: QApplication
                      ) -> AsyncIterator[Callable[..., Any]]:
    """Opens main windows; after the test each one is disposed of, then its engine closed."""
    from mureka_desktop.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def open_(engine: Engine | None = None, show: bool = True) -> MainWindow:
        win = MainWindow(engine or make_engine())
        windows.append(win)
        if show:
            win.show()
        return win

    yield open_
    engines = [win.engine for win in windows]
    for win in reversed(windows):
        await dispose(win)
    for engine in engines:
        await engine.aclose()  # idempotent


@pytest.fixture
async def window(open_window: Callable[..., Any]) -> Any:
    return open_window()


async def wait_for(predicate: Any, timeout: float = 30.0) -> None:
    """Wait on the running (qasync) loop until ``predicate()`` holds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


async def activate(window: Any) -> None:
    """Make ``window`` the active window (shortcuts need it), waiting on the running loop."""
    window.activateWindow()
    window.raise_()
    await wait_for(window.isActiveWindow, timeout=5)


async def shown(window: Any, timeout: float = 5.0) -> None:
    """Wait until the queue table shows every song as the engine has it now. The table learns
    of the scheduler's changes from ``SongChanged`` and repaints them together at most every
    100 ms (``QueueModel.mark_dirty``), as in the app: a test waits for that, never reloads."""
    query = window.engine.queue.query
    model = window.model
    await wait_for(lambda: [model.item_at(r) for r in range(model.rowCount())]
                   == query.all_items(), timeout)
