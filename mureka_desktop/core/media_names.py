"""Output file names that are valid on every desktop system, never taken from a URL."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

# Windows refuses these as a name's part before the first dot, in any case, with any extension.
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
MAX_STEM = 80  # leaves room for "-NNN", the extension, ".part" and deep folders
_UNSAFE = re.compile(r"[^0-9A-Za-z_-]+")


def portable_stem(stem: str) -> str:
    """``stem`` reduced to ``[0-9A-Za-z_-]`` (no dots, spaces or characters any system
    forbids), at most ``MAX_STEM`` long, never empty and never a reserved Windows name."""
    base = _UNSAFE.sub("_", stem).strip("_-")[:MAX_STEM].rstrip("_-") or "song"
    if base.upper() in WINDOWS_RESERVED:
        base += "_"
    return base


def target_path(folder: Path, stem: str, extension: str, taken: Callable[[Path], bool]) -> Path:
    """A unique, portable file name in ``folder``: see :func:`portable_stem`."""
    base = portable_stem(stem)
    candidate = folder / f"{base}{extension}"
    n = 2
    while taken(candidate) or candidate.exists():
        candidate = folder / f"{base}-{n}{extension}"
        n += 1
    return candidate
