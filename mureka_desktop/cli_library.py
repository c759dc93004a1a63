"""``mureka-desktop library …``: the library's file jobs and review decisions, headless.

The same core jobs as the window's Library menu (core/file_jobs), with the journal rolled
forward or back first. Progress on a terminal, plain lines when piped. SIGTERM or Ctrl+C lets
the unit under way finish, then says what is left (exit 4).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TextIO

from mureka_desktop.app import Engine, build_engine, demo_paths
from mureka_desktop.core.engine.facade import StoreError
from mureka_desktop.core.ids.forms import song_number
from mureka_desktop.core.library import naming
from mureka_desktop.core.library.disk import files_size
from mureka_desktop.core.library.jobs import JobReport, check_library
from mureka_desktop.core.library.jobs.check import subfolders
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.videos import Flag, Video
from mureka_desktop.core.runtime.instance import AlreadyRunning
from mureka_desktop.core.runtime.paths import AppPaths

__all__ = ["EXIT_STOPPED", "add_parser", "run"]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_STOPPED, EXIT_INTERRUPTED = 0, 1, 2, 4, 130


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser],
               common: argparse.ArgumentParser) -> None:
    lib = sub.add_parser("library", parents=[common],
                         help="the library's files and review, headless (rename, trash, "
                              "export, import, check)")
    cmds = lib.add_subparsers(dest="library_command", metavar="COMMAND", required=True)
    imp = cmds.add_parser("import", parents=[common],
                          help="adopt a folder's videos and covers (matched by song number "
                               "in the name or by content)")
    imp.add_argument("folder", type=Path, metavar="FOLDER")
    ren = cmds.add_parser("rename", parents=[common],
                          help="rename every video and its cover to the file name template")
    ren.add_argument("--template", help="the template (default: the one in Settings), e.g. "
                                        "'{title} - {song}'")
    for name, what in (("pick", "pick"), ("reject", "reject"), ("unflag", "clear the flag of")):
        p = cmds.add_parser(name, parents=[common], help=f"{what} videos")
        p.add_argument("ids", nargs="+", metavar="ID",
                       help="song numbers or string ids (their newest version), or video ids")
    trash = cmds.add_parser("trash-rejected", parents=[common],
                            help="move the rejected videos' files to the system trash")
    trash.add_argument("--yes", action="store_true", help="do not ask first")
    exp = cmds.add_parser("export-picks", parents=[common],
                          help="the picked videos and covers into a folder, with a playlist")
    exp.add_argument("dest", type=Path, metavar="DIR")
    exp.add_argument("--copy", action="store_true",
                     help="copy the files (default: hard links where the disk allows)")
    chk = cmds.add_parser("check", parents=[common],
                          help="the library against the disk: exit 0 when clean, 1 when "
                               "problems remain")
    chk.add_argument("--fix", action="store_true",
                     help="re-link moved files by content and adopt files the library made")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.library_command != "import" and not _has_library(paths, args.demo):
        # only an import may start a library; the others (check above all) create nothing
        where = (demo_paths(paths) if args.demo else paths).database.parent
        print(f"There is no library in {where}: nothing to {args.library_command} (check "
              "--data-dir or MUREKA_DESKTOP_HOME).", file=sys.stderr)
        return EXIT_USAGE
    return asyncio.run(_main(args, paths, sys.stdout, sys.stdin))


def _has_library(paths: AppPaths, demo: bool) -> bool:
    database = (demo_paths(paths) if demo else paths).database
    try:
        return database.stat().st_size > 0
    except OSError:
        return False


class Progress:
    """A file job's progress: one line rewritten on a terminal, plain lines when piped."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tty = out.isatty()
        self._shown = False

    def __call__(self, event: ev.Event) -> None:
        if not isinstance(event, ev.FileJobProgress) or not event.total:
            return
        line = f"{event.kind}: {event.done} of {event.total}"
        if self.tty:
            print(f"\r{line}\x1b[K", end="" if not event.finished else "\n", file=self.out,
                  flush=True)
            self._shown = not event.finished
        elif not event.finished:
            print(line, file=self.out, flush=True)

    def end(self) -> None:
        if self.tty and self._shown:
            print(file=self.out, flush=True)
            self._shown = False


async def _main(args: argparse.Namespace, paths: AppPaths, out: TextIO, stdin: TextIO) -> int:
    try:
        engine = build_engine(paths, demo=args.demo, verbose=args.verbose,
                              require_token=False, role="cli")
    except (AlreadyRunning, StoreError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows
            loop.add_signal_handler(sig, engine.library.jobs.stop_all)
    if args.library_command != "check":  # check says it with its findings, on stdout
        for line in engine.library.recovered:
            print(f"journal: {line}", file=sys.stderr)
    progress = Progress(out)
    engine.subscribe(progress)
    engine.library.jobs.announce_videos = False  # no views to follow each video
    try:
        return await _COMMANDS[args.library_command](engine, args, out, stdin)
    except sqlite3.Error as exc:
        print(engine.storage_problem(exc), file=sys.stderr)
        return EXIT_USAGE
    finally:
        progress.end()
        with contextlib.suppress(Exception):
            await engine.aclose()


def _ended(report: JobReport, out: TextIO) -> int:
    for path, why in report.failed:
        print(f"  failed: {path}: {why}", file=out)
    print(report.message, file=out, flush=True)
    if report.left:
        return EXIT_STOPPED
    return EXIT_PROBLEMS if report.failed else EXIT_OK


async def _rename(engine: Engine, args: argparse.Namespace, out: TextIO, _: TextIO) -> int:
    if args.template is not None and not args.template.strip():
        print("The template is empty: give one, e.g. --template '{title} - {song}'.",
              file=sys.stderr)
        return EXIT_USAGE
    template = args.template or engine.settings.current.name_template
    try:
        report = await engine.library.jobs.rename(template)
    except naming.TemplateError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    plan = report.rename_plan
    if plan is not None and (plan.unchanged or plan.missing):
        print(f"{plan.unchanged} already named so, {len(plan.missing)} with no file to "
              "rename", file=out)
    return _ended(report, out)


async def _import(engine: Engine, args: argparse.Namespace, out: TextIO, _: TextIO) -> int:
    folder: Path = args.folder
    try:
        report = await engine.library.jobs.import_folder(
            folder, engine.settings.current.name_template)
    except OSError as exc:
        print(f"Cannot read {folder}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    plan = report.import_plan
    if plan is not None:
        for name, why in plan.unmatched:
            print(f"  not matched: {name}: {why}", file=out)
        for name, of in plan.duplicates:
            print(f"  duplicate: {name}: the same bytes as {of} (left alone)", file=out)
        print(f"{len(plan.matched)} matched, {len(plan.already)} already in the library, "
              f"{len(plan.unmatched)} not matched", file=out)
    return _ended(report, out)


def _resolve(engine: Engine, given: str) -> Video | None:
    """A video id, else the newest version of the song a number or string id names."""
    videos = engine.library.videos
    if (video := videos.by_video_id(given.strip())) is not None:
        return video
    versions = videos.of_song(song_number(given.strip()))
    return versions[-1] if versions else None


Command = Callable[[Engine, argparse.Namespace, TextIO, TextIO], Awaitable[int]]


def _decider(name: str) -> Command:
    async def decide(engine: Engine, args: argparse.Namespace, out: TextIO, _: TextIO) -> int:
        library = engine.library
        act = {"pick": library.pick, "reject": library.reject, "unflag": library.unflag}[name]
        found = [(given, _resolve(engine, given)) for given in args.ids]
        unknown = [given for given, video in found if video is None]
        if unknown:  # bad usage: every id is checked first, nothing changes
            for given in unknown:
                print(f"{given}: not in the library", file=sys.stderr)
            print(f"Nothing changed: {len(unknown)} of {len(args.ids)} ids not in the "
                  "library.", file=sys.stderr)
            return EXIT_USAGE
        for _given, video in found:
            assert video is not None
            act(video.id)
            print(f"{name}: {video.display_title} (song {video.song_number}, video "
                  f"{video.video_id or '-'}) {video.video_path or ''}", file=out)
        return EXIT_OK
    return decide


async def _trash(engine: Engine, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    rejected = [v for v in engine.library.videos.all() if v.review.flag == Flag.REJECTED
                and v.trashed_at is None and v.video_path and Path(v.video_path).is_file()]
    if not rejected:
        print("No rejected videos with files to move to the trash.", file=out)
        return EXIT_OK
    size = files_size(p for v in rejected for p in (v.video_path, v.cover_path))
    if not args.yes:
        if not stdin.isatty():
            print(f"{len(rejected)} rejected videos ({size / 1e6:.1f} MB) would go to the "
                  "trash: run again with --yes to move them.", file=sys.stderr)
            return EXIT_USAGE
        try:
            answer = _ask(f"Move {len(rejected)} rejected videos ({size / 1e6:.1f} MB, video "
                          "and cover files) to the system trash? [y/N] ",
                          engine.library.jobs.stop_all)
        except KeyboardInterrupt:  # Ctrl+C: stopped before anything moved
            print("\nNothing moved.", file=out, flush=True)
            return EXIT_INTERRUPTED
        if answer is None or answer.strip().lower() not in ("y", "yes"):  # EOF: no
            print(("\n" if answer is None else "") + "Nothing moved.", file=out, flush=True)
            return EXIT_OK
    report = await engine.library.jobs.trash_rejected([v.id for v in rejected])
    if report.no_trash:
        print("This system has no trash for these files: nothing was moved, nothing "
              "deleted.", file=sys.stderr)
        return EXIT_PROBLEMS
    return _ended(report, out)


def _ask(prompt: str, stop: Callable[[], None]) -> str | None:
    """The answer typed on the terminal, None at its end (Ctrl+D); Ctrl+C raises
    KeyboardInterrupt. Asked in the loop's thread with Python's own SIGINT handler back for
    the while (the loop's would only stop jobs, and a thread blocked in ``input`` cannot be
    stopped): nothing else runs while the user is asked."""
    loop = asyncio.get_running_loop()
    removed = False
    with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
        removed = loop.remove_signal_handler(signal.SIGINT)
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return input(prompt)
    except EOFError:
        return None
    finally:
        signal.signal(signal.SIGINT, previous)
        if removed:
            loop.add_signal_handler(signal.SIGINT, stop)


async def _export(engine: Engine, args: argparse.Namespace, out: TextIO, _: TextIO) -> int:
    try:
        report = await engine.library.jobs.export_picks(
            args.dest, engine.settings.current.name_template, hardlink=not args.copy)
    except (OSError, naming.TemplateError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"Export failed: {why}", file=sys.stderr)
        return EXIT_USAGE
    export = report.export
    if export is not None:
        for title in export.missing:
            print(f"  missing: {title}: its file is gone", file=out)
        print(f"{export.videos} videos in {args.dest}: {export.linked} files hard-linked, "
              f"{export.copied} copied, {export.already} already there"
              + (f"; playlist {export.playlist.name}" if export.playlist else ""), file=out)
    code = _ended(report, out)
    if code == EXIT_OK and export is not None and export.missing:
        print(f"{len(export.missing)} picked videos not exported: their files are gone.",
              file=out, flush=True)
        return EXIT_PROBLEMS
    return code


async def _check(engine: Engine, args: argparse.Namespace, out: TextIO, _: TextIO) -> int:
    report = await asyncio.to_thread(check_library, engine.library.videos.all(),
                                     engine.settings.output_dir)
    if report.restored:  # put back from the trash: no longer marked trashed
        engine.library.files.untrash(report.restored)
        for v in report.restored:
            print(f"back from the trash: {v.video_path}", file=out)
    if args.fix and (report.orphans or report.missing or report.missing_covers):
        for folder in sorted({p.parent for p in report.orphans}):
            fixed = await engine.library.jobs.import_folder(
                folder, engine.settings.current.name_template, known_only=True)
            print(f"fix: {folder}: {fixed.done} files re-linked or adopted", file=out)
        if report.missing or report.missing_covers:  # moved into a subfolder: found by content
            for folder in await asyncio.to_thread(subfolders, report.folders):
                fixed = await engine.library.jobs.import_folder(
                    folder, engine.settings.current.name_template, found_only=True)
                if fixed.done:
                    print(f"fix: {folder}: {fixed.done} files re-linked", file=out)
        report = await asyncio.to_thread(check_library, engine.library.videos.all(),
                                         engine.settings.output_dir)
    for line in engine.library.recovered:
        print(f"journal: {line}", file=out)
    for job, left in engine.library.stopped_jobs()[:5]:
        print(f"journal: a {job.kind} stopped with {left} left ({job.detail or 'run it again'})",
              file=out)
    for v in report.missing:
        print(f"missing: {v.video_path} (song {v.song_number}, {v.display_title})", file=out)
    for v in report.missing_covers:
        print(f"missing cover: {v.cover_path} (song {v.song_number})", file=out)
    for path in report.orphans:
        print(f"not in the library: {path}", file=out)
    for path, of in report.duplicates:
        print(f"duplicate (left alone): {path}: the same bytes as {of}", file=out)
    for double in report.doubles:
        print(f"named by several videos: {double}", file=out)
    print(f"{len(engine.library.videos.all())} videos, {report.trashed} in the trash, "
          f"{len(report.missing)} missing, {len(report.missing_covers)} covers missing, "
          f"{len(report.orphans)} files not in the library in {len(report.folders)} folders"
          + (f", {len(report.duplicates)} duplicates left alone" if report.duplicates else "")
          + ("" if report.problems else ": clean"), file=out, flush=True)
    return EXIT_PROBLEMS if report.problems else EXIT_OK


_COMMANDS: dict[str, Command] = {"rename": _rename, "import": _import, "pick": _decider("pick"),
             "reject": _decider("reject"), "unflag": _decider("unflag"),
             "trash-rejected": _trash, "export-picks": _export, "check": _check}
