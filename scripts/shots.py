"""What the screenshot scripts share: waiting on the running loop, grabbing a window, telling a
blank picture from a real one."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")

from PySide6.QtGui import QImage, QScreen  # noqa: E402

from mureka_desktop.ui.main_window import MainWindow  # noqa: E402


async def wait_until(predicate: Callable[[], bool], timeout: float = 120.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise SystemExit("screenshots: the demo did not get there in time")
        await asyncio.sleep(0.1)


def distinct_colours(image: QImage) -> int:
    small = image.scaled(160, 100)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


async def grab_at(window: MainWindow, screen: QScreen, width: int, path: Path) -> None:
    window.resize(width, 640 if width < 1000 else 900)
    await asyncio.sleep(0.8)
    screen.grabWindow(window.winId()).save(str(path))
