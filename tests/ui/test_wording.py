"""Wording through Qt's translation system: counts read as English ("1 duplicate", "2
duplicates", "(line 4)", "(lines 4, 7)") through Qt's plural forms and the shipped English
translation; the template for translators is current; a translation for the system locale is
loaded and changes what the widgets say; no user-facing literal is left outside tr()."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenu
from songs import queue_songs
from window_tools import wait_for

from mureka_desktop.core.accounts.lanes import LaneStatus
from mureka_desktop.core.ids import parse as ids
from mureka_desktop.core.model.items import State
from mureka_desktop.core.model.videos import Flag, Review, Video
from mureka_desktop.ui.i18n import install_translators
from mureka_desktop.ui.intake import ReviewDialog
from mureka_desktop.ui.library.columns import Durations, column_text
from mureka_desktop.ui.main_window import MainWindow
from mureka_desktop.ui.notifications import Notifier
from mureka_desktop.ui.queue_model import COL_STATE
from mureka_desktop.ui.status import human_duration

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "mureka_desktop" / "ui"
TRANSLATIONS = ROOT / "mureka_desktop" / "resources" / "translations"
BIN = Path(sys.executable).parent
PSEUDO = "⟦{}⟧"  # a pseudo-translation: every translated text is bracketed


def review_of(window: MainWindow, text: str) -> ReviewDialog:
    dialog = ReviewDialog(window.engine.queue.review(ids.parse_text(text)), "Typed in", window)
    dialog.deleteLater()
    return dialog


async def test_one_of_each_reads_singular(window: MainWindow):
    queue_songs(window.engine, ["500"], state=State.DONE)
    dialog = review_of(window, "101\n101\n500\nnot-an-id\n")
    assert dialog.summary.text() == \
        "1 new · 1 duplicate · 1 already done · 1 invalid (line 4)"
    assert dialog.add_button.text() == "Add 1"
    assert dialog.regenerate.text() == \
        "Also generate the 1 already done song again (costs 1 credit)"


async def test_two_of_each_reads_plural(window: MainWindow):
    dialog = review_of(window, "101\n101\n102\nbad\n\n102\nworse\n")
    assert dialog.summary.text() == "2 new · 2 duplicates · 0 already done · 2 invalid " \
        "(lines 4, 7)"
    assert dialog.add_button.text() == "Add 2"


async def test_status_bar_and_notification_counts(window: MainWindow):
    notifier = Notifier(window)
    assert notifier.run_finished(1, 0) == "1 video done."
    assert notifier.run_finished(2, 1) == "2 videos done, 1 failed."
    assert window.status_panel.counts.text() == "0 done · 0 failed · 0 queued"


def test_durations_read_as_before(qapp: QApplication):
    assert [human_duration(s) for s in (42, 185, 7620)] == ["42 s", "3 min 05 s", "2 h 07 min"]


def test_a_locale_without_its_own_translation_falls_back_to_english(qapp: QApplication):
    # Italian: no translation ships, so no Qt translation either (a dialog in one language).
    installed = install_translators(qapp, QLocale(QLocale.Language.Italian))
    try:
        assert [Path(t.filePath()).name for t in installed] == ["mureka_desktop_en.qm"]
        assert installed[0].translate("ReviewDialog", "%Ln duplicate(s)", "", 1) == \
            "%Ln duplicate"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_every_plural_string_is_in_the_shipped_translation(tmp_path: Path):
    sources = {node.args[0].value for path in UI.rglob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Call) and call_name(node) == "tr" and node.args
               and isinstance(node.args[0], ast.Constant) and "%n" in str(node.args[0].value)}
    ts = ET.parse(TRANSLATIONS / "mureka_desktop_en.ts")
    forms = {m.findtext("source"): [f.text for f in m.iter("numerusform")]
             for m in ts.iter("message") if m.get("numerus") == "yes"}
    assert sources and sources <= set(forms), sources - set(forms)
    assert all(len(f) == 2 and all(f) for f in forms.values())
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    shutil.copy(TRANSLATIONS / "mureka_desktop_en.ts", tmp_path / "en.ts")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "en.ts"), "-qm",
                    str(tmp_path / "en.qm")], check=True, timeout=60)
    assert (tmp_path / "en.qm").read_bytes() == \
        (TRANSLATIONS / "mureka_desktop_en.qm").read_bytes(), \
        "the .qm is stale: run scripts/update-translations.sh"


# ---------------------------------------------------------------------- the template


def need_tool(name: str) -> Path:
    tool = BIN / name
    if not tool.exists():
        pytest.skip(f"{name} not installed")
    return tool


@pytest.mark.skipif(sys.platform == "win32", reason="the update script is bash")
def test_regenerating_the_translations_changes_nothing(tmp_path: Path):
    need_tool("pyside6-lupdate")
    need_tool("pyside6-lrelease")
    out = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, out)
    subprocess.run(["bash", str(ROOT / "scripts" / "update-translations.sh")], check=True,
                   timeout=120, capture_output=True,
                   env={**os.environ, "BIN": str(BIN), "TRANSLATIONS_DIR": str(out)})
    for committed in sorted(TRANSLATIONS.iterdir()):
        assert (out / committed.name).read_bytes() == committed.read_bytes(), \
            f"{committed.name} is stale: run scripts/update-translations.sh"
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in
                                                           TRANSLATIONS.iterdir())


def test_the_template_holds_every_string_untranslated():
    ts = ET.parse(TRANSLATIONS / "mureka_desktop.ts").getroot()
    assert ts.get("sourcelanguage") == "en" and ts.get("language") is None
    messages = {(c.findtext("name"), m.findtext("source"))
                for c in ts.iter("context") for m in c.iter("message")}
    assert ("AboutDialog", "About Mureka Desktop") in messages
    assert ("ReviewDialog", "%Ln duplicate(s)") in messages
    assert all(m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
               for m in ts.iter("message"))
    # An empty context is never looked up: lupdate files a string there when it loses track of
    # the class (an "if" in a class body, tr aliased to a local name).
    assert all(c.findtext("name") for c in ts.iter("context"))


# ---------------------------------------------------------------------- a locale's translation


def pseudo_catalog(folder: Path, language: str) -> Path:
    """``mureka_desktop_<language>.qm`` (and the English plurals) in ``folder``: the template
    with every message translated as ⟦source⟧, compiled by lrelease."""
    lrelease = need_tool("pyside6-lrelease")
    tree = ET.parse(TRANSLATIONS / "mureka_desktop.ts")
    tree.getroot().set("language", language)
    for message in tree.getroot().iter("message"):
        text = PSEUDO.format(message.findtext("source") or "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for _ in range(2):  # German: one, other
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"mureka_desktop_{language}.ts"
    tree.write(source, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                    str(folder / f"mureka_desktop_{language}.qm")], check=True, timeout=60)
    shutil.copy(TRANSLATIONS / "mureka_desktop_en.qm", folder)
    return folder


async def test_a_translation_for_the_locale_changes_what_the_window_says(
        open_window: Any, qapp: QApplication, tmp_path: Path):
    folder = pseudo_catalog(tmp_path / "translations", "de")
    installed = install_translators(qapp, QLocale(QLocale.Language.German,
                                                  QLocale.Country.Austria), folder)
    try:
        assert [Path(t.filePath()).name for t in installed] == \
            ["mureka_desktop_en.qm", "mureka_desktop_de.qm", "qtbase_de.qm"]
        window = open_window()
        assert window.drop_overlay.text == \
            PSEUDO.format("Drop to add these songs (copied, nothing is moved)")
        assert window.acts.add_action.text() == PSEUDO.format("Add songs…")
        assert window.acts.add_action.toolTip() == PSEUDO.format(
            PSEUDO.format("Type or paste song ids") + " (Ctrl+N)")
        assert [m.title() for m in window.menuBar().findChildren(QMenu)][:2] == \
            [PSEUDO.format("&File"), PSEUDO.format("&Queue")]
        assert window.acts.start_action.text() == PSEUDO.format("Start")
        assert window.tabs.tabText(1) == PSEUDO.format("Library")
        assert window.state_filter.itemText(0) == PSEUDO.format("All songs")
        assert window.model.headerData(1, Qt.Orientation.Horizontal) == PSEUDO.format("Song")
        # Strings of the library's helpers (view.acts: LibraryActions, model.marks:
        # FileMarks) are found under their own contexts.
        assert window.library.acts.fullscreen_action.text() == PSEUDO.format("Full screen")
        assert window.library.model.marks.tr("⚠ File missing") == PSEUDO.format("⚠ File missing")
        window.engine.queue.add(["700000001"])
        assert window.model.index(0, COL_STATE).data() == PSEUDO.format("Queued")
        assert window.status_panel.counts.text().startswith(PSEUDO.format("0 done"))
        library = window.library
        assert library.sort.itemText(0) == PSEUDO.format("Newest first")
        assert library.seen_filter.itemText(0) == PSEUDO.format("Seen or not")
        assert library.shown.text() == PSEUDO.format("0 video(s)")
        await wait_for(lambda: library.flag_filter.itemText(0) == PSEUDO.format(
            PSEUDO.format("All") + " (0)"))
        assert library.rating_filter.itemText(1) == PSEUDO.format(
            PSEUDO.format("★ or more") + " (0)")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


async def test_a_translation_for_the_locale_changes_what_the_engine_says_in_the_window(
        open_window: Any, qapp: QApplication, tmp_path: Path):
    """The engine's English (core/phrases.py) reaches the status bar, the pause banner and the
    accounts' slots in the locale's words, with the values in their places."""
    folder = pseudo_catalog(tmp_path / "translations", "de")
    installed = install_translators(qapp, QLocale(QLocale.Language.German), folder)
    try:
        window = open_window()
        window.engine.queue.add(["700000001", "700000002"])
        assert window.statusBar().currentMessage() == PSEUDO.format("Queued 2 song(s).")
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("")
        window.engine.scheduler.configure(output_dir=blocker)
        window.commands.start()
        await wait_for(window.banner.isVisible, timeout=10)
        assert window.banner.message.text() == PSEUDO.format("<b>Queue paused.</b> {}").format(
            PSEUDO.format("Cannot write to the output folder {}: {}. Choose another folder "
                          "(Settings, or --out) or fix its permissions, then resume.")
            .format(blocker, PSEUDO.format("it is a file, not a folder")))
        status = window.engine.scheduler.status()
        window.status_panel.update(replace(status, in_flight=3, lanes=(
            LaneStatus("111", 3, 10, None), LaneStatus("222", 0, 10, status.paused))))
        assert window.status_panel.slots.text() == PSEUDO.format(
            "Generating 3: {} · {}").format(PSEUDO.format("111 3/10"), PSEUDO.format("222 paused"))
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_translation_for_the_locale_changes_the_library_columns(qapp: QApplication,
                                                                  tmp_path: Path):
    """The library's cells are said through translate() where lupdate finds them (a wrapper
    such as ``_tr(text)`` left them out of the template: English in every language)."""
    folder = pseudo_catalog(tmp_path / "translations", "de")
    installed = install_translators(qapp, QLocale(QLocale.Language.German), folder)
    durations = Durations()
    video = Video(1, "7", "7", 0.0, size=1536,
                  review=Review(flag=Flag.PICKED, rating=4, seen=True))
    try:
        said = {key: column_text(key, video, durations, Qt.ItemDataRole.AccessibleTextRole)
                for key in ("flag", "rating", "seen", "size")}
        assert said == {"flag": PSEUDO.format("✔ Picked"),
                        "rating": PSEUDO.format("4 of 5 stars"),
                        "seen": PSEUDO.format("Seen"), "size": PSEUDO.format("1.5 KB")}
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


SYSTEM_LOCALE_CHILD = """
import sys
from pathlib import Path
from typing import Any
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenu
from mureka_desktop.ui.i18n import install_translators
app = QApplication([])
installed = install_translators(app, folder=Path(sys.argv[1]))
from mureka_desktop.ui.help import AboutDialog
print(QLocale.system().name(), [Path(t.filePath()).name for t in installed])
print(AboutDialog().windowTitle())
"""


def test_the_system_locale_picks_its_translation(tmp_path: Path):
    folder = pseudo_catalog(tmp_path / "translations", "de")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen")
    child = subprocess.run([sys.executable, "-c", SYSTEM_LOCALE_CHILD, str(folder)], env=env,
                           capture_output=True, text=True, timeout=120, check=True)
    assert child.stdout.splitlines() == [
        "de_DE ['mureka_desktop_en.qm', 'mureka_desktop_de.qm', 'qtbase_de.qm']",
        PSEUDO.format("About Mureka Desktop")]


# ---------------------------------------------------------------------- nothing left untranslated

# Plain sockets before Qt starts: its message goes to stderr in English, as the CLI's do.
NO_QT = ("display.py",)
BRAND = {"Mureka Desktop"}
KEYS = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)*(F\d{1,2}|Space|Del|Esc|Return|Enter|Tab|Left|"
                  r"Right|Up|Down|Home|End|PgUp|PgDown|Backspace|[A-Z0-9,.])$")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
NOT_SHOWN = {"setObjectName", "setStyleSheet", "QKeySequence", "action_icon", "print",
             "ValueError", "RuntimeError", "strftime"}
PATHS = {"os.path.join", "os.makedirs", "Path"}  # file names, such as the freedesktop "Trash"
LOGGERS = {"log", "logger", "logging"}


def looks_like_text(value: str) -> bool:
    """Words a user reads, as opposed to keys, object names, paths, ids, style sheets and
    markup (a tag, even one an f-string splits, holds no words)."""
    text = re.sub(r"<[^<>]*(>|$)", "", value).strip()
    if not re.search(r"[^\W\d_]", text) or text in BRAND or KEYS.match(text):
        return False
    word = text.removesuffix(":")  # a label's "Show:" is words, a key's "a:b" is not
    return " " in text or not (text[0].islower() or
                               re.search(r"[a-z][A-Z]|[._/:=<>#{}\\]", word))


def call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else \
        func.id if isinstance(func, ast.Name) else ""


def untranslated(path: Path) -> list[str]:
    """Every string literal of ``path`` that reads as text and reaches the user untranslated:
    docstrings, tr()/translate() arguments, log messages, comparisons, subscripts and format
    specs aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {node.body[0].value for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef |
                                ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}

    def exempt(node: ast.AST) -> bool:
        while node in parents:
            node, child = parents[node], node
            if isinstance(node, ast.Call):
                name = call_name(node)
                logger = isinstance(node.func, ast.Attribute) and \
                    isinstance(node.func.value, ast.Name) and node.func.value.id in LOGGERS
                if name in TRANSLATING or name in NOT_SHOWN or logger or \
                        ast.unparse(node.func) in PATHS:
                    return True
            if isinstance(node, ast.Compare) or \
                    (isinstance(node, ast.Subscript) and child is node.slice) or \
                    (isinstance(node, ast.FormattedValue) and child is node.format_spec):
                return True
        return False

    return [f"{path.relative_to(UI)}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node not in docstrings and looks_like_text(node.value) and not exempt(node)]


def test_the_scan_finds_untranslated_text():
    found = untranslated(UI / "display.py")
    assert any("No display found" in line for line in found)
    assert not looks_like_text("Ctrl+Shift+N") and not looks_like_text("librarySplitter")
    assert not looks_like_text('<a href="') and not looks_like_text("</a>")
    assert not looks_like_text("Ctrl+Left") and not looks_like_text("Right")
    assert looks_like_text("Start") and looks_like_text(" (more to load)")
    assert looks_like_text("<b>Queue paused.</b>")
    assert looks_like_text("Sort:") and not looks_like_text("user:12345")


def test_no_user_facing_literal_is_left_untranslated():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.relative_to(UI).as_posix() not in NO_QT:
            found += untranslated(path)
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + \
        "\n".join(found)
