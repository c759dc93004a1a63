"""The library against the disk: rows naming nothing, files in the library's folders no row
names, files two rows name, trashed files put back. The CLI's ``library check`` prints it;
the window's missing-file marks come from :func:`file_states`. Reads only (a worker thread).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mureka_desktop.core.library.disk import sha256_of
from mureka_desktop.core.model.videos import Video

__all__ = ["LIBRARY_SUFFIXES", "CheckReport", "check_library", "file_states", "folders_of"]

LIBRARY_SUFFIXES = (".mp4", ".png")  # what the library makes: videos and their covers


def file_states(videos: Iterable[Video]) -> tuple[set[int], set[int], list[Video]]:
    """(videos whose file is missing, videos whose file went to the trash and is not back,
    videos marked trashed whose file is back at its path: restored from the trash). One
    ``stat`` each: 10,000 take a few tens of milliseconds."""
    missing: set[int] = set()
    trashed: set[int] = set()
    restored: list[Video] = []
    for v in videos:
        there = bool(v.video_path) and os.path.isfile(v.video_path)  # type: ignore[arg-type]
        if v.trashed_at is not None:
            if there:
                restored.append(v)
            else:
                trashed.add(v.id)
        elif not there:
            missing.add(v.id)
    return missing, trashed, restored


@dataclass
class CheckReport:
    missing: list[Video] = field(default_factory=list)  # not trashed, video file gone
    missing_covers: list[Video] = field(default_factory=list)
    restored: list[Video] = field(default_factory=list)  # back from the trash
    trashed: int = 0
    orphans: list[Path] = field(default_factory=list)  # in the library's folders, no row
    doubles: list[str] = field(default_factory=list)  # named by two rows or more
    folders: list[Path] = field(default_factory=list)
    # byte-identical copies of a library file (a download saved twice, "name (2).mp4"):
    # not a problem, as Import folder lists them as duplicates and leaves them alone
    duplicates: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return len(self.missing) + len(self.missing_covers) + len(self.orphans) + \
            len(self.doubles)


def _norm(path: str | Path) -> str:
    return os.path.normcase(os.path.normpath(os.fspath(path)))


def folders_of(videos: Iterable[Video], output_dir: Path | None) -> list[Path]:
    """The library's folders: the output folder and every folder a row's file is in."""
    seen: dict[str, Path] = {}
    for path in [output_dir, *(Path(p).parent for v in videos
                               for p in (v.video_path, v.cover_path) if p)]:
        if path is not None and path.is_dir():
            seen.setdefault(_norm(path), path)
    return list(seen.values())


def subfolders(folders: Iterable[Path], depth: int = 3) -> list[Path]:
    """The folders below ``folders`` (``depth`` levels, symlinks not followed, hidden ones
    skipped) holding a video or cover: where ``check --fix`` looks for moved files."""
    top = {_norm(f) for f in folders}
    found: dict[str, Path] = {}
    todo = [(f, 0) for f in folders]
    while todo:
        folder, level = todo.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False) and level < depth:
                todo.append((Path(entry.path), level + 1))
            elif level and entry.name.lower().endswith(LIBRARY_SUFFIXES) and \
                    _norm(folder) not in top:
                found.setdefault(_norm(folder), folder)
    return sorted(found.values())


def check_library(videos: Sequence[Video], output_dir: Path | None) -> CheckReport:
    report = CheckReport()
    missing, trashed, report.restored = file_states(videos)
    report.trashed = len(trashed)
    report.missing = [v for v in videos if v.id in missing]
    report.missing_covers = [v for v in videos if v.trashed_at is None and v.id not in missing
                             and v.cover_path and not os.path.isfile(v.cover_path)]
    named = Counter(_norm(p) for v in videos for p in (v.video_path, v.cover_path) if p)
    report.doubles = sorted(p for p, n in named.items() if n > 1)
    report.folders = folders_of(videos, output_dir)
    sizes: dict[int, list[Video]] = {}  # the library's videos by size, covers by hash
    covers: dict[str, list[Video]] = {}
    for v in videos:
        if v.size and v.sha256 and v.trashed_at is None:
            sizes.setdefault(v.size, []).append(v)
        if v.cover_sha256 and v.trashed_at is None:
            covers.setdefault(v.cover_sha256, []).append(v)
    for folder in report.folders:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.lower().endswith(LIBRARY_SUFFIXES) and \
                    entry.is_file(follow_symlinks=False) and _norm(entry.path) not in named:
                copy_of = _copy_of(entry, sizes, covers)
                if copy_of:
                    report.duplicates.append((Path(entry.path), copy_of))
                else:
                    report.orphans.append(Path(entry.path))
    return report


def _copy_of(entry: os.DirEntry[str], sizes: dict[int, list[Video]],
             covers: dict[str, list[Video]]) -> str | None:
    """The library file ``entry`` is a byte-identical copy of (by the hashes recorded at
    download), None if none: only files of a library video's size are read, and covers."""
    is_video = entry.name.lower().endswith(".mp4")
    try:
        size = entry.stat(follow_symlinks=False).st_size
    except OSError:
        return None
    if is_video:
        same_size = sizes.get(size, [])
        if not same_size or not (digest := sha256_of(Path(entry.path))):
            return None
        for v in same_size:
            if v.sha256 == digest and _present(v.video_path):
                return v.video_path
        return None
    if size > _COVER_BYTES or not (digest := sha256_of(Path(entry.path))):
        return None
    for v in covers.get(digest, []):
        if _present(v.cover_path):
            return v.cover_path
    return None


_COVER_BYTES = 20_000_000


def _present(path: str | None) -> bool:
    return bool(path) and os.path.isfile(path)  # type: ignore[arg-type]
