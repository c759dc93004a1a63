"""What one unit of each file job does to the disk and the store, and how an interrupted unit
is rolled forward or back from what the disk shows. Runs in the job's worker thread, on the
job's own connection to the store: the disk work first, then one transaction holding the
row's change and the unit's outcome.

A unit moves a video and its cover together: the video first, then the cover. So a video
found at ``to`` means the unit went at least that far (roll forward: the cover follows);
a video still at ``from`` means it never started (roll back: a cover already moved comes
back, which the order makes impossible short of another program).

An import or a locate moves no file: its unit is only a row change, made in the transaction
that settles the unit, so a kill leaves each unit either recorded or not at all, and an
unfinished one is rolled back (marked undone), never forward. Forward would mean doing the
rest of the job (19,000 rows of an import, each file checked again, as it may have changed
since) unasked, at a start, before the window shows; nothing on disk waits for it (no row
names a missing file, no file the library made is unnamed). The stopped job is offered
again instead, and the import run again skips what is already in the library.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mureka_desktop.core.library import export as library_export
from mureka_desktop.core.library.disk import move_no_clobber
from mureka_desktop.core.library.files import add_new, in_library
from mureka_desktop.core.library.importing import NewVideo
from mureka_desktop.core.model.videos import Relink
from mureka_desktop.core.storage.store import Store

from .journal import DONE, FAILED, UNDONE, Journal, Unit

__all__ = ["HOLD_ENV", "Context", "Outcome", "recover_unit", "run_unit", "system_trash"]

# Tests stop a job at a known point to kill it from outside: "N:point" (or several, comma
# separated) makes the worker print "HOLD <kind> <N> <point>" on stderr when its N-th unit
# reaches ``point`` (start, video, cover, recorded), then wait there until the job is
# asked to stop (SIGTERM) or 60 s pass.
HOLD_ENV = "MUREKA_DESKTOP_JOB_HOLD"
_HOLD_SECONDS = 60.0


def system_trash(path: str) -> None:
    """The system trash (freedesktop.org, macOS, Windows) through send2trash; OSError when
    the file cannot go there (nothing is deleted then)."""
    from send2trash import send2trash

    if sys.platform.startswith("linux"):
        _follow_xdg_data_home()
    send2trash(path)


def _follow_xdg_data_home() -> None:
    """send2trash's freedesktop.org trash reads $XDG_DATA_HOME once, at import: the home
    trash follows the environment as it is now (a test, a sandbox that sets it later)."""
    try:
        from send2trash import plat_other
    except ImportError:  # pragma: no cover - another implementation (gio)
        return
    data = os.path.expanduser(os.environ.get("XDG_DATA_HOME", "").strip() or
                              "~/.local/share").encode()
    if data != plat_other.XDG_DATA_HOME:
        plat_other.XDG_DATA_HOME = data
        plat_other.HOMETRASH_B = os.path.join(data, b"Trash")
        plat_other.HOMETRASH = os.fsdecode(plat_other.HOMETRASH_B)


@dataclass
class Outcome:
    """What a unit did: its video's row changed (``video_id``), whether a song came in
    done from an import, a problem worth telling (file, why)."""

    state: str
    video_id: int | None = None
    restored: bool = False
    problem: tuple[str, str] | None = None


@dataclass
class Context:
    store: Store  # the job's own connection
    journal: Journal
    kind: str
    stop: threading.Event
    trash: Callable[[str], None] = system_trash
    hardlink: bool = True
    holds: set[tuple[int, str]] = field(default_factory=set)
    seen: int = 0  # units begun by this run (1-based in the hold points)
    report: library_export.ExportReport | None = None
    songs: dict[str, tuple[str, str | None, str | None]] | None = None  # an import's

    @classmethod
    def holds_from_env(cls) -> set[tuple[int, str]]:
        out: set[tuple[int, str]] = set()
        for part in os.environ.get(HOLD_ENV, "").split(","):
            number, _, point = part.strip().partition(":")
            if number.isdigit() and point:
                out.add((int(number), point))
        return out

    def hold(self, point: str) -> None:
        if (self.seen, point) in self.holds:
            self.commit()  # what is done so far is recorded, as between two groups
            print(f"HOLD {self.kind} {self.seen} {point}", file=sys.stderr, flush=True)
            self.stop.wait(_HOLD_SECONDS)

    def commit(self) -> None:
        """End the runner's group of units (their rows and outcomes, one transaction)."""
        db = self.store.connection
        if db.in_transaction:
            db.execute("COMMIT")


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _exists(path: str | None) -> bool:
    return bool(path) and os.path.lexists(path)  # type: ignore[arg-type]


def _where(src: str, dst: str) -> str:
    """Where a move from ``src`` to ``dst`` left the file: "to", "from" or "gone". A move
    cut between its link and its unlink (both names, one file) is finished here."""
    at_src, at_dst = _exists(src), _exists(dst)
    if at_src and at_dst:
        try:
            same = os.path.samefile(src, dst)
        except OSError:
            same = False
        if same and os.path.normcase(src) != os.path.normcase(dst):
            os.unlink(src)
            return "to"
        return "from"  # the name was taken by another file meanwhile: ours did not move
    return "to" if at_dst else "from" if at_src else "gone"


# ---------------------------------------------------------------------- run
def run_unit(ctx: Context, unit: Unit) -> Outcome:
    ctx.seen += 1
    ctx.hold("start")
    out = _RUN[ctx.kind](ctx, unit)
    ctx.hold("recorded")
    return out


def _settle(ctx: Context, unit: Unit, state: str, note: str | None = None) -> None:
    with ctx.store.transaction() as db:
        ctx.journal.settle(db, unit.id, state, note)


def _rename(ctx: Context, u: Unit) -> Outcome:
    assert u.video_from and u.video_to and u.video_id is not None
    try:
        if u.video_from != u.video_to:
            move_no_clobber(u.video_from, u.video_to)
    except OSError as exc:
        _settle(ctx, u, FAILED, _why(exc))
        return Outcome(FAILED, problem=(u.video_from, _why(exc)))
    ctx.hold("video")
    cover = u.cover_to
    problem = None
    if u.cover_from and u.cover_to and u.cover_from != u.cover_to:
        try:
            move_no_clobber(u.cover_from, u.cover_to)
        except OSError as exc:
            problem = (u.cover_from, _why(exc))
            try:  # together or not at all: the video goes back
                if u.video_from != u.video_to:
                    move_no_clobber(u.video_to, u.video_from)
                _settle(ctx, u, FAILED, _why(exc))
                return Outcome(FAILED, problem=problem)
            except OSError:
                cover = None  # the video stays renamed; its cover keeps its name
    ctx.hold("cover")
    _record_rename(ctx, u, cover)
    return Outcome(DONE, u.video_id, problem=problem)


def _record_rename(ctx: Context, u: Unit, cover: str | None) -> None:
    """The video's row and its song's queue row name the new files (as
    ``Videos.set_files`` records a relink, in three statements: 10,000 renames take
    seconds, not tens)."""
    assert u.video_id is not None
    values = {"id": u.video_id, "vf": u.video_from, "vt": u.video_to, "cf": u.cover_from,
              "ct": cover}
    with ctx.store.transaction() as db:
        db.execute("UPDATE items SET video_path=CASE WHEN video_path=:vf THEN :vt ELSE "
                   "video_path END, cover_path=CASE WHEN :ct IS NOT NULL AND cover_path=:cf "
                   "THEN :ct ELSE cover_path END WHERE song_number=(SELECT song_number FROM "
                   "videos WHERE id=:id) AND (video_path=:vf OR cover_path=:cf)", values)
        db.execute("UPDATE videos SET video_path=:vt, cover_path=COALESCE(:ct, cover_path), "
                   "trashed_at=NULL WHERE id=:id", values)
        ctx.journal.settle(db, u.id, DONE)


def _trash(ctx: Context, u: Unit) -> Outcome:
    assert u.video_from and u.video_id is not None
    try:
        ctx.trash(u.video_from)
    except OSError as exc:
        _settle(ctx, u, FAILED, _why(exc))
        return Outcome(FAILED, problem=(u.video_from, _why(exc)))
    ctx.hold("video")
    problem = None
    if u.cover_from and _exists(u.cover_from):
        try:
            ctx.trash(u.cover_from)
        except OSError as exc:
            problem = (u.cover_from, _why(exc))
    ctx.hold("cover")
    _record_trash(ctx, u)
    return Outcome(DONE, u.video_id, problem=problem)


def _record_trash(ctx: Context, u: Unit) -> None:
    assert u.video_id is not None
    with ctx.store.transaction() as db:
        ctx.store.videos.mark_trashed([u.video_id], ctx.store.now())
        ctx.journal.settle(db, u.id, DONE)


def _export(ctx: Context, u: Unit) -> Outcome:
    assert u.video_from and u.video_to
    report = ctx.report or library_export.ExportReport(Path(u.video_to).parent)
    payload = u.payload or {}
    try:
        if payload.get("cut"):  # a copy a killed export cut off there: made whole
            library_export.copy_whole(u.video_from, Path(u.video_to), replace=True)
            report.cleaned += 1
            report.copied += 1
        elif not payload.get("there"):  # else only its cover was missing
            library_export.place(u.video_from, Path(u.video_to), ctx.hardlink, os.link,
                                  report)
    except OSError as exc:
        _settle(ctx, u, FAILED, _why(exc))
        return Outcome(FAILED, problem=(Path(u.video_from).name, _why(exc)))
    ctx.hold("video")
    problem = None
    if u.cover_from and u.cover_to:
        try:
            if payload.get("cover_cut"):
                library_export.copy_whole(u.cover_from, Path(u.cover_to), replace=True)
            else:
                library_export.place(u.cover_from, Path(u.cover_to), ctx.hardlink,
                                      os.link, report)
        except OSError as exc:
            problem = (Path(u.cover_from).name, _why(exc))
    ctx.hold("cover")
    _settle(ctx, u, DONE)
    return Outcome(DONE, problem=problem)


def _import(ctx: Context, u: Unit) -> Outcome:
    """One file found again (a relink) or one new video, recorded as Import folder always
    did (``LibraryFiles``'s :func:`add_new`), its hashes in the same transaction."""
    p: dict[str, Any] = dict(u.payload or {})
    kind = p.pop("kind", "")
    with ctx.store.transaction() as db:
        if kind == "relink":
            ids = ctx.store.videos.set_files([Relink(**p)])
            ctx.journal.settle(db, u.id, DONE)
            return Outcome(DONE, ids[0] if ids else None)
        if ctx.songs is None:
            ctx.songs = ctx.store.videos.songs()
        video_id, restored = add_new(ctx.store, NewVideo(**p), ctx.songs)
        ctx.journal.settle(db, u.id, DONE)
    return Outcome(DONE, video_id, restored=restored)


def _locate(ctx: Context, u: Unit) -> Outcome:
    p: dict[str, Any] = u.payload or {}
    video_id = int(p["video_id"])
    with ctx.store.transaction() as db:
        owner = ctx.store.videos.owner_of(str(p["video_path"]))
        if owner is not None and owner.id != video_id:
            why = in_library(owner.display_title)
            ctx.journal.settle(db, u.id, FAILED, why)
            return Outcome(FAILED, problem=(str(p["video_path"]), why))
        ctx.store.videos.set_files([Relink(video_id, p.get("video_path"), p.get("cover_path"),
                                           p.get("sha256"), p.get("cover_sha256"),
                                           p.get("size"))])
        ctx.journal.settle(db, u.id, DONE)
    return Outcome(DONE, video_id)


_RUN: dict[str, Callable[[Context, Unit], Outcome]] = {
    "rename": _rename, "trash": _trash, "export": _export, "import": _import,
    "locate": _locate}


# ---------------------------------------------------------------------- recover
def recover_unit(ctx: Context, u: Unit) -> Outcome:
    """Settle a unit an interrupted job left planned, from what the disk shows."""
    if ctx.kind == "rename":
        return _recover_rename(ctx, u)
    if ctx.kind == "trash":
        return _recover_trash(ctx, u)
    if ctx.kind == "export":
        return _recover_export(ctx, u)
    _settle(ctx, u, UNDONE)  # an import or a locate moved nothing: it runs again
    return Outcome(UNDONE)


def _recover_rename(ctx: Context, u: Unit) -> Outcome:
    assert u.video_from and u.video_to
    video = _where(u.video_from, u.video_to) if u.video_from != u.video_to else \
        ("to" if _exists(u.video_to) else "gone")
    moving_cover = bool(u.cover_from and u.cover_to and u.cover_from != u.cover_to)
    if video == "to":
        cover = u.cover_to
        if moving_cover:
            assert u.cover_from and u.cover_to
            if _where(u.cover_from, u.cover_to) == "from":
                try:
                    move_no_clobber(u.cover_from, u.cover_to)
                except OSError:
                    cover = None
        _record_rename(ctx, u, cover)
        return Outcome(DONE, u.video_id)
    if moving_cover:
        assert u.cover_from and u.cover_to
        if _where(u.cover_from, u.cover_to) == "to":
            with contextlib.suppress(OSError):
                move_no_clobber(u.cover_to, u.cover_from)
    _settle(ctx, u, UNDONE if video == "from" else FAILED,
            None if video == "from" else "the file is gone")
    return Outcome(UNDONE if video == "from" else FAILED)


def _recover_trash(ctx: Context, u: Unit) -> Outcome:
    assert u.video_from
    if _exists(u.video_from):
        _settle(ctx, u, UNDONE)
        return Outcome(UNDONE)
    if u.cover_from and _exists(u.cover_from):
        with contextlib.suppress(OSError):
            ctx.trash(u.cover_from)
    _record_trash(ctx, u)
    return Outcome(DONE, u.video_id)


def _recover_export(ctx: Context, u: Unit) -> Outcome:
    """A copy cut off by the kill is removed (never left under a final name); a complete
    one stays and the next export finds it there."""
    complete = True
    for src, dst in ((u.video_from, u.video_to), (u.cover_from, u.cover_to)):
        if not (src and dst) or not _exists(dst):
            complete = complete and not (src and dst)
            continue
        if not library_export._same_file(src, Path(dst)):
            with contextlib.suppress(OSError):
                os.unlink(dst)
            complete = False
    _settle(ctx, u, DONE if complete else UNDONE)
    return Outcome(DONE if complete else UNDONE)
