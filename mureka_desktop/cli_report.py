"""What ``mureka-desktop generate`` says while it runs: one line per item state change,
pause and notice from the engine's events, and the summary at the end. Server text is
scrubbed of the token and shown without its control characters."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TextIO

from mureka_desktop.core.engine.queries import QueueQuery
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.config import PauseReason
from mureka_desktop.core.model.items import State

EXIT_OK, EXIT_FAILED, EXIT_PAUSED, EXIT_STOPPED = 0, 1, 3, 4
DEFAULT_OFFLINE_TIMEOUT = 600.0


def human_seconds(seconds: float) -> str:
    return f"{seconds / 60:g} min" if seconds >= 60 else f"{seconds:g} s"


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` safe for a terminal, on one line: every C0/C1 control character (escape
    sequences, carriage return, newline, bell) shown as its ``\\xNN`` escape instead of
    acted on, so text from a server can neither clear the screen nor fake a line."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


_SETTINGS_TOKEN = "Enter a new token in Settings, then resume."
AGAIN = "mureka-desktop generate"
_THEN_RESUME = re.compile(r"\bthen (?:resume|try again)\.")


def pause_message(reason: PauseReason, again: str = AGAIN) -> str:
    """What the CLI says about a pause: the advice made for the window is reworded for a
    command-line user, who cannot "resume" (the token comes from USEAPI_TOKEN there, and
    the way on is to run ``again``)."""
    message = str(reason.message)
    if reason.kind == "auth":
        message = message.replace(
            _SETTINGS_TOKEN, "Set USEAPI_TOKEN to a valid token (or save one in Settings), "
            "then resume.")
    message = _THEN_RESUME.sub(lambda _: f"then run `{again}` again.", message)
    message = message.replace("Resume when they are done.",
                              f"Run `{again}` again when they are done.")
    return message.replace("Resume to try again;", f"Run `{again}` again to try;")


class Reporter:
    """Prints one line per item state change and per pause, from the engine's events, with
    the token scrubbed from whatever the server said."""

    def __init__(self, out: TextIO, scrub: Callable[[str], str] = lambda text: text,
                 offline_timeout: float = DEFAULT_OFFLINE_TIMEOUT, again: str = AGAIN) -> None:
        self.out = out
        self.again = again
        self.scrub = scrub
        self.offline_timeout = offline_timeout
        self._last: dict[int, tuple[State, str | None]] = {}
        self._offline = False

    def __call__(self, event: ev.Event) -> None:
        if isinstance(event, ev.Paused):
            if event.reason.kind == "offline":
                if not self._offline:  # said once, however long it lasts
                    self._offline = True
                    self._print(f"The API is unreachable: {event.reason.message} Waiting for "
                                f"it (up to {human_seconds(self.offline_timeout)}).")
            elif not event.follows_accounts:  # else each account's pause was printed
                self._print(f"PAUSED: {pause_message(event.reason, self.again)}")
        if isinstance(event, ev.Notice):
            self._print(event.message)
        if isinstance(event, ev.Resumed) and self._offline:
            self._offline = False
            self._print("The API answers again: carrying on.")
        if not isinstance(event, ev.SongChanged):
            return
        item = event.item
        # a note on a running generation (its answer was lost: looking for the video) counts
        note = item.last_error if item.state == State.GENERATING else None
        if self._last.get(item.id) == (item.state, note):
            return
        self._last[item.id] = (item.state, note)
        detail = ""
        if item.state == State.GENERATING:
            detail = f" (attempt {item.attempts})" + (f": {note}" if note else "")
        elif item.state == State.DONE:
            detail = f" -> {item.video_path}"
        elif item.state in (State.FAILED, State.QUEUED) and item.last_error:
            detail = f": {item.last_error}"
        self._print(f"{item.song_id} {item.state}{detail}")

    def _print(self, line: str) -> None:
        print(f"{time.strftime('%H:%M:%S')} {visible(self.scrub(line))}", file=self.out,
              flush=True)


def summarize(store: QueueQuery, paused: str | None, out: TextIO,
              scrub: Callable[[str], str] = lambda text: text, *,
              stopped: str | None = None) -> int:
    """The summary at the end of a run, and its exit code. ``stopped``: the command that
    carries on, when a signal (Ctrl+C, SIGTERM) stopped the run (exit 4)."""
    counts = store.counts()
    failed = store.items_in(State.FAILED)
    print(f"\nSummary: {counts[State.DONE]} done, {counts[State.FAILED]} failed, "
          f"{counts[State.QUEUED] + counts[State.GENERATING] + counts[State.CHECKING]} "
          f"still queued, {counts[State.CANCELLED]} cancelled", file=out)
    for item in failed:
        print(visible(scrub(f"  FAILED {item.song_id}: {item.last_error}")), file=out)
    if stopped is not None:
        print(visible(scrub(stopped_message(store, stopped))), file=out, flush=True)
        return EXIT_STOPPED
    if paused:
        print(visible(scrub(f"Paused: {paused}")), file=out)
        return EXIT_PAUSED
    return EXIT_FAILED if failed else EXIT_OK


def stopped_message(store: QueueQuery, again: str = AGAIN) -> str:
    """The one line a run stopped by Ctrl+C or SIGTERM ends with: how many songs are left,
    and that running ``again`` does the rest. A song whose generate call went out stays
    generating: the next run looks it up (free) instead of paying for it again."""
    left = store.items_in(State.QUEUED, State.CHECKING, State.GENERATING, State.DOWNLOADING)
    if not left:
        return "Stopped: no song left."
    sent = sum(1 for item in left if item.state in (State.GENERATING, State.DOWNLOADING))
    paid = (f" ({sent} already sent to Mureka: looked up then, not paid twice)"
            if sent else "")
    return (f"Stopped: {len(left)} song{'s' if len(left) != 1 else ''} left{paid}. "
            f"Run `{again}` again to do the rest.")
