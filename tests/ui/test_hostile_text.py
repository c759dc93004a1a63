"""Text from outside is shown as text, in every view: a hostile server's titles, lyrics, errors
and account errors, and a hostile file name, go through the real paths (the simulator, a run,
a drop) and come out literally: no markup rendered (no image read, no link, no bold), control
characters and ANSI escapes made visible or dropped, a right-to-left override isolated, and
nothing growing with the text (the window keeps its size and its minimum).

A title ``<img src="/dev/zero">zero`` once made the app read /dev/zero until it aborted, at every
start (Ctrl+2 selects the newest video): that case runs in a child process under a memory
limit.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from window_tools import activate, shown, wait_for

from mureka_desktop.core.model.items import State
from mureka_desktop.ui.intake import ReviewDialog

FSI, PDI, RLO = "\u2068", "\u2069", "\u202e"
ZERO = '<img src="/dev/zero">zero'
BOLD = "<b>bold</b> and <i>italic</i>"
LINK = '<a href="file:///etc/passwd">passwd</a>'
RTL = f"abc{RLO}def · after"
ANSI = "bell\x07 nul\x00 \x1b[31mred\x1b[0m esc"
HUGE = "W" * 1_000_000  # 1 MB, no spaces
RAW = ("<img src", "<b>bold", '<a href="file:///etc', "<i>italic")  # outside markup, unescaped
CONTROLS = ("\x00", "\x07", "\x1b")


def image_tag(tmp_path: Path) -> str:
    """A title drawing a local 300 px image, were it markup."""
    path = tmp_path / "x.png"
    image = QImage(300, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(path))
    return f'<img src="file://{path}" width=300>'


def seems_rich(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))  # type: ignore


def check_text(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What the user reads of ``text`` shown in ``fmt``, after checking it shows no outside
    markup, no raw control character, and isolates any right-to-left override."""
    assert len(text) < 20_000, "a whole 1 MB text handed to a widget"
    for c in CONTROLS:
        assert c not in text, f"raw control character {c!r} in {text[:80]!r}"
    if RLO in text:
        start = text.index(RLO)
        assert FSI in text[:start] and PDI in text[start:], f"RLO not isolated: {text[:80]!r}"
    if not seems_rich(text, fmt):
        return text
    for raw in RAW:
        assert raw not in text, f"outside markup shown as rich text: {text[:120]!r}"
    doc = QTextDocument()
    doc.setHtml(text)  # safe now: no outside tag is left in it
    return doc.toPlainText()


def check_widgets(root: QWidget) -> str:
    """Every label and tooltip under ``root`` (root included); returns all text read."""
    read = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.toolTip():
            read.append(check_text(widget.toolTip()))
        if isinstance(widget, QLabel) and widget.text():
            read.append(check_text(widget.text(), widget.textFormat()))
    if root.windowTitle():
        read.append(check_text(root.windowTitle(), Qt.TextFormat.PlainText))
    return "\n".join(read)


def check_view(view: QAbstractItemView) -> str:
    """Every cell's text and tooltip, as the view's delegate gets them."""
    model = view.model()
    read = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str) and value:
                    # a delegate paints plain text; a tooltip may be taken as HTML
                    fmt = Qt.TextFormat.PlainText if role == Qt.ItemDataRole.DisplayRole \
                        else Qt.TextFormat.AutoText
                    read.append(check_text(value, fmt))
    return "\n".join(read)


def shows(read: str, *texts: str) -> None:
    for text in texts:
        assert text in read, f"{text[:60]!r} is not shown literally"


async def test_hostile_server_text_is_shown_as_text_in_every_view(
        open_window: Any, make_engine: Any, tmp_path: Path, monkeypatch: Any):
    from mureka_desktop.ui.notifications import Notifier

    notes: list[tuple[str, str]] = []
    real_notify = Notifier.notify

    def record(self: Any, title: str, body: str) -> Any:
        notes.append((title, body))
        return real_notify(self, title, body)

    monkeypatch.setattr(Notifier, "notify", record)
    image = image_tag(tmp_path)
    titles = {"71001": ZERO, "71002": f"{image} {BOLD} {LINK}",
              "71003": "long title " * 20 + HUGE, "71004": f"{RTL} {ANSI}"}
    error = f"{ZERO} {image} {LINK} {ANSI} {RTL} {HUGE}"
    engine = make_engine(titles=titles, song_errors={"71005": error},
                         lyrics={"71001": f"{LINK}\n{ANSI}\n{HUGE}"},
                         account_error=None)
    window = open_window(engine)
    window.resize(1200, 760)
    await activate(window)
    size, minimum = window.size(), window.minimumSizeHint()
    engine.queue.add(list(titles) + ["71005"])
    window.commands.start()
    counts = engine.queue.query.counts
    await wait_for(lambda: counts()[State.DONE] == 4 and counts()[State.FAILED] == 1,
                   timeout=60)
    await shown(window)
    # The queue: every row, every column, every tooltip.
    read = check_view(window.table)
    shows(read, ZERO, image, BOLD, LINK, "abc", "def · after", "bell␇ nul␀ red esc", "WWWW")
    # The song detail and preview of each row: title, state line, the error in full.
    for row in range(window.proxy.rowCount()):
        window.select_row(row)
        read = check_widgets(window.preview)
        if window.preview.item.song_number == "71005":
            shows(read, "Error: ", f"{ZERO} {image} {LINK}", "bell␇ nul␀ red esc")
        else:
            shows(read, titles[window.preview.item.song_number][:200].replace("\x00", "␀")
                  .replace("\x07", "␇").replace("\x1b[31m", "").replace("\x1b[0m", ""))
        assert window.size() == size
    # The Library tab (Ctrl+2): the grid, the detail of each video, the list.
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    library = window.library
    await wait_for(lambda: library.isVisible() and library.proxy.rowCount() == 4)
    shows(check_view(library.grid), ZERO, image, BOLD, LINK, "def · after")
    thumb = library.grid.iconSize()
    for row in range(library.proxy.rowCount()):
        index = library.proxy.index(row, 0)
        library.grid.setCurrentIndex(index)
        cell = library.grid.visualRect(index)
        assert cell.width() >= thumb.width() and cell.height() <= thumb.height() + 80
        await wait_for(lambda: library.detail.video is not None)
        read = check_widgets(library.detail)
        video = library.detail.video
        assert video is not None
        shows(read, titles[video.song_number][:200].replace("\x00", "␀").replace("\x07", "␇")
              .replace("\x1b[31m", "").replace("\x1b[0m", ""))
        assert window.size() == size
    assert LINK in library.detail.lyrics.toPlainText() or \
        "Demo" not in library.detail.lyrics.toPlainText()
    library.acts.list_action.trigger()
    shows(check_view(library.list), ZERO, image, BOLD, LINK)
    library.acts.list_action.trigger()
    # Full screen and compare, on the title that was markup.
    zero = next(v for v in engine.library.videos.all() if v.song_number == "71001")
    library.triage.select(zero.id)
    await wait_for(lambda: library.detail.preview.player.duration() > 0)
    library.acts.toggle_fullscreen()
    full = library.acts.fullscreen
    assert full is not None and full.active
    shows(check_widgets(full), ZERO)
    library.acts.leave_fullscreen()
    engine.queue.regenerate([engine.queue.query.by_song("71002").id])
    window.commands.start()
    await wait_for(lambda: len(library.model.versions("71002")) == 2, timeout=30)
    second = next(v for v in engine.library.videos.all() if v.song_number == "71002")
    library.triage.select(second.id)
    library.acts.open_compare()
    assert library.comparing()
    shows(check_widgets(library.compare), f"{image} {BOLD} {LINK}")
    library.compare.close_view()
    assert window.size() == size
    # Notifications say counts, never the server's text.
    assert notes and all(check_text(t) and check_text(b) for t, b in notes)
    # Nothing grew with the text: the window's size, and its minimum.
    window.show_tab(0)
    for tab in (0, 1):
        window.show_tab(tab)
        hint = window.minimumSizeHint()
        assert hint.width() <= max(minimum.width(), 1024) and \
            hint.height() <= max(minimum.height(), 600)
    assert window.size() == size
    check_widgets(window)


async def test_hostile_account_errors_and_file_names_are_shown_as_text(
        open_window: Any, make_engine: Any, tmp_path: Path):
    image = image_tag(tmp_path)
    problem = f"{ZERO} {image} {LINK} {ANSI} {RTL} {HUGE[:5000]}"
    engine = make_engine(accounts=["111", "222"], broken_accounts={"222": problem})
    window = open_window(engine)
    window.resize(1200, 760)
    await activate(window)
    size = window.size()
    window.acts.accounts_action.setChecked(True)
    dock = window.accounts_dock
    await wait_for(lambda: dock.table.model().rowCount() == 2, timeout=20)
    read = check_view(dock.table) + check_widgets(dock)
    shows(read, f"{ZERO} {image} {LINK}", "bell␇ nul␀ red esc")
    assert window.size() == size
    # Dropped files whose names are markup: the review dialog names them, and the warning
    # about the one that is not text, as text.
    name = f"<i>italic <img src=x.png width=300> {RLO}gnp"
    text_file, binary = tmp_path / f"{name}.txt", tmp_path / f"{name}.bin"
    text_file.write_text(f"71001\n{ZERO}\n{ANSI.replace(chr(0), '')}\n")
    binary.write_bytes(b"\x00\x01" * 100)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text_file)), QUrl.fromLocalFile(str(binary))])
    window.intake.take_mime(mime, "drop")
    await wait_for(lambda: isinstance(window.intake.dialog, ReviewDialog) and
                   window.intake.dialog.isVisible())
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes
    shows(check_widgets(boxes[0]), "<i>italic <img src=x.png width=300>")
    dialog = window.intake.dialog
    read = check_widgets(dialog)
    shows(read, "<i>italic <img src=x.png width=300>")
    details = "\n".join(w.toPlainText() for w in dialog.findChildren(QPlainTextEdit))
    # (as the id parser cut them: its quotes and brackets are separators)
    shows(check_text(details, Qt.TextFormat.PlainText), "<img src= /dev/zero >zero", "bell␇")
    dialog.reject()
    for box in boxes:
        box.close()


CHILD = textwrap.dedent("""
    import asyncio, os, resource, sys
    from pathlib import Path
    limit = int(sys.argv[2]) * 1024 * 1024
    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from mureka_desktop.app import build_engine
    from mureka_desktop.core.runtime.paths import AppPaths
    from mureka_desktop.core.model.items import State
    from mureka_desktop.ui.main_window import MainWindow

    async def main():
        engine = build_engine(AppPaths.resolve(Path(sys.argv[1])), demo=True,
                              require_token=False, sim_overrides={
                                  "generation_time": 0.2, "existing_video_rate": 0,
                                  "v95_rate": 0, "titles": {"71001": '<img src="/dev/zero">zero'}})
        window = MainWindow(engine)
        window.show()
        engine.queue.add(["71001"])
        window.commands.start()
        while engine.queue.query.counts()[State.DONE] < 1:
            await asyncio.sleep(0.05)
        size = int(open("/proc/self/status").read().split("VmSize:")[1].split()[0]) * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size + limit, size + limit))
        QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        for _ in range(40):  # the library selects the newest video and shows its title
            await asyncio.sleep(0.05)
        assert window.library.detail.video is not None
        print("title", window.library.detail.fields["title"].text(), flush=True)
        await window.shutdown()
        await engine.aclose()
        window.close()

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main())
    os._exit(0)
""")


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_AS"), reason="no address-space limit")
def test_ctrl_2_on_a_title_reading_dev_zero_stays_within_memory(tmp_path: Path):
    """The newest video's title is ``<img src="/dev/zero">zero``; Ctrl+2 shows it. Once the
    run is done the child may map only 512 MB more than it has: rendered as markup, the title
    reads /dev/zero until the allocation fails and the process aborts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    child = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "home"), "512"],
                           capture_output=True, text=True, timeout=120, env=env)
    assert child.returncode == 0, child.stderr[-3000:]
    assert '<img src="/dev/zero">zero' in child.stdout
