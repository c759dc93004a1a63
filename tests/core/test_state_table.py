"""The item's state table in the scheduler's docstring is the truth: parsed here, every
transition it lists is made to happen through the real scheduler (fake API, virtual time),
and every transition seen in doing so is one the table lists."""

from __future__ import annotations

import re
from pathlib import Path

from fakes import Rig

import mureka_desktop.core.queue.scheduler as scheduler_module
from mureka_desktop.core.api import client as api
from mureka_desktop.core.downloads.fetch import DownloadError
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.scheduler import Event

ROW = re.compile(r"^\s{4}([a-z]+)\s+->\s+([a-z]+)\s+\S", re.MULTILINE)


def table() -> set[tuple[State, State]]:
    doc = scheduler_module.__doc__ or ""
    return {(State(a), State(b)) for a, b in ROW.findall(doc)}


class Seen:
    """Every state change of every item, from the scheduler's own events."""

    def __init__(self, rig: Rig) -> None:
        self.rig = rig
        self.last: dict[int, State] = {i.id: i.state for i in rig.store.all_items()}
        self.pairs: set[tuple[State, State]] = set()
        rig.scheduler.subscribe(self)

    def __call__(self, event: Event) -> None:
        if event.kind != "song_changed" or event.item is None:
            return
        item = event.item
        before = self.last.get(item.id, State.QUEUED)
        if before != item.state:
            self.pairs.add((before, item.state))
        self.last[item.id] = item.state

    def track_new(self) -> None:
        for item in self.rig.store.all_items():
            self.last.setdefault(item.id, item.state)


def test_the_table_parses_and_names_only_real_states():
    rows = table()
    assert len(rows) >= 15
    assert {s for pair in rows for s in pair} == set(State)


async def test_every_transition_of_the_table_happens_and_no_other(tmp_path: Path):
    rig = Rig(tmp_path)
    rig.api.generation_time = 5.0
    seen = Seen(rig)
    a = rig.api
    a.existing("200")                                     # checking -> downloading
    a.versions["201"] = "V9.5"                            # checking -> failed
    a.outcomes["202"] = [api.RateLimited("Too frequently")]  # generating -> queued
    a.outcomes["203"] = [api.InvalidSong("The song has been deleted", 400)]  # -> failed
    rig.store.add(["100", "200", "201", "202", "203"])
    seen.track_new()
    rig.scheduler.start()
    await rig.clock.advance(60)
    # downloading -> failed (for good), then Retry: failed -> queued
    rig.fetch.errors = [DownloadError("HTTP 404", permanent=True),
                        DownloadError("HTTP 404", permanent=True)]
    rig.store.add(["300"])
    seen.track_new()
    rig.scheduler.wake()
    await rig.clock.advance(30)
    # downloading -> queued (disk full: the queue pauses)
    rig.fetch.errors = [DownloadError("No space left", disk_full=True)] * 2
    rig.store.add(["301"])
    seen.track_new()
    rig.scheduler.wake()
    await rig.clock.advance(30)
    assert rig.scheduler.paused is not None and rig.scheduler.paused.kind == "disk"
    rig.scheduler.retry_failed()
    # queued -> cancelled, cancelled -> queued
    rig.store.add(["400"])
    seen.track_new()
    item = rig.store.by_song("400")
    assert item is not None
    rig.scheduler.cancel([item.id])
    rig.scheduler.retry_failed([item.id])
    # checking -> cancelled and downloading -> cancelled: cancelled while running
    a.lookup_time, rig.fetch.time = 2.0, 2.0
    a.existing("501")  # found by its look-up: straight to downloading
    rig.store.add(["500", "501"])
    seen.track_new()
    rig.fetch.errors = []
    rig.scheduler.start()
    await rig.clock.settle()
    for song, state in (("500", State.CHECKING), ("501", State.DOWNLOADING)):
        await _until(rig, song, state)
        got = rig.store.by_song(song)
        assert got is not None
        rig.scheduler.cancel([got.id])
    await rig.clock.advance(120)
    missing = table() - seen.pairs
    extra = seen.pairs - table()
    assert not missing, f"transitions of the table never made: {missing}"
    assert not extra, f"transitions the table does not list: {extra}"
    await rig.scheduler.close()
    rig.store.close()


async def _until(rig: Rig, song: str, state: State) -> None:
    for _ in range(2000):
        item = rig.store.by_song(song)
        if item is not None and item.state == state:
            return
        await rig.clock.advance(0.01, step=0.01)
    raise AssertionError(f"{song} never reached {state}")
