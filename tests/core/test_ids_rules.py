"""The id rules of issue 6: anchored patterns, numbers in free text, one song two spellings."""

from __future__ import annotations

import io
import json

import pytest

from mureka_desktop import cli
from mureka_desktop.core.ids import parse as ids

FULL = "user:777-mureka:555000111-song:700000004"


def pairs(result: ids.ParseResult) -> list[tuple[int, str]]:
    return [(t.line, t.text) for t in result.invalid]


# ------------------------------------------------------------------ anchored patterns
@pytest.mark.parametrize("text", [
    "user:777-mureka:555000111-song:7000000011234567890123456789",
    "https://www.mureka.ai/song-detail/7000000021234567890123",
])
def test_over_long_ids_are_invalid_with_their_line_not_cut(text: str):
    result = ids.parse_text(f"700000003\n{text}\n")
    assert result.ids == ["700000003"]
    assert pairs(result) == [(2, text)]


@pytest.mark.parametrize("text", [
    "12345678901234567890",                          # 20 digits
    "9223372036854775808",                           # 19 digits, past 2**63 - 1
    "0", "0000",
    "user:777-mureka:555000111-song:700000001x",
    "user:777-mureka:555000111-song:700000001_2",
    "user:777-mureka:555000111-song:700000001-2",
    "user:777-mureka:555000111-song:7.5",
    "user:12345678901234567890-mureka:1-song:2",
    "user:1-mureka:2-song:0",
    "superuser:1-mureka:2-song:3",
    "https://www.mureka.ai/song-detail/700000001abc",
    "https://www.mureka.ai/song-detail/700000001.5",
    "https://mureka.ai/song/user:1-mureka:2-song:3x",
    "https://www.mureka.ai/explore?song_id=12345678901234567890&ref=x",
    "https://www.mureka.ai/song-detail/",
])
def test_an_id_that_does_not_end_where_its_pattern_ends_is_invalid(text: str):
    result = ids.parse_text(text)
    assert result.ids == []
    assert pairs(result) == [(1, text)]
    assert ids.normalize(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("9223372036854775807", "9223372036854775807"),   # 2**63 - 1, 19 digits
    ("0700000001", "700000001"),
    ("USER:0777-Mureka:5-SONG:0700000001", "user:777-mureka:5-song:700000001"),
    ("user:1-mureka:2-song:3.", "user:1-mureka:2-song:3"),           # ends a sentence
    ("https://www.mureka.ai/song-detail/700000001/", "700000001"),
    ("https://www.mureka.ai/song-detail/700000001?ref=x#top", "700000001"),
    ("https://www.mureka.ai/explore?song_id=4242&ref=2026-11-27", "4242"),
    ("(https://www.mureka.ai/song-detail/700000001).", "700000001"),
    ("www.mureka.ai/song-detail/700000001", "700000001"),
    ("https://mureka.ai/song/user%3A1-mureka%3A2-song%3A3", "user:1-mureka:2-song:3"),
])
def test_valid_ids_up_to_where_their_pattern_ends(text: str, expected: str):
    result = ids.parse_text(text)
    assert result.ids == [expected]
    assert result.invalid == []


def test_numbers_must_fit_a_signed_64_bit_integer():
    assert ids.MAX_NUMBER == 2**63 - 1 and ids.MAX_DIGITS == 19
    assert ids.normalize(str(ids.MAX_NUMBER)) == str(ids.MAX_NUMBER)
    assert ids.normalize(str(ids.MAX_NUMBER + 1)) is None
    assert ids.api_song_id(str(ids.MAX_NUMBER)) == ids.MAX_NUMBER
    assert ids.parse_text(json.dumps([ids.MAX_NUMBER + 1, -5, 0, 1.5])).ids == []


# ------------------------------------------------------------ one song, two spellings
def test_a_number_and_its_string_form_are_one_song_keeping_the_string_form():
    result = ids.parse_text(f"700000004 {FULL}")
    assert result.ids == [FULL]  # the string form routes the call to its account
    assert result.duplicates == ["700000004"]


def test_every_spelling_of_one_song_after_the_first_is_a_duplicate():
    text = f"101\n700000004\n102\n{FULL}\nhttps://www.mureka.ai/song-detail/700000004\n" \
           "0700000004\nuser:778-mureka:9-song:700000004\n"
    result = ids.parse_text(text)
    assert result.ids == ["101", FULL, "102"]  # the string form takes the number's place
    assert sorted(result.duplicates) == sorted(
        ["700000004", "700000004", "700000004", "user:778-mureka:9-song:700000004"])
    assert [ids.song_number(s) for s in result.ids] == ["101", "700000004", "102"]


def test_merged_inputs_use_the_song_number_too():
    merged = ids.parse_text("700000004\n101")
    merged.extend(ids.parse_text(FULL))
    merged.extend(ids.parse_text("700000004"))
    assert merged.ids == [FULL, "101"]
    assert merged.duplicates == ["700000004", "700000004"]


def test_generate_with_both_spellings_queues_one_song():
    """``generate 700000004 user:777-mureka:555000111-song:700000004``: one paid call."""
    incoming, errors = cli.read_inputs(["700000004", FULL], io.StringIO(""))
    parsed = incoming.parsed
    assert parsed.ids == [FULL] and parsed.duplicates == ["700000004"] and errors == []


def test_song_number_is_the_canonical_number():
    assert ids.song_number(FULL) == "700000004"
    assert ids.song_number("user:1-mureka:2-song:007") == "7"
    assert ids.song_number("0700000004") == "700000004"


# ------------------------------------------------------------------ numbers in free text
def test_a_short_number_in_prose_is_not_an_id():
    result = ids.parse_text("Lorem ipsum dolor sit amet 12")
    assert result.ids == []
    assert pairs(result) == [(1, "Lorem ipsum dolor sit amet 12")]  # one entry, not five
    assert result.invalid_lines() == [1]


@pytest.mark.parametrize(("text", "expected"), [
    ("101", ["101"]),
    ("  101  ", ["101"]),
    ("101 102, 103; 104 | 105\t106", ["101", "102", "103", "104", "105", "106"]),
    ("101 - 102 / 103", ["101", "102", "103"]),
    ("https://www.mureka.ai/song-detail/4242 4343", ["4242", "4343"]),
    (f"4242, {FULL}, 4343", ["4242", FULL, "4343"]),
    ("song_id: 101, 102", ["101", "102"]),
    ("Song IDs = 101 102", ["101", "102"]),
    ("1. 101\n2) 102\n- 103\n* 104", ["101", "102", "103", "104"]),
    ("Song IDs\n101\n102", ["101", "102"]),
    ("# my list\n101\n\n102\r\n103\r104", ["101", "102", "103", "104"]),
])
def test_short_numbers_alone_or_in_a_list_of_ids_are_ids(text: str, expected: list[str]):
    result = ids.parse_text(text)
    assert result.ids == expected
    assert result.invalid == []


def test_numbers_long_enough_to_be_song_ids_are_taken_from_prose():
    result = ids.parse_text("Please make videos of 700000001 and 700000002. Thanks!")
    assert result.ids == ["700000001", "700000002"]
    assert [t.text for t in result.invalid] == ["Please make videos of and Thanks!"]
    assert ids.MIN_PROSE_DIGITS == 9


def test_the_other_numbers_of_a_prose_line_are_invalid_with_their_line():
    text = "101\nchapter 12 of 2026, see 1. and 00012345678\n700000001\n12345678 is short"
    result = ids.parse_text(text)
    assert result.ids == ["101", "700000001"]
    # one entry per prose line: the words and numbers that are not ids, not one per word
    assert pairs(result) == [(2, "chapter 12 of 2026 see 1. and 00012345678"),
                             (4, "12345678 is short")]


def test_links_and_string_ids_work_anywhere_in_prose():
    text = ("see https://www.mureka.ai/song-detail/4242, or (user:1-mureka:2-song:3) and "
            "id=user:5-mureka:6-song:7; mureka.ai/song/8.")
    result = ids.parse_text(text)
    assert result.ids == ["4242", "user:1-mureka:2-song:3", "user:5-mureka:6-song:7", "8"]
    assert [t.text for t in result.invalid] == ["see or and"]


def test_a_prose_line_with_a_bad_id_reports_it_and_keeps_the_good_ones():
    text = "songs user:1-mureka:2-song:3user:4-mureka:5-song:6 and user:7-mureka:8-song:9x"
    result = ids.parse_text(text)
    assert result.ids == []
    assert pairs(result) == [(1, "user:1-mureka:2-song:3user:4-mureka:5-song:6"),
                             (1, "user:7-mureka:8-song:9x"), (1, "songs and")]


def test_a_csv_id_column_and_a_json_list_take_short_ids():
    assert ids.parse_text("title,song_id\nA,12\nB,https://mureka.ai/song/13\n").ids == \
        ["12", "13"]
    assert ids.parse_text("[12, \"13\", \"https://mureka.ai/song/14\"]").ids == \
        ["12", "13", "14"]


def test_zero_width_spaces_and_a_bom_from_web_pages_separate_ids():
    text = "\ufeff101\u200b102\n\u2060https://www.mureka.ai/song-detail/103\u200b\n"
    assert ids.parse_text(text).ids == ["101", "102", "103"]


def test_hello_world_is_one_invalid_entry_not_two():
    result = ids.parse_text("700000001\nhello world\nsit amet 12\n")
    assert result.ids == ["700000001"]
    assert pairs(result) == [(2, "hello world"), (3, "sit amet 12")]
