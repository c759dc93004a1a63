"""Errors where the eye is: the selected song's state, attempts and error above its preview;
actions enabled only when they apply; an empty queue that says what to do."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from songs import queue_songs, scheduler_change
from window_tools import shown, wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.ui.main_window import MainWindow

ERROR = ("The API refused this song: HTTP 422 'song has no lyrics'. Songs without lyrics "
         "cannot become lyrics videos; pick another song.")


async def fill_failed(window: MainWindow) -> None:
    """Two songs queued; the scheduler fails the first (the second stays queued)."""
    first, _ = queue_songs(window.engine, ["700000001", "700000002"])
    scheduler_change(window.engine, first.id, state=State.FAILED, attempts=2, last_error=ERROR)
    await shown(window)


async def test_a_failed_song_shows_state_attempts_and_the_full_error(window: MainWindow):
    await fill_failed(window)
    window.select_row(0)
    detail = window.preview.detail
    assert "Failed" in detail.state_label.text()
    assert "2 attempts" in detail.state_label.text()
    assert detail.error_label.isVisibleTo(window) and ERROR in detail.error_label.text()
    # the preview says why, not only that it failed: the reason above, once
    message = window.preview.video_message.text()
    assert "failed" in message and "error is above" in message
    assert "song has no lyrics" not in message
    assert window.acts.copy_error_action.isEnabled()
    window.acts.copy_error_action.trigger()
    assert QGuiApplication.clipboard().text() == f"700000001: {ERROR}"
    assert "Failed" in detail.accessibleDescription()  # said in words, not colour


async def test_actions_follow_the_selection_and_the_queue(window: MainWindow):
    acts = window.acts
    per_selection = [acts.remove_action, acts.regenerate_action, acts.open_action,
                     acts.folder_action, acts.copy_action, acts.copy_error_action]
    # An empty queue: nothing to act on, Start stays, the table says what to do.
    assert not any(a.isEnabled() for a in per_selection)
    assert not window.acts.retry_action.isEnabled() and not window.acts.clear_action.isEnabled()
    assert window.acts.start_action.isEnabled()
    assert window.empty_hint.isVisibleTo(window) and "Ctrl+N" in window.empty_hint.text()

    await fill_failed(window)
    await wait_for(window.acts.retry_action.isEnabled, timeout=5)
    assert not window.acts.clear_action.isEnabled()  # nothing done or cancelled yet
    window.select_row(1)  # the queued one: no error to copy, nothing to open
    assert window.acts.remove_action.isEnabled() and not window.acts.copy_error_action.isEnabled()
    assert not window.acts.open_action.isEnabled()
    window.table.clearSelection()
    assert not window.acts.remove_action.isEnabled()

    # A selected song that fails later enables Copy error without a new click.
    window.select_row(1)
    second = window.engine.queue.query.all_items()[1]
    scheduler_change(window.engine, second.id, state=State.FAILED, last_error="boom")
    await wait_for(window.acts.copy_error_action.isEnabled, timeout=5)


def test_a_refused_song_is_not_promised_a_retry():
    from mureka_desktop.core.model.items import Item, State
    from mureka_desktop.ui.song_detail import failed_message

    refused = Item(1, "41000", 1, State.FAILED, last_error="Made with model V9.5", model="V9.5")
    other = Item(2, "41001", 2, State.FAILED, last_error="HTTP 502", model="V8")
    assert "Retry leaves it" in failed_message(refused)
    assert "Ctrl+Shift+R" not in failed_message(refused)
    assert "Retry failed (Ctrl+Shift+R) tries again" in failed_message(other)


async def test_a_filter_that_hides_the_selected_song_clears_its_detail(window: MainWindow):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from window_tools import activate

    await fill_failed(window)
    window.select_row(0)
    detail = window.preview.detail
    assert ERROR in detail.error_label.text()
    await activate(window)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.search, "700000002")  # hides the failed song
    await wait_for(lambda: window.proxy.rowCount() == 1)
    await wait_for(lambda: window.preview.item is None)
    assert not detail.error_label.isVisibleTo(window)
    assert not window.acts.copy_error_action.isEnabled()


async def test_regenerating_another_song_clears_a_detail_whose_row_went_away(window: MainWindow):
    await fill_failed(window)
    window.select_row(0)
    assert ERROR in window.preview.detail.error_label.text()
    second = window.engine.queue.query.all_items()[1]
    scheduler_change(window.engine, second.id, state=State.DONE)
    window.engine.queue.regenerate([second.id])  # the view is re-read: the selection is gone
    await wait_for(lambda: not window.table.selectionModel().selectedRows())
    await wait_for(lambda: window.preview.item is None)
    assert not window.preview.detail.error_label.isVisibleTo(window)
