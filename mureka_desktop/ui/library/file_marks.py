"""Which videos of the library have lost their file, as the model shows it: the row's words
("⚠ File missing", "♻ In the trash") and its cover, dimmed under a band. The states come from a
scan off the UI thread (ui/library/file_state.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from mureka_desktop.core.model.videos import Video
from mureka_desktop.ui.library.thumbnails import Covers

# A video whose file is not on disk (ui/library/file_state.py finds them off the UI thread)
FILE_MISSING = "missing"
FILE_TRASHED = "trashed"
FILE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
              Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole]  # a mark


class FileMarks(QObject):
    """The file state of each video (``FILE_MISSING``, ``FILE_TRASHED`` or none) and the
    marks its row shows; held by LibraryModel (``model.marks``). ``repaint`` is the model's:
    it repaints the rows of these video ids."""

    def __init__(self, covers: Covers, repaint: Callable[[Iterable[int]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._covers = covers
        self._repaint = repaint
        self._files: dict[int, str] = {}  # video id -> FILE_MISSING / FILE_TRASHED
        self._marked: dict[tuple[str, str], QIcon] = {}

    def text(self, state: str) -> str:
        return self.tr("⚠ File missing") if state == FILE_MISSING else \
            self.tr("♻ In the trash")

    def words(self, state: str) -> str:
        """The mark without its sign, for a screen reader."""
        return self.tr("File missing") if state == FILE_MISSING else self.tr("In the trash")

    def icon(self, video: Video, state: str) -> QIcon:
        """The cover, dimmed, with a band saying the file is missing (or in the trash); a
        plain card when there is no cover either. Never a black box."""
        base = self._covers.icon(video.cover_path)
        loading = base is self._covers.loading
        key = (video.cover_path or "", state)
        if not loading and key in self._marked:
            return self._marked[key]
        size = self._covers.size
        pixmap = QPixmap(size)
        pixmap.fill(QColor("#5f6368"))
        painter = QPainter(pixmap)
        if not self._covers.is_card(base):
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
                         else self.tr("♻ In the trash"))
        painter.end()
        icon = QIcon(pixmap)
        if not loading:
            self._marked[key] = icon
        return icon

    def file_state(self, video_id: int) -> str | None:
        """FILE_MISSING, FILE_TRASHED, or None when the file is there (or not checked yet)."""
        return self._files.get(video_id)

    def missing_count(self) -> int:
        """Videos whose file is missing; those moved to the trash are not missing."""
        return sum(state == FILE_MISSING for state in self._files.values())

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
        self._repaint(video_ids)

    def unmark(self, cover_path: str) -> None:
        """A cover changed: its marked versions are painted afresh."""
        for state in (FILE_MISSING, FILE_TRASHED):
            self._marked.pop((cover_path, state), None)
