"""The selected song at a glance, above its preview: state, attempts and the full error.

Errors are read where the eye is, not only in a tooltip: the text can be selected, and
"Copy error" puts it on the clipboard with the song id (for a bug report or a support mail).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from mureka_desktop.core.api import model_refuses_video
from mureka_desktop.core.store import Item, State

STATE_WORDS = {State.QUEUED: "Queued", State.CHECKING: "Checking", State.GENERATING:
               "Generating", State.DOWNLOADING: "Downloading", State.DONE: "Done",
               State.FAILED: "Failed", State.CANCELLED: "Cancelled"}


def error_text(items: Sequence[Item]) -> str:
    """One "song id: error" block per song that has an error."""
    return "\n".join(f"{i.song_id}: {i.last_error}" for i in items if i.last_error)


def failed_message(item: Item) -> str:
    """What the video area says for a failed song; the reason itself is in the detail above
    (said once: the same sentence twice on one pane reads as a glitch)."""
    where = "the error is above" if item.last_error else "no reason was recorded"
    if model_refuses_video(item.model):
        # Retry keeps such a song refused (the API would answer 400 and nothing is made)
        return (f"No video: this song failed ({where}).\n\n"
                "The API makes no videos for this model; Retry leaves it as it is.")
    return (f"No video: this song failed ({where}).\n\n"
            "Retry failed (Ctrl+Shift+R) tries again.")


class SongDetail(QWidget):
    """State, attempts, song id; the error in full with a Copy error button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.state_label = QLabel()
        self.state_label.setObjectName("songState")
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("songError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse |
            Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.error_label.setAccessibleName("Error")
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
        state = STATE_WORDS.get(item.state, item.state.value.title())
        attempts = self.tr("%n attempt(s)", "", item.attempts)
        parts = [f"<b>{state}</b>", attempts]
        if item.song_number:
            parts.append(f"song {item.song_number}")
        self.state_label.setText(" · ".join(parts))
        self.state_label.setToolTip(item.song_id)
        error = item.last_error or ""
        label = "Error: " if item.state == State.FAILED else "Last error: "
        self.error_label.setText(label + error if error else "")
        self.error_label.setVisible(bool(error))
        self.copy_button.setVisible(bool(error))
        self.setAccessibleDescription(f"{state}, {attempts}" + (f". {label}{error}"
                                                                if error else ""))


def copy_errors(items: Sequence[Item]) -> bool:
    text = error_text(items)
    if text:
        QGuiApplication.clipboard().setText(text)
    return bool(text)
