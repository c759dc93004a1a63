"""The library's file jobs: what each one plans (in the worker, on its own connection) and
how it ends; :class:`runner.JobRunner` runs them one at a time, unit by unit through the
journal. ``engine.jobs`` is the one instance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from mureka_desktop.core.library import export as library_export
from mureka_desktop.core.library import mp4info, naming
from mureka_desktop.core.library.disk import RenamePlan, name_fields, plan_renames
from mureka_desktop.core.library.importing import ImportPlan, plan_import
from mureka_desktop.core.model.videos import Relink
from mureka_desktop.core.storage.store import Store

from .journal import FAILED, Unit
from .runner import JobReport, JobRunner

__all__ = ["FileJobs"]


class FileJobs(JobRunner):
    """Rename to the template, move rejected to trash, export picks, import a folder,
    locate: each a journaled job, one at a time (a second waits in line)."""

    async def rename(self, template: str, shown: RenamePlan | None = None) -> JobReport:
        """Every video and its cover to ``template`` (naming.TemplateError first); the
        renames of ``shown`` (the preview the user accepted) when given: a name taken
        meanwhile is then refused, never replaced by another."""
        naming.render(template, naming.NameFields(song="1"))

        def plan(store: Store) -> tuple[list[Unit], RenamePlan]:
            p = shown or plan_renames(store.videos.all(), template)
            return [Unit(r.video.id, r.video.video_path, r.video_path, r.video.cover_path
                         if r.cover_path else None, r.cover_path) for r in p.renames], p

        return await self._run("rename", template, plan)

    async def trash_rejected(self, video_ids: Sequence[int] | None = None) -> JobReport:
        """The rejected videos' files (with their covers) to the system trash."""
        wanted = None if video_ids is None else set(video_ids)

        def plan(store: Store) -> tuple[list[Unit], None]:
            units = [Unit(v.id, v.video_path, None, v.cover_path)
                     for v in store.videos.all()
                     if v.review.flag == "rejected" and v.trashed_at is None and v.video_path
                     and Path(v.video_path).is_file() and (wanted is None or v.id in wanted)]
            return units, None

        return await self._run("trash", "", plan)

    async def export_picks(self, dest: Path, template: str, hardlink: bool = True,
                           video_ids: Sequence[int] | None = None) -> JobReport:
        """The picked videos and covers into ``dest`` under the template's names, with the
        playlist; nothing in ``dest`` is ever overwritten."""
        naming.render(template, naming.NameFields(song="1"))
        entries: list[tuple[int, library_export.PlaylistEntry]] = []
        wanted = None if video_ids is None else set(video_ids)

        def plan(store: Store) -> tuple[list[Unit], library_export.ExportReport]:
            dest.mkdir(parents=True, exist_ok=True)
            report = library_export.ExportReport(dest)
            report.cleaned += library_export.clean_leftovers(dest)  # a killed export's rest
            planned: set[str] = set()
            units: list[Unit] = []
            picks = [v for v in store.videos.all() if v.review.flag == "picked"
                     and (wanted is None or v.id in wanted)]
            for n, video in enumerate(picks):
                src = video.video_path
                if not src or not Path(src).is_file():
                    report.missing.append(video.display_title)
                    continue
                stem = naming.render(template, name_fields(video))
                path, state = library_export.target(dest, stem, src, ".mp4", planned,
                                                     video.sha256)
                there, cut = state == "there", state == "cut"
                planned.add(path.name.casefold())
                cover = video.cover_path if video.cover_path and \
                    Path(video.cover_path).is_file() else None
                cover_to = None
                cover_cut = False
                if cover:
                    cover_path, cover_state = library_export.target(
                        dest, path.stem, cover, ".png", planned, video.cover_sha256)
                    planned.add(cover_path.name.casefold())
                    cover_to = None if cover_state == "there" else str(cover_path)
                    cover_cut = cover_state == "cut"
                entries.append((n, library_export.PlaylistEntry(
                    path.name, video.display_title, None)))
                if there:
                    report.already += 1
                    if cover_to is None:
                        continue
                units.append(Unit(video.id, src, str(path), cover if cover_to else None,
                                  cover_to, {"entry": n, "there": there, "cut": cut,
                                             "cover_cut": cover_cut}))
            return units, report

        def finish(store: Store, units: list[Unit], report: JobReport) -> None:
            export = report.export
            assert export is not None  # this job's plan made it
            if report.stopped:
                return
            failed = {u.payload["entry"] for u in units
                      if u.payload and u.state == FAILED}
            shown = [library_export.PlaylistEntry(e.file_name, e.title,
                                                  mp4info.duration(dest / e.file_name))
                     for n, e in entries if n not in failed]
            export.entries = shown
            if shown:
                export.playlist = library_export.write_playlist(
                    dest, library_export.m3u(shown),
                    {e.file_name.casefold() for e in shown})

        return await self._run("export", str(dest), plan, finish, hardlink=hardlink)

    async def import_folder(self, folder: Path, template: str, known_only: bool = False,
                            found_only: bool = False) -> JobReport:
        """Adopt ``folder``'s videos and covers (OSError when it cannot be listed);
        ``known_only``: only files found again and versions of songs the store knows;
        ``found_only``: only files found again (missing videos and covers re-linked)."""

        def plan(store: Store) -> tuple[list[Unit], ImportPlan]:
            p = plan_import(folder, store.videos.all(), store.videos.songs(), template)
            units = [Unit(r.video_id, payload={"kind": "relink", **asdict(r)})
                     for r in p.relinks]
            units += [Unit(None, new.video_path, None, new.cover_path,
                           payload={"kind": "new", **asdict(new)})
                      for new in p.new if not found_only and (new.known or not known_only)]
            return units, p

        return await self._run("import", str(folder), plan)

    async def locate(self, change: Relink) -> JobReport:
        """Re-link one missing video to the file the user picked."""

        def plan(store: Store) -> tuple[list[Unit], None]:
            return [Unit(change.video_id, payload={
                "video_id": change.video_id, "video_path": change.video_path,
                "cover_path": change.cover_path, "sha256": change.sha256,
                "cover_sha256": change.cover_sha256, "size": change.size})], None

        return await self._run("locate", change.video_path or "", plan)
