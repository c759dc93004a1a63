"""Enter adds: in the review dialog and the account picker, Add is the default button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from window_tools import wait_for

from mureka_desktop.ui.intake import AddSongsDialog, ReviewDialog
from mureka_desktop.ui.main_window import MainWindow


async def active(dialog: QWidget) -> None:
    await wait_for(lambda: QApplication.activeWindow() is dialog, timeout=5)


def focused(dialog: QWidget) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and (widget is dialog or dialog.isAncestorOf(widget))
    return widget


async def test_return_in_the_review_dialog_adds_the_typed_ids(window: MainWindow, qtbot: Any):
    window.activateWindow()
    await active(window)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    typing = window.dialog
    assert isinstance(typing, AddSongsDialog)
    await active(typing)
    QTest.keyClicks(typing.editor, "101 102")
    QTest.keyClick(typing.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))  # parsed off-thread
    review = window.intake.dialog
    assert isinstance(review, ReviewDialog) and review.isVisible()
    await active(review)
    QTest.keyClick(focused(review), Qt.Key.Key_Return)
    assert not review.isVisible()
    assert [i.song_id for i in window.engine.queue.query.all_items()] == ["101", "102"]


async def test_return_in_a_review_with_nothing_to_add_does_not_add(window: MainWindow,
                                                                   qtbot: Any):
    window.engine.queue.add(["101"])
    window.intake.take_text("101", "Typed in")
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))  # parsed off-thread
    review = window.intake.dialog
    assert isinstance(review, ReviewDialog)
    await active(review)
    assert not review.add_button.isEnabled() and not review.add_button.isDefault()
    QTest.keyClick(focused(review), Qt.Key.Key_Return)
    assert not review.isVisible()
    assert len(window.engine.queue.query.all_items()) == 1


async def test_return_in_the_account_picker_reviews_then_adds(make_engine: Any,
                                                              open_window: Any, qtbot: Any):
    engine = make_engine(library_size=5, v95_rate=0)
    window = open_window(engine)
    picker = window.commands.add_from_account()
    await wait_for(lambda: picker.songs.topLevelItemCount() == 5, timeout=10)
    await active(picker)
    QTest.mouseClick(picker.all_button, Qt.MouseButton.LeftButton)  # takes the focus
    picked = picker.checked_ids()
    assert len(picked) == 5
    QTest.keyClick(focused(picker), Qt.Key.Key_Return)
    review = window.intake.dialog
    assert isinstance(review, ReviewDialog) and review.isVisible()
    await active(review)
    QTest.keyClick(focused(review), Qt.Key.Key_Return)
    assert [i.song_id for i in engine.queue.query.all_items()] == picked
