"""Fill a locale's .ts from its translation table, keyed by (context, source, comment).

    python scripts/fill_translations.py de [fr ...]

reads ``scripts/translation_tables/<locale>.json`` (a list of {"context", "source", "comment",
"translation"}, the translation a list of forms for a plural message) and writes each matching
message of ``mureka_desktop/resources/translations/mureka_desktop_<locale>.ts`` as finished.
A message whose source is not in the table keeps what it has (lupdate's "unfinished" for a new
or changed text). A message is refused (left unfinished, named on stderr) when its placeholders
(%1 … %9, %n) differ from the source's, or when its plural forms are not as many as lupdate
asks for the language. Start a locale by copying the template to its file name; run
``scripts/update-translations.sh`` before this (so the file is current) and after (it
re-formats the file as lupdate writes it and compiles the .qm).
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "mureka_desktop" / "resources" / "translations"
TABLES = ROOT / "scripts" / "translation_tables"
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")

Key = tuple[str, str, str]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def load_table(locale: str) -> dict[Key, str | list[str]]:
    rows = json.loads((TABLES / f"{locale}.json").read_text(encoding="utf-8"))
    return {(r["context"], r["source"], r.get("comment", "")): r["translation"] for r in rows}


def fill(locale: str) -> tuple[int, list[str]]:
    path = TRANSLATIONS / f"mureka_desktop_{locale}.ts"
    tree = ET.parse(path)
    table = load_table(locale)
    filled, refused = 0, []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            key = (name, source, message.findtext("comment") or "")
            if key not in table:
                continue
            translation = message.find("translation")
            assert translation is not None
            text = table[key]
            plural = message.get("numerus") == "yes"
            forms = translation.findall("numerusform")
            wanted = placeholders(source)
            if plural:
                if not isinstance(text, list) or len(text) != len(forms):
                    refused.append(f"{key}: {len(forms)} plural forms wanted")
                    continue
                # A singular form may say "one" instead of %n (French "une chanson" is not
                # used: every form keeps %n, so a count is never lost).
                if any(placeholders(t) != wanted for t in text):
                    refused.append(f"{key}: placeholders differ")
                    continue
                for form, value in zip(forms, text, strict=True):
                    form.text = value
            else:
                if not isinstance(text, str) or placeholders(text) != wanted:
                    refused.append(f"{key}: placeholders differ or not a text")
                    continue
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return filled, refused


if __name__ == "__main__":
    status = 0
    for locale in sys.argv[1:]:
        count, problems = fill(locale)
        print(f"{locale}: {count} messages filled in")
        for problem in problems:
            print(f"{locale}: refused {problem}", file=sys.stderr)
            status = 1
    sys.exit(status)
