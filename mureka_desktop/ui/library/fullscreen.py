"""Full screen for the library's player: the pane's own video widget moves into a window of
its own and comes back on leaving (the player, its source and its position are untouched: no
new QMediaPlayer). The library's keys are actions of this window too, so Space, the seek keys,
M and the triage keys work here; Esc, F or Enter leave. Moving the mouse shows the controls
(the seek bar, which a click jumps along, and the time) for a few seconds.

The mouse is followed with a slow timer on the cursor's position while the window shows (the
video is a native window of its own: its mouse moves never reach this widget), and with this
widget's own mouse moves."""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QCursor, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mureka_desktop.ui.cover_view import clock
from mureka_desktop.ui.preview import PreviewPane
from mureka_desktop.ui.seek_slider import SeekSlider
from mureka_desktop.ui.text import ElidedLabel, tip

CONTROLS_MS = 3000  # the controls stay this long after the mouse stops


class FullScreenVideo(QWidget):
    """``left`` when the window gives the video back (a key, or closed by the desktop)."""

    left = Signal()

    def __init__(self, actions: list[QAction]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("libraryFullScreen")
        self.setWindowTitle(self.tr("Mureka Desktop — full screen"))
        self.setStyleSheet("#libraryFullScreen { background: black; } "
                           "#fullScreenCaption { color: #dadce0; font-size: 14px; "
                           "padding: 6px 12px; background: #202124; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pane: PreviewPane | None = None
        self._index = 0
        self.caption = ElidedLabel()  # a title from the server: elided, never wider
        self.caption.setObjectName("fullScreenCaption")
        self.hint = QLabel(self.tr("Space play / pause · Shift+←/→ or J/L seek 5 s · "
                                   "←/→ other video · M mute · P / X / 1–5 decide · "
                                   "Esc leave"))
        self.hint.setObjectName("fullScreenCaption")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(0)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.hint)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)
        self.box.addLayout(bar)
        # the controls, under the video, while the mouse moves
        self.controls = QWidget()
        self.controls.setObjectName("fullScreenControls")
        self.controls.setStyleSheet("#fullScreenControls { background: #202124; } "
                                    "#fullScreenControls QLabel { color: #dadce0; }")
        self.seek = SeekSlider()
        self.seek.setToolTip(self.tr("Seek"))
        self.seek.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the window's
        self.seek.sliderMoved.connect(self._seek)
        self.time_label = QLabel()
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.seek, 1)
        row.addWidget(self.time_label)
        self.box.addWidget(self.controls)
        self.controls.hide()
        self._hide_controls = QTimer(self)
        self._hide_controls.setSingleShot(True)
        self._hide_controls.setInterval(CONTROLS_MS)
        self._hide_controls.timeout.connect(self.controls.hide)
        self._cursor = QPoint()
        self._watch_cursor = QTimer(self)
        self._watch_cursor.setInterval(200)
        self._watch_cursor.timeout.connect(self._cursor_moved)
        self.setMouseTracking(True)
        for action in actions:
            self.addAction(action)

    @property
    def active(self) -> bool:
        return self.pane is not None

    def enter(self, pane: PreviewPane, caption: str) -> bool:
        """Show ``pane``'s video full screen; False when it has none to show."""
        if self.pane is not None or pane.source().isEmpty():
            return False
        self.pane = pane
        _no_focus(pane.video)
        self._index = pane.stack.indexOf(pane.video)
        pane.stack.removeWidget(pane.video)
        self.box.insertWidget(0, pane.video, 1)
        pane.video.show()
        self.set_caption(caption)
        screen = pane.screen()
        if screen is not None:  # the whole screen even with no window manager to ask
            self.setGeometry(screen.geometry())
        pane.seek.rangeChanged.connect(self._follow_range)
        pane.seek.valueChanged.connect(self._follow_value)
        self._follow_range(pane.seek.minimum(), pane.seek.maximum())
        self._follow_value(pane.seek.value())
        self.showFullScreen()
        self.activateWindow()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._cursor = QCursor.pos()
        self._watch_cursor.start()
        return True

    # ------------------------------------------------------------------ controls
    def show_controls(self) -> None:
        """The seek bar and the time, for :data:`CONTROLS_MS` after the last mouse move."""
        if self.pane is None:
            return
        self.controls.show()
        self._hide_controls.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.show_controls()
        super().mouseMoveEvent(event)

    def _cursor_moved(self) -> None:
        where = QCursor.pos()
        if where != self._cursor:
            self._cursor = where
            self.show_controls()

    def _follow_range(self, low: int, high: int) -> None:
        self.seek.setRange(low, high)

    def _follow_value(self, ms: int) -> None:
        if not self.seek.isSliderDown():
            self.seek.setValue(ms)
        duration = self.seek.maximum()
        self.time_label.setText(f"{clock(ms)} / {clock(duration)}" if duration else "")

    def _seek(self, ms: int) -> None:
        pane = self.pane
        if pane is not None and not pane.source().isEmpty():
            pane._call("setPosition", Q_ARG("qlonglong", ms))
            pane.seek.setValue(ms)
        self.show_controls()

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setToolTip(tip(text))

    def leave(self) -> None:
        pane, self.pane = self.pane, None
        if pane is None:
            return
        self._watch_cursor.stop()
        self._hide_controls.stop()
        self.controls.hide()
        pane.seek.rangeChanged.disconnect(self._follow_range)
        pane.seek.valueChanged.disconnect(self._follow_value)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # the focus must not go back with it
        self.box.removeWidget(pane.video)
        pane.stack.insertWidget(self._index, pane.video)
        pane.stack.setCurrentWidget(pane.video)
        _no_focus(pane.video)
        self.left.emit()  # the main window takes the focus back first
        self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.leave()
        super().closeEvent(event)


def _no_focus(video: QWidget) -> None:
    """The video widget's own child (a window container) takes the focus when it is shown
    again, and the keys would go with it: it never needs it."""
    for child in video.findChildren(QWidget):
        child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
