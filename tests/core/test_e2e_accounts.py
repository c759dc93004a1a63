"""The CLI end to end against the simulator with three Mureka accounts, over loopback HTTP.
Assertions come from the simulator's own counters."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import cli_env, run_cli, start_sim

pytestmark = pytest.mark.e2e
ACCOUNTS = ["111", "222", "333"]


def generate_times(sim, account: str) -> list[float]:
    return [c["m"] for c in sim.calls if c["kind"] == "generate" and c["account"] == account]


def test_three_accounts_side_by_side(tmp_path: Path):
    server, sim = start_sim(generation_time=2.0, accounts=ACCOUNTS)
    try:
        # Bare numbers (dealt to accounts by the simulator, found by the look-up) and one
        # string id naming its account.
        ids = [str(1000 + i) for i in range(8)] + ["user:777-mureka:111-song:1008"]
        result = run_cli(["generate", "-", "--data-dir", str(tmp_path / "data"),
                          "--out", str(tmp_path / "out")], cli_env(server),
                         stdin="\n".join(ids).encode())
    finally:
        server.__exit__()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "9 done, 0 failed" in result.stdout
    stats = sim.stats()["accounts"]
    assert {a: s["generations"] for a, s in stats.items()} == {"111": 3, "222": 3, "333": 3}
    assert sum(s["rejected_9008"] for s in stats.values()) == 0
    assert sorted(sim.generations.values()) == [1] * 9  # one paid call per song
    assert all(s.startswith("user:777-mureka:") for s in sim.generations)  # routed by id
    for account in ACCOUNTS:
        times = generate_times(sim, account)
        assert len(times) == 3
        assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 3.0
        assert stats[account]["max_in_flight"] <= 10
    # Side by side: all nine calls within the time one account needs for three.
    starts = sorted(c["m"] for c in sim.calls if c["kind"] == "generate")
    assert starts[-1] - starts[0] < 2 * 3.08 + 1.5


def test_a_broken_account_waits_while_the_others_finish(tmp_path: Path):
    server, sim = start_sim(generation_time=1.0, accounts=ACCOUNTS,
                            broken_accounts={"222": "REFRESH_FAILED"})
    try:
        ids = [f"user:777-mureka:{a}-song:{2000 + 10 * k + i}" for i in range(3)
               for k, a in enumerate(ACCOUNTS)]
        result = run_cli(["generate", "-", "--data-dir", str(tmp_path / "data"),
                          "--out", str(tmp_path / "out")], cli_env(server),
                         stdin="\n".join(ids).encode())
    finally:
        server.__exit__()
    assert result.returncode == 3, result.stdout + result.stderr  # paused on an account
    assert "6 done, 0 failed, 3 still queued" in result.stdout
    assert "PAUSED: Mureka account 222" in result.stdout
    # Said once when the account paused; the queue stopping on it at the end is no news.
    assert result.stdout.count("PAUSED:") == 1, result.stdout
    stats = sim.stats()["accounts"]
    assert stats["111"]["generations"] == 3 and stats["333"]["generations"] == 3
    assert stats["222"]["generations"] == 0
    # /accounts (free) said 222 is broken before any call: it is never called
    assert generate_times(sim, "222") == []
