import json
from pathlib import Path

import pytest

from mureka_desktop.core.ids import parse as ids
from mureka_desktop.core.model.items import Item, State
from mureka_desktop.core.queue.export import ExportRow, to_json

FULL = "user:777-mureka:123456789-song:111122222"


def test_free_text_mixes_forms_and_separators_in_order():
    text = f"12345, {FULL}; 678\n\t9\n" "https://www.mureka.ai/song-detail/55555 more 12345"
    result = ids.parse_text(text)
    assert result.ids == ["12345", FULL, "678", "9", "55555"]
    # line 3 is prose ("more"): its short bare number is not taken (test_ids_rules.py)
    assert [(t.line, t.text) for t in result.invalid] == [(3, "more 12345")]


def test_invalid_tokens_carry_line_numbers():
    result = ids.parse_text("1\nfoo\n2\n\n12345678901234567890\nuser:1-mureka:x-song:3\n")
    assert result.ids == ["1", "2"]
    assert [(t.line, t.text) for t in result.invalid] == [
        (2, "foo"), (5, "12345678901234567890"), (6, "user:1-mureka:x-song:3")]
    assert result.invalid_lines() == [2, 5, 6]


def test_links_with_string_ids_and_query_parameters():
    text = (f"https://mureka.ai/song/{FULL}\n"
            "https://www.mureka.ai/explore?song_id=4242&ref=2026-11-27\n"
            "https://www.mureka.ai/about\n")
    result = ids.parse_text(text)
    assert result.ids == [FULL, "4242"]
    assert [t.line for t in result.invalid] == [3]


def test_comments_and_ids_glued_to_text():
    result = ids.parse_text(f"# my list\nid={FULL}\n")
    assert result.ids == [FULL]
    assert result.invalid == []


def test_csv_with_song_id_column():
    text = "title,song_id,notes\nA,101,x\nB,,y\nC,not-an-id,z\nD,101,w\nE," + FULL + ",\n"
    result = ids.parse_text(text)
    assert result.ids == ["101", FULL]
    assert result.duplicates == ["101"]
    assert [(t.line, t.text) for t in result.invalid] == [(3, "(empty song_id)"), (4, "not-an-id")]


def test_json_list_of_ids_and_of_objects():
    assert ids.parse_text(json.dumps([1, "2", FULL, 1])).ids == ["1", "2", FULL]
    result = ids.parse_text(json.dumps([{"song_id": 5}, {"title": "x"}, {"song_id": True}]))
    assert result.ids == ["5"]
    assert [t.line for t in result.invalid] == [2, 3]


def test_our_own_export_reimports():
    items = [Item(id=1, song_id=FULL, position=1, state=State.DONE),
             Item(id=2, song_id="42", position=2, state=State.FAILED)]
    assert ids.parse_text(to_json(map(ExportRow.of_song, items))).ids == [FULL, "42"]


def test_api_listing_json_imports():
    listing = {"list": [{"feed_id": 1, "songs": [{"song_id": FULL}, {"song_id": "7"}]}],
               "more": False}
    assert ids.parse_text(json.dumps(listing)).ids == [FULL, "7"]


def test_binary_and_non_utf8_are_refused():
    with pytest.raises(ids.UnreadableInput, match="binary"):
        ids.decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ids.UnreadableInput, match="not UTF-8"):
        ids.decode("12345 caf\u00e9".encode("latin-1"))
    assert ids.decode(b"\xef\xbb\xbf123\n") == "123\n"


def test_oversized_file_is_refused_without_reading(tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(ids.MAX_INPUT_BYTES + 1)
    with pytest.raises(ids.UnreadableInput, match="limit is 50 MB"):
        ids.read_file(big)


def test_a_file_just_over_the_limit_says_its_own_size(tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(52_428_852)
    with pytest.raises(ids.UnreadableInput) as caught:
        ids.read_file(big)
    assert "the file is 52.4 MB; the limit is 50 MB." in str(caught.value)
    with pytest.raises(ids.UnreadableInput, match=r"The input is 52\.4 MB; the limit is 50 MB"):
        ids.decode(b"1" * 52_428_852)


def test_api_song_id_and_song_number():
    assert ids.api_song_id("123") == 123
    assert ids.api_song_id(FULL) == FULL
    assert ids.song_number(FULL) == "111122222"
    assert ids.song_number("123") == "123"


def test_results_of_several_inputs_merge_in_order():
    merged = ids.parse_text("1 2\nx")
    merged.extend(ids.parse_text("2 3 3\ny"))
    assert merged.ids == ["1", "2", "3"]
    assert merged.duplicates == ["2", "3"]
    assert [(t.line, t.text) for t in merged.invalid] == [(2, "x"), (2, "y")]


def test_a_missing_file_is_an_unreadable_input_naming_it(tmp_path: Path):
    with pytest.raises(ids.UnreadableInput, match="gone.txt: No such file"):
        ids.read_file(tmp_path / "gone.txt")
