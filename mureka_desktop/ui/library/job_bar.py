"""The status bar's file-job line: what the library's file job under way is doing (renaming
1,200 of 10,000), how many wait behind it, and Cancel (the unit under way finishes; the rest
is left for a later run). It follows the engine's :class:`events.FileJobProgress`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from mureka_desktop.core.model import events as ev
from mureka_desktop.ui.i18n import fill

_DOING = {
    "rename": str(QT_TRANSLATE_NOOP("JobBar", "Renaming")),
    "trash": str(QT_TRANSLATE_NOOP("JobBar", "Moving to the trash")),
    "export": str(QT_TRANSLATE_NOOP("JobBar", "Exporting picks")),
    "import": str(QT_TRANSLATE_NOOP("JobBar", "Importing")),
    "locate": str(QT_TRANSLATE_NOOP("JobBar", "Linking")),
}


class JobBar(QWidget):
    def __init__(self, cancel: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileJobBar")
        self.text = QLabel()
        self.text.setObjectName("fileJobText")
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("fileJobCancel")
        self.cancel.setToolTip(self.tr("Stop after the file being moved now; the rest is "
                                       "left as it is, to run again later"))
        self.cancel.clicked.connect(cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def _doing(self, kind: str) -> str:
        return QCoreApplication.translate("JobBar", _DOING[kind]) if kind in _DOING else kind

    def on_progress(self, event: ev.FileJobProgress) -> None:
        if event.finished and not event.waiting:
            self.hide()
            return
        text = fill(self.tr("%1: %2 of %3"), self._doing(event.kind), str(event.done),
                    str(event.total)) if event.total else self._doing(event.kind) + "…"
        if event.waiting:
            text += " " + self.tr("(%n more waiting)", "", event.waiting)
        self.text.setText(text)
        self.bar.setRange(0, max(event.total, 1))
        self.bar.setValue(event.done)
        self.cancel.setEnabled(not event.finished)
        self.show()
