"""Verified, resumable media downloads that a hostile server or a leftover file cannot fool.

Bodies stream to ``<name>.part`` (written off the event loop in 1 MiB batches), are fsynced,
checked (size equals the announced total, MP4 ``ftyp`` box or PNG signature) and renamed into
place. An interrupted download resumes with ``Range`` and ``If-Range`` only from a ``.part`` the
journal vouches for (see :mod:`part_files`); a server that answers 200 or changes its validator
starts the file over. Only https is allowed, or http to a loopback address; links with
credentials are refused and every redirect hop is checked. Sizes are capped, a download has an
overall deadline and a minimum speed, and a permanent failure leaves no ``.part`` behind.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import re
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

from mureka_desktop.core.downloads import part_files
from mureka_desktop.core.downloads.pace import Limits, Watch
from mureka_desktop.core.downloads.part_files import MemoryJournal, PartJournal, PartRecord, Resume
from mureka_desktop.core.model import media
from mureka_desktop.core.runtime.phrases import phrase

__all__ = ["COVER", "VIDEO", "DownloadError", "Kind", "Limits", "MemoryJournal", "PartJournal",
           "ProgressFn", "check_url", "download", "media_client"]

VIDEO_CAP = 2 * 1024**3
COVER_CAP = 50 * 1024**2
_BATCH = 1024 * 1024


class DownloadError(Exception):
    """A download failed; ``expired`` means the link itself was refused (refresh it)."""

    def __init__(self, message: str, *, expired: bool = False, permanent: bool = False,
                 disk_full: bool = False, spoilt: bool = False,
                 folder: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.expired = expired
        self.permanent = permanent
        self.disk_full = disk_full
        self.spoilt = spoilt  # the .part holds bytes not to resume from: remove it
        # The output folder itself cannot take files (not a directory, not writable): what
        # is wrong with it, in plain words. Every download would fail the same way.
        self.folder = folder


@dataclass(frozen=True)
class Kind:
    name: str
    extension: str
    cap: int
    mime_prefixes: tuple[str, ...]

    def looks_right(self, head: bytes) -> bool:
        return media.is_png(head) if self.extension == ".png" else media.is_mp4(head)


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


ProgressFn = Callable[[int, int], None]
_RESTART = -1  # _receive's answer when the .part cannot be continued: start the file over


async def download(client: httpx.AsyncClient, url: str, dest: Path, kind: Kind,
                   progress: ProgressFn | None = None, max_redirects: int = 5, *,
                   journal: PartJournal | None = None, limits: Limits | None = None) -> int:
    """Fetch ``url`` into ``dest``; return the final size.

    ``dest.part`` is resumed only when ``journal`` vouches for it: without a journal every
    download starts from nothing. A permanent failure (or a spoilt ``.part``) removes the
    ``.part`` and its record."""
    part = dest.with_name(dest.name + ".part")
    journal = journal if journal is not None else MemoryJournal()
    try:
        return await _download(client, url, part, dest, kind, progress, max_redirects,
                               journal, limits or Limits())
    except DownloadError as exc:
        if not (exc.permanent or exc.spoilt):
            raise
        journal.part_forget(str(part))
        try:
            await asyncio.to_thread(part_files.remove, part)
        except OSError as gone:
            raise DownloadError(f"{exc.message} (and {part} could not be removed: "
                                f"{gone.strerror or gone})", permanent=exc.permanent,
                                disk_full=exc.disk_full) from None
        raise


async def _download(client: httpx.AsyncClient, url: str, part: Path, dest: Path, kind: Kind,
                    progress: ProgressFn | None, max_redirects: int, journal: PartJournal,
                    limits: Limits) -> int:
    try:
        await asyncio.to_thread(dest.parent.mkdir, parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(dest.parent, exc) from None
    key = str(part)
    known = journal.part_record(key)
    record = PartRecord(*known) if known else None
    try:
        resume = await asyncio.to_thread(part_files.resumable, part, record)
    except OSError as exc:
        raise _write_error(part, exc) from None
    if resume is None and record is not None:
        journal.part_forget(key)
    watch = Watch(limits, asyncio.get_running_loop().time)
    hops = 0
    restarted = False
    target = check_url(url)
    while True:
        headers = {"Accept-Encoding": "identity"}
        if resume is not None:
            headers["Range"] = f"bytes={resume.offset}-"
            headers["If-Range"] = resume.record.validator
        try:
            async with AsyncExitStack() as stack:
                async with asyncio.timeout_at(watch.deadline()):
                    response = await stack.enter_async_context(
                        client.stream("GET", target, headers=headers))
                if response.is_redirect and "location" in response.headers:
                    hops += 1
                    if hops > max_redirects:
                        raise DownloadError(f"Too many redirects for the {kind.name}",
                                            permanent=True)
                    target = check_url(_join(response, kind))
                    continue
                size = await _receive(response, part, key, kind, resume, journal, watch,
                                      progress)
        except TimeoutError:
            raise DownloadError(watch.failure(kind.name)) from None
        except httpx.TimeoutException:
            raise DownloadError(f"The {kind.name} download timed out") from None
        except httpx.TransportError as exc:
            raise DownloadError(f"The {kind.name} download broke off "
                                f"({type(exc).__name__})") from None
        if size != _RESTART:
            break
        if restarted:
            raise DownloadError(f"The server would not send the whole {kind.name} again")
        restarted = True
        resume = None
    try:
        await asyncio.to_thread(part_files.commit, part, dest)
    except OSError as exc:
        raise _write_error(dest, exc) from None
    journal.part_forget(key)
    if progress:
        progress(size, size)
    return size


def _join(response: httpx.Response, kind: Kind) -> str:
    try:
        return str(response.url.join(response.headers["location"]))
    except httpx.InvalidURL:
        raise DownloadError(f"The {kind.name} link redirects to an invalid URL",
                            permanent=True) from None


def _validator(headers: httpx.Headers) -> str | None:
    """What ``If-Range`` may carry: a strong ETag, else the Last-Modified date."""
    etag = str(headers.get("etag", "")).strip()
    if etag.startswith('"') and etag.endswith('"') and len(etag) >= 2:
        return etag
    return str(headers.get("last-modified", "")).strip() or None


_IN_THE_WAY = phrase("folder_in_the_way", "it is not a directory (a file is in the way)")
_FOLDER_ERRORS = {
    errno.ENOTDIR: _IN_THE_WAY,
    errno.EEXIST: _IN_THE_WAY,
    errno.EACCES: phrase("folder_permission_denied", "it is not writable (permission denied)"),
    errno.EPERM: phrase("folder_not_permitted", "it is not writable (operation not permitted)"),
    errno.EROFS: phrase("folder_read_only", "it is not writable (read-only file system)"),
}


def _write_error(path: Path, exc: OSError) -> DownloadError:
    """A write failure: a full disk, an output folder that cannot take files (not a
    directory, not writable: never this song's fault), or something else to retry."""
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return DownloadError(f"Cannot write {path}: {exc.strerror or exc}", disk_full=full,
                         folder=None if full else _FOLDER_ERRORS.get(exc.errno or 0))


async def _receive(response: httpx.Response, part: Path, key: str, kind: Kind,
                   resume: Resume | None, journal: PartJournal, watch: Watch,
                   progress: ProgressFn | None) -> int:
    """Write the body to ``part`` and verify it; the final size, or _RESTART."""
    status = response.status_code
    if status in (401, 403, 404, 410):
        raise DownloadError(f"The {kind.name} link was refused (HTTP {status}); it may have "
                            "expired", expired=True)
    if status == 416 and resume is not None:
        return _RESTART  # the file changed under us: start again from nothing
    if status not in (200, 206):
        raise DownloadError(f"The {kind.name} download answered HTTP {status}")
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype and not ctype.startswith(kind.mime_prefixes):
        raise DownloadError(f"Expected a {kind.name} but the server sent {ctype}",
                            permanent=True)
    validator = _validator(response.headers)
    offset = 0
    total: int | None = None
    if status == 206:
        if resume is None:
            raise DownloadError(f"The server sent part of the {kind.name} when asked for all "
                                "of it")
        m = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)",
                         response.headers.get("content-range", "").strip())
        if (not m or int(m[1]) != resume.offset or int(m[2]) != resume.record.total - 1
                or int(m[3]) != resume.record.total or validator != resume.record.validator):
            return _RESTART  # another file, or the same one changed: never splice them
        offset, total = resume.offset, resume.record.total
    else:
        length = response.headers.get("content-length", "")
        total = int(length) if length.isdigit() else None
    if total is not None and total > kind.cap:
        raise DownloadError(f"The {kind.name} is {total} bytes, over the {kind.cap} cap",
                            permanent=True)
    try:
        if offset:
            handle = await asyncio.to_thread(part_files.open_at, part, offset)
        else:
            # Forget, empty, then journal: a crash in between leaves a .part nobody trusts.
            journal.part_forget(key)
            handle = await asyncio.to_thread(part_files.open_fresh, part)
            if total is not None and validator is not None:
                journal.part_started(key, total, validator)
    except ValueError:
        return _RESTART
    except OSError as exc:
        if offset and exc.errno == errno.ELOOP:
            return _RESTART  # the .part was swapped for a symlink: never write through it
        raise _write_error(part, exc) from None
    size = await _write_body(response, handle, part, kind, offset, total, watch, progress)
    if total is not None and size != total:
        raise DownloadError(f"The {kind.name} stopped at {size} of {total} bytes")
    head, on_disk = await asyncio.to_thread(part_files.head_and_size, part)
    if on_disk != size:
        raise DownloadError(f"The {kind.name} file holds {on_disk} bytes, not the {size} "
                            "received", permanent=True)
    if not kind.looks_right(head):
        raise DownloadError(f"The downloaded {kind.name} is not a valid "
                            f"{kind.extension[1:].upper()} file", permanent=True)
    return size


async def _write_body(response: httpx.Response, handle: IO[bytes], part: Path,
                      kind: Kind, offset: int, total: int | None, watch: Watch,
                      progress: ProgressFn | None) -> int:
    """Stream the body into ``handle``; the size of the ``.part`` when the body ended."""
    writer = part_files.PartWriter(handle)
    size = offset
    watch.body_started(None if total is None else total - offset)
    try:
        batch: list[bytes] = []
        batch_size = 0
        broke: httpx.TransportError | DownloadError | None = None
        try:
            async with asyncio.timeout_at(watch.fail_at()) as timer:
                async for chunk in response.aiter_raw():
                    # No copying on the event loop: chunks go to the writer thread as is.
                    batch.append(chunk)
                    batch_size += len(chunk)
                    size += len(chunk)
                    if size > kind.cap:
                        raise DownloadError(f"The {kind.name} passed the {kind.cap} byte cap",
                                            permanent=True)
                    if total is not None and size > total:
                        raise DownloadError(f"The server sent more than the {total} bytes it "
                                            f"announced for the {kind.name}", spoilt=True)
                    timer.reschedule(watch.received(len(chunk)))
                    if batch_size >= _BATCH:
                        await writer.write(batch)
                        batch, batch_size = [], 0
                        if progress:
                            progress(size, total or 0)
        except httpx.TransportError as exc:
            broke = exc  # keep what arrived: the next attempt resumes from there
        except TimeoutError:  # (an OSError: never to be taken for a write error below)
            broke = DownloadError(watch.failure(kind.name))
        await writer.write(batch)
        await writer.finish()
        if broke is not None:
            raise broke
    except OSError as exc:
        raise _write_error(part, exc) from None
    finally:
        await writer.close()
    return size
