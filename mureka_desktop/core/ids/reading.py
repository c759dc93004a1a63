"""Reading what the user gives us (files, stdin) into text, in bounded memory.

Bytes become text here; :mod:`mureka_desktop.core.ids.parse` finds the ids in the text. Every
refusal is an :class:`UnreadableInput` with a message for the user: too large (checked while
reading, so an endless stream stops at the limit), binary, or not UTF-8.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

MAX_INPUT_BYTES = 50_000_000  # "50 MB" as file managers count (a 52,428,852-byte file is
# 52.4 MB there, not "50 MB" over a limit of "50 MB")
CHUNK_BYTES = 1024 * 1024
_MB = 1_000_000


def megabytes(n: int) -> str:
    """A size in MB as a file manager shows it: "52.4 MB", "50 MB" (1 MB = 1,000,000 bytes)."""
    return f"{n / _MB:.1f}".removesuffix(".0") + " MB"


class UnreadableInput(ValueError):
    """The input is not text we can read (binary, not UTF-8, or too large)."""


class Readable(Protocol):
    """A binary stream (``sys.stdin.buffer``, an open file) or a text one (``sys.stdin``)."""

    def read(self, size: int = ..., /) -> bytes | str: ...


def _too_large(limit: int) -> UnreadableInput:
    size = megabytes(limit) if limit % 100_000 == 0 else f"{limit} bytes"
    return UnreadableInput(f"The input is more than {size}; the limit is {size}.")


def read_stream(stream: Readable, limit: int = MAX_INPUT_BYTES,
                chunk_size: int = CHUNK_BYTES) -> bytes:
    """Read ``stream`` to its end in chunks; refuse it once it passes ``limit`` bytes.

    At most ``limit`` + 1 bytes are read (a text chunk is counted as UTF-8), so an endless
    stream (``yes 700000001 | mureka-desktop generate -``) stops at the limit.
    """
    buf = bytearray()
    while True:
        chunk = stream.read(max(1, min(chunk_size, limit + 1 - len(buf))))
        if not chunk:
            return bytes(buf)
        buf += chunk.encode("utf-8") if isinstance(chunk, str) else chunk
        if len(buf) > limit:
            raise _too_large(limit)


def decode(data: bytes) -> str:
    """Decode bytes given by the user, refusing binary data and oversized input."""
    if len(data) > MAX_INPUT_BYTES:
        raise UnreadableInput(
            f"The input is {megabytes(len(data))}; the limit is {megabytes(MAX_INPUT_BYTES)}."
        )
    if b"\x00" in data[:65536]:
        raise UnreadableInput("This is a binary file, not a list of song ids.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(
            f"The input is not UTF-8 text (undecodable byte at offset {exc.start})."
        ) from None
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if controls > 8:
        raise UnreadableInput("This looks like a binary file, not a list of song ids.")
    return text


def read_file(path: Path) -> str:
    """Read a file the user gave us, with the same checks as :func:`decode`; every failure,
    a missing or unreadable file included, is an :class:`UnreadableInput` naming the file."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise UnreadableInput(
                f"the file is {megabytes(size)}; the limit is {megabytes(MAX_INPUT_BYTES)}."
            )
        with path.open("rb") as f:  # bounded again: the file may grow while we read it
            return decode(read_stream(f))
    except UnreadableInput as exc:
        raise UnreadableInput(f"{path.name}: {exc}") from None
    except OSError as exc:
        raise UnreadableInput(f"{path.name}: {exc.strerror or exc}") from None
