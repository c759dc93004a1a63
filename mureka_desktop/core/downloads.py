"""Verified, resumable media downloads.

Bodies stream to ``<name>.part`` (written off the event loop in 1 MiB batches), are fsynced and
renamed into place; an interrupted download resumes with ``Range``.  Length and type are
checked (MP4 ``ftyp`` box, PNG signature), sizes are capped, only https is allowed (http only to
a loopback address), links carrying credentials are refused, every redirect hop is checked and
no credentials are ever sent.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

from mureka_desktop.core import media_names

VIDEO_CAP = 2 * 1024**3
COVER_CAP = 50 * 1024**2
_BATCH = 1024 * 1024
_IOV_MAX = 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class DownloadError(Exception):
    """A download failed; ``expired`` means the link itself was refused (refresh it)."""

    def __init__(self, message: str, *, expired: bool = False, permanent: bool = False,
                 disk_full: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.expired = expired
        self.permanent = permanent
        self.disk_full = disk_full


@dataclass(frozen=True)
class Kind:
    name: str
    extension: str
    cap: int
    mime_prefixes: tuple[str, ...]

    def looks_right(self, head: bytes) -> bool:
        if self.extension == ".png":
            return head.startswith(PNG_SIGNATURE)
        return len(head) >= 8 and head[4:8] == b"ftyp"


VIDEO = Kind("video", ".mp4", VIDEO_CAP, ("video/", "application/octet-stream",
                                          "binary/octet-stream", "application/mp4"))
COVER = Kind("cover", ".png", COVER_CAP, ("image/", "application/octet-stream",
                                          "binary/octet-stream"))


def check_url(url: str) -> httpx.URL:
    """The parsed URL, when it is https, or http to a loopback address, and has no
    credentials in it; a permanent DownloadError otherwise."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise DownloadError("The download link is not a valid URL", permanent=True) from None
    if parsed.userinfo:
        # The message leaves the credentials out: it is stored and shown.
        raise DownloadError(f"Refusing a link to {parsed.host} that carries a user name or "
                            "password", permanent=True)
    if parsed.host and (parsed.scheme == "https"
                        or (parsed.scheme == "http" and is_loopback(parsed.host))):
        return parsed
    raise DownloadError(f"Refusing to download from {parsed.scheme}://{parsed.host}: "
                        "only https links are allowed (http only to this computer)",
                        permanent=True)


def is_loopback(host: str) -> bool:
    """``localhost``, 127.0.0.0/8 or ::1, spelt exactly (no look-alike names)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def media_client(transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The client for media hosts: no auth, no cookies kept, redirects checked by hand."""
    return httpx.AsyncClient(
        transport=transport, follow_redirects=False, trust_env=False,
        timeout=httpx.Timeout(connect=15.0, read=60.0, write=30.0, pool=None),
        headers={"User-Agent": "MurekaDesktop"},
    )


def target_path(folder: Path, stem: str, kind: Kind, taken: Callable[[Path], bool]) -> Path:
    """A unique, portable file name (see :func:`media_names.portable_stem`)."""
    return media_names.target_path(folder, stem, kind.extension, taken)


ProgressFn = Callable[[int, int], None]


async def download(client: httpx.AsyncClient, url: str, dest: Path, kind: Kind,
                   progress: ProgressFn | None = None, max_redirects: int = 5) -> int:
    """Fetch ``url`` into ``dest`` (resuming ``dest.part``); return the final size."""
    part = dest.with_name(dest.name + ".part")
    await asyncio.to_thread(dest.parent.mkdir, parents=True, exist_ok=True)
    have = part.stat().st_size if part.exists() else 0
    for _ in range(max_redirects + 1):
        check_url(url)
        headers = {"Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
        try:
            async with client.stream("GET", url, headers=headers) as response:
                if response.is_redirect and "location" in response.headers:
                    url = str(response.url.join(response.headers["location"]))
                    continue
                return await _receive(response, part, dest, kind, have, progress)
        except httpx.TimeoutException:
            raise DownloadError(f"The {kind.name} download timed out") from None
        except httpx.TransportError as exc:
            raise DownloadError(f"The {kind.name} download broke off "
                                f"({type(exc).__name__})") from None
    raise DownloadError(f"Too many redirects for the {kind.name}", permanent=True)


async def _receive(response: httpx.Response, part: Path, dest: Path, kind: Kind, have: int,
                   progress: ProgressFn | None) -> int:
    status = response.status_code
    if status in (401, 403, 404, 410):
        raise DownloadError(f"The {kind.name} link was refused (HTTP {status}); it may have "
                            "expired", expired=True)
    if status == 416 and have:
        # Our .part is already whole (or the file changed): start again from nothing.
        await asyncio.to_thread(part.unlink, missing_ok=True)
        raise DownloadError(f"The server refused to resume the {kind.name}; restarting")
    if status not in (200, 206):
        raise DownloadError(f"The {kind.name} download answered HTTP {status}")
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype and not ctype.startswith(kind.mime_prefixes):
        raise DownloadError(f"Expected a {kind.name} but the server sent {ctype}",
                            permanent=True)
    offset = 0
    total: int | None = None
    if status == 206:
        m = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+|\*)",
                         response.headers.get("content-range", "").strip())
        if not m or int(m[1]) != have:
            raise DownloadError(f"Bad Content-Range for the {kind.name}")
        offset = have
        total = None if m[3] == "*" else int(m[3])
    elif "content-length" in response.headers:
        total = int(response.headers["content-length"])
    if total is not None and total > kind.cap:
        raise DownloadError(f"The {kind.name} is {total} bytes, over the {kind.cap} cap",
                            permanent=True)
    writer = _PartWriter(await asyncio.to_thread(_open_part, part, offset))
    size = offset
    try:
        batch: list[bytes] = []
        batch_size = 0
        broke: httpx.TransportError | None = None
        try:
            async for chunk in response.aiter_raw():
                # No copying on the event loop: chunks are handed to the writer thread as is.
                batch.append(chunk)
                batch_size += len(chunk)
                size += len(chunk)
                if size > kind.cap:
                    raise DownloadError(f"The {kind.name} passed the {kind.cap} byte cap",
                                        permanent=True)
                if batch_size >= _BATCH:
                    await writer.write(batch)
                    batch, batch_size = [], 0
                    if progress:
                        progress(size, total or 0)
        except httpx.TransportError as exc:
            broke = exc  # keep what arrived: the next attempt resumes from there with Range
        await writer.write(batch)
        await writer.finish()
        if broke is not None:
            raise broke
    except OSError as exc:
        raise DownloadError(f"Cannot write {part}: {exc.strerror or exc}",
                            disk_full=exc.errno in (errno.ENOSPC, errno.EDQUOT),
                            permanent=exc.errno == errno.EROFS) from None
    finally:
        await writer.close()
    if total is not None and size != total:
        raise DownloadError(f"The {kind.name} stopped at {size} of {total} bytes")
    head = await asyncio.to_thread(_head, part)
    if not kind.looks_right(head):
        await asyncio.to_thread(part.unlink, missing_ok=True)
        raise DownloadError(f"The downloaded {kind.name} is not a valid "
                            f"{kind.extension[1:].upper()} file", permanent=True)
    await asyncio.to_thread(_commit, part, dest)
    if progress:
        progress(size, size)
    return size


class _PartWriter:
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
        pending, self._pending = self._pending, None
        if pending is not None:
            await pending

    async def close(self) -> None:
        # Never close the file under a write still running in its thread.
        if self._pending is not None:
            await asyncio.wait({self._pending})
            if not self._pending.cancelled():
                self._pending.exception()  # retrieved: the error was already reported
        await asyncio.to_thread(self.handle.close)


def _open_part(part: Path, offset: int) -> IO[bytes]:
    """The .part file, positioned to append at ``offset`` (anything past it is dropped)."""
    if not offset:
        return part.open("wb")
    handle = part.open("r+b")
    handle.truncate(offset)
    handle.seek(offset)
    return handle


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


def _head(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(16)


def _commit(part: Path, dest: Path) -> None:
    os.replace(part, dest)
    try:
        fd = os.open(dest.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
