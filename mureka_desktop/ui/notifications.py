"""One desktop notification when a run ends, through the best channel the desktop offers.

1. Linux/BSD with a session bus offering the desktop portal's notifications
   (``org.freedesktop.portal.Notification.AddNotification``, running or D-Bus activatable):
   sent over QtDBus, asynchronously, so a slow bus never blocks the window.
2. Elsewhere, a tray message (Windows, macOS, Linux desktops with a tray): a tray icon shows
   for the message and goes away again, unless the user keeps the app in the tray.
3. Last resort: ``QApplication.alert`` (the task bar entry flashes).

Why the portal and not ``org.freedesktop.Notifications.Notify``: Notify's signature
``susssasa{sv}i`` needs a D-Bus ``uint32`` (``replaces_id``), and PySide6's QtDBus marshals a
Python int only as ``int16``/``int32``/``int64`` (checked: ``QDBusArgument << 0`` gives ``q``,
a plain int ``i``). GDBus-based servers (GNOME Shell, dunst) and Qt adaptors (Plasma) reject a
call whose signature differs. The portal's ``AddNotification`` is ``sa{sv}``: every type in it
is one PySide6 marshals exactly, and GNOME, KDE and Flatpak all provide it.

No Python slot here runs on a non-GUI thread: QtDBus delivers replies on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
from enum import Enum

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import BLOCK, shown

log = logging.getLogger(__name__)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_INTERFACE = "org.freedesktop.portal.Notification"
TRAY_MESSAGE_MS = 8000


class Channel(Enum):
    PORTAL = "portal"
    TRAY = "tray"
    ALERT = "alert"


def choose_channel(*, portal: bool, tray: bool) -> Channel:
    """The portal where the session bus has it, a tray message where a tray exists, else an
    alert."""
    if portal:
        return Channel.PORTAL
    if tray:
        return Channel.TRAY
    return Channel.ALERT


def portal_available() -> bool:
    """The session bus has the notification portal (running now or started on demand)."""
    if sys.platform in ("win32", "darwin"):
        return False
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    interface = bus.interface()
    if interface is None:
        return False
    registered = interface.isServiceRegistered(PORTAL_SERVICE)
    if registered.isValid() and registered.value():
        return True
    activatable = interface.activatableServiceNames()
    return activatable.isValid() and PORTAL_SERVICE in (activatable.value() or [])


def send_portal(title: str, body: str, notification_id: str = "run-finished") -> None:
    """``AddNotification(s id, a{sv} notification)``, not waited for."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    # A Python dict of str marshals as QVariantMap: a{sv}, exactly the portal's type.
    fields = {"title": title, "body": body, "priority": "normal"}
    message = QDBusMessage.createMethodCall(PORTAL_SERVICE, PORTAL_PATH, PORTAL_INTERFACE,
                                            "AddNotification")
    message.setArguments([notification_id, fields])
    if not QDBusConnection.sessionBus().send(message):
        raise OSError(QDBusConnection.sessionBus().lastError().message())


class Notifier(QObject):
    """The end-of-run notification, and the tray icon when the user keeps the app there."""

    def __init__(self, window: QWidget, keep_in_tray: bool = False,
                 portal: bool | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.portal = portal_available() if portal is None else portal
        self.tray: QSystemTrayIcon | None = None
        self.keep_in_tray = False
        self.last_channel: Channel | None = None
        self._hide_tray = QTimer(self)
        self._hide_tray.setSingleShot(True)
        self._hide_tray.timeout.connect(self._tray_done)
        self.set_keep_in_tray(keep_in_tray)

    # ------------------------------------------------------------------ tray
    def set_keep_in_tray(self, keep: bool) -> None:
        """A permanent tray icon only when the user asked for one."""
        self.keep_in_tray = keep and QSystemTrayIcon.isSystemTrayAvailable()
        if self.keep_in_tray:
            self._ensure_tray().show()
        elif self.tray is not None and not self._hide_tray.isActive():
            self.tray.hide()

    def _ensure_tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            tray = QSystemTrayIcon(self.window.windowIcon(), self)
            tray.setToolTip("Mureka Desktop")
            menu = QMenu(self.window)
            menu.addAction(self.tr("Show Mureka Desktop"), self._show_window)
            menu.addAction(self.tr("Quit"), getattr(self.window, "quit", self.window.close))
            tray.setContextMenu(menu)
            tray.activated.connect(lambda _reason: self._show_window())
            tray.messageClicked.connect(self._show_window)
            self.tray = tray
        return self.tray

    def _show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _tray_done(self) -> None:
        if self.tray is not None and not self.keep_in_tray:
            self.tray.hide()

    # ------------------------------------------------------------------ the run
    def run_finished(self, done: int, failed: int) -> str:
        """Notifies the end of a run; returns what it said, for the status bar."""
        if failed:
            text = fill(self.tr("%1, %n failed.", "%1: how many videos are done", failed),
                        self.tr("%n video(s) done", "", done))
        else:
            text = self.tr("%n video(s) done.", "", done)
        self.notify(self.tr("Mureka Desktop: run finished"), text)
        return text

    def notify(self, title: str, body: str) -> Channel:
        # Text as text: no control characters, bidi isolated (a daemon may read the body
        # as markup: only our words and counts go there, never a server's text).
        title, body = shown(title), shown(body, BLOCK, lines=True)
        channel = choose_channel(portal=self.portal,
                                 tray=QSystemTrayIcon.isSystemTrayAvailable())
        if channel is Channel.PORTAL:
            try:
                send_portal(title, body)
            except OSError as exc:
                log.warning("desktop notification not sent (%s): alerting instead", exc)
                channel = Channel.ALERT
        elif channel is Channel.TRAY:
            tray = self._ensure_tray()
            tray.show()
            tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information,
                             TRAY_MESSAGE_MS)
            if not self.keep_in_tray:
                self._hide_tray.start(TRAY_MESSAGE_MS + 2000)
        if channel is Channel.ALERT:
            QApplication.alert(self.window)
        self.last_channel = channel
        log.info("run finished: notified through %s", channel.value)
        return channel
