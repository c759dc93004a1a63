"""Live status: the status bar figures and the pause banner."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStatusBar,
    QWidget,
)

from mureka_desktop.core.config import PauseReason
from mureka_desktop.core.scheduler import Status
from mureka_desktop.core.store import State


def human_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class StatusPanel(QObject):
    """Permanent labels in the status bar, refreshed from :class:`Status`."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.slots = QLabel()
        self.next_call = QLabel()
        self.counts = QLabel()
        self.eta = QLabel()
        for label in (self.slots, self.next_call, self.counts, self.eta):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def update(self, status: Status) -> None:
        self.slots.setText(f"Generating {status.in_flight}/{status.concurrency}"
                           + (f" (window {status.window})" if status.window <
                              status.concurrency else ""))
        c = status.counts
        queued = c[State.QUEUED] + c[State.CHECKING]
        if status.paused is not None:
            self.next_call.setText("Paused")
        elif not status.running:
            self.next_call.setText("Stopped")
        elif not queued:
            self.next_call.setText("Nothing queued")
        elif status.next_call_in > 0.05:
            self.next_call.setText(f"Next call in {status.next_call_in:.1f} s")
        else:
            self.next_call.setText("Next call: now")
        n_done, n_failed = c[State.DONE], c[State.FAILED]
        done = self.tr("%n done", "", n_done)
        failed = self.tr("%n failed", "", n_failed)
        waiting = self.tr("%n queued", "", queued)
        self.counts.setText(f"{done} · {failed} · {waiting}")
        self.eta.setText("ETA —" if status.eta_seconds is None
                         else f"ETA {human_duration(status.eta_seconds)}")


class Banner(QFrame):
    """Over the table when the queue paused on a problem: why, and the fix."""

    fix_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet("#banner { background: #fce8e6; border: 1px solid #d93025;"
                           " border-radius: 4px; } #banner QLabel { color: #5f2120; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._kind = ""
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.fix_requested.emit(self._kind))
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_reason(self, reason: PauseReason) -> None:
        self._kind = reason.kind
        self.message.setText(f"<b>Queue paused.</b> {reason.message}")
        self.button.setText("Open Settings" if reason.kind == "auth" else "Resume")
        self.show()
