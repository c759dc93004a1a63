"""What the core says to a person, as data as well as English (no Qt here).

A :class:`Phrase` *is* the English sentence (a ``str``), so the CLI prints it and the log keeps
it exactly as before. It also knows which sentence it is (``key``) and the values in it, so
the window can say the same in the user's language: ``ui/engine_words.py`` maps each key to a
sentence translated through Qt, with real plurals for the counts. A value may itself be a
Phrase (a reason inside a pause); the window translates it too.

Anything that turns a Phrase into other text (``+``, ``replace``, an f-string) gives plain
English, which the window then shows as it is: say a whole sentence with :func:`phrase`
instead of gluing pieces.
"""

from __future__ import annotations

from collections.abc import Mapping

Value = str | int


class Phrase(str):
    """An English sentence with its ``key`` and ``values`` (made by :func:`phrase`)."""

    key: str
    values: Mapping[str, Value]


def phrase(key: str, english: str, /, **values: Value) -> Phrase:
    """``english`` with its ``{name}`` fields filled from ``values``, remembered as ``key``.

    ``key`` names the sentence, not its words: a UI translates by it, so rewording the
    English keeps the key, and a sentence that means something else gets a new one."""
    said = Phrase(english.format(**values))
    said.key = key
    said.values = dict(values)
    return said


def sentences(*parts: str) -> str:
    """Several whole sentences one after the other ("A. B."), each still a Phrase inside."""
    if len(parts) == 1:
        return parts[0]
    return phrase("sentences", " ".join(f"{{s{i}}}" for i in range(len(parts))),
                  **{f"s{i}": part for i, part in enumerate(parts)})


def of_error(exc: BaseException) -> str:
    """An exception's message: the Phrase it was raised with (``str(exc)`` gives the same
    English as a plain str), else its text."""
    message = exc.args[0] if len(exc.args) == 1 else None
    return message if isinstance(message, Phrase) else str(exc)
