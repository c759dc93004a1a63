"""Light or dark, as the system says (Qt 6.5+ ``styleHints().colorScheme()``).

Where the platform theme reports a dark scheme but gives no dark palette (Fusion on a desktop
without Qt's GTK or portal theme plugin), a dark palette is applied here; when the system goes
back to light, Qt's own palette returns. ``MUREKA_DESKTOP_SCHEME=dark`` (or ``light``) forces
one, for screenshots and for systems that report nothing. Widgets with colours of their own
(icons tinted from the palette, the pause banner) redo them on ``QEvent.PaletteChange``; the
few fixed colours they use come from :func:`colours`, one pair per scheme.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

ENV = "MUREKA_DESKTOP_SCHEME"
# What a widget gets when the palette changes (its own, or the application's).
PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


@dataclass(frozen=True)
class Colours:
    error: str  # error text on the view's base colour
    banner_back: str
    banner_border: str
    banner_text: str


LIGHT = Colours(error="#c5221f", banner_back="#fce8e6", banner_border="#d93025",
                banner_text="#5f2120")
DARK = Colours(error="#f28b82", banner_back="#3c1f1e", banner_border="#f28b82",
               banner_text="#fad2cf")


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    return DARK if is_dark(palette) else LIGHT


def dark_palette() -> QPalette:
    """A dark palette in the spirit of Fusion's own (text ~ 14:1 on its background)."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    base = {
        role.Window: "#2b2b2e", role.WindowText: "#e8eaed", role.Base: "#1f1f22",
        role.AlternateBase: "#28282c", role.ToolTipBase: "#3c4043", role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#9aa0a6", role.Text: "#e8eaed", role.Button: "#36363a",
        role.ButtonText: "#e8eaed", role.BrightText: "#ffffff", role.Light: "#4a4a4f",
        role.Midlight: "#3e3e43", role.Mid: "#2f2f33", role.Dark: "#18181a",
        role.Shadow: "#0b0b0c", role.Highlight: "#3d7be0", role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8", role.LinkVisited: "#c58af9", role.Accent: "#3d7be0",
    }
    for r, colour in base.items():
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7c8085"))
    p.setColor(group.Disabled, role.Highlight, QColor("#505055"))
    return p


def tint_buttons(box: QDialogButtonBox) -> None:
    """Redraw the style's standard icons of a dialog's buttons in the button text colour.

    Fusion's built-in glyphs (the Close button's X, Cancel's) are dark whatever the palette:
    on a dark scheme they vanish into the button. An icon theme's icons are left alone."""
    if QIcon.hasThemeIcon("window-close"):
        return
    colour = box.palette().color(QPalette.ColorRole.ButtonText)
    for button in box.buttons():
        icon = button.icon()
        if icon.isNull():
            continue
        tinted = QIcon()
        for size in icon.availableSizes() or [QSize(16, 16)]:
            pixmap = icon.pixmap(size)
            painter = QPainter(pixmap)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(pixmap.rect(), colour)
            painter.end()
            tinted.addPixmap(pixmap)
        button.setIcon(tinted)


class SchemeFollower(QObject):
    """Keeps the application's palette on the system's scheme (or the forced one)."""

    def __init__(self, app: QApplication, forced: str | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.forced = forced if forced is not None else os.environ.get(ENV, "").lower() or None
        self.ours = False  # the dark palette in force is ours (to take back for light)
        app.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply()

    def wants_dark(self) -> bool:
        if self.forced in ("dark", "light"):
            return self.forced == "dark"
        return self.app.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def apply(self) -> None:
        if self.wants_dark():
            if not is_dark(self.app.palette()):
                self.app.setPalette(dark_palette())
                self.ours = True
        elif self.ours or (self.forced == "light" and is_dark(self.app.palette())):
            self.app.setPalette(self.app.style().standardPalette())
            self.ours = False
