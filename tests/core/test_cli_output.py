"""What the CLI prints from server text: scrubbed, one line per message, no control
characters acted on by the terminal."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from mureka_desktop.cli_report import Reporter, summarize
from mureka_desktop.core.engine.queries import QueueQuery
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import State
from mureka_desktop.core.storage.store import Store

HOSTILE = "bad song\x1b[2J\x1b[31mred\x1b]0;pwned\x07\rSummary: 1 done\nfake line\x9b2J"


def test_server_text_reaches_the_terminal_without_its_control_characters(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    try:
        store.add(["100"])
        found = store.by_song("100")
        assert found is not None
        failed = store.update(found.id, state=State.FAILED, last_error=HOSTILE)
        out = io.StringIO()
        report = Reporter(out)
        report(ev.SongChanged(failed))
        report(ev.Paused(PauseReason("account", HOSTILE)))
        code = summarize(QueueQuery(store), HOSTILE, out)
    finally:
        store.close()
    text = out.getvalue()
    assert code == 3
    assert not any(ord(c) < 0x20 and c != "\n" or 0x7f <= ord(c) <= 0x9f for c in text)
    lines = [line for line in text.splitlines() if line]
    # one line per message: the song's failure, the pause, the summary, FAILED, Paused
    assert len(lines) == 5, lines
    assert "\\x1b[2J" in lines[0] and "\\x0dSummary: 1 done\\x0afake line" in lines[0]
    assert lines[2].startswith("Summary: 0 done, 1 failed")


def test_a_full_data_folder_while_queueing_is_a_message_and_exit_2(
        tmp_path: Path, monkeypatch, capsys):
    import sqlite3

    from mureka_desktop import cli

    def full(self: Store, *args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "add", full)
    data = tmp_path / "d"
    try:
        code = cli.main(["generate", "--demo", "--data-dir", str(data), "--out",
                         str(tmp_path / "o"), "700000061"])
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_mureka", False)]:
            root.removeHandler(handler)
            handler.close()
    captured = capsys.readouterr()
    assert code == 2, captured
    assert "Traceback" not in captured.err + captured.out
    assert "database or disk is full" in captured.err and "queue.sqlite3" in captured.err
    assert "free some space" in captured.err


def test_a_log_file_that_cannot_be_written_says_so_once(tmp_path: Path, capsys):
    import errno

    from mureka_desktop.core.runtime import logs

    logs.setup(tmp_path)
    [handler] = [h for h in logging.getLogger().handlers if getattr(h, "_mureka", False)]

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    handler.stream = Full()
    try:
        for n in range(150):
            logging.getLogger("mureka_desktop.test").error("record %d", n)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.stream = None  # type: ignore[assignment]
        handler.close()
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("Cannot write the log file") == 1 and "No space left" in err


def test_a_rejected_token_tells_a_cli_user_about_useapi_token():
    from mureka_desktop.cli_report import pause_message
    from mureka_desktop.core.api import client as api
    from mureka_desktop.core.queue.events import explain

    reason = PauseReason("auth", explain(api.AuthError("Unauthorized", 401)))
    said = pause_message(reason)
    assert "Set USEAPI_TOKEN to a valid token" in said and "Unauthorized" in said
    out = io.StringIO()
    Reporter(out)(ev.Paused(reason))
    assert "USEAPI_TOKEN" in out.getvalue()


def run_export(args: list[str], capsys) -> tuple[int, str, str]:
    from mureka_desktop import cli

    code = cli.main(["export", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_to_dash_writes_to_stdout(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("USEAPI_TOKEN", raising=False)
    store = Store(tmp_path / "queue.sqlite3")
    store.add(["100"])
    store.close()
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_export(["--data-dir", str(tmp_path), "--out", "-"], capsys)
    assert code == 0 and out.startswith("song_id,title,state") and "100,,queued" in out
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("folder", ["missing", "empty-db"])
def test_export_from_a_folder_with_no_queue_says_so_and_exits_2(tmp_path: Path, capsys,
                                                                 monkeypatch, folder: str):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    data = tmp_path / "d"
    if folder == "empty-db":
        data.mkdir()
        (data / "queue.sqlite3").write_bytes(b"")
    code, out, err = run_export(["--data-dir", str(data)], capsys)
    assert code == 2 and out == ""
    assert f"There is no queue in {data}" in err and "no such table" not in err


async def test_an_account_pause_is_printed_once_even_when_the_queue_stops_on_it(
        tmp_path: Path):
    """Two broken accounts of three: each pause printed when it comes, and not again when
    the queue stops because only their songs are left (the lines repeated them)."""
    from helpers import FakeKeyring

    from mureka_desktop.app import build_engine
    from mureka_desktop.core.runtime.paths import AppPaths
    from mureka_desktop.core.settings.secrets import TokenStore

    engine = build_engine(AppPaths.resolve(tmp_path / "home"), demo=True, require_token=False,
                          tokens=TokenStore(FakeKeyring()), sim_overrides={
                              "generation_time": 0.2, "existing_video_rate": 0, "v95_rate": 0,
                              "accounts": ["111", "222", "333"],
                              "broken_accounts": {"222": "REFRESH_FAILED",
                                                  "333": "SESSION_EXPIRED"}})
    out = io.StringIO()
    try:
        engine.subscribe(Reporter(out))
        engine.queue.add([f"user:777-mureka:{a}-song:{5000 + 10 * k + i}" for i in range(2)
                    for k, a in enumerate(("111", "222", "333"))])
        engine.queue.start()
        assert await engine.queue.wait_idle(30)
        # Still running (no whole-queue pause): only the broken accounts' songs wait
        assert engine.scheduler.paused is None
        waiting = engine.scheduler.waiting_reason()
        assert waiting is not None and "222" in waiting.message and "333" in waiting.message
    finally:
        await engine.aclose()
    pauses = [line for line in out.getvalue().splitlines() if "PAUSED" in line]
    assert len(pauses) == 2, pauses
    assert "account 222" in pauses[0] + pauses[1] and "account 333" in pauses[0] + pauses[1]


def test_a_pause_tells_a_cli_user_the_command_to_run_again(tmp_path: Path):
    from mureka_desktop.cli import again_command, build_parser, split_window_inputs
    from mureka_desktop.cli_report import pause_message
    from mureka_desktop.core.api import client as api
    from mureka_desktop.core.queue.events import explain

    argv, _ = split_window_inputs(["generate", "--data-dir", str(tmp_path / "my data"), "--demo",
                                   "700000001"])
    again = again_command(build_parser().parse_args(argv))
    assert again == f"mureka-desktop generate --data-dir '{tmp_path / 'my data'}' --demo"
    reasons = [
        PauseReason("auth", explain(api.AuthError("Unauthorized", 401))),
        PauseReason("storage", "Cannot write the queue database in /d: database is locked. "
                    "Another program holds the database: close it, then try again."),
        PauseReason("output", "Cannot write to the output folder /v: it is a file. Choose "
                    "another folder (Settings, or --out) or fix its permissions, then resume."),
        PauseReason("slots", "The Mureka account has had all its generation slots busy for 5 "
                    "minutes while none of them was this app's: other generations hold them. "
                    "Resume when they are done."),
        PauseReason("internal", "Internal error: boom. Resume to try again; the log has the "
                    "details."),
    ]
    for reason in reasons:
        said = pause_message(reason, again)
        assert "resume" not in said.lower() and "try again." not in said, said
        assert f"`{again}`" in said, said


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_to_a_terminal_shows_control_characters_and_a_file_keeps_them(
        tmp_path: Path, monkeypatch, fmt: str):
    from mureka_desktop import cli

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("USEAPI_TOKEN", raising=False)
    store = Store(tmp_path / "queue.sqlite3")
    store.add(["100"])
    item = store.all_items()[0]
    store.update(item.id, title="Bell\x07 clear\x1b[2J nul\x00 end")
    store.close()
    terminal = Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert cli.main(["export", "--data-dir", str(tmp_path), "--format", fmt]) == 0
    shown = terminal.getvalue()
    assert not any(ch in shown for ch in "\x07\x1b\x00"), repr(shown)
    assert "Bell" in shown and "end" in shown
    if fmt == "csv":
        assert "Bell\\x07 clear\\x1b[2J nul\\x00 end" in shown and "\r\n" in shown
    out = tmp_path / f"export.{fmt}"
    assert cli.main(["export", "--data-dir", str(tmp_path), "--format", fmt,
                     "--out", str(out)]) == 0
    if fmt == "csv":  # the file keeps the data as it is
        assert "Bell\x07 clear\x1b[2J nul\x00 end" in out.read_text("utf-8")
    piped = io.StringIO()  # not a terminal: the data as it is
    monkeypatch.setattr("sys.stdout", piped)
    assert cli.main(["export", "--data-dir", str(tmp_path), "--format", fmt]) == 0
    if fmt == "csv":
        assert "Bell\x07 clear\x1b[2J nul\x00 end" in piped.getvalue()


def test_the_cli_modules_stay_within_400_lines():
    """The CLI is split along its seams (arguments and runs in cli, what generate says in
    cli_report, the library's commands in cli_library): none passes the house limit."""
    import mureka_desktop

    package = Path(mureka_desktop.__file__).parent
    sizes = {path.name: len(path.read_text("utf-8").splitlines())
             for path in package.glob("cli*.py")}
    assert {"cli.py", "cli_report.py", "cli_library.py"} <= set(sizes)
    assert max(sizes.values()) <= 400, sizes
