"""The engine's sentences (core/phrases.py) said by the window through Qt's translation: every
key the core uses has its sentence, the window's English reads as the core's (with the counts'
plurals right), and the core stays free of Qt."""

from __future__ import annotations

import ast
import asyncio
import os
import string
import subprocess
import sys
from pathlib import Path

from conftest import wait_for
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from test_wording import PSEUDO, pseudo_catalog

from mureka_desktop.app import demo_paths
from mureka_desktop.core.runtime.instance import InstanceLock
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.runtime.phrases import Phrase, phrase, sentences
from mureka_desktop.ui import launch
from mureka_desktop.ui.engine_words import EngineWords
from mureka_desktop.ui.i18n import install_translators

CORE = Path(__file__).resolve().parents[2] / "mureka_desktop" / "core"


def core_phrases() -> dict[str, set[tuple[str, tuple[str, ...]]]]:
    """Every ``phrase("key", "English…", name=…)`` call in the core: key → (English, names)."""
    found: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
    for path in CORE.rglob("*.py"):
        if path.name == "phrases.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id == "phrase" and len(node.args) == 2:
                key, english = node.args
                assert isinstance(key, ast.Constant) and isinstance(english, ast.Constant), \
                    f"{path.name}:{node.lineno}: write the key and the English as literals"
                names = tuple(sorted({field for _, field, _, _ in
                                      string.Formatter().parse(english.value) if field}))
                found.setdefault(key.value, set()).add((english.value, names))
    return found


def sample(english: str, names: tuple[str, ...], number: int) -> Phrase:
    """The phrase with every count ``number`` and every text a word."""
    counts = {"n", "restored", "kept", "stars", "minutes"}
    return phrase("", english, **{name: number if name in counts else f"<{name}>"
                                  for name in names})


def test_every_sentence_of_the_core_is_said_by_the_window(qapp: QApplication):
    used = core_phrases()
    words = EngineWords()
    assert len(used) > 30
    assert set(used) - words.keys() == set(), "add their sentences to ui/engine_words.py"
    assert words.keys() - set(used) == {"sentences"}, "sentences no longer said by the core"


def test_the_windows_english_is_the_cores_with_counts_that_read_right(qapp: QApplication):
    words = EngineWords()
    for key, said in core_phrases().items():
        for english, names in said:
            many = sample(english, names, 3)
            many.key = key
            assert words.say(many) == many, key
    one = phrase("queued", "Queued {n} songs.", n=1)
    assert one == "Queued 1 songs." and words.say(one) == "Queued 1 song."
    rated = phrase("rated", "Rated {title} {stars} stars.", title="Intro", stars=1)
    assert words.say(rated) == "Rated Intro 1 star."


def test_a_reason_inside_a_sentence_is_said_too(qapp: QApplication):
    words = EngineWords()
    inner = phrase("billing", "Subscription or credits: {error}. Top up the account, then "
                   "resume.", error="402 no credits")
    outer = phrase("account_problem", "Mureka account {account}: {problem} Songs of other "
                   "accounts carry on.", account="A", problem=inner)
    both = sentences(outer, "The server's own words.")
    assert isinstance(both, Phrase) and both == f"{outer} The server's own words."
    assert words.say(both) == both
    assert words.say("Plain text") == "Plain text"
    assert words.say(phrase("no-such-key", "Some {thing}.", thing="English")) == \
        "Some English."


def test_the_core_imports_no_qt():
    child = subprocess.run(
        [sys.executable, "-c", "import sys, mureka_desktop.core.engine.facade, mureka_desktop.cli; "
         "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"],
        capture_output=True, text=True, timeout=120, check=True)
    assert child.stdout.strip() == "[]"


async def test_a_second_window_on_a_locked_queue_warns_in_the_locales_words(
        qapp: QApplication, tmp_path: Path):
    folder = pseudo_catalog(tmp_path / "translations", "de")
    installed = install_translators(qapp, QLocale(QLocale.Language.German), folder)
    paths = AppPaths.resolve(tmp_path / "home")
    lock = InstanceLock(demo_paths(paths).data_dir)
    lock.acquire()  # another window holds this queue
    try:
        start = asyncio.ensure_future(launch.main(qapp, paths, demo=True, verbose=False))

        def box() -> QMessageBox | None:
            return next((w for w in qapp.topLevelWidgets()
                         if isinstance(w, QMessageBox) and w.isVisible()), None)

        await wait_for(lambda: box() is not None, timeout=10)
        shown = box()
        assert shown is not None
        assert shown.text() == PSEUDO.format(
            "Mureka Desktop is already running on this queue (process {}). Use that window, "
            "or close it first.").format(os.getpid())
        shown.reject()
        assert await asyncio.wait_for(start, 10) == 1
        shown.deleteLater()
    finally:
        lock.release()
        for translator in installed:
            qapp.removeTranslator(translator)
