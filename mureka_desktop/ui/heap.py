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

While a file job's worker runs beside the window, :class:`WorkerBeside` keeps the window
fluid: the worker's allocations are frozen as they come, and the interpreter hands the GIL
back to the GUI thread sooner. It follows the engine's :class:`events.FileJobProgress`.
"""

from __future__ import annotations

import gc
import sys

import shiboken6
from PySide6.QtCore import QObject, QTimer

from mureka_desktop.core.model import events as ev

# Adds at least this large are worth a full collection (tens of ms) before freezing.
BULK = 1000
FREEZE_MS = 50  # while a worker runs beside the window: its new objects frozen this often
SWITCH_SECONDS = 0.0005  # the GIL's switch interval meanwhile (Python's default: 5 ms)


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


class WorkerBeside(QObject):
    """The window's policy while a file job's worker thread runs beside it, from the job's
    start (the first :class:`ev.FileJobProgress`, told before the worker plans) to its end
    (the finished one, told however it ends: done, stopped, failed, cancelled by a quit).

    - What the worker allocates (an import's plan of 19,500 files is some 150,000 objects,
      alive as long as the job) is moved out of the cyclic collector's young generations
      at the start and then every :data:`FREEZE_MS`. :class:`GuiThreadCollector` runs that
      collector on the UI thread, where walking the plan once stalled it 70-130 ms. A freeze
      only links lists (no walk, nothing freed here); the plan is still freed by reference
      counting when the job ends. The price: a reference cycle that becomes garbage during
      the job is never collected (a few, from the loop's own work).
    - Each call from Qt into Python (a row's data, the filter) takes the GIL back from the
      worker after up to the switch interval (5 ms): a few dozen of them in one turn of the
      loop were tens of ms. The switch interval is :data:`SWITCH_SECONDS` meanwhile, and
      the one before is put back at the end.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(FREEZE_MS)
        self._timer.timeout.connect(gc.freeze)
        self._switch: float | None = None  # the interval to put back; None: no job

    @property
    def active(self) -> bool:
        return self._switch is not None

    def follow(self, event: ev.Event) -> None:
        if isinstance(event, ev.FileJobProgress):
            if event.finished:
                self.end()
            else:
                self.begin()

    def begin(self) -> None:
        if self._switch is not None:
            return  # the same job's progress, or one waiting in line behind it
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_SECONDS)
        gc.freeze()
        self._timer.start()

    def end(self) -> None:
        """The job ended (or the window is going): the interval as it was, no more freezing.
        Safe to call again, and after the timer was deleted with the window."""
        if self._switch is None:
            return
        sys.setswitchinterval(self._switch)
        self._switch = None
        if shiboken6.isValid(self._timer):
            self._timer.stop()
