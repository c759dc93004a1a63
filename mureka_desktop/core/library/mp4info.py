"""What an MP4 says of itself without decoding it: how long it plays and when it was made.

One reader for the library (the duration column, import, check, playlists). The duration is
mutagen's: the audio track's own length (what the listener hears; the movie header's rounded
length when the file has no audio track). Mutagen reads box headers and a few small boxes,
wherever ``moov`` sits, so thousands of files can be read from a worker thread. It does not
read the movie header's creation time; :func:`created` finds that box itself, the same way
(headers only).

Nothing here raises on a file that is not an MP4, is cut short or claims boxes larger than
itself: the answer is None.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

from mutagen import MutagenError
from mutagen.mp4 import MP4

__all__ = ["created", "duration", "duration_ms"]

_EPOCH_1904 = 2_082_844_800  # seconds from 1904-01-01 (the MP4 epoch) to 1970-01-01

_MAX_BOXES = 1000


def duration(path: str | Path) -> float | None:
    """Seconds, or None when the file is not a readable MP4 (or says it plays for 0 s)."""
    try:
        info = MP4(path).info  # type: ignore[no-untyped-call]  # (unannotated upstream)
    except (MutagenError, OSError, ValueError, struct.error, OverflowError, MemoryError):
        return None
    length = float(getattr(info, "length", 0.0) or 0.0)
    return length if length > 0 else None


def duration_ms(path: str | Path) -> int | None:
    """:func:`duration` in whole milliseconds (rounded), or None."""
    seconds = duration(path)
    return round(seconds * 1000) if seconds is not None else None


def created(path: str | Path) -> float | None:
    """When the movie was made (its header's creation time, seconds since the epoch), or
    None when the file has no movie header or leaves the time unset (0, as many encoders
    do)."""
    head = _movie_header(path)
    if head is None or len(head) < 8:
        return None
    if head[0] == 1:  # version 1: 64-bit times
        if len(head) < 12:
            return None
        (when,) = struct.unpack(">Q", head[4:12])
    else:
        (when,) = struct.unpack(">I", head[4:8])
    return float(when - _EPOCH_1904) if when else None


def _movie_header(path: str | Path) -> bytes | None:
    """The first bytes (up to 32) of the ``moov/mvhd`` box's payload, or None."""
    try:
        with open(path, "rb") as handle:
            end = handle.seek(0, 2)
            moov = _find(handle, 0, end, b"moov")
            mvhd = _find(handle, moov[0], moov[1], b"mvhd") if moov else None
            if mvhd is None:
                return None
            handle.seek(mvhd[0])
            return handle.read(min(32, mvhd[1] - mvhd[0]))
    except OSError:
        return None


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
