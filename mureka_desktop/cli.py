"""``mureka-desktop``: the window with no subcommand, headless ``generate`` and ``export``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import re
import shlex
import signal
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from mureka_desktop import __version__
from mureka_desktop.app import Engine, NoTokenError, build_engine
from mureka_desktop.cli_report import (
    AGAIN,
    DEFAULT_OFFLINE_TIMEOUT,
    EXIT_STOPPED,
    Reporter,
    human_seconds,
    pause_message,
    summarize,
    visible,
)
from mureka_desktop.core.engine.facade import StoreError, explain, scrub_text
from mureka_desktop.core.engine.queries import read_export
from mureka_desktop.core.ids import parse as ids
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue import export, intake
from mureka_desktop.core.queue.download_jobs import check_output_folder
from mureka_desktop.core.queue.intake import Incoming
from mureka_desktop.core.runtime.instance import AlreadyRunning
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.settings.secrets import TokenStore

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USAGE = 0, 2


def duration(text: str) -> float:
    """Seconds from ``90``, ``90s``, ``10m`` or ``1h``."""
    units = {"s": 1.0, "m": 60.0, "h": 3600.0}
    value = text.strip().lower()
    scale = units.get(value[-1:])
    try:
        seconds = float(value[:-1] if scale else value) * (scale or 1.0)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a duration: {text!r} (e.g. 90, 90s, 10m)") from None
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"not a duration: {text!r}")
    return seconds


def _common(suppress: bool) -> argparse.ArgumentParser:
    """Options valid before and after the subcommand. After it they default to SUPPRESS,
    so a subparser never overwrites what was given before it."""
    common = argparse.ArgumentParser(add_help=False)
    extra: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    common.add_argument("--data-dir", type=Path, help="keep queue, settings and logs here",
                        **extra)
    common.add_argument("--demo", action="store_true",
                        help="run against the built-in simulator (no token, no credits)",
                        **extra)
    common.add_argument("-v", "--verbose", action="store_true", help="debug logging", **extra)
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common(suppress=True)
    parser = argparse.ArgumentParser(
        prog="mureka-desktop", parents=[_common(suppress=False)],
        description="Turn Mureka song ids into lyrics videos (useapi.net API). With no "
                    "command, opens the window.")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add Mureka Desktop to your applications menu and to 'Open with' "
                             "for .txt, .csv and .json files (for pip and pipx installs)")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added")
    # Start-up timing (bench/bench_startup.py): print when the window is painted, then quit.
    parser.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    gen = sub.add_parser("generate", parents=[common],
                         help="queue ids and run the queue to the end, headless")
    gen.add_argument("inputs", nargs="*", metavar="IDS_OR_FILES",
                     help="song ids, links, or .txt/.csv/.json files; - reads stdin")
    gen.add_argument("--out", type=Path, help="output folder for videos and covers")
    gen.add_argument("--regenerate", action="store_true",
                     help="generate again songs that are already done (costs credits)")
    gen.add_argument("--concurrency", type=int, choices=range(1, 11), metavar="1-10",
                     help="generations at once (default: the setting, 10)")
    gen.add_argument("--no-reuse", action="store_true",
                     help="do not look for existing videos before generating")
    gen.add_argument("--offline-timeout", type=duration, default=DEFAULT_OFFLINE_TIMEOUT,
                     metavar="DURATION",
                     help="while the API is unreachable, wait this long for it before giving "
                          "up with exit 3, items kept (default 10m; e.g. 90s, 30m)")
    exp = sub.add_parser("export", parents=[common], help="export the queue and history")
    exp.add_argument("--format", choices=("csv", "json"), default="csv")
    exp.add_argument("--out", type=Path, help="file to write (default: standard output)")
    exp.add_argument("--filter", choices=export.EXPORT_FILTERS, default="all",
                     help="all: every song with its review (default); picked, rejected, "
                          "unreviewed: the library's videos in that state, every version")
    from mureka_desktop import cli_library

    cli_library.add_parser(sub, common)
    return parser


SUBCOMMANDS = ("generate", "export", "library")
VALUED_OPTIONS = ("--data-dir",)


def split_window_inputs(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """``mureka-desktop [options] [files or ids]`` (the window; "Open with" passes files):
    the ids and files apart from the options. A subcommand's arguments stay where they are."""
    options: list[str] = []
    inputs: list[str] = []
    args = iter(argv)
    for arg in args:
        if arg == "--":
            inputs.extend(args)
        elif arg in SUBCOMMANDS and not inputs:
            return [*options, arg, *args], []
        elif arg.startswith("-") and arg != "-":
            options.append(arg)
            value = next(args, None) if arg in VALUED_OPTIONS else None
            if value is not None:
                options.append(value)
        else:
            inputs.append(arg)
    return options, inputs


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv, window_inputs = split_window_inputs(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from mureka_desktop import desktop_entry

        return desktop_entry.main(uninstalling=args.uninstall_desktop_entry)
    paths = AppPaths.resolve(args.data_dir)
    if args.command == "generate":
        # Files and stdin are read here, before the event loop starts.
        try:
            incoming, errors = read_inputs(args.inputs, sys.stdin)
            return asyncio.run(_generate(args, paths, incoming, errors, sys.stdout))
        except KeyboardInterrupt:  # before the loop's handler (reading stdin), or Windows
            print("Stopped. Run the same command again to do the rest.", file=sys.stderr)
            return EXIT_STOPPED
    if args.command == "export":
        return _export(args, paths)
    if args.command == "library":
        from mureka_desktop import cli_library

        return cli_library.run(args, paths)
    from mureka_desktop.ui.launch import run_window

    code: int = run_window(paths, demo=args.demo, verbose=args.verbose,
                           exit_after_show=args.exit_after_show, inputs=window_inputs)
    return code


# ---------------------------------------------------------------------------- generate
def read_inputs(inputs: Sequence[str], stdin: TextIO) -> tuple[Incoming, list[str]]:
    """Read every argument (id text, file, or - for stdin); return what they hold (ids, and
    the finished songs of our own exports) and the input errors, worded for the terminal."""
    read = intake.read_inputs(intake.Source.argument(raw, stdin) for raw in inputs)
    return read.incoming, [e.message if isinstance(e, intake.Unreadable)
                           else f"{e.source}, line {e.line}: not a song id: {e.text!r}"
                           for e in read.errors]


def again_command(args: argparse.Namespace) -> str:
    """The command that carries on with this queue: ``generate`` with no ids runs what is
    queued (the data folder, the demo and the output folder as this run had them)."""
    parts = ["mureka-desktop", "generate"]
    if getattr(args, "data_dir", None):
        parts += ["--data-dir", str(args.data_dir)]
    if getattr(args, "demo", False):
        parts.append("--demo")
    if getattr(args, "out", None):
        parts += ["--out", str(args.out)]
    return shlex.join(parts)



async def _generate(args: argparse.Namespace, paths: AppPaths, incoming: Incoming,
                    errors: list[str], out: TextIO) -> int:
    for error in errors:
        print(error, file=sys.stderr)
    if args.inputs and not incoming.parsed.ids and not incoming.records:
        print("No valid song id given; nothing queued.", file=sys.stderr)
        return EXIT_USAGE
    stop = asyncio.Event()  # Ctrl+C or SIGTERM: a clean stop, what is left said (exit 4)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # Windows
            loop.add_signal_handler(sig, stop.set)
    try:
        engine = build_engine(paths, demo=args.demo, out_dir=args.out, verbose=args.verbose,
                              role="cli")
    except (NoTokenError, AlreadyRunning, StoreError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    for line in engine.library.recovered:  # a file job a kill interrupted, settled at this start
        print(f"journal: {line}", file=sys.stderr)
    try:
        engine.queue.set_run_options(concurrency=args.concurrency,
                               reuse_existing=False if args.no_reuse else None)
        return await _run(engine, incoming, args.regenerate, out, args.offline_timeout,
                          again_command(args), stop)
    except sqlite3.Error as exc:
        # The queue cannot be written (a full data folder while queueing): a message naming
        # the file and what to do, never a traceback.
        print(engine.storage_problem(exc), file=sys.stderr)
        return EXIT_USAGE
    finally:
        with contextlib.suppress(Exception):
            await engine.aclose()


async def _run(engine: Engine, incoming: Incoming, regenerate: bool, out: TextIO,
               offline_timeout: float = DEFAULT_OFFLINE_TIMEOUT, again: str = AGAIN,
               stop: asyncio.Event | None = None) -> int:
    store = engine.queue.query
    stop = stop or asyncio.Event()
    # Before anything is queued or paid for: can the videos be saved at all?
    problem = await asyncio.to_thread(check_output_folder, engine.settings.output_dir)
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    engine.subscribe(Reporter(out, engine.scrub, offline_timeout, again))
    reviewed = engine.queue.review(incoming.parsed, incoming.records)
    added = engine.queue.add_reviewed(reviewed, regenerate_done=regenerate)
    result = added.result
    # songs whose every video the user threw away: their reviews came back, nothing is made
    rejected = {ids.song_number(song) for song in reviewed.rejected}
    restored = [song for song in added.restored if ids.song_number(song) not in rejected]
    print(f"{added.queued} queued, {len(result.already_queued)} "
          f"already queued, {len(result.already_done)} already done"
          + (f", {len(restored)} restored from an export" if restored else "")
          + (f", {len(rejected)} rejected earlier" if rejected else "")
          + (f", {len(reviewed.duplicates)} duplicates" if reviewed.duplicates else "")
          + f"; output folder {engine.settings.output_dir}", file=out, flush=True)
    for song in reviewed.rejected:
        print(visible(f"{song} rejected earlier: not made again (Regenerate makes a new "
                      "version)"), file=out, flush=True)
    if not store.items_in(State.QUEUED, State.CHECKING, State.GENERATING, State.DOWNLOADING):
        print("Nothing to do.", file=out)
        return EXIT_OK
    if stop.is_set():
        return summarize(store, None, out, engine.scrub, stopped=again)
    engine.queue.start()
    idle = asyncio.ensure_future(engine.queue.wait_idle(offline_timeout))
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait((idle, stopping), return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if not idle.done():  # stopped: the engine's close cancels what runs, the journal keeps it
        idle.cancel()
        return summarize(store, None, out, engine.scrub, stopped=again)
    if not idle.result():
        gave_up = (f"The API stayed unreachable for {human_seconds(offline_timeout)}: "
                   "giving up. Every item stays queued for the next run.")
        print(gave_up, file=out, flush=True)
        # Not the offline pause's "carries on by itself": this process stops waiting now.
        return summarize(store, gave_up, out, engine.scrub)
    # Paused, or running with the songs left waiting on paused accounts (the others done)
    paused = engine.scheduler.paused or engine.scheduler.waiting_reason()
    return summarize(store, pause_message(paused, again) if paused else None, out,
                     engine.scrub)


# ------------------------------------------------------------------------------ export
def _export(args: argparse.Namespace, paths: AppPaths) -> int:
    """Reads the database without writing to it: works from a read-only data folder, and
    while the window runs the queue."""
    if args.demo:
        from mureka_desktop.app import demo_paths

        paths = demo_paths(paths)
    secrets = [token] if (token := TokenStore().get()) else []
    if not paths.database.exists() or _empty_file(paths.database):
        print(f"There is no queue in {paths.database.parent}: nothing to export (check "
              "--data-dir or MUREKA_DESKTOP_HOME).", file=sys.stderr)
        return EXIT_USAGE
    try:
        items, reviews = read_export(paths.database, args.filter)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:
        print(explain(paths.database, exc), file=sys.stderr)
        return EXIT_USAGE

    def scrub(text: str) -> str:
        return scrub_text(text, secrets)

    text = export.render(items, args.format, scrub, reviews)
    if args.out and str(args.out) != "-":
        try:
            args.out.write_text(text, "utf-8", newline="")  # CSV lines end in CRLF as made
        except OSError as exc:
            print(f"Cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"Exported {len(items)} items to {args.out}", file=sys.stderr)
    elif sys.stdout.isatty():  # a terminal acts on escape sequences: shown, not done
        sys.stdout.write(for_terminal(text))
    else:  # piped or redirected: the data as it is
        sys.stdout.write(text)
    return EXIT_OK


_CONTROL_IN_TABLE = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


def for_terminal(text: str) -> str:
    """An export for a terminal: its lines and tabs kept, every other control character
    (ESC, BEL, NUL, CSI...) shown as its ``\\xNN`` escape instead of acted on."""
    return _CONTROL_IN_TABLE.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


def _empty_file(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False
