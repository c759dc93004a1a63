"""Reading the ids given on a command line (id text, files, ``-`` for stdin), shared by the CLI
and the window's single-instance handover, with typed errors: a file that cannot be read is an
:class:`~mureka_desktop.core.ids.parse.UnreadableInput`, a line that holds no song id a
:class:`NotAnId` (the window shows those in its review, the CLI prints both)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from mureka_desktop.core.ids import parse as ids
from mureka_desktop.core.queue.intake import Incoming, parse_input


@dataclass(frozen=True)
class NotAnId:
    """A line of an input that holds no song id."""

    source: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.source}, line {self.line}: not a song id: {self.text!r}"


InputError = ids.UnreadableInput | NotAnId


def read(inputs: Sequence[str], stdin: TextIO) -> tuple[Incoming, list[InputError]]:
    """Parse every argument (id text, file, or - for stdin); return what they hold (ids, and
    the finished songs of our own exports) and the input errors."""
    merged = Incoming(ids.ParseResult())
    errors: list[InputError] = []
    for raw in inputs:
        source = raw
        try:
            if raw == "-":
                # In bounded chunks: an endless stdin stops at the size limit.
                source = "stdin"
                text = ids.decode(ids.read_stream(getattr(stdin, "buffer", stdin)))
            elif Path(raw).is_file():
                text = ids.read_file(Path(raw))
            else:
                text, source = raw, "argument"
        except ids.UnreadableInput as exc:
            errors.append(exc)
            continue
        incoming = parse_input(text)
        errors += [NotAnId(source, bad.line, bad.text) for bad in incoming.parsed.invalid]
        merged.parsed.extend(incoming.parsed)
        merged.records += incoming.records
    return merged, errors
