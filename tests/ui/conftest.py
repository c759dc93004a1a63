"""Qt tests: real widgets offscreen, async tests on a qasync loop.

Lifetimes are explicit: every window a test opens is shut down, closed and deleted on the GUI
thread before the test's loop goes away, and every engine is closed. Nothing is left for the
garbage collector to free later on some other thread (see mureka_desktop/ui/heap.py).
The helpers a test calls (``wait_for``, ``activate``, ``shown``, ``dispose``) are in
``window_tools``, a module of its own name: tests never import a ``conftest``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytestqt.plugin
from helpers import WATCHED_LOOPS, FakeKeyring
from PySide6.QtWidgets import QApplication
from window_tools import dispose

from mureka_desktop.app import Engine, build_engine
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore
from mureka_desktop.ui.event_loop import QtLoop

_LOOP: list[asyncio.AbstractEventLoop] = []  # the test's qasync loop (the newest)


def _qasync_loop() -> asyncio.AbstractEventLoop:
    loop = QtLoop(QApplication.instance() or QApplication([]))
    _LOOP[:] = [loop]
    WATCHED_LOOPS[:] = [loop]
    return loop


def pytest_asyncio_loop_factories(config: Any, item: Any) -> dict[str, Any]:
    return {"qasync": _qasync_loop}


_process_events = pytestqt.plugin._process_events


def _process_events_on_the_loop() -> None:
    """pytest-qt processes Qt events between a test's phases, outside the loop's run: a task
    stepped by a qasync timer there finds no running loop (asyncio.sleep, asyncio.timeout and
    sniffio all ask for it) and fails, a failure the app cannot have (it processes Qt events
    only inside the loop's run_forever). So those events are processed with the test's loop
    set as the running one, as in the app."""
    loop = _LOOP[0] if _LOOP else None
    if loop is None or loop.is_closed() or asyncio._get_running_loop() is not None:
        _process_events()
        return
    asyncio.events._set_running_loop(loop)
    try:
        _process_events()
    finally:
        asyncio.events._set_running_loop(None)


pytestqt.plugin._process_events = _process_events_on_the_loop


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
def follower(qapp: QApplication) -> Iterator[Any]:
    """The app's scheme follower, forced light (a test forces dark); light again after."""
    from mureka_desktop.ui import scheme

    follow = scheme.SchemeFollower(qapp, forced="light")
    yield follow
    follow.forced = "light"
    follow.apply()
    qapp.styleHints().colorSchemeChanged.disconnect(follow.apply)
    follow.setParent(None)
    assert not scheme.is_dark()


@pytest.fixture
def keyring_backend() -> FakeKeyring:
    return FakeKeyring()


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
