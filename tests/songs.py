"""Finished songs put in an engine the way the app puts them there (core and UI tests).

Queuing is the user's action, ``engine.queue.add``. A song done with its video on disk is not
one: the app reaches it by a generation and a download. Running the simulator for each one
would leave titles, file names and file contents to the simulator, so :func:`finish_songs`
does only the scheduler's last step, as the scheduler does it: ``Scheduler.apply`` writes
the row and emits ``song_changed``, which the engine forwards as ``SongChanged`` and
``VideoChanged("added")`` (and then reads the files' hashes, as after a download). The views
learn of the songs from those events, as in the app, never from a reload by the test.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mureka_desktop.core.engine.facade import Engine
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.model.videos import Video
from mureka_desktop.core.queue import outcomes as out
from mureka_desktop.core.runtime.paths import resources_dir

CLIP = resources_dir() / "demo-clip.mp4"


def small_mp4(number: str) -> bytes:
    """A small file that passes the MP4 check (``ftyp`` first), different per song."""
    return b"\0\0\0\x18ftypisom" + number.encode() * 40


def small_png(number: str) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + number.encode() * 20


def scheduler_change(engine: Engine, item_id: int, **changes: Any) -> Item:
    """A change of a song that only the scheduler makes (done, failed, downloading, its links
    and error), made as the scheduler makes it: the outcome a job would return, given to
    ``Scheduler.apply`` (its one way to change an item), which writes the row and emits
    ``song_changed``; the engine forwards it as ``SongChanged`` (and ``VideoChanged("added")``
    for a song done with a video). Returns the row as it is then."""
    fields = dict(changes)
    state = fields.pop("state", None)
    outcome: out.Outcome
    if state == State.DONE:
        outcome = out.Done(item_id, fields)
    elif state == State.FAILED:
        outcome = out.Failed(item_id, str(fields.pop("last_error", "") or ""), fields)
    elif state == State.QUEUED:
        outcome = out.Requeued(item_id, fields)
    elif state == State.DOWNLOADING:
        engine.scheduler.apply(out.Downloading(item_id))
        outcome = out.Note(item_id, fields)
    else:  # a check or a generation under way, or only fields (links, an error, a title)
        outcome = out.Note(item_id, fields if state is None else {"state": state, **fields})
    engine.scheduler.apply(outcome)
    item = engine.queue.query.get(item_id)
    assert item is not None, item_id
    return item


def queue_songs(engine: Engine, song_ids: Sequence[str], **changes: Any) -> list[Item]:
    """``song_ids`` queued as the user queues them; with ``changes``, each then changed by
    :func:`scheduler_change`. Returns their rows, in the order given."""
    engine.queue.add(list(song_ids))
    items = [engine.queue.query.by_song(song_id) for song_id in song_ids]
    assert all(items), song_ids
    return [scheduler_change(engine, i.id, **changes) if changes else i
            for i in items if i is not None]


async def finish_songs(engine: Engine, folder: Path, numbers: Sequence[str], *,
                       title: str = "Song {n}", name: str = "song-{n}",
                       body: Callable[[str], bytes] = small_mp4, clip: bool = False,
                       cover: Callable[[str], bytes] | None = small_png, hashes: bool = True,
                       **changes: Any) -> list[Video]:
    """``numbers`` queued, then each done with its video ``folder/<name>.mp4`` (``body`` of
    the number, or the demo clip with ``clip``) and cover (``cover`` of the number; None: no
    cover file, the row still names one) and title; ``{n}`` is the song number. Returns the
    new videos, their hashes recorded (``hashes``: False, a row as an older version left it,
    never hashed: written to the store with no event, as a migration finds it)."""
    folder.mkdir(parents=True, exist_ok=True)
    engine.queue.add(list(numbers))
    made: list[tuple[str, Path]] = []
    for number in numbers:
        item = engine.queue.query.by_song(number)
        assert item is not None, number
        stem = name.format(n=number)
        video, picture = folder / f"{stem}.mp4", folder / f"{stem}.png"
        if clip:
            shutil.copyfile(CLIP, video)
        else:
            video.write_bytes(body(number))
        if cover is not None:
            picture.write_bytes(cover(number))
        done = dict(state=State.DONE, title=title.format(n=number), video_id=f"v{number}",
                    video_path=str(video), cover_path=str(picture)) | changes
        if hashes:
            scheduler_change(engine, item.id, **done)
        else:
            engine.store.update(item.id, **done)
        made.append((number, video))
    await engine.library.files.settle()
    return [v for number, path in made for v in engine.library.videos.of_song(number)
            if v.video_path == str(path)]
