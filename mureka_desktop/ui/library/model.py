"""The library's model (one row per video) and the proxy that filters and sorts it.

Column 0 is what the cover grid shows (title, review line, cover); the detail list shows the
other columns (:data:`COLUMNS`) over the same rows, through the same proxy and selection.
A row's missing-file marks come from its helper (``model.marks``, ui/library/file_marks.py),
its covers from ui/library/thumbnails.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from mureka_desktop.core.model.videos import LibraryFilter, Video, matches
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.library.columns import (
    COLUMNS,
    Durations,
    column_text,
    flag_text,
    sort_key,
    stamp,
)
from mureka_desktop.ui.library.file_marks import FILE_MISSING as FILE_MISSING  # re-exported
from mureka_desktop.ui.library.file_marks import FILE_ROLES, FileMarks
from mureka_desktop.ui.library.file_marks import FILE_TRASHED as FILE_TRASHED  # re-exported
from mureka_desktop.ui.library.thumbnails import Covers, Thumbnailer
from mureka_desktop.ui.text import BLOCK, shown, tip

VideoRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

# The Sort box's choices, translated where they are shown (LibraryView).
SORTS = [(str(QT_TRANSLATE_NOOP("LibraryView", "Newest first")), "date",
          Qt.SortOrder.DescendingOrder),
         (str(QT_TRANSLATE_NOOP("LibraryView", "Oldest first")), "date",
          Qt.SortOrder.AscendingOrder),
         (str(QT_TRANSLATE_NOOP("LibraryView", "Title")), "title", Qt.SortOrder.AscendingOrder),
         (str(QT_TRANSLATE_NOOP("LibraryView", "Rating")), "rating",
          Qt.SortOrder.DescendingOrder)]
AnyIndex = QModelIndex | QPersistentModelIndex


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (5 - rating) if rating else ""


def review_line(video: Video) -> str:
    """"✔ Picked · ★★★★☆ · seen", "Unreviewed"."""
    review = video.review
    parts = [p for p in (flag_text(review.flag), stars(review.rating)) if p]
    if not parts:
        parts.append(QCoreApplication.translate("LibraryColumns", "Unreviewed"))
    if review.seen:
        parts.append(QCoreApplication.translate("LibraryColumns", "seen",
                                                "after a video's review: watched"))
    return " · ".join(parts)


class LibraryModel(QAbstractTableModel):
    """Videos in store order; ``VideoRole`` gives the :class:`Video`."""

    def __init__(self, thumbnails: Thumbnailer, parent: QObject | None = None,
                 durations: Durations | None = None) -> None:
        super().__init__(parent)
        self._videos: list[Video] = []
        self._rows: dict[int, int] = {}
        self._by_song: dict[str, list[int]] = {}  # song number -> video ids
        self._by_cover: dict[str, list[int]] = {}  # cover path -> video ids
        self._by_file: dict[str, list[int]] = {}  # video path -> video ids
        # The rows are kept in the view's order (the proxy only filters): one Python sort of
        # 10,000 keys instead of ~150,000 lessThan calls from C++ at every start.
        self.sort_by = "date"
        self.sort_order = Qt.SortOrder.DescendingOrder
        self.durations = durations or Durations(self)
        self.durations.ready.connect(self._duration_ready)
        self.covers = Covers(thumbnails, self.tr("Cover file missing"))
        self.marks = FileMarks(self.covers, self._repaint_marks, self)
        thumbnails.ready.connect(self._thumbnail_ready)

    # ------------------------------------------------------------------ reading
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._videos)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS) and \
                role == Qt.ItemDataRole.DisplayRole:
            title = COLUMNS[section].title
            return QCoreApplication.translate("LibraryColumns", title) if title else ""
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._videos):
            return None
        video = self._videos[index.row()]
        if index.column() > 0:
            if role == VideoRole:
                return video
            return column_text(COLUMNS[index.column()].key, video, self.durations, role)
        gone = self.marks.file_state(video.id)
        mark = self.marks.text(gone) if gone else ""
        if role == Qt.ItemDataRole.DisplayRole:
            line = review_line(video)
            return f"{shown(video.display_title)}\n" + (f"{mark} · {line}" if gone else line)
        if role == VideoRole:
            return video
        if role == Qt.ItemDataRole.DecorationRole:
            return self.marks.icon(video, gone) if gone else self.covers.icon(video.cover_path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(self._tooltip(video, mark))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = [video.display_title, self.marks.words(gone) if gone else "",
                    review_line(video)]
            return ", ".join(s for s in said if s)
        return None

    def _tooltip(self, video: Video, mark: str) -> str:
        """The cell's tooltip: the file's mark and path (when it is gone), the title, song
        and video, when it was made, the review and the note."""
        song = fill(self.tr("Song %1 · video %2"), video.song_number, video.video_id) \
            if video.video_id else fill(self.tr("Song %1"), video.song_number)
        lines = [shown(video.display_title), song, stamp(video.created_at), review_line(video)]
        if video.review.note:
            lines.append(f"“{shown(video.review.note, BLOCK)}”")
        text = "\n".join(lines)
        if mark:
            return fill(self.tr("%1: %2\n\n%3", "a file's mark: its path, then the video"),
                        mark, shown(video.video_path, BLOCK), text)
        return text

    def video(self, row: int) -> Video:
        return self._videos[row]

    def row_of(self, video_id: int) -> int | None:
        return self._rows.get(video_id)

    def videos(self) -> list[Video]:
        return list(self._videos)

    def versions(self, song_number: str) -> list[Video]:
        """Every video of this song, oldest first."""
        found = [self._videos[self._rows[i]] for i in self._by_song.get(song_number, ())]
        return sorted(found, key=lambda v: (v.created_at, v.id))

    def _index_songs(self) -> None:
        """Videos by song, by cover and by file (a thumbnail or a duration that arrives
        finds its rows without a scan of every video)."""
        self._by_song, self._by_cover, self._by_file = {}, {}, {}
        for video in self._videos:
            self._index(video)

    def _index(self, video: Video) -> None:
        self._by_song.setdefault(video.song_number, []).append(video.id)
        if video.cover_path:
            self._by_cover.setdefault(video.cover_path, []).append(video.id)
        if video.video_path:
            self._by_file.setdefault(video.video_path, []).append(video.id)

    def _unindex(self, video: Video) -> None:
        for table, key in ((self._by_song, video.song_number),
                           (self._by_cover, video.cover_path),
                           (self._by_file, video.video_path)):
            ids = table.get(key) if key else None
            if ids and video.id in ids:
                ids.remove(video.id)
                if not ids:
                    del table[key]  # type: ignore[arg-type]

    # ------------------------------------------------------------------ order
    def _key(self, video: Video) -> tuple[Any, ...]:
        return sort_key(self.sort_by, video, self.durations)

    def _sorted(self, videos: list[Video]) -> list[Video]:
        return sorted(videos, key=self._key,
                      reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def _before(self, a: Video, b: Video) -> bool:
        """``a`` comes before ``b`` in the current order."""
        ka, kb = self._key(a), self._key(b)
        return ka > kb if self.sort_order == Qt.SortOrder.DescendingOrder else ka < kb

    def _place(self, video: Video, skip: int = -1) -> int:
        """The row ``video`` belongs at (counting the rows without ``skip``)."""
        rows = self._videos if skip < 0 else \
            [v for i, v in enumerate(self._videos) if i != skip]
        lo, hi = 0, len(rows)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._before(rows[mid], video):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def set_order(self, key: str, order: Qt.SortOrder) -> None:
        """Sort the rows; selections and current indexes follow their videos."""
        self.sort_by, self.sort_order = key, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._videos[i.row()].id if 0 <= i.row() < len(self._videos) else None
               for i in persistent]
        self._videos = self._sorted(self._videos)
        self._rows = {v.id: row for row, v in enumerate(self._videos)}
        self.changePersistentIndexList(persistent, [
            self.index(self._rows[i], old.column()) if i is not None else QModelIndex()
            for old, i in zip(persistent, ids, strict=True)])
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ updates
    def reset(self, videos: list[Video]) -> None:
        self.beginResetModel()
        self._videos = self._sorted(list(videos))
        self._rows = {v.id: row for row, v in enumerate(self._videos)}
        self._index_songs()
        self.endResetModel()

    def upsert(self, video: Video) -> None:
        """A video changed (review state, files) or arrived."""
        row = self._rows.get(video.id)
        if row is None:
            row = self._place(video)
            self.beginInsertRows(QModelIndex(), row, row)
            self._videos.insert(row, video)
            self._rows = {v.id: r for r, v in enumerate(self._videos)}
            self._index(video)
            self.endInsertRows()
            return
        old = self._videos[row]
        self._videos[row] = video
        if self._key(old) != self._key(video):  # a rating changed under the rating sort
            to = self._place(video, skip=row)
            if to != row:
                # Qt counts the destination before the move: one more when moving down.
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                                   to + 1 if to > row else to)
                self._videos.insert(to, self._videos.pop(row))
                self._rows = {v.id: r for r, v in enumerate(self._videos)}
                self.endMoveRows()
                row = to
        if (old.song_number, old.cover_path, old.video_path) != \
                (video.song_number, video.cover_path, video.video_path):
            self._index_songs()
        roles = [Qt.ItemDataRole.DisplayRole, VideoRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.AccessibleTextRole]
        if old.cover_path != video.cover_path:
            roles.append(Qt.ItemDataRole.DecorationRole)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1), roles)

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
                # the indexes follow this video alone: a chunk of 200 of a 10,000-video
                # import or rename never re-indexes every row
                self._unindex(self._videos[row])
                self._videos[row] = video
                self._index(video)
                rows.append(row)
        if rows:
            self.covers.forget()  # covers may have moved
            rows.sort()
            start = rows[0]
            last = len(COLUMNS) - 1
            for before, row in zip(rows, [*rows[1:], -1], strict=True):
                if row != before + 1:
                    self.dataChanged.emit(self.index(start, 0), self.index(before, last))
                    start = row
        if fresh:
            # New rows go in at their places in the view's order, one insert per run that
            # lands at one place (an import's videos, all new, usually make one run): no
            # re-sort of every row, which stalled the window for each chunk of an import.
            runs: list[tuple[int, list[Video]]] = []
            for video in self._sorted(fresh):
                at = self._place(video)
                if runs and runs[-1][0] == at:
                    runs[-1][1].append(video)
                else:
                    runs.append((at, [video]))
            for at, run in reversed(runs):  # the later places first: earlier ones hold
                self.beginInsertRows(QModelIndex(), at, at + len(run) - 1)
                self._videos[at:at] = run
                self.endInsertRows()
            self._rows = {v.id: r for r, v in enumerate(self._videos)}
            for video in fresh:
                self._index(video)

    def _thumbnail_ready(self, path: str) -> None:
        self.covers.forget(path)
        self.marks.unmark(path)
        for video_id in self._by_cover.get(path, ()):
            index = self.index(self._rows[video_id], 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _repaint_marks(self, video_ids: Iterable[int]) -> None:
        """The file marks of these videos changed."""
        for video_id in video_ids:
            row = self._rows.get(video_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, FILE_ROLES)

    def _duration_ready(self, path: str) -> None:
        column = next(i for i, c in enumerate(COLUMNS) if c.key == "duration")
        for video_id in self._by_file.get(path, ()):
            index = self.index(self._rows[video_id], column)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])


class LibraryProxy(QSortFilterProxyModel):
    """Filters with a :class:`LibraryFilter`; the order is the model's (by date, title,
    rating or a list column), set through :meth:`set_sort`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = LibraryFilter()
        self.setDynamicSortFilter(True)

    def _model(self) -> LibraryModel:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return model

    def set_filter(self, flt: LibraryFilter) -> None:
        if flt != self.filter:
            self.beginFilterChange()
            self.filter = flt
            self.endFilterChange()

    def set_sort(self, key: str, order: Qt.SortOrder) -> None:
        self._model().set_order(key, order)

    @property
    def sort_key(self) -> str:
        return self._model().sort_by

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._model().sort_order

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return matches(self._model().video(source_row), self.filter)

    def video_at(self, row: int) -> Video | None:
        value = self.data(self.index(row, 0), VideoRole)
        return value if isinstance(value, Video) else None

    def row_of(self, video_id: int) -> int | None:
        """The row the proxy shows this video at, or None (filtered out, unknown)."""
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        row = model.row_of(video_id)
        if row is None:
            return None
        index = self.mapFromSource(model.index(row, 0))
        return index.row() if index.isValid() else None
