"""Export of the queue and its history as CSV or JSON (the JSON re-imports as an id list)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from mureka_desktop.core.store import Item

FIELDS = ["song_id", "title", "state", "video_id", "video_url", "cover_url", "video_path",
          "cover_path", "attempts", "last_error"]


def _row(item: Item) -> dict[str, object]:
    return {
        "song_id": item.song_id, "title": item.title, "state": str(item.state),
        "video_id": item.video_id, "video_url": item.video_url, "cover_url": item.cover_url,
        "video_path": item.video_path, "cover_path": item.cover_path,
        "attempts": item.attempts, "last_error": item.last_error,
    }


def to_json(items: Iterable[Item]) -> str:
    return json.dumps({"format": "mureka-desktop-export", "version": 1,
                       "items": [_row(i) for i in items]}, indent=2, ensure_ascii=False)


def to_csv(items: Iterable[Item]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow({k: "" if v is None else v for k, v in _row(item).items()})
    return out.getvalue()
