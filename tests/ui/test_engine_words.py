"""The engine's sentences (core/runtime/phrases.py) said by the window through Qt's
translation: each phrase is written once (key and English, where the core says it), every
phrase has its translation in every shipped language, the window's English reads as the
core's (with the counts' plurals right), a phrase inside a phrase (a reason, a job's name) is
translated too, and the core stays free of Qt."""

from __future__ import annotations

import ast
import asyncio
import importlib.util
import os
import string
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from test_translations import SHIPPED, TRANSLATIONS
from test_wording import PSEUDO, pseudo_catalog
from window_tools import wait_for

from mureka_desktop.app import demo_paths
from mureka_desktop.core.api import client as api
from mureka_desktop.core.library.jobs.runner import JobReport, _summary
from mureka_desktop.core.queue.events import explain
from mureka_desktop.core.runtime.instance import InstanceLock
from mureka_desktop.core.runtime.paths import AppPaths
from mureka_desktop.core.runtime.phrases import Phrase, phrase, qt_text, sentences
from mureka_desktop.ui import launch
from mureka_desktop.ui.engine_words import CONTEXT, EngineWords
from mureka_desktop.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]


def load_catalog() -> ModuleType:
    spec = importlib.util.spec_from_file_location("phrase_catalog",
                                                  ROOT / "scripts" / "phrase_catalog.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


catalog = load_catalog()
PHRASES = catalog.catalog()


def sample(key: str, english: str, count: int) -> Phrase:
    """The phrase with its count ``count`` and every other field a word."""
    names = {field for _, field, _, _ in string.Formatter().parse(english) if field}
    return phrase(key, english, **{name: count if name == "n" else f"<{name}>"
                                   for name in names})


def test_the_catalog_finds_the_cores_phrases():
    assert len(PHRASES) > 100
    queued = PHRASES["queued"]
    assert queued.english == "Queued {n} song(s)." and queued.plural
    assert queued.where.startswith("core/engine/")
    assert qt_text(PHRASES["database_unwritable"].english) == (
        "Cannot write the queue database in %1: %2. %3", ("folder", "error", "advice"))
    assert qt_text("Queued {songs}; restored {n} from an export.") == (
        "Queued %1; restored %n from an export.", ("songs",))


def strings(path: Path) -> list[str]:
    """Every string literal of a file (implicit concatenation joined, as Python reads it)."""
    return [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_a_phrases_english_is_written_in_exactly_one_place():
    found = Counter(text for folder in ("mureka_desktop", "scripts", "bench")
                    for path in (ROOT / folder).rglob("*.py") for text in strings(path))
    assert {said.english: found[said.english] for said in PHRASES.values()
            if found[said.english] != 1} == {}
    # and each key names one sentence, said from one place
    calls = Counter(said.key for said in catalog.calls())
    assert {key: n for key, n in calls.items() if n != 1} == {}


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_phrase_has_its_translation_in_every_language(locale: str):
    translator = QTranslator()
    assert translator.load(f"mureka_desktop_{locale}", str(TRANSLATIONS))
    missing = []
    for key, said in PHRASES.items():
        source, _ = said.qt
        for n in (1, 2) if said.plural else (-1,):
            if not translator.translate(CONTEXT, source, key, n):
                missing.append((key, n))
    assert missing == []


def test_the_windows_english_is_the_cores_with_counts_that_read_right(qapp: QApplication):
    words = EngineWords()
    for key, said in PHRASES.items():
        for count in (1, 3):
            english = sample(key, said.english, count)
            assert words.say(english) == english, key
    one = phrase("queued", PHRASES["queued"].english, n=1)
    assert one == "Queued 1 song." and words.say(one) == "Queued 1 song."
    rated = phrase("rated", PHRASES["rated"].english, title="Intro", n=1)
    assert rated == words.say(rated) == "Rated Intro 1 star."
    assert words.say(phrase("rated", PHRASES["rated"].english, title="Intro", n=4)) == \
        "Rated Intro 4 stars."


def test_a_reason_inside_a_sentence_is_said_too(qapp: QApplication):
    words = EngineWords()
    outer = explain(api.BillingError("Not enough credits", 412), "A")
    assert isinstance(outer, Phrase) and isinstance(outer.values["problem"], Phrase)
    both = sentences(outer, "The server's own words.")
    assert isinstance(both, Phrase) and both == f"{outer} The server's own words."
    assert words.say(both) == both
    assert words.say("Plain text") == "Plain text"
    assert words.say(phrase("no-such-key", "Some {thing}.", thing="English")) == \
        "Some English."


def test_the_german_window_says_the_cores_sentences_in_german(qapp: QApplication):
    """With the shipped German translation: the counts' German plurals, and the words inside
    a sentence (a job's name, an account's problem) in German too."""
    installed = install_translators(qapp, QLocale(QLocale.Language.German))
    try:
        words = EngineWords()
        assert words.say(phrase("queued", PHRASES["queued"].english, n=1)) == \
            "1 Song eingereiht."
        assert words.say(phrase("queued", PHRASES["queued"].english, n=3)) == \
            "3 Songs eingereiht."
        stopped = _summary(JobReport("rename", total=5, done=2, left=3))
        assert stopped == ("Stopped the rename to the template: 2 done, 3 left; run it again "
                           "for the rest.")
        assert words.say(stopped) == ("Angehalten (Umbenennen nach der Vorlage): 2 erledigt, "
                                      "3 offen; führen Sie den Vorgang für den Rest erneut aus.")
        said = words.say(explain(api.BillingError("Not enough credits", 412), "A"))
        assert said.startswith("Mureka-Konto A: Abonnement oder Credits") and \
            said.endswith("Songs anderer Konten laufen weiter."), said
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


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
