"""Read-only views of the store for the window and the CLI.

A view reads the queue and the library through these and nothing else: they have the few
reads the views need and no way to write (writes are the services' user actions, and the
scheduler's own work).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.model.videos import Review, Video
from mureka_desktop.core.queue import export
from mureka_desktop.core.storage.store import Store


class QueueQuery:
    """The queue's songs, as stored now."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def all_items(self) -> list[Item]:
        """The songs the queue shows, in queue order."""
        return self._store.all_items()

    def items_after(self, item_id: int) -> list[Item]:
        """Songs added after ``item_id`` (the rows a view does not have yet)."""
        return self._store.items_after(item_id)

    def present(self, item_ids: Iterable[int]) -> set[int]:
        """Which of these songs are still in the queue view."""
        return self._store.present(item_ids)

    def get(self, item_id: int) -> Item | None:
        return self._store.get(item_id)

    def by_song(self, song_id: str) -> Item | None:
        return self._store.by_song(song_id)

    def items_in(self, *states: State) -> list[Item]:
        return self._store.items_in(*states)

    def history(self) -> list[Item]:
        """Every song ever queued, cleared ones included."""
        return self._store.history()

    def counts(self) -> dict[State, int]:
        return self._store.counts()

    def classify(self, song_ids: Iterable[str]) -> dict[str, State]:
        """The state of each of these songs the queue knows."""
        return self._store.classify(song_ids)


class VideosQuery:
    """The library's videos, as stored now."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def all(self) -> list[Video]:
        """Every video of the library, oldest first."""
        return self._store.videos.all()

    def many(self, video_ids: Iterable[int]) -> list[Video]:
        return self._store.videos.many(video_ids)

    def get(self, video_id: int) -> Video | None:
        return self._store.videos.get(video_id)

    def of_song(self, song_number: str) -> list[Video]:
        return self._store.videos.of_song(song_number)

    def after(self, video_id: int) -> list[Video]:
        return self._store.videos.after(video_id)

    def by_video_id(self, video_id: str) -> Video | None:
        """The newest row of the video with this Mureka video id."""
        row = self._store.connection.execute(
            "SELECT id FROM videos WHERE video_id=? ORDER BY id DESC LIMIT 1",
            (video_id,)).fetchone()
        return None if row is None else self._store.videos.get(int(row[0]))


def read_export(database: Path, flt: str = "all"
                ) -> tuple[list[export.ExportRow], dict[str, Review]]:
    """What an export holds, read from the database without writing to it (works from a
    read-only data folder, and while the window runs the queue).  Raises
    :class:`StoreError` (cannot open) or :class:`sqlite3.Error` (cannot read)."""
    store = Store(database, readonly=True)
    try:
        return export.rows(store.history(), store.videos.all(), flt)
    finally:
        store.close()
