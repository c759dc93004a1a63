"""What a start says (issue 15's follow-up): "Resuming the queue…" only when something is
queued; a big file handed over by a later start says "Reading 45 MB…" at once, as a drop or
a paste does. Both through the real start (launch.main) and a real local socket."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox
from window_tools import wait_for

from mureka_desktop.app import build_engine
from mureka_desktop.core.queue.scheduler import RUNNING_KEY
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.single_instance import hand_off

RESUMING = "Resuming the queue where the last session stopped."


def the_window() -> MainWindow | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w.isVisible()]
    return found[0] if found else None


async def start(qapp: Any, paths: AppPaths, **options: Any) -> tuple[Any, MainWindow,
                                                                        list[str]]:
    """launch.main running; the window, and every status message shown since it opened."""
    from mureka_desktop.ui import launch

    messages: list[str] = []
    real = MainWindow.show

    def show(self: MainWindow) -> None:  # from the first message on
        self.statusBar().messageChanged.connect(messages.append)
        real(self)

    MainWindow.show = show  # type: ignore[method-assign]
    try:
        task = asyncio.ensure_future(launch.main(qapp, paths, demo=True, verbose=False,
                                                 **options))
        await wait_for(lambda: the_window() is not None or task.done(), timeout=20)
    finally:
        MainWindow.show = real  # type: ignore[method-assign]
    window = the_window()
    assert window is not None, task.result()
    return task, window, messages


async def stop(task: Any, window: MainWindow) -> None:
    window.quit()
    assert await asyncio.wait_for(task, 20) == 0


async def ran_last_time(paths: AppPaths, queued: list[str]) -> None:
    engine = build_engine(paths, demo=True, require_token=False)
    if queued:
        engine.queue.add(queued)
    # The earlier session quit while its queue ran (before this test's window is built): a
    # real start would begin generating here.
    engine.store.set_meta(RUNNING_KEY, "1")
    await engine.aclose()


async def test_resuming_is_said_only_when_something_is_queued(qapp: Any, tmp_path: Path):
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        for home, queued in (("empty", []), ("queued", ["123456789"])):
            paths = AppPaths.resolve(tmp_path / home)
            await ran_last_time(paths, queued)
            task, window, messages = await start(qapp, paths)
            await asyncio.sleep(0.1)
            assert (RESUMING in messages) == bool(queued), (home, messages)
            await stop(task, window)
    finally:
        qapp.setQuitOnLastWindowClosed(quits)


async def test_a_45_mb_file_handed_over_says_reading_at_once(qapp: Any, tmp_path: Path):
    big = tmp_path / "big45.txt"
    big.write_bytes(b"\0" * 45_000_000)  # read whole, then refused: a quick test
    name = f"mureka-test-{tmp_path.name}"
    quits = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        task, window, messages = await start(qapp, AppPaths.resolve(tmp_path / "home"),
                                             instance=name)
        said: list[str] = []
        window.statusBar().messageChanged.connect(said.append)
        taken = asyncio.ensure_future(asyncio.to_thread(hand_off, name, [str(big)]))
        await wait_for(lambda: bool(said) or taken.done(), timeout=20)
        assert said[:1] == ["Reading 45 MB…"], said  # the first thing said, before reading
        await taken  # (its answer: a blocking socket in a plain thread, not checked here)
        await wait_for(lambda: isinstance(window.intake.dialog, QMessageBox), timeout=60)
        assert window.statusBar().currentMessage() == ""  # read: the message is gone
        window.intake.dialog.close()
        await stop(task, window)
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
