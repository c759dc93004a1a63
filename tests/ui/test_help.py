"""The Help menu: About, the shortcuts dialog built from the actions, the app's folders, and
launchers that fail with a message naming the path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import PySide6
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from songs import queue_songs
from window_tools import shown, wait_for

import mureka_desktop
from mureka_desktop.core.model.items import State
from mureka_desktop.ui.help import AboutDialog, ShortcutsDialog, plain
from mureka_desktop.ui.main_window import MainWindow


def menu_action(window: MainWindow, menu_title: str, text: str) -> QAction:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.text().replace("&", "") == menu_title:
            for action in menu.actions():
                if plain(action) == text:
                    return action
    raise AssertionError(f"no {text!r} in the {menu_title} menu")


def failure_box(window: MainWindow) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox, "launcherFailed") if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def release(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    QTest.keyRelease(widget, key, modifiers)
    if modifiers & Qt.KeyboardModifier.ShiftModifier:
        QTest.keyRelease(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.ControlModifier)
    QTest.keyRelease(widget, Qt.Key.Key_Control)


class Launcher(QObject):
    """Stands in for the desktop's launcher: records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


@pytest.fixture
def launcher() -> Any:
    handler = Launcher()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


async def test_about_names_the_versions_and_the_lgpl(window: MainWindow):
    menu_action(window, "Help", "About Mureka Desktop").trigger()
    dialog = window.help.dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    text = dialog.text.text()
    for needle in (f"Mureka Desktop {mureka_desktop.__version__}", f"Qt {qVersion()}",
                   f"PySide6 {PySide6.__version__}", "Lesser General Public License v3",
                   "https://www.gnu.org/licenses/lgpl-3.0.html", "download.qt.io",
                   "pyside-setup", "https://github.com/murekadesktop/mureka-desktop"):
        assert needle in text
    assert dialog.text.openExternalLinks()
    dialog.close()


async def test_f1_lists_every_action_that_has_a_shortcut(window: MainWindow):
    window.activateWindow()
    await wait_for(lambda: QApplication.activeWindow() is window, timeout=5)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_F1)
    dialog = window.help.dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    shown = dialog.entries()
    native = QKeySequence.SequenceFormat.NativeText
    expected = {(plain(a), ", ".join(k.toString(native) for k in a.shortcuts()))
                for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    assert len(expected) >= 16
    assert expected <= set(shown)
    assert ("Filter", "Ctrl+F") in shown and ("Add songs", "Ctrl+N") in shown
    dialog.close()


async def test_open_the_log_and_data_folders(window: MainWindow, launcher: Launcher):
    menu_action(window, "Help", "Open log folder").trigger()
    menu_action(window, "Help", "Open data folder").trigger()
    paths = window.engine.paths
    assert launcher.opened == [str(paths.log_dir), str(paths.data_dir)]
    assert window.findChild(QMessageBox, "launcherFailed") is None


async def test_a_missing_launcher_gets_a_message_with_the_path(window: MainWindow):
    QDesktopServices.unsetUrlHandler("file")
    assert not QDesktopServices.openUrl(QUrl.fromLocalFile("/"))  # offscreen: no launcher
    menu_action(window, "Help", "Open data folder").trigger()
    box = failure_box(window)
    assert str(window.engine.paths.data_dir) in box.text()
    box.close()


async def test_ctrl_o_without_a_launcher_says_so(window: MainWindow, tmp_path: Path):
    video = tmp_path / "song.mp4"
    video.write_bytes(b"not really a video")
    queue_songs(window.engine, ["1"], state=State.DONE, video_path=str(video))
    await shown(window)
    window.activateWindow()
    await wait_for(lambda: QApplication.activeWindow() is window, timeout=5)
    window.table.setFocus()
    window.select_row(0)
    ctrl = Qt.KeyboardModifier.ControlModifier
    # Press and release apart: the box opens on the press and takes the releases, which would
    # leave Ctrl held down for the tests that follow.
    QTest.keyPress(window.table, Qt.Key.Key_O, ctrl)
    box = failure_box(window)
    assert str(video) in box.text()
    box.close()
    release(window.table, Qt.Key.Key_O, ctrl)
    ctrl_shift = ctrl | Qt.KeyboardModifier.ShiftModifier
    QTest.keyPress(window.table, Qt.Key.Key_O, ctrl_shift)
    box = failure_box(window)
    assert str(tmp_path) in box.text() and "song.mp4" not in box.text()
    box.close()
    release(window.table, Qt.Key.Key_O, ctrl_shift)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


async def test_clicking_a_library_path_with_no_launcher_says_so(window: MainWindow,
                                                               tmp_path: Path):
    from PySide6.QtCore import QPoint

    from mureka_desktop.core.model.items import State

    video = tmp_path / "v.mp4"
    video.write_bytes(b"x")
    queue_songs(window.engine, ["700000007"], state=State.DONE, title="T",
                video_path=str(video))
    window.show_tab(1)
    window.library.triage.select(window.engine.library.videos.all()[0].id)
    QDesktopServices.unsetUrlHandler("file")
    label = window.library.detail.fields["path"]
    await wait_for(lambda: str(video) in label.text())
    await wait_for(label.isVisible)
    # a click on the link itself (its first characters)
    QTest.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(6, label.height() // 2))
    await wait_for(lambda: [b for b in window.findChildren(QMessageBox, "launcherFailed")
                            if b.isVisible()])
    assert str(tmp_path) in failure_box(window).text()
