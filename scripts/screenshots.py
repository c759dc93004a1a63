"""Screenshots of the real window under Xvfb: the main window mid-way through a demo run and a
failed song's error detail, each at 900 and 1600 px wide in the light and the dark scheme (the
palette switched live, as when the system changes scheme), the About box and the keyboard
shortcuts in both schemes, the settings dialog, and the Library tab (cover grid, detail pane
playing, the detail list, compare versions, full screen, a video whose file is missing, the
renames to the naming template shown before they are done), and the window at a laptop's
sizes (1366 x 768 and 1280 x 720, light and dark, both tabs, the accounts shown). Run with
(a screen wider than 1600 px) ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1700x1000x24"
.venv/bin/python scripts/screenshots.py OUTDIR``.

It fails (exit 1) when a screenshot comes out blank or the run did not progress, so the test
command can keep it honest.

``--language de`` (or fr, es, pt_BR, zh_CN, ja, ko) takes the translated window instead, at
1366x768 in the light and the dark scheme: the main window mid-run with a song playing, the
Library tab with its detail pane, and the settings dialog, named ``<language>-…png``
(``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1700x1000x24" .venv/bin/python
scripts/screenshots.py OUTDIR --language de``; CJK needs a CJK font, e.g. fonts-noto-cjk).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")

from PySide6.QtCore import QCoreApplication, QEvent, QLocale  # noqa: E402
from PySide6.QtGui import QImage, QScreen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots_library import decide_a_few, shoot_library, shoot_library_files  # noqa: E402
from shots import distinct_colours, grab_at, wait_until  # noqa: E402

from mureka_desktop.app import build_engine  # noqa: E402
from mureka_desktop.core.model.config import PauseReason  # noqa: E402
from mureka_desktop.core.runtime.paths import AppPaths  # noqa: E402
from mureka_desktop.core.storage.store import State  # noqa: E402
from mureka_desktop.ui.event_loop import QtLoop  # noqa: E402
from mureka_desktop.ui.i18n import install_translators  # noqa: E402
from mureka_desktop.ui.launch import quiet_qt_logging  # noqa: E402
from mureka_desktop.ui.main_window import MainWindow  # noqa: E402
from mureka_desktop.ui.queue_model import ItemRole  # noqa: E402
from mureka_desktop.ui.scheme import SchemeFollower  # noqa: E402

WIDTHS = (900, 1600)
SONGS = [f"user:777-mureka:123456789-song:{100000000 + i * 7919}" for i in range(18)] + \
    [str(41000 + i) for i in range(6)]


async def shoot(app: QApplication, out: Path) -> int:
    follower = SchemeFollower(app, forced="light")
    home = Path(tempfile.mkdtemp(prefix="mureka-shots-"))
    engine = build_engine(AppPaths.resolve(home), demo=True, require_token=False,
                          sim_overrides={"generation_time": 9.0, "v95_songs": ["41003"]})
    window = MainWindow(engine)
    window.resize(1280, 760)
    window.show()
    screen = app.primaryScreen()
    await asyncio.sleep(0.5)
    screen.grabWindow(window.winId()).save(str(out / "empty-window.png"))
    window.intake.take_text("\n".join(SONGS) + "\n41000\nnot-an-id\n", "Pasted")
    await asyncio.sleep(0.5)
    assert window.intake.dialog is not None
    screen.grabWindow(window.intake.dialog.winId()).save(str(out / "review.png"))
    window.intake.dialog.accept()
    window.commands.start()
    await wait_until(lambda: engine.store.counts()[State.DONE] >= 5)
    window.select_row(1)
    window.preview.toggle_play()  # queued: never a player call from Python (ui/preview.py)
    await asyncio.sleep(1.5)
    main = screen.grabWindow(window.winId())
    main.save(str(out / "main-window.png"))
    shots = ["main-window.png"]
    for name in ("light", "dark"):  # the palette switches live: icons and banner follow
        follower.forced = name
        follower.apply()
        for width in WIDTHS:
            await grab_at(window, screen, width, out / f"main-window-{name}-{width}.png")
            shots.append(f"main-window-{name}-{width}.png")
    follower.forced = "light"
    follower.apply()
    # The error detail: a song the API cannot make a video for (a V9.5 song) fails before
    # paying; selected, its state, tries and full error show above the preview.
    await wait_until(lambda: engine.store.counts()[State.FAILED] >= 1)
    failed = next(r for r in range(window.proxy.rowCount())
                  if window.proxy.index(r, 0).data(ItemRole).state == State.FAILED)
    window.select_row(failed)
    window.resize(1280, 760)
    await asyncio.sleep(0.8)
    screen.grabWindow(window.winId()).save(str(out / "error-detail.png"))
    shots.append("error-detail.png")
    dialog = window.commands.open_settings()
    await asyncio.sleep(0.8)
    settings = screen.grabWindow(dialog.winId())
    settings.save(str(out / "settings.png"))
    shots.append("settings.png")
    dialog.reject()
    picker = window.commands.add_from_account()
    await wait_until(lambda: picker.songs.topLevelItemCount() > 0)
    picker._check_all()
    await asyncio.sleep(0.5)
    screen.grabWindow(picker.winId()).save(str(out / "account-songs.png"))
    picker.reject()
    # The pause banner's looks, in both schemes, over the error detail.
    window.banner.show_reason(PauseReason(
        "disk", "The disk is full: Cannot write song-100000000.mp4.part: No space left on "
        "device. Free some space, then resume."))
    for name in ("light", "dark"):
        follower.forced = name
        follower.apply()
        for width in WIDTHS:
            await grab_at(window, screen, width, out / f"error-detail-{name}-{width}.png")
            shots.append(f"error-detail-{name}-{width}.png")
        for what, show in (("about", window.help.about), ("shortcuts", window.help.shortcuts)):
            show()
            await asyncio.sleep(0.5)
            assert window.help.dialog is not None
            screen.grabWindow(window.help.dialog.winId()).save(str(out / f"{what}-{name}.png"))
            shots.append(f"{what}-{name}.png")
            window.help.dialog.reject()
    follower.forced = "light"
    follower.apply()
    window.banner.hide()
    window.resize(1280, 760)
    await shoot_library(window, engine, screen, out)
    await shoot_library_files(window, engine, screen, out)
    shots += await shoot_laptop(window, screen, out, follower)
    done = engine.store.counts()[State.DONE]
    await window.shutdown()
    await engine.aclose()
    window.close()
    # Gone before the accounts' window switches the scheme: a closed window's preview would
    # get the palette change after its player was released.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    await shoot_accounts(app, out, follower)
    ok = True
    for name in [*shots, "library.png", "library-detail.png", "library-list.png",
                 "library-compare.png", "library-fullscreen.png", "library-missing.png",
                 "rename-preview.png", "accounts-900.png", "accounts-1600.png",
                 "settings-accounts.png", "accounts-dark-900.png"]:
        colours = distinct_colours(QImage(str(out / name)))
        print(f"screenshot {out / name}: {colours} distinct colours")
        ok &= colours > 20
    print(f"demo run: {done} done at the time of the screenshot")
    return 0 if ok and done >= 5 else 1


LAPTOPS = ((1366, 768), (1280, 720))


async def shoot_laptop(window: MainWindow, screen: QScreen, out: Path,
                       follower: SchemeFollower) -> list[str]:
    """The window at a laptop's sizes (1366 x 768, 1280 x 720) in both schemes, on both tabs,
    with the accounts shown under the queue: nothing may be cut off or overlap."""
    shots = []
    window.acts.accounts_action.setChecked(True)
    for name in ("light", "dark"):
        follower.forced = name
        follower.apply()
        for width, height in LAPTOPS:
            window.resize(width, height)
            for tab, what in ((0, "queue"), (1, "library")):
                window.show_tab(tab)
                await asyncio.sleep(0.8)
                shot = f"laptop-{width}x{height}-{name}-{what}.png"
                screen.grabWindow(window.winId()).save(str(out / shot))
                shots.append(shot)
    follower.forced = "light"
    follower.apply()
    window.show_tab(0)
    window.resize(1280, 760)
    return shots


async def shoot_accounts(app: QApplication, out: Path, follower: SchemeFollower) -> None:
    """Three Mureka accounts, one broken (596): the accounts dock under the queue at 900 and
    1600 px (and 900 in the dark scheme), and the accounts in Settings with the learned
    spacing."""
    home = Path(tempfile.mkdtemp(prefix="mureka-shots-accounts-"))
    accounts = ["111222333", "444555666", "777888999"]
    engine = build_engine(AppPaths.resolve(home), demo=True, require_token=False,
                          sim_overrides={"generation_time": 5.0, "accounts": accounts,
                                         "broken_accounts": {"444555666": "REFRESH_FAILED"},
                                         "account_credits": {"777888999": 37},
                                         "existing_video_rate": 0, "v95_rate": 0})
    window = MainWindow(engine)
    window.resize(900, 640)
    window.show()
    screen = app.primaryScreen()
    window.intake.take_text("\n".join(f"user:777-mureka:{a}-song:{300000 + 10 * k + i}"
                                      for i in range(6) for k, a in enumerate(accounts)),
                            "Pasted")
    await wait_until(lambda: window.intake.dialog is not None)
    assert window.intake.dialog is not None
    window.intake.dialog.accept()
    window.commands.start()
    await wait_until(lambda: engine.scheduler.lanes.lane("444555666").paused is not None)
    await wait_until(lambda: engine.accounts.snapshot.loads >= 2
                     and not engine.accounts.snapshot.loading)
    await wait_until(lambda: engine.store.counts()[State.DONE] >= 2
                     and engine.store.counts()[State.GENERATING] >= 2)
    await asyncio.sleep(0.5)
    screen.grabWindow(window.winId()).save(str(out / "accounts-900.png"))
    window.resize(1600, 900)
    await asyncio.sleep(0.8)
    screen.grabWindow(window.winId()).save(str(out / "accounts-1600.png"))
    dialog = window.commands.open_settings()
    await asyncio.sleep(0.8)
    screen.grabWindow(dialog.winId()).save(str(out / "settings-accounts.png"))
    dialog.reject()
    follower.forced = "dark"
    follower.apply()
    await grab_at(window, screen, 900, out / "accounts-dark-900.png")
    follower.forced = "light"
    follower.apply()
    await window.shutdown()
    await engine.aclose()
    window.close()


async def shoot_language(app: QApplication, out: Path, language: str) -> int:
    """The translated window at 1366x768, light and dark: mid-run, the Library, Settings."""
    follower = SchemeFollower(app, forced="light")
    home = Path(tempfile.mkdtemp(prefix=f"mureka-shots-{language}-"))
    engine = build_engine(AppPaths.resolve(home), demo=True, require_token=False,
                          sim_overrides={"generation_time": 9.0, "v95_songs": ["41003"]})
    window = MainWindow(engine)
    window.resize(1366, 768)
    window.show()
    screen = app.primaryScreen()
    window.intake.take_text("\n".join(SONGS) + "\n", "Pasted")
    await wait_until(lambda: window.intake.dialog is not None)
    assert window.intake.dialog is not None
    window.intake.dialog.accept()
    window.commands.start()
    await wait_until(lambda: engine.store.counts()[State.DONE] >= 4)
    window.select_row(1)
    window.preview.toggle_play()
    await asyncio.sleep(1.5)
    shots = []
    for scheme in ("light", "dark"):
        follower.forced = scheme
        follower.apply()
        await asyncio.sleep(0.8)
        name = f"{language}-main-window-{scheme}.png"
        screen.grabWindow(window.winId()).save(str(out / name))
        shots.append(name)
    window.preview.release()
    await decide_a_few(window, engine, 4)
    library = window.library
    await asyncio.sleep(1.5)
    for scheme in ("light", "dark"):
        follower.forced = scheme
        follower.apply()
        await asyncio.sleep(0.8)
        name = f"{language}-library-{scheme}.png"
        screen.grabWindow(window.winId()).save(str(out / name))
        shots.append(name)
        library.acts.list_action.trigger()
        await asyncio.sleep(0.8)
        name = f"{language}-library-list-{scheme}.png"
        screen.grabWindow(window.winId()).save(str(out / name))
        shots.append(name)
        library.acts.list_action.trigger()
    follower.forced = "light"
    follower.apply()
    dialog = window.commands.open_settings()
    await asyncio.sleep(0.8)
    screen.grabWindow(dialog.winId()).save(str(out / f"{language}-settings.png"))
    shots.append(f"{language}-settings.png")
    dialog.reject()
    done = engine.store.counts()[State.DONE]
    await window.shutdown()
    await engine.aclose()
    window.close()
    ok = True
    for name in shots:
        colours = distinct_colours(QImage(str(out / name)))
        print(f"screenshot {out / name}: {colours} distinct colours")
        ok &= colours > 20
    return 0 if ok and done >= 4 else 1


def main() -> int:
    args = sys.argv[1:]
    language = ""
    if "--language" in args:
        at = args.index("--language")
        language = args[at + 1]
        del args[at:at + 2]
    out = Path(args[0] if args else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    quiet_qt_logging(verbose=False)
    app = QApplication(sys.argv[:1])
    install_translators(app, QLocale(language) if language else None)
    loop = QtLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        code: int = loop.run_until_complete(
            shoot_language(app, out, language) if language else shoot(app, out))
    return code


if __name__ == "__main__":
    sys.exit(main())
