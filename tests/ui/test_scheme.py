"""Light or dark: the window follows the scheme live. Our icons are redrawn in the palette's
text colour (visible on dark), the pause banner and a failed song's error take the scheme's
colours, and the light palette comes back with the light scheme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle
from songs import queue_songs
from window_tools import shown, wait_for

from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import State
from mureka_desktop.ui import icons, scheme
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.queue_model import COL_ERROR


def lightness(icon: QIcon) -> float:
    """The mean lightness of the icon's drawn pixels (0 black .. 255 white)."""
    image = icon.pixmap(24, 24).toImage()
    seen = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [c.lightness() for c in seen if c.alpha() > 128]
    assert drawn, "the icon draws nothing"
    return sum(drawn) / len(drawn)


async def test_the_window_follows_a_dark_scheme_live(window: MainWindow,
                                                     follower: scheme.SchemeFollower):
    if not icons.themed("add").isNull():
        pytest.skip("the system icon theme draws these icons, not ours")
    queue_songs(window.engine, ["700000001"], state=State.FAILED, last_error="refused")
    await shown(window)
    window.banner.show_reason(PauseReason("disk", "The disk is full."))
    banner = window.banner.message
    light_text = banner.palette().color(banner.foregroundRole()).name()
    assert light_text == scheme.LIGHT.banner_text
    error = window.model.index(0, COL_ERROR)
    assert lightness(window.acts.add_action.icon()) < 100  # dark lines on a light window
    assert window.model.data(error, Qt.ItemDataRole.ForegroundRole).lightness() < 128

    follower.forced = "dark"
    follower.apply()
    await wait_for(lambda: scheme.is_dark(window.palette()), timeout=5)  # (posted events)
    assert scheme.is_dark()
    for action in (window.acts.add_action, window.acts.start_action, window.acts.settings_action):
        assert lightness(action.icon()) > 160, action.text()  # light lines on dark
    assert lightness(window.preview.play_button.icon()) > 160
    assert lightness(window.preview.mute_button.icon()) > 160
    assert banner.palette().color(banner.foregroundRole()).name() == scheme.DARK.banner_text
    assert window.model.data(error, Qt.ItemDataRole.ForegroundRole).lightness() > 128
    # a dialog's standard button icon (Fusion's X is dark whatever the palette) shows too
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = box.buttons()[0]
    close.setIcon(box.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
    assert lightness(close.icon()) < 100
    scheme.tint_buttons(box)
    assert lightness(close.icon()) > 160

    follower.forced = "light"
    follower.apply()
    await wait_for(lambda: not scheme.is_dark(window.palette()), timeout=5)
    assert not scheme.is_dark()
    assert lightness(window.acts.add_action.icon()) < 100
    assert banner.palette().color(banner.foregroundRole()).name() == light_text


def test_a_dark_system_scheme_without_a_dark_palette_gets_ours(qapp: QApplication,
                                                                 follower: scheme.SchemeFollower):
    follower.forced = None
    follower.wants_dark = lambda: True  # type: ignore[method-assign]  # the system says dark
    follower.apply()
    assert scheme.is_dark() and follower.ours
    follower.wants_dark = lambda: False  # type: ignore[method-assign]  # and light again
    follower.apply()
    assert not scheme.is_dark() and not follower.ours


async def test_a_scheme_change_after_the_preview_is_disposed_is_harmless(
        window: MainWindow, follower: scheme.SchemeFollower):
    await window.preview.dispose()  # its player is deleted, the pane stays until the window
    follower.forced = "dark"
    follower.apply()  # the pane's palette event must not touch the deleted player
    assert scheme.is_dark()  # (pytest-qt fails the test on an exception in changeEvent)
