"""The Help menu: About (versions and licences), the keyboard shortcuts, and the app's folders.

The shortcuts dialog is built from the window's own QActions when it opens, so it lists what
the keys really do and cannot drift from the menus.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import mureka_desktop
from mureka_desktop.core.runtime.paths import APP_ID, resources_dir
from mureka_desktop.ui import scheme
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import BLOCK, shown

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/murekadesktop/mureka-desktop"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"
QT_SOURCE_URL = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE_URL = "https://code.qt.io/cgit/pyside/pyside-setup.git/"

# "ファイル(&F)": the mnemonic letter in brackets after a title in a script without it.
TRAILING_MNEMONIC = re.compile(r"\s*[(（]&[^&\s][)）](?=(?:…|\.\.\.)?$)")


def plain(action: QAction) -> str:
    """An action's text as a user reads it: no mnemonic ampersand (nor a Chinese, Japanese or
    Korean title's trailing "(&F)"), no trailing ellipsis; an action whose text changes with
    the state (Start / Pause) names itself in "stableName"."""
    stable = action.property("stableName")
    text = stable if isinstance(stable, str) else action.text()
    text = TRAILING_MNEMONIC.sub("", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def open_local(path: Path, parent: QWidget) -> bool:
    """Open a file or folder with the desktop's launcher; say so, with the path, if none does.

    Returns whether a launcher took it. The box opens with ``open()`` (no nested loop)."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    log.warning("no launcher opened %s", path)
    text = QCoreApplication.translate(
        "Help", "No application could open this location:\n\n%1\n\n"
        "Open it from your file manager; the path can be selected and copied here.")
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Help", "Cannot open"),
                      fill(text, shown(str(path), BLOCK)), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("launcherFailed")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path may hold "<"
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return False


def about_html() -> str:
    # Numbered placeholders filled in one pass (i18n.fill): a translation that garbles one
    # shows it garbled instead of raising as str.format would.
    return fill(QCoreApplication.translate(
        "Help",
        "<h3>Mureka Desktop %1</h3>"
        "<p>Lyrics videos for lists of Mureka songs, through the useapi.net API.</p>"
        "<p><a href='%2'>%2</a><br>Mureka Desktop is free software under the "
        "MIT licence.</p>"
        "<p>Built with Qt %3 and PySide6 %4 (Qt for Python), used under the "
        "<a href='%5'>GNU Lesser General Public License v3</a>. "
        "You may replace them with your own build: the source of "
        "<a href='%6'>Qt</a> and of <a href='%7'>PySide6</a> is "
        "published by The Qt Company.</p>",
        "%1 version, %2 project page, %3 Qt version, %4 PySide6 version, %5 licence text, "
        "%6 Qt source, %7 PySide6 source"),
        html.escape(mureka_desktop.__version__), PROJECT_URL, html.escape(qVersion()),
        html.escape(PySide6.__version__), LGPL_URL, QT_SOURCE_URL, PYSIDE_SOURCE_URL)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Mureka Desktop"))
        self.text = QLabel(about_html())
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setMinimumWidth(420)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resources_dir() / "icons" / f"{APP_ID}.svg")).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        scheme.tint_buttons(buttons)  # visible on a dark scheme
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(group, action, keys) for every action of the window that has a shortcut, grouped by
    the menu that holds it, in menu order; actions found in no menu come last."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def take(group: str, action: QAction) -> None:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if id(action) in seen or not any(keys):
            return
        seen.add(id(action))
        rows.append((group, plain(action), ", ".join(k for k in keys if k)))

    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            take(plain(menu_action), action)
    for action in window.findChildren(QAction):
        take(QCoreApplication.translate("Help", "Other"), action)
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 560)
        self.list = QTreeWidget()
        self.list.setObjectName("shortcutList")
        self.list.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.list.setStyleSheet("QTreeView::item { padding: 2px 6px; }")
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        group = None
        for menu, name, keys in shortcut_rows(window):
            if menu != group:
                group = menu
                heading = QTreeWidgetItem([menu, ""])
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addTopLevelItem(heading)
            self.list.addTopLevelItem(QTreeWidgetItem([name, keys]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        scheme.tint_buttons(buttons)  # visible on a dark scheme
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def entries(self) -> list[tuple[str, str]]:
        """The (action, keys) rows shown, headings left out."""
        out = []
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if row is not None and row.text(1):
                out.append((row.text(0), row.text(1)))
        return out


class HelpCommands:
    """What the Help menu does; the window wires these to its actions."""

    def __init__(self, window: QMainWindow, data_dir: Path, log_dir: Path) -> None:
        self.window = window
        self.data_dir = data_dir
        self.log_dir = log_dir
        self.dialog: QDialog | None = None

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # never exec(): no nested event loop under qasync
        return dialog

    def about(self) -> None:
        self._show(AboutDialog(self.window))

    def shortcuts(self) -> None:
        self._show(ShortcutsDialog(self.window))

    def open_log_folder(self) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        open_local(self.log_dir, self.window)

    def open_data_folder(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        open_local(self.data_dir, self.window)
