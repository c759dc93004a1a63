"""The CLI end to end against the simulator over real loopback HTTP.

Assertions come from the server's own counters: spacing, slots, one generation per song,
bytes served, and whether the media host ever saw the token.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_run import cli_env, run_cli, start_sim

from mureka_desktop.core.runtime.paths import resources_dir
from mureka_desktop.simulator.app import DEMO_TOKEN
from mureka_desktop.simulator.media import cover_png

pytestmark = pytest.mark.e2e
CLIP = (resources_dir() / "demo-clip.mp4").read_bytes()


def generate_gaps(sim) -> list[float]:
    times = [c["m"] for c in sim.calls if c["kind"] == "generate"]
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_generate_runs_the_queue_at_the_api_pace(tmp_path: Path):
    server, sim = start_sim(generation_time=2.0, existing_video_songs=["9001"],
                            v95_songs=["9002"], deleted_songs=["9003"])
    try:
        ids_file = tmp_path / "ids.txt"
        ids_file.write_text("1001\n1002 1003\nuser:777-mureka:123456789-song:1004\n"
                            "9001\n9002\n9003\noops\n1001\n")
        out = tmp_path / "out"
        result = run_cli(["generate", str(ids_file), "--data-dir", str(tmp_path / "data"),
                          "--out", str(out)], cli_env(server))
    finally:
        server.__exit__()
    assert result.returncode == 1, result.stdout + result.stderr  # two songs cannot be made
    assert "line 7: not a song id: 'oops'" in result.stderr
    assert "FAILED 9002: Made with model V9.5" in result.stdout
    assert "FAILED 9003: The song has been deleted" in result.stdout
    assert "5 done, 2 failed" in result.stdout
    # the server's view: spacing, one billed generation per song, reuse instead of paying
    assert min(generate_gaps(sim)) >= 3.0
    assert sim.max_in_flight <= 10
    assert dict(sim.generations) == {"1001": 1, "1002": 1, "1003": 1,
                                     "user:777-mureka:123456789-song:1004": 1}
    assert not [c for c in sim.calls if c["kind"] == "generate" and
                c["song_id"] in ("9001", "9002", "9003")]
    assert sim.media_requests >= 10 and sim.media_auth_headers == 0
    # files are byte-identical to what was served, named by the default template
    # ("{title} - {song}"; the simulator's titles are "Demo song <last 4 digits>")
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"Demo song {n} - {n}.{ext}" for n in ("1001", "1002", "1003",
                                                                  "1004", "9001")
                           for ext in ("mp4", "png"))
    for song, video_id in sim.stats()["videos"].items():
        number = song.rsplit(":", 1)[-1]
        assert (out / f"Demo song {number} - {number}.mp4").read_bytes() == CLIP
        assert (out / f"Demo song {number} - {number}.png").read_bytes() == \
            cover_png(str(video_id))
    # the token never lands in a log or a file
    for path in (tmp_path / "data").rglob("*"):
        if path.is_file():
            assert DEMO_TOKEN.encode() not in path.read_bytes(), path
    assert DEMO_TOKEN not in result.stdout + result.stderr


def test_kill_9_mid_run_then_resume_pays_nothing_twice(tmp_path: Path):
    server, sim = start_sim(generation_time=7.0, generation_jitter=0.0)
    songs = [str(2000 + i) for i in range(6)]
    data, out = tmp_path / "data", tmp_path / "out"
    env = cli_env(server)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "mureka_desktop", "generate", *songs,
                                 "--data-dir", str(data), "--out", str(out)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while len(sim.in_flight) < 2 or len(generate_gaps(sim)) < 2:
            assert time.monotonic() < deadline, "the run never had two generations in flight"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        calls_before = len(sim.calls)
        last_call_before = max(c["m"] for c in sim.calls)
        assert sim.in_flight, "generations must still be running on the server"
        result = run_cli(["generate", "--data-dir", str(data), "--out", str(out)], env)
    finally:
        server.__exit__()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 done, 0 failed" in result.stdout
    assert dict(sim.generations) == dict.fromkeys(songs, 1)
    after = [c for c in sim.calls[calls_before:] if c["kind"] == "generate"]
    assert after and after[0]["m"] - last_call_before >= 3.0
    assert min(generate_gaps(sim)) >= 3.0
    for song in songs:
        # named by the default template; the simulator's titles end in the last 4 digits
        assert (out / f"Demo song {song[-4:]} - {song}.mp4").read_bytes() == CLIP


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_or_sigterm_mid_run_stops_cleanly_with_exit_4(tmp_path: Path, sig):
    server, sim = start_sim(generation_time=6.0, generation_jitter=0.0)
    songs = [str(2100 + i) for i in range(5)]
    data, out = tmp_path / "data", tmp_path / "out"
    env = cli_env(server)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "mureka_desktop", "generate", *songs,
                                 "--data-dir", str(data), "--out", str(out)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while len(sim.in_flight) < 2:
            assert time.monotonic() < deadline, "the run never had two generations in flight"
            time.sleep(0.05)
        proc.send_signal(sig)
        stdout, stderr = proc.communicate(timeout=30)
        sent = {c["song_id"] for c in sim.calls if c["kind"] == "generate"}
        again = run_cli(["generate", "--data-dir", str(data), "--out", str(out)], env) \
            if sig == signal.SIGINT else None
    finally:
        if proc.poll() is None:
            proc.kill()
        server.__exit__()
    assert proc.returncode == 4, stdout + stderr
    assert "Traceback" not in stderr + stdout, stderr
    assert "Summary: 0 done, 0 failed, 5 still queued" in stdout, stdout
    [said] = [line for line in stdout.splitlines() if line.startswith("Stopped:")]
    assert said.startswith(f"Stopped: 5 songs left ({len(sent)} already sent to Mureka"), said
    assert said.endswith(f"Run `mureka-desktop generate --data-dir {data} --out {out}` "
                         "again to do the rest."), said
    if again is not None:  # the rest, with nothing paid twice
        assert again.returncode == 0, again.stdout + again.stderr
        assert "5 done, 0 failed" in again.stdout
        assert dict(sim.generations) == dict.fromkeys(songs, 1)


def test_rejected_token_pauses_with_exit_3_and_keeps_items(tmp_path: Path):
    server, sim = start_sim(generation_time=1.0)
    try:
        env = cli_env(server, token="user:777-wrongToken999")
        result = run_cli(["generate", "11", "12", "--no-reuse", "--data-dir",
                          str(tmp_path / "d")], env)
        exported = run_cli(["export", "--format", "json", "--data-dir", str(tmp_path / "d")],
                           env)
    finally:
        server.__exit__()
    assert result.returncode == 3, result.stdout + result.stderr
    assert "rejected the token" in result.stdout
    assert len([c for c in sim.calls if c["kind"] == "generate"]) == 1
    items = json.loads(exported.stdout)["items"]
    assert [(i["song_id"], i["state"]) for i in items] == [("11", "queued"), ("12", "queued")]
    assert "wrongToken999" not in result.stdout + result.stderr


def test_bad_input_exits_2_and_queues_nothing(tmp_path: Path):
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" + bytes(200))
    env = {**os.environ, "USEAPI_TOKEN": DEMO_TOKEN, "MUREKA_API_BASE": "http://127.0.0.1:9/x"}
    result = run_cli(["generate", str(binary), "--data-dir", str(tmp_path / "d")], env)
    assert result.returncode == 2
    assert "photo.png: This is a binary file" in result.stderr
    result = run_cli(["generate", "-", "--data-dir", str(tmp_path / "d")], env,
                     stdin=b"not ids at all\n")
    assert result.returncode == 2 and "No valid song id" in result.stderr
    result = run_cli(["generate", "1", "--data-dir", str(tmp_path / "d2")],
                     {k: v for k, v in env.items() if k != "USEAPI_TOKEN"})
    assert result.returncode == 2 and "No API token" in result.stderr


def test_export_csv_and_json_round_trip(tmp_path: Path):
    server, sim = start_sim(generation_time=0.5)
    try:
        env = cli_env(server)
        data = str(tmp_path / "d")
        assert run_cli(["generate", "31", "32", "--data-dir", data, "--out",
                        str(tmp_path / "o")], env).returncode == 0
        csv_out = run_cli(["export", "--format", "csv", "--data-dir", data], env).stdout
        run_cli(["export", "--format", "json", "--out", str(tmp_path / "e.json"),
                 "--data-dir", data], env)
        again = run_cli(["generate", str(tmp_path / "e.json"), "--data-dir", data], env)
    finally:
        server.__exit__()
    header, *rows = csv_out.strip().splitlines()
    assert header.startswith("song_id,title,state,video_id,video_url")
    assert len(rows) == 2 and all(",done," in r for r in rows)
    assert "0 queued, 0 already queued, 2 already done" in again.stdout
    assert again.returncode == 0
    assert sum(sim.generations.values()) == 2


def test_server_faults_and_lost_answers_never_pay_twice(tmp_path: Path):
    # Faults here are garbled 200s (the server made the video); a 5xx before generating makes
    # the app look the song up for minutes before paying again, which the scheduler's
    # virtual-time tests cover (test_scheduler_trust.py).
    server, sim = start_sim(generation_time=0.3, fault_rate=0.3, lost_response_rate=0.3,
                            fault_kinds=["garbage"], seed=3)
    songs = [str(3000 + i) for i in range(5)]
    try:
        result = run_cli(["generate", *songs, "--data-dir", str(tmp_path / "d"), "--out",
                          str(tmp_path / "o")], cli_env(server))
    finally:
        server.__exit__()
    assert result.returncode == 0, result.stdout + result.stderr
    notes = [c["note"] for c in sim.calls if c["kind"] == "generate"]
    assert "fault" in notes and "lost" in notes  # the run did meet both kinds of trouble
    assert dict(sim.generations) == dict.fromkeys(songs, 1)
    assert min(generate_gaps(sim)) >= 3.0
