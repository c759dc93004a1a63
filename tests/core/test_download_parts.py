"""Leftover ``.part`` files: resumed only when the journal vouches for them and the server
confirms the same file; never spliced onto another file, never written through a symlink; and
removed with their record when a download fails for good."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from pathlib import Path

import pytest
from helpers import ServerThread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from mureka_desktop.core.downloads.fetch import VIDEO, DownloadError, download, media_client
from mureka_desktop.core.storage.store import Store

HEAD = b"\x00\x00\x00\x20ftypisom"
OLD = HEAD + bytes(range(256)) * 600          # the file a previous run was fetching
NEW = HEAD + bytes(range(255, -1, -1)) * 700  # what the link serves now: another MP4


class Host:
    """A media host serving one file with an ETag, honouring If-Range or (hostile) not."""

    def __init__(self, body: bytes, etag: str) -> None:
        self.body = body
        self.etag = etag
        self.honour_if_range = True
        self.range_etag: str | None = None  # the ETag a 206 carries (default: self.etag)
        self.range_total: int | None = None  # the total a 206 announces (default: the truth)
        self.content_type = "video/mp4"
        self.endless = False
        self.cut_at = 0  # break the connection after this many bytes of the next 200
        self.requests: list[dict[str, str]] = []

    def app(self) -> Starlette:
        async def video(request: Request) -> Response:
            self.requests.append(dict(request.headers))
            if self.endless:  # no length, and 64 MB is as good as endless against a 300 kB cap
                async def forever():
                    yield HEAD
                    for _ in range(1000):
                        await asyncio.sleep(0)
                        yield b"\x00" * 65536
                return StreamingResponse(forever(), 200, media_type=self.content_type)
            start = 0
            header = request.headers.get("range")
            if_range = request.headers.get("if-range")
            if header and (not self.honour_if_range or if_range in (None, self.etag)):
                m = re.fullmatch(r"bytes=(\d+)-", header)
                assert m
                start = int(m[1])
            if not start and self.cut_at:
                cut, self.cut_at = self.cut_at, 0

                async def broken():
                    yield self.body[:cut]
                    raise ConnectionResetError("cut")
                return StreamingResponse(broken(), 200, media_type=self.content_type, headers={
                    "ETag": self.etag, "Content-Length": str(len(self.body))})
            if not start:
                return Response(self.body, 200, media_type=self.content_type,
                                headers={"ETag": self.etag, "Accept-Ranges": "bytes"})
            total = self.range_total or len(self.body)
            return Response(self.body[start:], 206, media_type=self.content_type, headers={
                "ETag": self.range_etag or self.etag,
                "Content-Range": f"bytes {start}-{total - 1}/{total}"})

        return Starlette(routes=[Route("/v.mp4", video)])


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "data" / "store.sqlite3")
    yield s
    s.close()


def serve(host: Host) -> ServerThread:
    return ServerThread(host.app())


def leftover(dest: Path, data: bytes) -> Path:
    part = dest.with_name(dest.name + ".part")
    part.write_bytes(data)
    return part


async def test_a_part_nobody_journaled_is_not_resumed(store: Store, tmp_path: Path):
    dest = tmp_path / "out" / "a.mp4"
    dest.parent.mkdir()
    leftover(dest, OLD[:50_000])
    host = Host(NEW, '"new"')
    with serve(host) as server:
        async with media_client() as client:
            size = await download(client, server.url + "/v.mp4", dest, VIDEO, journal=store.parts)
    assert size == len(NEW) and dest.read_bytes() == NEW
    assert "range" not in host.requests[0] and len(host.requests) == 1
    assert store.parts.part_record(str(dest) + ".part") is None


@pytest.mark.parametrize("hostile", [
    {},  # honest: If-Range fails, so the server answers 200 with the whole new file
    {"honour_if_range": False},  # ignores If-Range: a 206 of the new file, new ETag
    {"honour_if_range": False, "range_etag": '"old"'},  # ... claiming the old ETag
    {"honour_if_range": False, "range_total": len(OLD)},  # ... claiming the old total
])
async def test_a_journaled_part_of_another_file_is_never_spliced(hostile: dict[str, object],
                                                                 store: Store, tmp_path: Path):
    dest = tmp_path / "a.mp4"
    part = leftover(dest, OLD[:50_000])
    store.parts.part_started(str(part), len(OLD), '"old"')
    host = Host(NEW, '"new"')
    for name, value in hostile.items():
        setattr(host, name, value)
    if host.range_etag == '"old"' and host.range_total is None:
        host.etag = '"old"'  # same validator, but the total differs from the journal's
    with serve(host) as server:
        async with media_client() as client:
            await download(client, server.url + "/v.mp4", dest, VIDEO, journal=store.parts)
    assert dest.read_bytes() == NEW
    first = host.requests[0]
    assert first["range"] == "bytes=50000-" and first["if-range"] == '"old"'
    if hostile:  # the 206 was refused and the file fetched again from its start
        assert "range" not in host.requests[1]
    assert store.parts.part_record(str(part)) is None and not part.exists()


async def test_the_same_file_resumes_from_the_journaled_part(store: Store, tmp_path: Path):
    dest = tmp_path / "a.mp4"
    part = leftover(dest, NEW[:50_000])
    store.parts.part_started(str(part), len(NEW), '"new"')
    host = Host(NEW, '"new"')
    with serve(host) as server:
        async with media_client() as client:
            await download(client, server.url + "/v.mp4", dest, VIDEO, journal=store.parts)
            # a .part already whole is confirmed with its last byte before it is kept
            part.write_bytes(NEW)
            store.parts.part_started(str(part), len(NEW), '"new"')
            await download(client, server.url + "/v.mp4", tmp_path / "a.mp4", VIDEO,
                           journal=store.parts)
    assert dest.read_bytes() == NEW
    assert [r.get("range") for r in host.requests] == ["bytes=50000-",
                                                       f"bytes={len(NEW) - 1}-"]
    assert store.parts.part_record(str(part)) is None


async def test_a_part_resumes_after_a_restart_of_the_app(tmp_path: Path):
    """The journal lives in the store: a download cut off in one run resumes in the next."""
    dest = tmp_path / "a.mp4"
    host = Host(NEW, '"new"')
    host.cut_at = 60_000
    with serve(host) as server:
        first = Store(tmp_path / "store.sqlite3")
        async with media_client() as client:
            with pytest.raises(DownloadError, match="broke off|stopped at") as info:
                await download(client, server.url + "/v.mp4", dest, VIDEO, journal=first.parts)
        first.close()
        assert not info.value.permanent
        have = dest.with_name("a.mp4.part").stat().st_size
        assert 0 < have < len(NEW)
        again = Store(tmp_path / "store.sqlite3")
        async with media_client() as client:
            await download(client, server.url + "/v.mp4", dest, VIDEO, journal=again.parts)
        again.close()
    assert dest.read_bytes() == NEW
    assert host.requests[-1]["range"] == f"bytes={have}-"
    assert host.requests[-1]["if-range"] == '"new"'


@pytest.mark.parametrize("journaled", [False, True])
async def test_a_part_that_is_a_symlink_is_never_written_through(journaled: bool, store: Store,
                                                                 tmp_path: Path):
    victim = tmp_path / "precious.txt"
    victim.write_bytes(OLD[:50_000])
    dest = tmp_path / "a.mp4"
    part = dest.with_name("a.mp4.part")
    part.symlink_to(victim)
    if journaled:
        store.parts.part_started(str(part), len(NEW), '"new"')
    host = Host(NEW, '"new"')
    with serve(host) as server:
        async with media_client() as client:
            await download(client, server.url + "/v.mp4", dest, VIDEO, journal=store.parts)
    assert victim.read_bytes() == OLD[:50_000]
    assert dest.read_bytes() == NEW and not dest.is_symlink()
    assert "range" not in host.requests[-1]


async def test_a_resumed_file_is_verified_before_it_is_kept(store: Store, tmp_path: Path):
    dest = tmp_path / "a.mp4"
    part = leftover(dest, b"junk" * 12_500)  # journaled, but not the start of any MP4
    store.parts.part_started(str(part), len(NEW), '"new"')
    host = Host(NEW, '"new"')
    with serve(host) as server:
        async with media_client() as client:
            with pytest.raises(DownloadError, match="not a valid MP4") as info:
                await download(client, server.url + "/v.mp4", dest, VIDEO, journal=store.parts)
    assert info.value.permanent
    assert not dest.exists() and not part.exists()
    assert store.parts.part_record(str(part)) is None


async def test_an_endless_body_leaves_nothing_behind(store: Store, tmp_path: Path):
    small = dataclasses.replace(VIDEO, cap=300_000)
    dest = tmp_path / "a.mp4"
    host = Host(NEW, '"new"')
    host.endless = True
    with serve(host) as server:
        async with media_client() as client:
            with pytest.raises(DownloadError, match="cap") as info:
                await download(client, server.url + "/v.mp4", dest, small, journal=store.parts)
    assert info.value.permanent
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


async def test_a_refusal_removes_the_part_and_its_record(store: Store, tmp_path: Path):
    dest = tmp_path / "a.mp4"
    part = leftover(dest, NEW[:50_000])
    store.parts.part_started(str(part), len(NEW), '"new"')
    host = Host(NEW, '"new"')
    host.content_type = "text/html"  # the link now serves a page
    with serve(host) as server:
        async with media_client() as client:
            with pytest.raises(DownloadError, match="text/html") as info:
                await download(client, server.url + "/v.mp4", dest, VIDEO, journal=store.parts)
    assert info.value.permanent
    assert not part.exists() and store.parts.part_record(str(part)) is None


async def test_a_206_sending_more_than_it_announced_is_not_kept(store: Store, tmp_path: Path):
    dest = tmp_path / "a.mp4"
    part = leftover(dest, OLD[:50_000])
    store.parts.part_started(str(part), len(OLD), '"old"')
    host = Host(NEW, '"old"')  # claims the journaled file, then sends a longer body
    host.honour_if_range = False
    host.range_total = len(OLD)
    with serve(host) as server:
        async with media_client() as client:
            with pytest.raises(DownloadError, match="more than"):
                await download(client, server.url + "/v.mp4", dest, VIDEO, journal=store.parts)
    assert not dest.exists() and not part.exists()
    assert store.parts.part_record(str(part)) is None
