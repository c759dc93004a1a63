"""CSV and JSON exports: formula cells neutralised, secrets scrubbed, and both read back."""

from __future__ import annotations

import csv
import io
import json

import pytest

from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.queue import export

TRICKY = ["=1+1", "+SUM(A1)", "-2", "@cmd", "'quoted", "\tTab", "plain", "\r-2+3",
          "\n=1+1", "a\rb", "a\r\n-b", "two\nlines"]


FIELD_TITLE = export.FIELDS.index("title")


@pytest.mark.parametrize("title", TRICKY)
def test_csv_cells_never_start_a_formula_and_read_back_as_they_were(title: str):
    item = Item(id=1, song_id="1", position=1, state=State.DONE, title=title,
                last_error=title, video_path=f"/o/{title}.mp4", cover_path="/o/c.png")
    text = export.to_csv([export.ExportRow.of_song(item)])
    [row] = list(csv.DictReader(io.StringIO(text)))  # one row: a CR or LF never splits it
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 2 and rows[1][FIELD_TITLE] == export.neutralize(title)
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    [back] = export.read_export(text) or []
    assert back.record.title == title and back.state == "done"
    assert [back.record.title] == [e.record.title for e in export.read_export(text) or []]
    assert back.record.video_path == f"/o/{title}.mp4"


def test_exports_scrub_secrets_from_errors():
    item = export.ExportRow.of_song(Item(id=1, song_id="1", position=1, state=State.FAILED,
                                         last_error="400: token user:1-abcdefSECRET echoed"))

    def scrub(text: str) -> str:
        return text.replace("user:1-abcdefSECRET", "[token]")

    for text in (export.render([item], "csv", scrub), export.render([item], "json", scrub)):
        assert "SECRET" not in text and "[token]" in text
    assert json.loads(export.render([item], "json"))["items"][0]["song_id"] == "1"
    assert export.render([item], "csv").startswith("song_id,title,state")


def test_text_that_is_not_our_export_is_not_read_as_one():
    assert export.read_export("song_id,title\n1,a\n") is None
    assert export.read_export('{"items": [{"song_id": "1", "state": "done"}]}') is None
    assert export.read_export("1\n2\n") is None
