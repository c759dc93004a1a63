"""What a video file says of itself without decoding it: the duration in its MP4 header.

Reads the box headers only (a few small reads and seeks, whether ``moov`` comes first or
last), so the library can show and sort durations of thousands of files from a worker thread.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

__all__ = ["mp4_duration_ms"]

_CONTAINERS = {b"moov"}


def _boxes(f: BinaryIO, end: int) -> list[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of the boxes between here and ``end``."""
    out = []
    while f.tell() + 8 <= end:
        start = f.tell()
        header = f.read(8)
        if len(header) < 8:
            break
        size, kind = struct.unpack(">I4s", header)
        payload = start + 8
        if size == 1:
            large = f.read(8)
            if len(large) < 8:
                break
            size = struct.unpack(">Q", large)[0]
            payload = start + 16
        elif size == 0:
            size = end - start
        if size < payload - start or start + size > end:
            break
        out.append((kind, payload, start + size))
        f.seek(start + size)
    return out


def mp4_duration_ms(path: Path | str) -> int | None:
    """The movie's duration from its ``mvhd`` box, or None (not an MP4, unreadable)."""
    try:
        with open(path, "rb") as f:
            f.seek(0, 2)
            size = f.tell()
            f.seek(0)
            for kind, start, end in _boxes(f, size):
                if kind not in _CONTAINERS:
                    continue
                f.seek(start)
                for inner, istart, iend in _boxes(f, end):
                    if inner != b"mvhd":
                        continue
                    f.seek(istart)
                    body = f.read(min(iend - istart, 32))
                    if not body:
                        return None
                    if body[0] == 1 and len(body) >= 32:
                        scale, duration = struct.unpack(">IQ", body[20:32])
                    elif len(body) >= 20:
                        scale, duration = struct.unpack(">II", body[12:20])
                    else:
                        return None
                    return int(duration * 1000 / scale) if scale else None
    except (OSError, struct.error):
        return None
    return None
