"""The ``.part`` files downloads write into, and the journal that says which ones to trust.

A ``.part`` is resumed only when the journal holds its record (the total size and the server's
validator, written before the first byte of a fresh body), the file is a regular file (opened
with ``O_NOFOLLOW``: a symlink is never written through) and it is no longer than that total.
Anything else found at the path is removed and the download starts over. Every function here
does blocking disk I/O: call it through ``asyncio.to_thread``.
"""

from __future__ import annotations

import asyncio
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

_IOV_MAX = 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class PartRecord:
    """What the server announced when a body started: its total size and its validator (a
    strong ETag or a Last-Modified date, sent back as ``If-Range``)."""

    total: int
    validator: str


class PartJournal(Protocol):
    """Where records of ``.part`` files live (the store, or memory in tests and benchmarks)."""

    def part_record(self, path: str) -> tuple[int, str] | None: ...

    def part_started(self, path: str, total: int, validator: str) -> None: ...

    def part_forget(self, path: str) -> None: ...


class MemoryJournal:
    """A journal that lasts as long as the object: resumes within one run only."""

    def __init__(self) -> None:
        self.records: dict[str, tuple[int, str]] = {}

    def part_record(self, path: str) -> tuple[int, str] | None:
        return self.records.get(path)

    def part_started(self, path: str, total: int, validator: str) -> None:
        self.records[path] = (total, validator)

    def part_forget(self, path: str) -> None:
        self.records.pop(path, None)


@dataclass(frozen=True)
class Resume:
    """A journaled ``.part`` to continue: ask for the bytes from ``offset`` on."""

    offset: int
    record: PartRecord


def resumable(part: Path, record: PartRecord | None) -> Resume | None:
    """The resume point of ``part``, or None after removing whatever untrusted file was there.

    A whole ``.part`` (size == total) resumes at its last byte, so the server still confirms the
    validator before it is renamed into place."""
    try:
        info = os.lstat(part)
    except FileNotFoundError:
        return None
    if (record is not None and stat.S_ISREG(info.st_mode)
            and 0 < info.st_size <= record.total):
        return Resume(min(info.st_size, record.total - 1), record)
    remove(part)
    return None


def remove(part: Path) -> None:
    """Remove ``part`` (a symlink is removed, never what it points at)."""
    part.unlink(missing_ok=True)


def open_fresh(part: Path) -> IO[bytes]:
    """A new, empty ``.part``: whatever was at the path is removed, never followed."""
    remove(part)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o644)
    return os.fdopen(fd, "wb")


def open_at(part: Path, offset: int) -> IO[bytes]:
    """The journaled ``.part`` positioned to append at ``offset`` (anything past it dropped).

    Raises OSError (ELOOP) for a symlink and ValueError for anything but a regular file at
    least ``offset`` bytes long: the caller starts over."""
    fd = os.open(part, os.O_RDWR | _NOFOLLOW | _BINARY)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size < offset:
            raise ValueError(f"{part} is not the file that was journaled")
        os.ftruncate(fd, offset)
        os.lseek(fd, offset, os.SEEK_SET)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "wb")


class PartWriter:
    """Writes batches off the event loop, one batch in flight while the next is received."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self._pending: asyncio.Future[None] | None = None

    async def write(self, chunks: list[bytes]) -> None:
        await self._drain()  # a failed write (disk full) surfaces here
        if chunks:
            self._pending = asyncio.ensure_future(asyncio.to_thread(_write, self.handle, chunks))

    async def finish(self) -> None:
        await self._drain()
        await asyncio.to_thread(_flush_sync, self.handle)

    async def _drain(self) -> None:
        if self._pending is not None:
            # Shielded: a cancelled download (its deadline) leaves the write running in its
            # thread, still pending here, so close() waits for it before closing the file.
            await asyncio.shield(self._pending)
            self._pending = None

    async def close(self) -> None:
        # Never close the file under a write still running in its thread.
        if self._pending is not None:
            await asyncio.wait({self._pending})
            if not self._pending.cancelled():
                self._pending.exception()  # retrieved: the error was already reported
        await asyncio.to_thread(self.handle.close)


def _write(handle: IO[bytes], chunks: list[bytes]) -> None:
    """Write a batch with as few system calls as possible (one ``writev`` per 1024 chunks)."""
    fd = handle.fileno()
    views = [memoryview(c) for c in chunks if c]
    while views:
        written = os.writev(fd, views[:_IOV_MAX])
        while written:
            if written >= len(views[0]):
                written -= len(views.pop(0))
            else:
                views[0] = views[0][written:]
                written = 0


def _flush_sync(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def head_and_size(part: Path) -> tuple[bytes, int]:
    """The first 16 bytes of ``part`` and its size, read without following a symlink."""
    fd = os.open(part, os.O_RDONLY | _NOFOLLOW | _BINARY)
    with os.fdopen(fd, "rb") as f:
        return f.read(16), os.fstat(f.fileno()).st_size


def commit(part: Path, dest: Path) -> None:
    """Rename ``part`` into place and make the rename durable."""
    os.replace(part, dest)
    try:
        fd = os.open(dest.parent, os.O_RDONLY)
    except OSError:
        return  # no directory handles (Windows): the rename is as durable as it gets
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the rename itself is done
    finally:
        os.close(fd)
