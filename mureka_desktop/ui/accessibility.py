"""Names for screen readers on controls that show no text, and a tab order that follows the eye.

Tab goes: what to show (state filter, search) → the queue → the selected song's preview
controls → the pause banner's fix. Icon-only tool buttons take their accessible names from
their actions' text, which Qt keeps even when only the icon shows; the controls below are the
ones with no text at all. State is never told by colour alone: the state column and the detail
pane say it in words; the coloured dot is decoration.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mureka_desktop.ui.queue_page import QueuePage


def describe(window: QueuePage, state_filter: QComboBox, search: QLineEdit) -> None:
    """Names the queue page's controls; the tab order runs from the window's filter bar
    (``state_filter``, ``search``) through the page."""
    p = window.preview
    for widget, name, description in (
        (window.table, QCoreApplication.translate("Accessibility", "Queue"),
         QCoreApplication.translate(
             "Accessibility", "Songs in the queue: state, tries, progress and last error. "
                              "Drop or paste song ids to add more.")),
        (p.play_button, QCoreApplication.translate("Accessibility", "Play or pause the video"),
         QKeySequence(Qt.Key.Key_Space).toString(QKeySequence.SequenceFormat.NativeText)),
        (p.seek, QCoreApplication.translate("Accessibility", "Video position"),
         QCoreApplication.translate("Accessibility", "Drag to seek in the video")),
        (p.time_label, QCoreApplication.translate("Accessibility", "Elapsed and total time"), ""),
        (p.mute_button, QCoreApplication.translate("Accessibility", "Mute"),
         p.mute_button.accessibleDescription()),
        (p.volume, QCoreApplication.translate("Accessibility", "Volume"), ""),
        (p.cover, QCoreApplication.translate("Accessibility", "Cover"),
         QCoreApplication.translate("Accessibility", "The song's cover image")),
        (p.video, QCoreApplication.translate("Accessibility", "Video preview"), ""),
        (window.empty_hint, QCoreApplication.translate("Accessibility", "The queue is empty"),
         window.empty_hint.text()),
        (window.banner, QCoreApplication.translate("Accessibility", "Queue paused"),
         QCoreApplication.translate("Accessibility", "Why the queue paused, and the fix")),
    ):
        widget.setAccessibleName(name)
        if description:
            widget.setAccessibleDescription(description)
    # Tab leaves the table (arrows move between its cells) instead of trapping the keyboard.
    window.table.setTabKeyNavigation(False)
    order: list[QWidget] = [state_filter, search, window.table, p.detail.copy_button,
                            p.play_button, p.seek, p.mute_button, p.volume, window.banner.button]
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
