"""What the CLI prints from server text: scrubbed, one line per message, no control
characters acted on by the terminal."""

from __future__ import annotations

import io
from pathlib import Path

from mureka_desktop.cli import Reporter, summarize
from mureka_desktop.core import events as ev
from mureka_desktop.core.config import PauseReason
from mureka_desktop.core.store import State, Store

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
        code = summarize(store, HOSTILE, out)
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
