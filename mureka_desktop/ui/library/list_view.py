"""The detail list: the library's videos as rows with columns (title, song, date, duration,
flag, rating, seen, size), over the grid's proxy and sharing its selection, so the current
video, the triage keys and the filters are the same in both views."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from mureka_desktop.ui.library.columns import COLUMN_OF, COLUMNS, FIRST_ORDER
from mureka_desktop.ui.library.model import LibraryProxy

_WIDTHS = {"song": 110, "date": 130, "duration": 70, "flag": 100, "rating": 80, "seen": 56,
           "size": 80}


class LibraryList(QTreeView):
    """Header clicks sort through the proxy (the same sort the grid's Sort box sets);
    ``sorted_by(key, order)`` says so."""

    sorted_by = Signal(str, Qt.SortOrder)

    def __init__(self, proxy: LibraryProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryList")
        self.setAccessibleName(self.tr("Videos"))
        self.setModel(proxy)
        self.proxy = proxy
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        self.setItemsExpandable(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setColumnHidden(0, True)  # the grid's cell
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_OF["title"], QHeaderView.ResizeMode.Stretch)
        for key, width in _WIDTHS.items():  # never narrower than the header's words
            self.setColumnWidth(COLUMN_OF[key],
                                max(width, header.sectionSizeHint(COLUMN_OF[key])))
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._clicked)
        self.show_sort(proxy.sort_key, proxy.sort_order)

    def _clicked(self, column: int) -> None:
        key = COLUMNS[column].key
        if key == "grid":
            return
        order = FIRST_ORDER.get(key, Qt.SortOrder.AscendingOrder)
        if key == self.proxy.sort_key:  # a second click turns the order round
            order = Qt.SortOrder.AscendingOrder \
                if self.proxy.sort_order == Qt.SortOrder.DescendingOrder \
                else Qt.SortOrder.DescendingOrder
        self.proxy.set_sort(key, order)
        self.show_sort(key, order)
        self.sorted_by.emit(key, order)
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current)

    def show_sort(self, key: str, order: Qt.SortOrder) -> None:
        header = self.header()
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_OF.get(key, COLUMN_OF["date"]), order)
        header.blockSignals(False)
