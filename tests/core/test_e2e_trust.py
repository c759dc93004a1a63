"""`generate` end to end over loopback when things go wrong: it always exits (0/1/2/3), never
pays twice, and waits out a network that went away (issue 6)."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from cli_run import cli_env, run_cli, start_sim
from helpers import ServerThread

from mureka_desktop.simulator import SimConfig, build_app
from mureka_desktop.simulator.app import DEMO_TOKEN

pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def offline_env(port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MUREKA_")}
    env.update(MUREKA_API_BASE=f"http://127.0.0.1:{port}/v1/mureka", USEAPI_TOKEN=DEMO_TOKEN,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return env


def exported(data: Path, env: dict[str, str]) -> list[dict[str, object]]:
    result = run_cli(["export", "--format", "json", "--data-dir", str(data)], env)
    items: list[dict[str, object]] = json.loads(result.stdout)["items"]
    return items


def test_an_output_folder_that_cannot_be_written_exits_2_before_any_call(tmp_path: Path):
    server, sim = start_sim(generation_time=0.5)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    try:
        result = run_cli(["generate", "61", "62", "--data-dir", str(tmp_path / "d"),
                          "--out", str(blocker / "videos")], cli_env(server))
    finally:
        server.__exit__()
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"Cannot write to the output folder {blocker / 'videos'}" in result.stderr
    assert sim.calls == []  # not even a free look-up


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_output_folder_exits_2_before_any_call(tmp_path: Path):
    server, sim = start_sim(generation_time=0.5)
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = run_cli(["generate", "61", "--data-dir", str(tmp_path / "d"), "--out",
                          str(out)], cli_env(server))
    finally:
        out.chmod(0o700)
        server.__exit__()
    assert result.returncode == 2 and "Cannot write to the output folder" in result.stderr
    assert sim.calls == []


def test_hostile_answers_end_in_a_state_and_are_paid_once(tmp_path: Path):
    # 4001: a 200 that is not JSON (the video shows in look-ups 2 s later); 4002: a video_url
    # httpx cannot parse; 4003: a look-up with a NaN duration; 4004: all is well.
    server, sim = start_sim(generation_time=0.5, generation_jitter=0.0,
                            garbled_songs=["4001"], video_lookup_lag=2.0,
                            bad_url_songs=["4002"], nan_duration_songs=["4003"])
    songs = ["4001", "4002", "4003", "4004"]
    try:
        result = run_cli(["generate", *songs, "--data-dir", str(tmp_path / "d"), "--out",
                          str(tmp_path / "o")], cli_env(server), timeout=120)
    finally:
        server.__exit__()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "3 done, 1 failed" in result.stdout
    assert "FAILED 4002: The download link is not a valid URL" in result.stdout
    assert dict(sim.generations) == dict.fromkeys(songs, 1)  # the garbled 200 paid once
    assert (tmp_path / "o" / "Demo song 4001 - 4001.mp4").exists()  # the default template


def test_offline_gives_up_after_the_timeout_with_exit_3_and_items_kept(tmp_path: Path):
    env = offline_env(free_port())  # nothing listens there: connection refused
    data = tmp_path / "d"
    started = time.monotonic()
    result = run_cli(["generate", "71", "72", "--data-dir", str(data), "--out",
                      str(tmp_path / "o"), "--offline-timeout", "3s"], env, timeout=60)
    assert result.returncode == 3, result.stdout + result.stderr
    assert time.monotonic() - started < 40
    assert result.stdout.count("The API is unreachable") == 1
    assert "giving up" in result.stdout and "FAILED" not in result.stdout
    after = result.stdout.split("giving up", 1)[1]  # it has given up: no "carries on" promise
    assert "carries on by itself" not in after and "queued for the next run" in after
    items = exported(data, env)
    assert [(i["song_id"], i["state"], i["attempts"]) for i in items] == [
        ("71", "queued", 0), ("72", "queued", 0)]


def test_offline_then_back_the_run_carries_on_by_itself(tmp_path: Path):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mureka_desktop", "generate", "81", "82", "--data-dir",
         str(tmp_path / "d"), "--out", str(tmp_path / "o"), "--offline-timeout", "2m"],
        env=offline_env(port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout or []],
                              daemon=True)
    reader.start()
    seen: list[str] = []
    server = None
    try:
        deadline = time.monotonic() + 60
        while not any("unreachable" in line for line in seen):
            assert time.monotonic() < deadline, seen
            try:
                seen.append(lines.get(timeout=1))
            except queue.Empty:
                assert proc.poll() is None, seen
        config = SimConfig(generation_time=0.5)
        app, sim = build_app(config)
        server = ServerThread(app)
        server.sock.close()  # serve on the port the CLI keeps trying
        server.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.sock.bind(("127.0.0.1", port))
        server.port = port
        server.__enter__()
        sim.config.media_base = f"http://localhost:{port}"
        code = proc.wait(90)
        reader.join(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if server is not None:
            server.__exit__()
    while not lines.empty():
        seen.append(lines.get())
    output = "".join(seen)
    assert code == 0, output
    assert output.count("The API is unreachable") == 1
    assert "The API answers again" in output and "2 done, 0 failed" in output
    assert dict(sim.generations) == {"81": 1, "82": 1}


@pytest.mark.parametrize(("text", "seconds"), [("90", 90.0), ("90s", 90.0), ("10m", 600.0),
                                               ("1h", 3600.0), ("0", 0.0)])
def test_offline_timeout_takes_a_duration(text: str, seconds: float):
    from mureka_desktop.cli import build_parser

    args = build_parser().parse_args(["generate", "--offline-timeout", text, "1"])
    assert args.offline_timeout == seconds
    assert build_parser().parse_args(["generate", "1"]).offline_timeout == 600.0


@pytest.mark.parametrize("text", ["soon", "-5", "inf", "nan", ""])
def test_a_bad_offline_timeout_is_a_usage_error(text: str):
    from mureka_desktop.cli import build_parser

    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(["generate", "--offline-timeout", text, "1"])
    assert info.value.code == 2


def test_a_full_data_folder_while_queueing_exits_2_with_a_message_no_traceback(
        tmp_path: Path):
    import shutil

    from mureka_desktop.app import demo_paths
    from mureka_desktop.core.runtime.paths import AppPaths
    from mureka_desktop.core.storage.store import Store

    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tiny tmpfs needs root and mount(8)")
    small = tmp_path / "small"
    small.mkdir()
    # room for a fresh store's file, its WAL and -shm (the schema grows: 400k), then a filler
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(small)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"mount is not permitted here: {mounted.stderr.strip()}")
    try:
        paths = demo_paths(AppPaths.resolve(small))
        Store(paths.database).close()  # the queue exists; then the disk fills up
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        with (small / "filler").open("wb", buffering=0) as filler, \
                contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * 4096)
        # A few pages left: the lock and the log fit, a queue of 3000 songs does not.
        with (small / "filler").open("r+b") as filler:
            filler.truncate(max(0, (small / "filler").stat().st_size - 80 * 1024))
        ids = "\n".join(str(700_000_000 + n) for n in range(3000)).encode()
        env = {k: v for k, v in os.environ.items() if not k.startswith("MUREKA_")}
        result = run_cli(["generate", "--demo", "--data-dir", str(small), "--out",
                          str(tmp_path / "o"), "-"], env, stdin=ids, timeout=120)
    finally:
        subprocess.run(["umount", str(small)], check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    assert "Traceback" not in output and "Logging error" not in output
    assert "database or disk is full" in result.stderr and str(paths.database) in result.stderr


def test_an_output_folder_made_unusable_mid_run_pauses_before_paying_again(tmp_path: Path):
    # Finding A: the folder is removed and a file put in its place after the first video.
    # The next song's download finds it: the queue pauses (exit 3) before any further paid
    # call, that song keeps its links, and the next run downloads it without paying again.
    import shutil

    server, sim = start_sim(generation_time=1.0, generation_jitter=0.0)
    out, data = tmp_path / "odo", tmp_path / "d"
    args = ["generate", "91", "92", "93", "--data-dir", str(data), "--out", str(out)]
    env = cli_env(server)
    proc = subprocess.Popen([sys.executable, "-m", "mureka_desktop", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seen: list[str] = []
    try:
        for line in proc.stdout or []:
            seen.append(line)
            if " 91 done" in line:
                shutil.rmtree(out)
                out.write_text("")
                break
        seen += (proc.stdout or []).readlines()
        code = proc.wait(60)
        output = "".join(seen)
        assert code == 3, output
        assert f"PAUSED: Cannot write to the output folder {out}: it is not a directory" in output
        assert "FAILED" not in output and "could not be removed" not in output
        assert dict(sim.generations) == {"91": 1, "92": 1}  # 93 never paid
        out.unlink()  # fixed: run again
        again = run_cli(args, env, timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        server.__exit__()
    assert again.returncode == 0, again.stdout + again.stderr
    assert dict(sim.generations) == {"91": 1, "92": 1, "93": 1}  # 92 downloaded free
    assert (out / "Demo song 92 - 92.mp4").exists() and (out / "Demo song 93 - 93.mp4").exists()
