"""Export of the queue and its history as CSV or JSON, and reading such an export back.

Both formats re-import: the ids through the usual parser, and the finished songs through
:func:`read_export`, which gives back what the export says about each song (title, video id,
links, files) so an import restores them instead of paying again.

CSV cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR, LF) are
written with a leading ``'``; a cell that starts with ``'`` gets one more, so reading strips
exactly one and every value comes back as it was.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from mureka_desktop.core.store import Item, Record, State

FORMAT = "mureka-desktop-export"
FIELDS = ["song_id", "title", "state", "video_id", "video_url", "cover_url", "video_path",
          "cover_path", "attempts", "last_error", "model"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "'")

Scrub = Callable[[str], str]


def _same(text: str) -> str:
    return text


def _row(item: Item, scrub: Scrub) -> dict[str, Any]:
    return {
        "song_id": item.song_id, "title": item.title, "state": str(item.state),
        "video_id": item.video_id, "video_url": item.video_url, "cover_url": item.cover_url,
        "video_path": item.video_path, "cover_path": item.cover_path,
        "attempts": item.attempts,
        "last_error": None if item.last_error is None else scrub(item.last_error),
        "model": item.model,
    }


def to_json(items: Iterable[Item], scrub: Scrub = _same) -> str:
    return json.dumps({"format": FORMAT, "version": 1,
                       "items": [_row(i, scrub) for i in items]}, indent=2, ensure_ascii=False)


def neutralize(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def unneutralize(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def to_csv(items: Iterable[Item], scrub: Scrub = _same) -> str:
    out = io.StringIO()
    # "\r\n" (RFC 4180) as the line end: the csv module then quotes every cell holding a
    # \r or a \n, which "\n" alone would leave bare (a reader would see extra rows).
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n",
                            quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for item in items:
        writer.writerow({k: "" if v is None else neutralize(str(v))
                         for k, v in _row(item, scrub).items()})
    return out.getvalue()


@dataclass(frozen=True)
class Exported:
    """One song as an export describes it."""

    record: Record
    state: str


def read_export(text: str) -> list[Exported] | None:
    """The songs of one of our exports (CSV or JSON), or None when ``text`` is not one."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        if FORMAT not in stripped[:200]:  # not ours: do not parse a big JSON a second time
            return None
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT or \
                not isinstance(data.get("items"), list):
            return None
        rows = [r for r in data["items"] if isinstance(r, dict)]
        return [e for e in (_exported(r) for r in rows) if e is not None]
    header = stripped.split("\n", 1)[0].strip().split(",")
    if header[:3] != FIELDS[:3] or "video_path" not in header:
        return None
    reader = csv.DictReader(io.StringIO(stripped))
    out: list[Exported] = []
    for raw in reader:
        row = {k: unneutralize(v) for k, v in raw.items() if isinstance(k, str)
               and isinstance(v, str)}
        found = _exported(row)
        if found is not None:
            out.append(found)
    return out


def _exported(row: dict[str, Any]) -> Exported | None:
    def text(key: str) -> str | None:
        value = row.get(key)
        if value is None or isinstance(value, bool | dict | list):
            return None
        value = str(value)
        return value if value.strip() else None

    song_id, state = (text("song_id") or "").strip() or None, text("state")
    if song_id is None or state not in {str(s) for s in State}:
        return None
    return Exported(Record(song_id=song_id, title=text("title"), model=text("model"),
                           video_id=text("video_id"), video_url=text("video_url"),
                           cover_url=text("cover_url"), video_path=text("video_path"),
                           cover_path=text("cover_path")), state)
