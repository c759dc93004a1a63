"""What the toolbar, menus and shortcuts do: logic on top of the engine, apart from layout."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.ids.parse import ParseResult
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.queue.events import Status
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.core.settings.values import Settings
from mureka_desktop.ui.account_songs import AccountSongsDialog
from mureka_desktop.ui.accounts_view import AccountsController, AccountsSettings
from mureka_desktop.ui.help import open_local
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.intake import AddSongsDialog, Intake
from mureka_desktop.ui.notifications import Notifier
from mureka_desktop.ui.settings_dialog import SettingsDialog
from mureka_desktop.ui.song_detail import copy_errors
from mureka_desktop.ui.status import Banner


class QueueShell(Protocol):
    """What the queue's commands see of the window: the selection, a status line, the run
    it counts, and the one dialog it keeps open (the window implements it)."""

    dialog: QWidget | None

    def selected_items(self) -> list[Item]: ...

    def current_item(self) -> Item | None: ...

    def show_message(self, text: str, ms: int) -> None: ...

    def begin_run(self) -> None: ...

    def refresh_status(self) -> None: ...


def has_work(status: Status) -> bool:
    """The queue runs and has something to do (a song waiting, generating or loading)."""
    c = status.counts
    return status.running and bool(
        status.in_flight or status.downloads or c[State.QUEUED] + c[State.CHECKING] +
        c[State.GENERATING] + c[State.DOWNLOADING])


class QueueCommands(QObject):
    """One method per command; the actions registry wires them to actions. A QObject child of
    the window for its wording (self.tr, plurals included) and the parent of its dialogs; it
    gets the engine, the task owner and the views it needs, and sees the window only as a
    :class:`QueueShell`."""

    def __init__(self, engine: Engine, tasks: TaskOwner, shell: QueueShell, parent: QWidget,
                 intake: Intake, banner: Banner, notifier: Notifier,
                 accounts: AccountsController) -> None:
        super().__init__(parent)
        self.engine, self.tasks, self.shell, self.parent_widget = engine, tasks, shell, parent
        self.intake, self.banner, self.notifier, self.accounts = \
            intake, banner, notifier, accounts

    def toggle_run(self) -> None:
        engine = self.engine
        queue = engine.queue
        if queue.running and has_work(queue.status()):
            engine.queue.pause()
        elif queue.running:  # a run that is through: Start starts the next one
            self.shell.begin_run()
            self.banner.hide()
            engine.queue.start()
        elif not engine.demo and not engine.settings.tokens.get():
            # Without a token every call would come back 401: ask for it first.
            self.shell.show_message(self.tr("Enter your useapi.net token to start."), 8000)
            self.open_settings()
        else:
            self.shell.begin_run()
            self.banner.hide()
            engine.queue.start()
        self.shell.refresh_status()

    def start(self) -> None:
        if not self.engine.queue.running:
            self.toggle_run()

    def add_songs(self) -> None:
        dialog = AddSongsDialog(self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        source = self.tr("Typed in")
        dialog.accepted.connect(lambda: self.intake.take_text(dialog.editor.toPlainText(),
                                                              source))
        self.shell.dialog = dialog
        dialog.open()

    def add_from_account(self) -> AccountSongsDialog:
        def picked(song_ids: list[str]) -> None:
            parsed = ParseResult(ids=song_ids)
            self.intake.show_review(parsed, self.tr("From the Mureka account"))

        engine = self.engine
        dialog = AccountSongsDialog(engine.accounts, self.tasks, picked, self.parent_widget,
                                    known=engine.queue.query.classify)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shell.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.formats() and not Intake.can_accept(mime):
            self.shell.show_message(self.tr("The clipboard holds no text."), 4000)
            return  # an image, say
        if mime is None or Intake.is_empty(mime):  # nothing, or blank text
            self.shell.show_message(self.tr("The clipboard is empty."), 4000)
            return
        self.intake.take_mime(mime, self.tr("From the clipboard"))

    def retry_failed(self) -> None:
        items = [i.id for i in self.shell.selected_items() if i.state in (State.FAILED,
                                                                    State.CANCELLED)]
        self.engine.queue.retry(items or None)

    def remove_selected(self) -> None:
        self.engine.queue.remove([i.id for i in self.shell.selected_items()])

    def clear_finished(self) -> None:
        """No confirmation: finished songs stay in the history, and Ctrl+Z brings them back."""
        self.engine.queue.clear_finished()

    def undo(self) -> None:
        if self.engine.queue.can_undo:
            self.engine.queue.undo()
        else:
            self.shell.show_message(self.tr("Nothing to undo."), 3000)

    def regenerate(self) -> None:
        items = [i for i in self.shell.selected_items()
                 if i.state not in (State.GENERATING, State.DOWNLOADING, State.CHECKING)]
        if not items:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Regenerate videos"),
                          self.tr("Make a new video for %n song(s)? Each one costs a credit, "
                                  "even when a video already exists.", "", len(items)),
                          QMessageBox.StandardButton.Cancel, self.parent_widget)
        confirm = box.addButton(self.tr("Regenerate %n", "", len(items)),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            if box.clickedButton() is confirm:
                self.engine.queue.regenerate([i.id for i in items])
        box.finished.connect(done)
        self.shell.dialog = box
        box.open()

    def open_video(self) -> None:
        item = self.shell.current_item()
        if item and item.state == State.DONE and item.video_path:
            self.launch(Path(item.video_path))

    def show_in_folder(self) -> None:
        item = next((i for i in self.shell.selected_items() if i.video_path), None)
        if item and item.video_path:
            self.launch(Path(item.video_path).parent)

    def copy_error(self) -> None:
        items = self.shell.selected_items()
        if copy_errors(items):
            self.shell.show_message(self.tr("Copied the error to the clipboard."), 4000)

    def copy_links(self) -> None:
        lines = [f"{i.song_id}\t{i.video_url}\t{i.cover_url}" for i in self.shell.selected_items()
                 if i.video_url]
        QGuiApplication.clipboard().setText("\n".join(lines))
        self.shell.show_message(
            self.tr("Copied the links of %n song(s).", "", len(lines)), 4000)

    def export(self) -> QFileDialog:
        """Save every item as CSV or JSON (the JSON re-imports as an id list)."""
        dialog = QFileDialog(self.parent_widget, self.tr("Export the queue"),
                             str(Path.home() / "mureka-videos.csv"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV (*.csv)"), self.tr("JSON (*.json)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda name: self.tasks.replace("export", self.export_to(Path(name))))
        self.shell.dialog = dialog
        dialog.open()
        return dialog

    async def export_to(self, path: Path) -> None:
        """The whole history, cleared songs included, secrets scrubbed."""
        engine = self.engine
        items, reviews = engine.library.export_rows()
        fmt = "json" if path.suffix.lower() == ".json" else "csv"

        def write() -> None:  # formatting 100,000 rows and the disk stay off the UI thread
            path.write_text(engine.library.render_export(items, fmt, reviews), "utf-8", newline="")
        try:
            await asyncio.to_thread(write)
        except OSError as exc:
            self.shell.show_message(
                fill(self.tr("Export failed: %1"), exc.strerror or exc), 10000)
            return
        self.shell.show_message(
            fill(self.tr("Exported %n song(s) to %1", "", len(items)), path), 8000)

    def open_settings(self) -> SettingsDialog:
        engine = self.engine
        dialog = SettingsDialog(engine.settings.current, engine.settings.tokens,
                                engine.accounts.check, self.tasks,
                                engine.paths.default_output_dir, self.parent_widget,
                                demo=self.engine.demo,
                                sections=[AccountsSettings(self.accounts)])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        self.shell.dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings, token: str) -> None:
        self.engine.settings.apply(settings, token)
        self.notifier.set_keep_in_tray(settings.keep_in_tray)
        if token and self.banner.kind == "auth" and self.engine.settings.tokens.get():
            self.banner.hide()  # "No token yet" (or a rejected one): a new one is saved

    def fix(self, kind: str) -> None:
        if kind == "auth":
            self.open_settings()
        else:
            self.banner.hide()
            self.engine.queue.start()

    def launch(self, path: Path) -> bool:
        """Open a file or folder with the desktop's launcher; a message box names the path
        when no launcher takes it (instead of a Qt warning on stderr only)."""
        return open_local(path, self.parent_widget)
