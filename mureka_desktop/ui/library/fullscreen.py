"""Full screen for the library's player: the pane's own video widget moves into a window of
its own and comes back on leaving (the player, its source and its position are untouched: no
new QMediaPlayer). The library's keys are actions of this window too, so Space, the seek keys,
M and the triage keys work here; Esc, F or Enter leave."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from mureka_desktop.ui.preview import PreviewPane


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
        self.caption = QLabel()
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
        self.showFullScreen()
        self.activateWindow()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)

    def leave(self) -> None:
        pane, self.pane = self.pane, None
        if pane is None:
            return
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
