import os
import subprocess
import sys
from pathlib import Path

import pytest

from mureka_desktop.core.runtime.instance import AlreadyRunning, InstanceLock


def test_one_engine_per_queue(tmp_path: Path):
    first = InstanceLock(tmp_path)
    first.acquire()
    with pytest.raises(AlreadyRunning, match=f"process {os.getpid()}"):
        InstanceLock(tmp_path).acquire()
    first.release()
    again = InstanceLock(tmp_path)
    again.acquire()  # free once released (and the OS frees it when a process dies)
    again.release()


def test_cli_refuses_a_queue_another_process_runs(tmp_path: Path):
    lock = InstanceLock(tmp_path / "demo")
    lock.acquire()
    try:
        result = subprocess.run([sys.executable, "-m", "mureka_desktop", "generate", "--demo",
                                 "--data-dir", str(tmp_path), "1"], capture_output=True,
                                text=True, timeout=60)
    finally:
        lock.release()
    assert result.returncode == 2
    assert "already running on this queue" in result.stderr


def test_a_killed_owner_leaves_no_stale_lock(tmp_path: Path):
    code = ("import sys, time; from pathlib import Path;"
            "from mureka_desktop.core.runtime.instance import InstanceLock;"
            f"lock = InstanceLock(Path({str(tmp_path)!r})); lock.acquire();"
            "print('locked', flush=True);"
            "time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    with pytest.raises(AlreadyRunning):
        InstanceLock(tmp_path).acquire()
    proc.kill()
    proc.wait(10)
    lock = InstanceLock(tmp_path)
    lock.acquire()
    lock.release()
