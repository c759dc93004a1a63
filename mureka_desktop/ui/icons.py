"""Action icons: the system theme's (freedesktop names, Qt 6.7+ ``QIcon.ThemeIcon``) where it
has one, else a bundled SVG from ``resources/icons/actions`` drawn in the palette's text colour,
rendered at several sizes so it stays sharp at 200 % scaling."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mureka_desktop.core.runtime.paths import resources_dir

Theme = QIcon.ThemeIcon

# bundled name -> the theme's icon for the same meaning (enum, or a freedesktop name)
THEME: dict[str, Theme | str] = {
    "add": Theme.ListAdd,
    "paste": Theme.EditPaste,
    "account": Theme.UserAvailable,
    "start": Theme.MediaPlaybackStart,
    "pause": Theme.MediaPlaybackPause,
    "retry": Theme.ViewRefresh,
    "remove": Theme.EditDelete,
    "clear": Theme.EditClear,
    "undo": Theme.EditUndo,
    "regenerate": Theme.MediaPlaylistRepeat,
    "open": Theme.MultimediaPlayer,
    "folder": Theme.FolderOpen,
    "copy": Theme.InsertLink,
    "settings": "preferences-system",
    "quit": Theme.ApplicationExit,
    "play": Theme.MediaPlaybackStart,
    "volume": Theme.AudioVolumeHigh,
    "muted": Theme.AudioVolumeMuted,
    "export": Theme.DocumentSaveAs,
    "find": Theme.EditFind,
    "keyboard": Theme.InputKeyboard,
    "about": Theme.HelpAbout,
    "log": "text-x-generic",
    "queue": "view-list-details",
    "library": "view-list-icons",
    "list": "view-list-details",
    "compare": "view-split-left-right",
    "fullscreen": Theme.ViewFullscreen,
    "pick": "emblem-ok",
    "reject": "process-stop",
}
SIZES = (16, 20, 24, 32, 40, 48, 64)
DISABLED_OPACITY = 0.3


def bundled_path(name: str) -> str:
    return str(resources_dir() / "icons" / "actions" / f"{name}.svg")


@cache
def _bundled(name: str, colour: str) -> QIcon:
    with open(bundled_path(name), encoding="utf-8") as f:
        svg = f.read().replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
        # Disabled: the same shape, faint (Qt's generated grey is hard to tell from a grey
        # icon that is enabled).
        faint = QPixmap(size, size)
        faint.fill(Qt.GlobalColor.transparent)
        painter = QPainter(faint)
        painter.setOpacity(DISABLED_OPACITY)
        painter.drawPixmap(0, 0, pixmap)
        painter.end()
        icon.addPixmap(faint, QIcon.Mode.Disabled)
    return icon


def themed(name: str) -> QIcon:
    """The theme's icon for ``name``, or a null icon when the theme has none."""
    key = THEME[name]
    return QIcon.fromTheme(key) if QIcon.hasThemeIcon(key) else QIcon()


def action_icon(name: str, palette: QPalette) -> QIcon:
    icon = themed(name)
    if not icon.isNull():
        return icon
    colour: QColor = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    return _bundled(name, colour.name())
