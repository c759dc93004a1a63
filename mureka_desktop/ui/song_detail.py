"""The selected song at a glance, above its preview: state, attempts and the full error.

Errors are read where the eye is, not only in a tooltip: the text can be selected, and
"Copy error" puts it on the clipboard with the song id (for a bug report or a support mail).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from mureka_desktop.core.api.client import model_refuses_video
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.queue_model import state_words
from mureka_desktop.ui.text import plain, shown, tip


def error_text(items: Sequence[Item]) -> str:
    """One "song id: error" block per song that has an error."""
    return "\n".join(f"{i.song_id}: {i.last_error}" for i in items if i.last_error)


def failed_message(item: Item) -> str:
    """What the video area says for a failed song; the reason itself is in the detail above
    (said once: the same sentence twice on one pane reads as a glitch)."""
    failed = QCoreApplication.translate("SongDetail", "No video: this song failed (the error "
                                        "is above).") if item.last_error else \
        QCoreApplication.translate("SongDetail", "No video: this song failed (no reason was "
                                   "recorded).")
    if model_refuses_video(item.model):
        # Retry keeps such a song refused (the API would answer 400 and nothing is made)
        advice = QCoreApplication.translate("SongDetail", "The API makes no videos for this "
                                            "model; Retry leaves it as it is.")
    else:
        advice = QCoreApplication.translate("SongDetail",
                                            "Retry failed (Ctrl+Shift+R) tries again.")
    return f"{failed}\n\n{advice}"


class SongDetail(QWidget):
    """State, attempts, song id; the error in full with a Copy error button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.RichText)  # our markup; the id escaped
        self.state_label.setObjectName("songState")
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("songError")
        self.error_label.setWordWrap(True)
        plain(self.error_label)  # a long word from the server never widens the window
        # nor does a long error push the video off the pane: its first lines; Copy error
        # and the tooltip have it whole
        self.error_label.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse |
            Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.copy_button = QToolButton()
        self.copy_button.setObjectName("copyError")
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        self.show_item(None)

    def set_copy_action(self, action: QAction) -> None:
        self.copy_button.setDefaultAction(action)

    def show_item(self, item: Item | None) -> None:
        self.item = item
        if item is None:
            self.state_label.clear()
            self.error_label.clear()
            self.error_label.hide()
            self.copy_button.hide()
            self.setAccessibleDescription("")
            return
        state = state_words().get(item.state, item.state.value.title())
        attempts = self.tr("%n attempt(s)", "", item.attempts)
        parts = [f"<b>{state}</b>", attempts]
        if item.song_number:
            parts.append(fill(self.tr("song %1"), item.song_number))
        self.state_label.setText(" · ".join(parts))
        self.state_label.setToolTip(tip(item.song_id))
        error = item.last_error or ""
        if error:
            error = fill(self.tr("Error: %1") if item.state == State.FAILED
                         else self.tr("Last error: %1"), shown(error, 1000, lines=True))
        self.error_label.setText(error)
        self.error_label.setToolTip(tip(item.last_error) if error else "")
        self.error_label.setVisible(bool(error))
        self.copy_button.setVisible(bool(error))
        said = fill(self.tr("%1, %2", "a song's state, its attempts"), state, attempts)
        if error:
            said = fill(self.tr("%1. %2", "a song's state and attempts. its error"), said, error)
        self.setAccessibleDescription(said)


def copy_errors(items: Sequence[Item]) -> bool:
    text = error_text(items)
    if text:
        QGuiApplication.clipboard().setText(text)
    return bool(text)
