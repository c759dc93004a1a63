"""The Library menu's file commands as :class:`~mureka_desktop.ui.actions.ActionSpec`,
declared once as the window's actions are (ui/actions.py; placed by
:data:`~mureka_desktop.ui.actions.LIBRARY_MENU`); :class:`LibraryFileCommands
<mureka_desktop.ui.library.file_commands.LibraryFileCommands>` builds them and runs what they
ask for. Their words are translated under its context ("LibraryFileCommands")."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from mureka_desktop.ui.actions import ActionSpec
from mureka_desktop.ui.library.triage import KEY_CONTEXT


class FileCommandHost(Protocol):
    """What the file commands call (LibraryFileCommands implements it): each asks first."""

    def rename_to_template(self) -> None: ...

    def locate_current(self) -> None: ...

    def import_folder(self) -> object: ...

    def export_picks(self) -> object: ...

    def trash_rejected(self) -> None: ...


def key_tip(tip: str, action: QAction) -> str:
    """A file command's tooltip: what it does, then its key ("… (Ctrl+Shift+L)")."""
    return f"{tip} ({action.shortcut().toString()})"


def file_specs(c: FileCommandHost, keys_on: QWidget) -> list[ActionSpec]:
    """The file commands; always enabled (each says when there is nothing to do), their tip
    in the status bar too. Locate's key works on ``keys_on`` (the Library tab) only; the
    menu works from anywhere."""
    q = QCoreApplication
    return [
        ActionSpec(
            "rename", q.translate("LibraryFileCommands", "Rename files to the template…"),
            c.rename_to_template, status_tip=True, tip=q.translate(
                "LibraryFileCommands", "Rename every video and its cover to the file name "
                "template in Settings (the renames are shown first)")),
        ActionSpec(
            "locate", q.translate("LibraryFileCommands", "Locate…"), c.locate_current,
            ("Ctrl+Shift+L",), q.translate(
                "LibraryFileCommands", "Pick the file of the selected video where it is now"),
            context=KEY_CONTEXT, widgets=(keys_on,), status_tip=True),
        ActionSpec(
            "import", q.translate("LibraryFileCommands", "Import folder…"), c.import_folder,
            status_tip=True, tip=q.translate(
                "LibraryFileCommands", "Adopt the videos and covers of a folder, matched to "
                "songs by the song number in their names or by their content")),
        ActionSpec(
            "export", q.translate("LibraryFileCommands", "Export picks…"), c.export_picks,
            status_tip=True, tip=q.translate(
                "LibraryFileCommands", "Copy or hard-link the picked videos and covers into "
                "a folder, with a playlist")),
        ActionSpec(
            "trash", q.translate("LibraryFileCommands", "Move rejected to trash…"),
            c.trash_rejected, status_tip=True, tip=q.translate(
                "LibraryFileCommands", "Move the rejected videos' files to the system trash "
                "(asks first)")),
    ]
