"""Which videos of the library have lost their file, found off the UI thread, and the bar
that says so in the detail pane (with Locate…).

A scan stats every video's file in a worker thread (10,000 in a few tens of milliseconds) and
hands the model the ids whose file is gone; it runs when the videos change and whenever the
app comes back to the foreground (files are moved while one is away). Scans coalesce: a new
one replaces the one under way.
"""

from __future__ import annotations

import asyncio
import time

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mureka_desktop.core.library.files import PAUSE
from mureka_desktop.core.library.jobs.check import file_states
from mureka_desktop.core.model.videos import Video
from mureka_desktop.core.runtime.tasks import TaskOwner
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.library.file_marks import FILE_MISSING, FILE_TRASHED
from mureka_desktop.ui.library.model import LibraryModel
from mureka_desktop.ui.text import BLOCK, plain, shown

RESCAN_MS = 10_000  # files changed behind the app's back show within this
# Rows told to the views per turn of the event loop: steps of this many, for at most this
# long (the proxy re-sorts each row: 300 at once took 20-40 ms with a file job running).
_REPAINT_STEP = 10
_REPAINT_SECONDS = 0.004


def _states(videos: list[Video]) -> tuple[dict[int, str], list[Video]]:
    """Runs in a worker thread: the videos whose file is gone, and whether to the trash (the
    core's check, as ``mureka-desktop library check`` makes it); the videos put back from
    the trash."""
    missing, trashed, restored = file_states(videos)
    states = dict.fromkeys(missing, FILE_MISSING)
    states.update(dict.fromkeys(trashed, FILE_TRASHED))
    return states, restored


class FileStates(QObject):
    """Keeps ``model``'s missing marks current; ``scanned`` after each scan."""

    scanned = Signal()
    restored = Signal(list)  # videos marked trashed whose file is back: list[Video]

    def __init__(self, model: LibraryModel, parent: QObject | None = None,
                 delay_ms: int = 150) -> None:
        super().__init__(parent)
        self.model = model
        self._tasks = TaskOwner("file-states")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self.scans = 0
        # Files deleted or moved while the app runs (a file manager, a shell): looked at
        # again every few seconds while the app is in front, off the UI thread.
        self._again = QTimer(self)
        self._again.setInterval(RESCAN_MS)
        self._again.timeout.connect(self._rescan)
        self._again.start()
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(self.schedule)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.schedule()

    def _rescan(self) -> None:
        app = QGuiApplication.instance()
        active = not isinstance(app, QGuiApplication) or \
            app.applicationState() == Qt.ApplicationState.ApplicationActive
        if active and self.model.rowCount() and not self._tasks.running("scan"):
            self.schedule()

    def schedule(self) -> None:
        """Scan soon (many calls in a burst make one scan)."""
        self._timer.start()

    def _start(self) -> None:
        # a copy of the list only: the videos are immutable, the worker reads them
        scan = self._scan(self.model.videos())
        try:
            self._tasks.replace("scan", scan)
        except RuntimeError:  # no event loop any more (the app is closing): nothing to scan
            scan.close()
            self._again.stop()

    async def _scan(self, videos: list[Video]) -> None:
        states, restored = await asyncio.to_thread(_states, videos)
        if restored:
            self.restored.emit(restored)
        changed = self.model.marks.set_file_states(states, notify=False)
        self.scans += 1
        self.scanned.emit()  # the count and the detail pane's bar at once; the rows follow
        start = 0
        try:
            while start < len(changed):
                began = time.perf_counter()
                while start < len(changed) and time.perf_counter() - began < _REPAINT_SECONDS:
                    self.model.marks.file_states_shown(changed[start:start + _REPAINT_STEP])
                    start += _REPAINT_STEP
                await asyncio.sleep(PAUSE)
        except asyncio.CancelledError:  # a newer scan: the rows changed here still repaint
            self.model.marks.file_states_shown(changed[start:])
            raise

    async def close(self) -> None:
        self._timer.stop()
        self._again.stop()
        await self._tasks.close()


class MissingBar(QFrame):
    """"The video file is missing" (or in the trash), with the path and Locate…"""

    locate_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingBar")
        self.setStyleSheet("#missingBar { background: #fce8e6; border: 1px solid #f5c2bd; "
                           "border-radius: 4px; } #missingBar QLabel { color: #a50e0e; }")
        self.text = plain(QLabel())  # a path from the disk, as text
        self.text.setObjectName("missingText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.locate = QPushButton(self.tr("Locate…"))
        self.locate.setObjectName("missingLocate")
        self.locate.setToolTip(self.tr("Pick the file where it is now"))
        self.locate.clicked.connect(self._locate)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.locate)
        self.video_id: int | None = None
        self.hide()

    def show_for(self, video: Video | None, state: str | None) -> None:
        self.video_id = None if video is None else video.id
        if video is None or state is None:
            self.hide()
            return
        if state == FILE_TRASHED and video.trashed_at is not None:
            day = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(video.trashed_at)),
                                     QLocale.FormatType.ShortFormat)
            text = fill(self.tr("Moved to the trash on %1: restore it from the system trash, "
                                "or locate the file."), day)
        else:
            text = fill(self.tr("The video file is missing: %1"),
                        shown(video.video_path, BLOCK) or self.tr("no file was recorded"))
        self.text.setText("⚠ " + text)
        self.show()

    def _locate(self) -> None:
        if self.video_id is not None:
            self.locate_requested.emit(self.video_id)
