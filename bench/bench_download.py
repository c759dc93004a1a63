"""Download speed of a 50 MB file from loopback, as a ratio of curl on the same file
(target >= 0.8). Both write the file to disk."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mureka_desktop.core.downloads.fetch import VIDEO, download, media_client

SIZE = 50 * 1024 * 1024

# The server runs in its own process, as a CDN would: sharing our GIL would slow both.
SERVER = """
import socket, sys, uvicorn
from starlette.applications import Starlette
from starlette.responses import FileResponse
from starlette.routing import Route
path = sys.argv[1]
async def serve(request):
    return FileResponse(path, media_type="video/mp4")
sock = socket.socket(); sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
server = uvicorn.Server(uvicorn.Config(Starlette(routes=[Route("/big.mp4", serve)]),
                                       log_level="warning", lifespan="off"))
import asyncio; asyncio.run(server.serve(sockets=[sock]))
"""


async def stream_only(url: str) -> float:
    """httpx reading the body and dropping it: the floor under our figure."""
    async with media_client() as client:
        start = time.perf_counter()
        async with client.stream("GET", url) as response:
            async for _ in response.aiter_raw():
                pass
        return time.perf_counter() - start


async def ours(url: str, dest: Path) -> float:
    async with media_client() as client:
        start = time.perf_counter()
        await download(client, url, dest, VIDEO)
        return time.perf_counter() - start


def pin(cpu: int) -> None:
    """Keep the server on one core so it does not wander onto the client's."""
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {cpu})


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.mp4"
        with src.open("wb") as f:
            f.write(b"\x00\x00\x00\x20ftypisom")
            f.write(b"\x5a" * (SIZE - 12))

        server = subprocess.Popen([sys.executable, "-c", SERVER, str(src)],
                                  stdout=subprocess.PIPE, text=True,
                                  preexec_fn=lambda: pin(1))
        try:
            assert server.stdout is not None
            url = f"http://127.0.0.1:{server.stdout.readline().strip()}/big.mp4"
            time.sleep(0.3)
            curl_times, our_times, stream_times = [], [], []
            for i in range(10):
                dest = Path(tmp) / f"curl{i}.mp4"
                start = time.perf_counter()
                subprocess.run(["curl", "-s", "-o", str(dest), url], check=True)
                curl_times.append(time.perf_counter() - start)
                dest.unlink()
                ours_dest = Path(tmp) / f"ours{i}.mp4"
                our_times.append(asyncio.run(ours(url, ours_dest)))
                stream_times.append(asyncio.run(stream_only(url)))
                assert ours_dest.stat().st_size == SIZE
                ours_dest.unlink()
        finally:
            server.terminate()
            server.wait(10)
    curl_best, our_best = min(curl_times), min(our_times)
    ratio = curl_best / our_best
    paired = sorted(c / o for c, o in zip(curl_times, our_times, strict=True))
    median = paired[len(paired) // 2]
    verdict = "ok" if ratio >= 0.8 else "BELOW TARGET"
    mb = SIZE / 1048576
    print(f"bench_download: 50 MB from loopback, best of 10 each: curl {mb / curl_best:.0f} "
          f"MB/s, ours {mb / our_best:.0f} MB/s (fsync included), ratio {ratio:.2f}; median "
          f"of paired runs {median:.2f} (target >= 0.8: {verdict}); httpx streaming alone, "
          f"no disk: {mb / min(stream_times):.0f} MB/s")


if __name__ == "__main__":
    main()
