"""Screen readers and keyboards: names on controls without text, a tab order that follows the
eye, state said in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton
from songs import queue_songs
from window_tools import activate, wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.queue_model import COL_STATE


async def test_controls_without_text_have_accessible_names(window: MainWindow):
    p = window.preview
    for widget in (window.table, p.play_button, p.seek, p.mute_button, p.volume,
                   window.search, window.state_filter):
        assert widget.accessibleName(), widget
    # Icon-only tool buttons are named after their actions.
    for button in window.acts.toolbar.findChildren(QToolButton):
        action = button.defaultAction()
        if isinstance(action, QAction) and action.text():
            assert button.text() == action.text().rstrip("…")  # Qt drops the ellipsis


async def test_tab_goes_from_the_filter_to_the_queue_to_the_preview(window: MainWindow):
    window.engine.queue.add(["700000001"])
    await activate(window)
    window.state_filter.setFocus(Qt.FocusReason.OtherFocusReason)
    await wait_for(window.state_filter.hasFocus, timeout=5)
    seen = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    # search → table → the preview's first enabled control (mute: nothing is loaded to play);
    # with no audio device the sound controls are off too, and Tab goes on to the tabs
    assert seen[0] is window.search
    assert seen[1] is window.table
    if QMediaDevices.audioOutputs():
        assert seen[2] in (window.preview.mute_button, window.preview.volume)
    else:
        assert seen[2] is window.tabs.tabBar()


async def test_state_is_said_in_words_not_only_by_colour(window: MainWindow):
    queue_songs(window.engine, ["700000001"], state=State.FAILED, last_error="boom")
    await wait_for(lambda: window.proxy.index(0, COL_STATE).data() == "Failed", timeout=5)
    index = window.proxy.index(0, COL_STATE)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Failed"
    window.select_row(0)
    assert "Failed" in window.preview.detail.accessibleDescription()
    assert "boom" in window.preview.detail.accessibleDescription()
