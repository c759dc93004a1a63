"""The CLI end to end (loopback HTTP): a song's identity, re-importing our own export, secrets
in what the server says, and databases the CLI cannot use."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from cli_run import cli_env, run_cli, start_sim
from helpers import ServerThread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

pytestmark = pytest.mark.e2e
FULL = "user:777-mureka:123456789-song:700000004"


def test_two_spellings_of_one_song_make_one_generation_and_one_file(tmp_path: Path):
    server, sim = start_sim(generation_time=0.5, existing_video_rate=0, v95_rate=0)
    try:
        out = tmp_path / "out"
        result = run_cli(["generate", "700000004", FULL, "--data-dir", str(tmp_path / "d"),
                          "--out", str(out)], cli_env(server.url))
        exported = run_cli(["export", "--format", "json", "--data-dir", str(tmp_path / "d")],
                           cli_env(server.url))
    finally:
        server.__exit__()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 queued" in result.stdout and "1 duplicates" in result.stdout
    assert sum(sim.generations.values()) == 1  # type: ignore[attr-defined]
    assert dict(sim.generations) == {FULL: 1}  # type: ignore[attr-defined]
    # named by the default template, "{title} - {song}"
    assert sorted(p.name for p in out.iterdir()) == ["Demo song 0004 - 700000004.mp4",
                                                     "Demo song 0004 - 700000004.png"]
    items = json.loads(exported.stdout)["items"]
    assert [(i["song_id"], i["state"]) for i in items] == [(FULL, "done")]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_reimporting_our_export_restores_done_songs_and_pays_nothing(tmp_path: Path, fmt: str):
    server, sim = start_sim(generation_time=0.3, existing_video_rate=0, v95_rate=0)
    songs = ["5101", "5102", "user:777-mureka:123456789-song:5103"]
    out = tmp_path / "out"
    export_file = tmp_path / f"export.{fmt}"
    try:
        env = cli_env(server.url)
        first = run_cli(["generate", *songs, "--data-dir", str(tmp_path / "d1"), "--out",
                         str(out)], env)
        assert first.returncode == 0, first.stdout + first.stderr
        assert run_cli(["export", "--format", fmt, "--out", str(export_file), "--data-dir",
                        str(tmp_path / "d1")], env).returncode == 0
        paid = sum(sim.generations.values())  # type: ignore[attr-defined]
        (out / "Demo song 5102 - 5102.mp4").unlink()  # a missing file means not done
        again = run_cli(["generate", str(export_file), "--data-dir", str(tmp_path / "fresh"),
                         "--out", str(out)], env)
        listing = run_cli(["export", "--format", "json", "--data-dir",
                           str(tmp_path / "fresh")], env)
    finally:
        server.__exit__()
    assert paid == 3
    assert again.returncode == 0, again.stdout + again.stderr
    assert "1 queued, 0 already queued, 0 already done, 2 restored from an export" \
        in again.stdout
    # the song without its file was looked up and its existing video downloaded: no payment
    assert sum(sim.generations.values()) == 3  # type: ignore[attr-defined]
    # its old cover still holds the name (never overwritten): video and cover take " (2)"
    assert (out / "Demo song 5102 - 5102 (2).mp4").is_file()
    items = {i["song_id"]: i for i in json.loads(listing.stdout)["items"]}
    assert sorted(items) == sorted(songs)
    assert all(i["state"] == "done" for i in items.values())
    restored = items["5101"]
    assert restored["title"] and restored["video_id"]
    assert restored["video_path"] == str(out / "Demo song 5101 - 5101.mp4")


def _echo_server(token_seen: list[str]) -> ServerThread:
    """An API that answers a 400 echoing the request, Authorization header included."""

    async def generate(request: Request) -> JSONResponse:
        auth = request.headers.get("authorization", "")
        token_seen.append(auth)
        body = (await request.body()).decode()
        return JSONResponse({"error": f"Bad request: {body} with Authorization: {auth} "
                             f"(token {auth.removeprefix('Bearer ')})", "code": 400},
                            status_code=400)

    async def song(request: Request) -> JSONResponse:
        sid = request.path_params["song_id"]
        return JSONResponse({"song": {"song_id": sid, "title": "=HYPERLINK(\"x\")",
                                      "version": "V8"}})

    app = Starlette(routes=[
        Route("/v1/mureka/music/video-generate", generate, methods=["POST"]),
        Route("/v1/mureka/music/{song_id:str}", song, methods=["GET"]),
    ])
    return ServerThread(app).__enter__()


def test_a_server_echoing_the_token_never_puts_it_in_stdout_store_or_export(tmp_path: Path):
    token = "user:4242-s3cretT0kenValue"
    seen: list[str] = []
    server = _echo_server(seen)
    data = tmp_path / "d"
    try:
        env = cli_env(server.url, token)
        result = run_cli(["generate", "6101", "--data-dir", str(data)], env)
        csv_text = run_cli(["export", "--format", "csv", "--data-dir", str(data)], env).stdout
        json_text = run_cli(["export", "--format", "json", "--data-dir", str(data)],
                            env).stdout
    finally:
        server.__exit__()
    assert seen and token in seen[0]  # the server did echo it
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED 6101: Bad request" in result.stdout
    for text in (result.stdout, result.stderr, csv_text, json_text):
        assert "s3cretT0kenValue" not in text
    for path in data.rglob("*"):
        if path.is_file():
            assert b"s3cretT0kenValue" not in path.read_bytes(), path
    # the title a spreadsheet would run as a formula is neutralised, and reads back as it was
    assert "'=HYPERLINK" in csv_text
    from mureka_desktop.core.queue.export import read_export

    [row] = read_export(csv_text) or []
    assert row.record.title == '=HYPERLINK("x")'


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_database_exits_2_with_the_path_and_what_to_do(tmp_path: Path, damage: str):
    from mureka_desktop.core.storage.store import Store

    data = tmp_path / "d"
    data.mkdir()
    db = data / "queue.sqlite3"
    store = Store(db)
    store.add([str(n) for n in range(1, 3000)])
    store.close()
    raw = db.read_bytes()
    db.write_bytes(b"garbage " * 500 if damage == "garbage" else raw[: len(raw) // 2])
    env = cli_env("http://127.0.0.1:9")
    for args in (["generate", "1"], ["export"]):
        result = run_cli([*args, "--data-dir", str(data)], env)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        assert str(db) in result.stderr and "Move it aside" in result.stderr


def test_a_read_only_data_folder_refuses_generate_and_still_exports(tmp_path: Path):
    from mureka_desktop.core.model.items import State
    from mureka_desktop.core.storage.store import Store

    # root ignores permissions: run the CLI as an unprivileged user in a folder it can read
    user = 65534 if os.geteuid() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="mureka-ro-"))
    try:
        base.chmod(0o755)
        data = base / "d"
        store = Store(data / "queue.sqlite3")
        store.add(["7101", "7102"])
        store.update(store.all_items()[0].id, state=State.DONE, video_path="/o/7101.mp4")
        store.clear_finished()
        store.close()
        for path in [data, *data.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        env = {**cli_env("http://127.0.0.1:9"), "HOME": str(base)}
        result = run_cli(["generate", "7103", "--data-dir", str(data)], env, user=user)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        assert str(data) in result.stderr and "read-only" in result.stderr
        exported = run_cli(["export", "--format", "json", "--data-dir", str(data)], env,
                           user=user)
        assert exported.returncode == 0, exported.stderr
        items = json.loads(exported.stdout)["items"]
        assert [(i["song_id"], i["state"]) for i in items] == [("7101", "done"),
                                                               ("7102", "queued")]
    finally:
        for path in [base, *base.rglob("*")]:
            path.chmod(0o755)
        shutil.rmtree(base)
