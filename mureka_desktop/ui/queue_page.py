"""The Queue tab: the banner, the queue table over its model and filter, the empty-list hint,
and the preview beside them. Layout only: the window wires the actions and the events."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mureka_desktop.core.engine.queue import Queue
from mureka_desktop.ui.delegates import ProgressDelegate, QueueDelegate
from mureka_desktop.ui.preview import PreviewPane
from mureka_desktop.ui.queue_model import (
    COL_ERROR,
    COL_PROGRESS,
    COL_SONG,
    COL_STATE,
    QueueFilter,
    QueueModel,
)
from mureka_desktop.ui.status import Banner


class QueuePage(QWidget):
    def __init__(self, queue: Queue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(queue.query, queue.progress, self,
                                expected_generation=queue.expected_generation)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = table = QTableView()
        table.setObjectName("queueTable")
        table.setModel(self.proxy)
        # Position ascending first (the model's own order: nothing to compare), not the
        # header's default of descending.
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.setItemDelegate(QueueDelegate(self.proxy, self.model, table))  # fast to paint
        table.setItemDelegateForColumn(COL_PROGRESS,
                                       ProgressDelegate(self.proxy, self.model, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_ERROR, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 48), (COL_SONG, 260), (COL_STATE, 120), (3, 50),
                           (COL_PROGRESS, 110), (5, 120)):
            # never narrower than its header's words (longer in German: "Versuche")
            table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.empty_hint = QLabel(self.tr("Drop song ids, links or .txt / .csv / .json files "
                                         "here,\nor press Ctrl+V to paste, or Ctrl+N to type "
                                         "them."), table.viewport())
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("#emptyHint { color: #80868b; font-size: 15px; }")
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.update_empty_hint)
        self.preview = PreviewPane()
        self.banner = Banner()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.banner)
        left_layout.addWidget(table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def update_empty_hint(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_hint.setVisible(empty)
        if empty:
            self.empty_hint.resize(self.table.viewport().size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_empty_hint()

    def restore_state(self, splitter: object, columns: object) -> None:
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if isinstance(columns, QByteArray):
            self.table.horizontalHeader().restoreState(columns)
