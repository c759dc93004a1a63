"""Export of the queue and its history as CSV or JSON, and reading such an export back.

Both formats re-import: the ids through the usual parser, and the finished songs through
:func:`read_export`, which gives back what the export says about each video (title, video id,
links, files, review) so an import restores every version instead of paying again. Rows are
videos (see :func:`rows`); times are ISO 8601 in UTC (older exports wrote epoch seconds: both
read back).

CSV cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR, LF) are
written with a leading ``'``; a cell that starts with ``'`` gets one more, so reading strips
exactly one and every value comes back as it was.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from mureka_desktop.core.model.items import Item, Record, State
from mureka_desktop.core.model.videos import Flag, LibraryFilter, Review, Video, matches

FORMAT = "mureka-desktop-export"
FIELDS = ["song_id", "title", "state", "video_id", "video_url", "cover_url", "video_path",
          "cover_path", "attempts", "last_error", "model",
          # the library's review of the row's video (empty when it has none), and when its
          # files went to the system trash
          "flag", "rating", "note", "seen", "reviewed_at", "trashed_at"]
EXPORT_FILTERS = ("all", "picked", "rejected", "unreviewed")
Reviews = Mapping[str, Review]  # by video file path
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "'")

Scrub = Callable[[str], str]


def _same(text: str) -> str:
    return text


class VideoReviews(dict[str, Review]):
    """The review of each video, by file path, and (``trashed``) when the files of a video
    went to the system trash: a re-import puts both back."""

    def __init__(self, reviews: Mapping[str, Review] | None = None,
                 trashed: Mapping[str, float] | None = None) -> None:
        super().__init__(reviews or {})
        self.trashed: dict[str, float] = dict(trashed or {})


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One row of an export: a video of the library (one version of a song, its song's
    values from the queue row), or a song with no video of its own (queued, failed)."""

    song_id: str
    state: State
    title: str | None = None
    video_id: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    video_path: str | None = None
    cover_path: str | None = None
    attempts: int = 0
    last_error: str | None = None
    model: str | None = None

    @classmethod
    def of_song(cls, item: Item) -> ExportRow:
        """A queue row as it is."""
        return cls(item.song_id, item.state, item.title, item.video_id, item.video_url,
                   item.cover_url, item.video_path, item.cover_path, item.attempts,
                   item.last_error, item.model)

    @classmethod
    def of_video(cls, video: Video, song: Item | None) -> ExportRow:
        """One version of a song: the video's own fields, the song's values from its queue
        row (``song``, None when the queue no longer has it)."""
        return cls(song.song_id if song else video.song_id, State.DONE,
                   (song.title if song else None) or video.title, video.video_id,
                   video.video_url, video.cover_url, video.video_path, video.cover_path,
                   song.attempts if song else 0, song.last_error if song else None,
                   (song.model if song else None) or video.model)


def rows(items: Sequence[Item], videos: Sequence[Video], flt: str = "all"
         ) -> tuple[list[ExportRow], dict[str, Review]]:
    """What an export holds, and the review of each row's video.

    One row per video of the library (every version of a regenerated song, oldest first, in
    state ``done``), and one per song that has no video of its own in them: a song with no
    video yet (queued, failed), or one whose regeneration is queued or failed (that row
    carries the queue's state). ``picked`` / ``rejected`` / ``unreviewed`` keep the video
    rows that match, the same rows as ``all``. A song's values (title, model, attempts, last
    error) come from its queue row in every filter."""
    if flt not in EXPORT_FILTERS:
        raise ValueError(f"unknown export filter {flt!r}; one of {', '.join(EXPORT_FILTERS)}")
    reviews = VideoReviews({v.video_path: v.review for v in videos if v.video_path},
                           {v.video_path: v.trashed_at for v in videos
                            if v.video_path and v.trashed_at is not None})
    keep = LibraryFilter(flag=flt)
    by_song: dict[str, list[Video]] = {}
    for video in videos:
        by_song.setdefault(video.song_number, []).append(video)
    out: list[ExportRow] = []
    for item in items:
        versions = by_song.pop(item.song_number, [])
        out += [ExportRow.of_video(v, item) for v in versions if matches(v, keep)]
        if flt == "all" and (item.state != State.DONE or not versions or item.video_path
                             not in {v.video_path for v in versions}):
            out.append(ExportRow.of_song(item))
    for versions in by_song.values():  # videos of songs the queue no longer has
        out += [ExportRow.of_video(v, None) for v in versions if matches(v, keep)]
    return out, reviews


def iso_time(when: float | None) -> str | None:
    """An epoch time as ISO 8601 in UTC with its offset: ``2026-11-28T09:14:24.448+00:00``."""
    if when is None:
        return None
    try:
        return datetime.fromtimestamp(when, UTC).isoformat(timespec="milliseconds")
    except (OverflowError, OSError, ValueError):  # out of the calendar's range: as it is
        return repr(float(when))


def parse_time(value: Any) -> float | None:
    """An export's time back to epoch seconds: ISO 8601 (a time without an offset is UTC)
    or, as older exports wrote it, a number. Raises ValueError on anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        if not math.isfinite(number):
            raise ValueError(text)
        return number
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def _review_cells(review: Review | None, trashed: float | None) -> dict[str, Any]:
    if review is None:
        cells: dict[str, Any] = dict.fromkeys(("flag", "rating", "note", "seen",
                                               "reviewed_at"))
    else:
        cells = {"flag": str(review.flag) or None, "rating": review.rating,
                 "note": review.note or None, "seen": review.seen,
                 "reviewed_at": iso_time(review.reviewed_at)}
    return {**cells, "trashed_at": iso_time(trashed)}


def _row(item: ExportRow, scrub: Scrub, reviews: Reviews | None = None) -> dict[str, Any]:
    review = reviews.get(item.video_path) if reviews is not None and item.video_path else None
    trashed = getattr(reviews, "trashed", {}).get(item.video_path) if item.video_path \
        else None
    return {
        "song_id": item.song_id, "title": item.title, "state": str(item.state),
        "video_id": item.video_id, "video_url": item.video_url, "cover_url": item.cover_url,
        "video_path": item.video_path, "cover_path": item.cover_path,
        "attempts": item.attempts,
        "last_error": None if item.last_error is None else scrub(item.last_error),
        "model": item.model,
        **_review_cells(review, trashed),
    }


def to_json(items: Iterable[ExportRow], scrub: Scrub = _same,
            reviews: Reviews | None = None) -> str:
    return json.dumps({"format": FORMAT, "version": 2,
                       "items": [_row(i, scrub, reviews) for i in items]}, indent=2,
                      ensure_ascii=False)


def neutralize(cell: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def unneutralize(cell: str) -> str:
    return cell[1:] if cell.startswith("'") else cell


def to_csv(items: Iterable[ExportRow], scrub: Scrub = _same, reviews: Reviews | None = None) -> str:
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


def render(items: Iterable[ExportRow], fmt: str, scrub: Scrub = _same,
           reviews: Reviews | None = None) -> str:
    """The one export renderer (the window's Export, ``mureka-desktop export``): JSON for
    ``fmt`` "json", CSV otherwise. No store access: runs in a worker thread."""
    return to_json(items, scrub, reviews) if fmt == "json" else to_csv(items, scrub, reviews)


@dataclass(frozen=True)
class Exported:
    """One video (or a song with none yet) as an export describes it."""

    record: Record
    state: str


def read_export(text: str) -> list[Exported] | None:
    """The rows of one of our exports (CSV or JSON), in order, or None when ``text`` is not
    one."""
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
                           cover_path=text("cover_path"), review=_review(row),
                           trashed_at=_time(row.get("trashed_at"))), state)


def _time(value: Any) -> float | None:
    try:
        return parse_time(value)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _review(row: dict[str, Any]) -> Review | None:
    """The review columns of a row, or None when it has none (an older export)."""
    flag, rating, note = row.get("flag"), row.get("rating"), row.get("note")
    seen, at = row.get("seen"), row.get("reviewed_at")
    if all(v in (None, "") for v in (flag, rating, note, seen, at)):
        return None
    try:
        stars = min(5, max(0, int(rating or 0)))
    except (TypeError, ValueError):
        return None
    try:
        when = parse_time(at)
    except (TypeError, ValueError, OverflowError, OSError):
        when = None  # a time that does not read: the decision itself still counts
    return Review(flag=Flag(flag) if flag in {str(f) for f in Flag} else Flag.NONE,
                  rating=stars, note=str(note or ""),
                  seen=seen is True or str(seen).lower() == "true", reviewed_at=when)
