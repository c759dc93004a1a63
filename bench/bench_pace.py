"""Pace of generate calls against the simulator over loopback, as a ratio of the ideal
schedule (every call as early as the 3 s rule and the slots allow). Target >= 0.97."""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers import ServerThread  # noqa: E402

from mureka_desktop.app import build_engine  # noqa: E402
from mureka_desktop.core.runtime.paths import AppPaths  # noqa: E402
from mureka_desktop.core.settings.values import Settings  # noqa: E402
from mureka_desktop.core.storage.store import State  # noqa: E402
from mureka_desktop.simulator import SimConfig, build_app  # noqa: E402

SONGS = 14
GENERATION = 8.0


def ideal_makespan(n: int, gen: float, interval: float = 3.0, slots: int = 10) -> float:
    starts: list[float] = []
    for k in range(n):
        t = 0.0 if k == 0 else starts[-1] + interval
        if k >= slots:
            t = max(t, starts[k - slots] + gen)
        starts.append(t)
    return starts[-1] + gen


async def run(base: str, home: Path) -> None:
    import os

    os.environ["USEAPI_TOKEN"] = SimConfig().token
    os.environ["MUREKA_API_BASE"] = base
    engine = build_engine(AppPaths.resolve(home), settings=Settings(reuse_existing=False))
    engine.store.add([str(5000 + i) for i in range(SONGS)])
    engine.scheduler.start()
    await engine.queue.wait_idle()
    assert engine.store.counts()[State.DONE] == SONGS
    await engine.aclose()


def main() -> None:
    config = SimConfig(generation_time=GENERATION, generation_jitter=0.0)
    app, sim = build_app(config)
    with ServerThread(app) as server, tempfile.TemporaryDirectory() as home:
        config.media_base = f"http://localhost:{server.port}"
        asyncio.run(run(f"{server.url}/v1/mureka", Path(home)))
    calls = [c for c in sim.calls if c["kind"] == "generate"]
    starts = [c["m"] for c in calls]
    actual = starts[-1] - starts[0] + GENERATION
    ideal = ideal_makespan(SONGS, GENERATION)
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    ratio = ideal / actual
    rejected = sum(1 for c in calls if c["status"] == 429)
    verdict = "ok" if ratio >= 0.97 else "BELOW TARGET"
    print(f"bench_pace: {SONGS} songs, {GENERATION:.0f} s generations: ideal {ideal:.2f} s, "
          f"actual {actual:.2f} s, ratio {ratio:.3f} (target >= 0.97: {verdict}); "
          f"min gap {min(gaps):.3f} s, max in flight {sim.max_in_flight}, 429s {rejected}")


if __name__ == "__main__":
    main()
