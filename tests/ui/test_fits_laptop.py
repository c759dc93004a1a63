"""The window fits a laptop: on either tab, with the accounts shown under the queue, its
minimum is at most 1024 x 600 and it takes that size when asked (panes scroll instead of
pushing the status bar and the accounts below the screen's edge)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from window_tools import activate, wait_for

from mureka_desktop.core.model.items import State

LAPTOP = QSize(1024, 600)


async def test_the_window_fits_1024_by_600_on_both_tabs_with_the_accounts_shown(
        open_window: Any, make_engine: Any):
    engine = make_engine(accounts=["111", "222", "333"])
    window = open_window(engine)
    await activate(window)
    window.acts.accounts_action.setChecked(True)
    dock = window.accounts_dock
    await wait_for(lambda: dock.isVisible() and dock.table.model().rowCount() == 3, timeout=20)
    # a finished song: the library shows a video in its detail pane
    engine.queue.add(["user:777-mureka:111-song:5001"])
    window.commands.start()
    await wait_for(lambda: engine.queue.query.counts()[State.DONE] == 1, timeout=30)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2):  # Ctrl+1 the queue, Ctrl+2 the library
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == (0 if key == Qt.Key.Key_1 else 1)
        if key == Qt.Key.Key_2:
            await wait_for(lambda: window.library.detail.video is not None)
        for hint in (window.minimumSizeHint(), window.minimumSize()):
            assert hint.width() <= LAPTOP.width() and hint.height() <= LAPTOP.height(), \
                (window.tabs.currentIndex(), hint)
        window.resize(LAPTOP)
        await wait_for(lambda: window.size() == LAPTOP, timeout=5)
        assert dock.isVisible() and window.statusBar().isVisible()
        assert dock.geometry().bottom() < window.statusBar().geometry().top()
        window.resize(1280, 760)
