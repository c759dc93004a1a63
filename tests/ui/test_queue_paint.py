"""The queue table paints each row's own item, filtered or sorted: the State column's dot is
the colour of the row's state (the delegate finds items in Python while the filter is idle, and
through the filter otherwise)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from songs import queue_songs, scheduler_change
from window_tools import shown

from mureka_desktop.core.model.items import State
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.queue_model import COL_ATTEMPTS, COL_STATE, STATE_COLORS


def dot(window: MainWindow, row: int) -> str:
    """The state the dot painted in ``row``'s State cell shows, by its colour."""
    table = window.table
    rect = table.visualRect(window.proxy.index(row, COL_STATE))
    image: QImage = table.viewport().grab(rect).toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(4, 20)
               for y in range(image.height())}
    found = [state for state, colour in STATE_COLORS.items() if colour in colours]
    assert len(found) == 1, (row, found)
    return str(found[0].value)


async def test_each_row_paints_its_own_state_filtered_and_sorted(window: MainWindow):
    engine = window.engine
    items = queue_songs(engine, ["11", "12", "13", "14"])
    scheduler_change(engine, items[0].id, state=State.DONE, attempts=1)
    scheduler_change(engine, items[2].id, state=State.FAILED, attempts=3)
    scheduler_change(engine, items[3].id, state=State.CANCELLED, attempts=2)
    await shown(window)
    window.resize(1200, 700)
    assert [dot(window, r) for r in range(4)] == ["done", "queued", "failed", "cancelled"]
    window.state_filter.setCurrentIndex(3)  # Failed
    assert window.proxy.rowCount() == 1 and dot(window, 0) == "failed"
    window.state_filter.setCurrentIndex(0)
    header = window.table.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL_ATTEMPTS) + 5, 5))
    order = [dot(window, r) for r in range(4)]
    assert sorted(order) == ["cancelled", "done", "failed", "queued"]
    assert order != ["done", "queued", "failed", "cancelled"]  # sorted by tries
