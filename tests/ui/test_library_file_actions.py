"""The Library menu's file commands are declared once, as the window's actions are
(ui/library/file_actions.py, placed by ui/actions.LIBRARY_MENU): the menu, their tips, the
status bar's hint, Locate's key (the Library tab's only) and the F1 list all follow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from test_library_file_commands import show_library
from window_tools import activate, wait_for

from mureka_desktop.ui.help import ShortcutsDialog


async def test_the_library_menu_is_made_from_the_file_commands_specs(window: Any):
    files = window.library_files
    names = [s.name for s in files.specs]
    assert names == ["rename", "locate", "import", "export", "trash"]
    menu = [a.text() for a in files.menu.actions()]
    assert menu == ["Locate…", "Import folder…", "Rename files to the template…", "",
                    "Export picks…", "Move rejected to trash…"]
    for spec in files.specs:
        action: QAction = getattr(files, f"{spec.name}_action")
        assert action is files.by_name[spec.name] and action.isEnabled()
        assert action.statusTip() == spec.tip and spec.tip
        assert action.toolTip() == (f"{spec.tip} (Ctrl+Shift+L)" if spec.name == "locate"
                                    else spec.tip)
    locate = files.locate_action
    assert locate.shortcut().toString() == "Ctrl+Shift+L"
    assert locate.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert locate in window.library.actions()


async def test_ctrl_shift_l_locates_in_the_library_tab_only(window: Any):
    await activate(window)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert "Select a video" not in window.statusBar().currentMessage()
    await show_library(window)
    QTest.keyClick(window.library.grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == "Select a video in the Library first."


async def test_f1_lists_locate_under_the_library_menu(window: Any):
    await activate(window)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_F1)
    await wait_for(lambda: isinstance(window.help.dialog, ShortcutsDialog))
    dialog = window.help.dialog
    assert ("Locate", "Ctrl+Shift+L") in dialog.entries()
    rows = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
            for tree in [dialog.list] for i in range(tree.topLevelItemCount())]
    at = rows.index(("Locate", "Ctrl+Shift+L"))
    assert next(name for name, keys in reversed(rows[:at]) if not keys) == "Library"
    dialog.close()
