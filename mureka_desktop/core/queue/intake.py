"""Review of an intake (drop, paste, file, dialog, CLI) before anything is queued.

A song is known by its number, however it is spelled: the review folds spellings of one song
into one (keeping the string form, which routes the call to the right account) and compares
with the store by number. Songs of one of our own exports whose files are still on disk are
restored as done instead of being offered for generation, and so are the videos the user threw
away (rejected, or moved to the trash) with their review: a song whose every video was thrown
away is listed as rejected earlier and never made again (Regenerate asks for a new one).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from mureka_desktop.core.ids import parse as ids
from mureka_desktop.core.ids.parse import InvalidToken, ParseResult
from mureka_desktop.core.ids.reading import Readable
from mureka_desktop.core.model.items import ACTIVE_STATES, Record, State
from mureka_desktop.core.model.videos import Flag
from mureka_desktop.core.queue import export
from mureka_desktop.core.storage.store import Store


@dataclass
class Incoming:
    """What one input holds: ids, and the finished songs of an export of ours."""

    parsed: ParseResult
    records: list[Record] = field(default_factory=list)


def parse_input(text: str) -> Incoming:
    """Parse ids from any text; for our own export, also the songs it can restore (their
    files checked on disk: this reads the file system, keep it off the UI thread), and the
    videos it says were thrown away, wherever their files are now."""
    parsed = ids.parse_text(text)
    rows = export.read_export(text)
    records = [replace(row.record, song_id=song_id) for row in rows or ()
               if row.state == State.DONE and (song_id := ids.normalize(row.record.song_id))
               and (thrown_away(row.record) or usable(row.record))]
    return Incoming(parsed, records)


@dataclass(frozen=True)
class Source:
    """One input: a file, a stream (stdin) or text given as it is; ``label`` names it in
    errors."""

    label: str
    path: Path | None = None
    stream: Readable | None = None
    text: str = ""

    @classmethod
    def file(cls, path: Path, label: str | None = None) -> Source:
        return cls(label if label is not None else str(path), path=path)

    @classmethod
    def argument(cls, raw: str, stdin: Readable) -> Source:
        """A command-line argument: ``-`` is stdin, a file's path is that file, anything
        else is the text itself."""
        if raw == "-":
            return cls("stdin", stream=stdin)
        if Path(raw).is_file():
            return cls(raw, path=Path(raw))
        return cls("argument", text=raw)

    def read(self) -> str:
        """The text; :class:`ids.UnreadableInput` when it is not text we can read (in
        bounded memory: an endless stdin stops at the size limit)."""
        if self.path is not None:
            return ids.read_file(self.path)
        if self.stream is not None:
            return ids.decode(ids.read_stream(getattr(self.stream, "buffer", self.stream)))
        return self.text


@dataclass(frozen=True)
class Unreadable:
    """An input not read (missing, binary, not UTF-8, too large): nothing from it is taken."""

    source: str
    message: str  # the reason, naming the file: "a.txt: No such file or directory"


@dataclass(frozen=True)
class NotASongId:
    """A line of an input that holds something, but no song id."""

    source: str
    line: int
    text: str


InputError = Unreadable | NotASongId


@dataclass
class InputsRead:
    """What :func:`read_inputs` found: the ids and restorable songs of every input read, and
    the errors in input order, typed (each caller words them)."""

    incoming: Incoming
    errors: list[InputError] = field(default_factory=list)

    @property
    def unreadable(self) -> list[Unreadable]:
        return [e for e in self.errors if isinstance(e, Unreadable)]


def read_inputs(sources: Iterable[Source]) -> InputsRead:
    """Read and parse every input, merged in order: the one reader of the CLI's arguments
    and stdin, the window's dropped files and a later start's arguments. Blocking (files,
    stdin, an export's files checked on disk): run it off the UI thread."""
    out = InputsRead(Incoming(ParseResult()))
    for source in sources:
        try:
            text = source.read()
        except ids.UnreadableInput as exc:
            out.errors.append(Unreadable(source.label, str(exc)))
            continue
        incoming = parse_input(text)
        out.errors += [NotASongId(source.label, bad.line, bad.text)
                        for bad in incoming.parsed.invalid]
        out.incoming.parsed.extend(incoming.parsed)
        out.incoming.records += incoming.records
    return out


def thrown_away(record: Record) -> bool:
    """The user rejected this video or moved its files to the trash."""
    return record.trashed_at is not None or (
        record.review is not None and record.review.flag == Flag.REJECTED)


def usable(record: Record) -> bool:
    """Both files the export names are on disk and not empty."""
    for name in (record.video_path, record.cover_path):
        if not name:
            return False
        try:
            path = Path(name)
            if not path.is_file() or path.stat().st_size == 0:
                return False
        except (OSError, ValueError):
            return False
    return True


class SummaryPart(StrEnum):
    """One part of a review's summary (see :meth:`IntakeReview.summary_parts`)."""

    NEW = "new"
    RESTORED = "restored"
    REJECTED = "rejected"
    RETRY = "retry"
    DUPLICATES = "duplicates"
    ALREADY_DONE = "already_done"
    INVALID = "invalid"


@dataclass
class IntakeReview:
    """What an input would add, before anything is queued: new songs, duplicates, songs done
    or queued already, failed ones to retry, invalid entries, and the songs an export of ours
    restores (or names as thrown away)."""

    new: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    already_done: list[str] = field(default_factory=list)
    already_queued: list[str] = field(default_factory=list)
    retry: list[str] = field(default_factory=list)
    invalid: list[InvalidToken] = field(default_factory=list)
    restored: list[Record] = field(default_factory=list)  # every version, oldest first
    # songs whose every video the user threw away: restored with their reviews, not queued
    rejected: list[str] = field(default_factory=list)
    unlisted_invalid: int = 0  # invalid entries past the listed ones (one entry counts them)

    @property
    def invalid_count(self) -> int:
        """Every invalid entry, those past the listed ones included."""
        return len(self.invalid) - (1 if self.unlisted_invalid else 0) + self.unlisted_invalid

    @property
    def addable(self) -> list[str]:
        """What Add queues: new ids, and failed or cancelled ones again."""
        return self.new + self.retry

    @property
    def restored_songs(self) -> int:
        """How many songs :attr:`restored` holds (it lists every version of each), those
        :attr:`rejected` earlier left out."""
        rejected = {ids.song_number(s) for s in self.rejected}
        return len({ids.song_number(r.song_id) for r in self.restored} - rejected)

    @property
    def to_add(self) -> int:
        """How many songs Add takes in: queued ones and ones restored from an export (the
        rejected ones too: their reviews come back)."""
        return len(self.addable) + self.restored_songs + len(self.rejected)

    def summary_parts(self) -> list[tuple[SummaryPart, int]]:
        """What the review's summary says, in order, with each count: "2 new · 1 restored
        from an export · 1 duplicate · 0 already done · 2 invalid (lines 4, 7)". The window
        words each part (plurals by Qt); :meth:`summary` is the plain English."""
        parts = [(SummaryPart.NEW, len(self.new))]
        if self.restored_songs:
            parts.append((SummaryPart.RESTORED, self.restored_songs))
        if self.rejected:
            parts.append((SummaryPart.REJECTED, len(self.rejected)))
        if self.retry:
            parts.append((SummaryPart.RETRY, len(self.retry)))
        return parts + [(SummaryPart.DUPLICATES, len(self.duplicates) + len(self.already_queued)),
                        (SummaryPart.ALREADY_DONE, len(self.already_done)),
                        (SummaryPart.INVALID, self.invalid_count)]

    @property
    def invalid_lines(self) -> tuple[int, str]:
        """How many lines hold invalid entries, and the first eight of them: (2, "4, 7")."""
        lines = sorted({t.line for t in self.invalid})
        return len(lines), ", ".join(str(n) for n in lines[:8]) + (" …" if len(lines) > 8
                                                                  else "")

    def summary(self) -> str:
        """:meth:`summary_parts` in plain English (the log, tests)."""
        count, lines = self.invalid_lines
        words = {SummaryPart.NEW: "{} new", SummaryPart.RESTORED: "{} restored from an export",
                 SummaryPart.REJECTED: "{} rejected earlier: not made again",
                 SummaryPart.RETRY: "{} to retry", SummaryPart.DUPLICATES: "{} duplicates",
                 SummaryPart.ALREADY_DONE: "{} already done", SummaryPart.INVALID: "{} invalid"}
        return " · ".join(words[part].format(n) + (f" (lines {lines})" if
                                                    part == SummaryPart.INVALID and count else "")
                          for part, n in self.summary_parts())


def fold_spellings(song_ids: Sequence[str]) -> tuple[list[str], list[str]]:
    """One id per song number, in first-seen order, the string form winning; the rest are
    duplicates."""
    chosen: dict[str, str] = {}
    duplicates: list[str] = []
    for song_id in song_ids:
        number = song_id if song_id.isdigit() else ids.song_number(song_id)
        kept = chosen.get(number)
        if kept is None:
            chosen[number] = song_id
        elif kept == number and song_id != number:  # the string form takes the number's place
            chosen[number] = song_id
            duplicates.append(kept)
        else:
            duplicates.append(song_id)
    return list(chosen.values()), duplicates


def _prefer_string_forms(unique: list[str], duplicates: list[str]) -> None:
    """The parser may have folded two spellings already, keeping the first: when the one kept
    is the bare number and a duplicate is its string form, swap them (in place)."""
    where = {song_id: i for i, song_id in enumerate(unique) if song_id.isdigit()}
    for j, dup in enumerate(duplicates):
        if dup.isdigit():
            continue
        i = where.pop(ids.song_number(dup), None)
        if i is not None:
            duplicates[j], unique[i] = unique[i], dup


def review(parsed: ParseResult, store: Store, records: Sequence[Record] = ()) -> IntakeReview:
    unique, folded = fold_spellings(parsed.ids)
    duplicates = list(parsed.duplicates)
    _prefer_string_forms(unique, duplicates)
    out = IntakeReview(duplicates=duplicates + folded, invalid=list(parsed.invalid),
                 unlisted_invalid=parsed.unlisted_invalid)
    known = store.classify(unique + [r.song_id for r in records])
    restoring: set[str] = set()
    listed: set[tuple[str, str | None]] = set()
    kept: dict[str, list[Record]] = {}
    for record in records:  # every version of a song: one video each, in export order
        number = ids.song_number(record.song_id)
        if (number, record.video_path) in listed:
            continue  # the same video twice (two exports given at once)
        state = known.get(record.song_id)
        if state is None or not (state == State.DONE or state in ACTIVE_STATES):
            out.restored.append(record)
            restoring.add(number)
            listed.add((number, record.video_path))
            kept.setdefault(number, []).append(record)
    out.rejected = [versions[-1].song_id for versions in kept.values()
                    if all(thrown_away(r) for r in versions)]
    for song_id in unique:
        if ids.song_number(song_id) in restoring:
            continue
        state = known.get(song_id)
        if state is None:
            out.new.append(song_id)
        elif state == State.DONE:
            out.already_done.append(song_id)
        elif state in (State.FAILED, State.CANCELLED):
            out.retry.append(song_id)
        else:
            out.already_queued.append(song_id)
    return out
