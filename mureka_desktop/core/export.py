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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mureka_desktop.core.library import Flag, LibraryFilter, Review, Video, matches
from mureka_desktop.core.store import Item, Record, State

FORMAT = "mureka-desktop-export"
FIELDS = ["song_id", "title", "state", "video_id", "video_url", "cover_url", "video_path",
          "cover_path", "attempts", "last_error", "model",
          # the library's review of the row's video (empty when it has none)
          "flag", "rating", "note", "seen", "reviewed_at"]
EXPORT_FILTERS = ("all", "picked", "rejected", "unreviewed")
Reviews = Mapping[str, Review]  # by video file path
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "'")

Scrub = Callable[[str], str]


def _same(text: str) -> str:
    return text


def rows(items: Sequence[Item], videos: Sequence[Video], flt: str = "all"
         ) -> tuple[list[Item], dict[str, Review]]:
    """What an export holds, and the review of each row's video.

    ``all``: every song of the history (one row per song, its latest video's review).
    ``picked`` / ``rejected`` / ``unreviewed``: one row per video of the library that
    matches, older versions of a regenerated song included."""
    if flt not in EXPORT_FILTERS:
        raise ValueError(f"unknown export filter {flt!r}; one of {', '.join(EXPORT_FILTERS)}")
    reviews = {v.video_path: v.review for v in videos if v.video_path}
    if flt == "all":
        return list(items), reviews
    keep = LibraryFilter(flag=flt)
    out = [Item(id=v.id, song_id=v.song_id, position=n, state=State.DONE, title=v.title,
                model=v.model, video_id=v.video_id, video_url=v.video_url,
                cover_url=v.cover_url, video_path=v.video_path, cover_path=v.cover_path,
                song_number=v.song_number, finished_at=v.created_at)
           for n, v in enumerate((v for v in videos if matches(v, keep)), 1)]
    return out, reviews


def _review_cells(review: Review | None) -> dict[str, Any]:
    if review is None:
        return dict.fromkeys(("flag", "rating", "note", "seen", "reviewed_at"))
    return {"flag": str(review.flag) or None, "rating": review.rating,
            "note": review.note or None, "seen": review.seen,
            "reviewed_at": review.reviewed_at}


def _row(item: Item, scrub: Scrub, reviews: Reviews | None = None) -> dict[str, Any]:
    review = reviews.get(item.video_path) if reviews is not None and item.video_path else None
    return {
        "song_id": item.song_id, "title": item.title, "state": str(item.state),
        "video_id": item.video_id, "video_url": item.video_url, "cover_url": item.cover_url,
        "video_path": item.video_path, "cover_path": item.cover_path,
        "attempts": item.attempts,
        "last_error": None if item.last_error is None else scrub(item.last_error),
        "model": item.model,
        **_review_cells(review),
    }


def to_json(items: Iterable[Item], scrub: Scrub = _same, reviews: Reviews | None = None) -> str:
    return json.dumps({"format": FORMAT, "version": 1,
                       "items": [_row(i, scrub, reviews) for i in items]}, indent=2,
                      ensure_ascii=False)


def neutralize(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def unneutralize(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def to_csv(items: Iterable[Item], scrub: Scrub = _same, reviews: Reviews | None = None) -> str:
    out = io.StringIO()
    # "\r\n" (RFC 4180) as the line end: the csv module then quotes every cell holding a
    # \r or a \n, which "\n" alone would leave bare (a reader would see extra rows).
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n",
                            quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for item in items:
        writer.writerow({k: "" if v is None else neutralize(str(v).lower() if
                                                             isinstance(v, bool) else str(v))
                         for k, v in _row(item, scrub, reviews).items()})
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
                           cover_path=text("cover_path"), review=_review(row)), state)


def _review(row: dict[str, Any]) -> Review | None:
    """The review columns of a row, or None when it has none (an older export)."""
    flag, rating, note = row.get("flag"), row.get("rating"), row.get("note")
    seen, at = row.get("seen"), row.get("reviewed_at")
    if all(v in (None, "") for v in (flag, rating, note, seen, at)):
        return None
    try:
        stars = min(5, max(0, int(rating or 0)))
        when = float(at) if at not in (None, "") else None
    except (TypeError, ValueError):
        return None
    return Review(flag=Flag(flag) if flag in {str(f) for f in Flag} else Flag.NONE,
                  rating=stars, note=str(note or ""),
                  seen=seen is True or str(seen).lower() == "true", reviewed_at=when)
