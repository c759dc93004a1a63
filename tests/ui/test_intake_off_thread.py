"""Pasted, typed and dropped text is parsed on a worker thread; the review still appears."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QUrl
from window_tools import wait_for

from mureka_desktop.core.ids import parse as ids
from mureka_desktop.ui.intake import ReviewDialog
from mureka_desktop.ui.main_window import MainWindow


@pytest.fixture
def parse_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    threads: list[threading.Thread] = []
    real = ids.parse_text

    def spy(text: str) -> ids.ParseResult:
        threads.append(threading.current_thread())
        return real(text)

    monkeypatch.setattr(ids, "parse_text", spy)
    return threads


async def test_typed_text_is_parsed_off_the_ui_thread(window: MainWindow,
                                                      parse_threads: list[Any]):
    window.intake.take_text("700000001\n700000002 sit amet 12\n", "Typed in")
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))
    assert parse_threads and threading.main_thread() not in parse_threads
    dialog = window.intake.dialog
    assert isinstance(dialog, ReviewDialog)
    assert dialog.summary.text() == "2 new · 0 duplicates · 0 already done · 1 invalid (line 2)"


async def test_dropped_text_and_files_are_parsed_off_the_ui_thread(
        window: MainWindow, parse_threads: list[Any], tmp_path: Path):
    mime = QMimeData()
    mime.setText("101 102")
    window.intake.take_mime(mime, "Dropped on the window")
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))
    window.intake.dialog.reject()
    path = tmp_path / "ids.txt"
    path.write_text("201\n202\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.intake.take_mime(mime, "Dropped on the window")
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog)
                   and window.intake.dialog.isVisible())
    assert len(parse_threads) == 2 and threading.main_thread() not in parse_threads
    assert window.intake.dialog.summary.text().startswith("2 new")


async def test_a_newer_paste_replaces_the_review_of_an_older_one(window: MainWindow):
    window.intake.take_text("301", "first")
    window.intake.take_text("401\n402", "second")
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog))
    dialog = window.intake.dialog
    assert isinstance(dialog, ReviewDialog)
    assert dialog.review.new == ["401", "402"]
