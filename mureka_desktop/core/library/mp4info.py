"""An MP4's duration from its movie header (``moov/mvhd``), read without a decoder: a few
small reads, wherever the ``moov`` box sits (before or after the media data)."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

__all__ = ["created", "duration"]

_EPOCH_1904 = 2_082_844_800  # seconds from 1904-01-01 (the MP4 epoch) to 1970-01-01

_MAX_BOXES = 1000


def _movie_header(path: str | Path) -> bytes | None:
    """The first 32 bytes of the ``mvhd`` box's payload, or None."""
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
            return handle.read(32)
    except OSError:
        return None


def created(path: str | Path) -> float | None:
    """When the movie was made (its header's creation time, seconds since the epoch), or
    None when the file has no movie header or leaves the time unset (0, as many encoders
    do)."""
    head = _movie_header(path)
    if head is None or len(head) < 12:
        return None
    if head[0] == 1:
        if len(head) < 28:
            return None
        (when,) = struct.unpack(">Q", head[4:12])
    else:
        (when,) = struct.unpack(">I", head[4:8])
    return float(when - _EPOCH_1904) if when else None


def duration(path: str | Path) -> float | None:
    """Seconds, or None when the file is not an MP4 with a movie header."""
    head = _movie_header(path)
    if head is None or len(head) < 20:
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
