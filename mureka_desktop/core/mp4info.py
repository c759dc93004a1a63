"""An MP4's duration from its movie header (``moov/mvhd``), read without a decoder: a few
small reads, wherever the ``moov`` box sits (before or after the media data)."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

__all__ = ["duration"]

_MAX_BOXES = 1000


def duration(path: str | Path) -> float | None:
    """Seconds, or None when the file is not an MP4 with a movie header."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            end = handle.tell()
            moov = _find(handle, 0, end, b"moov")
            if moov is None:
                return None
            mvhd = _find(handle, moov[0], moov[1], b"mvhd")
            if mvhd is None:
                return None
            handle.seek(mvhd[0])
            head = handle.read(32)
    except OSError:
        return None
    if len(head) < 20:
        return None
    if head[0] == 1:  # version 1: 64-bit times
        if len(head) < 32:
            return None
        scale, length = (int(x) for x in struct.unpack(">IQ", head[20:32]))
    else:
        scale, length = (int(x) for x in struct.unpack(">II", head[12:20]))
    if not scale or length in (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
        return None
    return float(length) / float(scale)


def _find(handle: BinaryIO, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    """The (payload start, box end) of the first ``kind`` box between ``start`` and ``end``."""
    pos = start
    for _ in range(_MAX_BOXES):
        if pos + 8 > end:
            return None
        handle.seek(pos)
        header = handle.read(16)
        if len(header) < 8:
            return None
        size, name = struct.unpack(">I4s", header[:8])
        body = pos + 8
        if size == 1:  # a 64-bit size follows
            if len(header) < 16:
                return None
            size = struct.unpack(">Q", header[8:16])[0]
            body = pos + 16
        elif size == 0:  # to the end of the file
            size = end - pos
        if size < body - pos or pos + size > end:
            return None
        if name == kind:
            return body, pos + size
        pos += size
    return None
