"""The dialogs of the library's file commands: the renames shown before they are done, a
report (counts and a list of files), and the choices of Export picks. Layout only: the work is
in :mod:`file_commands` and the core. Every dialog opens with ``open()`` (no nested loop)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.library.disk import RenamePlan
from mureka_desktop.ui.actions import fill as fill_menu
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import plain, shown, tip

MAX_LISTED = 5000  # rows shown in a list; the summary counts them all


def _list(headers: Sequence[str], rows: Sequence[tuple[str, str, str]],
          name: str) -> QTreeWidget:
    """A two-column list; the third value of each row is the tooltip (a full path)."""
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setHeaderLabels(list(headers))
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    items = []
    for first, second, whole in rows[:MAX_LISTED]:
        item = QTreeWidgetItem([shown(first), shown(second)])
        item.setToolTip(0, tip(whole))
        item.setToolTip(1, tip(second))
        items.append(item)
    tree.addTopLevelItems(items)
    tree.resizeColumnToContents(0)
    tree.setColumnWidth(0, min(max(tree.columnWidth(0), 200), 420))
    return tree


class RenamePreviewDialog(QDialog):
    """The renames a template would make (old name → new name), to accept or cancel."""

    def __init__(self, plan: RenamePlan, template: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renamePreview")
        self.setWindowTitle(self.tr("Rename files to the template"))
        self.resize(820, 480)
        n = len(plan.renames)
        parts = [fill(self.tr("%n video(s) will be renamed to “%1”, each cover with its "
                              "video.", "%1: the file name template", n), template)]
        if plan.unchanged:
            parts.append(self.tr("%n already named so.", "", plan.unchanged))
        if plan.missing:
            parts.append(self.tr("%n with a missing file skipped.", "", len(plan.missing)))
        parts.append(self.tr("Names already taken get “ (2)”; no file is ever overwritten."))
        self.summary = plain(QLabel(" ".join(parts)))
        self.summary.setObjectName("renameSummary")
        self.summary.setWordWrap(True)
        rows = [(Path(r.video.video_path or "").name, Path(r.video_path).name, r.video_path)
                for r in plan.renames]
        self.list = _list([self.tr("Now"), self.tr("Will be")], rows, "renameList")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.rename_button = self.buttons.addButton(self.tr("Rename %n", "", n),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.rename_button.setEnabled(n > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)


class FileReportDialog(QDialog):
    """What a file command did: a summary line and the files, each with what became of it."""

    def __init__(self, title: str, summary: str, rows: Sequence[tuple[str, str, str]],
                 headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileReport")
        self.setWindowTitle(title)
        self.resize(760, 440 if rows else 160)
        self.summary = plain(QLabel(summary))
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = _list(headers, rows, "reportList")
        self.list.setVisible(bool(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)


class ExportPicksDialog(QDialog):
    """Where to export the picks, and whether to hard-link them."""

    def __init__(self, count: int, size: str, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPicks")
        self.setWindowTitle(self.tr("Export picks"))
        self.setMinimumWidth(560)
        self.summary = QLabel(fill(self.tr(
            "%n picked video(s) with their covers, %1, named by the file name template, and a "
            "playlist (M3U).", "%1: their size", count), size))
        self.summary.setWordWrap(True)
        self.folder = QLineEdit(str(folder))
        self.folder.setObjectName("exportFolder")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder:")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.hardlink = QCheckBox(self.tr("Hard-link instead of copying where the disk allows "
                                          "(no extra space; a copy otherwise)"))
        self.hardlink.setObjectName("exportHardlink")
        self.hardlink.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setEnabled(count > 0)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.folder.textChanged.connect(
            lambda text: self.export_button.setEnabled(count > 0 and bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.hardlink)
        layout.addWidget(self.buttons)
        self.browser: QFileDialog | None = None

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Export picks to"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.folder.setText)
        self.browser = dialog
        dialog.open()

    def _accept(self) -> None:
        if self.folder.text().strip():
            self.accept()

    def target(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()


def library_menu(window: QMainWindow, title: str, actions: Sequence[QAction | None]) -> QMenu:
    """The window's Library menu (made here if the window has none), before Help."""
    bar = window.menuBar()
    for entry in bar.actions():
        menu = entry.menu()
        if isinstance(menu, QMenu) and menu.objectName() == "libraryMenu":
            menu.addSeparator()
            break
    else:
        menu = QMenu(title, window)
        menu.setObjectName("libraryMenu")
        help_entry = next((a for a in bar.actions() if a.menu() is not None
                           and a.menu().objectName() == "helpMenu"), None)
        if help_entry is not None:
            bar.insertMenu(help_entry, menu)
        else:
            bar.addMenu(menu)
    fill_menu(menu, actions)
    return menu
