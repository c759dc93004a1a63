"""The run the user started (or the songs added while it runs): which songs it finished, so
its end notifies what this run did, and a start with nothing to do says nothing."""

from __future__ import annotations

from mureka_desktop.core.model.items import Item, State


class RunTally:
    def __init__(self) -> None:
        self.active = False
        self.done: set[int] = set()
        self.failed: set[int] = set()

    def begin(self) -> None:
        """Counts what this run finishes (on Start and when songs join a running queue)."""
        if not self.active:
            self.active = True
            self.done, self.failed = set(), set()

    def count(self, item: Item) -> None:
        if not self.active:
            return
        if item.state == State.DONE:
            self.done.add(item.id)
            self.failed.discard(item.id)
        elif item.state == State.FAILED:
            self.failed.add(item.id)
            self.done.discard(item.id)

    def end(self) -> tuple[int, int]:
        """The run is through: how many songs it made and how many failed."""
        done, failed = len(self.done), len(self.failed)
        self.active, self.done, self.failed = False, set(), set()
        return done, failed
