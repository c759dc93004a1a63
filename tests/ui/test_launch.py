"""The real start-up path in a child process: window shown, orderly shutdown, exit 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def test_window_opens_and_shuts_down_cleanly(tmp_path: Path):
    result = subprocess.run([sys.executable, "-m", "mureka_desktop", "--demo", "--data-dir",
                             str(tmp_path), "--exit-after-show"], env=ENV, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert "Traceback" not in result.stderr
    log = (tmp_path / "logs" / "mureka-desktop.log").read_text()
    assert "shut down cleanly" in log


SPY_ON_MESSAGE_HANDLERS = """
import sys
from PySide6 import QtCore

installed = []
original = QtCore.qInstallMessageHandler

def spy(handler):
    installed.append(handler)
    return original(handler)

QtCore.qInstallMessageHandler = spy
from mureka_desktop.cli import main

code = main(["--demo", "--data-dir", sys.argv[1], "--exit-after-show"])
print("python message handlers:", sum(h is not None for h in installed))
sys.exit(code)
"""


def test_the_app_installs_no_python_qt_message_handler(tmp_path: Path):
    # Qt warns from media threads; a Python handler there waits for the GIL while the GUI
    # thread holds it inside QMediaPlayer.stop(), waiting for that thread: a deadlock.
    result = subprocess.run([sys.executable, "-c", SPY_ON_MESSAGE_HANDLERS, str(tmp_path)],
                            env=ENV, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert "python message handlers: 0" in result.stdout


def test_no_display_says_so_instead_of_aborting(tmp_path: Path):
    env = {k: v for k, v in ENV.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "mureka_desktop", "--demo", "--data-dir",
                             str(tmp_path)], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2, result.stderr
    assert "No display found" in result.stderr and "generate --demo" in result.stderr
    assert "libxcb" not in result.stderr and "Aborted" not in result.stderr


def free_display(start: int = 77) -> int:
    """A display number no X server uses here: no socket (file or abstract) answers, no lock
    file, no socket file (an Xvfb of another test run, a CI machine's own X server)."""
    from mureka_desktop.ui.display import x11_answers

    for number in range(start, start + 500):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or \
                Path(f"/tmp/.X{number}-lock").exists() or x11_answers(f":{number}", 0.2):
            continue
        return number
    raise AssertionError("no free X display number")


def test_the_free_display_skips_one_an_x_server_answers_at():
    import socket

    start = free_display(77)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:  # an X server there
        server.bind(f"\0/tmp/.X11-unix/X{start}")
        server.listen(1)
        assert free_display(start) != start


def test_a_display_that_does_not_answer_says_so_instead_of_aborting(tmp_path: Path):
    # A stale SSH X forwarding or a closed Xvfb: DISPLAY is set but nothing listens there.
    env = {k: v for k, v in ENV.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    number = free_display()
    env["DISPLAY"] = f":{number}"
    result = subprocess.run([sys.executable, "-m", "mureka_desktop", "--demo", "--data-dir",
                             str(tmp_path)], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2, result.stderr
    assert f"no display server answers at DISPLAY=:{number}" in result.stderr
    assert "libxcb" not in result.stderr


def test_a_wayland_socket_that_answers_is_a_display(tmp_path: Path):
    import socket

    from mureka_desktop.ui.display import display_problem

    env = {"XDG_RUNTIME_DIR": str(tmp_path), "WAYLAND_DISPLAY": "wayland-test"}
    assert display_problem(env) == "no display server answers at WAYLAND_DISPLAY=wayland-test"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-test"))
        server.listen(1)
        assert display_problem(env) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_sigterm_mid_run_shuts_down_and_keeps_the_queue(tmp_path: Path):
    # A queue left running by the last session resumes at start-up (written to the file before
    # the app starts: the state an earlier session leaves on disk).
    from mureka_desktop.core.model.items import State
    from mureka_desktop.core.storage.store import Store

    store = Store(tmp_path / "demo" / "queue.sqlite3")
    store.add(["11", "12", "13"])
    store.set_meta("queue_running", "1")
    store.close()
    proc = subprocess.Popen([sys.executable, "-m", "mureka_desktop", "--demo", "--data-dir",
                             str(tmp_path)], env=ENV, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        log = tmp_path / "logs" / "mureka-desktop.log"
        deadline = time.monotonic() + 30
        while not _state_count(tmp_path, State.GENERATING):
            assert time.monotonic() < deadline, "the queue did not resume"
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    assert "shut down cleanly" in log.read_text()
    store = Store(tmp_path / "demo" / "queue.sqlite3")
    states = [i.state for i in store.all_items()]
    store.close()
    assert len(states) == 3 and State.GENERATING in states  # journaled, resumable


def _state_count(home: Path, state: object) -> int:
    import sqlite3

    db = sqlite3.connect(home / "demo" / "queue.sqlite3")
    try:
        return int(db.execute("SELECT COUNT(*) FROM items WHERE state=?",
                              (str(state),)).fetchone()[0])
    finally:
        db.close()


def test_a_start_with_no_token_and_no_network_opens_no_modal(tmp_path: Path):
    env = {k: v for k, v in ENV.items() if k not in ("USEAPI_TOKEN", "MUREKA_DESKTOP_HOME")}
    env["MUREKA_API_BASE"] = "http://127.0.0.1:9/v1/mureka"  # nothing listens there
    result = subprocess.run([sys.executable, "-m", "mureka_desktop", "--data-dir",
                             str(tmp_path), "--exit-after-show"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "window shown\n" in result.stdout  # not "window shown under a modal …"
    assert "Traceback" not in result.stderr
