"""Export picks: the picked videos and their covers into a folder, named by the naming
template, hard-linked where the file system allows (else copied), with an M3U playlist.

Never overwrites: a name held by a different file gets `` (2)``; the same file already there
(same size and content, or the very same inode) is left as it is and listed again, so
exporting twice into one folder adds nothing. Runs in a worker thread; no Qt, no store.
"""

from __future__ import annotations

import errno
import filecmp
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mureka_desktop.core import mp4info, naming
from mureka_desktop.core.library import Video
from mureka_desktop.core.library_files import name_fields
from mureka_desktop.core.phrases import phrase

__all__ = ["PLAYLIST", "ExportReport", "PlaylistEntry", "export_picks", "m3u"]

PLAYLIST = "Mureka picks"
# A hard link is impossible here: another disk (EXDEV), FAT or a share (EPERM, ENOTSUP),
# too many links (EMLINK), or not allowed (EACCES).
_COPY_INSTEAD = {errno.EXDEV, errno.EPERM, errno.EACCES, errno.EMLINK, errno.ENOTSUP,
                 errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}

Link = Callable[[str, str], None]


@dataclass(frozen=True)
class PlaylistEntry:
    file_name: str  # relative to the playlist
    title: str
    seconds: float | None


@dataclass
class ExportReport:
    folder: Path
    linked: int = 0
    copied: int = 0
    already: int = 0  # the same file was there already
    missing: list[str] = field(default_factory=list)  # picked videos whose file is gone
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    playlist: Path | None = None
    entries: list[PlaylistEntry] = field(default_factory=list)

    @property
    def videos(self) -> int:
        return len(self.entries)


def m3u(entries: Iterable[PlaylistEntry]) -> str:
    """An extended M3U playlist: ``#EXTINF:<seconds>,<title>`` then the relative path
    (forward slashes), UTF-8; -1 seconds when the length is not known."""
    lines = ["#EXTM3U"]
    for entry in entries:
        seconds = -1 if entry.seconds is None else round(entry.seconds)
        title = " ".join(entry.title.split())  # one line
        lines += [f"#EXTINF:{seconds},{title}", entry.file_name.replace(os.sep, "/")]
    return "\n".join(lines) + "\n"


def _same_file(a: str, b: Path) -> bool:
    try:
        return os.path.samefile(a, b) or (
            os.path.getsize(a) == b.stat().st_size and filecmp.cmp(a, b, shallow=False))
    except OSError:
        return False


def _place(src: str, dst: Path, hardlink: bool, link: Link, report: ExportReport) -> None:
    """Link or copy ``src`` to ``dst`` (a free name): never over an existing file."""
    if hardlink:
        try:
            link(src, str(dst))
            report.linked += 1
            return
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _COPY_INSTEAD:
                raise
    try:
        with open(src, "rb") as source, open(dst, "xb") as target:  # x: never overwrite
            shutil.copyfileobj(source, target, 1 << 20)
        shutil.copystat(src, dst)
    except BaseException:
        if dst.exists() and not _same_file(src, dst):
            dst.unlink(missing_ok=True)  # no half file left behind
        raise
    report.copied += 1


def _target(dest: Path, stem: str, src: str, ext: str, planned: set[str]) -> tuple[Path, bool]:
    """The name for ``src``: ``stem + ext`` if free or already this same file, else the next
    free `` (n)``. True when the same file is there already."""
    for n in range(1, 100_000):
        name = naming.numbered(stem, n) + ext
        path = dest / name
        if name.casefold() in planned:
            continue
        if not os.path.lexists(path):
            return path, False
        if _same_file(src, path):
            return path, True
    raise FileExistsError(errno.EEXIST, phrase("no_free_name", "no free name"),
                          str(dest / stem))


def export_picks(videos: Sequence[Video], dest: Path, template: str, *,
                 hardlink: bool = True, link: Link = os.link) -> ExportReport:
    """Put ``videos`` (and their covers) into ``dest`` under the template's names and write
    the playlist ``Mureka picks.m3u`` beside them (its name unique too)."""
    dest.mkdir(parents=True, exist_ok=True)
    report = ExportReport(dest)
    planned: set[str] = set()
    for video in videos:
        src = video.video_path
        if not src or not os.path.isfile(src):
            report.missing.append(video.display_title)
            continue
        stem = naming.render(template, name_fields(video))
        try:
            path, there = _target(dest, stem, src, ".mp4", planned)
            if there:
                report.already += 1
            else:
                _place(src, path, hardlink, link, report)
        except OSError as exc:
            report.failed.append((Path(src).name, exc.strerror or str(exc)))
            continue
        planned.add(path.name.casefold())
        report.entries.append(PlaylistEntry(path.name, video.display_title,
                                            mp4info.duration(path)))
        cover = video.cover_path
        if cover and os.path.isfile(cover):
            try:
                cover_path, there = _target(dest, path.stem, cover, ".png", planned)
                if not there:
                    _place(cover, cover_path, hardlink, link, report)
                planned.add(cover_path.name.casefold())
            except OSError as exc:
                report.failed.append((Path(cover).name, exc.strerror or str(exc)))
    if report.entries:
        report.playlist = _write_playlist(dest, m3u(report.entries), planned)
    return report


def _write_playlist(dest: Path, text: str, planned: set[str]) -> Path:
    data = text.encode("utf-8")
    for n in range(1, 100_000):
        path = dest / (f"{PLAYLIST}.m3u" if n == 1 else f"{PLAYLIST} ({n}).m3u")
        if path.name.casefold() in planned:
            continue
        try:
            with open(path, "xb") as handle:
                handle.write(data)
            return path
        except FileExistsError:
            try:
                if path.read_bytes() == data:
                    return path  # the same playlist, from the same export
            except OSError:
                pass
    raise FileExistsError(errno.EEXIST, phrase("no_free_name", "no free name"), str(dest))
