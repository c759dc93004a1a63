"""The one MP4 reader (core/library/mp4info.py): durations and creation times from the box
headers, and None, never an exception, for anything that is not a whole MP4."""

from __future__ import annotations

import os
import random
import struct
from pathlib import Path

import pytest

from mureka_desktop.core.library import disk, mp4info
from mureka_desktop.core.model import media

CLIP = Path(__file__).parents[2] / "mureka_desktop" / "resources" / "demo-clip.mp4"


def test_the_demo_clip_plays_for_its_audio_tracks_length():
    # The movie header rounds to 4.000 s; the audio track runs 4.023 s (what is heard).
    assert mp4info.duration(CLIP) == pytest.approx(4.0232, abs=0.0005)
    assert mp4info.duration_ms(CLIP) == 4023


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


FTYP = _box(b"ftyp", b"isom\0\0\2\0isomiso2")


def test_a_file_without_an_audio_track_gets_the_movie_headers_length(tmp_path: Path):
    created = 3_000_000_000  # MP4 epoch (1904)
    mvhd = struct.pack(">B3xQQIQ", 1, created, created, 1000, 90_500) + b"\0" * 80
    path = tmp_path / "v1.mp4"
    path.write_bytes(FTYP + _box(b"mdat", b"\0" * 100) + _box(b"moov", _box(b"mvhd", mvhd)))
    assert mp4info.duration(path) == 90.5
    assert mp4info.duration_ms(path) == 90_500
    assert mp4info.created(path) == created - 2_082_844_800


def test_an_unset_creation_time_is_none(tmp_path: Path):
    mvhd = struct.pack(">B3xIIII", 0, 0, 0, 1000, 4000) + b"\0" * 80
    path = tmp_path / "v0.mp4"
    path.write_bytes(FTYP + _box(b"moov", _box(b"mvhd", mvhd)))
    assert mp4info.created(path) is None
    assert mp4info.duration(path) == 4.0


def _garbage(tmp_path: Path) -> list[Path]:
    whole = CLIP.read_bytes()
    rng = random.Random(17)
    files: dict[str, bytes] = {
        "empty.mp4": b"",
        "seven.mp4": b"\0\0\0\x18fty",
        "text.mp4": b"<html>not found</html>",
        "random.mp4": rng.randbytes(4096),
        "ftyp-only.mp4": FTYP,
        # a moov that claims 4 GiB, and a 64-bit size of 2**63
        "huge32.mp4": FTYP + struct.pack(">I4s", 0xFFFFFFF0, b"moov") + b"\0" * 64,
        "huge64.mp4": FTYP + struct.pack(">I4sQ", 1, b"moov", 2**63) + b"\0" * 64,
        "nested-huge.mp4": FTYP + _box(b"moov", struct.pack(">I4s", 0x7FFFFFFF, b"trak")),
        "zero-scale.mp4": FTYP + _box(b"moov", _box(b"mvhd", b"\0" * 100)),
        "bad-version.mp4": FTYP + _box(b"moov", _box(b"mvhd", b"\x07" + b"\0" * 99)),
    }
    for cut in (8, 40, len(whole) // 3, len(whole) - 10):
        files[f"cut-{cut}.mp4"] = whole[:cut]
    for n in range(30):  # the demo clip with a few bytes of its headers overwritten
        spoilt = bytearray(whole)
        for _ in range(4):
            spoilt[rng.randrange(min(len(whole), 2048))] = rng.randrange(256)
        files[f"spoilt-{n}.mp4"] = bytes(spoilt)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in files]


def test_garbage_never_raises(tmp_path: Path):
    for path in _garbage(tmp_path):
        for read in (mp4info.duration, mp4info.duration_ms, mp4info.created):
            result = read(path)
            assert result is None or isinstance(result, int | float), (path.name, result)
    for name in ("empty.mp4", "text.mp4", "random.mp4", "ftyp-only.mp4", "huge32.mp4",
                 "huge64.mp4", "cut-40.mp4", "zero-scale.mp4"):
        assert mp4info.duration(tmp_path / name) is None, name
        assert mp4info.created(tmp_path / name) is None, name
    assert mp4info.duration(tmp_path / "absent.mp4") is None
    assert mp4info.created(tmp_path / "absent.mp4") is None
    assert mp4info.duration(tmp_path) is None  # a folder


@pytest.mark.skipif(os.name == "nt", reason="POSIX file permissions")
def test_an_unreadable_file_is_none(tmp_path: Path):
    path = tmp_path / "locked.mp4"
    path.write_bytes(CLIP.read_bytes())
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as root")
    assert mp4info.duration(path) is None and mp4info.created(path) is None


def test_one_first_bytes_check_for_downloads_and_imports(tmp_path: Path):
    head = CLIP.read_bytes()[: media.HEAD_SIZE]
    assert media.is_mp4(head) and not media.is_png(head)
    assert media.is_png(media.PNG_SIGNATURE + b"rest") and not media.is_mp4(b"\0\0\0\x18fty")
    for path in _garbage(tmp_path):
        assert disk.looks_like_mp4(path) == media.is_mp4(path.read_bytes()[:12])
    assert disk.looks_like_mp4(CLIP) and not disk.looks_like_mp4(tmp_path / "absent.mp4")
