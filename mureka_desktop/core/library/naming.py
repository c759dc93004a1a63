"""File names from a template (``{title} - {song}`` → ``Summer Rain - 700000004.mp4``),
made portable to Windows, macOS and Linux and unique in their folder.

A name made here is one path component: no separator survives, so it never leaves the folder
it is meant for. What every system refuses is replaced or avoided: the characters
``<>:"/\\|?*`` and control characters, Windows' reserved device names (``CON``, ``NUL``,
``COM1``… whatever extension follows), names ending in a dot or a space, leading dots (hidden
files, ``.`` and ``..``) and leading dashes (taken for options by command-line tools). Names
are NFC-normalised and kept within :data:`MAX_NAME_BYTES` bytes of UTF-8 with their extension,
a `` (n)`` suffix and ``.part``: eCryptfs (encrypted Linux homes) allows 143 bytes, the
smallest common limit; NTFS's 255 UTF-16 units and APFS's 255 bytes follow.
"""

from __future__ import annotations

import re
import string
import time
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from mureka_desktop.core.model.config import DEFAULT_TEMPLATE
from mureka_desktop.core.runtime.phrases import phrase

__all__ = ["DEFAULT_TEMPLATE", "FIELDS", "MAX_NAME_BYTES", "NameFields", "TemplateError",
           "WINDOWS_RESERVED", "check_template", "numbered", "parse_name", "portable_stem",
           "render", "template_note", "unique_stem", "without_copy_number"]

FIELDS: Mapping[str, str] = {
    "title": "the song's title",
    "song": "the song number",
    "video": "the video id",
    "date": "the day the video was made (YYYY-MM-DD)",
    "model": "the model that made the song",
}
# Windows refuses these as the part of a name before its first dot, in any case. The
# superscript digits count as digits there too.
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in "0123456789¹²³"})
MAX_NAME_BYTES = 143
_PART = ".part"  # downloads write ``name.part`` first: it must fit too
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
# what a name may not start with, and the trailing junk an empty field leaves
_EDGES = " .-_"
_COPY = re.compile(r" \(\d+\)$")  # the suffix :func:`unique_stem` adds
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_FALLBACK = re.compile(r"song (\d+)")  # what :func:`render` names a file with nothing else


class TemplateError(ValueError):
    """A naming template that cannot be used; ``str()`` says why, for the user."""


@dataclass(frozen=True)
class NameFields:
    """What a template may name. ``created_at``: seconds since the epoch (local date)."""

    song: str
    title: str | None = None
    video: str | None = None
    model: str | None = None
    created_at: float | None = None

    def values(self) -> dict[str, str]:
        day = "" if self.created_at is None else \
            time.strftime("%Y-%m-%d", time.localtime(self.created_at))
        return {"title": self.title or "", "song": self.song, "video": self.video or "",
                "date": day, "model": self.model or ""}


# What Settings shows a template with: "Summer Rain - 700000004.mp4"
SAMPLE = NameFields(song="700000004", title="Summer Rain", video="81234567", model="V8")


def _fields_list() -> str:
    return " ".join(f"{{{n}}}" for n in FIELDS)


def check_template(template: str) -> str | None:
    """Why ``template`` cannot name files (a :class:`Phrase`), or None when it can."""
    if not template.strip():
        return phrase("template_empty", "The file name template is empty: use for example "
                      "{example}", example=DEFAULT_TEMPLATE)
    if "/" in template or "\\" in template:
        return phrase("template_folders", "A file name template cannot make folders: remove "
                      "{slashes}", slashes="/ and \\")
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError:
        return phrase("template_braces", "The file name template has an unmatched {brace}: "
                      "write {double} for the character itself", brace="{ or }",
                      double="{{ or }}")
    used: list[str] = []
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not name:
            return phrase("template_empty_braces", "Empty braces {braces} in the file name "
                          "template: name a field, {fields}", braces="{}",
                          fields=_fields_list())
        if name not in FIELDS:
            return phrase("template_unknown_field", "Unknown field {field} in the file name "
                          "template: use {fields}", field=f"{{{name}}}", fields=_fields_list())
        if spec or conversion:
            return phrase("template_format", "Field {field} cannot carry a format (: or !) "
                          "in the file name template", field=f"{{{name}}}")
        used.append(name)
    if not used:
        return phrase("template_no_field", "The file name template names no field: use "
                      "{fields}", fields=_fields_list())
    return None


def template_note(template: str) -> str | None:
    """A warning for a template that works but costs something (a :class:`Phrase`), or None.

    Without ``{song}`` a name does not say which song a file is: Import folder can then
    match such files by their content only (the hash recorded at download)."""
    if check_template(template) is not None:
        return None
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if "song" in names:
        return None
    return phrase("template_no_song", "The template has no {song}: Import folder will then "
                  "match these files by their content only.", song="{song}")


def _stem_budget() -> int:
    """Bytes a rendered stem may take: room for ``.mp4``, the largest `` (n)`` that
    :func:`unique_stem` adds (so :func:`numbered` never cuts into the song number at the
    end), ``.part`` and the mark a reserved device name gets."""
    return MAX_NAME_BYTES - len(".mp4") - len(" (99999)") - len(_PART) - 1


def _pieces(template: str, fields: NameFields) -> list[tuple[str | None, str]]:
    """The template as (field name or None for literal text, cleaned text) pieces."""
    values = fields.values()
    out: list[tuple[str | None, str]] = []
    for literal, name, _, _ in string.Formatter().parse(template):
        if literal:
            out.append((None, _clean(literal)))
        if name:
            out.append((name, _clean(values[name])))
    return out


def _shorten(pieces: list[tuple[str | None, str]], budget: int) -> str:
    """The pieces joined within ``budget`` bytes of UTF-8 (after the edges are stripped):
    the longest piece other than the song number is cut first (on a character boundary),
    fields before the template's own text, so ``{song}`` always survives."""
    texts = [text for _, text in pieces]

    def size() -> int:
        return len(_clean("".join(texts)).strip(_EDGES).encode("utf-8"))

    for kinds in ({"title", "model", "video", "date"}, {None}):
        while size() > budget:
            cuttable = [i for i, (name, _) in enumerate(pieces)
                        if name in kinds and texts[i]]
            if not cuttable:
                break
            longest = max(cuttable, key=lambda i: len(texts[i].encode("utf-8")))
            raw = texts[longest].encode("utf-8")
            others = sorted((len(texts[i].encode("utf-8")) for i in cuttable
                             if i != longest), reverse=True)
            # down to the next longest (sharing the cut), but at least what is over
            target = max(others[0] if others else 0, len(raw) - (size() - budget))
            target = min(target, len(raw) - 1)
            cut = raw[:target].decode("utf-8", "ignore")
            while cut and unicodedata.combining(cut[-1]):
                cut = cut[:-1]
            texts[longest] = cut
    return "".join(texts)


def render(template: str, fields: NameFields, fallback: str = "") -> str:
    """The portable stem ``template`` gives for ``fields`` (no extension, not yet unique).

    However long the other fields, the song number stays whole: they are cut first (see
    :func:`_shorten`). Raises :class:`TemplateError` for a template :func:`check_template`
    refuses."""
    problem = check_template(template)
    if problem is not None:
        raise TemplateError(problem)
    text = _shorten(_pieces(template, fields), _stem_budget())
    return portable_stem(text, fallback or f"song {fields.song}")


def portable_stem(stem: str, fallback: str = "video", budget: int | None = None) -> str:
    """``stem`` as the part of a file name before its extension, valid on every desktop
    system, at most ``budget`` bytes of UTF-8 (default: room for the longest extension, a
    `` (n)`` suffix and ``.part``); ``fallback`` (made portable too) when nothing is left."""
    limit = _stem_budget() if budget is None else budget - 1  # 1: the reserved mark
    text = _fit(_clean(stem).strip(_EDGES), limit)
    if not text:
        return portable_stem(fallback, "video", budget) if fallback != stem else "video"
    head, dot, tail = text.partition(".")
    if head.rstrip(" ").upper() in WINDOWS_RESERVED:  # "CON" -> "CON_", "nul.x" -> "nul_.x"
        text = head.rstrip(" ") + "_" + dot + tail
    return text


def _clean(text: str) -> str:
    """NFC; unpaired surrogates, private-use and format characters (zero-width spaces, BOMs:
    they cannot be encoded or cannot be seen) dropped; any run of white space one space;
    forbidden and control characters "_"."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cs", "Cf", "Co"))
    return _FORBIDDEN.sub("_", _SPACES.sub(" ", text))


def _fit(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` bytes of UTF-8 on a character boundary, with no dot or
    space left at its end."""
    raw = text.encode("utf-8")
    if len(raw) > limit:
        text = raw[:limit].decode("utf-8", "ignore")
        # a base letter keeps its accents or loses them together
        while text and unicodedata.combining(text[-1]):
            text = text[:-1]
    return text.rstrip(_EDGES)


def without_copy_number(stem: str) -> str:
    """``stem`` without the `` (n)`` :func:`unique_stem` may have added."""
    return _COPY.sub("", stem)


def numbered(stem: str, n: int) -> str:
    """``stem`` for n < 2, else ``stem (n)``, cut so that the name still fits."""
    if n < 2:
        return stem
    suffix = f" ({n})"
    room = MAX_NAME_BYTES - len(".mp4") - len(_PART) - len(suffix.encode())
    return _fit(stem, room) + suffix


def unique_stem(folder: Path, stem: str, extensions: Iterable[str],
                taken: Callable[[Path], bool] = lambda p: False, *,
                planned: Collection[str] = (), own: Collection[Path] = ()) -> str:
    """``stem``, or ``stem (2)``, ``stem (3)``…: the first for which no file
    ``folder/stem + ext`` exists for any of ``extensions``, none is ``taken`` (owned by the
    store), and none is ``planned`` (names already chosen in this batch, compared
    case-insensitively as Windows and macOS do). Paths in ``own`` (the files being renamed)
    count as free."""
    exts = list(extensions)
    owned = {str(p).casefold() for p in own}
    for n in range(1, 100_000):
        candidate = numbered(stem, n)
        paths = [folder / f"{candidate}{ext}" for ext in exts]
        if any(p.name.casefold() in planned for p in paths):
            continue
        if all(str(p).casefold() in owned or not (p.exists() or p.is_symlink() or taken(p))
               for p in paths):
            return candidate
    raise FileExistsError(f"no free name for {stem!r} in {folder}")


def _name_pattern(template: str, relaxed: bool) -> re.Pattern[str]:
    """A regular expression for the stems ``template`` renders. ``relaxed``: what rendering
    may have taken away is optional: a space of the template's text next to a field (runs
    of spaces are made one), the separators at the name's edges (stripped), and the whole
    part before or after the song number (fields left empty or cut to nothing).

    Fields with nothing certain between them cannot be told apart in a name: they are read
    as one (named after its field when it holds one), which also keeps the matching linear
    instead of trying every split of a name among them."""
    parsed = [(literal, name) for literal, name, _, _ in string.Formatter().parse(template)]
    tokens: list[tuple[str, str]] = []  # ("char", regex) required, ("opt", regex), ("field", name)
    last = len(parsed) - 1
    seen: set[str] = set()
    for index, (literal, name) in enumerate(parsed):
        text = _clean(literal)
        lead = len(text) - len(text.lstrip(_EDGES)) if relaxed and index == 0 else 0
        trail = len(text) - len(text.rstrip(_EDGES)) if relaxed and index == last and not name \
            else 0
        for i, ch in enumerate(text):
            optional = relaxed and (i < lead or i >= len(text) - trail or (
                ch == " " and (i == 0 or i == len(text) - 1)))
            tokens.append(("opt" if optional else "char", re.escape(ch) + "?" * optional))
        if name:
            tokens.append(("field", name if name not in seen else ""))  # "": named before
            seen.add(name)
    pieces: list[str] = []
    run: list[tuple[str, str]] = []

    def flush() -> None:
        fields = [value for kind, value in run if kind == "field"]
        if len(fields) > 1:
            pieces.append(".*?")
        else:
            for kind, value in run:
                if kind == "opt":
                    pieces.append(value)
                elif not value:
                    pieces.append(".*?")
                elif value == "date" and not relaxed:
                    pieces.append(r"(?P<date>\d{4}-\d{2}-\d{2})?")
                else:
                    pieces.append(f"(?P<{value}>.*?)")
        run.clear()

    for kind, value in tokens:
        if kind == "char" or (kind == "field" and value == "song"):
            flush()
            pieces.append(r"(?P<song>\d+)" if kind == "field" else value)
        else:
            run.append((kind, value))
    flush()
    song = next((i for i, p in enumerate(pieces) if p.startswith("(?P<song>")), None)
    if not relaxed or song is None:
        return re.compile("".join(pieces), re.DOTALL)
    before, after = "".join(pieces[:song]), "".join(pieces[song + 1:])
    return re.compile(f"(?:{before})?{pieces[song]}(?:{after})?", re.DOTALL)


def parse_name(template: str, stem: str) -> dict[str, str]:
    """The fields a file name made by ``template`` shows (title and song from "Summer Rain -
    700000004"), as far as the name can be read back; {} when it does not fit the template.

    Every name :func:`render` and :func:`numbered` make reads back: with a `` (n)`` suffix,
    fields cut short or left empty, the template's separators stripped at the edges, or the
    ``song <n>`` fallback of a name with nothing else in it."""
    if check_template(template) is not None:
        return {}
    stem = unicodedata.normalize("NFC", _COPY.sub("", stem))
    for relaxed in (False, True):
        match = _name_pattern(template, relaxed).fullmatch(stem)
        if match is not None:
            found = {k: v for k, v in match.groupdict().items() if v}
            if "date" in found and not _DATE.fullmatch(found["date"]):
                del found["date"]  # cut short: not a day
            return found
    fallback = _FALLBACK.fullmatch(stem)
    if fallback is not None:
        return {"song": fallback[1]}
    return {}
