"""One desktop notification when a run ends: the portal over QtDBus, a tray message, or an
alert; no permanent tray icon unless the user keeps the app in the tray."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.notifications import Channel, Notifier, choose_channel

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"


def test_the_channel_is_the_best_the_desktop_offers():
    assert choose_channel(portal=True, tray=True) is Channel.PORTAL
    assert choose_channel(portal=False, tray=True) is Channel.TRAY
    assert choose_channel(portal=False, tray=False) is Channel.ALERT


async def test_no_tray_icon_unless_asked_and_an_alert_without_bus_or_tray(window: MainWindow):
    assert window.notifier.tray is None  # keep_in_tray is off by default
    notifier = Notifier(window, portal=False)
    text = notifier.run_finished(2, 1)
    assert text == "2 videos done, 1 failed."
    assert notifier.last_channel is Channel.ALERT  # offscreen: no bus portal, no tray
    assert notifier.tray is None


def _fake_portal_missing() -> str | None:
    if not shutil.which("dbus-daemon"):
        return "dbus-daemon not installed"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import dbus, gi"], capture_output=True)
    return None if check.returncode == 0 else "python3-dbus / python3-gi not installed"


CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from mureka_desktop.ui.i18n import install_translators
from mureka_desktop.ui.notifications import Notifier
install_translators(app)
window = QWidget()
notifier = Notifier(window)
notifier.run_finished(3, 0)
print("channel", notifier.last_channel.value, flush=True)
QTimer.singleShot(300, app.quit)
app.exec()
"""


@pytest.mark.skipif(_fake_portal_missing() is not None, reason=str(_fake_portal_missing()))
def test_a_finished_run_reaches_the_desktop_portal_on_the_session_bus(tmp_path: Path):
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address",
                               "--nopidfile"], stdout=subprocess.PIPE, text=True)
    portal = None
    try:
        address = daemon.stdout.readline().strip()  # type: ignore[union-attr]
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address,
               "QT_QPA_PLATFORM": "offscreen"}
        log = tmp_path / "portal.jsonl"
        portal = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "fake_portal.py"), str(log)],
                                  env=env, stdout=subprocess.PIPE, text=True)
        assert portal.stdout.readline().strip() == "ready"  # type: ignore[union-attr]
        child = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                               text=True, timeout=60)
        assert child.returncode == 0, child.stderr
        assert "portal" in child.stdout
        end = time.monotonic() + 10
        while not log.exists() and time.monotonic() < end:
            time.sleep(0.05)
        calls = [json.loads(line) for line in log.read_text().splitlines()]
        assert len(calls) == 1
        assert calls[0]["signature"] == "sa{sv}"
        assert calls[0]["fields"]["title"] == "Mureka Desktop: run finished"
        assert calls[0]["fields"]["body"] == "3 videos done."
    finally:
        for process in (portal, daemon):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


async def test_kept_in_the_tray_closing_hides_and_quit_quits(window: MainWindow):
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.notifier.keep_in_tray = True  # as set_keep_in_tray does where a tray exists
    window.close()
    assert not window.isVisible() and not closed  # still running, in the tray
    window.acts.quit_action.trigger()
    assert closed == [True]
