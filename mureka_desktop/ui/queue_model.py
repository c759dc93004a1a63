"""The queue table: a list model over the store, updated in coalesced batches."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from mureka_desktop.core.engine.queries import QueueQuery
from mureka_desktop.core.ids.parse import song_number
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.ui import scheme
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import LINE, shown, tip

Index = QModelIndex | QPersistentModelIndex

COL_POSITION, COL_SONG, COL_STATE, COL_ATTEMPTS, COL_PROGRESS, COL_VIDEO, COL_ERROR = range(7)
COLUMNS = COL_ERROR + 1
ItemRole = Qt.ItemDataRole.UserRole
ProgressRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

STATE_COLORS = {
    State.QUEUED: "#9aa0a6", State.CHECKING: "#8ab4f8", State.GENERATING: "#1a73e8",
    State.DOWNLOADING: "#12a4af", State.DONE: "#1e8e3e", State.FAILED: "#d93025",
    State.CANCELLED: "#5f6368",
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ERROR_COLORS = {False: QColor(scheme.LIGHT.error), True: QColor(scheme.DARK.error)}


def state_words() -> dict[State, str]:
    """Each state in words, translated: the table's State column and the detail pane say it
    (the coloured dot beside it is decoration, never the only sign)."""
    return {
        State.QUEUED: QCoreApplication.translate("State", "Queued"),
        State.CHECKING: QCoreApplication.translate("State", "Checking"),
        State.GENERATING: QCoreApplication.translate("State", "Generating"),
        State.DOWNLOADING: QCoreApplication.translate("State", "Downloading"),
        State.DONE: QCoreApplication.translate("State", "Done"),
        State.FAILED: QCoreApplication.translate("State", "Failed"),
        State.CANCELLED: QCoreApplication.translate("State", "Cancelled"),
    }


def state_icon(state: State, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATE_COLORS[state]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class QueueModel(QAbstractTableModel):
    """Rows are the queue's items in queue order (read through :class:`QueueQuery`);
    ``UserRole`` returns the :class:`Item`."""

    def __init__(self, query: QueueQuery, progress: dict[int, Any] | None = None,
                 parent: Any = None, expected_generation: Callable[[], float] = lambda: 45.0,
                 now: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._query = query
        self._progress = progress if progress is not None else {}
        self._expected = expected_generation
        self._now = now
        self._generating: set[int] = set()
        self._items: list[Item] = []
        self._rows: dict[int, int] = {}
        self._dirty: set[int] = set()
        self._icons = {state: state_icon(state) for state in State}
        # Translated once: data() runs thousands of times a repaint.
        self._state_words = state_words()
        self._headers = ["#", self.tr("Song"), self.tr("State"), self.tr("Tries"),
                         self.tr("Progress"), self.tr("Video id"), self.tr("Last error")]
        self._seconds = self.tr("%1 s", "seconds a generation has run")
        self._roles: dict[int, Callable[[Item, int, int], Any]] = {
            Qt.ItemDataRole.DisplayRole: self._display,
            ItemRole: lambda item, row, col: item,
            SortRole: self._sort_key,
            ProgressRole: self._progress_role,
            Qt.ItemDataRole.DecorationRole: self._decoration,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
        }
        self._flush = QTimer(self)
        self._flush.setInterval(100)
        self._flush.setSingleShot(True)
        self._flush.timeout.connect(self.flush)
        self._stopped = False
        self.reload()

    def stop(self) -> None:
        """Detach from the store for good (the window is shutting down)."""
        self._stopped = True
        self._flush.stop()

    # ------------------------------------------------------------------ updates
    def reload(self) -> None:
        """Re-read every item: for reorderings (requeue, regenerate) and at start."""
        self.beginResetModel()
        self._items = self._query.all_items()
        self._rows = {item.id: row for row, item in enumerate(self._items)}
        self._generating = {i.id for i in self._items if i.state == State.GENERATING}
        self._dirty.clear()
        self.endResetModel()

    def append_new(self) -> None:
        """Insert the rows of items added since the last read, without re-reading the rest."""
        fresh = self._query.items_after(max(self._rows, default=0))
        if not fresh:
            return
        start = len(self._items)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        for row, item in enumerate(fresh, start):
            self._items.append(item)
            self._rows[item.id] = row
            if item.state == State.GENERATING:
                self._generating.add(item.id)
        self.endInsertRows()

    def drop_removed(self, candidates: list[int]) -> None:
        """Remove the rows of those ``candidates`` that are no longer in the store."""
        gone = set(candidates) - self._query.present(candidates)
        rows = sorted(self._rows[i] for i in gone if i in self._rows)
        for start, end in reversed(_ranges(rows)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._items[start:end + 1]
            self.endRemoveRows()
        if rows:
            self._rows = {item.id: row for row, item in enumerate(self._items)}
            self._generating -= gone

    def item_ids(self, states: tuple[State, ...]) -> list[int]:
        return [item.id for item in self._items if item.state in states]

    def mark_dirty(self, item_id: int) -> None:
        """Called per scheduler event; the model refreshes at most every 100 ms."""
        if self._stopped:
            return
        self._dirty.add(item_id)
        if not self._flush.isActive():
            self._flush.start()

    def flush(self) -> None:
        if self._stopped:
            return
        dirty, self._dirty = self._dirty, set()
        missing = False
        rows: list[int] = []
        for item_id in dirty:
            row = self._rows.get(item_id)
            fresh = self._query.get(item_id)
            if row is None or fresh is None:
                missing = True
                continue
            self._items[row] = fresh
            rows.append(row)
            if fresh.state == State.GENERATING:
                self._generating.add(item_id)
            else:
                self._generating.discard(item_id)
        if missing:
            self.reload()
            return
        for start, end in _ranges(sorted(rows)):
            self.dataChanged.emit(self.index(start, 0), self.index(end, COLUMNS - 1))

    def refresh_progress(self) -> None:
        """Repaint the progress column of rows that are generating or downloading."""
        live = set(self._progress) | self._generating
        rows = sorted(self._rows[i] for i in live if i in self._rows)
        for start, end in _ranges(rows):
            self.dataChanged.emit(self.index(start, COL_PROGRESS), self.index(end, COL_PROGRESS),
                                  [Qt.ItemDataRole.DisplayRole, ProgressRole])

    def size(self) -> int:
        """The number of rows, in Python (rowCount goes through Qt)."""
        return len(self._items)

    def item_at(self, row: int) -> Item:
        return self._items[row]

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """As Qt's, in one Python call: the filter asks for a source index for every cell it
        paints, and Qt's own would call rowCount and columnCount back in Python each time."""
        if 0 <= row < len(self._items) and 0 <= column < COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called thousands of times per repaint: dispatch on the role first.
        handler = self._roles.get(role)
        if handler is None:
            return None
        row = index.row()  # an invalid index's row is -1
        if not 0 <= row < len(self._items):
            return None
        return handler(self._items[row], row, index.column())

    def painted(self, item: Item, col: int) -> tuple[str, QIcon | None, int | None,
                                                       QColor | None]:
        """What the table's delegate paints of ``item``'s cell, in one Python call (Qt would
        ask data() seven times a cell, each through the filter): its text, icon, alignment
        and colour."""
        if col == COL_STATE:
            return self._state_words[item.state], self._icons[item.state], None, None
        row = self._rows.get(item.id, 0)
        text = self._display(item, row, col)
        return ("" if text is None else str(text), None,
                _RIGHT if col in (COL_POSITION, COL_ATTEMPTS) else None,
                self._foreground(item, row, col) if col == COL_ERROR else None)

    def fraction(self, item: Item) -> float | None:
        """The progress bar's fill (None: no bar)."""
        return self._fraction(item)

    def _tooltip(self, item: Item, row: int, col: int) -> Any:
        if col == COL_ERROR and item.last_error:
            return tip(item.last_error)
        if col == COL_SONG:
            return tip(f"{item.song_id}\n{item.title}" if item.title else item.song_id)
        return None

    def _decoration(self, item: Item, row: int, col: int) -> Any:
        return self._icons[item.state] if col == COL_STATE else None

    def _alignment(self, item: Item, row: int, col: int) -> Any:
        return _RIGHT if col in (COL_POSITION, COL_ATTEMPTS) else None

    def _foreground(self, item: Item, row: int, col: int) -> Any:
        if col == COL_ERROR and item.state == State.FAILED:
            return _ERROR_COLORS[scheme.is_dark()]  # readable on a light or a dark base
        return None

    def _progress_role(self, item: Item, row: int, col: int) -> Any:
        return self._fraction(item) if col == COL_PROGRESS else None

    def _fraction(self, item: Item) -> float | None:
        live = self._progress.get(item.id)
        if live is not None:
            done, total = live.total()
            return done / total if total else 0.0
        if item.state == State.GENERATING and item.generation_started_at:
            # No progress comes from the API: show the time against the expected duration.
            elapsed = max(0.0, self._now() - item.generation_started_at)
            return min(0.95, elapsed / max(1.0, self._expected()))
        return None

    def _display(self, item: Item, row: int, col: int) -> Any:
        if col == COL_POSITION:
            return row + 1
        if col == COL_SONG:
            number = song_number(item.song_id)
            return f"{number} · {shown(item.title)}" if item.title else number
        if col == COL_STATE:
            return self._state_words[item.state]
        if col == COL_ATTEMPTS:
            return item.attempts
        if col == COL_PROGRESS:
            fraction = self._fraction(item)
            if fraction is None:
                return ""
            if item.id not in self._progress and item.generation_started_at:
                return fill(self._seconds,
                            f"{max(0.0, self._now() - item.generation_started_at):.0f}")
            return f"{fraction:.0%}"
        if col == COL_VIDEO:
            return item.video_id or ""
        if col == COL_ERROR:
            return shown(item.last_error[:LINE].splitlines()[0]) if item.last_error else ""
        return None

    def _sort_key(self, item: Item, row: int, col: int) -> Any:
        if col == COL_POSITION:
            return row
        if col == COL_ATTEMPTS:
            return item.attempts
        if col == COL_PROGRESS:
            return self._fraction(item) or 0.0
        if col == COL_STATE:
            return list(State).index(item.state)
        return str(self._display(item, row, col))


class QueueFilter(QSortFilterProxyModel):
    """Sorts on typed keys and filters by state and by text in song or error."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._states: set[State] | None = None
        self._text = ""
        self._sort_column = -1

    def set_states(self, states: set[State] | None) -> None:
        self.beginFilterChange()
        self._states = states
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By position, ascending, is the model's own order (the store keeps the queue by
        position): no comparisons then. Sorting 10,000 rows through Python took 0.6 s, at
        every start and every restore of the header."""
        if column == COL_POSITION and order == Qt.SortOrder.AscendingOrder:
            column = -1
        self._sort_column = column
        super().sort(column, order)

    def identity(self) -> bool:
        """Unsorted and unfiltered: a row here is the same row of the model (the table's
        delegate asks for every cell it paints, without a call into Qt)."""
        return self._states is None and not self._text and self._sort_column < 0

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, QueueModel):
            return True
        item = model.item_at(source_row)
        if self._states is not None and item.state not in self._states:
            return False
        needle = self._text
        if not needle:
            return True
        return needle in item.song_id.lower() or needle in (item.title or "").lower() or \
            needle in (item.last_error or "").lower()


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and row == out[-1][1] + 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out
