"""The library's files on disk: which are missing, their hashes, renaming them to the naming
template, re-linking one that moved, and moving rejected ones to the system trash.

Everything here touches the disk and runs in a worker thread (``asyncio.to_thread``); it reads
plain :class:`Video` records and returns what it found or did. The engine records the results
(:class:`LibraryFiles`), so the store is written on one thread and every change is an event.
No Qt: the window passes ``QFile.moveToTrash`` in as the trash.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mureka_desktop.core.library import naming
from mureka_desktop.core.model import media
from mureka_desktop.core.model.videos import Relink, Video
from mureka_desktop.core.runtime.phrases import phrase

__all__ = ["LocateCheck", "Rename", "RenamePlan", "check_located",
           "files_size", "looks_like_mp4", "missing_ids", "move_no_clobber", "name_fields",
           "plan_renames", "sha256_of"]

_CHUNK = 1 << 20
_NAME_TAKEN = phrase("name_taken", "a file of that name is already there")


def sha256_of(path: str | Path | None) -> str | None:
    """The file's SHA-256 (hex), or None when it cannot be read."""
    if not path:
        return None
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def looks_like_mp4(path: str | Path) -> bool:
    """An ISO media file (``ftyp`` box first), as a download is checked."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(media.HEAD_SIZE)
    except OSError:
        return False
    return media.is_mp4(head)


def missing_ids(entries: Iterable[tuple[int, str | None]]) -> set[int]:
    """The ids whose video file is not a file on disk (one ``stat`` each: 10,000 take a few
    tens of milliseconds, in a worker thread)."""
    gone: set[int] = set()
    for video_id, path in entries:
        if not path or not os.path.isfile(path):
            gone.add(video_id)
    return gone


def files_size(paths: Iterable[str | None]) -> int:
    total = 0
    for path in paths:
        if path:
            with contextlib.suppress(OSError):
                total += os.stat(path).st_size
    return total


def name_fields(video: Video) -> naming.NameFields:
    return naming.NameFields(song=video.song_number, title=video.title, video=video.video_id,
                             model=video.model, created_at=video.created_at)


def move_no_clobber(src: str | Path, dst: str | Path) -> None:
    """Rename ``src`` to ``dst`` without ever replacing another file (``rename`` would).

    A hard link refuses an existing name atomically; where links are not allowed (FAT, some
    network shares) the name is checked, then renamed. A change of case only (the same file
    on a case-insensitive disk) is a plain rename."""
    src, dst = os.fspath(src), os.fspath(dst)
    try:
        os.link(src, dst, follow_symlinks=False)  # refuses an existing name, atomically
    except FileExistsError:
        if os.path.exists(dst) and os.path.samefile(src, dst) and src != dst:
            os.rename(src, dst)  # a change of case only
            return
        raise FileExistsError(errno.EEXIST, _NAME_TAKEN, dst) from None
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        if os.path.lexists(dst):
            raise FileExistsError(errno.EEXIST, _NAME_TAKEN, dst) from None
        os.rename(src, dst)
        return
    try:
        os.unlink(src)
    except OSError:
        os.unlink(dst)  # leave things as they were
        raise


# What a file system says when it cannot hard-link (another disk, FAT, a share, a quota).
_NO_LINKS = {errno.EXDEV, errno.EPERM, errno.EACCES, errno.EMLINK, errno.ENOTSUP,
             errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


# ---------------------------------------------------------------------- renames
@dataclass(frozen=True)
class Rename:
    """One video's planned rename (its cover follows with the same stem)."""

    video: Video
    video_path: str
    cover_path: str | None


@dataclass
class RenamePlan:
    renames: list[Rename] = field(default_factory=list)
    unchanged: int = 0
    missing: list[Video] = field(default_factory=list)  # no file to rename


def plan_renames(videos: Sequence[Video], template: str) -> RenamePlan:
    """Where each video (and its cover) would go under ``template``, in its own folder:
    unique against the files there and the names planned before it. Videos already named so,
    and videos whose file is missing, are counted, not planned. Each folder is listed once
    (10,000 videos: no stat per candidate name)."""
    naming.render(template, naming.NameFields(song="1"))  # TemplateError before any stat
    plan = RenamePlan()
    planned: dict[str, set[str]] = {}
    listed: dict[str, set[str]] = {}
    counters: dict[str, dict[str, int]] = {}  # per folder: casefolded stem -> next number
    for video in videos:
        if not video.video_path or not os.path.isfile(video.video_path):
            plan.missing.append(video)
            continue
        folder, name = os.path.split(video.video_path)
        names = listed.get(folder)
        if names is None:
            try:
                names = {n.casefold() for n in os.listdir(folder)}
            except OSError:
                names = set()
            listed[folder] = names
        cover = video.cover_path if video.cover_path and \
            os.path.isfile(video.cover_path) else None
        taken = planned.setdefault(folder, set())
        own = {name.casefold()}
        cover_folder, cover_name = os.path.split(cover) if cover else ("", "")
        if cover and cover_folder == folder:
            own.add(cover_name.casefold())
        stem = _free_stem(naming.render(template, name_fields(video)), name, taken, names,
                          own, counters.setdefault(folder, {}))
        new = os.path.join(folder, f"{stem}.mp4")
        new_cover = None if cover is None else \
            os.path.join(cover_folder, stem + os.path.splitext(cover)[1])
        taken.update({f"{stem}.mp4".casefold(), f"{stem}.png".casefold()})
        if new == video.video_path and new_cover in (None, cover):
            plan.unchanged += 1
            continue
        plan.renames.append(Rename(video, new, new_cover))
    return plan


def _free_stem(stem: str, current: str, taken: set[str], names: set[str], own: set[str],
               counter: dict[str, int]) -> str:
    """``stem``, else the video's own name when it is ``stem (k)`` and still free (a second
    rename changes nothing), else ``stem (n)`` for the next n never tried for this stem in
    this folder: each candidate is tried once per plan, so 3,000 videos given one name are
    planned in linear time. Free: neither name (.mp4, .png) planned, nor listed in the folder
    unless it is the video's own file."""

    def free(candidate: str) -> bool:
        return not any(n in taken or (n in names and n not in own)
                       for n in (f"{candidate}.mp4".casefold(), f"{candidate}.png".casefold()))

    if free(stem):
        return stem
    mine = os.path.splitext(current)[0]
    _, sep, number = mine.rpartition(" (")
    if sep and number.endswith(")") and number[:-1].isdigit() and \
            naming.numbered(stem, int(number[:-1])) == mine and free(mine):
        return mine
    key = stem.casefold()
    n = counter.get(key, 2)
    while n < 1_000_000:
        candidate = naming.numbered(stem, n)
        n += 1
        if free(candidate):
            counter[key] = n
            return candidate
    raise FileExistsError(f"no free name for {stem!r}")


# ---------------------------------------------------------------------- locate
@dataclass(frozen=True)
class LocateCheck:
    """Is the picked file the video that went missing? ``same``: True (its hash matches the
    one recorded at download), False (it does not: another video), None (nothing recorded to
    compare: ask). ``relink`` is what to record if the user goes ahead."""

    same: bool | None
    reason: str
    relink: Relink


def check_located(video: Video, picked: str | Path) -> LocateCheck:
    """Compare ``picked`` with what was recorded of ``video`` (hash, else size); a cover
    beside it with the same stem comes along when the video's own cover is missing."""
    path = Path(picked)
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "not a file", str(path))
    size = path.stat().st_size
    digest = sha256_of(path)
    cover = None
    beside = path.with_suffix(".png")
    if beside.is_file() and not (video.cover_path and os.path.isfile(video.cover_path)):
        cover = str(beside)
    relink = Relink(video.id, video_path=str(path), cover_path=cover, sha256=digest,
                    cover_sha256=sha256_of(cover), size=size)
    if not looks_like_mp4(path):
        return LocateCheck(False, phrase("locate_not_mp4", "It is not an MP4 video."), relink)
    if video.sha256:
        if digest == video.sha256:
            return LocateCheck(True, phrase("locate_same", "Its content matches the video "
                                            "downloaded."), relink)
        return LocateCheck(False, phrase("locate_differs", "Its content differs from the "
                                         "video downloaded: it is another video, or a "
                                         "changed copy."), relink)
    if video.size and video.size != size:
        return LocateCheck(False, phrase("locate_size_differs", "It is {size} bytes; the video "
                                         "downloaded was {recorded} bytes.", size=size,
                                         recorded=video.size), relink)
    if video.size:
        return LocateCheck(None, phrase("locate_same_size", "It has the size of the video "
                                        "downloaded, but no content hash was recorded to be "
                                        "sure."), relink)
    return LocateCheck(None, phrase("locate_unknown", "Nothing was recorded at download to "
                                    "compare it with."), relink)
