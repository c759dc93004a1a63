"""Looks: an icon on every action (theme or bundled SVG), text beside icons where there is
room, and a filter that stays usable at 900 px."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton
from window_tools import wait_for

from mureka_desktop.ui import icons
from mureka_desktop.ui.main_window import MainWindow


def own_actions(window: MainWindow) -> list[QAction]:
    return [a for a in window.actions() if a.text()]


async def test_every_action_has_an_icon(window: MainWindow):
    actions = own_actions(window)
    assert len(actions) >= 20
    missing = [a.text() for a in actions if a.icon().isNull()]
    assert not missing
    for action in actions:  # sharp at 200 %: a 48 px rendering for a 24 px icon
        assert action.icon().pixmap(48, 48).width() == 48


def test_every_bundled_icon_is_a_valid_svg_of_ours():
    folder = Path(icons.bundled_path("add")).parent
    assert (folder / "LICENSE").is_file()
    for name in icons.THEME:
        renderer = QSvgRenderer(icons.bundled_path(name))
        assert renderer.isValid(), name
    assert {p.stem for p in folder.glob("*.svg")} == set(icons.THEME)


async def test_the_filter_stays_usable_at_900_px(window: MainWindow):
    window.resize(900, 600)
    await wait_for(lambda: window.width() == 900, timeout=5)
    QApplication.processEvents()
    assert window.search.isVisible() and window.state_filter.isVisible()
    assert window.search.width() >= 180
    assert window.search.isClearButtonEnabled()
    # the main bar keeps text beside the most used icons, the rest icon only
    add = window.acts.toolbar.widgetForAction(window.acts.add_action)
    assert isinstance(add, QToolButton) and add.isVisible()
    assert window.acts.toolbar_text.shown >= 1
    assert window.acts.add_action.priority() == QAction.Priority.NormalPriority
    window.search.setText("no such song")
    QApplication.processEvents()
    assert window.search.isVisible()  # text in the field does not push it anywhere
    window.resize(1600, 700)
    await wait_for(lambda: window.width() == 1600, timeout=5)
    assert window.acts.toolbar_text.shown > 1


async def test_ctrl_f_focuses_the_filter(window: MainWindow):
    window.activateWindow()
    await wait_for(lambda: QApplication.activeWindow() is window, timeout=5)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search


async def test_the_start_icon_turns_into_pause_while_running(window: MainWindow):
    window.engine.queue.add(["700000001"])  # something to run (an empty queue shows Start)
    start_icon = window.acts.start_action.icon().cacheKey()
    window.activateWindow()
    await wait_for(lambda: QApplication.activeWindow() is window, timeout=5)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_F5)
    assert window.acts.start_action.text() == "Pause"
    assert window.acts.start_action.icon().cacheKey() != start_icon
    QTest.keyClick(window.table, Qt.Key.Key_F5)
    assert window.acts.start_action.text() == "Start"
    assert window.acts.start_action.icon().cacheKey() == start_icon


async def test_a_disabled_bundled_icon_is_clearly_fainter(window: MainWindow):
    from PySide6.QtGui import QIcon, QPalette

    icon = icons._bundled("remove", window.palette().color(QPalette.ColorRole.WindowText).name())

    def ink(mode: QIcon.Mode) -> float:
        image = icon.pixmap(32, 32, mode).toImage()
        return sum(image.pixelColor(x, y).alphaF() for x in range(32) for y in range(32))

    assert ink(QIcon.Mode.Disabled) < 0.4 * ink(QIcon.Mode.Normal)
