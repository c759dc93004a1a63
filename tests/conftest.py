import gc
import os
import sys
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
