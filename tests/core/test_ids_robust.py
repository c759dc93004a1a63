"""Input that used to crash: every input gets ids and/or invalid entries, never an exception."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from mureka_desktop import cli
from mureka_desktop.core.ids import parse as ids


def pairs(result: ids.ParseResult) -> list[tuple[int, str]]:
    return [(t.line, t.text) for t in result.invalid]


def test_a_label_with_a_comma_is_not_a_csv_header():
    result = ids.parse_text("song_id: 700000001, 700000002")
    assert result.ids == ["700000001", "700000002"]
    assert result.invalid == []


@pytest.mark.parametrize("header", ["my_song_ids,title", "Title;Song ID (Mureka)",
                                    "title\tsong-id", "SongIDs,title"])
def test_csv_headers_naming_a_song_id_column_another_way(header: str):
    delimiter = next(d for d in (",", ";", "\t") if d in header)
    first = header.split(delimiter)[0].lower()
    rows = [("700000001", "A"), ("12", "B"), ("x", "C")]
    if "song" not in first:  # the id column is the second one
        rows = [(b, a) for a, b in rows]
    text = header + "\n" + "\n".join(delimiter.join(r) for r in rows) + "\n"
    result = ids.parse_text(text)
    assert result.ids == ["700000001", "12"]
    assert pairs(result) == [(4, "x")]


def test_a_header_without_a_song_id_column_is_free_text():
    result = ids.parse_text("title,artist\n700000001,Someone\n")
    assert result.ids == ["700000001"]
    assert pairs(result) == [(1, "title artist"), (2, "Someone")]


def test_csv_that_the_csv_module_refuses_is_reported_by_line():
    text = "song_id,title\n700000001,a\n\"" + "x" * 200_000 + "\"\n700000002,b\n"
    result = ids.parse_text(text)
    assert result.ids == ["700000001", "700000002"]
    assert len(result.invalid) == 1 and result.invalid[0].line == 3
    assert "unreadable CSV line" in result.invalid[0].text


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 100_000, "[" * 5_000 + "1"])
def test_deeply_nested_json_is_an_invalid_entry_not_a_recursion_error(text: str):
    result = ids.parse_text(text)
    assert result.ids == []
    assert result.invalid and result.invalid[0].line == 1


def test_a_listing_whose_songs_are_not_a_list_is_reported():
    result = ids.parse_text('{"list":[{"songs":5}]}')
    assert result.ids == []
    assert pairs(result) == [(1, 'listing entry without a list of songs: {"songs": 5}')]
    listing = {"list": [5, {"songs": None}, {"songs": [{"song_id": 700000001}, "700000002",
                                                      {"song_id": {"x": 1}}]}]}
    result = ids.parse_text(json.dumps(listing))
    assert result.ids == ["700000001", "700000002"]
    assert [line for line, _ in pairs(result)] == [1, 2, 3]


@pytest.mark.parametrize("text", ['{"items": 5}', '{"song_id": null}', "[true, null, {}]",
                                  '"not an id"', "7.5e3", "[NaN, Infinity]",
                                  "[" + "1" * 5000 + "]"])
def test_odd_json_gives_invalid_entries(text: str):
    result = ids.parse_text(text)
    assert result.ids == []
    assert result.invalid


def test_the_cli_reads_what_used_to_crash(tmp_path: Path):
    csv_file = tmp_path / "songs.csv"
    csv_file.write_text("my_song_ids,title\n700000003,a\n")
    listing = tmp_path / "listing.json"
    listing.write_text('{"list":[{"songs":5}]}')
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000)
    incoming, errors = cli.read_inputs(
        ["song_id: 700000001, 700000002", str(csv_file), str(listing), str(nested)],
        io.StringIO(""))
    parsed = incoming.parsed
    assert parsed.ids == ["700000001", "700000002", "700000003"]
    assert len(errors) == 2
    assert "listing.json, line 1: not a song id: 'listing entry without" in errors[0]
    assert "nested too deeply" in errors[1]


SEEDS = [
    "700000001\n101 102, 103\nuser:777-mureka:555000111-song:700000004\n",
    "see https://www.mureka.ai/song-detail/4242?song_id=5 and 700000002.\n# note\n",
    "song_id,title\n700000001,\"a, b\"\n12;x\n",
    '[1, "2", {"song_id": "user:1-mureka:2-song:3"}, {"song_id": [1]}]',
    '{"list": [{"songs": [{"song_id": 5}]}], "items": null}',
    '{"items": [{"song_id": "7", "title": "t"}]}',
    "Song IDs:\n1. 101\n2) 102\n",
]
NOISE = list("0123456789[]{}\",;:|\t\n\r #/-._=?&%xuU\u0663\u2028\x00\u00e9") + [
    "user:", "-mureka:", "-song:", "https://", "mureka.ai/", "song_id", "\\", "[" * 50,
    "9" * 25, "NaN", "true", "\r\n"]


def test_mutated_inputs_never_raise():
    rng = random.Random(6)
    for _ in range(3000):
        text = rng.choice(SEEDS)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(text) + 1)
            op = rng.random()
            if op < 0.5:
                text = text[:at] + rng.choice(NOISE) + text[at:]
            elif op < 0.75:
                text = text[:at] + text[at + rng.randint(1, 8):]
            else:
                text = text[:at] + text[at:at + rng.randint(1, 30)] * rng.randint(2, 4) + \
                    text[at:]
        result = ids.parse_text(text)
        numbers = [ids.song_number(s) for s in result.ids]
        assert len(numbers) == len(set(numbers)), text
        assert all(ids.normalize(s) == s for s in result.ids), text
        assert all(t.line >= 1 and len(t.text) <= 80 for t in result.invalid), text


def test_json_entries_are_shown_one_level_deep():
    deep = "[" * 500 + "]" * 500
    result = ids.parse_text(f'[{deep}, {{"song_id": {{"x": [1]}}, "title": "t"}}, null, 1.5]')
    assert pairs(result) == [(1, "[[…]]"), (2, '{"song_id": {…}, "title": "t"}'), (3, "null"),
                             (4, "1.5")]


def test_a_first_line_of_ids_is_not_a_csv_header():
    result = ids.parse_text("101,102,song_id\n103,104,105\n")
    assert result.ids == ["103", "104", "105"]
    assert [t.text for t in result.invalid] == ["101 102 song_id"]
