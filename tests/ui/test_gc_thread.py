"""Qt objects freed by the cyclic GC die on the GUI thread, never on a worker thread.

The script below leaves QObjects with running timers in reference cycles, then makes a worker
thread allocate until a collection is due. With the automatic collector on, that collection
runs in the worker, Qt cannot unregister the timers ("Timers cannot be stopped from another
thread") and the next timer event on the GUI thread reads freed memory: a segfault, the one the
test suite used to hit. :class:`GuiThreadCollector` must prevent it.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading

from mureka_desktop.ui.heap import GuiThreadCollector

SCRIPT = """
import sys, threading, time
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject
from mureka_desktop.ui.heap import GuiThreadCollector

app = QCoreApplication([])
collector = GuiThreadCollector(app, interval_ms=20)

class Ticking(QObject):
    def __init__(self):
        super().__init__()
        self.me = self  # a cycle: only the cyclic collector frees it
        self.startTimer(5)

for _ in range(50):
    Ticking()

def churn():
    for _ in range(200000):
        a = []
        a.append(a)

worker = threading.Thread(target=churn)
worker.start()
worker.join()
end = time.monotonic() + 0.5
while time.monotonic() < end:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
print("survived")
"""


def test_qobjects_in_cycles_are_freed_on_the_gui_thread():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
    assert "Timers cannot be stopped from another thread" not in result.stderr


def test_the_collector_turns_automatic_gc_off_and_collects_when_due(qapp):
    threads: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.get_ident())

    gc.enable()
    collector = GuiThreadCollector(qapp)
    gc.callbacks.append(record)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(target=lambda: [[] for _ in range(50000)] and
                                  [_cycle() for _ in range(5000)])
        worker.start()
        worker.join()
        assert threads == []  # nothing collected on the worker
        assert collector.check() is not None  # due: collected here, on the GUI thread
        assert threads and set(threads) == {threading.get_ident()}
    finally:
        gc.callbacks.remove(record)
        collector.stop()
        gc.disable()  # the suite's own policy (tests/conftest.py)


def _cycle() -> None:
    a: list[object] = []
    a.append(a)
