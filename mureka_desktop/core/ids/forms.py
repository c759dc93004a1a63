"""One song id: its three forms, their canonical spelling, and the song's identity.

- A bare number: 1 to :data:`MAX_DIGITS` ASCII digits, value 1 to :data:`MAX_NUMBER`
  (2**63 - 1). The API takes the number as a JSON integer and documents no bound; 2**63 - 1 is
  the largest signed 64-bit integer, the widest integer type a server is likely to parse
  exactly, and every id in the docs is far below it. Leading zeros are dropped (``007`` is 7).
- The string form ``user:<n>-mureka:<n>-song:<n>`` (any case), each number as above; canonical
  spelling lower case without leading zeros. It routes the call to its Mureka account.
- A mureka.ai link, with or without ``https://``, naming the song in its path or query:
  ``/song/<id>``, ``/song-detail/<id>``, ``?song_id=<id>``, ``/s/<id>``; ``<id>`` is either form
  above and fills the whole path segment or query value.

Every form is anchored: an id that does not end where its pattern ends (more digits, letters,
``_`` or ``-`` after it) is invalid as a whole, never cut to its first digits.

Identity is the song number (:func:`song_number`). :class:`IdCollector` keeps one entry per
song: the first spelling keeps its place, a string form replaces a bare number (it routes the
call), and the other spelling is counted as a duplicate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

MAX_DIGITS = 19
MAX_NUMBER = 2**63 - 1
SHOWN_CHARS = 80  # characters of an invalid token kept for the message
# Invalid entries listed one by one; past this, one last entry counts the rest, so that 50 MB
# of junk is neither 25 million objects in memory nor 25 million lines of messages.
MAX_INVALID_LISTED = 1000

_FULL = re.compile(r"user:([0-9]+)-mureka:([0-9]+)-song:([0-9]+)", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]+")
# A mureka.ai link stops at white space and separators; sentence punctuation after it
# (LINK_TAIL) is trimmed off by the caller.
LINK = re.compile(
    r"(?<![\w.@/-])(?:https?://)?(?:[\w-]+\.)*mureka\.ai(?::[0-9]+)?/"
    r"[^\s,;|\"'<>\[\]{}()\u200b-\u200d\u2060\ufeff]*",
    re.IGNORECASE,
)
LINK_TAIL = ".:!?"
_LINK_KEY = re.compile(r"(?<=[/?&#])(?:song(?:[-_]?id|[-_]detail)?[/=:]|s/)", re.IGNORECASE)
_LINK_VALUE = re.compile(r"[^/?#&]*")


@dataclass(frozen=True, slots=True)
class InvalidToken:
    line: int
    text: str


@dataclass
class ParseResult:
    ids: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    invalid: list[InvalidToken] = field(default_factory=list)
    # Invalid entries past MAX_INVALID_LISTED: not listed, counted by the last entry of invalid.
    unlisted_invalid: int = 0

    def invalid_lines(self) -> list[int]:
        return sorted({tok.line for tok in self.invalid})

    def extend(self, other: ParseResult) -> None:
        """Add another input's result: songs already here become duplicates."""
        collector = IdCollector(self)
        for song_id in other.ids:
            collector.add(song_id)
        self.duplicates.extend(other.duplicates)
        self.invalid.extend(other.invalid)
        self.unlisted_invalid += other.unlisted_invalid


class IdCollector:
    """Fills a :class:`ParseResult` in input order, one entry per song number."""

    def __init__(self, result: ParseResult | None = None) -> None:
        self.result = result if result is not None else ParseResult()
        self._where = {song_number(s): i for i, s in enumerate(self.result.ids)}
        self._unlisted = 0  # invalid entries past MAX_INVALID_LISTED, from line _first to _last
        self._first = self._last = 0

    def add(self, song_id: str) -> None:
        ids = self.result.ids
        number = song_number(song_id)
        index = self._where.get(number)
        if index is None:
            self._where[number] = len(ids)
            ids.append(song_id)
            return
        kept = ids[index]
        if kept.isdigit() and not song_id.isdigit():  # the string form routes the call
            ids[index] = song_id
            self.result.duplicates.append(kept)
        else:
            self.result.duplicates.append(kept if kept == song_id else song_id)

    def bad(self, line: int, text: str) -> None:
        if len(self.result.invalid) < MAX_INVALID_LISTED:
            self.result.invalid.append(InvalidToken(line, text[:SHOWN_CHARS]))
            return
        if not self._unlisted:
            self._first = line
        self._unlisted += 1
        self._last = line

    def finish(self) -> ParseResult:
        """The result, with one last invalid entry counting those past the listed ones."""
        if self._unlisted:
            first, last = self._first, self._last
            where = f"line {first}" if first == last else f"lines {first}-{last}"
            self.result.invalid.append(InvalidToken(
                first, f"… and {self._unlisted:,} more not listed ({where})"))
            self.result.unlisted_invalid += self._unlisted
            self._unlisted = 0
        return self.result


def number(digits: str) -> str | None:
    """Canonical form of a run of ASCII digits, or None when it is not a valid number."""
    if len(digits) > MAX_DIGITS:
        return None
    value = int(digits)
    return str(value) if 1 <= value <= MAX_NUMBER else None


def _ends_here(text: str, end: int) -> bool:
    """True when an id ending at ``end`` is not followed by more of a word or a number."""
    if end >= len(text):
        return True
    ch = text[end]
    if ch.isalnum() or ch in "_-":
        return False
    return not (ch in ".:" and end + 1 < len(text) and text[end + 1].isdigit())


def full_id_at(text: str, start: int, end: int) -> str | None:
    """The string id starting at ``start`` and ending by ``end``, anchored at both ends."""
    m = _FULL.match(text, start, end)
    if m is None or not _ends_here(text, m.end()):
        return None
    groups = m.groups()
    if all(len(g) < MAX_DIGITS and g[0] != "0" for g in groups):
        return m[0].lower()  # already canonical but for its case: every part is in range
    parts = [number(g) for g in groups]
    if None in parts:
        return None
    return f"user:{parts[0]}-mureka:{parts[1]}-song:{parts[2]}"


def normalize(token: str) -> str | None:
    """The canonical form of one id token (a number or a string id), or None."""
    token = token.strip()
    if _DIGITS.fullmatch(token):
        return number(token)
    return full_id_at(token, 0, len(token)) if _FULL.fullmatch(token) else None


def link_id(link: str) -> str | None:
    """The id a mureka.ai link names, or None (no song in it, or a malformed one)."""
    key = _LINK_KEY.search(link)
    if key is None:
        return None
    value = _LINK_VALUE.match(link, key.end())
    return normalize(unquote(value[0])) if value else None


def id_of(text: str) -> str | None:
    """The id ``text`` is as a whole: a number, a string id, or one mureka.ai link."""
    found = normalize(text)
    if found is None:
        link = LINK.fullmatch(text.strip().rstrip(LINK_TAIL))
        found = link_id(link[0]) if link else None
    return found


def song_number(song_id: str) -> str:
    """The song's own number (its identity): the digits after ``song:``, or the number."""
    if song_id.isdigit() and song_id.isascii() and song_id[0] != "0":
        return song_id
    m = _FULL.fullmatch(song_id)
    digits = m[3] if m else song_id
    if digits.isascii() and digits.isdigit():
        return digits.lstrip("0") or "0"
    return song_id


def api_song_id(song_id: str) -> int | str:
    """The id as the API wants it: a number when it is all digits, else the string."""
    return int(song_id) if song_id.isascii() and song_id.isdigit() else song_id
