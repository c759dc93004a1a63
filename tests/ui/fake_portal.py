"""A stand-in desktop portal (org.freedesktop.portal.Notification) for tests.

Run with the system python3 (dbus-python, PyGObject) as ``python3 fake_portal.py LOG``: owns
org.freedesktop.portal.Desktop on the session bus of DBUS_SESSION_BUS_ADDRESS and appends one
JSON line per AddNotification call (its D-Bus signature and fields) to LOG. Prints "ready".
"""

import json
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
LOG = sys.argv[1]


class Portal(dbus.service.Object):
    @dbus.service.method("org.freedesktop.portal.Notification", in_signature="sa{sv}",
                         out_signature="", message_keyword="message")
    def AddNotification(self, notification_id, fields, message=None):
        with open(LOG, "a", encoding="utf-8") as out:
            out.write(json.dumps({"signature": message.get_signature(),
                                  "id": str(notification_id),
                                  "fields": {str(k): str(v) for k, v in fields.items()}})
                      + "\n")


bus = dbus.SessionBus()
name = dbus.service.BusName("org.freedesktop.portal.Desktop", bus)
Portal(bus, "/org/freedesktop/portal/desktop")
print("ready", flush=True)
GLib.MainLoop().run()
