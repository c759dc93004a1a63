"""The Library tab: the model under qtmodeltester, thumbnails off the UI thread and cached on
disk, and keyboard triage with real key presses (each key one engine call, auto-advance)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from songs import finish_songs
from window_tools import activate, wait_for

from mureka_desktop.core.model import events as ev
from mureka_desktop.core.model.videos import Flag, Video
from mureka_desktop.simulator.media import cover_png
from mureka_desktop.ui.library.model import LibraryModel, LibraryProxy, VideoRole
from mureka_desktop.ui.library.thumbnails import Thumbnailer, make_thumbnail


async def finish(engine: Any, folder: Path, numbers: list[str], clip: bool = False
                 ) -> list[Video]:
    """Songs queued and done by the scheduler with a cover (and a real clip when ``clip``;
    else a 100-byte stub with no MP4 header): each becomes a video, told to the views by its
    ``VideoChanged("added")`` (tests/songs.py), never by a reload."""
    return await finish_songs(engine, folder, numbers, title="Song {n} title", name="{n}",
                              body=lambda n: b"\0" * 100, clip=clip, cover=cover_png)


async def test_the_model_passes_qtmodeltester(qtmodeltester: Any, make_engine: Any,
                                              tmp_path: Path):
    engine = make_engine()
    await finish(engine, tmp_path, ["1", "2", "3"])
    thumbs = Thumbnailer(tmp_path / "cache", QSize(64, 36))
    model = LibraryModel(thumbs)
    model.reset(engine.library.videos.all())
    qtmodeltester.check(model)
    proxy = LibraryProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    first = model.video(0)
    engine.library.pick(first.id)
    model.upsert(engine.library.videos.get(first.id))
    assert model.data(model.index(0, 0), VideoRole).review.flag == Flag.PICKED
    await thumbs.close()


def test_thumbnails_are_scaled_and_cached_on_disk(tmp_path: Path):
    cover = tmp_path / "c.png"
    cover.write_bytes(cover_png("5"))
    cache = tmp_path / "cache"
    image = make_thumbnail(cover, cache, QSize(64, 36))
    assert image is not None and image.width() <= 64 and image.height() <= 36
    [cached] = list(cache.iterdir())
    again = make_thumbnail(cover, cache, QSize(64, 36))
    assert again is not None and again.size() == image.size()
    assert make_thumbnail(tmp_path / "gone.png", cache, QSize(64, 36)) is None


async def test_grid_shows_every_video_with_its_thumbnail(window: Any, tmp_path: Path):
    await finish(window.engine, tmp_path, ["11", "12"])
    library = window.library
    window.show_tab(1)
    assert library.proxy.rowCount() == 2
    await wait_for(lambda: library.thumbnails.pending == 0 and len(
        list(window.engine.paths.thumbnail_dir.iterdir())) == 2)
    assert window.engine.paths.thumbnail_dir.is_relative_to(window.engine.paths.data_dir)
    assert library.flag_filter.itemText(0) == "All (2)"


async def test_ctrl_1_and_2_switch_tabs(window: Any):
    await activate(window)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.library_shown()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.queue_page


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
          ) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifiers)


async def test_triage_by_keys_decides_advances_and_undoes(window: Any, tmp_path: Path):
    engine = window.engine
    await finish(engine, tmp_path, ["1", "2", "3", "4"])
    library = window.library
    library.sort.setCurrentIndex(1)  # oldest first: 1, 2, 3, 4
    seen: list[ev.Event] = []
    engine.subscribe(seen.append)
    await activate(window)
    window.show_tab(1)
    await wait_for(lambda: library.grid.hasFocus())
    titles = lambda: [v.song_number for v in engine.library.videos.all()]  # noqa: E731
    assert titles() == ["1", "2", "3", "4"]

    def current() -> str:
        video = library.triage.current()
        assert video is not None
        return str(video.song_number)

    assert current() == "1"
    press(Qt.Key.Key_P)  # pick 1, on to 2
    assert current() == "2"
    press(Qt.Key.Key_X)  # reject 2, on to 3
    assert current() == "3"
    press(Qt.Key.Key_4)  # four stars on 3, on to 4
    assert current() == "4"
    press(Qt.Key.Key_U)  # unflag 4: no decision to advance on
    assert current() == "4"
    by = {v.song_number: v.review for v in engine.library.videos.all()}
    assert (by["1"].flag, by["2"].flag, by["3"].rating) == (Flag.PICKED, Flag.REJECTED, 4)
    assert [e.action for e in seen if isinstance(e, ev.VideoChanged)] == [
        "pick", "reject", "rate", "unflag"]
    assert "4 stars" in library.grid.model().data(
        library.proxy.index(2, 0), Qt.ItemDataRole.DisplayRole).replace("★★★★☆", "4 stars")
    assert library.flag_filter.itemText(2) == "Picked (1)"
    assert library.rating_filter.itemText(4) == "★★★★ or more (1)"
    assert library.rating_filter.itemText(5) == "★★★★★ or more (0)"
    # Ctrl+Z in the library undoes review decisions, newest first
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    by = {v.song_number: v.review for v in engine.library.videos.all()}
    assert by["3"].rating == 0 and by["2"].flag == Flag.REJECTED
    assert current() == "3"  # the video the last undo took back is the current one
    # 0 clears stars; with the filter on unreviewed a decision takes the video out of view
    library.flag_filter.setCurrentIndex(1)
    library.grid.setFocus()
    library.triage.select_row(0)
    assert current() == "3"
    press(Qt.Key.Key_5)
    assert [v.song_number for v in (library.proxy.video_at(r)
                                    for r in range(library.proxy.rowCount())) if v] == ["4"]
    assert current() == "4"
    press(Qt.Key.Key_0)  # clearing stars is not a decision to leave the view for
    assert library.flag_filter.itemText(1) == "Unreviewed (1)"
    # N edits the note; Enter saves it through the engine
    press(Qt.Key.Key_N)
    assert library.detail.note.hasFocus()
    QTest.keyClicks(library.detail.note, "keep the intro")
    QTest.keyClick(library.detail.note, Qt.Key.Key_Return)
    notes = {v.song_number: v.review.note for v in engine.library.videos.all()}
    assert notes["4"] == "keep the intro"
    # the keys work again at once: focus went back to the grid, not nowhere
    assert library.grid.hasFocus()
    press(Qt.Key.Key_P)
    assert {v.song_number: v.review.flag for v in engine.library.videos.all()}["4"] == "picked"


async def test_detail_pane_names_the_file_and_its_facts(window: Any, tmp_path: Path):
    await finish(window.engine, tmp_path, ["21"], clip=True)
    library = window.library
    window.show_tab(1)
    detail = library.detail
    fields = detail.fields
    assert fields["title"].text() == "Song 21 title"
    assert fields["song"].text() == "21" and fields["video"].text() == "v21"
    assert str(tmp_path / "21.mp4") in fields["path"].text()
    assert fields["size"].text().endswith("KB") or fields["size"].text().endswith("MB")
    await wait_for(lambda: fields["duration"].text() != "—", timeout=15)


async def test_many_new_videos_go_in_at_their_places_without_a_resort(make_engine: Any,
                                                                     tmp_path: Path):
    from dataclasses import replace

    engine = make_engine()
    await finish(engine, tmp_path, [str(n) for n in range(1, 7)])
    videos = engine.library.videos.all()
    thumbs = Thumbnailer(tmp_path / "cache", QSize(64, 36))
    model = LibraryModel(thumbs)
    model.reset(videos[:3])
    model.set_order("title", Qt.SortOrder.AscendingOrder)
    resorted: list[int] = []
    model.layoutChanged.connect(lambda *_: resorted.append(1))
    # an import's chunk: new videos whose titles fall before, between and after the others
    fresh = [replace(videos[3], title="A first"), replace(videos[4], title="Song 2 b"),
             replace(videos[5], title="Zz last")]
    model.files_changed(fresh)
    titles = [model.video(r).title for r in range(model.rowCount())]
    assert titles == sorted(titles) and len(titles) == 6
    assert not resorted  # inserted in place, not a layout change of every row
    assert all(model.row_of(v.id) == r for r, v in enumerate(model.videos()))
    await thumbs.close()
