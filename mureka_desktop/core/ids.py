"""Song id parsing: free text, links, CSV and JSON lists of ids.

A song id is either a bare number (1-19 digits) or the string form
``user:<n>-mureka:<n>-song:<n>``.  Parsing keeps input order, reports duplicates within the
input and every invalid token with its line number; it never raises on content, only on input
that is not text at all (:class:`UnreadableInput`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_INPUT_BYTES = 50 * 1024 * 1024

_FULL_ID = re.compile(r"user:(\d{1,19})-mureka:(\d{1,19})-song:(\d{1,19})", re.IGNORECASE)
# A link on mureka.ai carrying a song id: /song/<id>, /song-detail/<id>, ?song_id=<id>, ...
_LINK = re.compile(r"https?://(?:[\w-]+\.)*mureka\.ai/[^\s\"'<>]*", re.IGNORECASE)
_LINK_ID = re.compile(
    r"(?:song(?:[-_]?id|[-_]detail)?[/=:]|/s/)(user:\d+-mureka:\d+-song:\d+|\d{1,19})",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d{1,19}")
_SEPARATORS = re.compile(r"[\s,;|\t\"'\[\]{}()]+")


class UnreadableInput(ValueError):
    """The input is not text we can read (binary, not UTF-8, or too large)."""


@dataclass(frozen=True)
class InvalidToken:
    line: int
    text: str


@dataclass
class ParseResult:
    ids: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    invalid: list[InvalidToken] = field(default_factory=list)

    def invalid_lines(self) -> list[int]:
        return sorted({tok.line for tok in self.invalid})

    def extend(self, other: ParseResult) -> None:
        """Add another input's result: ids already here become duplicates."""
        seen = set(self.ids)
        for song_id in other.ids:
            if song_id in seen:
                self.duplicates.append(song_id)
            else:
                seen.add(song_id)
                self.ids.append(song_id)
        self.duplicates.extend(other.duplicates)
        self.invalid.extend(other.invalid)


def normalize(token: str) -> str | None:
    """Return the canonical form of one id token, or None when it is not an id."""
    token = token.strip()
    m = _FULL_ID.fullmatch(token)
    if m:
        return f"user:{m[1]}-mureka:{m[2]}-song:{m[3]}"
    if _NUMBER.fullmatch(token):
        return str(int(token)) if token.strip("0") else None
    return None


def song_number(song_id: str) -> str:
    """The song's own number: the digits after ``song:``, or the bare number itself."""
    m = _FULL_ID.fullmatch(song_id)
    return m[3] if m else song_id


def api_song_id(song_id: str) -> int | str:
    """The id as the API wants it: a number when it is all digits, else the string."""
    return int(song_id) if song_id.isdigit() else song_id


def decode(data: bytes) -> str:
    """Decode bytes given by the user, refusing binary data and oversized input."""
    if len(data) > MAX_INPUT_BYTES:
        raise UnreadableInput(
            f"The input is {len(data) / 1048576:.0f} MB; the limit is "
            f"{MAX_INPUT_BYTES // 1048576} MB."
        )
    if b"\x00" in data[:65536]:
        raise UnreadableInput("This is a binary file, not a list of song ids.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(
            f"The input is not UTF-8 text (undecodable byte at offset {exc.start})."
        ) from None
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\r\n\t\f\v")
    if controls > 8:
        raise UnreadableInput("This looks like a binary file, not a list of song ids.")
    return text


def read_file(path: Path) -> str:
    """Read a file the user gave us, with the same checks as :func:`decode`; every failure,
    a missing or unreadable file included, is an :class:`UnreadableInput` naming the file."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise UnreadableInput(
                f"the file is {size / 1048576:.0f} MB; the limit is "
                f"{MAX_INPUT_BYTES // 1048576} MB."
            )
        return decode(path.read_bytes())
    except UnreadableInput as exc:
        raise UnreadableInput(f"{path.name}: {exc}") from None
    except OSError as exc:
        raise UnreadableInput(f"{path.name}: {exc.strerror or exc}") from None


def parse_text(text: str) -> ParseResult:
    """Parse ids from any text: JSON, CSV with a ``song_id`` column, or free text."""
    stripped = text.lstrip()
    if stripped[:1] in "[{":
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            pass
        else:
            return _from_json(data)
    first_line = stripped.split("\n", 1)[0]
    if "song_id" in first_line.lower() and ("," in first_line or ";" in first_line):
        return _from_csv(text)
    return _from_free_text(text)


class _Collector:
    def __init__(self) -> None:
        self.result = ParseResult()
        self._seen: set[str] = set()

    def add(self, song_id: str) -> None:
        if song_id in self._seen:
            self.result.duplicates.append(song_id)
        else:
            self._seen.add(song_id)
            self.result.ids.append(song_id)

    def bad(self, line: int, text: str) -> None:
        self.result.invalid.append(InvalidToken(line, text[:80]))


def _scan_line(line: str, lineno: int, out: _Collector) -> None:
    # Links first: they carry ids among other digits (dates, query strings).
    for link in _LINK.findall(line):
        m = _LINK_ID.search(link)
        found = normalize(m[1]) if m else None
        if found:
            out.add(found)
        else:
            out.bad(lineno, link)
        line = line.replace(link, " ")
    for token in _SEPARATORS.split(line):
        if not token:
            continue
        found = normalize(token)
        if found:
            out.add(found)
            continue
        # "user:..-mureka:..-song:.." glued to other text: take every full id inside.
        fulls = _FULL_ID.findall(token)
        if fulls:
            for a, b, c in fulls:
                out.add(f"user:{a}-mureka:{b}-song:{c}")
        else:
            out.bad(lineno, token)


def _from_free_text(text: str) -> ParseResult:
    out = _Collector()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("#"):
            continue
        _scan_line(line, lineno, out)
    return out.result


def _from_csv(text: str) -> ParseResult:
    out = _Collector()
    sample = text[:4096]
    delimiter = ";" if sample.split("\n", 1)[0].count(";") > sample.split("\n", 1)[0].count(",") \
        else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, [])
    column = [h.strip().lower() for h in header].index("song_id")
    for row in reader:
        lineno = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        cell = row[column].strip() if column < len(row) else ""
        found = normalize(cell)
        if found:
            out.add(found)
        else:
            out.bad(lineno, cell or "(empty song_id)")
    return out.result


def _from_json(data: Any) -> ParseResult:
    out = _Collector()
    if isinstance(data, dict):
        # Our own export is {"items": [...]}; the API's listing is {"list": [{"songs": [...]}]}.
        if isinstance(data.get("items"), list):
            data = data["items"]
        elif isinstance(data.get("list"), list):
            data = [s for feed in data["list"] if isinstance(feed, dict)
                    for s in feed.get("songs", []) or []]
        elif "song_id" in data:
            data = [data]
        else:
            out.bad(1, "JSON object without song ids")
            return out.result
    if not isinstance(data, list):
        out.bad(1, f"JSON {type(data).__name__}")
        return out.result
    for index, entry in enumerate(data, start=1):
        value = entry.get("song_id") if isinstance(entry, dict) else entry
        if isinstance(value, bool) or value is None:
            out.bad(index, repr(entry)[:80])
            continue
        found = normalize(str(value))
        if found:
            out.add(found)
        else:
            out.bad(index, str(value))
    return out.result
