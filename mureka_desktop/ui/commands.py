"""What the toolbar, menus and shortcuts do: logic on top of the engine, apart from layout."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mureka_desktop.core import export
from mureka_desktop.core.ids import ParseResult
from mureka_desktop.core.settings import Settings
from mureka_desktop.core.store import CLEARABLE_STATES, AddResult, State
from mureka_desktop.ui import heap
from mureka_desktop.ui.account_songs import AccountSongsDialog
from mureka_desktop.ui.help import open_local
from mureka_desktop.ui.intake import AddSongsDialog, Intake
from mureka_desktop.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from mureka_desktop.ui.main_window import MainWindow


class QueueCommands:
    """One method per command; the window wires them to actions."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def toggle_run(self) -> None:
        engine = self.w.engine
        if self.w.scheduler.running:
            self.w.scheduler.pause()
        elif not engine.demo and not engine.tokens.get():
            # Without a token every call would come back 401: ask for it first.
            self.w.statusBar().showMessage("Enter your useapi.net token to start.", 8000)
            self.open_settings()
        else:
            self.w.run_active = True
            self.w.banner.hide()
            self.w.scheduler.start()
        self.w.refresh_status()

    def start(self) -> None:
        if not self.w.scheduler.running:
            self.toggle_run()

    def add_songs(self) -> None:
        dialog = AddSongsDialog(self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.w.intake.take_text(dialog.editor.toPlainText(),
                                                              "Typed in"))
        self.w.dialog = dialog
        dialog.open()

    def add_from_account(self) -> AccountSongsDialog:
        def picked(song_ids: list[str]) -> None:
            parsed = ParseResult(ids=song_ids)
            self.w.intake.show_review(parsed, "From the Mureka account")

        dialog = AccountSongsDialog(lambda: self.w.engine.client, self.w.tasks, picked, self.w,
                                    known=self.w.engine.store.classify)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.w.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not Intake.can_accept(mime):
            self.w.statusBar().showMessage("The clipboard holds no text.", 4000)
            return
        self.w.intake.take_mime(mime, "From the clipboard")

    def added(self, result: AddResult) -> None:
        if result.requeued:  # requeued songs move to the end of the queue
            self.w.model.reload()
        else:
            self.w.model.append_new()
        n = len(result.added) + len(result.requeued)
        if n >= heap.BULK:
            heap.settle()  # thousands of new rows: keep them out of full GC passes
        self.w.statusBar().showMessage(f"Queued {n} songs.", 5000)
        self.w.scheduler.wake()

    def retry_failed(self) -> None:
        items = [i.id for i in self.w.selected_items() if i.state in (State.FAILED,
                                                                    State.CANCELLED)]
        n = self.w.scheduler.retry_failed(items or None)
        self.w.statusBar().showMessage(f"{n} songs queued again.", 4000)

    def remove_selected(self) -> None:
        items = self.w.selected_items()
        queued = [i.id for i in items if i.state in (State.QUEUED, State.CHECKING)]
        self.w.scheduler.cancel(queued)
        removed = self.w.engine.store.remove([i.id for i in items])
        self.w.model.drop_removed([i.id for i in items])
        kept = len(items) - removed
        self.w.statusBar().showMessage(f"Removed {removed} songs" + (
            f"; {kept} still generating or downloading were kept" if kept else "."), 5000)

    def clear_finished(self) -> None:
        finished = self.w.model.item_ids(CLEARABLE_STATES)
        n = self.w.engine.store.clear_finished()
        self.w.model.drop_removed(finished)
        self.w.statusBar().showMessage(f"Cleared {n} finished songs.", 4000)

    def regenerate(self) -> None:
        items = [i for i in self.w.selected_items()
                 if i.state not in (State.GENERATING, State.DOWNLOADING, State.CHECKING)]
        if not items:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Regenerate videos",
                          f"Make a new video for {len(items)} song(s)? Each one costs a credit, "
                          "even when a video already exists.",
                          QMessageBox.StandardButton.Cancel, self.w)
        confirm = box.addButton(f"Regenerate {len(items)}", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            if box.clickedButton() is confirm:
                self.w.engine.store.add([i.song_id for i in items], regenerate=True)
                self.w.model.reload()
                self.w.scheduler.wake()
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

    def copy_links(self) -> None:
        lines = [f"{i.song_id}\t{i.video_url}\t{i.cover_url}" for i in self.w.selected_items()
                 if i.video_url]
        QGuiApplication.clipboard().setText("\n".join(lines))
        self.w.statusBar().showMessage(f"Copied the links of {len(lines)} songs.", 4000)

    def export(self) -> QFileDialog:
        """Save every item as CSV or JSON (the JSON re-imports as an id list)."""
        dialog = QFileDialog(self.w, "Export the queue", str(Path.home() / "mureka-videos.csv"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(["CSV (*.csv)", "JSON (*.json)"])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda name: self.w.tasks.replace("export", self.export_to(Path(name))))
        self.w.dialog = dialog
        dialog.open()
        return dialog

    async def export_to(self, path: Path) -> None:
        items = self.w.engine.store.all_items()
        text = export.to_json(items) if path.suffix.lower() == ".json" else \
            export.to_csv(items)
        try:
            await asyncio.to_thread(path.write_text, text, "utf-8")
        except OSError as exc:
            self.w.statusBar().showMessage(f"Export failed: {exc.strerror or exc}", 10000)
            return
        self.w.statusBar().showMessage(f"Exported {len(items)} songs to {path}", 8000)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.w.engine.settings, self.w.engine.tokens, self.w.engine.http,
                                self.w.tasks, self.w.engine.paths.default_output_dir, self.w,
                                demo=self.w.engine.demo)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        self.w.dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings, token: str) -> None:
        engine = self.w.engine
        engine.settings = settings
        if not engine.demo:
            settings.save(engine.paths.settings_file)
            if token:
                if not engine.tokens.set(token):
                    self.w.statusBar().showMessage(
                        "No system keyring: the token is kept for this session only.", 8000)
                engine.use_token(token, settings.api_base_effective())
            engine.output_dir = Path(settings.output_dir).expanduser() if settings.output_dir \
                else engine.paths.default_output_dir
            self.w.scheduler.config.output_dir = engine.output_dir
        self.w.scheduler.set_concurrency(settings.concurrency)
        self.w.scheduler.config.reuse_existing = settings.reuse_existing
        if self.w.scheduler.paused and self.w.scheduler.paused.kind == "auth" and token:
            self.w.banner.hide()
            self.w.scheduler.start()

    def fix(self, kind: str) -> None:
        if kind == "auth":
            self.open_settings()
        else:
            self.w.banner.hide()
            self.w.scheduler.start()

    def launch(self, path: Path) -> bool:
        """Open a file or folder with the desktop's launcher; a message box names the path
        when no launcher takes it (instead of a Qt warning on stderr only)."""
        return open_local(path, self.w)
