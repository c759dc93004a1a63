"""Is there a display server to open a window on? Asked before Qt is, because Qt aborts the
process (rc 134, blaming libxcb-cursor0) when there is none, or when DISPLAY names one that does
not answer (a stale SSH X forwarding, a closed Xvfb). Plain sockets, no Qt."""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping

NO_DISPLAY = ("No display found: {why}, so the window cannot open.\n"
              "Run it from a desktop session, under a virtual display "
              "(xvfb-run -a mureka-desktop --demo), or headless:\n"
              "  mureka-desktop generate --demo 700000001 700000002 --out /tmp/mureka-demo")
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")
_X_DISPLAY = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


def _connects(family: int, address: str | tuple[str, int], timeout: float) -> bool:
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(address)
        except OSError:
            return False
    return True


def x11_answers(display: str, timeout: float = 1.0) -> bool:
    """Whether the X server ``display`` (":0", "localhost:10.0", "unix:1") accepts a
    connection: its Unix socket (also the abstract one Linux X servers open), else TCP."""
    match = _X_DISPLAY.match(display.strip())
    if match is None:
        return True  # a form we do not know (launchd paths...): let Qt try
    host, number = match["host"], int(match["number"])
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return _connects(socket.AF_UNIX, path, timeout) or \
            (sys.platform.startswith("linux") and
             _connects(socket.AF_UNIX, "\0" + path, timeout))
    try:
        return _connects(socket.AF_INET, (host, 6000 + number), timeout)
    except (OSError, UnicodeError):
        return False


def wayland_answers(display: str, env: Mapping[str, str], timeout: float = 1.0) -> bool:
    path = display if display.startswith("/") else \
        os.path.join(env.get("XDG_RUNTIME_DIR", ""), display)
    return _connects(socket.AF_UNIX, path, timeout)


def display_problem(env: Mapping[str, str] = os.environ) -> str | None:
    """Why no window can open here, or None when a display answers (or Qt needs none)."""
    if sys.platform in ("win32", "darwin"):
        return None
    if env.get("QT_QPA_PLATFORM", "").split(":")[0] in _HEADLESS_PLATFORMS:
        return None
    x11, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not x11 and not wayland:
        return "neither DISPLAY nor WAYLAND_DISPLAY is set"
    if (x11 and x11_answers(x11)) or (wayland and wayland_answers(wayland, env)):
        return None
    named = " nor ".join(f"{name}={value}" for name, value in
                         (("DISPLAY", x11), ("WAYLAND_DISPLAY", wayland)) if value)
    return f"no display server answers at {named}"
