"""Start-up of the window: one path, on Qt's loop through qasync, with an owned shutdown."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

from mureka_desktop.core.paths import APP_ID, AppPaths, resources_dir

log = logging.getLogger(__name__)


def run_window(paths: AppPaths, *, demo: bool = False, verbose: bool = False,
               sim_overrides: dict[str, object] | None = None,
               exit_after_show: bool = False) -> int:
    os.environ.setdefault("QT_API", "pyside6")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
    import qasync
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Mureka Desktop")
    app.setOrganizationName("MurekaDesktop")
    app.setDesktopFileName(APP_ID)
    icon = resources_dir() / "icons" / f"{APP_ID}.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            code: int = loop.run_until_complete(main(
                app, paths, demo=demo, verbose=verbose, sim_overrides=sim_overrides,
                exit_after_show=exit_after_show))
            return code
    finally:
        asyncio.set_event_loop(None)


async def main(app: object, paths: AppPaths, *, demo: bool, verbose: bool,
               sim_overrides: dict[str, object] | None = None,
               exit_after_show: bool = False) -> int:
    from mureka_desktop.app import build_engine
    from mureka_desktop.ui import heap
    from mureka_desktop.ui.main_window import MainWindow

    engine = build_engine(paths, demo=demo, verbose=verbose, require_token=False,
                          sim_overrides=sim_overrides)
    window = MainWindow(engine)
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)  # type: ignore[attr-defined]
    window.show()
    heap.settle()
    if not demo and not engine.tokens.get():
        window.statusBar().showMessage("Enter your useapi.net token to start.", 10000)
        window.open_settings()
    elif engine.scheduler.was_running:
        window.statusBar().showMessage("Resuming the queue where the last session stopped.",
                                       8000)
        window.start()
    log.info("window shown (demo=%s, data=%s)", demo, Path(engine.paths.data_dir))
    if exit_after_show:
        window.repaint()
        print("window shown", flush=True)
        app.quit()  # type: ignore[attr-defined]
    try:
        await quit_event.wait()
    finally:
        await window.shutdown()
        await engine.aclose()
    return 0
