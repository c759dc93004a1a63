"""What a media file's first bytes say it is: the one check a download and the library's
import both make (no I/O here: the caller reads :data:`HEAD_SIZE` bytes)."""

from __future__ import annotations

__all__ = ["HEAD_SIZE", "PNG_SIGNATURE", "is_mp4", "is_png"]

HEAD_SIZE = 12  # enough for either check

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def is_mp4(head: bytes) -> bool:
    """An ISO media file (MP4, MOV, M4A): its first box is ``ftyp``."""
    return len(head) >= 8 and head[4:8] == b"ftyp"


def is_png(head: bytes) -> bool:
    """A PNG image: its eight-byte signature."""
    return head.startswith(PNG_SIGNATURE)
