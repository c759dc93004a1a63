"""What the core says to a person, as data as well as English (no Qt here).

A :class:`Phrase` *is* the English sentence (a ``str``), so the CLI prints it and the log keeps
it. It also knows which sentence it is (``key``), its English with the fields still in it
(``english``) and the values, so the window can say the same in the user's language. Each
phrase is written once, where the core says it: ``phrase("queued", "Queued {n} song(s).",
n=3)``, key and English as literals. ``scripts/phrase_catalog.py`` finds every such call and
hands the sentences to Qt's lupdate as :func:`qt_text` writes them (context "phrases", the key
as disambiguation: "Queued %n song(s)."), so the translation tables hold them like any other
text; ``ui/engine_words.py`` looks a Phrase up by the same key and fills in its values. A value
may itself be a Phrase (a reason inside a pause, a job's name); the window translates it too.

Counts: the field ``n`` is the phrase's count (Qt's ``%n``, with the language's plural forms);
"(s)" in its English reads "" for 1 and "s" otherwise ("Queued 1 song.", "Queued 2 songs.").
A sentence with two counts says one of them through a nested phrase ("{n} song(s)").

Anything that turns a Phrase into other text (``+``, ``replace``, an f-string) gives plain
English, which the window then shows as it is: say a whole sentence with :func:`phrase`
instead of gluing pieces.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

Value = str | int


COUNT = "n"  # the field that is a phrase's count


class Phrase(str):
    """An English sentence with its ``key``, its ``english`` (fields unfilled) and ``values``
    (made by :func:`phrase`)."""

    key: str
    english: str
    values: Mapping[str, Value]


def phrase(key: str, english: str, /, **values: Value) -> Phrase:
    """``english`` with its ``{name}`` fields filled from ``values``, remembered as ``key``.

    ``key`` names the sentence, not its words: a UI translates by it, so rewording the
    English keeps the key, and a sentence that means something else gets a new one. With a
    count ``n``, "(s)" is the plural's ending: "" for 1, "s" otherwise."""
    count = values.get(COUNT)
    text = english if not isinstance(count, int) else \
        english.replace("(s)", "" if count == 1 else "s")
    said = Phrase(text.format(**values))
    said.key = key
    said.english = english
    said.values = dict(values)
    return said


def sentences(*parts: str) -> str:
    """Several whole sentences one after the other ("A. B."), each still a Phrase inside."""
    if len(parts) == 1:
        return parts[0]
    return phrase("sentences", " ".join(f"{{s{i}}}" for i in range(len(parts))),
                  **{f"s{i}": part for i, part in enumerate(parts)})


def qt_text(english: str) -> tuple[str, tuple[str, ...]]:
    """The English as Qt's translation writes it, and the fields behind its placeholders:
    ``{count}`` is ``%n``, the other fields ``%1``, ``%2``… in the order they first appear
    ("Cannot use {path}: {problem}" -> ("Cannot use %1: %2", ("path", "problem")))."""
    names: list[str] = []
    out: list[str] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(english):
        out.append(literal)
        if name is None:
            continue
        if name == COUNT:
            out.append("%n")
            continue
        if name not in names:
            names.append(name)
        out.append(f"%{names.index(name) + 1}")
    return "".join(out), tuple(names)


def of_error(exc: BaseException) -> str:
    """An exception's message: the Phrase it was raised with (``str(exc)`` gives the same
    English as a plain str), else its text."""
    message = exc.args[0] if len(exc.args) == 1 else None
    return message if isinstance(message, Phrase) else str(exc)
