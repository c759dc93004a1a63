"""Screenshots of the Library tab (scripts/screenshots.py runs them): the cover grid, the detail
pane playing, the detail list, compare versions, full screen, a video whose file is missing, and
the renames to the naming template shown before they are done."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")

from PySide6.QtGui import QScreen  # noqa: E402
from shots import wait_until  # noqa: E402

from mureka_desktop.app import Engine  # noqa: E402
from mureka_desktop.ui.library.columns import COLUMN_OF  # noqa: E402
from mureka_desktop.ui.library.file_dialogs import RenamePreviewDialog  # noqa: E402
from mureka_desktop.ui.main_window import MainWindow  # noqa: E402


async def decide_a_few(window: MainWindow, engine: Engine, shown: int) -> None:
    """The Library tab once ``shown`` videos are in it, with a few decisions made (as the
    user makes them, through the engine): a pick rated 5, a reject, a note on the third,
    which is selected; its thumbnails made."""
    window.show_tab(1)
    library = window.library
    await wait_until(lambda: library.proxy.rowCount() >= shown)
    videos = engine.library.videos.all()
    engine.library.pick(videos[0].id)
    engine.library.rate(videos[0].id, 5)
    engine.library.reject(videos[1].id)
    engine.library.rate(videos[2].id, 3)
    engine.library.set_note(videos[2].id, "Good chorus; intro too long")
    library.triage.select(videos[2].id)
    await wait_until(lambda: library.thumbnails.pending == 0)


async def shoot_library(window: MainWindow, engine: Engine, screen: QScreen, out: Path) -> None:
    """The Library tab: the cover grid with a few decisions made, and its detail pane playing."""
    window.resize(1280, 760)
    await decide_a_few(window, engine, 5)
    library = window.library
    pane = library.detail.preview
    await wait_until(lambda: pane.player.duration() > 0)  # loaded once the selection rests
    pane.toggle_play()
    await asyncio.sleep(2.0)
    screen.grabWindow(window.winId()).save(str(out / "library.png"))
    detail = library.detail
    corner = detail.mapTo(window, detail.rect().topLeft())
    screen.grabWindow(window.winId(), corner.x(), corner.y(), detail.width(),
                      detail.height()).save(str(out / "library-detail.png"))
    # The detail list (Ctrl+L), sorted by rating from its header.
    library.acts.list_action.trigger()
    library.list.header().sectionClicked.emit(COLUMN_OF["rating"])  # as a header click
    await asyncio.sleep(1.0)
    screen.grabWindow(window.winId()).save(str(out / "library-list.png"))
    library.acts.list_action.trigger()
    # Full screen (F): the detail pane's own video widget in a window of its own.
    await wait_until(lambda: not pane.player.isPlaying())  # the 4 s clip ends
    pane.toggle_play()  # and plays again from the start
    await asyncio.sleep(0.8)
    library.acts.toggle_fullscreen()
    full = library.acts.fullscreen
    assert full is not None
    await asyncio.sleep(1.0)
    screen.grabWindow(full.winId()).save(str(out / "library-fullscreen.png"))
    library.acts.leave_fullscreen()
    await shoot_compare(window, engine, screen, out)


async def shoot_compare(window: MainWindow, engine: Engine, screen: QScreen, out: Path) -> None:
    """Two versions of one song side by side: the first song made again (a regeneration)."""
    library = window.library
    first = engine.library.videos.all()[0]
    item = engine.store.by_song(first.song_number)
    assert item is not None
    engine.queue.regenerate([item.id])
    await wait_until(lambda: len(library.model.versions(first.song_number)) >= 2)
    library.triage.select(first.id)
    await asyncio.sleep(0.3)
    library.acts.open_compare()
    await asyncio.sleep(0.5)
    library.compare.toggle_play()
    await asyncio.sleep(1.5)
    screen.grabWindow(window.winId()).save(str(out / "library-compare.png"))
    library.compare.close_view()
    await asyncio.sleep(0.3)


async def shoot_library_files(window: MainWindow, engine: Engine, screen: QScreen,
                              out: Path) -> None:
    """A video whose file went missing (marked in the grid, the bar in the detail pane), and
    the renames to the naming template shown before they are done."""
    library = window.library
    library.detail.preview.release()
    gone = engine.library.videos.all()[3]
    Path(gone.video_path or "").unlink()
    scans = library.file_states.scans
    library.file_states.schedule()
    await wait_until(lambda: library.file_states.scans > scans)
    library.triage.select(gone.id)
    await asyncio.sleep(1.0)
    screen.grabWindow(window.winId()).save(str(out / "library-missing.png"))
    engine.settings.current.name_template = "{date} {title} ({song})"
    files = window.library_files
    files.rename_to_template()
    await wait_until(lambda: isinstance(files.dialog, RenamePreviewDialog))
    await asyncio.sleep(0.8)
    assert files.dialog is not None
    screen.grabWindow(files.dialog.winId()).save(str(out / "rename-preview.png"))
    files.dialog.close()
