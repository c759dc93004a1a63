"""The downloader against a real loopback server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from helpers import ServerThread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from mureka_desktop.core.downloads.fetch import (
    COVER,
    VIDEO,
    DownloadError,
    MemoryJournal,
    download,
    media_client,
)
from mureka_desktop.core.model.media import PNG_SIGNATURE

MP4 = b"\x00\x00\x00\x20ftypisom" + bytes(range(256)) * 4000  # ~1 MB
PNG = PNG_SIGNATURE + b"rest-of-png" * 100


class Media:
    def __init__(self) -> None:
        self.cut_next = 0
        self.requests: list[dict[str, str]] = []

    def app(self) -> Starlette:
        async def video(request: Request) -> Response:
            self.requests.append(dict(request.headers))
            start = 0
            if "range" in request.headers:
                start = int(request.headers["range"].split("=")[1].rstrip("-"))
            body = MP4[start:]
            headers = {"Content-Length": str(len(body)), "Accept-Ranges": "bytes",
                       "ETag": '"mp4-v1"'}
            status = 200
            if start:
                status = 206
                headers["Content-Range"] = f"bytes {start}-{len(MP4) - 1}/{len(MP4)}"
            cut = self.cut_next
            self.cut_next = 0

            async def chunks():
                sent = 0
                for i in range(0, len(body), 65536):
                    piece = body[i:i + 65536]
                    if cut and sent + len(piece) > cut:
                        raise ConnectionResetError("cut")
                    sent += len(piece)
                    yield piece
            return StreamingResponse(chunks(), status, headers=headers, media_type="video/mp4")

        async def fixed(request: Request) -> Response:
            self.requests.append(dict(request.headers))
            name = request.path_params["name"]
            if name == "expired.mp4":
                return Response("expired", 403)
            if name == "page.mp4":
                return Response("<html></html>", 200, media_type="text/html")
            if name == "fake.png":
                return Response(b"GIF89a" + b"x" * 100, 200, media_type="image/png")
            if name == "cover.png":
                return Response(PNG, 200, media_type="image/png")
            if name == "moved.mp4":
                return Response(status_code=302, headers={"Location": "/v.mp4"})
            if name == "away.mp4":  # an allowed link redirecting to a refused one
                return Response(status_code=302,
                                headers={"Location": "http://127.0.0.1.evil.example/v.mp4"})
            return Response("no", 404)

        return Starlette(routes=[Route("/v.mp4", video), Route("/f/{name}", fixed)])


@pytest.fixture
def media():
    m = Media()
    with ServerThread(m.app()) as server:
        m.url = server.url  # type: ignore[attr-defined]
        yield m


async def test_streams_verifies_and_renames(media, tmp_path: Path):
    seen: list[tuple[int, int]] = []
    async with media_client() as client:
        size = await download(client, media.url + "/v.mp4", tmp_path / "a.mp4", VIDEO,
                              lambda d, t: seen.append((d, t)))
        await download(client, media.url + "/f/cover.png", tmp_path / "a.png", COVER)
    assert size == len(MP4)
    assert (tmp_path / "a.mp4").read_bytes() == MP4
    assert (tmp_path / "a.png").read_bytes() == PNG
    assert not list(tmp_path.glob("*.part"))
    assert seen[-1] == (len(MP4), len(MP4))
    assert len(seen) < 5  # progress is batched, not one call per chunk
    assert all("authorization" not in h and "cookie" not in h for h in media.requests)


async def test_cut_off_body_then_resumes_with_range(media, tmp_path: Path):
    media.cut_next = 300_000
    dest = tmp_path / "a.mp4"
    journal = MemoryJournal()
    async with media_client() as client:
        with pytest.raises(DownloadError, match="broke off|stopped at"):
            await download(client, media.url + "/v.mp4", dest, VIDEO, journal=journal)
        part = dest.with_name("a.mp4.part")
        assert not dest.exists() and 0 < part.stat().st_size < len(MP4)
        assert journal.records == {str(part): (len(MP4), '"mp4-v1"')}
        have = part.stat().st_size
        await download(client, media.url + "/v.mp4", dest, VIDEO, journal=journal)
    assert dest.read_bytes() == MP4
    assert media.requests[-1]["range"] == f"bytes={have}-"
    assert media.requests[-1]["if-range"] == '"mp4-v1"'
    assert journal.records == {}


async def test_expired_link_is_flagged_for_refresh(media, tmp_path: Path):
    async with media_client() as client:
        with pytest.raises(DownloadError) as info:
            await download(client, media.url + "/f/expired.mp4", tmp_path / "a.mp4", VIDEO)
    assert info.value.expired


async def test_wrong_content_type_and_wrong_magic_are_refused(media, tmp_path: Path):
    async with media_client() as client:
        with pytest.raises(DownloadError, match="text/html") as info:
            await download(client, media.url + "/f/page.mp4", tmp_path / "a.mp4", VIDEO)
        assert info.value.permanent
        with pytest.raises(DownloadError, match="not a valid PNG"):
            await download(client, media.url + "/f/fake.png", tmp_path / "a.png", COVER)
    assert not list(tmp_path.iterdir())


async def test_redirects_are_followed_and_checked(media, tmp_path: Path):
    async with media_client() as client:
        await download(client, media.url + "/f/moved.mp4", tmp_path / "a.mp4", VIDEO)
        assert (tmp_path / "a.mp4").read_bytes() == MP4
        with pytest.raises(DownloadError, match="127.0.0.1.evil.example") as info:
            await download(client, media.url + "/f/away.mp4", tmp_path / "b.mp4", VIDEO)
    assert info.value.permanent
    assert not (tmp_path / "b.mp4").exists() and not list(tmp_path.glob("*.part"))


async def test_only_https_or_loopback_http(tmp_path: Path):
    async with media_client(httpx.MockTransport(lambda r: httpx.Response(200))) as client:
        with pytest.raises(DownloadError, match="only https"):
            await download(client, "http://cdn.example.com/a.mp4", tmp_path / "a.mp4", VIDEO)
        with pytest.raises(DownloadError, match="only https"):
            await download(client, "file:///etc/passwd", tmp_path / "a.mp4", VIDEO)


async def test_size_cap(tmp_path: Path):
    def big(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(COVER.cap + 1),
                                            "Content-Type": "image/png"}, content=b"")
    async with media_client(httpx.MockTransport(big)) as client:
        with pytest.raises(DownloadError, match="cap"):
            await download(client, "https://cdn.example.com/c.png", tmp_path / "c.png", COVER)


async def test_full_disk_is_reported_as_such_and_keeps_the_part(media, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch):
    import errno

    from mureka_desktop.core.downloads import part_files

    calls = {"n": 0}
    real_write = part_files._write

    def fill_up(handle, chunks):  # the disk is full when the body is written
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(handle, chunks)

    monkeypatch.setattr(part_files, "_write", fill_up)
    dest = tmp_path / "a.mp4"
    journal = MemoryJournal()
    async with media_client() as client:
        with pytest.raises(DownloadError) as info:
            await download(client, media.url + "/v.mp4", dest, VIDEO, journal=journal)
    assert info.value.disk_full and "No space left" in info.value.message
    assert not dest.exists() and dest.with_name("a.mp4.part").exists()
    monkeypatch.setattr(part_files, "_write", real_write)
    async with media_client() as client:  # space freed: the download completes
        await download(client, media.url + "/v.mp4", dest, VIDEO, journal=journal)
    assert dest.read_bytes() == MP4


async def test_an_output_folder_replaced_by_a_file_is_a_folder_problem(media, tmp_path: Path):
    # The folder was removed and a file put in its place mid-run: not the song's fault, and
    # nothing to retry; the job pauses the queue on it (never "permanent": links are kept).
    folder = tmp_path / "odo"
    folder.write_text("a file now")
    async with media_client() as client:
        with pytest.raises(DownloadError) as info:
            await download(client, media.url + "/v.mp4", folder / "song-1.mp4", VIDEO)
    assert info.value.folder is not None and "not a directory" in info.value.folder
    assert not info.value.permanent and not info.value.disk_full
    assert "could not be removed" not in info.value.message
