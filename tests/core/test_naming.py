"""File names from the naming template: portable to Windows, macOS and Linux, unique in their
folder, never outside it; a bad template is a message, never a crash."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from mureka_desktop.core.library.naming import (
    DEFAULT_TEMPLATE,
    MAX_NAME_BYTES,
    WINDOWS_RESERVED,
    NameFields,
    TemplateError,
    check_template,
    parse_name,
    portable_stem,
    render,
    unique_stem,
)

HOSTILE = ['con:<>"/\\|?*', "con", "CON", "Prn", "aux", "nul", "NUL.txt", "com1", "COM9",
           "lpt1", "LpT9", "COM¹", "conin$", "con.", "aux ", " nul", "trailing dot.",
           "trailing space ", "x" * 300, "é" * 300, "😀" * 100, "e\u0301" * 200, "", ".", "..",
           "...", "a/../../etc/passwd", "..\\..\\windows", "song\x00x", "tab\there\nnew line",
           "-rf", "zero\u200bwidth", "bom\ufeff", "lone \ud800 surrogate", "  \t  "]


def portable(name: str) -> bool:
    """Valid as one file name on Windows, macOS and Linux, with room for ``.part``."""
    stem, dot, ext = name.rpartition(".")
    head = name.split(".")[0].rstrip(" ")
    return (bool(stem) and dot == "." and ext in ("mp4", "png")
            and len((name + ".part").encode("utf-8")) <= MAX_NAME_BYTES
            and not any(ch in '<>:"/\\|?*' or ord(ch) < 32 or ord(ch) == 127 for ch in name)
            and head.upper() not in WINDOWS_RESERVED
            and not stem.endswith((".", " ")) and not name.startswith((".", "-", " "))
            and unicodedata.is_normalized("NFC", name))


@pytest.mark.parametrize("stem", HOSTILE)
def test_hostile_names_become_portable_names_in_the_folder(tmp_path: Path, stem: str):
    folder = tmp_path / "out"
    folder.mkdir()
    base = unique_stem(folder, portable_stem(stem), (".mp4", ".png"))
    for ext in (".mp4", ".png"):
        path = folder / f"{base}{ext}"
        assert portable(path.name), (stem, path.name)
        assert path.parent == folder and path.resolve().parent == folder.resolve()
        path.write_bytes(b"x")  # the file system takes it
    assert sorted(p.name for p in folder.iterdir()) == [f"{base}.mp4", f"{base}.png"]


def test_reserved_names_stay_reserved_whatever_follows_and_free_ones_stay_as_they_are():
    assert portable_stem("con") == "con_"
    assert portable_stem("NUL.txt") == "NUL_.txt"
    assert portable_stem("aux ") == "aux_"
    assert portable_stem("console") == "console"
    assert portable_stem("com10") == "com10"
    assert portable_stem("Summer Rain: Part 2?") == "Summer Rain_ Part 2"
    assert portable_stem("Été à Paris") == "Été à Paris"
    assert portable_stem("..") == "video" and portable_stem("", "song 42") == "song 42"


def test_long_names_are_cut_in_bytes_on_a_character_boundary():
    for text in ("é" * 300, "😀" * 100, "e\u0301" * 200, "x" * 300):
        stem = portable_stem(text)
        raw = stem.encode("utf-8")  # would raise on half a character
        assert len(raw) + len(" (999).mp4.part") <= MAX_NAME_BYTES
        assert len(raw) >= MAX_NAME_BYTES - 30  # cut, not emptied
        assert not unicodedata.combining(stem[-1])


def test_the_default_template_names_a_song_by_title_and_number():
    fields = NameFields(song="700000004", title="Summer Rain", video="v9", model="V8",
                        created_at=time.mktime((2024, 5, 6, 12, 0, 0, 0, 0, -1)))
    assert render(DEFAULT_TEMPLATE, fields) == "Summer Rain - 700000004"
    assert render("{date} {model} {video} {song}", fields) == "2024-05-06 V8 v9 700000004"
    # an empty field leaves no dangling separator; a title with slashes stays one name
    assert render(DEFAULT_TEMPLATE, NameFields(song="700000004")) == "700000004"
    assert render(DEFAULT_TEMPLATE, NameFields(song="1", title="AC/DC")) == "AC_DC - 1"
    assert render("{title}", NameFields(song="42")) == "song 42"
    assert render("{title}", NameFields(song="42", title="../../etc")) == "etc"


@pytest.mark.parametrize(("template", "words"), [
    ("", "empty"), ("   ", "empty"), ("{titel}", "Unknown field {titel}"),
    ("{}", "Empty braces"), ("{title", "unmatched"), ("x}", "unmatched"),
    ("{title:>30}", "format"), ("{song!r}", "format"), ("{title}/{song}", "folders"),
    ("{title}\\{song}", "folders"), ("no field", "names no field"),
    ("{0}", "Unknown field {0}"), ("{title.upper}", "Unknown field"),
])
def test_a_bad_template_is_a_message_never_a_crash(template: str, words: str):
    problem = check_template(template)
    assert problem is not None and words in problem
    with pytest.raises(TemplateError, match=words.split()[0]):
        render(template, NameFields(song="1", title="t"))


def test_good_templates_pass():
    for template in (DEFAULT_TEMPLATE, "{song}", "{date} {{draft}} {title}", "{model}-{video}"):
        assert check_template(template) is None
    assert render("{{x}} {song}", NameFields(song="1")) == "{x} 1"


def test_a_second_version_gets_a_distinct_name(tmp_path: Path):
    (tmp_path / "Summer Rain - 7.mp4").write_bytes(b"v1")
    assert unique_stem(tmp_path, "Summer Rain - 7", (".mp4", ".png")) == "Summer Rain - 7 (2)"
    # a cover alone holds the name for both: video and cover keep one stem
    (tmp_path / "Other.png").write_bytes(b"c")
    assert unique_stem(tmp_path, "Other", (".mp4", ".png")) == "Other (2)"
    # the store's files count even when they are not on disk (a download in progress)
    taken = {tmp_path / "Gone.mp4"}
    assert unique_stem(tmp_path, "Gone", (".mp4",), taken.__contains__) == "Gone (2)"
    # names chosen earlier in one batch are taken, case-insensitively (Windows, macOS)
    assert unique_stem(tmp_path, "Song", (".mp4",), planned={"song.mp4"}) == "Song (2)"
    # the file being renamed does not block its own name
    own = tmp_path / "Summer Rain - 7.mp4"
    assert unique_stem(tmp_path, "Summer Rain - 7", (".mp4",), own=[own]) == "Summer Rain - 7"


def test_a_long_name_keeps_its_suffix_within_the_limit(tmp_path: Path):
    stem = portable_stem("é" * 300)
    (tmp_path / f"{stem}.mp4").write_bytes(b"x")
    second = unique_stem(tmp_path, stem, (".mp4",))
    assert second.endswith(" (2)") and second != stem
    assert len(f"{second}.mp4.part".encode()) <= MAX_NAME_BYTES


def test_a_symlink_holds_its_name(tmp_path: Path):
    (tmp_path / "Song.mp4").symlink_to(tmp_path / "nowhere")
    assert unique_stem(tmp_path, "Song", (".mp4",)) == "Song (2)"


def test_names_read_back_through_the_template():
    assert parse_name(DEFAULT_TEMPLATE, "Summer Rain - 700000004") == {
        "title": "Summer Rain", "song": "700000004"}
    assert parse_name(DEFAULT_TEMPLATE, "Summer Rain - 700000004 (2)")["title"] == \
        "Summer Rain"
    assert parse_name("{date} {title} [{song}]", "2024-01-02 A_ B [12345]") == {
        "date": "2024-01-02", "title": "A_ B", "song": "12345"}
    assert parse_name(DEFAULT_TEMPLATE, "holiday clip") == {}
    assert parse_name("{titel}", "x") == {}


def test_a_settings_file_with_a_broken_template_loads_the_default(tmp_path: Path):
    import json

    from mureka_desktop.core.settings.values import Settings

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"name_template": "{titel}", "concurrency": 3}))
    settings = Settings.load(path)
    assert (settings.name_template, settings.concurrency) == (DEFAULT_TEMPLATE, 3)
    path.write_text(json.dumps({"name_template": "{song}"}))
    assert Settings.load(path).name_template == "{song}"
