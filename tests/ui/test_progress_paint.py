"""The progress column is drawn by the style as a horizontal bar, label readable on both sides."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette
from songs import queue_songs
from window_tools import shown

from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.download_jobs import Progress
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.queue_model import COL_PROGRESS


def near(a: QColor, b: QColor, tolerance: int = 80) -> bool:
    return (abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
            ) <= tolerance


def share(image: QImage, x0: int, x1: int, colour: QColor) -> float:
    """The share of pixels in columns x0..x1 (middle rows) close to ``colour``."""
    hits = total = 0
    mid = image.height() // 2
    for x in range(x0, x1):
        for y in range(mid - 3, mid + 4):
            total += 1
            hits += near(image.pixelColor(x, y), colour)
    return hits / total


async def test_a_half_done_download_fills_the_left_half(window: MainWindow):
    [item] = queue_songs(window.engine, ["1"], state=State.DOWNLOADING)
    # the download's own progress, as its worker reports it (live, read when painted)
    window.engine.scheduler.progress[item.id] = Progress(parts={"video": (50, 100)})
    await shown(window)
    window.table.setColumnWidth(COL_PROGRESS, 160)
    window.table.clearSelection()
    window.table.setCurrentIndex(window.proxy.index(0, 0))
    window.table.clearSelection()
    rect = window.table.visualRect(window.proxy.index(0, COL_PROGRESS))
    image = window.table.viewport().grab(rect).toImage()
    palette = window.table.palette()
    fill = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    w = image.width()
    # half done: the left part of the cell is filled across its height, the right is not
    left, right = share(image, 6, w // 2 - 16, fill), share(image, w // 2 + 16, w - 6, fill)
    assert left > 0.5 and right < 0.05, (left, right)
    # the label "50%" straddles the fill edge: light over the fill, dark over the rest
    light = palette.color(QPalette.ColorRole.HighlightedText)
    dark = palette.color(QPalette.ColorRole.Text)
    assert share(image, w // 2 - 14, w // 2, light) > 0.02
    assert share(image, w // 2, w // 2 + 14, dark) > 0.02
