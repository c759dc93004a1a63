"""The engine's sentences (core/phrases.py) said by the window through Qt's translation: every
key the core uses has its sentence, the window's English reads as the core's (with the counts'
plurals right), and the core stays free of Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mureka_desktop.core.phrases import Phrase, phrase, sentences
from mureka_desktop.ui.engine_words import EngineWords

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
                names = tuple(sorted(k.arg for k in node.keywords if k.arg))
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
        [sys.executable, "-c", "import sys, mureka_desktop.core.engine, mureka_desktop.cli; "
         "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"],
        capture_output=True, text=True, timeout=120, check=True)
    assert child.stdout.strip() == "[]"
