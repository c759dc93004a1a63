"""Names for screen readers on controls that show no text, and a tab order that follows the eye.

Tab goes: what to show (state filter, search) → the queue → the selected song's preview
controls → the pause banner's fix. Icon-only tool buttons take their accessible names from
their actions' text, which Qt keeps even when only the icon shows; the controls below are the
ones with no text at all. State is never told by colour alone: the state column and the detail
pane say it in words; the coloured dot is decoration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from mureka_desktop.ui.main_window import MainWindow


def describe(window: MainWindow) -> None:
    p = window.preview
    for widget, name, description in (
        (window.table, "Queue", "Songs in the queue: state, tries, progress and last error. "
                                "Drop or paste song ids to add more."),
        (p.play_button, "Play or pause the video", "Space"),
        (p.seek, "Video position", "Drag to seek in the video"),
        (p.time_label, "Elapsed and total time", ""),
        (p.mute_button, "Mute", p.mute_button.accessibleDescription()),
        (p.volume, "Volume", ""),
        (p.cover, "Cover", "The song's cover image"),
        (p.video, "Video preview", ""),
        (window.empty_hint, "The queue is empty", window.empty_hint.text()),
        (window.banner, "Queue paused", "Why the queue paused, and the fix"),
    ):
        widget.setAccessibleName(name)
        if description:
            widget.setAccessibleDescription(description)
    # Tab leaves the table (arrows move between its cells) instead of trapping the keyboard.
    window.table.setTabKeyNavigation(False)
    order: list[QWidget] = [window.state_filter, window.search, window.table, p.detail.copy_button,
                            p.play_button, p.seek, p.mute_button, p.volume, window.banner.button]
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
