"""Song ids in what users give us: free text, links, CSV and JSON.

What one id is (a number of at most 19 digits and at most 2**63 - 1, the string form
``user:<n>-mureka:<n>-song:<n>``, a mureka.ai link), how patterns are anchored, and why the
song number is a song's identity: see :mod:`mureka_desktop.core.ids.forms`. Reading bytes in
bounded memory: :mod:`mureka_desktop.core.ids.reading`. This module finds ids in text and
re-exports both, so callers only import ``ids``.

Free text, line by line
-----------------------
Links and string ids are taken anywhere in a line (``id=user:…`` included). A bare number is
not: ``"sit amet 12"`` is prose, not song 12. A bare number is an id when

1. its line is a list of ids: the line holds only ids, numbers and separators (white space and
   zero-width spaces, ``, ; |``, quotes, brackets, lone punctuation such as ``-`` or ``/``),
   e.g. ``101``, ``101 102, 103``, ``https://www.mureka.ai/song-detail/4242 4343``. A
   leading list marker (``1.``, ``2)``, ``-``, ``*``) and a leading label (``song_id:``,
   ``Song IDs:``, ``ids=``) may open a list line; a line holding only such a label is a
   heading and is skipped;
2. or it is long enough to be a song id: at least :data:`MIN_PROSE_DIGITS` (9) significant
   digits. Every song id in the API's documentation has 9 or more (``111122222``,
   ``123456789``); years, times, counts, prices, post codes and local phone numbers have fewer.

Everything else in a prose line is one invalid entry with its line number (``hello world`` is
one entry, not two): words, short numbers (``12``), short numbers with trailing punctuation
(``1.`` in ``see 1. above``). A
number followed by ``.`` ``:`` ``!`` or ``?`` ends a sentence: it makes its line prose. A
9-digit account id standing alone in prose cannot be told from a song id; at worst it fails
as an unknown song. Lines starting with ``#`` are comments. Lines end at ``\n``, ``\r\n`` or
``\r``.

CSV and JSON
------------
Text whose first non-blank line is a delimited (``,`` ``;`` or tab) header naming a song id
column is CSV: ``song_id`` (any case; ``_``, ``-``, a space or nothing between the words;
``song_ids`` too), else a name holding it with at most two words either side
(``my_song_ids``, ``Song ID (Mureka)``). Each cell of that column must be one id (a number,
a string id or a link); lines are the file's own. Text starting with ``[`` or ``{`` that is
JSON is a list of ids or of objects with ``song_id``, our own export (``{"items": [...]}``),
the API's listing (``{"list": [{"songs": [...]}]}``) or one id; there ``line`` is the entry's
position in its list. JSON that does not parse is read as free text; JSON nested too deeply
to parse is one invalid entry.

Parsing never raises on content and runs in time linear in the input's length. Invalid
entries past the first :data:`MAX_INVALID_LISTED` (1,000) are not kept one by one: a last
entry counts them (``… and 25,000 more not listed (lines 1001-26000)``), and
``ParseResult.unlisted_invalid`` holds the number.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from mureka_desktop.core.ids.forms import (
    LINK,
    LINK_TAIL,
    MAX_DIGITS,
    MAX_INVALID_LISTED,
    MAX_NUMBER,
    SHOWN_CHARS,
    IdCollector,
    InvalidToken,
    ParseResult,
    api_song_id,
    full_id_at,
    id_of,
    link_id,
    normalize,
    number,
    song_number,
)
from mureka_desktop.core.ids.reading import (
    MAX_INPUT_BYTES,
    UnreadableInput,
    decode,
    read_file,
    read_stream,
)

__all__ = [
    "MAX_DIGITS", "MAX_INPUT_BYTES", "MAX_INVALID_LISTED", "MAX_NUMBER", "MIN_PROSE_DIGITS",
    "InvalidToken", "ParseResult", "UnreadableInput", "api_song_id", "decode", "normalize",
    "parse_text", "read_file", "read_stream", "song_number",
]

MIN_PROSE_DIGITS = 9
# Lines up to this long are scanned once into a list; longer ones twice, never held as a list.
_LIST_LINE_CHARS = 1 << 16

_USER = re.compile(r"(?<![A-Za-z0-9_])user:", re.IGNORECASE)
# A token: a run of anything but white space (zero-width spaces and a BOM included, as pasted
# from web pages) and the separators , ; | quotes and brackets.
_TOKEN = re.compile(r"[^\s,;|\"'\[\]{}()\u200b-\u200d\u2060\ufeff]+")
_EOL = re.compile(r"\r\n?|\n")
_LABEL = r"(?:song[ _-]?ids?|ids?|songs?)"
# What may open a list line: a list marker, then a label ("1. song_id: 101").
_PREFIX = re.compile(
    rf"\s*(?:(?:[-*+\u2022]|\(?[0-9]{{1,3}}[.)])\s+)?(?:{_LABEL}\s*[:=]\s*)?", re.IGNORECASE)
_HEADING = re.compile(rf"\s*{_LABEL}\s*[:=]?\s*", re.IGNORECASE)
_CSV_EXACT = frozenset({"song_id", "songid", "song_ids", "songids"})
_CSV_LOOSE = re.compile(r"(?:[a-z]+_){0,2}song_?ids?(?:_[a-z]+){0,2}")


def parse_text(text: str) -> ParseResult:
    """Parse ids from any text: JSON, CSV with a song id column, or free text."""
    stripped = text.lstrip()
    if stripped[:1] in ("[", "{"):
        try:
            data = json.loads(text)
        except RecursionError:
            out = IdCollector()
            out.bad(1, "JSON nested too deeply to be a list of song ids")
            return out.finish()
        except ValueError:  # not JSON after all (JSONDecodeError, or a 5,000-digit number)
            pass
        else:
            return _from_json(data)
    eol = _EOL.search(stripped)
    found = _csv_column(stripped[: eol.start()] if eol else stripped)
    if found is not None:
        return _from_csv(text, *found)
    return _from_free_text(text)


# -------------------------------------------------------------------------- free text
# What a token is. _WORD and _PROSE_NUM make their line prose.
_NUM, _PROSE_NUM, _GLUED, _LINK_ID, _WORD, _PUNCT = range(6)


def _kind(token: str) -> int:
    """What a token holding no link is."""
    if token.isdigit():
        return _NUM if token.isascii() else _WORD
    if ":" in token and _USER.search(token):
        return _GLUED
    core = token.rstrip(LINK_TAIL)
    if core != token and core.isdigit() and core.isascii():
        return _PROSE_NUM  # "700000001." ends a sentence
    if token.isalnum() or any(ch.isalnum() for ch in token):
        return _WORD
    return _PUNCT  # lone punctuation ("-", "/", "…") separates like a comma


def _link_pieces(token: str) -> Iterator[tuple[int, str]]:
    """A token holding mureka.ai links: the links and the text around them."""
    pos = 0
    for m in LINK.finditer(token):
        link = m[0].rstrip(LINK_TAIL)
        if m.start() > pos:
            piece = token[pos:m.start()]
            yield _kind(piece), piece
        yield _LINK_ID, link
        pos = m.start() + len(link)
    if pos < len(token):
        piece = token[pos:]
        yield _kind(piece), piece


def _line_items(body: str) -> Iterator[tuple[int, str]]:
    for m in _TOKEN.finditer(body):
        token = m[0]
        if token.isdigit() and token.isascii():  # the common cases first
            yield _NUM, token
            continue
        link = LINK.search(token) if "." in token else None
        if link is None:
            yield _kind(token), token
        elif link.end() == len(token) and link.start() == 0 and token[-1] not in LINK_TAIL:
            yield _LINK_ID, token
        else:
            yield from _link_pieces(token)


def _is_prose(items: Iterable[tuple[int, str]]) -> bool:
    return any(kind in (_WORD, _PROSE_NUM) for kind, _ in items)


_LEFTOVER_CHARS = 120  # of a prose line's text shown as its one invalid entry


def _scan_line(line: str, lineno: int, out: IdCollector) -> None:
    if line.isdigit() and line.isascii():  # one number alone on its line: the common case
        found = number(line)
        if found:
            out.add(found)
        else:
            out.bad(lineno, line)
        return
    if len(line) <= 40 and _HEADING.fullmatch(line):
        return
    prefix = _PREFIX.match(line)
    body = line[prefix.end():] if prefix else line
    items: Iterable[tuple[int, str]]
    if len(body) <= _LIST_LINE_CHARS:
        items = list(_line_items(body))
        prose = _is_prose(items)
    else:  # a huge line: scan it twice rather than hold millions of tokens
        prose = _is_prose(_line_items(body))
        items = _line_items(body)
    # A prose line's words and short numbers are one invalid entry ("hello world" is one thing
    # that is not an id, not two), kept to a readable length however long the line is.
    leftover: list[str] = []
    leftover_chars = 0

    def not_an_id(text: str) -> None:
        nonlocal leftover_chars
        if not prose:
            out.bad(lineno, text)
        elif leftover_chars <= _LEFTOVER_CHARS:
            leftover.append(text)
            leftover_chars += len(text) + 1
        elif leftover[-1] != "…":
            leftover.append("…")

    for kind, text in items:
        if kind in (_NUM, _PROSE_NUM):
            found = number(text.rstrip(LINK_TAIL))
            if found and (kind == _NUM and not prose or len(found) >= MIN_PROSE_DIGITS):
                out.add(found)
            else:
                not_an_id(text)
        elif kind == _LINK_ID:
            found = link_id(text)
            if found:
                out.add(found)
            else:
                out.bad(lineno, text)
        elif kind == _GLUED:  # string ids glued to other text ("id=user:…"), each anchored
            starts = [m.start() for m in _USER.finditer(text)]
            for i, start in enumerate(starts):
                end = starts[i + 1] if i + 1 < len(starts) else len(text)
                found = full_id_at(text, start, end)
                if found:
                    out.add(found)
                else:
                    out.bad(lineno, text[start:end])
        elif kind == _WORD:
            not_an_id(text)
    if leftover:
        out.bad(lineno, " ".join(leftover))


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` (``\\n``, ``\\r\\n`` or ``\\r``), one at a time."""
    start = 0
    for eol in _EOL.finditer(text):
        yield text[start:eol.start()]
        start = eol.end()
    if start < len(text):
        yield text[start:]


def _from_free_text(text: str) -> ParseResult:
    out = IdCollector()
    for lineno, line in enumerate(_lines(text), start=1):
        if not line.lstrip().startswith("#"):
            _scan_line(line, lineno, out)
    return out.finish()


# -------------------------------------------------------------------------------- CSV
def _csv_column(header: str) -> tuple[str, int] | None:
    """(delimiter, index of the song id column) when ``header`` is a CSV header, else None."""
    count, delimiter = max((header.count(d), d) for d in (",", ";", "\t"))
    if count == 0:
        return None
    cells = next(csv.reader([header], delimiter=delimiter), [])
    if any(cell.strip().isdigit() for cell in cells):  # a line of ids, not a header
        return None
    names = [re.sub(r"[^a-z0-9]+", "_", cell.lower()).strip("_") for cell in cells]
    for index, name in enumerate(names):
        if name in _CSV_EXACT:
            return delimiter, index
    for index, name in enumerate(names):
        if _CSV_LOOSE.fullmatch(name):
            return delimiter, index
    return None


def _from_csv(text: str, delimiter: str, column: int) -> ParseResult:
    out = IdCollector()
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header_seen = False
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # a field past csv's size limit, a NUL: report it, go on
            out.bad(reader.line_num, f"unreadable CSV line ({exc})")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if not header_seen:
            header_seen = True
            continue
        cell = row[column].strip() if column < len(row) else ""
        found = id_of(cell)
        if found:
            out.add(found)
        else:
            out.bad(reader.line_num, cell or "(empty song_id)")
    return out.finish()


# ------------------------------------------------------------------------------- JSON
def _json_entries(data: Any, out: IdCollector) -> list[Any]:
    """The entries of a JSON document that may be ids; reports the parts that cannot."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return [data]  # one id on its own: "700000001" or 700000001
    # Our own export is {"items": [...]}; the API's listing is {"list": [{"songs": [...]}]}.
    if isinstance(data.get("items"), list):
        return list(data["items"])
    if isinstance(data.get("list"), list):
        entries: list[Any] = []
        for index, feed in enumerate(data["list"], start=1):
            songs = feed.get("songs") if isinstance(feed, dict) else None
            if isinstance(songs, list):
                entries.extend(songs)
            else:
                out.bad(index, f"listing entry without a list of songs: {_shown(feed)}")
        return entries
    if "song_id" in data:
        return [data]
    out.bad(1, "JSON object without song ids")
    return []


def _shown(value: Any) -> str:
    """A short, one-level rendering of a JSON value (never recursive: it may be deep)."""
    def scalar(v: Any) -> str:
        if isinstance(v, dict):
            return "{…}" if v else "{}"
        if isinstance(v, list):
            return "[…]" if v else "[]"
        return json.dumps(v)[:SHOWN_CHARS]

    if isinstance(value, dict):
        items = [f"{json.dumps(str(k))[:SHOWN_CHARS]}: {scalar(v)}" for k, v in
                 itertools.islice(value.items(), 4)]
        return "{" + ", ".join(items) + (", …}" if len(value) > 4 else "}")
    if isinstance(value, list):
        parts = [scalar(v) for v in value[:4]]
        return "[" + ", ".join(parts) + (", …]" if len(value) > 4 else "]")
    return scalar(value)


def _from_json(data: Any) -> ParseResult:
    out = IdCollector()
    for index, entry in enumerate(_json_entries(data, out), start=1):
        value = entry.get("song_id") if isinstance(entry, dict) else entry
        found: str | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            found = number(str(value)) if value > 0 else None
        elif isinstance(value, str):
            found = id_of(value)
        if found:
            out.add(found)
        else:
            out.bad(index, value if isinstance(value, str) else _shown(entry))
    return out.finish()
