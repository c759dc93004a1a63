"""What adding says (issue 15): an empty clipboard is called empty (not "the dropped data"),
and a large drop says at once that it is being read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from window_tools import activate, wait_for

from mureka_desktop.ui.main_window import MainWindow


async def test_ctrl_v_of_an_empty_clipboard_says_the_clipboard_is_empty(window: MainWindow):
    await activate(window)
    window.table.setFocus()
    for empty in ("", "   \n"):
        QGuiApplication.clipboard().setText(empty)
        QTest.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert window.statusBar().currentMessage() == "The clipboard is empty."
        assert window.intake.dialog is None and window.dialog is None  # no message box
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    QGuiApplication.clipboard().setImage(image)
    QTest.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "The clipboard holds no text."


async def test_a_45_mb_drop_says_reading_at_once(window: MainWindow, tmp_path: Path):
    big = tmp_path / "ids.bin"
    big.write_bytes(b"\0" * 45_000_000)  # read whole, then refused at once: a quick test
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(big))])
    window.intake.take_mime(mime, "Dropped on the window")
    assert window.statusBar().currentMessage() == "Reading 45 MB…"  # before any reading
    await wait_for(lambda: isinstance(window.intake.dialog, QMessageBox), timeout=60)
    assert "binary file" in window.intake.dialog.text()
    assert window.statusBar().currentMessage() == ""  # read: the message is gone
    window.intake.dialog.close()
