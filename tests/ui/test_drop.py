"""Drags over the window: a visible highlight while a usable drag hovers, and drops taken as
Copy even when the source proposes Move (a file manager would delete the dragged file)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from window_tools import wait_for

from mureka_desktop.ui.intake import ReviewDialog
from mureka_desktop.ui.main_window import MainWindow

COPY_OR_MOVE = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
NO_BUTTONS = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def ids_mime() -> QMimeData:
    mime = QMimeData()
    mime.setText("101 102")
    return mime


async def test_a_hovering_drag_is_highlighted_until_it_leaves(window: MainWindow):
    mime = ids_mime()
    assert not window.drop_overlay.isVisible()
    enter = QDragEnterEvent(QPoint(300, 300), COPY_OR_MOVE, mime, *NO_BUTTONS)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    assert window.drop_overlay.isVisible()
    assert window.drop_overlay.geometry() == window.centralWidget().geometry()
    move = QDragMoveEvent(QPoint(320, 310), COPY_OR_MOVE, mime, *NO_BUTTONS)
    QApplication.sendEvent(window, move)
    assert move.isAccepted() and move.dropAction() == Qt.DropAction.CopyAction
    QApplication.sendEvent(window, QDragLeaveEvent())
    assert not window.drop_overlay.isVisible()


async def test_a_drop_offered_as_move_is_taken_as_copy(window: MainWindow):
    mime = ids_mime()
    # Shift held: the platform proposes Move, as a file manager does
    shift = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
    enter = QDragEnterEvent(QPoint(300, 300), COPY_OR_MOVE, mime, *shift)
    assert enter.proposedAction() == Qt.DropAction.MoveAction
    QApplication.sendEvent(window, enter)
    assert enter.dropAction() == Qt.DropAction.CopyAction
    drop = QDropEvent(QPointF(300, 300), COPY_OR_MOVE, mime, *shift)
    assert drop.proposedAction() == Qt.DropAction.MoveAction
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.CopyAction
    assert not window.drop_overlay.isVisible()
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))  # parsed off-thread
    window.intake.dialog.close()


async def test_a_move_only_drag_is_refused(window: MainWindow):
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.MoveAction, ids_mime(),
                            *NO_BUTTONS)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted() and not window.drop_overlay.isVisible()
