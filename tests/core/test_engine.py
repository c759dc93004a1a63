"""The engine facade under plain asyncio: each user action is one call and one event, and the
scheduler's changes come through the same stream."""

from __future__ import annotations

from mureka_desktop.core.engine.facade import Engine, scrub_text
from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.items import State
from mureka_desktop.core.settings.values import Settings


def actions(seen: list[ev.Event]) -> list[str]:
    return [e.action for e in seen if isinstance(e, ev.QueueChanged)]


async def test_each_user_action_is_one_event(engine: Engine):
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    added = engine.queue.add(["1", "2", "3", "user:7-mureka:8-song:3"])
    assert added.queued == 3 and len(engine.store.history()) == 3
    store = engine.store
    one, two, three = store.all_items()
    assert three.song_id == "user:7-mureka:8-song:3"
    store.update(one.id, state=State.DONE, video_id="9")
    store.update(two.id, state=State.FAILED)
    assert engine.queue.clear_finished() == [one.id]
    assert engine.queue.retry() == 1
    assert engine.queue.undo() == [one.id]
    engine.queue.regenerate([one.id])
    engine.queue.remove([three.id])
    engine.settings.apply(Settings(concurrency=3))
    assert actions(seen) == ["add", "clear", "retry", "undo", "regenerate", "remove"]
    changes = [e for e in seen if isinstance(e, ev.QueueChanged)]
    assert changes[0].appended and changes[1].removed == (one.id,) and changes[1].undoable
    assert changes[3].reordered and changes[5].removed == (three.id,)
    assert isinstance(seen[-1], ev.SettingsApplied) and engine.scheduler.config.concurrency == 3
    # the scheduler's own changes (retry queued song 2 again) arrive through the same stream
    assert any(isinstance(e, ev.SongChanged) and e.item.id == two.id
               and e.item.state == State.QUEUED for e in seen)


async def test_a_run_reports_through_the_engine_stream(engine: Engine):
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    engine.queue.add(["11"])
    engine.queue.start()
    await engine.queue.wait_idle()
    states = [e.item.state for e in seen if isinstance(e, ev.SongChanged)]
    assert states[-1] == State.DONE and State.GENERATING in states
    engine.queue.pause()
    assert isinstance(seen[-1], ev.Paused)


def test_scrub_text_removes_tokens_but_keeps_song_ids():
    text = ("Bearer user:1-abcdefGHIJ echoed user:1-abcdefGHIJ for "
            "user:777-mureka:555-song:700000004 and secret-xyz")
    out = scrub_text(text, ["secret-xyz"])
    assert "abcdefGHIJ" not in out and "secret-xyz" not in out
    assert "user:777-mureka:555-song:700000004" in out
