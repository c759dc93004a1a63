"""Start-up of the window: one path, on Qt's loop through qasync, with an owned shutdown.

Qt never ends the loop by itself (``quitOnLastWindowClosed`` is off): closing the window, Quit,
Ctrl+C or SIGTERM set one event, ``main()`` then cancels and awaits every task, closes the
store, and only then returns, which ends the loop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mureka_desktop.core.engine.facade import StoreError
from mureka_desktop.core.runtime.instance import AlreadyRunning
from mureka_desktop.core.runtime.paths import APP_ID, AppPaths, resources_dir
from mureka_desktop.core.runtime.phrases import of_error
from mureka_desktop.ui.display import NO_DISPLAY, display_problem

log = logging.getLogger(__name__)


# Qt's FFmpeg backend prints every stream's details ("Input #0, mov,mp4…", one block per
# preview) and the lack of a hardware decoder through these categories. Off unless --verbose;
# QT_LOGGING_RULES set by the user still wins (Qt applies it after these rules).
QUIET_RULES = ("qt.multimedia.symbolsresolver=false", "qt.multimedia.ffmpeg*=false",
               "qt.multimedia.playbackengine*=false")
VERBOSE_RULES = ("qt.multimedia.symbolsresolver=false",)


def quiet_qt_logging(verbose: bool) -> None:
    """Keep FFmpeg's stream dumps off stderr (no Python message handler: Qt logs from media
    threads, and a Python callback there could deadlock on the GIL)."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("\n".join(VERBOSE_RULES if verbose else QUIET_RULES))


def run_window(paths: AppPaths, *, demo: bool = False, verbose: bool = False,
               sim_overrides: dict[str, object] | None = None,
               exit_after_show: bool = False, inputs: Sequence[str] = ()) -> int:
    from mureka_desktop.ui import single_instance

    instance = single_instance.server_name(paths.data_dir, demo)
    if single_instance.hand_off(instance, inputs):
        print("Mureka Desktop is already running on this queue: handed over to its window.")
        return 0
    problem = display_problem()
    if problem is not None:
        print(NO_DISPLAY.format(why=problem), file=sys.stderr)
        return 2
    os.environ.setdefault("QT_API", "pyside6")
    quiet_qt_logging(verbose)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from mureka_desktop.ui.event_loop import QtLoop

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Mureka Desktop")
    app.setOrganizationName("MurekaDesktop")
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    from mureka_desktop.core.settings.values import Settings
    from mureka_desktop.ui.i18n import chosen_locale, install_translators
    from mureka_desktop.ui.scheme import SchemeFollower

    # The language of Settings (the system's unless one is chosen), read once: a change made
    # in Settings applies at the next start.
    language = Settings.load(paths.settings_file).language
    translations = [Path(t.filePath()).name for t in
                    install_translators(app, chosen_locale(language) if language else None)]
    SchemeFollower(app)  # light or dark, as the system says
    icon = resources_dir() / "icons" / f"{APP_ID}.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    loop = QtLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            task = loop.create_task(main(app, paths, demo=demo, verbose=verbose,
                                         sim_overrides=sim_overrides,
                                         exit_after_show=exit_after_show,
                                         instance=instance, inputs=list(inputs),
                                         translations=translations))
            try:
                code: int = loop.run_until_complete(task)
            except RuntimeError:
                if task.done():
                    raise
                # Something called QApplication.quit() (the session is ending): the quit
                # event is set, so run the loop again for the orderly shutdown.
                code = loop.run_until_complete(task)
            return code
    finally:
        asyncio.set_event_loop(None)


async def _tell(message: str) -> None:
    """A warning box in the user's language, awaited through its signal (no nested event
    loop)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from mureka_desktop.ui.engine_words import EngineWords

    box = QMessageBox(QMessageBox.Icon.Warning, "Mureka Desktop", EngineWords().say(message))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path or the server's words
    closed = asyncio.Event()
    box.finished.connect(lambda _: closed.set())
    box.open()
    await closed.wait()


async def main(app: Any, paths: AppPaths, *, demo: bool, verbose: bool,
               sim_overrides: dict[str, object] | None = None,
               exit_after_show: bool = False, instance: str = "",
               inputs: list[str] | None = None, translations: Sequence[str] = ()) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from mureka_desktop.app import build_engine
    from mureka_desktop.core.model.config import PauseReason
    from mureka_desktop.core.model.items import State
    from mureka_desktop.ui import heap
    from mureka_desktop.ui.main_window import MainWindow
    from mureka_desktop.ui.single_instance import InstanceServer, take_arguments

    try:
        engine = build_engine(paths, demo=demo, verbose=verbose, require_token=False,
                              sim_overrides=sim_overrides)
    except AlreadyRunning as exc:
        print(exc, file=sys.stderr)
        await _tell(of_error(exc))
        return 1
    except StoreError as exc:  # corrupt, truncated or read-only database: say what to do
        print(exc, file=sys.stderr)
        await _tell(of_error(exc))
        return 2
    collector = heap.GuiThreadCollector(app)  # Qt wrappers die on the GUI thread only
    window = MainWindow(engine)
    quit_event = asyncio.Event()
    window.closed.connect(quit_event.set)
    app.aboutToQuit.connect(quit_event.set)
    previous = {sig: signal.signal(sig, lambda *_: quit_event.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    pulse = QTimer()
    pulse.timeout.connect(lambda: None)
    pulse.start(250)
    window.show()
    heap.settle()
    if not demo and not engine.settings.tokens.get():
        # No modal on start: the library is usable offline at once; the banner offers
        # Settings for the token.
        window.banner.show_reason(PauseReason("auth", QCoreApplication.translate(
            "Launch", "No useapi.net token yet: generating is off. The library works offline.")))
    elif engine.queue.was_running:
        counts = engine.queue.query.counts()
        if any(counts[state] for state in (State.QUEUED, State.CHECKING, State.GENERATING,
                                           State.DOWNLOADING)):  # said only when queued
            window.statusBar().showMessage(QCoreApplication.translate(
                "Launch", "Resuming the queue where the last session stopped."), 8000)
        window.commands.start()
    log.info("window shown (demo=%s, data=%s, translations %s)", demo,
             Path(engine.paths.data_dir), ", ".join(translations) or "none")

    def take(arguments: list[str]) -> None:  # "Open with", or a later start's ids
        take_arguments(window, arguments)

    server = InstanceServer(instance, take) if instance else None
    if inputs:
        take(inputs)
    if exit_after_show:
        handle = window.windowHandle()
        for _ in range(300):  # the first frame is the mapped, exposed window's (X11 maps later)
            if handle is not None and handle.isExposed():
                break
            await asyncio.sleep(0.01)
        window.repaint()
        modal = QApplication.activeModalWidget()
        print("window shown" + (f" under a modal {type(modal).__name__}" if modal else ""),
              flush=True)
        quit_event.set()
    try:
        await quit_event.wait()
    finally:
        pulse.stop()
        if server is not None:
            server.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if window.isVisible():
            window.close()
        await window.shutdown()
        await engine.aclose()
        collector.stop()
        log.info("shut down cleanly")
    return 0
