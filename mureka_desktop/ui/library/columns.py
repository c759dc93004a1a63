"""The detail list's columns: what each shows of a video and how it sorts, and the durations
read from the files' MP4 headers in a worker thread (only for the rows a view asks about)."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, Signal

from mureka_desktop.core.library import mp4info
from mureka_desktop.core.model.videos import Flag, Video
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import BLOCK, shown, tip


@dataclass(frozen=True)
class Column:
    key: str
    title: str


# Column 0 is the grid's cell (cover, title and review line); the list hides it.
COLUMNS = [Column("grid", ""),
           Column("title", str(QT_TRANSLATE_NOOP("LibraryColumns", "Title"))),
           Column("song", str(QT_TRANSLATE_NOOP("LibraryColumns", "Song"))),
           Column("date", str(QT_TRANSLATE_NOOP("LibraryColumns", "Created"))),
           Column("duration", str(QT_TRANSLATE_NOOP("LibraryColumns", "Duration"))),
           Column("flag", str(QT_TRANSLATE_NOOP("LibraryColumns", "Flag"))),
           Column("rating", str(QT_TRANSLATE_NOOP("LibraryColumns", "Rating"))),
           Column("seen", str(QT_TRANSLATE_NOOP("LibraryColumns", "Seen"))),
           Column("size", str(QT_TRANSLATE_NOOP("LibraryColumns", "Size")))]
COLUMN_OF = {c.key: i for i, c in enumerate(COLUMNS)}
# The sort each column header gives, and the order a first click sorts in.
FIRST_ORDER = {"date": Qt.SortOrder.DescendingOrder, "rating": Qt.SortOrder.DescendingOrder,
               "size": Qt.SortOrder.DescendingOrder}


def clock(ms: int) -> str:
    seconds = max(0, ms // 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


def stamp(seconds: float) -> str:
    """When a video was made, to the minute: "2026-11-27 17:24" (the same in every language,
    and it sorts as text)."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(seconds))


def human_size(n: int) -> str:
    """"512 bytes", "1.5 KB", "3.2 MB", "1.1 GB" (units of 1024), the number in the user's
    locale."""
    locale = QLocale()
    if n < 1024:
        return fill(QCoreApplication.translate("LibraryColumns", "%1 bytes"),
                    locale.toString(n))
    units = (QCoreApplication.translate("LibraryColumns", "%1 KB"),
             QCoreApplication.translate("LibraryColumns", "%1 MB"),
             QCoreApplication.translate("LibraryColumns", "%1 GB"))
    value, unit = n / 1024, 0
    while value >= 1024 and unit < len(units) - 1:
        value /= 1024
        unit += 1
    return fill(units[unit], locale.toString(value, "f", 1))


def flag_text(flag: Flag) -> str:
    """"✔ Picked", "✘ Rejected", or nothing for a video not decided on."""
    if flag == Flag.PICKED:
        return QCoreApplication.translate("LibraryColumns", "✔ Picked")
    if flag == Flag.REJECTED:
        return QCoreApplication.translate("LibraryColumns", "✘ Rejected")
    return ""


class Durations(QObject):
    """Video durations by path; ``ready(path)`` when one has been read from its file."""

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known: dict[str, int | None] = {}
        self._pending: set[str] = set()
        self._pool: ThreadPoolExecutor | None = None
        self._tasks = TaskOwner("durations")
        self._closed = False

    def get(self, path: str | None) -> int | None:
        """The duration in ms if known; None while it is read (asked for now) or unknown."""
        if not path:
            return None
        if path in self._known:
            return self._known[path]
        if path not in self._pending and not self._closed:
            try:
                asyncio.get_running_loop()
            except RuntimeError:
                return None  # no loop (a model test): nothing can be read in the background
            self._pending.add(path)
            self._tasks.spawn(self._read(path), name="duration")
        return None

    def known(self, path: str | None) -> int:
        """For sorting: the duration if read, else -1 (never starts a read)."""
        found = self._known.get(path or "")
        return -1 if found is None else found

    async def _read(self, path: str) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="duration")
        loop = asyncio.get_running_loop()
        try:
            self._known[path] = await loop.run_in_executor(self._pool, mp4info.duration_ms,
                                                           Path(path))
        finally:
            self._pending.discard(path)
        self.ready.emit(path)

    async def close(self) -> None:
        self._closed = True
        await self._tasks.close()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def column_text(key: str, video: Video, durations: Durations, role: int) -> Any:
    review = video.review
    if role == Qt.ItemDataRole.TextAlignmentRole:
        if key in ("duration", "size", "song"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
    if role == Qt.ItemDataRole.ToolTipRole and key == "title":
        return tip(shown(video.display_title) + (f"\n“{shown(review.note, BLOCK)}”"
                                                 if review.note else ""))
    if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        return None
    if key == "title":
        return shown(video.display_title)
    if key == "song":
        return video.song_number
    if key == "date":
        return stamp(video.created_at)
    if key == "duration":  # stored at download or import; else read from the file now
        ms = video.duration_ms if video.duration_ms is not None \
            else durations.get(video.video_path)
        return "" if ms is None else clock(ms)
    if key == "flag":
        return flag_text(review.flag)
    if key == "rating":
        return "★" * review.rating if role == Qt.ItemDataRole.DisplayRole else \
            (fill(QCoreApplication.translate("LibraryColumns", "%1 of 5 stars"),
                  review.rating) if review.rating else "")
    if key == "seen":
        return QCoreApplication.translate("LibraryColumns", "Seen") if review.seen else ""
    if key == "size":
        return human_size(video.size) if video.size else ""
    return None


def sort_key(key: str, video: Video, durations: Durations) -> tuple[Any, ...]:
    """How ``key`` orders videos (ties by date, then id: a stable order)."""
    tail = (video.created_at, video.id)
    review = video.review
    if key == "title":
        return (video.display_title.casefold(), *tail)
    if key == "song":
        return (len(video.song_number), video.song_number, *tail)
    if key == "duration":
        stored = video.duration_ms
        return (durations.known(video.video_path) if stored is None else stored, *tail)
    if key == "flag":
        order = {Flag.PICKED: 2, Flag.NONE: 1, Flag.REJECTED: 0}
        return (order[review.flag], *tail)
    if key == "rating":
        return (review.rating, *tail)
    if key == "seen":
        return (review.seen, *tail)
    if key == "size":
        return (video.size, *tail)
    return tail
