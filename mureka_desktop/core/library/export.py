"""Export picks, the file work of the export job (:mod:`.jobs`): the picked videos and their
covers into a folder, named by the naming template, hard-linked where the file system allows
(else copied), with an M3U playlist. The job plans with :func:`target`, puts each file with
:func:`place` or :func:`copy_whole`, and ends with :func:`write_playlist`.

A name in the folder only ever holds a whole file: a hard link appears at once, and a copy is
written under a temporary name in the target folder (``.mureka-export-….part``), flushed to
the disk, then renamed to its name (never over another file). A killed export leaves at most
such a temporary file, which the next export into that folder removes.

Never overwrites: a name held by a different file gets `` (2)``; the same file already there
(the very same inode, or the same size and content: the hash recorded at download when there
is one) is left as it is and listed again, so exporting twice into one folder adds nothing.
A file cut off by an older version's killed copy (shorter, and the start of the very same
file) is replaced by the whole one. Runs in a worker thread; no Qt, no store.
"""

from __future__ import annotations

import contextlib
import errno
import filecmp
import hashlib
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mureka_desktop.core.library import naming
from mureka_desktop.core.library.disk import move_no_clobber, sha256_of
from mureka_desktop.core.runtime.phrases import phrase

__all__ = ["PLAYLIST", "TEMP_PREFIX", "ExportReport", "PlaylistEntry", "clean_leftovers",
           "copy_whole", "is_temporary", "m3u", "m3u_path", "m3u_title", "place", "target",
           "write_playlist"]

PLAYLIST = "Mureka picks"
# A hard link is impossible here: another disk (EXDEV), FAT or a share (EPERM, ENOTSUP),
# too many links (EMLINK), or not allowed (EACCES).
_COPY_INSTEAD = {errno.EXDEV, errno.EPERM, errno.EACCES, errno.EMLINK, errno.ENOTSUP,
                 errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}

Link = Callable[[str, str], None]
TEMP_PREFIX = ".mureka-export-"  # what an export writes before a file is whole
TEMP_SUFFIX = ".part"
_CHUNK = 1 << 20
_NO_FREE_NAME = phrase("no_free_name", "no free name")
# what must not reach a playlist's line: line breaks of any kind, other control characters
_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


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
    cleaned: int = 0  # what a killed export had left (temporary files, cut-off copies)
    missing: list[str] = field(default_factory=list)  # picked videos whose file is gone
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    playlist: Path | None = None
    entries: list[PlaylistEntry] = field(default_factory=list)

    @property
    def videos(self) -> int:
        return len(self.entries)


def m3u_title(title: str) -> str:
    """A title as one ``#EXTINF`` line can hold it: no line break or control character."""
    return " ".join(_LINE_BREAKS.sub(" ", title).split())


def m3u_path(file_name: str) -> str:
    """A relative entry as a line of its own: forward slashes, and ``./`` before a name that
    a player would otherwise read as a comment (``#1 Hit.mp4``) or trim (a leading space)."""
    path = file_name.replace(os.sep, "/")
    return "./" + path if path.startswith(("#", " ", "\t")) else path


def m3u(entries: Iterable[PlaylistEntry]) -> str:
    """An extended M3U playlist: ``#EXTINF:<seconds>,<title>`` then the relative path
    (forward slashes), UTF-8; -1 seconds when the length is not known."""
    lines = ["#EXTM3U"]
    for entry in entries:
        seconds = -1 if entry.seconds is None else round(entry.seconds)
        lines += [f"#EXTINF:{seconds},{m3u_title(entry.title)}", m3u_path(entry.file_name)]
    return "\n".join(lines) + "\n"


def is_temporary(name: str) -> bool:
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


def clean_leftovers(dest: Path) -> int:
    """Remove the temporary files a killed export left in ``dest``; how many."""
    removed = 0
    try:
        entries = list(os.scandir(dest))
    except OSError:
        return 0
    for entry in entries:
        if is_temporary(entry.name) and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _digest(path: str | Path, limit: int | None = None) -> str | None:
    """SHA-256 of the file, or of its first ``limit`` bytes."""
    try:
        with open(path, "rb") as handle:
            if limit is None:
                return hashlib.file_digest(handle, "sha256").hexdigest()
            h = hashlib.sha256()
            left = limit
            while left > 0:
                block = handle.read(min(_CHUNK, left))
                if not block:
                    break
                h.update(block)
                left -= len(block)
            return h.hexdigest()
    except OSError:
        return None


def _same_file(src: str, dst: Path, sha256: str | None = None) -> bool:
    """Is ``dst`` a whole copy of ``src``: the same inode, or the same size and content (the
    hash recorded at download, ``sha256``, when there is one: the source is not read)."""
    try:
        if os.path.samefile(src, dst):
            return True
        if os.path.getsize(src) != dst.stat().st_size:
            return False
    except OSError:
        return False
    if sha256 is None:  # nothing recorded: compare the bytes (faster than two hashes)
        try:
            return filecmp.cmp(src, dst, shallow=False)
        except OSError:
            return False
    return sha256_of(dst) == sha256


def _cut_off(src: str, dst: Path) -> bool:
    """Is ``dst`` the start of ``src`` only: what a copy killed half-way left behind."""
    try:
        size = dst.stat().st_size
        if not dst.is_file() or dst.is_symlink() or size >= os.path.getsize(src):
            return False
    except OSError:
        return False
    return _digest(src, size) == _digest(dst)


def copy_whole(src: str, dst: Path, *, replace: bool = False) -> None:
    """Copy ``src`` to a temporary name beside ``dst``, flush it to the disk, then give it
    ``dst``'s name: never over another file (``replace``: over the cut-off copy there)."""
    tmp = dst.parent / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
    try:
        with open(src, "rb") as source, open(tmp, "xb") as target:  # x: never overwrite
            shutil.copyfileobj(source, target, _CHUNK)
            target.flush()
            os.fsync(target.fileno())
        shutil.copystat(src, tmp)
        if replace:
            os.replace(tmp, dst)
        else:
            move_no_clobber(tmp, dst)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(dst.parent)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` last through a power cut (where the system allows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def place(src: str, dst: Path, hardlink: bool, link: Link, report: ExportReport) -> None:
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
    copy_whole(src, dst)
    report.copied += 1


def target(dest: Path, stem: str, src: str, ext: str, planned: set[str],
            sha256: str | None = None) -> tuple[Path, str]:
    """The name for ``src``: ``stem + ext`` if free or already this same file, else the next
    free `` (n)``. With it: "free", "there" (the same file is there already) or "cut" (a
    copy of it cut off by a killed export is there: replace it)."""
    for n in range(1, 100_000):
        name = naming.numbered(stem, n) + ext
        path = dest / name
        if name.casefold() in planned:
            continue
        if not os.path.lexists(path):
            return path, "free"
        if _same_file(src, path, sha256):
            return path, "there"
        if _cut_off(src, path):
            return path, "cut"
    raise FileExistsError(errno.EEXIST, _NO_FREE_NAME, str(dest / stem))


def write_playlist(dest: Path, text: str, planned: set[str]) -> Path:
    data = text.encode("utf-8")
    for n in range(1, 100_000):
        path = dest / (f"{PLAYLIST}.m3u" if n == 1 else f"{PLAYLIST} ({n}).m3u")
        if path.name.casefold() in planned:
            continue
        if os.path.lexists(path):
            try:
                if path.read_bytes() == data:
                    return path  # the same playlist, from the same export
            except OSError:
                pass
            continue
        tmp = dest / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            with open(tmp, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            move_no_clobber(tmp, path)
        except FileExistsError:
            continue  # taken meanwhile: the next name
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        _sync_folder(dest)
        return path
    raise FileExistsError(errno.EEXIST, _NO_FREE_NAME, str(dest))
