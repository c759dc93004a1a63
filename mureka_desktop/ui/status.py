"""Live status: the status bar figures and the pause banner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from mureka_desktop.core.accounts.lanes import LaneStatus
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.scheduler import Status
from mureka_desktop.ui import scheme
from mureka_desktop.ui.engine_words import EngineWords
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import BLOCK, escaped


def human_duration(seconds: float) -> str:
    """"42 s", "3 min 05 s", "2 h 07 min"."""
    seconds = int(round(seconds))
    if seconds < 60:
        return fill(QCoreApplication.translate("Duration", "%1 s"), seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return fill(QCoreApplication.translate("Duration", "%1 min %2 s"), minutes,
                    f"{seconds:02d}")
    hours, minutes = divmod(minutes, 60)
    return fill(QCoreApplication.translate("Duration", "%1 h %2 min"), hours, f"{minutes:02d}")


class StatusBar(QStatusBar):
    """A status bar whose messages stay on one line: a message wider than the room left of
    the permanent labels is elided in the middle (a 1 MB title in "Seen: …" keeps the
    sentence's end, "Ctrl+Z to undo.", and never wraps onto a second, cut-off line)."""

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:  # noqa: N802
        room = (self.width() if self.isVisible() else self.window().width()) - 16
        for widget in self.findChildren(QLabel):
            if widget.isVisible() and widget.parentWidget() is not None:
                room -= widget.width()
        room = max(room, 200)
        if self.fontMetrics().horizontalAdvance(text) > room:
            text = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room)
        super().showMessage(text, timeout or 0)


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

    def update(self, status: Status, per_account: bool = True) -> None:
        """``per_account`` False: the accounts panel shows each account's slots, the status
        bar only the total and the paused accounts (it fits a narrow window)."""
        if status.accounts_text and per_account:  # "A 10/10 · B 7/10 · C paused"
            lanes = " · ".join(self._lane(lane) for lane in status.lanes)
            self.slots.setText(fill(self.tr("Generating %1: %2"), status.in_flight, lanes))
        elif status.window < status.concurrency:  # the window shrank on "all slots busy"
            self.slots.setText(fill(self.tr("Generating %1/%2 (window %3)"), status.in_flight,
                                    status.concurrency, status.window))
        else:
            self.slots.setText(fill(self.tr("Generating %1/%2"), status.in_flight,
                                    status.concurrency))
        paused = [lane.account for lane in status.lanes if lane.paused and lane.account]
        if paused and status.accounts_text and not per_account:
            self.slots.setText(fill(self.tr("%1 · paused: %2", "%2: Mureka accounts"),
                                    self.slots.text(), ", ".join(paused)))
        c = status.counts
        queued = c[State.QUEUED] + c[State.CHECKING]
        if status.paused is not None and status.paused.kind == "offline":
            self.next_call.setText(self.tr("Offline: waiting for the API"))
        elif status.paused is not None:
            self.next_call.setText(self.tr("Paused"))
        elif not status.running:
            self.next_call.setText(self.tr("Stopped"))
        elif status.waiting:  # the queue runs; only these accounts' songs wait
            parts = [fill(self.tr("account %1 paused (%n song(s))", "", n), account)
                     for account, n in status.waiting]
            self.next_call.setText(fill(self.tr("Running · %1", "%1: the paused accounts"),
                                        " · ".join(parts)))
        elif not queued:
            self.next_call.setText(self.tr("Nothing queued"))
        elif status.next_call_in > 0.05:
            self.next_call.setText(fill(self.tr("Next call in %1 s"),
                                        f"{status.next_call_in:.1f}"))
        else:
            self.next_call.setText(self.tr("Next call: now"))
        n_done, n_failed = c[State.DONE], c[State.FAILED]
        done = self.tr("%n done", "", n_done)
        failed = self.tr("%n failed", "", n_failed)
        waiting = self.tr("%n queued", "", queued)
        self.counts.setText(f"{done} · {failed} · {waiting}")
        self.eta.setText(self.tr("ETA —") if status.eta_seconds is None
                         else fill(self.tr("ETA %1"), human_duration(status.eta_seconds)))


    def _lane(self, lane: LaneStatus) -> str:
        """One account's slots ("A 7/10") or "A paused", as the core's accounts_text."""
        label = lane.account or self.tr("default", "the songs whose account is not known")
        if lane.paused:
            return fill(self.tr("%1 paused", "%1: a Mureka account"), label)
        return fill(self.tr("%1 %2/%3", "a Mureka account, its generations/its slots"), label,
                    lane.in_flight, lane.window)


class Banner(QFrame):
    """Over the table when the queue paused on a problem: why, and the fix."""

    fix_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)  # our bold; the reason escaped
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setMinimumWidth(200)  # a long word in a reason never widens the window
        self._restyle()
        self._kind = ""
        self.words = EngineWords(self)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.fix_requested.emit(self._kind))
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self.hide()

    def _restyle(self) -> None:
        """The scheme's text colour on the message (the frame is painted, not styled: a
        style sheet would fix the palette and the banner would miss the scheme's changes)."""
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         QColor(scheme.colours(self.palette()).banner_text))
        self.message.setPalette(palette)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in scheme.PALETTE_EVENTS and hasattr(self, "message"):
            self._restyle()  # light or dark: the banner's own colours follow

    def paintEvent(self, event: QPaintEvent) -> None:
        c = scheme.colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(c.banner_border))
        painter.setBrush(QColor(c.banner_back))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()

    @property
    def kind(self) -> str:
        """What the banner shows ("auth", "offline"...), empty while hidden."""
        return "" if self.isHidden() else self._kind

    def show_reason(self, reason: PauseReason) -> None:
        self._kind = reason.kind
        said = escaped(self.words.say(reason.message), BLOCK)
        # Offline is a wait, not a pause the user must end: its text says it carries on.
        # One account's songs wait (the reason names it); the other accounts carry on.
        heading = self.tr("<b>Account paused.</b> %1") if reason.account else \
            self.tr("<b>Queue paused.</b> %1")
        self.message.setText(said if reason.kind == "offline" else fill(heading, said))
        self.button.setText(self.tr("Open Settings") if reason.kind == "auth"
                            else self.tr("Try now") if reason.kind == "offline"
                            else self.tr("Resume"))
        self.show()
