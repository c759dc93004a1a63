"""Fill a locale's .ts file from its translation data, then compile it.

The data, ``scripts/translations/<locale>.json``, maps a message's context, then its source text,
to its translation: ``{"WindowActions": {"&File": "ファイル(&F)", ...}, ...}``. Where one
context holds the same source twice with different comments (disambiguations), the value is an
object keyed by the comment ("" for none): ``{"Filter": {"toolbar": "...", "": "..."}}``. A
plural (numerus) message takes a string when the language has one plural form (zh_CN, ja, ko),
or a list with one string per form.

Steps: (1) the .ts is made current with the UI's sources by pyside6-lupdate (the same flags as
scripts/update-translations.sh); (2) every message is filled from the data (type="unfinished"
removed); (3) lupdate runs again so the file is in lupdate's own layout (so a later run of
update-translations.sh changes nothing); (4) pyside6-lrelease compiles the .qm.
A message missing from the data is reported and left unfinished (exit status 1); an entry of
the data that no message uses is reported as stale.

Usage: .venv/bin/python scripts/translations/fill_ts.py ja [zh_CN ko ...]
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
DIR = ROOT / "mureka_desktop" / "resources" / "translations"
DATA = Path(__file__).resolve().parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "mureka_desktop" / "ui").rglob("*.py"))


def lupdate(locale: str, ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", locale, *sources(),
                    "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def lookup(data: dict[str, dict[str, object]], context: str, source: str,
           comment: str) -> object | None:
    entry = data.get(context, {}).get(source)
    if isinstance(entry, dict):
        return entry.get(comment)
    return entry


def fill(locale: str) -> int:
    ts = DIR / f"mureka_desktop_{locale}.ts"
    data: dict[str, dict[str, object]] = json.loads(
        (DATA / f"{locale}.json").read_text(encoding="utf-8"))
    lupdate(locale, ts)
    tree = ET.parse(ts)
    missing: list[str] = []
    used: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            value = lookup(data, name, source, comment)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if value is None or value == "" or value == []:
                missing.append(f"{name}: {source!r}")
                continue
            used.add((name, source))
            if message.get("numerus") == "yes":
                forms = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
    stale = [f"{c}: {s!r}" for c, entries in data.items() for s in entries
             if (c, s) not in used]
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    lupdate(locale, ts)  # lupdate's own layout
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts.relative_to(ROOT)), "-qm",
                    str(ts.with_suffix(".qm").relative_to(ROOT))], cwd=ROOT, check=True)
    for line in missing:
        print(f"{locale}: untranslated {line}")
    for line in stale:
        print(f"{locale}: stale entry {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(max(fill(locale) for locale in sys.argv[1:] or ["ja", "zh_CN", "ko"]))
