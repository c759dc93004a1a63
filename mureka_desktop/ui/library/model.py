"""The library's list model (one row per video) and the proxy that filters and sorts it."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from mureka_desktop.core.library import Flag, LibraryFilter, Video, matches
from mureka_desktop.ui.library.thumbnails import Thumbnailer

VideoRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

SORTS = [("Newest first", "date", Qt.SortOrder.DescendingOrder),
         ("Oldest first", "date", Qt.SortOrder.AscendingOrder),
         ("Title", "title", Qt.SortOrder.AscendingOrder),
         ("Rating", "rating", Qt.SortOrder.DescendingOrder)]

_FLAG_TEXT = {Flag.PICKED: "✔ Picked", Flag.REJECTED: "✘ Rejected", Flag.NONE: ""}
# A video whose file is not on disk (ui/library/file_state.py finds them off the UI thread)
FILE_MISSING = "missing"
FILE_TRASHED = "trashed"
_FILE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
               Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole]  # a mark
AnyIndex = QModelIndex | QPersistentModelIndex


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (5 - rating) if rating else ""


def review_line(video: Video) -> str:
    review = video.review
    parts = [p for p in (_FLAG_TEXT[review.flag], stars(review.rating)) if p]
    if not parts:
        parts.append("Unreviewed")
    if review.seen:
        parts.append("seen")
    return " · ".join(parts)


def _placeholder(size: QSize, text: str) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#3c4043"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#dadce0"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class LibraryModel(QAbstractListModel):
    """Videos in store order; ``VideoRole`` gives the :class:`Video`."""

    def __init__(self, thumbnails: Thumbnailer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._videos: list[Video] = []
        self._rows: dict[int, int] = {}
        self._thumbs = thumbnails
        size = thumbnails.size
        self._loading = QIcon(_placeholder(size, "…"))
        self._missing = QIcon(_placeholder(size, "Cover file missing"))
        self._icons: dict[str, QIcon] = {}
        self._files: dict[int, str] = {}  # video id -> FILE_MISSING / FILE_TRASHED
        self._marked: dict[tuple[str, str], QIcon] = {}
        thumbnails.ready.connect(self._thumbnail_ready)

    # ------------------------------------------------------------------ reading
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._videos)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._videos):
            return None
        video = self._videos[index.row()]
        gone = self._files.get(video.id)
        mark = self._file_text(gone) if gone else ""
        if role == Qt.ItemDataRole.DisplayRole:
            line = review_line(video)
            return f"{video.display_title}\n" + (f"{mark} · {line}" if gone else line)
        if role == VideoRole:
            return video
        if role == Qt.ItemDataRole.DecorationRole:
            return self._mark(video, gone) if gone else self._icon(video.cover_path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{mark}: {video.video_path}\n\n" if gone else "") + (
                    f"{video.display_title}\nSong {video.song_number}"
                    f"{' · video ' + video.video_id if video.video_id else ''}\n"
                    f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(video.created_at))}\n"
                    f"{review_line(video)}" + (f"\n“{video.review.note}”"
                                               if video.review.note else ""))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{video.display_title}, " + (f"{mark[2:]}, " if gone else "") \
                + review_line(video)
        return None

    def _file_text(self, state: str) -> str:
        return self.tr("⚠ File missing") if state == FILE_MISSING else \
            self.tr("🗑 In the trash")

    def _mark(self, video: Video, state: str) -> QIcon:
        """The cover, dimmed, with a band saying the file is missing (or in the trash); a
        plain card when there is no cover either. Never a black box."""
        base = self._icon(video.cover_path)
        key = (video.cover_path or "", state)
        if base is not self._loading and key in self._marked:
            return self._marked[key]
        size = self._thumbs.size
        pixmap = QPixmap(size)
        pixmap.fill(QColor("#5f6368"))
        painter = QPainter(pixmap)
        if base is not self._loading and base is not self._missing:
            painter.setOpacity(0.35)
            base.paint(painter, pixmap.rect())
            painter.setOpacity(1.0)
        band = pixmap.rect().adjusted(0, size.height() // 3, 0, -size.height() // 3)
        painter.fillRect(band, QColor(165, 14, 14, 225) if state == FILE_MISSING
                         else QColor(60, 64, 67, 235))
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter,
                         self.tr("⚠ Video file missing") if state == FILE_MISSING
                         else self.tr("🗑 In the trash"))
        painter.end()
        icon = QIcon(pixmap)
        if base is not self._loading:
            self._marked[key] = icon
        return icon

    def file_state(self, video_id: int) -> str | None:
        """FILE_MISSING, FILE_TRASHED, or None when the file is there (or not checked yet)."""
        return self._files.get(video_id)

    def missing_count(self) -> int:
        return len(self._files)

    def set_file_states(self, states: dict[int, str], notify: bool = True) -> list[int]:
        """The outcome of a scan: which videos' files are gone. Returns the ids whose state
        changed; their rows repaint now, or (``notify`` False) when the caller passes them
        to :meth:`file_states_shown`, a few at a time (the proxy re-sorts every changed
        row: 10,000 at once would stall the window)."""
        changed = [i for i in set(states) | set(self._files)
                   if states.get(i) != self._files.get(i)]
        self._files = dict(states)
        if notify:
            self.file_states_shown(changed)
        return changed

    def file_states_shown(self, video_ids: Iterable[int]) -> None:
        for video_id in video_ids:
            row = self._rows.get(video_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, _FILE_ROLES)

    def _icon(self, path: str | None) -> QIcon:
        if path and path in self._icons:
            return self._icons[path]
        found = self._thumbs.pixmap(path)
        if found is None:
            return self._loading
        if isinstance(found, str):  # MISSING
            return self._missing
        icon = QIcon(found)
        assert path is not None
        self._icons[path] = icon
        return icon

    def video(self, row: int) -> Video:
        return self._videos[row]

    def row_of(self, video_id: int) -> int | None:
        return self._rows.get(video_id)

    def videos(self) -> list[Video]:
        return list(self._videos)

    # ------------------------------------------------------------------ updates
    def reset(self, videos: list[Video]) -> None:
        self.beginResetModel()
        self._videos = list(videos)
        self._rows = {v.id: row for row, v in enumerate(self._videos)}
        self.endResetModel()

    def upsert(self, video: Video) -> None:
        """A video changed (review state, files) or arrived."""
        row = self._rows.get(video.id)
        if row is None:
            row = len(self._videos)
            self.beginInsertRows(QModelIndex(), row, row)
            self._videos.append(video)
            self._rows[video.id] = row
            self.endInsertRows()
            return
        old = self._videos[row]
        self._videos[row] = video
        roles = [Qt.ItemDataRole.DisplayRole, VideoRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.AccessibleTextRole]
        if old.cover_path != video.cover_path:
            roles.append(Qt.ItemDataRole.DecorationRole)
        index = self.index(row)
        self.dataChanged.emit(index, index, roles)

    def files_changed(self, videos: Sequence[Video]) -> None:
        """Many videos' files changed at once (renamed, imported, trashed): one dataChanged
        per run of adjacent rows (the proxy re-sorts and re-filters every row a dataChanged
        spans, so never a span over rows that did not change), and one insert for the new
        ones."""
        fresh = [v for v in videos if v.id not in self._rows]
        rows = []
        for video in videos:
            row = self._rows.get(video.id)
            if row is not None:
                self._videos[row] = video
                rows.append(row)
        if rows:
            self._icons.clear()  # covers may have moved
            rows.sort()
            start = rows[0]
            for before, row in zip(rows, [*rows[1:], -1], strict=True):
                if row != before + 1:
                    self.dataChanged.emit(self.index(start), self.index(before))
                    start = row
        if fresh:
            first = len(self._videos)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for video in fresh:
                self._rows[video.id] = len(self._videos)
                self._videos.append(video)
            self.endInsertRows()

    def _thumbnail_ready(self, path: str) -> None:
        self._icons.pop(path, None)
        for state in (FILE_MISSING, FILE_TRASHED):
            self._marked.pop((path, state), None)
        for row, video in enumerate(self._videos):
            if video.cover_path == path:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class LibraryProxy(QSortFilterProxyModel):
    """Filters with a :class:`LibraryFilter` and sorts by date, title or rating."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = LibraryFilter()
        self._key = "date"
        self.setDynamicSortFilter(True)

    def set_filter(self, flt: LibraryFilter) -> None:
        if flt != self.filter:
            self.beginFilterChange()
            self.filter = flt
            self.endFilterChange()

    def set_sort(self, key: str, order: Qt.SortOrder) -> None:
        self._key = key
        self.invalidate()
        self.sort(0, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return matches(model.video(source_row), self.filter)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        a, b = model.video(left.row()), model.video(right.row())
        if self._key == "title":
            return (a.display_title.casefold(), a.id) < (b.display_title.casefold(), b.id)
        if self._key == "rating":
            return (a.review.rating, a.created_at, a.id) < (b.review.rating, b.created_at, b.id)
        return (a.created_at, a.id) < (b.created_at, b.id)

    def video_at(self, row: int) -> Video | None:
        value = self.data(self.index(row, 0), VideoRole)
        return value if isinstance(value, Video) else None
