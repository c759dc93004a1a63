"""Media the simulator serves: the shipped demo clip and a distinct PNG cover per video."""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


@lru_cache(maxsize=256)
def cover_png(video_id: str, width: int = 480, height: int = 270) -> bytes:
    """A gradient cover whose colours and stripes are derived from the video id."""
    seed = zlib.crc32(video_id.encode())
    r0, g0, b0 = seed & 0xFF, (seed >> 8) & 0xFF, (seed >> 16) & 0xFF
    r1, g1, b1 = 255 - g0, 255 - b0, 255 - r0
    stripe = 8 + (seed >> 24) % 24
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            t = (x + y) / (width + height)
            band = ((x // stripe) + (y // stripe)) % 2
            k = 0.85 if band else 1.0
            rows += bytes((int((r0 + (r1 - r0) * t) * k), int((g0 + (g1 - g0) * t) * k),
                           int((b0 + (b1 - b0) * t) * k)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + _chunk(b"IEND", b""))


@lru_cache(maxsize=4)
def clip_bytes(path: Path) -> bytes:
    return path.read_bytes()
