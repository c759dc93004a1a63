"""The core's sentences in the user's language.

The engine says what happened in English (core/runtime/phrases.py): "Queued 3 songs.", a
pause's reason, why the queue cannot be opened. Each such text is a :class:`Phrase` that knows
its key, its English and its values. The sentence is written once, where the core says it:
``scripts/phrase_catalog.py`` hands every phrase to lupdate (context "phrases", the key as
disambiguation, the English as :func:`qt_text` writes it), the translation tables translate
it like any other message, and here the window asks Qt for the same message by the phrase's
key and fills in the values, with the language's plurals for the count. The English of the core
stays the CLI's and the log's.

A text that is not a Phrase (the server's own words, an error from the system) is shown as it
is. A Phrase Qt has no translation for reads as its English (the tests check that every phrase
has its translation in every shipped language).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from mureka_desktop.core.runtime.phrases import COUNT, Phrase, Value, qt_text
from mureka_desktop.ui.i18n import fill
from mureka_desktop.ui.text import capped

CONTEXT = "phrases"  # where lupdate files the core's phrases (scripts/phrase_catalog.py)

# What an outside value (a title, a path, the server's words) brings into a sentence: a 1 MB
# title must not make a status message a megabyte long. The server's explanations get more.
_VALUE, _LONG = 200, 1000
_BLOCKS = frozenset({"error", "problem", "why", "advice"})


class EngineWords(QObject):
    """Says a core :class:`Phrase` in the user's language (a QObject so the views can keep it
    as a child; the translation is looked up by the phrase's key, not by this class)."""

    def say(self, text: str) -> str:
        """``text`` in the user's language when it is a Phrase, else as it is (plain English
        or the server's words)."""
        if not isinstance(text, Phrase):
            return str(text)
        if text.key == "sentences":  # several phrases one after the other
            return " ".join(self._value(name, value) for name, value in text.values.items())
        source, names = qt_text(text.english)
        count = text.values.get(COUNT)
        said = QCoreApplication.translate(CONTEXT, source, text.key,
                                          count if isinstance(count, int) else -1)
        return fill(said, *(self._value(name, text.values.get(name, "")) for name in names))

    def _value(self, name: str, value: Value) -> str:
        if isinstance(value, Phrase):
            return self.say(value)
        if isinstance(value, str):
            return capped(value, _LONG if name in _BLOCKS else _VALUE)
        return str(value)
