"""The keyboard focus is clearly visible on the queue table, the library grid and the list,
in the light and the dark scheme: a ring of at least 3:1 contrast against what surrounds it
(WCAG 2.2's focus appearance), drawn on the view's edge."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from window_tools import activate, wait_for

from mureka_desktop.ui import scheme


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + \
        0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def edge_contrast(view: QWidget) -> float:
    """The weakest contrast, along the view's left edge, between what is drawn there now and
    what was drawn there without the focus."""
    window = view.window()
    top_left = view.mapTo(window, view.rect().topLeft())
    shot: QImage = window.grab().toImage()
    return min(contrast(QColor(shot.pixel(top_left.x() + 1, top_left.y() + y)),
                        QColor(view.palette().color(view.backgroundRole())))
               for y in range(10, view.height() - 10, max(1, view.height() // 10)))


@pytest.mark.parametrize("dark", [False, True])
async def test_the_focused_view_has_a_ring_that_stands_out(window: Any,
                                                          follower: scheme.SchemeFollower,
                                                          dark: bool):
    follower.forced = "dark" if dark else "light"
    follower.apply()
    window.resize(1200, 720)
    await activate(window)
    window.search.setFocus()
    await wait_for(lambda: window.search.hasFocus())
    assert edge_contrast(window.table) < 1.5  # no ring while the table has no focus
    QTest.keyClick(window.search, Qt.Key.Key_Tab)  # to the table
    await wait_for(lambda: window.table.hasFocus())
    assert edge_contrast(window.table) >= 3.0
    QTest.keyClick(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    library = window.library
    await wait_for(lambda: library.grid.hasFocus())
    assert edge_contrast(library.grid) >= 3.0
    QTest.keyClick(library.grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    await wait_for(lambda: library.list.hasFocus())
    assert edge_contrast(library.list) >= 3.0
