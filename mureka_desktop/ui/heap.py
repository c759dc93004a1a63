"""Python's cyclic GC on the GUI thread only, and out of the frame budget.

Qt objects must be destroyed on the thread that owns them. The cyclic collector runs in
whichever thread happens to allocate: with worker threads (``asyncio.to_thread``, the download
writer) it can free a cycle holding a Qt wrapper, or qasync's timer object, on a worker thread,
where Qt cannot unregister the object's timers; the GUI thread then fires a timer at freed
memory (a segfault in ``QTimerInfoList::activateTimers``, seen in the test suite). So the
automatic collector is off and :class:`GuiThreadCollector` runs it from a GUI-thread timer, with
the same thresholds (the approach of the ``qtpygc`` package).

A full (generation 2) collection walks every tracked object: with tens of thousands of queue
rows that took 50-90 ms on the UI thread (bench/bench_ui.py measured it), a visible stall.
Rows are replaced, never part of cycles, so after start-up and after bulk loads we move the
current heap to the permanent generation (``gc.freeze``): refcounting still frees those
objects, the cyclic collector just stops re-walking them.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Adds at least this large are worth a full collection (tens of ms) before freezing.
BULK = 1000


def settle() -> None:
    """Collect what is garbage now, then freeze the long-lived rest."""
    gc.collect()
    gc.freeze()


class GuiThreadCollector(QObject):
    """Runs the cyclic GC from a timer on the thread that owns it, never on a worker thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation whose allocation count passed its threshold."""
        counts = gc.get_count()
        generation = None
        for gen in range(3):
            if counts[gen] > self.threshold[gen]:
                generation = gen
        if generation is not None:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
