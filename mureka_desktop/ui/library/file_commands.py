"""The Library menu's file commands: rename to the template, Locate…, Import folder…, Export
picks…, Move rejected to trash.

Each command asks (a dialog opened with ``open()``), then runs the core's file job
(``engine.library.jobs``: journaled, one at a time, a second one waits in line) and reports what it
did. The status bar shows the job under way with Cancel; the views follow the engine's
events, as for every other change.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.library import naming
from mureka_desktop.core.library.disk import RenamePlan, check_located, files_size, plan_renames
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.videos import Flag, Relink, Video
from mureka_desktop.core.runtime.phrases import of_error
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.ui import actions as registry
from mureka_desktop.ui import heap
from mureka_desktop.ui.engine_words import EngineWords
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.library import job_hook
from mureka_desktop.ui.library.file_actions import file_specs, key_tip
from mureka_desktop.ui.library.file_dialogs import (
    ExportPicksDialog,
    FileReportDialog,
    RenamePreviewDialog,
    library_menu,
)
from mureka_desktop.ui.library.job_bar import JobBar
from mureka_desktop.ui.library.view import LibraryView
from mureka_desktop.ui.text import BLOCK, shown


class DialogHost(Protocol):
    """The window as the file commands see it: where the dialog they open is kept."""

    dialog: QWidget | None

log = logging.getLogger(__name__)


class LibraryFileCommands(QObject):
    """Builds the Library menu's file actions (QActions ``<name>_action``, declared in
    file_actions.py) and runs them."""

    rename_action: QAction
    locate_action: QAction
    import_action: QAction
    export_action: QAction
    trash_action: QAction

    def __init__(self, window: QMainWindow, engine: Engine, tasks: TaskOwner,
                 words: EngineWords, library: LibraryView, shell: DialogHost) -> None:
        super().__init__(window)
        self.w = window  # the menu bar, the status bar, the dialogs' parent
        self.engine, self.tasks, self.words, self.shell = engine, tasks, words, shell
        self.library = library
        self.specs = file_specs(self, self.library)
        self.by_name: dict[str, QAction] = {}
        for spec in self.specs:
            action = registry.build(spec, self.w, key_tip)
            self.by_name[spec.name] = action
            setattr(self, f"{spec.name}_action", action)
        self.menu = library_menu(self.w, self.tr("&Library"), [
            None if n is None else self.by_name[n] for n in registry.LIBRARY_MENU])
        self.library.missing_bar.locate_requested.connect(self.locate)
        self.library.file_states.restored.connect(self._restored)
        self.dialog: QWidget | None = None  # the last one opened (tests answer it)
        self.job_bar = JobBar(self.engine.library.jobs.cancel, self.w)
        self.w.statusBar().addPermanentWidget(self.job_bar)
        self.worker_beside = heap.WorkerBeside(self)  # the GC and GIL while a job runs
        self.engine.subscribe(self._on_event)
        self._offer_stopped()
        job_hook.run_from_env(self)  # a test's job, in a real window process

    # ------------------------------------------------------------------ helpers
    def _status(self, text: str, ms: int = 8000) -> None:
        self.w.statusBar().showMessage(text, ms)

    def _run(self, key: str, coro: object) -> asyncio.Task[None]:
        """A command's task: never cancels another (the engine runs one file job at a
        time, the next waiting in line)."""
        return self.tasks.spawn(coro, name=key)  # type: ignore[arg-type]

    def _on_event(self, event: ev.Event) -> None:
        self.worker_beside.follow(event)
        if isinstance(event, ev.FileJobProgress) and shiboken6.isValid(self.job_bar):
            self.job_bar.on_progress(event)

    def _offer_stopped(self) -> None:
        """A job stopped by a quit or a kill: what is left, said once at the next start."""
        fresh = self.engine.library.stopped_jobs_unsaid()
        if not fresh:
            return
        job, left = fresh[0]
        what = {"rename": self.tr("Rename files to the template"),
                "trash": self.tr("Move rejected to trash"),
                "export": self.tr("Export picks"), "import": self.tr("Import folder")}.get(
            job.kind, job.kind)
        self._status(fill(self.tr("“%1” stopped before the end, with %n file(s) left: run it "
                                  "again from the Library menu for the rest.", "", left), what),
                     0)

    def _restored(self, videos: list[Video]) -> None:
        """Files put back from the system trash: no longer marked trashed."""
        self.engine.library.files.untrash(videos)

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shell.dialog = self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _report(self, title: str, summary: str, rows: Sequence[tuple[str, str, str]],
                headers: Sequence[str] | None = None) -> FileReportDialog:
        dialog = FileReportDialog(title, summary, rows,
                                  headers or [self.tr("File"), self.tr("What happened")], self.w)
        self._show(dialog)
        return dialog

    def _folder_dialog(self, title: str, start: Path) -> QFileDialog:
        dialog = QFileDialog(self.w, title, str(start))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        return dialog

    def _say(self, text: str) -> str:
        """A core phrase (a reason, a match) in the user's language."""
        return self.words.say(text)

    def _why(self, exc: BaseException) -> str:
        """What went wrong, for a sentence: the system's words, or a core phrase."""
        if isinstance(exc, OSError) and exc.strerror:
            return self._say(exc.strerror)
        return self._say(of_error(exc))

    def _template(self) -> str:
        return self.engine.settings.current.name_template

    # ------------------------------------------------------------------ rename
    def rename_to_template(self) -> None:
        videos = self.engine.library.videos.all()
        if not videos:
            self._status(self.tr("No videos to rename yet."))
            return
        self._status(self.tr("Planning the renames…"), 0)
        self._run("library-rename", self._plan_renames(videos, self._template()))

    async def _plan_renames(self, videos: list[Video], template: str) -> None:
        try:
            plan = await asyncio.to_thread(plan_renames, videos, template)
        except naming.TemplateError as exc:
            self._status(self._say(of_error(exc)))
            return
        self.w.statusBar().clearMessage()
        dialog = RenamePreviewDialog(plan, template, self.w)
        dialog.accepted.connect(lambda: self._run("library-rename",
                                                  self._rename(template, plan)))
        self._show(dialog)

    async def _rename(self, template: str, plan: RenamePlan) -> None:
        try:
            # its events say how many
            done = await self.engine.library.jobs.rename(template, plan)
        except naming.TemplateError as exc:
            self._status(self._say(of_error(exc)))
            return
        if done.failed:
            self._report(self.tr("Rename files to the template"),
                         fill(self.tr("Renamed %1; %n file(s) could not be renamed:",
                                      "%1: how many videos", len(done.failed)),
                              self.tr("%n video(s)", "", done.done)),
                         [(Path(p).name, self._say(why), p) for p, why in done.failed])

    # ------------------------------------------------------------------ locate
    def locate_current(self) -> None:
        video = self.library.triage.current()
        if video is None:
            self._status(self.tr("Select a video in the Library first."))
            return
        self.locate(video.id)

    def locate(self, video_id: int) -> QFileDialog | None:
        video = self.engine.library.videos.get(video_id)
        if video is None:
            return None
        start = Path(video.video_path).parent if video.video_path else \
            self.engine.settings.output_dir
        dialog = QFileDialog(self.w, fill(self.tr("Locate %1"), video.display_title),
                             str(start if start.is_dir() else Path.home()))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("MP4 videos (*.mp4)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(
            lambda name: self._run("library-locate", self._check_located(video_id, name)))
        self._show(dialog)
        return dialog

    async def _check_located(self, video_id: int, name: str) -> None:
        video = self.engine.library.videos.get(video_id)  # as stored now: its hash included
        if video is None:
            return
        try:
            check = await asyncio.to_thread(check_located, video, name)
        except OSError as exc:
            self._status(fill(self.tr("Cannot read %1: %2"), name, self._why(exc)))
            return
        if check.same:
            await self._link(check.relink)
            return
        box = QMessageBox(QMessageBox.Icon.Warning if check.same is False
                          else QMessageBox.Icon.Question, self.tr("Locate"),
                          fill(self.tr("%1 does not look like the video of “%2”.")
                               if check.same is False else self.tr("Is %1 the video of “%2”?"),
                               shown(Path(name).name), shown(video.display_title)),
                          QMessageBox.StandardButton.Cancel, self.w)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name and a title from outside
        box.setInformativeText(self._say(check.reason))
        link = box.addButton(self.tr("Link anyway") if check.same is False else
                             self.tr("Link"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel if check.same is False
                             else link)
        box.finished.connect(lambda _: self._run("library-locate", self._link(check.relink))
                             if box.clickedButton() is link else None)
        self._show(box)

    async def _link(self, relink: Relink) -> None:
        report = await self.engine.library.jobs.locate(relink)
        video = self.engine.library.videos.get(relink.video_id)
        if report.failed or video is None:
            self._status(self._say(report.failed[0][1]) if report.failed else "")
            return
        self.library.file_states.schedule()
        self._status(fill(self.tr("Linked %1 to %2."), video.display_title,
                          video.video_path or ""))

    # ------------------------------------------------------------------ import
    def import_folder(self) -> QFileDialog:
        dialog = self._folder_dialog(self.tr("Import a folder of videos"),
                                     self.engine.settings.output_dir)
        dialog.fileSelected.connect(
            lambda name: self._run("library-import", self._import(Path(name))))
        self._show(dialog)
        return dialog

    async def _import(self, folder: Path) -> None:
        self._status(fill(self.tr("Reading %1…"), folder), 0)
        try:
            report = await self.engine.library.jobs.import_folder(folder, self._template())
        except OSError as exc:
            self._status(fill(self.tr("Cannot read %1: %2"), folder, self._why(exc)))
            return
        if (plan := report.import_plan) is None:  # not started: the app is quitting
            return self._status(report.message)
        summary = " · ".join([
            self.tr("%n file(s) matched", "", len(plan.matched)),
            self.tr("%n already in the library", "", len(plan.already)),
            self.tr("%n not matched", "", len(plan.unmatched))])
        rows = [(n, fill(self.tr("Not matched: %1"), self._say(why)), str(folder / n))
                for n, why in plan.unmatched]
        rows += [(n, self._say(what), str(folder / n)) for n, what in plan.matched]
        rows += [(n, self.tr("Already in the library"), str(folder / n)) for n in plan.already]
        self._report(self.tr("Import folder"), fill(self.tr("%1: %2.", "%1: a folder, %2: "
                                                             "the counts"), folder, summary),
                     rows)
        self._status(summary)

    # ------------------------------------------------------------------ export
    def _picks(self) -> list[Video]:
        return [v for v in self.library.model.videos() if v.review.flag == Flag.PICKED]

    def export_picks(self) -> ExportPicksDialog | None:
        picks = self._picks()
        if not picks:
            self._status(self.tr("No picked videos to export: pick some with P first."))
            return None
        size = files_size(v.video_path for v in picks)  # stat only: a few ms for thousands
        dialog = ExportPicksDialog(len(picks), QLocale().formattedDataSize(size),
                                   self.engine.settings.output_dir / self.tr("Picks"), self.w)
        dialog.accepted.connect(lambda: self._run("library-export", self._export(
            picks, dialog.target(), dialog.hardlink.isChecked())))
        self._show(dialog)
        return dialog

    async def _export(self, picks: list[Video], folder: Path, hardlink: bool) -> None:
        self._status(self.tr("Exporting %n pick(s)…", "", len(picks)), 0)
        try:
            done = await self.engine.library.jobs.export_picks(
                folder, self._template(), hardlink, [v.id for v in picks])
        except (OSError, naming.TemplateError) as exc:
            self._status(fill(self.tr("Export failed: %1"), self._why(exc)))
            return
        if (report := done.export) is None:  # not started: the app is quitting
            return self._status(done.message)
        report.failed += done.failed
        parts = [fill(self.tr("%n video(s) exported to %1", "%1: a folder", report.videos),
                      folder),
                 self.tr("%n file(s) hard-linked", "", report.linked),
                 self.tr("%n copied", "", report.copied)]
        if report.already:
            parts.append(self.tr("%n already there", "", report.already))
        if report.missing:
            parts.append(self.tr("%n missing", "", len(report.missing)))
        if report.failed:
            parts.append(self.tr("%n failed", "", len(report.failed)))
        summary = " · ".join(parts)
        if report.playlist is not None:
            summary += "\n" + fill(self.tr("Playlist: %1"), report.playlist.name)
        rows = [(n, fill(self.tr("Failed: %1"), self._say(why)), n) for n, why in report.failed]
        rows += [(t, self.tr("Missing: its file is gone"), t) for t in report.missing]
        rows += [(e.file_name, e.title, str(folder / e.file_name)) for e in report.entries]
        self._report(self.tr("Export picks"), summary, rows,
                     [self.tr("File"), self.tr("Title")])
        self._status(summary.replace("\n", " · "))

    # ------------------------------------------------------------------ trash
    def _rejected(self) -> list[Video]:
        model = self.library.model
        return [v for v in model.videos() if v.review.flag == Flag.REJECTED
                and model.marks.file_state(v.id) is None and v.trashed_at is None]

    def trash_rejected(self) -> None:
        rejected = self._rejected()
        if not rejected:
            self._status(self.tr("No rejected videos with files to move to the trash."))
            return
        self._run("library-trash", self._confirm_trash(rejected))

    async def _confirm_trash(self, rejected: list[Video]) -> None:
        size = await asyncio.to_thread(
            files_size, [p for v in rejected for p in (v.video_path, v.cover_path)])
        n = len(rejected)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Move rejected to trash"),
                          self.tr("Move the %n rejected video(s) to the trash?", "", n),
                          QMessageBox.StandardButton.Cancel, self.w)
        box.setObjectName("trashConfirm")
        box.setInformativeText(
            fill(self.tr("Their video and cover files, %1 in all, go to the system trash, "
                         "where they can be restored. Nothing is deleted."),
                 QLocale().formattedDataSize(size)))
        move = box.addButton(self.tr("Move %n to trash", "", n),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _: self._run("library-trash", self._trash(rejected))
                             if box.clickedButton() is move else None)
        self._show(box)

    async def _trash(self, rejected: list[Video]) -> None:
        self._status(self.tr("Moving %n video(s) to the trash…", "", len(rejected)), 0)
        report = await self.engine.library.jobs.trash_rejected([v.id for v in rejected])
        self.library.file_states.schedule()
        if report.no_trash:
            path = report.failed[0][0]
            text = fill(self.tr("This system has no trash for %1, so nothing was moved and "
                                "nothing was deleted."), shown(path, BLOCK))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Move rejected to trash"),
                              text, QMessageBox.StandardButton.Ok, self.w)
            box.setObjectName("noTrash")
            box.setTextFormat(Qt.TextFormat.PlainText)
            self._show(box)
            self._status(text)
            return
        if report.failed:
            self._report(self.tr("Move rejected to trash"),
                         fill(self.tr("Moved %1 to the trash; %n file(s) stayed where they are:",
                                      "%1: how many videos", len(report.failed)),
                              self.tr("%n video(s)", "", report.done)),
                         [(Path(p).name, self._say(why), p) for p, why in report.failed])
