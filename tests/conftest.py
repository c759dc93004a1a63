import asyncio
import gc
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests never touch the real user folders or keyring, and never reach a real API.
os.environ.pop("USEAPI_TOKEN", None)
os.environ.pop("MUREKA_API_BASE", None)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_LOGGING_RULES",
                      "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
sys.path.insert(0, str(Path(__file__).parent))

# Python's cyclic GC runs on the main thread only, between tests (as the app runs it from a
# GUI-thread timer, see mureka_desktop/ui/heap.py). Left automatic, it ran in whichever thread
# allocated (a loopback server thread, a download writer) and freed Qt objects there: a
# segfault when the main thread later fired their timers.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


# A test phase that runs past WATCH_AFTER seconds is reported before pytest-timeout ends the run
# (timeout, pyproject.toml): every thread's stack, and every asyncio task still pending on the
# test's loop with the line it waits on. A hang inside Qt's event loop shows only the loop in
# the thread stacks; the tasks say what the teardown or the test is waiting for.
WATCH_AFTER = float(os.environ.get("MUREKA_TEST_WATCH_AFTER", "200"))
_phase: list[tuple[str, float]] = []


def _awaiting(coro: object) -> list[str]:
    """The chain of coroutines and async generators ``coro`` waits through, innermost last."""
    lines = []
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "ag_frame", None) \
            or getattr(coro, "gi_frame", None)
        if frame is not None:
            lines.append(f"{frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}")
        coro = getattr(coro, "cr_await", None) or getattr(coro, "ag_await", None) \
            or getattr(coro, "gi_yieldfrom", None)
        if coro is not None and type(coro).__name__ == "async_generator_asend":
            # asend() hides its generator; the collector's referents show it
            coro = next((r for r in gc.get_referents(coro) if hasattr(r, "ag_frame")), coro)
        if coro is not None and not any(hasattr(coro, a) for a in ("cr_frame", "ag_frame",
                                                                     "gi_frame")):
            inner = [r for r in gc.get_referents(coro) if isinstance(r, asyncio.Future)]
            lines.append(f"awaits {inner[0] if inner else coro!r}")
            break
    return lines


def _report_hang(name: str, seconds: float) -> None:
    import faulthandler
    out = sys.stderr
    print(f"\n=== {name}: still running after {seconds:.0f} s; threads and tasks ===",
          file=out, flush=True)
    faulthandler.dump_traceback(file=out, all_threads=True)
    from helpers import WATCHED_LOOPS
    for loop in list(WATCHED_LOOPS):
        if loop.is_closed():
            continue
        for _ in range(3):
            try:
                tasks = list(asyncio.all_tasks(loop))
                break
            except RuntimeError:  # the set changed while read
                continue
        else:
            tasks = []
        print(f"--- {len(tasks)} pending tasks on {loop!r}", file=out)
        for task in tasks:
            print(f"{task!r}", file=out)
            for line in _awaiting(task.get_coro()):
                print(f"    {line}", file=out)
    out.flush()


def _watch() -> None:
    reported: tuple[str, float] | None = None
    while True:
        time.sleep(2)
        if not _phase:
            continue
        name, start = _phase[-1]
        elapsed = time.monotonic() - start
        if elapsed > WATCH_AFTER and reported != _phase[-1]:
            reported = _phase[-1]
            _report_hang(name, elapsed)


threading.Thread(target=_watch, name="test-watchdog", daemon=True).start()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    _phase[:] = [(f"{item.nodeid} (setup)", time.monotonic())]
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    _phase[:] = [(f"{item.nodeid} (call)", time.monotonic())]
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    _phase[:] = [(f"{item.nodeid} (teardown)", time.monotonic())]
    try:
        return (yield)
    finally:
        _phase.clear()
