"""Bounded memory and linear time: endless stdin stops at the limit; long lines parse fast."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mureka_desktop.core.ids import parse as ids

LINE = b"700000001\n"


class Endless:
    """``yes 700000001`` as a stream: never ends; counts what was asked of it."""

    def __init__(self, text: bool = False) -> None:
        self.given = 0
        self.text = text

    def read(self, size: int = -1, /) -> bytes | str:
        assert size > 0, "an endless stream cannot be read whole"
        self.given += size
        data = (LINE * (size // len(LINE) + 1))[:size]
        return data.decode() if self.text else data


@pytest.mark.parametrize("text", [False, True])
def test_an_endless_stream_is_refused_at_the_limit(text: bool):
    stream = Endless(text)
    with pytest.raises(ids.UnreadableInput, match="than 10000 bytes; the limit is 10000 bytes"):
        ids.read_stream(stream, limit=10_000, chunk_size=4096)
    assert stream.given == 10_001


def test_a_stream_within_the_limit_is_read_whole():
    data = LINE * 5000
    assert ids.read_stream(io.BytesIO(data), limit=len(data), chunk_size=333) == data
    assert ids.read_stream(io.StringIO("é\n12\n"), limit=6) == "é\n12\n".encode()
    with pytest.raises(ids.UnreadableInput):
        ids.read_stream(io.StringIO("é\n12\n"), limit=5)


def test_read_file_is_bounded_while_reading(tmp_path: Path):
    path = tmp_path / "ids.txt"
    path.write_bytes(LINE * 3)
    assert ids.read_file(path) == LINE.decode() * 3


def test_the_cli_stops_reading_endless_stdin_at_the_limit(tmp_path: Path):
    """``yes 700000001 | mureka-desktop generate -`` stops with the size message, exit 2."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MUREKA_", "USEAPI_"))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mureka_desktop", "generate", "-", "--data-dir",
         str(tmp_path / "d")], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=env)
    assert proc.stdin is not None and proc.stderr is not None
    written = 0
    chunk = LINE * 100_000  # 1 MB
    cap = 4 * ids.MAX_INPUT_BYTES  # a reader that does not stop gets this much, then EOF

    def feed() -> None:
        nonlocal written
        try:
            while written < cap:
                proc.stdin.write(chunk)  # type: ignore[union-attr]
                written += len(chunk)
            proc.stdin.close()  # type: ignore[union-attr]
        except (BrokenPipeError, ValueError):
            pass  # the reader stopped: what we wanted

    peak = [0]  # KiB: the child's own high-water mark (VmHWM), sampled until it exits

    def watch() -> None:
        # Not ru_maxrss: Linux carries the parent's high-water mark into a child through
        # fork and exec, so a child of a large test process would "use" the test's memory.
        status_file = Path(f"/proc/{proc.pid}/status")
        while proc.returncode is None:
            try:
                for line in status_file.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak[0] = max(peak[0], int(line.split()[1]))
            except (OSError, ValueError):
                return
            time.sleep(0.002)

    feeder = threading.Thread(target=feed, daemon=True)
    watcher = threading.Thread(target=watch, daemon=True)
    started = time.monotonic()
    feeder.start()
    watcher.start()
    try:
        _, status, _usage = os.wait4(proc.pid, 0)
    finally:
        if proc.poll() is None:
            proc.kill()
    elapsed = time.monotonic() - started
    feeder.join(10)
    stderr = proc.stderr.read().decode()
    assert written <= ids.MAX_INPUT_BYTES + 8 * len(chunk), written  # stopped at the limit
    watcher.join(10)
    assert 0 < peak[0] < 400 * 1024, peak[0]  # KiB: never the whole stream
    assert os.waitstatus_to_exitcode(status) == 2, stderr
    assert "The input is more than 50 MB; the limit is 50 MB." in stderr
    assert elapsed < 60


def links(n: int) -> str:
    return " ".join(f"https://www.mureka.ai/song-detail/{700000000 + i}" for i in range(n))


def best_of_3(text: str) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        ids.parse_text(text)
        times.append(time.perf_counter() - start)
    return min(times)


def test_forty_thousand_links_on_one_line_parse_in_linear_time():
    text = links(40_000)
    start = time.perf_counter()
    result = ids.parse_text(text)
    elapsed = time.perf_counter() - start
    assert len(result.ids) == 40_000 and result.invalid == []
    assert elapsed < 2.0, elapsed  # 13 s when it was quadratic; ~0.2 s linear
    # and it scales linearly: 4 times the links take about 4 times as long, not 16
    assert best_of_3(links(16_000)) < 8 * best_of_3(links(4_000))


def test_a_huge_line_of_tokens_parses_without_holding_them_all():
    text = "101 " * 200_000 + "700000001"
    result = ids.parse_text(text)
    assert result.ids == ["101", "700000001"]
    assert len(result.duplicates) == 199_999
    prose = "x " * 100_000 + "12 700000001"
    result = ids.parse_text(prose)
    assert result.ids == ["700000001"]
    # the prose is one entry, cut to a readable length, not 100,001 entries
    assert len(result.invalid) == 1 and result.unlisted_invalid == 0
    assert result.invalid[0].text.startswith("x x x") and len(result.invalid[0].text) < 200


def test_invalid_entries_past_the_listed_ones_are_counted_not_kept():
    listed = ids.MAX_INVALID_LISTED
    text = "x\n" * (listed + 2_000) + "700000001\n" + "\n".join(["y"] * 3)
    result = ids.parse_text(text)
    assert result.ids == ["700000001"]
    assert len(result.invalid) == listed + 1
    assert result.invalid[listed - 1] == ids.InvalidToken(listed, "x")
    assert result.invalid[-1] == ids.InvalidToken(
        listed + 1, f"… and 2,003 more not listed (lines {listed + 1}-{listed + 2_004})")
    assert result.unlisted_invalid == 2_003
    merged = ids.parse_text("z")
    merged.extend(result)
    assert merged.unlisted_invalid == 2_003 and len(merged.invalid) == listed + 2
