"""Cover thumbnails for the library grid: decoded and scaled off the UI thread, cached on disk.

A worker thread reads the cover with :class:`QImageReader` at the thumbnail size (QImage is a
value type: safe to make in a worker and hand over) and writes a PNG into the cache folder,
keyed by the file's path, size and modification time, so an edited cover is made again. The
GUI thread only turns the finished image into a pixmap. The worker holds no Qt object with a
Python slot and no QObject at all. :class:`Covers` turns the pixmaps into the icons the
library's model shows, with a card while one loads or when there is none.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QPainter, QPixmap

from mureka_desktop.core.runtime.tasks import TaskOwner

log = logging.getLogger(__name__)

MISSING = "missing"


def cache_key(path: Path, size: QSize) -> str | None:
    """The cache file name for ``path`` at ``size``, or None when the file is not there."""
    try:
        st = path.stat()
    except OSError:
        return None
    raw = f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{size.width()}x{size.height()}"
    return hashlib.sha1(raw.encode()).hexdigest() + ".png"


def make_thumbnail(path: Path, cache_dir: Path, size: QSize) -> QImage | None:
    """Runs in a worker thread: the cached thumbnail, or a new one (then cached)."""
    key = cache_key(path, size)
    if key is None:
        return None
    cached = cache_dir / key
    if cached.is_file():
        image = QImage(str(cached))
        if not image.isNull():
            return image
    reader = QImageReader(str(path))
    source = reader.size()
    if source.isValid():
        reader.setScaledSize(source.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.info("no thumbnail for %s: %s", path, reader.errorString())
        return None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp.png")
        if image.save(str(tmp)):
            tmp.replace(cached)
    except OSError as exc:  # a full or read-only cache only costs speed
        log.info("thumbnail cache not written: %s", exc)
    return image


class Thumbnailer(QObject):
    """Pixmaps for cover paths; ``ready(path)`` when one arrives from the worker."""

    ready = Signal(str)

    def __init__(self, cache_dir: Path, size: QSize, parent: QObject | None = None,
                 workers: int = 2) -> None:
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.size = size
        self._pixmaps: dict[str, QPixmap | None] = {}  # None: no image (missing, broken)
        self._pending: set[str] = set()
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="thumbnail")
        self._tasks = TaskOwner("thumbnails")
        self._closed = False

    def pixmap(self, path: str | None) -> QPixmap | str | None:
        """The thumbnail if ready; :data:`MISSING` when there is none to make; None while it
        is being made (it is requested now, and ``ready`` follows)."""
        if not path:
            return MISSING
        if path in self._pixmaps:
            found = self._pixmaps[path]
            return MISSING if found is None else found
        if path not in self._pending and not self._closed:
            self._pending.add(path)
            self._tasks.spawn(self._load(path), name="thumbnail")
        return None

    async def _load(self, path: str) -> None:
        loop = asyncio.get_running_loop()
        try:
            image = await loop.run_in_executor(self._pool, make_thumbnail, Path(path),
                                               self.cache_dir, self.size)
        finally:
            self._pending.discard(path)
        self._pixmaps[path] = None if image is None else QPixmap.fromImage(image)
        self.ready.emit(path)

    def forget(self, path: str) -> None:
        self._pixmaps.pop(path, None)

    @property
    def pending(self) -> int:
        return len(self._pending)

    async def close(self) -> None:
        self._closed = True
        await self._tasks.close()
        self._pool.shutdown(wait=True, cancel_futures=True)


def _placeholder(size: QSize, text: str) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#3c4043"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#dadce0"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class Covers:
    """The icons of cover paths, kept once made: the thumbnail, or a card (``loading`` while
    it is made, ``missing`` when there is none). ``missing_text`` is the card's words."""

    def __init__(self, thumbnails: Thumbnailer, missing_text: str) -> None:
        self.thumbnails = thumbnails
        self.size = thumbnails.size
        self.loading = QIcon(_placeholder(self.size, "…"))
        self.missing = QIcon(_placeholder(self.size, missing_text))
        self._icons: dict[str, QIcon] = {}

    def icon(self, path: str | None) -> QIcon:
        if path and path in self._icons:
            return self._icons[path]
        found = self.thumbnails.pixmap(path)
        if found is None:
            return self.loading
        if isinstance(found, str):  # MISSING
            return self.missing
        icon = QIcon(found)
        assert path is not None
        self._icons[path] = icon
        return icon

    def is_card(self, icon: QIcon) -> bool:
        """``icon`` is a card, not a cover."""
        return icon is self.loading or icon is self.missing

    def forget(self, path: str | None = None) -> None:
        """The icon of ``path`` (of every path: None) is made afresh when next asked for."""
        if path is None:
            self._icons.clear()
        else:
            self._icons.pop(path, None)
