"""Import folder: adopt the ``.mp4`` and ``.png`` files of a folder (videos made on another
computer, or before a reinstall) by matching them to songs.

A video is matched, in order: by its content (the SHA-256 recorded at download), then by the
song number in its name (read back through the naming template in Settings or the default
one, ``song-<n>``, or a number of 9 or more digits standing alone). A match re-links a video
whose file is missing, or adds a new version of its song (a song the store does not know yet
comes in as done). Files of the same content are one video (of the song their names show):
the first is taken, the others are listed as already there. A new video takes its title from
the store, else from its name, and its date from the name's ``{date}``, the MP4's creation
time or the file's time (the earliest credible one), never the time of the import. A cover
goes with the video of the same name, else by content or song number to a video whose cover
is missing. What cannot be matched is listed with the reason. Runs in a worker thread: it
reads plain records, touches only the folder, and returns a plan the engine records.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from mureka_desktop.core.library import mp4info, naming
from mureka_desktop.core.library.disk import looks_like_mp4, sha256_of
from mureka_desktop.core.model.videos import Relink, Video
from mureka_desktop.core.runtime.phrases import phrase

__all__ = ["ImportPlan", "NewVideo", "SongInfo", "made_at", "plan_import", "song_in_name",
           "title_in_name"]

SongInfo = tuple[str, str | None, str | None]  # song id, title, queue state (Videos.songs)
# "song-42" (our old names), "…-song_700000009" (a string id in a name); not "Demo song 0002",
# a title's words
_SONG_WORD = re.compile(r"(?<![a-z])song[-_](\d{1,19})(?!\d)", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"(?<!\d)\d{9,19}(?!\d)")
_FIRST_CREDIBLE = 1_577_836_800.0  # 2020-01-01: an earlier file time is a default, not a day


@dataclass(frozen=True)
class NewVideo:
    """A video file that joins the library as a new version of its song."""

    song_number: str
    song_id: str
    title: str | None
    video_path: str
    cover_path: str | None = None
    sha256: str | None = None
    cover_sha256: str | None = None
    known: bool = True  # False: a song the store did not know (it comes in as done)
    created_at: float | None = None  # when it was made, as the name and the file tell
    duration_ms: int | None = None


@dataclass
class ImportPlan:
    relinks: list[Relink] = field(default_factory=list)
    new: list[NewVideo] = field(default_factory=list)
    matched: list[tuple[str, str]] = field(default_factory=list)  # (file name, what it is)
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # (file name, why not)
    already: list[str] = field(default_factory=list)  # file names the library has already
    # (file name, the file it is a byte-identical copy of): left alone, also in ``already``
    duplicates: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return len(self.relinks) + len(self.new)


def _fields(stem: str, template: str) -> dict[str, str]:
    """What the name shows through ``template``, else through the default template (names
    made before Settings changed)."""
    for tpl in dict.fromkeys((template, naming.DEFAULT_TEMPLATE)):
        fields = naming.parse_name(tpl, stem)
        if fields.get("song"):
            return fields
    return naming.parse_name(template, stem)


def song_in_name(stem: str, template: str, songs: Mapping[str, SongInfo]) -> str | None:
    """The song number a file name shows: through the template, ``song-<n>``, or one long
    number standing alone (the one the store knows, when there are several)."""
    fields = _fields(stem, template)
    parsed = fields.get("song")
    if parsed:
        return parsed.lstrip("0") or "0"
    word = _SONG_WORD.search(stem)
    if word:
        return str(word[1]).lstrip("0") or "0"
    video = fields.get("video", "").lstrip("0")  # the template's video id is not a song's
    numbers = list(dict.fromkeys(n for n in (str(m).lstrip("0") for m in
                                             _LONG_NUMBER.findall(stem)) if n != video))
    known = [n for n in numbers if n in songs]
    if len(known) == 1:
        return known[0]
    return numbers[0] if len(numbers) == 1 else None


def title_in_name(stem: str, template: str, number: str) -> str | None:
    """The title a file name shows: the template's ``{title}``, else what is left of a
    name like "Summer Rain 700000004" once the song number is taken out (None when that is
    no words: "song-42", "700000004")."""
    fields = _fields(stem, template)
    if fields.get("song"):
        return fields.get("title") or None
    if _SONG_WORD.search(stem):
        return None
    bare = naming.without_copy_number(stem)
    rest = re.sub(rf"(?<!\d)0*{re.escape(number)}(?!\d)", " ", bare, count=1)
    rest = " ".join(rest.split()).strip(" -_.,;:[]()")
    return rest if rest != bare and any(ch.isalpha() for ch in rest) else None


def made_at(path: Path, stem: str, template: str) -> float | None:
    """When a video was made: the earliest credible of its MP4 creation time and its file
    time, kept to the day its name shows when the template has ``{date}`` (noon that day
    when neither falls on it)."""
    now = time.time()
    try:
        mtime: float | None = path.stat().st_mtime
    except OSError:
        mtime = None
    credible = sorted(t for t in (mp4info.created(path), mtime)
                      if t is not None and _FIRST_CREDIBLE <= t <= now + 86_400)
    day = _fields(stem, template).get("date")
    if day:
        on_day = [t for t in credible if time.strftime("%Y-%m-%d", time.localtime(t)) == day]
        if on_day:
            return on_day[0]
        try:
            return time.mktime(time.strptime(f"{day} 12", "%Y-%m-%d %H"))
        except (ValueError, OverflowError):
            pass
    return credible[0] if credible else None


def _present(path: str | None) -> bool:
    return bool(path) and os.path.isfile(path)  # type: ignore[arg-type]


class _Planner:
    def __init__(self, videos: Sequence[Video], songs: Mapping[str, SongInfo],
                 template: str) -> None:
        self.songs = songs
        self.template = template
        self.plan = ImportPlan()
        self.paths = {v.video_path for v in videos if v.video_path}
        self.cover_paths = {v.cover_path for v in videos if v.cover_path}
        self.by_hash: dict[str, list[Video]] = {}
        self.by_cover_hash: dict[str, list[Video]] = {}
        self.by_song: dict[str, list[Video]] = {}
        for v in videos:
            if v.sha256:
                self.by_hash.setdefault(v.sha256, []).append(v)
            if v.cover_sha256:
                self.by_cover_hash.setdefault(v.cover_sha256, []).append(v)
            self.by_song.setdefault(v.song_number, []).append(v)
        self.missing = {v.id for v in videos if not _present(v.video_path)}
        self.cover_missing = {v.id for v in videos if not _present(v.cover_path)}
        # what each adopted video became, by file stem: its cover joins it
        self.adopted: dict[str, tuple[str, int]] = {}  # stem -> ("relink"/"new", index)
        # byte-identical files are one video: of the song their names show, or the library's
        # video with that content (two songs' videos are never the same bytes: identical
        # files named for two songs stay two, as the names say)
        self.found_by_content: set[str] = set()
        self.taken: set[tuple[str | None, str]] = set()  # (song number, content)
        self.first_of: dict[str, Path] = {}  # content -> the file adopted with it
        self.covered: set[tuple[str, int]] = set()  # adopted videos given a cover
        self.taken_covers: set[tuple[str | None, str]] = set()

    def video(self, path: Path) -> None:
        name = path.name
        if str(path) in self.paths:
            self.plan.already.append(name)
            return
        if not looks_like_mp4(path):
            self.plan.unmatched.append((name, phrase("import_not_mp4", "not an MP4 video")))
            return
        digest = sha256_of(path)
        size = path.stat().st_size
        number = song_in_name(path.stem, self.template, self.songs)
        if digest and (digest in self.found_by_content or (number, digest) in self.taken):
            self._duplicate(path, self.first_of.get(digest))  # of a file adopted above
            return
        duration = mp4info.duration_ms(path)  # for the row this file becomes or finds
        same = self.by_hash.get(digest or "", [])
        lost = [v for v in same if v.id in self.missing]
        if same and not lost:  # a copy of a video the library has in place
            self._duplicate(path, Path(same[0].video_path or name))
            return
        if lost and digest:
            self.found_by_content.add(digest)
            self.first_of.setdefault(digest, path)
            self._relink(path, lost[0], digest, size, by_content=True, duration=duration)
            return
        if digest:
            self.taken.add((number, digest))
            self.first_of.setdefault(digest, path)
        if number is None:
            self.plan.unmatched.append((name, phrase(
                "import_no_match", "no song number in the name and no video with this "
                "content")))
            return
        versions = self.by_song.get(number, [])
        lost = [v for v in versions if v.id in self.missing]
        sized = [v for v in lost if v.size == size]
        if sized or len(lost) == 1:
            self._relink(path, (sized or lost)[0], digest, size, by_content=False,
                         duration=duration)
            return
        info = self.songs.get(number)
        title = (info[1] if info else None) or title_in_name(path.stem, self.template, number)
        new = NewVideo(number, info[0] if info else number, title, str(path), sha256=digest,
                       known=info is not None,
                       created_at=made_at(path, path.stem, self.template), duration_ms=duration)
        self.adopted[path.stem] = ("new", len(self.plan.new))
        self.plan.new.append(new)
        if versions:
            what = phrase("import_new_version", "a new version of {title}",
                          title=title or number)
        elif info:
            what = phrase("import_song", "song {song}, {title}", song=number, title=title) \
                if title else phrase("import_song_untitled", "song {song}", song=number)
        else:
            what = phrase("import_new_song", "song {song}, {title} (new to this library)",
                          song=number, title=title) if title else phrase(
                "import_new_song_untitled", "song {song} (new to this library)", song=number)
        self.plan.matched.append((name, what))

    def _duplicate(self, path: Path, of: Path | None) -> None:
        """A byte-identical copy: left alone, its cover goes with the file it copies."""
        self.plan.already.append(path.name)
        if of is not None:
            self.plan.duplicates.append((path.name, of.name))
            if of.stem in self.adopted:
                self.adopted.setdefault(path.stem, self.adopted[of.stem])

    def _relink(self, path: Path, video: Video, digest: str | None, size: int,
                by_content: bool, duration: int | None) -> None:
        self.missing.discard(video.id)
        self.adopted[path.stem] = ("relink", len(self.plan.relinks))
        self.plan.relinks.append(Relink(video.id, video_path=str(path), sha256=digest,
                                        size=size, duration_ms=duration))
        self.plan.matched.append((path.name, phrase(
            "import_same_content", "same content as {title} (found again)",
            title=video.display_title) if by_content else phrase(
            "import_by_number", "song number in the name: {title} (found again)",
            title=video.display_title)))

    def cover(self, path: Path) -> None:
        name = path.name
        if str(path) in self.cover_paths:
            self.plan.already.append(name)
            return
        digest = sha256_of(path)
        adopted = self.adopted.get(path.stem)
        key = (song_in_name(path.stem, self.template, self.songs), digest or "")
        if adopted is None and digest and key in self.taken_covers:
            self.plan.already.append(name)  # the cover of an identical copy
            return
        if digest:
            self.taken_covers.add(key)
        if adopted is not None and adopted in self.covered:  # its copy's cover came first
            self.plan.already.append(name)
            return
        if adopted is not None:
            self.covered.add(adopted)
            kind, index = adopted
            if kind == "relink":
                r = self.plan.relinks[index]
                self.plan.relinks[index] = replace(r, cover_path=str(path),
                                                   cover_sha256=digest)
            else:
                n = self.plan.new[index]
                self.plan.new[index] = replace(n, cover_path=str(path), cover_sha256=digest)
            self.plan.matched.append((name, phrase("import_cover_of", "the cover of {name}",
                                                   name=f"{path.stem}.mp4")))
            return
        candidates = [v for v in self.by_cover_hash.get(digest or "", [])
                      if v.id in self.cover_missing]
        if not candidates:
            number = song_in_name(path.stem, self.template, self.songs)
            candidates = [v for v in self.by_song.get(number or "", [])
                          if v.id in self.cover_missing]
        if not candidates:
            self.plan.unmatched.append((name, phrase(
                "import_no_video", "no video of the library lacks this cover")))
            return
        video = candidates[0]
        self.cover_missing.discard(video.id)
        self.plan.relinks.append(Relink(video.id, cover_path=str(path), cover_sha256=digest))
        self.plan.matched.append((name, phrase("import_cover_found", "the cover of {title} "
                                               "(found again)", title=video.display_title)))


_NUMBERED = re.compile(r"^(.*) \((\d+)\)$")


def _unnumbered_first(path: Path) -> tuple[str, int, str]:
    """``name.mp4`` before ``name (2).mp4`` (a copy the system numbered): of identical
    files the one without " (n)" is adopted, the copies are listed as duplicates of it."""
    m = _NUMBERED.match(path.stem)
    return (m.group(1), int(m.group(2)), path.name) if m else (path.stem, 1, path.name)


def plan_import(folder: Path, videos: Sequence[Video], songs: Mapping[str, SongInfo],
                template: str = naming.DEFAULT_TEMPLATE) -> ImportPlan:
    """What adopting ``folder``'s files would do (nothing is written: the engine records
    the plan). Raises OSError when the folder cannot be listed."""
    entries = sorted((p for p in folder.iterdir() if p.is_file() and not p.is_symlink()),
                     key=_unnumbered_first)
    planner = _Planner(videos, songs, template)
    for path in entries:
        if path.suffix.lower() == ".mp4":
            planner.video(path)
    # the covers of adopted videos first: a copy's cover never takes their place
    covers = sorted((p for p in entries if p.suffix.lower() == ".png"),
                    key=lambda p: (p.stem not in planner.adopted, _unnumbered_first(p)))
    for path in covers:
        planner.cover(path)
    return planner.plan
