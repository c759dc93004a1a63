"""A song whose look-up failed once: retried after the delay its message names, and its
note cleared once the retried look-up succeeded (the CLI printed the stale line again)."""

from __future__ import annotations

import re

import pytest
from fakes import Rig

from mureka_desktop.core.api import client as api
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.events import Event


async def test_a_look_up_that_failed_once_is_retried_when_said_and_its_note_cleared(rig: Rig):
    songs = [str(100 + n) for n in range(5)]
    rig.api.generation_time = 20.0
    rig.api.lookup_fails["102"] = [
        api.UnreadableSuccess("HTTP 200 with a body that is not JSON: 'OK<!doc'")]
    seen: list[tuple[float, State, str | None]] = []

    def listen(event: Event) -> None:
        if event.kind == "song_changed" and event.item is not None \
                and event.item.song_id == "102":
            seen.append((rig.clock.time(), event.item.state, event.item.last_error))

    rig.scheduler.subscribe(listen)
    rig.store.add(songs)
    rig.scheduler.start()
    await rig.clock.advance(200)
    assert rig.states() == dict.fromkeys(songs, State.DONE)
    looked = [t for t, s in rig.api.lookups if s == "102"]
    assert len(looked) == 2, looked
    [note] = {error for _, state, error in seen if state == State.QUEUED and error}
    said = re.search(r"Look-up failed \(HTTP 200 with a body that is not JSON.*\); trying it "
                     r"again in (\d+(?:\.\d)?) s before any paid call", note)
    assert said, note
    # retried when the message says (to the second it shows), not a second later
    assert looked[1] - looked[0] == pytest.approx(float(said[1]), abs=0.05), looked
    # once the retried look-up succeeded, the failure is no longer the song's news (the
    # CLI printed it again on the song's "queued" before "generating")
    after = [(state, error) for t, state, error in seen
             if t >= looked[1] and state != State.CHECKING]
    assert after[0][0] == State.QUEUED, after
    assert after and all(error is None for _, error in after), after
