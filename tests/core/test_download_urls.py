"""Which links the downloader follows: https, or http to a loopback address; never credentials;
every redirect hop checked before it is requested."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from helpers import ServerThread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mureka_desktop.core.downloads.fetch import (
    VIDEO,
    DownloadError,
    check_url,
    download,
    media_client,
)

MP4 = b"\x00\x00\x00\x20ftypisom" + b"\x11" * 5000

ALLOWED = ["https://cdn.example.com/a.mp4", "https://x/",
           "http://127.0.0.1:8/a.mp4", "http://127.0.0.2:8/a.mp4", "http://127.255.255.254/a",
           "http://localhost:8766/media/1.mp4", "http://LOCALHOST/a.mp4", "http://[::1]:8/a.mp4"]
REFUSED = ["http://10.0.0.1/a.mp4", "http://192.168.1.1/a.mp4", "http://0.0.0.0/a.mp4",
           "http://128.0.0.1/a.mp4", "http://[::2]/a.mp4", "http://[::ffff:10.0.0.1]/a.mp4",
           "http://127.0.0.1.evil.com/a.mp4", "http://localhost.evil/a.mp4",
           "http://evil-localhost/a.mp4", "http://cdn.example.com/a.mp4",
           "ftp://cdn.example.com/a.mp4", "file:///etc/passwd", "https:///a.mp4",
           "https://u:p@cdn.example.com/x.mp4", "https://token@cdn.example.com/x.mp4",
           "http://u:p@127.0.0.1/x.mp4", "http://[::1/x.mp4"]


@pytest.mark.parametrize("url", ALLOWED)
def test_https_and_http_to_any_loopback_address_are_allowed(url: str):
    check_url(url)


@pytest.mark.parametrize("url", REFUSED)
def test_everything_else_is_refused_for_good(url: str):
    with pytest.raises(DownloadError) as info:
        check_url(url)
    assert info.value.permanent
    assert "p@" not in info.value.message and ":p" not in info.value.message


class Recorder:
    """A media host behind MockTransport that records every request it receives."""

    def __init__(self, redirect_to: str) -> None:
        self.redirect_to = redirect_to
        self.seen: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url)
        if request.url.path == "/start.mp4":
            return httpx.Response(302, headers={"Location": self.redirect_to})
        if request.url.path == "/hop.mp4":
            return httpx.Response(302, headers={"Location": "/start.mp4"})
        return httpx.Response(200, content=MP4, headers={"Content-Type": "video/mp4"})


@pytest.mark.parametrize("target", ["http://10.0.0.1/v.mp4", "http://127.0.0.1.evil.com/v.mp4",
                                    "http://localhost.evil/v.mp4",
                                    "https://u:p@cdn.example.com/v.mp4", "ftp://cdn/v.mp4"])
async def test_each_redirect_hop_is_checked_before_it_is_requested(target: str, tmp_path: Path):
    host = Recorder(target)
    async with media_client(httpx.MockTransport(host)) as client:
        with pytest.raises(DownloadError) as info:
            await download(client, "https://cdn.example.com/hop.mp4", tmp_path / "a.mp4", VIDEO)
    assert info.value.permanent
    assert [str(u) for u in host.seen] == ["https://cdn.example.com/hop.mp4",
                                           "https://cdn.example.com/start.mp4"]
    assert not list(tmp_path.iterdir())


async def test_a_link_with_credentials_is_never_sent(tmp_path: Path):
    host = Recorder("/v.mp4")
    async with media_client(httpx.MockTransport(host)) as client:
        with pytest.raises(DownloadError, match="user name or password"):
            await download(client, "https://u:p@cdn.example.com/v.mp4", tmp_path / "a.mp4",
                           VIDEO)
    assert host.seen == []


class LoopbackServer(ServerThread):
    """ServerThread on another loopback address than 127.0.0.1."""

    def __init__(self, app: Starlette, host: str) -> None:
        super().__init__(app)
        self.sock.close()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind((host, 0))
        self.port = self.sock.getsockname()[1]
        self.host = host

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


def media_app(seen: list[str]) -> Starlette:
    async def video(request: Request) -> Response:
        seen.append(str(request.url))
        return Response(MP4, media_type="video/mp4")

    async def moved(request: Request) -> Response:
        seen.append(str(request.url))
        return Response(status_code=302, headers={"Location": request.query_params["to"]})

    return Starlette(routes=[Route("/v.mp4", video), Route("/moved", moved)])


async def test_media_on_127_0_0_2_over_http_downloads(tmp_path: Path):
    seen: list[str] = []
    with LoopbackServer(media_app(seen), "127.0.0.2") as server:
        async with media_client() as client:
            await download(client, server.url + "/v.mp4", tmp_path / "a.mp4", VIDEO)
            # a hop from one loopback address to another is allowed too
            with ServerThread(media_app(seen)) as first:
                await download(client, f"{first.url}/moved?to={server.url}/v.mp4",
                               tmp_path / "b.mp4", VIDEO)
    assert (tmp_path / "a.mp4").read_bytes() == MP4 == (tmp_path / "b.mp4").read_bytes()
    assert seen[0].startswith("http://127.0.0.2:") and seen[-1].startswith("http://127.0.0.2:")
