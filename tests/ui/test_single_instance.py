"""One window per queue: a second start hands its ids and files to the running window."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mureka_desktop.cli import split_window_inputs
from mureka_desktop.ui.single_instance import absolute_arguments, server_name

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _wait_for_log(log: Path, text: str, process: subprocess.Popen[str], timeout: float = 60
                  ) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if log.exists() and text in log.read_text(encoding="utf-8"):
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not in {log} in time")


def test_second_start_hands_its_ids_to_the_running_window(tmp_path: Path):
    data = tmp_path / "data"
    ids_file = tmp_path / "more.txt"
    ids_file.write_text("700000003\n700000004\n", encoding="utf-8")
    log = data / "logs" / "mureka-desktop.log"
    first = subprocess.Popen([sys.executable, "-m", "mureka_desktop", "--demo", "--data-dir",
                              str(data)], env=ENV, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_log(log, "window shown", first)
        # A file given relative to the second start's own folder, plus ids as arguments.
        second = subprocess.run([sys.executable, "-m", "mureka_desktop", "--demo", "--data-dir",
                                 str(data), "700000001", "700000002", "more.txt"], env=ENV,
                                cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "handed over" in second.stdout
        assert "already running" not in second.stderr
        _wait_for_log(log, "single instance: review shown (4 id(s))", first)
        assert first.poll() is None  # the first window is still there
    finally:
        first.send_signal(signal.SIGTERM)
        out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert "Traceback" not in err


def test_other_queues_and_users_get_other_names(tmp_path: Path):
    a = server_name(tmp_path / "a", demo=False)
    assert a == server_name(tmp_path / "a" / ".." / "a", demo=False)
    assert a != server_name(tmp_path / "b", demo=False)
    assert a != server_name(tmp_path / "a", demo=True)
    assert len(a) < 60  # a Unix socket path has ~100 bytes


def test_files_are_made_absolute_ids_kept(tmp_path: Path):
    (tmp_path / "ids.csv").write_text("song_id\n1\n")
    assert absolute_arguments(["ids.csv", "700000001", "-"], cwd=tmp_path) == [
        str(tmp_path / "ids.csv"), "700000001", "-"]


@pytest.mark.parametrize(("argv", "expected"), [
    (["--demo", "--data-dir", "X", "1", "a.txt"], (["--demo", "--data-dir", "X"], ["1", "a.txt"])),
    (["generate", "--demo", "1"], (["generate", "--demo", "1"], [])),
    (["--data-dir", "generate", "export", "1"], (["--data-dir", "generate", "export", "1"], [])),
    (["--", "--odd-name.txt"], ([], ["--odd-name.txt"])),
])
def test_window_arguments_are_split_from_options(argv, expected):
    assert split_window_inputs(argv) == expected
