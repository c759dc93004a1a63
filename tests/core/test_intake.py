"""The review before queueing: one song per number, the string form kept."""

from __future__ import annotations

import io
from pathlib import Path

from mureka_desktop.core.ids.parse import ParseResult
from mureka_desktop.core.model.items import State
from mureka_desktop.core.queue.intake import (
    NotASongId,
    Source,
    SummaryPart,
    Unreadable,
    read_inputs,
    review,
)
from mureka_desktop.core.storage.store import Store

FULL = "user:777-mureka:555000111-song:700000004"


def test_two_spellings_in_one_input_are_one_new_song_in_string_form(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    for parsed in (ParseResult(ids=["700000004", FULL, "5"]),
                   ParseResult(ids=[FULL, "700000004", "5"]),
                   # a parser that already folded them, keeping the first spelling
                   ParseResult(ids=["700000004", "5"], duplicates=[FULL])):
        result = review(parsed, store)
        assert result.new == [FULL, "5"] and len(result.duplicates) == 1
        assert result.summary_parts() == [(SummaryPart.NEW, 2), (SummaryPart.DUPLICATES, 1),
                                          (SummaryPart.ALREADY_DONE, 0), (SummaryPart.INVALID, 0)]
        assert result.summary().startswith("2 new · 1 duplicates")
    store.close()


def test_a_known_song_is_recognised_in_either_spelling(tmp_path: Path):
    store = Store(tmp_path / "q.sqlite3")
    store.add([FULL, "6"])
    six = store.by_song("6")
    assert six is not None
    store.update(six.id, state=State.DONE)
    result = review(ParseResult(ids=["700000004", "user:1-mureka:2-song:6"]), store)
    assert result.already_queued == ["700000004"] and result.already_done == [
        "user:1-mureka:2-song:6"]
    assert result.new == [] and result.addable == []
    store.close()


def test_the_review_counts_invalid_entries_past_the_listed_ones(tmp_path):
    from mureka_desktop.core.ids import parse as ids
    from mureka_desktop.core.queue.intake import review
    from mureka_desktop.core.storage.store import Store

    store = Store(tmp_path / "q.sqlite3")
    parsed = ids.parse_text("\n".join(f"word{n}" for n in range(5000)) + "\n700000001\n")
    result = review(parsed, store)
    assert result.new == ["700000001"]
    assert result.invalid_count == 5000
    assert "5000 invalid (lines 1, 2, 3, 4, 5, 6, 7, 8 …)" in result.summary()
    assert result.invalid_lines == (1001, "1, 2, 3, 4, 5, 6, 7, 8 …")  # the lines listed
    store.close()


def test_one_reader_for_files_stdin_and_text_with_typed_errors(tmp_path: Path):
    listed = tmp_path / "songs.txt"
    listed.write_text("700000001\nno id here\n")
    binary = tmp_path / "song.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    stdin = io.BytesIO(b"700000002\n")
    read = read_inputs([Source.file(listed, "songs.txt"), Source.file(tmp_path / "gone.txt"),
                        Source.argument("-", stdin), Source.argument(str(binary), stdin),
                        Source.argument("700000003 700000001", stdin)])
    assert read.incoming.parsed.ids == ["700000001", "700000002", "700000003"]
    assert read.incoming.parsed.duplicates == ["700000001"]
    assert read.errors == [NotASongId("songs.txt", 2, "no id here"),
                           Unreadable(str(tmp_path / "gone.txt"),
                                      "gone.txt: No such file or directory"),
                           Unreadable(str(binary),
                                      "song.png: This is a binary file, not a list of song ids.")]
    assert read.unreadable == read.errors[1:]
