"""What the toolbar, menus and shortcuts do: logic on top of the engine, apart from layout."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mureka_desktop.core.ids.parse import ParseResult
from mureka_desktop.core.model.items import State
from mureka_desktop.core.settings.values import Settings
from mureka_desktop.ui.account_songs import AccountSongsDialog
from mureka_desktop.ui.accounts_view import AccountsSettings
from mureka_desktop.ui.help import open_local
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.intake import AddSongsDialog, Intake
from mureka_desktop.ui.settings_dialog import SettingsDialog
from mureka_desktop.ui.song_detail import copy_errors

if TYPE_CHECKING:
    from mureka_desktop.ui.main_window import MainWindow


class QueueCommands(QObject):
    """One method per command; the window wires them to actions. A QObject child of the
    window for its wording (self.tr, plurals included)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def toggle_run(self) -> None:
        engine = self.w.engine
        if self.w.queue.running and self.w.has_work(self.w.queue.status()):
            engine.queue.pause()
        elif self.w.queue.running:  # a run that is through: Start starts the next one
            self.w.begin_run()
            self.w.banner.hide()
            engine.queue.start()
        elif not engine.demo and not engine.settings.tokens.get():
            # Without a token every call would come back 401: ask for it first.
            self.w.statusBar().showMessage(self.tr("Enter your useapi.net token to start."),
                                           8000)
            self.open_settings()
        else:
            self.w.begin_run()
            self.w.banner.hide()
            engine.queue.start()
        self.w.refresh_status()

    def start(self) -> None:
        if not self.w.queue.running:
            self.toggle_run()

    def add_songs(self) -> None:
        dialog = AddSongsDialog(self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        source = self.tr("Typed in")
        dialog.accepted.connect(lambda: self.w.intake.take_text(dialog.editor.toPlainText(),
                                                              source))
        self.w.dialog = dialog
        dialog.open()

    def add_from_account(self) -> AccountSongsDialog:
        def picked(song_ids: list[str]) -> None:
            parsed = ParseResult(ids=song_ids)
            self.w.intake.show_review(parsed, self.tr("From the Mureka account"))

        dialog = AccountSongsDialog(self.w.engine.accounts, self.w.tasks, picked, self.w,
                                    known=self.w.engine.queue.query.classify)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.w.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.formats() and not Intake.can_accept(mime):
            self.w.statusBar().showMessage(self.tr("The clipboard holds no text."), 4000)
            return  # an image, say
        if mime is None or Intake.is_empty(mime):  # nothing, or blank text
            self.w.statusBar().showMessage(self.tr("The clipboard is empty."), 4000)
            return
        self.w.intake.take_mime(mime, self.tr("From the clipboard"))

    def retry_failed(self) -> None:
        items = [i.id for i in self.w.selected_items() if i.state in (State.FAILED,
                                                                    State.CANCELLED)]
        self.w.engine.queue.retry(items or None)

    def remove_selected(self) -> None:
        self.w.engine.queue.remove([i.id for i in self.w.selected_items()])

    def clear_finished(self) -> None:
        """No confirmation: finished songs stay in the history, and Ctrl+Z brings them back."""
        self.w.engine.queue.clear_finished()

    def undo(self) -> None:
        if self.w.engine.queue.can_undo:
            self.w.engine.queue.undo()
        else:
            self.w.statusBar().showMessage(self.tr("Nothing to undo."), 3000)

    def regenerate(self) -> None:
        items = [i for i in self.w.selected_items()
                 if i.state not in (State.GENERATING, State.DOWNLOADING, State.CHECKING)]
        if not items:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Regenerate videos"),
                          self.tr("Make a new video for %n song(s)? Each one costs a credit, "
                                  "even when a video already exists.", "", len(items)),
                          QMessageBox.StandardButton.Cancel, self.w)
        confirm = box.addButton(self.tr("Regenerate %n", "", len(items)),
                                QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            if box.clickedButton() is confirm:
                self.w.engine.queue.regenerate([i.id for i in items])
        box.finished.connect(done)
        self.w.dialog = box
        box.open()

    def open_video(self) -> None:
        item = self.w.current_item()
        if item and item.state == State.DONE and item.video_path:
            self.launch(Path(item.video_path))

    def show_in_folder(self) -> None:
        item = next((i for i in self.w.selected_items() if i.video_path), None)
        if item and item.video_path:
            self.launch(Path(item.video_path).parent)

    def copy_error(self) -> None:
        items = self.w.selected_items()
        if copy_errors(items):
            self.w.statusBar().showMessage(self.tr("Copied the error to the clipboard."), 4000)

    def copy_links(self) -> None:
        lines = [f"{i.song_id}\t{i.video_url}\t{i.cover_url}" for i in self.w.selected_items()
                 if i.video_url]
        QGuiApplication.clipboard().setText("\n".join(lines))
        self.w.statusBar().showMessage(
            self.tr("Copied the links of %n song(s).", "", len(lines)), 4000)

    def export(self) -> QFileDialog:
        """Save every item as CSV or JSON (the JSON re-imports as an id list)."""
        dialog = QFileDialog(self.w, self.tr("Export the queue"),
                             str(Path.home() / "mureka-videos.csv"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV (*.csv)"), self.tr("JSON (*.json)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda name: self.w.tasks.replace("export", self.export_to(Path(name))))
        self.w.dialog = dialog
        dialog.open()
        return dialog

    async def export_to(self, path: Path) -> None:
        """The whole history, cleared songs included, secrets scrubbed."""
        engine = self.w.engine
        items, reviews = engine.library.export_rows()
        fmt = "json" if path.suffix.lower() == ".json" else "csv"

        def write() -> None:  # formatting 100,000 rows and the disk stay off the UI thread
            path.write_text(engine.library.render_export(items, fmt, reviews), "utf-8", newline="")
        try:
            await asyncio.to_thread(write)
        except OSError as exc:
            self.w.statusBar().showMessage(
                fill(self.tr("Export failed: %1"), exc.strerror or exc), 10000)
            return
        self.w.statusBar().showMessage(
            fill(self.tr("Exported %n song(s) to %1", "", len(items)), path), 8000)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.w.engine.settings.current, self.w.engine.settings.tokens,
                                self.w.engine.accounts.check,
                                self.w.tasks, self.w.engine.paths.default_output_dir, self.w,
                                demo=self.w.engine.demo,
                                sections=[AccountsSettings(self.w.accounts)])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        self.w.dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings, token: str) -> None:
        self.w.engine.settings.apply(settings, token)
        self.w.notifier.set_keep_in_tray(settings.keep_in_tray)
        if token and self.w.banner.kind == "auth" and self.w.engine.settings.tokens.get():
            self.w.banner.hide()  # "No token yet" (or a rejected one): a new one is saved

    def fix(self, kind: str) -> None:
        if kind == "auth":
            self.open_settings()
        else:
            self.w.banner.hide()
            self.w.engine.queue.start()

    def launch(self, path: Path) -> bool:
        """Open a file or folder with the desktop's launcher; a message box names the path
        when no launcher takes it (instead of a Qt warning on stderr only)."""
        return open_local(path, self.w)
