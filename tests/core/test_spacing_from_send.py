"""The 3 s spacing counts from the moment a generate call is sent, not from its dispatch."""

from __future__ import annotations

from pathlib import Path

from fakes import Rig

from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.events import Event


async def test_second_call_is_spaced_from_the_first_real_send(tmp_path: Path):
    rig = Rig(tmp_path)
    rig.store.add(["100", "101", "102"])
    busy = [0.4]  # the loop is busy this long once, between the dispatch and the send

    def loaded_loop(event: Event) -> None:
        # A listener that takes time (a slow terminal, a loaded machine): the clock moves on
        # after the call was dispatched and before its task sends it.
        if event.kind == "song_changed" and event.item is not None \
                and event.item.state == State.GENERATING and busy:
            rig.clock._now += busy.pop()

    rig.scheduler.subscribe(loaded_loop)
    try:
        rig.scheduler.start()
        await rig.clock.advance(20)
        starts = [t for t, _ in rig.api.calls]
        assert len(starts) == 3
        spacing = 3.0 + rig.config.margin
        assert starts[1] - starts[0] >= spacing - 1e-6, starts
        assert starts[2] - starts[1] >= spacing - 1e-6, starts
        assert not busy  # the delay did happen between dispatch and send
    finally:
        await rig.scheduler.close()
        rig.store.close()
