"""The Library menu's file commands as :class:`~mureka_desktop.ui.actions.ActionSpec`,
declared once as the window's actions are (ui/actions.py; placed by
:data:`~mureka_desktop.ui.actions.LIBRARY_MENU`); :class:`LibraryFileCommands
<mureka_desktop.ui.library.file_commands.LibraryFileCommands>` builds them and runs what they
ask for. Their words are translated under its context ("LibraryFileCommands")."""

from __future__ import annotations

from collections.abc import Callable
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
    in the status bar too. They are actions of ``keys_on`` (the Library tab), not of the
    window: Locate's key works there only, and the window's own actions (those with icons)
    stay the toolbar's kind. The Library menu works from anywhere."""
    def spec(name: str, text: str, handler: Callable[[], object], tip: str,
             keys: tuple[str, ...] = ()) -> ActionSpec:
        return ActionSpec(name, text, handler, keys, tip, context=KEY_CONTEXT,
                          widgets=(keys_on,), status_tip=True)

    q = QCoreApplication
    return [
        spec("rename", q.translate("LibraryFileCommands", "Rename files to the template…"),
             c.rename_to_template, q.translate(
                 "LibraryFileCommands", "Rename every video and its cover to the file name "
                 "template in Settings (the renames are shown first)")),
        spec("locate", q.translate("LibraryFileCommands", "Locate…"), c.locate_current,
             q.translate("LibraryFileCommands",
                         "Pick the file of the selected video where it is now"),
             ("Ctrl+Shift+L",)),
        spec("import", q.translate("LibraryFileCommands", "Import folder…"), c.import_folder,
             q.translate("LibraryFileCommands", "Adopt the videos and covers of a folder, "
                         "matched to songs by the song number in their names or by their "
                         "content")),
        spec("export", q.translate("LibraryFileCommands", "Export picks…"), c.export_picks,
             q.translate("LibraryFileCommands", "Copy or hard-link the picked videos and "
                         "covers into a folder, with a playlist")),
        spec("trash", q.translate("LibraryFileCommands", "Move rejected to trash…"),
             c.trash_rejected, q.translate(
                 "LibraryFileCommands", "Move the rejected videos' files to the system trash "
                 "(asks first)")),
    ]
