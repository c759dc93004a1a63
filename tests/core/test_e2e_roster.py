"""Issue 16 end to end: the CLI against the simulator with several Mureka accounts, over
loopback HTTP.  Assertions come from the simulator's own counters and the CLI's output."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from cli_run import cli_env, run_cli, start_sim

pytestmark = pytest.mark.e2e
ACCOUNTS = ["111", "222", "333"]


def generate_calls(sim, account: str | None = None) -> list[dict]:
    return [c for c in sim.calls if c["kind"] == "generate"
            and (account is None or c["account"] == account)]


def generate(tmp_path: Path, server, ids: list[str], timeout: float = 120,
             extra: tuple[str, ...] = (), **env: str):
    return run_cli(["generate", "-", "--data-dir", str(tmp_path / "data"),
                    "--out", str(tmp_path / "out"), *extra], {**cli_env(server), **env},
                   stdin="\n".join(ids).encode(), timeout=timeout)


def test_bare_numbers_with_one_broken_account_the_others_finish(tmp_path: Path):
    server, sim = start_sim(generation_time=1.0, accounts=ACCOUNTS,
                            broken_accounts={"222": "REFRESH_FAILED"})
    try:  # dealt by number: 700000001 -> 222, 700000002 -> 333, 700000003 -> 111, ...
        result = generate(tmp_path, server, [str(700000000 + i) for i in range(1, 10)])
    finally:
        server.__exit__()
    out = result.stdout
    assert result.returncode == 3, out + result.stderr
    assert "6 done, 0 failed, 3 still queued" in out
    assert out.count("PAUSED:") == 1 and "PAUSED: Mureka account 222" in out
    assert "Paused: Mureka account 222" in out  # the summary says why 3 are left
    stats = sim.stats()["accounts"]
    assert stats["111"]["generations"] == 3 and stats["333"]["generations"] == 3
    assert generate_calls(sim, "222") == []  # /accounts said it is broken: never called


def test_an_id_naming_an_account_the_token_lacks_is_routed_by_its_look_up(tmp_path: Path):
    server, sim = start_sim(generation_time=2.0, accounts=ACCOUNTS)
    # 700002 is dealt to 111 (700002 % 3 == 0): its look-up names 111
    ids = [f"user:777-mureka:{a}-song:{700000 + 1000 * k + 3 * i}" for i in range(3)
           for k, a in enumerate(ACCOUNTS)] + ["user:777-mureka:999999999-song:700002"]
    try:
        result = generate(tmp_path, server, ids, extra=("--no-reuse",))
    finally:
        server.__exit__()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "10 done, 0 failed" in result.stdout
    # at most one (a loaded machine may deliver a call 3.08 s after the previous one under
    # 3 s after it); none from a lane of its own for 999999999
    assert sum(s["rejected_9008"] for s in sim.stats()["accounts"].values()) <= 1
    assert sim.generations["user:777-mureka:111-song:700002"] == 1
    with sqlite3.connect(next((tmp_path / "data").rglob("*.sqlite3"))) as db:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert meta.get("spacing_scope") != "token"
    assert "999999999" not in str(meta)  # no lane, no usage row (both kept in meta)


def test_a_song_of_an_account_not_on_the_token_waits_and_says_why(tmp_path: Path):
    server, sim = start_sim(generation_time=1.0, accounts=[*ACCOUNTS, "999999999"],
                            hidden_accounts=["999999999"])
    ids = ["user:777-mureka:999999999-song:4244", "user:777-mureka:111-song:1",
           "user:777-mureka:222-song:2"]
    try:
        result = generate(tmp_path, server, ids)
    finally:
        server.__exit__()
    out = result.stdout
    assert result.returncode == 3, out + result.stderr
    assert "2 done, 0 failed, 1 still queued" in out
    assert "account 999999999 is not on this token" in out
    assert generate_calls(sim, "999999999") == []


def test_a_6323_with_a_huge_retry_after_waits_for_our_own_generations(tmp_path: Path):
    # 8 songs, 2 free slots (8 held by others), a Retry-After of 999999 s on every 429.
    server, sim = start_sim(generation_time=8.0, generation_jitter=0.0, external_busy=8,
                            retry_after={"6323": "999999"})
    try:
        started = time.monotonic()
        result = generate(tmp_path, server, [str(1000 + i) for i in range(8)], timeout=90)
        took = time.monotonic() - started
    finally:
        server.__exit__()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "8 done, 0 failed" in result.stdout
    assert took < 75  # not frozen for the Retry-After (a 60 s wait per 6323 is over 90 s)
    assert any(c["note"] == "6323" for c in generate_calls(sim))


def test_a_9008_retry_after_is_honoured_up_to_60s(tmp_path: Path):
    server, sim = start_sim(generation_time=1.0, retry_after={"9008": "999999"})
    sim.last_calls["111" if sim.several else "token"] = sim.monotonic() + 10  # next: 9008
    sim.config.spacing_scope = "token"
    try:
        result = generate(tmp_path, server, ["1001"], timeout=150)
    finally:
        server.__exit__()
    assert result.returncode == 0, result.stdout + result.stderr
    calls = [c["m"] for c in generate_calls(sim)]
    assert len(calls) == 2 and 60.0 <= calls[1] - calls[0] < 63.0


def test_an_account_removed_from_the_token_mid_run_pauses_its_songs(tmp_path: Path):
    server, sim = start_sim(generation_time=6.0, generation_jitter=0.0, accounts=ACCOUNTS)
    ids = [f"user:777-mureka:{a}-song:{300000 + 100 * k + i}" for i in range(12)
           for k, a in enumerate(ACCOUNTS)]
    hidden_at: list[float] = []

    def remove() -> None:
        time.sleep(8.0)
        sim.config.hidden_accounts = ["333"]
        hidden_at.append(sim.monotonic())

    remover = threading.Thread(target=remove, daemon=True)
    remover.start()
    try:
        result = generate(tmp_path, server, ids, MUREKA_ACCOUNTS_INTERVAL="2")
    finally:
        remover.join()
        server.__exit__()
    out = result.stdout
    assert result.returncode == 3, out + result.stderr
    assert "Mureka account 333 is not on this token any more" in out
    late = [c for c in generate_calls(sim, "333") if c["m"] > hidden_at[0] + 2.0 + 1.5]
    assert late == []
    stats = sim.stats()["accounts"]
    assert stats["111"]["generations"] == 12 and stats["222"]["generations"] == 12
    assert stats["333"]["generations"] < 12
